//! Landing pages: a partner publishes a landing-page asset (a template like
//! an e-mail's HTML part) under its own brand at a public address on the
//! tenant host, `/p/{slug}`. Visits are counted; visitors leave their
//! details through its contact form (a honeypot and a per-address limit keep
//! bots out), and each submission reaches the partner's admins in the app
//! and by e-mail and stays listed in the portal.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use rand::Rng;

use crate::config::Config;
use crate::db::schema::{landing_pages, landing_submissions};
use crate::db::{self, AnyConnection};
use crate::error::AppError;
use crate::identity::model as users;
use crate::identity::rbac::Permission;
use crate::notifications::{self, Notice};
use crate::tenancy::scope::{TenantScope, scoped};

/// Submissions one address may send to a tenant's landing pages per hour.
pub const PER_ADDRESS_PER_HOUR: i64 = 5;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = landing_pages)]
pub struct LandingPage {
    pub id: i64,
    pub tenant_id: i64,
    pub organisation_id: i64,
    pub asset_id: i64,
    pub slug: String,
    pub published: i32,
    pub visits: i64,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

impl LandingPage {
    pub fn is_published(&self) -> bool {
        self.published != 0
    }

    pub fn path(&self) -> String {
        format!("/p/{}", self.slug)
    }
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = landing_submissions)]
pub struct Submission {
    pub id: i64,
    pub tenant_id: i64,
    pub landing_page_id: i64,
    pub organisation_id: i64,
    pub name: String,
    pub email: String,
    pub company: String,
    pub message: String,
    pub client_address: String,
    pub created_at: NaiveDateTime,
}

/// A slug from the partner's name and a random tail, so addresses name the
/// partner and cannot be walked: `northwind-traders-k3m9qx`.
fn new_slug(name: &str) -> String {
    let mut base = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            base.push(c);
        } else if !base.ends_with('-') && !base.is_empty() {
            base.push('-');
        }
        if base.len() >= 30 {
            break;
        }
    }
    let base = base.trim_matches('-');
    const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";
    let mut rng = rand::rng();
    let tail: String = (0..6).map(|_| ALPHABET[rng.random_range(0..ALPHABET.len())] as char).collect();
    if base.is_empty() { format!("partner-{tail}") } else { format!("{base}-{tail}") }
}

/// The organisation's page for an asset, published or not.
pub fn for_asset(conn: &mut AnyConnection, scope: &TenantScope, org_id: i64, asset_id: i64) -> QueryResult<Option<LandingPage>> {
    scoped!(landing_pages, scope)
        .filter(landing_pages::organisation_id.eq(org_id))
        .filter(landing_pages::asset_id.eq(asset_id))
        .select(LandingPage::as_select())
        .first(conn)
        .optional()
}

/// The organisation's pages, newest first.
pub fn of_organisation(conn: &mut AnyConnection, scope: &TenantScope, org_id: i64) -> QueryResult<Vec<LandingPage>> {
    scoped!(landing_pages, scope)
        .filter(landing_pages::organisation_id.eq(org_id))
        .order(landing_pages::updated_at.desc())
        .select(LandingPage::as_select())
        .load(conn)
}

/// The organisation's newest published page (what `{{landing_page_url}}` points at).
pub fn current(conn: &mut AnyConnection, scope: &TenantScope, org_id: i64) -> QueryResult<Option<LandingPage>> {
    scoped!(landing_pages, scope)
        .filter(landing_pages::organisation_id.eq(org_id))
        .filter(landing_pages::published.eq(1))
        .order((landing_pages::updated_at.desc(), landing_pages::id.desc()))
        .select(LandingPage::as_select())
        .first(conn)
        .optional()
}

/// A published page by its public slug.
pub fn by_slug(conn: &mut AnyConnection, scope: &TenantScope, slug: &str) -> QueryResult<Option<LandingPage>> {
    scoped!(landing_pages, scope)
        .filter(landing_pages::slug.eq(slug))
        .filter(landing_pages::published.eq(1))
        .select(LandingPage::as_select())
        .first(conn)
        .optional()
}

/// Publishes the organisation's page for an asset (made the first time,
/// keeping its address after that).
pub fn publish(conn: &mut AnyConnection, scope: &TenantScope, org_id: i64, org_name: &str, asset_id: i64) -> QueryResult<LandingPage> {
    let now = db::now();
    if let Some(page) = for_asset(conn, scope, org_id, asset_id)? {
        diesel::update(scoped!(landing_pages, scope).filter(landing_pages::id.eq(page.id)))
            .set((landing_pages::published.eq(1), landing_pages::updated_at.eq(now)))
            .execute(conn)?;
        return Ok(LandingPage { published: 1, updated_at: now, ..page });
    }
    let id = diesel::insert_into(landing_pages::table)
        .values((
            landing_pages::tenant_id.eq(scope.tenant_id()),
            landing_pages::organisation_id.eq(org_id),
            landing_pages::asset_id.eq(asset_id),
            landing_pages::slug.eq(new_slug(org_name)),
            landing_pages::published.eq(1),
            landing_pages::visits.eq(0),
            landing_pages::created_at.eq(now),
            landing_pages::updated_at.eq(now),
        ))
        .returning(landing_pages::id)
        .get_result::<i64>(conn)?;
    scoped!(landing_pages, scope).filter(landing_pages::id.eq(id)).select(LandingPage::as_select()).first(conn)
}

/// Takes the page offline (its address answers 404; submissions stay).
pub fn unpublish(conn: &mut AnyConnection, scope: &TenantScope, org_id: i64, asset_id: i64) -> QueryResult<usize> {
    diesel::update(
        scoped!(landing_pages, scope).filter(landing_pages::organisation_id.eq(org_id)).filter(landing_pages::asset_id.eq(asset_id)),
    )
    .set((landing_pages::published.eq(0), landing_pages::updated_at.eq(db::now())))
    .execute(conn)
}

pub fn count_visit(conn: &mut AnyConnection, scope: &TenantScope, page_id: i64) -> QueryResult<usize> {
    diesel::update(scoped!(landing_pages, scope).filter(landing_pages::id.eq(page_id)))
        .set(landing_pages::visits.eq(landing_pages::visits + 1))
        .execute(conn)
}

/// What a visitor leaves through the contact form, checked.
#[derive(Debug, Clone)]
pub struct NewSubmission {
    pub name: String,
    pub email: String,
    pub company: String,
    pub message: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Submitted {
    Stored,
    /// This address sent too many within the hour; nothing was stored.
    TooMany,
}

/// Stores a submission and tells the partner's admins (in the app and by
/// e-mail: a lead is not optional mail).
pub fn submit(
    conn: &mut AnyConnection,
    scope: &TenantScope,
    config: &Config,
    slug: &str,
    page: &LandingPage,
    submission: &NewSubmission,
    client_address: &str,
) -> Result<Submitted, AppError> {
    let now = db::now();
    let recent: i64 = scoped!(landing_submissions, scope)
        .filter(landing_submissions::client_address.eq(client_address))
        .filter(landing_submissions::created_at.gt(now - chrono::Duration::hours(1)))
        .count()
        .get_result(conn)?;
    if recent >= PER_ADDRESS_PER_HOUR {
        return Ok(Submitted::TooMany);
    }
    db::transaction(conn, |c| -> Result<(), AppError> {
        diesel::insert_into(landing_submissions::table)
            .values((
                landing_submissions::tenant_id.eq(scope.tenant_id()),
                landing_submissions::landing_page_id.eq(page.id),
                landing_submissions::organisation_id.eq(page.organisation_id),
                landing_submissions::name.eq(&submission.name),
                landing_submissions::email.eq(&submission.email),
                landing_submissions::company.eq(&submission.company),
                landing_submissions::message.eq(&submission.message),
                landing_submissions::client_address.eq(client_address),
                landing_submissions::created_at.eq(now),
            ))
            .execute(c)?;
        let admins = users::with_permission(c, scope, Permission::ManageOwnOrganisation, Some(page.organisation_id))?;
        let notice = Notice {
            key: "notify-landing-submission",
            args: vec![("name", submission.name.clone()), ("email", submission.email.clone())],
            link: "/landing-pages".into(),
            mail: true,
            category: None,
        };
        notifications::notify(c, scope, config, slug, &admins, &notice)?;
        Ok(())
    })?;
    Ok(Submitted::Stored)
}

/// The organisation's submissions, newest first.
pub fn submissions(conn: &mut AnyConnection, scope: &TenantScope, org_id: i64) -> QueryResult<Vec<Submission>> {
    scoped!(landing_submissions, scope)
        .filter(landing_submissions::organisation_id.eq(org_id))
        .order(landing_submissions::id.desc())
        .limit(500)
        .select(Submission::as_select())
        .load(conn)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_name_the_partner_and_cannot_be_guessed() {
        let a = new_slug("Northwind Traders GmbH & Co. KG");
        assert!(a.starts_with("northwind-traders-gmbh-co-kg-"), "{a}");
        assert_ne!(a, new_slug("Northwind Traders GmbH & Co. KG"));
        assert!(new_slug("株式会社サンプル").starts_with("partner-"));
        assert!(new_slug("<script>").starts_with("script-"));
    }
}
