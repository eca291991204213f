//! The client's address: the peer — or, when the peer is a configured
//! trusted proxy, the rightmost `X-Forwarded-For` entry that no trusted proxy
//! added. The leftmost entries are whatever the client chose to send (an
//! appending proxy keeps them), so they are never believed.

use std::net::IpAddr;

use actix_web::HttpRequest;
use actix_web::http::header::HeaderName;

use crate::config::Config;

pub fn client_ip(req: &HttpRequest, config: &Config) -> String {
    let Some(peer) = req.peer_addr().map(|a| a.ip()) else {
        return "unknown".into();
    };
    if !config.trusted_proxies.contains(&peer) {
        return peer.to_string();
    }
    let forwarded: Vec<&str> = req
        .headers()
        .get_all(HeaderName::from_static("x-forwarded-for"))
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .collect();
    let mut client = peer;
    for entry in forwarded.iter().rev() {
        match entry.trim().parse::<IpAddr>() {
            Ok(ip) => {
                client = ip;
                if !config.trusted_proxies.contains(&ip) {
                    break;
                }
            }
            // Not an address: nothing left of it can be believed.
            Err(_) => break,
        }
    }
    client.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use actix_web::test::TestRequest;

    fn config(trusted: &str) -> Config {
        let env: std::collections::HashMap<String, String> =
            [("PORTICO_SECRET_KEY", "x".repeat(40)), ("PORTICO_TRUSTED_PROXIES", trusted.to_string())]
                .into_iter()
                .map(|(k, v)| (k.to_string(), v))
                .collect();
        Config::from_source(&env).unwrap()
    }

    fn ip_of(peer: &str, forwarded: &[&str], config: &Config) -> String {
        let mut req = TestRequest::default().peer_addr(format!("{peer}:4000").parse().unwrap());
        for value in forwarded {
            req = req.append_header(("x-forwarded-for", *value));
        }
        client_ip(&req.to_http_request(), config)
    }

    #[test]
    fn the_client_is_the_rightmost_hop_no_trusted_proxy_added() {
        let one = config("127.0.0.1");
        // The client sent a forged entry; the proxy appended the real one.
        assert_eq!(ip_of("127.0.0.1", &["6.6.6.6, 203.0.113.7"], &one), "203.0.113.7");
        assert_eq!(ip_of("127.0.0.1", &["6.6.6.6", "203.0.113.7"], &one), "203.0.113.7");
        // Two proxies of ours: skip the inner one.
        let two = config("127.0.0.1,10.0.0.2");
        assert_eq!(ip_of("127.0.0.1", &["6.6.6.6, 203.0.113.7, 10.0.0.2"], &two), "203.0.113.7");
        // Not behind a trusted proxy: the header means nothing.
        assert_eq!(ip_of("198.51.100.4", &["6.6.6.6"], &one), "198.51.100.4");
        // Garbage stops the walk at the last address we could believe.
        assert_eq!(ip_of("127.0.0.1", &["203.0.113.7, not-an-ip"], &one), "127.0.0.1");
        assert_eq!(ip_of("127.0.0.1", &[], &one), "127.0.0.1");
    }
}
