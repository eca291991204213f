//! Static files (CSS, htmx, images), embedded in the binary with rust-embed
//! and served at content-hashed URLs (`/static/<hash>/<path>`) with
//! `Cache-Control: immutable`. Only embedded names are served: no path on disk
//! is ever built from a request.

use actix_web::http::header;
use actix_web::{HttpResponse, web};

use crate::assets::StaticFiles;
use crate::state::AppState;

async fn serve(path: web::Path<(String, String)>, state: web::Data<AppState>) -> HttpResponse {
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
