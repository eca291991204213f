//! Calls to addresses people type in — identity providers' discovery and
//! token endpoints, webhook endpoints — checked the one way (OIDC-13,
//! WH-SSRF): https only, no loopback, private, link-local or otherwise
//! special address after DNS resolution (unless the host is on
//! `PORTICO_ALLOW_HOSTS`), redirects never followed, no proxy from the
//! environment, a time limit and a cap on answers. The addresses are checked
//! inside the client's own resolver, so the connection goes to exactly the
//! address that was checked: a name that resolves to a public address for
//! the check and to an inside one for the connection (DNS rebinding) gets
//! nowhere.

use std::net::{IpAddr, ToSocketAddrs};
use std::time::Duration;

use ureq::http::{Request, Response};
use ureq::unversioned::resolver::{DefaultResolver, ResolvedSocketAddrs, Resolver};
use ureq::unversioned::transport::{DefaultConnector, NextTimeout};

/// What the guarding resolver answers for an address it will not connect to.
const REFUSED_MARK: &str = "portico: address not allowed";

#[derive(Debug, thiserror::Error)]
pub enum OutboundError {
    #[error("address not allowed: {0}")]
    Refused(String),
    #[error("timed out")]
    Timeout,
    #[error("request failed: {0}")]
    Transport(String),
}

/// Loopback, private, link-local, CGNAT, unspecified, multicast,
/// documentation…; in IPv6 also every prefix that carries an IPv4 address a
/// gateway would reach (NAT64, 6to4, Teredo, IPv4-compatible and -mapped).
pub fn is_special(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => {
            let o = v4.octets();
            v4.is_loopback()
                || v4.is_private()
                || v4.is_link_local()
                || v4.is_unspecified()
                || v4.is_multicast()
                || v4.is_broadcast()
                || v4.is_documentation()
                || o[0] == 0
                || (o[0] == 100 && (64..128).contains(&o[1]))
                || (o[0] == 198 && (o[1] == 18 || o[1] == 19))
                || o[0] >= 240
        }
        IpAddr::V6(v6) => {
            let s = v6.segments();
            v6.is_loopback()
                || v6.is_unspecified()
                || v6.is_multicast()
                || (s[0] & 0xfe00) == 0xfc00
                || (s[0] & 0xffc0) == 0xfe80
                || (s[0] & 0xffc0) == 0xfec0
                // NAT64 (64:ff9b::/96 and the local-use 64:ff9b:1::/48)
                || (s[0] == 0x0064 && s[1] == 0xff9b)
                // 6to4 (2002::/16), Teredo (2001::/32), documentation (2001:db8::/32)
                || s[0] == 0x2002
                || (s[0] == 0x2001 && (s[1] == 0 || s[1] == 0x0db8))
                // discard-only (100::/64)
                || (s[0] == 0x0100 && s[1] == 0 && s[2] == 0 && s[3] == 0)
                // IPv4-compatible (::a.b.c.d) and IPv4-mapped (::ffff:a.b.c.d): never a provider
                || (s[..5].iter().all(|x| *x == 0) && (s[5] == 0 || s[5] == 0xffff))
        }
    }
}

/// Resolves like ureq's own resolver, then refuses any special address
/// unless the host is on the allow-list. Whatever it returns is what the
/// connection uses.
#[derive(Debug)]
struct GuardedResolver {
    allow_hosts: Vec<String>,
}

impl Resolver for GuardedResolver {
    fn resolve(
        &self,
        uri: &ureq::http::Uri,
        config: &ureq::config::Config,
        timeout: NextTimeout,
    ) -> Result<ResolvedSocketAddrs, ureq::Error> {
        let addrs = DefaultResolver::default().resolve(uri, config, timeout)?;
        let host = uri.host().unwrap_or("").trim_start_matches('[').trim_end_matches(']').to_ascii_lowercase();
        if self.allow_hosts.contains(&host) || addrs.iter().all(|a| !is_special(a.ip())) {
            return Ok(addrs);
        }
        Err(ureq::Error::Io(std::io::Error::new(std::io::ErrorKind::PermissionDenied, REFUSED_MARK)))
    }
}

/// Refuses URLs we must not call: not https (unless the host is on the
/// allow-list), or resolving to any special address (unless on the list).
pub fn check(allow_hosts: &[String], url: &url::Url) -> Result<(), OutboundError> {
    let host = url.host_str().ok_or_else(|| OutboundError::Refused("no host".into()))?.to_ascii_lowercase();
    let allowed_host = allow_hosts.contains(&host);
    match url.scheme() {
        "https" => {}
        "http" if allowed_host => {}
        other => return Err(OutboundError::Refused(format!("scheme {other}"))),
    }
    if allowed_host {
        return Ok(());
    }
    let port = url.port_or_known_default().unwrap_or(443);
    let addrs: Vec<IpAddr> = (host.trim_start_matches('[').trim_end_matches(']'), port)
        .to_socket_addrs()
        .map_err(|e| OutboundError::Refused(format!("cannot resolve {host}: {e}")))?
        .map(|a| a.ip())
        .collect();
    if addrs.is_empty() || addrs.iter().any(|ip| is_special(*ip)) {
        return Err(OutboundError::Refused(format!("{host} resolves to a non-public address")));
    }
    Ok(())
}

#[derive(Clone)]
pub struct Outbound {
    agent: ureq::Agent,
    allow_hosts: Vec<String>,
    max_body: u64,
}

impl Outbound {
    /// A client whose every call takes at most `timeout` and reads at most
    /// `max_body` bytes of an answer.
    pub fn new(allow_hosts: Vec<String>, timeout: Duration, max_body: u64) -> Self {
        let config = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .max_redirects(0)
            .proxy(None)
            .timeout_global(Some(timeout))
            .user_agent("Portico")
            .build();
        let resolver = GuardedResolver { allow_hosts: allow_hosts.clone() };
        let agent = ureq::Agent::with_parts(config, DefaultConnector::new(), resolver);
        Self { agent, allow_hosts, max_body }
    }

    /// Refuses URLs we must not call.
    pub fn check(&self, url: &url::Url) -> Result<(), OutboundError> {
        check(&self.allow_hosts, url)
    }

    /// Checks the address, makes the call (a redirect is an answer like any
    /// other, never followed) and reads at most the cap of the answer's body
    /// (what is past it is cut off, not an error).
    pub fn run(&self, request: Request<Vec<u8>>) -> Result<Response<Vec<u8>>, OutboundError> {
        let url = url::Url::parse(&request.uri().to_string()).map_err(|e| OutboundError::Refused(e.to_string()))?;
        self.check(&url)?;
        let response = self.agent.run(request).map_err(|e| match e {
            ureq::Error::Io(io) if io.to_string().contains(REFUSED_MARK) => {
                OutboundError::Refused(format!("{} at connection time", url.host_str().unwrap_or("")))
            }
            ureq::Error::Timeout(_) => OutboundError::Timeout,
            ureq::Error::Io(io) if io.kind() == std::io::ErrorKind::TimedOut => OutboundError::Timeout,
            other => OutboundError::Transport(other.to_string()),
        })?;
        let (parts, body) = response.into_parts();
        let mut bytes = Vec::new();
        use std::io::Read;
        let read = body.into_reader().take(self.max_body).read_to_end(&mut bytes);
        match read {
            Ok(_) => Ok(Response::from_parts(parts, bytes)),
            Err(e) if e.kind() == std::io::ErrorKind::TimedOut => Err(OutboundError::Timeout),
            Err(e) => Err(OutboundError::Transport(e.to_string())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn special_addresses_are_recognised() {
        for ip in [
            "127.0.0.1",
            "10.1.2.3",
            "172.16.0.1",
            "192.168.1.1",
            "169.254.169.254",
            "0.0.0.0",
            "100.64.0.1",
            "::1",
            "fe80::1",
            "fd00::1",
            "::ffff:127.0.0.1",
        ] {
            assert!(is_special(ip.parse().unwrap()), "{ip}");
        }
        for ip in ["93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946"] {
            assert!(!is_special(ip.parse().unwrap()), "{ip}");
        }
    }

    #[test]
    fn ipv6_prefixes_that_reach_ipv4_hosts_are_refused() {
        for ip in [
            "64:ff9b::a9fe:a9fe",  // NAT64 of 169.254.169.254
            "64:ff9b::5db8:d822",  // NAT64 of a public address: still a gateway
            "64:ff9b:1::1",        // local-use NAT64
            "2002:a9fe:a9fe::1",   // 6to4
            "2001:0:4136:e378::1", // Teredo
            "::a9fe:a9fe",         // IPv4-compatible
            "::ffff:5db8:d822",    // IPv4-mapped
            "2001:db8::1",         // documentation
            "100::1",              // discard-only
            "fec0::1",             // site-local
        ] {
            assert!(is_special(ip.parse().unwrap()), "{ip}");
        }
    }

    /// The check before a call and the connection resolve separately; the
    /// connection's own resolver refuses too, so a name that changes its
    /// answer between them (DNS rebinding) still reaches no inside address.
    #[test]
    fn the_connection_itself_refuses_inside_addresses() {
        let http = Outbound::new(Vec::new(), Duration::from_secs(5), 1024);
        for uri in ["http://localhost:9/", "http://127.0.0.1:9/", "http://[::1]:9/"] {
            let err = http.agent.get(uri).call().unwrap_err();
            assert!(err.to_string().contains(REFUSED_MARK), "{uri}: {err}");
        }
        // On the allow-list the connection is attempted (and fails: nothing listens on port 9).
        let allowed = Outbound::new(vec!["127.0.0.1".into()], Duration::from_secs(5), 1024);
        let err = allowed.agent.get("http://127.0.0.1:9/").call().unwrap_err();
        assert!(!err.to_string().contains(REFUSED_MARK), "{err}");
    }

    #[test]
    fn provider_urls_pointing_inside_are_refused_without_the_allow_list() {
        let http = Outbound::new(Vec::new(), Duration::from_secs(5), 1024);
        for url in [
            "http://127.0.0.1:8080/",
            "https://127.0.0.1/",
            "https://[::1]/",
            "https://0x7f000001/",
            "https://169.254.169.254/latest",
            "https://localhost/",
            "ftp://example.com/",
        ] {
            assert!(http.check(&url::Url::parse(url).unwrap()).is_err(), "{url}");
        }
        let allowed = Outbound::new(vec!["127.0.0.1".into()], Duration::from_secs(5), 1024);
        assert!(allowed.check(&url::Url::parse("http://127.0.0.1:4000/").unwrap()).is_ok());
        assert!(allowed.check(&url::Url::parse("http://10.0.0.1/").unwrap()).is_err());
    }
}
