//! Static files (CSS, htmx, images), embedded in the binary with rust-embed,
//! and their content hashes, computed once at start-up so pages can link
//! them at immutable URLs. Serving them is `web::assets`.

use std::collections::HashMap;

use rust_embed::Embed;

#[derive(Embed)]
#[folder = "static/"]
pub struct StaticFiles;

/// Content hashes of every embedded file, computed once at start-up.
#[derive(Debug)]
pub struct Assets {
    hashes: HashMap<String, String>,
}

impl Assets {
    pub fn load() -> Self {
        let hashes = StaticFiles::iter()
            .filter_map(|name| {
                let file = StaticFiles::get(&name)?;
                Some((name.to_string(), hex::encode(&file.metadata.sha256_hash()[..6])))
            })
            .collect();
        Self { hashes }
    }

    /// The URL of an embedded file; unknown names give a URL that 404s.
    pub fn url(&self, path: &str) -> String {
        match self.hashes.get(path) {
            Some(hash) => format!("/static/{hash}/{path}"),
            None => {
                tracing::warn!(path, "unknown asset");
                format!("/static/missing/{path}")
            }
        }
    }

    pub fn hash(&self, path: &str) -> Option<&str> {
        self.hashes.get(path).map(String::as_str)
    }
}
