//! Standard Webhooks signatures: a secret is `whsec_` and base64 of 32
//! random bytes; a signature is `v1,` and base64 of HMAC-SHA256, keyed by
//! those bytes, over `{webhook-id}.{webhook-timestamp}.{body}`. Several
//! signatures (during a secret's rotation) go space-separated in one header.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use hmac::{Hmac, Mac};
use rand::RngCore;
use sha2::Sha256;

const PREFIX: &str = "whsec_";

/// A fresh secret.
pub fn new_secret() -> String {
    let mut key = [0u8; 32];
    rand::rng().fill_bytes(&mut key);
    format!("{PREFIX}{}", STANDARD.encode(key))
}

/// The key bytes of a secret, if it is one.
fn key(secret: &str) -> Option<Vec<u8>> {
    STANDARD.decode(secret.strip_prefix(PREFIX)?).ok().filter(|k| !k.is_empty())
}

/// The `v1,…` signature of one message attempt.
pub fn sign(secret: &str, msg_id: &str, timestamp: i64, body: &str) -> Option<String> {
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(&key(secret)?).ok()?;
    mac.update(format!("{msg_id}.{timestamp}.").as_bytes());
    mac.update(body.as_bytes());
    Some(format!("v1,{}", STANDARD.encode(mac.finalize().into_bytes())))
}

/// The `webhook-signature` header: one signature per secret given.
pub fn header(secrets: &[&str], msg_id: &str, timestamp: i64, body: &str) -> Option<String> {
    let signatures: Vec<String> = secrets.iter().filter_map(|s| sign(s, msg_id, timestamp, body)).collect();
    (!signatures.is_empty()).then(|| signatures.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The example of the Standard Webhooks specification's reference tests.
    #[test]
    fn signs_as_the_specification_does() {
        let secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
        let body = r#"{"test": 2432232314}"#;
        let signature = sign(secret, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, body).unwrap();
        assert_eq!(signature, "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    #[test]
    fn secrets_are_fresh_and_rotation_sends_both_signatures() {
        let (a, b) = (new_secret(), new_secret());
        assert!(a.starts_with("whsec_") && a != b && key(&a).unwrap().len() == 32);
        let both = header(&[&a, &b], "msg_1", 1, "{}").unwrap();
        assert_eq!(both.split(' ').count(), 2);
        assert!(both.split(' ').all(|s| s.starts_with("v1,")));
        assert_eq!(header(&["not a secret"], "msg_1", 1, "{}"), None);
    }
}
