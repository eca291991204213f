//! Static files (CSS, htmx, images), embedded in the binary with rust-embed
//! and served at content-hashed URLs (`/static/<hash>/<path>`) with
//! `Cache-Control: immutable`. Only embedded names are served: no path on disk
//! is ever built from a request.

use std::collections::HashMap;

use actix_web::http::header;
use actix_web::{HttpResponse, web};
use rust_embed::Embed;

#[derive(Embed)]
#[folder = "static/"]
struct StaticFiles;

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

    fn hash(&self, path: &str) -> Option<&str> {
        self.hashes.get(path).map(String::as_str)
    }
}

async fn serve(path: web::Path<(String, String)>, state: web::Data<crate::startup::AppState>) -> HttpResponse {
    let (hash, name) = path.into_inner();
    let Some(file) = StaticFiles::get(&name) else {
        return HttpResponse::NotFound().finish();
    };
    // A stale hash still gets the file, but not the year-long cache.
    let cache = if state.assets.hash(&name) == Some(hash.as_str()) { "public, max-age=31536000, immutable" } else { "no-cache" };
    HttpResponse::Ok().content_type(file.metadata.mimetype()).insert_header((header::CACHE_CONTROL, cache)).body(file.data.into_owned())
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    crate::web::routes::Routes::new(cfg).get("/static/{hash}/{name:.*}", serve);
}
