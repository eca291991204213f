//! HMAC-SHA256 over values the server hands out and later reads back
//! (flash messages, unsubscribe links), and secrets the server must read
//! again kept sealed at rest (AES-256-GCM under a key derived with
//! HKDF-SHA256 from the server secret). Each use names a purpose, so a value
//! signed or sealed for one purpose never verifies or opens for another.

use aes_gcm::aead::{Aead, KeyInit};
use aes_gcm::{Aes256Gcm, Nonce};
use hmac::{Hmac, Mac};
use rand::RngCore;
use sha2::Sha256;

const SEALED_PREFIX: &str = "v1:";

fn cipher(server_secret: &[u8], purpose: &str) -> Aes256Gcm {
    let mut key = [0u8; 32];
    let hk = hkdf::Hkdf::<Sha256>::new(Some(b"portico"), server_secret);
    // 32 bytes is within HKDF-SHA256's output limit, so `expand` cannot fail.
    let _ = hk.expand(purpose.as_bytes(), &mut key);
    Aes256Gcm::new(&key.into())
}

/// `plain`, sealed for `purpose` (a fresh nonce each time).
pub fn seal(server_secret: &[u8], purpose: &str, plain: &str) -> String {
    let mut nonce = [0u8; 12];
    rand::rng().fill_bytes(&mut nonce);
    let sealed = cipher(server_secret, purpose).encrypt(Nonce::from_slice(&nonce), plain.as_bytes()).unwrap_or_default();
    format!("{SEALED_PREFIX}{}{}", hex::encode(nonce), hex::encode(sealed))
}

/// What [`seal`] sealed, if this server secret and purpose open it.
pub fn open(server_secret: &[u8], purpose: &str, stored: &str) -> Option<String> {
    let bytes = hex::decode(stored.strip_prefix(SEALED_PREFIX)?).ok()?;
    if bytes.len() < 12 {
        return None;
    }
    let (nonce, sealed) = bytes.split_at(12);
    let plain = cipher(server_secret, purpose).decrypt(Nonce::from_slice(nonce), sealed).ok()?;
    String::from_utf8(plain).ok()
}

type HmacSha256 = Hmac<Sha256>;

fn mac(secret: &[u8], purpose: &str, data: &[u8]) -> HmacSha256 {
    // HMAC accepts keys of any length; `new_from_slice` cannot fail for it.
    let mut mac = <HmacSha256 as Mac>::new_from_slice(secret).unwrap_or_else(|_| unreachable!());
    mac.update(purpose.as_bytes());
    mac.update(&[0]);
    mac.update(data);
    mac
}

pub fn sign(secret: &[u8], purpose: &str, data: &[u8]) -> String {
    hex::encode(mac(secret, purpose, data).finalize().into_bytes())
}

/// Constant-time check of a hex signature.
pub fn verify(secret: &[u8], purpose: &str, data: &[u8], signature_hex: &str) -> bool {
    match hex::decode(signature_hex) {
        Ok(sig) => mac(secret, purpose, data).verify_slice(&sig).is_ok(),
        Err(_) => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sealed_secrets_open_only_with_their_key_and_purpose() {
        let key = b"0123456789abcdef0123456789abcdef";
        let stored = seal(key, "a", "s3cret-value");
        assert!(!stored.contains("s3cret"));
        assert_eq!(open(key, "a", &stored).as_deref(), Some("s3cret-value"));
        assert_eq!(open(key, "b", &stored), None);
        assert_eq!(open(b"another key, another key, another", "a", &stored), None);
        assert_ne!(stored, seal(key, "a", "s3cret-value"), "fresh nonce each time");
    }

    #[test]
    fn signatures_bind_secret_purpose_and_data() {
        let s = sign(b"secret", "flash", b"data");
        assert!(verify(b"secret", "flash", b"data", &s));
        assert!(!verify(b"other", "flash", b"data", &s));
        assert!(!verify(b"secret", "reset", b"data", &s));
        assert!(!verify(b"secret", "flash", b"datA", &s));
        assert!(!verify(b"secret", "flash", b"data", "zz"));
    }
}
