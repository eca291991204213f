//! The asset library: images and PDFs marketing staff publish for partners.
//! Each asset has a title and description per locale, the tiers that may see
//! it (none: every tier), tags, a status, and versions — every upload is a
//! new version, old ones stay listed; a version may be a variant for one
//! locale. Partners see published assets of their tier and download the
//! current version for their locale; each download is recorded.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::AnyConnection;
use crate::db::schema::{asset_downloads, asset_texts, asset_tiers, asset_versions, assets, stored_files};
use crate::error::AppError;
use crate::i18n::Locale;
use crate::storage::files::Prepared;
use crate::storage::inspect::FileKind;
use crate::storage::model::{self as stored, StoredFile};
use crate::tenancy::model as tenancy;
use crate::tenancy::scope::{TenantScope, scoped};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AssetKind {
    Image,
    Pdf,
    /// An e-mail template: subject, HTML and text with placeholders.
    Email,
    /// A landing page: a headline and HTML with placeholders, published per partner.
    Landing,
    /// A social post: an image, and a text with placeholders.
    Social,
}

impl AssetKind {
    pub const ALL: [AssetKind; 5] = [AssetKind::Image, AssetKind::Pdf, AssetKind::Email, AssetKind::Landing, AssetKind::Social];

    pub fn as_str(self) -> &'static str {
        match self {
            AssetKind::Image => "image",
            AssetKind::Pdf => "pdf",
            AssetKind::Email => "email",
            AssetKind::Landing => "landing",
            AssetKind::Social => "social",
        }
    }

    /// Whether it is a template partners get filled with their details.
    pub fn is_template(self) -> bool {
        matches!(self, AssetKind::Email | AssetKind::Landing)
    }

    pub fn parse(text: &str) -> Option<AssetKind> {
        Self::ALL.into_iter().find(|k| k.as_str() == text)
    }

    /// What an upload of this kind may be.
    pub fn accepts(self) -> &'static [FileKind] {
        match self {
            AssetKind::Image | AssetKind::Social => &FileKind::IMAGES,
            AssetKind::Pdf => &[FileKind::Pdf],
            AssetKind::Email | AssetKind::Landing => &[FileKind::Html],
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AssetStatus {
    Draft,
    Published,
    Archived,
}

impl AssetStatus {
    pub const ALL: [AssetStatus; 3] = [AssetStatus::Draft, AssetStatus::Published, AssetStatus::Archived];

    pub fn as_str(self) -> &'static str {
        match self {
            AssetStatus::Draft => "draft",
            AssetStatus::Published => "published",
            AssetStatus::Archived => "archived",
        }
    }

    pub fn parse(text: &str) -> Option<AssetStatus> {
        Self::ALL.into_iter().find(|s| s.as_str() == text)
    }
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = assets)]
pub struct Asset {
    pub id: i64,
    pub tenant_id: i64,
    pub kind: String,
    pub status: String,
    pub tags: String,
    pub created_by: Option<i64>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

impl Asset {
    pub fn tag_list(&self) -> Vec<&str> {
        self.tags.split(',').filter(|t| !t.is_empty()).collect()
    }
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = asset_texts)]
pub struct AssetText {
    pub tenant_id: i64,
    pub asset_id: i64,
    pub locale: String,
    pub title: String,
    pub description: String,
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = asset_versions)]
pub struct AssetVersion {
    pub id: i64,
    pub tenant_id: i64,
    pub asset_id: i64,
    pub number: i32,
    pub locale: String,
    pub file_id: i64,
    pub note: String,
    pub created_by: Option<i64>,
    pub created_at: NaiveDateTime,
    /// E-mail templates: the subject and the text part (the HTML part is the file).
    pub subject: String,
    pub body_text: String,
}

impl crate::i18n::Localized for AssetText {
    fn locale_code(&self) -> &str {
        &self.locale
    }
}

/// An asset with what its pages show: texts per locale, tiers, versions with their files.
#[derive(Debug, Clone)]
pub struct AssetView {
    pub asset: Asset,
    pub texts: Vec<AssetText>,
    pub tier_ids: Vec<i64>,
    /// Newest first.
    pub versions: Vec<(AssetVersion, StoredFile)>,
}

/// A title and description in one locale, and whether it is the locale asked for.
pub struct Shown<'a> {
    pub text: Option<&'a AssetText>,
    /// `false` when the asked locale has no text and the default's is shown.
    pub in_locale: bool,
}

impl AssetView {
    pub fn kind(&self) -> Option<AssetKind> {
        AssetKind::parse(&self.asset.kind)
    }

    pub fn text_in(&self, locale: &str) -> Option<&AssetText> {
        self.texts.iter().find(|t| t.locale == locale)
    }

    /// The text for `locale`, else the tenant's default locale's, else any.
    pub fn shown(&self, locale: &str, default: &str) -> Shown<'_> {
        let picked = crate::i18n::pick(&self.texts, locale, default);
        Shown { text: picked.text, in_locale: picked.in_locale }
    }

    /// The version a reader in `locale` gets: the newest variant for that
    /// locale, else the newest version for every locale.
    pub fn current_for(&self, locale: &str) -> Option<&(AssetVersion, StoredFile)> {
        self.versions.iter().find(|(v, _)| v.locale == locale).or_else(|| self.versions.iter().find(|(v, _)| v.locale.is_empty()))
    }

    /// The newest version of each locale slot ('' first).
    pub fn current_ids(&self) -> Vec<i64> {
        let mut seen: Vec<&str> = Vec::new();
        let mut out = Vec::new();
        for (v, _) in &self.versions {
            if !seen.contains(&v.locale.as_str()) {
                seen.push(&v.locale);
                out.push(v.id);
            }
        }
        out
    }

    pub fn thumbnail(&self) -> Option<&StoredFile> {
        self.current_for("").map(|(_, f)| f).filter(|f| f.thumb_key.is_some())
    }
}

/// Tags as people type them: comma-separated, trimmed, lower-cased, unique, sorted.
pub fn normalize_tags(text: &str) -> Vec<String> {
    let mut tags: Vec<String> =
        text.split(',').map(|t| t.trim().to_lowercase()).filter(|t| !t.is_empty()).map(|t| t.chars().take(40).collect()).collect();
    tags.sort();
    tags.dedup();
    tags
}

fn load_views(conn: &mut AnyConnection, scope: &TenantScope, rows: Vec<Asset>) -> QueryResult<Vec<AssetView>> {
    let ids: Vec<i64> = rows.iter().map(|a| a.id).collect();
    let texts: Vec<AssetText> =
        scoped!(asset_texts, scope).filter(asset_texts::asset_id.eq_any(&ids)).select(asset_texts::all_columns).load(conn)?;
    let tiers: Vec<(i64, i64)> = scoped!(asset_tiers, scope)
        .filter(asset_tiers::asset_id.eq_any(&ids))
        .select((asset_tiers::asset_id, asset_tiers::tier_id))
        .load(conn)?;
    let versions: Vec<(AssetVersion, StoredFile)> = scoped!(asset_versions::table.inner_join(
        stored_files::table.on(stored_files::id.eq(asset_versions::file_id).and(stored_files::tenant_id.eq(asset_versions::tenant_id)))
    ) => asset_versions, scope)
    .filter(asset_versions::asset_id.eq_any(&ids))
    .order(asset_versions::number.desc())
    .select((asset_versions::all_columns, stored_files::all_columns))
    .load(conn)?;
    let mut texts_by: HashMap<i64, Vec<AssetText>> = HashMap::new();
    for t in texts {
        texts_by.entry(t.asset_id).or_default().push(t);
    }
    let mut tiers_by: HashMap<i64, Vec<i64>> = HashMap::new();
    for (a, t) in tiers {
        tiers_by.entry(a).or_default().push(t);
    }
    let mut versions_by: HashMap<i64, Vec<(AssetVersion, StoredFile)>> = HashMap::new();
    for v in versions {
        versions_by.entry(v.0.asset_id).or_default().push(v);
    }
    Ok(rows
        .into_iter()
        .map(|asset| AssetView {
            texts: texts_by.remove(&asset.id).unwrap_or_default(),
            tier_ids: tiers_by.remove(&asset.id).unwrap_or_default(),
            versions: versions_by.remove(&asset.id).unwrap_or_default(),
            asset,
        })
        .collect())
}

/// Every asset of the tenant (the library page filters), newest first.
pub fn list(conn: &mut AnyConnection, scope: &TenantScope) -> QueryResult<Vec<AssetView>> {
    let rows = scoped!(assets, scope).order((assets::updated_at.desc(), assets::id.desc())).select(assets::all_columns).load(conn)?;
    load_views(conn, scope, rows)
}

pub fn find(conn: &mut AnyConnection, scope: &TenantScope, id: i64) -> QueryResult<Option<AssetView>> {
    let rows: Vec<Asset> = scoped!(assets, scope).filter(assets::id.eq(id)).select(assets::all_columns).load(conn)?;
    Ok(load_views(conn, scope, rows)?.pop())
}

/// Whether a partner of `tier` may see the asset: published, and for every
/// tier or for this one.
pub fn visible_to(view: &AssetView, tier: Option<i64>) -> bool {
    view.asset.status == AssetStatus::Published.as_str() && (view.tier_ids.is_empty() || tier.is_some_and(|t| view.tier_ids.contains(&t)))
}

/// The published assets a partner organisation's tier may see.
pub fn library_for(conn: &mut AnyConnection, scope: &TenantScope, tier: Option<i64>) -> QueryResult<Vec<AssetView>> {
    let rows = scoped!(assets, scope)
        .filter(assets::status.eq(AssetStatus::Published.as_str()))
        .order((assets::updated_at.desc(), assets::id.desc()))
        .select(assets::all_columns)
        .load(conn)?;
    Ok(load_views(conn, scope, rows)?.into_iter().filter(|v| visible_to(v, tier)).collect())
}

/// A new asset, as the form describes it.
pub struct NewAsset<'a> {
    pub kind: AssetKind,
    pub status: AssetStatus,
    pub locale: Locale,
    pub title: &'a str,
    pub description: &'a str,
    pub tags: &'a [String],
    pub tier_ids: &'a [i64],
}

/// Only the tenant's own tiers (the composite foreign key insists too).
fn own_tiers(conn: &mut AnyConnection, scope: &TenantScope, ids: &[i64]) -> QueryResult<Vec<i64>> {
    let tiers = tenancy::tiers(conn, scope)?;
    let mut out: Vec<i64> = ids.iter().copied().filter(|id| tiers.iter().any(|t| t.id == *id)).collect();
    out.sort_unstable();
    out.dedup();
    Ok(out)
}

fn set_tiers(conn: &mut AnyConnection, scope: &TenantScope, asset_id: i64, ids: &[i64]) -> QueryResult<()> {
    let ids = own_tiers(conn, scope, ids)?;
    diesel::delete(scoped!(asset_tiers, scope).filter(asset_tiers::asset_id.eq(asset_id))).execute(conn)?;
    for tier in ids {
        diesel::insert_into(asset_tiers::table)
            .values((asset_tiers::tenant_id.eq(scope.tenant_id()), asset_tiers::asset_id.eq(asset_id), asset_tiers::tier_id.eq(tier)))
            .execute(conn)?;
    }
    Ok(())
}

/// Sets the title and description in one locale (replacing what was there).
pub fn set_text(
    conn: &mut AnyConnection,
    scope: &TenantScope,
    asset_id: i64,
    locale: Locale,
    title: &str,
    description: &str,
) -> QueryResult<()> {
    diesel::delete(scoped!(asset_texts, scope).filter(asset_texts::asset_id.eq(asset_id)).filter(asset_texts::locale.eq(locale.code())))
        .execute(conn)?;
    diesel::insert_into(asset_texts::table)
        .values((
            asset_texts::tenant_id.eq(scope.tenant_id()),
            asset_texts::asset_id.eq(asset_id),
            asset_texts::locale.eq(locale.code()),
            asset_texts::title.eq(title),
            asset_texts::description.eq(description),
        ))
        .execute(conn)?;
    touch(conn, scope, asset_id)
}

/// Removes one locale's text (the default locale's stays).
pub fn remove_text(conn: &mut AnyConnection, scope: &TenantScope, asset_id: i64, locale: Locale) -> QueryResult<usize> {
    diesel::delete(scoped!(asset_texts, scope).filter(asset_texts::asset_id.eq(asset_id)).filter(asset_texts::locale.eq(locale.code())))
        .execute(conn)
}

fn touch(conn: &mut AnyConnection, scope: &TenantScope, asset_id: i64) -> QueryResult<()> {
    diesel::update(scoped!(assets, scope).filter(assets::id.eq(asset_id))).set(assets::updated_at.eq(crate::db::now())).execute(conn)?;
    Ok(())
}

/// One version row to write.
struct VersionRow<'a> {
    asset_id: i64,
    locale: Option<Locale>,
    file_id: i64,
    note: &'a str,
    user: i64,
    template: &'a TemplateParts,
}

/// The subject and text part of an e-mail template version (empty for files).
#[derive(Debug, Clone, Default)]
pub struct TemplateParts {
    pub subject: String,
    pub body_text: String,
}

fn add_version_row(conn: &mut AnyConnection, scope: &TenantScope, row: VersionRow<'_>, now: NaiveDateTime) -> QueryResult<AssetVersion> {
    let VersionRow { asset_id, locale, file_id, note, user, template } = row;
    let numbers: Vec<i32> =
        scoped!(asset_versions, scope).filter(asset_versions::asset_id.eq(asset_id)).select(asset_versions::number).load(conn)?;
    let number = numbers.into_iter().max().unwrap_or(0) + 1;
    diesel::insert_into(asset_versions::table)
        .values((
            asset_versions::tenant_id.eq(scope.tenant_id()),
            asset_versions::asset_id.eq(asset_id),
            asset_versions::number.eq(number),
            asset_versions::locale.eq(locale.map(Locale::code).unwrap_or("")),
            asset_versions::file_id.eq(file_id),
            asset_versions::note.eq(note),
            asset_versions::created_by.eq(user),
            asset_versions::created_at.eq(now),
            asset_versions::subject.eq(&template.subject),
            asset_versions::body_text.eq(&template.body_text),
        ))
        .returning(asset_versions::all_columns)
        .get_result(conn)
}

/// Creates an asset with its first version (the file is already in storage).
pub fn create(
    conn: &mut AnyConnection,
    scope: &TenantScope,
    user: i64,
    new: &NewAsset<'_>,
    file: &Prepared,
    template: &TemplateParts,
) -> Result<Asset, AppError> {
    let now = crate::db::now();
    let asset: Asset = diesel::insert_into(assets::table)
        .values((
            assets::tenant_id.eq(scope.tenant_id()),
            assets::kind.eq(new.kind.as_str()),
            assets::status.eq(new.status.as_str()),
            assets::tags.eq(new.tags.join(",")),
            assets::created_by.eq(user),
            assets::created_at.eq(now),
            assets::updated_at.eq(now),
        ))
        .returning(assets::all_columns)
        .get_result(conn)?;
    set_text(conn, scope, asset.id, new.locale, new.title, new.description)?;
    set_tiers(conn, scope, asset.id, new.tier_ids)?;
    let stored = stored::record(conn, scope, &file.record(Some(user)), now)?;
    add_version_row(conn, scope, VersionRow { asset_id: asset.id, locale: None, file_id: stored.id, note: "", user, template }, now)?;
    Ok(asset)
}

/// A new version (for every locale, or a variant for one).
pub struct NewVersion<'a> {
    pub locale: Option<Locale>,
    pub note: &'a str,
    pub file: &'a Prepared,
    pub template: &'a TemplateParts,
}

pub fn add_version(
    conn: &mut AnyConnection,
    scope: &TenantScope,
    user: i64,
    asset_id: i64,
    new: &NewVersion<'_>,
) -> Result<AssetVersion, AppError> {
    let now = crate::db::now();
    let stored = stored::record(conn, scope, &new.file.record(Some(user)), now)?;
    let row = VersionRow { asset_id, locale: new.locale, file_id: stored.id, note: new.note, user, template: new.template };
    let version = add_version_row(conn, scope, row, now)?;
    touch(conn, scope, asset_id)?;
    Ok(version)
}

/// Status, tags and tiers.
pub fn update(
    conn: &mut AnyConnection,
    scope: &TenantScope,
    asset_id: i64,
    status: AssetStatus,
    tags: &[String],
    tier_ids: &[i64],
) -> QueryResult<usize> {
    let n = diesel::update(scoped!(assets, scope).filter(assets::id.eq(asset_id)))
        .set((assets::status.eq(status.as_str()), assets::tags.eq(tags.join(",")), assets::updated_at.eq(crate::db::now())))
        .execute(conn)?;
    if n > 0 {
        set_tiers(conn, scope, asset_id, tier_ids)?;
    }
    Ok(n)
}

/// Records that someone of a partner organisation downloaded a version.
/// Who downloaded which version, and from which campaign (if any).
#[derive(Debug, Clone, Copy)]
pub struct Download {
    pub asset_id: i64,
    pub version_id: i64,
    pub organisation_id: i64,
    pub user_id: i64,
    pub campaign_id: Option<i64>,
}

pub fn record_download(conn: &mut AnyConnection, scope: &TenantScope, download: &Download) -> QueryResult<usize> {
    let Download { asset_id, version_id, organisation_id, user_id, campaign_id } = *download;
    diesel::insert_into(asset_downloads::table)
        .values((
            asset_downloads::tenant_id.eq(scope.tenant_id()),
            asset_downloads::asset_id.eq(asset_id),
            asset_downloads::version_id.eq(version_id),
            asset_downloads::organisation_id.eq(organisation_id),
            asset_downloads::user_id.eq(user_id),
            asset_downloads::created_at.eq(crate::db::now()),
            asset_downloads::campaign_id.eq(campaign_id),
        ))
        .execute(conn)
}

/// The people who downloaded a version of the asset older than `number`
/// (they are told when a newer one arrives).
pub fn downloaders_before(conn: &mut AnyConnection, scope: &TenantScope, asset_id: i64, number: i32) -> QueryResult<Vec<i64>> {
    let mut ids: Vec<i64> = scoped!(asset_downloads::table.inner_join(
        asset_versions::table.on(asset_versions::id.eq(asset_downloads::version_id).and(asset_versions::tenant_id.eq(asset_downloads::tenant_id)))
    ) => asset_downloads, scope)
    .filter(asset_downloads::asset_id.eq(asset_id))
    .filter(asset_versions::number.lt(number))
    .select(asset_downloads::user_id)
    .load(conn)?;
    ids.sort_unstable();
    ids.dedup();
    Ok(ids)
}

/// Downloads per version id, and how many partner organisations downloaded at all.
pub fn download_counts(conn: &mut AnyConnection, scope: &TenantScope, asset_id: i64) -> QueryResult<(HashMap<i64, i64>, usize)> {
    let rows: Vec<(i64, i64)> = scoped!(asset_downloads, scope)
        .filter(asset_downloads::asset_id.eq(asset_id))
        .select((asset_downloads::version_id, asset_downloads::organisation_id))
        .load(conn)?;
    let mut per_version: HashMap<i64, i64> = HashMap::new();
    let mut orgs: Vec<i64> = Vec::new();
    for (version, org) in rows {
        *per_version.entry(version).or_default() += 1;
        orgs.push(org);
    }
    orgs.sort_unstable();
    orgs.dedup();
    Ok((per_version, orgs.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_trimmed_lowered_and_unique() {
        assert_eq!(normalize_tags(" Security, cloud,,security , ZERO trust"), ["cloud", "security", "zero trust"]);
        assert!(normalize_tags(" , ").is_empty());
    }
}
