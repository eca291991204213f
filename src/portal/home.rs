//! The tenant's public pages: the home page and the branding it is drawn with
//! (colours as CSS, the logo). On the platform host `/` is the landing page.

use actix_web::http::{StatusCode, header};
use actix_web::{HttpResponse, web};

use askama::Template;

use crate::error::AppError;
use crate::state::AppState;
use crate::storage::store::Key;
use crate::tenancy::branding::{DEFAULT_ACCENT, DEFAULT_PRIMARY, is_hex_color, readable_text_on};
use crate::tenancy::model;
use crate::tenancy::site::Site;
use crate::web::ctx::PageCtx;
use crate::web::extract::CurrentTenant;
use crate::web::files::{self, Caching, Disposition};
use crate::web::render::render;

#[derive(Template)]
#[template(path = "tenancy/home.html")]
struct HomePage {
    ctx: PageCtx,
    paragraphs: Vec<String>,
    updated: Option<String>,
}

/// `/`: the tenant's home page, or the platform's landing page.
async fn home(site: Site, ctx: PageCtx, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    let tenant = match site {
        Site::Platform => return super::landing::page(ctx, &state.config),
        Site::Tenant(t) => t,
    };
    let scope = tenant.scope;
    let (locale, fallback) = (ctx.locale(), tenant.default_locale);
    let welcome = crate::db::run(&state.pool, move |conn| Ok(model::welcome(conn, &scope, locale, fallback)?)).await?;
    let (paragraphs, updated) = match welcome {
        Some((body, at)) => (split_paragraphs(&body), Some(ctx.format_date(at))),
        None => (vec![ctx.t_with("home-fallback-welcome", "vendor", &tenant.tenant.name)], None),
    };
    render(StatusCode::OK, &HomePage { ctx, paragraphs, updated })
}

/// Plain text with blank lines between paragraphs (escaped by the template).
fn split_paragraphs(text: &str) -> Vec<String> {
    text.split("\n\n").map(|p| p.trim().to_string()).filter(|p| !p.is_empty()).collect()
}

/// `/branding.css`: the tenant's colours as CSS custom properties.
async fn branding_css(tenant: CurrentTenant) -> HttpResponse {
    let s = &tenant.0.settings;
    let primary = if is_hex_color(&s.primary_color) { s.primary_color.as_str() } else { DEFAULT_PRIMARY };
    let accent = if is_hex_color(&s.accent_color) { s.accent_color.as_str() } else { DEFAULT_ACCENT };
    let css = format!(
        ":root {{\n  --brand-primary: {primary};\n  --brand-on-primary: {};\n  --brand-accent: {accent};\n  --brand-on-accent: {};\n}}\n",
        readable_text_on(primary),
        readable_text_on(accent),
    );
    HttpResponse::Ok()
        .content_type("text/css; charset=utf-8")
        .insert_header((header::CACHE_CONTROL, "public, max-age=31536000, immutable"))
        .body(css)
}

const LOGO_TYPES: [&str; 4] = ["image/png", "image/jpeg", "image/webp", "image/svg+xml"];

/// `/branding/logo`: the tenant's logo from the storage.
async fn logo(tenant: CurrentTenant, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    let s = &tenant.0.settings;
    let (Some(stored), Some(mime)) = (s.logo_path.as_deref(), s.logo_mime.as_deref()) else {
        return Err(AppError::NotFound);
    };
    // Stored keys are ours (t/<tenant>/branding/…); refuse anything else.
    let scope = tenant.0.tenant.scope().map_err(|_| AppError::NotFound)?;
    let key = Key::stored(&scope, stored).ok_or(AppError::NotFound)?;
    if !LOGO_TYPES.contains(&mime) {
        return Err(AppError::NotFound);
    }
    let mut response = files::serve(&state.storage, &key, mime, "logo", Disposition::Inline, Caching::Immutable).await?;
    // The portal's own logo may sit in any shared cache.
    response.headers_mut().insert(header::CACHE_CONTROL, header::HeaderValue::from_static("public, max-age=31536000, immutable"));
    Ok(response)
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    crate::web::routes::Routes::new(cfg).get("/", home).get("/branding.css", branding_css).get("/branding/logo", logo);
}
