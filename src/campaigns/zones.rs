//! Co-branding zones of a PDF asset: where, on which page, a partner's logo
//! or a line of its details is stamped (see `stamp`). Positions are whole
//! percent of the page from its top-left corner, so one set of zones fits
//! every version of the asset; a zone's text uses the placeholders of
//! `cobrand`, checked when it is saved.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::cobrand::{self, Placeholder, TemplateError};
use super::stamp::{Mark, Placed};
use crate::db::AnyConnection;
use crate::db::schema::asset_zones;
use crate::error::AppError;
use crate::storage::model::StoredFile;
use crate::storage::store::{Key, Storage};
use crate::tenancy::scope::{TenantScope, scoped};

/// What a logo zone holds.
pub const LOGO: &str = "{{partner_logo}}";
/// Zones per asset, at most.
pub const MAX_ZONES: usize = 20;
/// A zone's text, at most (characters).
pub const MAX_TEXT: usize = 300;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = asset_zones)]
pub struct Zone {
    pub id: i64,
    pub tenant_id: i64,
    pub asset_id: i64,
    pub page: i32,
    pub x: i32,
    pub y: i32,
    pub width: i32,
    pub height: i32,
    pub content: String,
    pub created_at: NaiveDateTime,
}

impl Zone {
    pub fn is_logo(&self) -> bool {
        self.content == LOGO
    }

    /// The placeholders the zone needs filled.
    pub fn placeholders(&self) -> Vec<Placeholder> {
        cobrand::check(&self.content).unwrap_or_default()
    }
}

/// A zone as the editor describes it, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewZone {
    pub page: i32,
    pub x: i32,
    pub y: i32,
    pub width: i32,
    pub height: i32,
    pub content: String,
}

/// Why a zone was refused, per field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ZoneProblem {
    /// The page is not in the document (it has `pages`).
    Page {
        pages: i32,
    },
    /// The position or size is outside 0–100 or runs off the page.
    OffPage,
    TextMissing,
    TextTooLong,
    /// The logo belongs in a logo zone, not in text.
    LogoInText,
    Template(TemplateError),
}

/// A zone as the editor's form gives it, before it is checked.
#[derive(Debug, Clone, Default)]
pub struct ZoneInput {
    pub page: i32,
    pub x: i32,
    pub y: i32,
    pub width: i32,
    pub height: i32,
    /// A logo zone (then `text` is ignored).
    pub logo: bool,
    pub text: String,
}

impl ZoneInput {
    /// Checks the zone against the document's page count: the zone, or
    /// what is wrong with it per field.
    pub fn check(&self, pages: i32) -> Result<NewZone, Vec<(&'static str, ZoneProblem)>> {
        let mut problems = Vec::new();
        if self.page < 1 || self.page > pages.max(1) {
            problems.push(("page", ZoneProblem::Page { pages: pages.max(1) }));
        }
        let inside = |start: i32, size: i32| (0..100).contains(&start) && (1..=100).contains(&size) && start + size <= 100;
        if !inside(self.x, self.width) || !inside(self.y, self.height) {
            problems.push(("width", ZoneProblem::OffPage));
        }
        let text = self.text.trim();
        if !self.logo {
            if text.is_empty() {
                problems.push(("text", ZoneProblem::TextMissing));
            } else if text.chars().count() > MAX_TEXT {
                problems.push(("text", ZoneProblem::TextTooLong));
            } else {
                match cobrand::check(text) {
                    Err(e) => problems.push(("text", ZoneProblem::Template(e))),
                    Ok(used) if used.contains(&Placeholder::PartnerLogo) => problems.push(("text", ZoneProblem::LogoInText)),
                    Ok(_) => {}
                }
            }
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        Ok(NewZone {
            page: self.page,
            x: self.x,
            y: self.y,
            width: self.width,
            height: self.height,
            content: if self.logo { LOGO.to_string() } else { text.to_string() },
        })
    }
}

pub fn for_asset(conn: &mut AnyConnection, scope: &TenantScope, asset_id: i64) -> QueryResult<Vec<Zone>> {
    scoped!(asset_zones, scope)
        .filter(asset_zones::asset_id.eq(asset_id))
        .order((asset_zones::page.asc(), asset_zones::y.asc(), asset_zones::x.asc(), asset_zones::id.asc()))
        .select(Zone::as_select())
        .load(conn)
}

/// Adds a zone (the caller has checked it and that the asset is the tenant's PDF).
pub fn add(conn: &mut AnyConnection, scope: &TenantScope, asset_id: i64, zone: &NewZone) -> QueryResult<i64> {
    diesel::insert_into(asset_zones::table)
        .values((
            asset_zones::tenant_id.eq(scope.tenant_id()),
            asset_zones::asset_id.eq(asset_id),
            asset_zones::page.eq(zone.page),
            asset_zones::x.eq(zone.x),
            asset_zones::y.eq(zone.y),
            asset_zones::width.eq(zone.width),
            asset_zones::height.eq(zone.height),
            asset_zones::content.eq(&zone.content),
            asset_zones::created_at.eq(crate::db::now()),
        ))
        .returning(asset_zones::id)
        .get_result(conn)
}

pub fn remove(conn: &mut AnyConnection, scope: &TenantScope, asset_id: i64, zone_id: i64) -> QueryResult<usize> {
    diesel::delete(scoped!(asset_zones, scope).filter(asset_zones::asset_id.eq(asset_id)).filter(asset_zones::id.eq(zone_id))).execute(conn)
}

/// The placeholders an asset's zones need, once each.
pub fn placeholders(zones: &[Zone]) -> Vec<Placeholder> {
    let mut used = Vec::new();
    for p in zones.iter().flat_map(Zone::placeholders) {
        if !used.contains(&p) {
            used.push(p);
        }
    }
    used
}

/// The zones filled with one partner's values, ready to stamp. A text zone
/// that is only a website or landing-page address becomes a link too.
pub fn filled(zones: &[Zone], values: &cobrand::PartnerValues) -> Vec<(Zone, String, Option<String>)> {
    zones
        .iter()
        .map(|z| {
            let text =
                if z.is_logo() { String::new() } else { cobrand::fill(&z.content, values, cobrand::Format::Text).unwrap_or_default() };
            let single = cobrand::check(z.content.trim())
                .ok()
                .filter(|used| used.len() == 1 && z.content.trim().starts_with("{{") && z.content.trim().ends_with("}}"));
            let link = single
                .and_then(|used| used.first().copied())
                .filter(|p| matches!(p, Placeholder::PartnerWebsite | Placeholder::LandingPageUrl))
                .map(|_| text.trim().to_string())
                .filter(|t| t.starts_with("https://") || t.starts_with("http://"));
            (z.clone(), text, link)
        })
        .collect()
}

/// What `stamp` takes for the filled zones.
pub fn placed(filled: &[(Zone, String, Option<String>)]) -> Vec<Placed<'_>> {
    filled
        .iter()
        .map(|(z, text, link)| Placed {
            page: u32::try_from(z.page).unwrap_or(0),
            x: z.x as f32,
            y: z.y as f32,
            width: z.width as f32,
            height: z.height as f32,
            mark: if z.is_logo() { Mark::Logo } else { Mark::Text { text, link: link.as_deref() } },
        })
        .collect()
}

/// What a logo zone is filled with.
enum LogoSource<'a> {
    /// An image file of the same tenant.
    File(&'a StoredFile),
    /// A made-up one (the editor's sample).
    Made(image::DynamicImage),
}

/// A partner's copy of a PDF: `pdf` with the zones filled from `values` and
/// `logo` (an image file of the same tenant) stamped in. The work runs off
/// the request threads.
pub async fn stamped_copy(
    storage: &Storage,
    scope: &TenantScope,
    pdf: &StoredFile,
    zones: &[Zone],
    values: &cobrand::PartnerValues,
    logo: Option<&StoredFile>,
) -> Result<Vec<u8>, AppError> {
    stamp_with(storage, scope, pdf, zones, values, logo.map(LogoSource::File)).await
}

/// The editor's sample: the zones filled with made-up values and a plain
/// logo in the tenant's colour (`#rrggbb`).
pub async fn stamped_sample(
    storage: &Storage,
    scope: &TenantScope,
    pdf: &StoredFile,
    zones: &[Zone],
    values: &cobrand::PartnerValues,
    colour: &str,
) -> Result<Vec<u8>, AppError> {
    let hex = |i: usize| colour.get(i..i + 2).and_then(|h| u8::from_str_radix(h, 16).ok()).unwrap_or(96);
    let (r, g, b) = (hex(1), hex(3), hex(5));
    let logo = image::RgbaImage::from_fn(240, 96, |x, y| {
        let inner = (12..228).contains(&x) && (12..84).contains(&y);
        if inner { image::Rgba([r, g, b, 255]) } else { image::Rgba([r, g, b, 64]) }
    });
    stamp_with(storage, scope, pdf, zones, values, Some(LogoSource::Made(image::DynamicImage::ImageRgba8(logo)))).await
}

async fn stamp_with(
    storage: &Storage,
    scope: &TenantScope,
    pdf: &StoredFile,
    zones: &[Zone],
    values: &cobrand::PartnerValues,
    logo: Option<LogoSource<'_>>,
) -> Result<Vec<u8>, AppError> {
    let key = Key::stored(scope, &pdf.storage_key).ok_or(AppError::NotFound)?;
    let original = storage.read(&key).await?.ok_or(AppError::NotFound)?;
    let logo = match logo {
        Some(LogoSource::File(file)) if file.kind().is_some_and(|k| k.is_image()) => {
            let key = Key::stored(scope, &file.storage_key).ok_or(AppError::NotFound)?;
            storage.read(&key).await?.zip(file.kind()).map(|(bytes, kind)| Err((bytes, kind)))
        }
        Some(LogoSource::Made(image)) => Some(Ok(image)),
        _ => None,
    };
    let filled = filled(zones, values);
    let tenant_id = scope.tenant_id();
    tokio::task::spawn_blocking(move || {
        let logo = logo
            .and_then(|source| match source {
                Ok(image) => Some(image),
                Err((bytes, kind)) => crate::storage::inspect::decode(&bytes, kind).ok(),
            })
            .map(|image| super::stamp::Logo::from_image(&image));
        super::stamp::stamp(&original, &placed(&filled), logo.as_ref()).map_err(|e| {
            tracing::error!(tenant_id, error = %e, "asset.stamp_failed");
            AppError::Internal(anyhow::anyhow!("stamping failed: {e}"))
        })
    })
    .await
    .map_err(|e| AppError::Internal(anyhow::anyhow!("stamping stopped: {e}")))?
}
