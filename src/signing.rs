//! HMAC-SHA256 over values the server hands out and later reads back
//! (flash messages, unsubscribe links). Each use names a
//! purpose, so a value signed for one purpose never verifies for another.

use hmac::{Hmac, Mac};
use sha2::Sha256;

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
    fn signatures_bind_secret_purpose_and_data() {
        let s = sign(b"secret", "flash", b"data");
        assert!(verify(b"secret", "flash", b"data", &s));
        assert!(!verify(b"other", "flash", b"data", &s));
        assert!(!verify(b"secret", "reset", b"data", &s));
        assert!(!verify(b"secret", "flash", b"datA", &s));
        assert!(!verify(b"secret", "flash", b"data", "zz"));
    }
}
