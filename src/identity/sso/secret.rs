//! Client secrets of identity providers, encrypted at rest with AES-256-GCM
//! under a key derived (HKDF-SHA256) from the server secret.

use aes_gcm::aead::{Aead, KeyInit};
use aes_gcm::{Aes256Gcm, Nonce};
use rand::RngCore;

const PREFIX: &str = "v1:";

fn cipher(server_secret: &[u8]) -> Aes256Gcm {
    let mut key = [0u8; 32];
    let hk = hkdf::Hkdf::<sha2::Sha256>::new(Some(b"portico"), server_secret);
    // 32 bytes is within HKDF-SHA256's output limit, so `expand` cannot fail.
    let _ = hk.expand(b"identity provider client secret", &mut key);
    Aes256Gcm::new(&key.into())
}

pub fn encrypt(server_secret: &[u8], plain: &str) -> String {
    let mut nonce = [0u8; 12];
    rand::rng().fill_bytes(&mut nonce);
    let sealed = cipher(server_secret).encrypt(Nonce::from_slice(&nonce), plain.as_bytes()).unwrap_or_default();
    format!("{PREFIX}{}{}", hex::encode(nonce), hex::encode(sealed))
}

pub fn decrypt(server_secret: &[u8], stored: &str) -> Option<String> {
    let bytes = hex::decode(stored.strip_prefix(PREFIX)?).ok()?;
    if bytes.len() < 12 {
        return None;
    }
    let (nonce, sealed) = bytes.split_at(12);
    let plain = cipher(server_secret).decrypt(Nonce::from_slice(nonce), sealed).ok()?;
    String::from_utf8(plain).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_round_trip_and_do_not_show_in_storage() {
        let stored = encrypt(b"0123456789abcdef0123456789abcdef", "s3cret-value");
        assert!(!stored.contains("s3cret"));
        assert_eq!(decrypt(b"0123456789abcdef0123456789abcdef", &stored).as_deref(), Some("s3cret-value"));
        assert_eq!(decrypt(b"another key, another key, another", &stored), None);
        assert_ne!(stored, encrypt(b"0123456789abcdef0123456789abcdef", "s3cret-value"), "fresh nonce each time");
    }
}
