//! One-shot messages shown on the next page ("The portal is now shown in
//! Deutsch."). Kept in a signed, host-only cookie so no other site can plant
//! one; the text comes from fluent at render time.

use actix_web::HttpRequest;
use actix_web::cookie::{Cookie, SameSite, time::Duration};
use serde::{Deserialize, Serialize};

use crate::signing;

pub const FLASH_COOKIE: &str = "portico_flash";
const PURPOSE: &str = "flash";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FlashKind {
    Success,
    Info,
    Error,
}

impl FlashKind {
    pub fn as_str(self) -> &'static str {
        match self {
            FlashKind::Success => "success",
            FlashKind::Info => "info",
            FlashKind::Error => "error",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Flash {
    pub kind: FlashKind,
    pub message_id: String,
    #[serde(default)]
    pub args: Vec<(String, String)>,
}

impl Flash {
    pub fn success(message_id: &str) -> Self {
        Self { kind: FlashKind::Success, message_id: message_id.to_string(), args: Vec::new() }
    }

    pub fn error(message_id: &str) -> Self {
        Self { kind: FlashKind::Error, message_id: message_id.to_string(), args: Vec::new() }
    }

    pub fn with_arg(mut self, name: &str, value: &str) -> Self {
        self.args.push((name.to_string(), value.to_string()));
        self
    }

    pub fn to_cookie(&self, secret: &[u8], secure: bool) -> Cookie<'static> {
        let payload = hex::encode(serde_json::to_vec(self).unwrap_or_default());
        let signature = signing::sign(secret, PURPOSE, payload.as_bytes());
        Cookie::build(FLASH_COOKIE, format!("{payload}.{signature}"))
            .path("/")
            .http_only(true)
            .secure(secure)
            .same_site(SameSite::Lax)
            .max_age(Duration::minutes(5))
            .finish()
    }

    pub fn from_request(req: &HttpRequest, secret: &[u8]) -> Option<Flash> {
        let cookie = req.cookie(FLASH_COOKIE)?;
        let (payload, signature) = cookie.value().split_once('.')?;
        if !signing::verify(secret, PURPOSE, payload.as_bytes(), signature) {
            return None;
        }
        serde_json::from_slice(&hex::decode(payload).ok()?).ok()
    }
}

pub fn removal_cookie(secure: bool) -> Cookie<'static> {
    let mut cookie = Cookie::build(FLASH_COOKIE, "").path("/").http_only(true).secure(secure).finish();
    cookie.make_removal();
    cookie
}

/// Marks that a page showed the flash, so the response removes the cookie.
#[derive(Debug, Clone, Copy)]
pub struct FlashShown;
