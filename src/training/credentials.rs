//! Certificates as standard credentials, checkable without Portico: each is
//! an Open Badges 3.0 `OpenBadgeCredential` secured as a VC-JWT (RS256, the
//! algorithm the specification asks every verifier to support), signed with
//! the tenant's own key. The private half is kept sealed with the server's
//! secret; the public halves are published as a JWK Set on the tenant host
//! (`/.well-known/jwks.json`), each also at its `kid` address. The
//! credential's `credentialStatus` points at the tenant's W3C Bitstring
//! Status List (revocation), itself a VC-JWT signed with the same key;
//! expiry is the credential's own `validUntil` (`exp`).

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use serde_json::{Value, json};

use crate::db::AnyConnection;
use crate::db::schema::credential_keys;
use crate::error::AppError;
use crate::i18n::Translator;
use crate::tenancy::scope::{TenantScope, scoped};
use crate::training::certificates::{self, Certificate, REVOCATION};

const SEALED: &str = "credential-key";

/// Where a tenant's credential documents live, from its portal address.
pub struct Addresses {
    portal: String,
}

impl Addresses {
    pub fn new(portal_url: &str) -> Self {
        Addresses { portal: portal_url.trim_end_matches('/').to_string() }
    }

    pub fn issuer(&self) -> String {
        format!("{}/credentials/issuer", self.portal)
    }

    pub fn key(&self, kid: &str) -> String {
        format!("{}/credentials/keys/{kid}", self.portal)
    }

    pub fn status_list(&self) -> String {
        format!("{}/credentials/status/{REVOCATION}", self.portal)
    }

    pub fn verify(&self, public_id: &str) -> String {
        format!("{}/verify/{public_id}", self.portal)
    }

    pub fn course(&self, course_id: i64) -> String {
        format!("{}/training/courses/{course_id}", self.portal)
    }

    pub fn portal(&self) -> &str {
        &self.portal
    }
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = credential_keys)]
pub struct CredentialKey {
    pub id: i64,
    pub tenant_id: i64,
    pub kid: String,
    pub public_jwk: String,
    pub private_key: String,
    pub created_at: NaiveDateTime,
}

/// A key that can sign: its id and the PKCS#8 document ring reads.
pub struct SigningKey {
    pub kid: String,
    pkcs8: Vec<u8>,
}

fn b64(bytes: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(bytes)
}

/// A fresh 2048-bit RSA key: (kid, public JWK without `kid`, PKCS#8 DER).
/// CPU-bound (a second or so); never inside a transaction.
fn generate() -> Result<(String, Value, Vec<u8>), AppError> {
    use rsa::pkcs8::EncodePrivateKey;
    use rsa::traits::PublicKeyParts;
    let key = rsa::RsaPrivateKey::new(&mut rsa::rand_core::OsRng, 2048).map_err(|e| AppError::Internal(anyhow::anyhow!("rsa: {e}")))?;
    let der = key.to_pkcs8_der().map_err(|e| AppError::Internal(anyhow::anyhow!("pkcs8: {e}")))?;
    let jwk = json!({ "kty": "RSA", "use": "sig", "alg": "RS256", "n": b64(&key.n().to_bytes_be()), "e": b64(&key.e().to_bytes_be()) });
    let kid = format!("{}-{}", crate::db::now().format("%Y%m%d"), &uuid::Uuid::new_v4().simple().to_string()[..12]);
    Ok((kid, jwk, der.as_bytes().to_vec()))
}

fn keys(conn: &mut AnyConnection, scope: &TenantScope) -> QueryResult<Vec<CredentialKey>> {
    scoped!(credential_keys, scope).order(credential_keys::id.desc()).select(CredentialKey::as_select()).load(conn)
}

/// The tenant's newest key this server can open, if it has one.
pub fn existing_key(conn: &mut AnyConnection, scope: &TenantScope, secret: &[u8]) -> QueryResult<Option<SigningKey>> {
    Ok(keys(conn, scope)?.into_iter().find_map(|key| {
        let pkcs8 = crate::signing::open(secret, SEALED, &key.private_key).and_then(|hex_der| hex::decode(hex_der).ok())?;
        Some(SigningKey { kid: key.kid, pkcs8 })
    }))
}

/// The tenant's newest key this server can open; made on first use (a
/// signed-in holder downloading a credential — never an anonymous request).
pub fn signing_key(conn: &mut AnyConnection, scope: &TenantScope, secret: &[u8]) -> Result<SigningKey, AppError> {
    if let Some(key) = existing_key(conn, scope, secret)? {
        return Ok(key);
    }
    // None yet (or none this server's secret opens, after an import):
    // a new one; the old public keys stay published for what they signed.
    let (kid, jwk, der) = generate()?;
    diesel::insert_into(credential_keys::table)
        .values((
            credential_keys::tenant_id.eq(scope.tenant_id()),
            credential_keys::kid.eq(&kid),
            credential_keys::public_jwk.eq(jwk.to_string()),
            credential_keys::private_key.eq(crate::signing::seal(secret, SEALED, &hex::encode(&der))),
            credential_keys::created_at.eq(crate::db::now()),
        ))
        .execute(conn)?;
    tracing::info!(tenant_id = scope.tenant_id(), kid, "credentials.key_made");
    Ok(SigningKey { kid, pkcs8: der })
}

fn with_kid(key: &CredentialKey, addresses: &Addresses) -> Option<Value> {
    let mut jwk: Value = serde_json::from_str(&key.public_jwk).ok()?;
    jwk["kid"] = Value::String(addresses.key(&key.kid));
    jwk["iss"] = Value::String(addresses.issuer());
    Some(jwk)
}

/// The JWK Set of every key the tenant ever signed with.
pub fn jwks(conn: &mut AnyConnection, scope: &TenantScope, addresses: &Addresses) -> QueryResult<Value> {
    let keys: Vec<Value> = keys(conn, scope)?.iter().filter_map(|k| with_kid(k, addresses)).collect();
    Ok(json!({ "keys": keys }))
}

/// One public key, by the id its `kid` address ends in.
pub fn jwk(conn: &mut AnyConnection, scope: &TenantScope, addresses: &Addresses, kid: &str) -> QueryResult<Option<Value>> {
    Ok(keys(conn, scope)?.iter().find(|k| k.kid == kid).and_then(|k| with_kid(k, addresses)))
}

/// A compact JWS (RS256) of `payload`.
fn sign(key: &SigningKey, addresses: &Addresses, typ: &str, payload: &Value) -> Result<String, AppError> {
    let header = json!({ "alg": "RS256", "typ": typ, "kid": addresses.key(&key.kid) });
    let input = format!("{}.{}", b64(header.to_string().as_bytes()), b64(payload.to_string().as_bytes()));
    let pair =
        ring::signature::RsaKeyPair::from_pkcs8(&key.pkcs8).map_err(|e| AppError::Internal(anyhow::anyhow!("credential key: {e}")))?;
    let mut signature = vec![0u8; pair.public().modulus_len()];
    pair.sign(&ring::signature::RSA_PKCS1_SHA256, &ring::rand::SystemRandom::new(), input.as_bytes(), &mut signature)
        .map_err(|_| AppError::Internal(anyhow::anyhow!("credential signing failed")))?;
    Ok(format!("{input}.{}", b64(&signature)))
}

fn midnight(day: NaiveDate) -> NaiveDateTime {
    day.and_hms_opt(0, 0, 0).unwrap_or_default()
}

fn rfc3339(at: NaiveDateTime) -> String {
    at.format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// A stable, non-personal id for a holder (the same in each of their
/// credentials of this tenant, meaningless elsewhere).
fn subject_id(secret: &[u8], tenant_id: i64, user_id: i64) -> String {
    let mac = crate::signing::sign(secret, "credential-subject", format!("{tenant_id}.{user_id}").as_bytes());
    let bytes: [u8; 16] = hex::decode(&mac[..32]).ok().and_then(|b| b.try_into().ok()).unwrap_or_default();
    format!("urn:uuid:{}", uuid::Builder::from_random_bytes(bytes).into_uuid())
}

/// What a credential says about its course and issuer.
pub struct CredentialFacts<'a> {
    pub portal_name: &'a str,
    pub course_title: &'a str,
    pub course_summary: &'a str,
    pub has_quiz: bool,
    pub pass_mark: i32,
    pub holder_email: &'a str,
    /// The tenant's default language, for the criteria's words.
    pub translator: &'a Translator,
}

/// The Open Badges 3.0 credential of a certificate, unsigned (the JWT's
/// payload, its registered claims beside the credential's own fields).
pub fn credential(cert: &Certificate, facts: &CredentialFacts<'_>, addresses: &Addresses, secret: &[u8]) -> Value {
    let t = facts.translator;
    let salt = &crate::signing::sign(secret, "credential-salt", cert.public_id.as_bytes())[..16];
    let hashed = {
        use sha2::Digest;
        format!("sha256${}", hex::encode(sha2::Sha256::digest(format!("{}{salt}", facts.holder_email.to_lowercase()).as_bytes())))
    };
    let id = addresses.verify(&cert.public_id);
    let subject = subject_id(secret, cert.tenant_id, cert.user_id);
    let valid_from = midnight(cert.issued_on);
    let criteria = if facts.has_quiz {
        t.t_args("credential-criteria-quiz", &[("mark", &facts.pass_mark.to_string())])
    } else {
        t.t("credential-criteria-lessons")
    };
    let description = if facts.course_summary.trim().is_empty() {
        t.t_args("credential-description", &[("course", facts.course_title)])
    } else {
        facts.course_summary.to_string()
    };
    let mut payload = json!({
        "@context": ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
        "id": id,
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": facts.course_title,
        "issuer": { "id": addresses.issuer(), "type": ["Profile"], "name": facts.portal_name, "url": addresses.portal() },
        "validFrom": rfc3339(valid_from),
        "credentialSubject": {
            "id": subject,
            "type": ["AchievementSubject"],
            "identifier": [
                { "type": "IdentityObject", "identityType": "emailAddress", "hashed": true, "identityHash": hashed, "salt": salt },
                { "type": "IdentityObject", "identityType": "name", "hashed": false, "identityHash": cert.holder_name },
            ],
            "achievement": {
                "id": addresses.course(cert.course_id),
                "type": ["Achievement"],
                "name": facts.course_title,
                "description": description,
                "criteria": { "narrative": criteria },
            },
        },
        "credentialStatus": {
            "id": format!("{}#{}", addresses.status_list(), cert.status_index),
            "type": "BitstringStatusListEntry",
            "statusPurpose": REVOCATION,
            "statusListIndex": cert.status_index.to_string(),
            "statusListCredential": addresses.status_list(),
        },
        "iss": addresses.issuer(),
        "jti": id,
        "sub": subject,
        "nbf": valid_from.and_utc().timestamp(),
        "iat": valid_from.and_utc().timestamp(),
    });
    if let Some(end) = cert.expires_on {
        payload["validUntil"] = Value::String(rfc3339(midnight(end)));
        payload["exp"] = json!(midnight(end).and_utc().timestamp());
    }
    payload
}

/// The signed credential of a certificate (a compact VC-JWT).
pub fn signed_credential(
    conn: &mut AnyConnection,
    scope: &TenantScope,
    cert: &Certificate,
    facts: &CredentialFacts<'_>,
    addresses: &Addresses,
    secret: &[u8],
) -> Result<String, AppError> {
    let key = signing_key(conn, scope, secret)?;
    sign(&key, addresses, "JWT", &credential(cert, facts, addresses, secret))
}

/// The bits of a status list with `set` on: index 0 is the most
/// significant bit of the first byte; gzip, then base64url with the
/// multibase prefix `u`.
pub fn encode_list(size: i32, set: &[i32]) -> Result<String, AppError> {
    use std::io::Write;
    let mut bits = vec![0u8; (size.max(0) as usize).div_ceil(8)];
    for index in set.iter().filter(|i| **i >= 0 && **i < size) {
        let i = *index as usize;
        bits[i / 8] |= 0x80 >> (i % 8);
    }
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(&bits).map_err(|e| AppError::Internal(e.into()))?;
    Ok(format!("u{}", b64(&gz.finish().map_err(|e| AppError::Internal(e.into()))?)))
}

/// The tenant's revocation list as a signed `BitstringStatusListCredential`
/// (`None` until it signed a credential: there is nothing to check yet).
pub fn status_list_credential(
    conn: &mut AnyConnection,
    scope: &TenantScope,
    addresses: &Addresses,
    secret: &[u8],
) -> Result<Option<String>, AppError> {
    let Some(key) = existing_key(conn, scope, secret)? else { return Ok(None) };
    let (_, size) = certificates::status_list(conn, scope)?;
    let revoked = certificates::revoked_indexes(conn, scope)?;
    let now = crate::db::now();
    let now = now.and_utc().timestamp();
    let id = addresses.status_list();
    let payload = json!({
        "@context": ["https://www.w3.org/ns/credentials/v2"],
        "id": id,
        "type": ["VerifiableCredential", "BitstringStatusListCredential"],
        "issuer": addresses.issuer(),
        "validFrom": rfc3339(chrono::DateTime::from_timestamp(now, 0).map(|d| d.naive_utc()).unwrap_or_default()),
        "credentialSubject": {
            "id": format!("{id}#list"),
            "type": "BitstringStatusList",
            "statusPurpose": REVOCATION,
            "ttl": 300_000,
            "encodedList": encode_list(size, &revoked)?,
        },
        "iss": addresses.issuer(),
        "jti": id,
        "sub": format!("{id}#list"),
        "nbf": now,
        "iat": now,
    });
    sign(&key, addresses, "JWT", &payload).map(Some)
}

/// The issuer's profile (what `issuer.id` points at).
pub fn issuer_profile(addresses: &Addresses, portal_name: &str) -> Value {
    json!({
        "@context": ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
        "id": addresses.issuer(),
        "type": ["Profile"],
        "name": portal_name,
        "url": addresses.portal(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_status_list_sets_the_bits_most_significant_first() {
        use std::io::Read;
        let encoded = encode_list(131_072, &[0, 42, 131_071, 200_000, -1]).unwrap();
        let raw = URL_SAFE_NO_PAD.decode(encoded.strip_prefix('u').unwrap()).unwrap();
        let mut bits = Vec::new();
        flate2::read::GzDecoder::new(&raw[..]).read_to_end(&mut bits).unwrap();
        assert_eq!(bits.len(), 16_384, "the W3C minimum of 131,072 bits");
        assert_eq!(bits[0], 0x80);
        assert_eq!(bits[5], 0x20, "index 42 is bit 2 of byte 5, counted from the left");
        assert_eq!(bits[16_383], 0x01);
        assert_eq!(bits.iter().map(|b| b.count_ones()).sum::<u32>(), 3, "out-of-range indexes are ignored");
    }

    #[test]
    fn a_signed_credential_verifies_with_the_published_key() {
        let (kid, jwk, der) = generate().unwrap();
        let key = SigningKey { kid, pkcs8: der };
        let addresses = Addresses::new("http://acme.localhost:8080");
        let token = sign(&key, &addresses, "JWT", &json!({ "iss": "x" })).unwrap();
        let parts: Vec<&str> = token.split('.').collect();
        assert_eq!(parts.len(), 3);
        let header: Value = serde_json::from_slice(&URL_SAFE_NO_PAD.decode(parts[0]).unwrap()).unwrap();
        assert_eq!(header["alg"], "RS256");
        assert!(header["kid"].as_str().unwrap().starts_with("http://acme.localhost:8080/credentials/keys/"));
        let n = URL_SAFE_NO_PAD.decode(jwk["n"].as_str().unwrap()).unwrap();
        let e = URL_SAFE_NO_PAD.decode(jwk["e"].as_str().unwrap()).unwrap();
        let public = ring::signature::RsaPublicKeyComponents { n: &n, e: &e };
        let input = format!("{}.{}", parts[0], parts[1]);
        let sig = URL_SAFE_NO_PAD.decode(parts[2]).unwrap();
        public.verify(&ring::signature::RSA_PKCS1_2048_8192_SHA256, input.as_bytes(), &sig).unwrap();
        assert!(public.verify(&ring::signature::RSA_PKCS1_2048_8192_SHA256, b"other", &sig).is_err());
    }
}
