//! The client's address: the peer, or — only behind a configured trusted
//! proxy — the first `X-Forwarded-For` entry.

use actix_web::HttpRequest;

use crate::config::Config;

pub fn client_ip(req: &HttpRequest, config: &Config) -> String {
    let peer = req.peer_addr().map(|a| a.ip());
    if let Some(peer) = peer
        && config.trusted_proxies.contains(&peer)
        && let Some(forwarded) = req.headers().get("x-forwarded-for").and_then(|v| v.to_str().ok())
        && let Some(first) = forwarded.split(',').next()
        && let Ok(ip) = first.trim().parse::<std::net::IpAddr>()
    {
        return ip.to_string();
    }
    peer.map(|p| p.to_string()).unwrap_or_else(|| "unknown".into())
}
