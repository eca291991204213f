//! Configuration: the only reader of the environment and of `portico.toml`.
//!
//! Every setting has a default that makes the first run on a laptop just work.
//! A wrong value stops start-up with one line naming the variable.

use std::collections::HashMap;
use std::fmt;
use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};
use std::time::Duration;

use rand::RngCore;
use url::Url;

/// Shortest accepted secret key, in characters (hex or any text).
const MIN_SECRET_LEN: usize = 32;
const SECRET_FILE: &str = "secret.key";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogFormat {
    Text,
    Json,
}

/// The server secret. Never printed: `Debug` is redacted.
#[derive(Clone)]
pub struct SecretKey(Vec<u8>);

impl SecretKey {
    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }
}

impl fmt::Debug for SecretKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SecretKey(<redacted>)")
    }
}

/// Where uploaded files live (`PORTICO_STORAGE_URL`).
#[derive(Clone, PartialEq, Eq)]
pub enum StorageSetting {
    /// `file://PATH` (default: `files/` in the data directory).
    Local(PathBuf),
    /// `s3://BUCKET?endpoint=…&region=…`, credentials from the usual AWS variables.
    S3(S3Setting),
}

#[derive(Clone, PartialEq, Eq)]
pub struct S3Setting {
    pub bucket: String,
    pub endpoint: Option<String>,
    pub region: String,
    pub access_key_id: Option<String>,
    pub secret_access_key: Option<String>,
    pub session_token: Option<String>,
}

impl fmt::Debug for StorageSetting {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StorageSetting::Local(path) => write!(f, "file://{}", path.display()),
            // Credentials never reach a log line.
            StorageSetting::S3(s3) => write!(f, "s3://{} (endpoint {:?}, region {})", s3.bucket, s3.endpoint, s3.region),
        }
    }
}

#[derive(Debug, Clone)]
pub struct Config {
    pub database_url: String,
    pub bind: SocketAddr,
    /// `PORTICO_OPS_BIND`: a second listener, with its own thread, for
    /// `/healthz`, `/readyz` and `/metrics`, so probes answer at once while
    /// pages queue under load. The main listener keeps serving them too.
    pub ops_bind: Option<SocketAddr>,
    /// Lower-case host name of the platform, without port (`localhost`).
    pub base_domain: String,
    /// How users reach the platform host; tenant URLs derive from it.
    pub public_url: Url,
    pub data_dir: PathBuf,
    pub secret_key: SecretKey,
    /// Peers whose `X-Forwarded-Host` / `X-Forwarded-For` are believed.
    pub trusted_proxies: Vec<IpAddr>,
    pub log_format: LogFormat,
    pub log_filter: String,
    pub db_pool_size: u32,
    pub db_timeout: Duration,
    /// Password hashes computed at once (`PORTICO_HASH_CONCURRENCY`, default
    /// the number of cores); more wait their turn without a connection.
    pub hash_concurrency: usize,
    /// Largest request body accepted, in bytes.
    pub max_body_bytes: usize,
    /// Bearer token `/metrics` asks for.
    pub metrics_token: Option<String>,
    /// `PORTICO_METRICS_PUBLIC=1`: `/metrics` without a token (the operator
    /// opted out explicitly; a loopback peer is no proof of anything behind a
    /// proxy on the same host).
    pub metrics_public: bool,
    /// `PORTICO_DEV_MAILBOX=1` (or `portico demo`): `/dev/mailbox` on the
    /// platform host shows the mail written to the mailbox folder. Never
    /// with an https public URL.
    pub dev_mailbox: bool,
    pub workers: Option<usize>,
    /// `None`: mail goes to the mailbox folder in the data directory.
    pub smtp: Option<SmtpSettings>,
    /// The envelope/From address of every message.
    pub mail_from: lettre::Address,
    pub smtp_timeout: Duration,
    pub mail_poll: Duration,
    pub mail_max_attempts: i32,
    /// A session unused this long is over.
    pub session_idle: Duration,
    /// A sign-in lasts at most this long, used or not.
    pub session_absolute: Duration,
    /// Hosts an identity provider or a webhook endpoint may have although
    /// they are http or resolve to loopback or private addresses (empty in
    /// production): `PORTICO_ALLOW_HOSTS`, or its older name
    /// `PORTICO_OIDC_ALLOW_HOSTS`.
    pub allow_hosts: Vec<String>,
    /// `PORTICO_STORAGE_URL`: local disk (default) or S3-compatible storage.
    pub storage: StorageSetting,
    /// `PORTICO_MAX_UPLOAD_BYTES`: the largest file one upload may carry (default 25 MB).
    pub max_upload_bytes: usize,
    /// `PORTICO_DELETION_GRACE_DAYS`: how long a deleted tenant can be
    /// restored before the purge removes it (default 30; 0 purges at the next jobs pass).
    pub deletion_grace_days: i64,
    /// Calls per minute one tenant API token may make (a burst of as many).
    pub api_rate_per_minute: u32,
}

/// A configuration problem, naming the variable at fault.
#[derive(Debug, thiserror::Error)]
#[error("{var}: {message}")]
pub struct ConfigError {
    pub var: &'static str,
    pub message: String,
}

fn err(var: &'static str, message: impl Into<String>) -> ConfigError {
    ConfigError { var, message: message.into() }
}

/// Where settings come from: variables by name (`PORTICO_BIND`, `DATABASE_URL`…).
pub trait Source {
    fn get(&self, var: &str) -> Option<String>;
}

impl Source for HashMap<String, String> {
    fn get(&self, var: &str) -> Option<String> {
        HashMap::get(self, var).cloned()
    }
}

/// The process environment layered over an optional `portico.toml`.
pub struct EnvSource {
    file: HashMap<String, String>,
}

impl EnvSource {
    /// Reads `PORTICO_CONFIG` (default `./portico.toml`, optional).
    pub fn load() -> Result<Self, ConfigError> {
        let explicit = std::env::var("PORTICO_CONFIG").ok();
        let path = PathBuf::from(explicit.clone().unwrap_or_else(|| "portico.toml".into()));
        let file = match std::fs::read_to_string(&path) {
            Ok(text) => parse_toml(&text).map_err(|m| err("PORTICO_CONFIG", format!("{}: {m}", path.display())))?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && explicit.is_none() => HashMap::new(),
            Err(e) => return Err(err("PORTICO_CONFIG", format!("cannot read {}: {e}", path.display()))),
        };
        Ok(Self { file })
    }
}

impl Source for EnvSource {
    fn get(&self, var: &str) -> Option<String> {
        std::env::var(var).ok().or_else(|| self.file.get(var).cloned())
    }
}

/// `portico.toml` keys are the variable names without the `PORTICO_` prefix,
/// in lower case: `bind = "0.0.0.0:8080"`, `database_url = "…"`.
fn parse_toml(text: &str) -> Result<HashMap<String, String>, String> {
    let table: toml::Table = text.parse().map_err(|e: toml::de::Error| e.message().to_string())?;
    let mut out = HashMap::new();
    for (key, value) in table {
        let var = if key == "database_url" { "DATABASE_URL".to_string() } else { format!("PORTICO_{}", key.to_ascii_uppercase()) };
        let text = match value {
            toml::Value::String(s) => s,
            toml::Value::Integer(i) => i.to_string(),
            toml::Value::Boolean(b) => b.to_string(),
            toml::Value::Array(items) => {
                items.iter().map(|v| v.as_str().map(str::to_string).unwrap_or_else(|| format!("{v:?}"))).collect::<Vec<_>>().join(",")
            }
            _ => return Err(format!("unsupported value type for `{key}`")),
        };
        out.insert(var, text);
    }
    Ok(out)
}

impl Config {
    /// Loads the configuration of this process (environment + `portico.toml`).
    pub fn from_env() -> Result<Self, ConfigError> {
        Self::from_source(&EnvSource::load()?)
    }

    pub fn from_source(src: &dyn Source) -> Result<Self, ConfigError> {
        let non_empty = |var: &str| src.get(var).filter(|v| !v.trim().is_empty());

        let data_dir = PathBuf::from(non_empty("PORTICO_DATA_DIR").unwrap_or_else(|| "./data".into()));
        let database_url = non_empty("DATABASE_URL").unwrap_or_else(|| format!("sqlite://{}", data_dir.join("portico.db").display()));
        crate::db::DbTarget::parse(&database_url).map_err(|m| err("DATABASE_URL", m))?;

        let bind_text = non_empty("PORTICO_BIND").unwrap_or_else(|| "127.0.0.1:8080".into());
        let bind: SocketAddr =
            bind_text.parse().map_err(|_| err("PORTICO_BIND", format!("`{bind_text}` is not an address like 127.0.0.1:8080")))?;

        let base_text = non_empty("PORTICO_BASE_DOMAIN").unwrap_or_else(|| "localhost".into());
        let base_domain = normalize_base_domain(&base_text)
            .ok_or_else(|| err("PORTICO_BASE_DOMAIN", format!("`{base_text}` is not a host name like portal.example.com")))?;

        let public_text = non_empty("PORTICO_PUBLIC_URL").unwrap_or_else(|| "http://localhost:8080".into());
        let public_url = parse_public_url(&public_text).map_err(|m| err("PORTICO_PUBLIC_URL", m))?;

        let trusted_proxies = match non_empty("PORTICO_TRUSTED_PROXIES") {
            None => Vec::new(),
            Some(list) => list
                .split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(|s| s.parse::<IpAddr>().map_err(|_| err("PORTICO_TRUSTED_PROXIES", format!("`{s}` is not an IP address"))))
                .collect::<Result<_, _>>()?,
        };

        let log_format = match non_empty("PORTICO_LOG_FORMAT").as_deref().unwrap_or("text") {
            "text" => LogFormat::Text,
            "json" => LogFormat::Json,
            other => return Err(err("PORTICO_LOG_FORMAT", format!("`{other}` is not one of: text, json"))),
        };
        let log_filter = non_empty("PORTICO_LOG").unwrap_or_else(|| "info".into());

        let db_pool_size = parse_number(src, "PORTICO_DB_POOL_SIZE", 8, 1, 512)? as u32;
        let db_timeout = Duration::from_millis(parse_number(src, "PORTICO_DB_TIMEOUT_MS", 5_000, 100, 120_000)?);
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get()) as u64;
        let hash_concurrency = parse_number(src, "PORTICO_HASH_CONCURRENCY", cores, 1, 256)? as usize;
        let ops_bind = match non_empty("PORTICO_OPS_BIND") {
            None => None,
            Some(text) => Some(
                text.parse::<SocketAddr>()
                    .map_err(|_| err("PORTICO_OPS_BIND", format!("`{text}` is not an address like 127.0.0.1:9090")))?,
            ),
        };
        let max_body_bytes = parse_number(src, "PORTICO_MAX_BODY_BYTES", 1_048_576, 1_024, 1_073_741_824)? as usize;
        let workers = match non_empty("PORTICO_WORKERS") {
            None => None,
            Some(_) => Some(parse_number(src, "PORTICO_WORKERS", 2, 1, 256)? as usize),
        };
        let metrics_token = non_empty("PORTICO_METRICS_TOKEN");
        if let Some(t) = &metrics_token
            && t.len() < 16
        {
            return Err(err("PORTICO_METRICS_TOKEN", "must be at least 16 characters"));
        }

        let metrics_public = parse_flag(src, "PORTICO_METRICS_PUBLIC")?;
        let dev_mailbox = parse_flag(src, "PORTICO_DEV_MAILBOX")?;
        if dev_mailbox && public_url.scheme() == "https" {
            return Err(err("PORTICO_DEV_MAILBOX", "is a development setting and cannot be on with an https PORTICO_PUBLIC_URL"));
        }

        let smtp = match non_empty("PORTICO_SMTP_URL") {
            None => None,
            Some(text) => Some(parse_smtp_url(&text).map_err(|m| err("PORTICO_SMTP_URL", m))?),
        };
        let from_text = non_empty("PORTICO_MAIL_FROM").unwrap_or_else(|| format!("noreply@{base_domain}"));
        let mail_from: lettre::Address =
            from_text.trim().parse().map_err(|_| err("PORTICO_MAIL_FROM", format!("`{from_text}` is not an e-mail address")))?;
        let smtp_timeout = Duration::from_millis(parse_number(src, "PORTICO_SMTP_TIMEOUT_MS", 15_000, 100, 300_000)?);
        let mail_poll = Duration::from_millis(parse_number(src, "PORTICO_MAIL_POLL_MS", 1_000, 10, 600_000)?);
        let mail_max_attempts = parse_number(src, "PORTICO_MAIL_MAX_ATTEMPTS", 8, 1, 100)? as i32;

        let session_idle = Duration::from_secs(60 * parse_number(src, "PORTICO_SESSION_IDLE_MINUTES", 60, 1, 10_080)?);
        let session_absolute = Duration::from_secs(3_600 * parse_number(src, "PORTICO_SESSION_ABSOLUTE_HOURS", 12, 1, 720)?);
        // One allow-list for every address people type in (identity
        // providers, webhook endpoints); the older name still works.
        let allow_hosts = non_empty("PORTICO_ALLOW_HOSTS")
            .or_else(|| non_empty("PORTICO_OIDC_ALLOW_HOSTS"))
            .map(|list| list.split(',').map(|h| h.trim().to_ascii_lowercase()).filter(|h| !h.is_empty()).collect())
            .unwrap_or_default();

        let storage = match non_empty("PORTICO_STORAGE_URL") {
            None => StorageSetting::Local(data_dir.join("files")),
            Some(text) => parse_storage_url(src, text.trim()).map_err(|m| err("PORTICO_STORAGE_URL", m))?,
        };
        let max_upload_bytes = parse_number(src, "PORTICO_MAX_UPLOAD_BYTES", 26_214_400, 1_024, 1_073_741_824)? as usize;
        let deletion_grace_days = parse_number(src, "PORTICO_DELETION_GRACE_DAYS", 30, 0, 3_650)? as i64;
        let api_rate_per_minute = parse_number(src, "PORTICO_API_RATE_PER_MINUTE", 600, 1, 1_000_000)? as u32;

        let secret_key = match non_empty("PORTICO_SECRET_KEY") {
            Some(s) => secret_from_text(&s).map_err(|m| err("PORTICO_SECRET_KEY", m))?,
            None => load_or_create_secret(&data_dir)?,
        };

        Ok(Config {
            database_url,
            bind,
            ops_bind,
            base_domain,
            public_url,
            data_dir,
            secret_key,
            trusted_proxies,
            log_format,
            log_filter,
            db_pool_size,
            db_timeout,
            hash_concurrency,
            max_body_bytes,
            metrics_token,
            metrics_public,
            dev_mailbox,
            workers,
            smtp,
            mail_from,
            smtp_timeout,
            mail_poll,
            mail_max_attempts,
            session_idle,
            session_absolute,
            allow_hosts,
            storage,
            max_upload_bytes,
            deletion_grace_days,
            api_rate_per_minute,
        })
    }

    /// The canonical URL of a tenant's portal, derived from `PORTICO_PUBLIC_URL`
    /// (never from a request's `Host`).
    pub fn tenant_url(&self, slug: &str) -> String {
        let host = self.public_url.host_str().unwrap_or("localhost");
        match self.public_url.port() {
            Some(port) => format!("{}://{slug}.{host}:{port}", self.public_url.scheme()),
            None => format!("{}://{slug}.{host}", self.public_url.scheme()),
        }
    }

    /// The folder mail is written to when no SMTP server is configured.
    /// Whether `/dev/mailbox` may show the mailbox folder.
    pub fn dev_mailbox_dir(&self) -> Option<PathBuf> {
        self.mailbox_dir().filter(|_| self.dev_mailbox && !self.is_https())
    }

    pub fn mailbox_dir(&self) -> Option<PathBuf> {
        self.smtp.is_none().then(|| self.data_dir.join("mailbox"))
    }

    /// Whether the platform is reached over HTTPS (cookies get `Secure`).
    pub fn is_https(&self) -> bool {
        self.public_url.scheme() == "https"
    }
}

/// `file://PATH` or `s3://BUCKET?endpoint=URL&region=NAME`; the S3 credentials
/// come from `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`, `AWS_SESSION_TOKEN`,
/// and the region (when the URL has none) from `AWS_REGION` / `AWS_DEFAULT_REGION`.
fn parse_storage_url(src: &dyn Source, text: &str) -> Result<StorageSetting, String> {
    if let Some(path) = text.strip_prefix("file://") {
        if path.is_empty() {
            return Err("`file://` needs a folder, like file:///var/lib/portico/files".into());
        }
        return Ok(StorageSetting::Local(PathBuf::from(path)));
    }
    if !text.starts_with("s3://") {
        return Err(format!("`{text}` is not file://FOLDER or s3://BUCKET?endpoint=…&region=…"));
    }
    let url = Url::parse(text).map_err(|_| format!("`{text}` is not a URL like s3://bucket?region=eu-west-1"))?;
    let bucket = url.host_str().filter(|b| !b.is_empty()).ok_or("the URL names no bucket (s3://BUCKET)")?.to_string();
    let (mut endpoint, mut region) = (None, None);
    for (key, value) in url.query_pairs() {
        match key.as_ref() {
            "endpoint" => {
                let parsed = Url::parse(&value).map_err(|_| format!("endpoint `{value}` is not a URL"))?;
                if !matches!(parsed.scheme(), "http" | "https") {
                    return Err(format!("endpoint `{value}` is not http(s)"));
                }
                endpoint = Some(value.trim_end_matches('/').to_string());
            }
            "region" => region = Some(value.to_string()),
            other => return Err(format!("unknown parameter `{other}` (endpoint, region)")),
        }
    }
    let env = |var: &str| src.get(var).filter(|v| !v.trim().is_empty());
    let region = region.or_else(|| env("AWS_REGION")).or_else(|| env("AWS_DEFAULT_REGION")).unwrap_or_else(|| "us-east-1".into());
    Ok(StorageSetting::S3(S3Setting {
        bucket,
        endpoint,
        region,
        access_key_id: env("AWS_ACCESS_KEY_ID"),
        secret_access_key: env("AWS_SECRET_ACCESS_KEY"),
        session_token: env("AWS_SESSION_TOKEN"),
    }))
}

/// `1`/`true`/`yes`/`on` or `0`/`false`/`no`/`off` (empty: off).
fn parse_flag(src: &dyn Source, var: &'static str) -> Result<bool, ConfigError> {
    match src.get(var).map(|v| v.trim().to_ascii_lowercase()).filter(|v| !v.is_empty()).as_deref() {
        None | Some("0" | "false" | "no" | "off") => Ok(false),
        Some("1" | "true" | "yes" | "on") => Ok(true),
        Some(other) => Err(err(var, format!("`{other}` is not 1 or 0"))),
    }
}

fn parse_number(src: &dyn Source, var: &'static str, default: u64, min: u64, max: u64) -> Result<u64, ConfigError> {
    match src.get(var).filter(|v| !v.trim().is_empty()) {
        None => Ok(default),
        Some(text) => match text.trim().parse::<u64>() {
            Ok(n) if (min..=max).contains(&n) => Ok(n),
            _ => Err(err(var, format!("`{text}` is not a whole number from {min} to {max}"))),
        },
    }
}

fn normalize_base_domain(text: &str) -> Option<String> {
    let host = text.trim().trim_end_matches('.').to_ascii_lowercase();
    let valid = !host.is_empty()
        && host.len() <= 200
        && host.split('.').all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        });
    valid.then_some(host)
}

fn parse_public_url(text: &str) -> Result<Url, String> {
    let url = Url::parse(text.trim()).map_err(|e| format!("`{text}` is not a URL ({e})"))?;
    if url.scheme() != "http" && url.scheme() != "https" {
        return Err(format!("`{text}` must start with http:// or https://"));
    }
    if url.host_str().is_none_or(str::is_empty) {
        return Err(format!("`{text}` has no host"));
    }
    if url.path() != "/" || url.query().is_some() || url.fragment().is_some() || !url.username().is_empty() {
        return Err(format!("`{text}` must be scheme, host and optional port only, like https://portal.example.com"));
    }
    Ok(url)
}

fn secret_from_text(text: &str) -> Result<SecretKey, String> {
    let text = text.trim();
    if text.len() < MIN_SECRET_LEN {
        return Err(format!("is too short: use at least {MIN_SECRET_LEN} characters (for example 64 hex digits)"));
    }
    Ok(SecretKey(hex::decode(text).unwrap_or_else(|_| text.as_bytes().to_vec())))
}

/// Reads `<data dir>/secret.key`, creating it (mode 0600) on the first run.
fn load_or_create_secret(data_dir: &Path) -> Result<SecretKey, ConfigError> {
    let path = data_dir.join(SECRET_FILE);
    match std::fs::read_to_string(&path) {
        Ok(text) => secret_from_text(&text).map_err(|m| err("PORTICO_SECRET_KEY", format!("{}: {m}", path.display()))),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            std::fs::create_dir_all(data_dir).map_err(|e| err("PORTICO_DATA_DIR", format!("cannot create {}: {e}", data_dir.display())))?;
            let mut bytes = [0u8; 32];
            rand::rng().fill_bytes(&mut bytes);
            let text = hex::encode(bytes);
            write_private(&path, &text).map_err(|e| err("PORTICO_SECRET_KEY", format!("cannot write {}: {e}", path.display())))?;
            Ok(SecretKey(bytes.to_vec()))
        }
        Err(e) => Err(err("PORTICO_SECRET_KEY", format!("cannot read {}: {e}", path.display()))),
    }
}

fn write_private(path: &Path, text: &str) -> std::io::Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(path)?;
    file.write_all(text.as_bytes())?;
    file.sync_all()
}

// ---- the SMTP relay ----

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TlsMode {
    /// `smtps://`: TLS from the first byte.
    Implicit,
    /// `?tls=required`: STARTTLS or fail.
    Required,
    /// `?tls=starttls` (default for `smtp://`): STARTTLS when offered.
    Opportunistic,
    /// `?tls=none`: plain text (loopback relays, tests).
    None,
}

#[derive(Clone, PartialEq, Eq)]
pub struct SmtpSettings {
    pub host: String,
    pub port: u16,
    pub tls: TlsMode,
    pub credentials: Option<(String, String)>,
}

impl std::fmt::Debug for SmtpSettings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SmtpSettings")
            .field("host", &self.host)
            .field("port", &self.port)
            .field("tls", &self.tls)
            .field("credentials", &self.credentials.as_ref().map(|(u, _)| (u, "<redacted>")))
            .finish()
    }
}

/// Parses `smtp://user:pass@host:port?tls=starttls|required|none` or `smtps://…`.
pub fn parse_smtp_url(text: &str) -> Result<SmtpSettings, String> {
    let url = url::Url::parse(text.trim()).map_err(|_| "is not a URL like smtp://user:pass@host:587".to_string())?;
    let implicit = match url.scheme() {
        "smtp" => false,
        "smtps" => true,
        other => return Err(format!("scheme `{other}` is not smtp or smtps")),
    };
    let host = url.host_str().filter(|h| !h.is_empty()).ok_or("has no host")?.to_string();
    let mut tls = if implicit { TlsMode::Implicit } else { TlsMode::Opportunistic };
    for (key, value) in url.query_pairs() {
        match (key.as_ref(), value.as_ref()) {
            ("tls", "starttls") if !implicit => tls = TlsMode::Opportunistic,
            ("tls", "required") if !implicit => tls = TlsMode::Required,
            ("tls", "none") if !implicit => tls = TlsMode::None,
            ("tls", other) => return Err(format!("tls={other} is not one of starttls, required, none (for smtp://)")),
            (other, _) => return Err(format!("unknown parameter `{other}`")),
        }
    }
    let port = url.port().unwrap_or(if implicit { 465 } else { 587 });
    let credentials = if url.username().is_empty() {
        None
    } else {
        let decode = |s: &str| percent_decode(s);
        Some((decode(url.username()), decode(url.password().unwrap_or(""))))
    };
    Ok(SmtpSettings { host, port, tls, credentials })
}

fn percent_decode(s: &str) -> String {
    url::form_urlencoded::parse(format!("x={}", s.replace('+', "%2B")).as_bytes()).next().map(|(_, v)| v.into_owned()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_dev_mailbox_is_never_on_with_an_https_public_url() {
        let mut env: std::collections::HashMap<String, String> = [
            ("PORTICO_SECRET_KEY", "x".repeat(40)),
            ("PORTICO_DEV_MAILBOX", "1".into()),
            ("PORTICO_PUBLIC_URL", "https://portal.example".into()),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect();
        let refused = Config::from_source(&env).err().map(|e| e.to_string()).unwrap_or_default();
        assert!(refused.contains("PORTICO_DEV_MAILBOX"), "{refused}");
        env.insert("PORTICO_PUBLIC_URL".into(), "http://localhost:8080".into());
        assert!(Config::from_source(&env).is_ok_and(|c| c.dev_mailbox && c.dev_mailbox_dir().is_some()));
        env.insert("PORTICO_DEV_MAILBOX".into(), "maybe".into());
        assert!(Config::from_source(&env).is_err());
        env.remove("PORTICO_DEV_MAILBOX");
        assert!(Config::from_source(&env).is_ok_and(|c| !c.dev_mailbox && c.dev_mailbox_dir().is_none()), "off by default");
    }

    #[test]
    fn smtp_urls_parse_with_tls_modes_and_credentials() {
        let s = parse_smtp_url("smtp://user%40x:p%40ss@mail.example.com:2525?tls=required").unwrap();
        assert_eq!(s.host, "mail.example.com");
        assert_eq!(s.port, 2525);
        assert_eq!(s.tls, TlsMode::Required);
        assert_eq!(s.credentials, Some(("user@x".into(), "p@ss".into())));
        assert!(!format!("{s:?}").contains("p@ss"));
        assert_eq!(parse_smtp_url("smtps://mail.example.com").unwrap().port, 465);
        assert_eq!(parse_smtp_url("smtp://127.0.0.1:25?tls=none").unwrap().tls, TlsMode::None);
        assert_eq!(parse_smtp_url("smtp://h").unwrap().tls, TlsMode::Opportunistic);
        for bad in ["http://h", "smtp://", "smtp://h?tls=maybe", "smtps://h?tls=none", "smtp://h?x=1", "nonsense"] {
            assert!(parse_smtp_url(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn storage_urls_name_a_folder_or_a_bucket_and_keep_credentials_out_of_logs() {
        let dir = tempfile::tempdir().unwrap();
        let config = Config::from_source(&source(&[], dir.path())).unwrap();
        assert_eq!(config.storage, StorageSetting::Local(dir.path().join("files")));
        assert_eq!(config.max_upload_bytes, 25 * 1024 * 1024);
        let s3 = source(
            &[
                ("PORTICO_STORAGE_URL", "s3://portico-files?endpoint=http://127.0.0.1:9000/&region=eu-west-1"),
                ("AWS_ACCESS_KEY_ID", "AKIDEXAMPLE"),
                ("AWS_SECRET_ACCESS_KEY", "very-secret-value"),
            ],
            dir.path(),
        );
        let StorageSetting::S3(bucket) = Config::from_source(&s3).unwrap().storage else { panic!("not s3") };
        assert_eq!(bucket.bucket, "portico-files");
        assert_eq!(bucket.endpoint.as_deref(), Some("http://127.0.0.1:9000"));
        assert_eq!(bucket.region, "eu-west-1");
        assert_eq!(bucket.secret_access_key.as_deref(), Some("very-secret-value"));
        assert!(!format!("{:?}", StorageSetting::S3(bucket)).contains("very-secret"));
        let local = source(&[("PORTICO_STORAGE_URL", "file:///srv/portico/files")], dir.path());
        assert_eq!(Config::from_source(&local).unwrap().storage, StorageSetting::Local("/srv/portico/files".into()));
        for bad in ["ftp://x", "s3://", "s3://b?endpoint=ftp://x", "s3://b?colour=red", "file://"] {
            let refused = Config::from_source(&source(&[("PORTICO_STORAGE_URL", bad)], dir.path())).err().map(|e| e.to_string());
            assert!(refused.is_some_and(|m| m.contains("PORTICO_STORAGE_URL")), "{bad}");
        }
    }

    fn source(pairs: &[(&str, &str)], dir: &Path) -> HashMap<String, String> {
        let mut map: HashMap<String, String> = pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        map.insert("PORTICO_DATA_DIR".into(), dir.display().to_string());
        map
    }

    #[test]
    fn defaults_make_a_working_laptop_configuration() {
        let dir = tempfile::tempdir().unwrap();
        let config = Config::from_source(&source(&[], dir.path())).unwrap();
        assert_eq!(config.bind.to_string(), "127.0.0.1:8080");
        assert_eq!(config.base_domain, "localhost");
        assert_eq!(config.tenant_url("acme"), "http://acme.localhost:8080");
        assert!(config.database_url.starts_with("sqlite://"));
        // The generated secret is kept and reused.
        let again = Config::from_source(&source(&[], dir.path())).unwrap();
        assert_eq!(config.secret_key.as_bytes(), again.secret_key.as_bytes());
        assert_eq!(config.secret_key.as_bytes().len(), 32);
    }

    #[test]
    fn a_wrong_value_names_its_variable() {
        let dir = tempfile::tempdir().unwrap();
        let cases = [
            ("PORTICO_BIND", "not-an-address"),
            ("DATABASE_URL", "mysql://localhost/x"),
            ("PORTICO_PUBLIC_URL", "ftp://example.com"),
            ("PORTICO_PUBLIC_URL", "https://example.com/sub/path"),
            ("PORTICO_BASE_DOMAIN", "bad_domain!"),
            ("PORTICO_SECRET_KEY", "short"),
            ("PORTICO_DB_POOL_SIZE", "0"),
            ("PORTICO_LOG_FORMAT", "xml"),
            ("PORTICO_TRUSTED_PROXIES", "10.0.0.1,nonsense"),
            ("PORTICO_SMTP_URL", "http://mail.example.com"),
            ("PORTICO_MAIL_FROM", "not an address"),
        ];
        for (var, value) in cases {
            let e = Config::from_source(&source(&[(var, value)], dir.path())).unwrap_err();
            assert_eq!(e.var, var, "{value}");
        }
    }

    #[test]
    fn an_unreadable_secret_file_stops_start_up() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(SECRET_FILE), "tiny").unwrap();
        let e = Config::from_source(&source(&[], dir.path())).unwrap_err();
        assert_eq!(e.var, "PORTICO_SECRET_KEY");
        assert!(e.message.contains("too short"));
    }

    #[test]
    fn tenant_urls_keep_scheme_and_port_of_the_public_url() {
        let dir = tempfile::tempdir().unwrap();
        let c = Config::from_source(&source(&[("PORTICO_PUBLIC_URL", "https://portal.example.com")], dir.path())).unwrap();
        assert_eq!(c.tenant_url("acme"), "https://acme.portal.example.com");
        assert!(c.is_https());
    }

    #[test]
    fn toml_keys_map_to_variables() {
        let map = parse_toml("bind = \"0.0.0.0:9000\"\ndatabase_url = \"sqlite://x.db\"\ntrusted_proxies = [\"10.0.0.1\"]").unwrap();
        assert_eq!(map["PORTICO_BIND"], "0.0.0.0:9000");
        assert_eq!(map["DATABASE_URL"], "sqlite://x.db");
        assert_eq!(map["PORTICO_TRUSTED_PROXIES"], "10.0.0.1");
    }
}
