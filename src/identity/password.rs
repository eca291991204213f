//! Passwords: argon2id with OWASP's parameters (19 MiB, 2 passes, 1 lane),
//! and a policy (12–128 characters, not a common password, not the e-mail).

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};

const MIN_CHARS: usize = 12;
const MAX_CHARS: usize = 128;
const COMMON: &str = include_str!("common_passwords.txt");

fn argon2() -> Argon2<'static> {
    // 19 MiB, t=2, p=1: valid constants, so `new` cannot fail.
    let params = Params::new(19_456, 2, 1, None).unwrap_or_default();
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

pub fn hash(password: &str) -> anyhow::Result<String> {
    let salt = SaltString::encode_b64(&rand::random::<[u8; 16]>()).map_err(|e| anyhow::anyhow!("salt: {e}"))?;
    Ok(argon2().hash_password(password.as_bytes(), &salt).map_err(|e| anyhow::anyhow!("argon2: {e}"))?.to_string())
}

pub fn verify(stored: &str, password: &str) -> bool {
    match PasswordHash::new(stored) {
        Ok(parsed) => argon2().verify_password(password.as_bytes(), &parsed).is_ok(),
        Err(_) => false,
    }
}

/// Spends the same time as a real check, so unknown accounts don't answer faster.
pub fn verify_dummy(password: &str) {
    static DUMMY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    let stored = DUMMY.get_or_init(|| hash("dummy password for timing").unwrap_or_default());
    let _ = verify(stored, password);
}

/// Bounds the argon2 work in flight. Each hash holds 19 MiB and a core for
/// tens of milliseconds, so it runs on the blocking pool with no database
/// connection held, and at most `concurrency` at once: a burst of sign-ins
/// waits here (or is told to retry) instead of taking every thread and
/// connection from the pages.
pub struct Hasher {
    permits: tokio::sync::Semaphore,
    /// How long a hash may wait for its turn before the request is answered 503.
    queue_wait: std::time::Duration,
}

impl Hasher {
    pub fn new(concurrency: usize, queue_wait: std::time::Duration) -> Self {
        Self { permits: tokio::sync::Semaphore::new(concurrency.max(1)), queue_wait }
    }

    async fn run<T: Send + 'static>(&self, work: impl FnOnce() -> T + Send + 'static) -> Result<T, crate::error::AppError> {
        use crate::error::AppError;
        let _permit = tokio::time::timeout(self.queue_wait, self.permits.acquire())
            .await
            .map_err(|_| AppError::Unavailable("too many password checks waiting".into()))?
            .map_err(|_| AppError::Unavailable("password checks stopped".into()))?;
        tokio::task::spawn_blocking(work).await.map_err(|e| AppError::Internal(anyhow::anyhow!("hash task failed: {e}")))
    }

    /// Checks `password` against `stored`; with no stored hash, spends the
    /// same time and answers `false`.
    pub async fn verify(&self, stored: Option<String>, password: String) -> Result<bool, crate::error::AppError> {
        self.run(move || match stored {
            Some(stored) => verify(&stored, &password),
            None => {
                verify_dummy(&password);
                false
            }
        })
        .await
    }

    pub async fn hash(&self, password: String) -> Result<String, crate::error::AppError> {
        Ok(self.run(move || hash(&password)).await??)
    }
}

/// The message id of the first rule `password` breaks.
pub fn policy_violation(password: &str, email: &str) -> Option<&'static str> {
    let chars = password.chars().count();
    if chars < MIN_CHARS {
        return Some("password-too-short");
    }
    if chars > MAX_CHARS {
        return Some("password-too-long");
    }
    let lower = password.to_lowercase();
    let local = email.split('@').next().unwrap_or("").to_lowercase();
    if lower == email.to_lowercase() || (!local.is_empty() && lower.contains(&local) && local.len() * 2 >= lower.len()) {
        return Some("password-like-email");
    }
    let unique: std::collections::HashSet<char> = lower.chars().collect();
    if unique.len() < 4 || COMMON.lines().any(|c| c == lower) {
        return Some("password-too-common");
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_hash_with_argon2id_and_verify() {
        let h = hash("correct horse battery staple").unwrap();
        assert!(h.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
        assert!(verify(&h, "correct horse battery staple"));
        assert!(!verify(&h, "Correct horse battery staple"));
        assert!(!verify("not a hash", "x"));
    }

    #[test]
    fn the_policy_refuses_short_common_and_email_like_passwords() {
        assert_eq!(policy_violation("short", "a@b.test"), Some("password-too-short"));
        assert_eq!(policy_violation(&"x".repeat(129), "a@b.test"), Some("password-too-long"));
        assert_eq!(policy_violation("password1234", "a@b.test"), Some("password-too-common"));
        assert_eq!(policy_violation("aaaaaaaaaaaaaaaa", "a@b.test"), Some("password-too-common"));
        assert_eq!(policy_violation("jane.doe@acme.test", "jane.doe@acme.test"), Some("password-like-email"));
        assert_eq!(policy_violation("jane.doe2026!", "jane.doe@acme.test"), Some("password-like-email"));
        assert_eq!(policy_violation("tulip-orbit-kettle-93", "jane@acme.test"), None);
        assert_eq!(policy_violation("日本語のとても長いパスワードです", "jane@acme.test"), None);
    }
}
