//! `HxRequest`: whether htmx made this request, so a handler can answer with
//! a fragment instead of a whole page (responses that differ carry
//! `Vary: HX-Request`, added by `finish`).

use actix_web::{FromRequest, HttpRequest, dev::Payload};
use std::future::{Ready, ready};

#[derive(Debug, Clone, Default)]
pub struct HxRequest {
    pub is_htmx: bool,
    pub boosted: bool,
}

impl HxRequest {
    pub fn from_http(req: &HttpRequest) -> Self {
        let header = |name: &str| req.headers().get(name).and_then(|v| v.to_str().ok());
        Self { is_htmx: header("hx-request") == Some("true"), boosted: header("hx-boosted") == Some("true") }
    }

    /// A fragment is wanted: an htmx request that is not a boosted page load.
    pub fn wants_fragment(&self) -> bool {
        self.is_htmx && !self.boosted
    }
}

impl FromRequest for HxRequest {
    type Error = actix_web::Error;
    type Future = Ready<Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(Ok(HxRequest::from_http(req)))
    }
}
