//! Tenant routes: the public home page and the branding it is drawn with.

use actix_web::http::{StatusCode, header};
use actix_web::{HttpResponse, web};

use super::model;
use super::resolve::{CurrentTenant, Site};
use super::views::HomePage;
use crate::error::AppError;
use crate::startup::AppState;
use crate::web::{PageCtx, render};

/// `/`: the tenant's home page, or the platform's landing page.
async fn home(site: Site, ctx: PageCtx, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    let tenant = match site {
        Site::Platform => return crate::platform::landing(ctx, &state.config),
        Site::Tenant(t) => t,
    };
    let scope = tenant.scope;
    let (locale, fallback) = (ctx.locale(), tenant.default_locale);
    let welcome = crate::db::run(&state.pool, move |conn| Ok(model::welcome(conn, &scope, locale, fallback)?)).await?;
    let (paragraphs, updated) = match welcome {
        Some((body, at)) => (split_paragraphs(&body), Some(ctx.format_date(at))),
        None => (vec![ctx.t1("home-fallback-welcome", "vendor", &tenant.tenant.name)], None),
    };
    render(StatusCode::OK, &HomePage { ctx, paragraphs, updated })
}

/// Plain text with blank lines between paragraphs (escaped by the template).
fn split_paragraphs(text: &str) -> Vec<String> {
    text.split("\n\n").map(|p| p.trim().to_string()).filter(|p| !p.is_empty()).collect()
}

/// A colour we are willing to put in CSS: `#rgb` or `#rrggbb`.
pub fn is_hex_color(value: &str) -> bool {
    let digits = value.strip_prefix('#').unwrap_or("");
    (digits.len() == 3 || digits.len() == 6) && digits.bytes().all(|b| b.is_ascii_hexdigit())
}

/// Black or white, whichever reads better on `hex` (WCAG relative luminance).
pub fn readable_text_on(hex: &str) -> &'static str {
    let digits = hex.trim_start_matches('#');
    let full: String = if digits.len() == 3 { digits.chars().flat_map(|c| [c, c]).collect() } else { digits.to_string() };
    let channel = |i: usize| {
        let v = u8::from_str_radix(full.get(i..i + 2).unwrap_or("00"), 16).unwrap_or(0) as f64 / 255.0;
        if v <= 0.03928 { v / 12.92 } else { ((v + 0.055) / 1.055).powf(2.4) }
    };
    let luminance = 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
    // Contrast with white vs with black; pick the larger.
    if (1.05 / (luminance + 0.05)) >= ((luminance + 0.05) / 0.05) { "#ffffff" } else { "#111111" }
}

/// `/branding.css`: the tenant's colours as CSS custom properties.
async fn branding_css(tenant: CurrentTenant) -> HttpResponse {
    let s = &tenant.0.settings;
    let primary = if is_hex_color(&s.primary_color) { s.primary_color.as_str() } else { super::service::DEFAULT_PRIMARY };
    let accent = if is_hex_color(&s.accent_color) { s.accent_color.as_str() } else { super::service::DEFAULT_ACCENT };
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

/// `/branding/logo`: the tenant's logo from the data directory.
async fn logo(tenant: CurrentTenant, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    let s = &tenant.0.settings;
    let (Some(rel), Some(mime)) = (s.logo_path.clone(), s.logo_mime.clone()) else {
        return Err(AppError::NotFound);
    };
    // Stored paths are generated (tenants/<id>/…); refuse anything else.
    let prefix = format!("tenants/{}/", tenant.0.tenant.id);
    if !rel.starts_with(&prefix) || rel.contains("..") || !LOGO_TYPES.contains(&mime.as_str()) {
        return Err(AppError::NotFound);
    }
    let path = state.config.data_dir.join(rel);
    let bytes = web::block(move || std::fs::read(path))
        .await
        .map_err(|e| AppError::Internal(anyhow::anyhow!("{e}")))?
        .map_err(|_| AppError::NotFound)?;
    Ok(HttpResponse::Ok()
        .content_type(mime)
        .insert_header((header::CACHE_CONTROL, "public, max-age=31536000, immutable"))
        // An SVG opened on its own must not run anything.
        .insert_header((header::CONTENT_SECURITY_POLICY, "default-src 'none'; style-src 'unsafe-inline'; sandbox"))
        .body(bytes))
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    crate::web::routes::Routes::new(cfg).get("/", home).get("/branding.css", branding_css).get("/branding/logo", logo);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_hex_colours_reach_css() {
        assert!(is_hex_color("#0b5cad"));
        assert!(is_hex_color("#FFF"));
        for bad in ["0b5cad", "#0b5cad;}", "red", "#12345", "#gggggg", "url(x)"] {
            assert!(!is_hex_color(bad), "{bad}");
        }
    }

    #[test]
    fn text_colour_keeps_contrast() {
        assert_eq!(readable_text_on("#0b5cad"), "#ffffff");
        assert_eq!(readable_text_on("#ffff00"), "#111111");
        assert_eq!(readable_text_on("#000"), "#ffffff");
    }
}
