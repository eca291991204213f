//! The HTTP client for identity providers. Their URLs are typed in by tenant
//! admins, so every request goes through the one outbound guard
//! ([`crate::outbound`], OIDC-13) with a 10 s time limit and a 1 MiB cap on
//! answers.

use std::time::Duration;

use openidconnect::{HttpRequest, HttpResponse};

use crate::outbound::{Outbound, OutboundError};

pub use crate::outbound::is_special;

const MAX_BODY: u64 = 1_048_576;

#[derive(Debug, thiserror::Error)]
pub enum SsoHttpError {
    #[error("address not allowed: {0}")]
    Refused(String),
    #[error("request failed: {0}")]
    Transport(String),
}

#[derive(Clone)]
pub struct SsoHttp {
    outbound: Outbound,
}

impl SsoHttp {
    pub fn new(allow_hosts: Vec<String>) -> Self {
        Self { outbound: Outbound::new(allow_hosts, Duration::from_secs(10), MAX_BODY) }
    }

    /// Refuses URLs we must not call.
    pub fn check(&self, url: &url::Url) -> Result<(), SsoHttpError> {
        self.outbound.check(url).map_err(|e| SsoHttpError::Refused(e.to_string()))
    }

    /// Calls a provider. What went wrong is logged in full; the error says
    /// only whether the address was refused or the call failed, so the page
    /// an admin sees is no probe of the network behind the server.
    pub fn call(&self, request: HttpRequest) -> Result<HttpResponse, SsoHttpError> {
        self.outbound.run(request).map_err(|e| {
            tracing::warn!(error = %e, "sso.http_refused_or_failed");
            match e {
                OutboundError::Refused(_) => SsoHttpError::Refused("this address cannot be used".into()),
                OutboundError::Timeout | OutboundError::Transport(_) => SsoHttpError::Transport("the provider could not be reached".into()),
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_tell_an_admin_nothing_about_the_network() {
        let http = SsoHttp::new(Vec::new());
        for uri in ["https://127.0.0.1/.well-known/openid-configuration", "https://10.0.0.5/x", "http://example.com/x"] {
            let request = HttpRequest::new(Vec::new());
            let (mut parts, body) = request.into_parts();
            parts.uri = uri.parse().unwrap();
            let text = http.call(HttpRequest::from_parts(parts, body)).unwrap_err().to_string();
            assert_eq!(text, "address not allowed: this address cannot be used", "{uri}");
        }
    }
}
