//! Host → site: `{slug}.{base}` is a tenant, `{base}` is the platform.
//! Case-insensitive, port and one trailing dot tolerated; anything that is not
//! a plain DNS name is invalid; a name under another domain is unknown.

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HostKind {
    Platform,
    Tenant(String),
    /// A well-formed host that no tenant answers to (404).
    Unknown,
    /// Not a host name at all (400).
    Invalid,
}

const MAX_HOST_LEN: usize = 253;

pub fn classify(raw: &str, base_domain: &str) -> HostKind {
    let raw = raw.trim();
    if raw.is_empty() || raw.len() > MAX_HOST_LEN + 6 {
        return HostKind::Invalid;
    }
    // IPv6 literals are addresses, never tenants.
    if raw.starts_with('[') {
        return if raw.contains(']') { HostKind::Unknown } else { HostKind::Invalid };
    }
    let name = match raw.rsplit_once(':') {
        Some((name, port)) => {
            if port.is_empty() || port.len() > 5 || !port.bytes().all(|b| b.is_ascii_digit()) {
                return HostKind::Invalid;
            }
            name
        }
        None => raw,
    };
    let name = name.strip_suffix('.').unwrap_or(name).to_ascii_lowercase();
    if name.is_empty()
        || name.len() > MAX_HOST_LEN
        || !name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.')
        || name.split('.').any(|label| label.is_empty() || label.len() > 63)
    {
        return HostKind::Invalid;
    }
    if name == base_domain {
        return HostKind::Platform;
    }
    match name.strip_suffix(base_domain).and_then(|rest| rest.strip_suffix('.')) {
        Some(label) if !label.contains('.') && is_dns_label(label) => HostKind::Tenant(label.to_string()),
        _ => HostKind::Unknown,
    }
}

/// A DNS label: 1–63 of `a-z 0-9 -`, not starting or ending with `-`.
pub fn is_dns_label(label: &str) -> bool {
    !label.is_empty()
        && label.len() <= 63
        && !label.starts_with('-')
        && !label.ends_with('-')
        && label.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(slug: &str) -> HostKind {
        HostKind::Tenant(slug.into())
    }

    #[test]
    fn tenant_hosts_resolve_in_every_spelling() {
        for host in ["acme.localhost", "ACME.LOCALHOST", "acme.localhost.", "acme.localhost:8080", "Acme.LocalHost.:443"] {
            assert_eq!(classify(host, "localhost"), t("acme"), "{host}");
        }
        assert_eq!(classify("t1.portal.test", "portal.test"), t("t1"));
        assert_eq!(classify("localhost:8080", "localhost"), HostKind::Platform);
        assert_eq!(classify("portal.test.", "portal.test"), HostKind::Platform);
    }

    #[test]
    fn other_hosts_are_unknown_or_invalid() {
        assert_eq!(classify("a.b.localhost", "localhost"), HostKind::Unknown);
        assert_eq!(classify("evil.test", "localhost"), HostKind::Unknown);
        assert_eq!(classify("acmelocalhost", "localhost"), HostKind::Unknown);
        assert_eq!(classify("127.0.0.1:8080", "localhost"), HostKind::Unknown);
        assert_eq!(classify("[::1]:8080", "localhost"), HostKind::Unknown);
        assert_eq!(classify("xn--80ak6aa92e.localhost", "localhost"), t("xn--80ak6aa92e"));
        for bad in [
            "",
            " ",
            "acme.localhost:port",
            "acme..localhost",
            "ac me.localhost",
            "аcme.localhost",
            "acme.localhost:123456",
            "[::1",
            "<script>.localhost",
        ] {
            assert_eq!(classify(bad, "localhost"), HostKind::Invalid, "{bad:?}");
        }
        assert_eq!(classify(&"a".repeat(300), "localhost"), HostKind::Invalid);
        assert_eq!(classify(&format!("{}.localhost", "a".repeat(64)), "localhost"), HostKind::Invalid);
        assert_eq!(classify("-acme.localhost", "localhost"), HostKind::Unknown);
    }
}
