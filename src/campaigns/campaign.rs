//! Campaigns: a name and description per locale, a period, target tiers
//! (none: every tier) and assets from the library. The status follows from
//! the period — draft until it is made ready, then scheduled, active, ended.
//! When one starts, the jobs pass tells the target tiers' partner users (in
//! the app, and by e-mail unless they turned campaign mail off). Partners
//! open it (a view), download its assets (counted per version, naming the
//! campaign) and mark it activated with a note on how they run it.

use std::collections::HashMap;

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use crate::config::Config;
use crate::db::AnyConnection;
use crate::db::schema::{
    asset_downloads, assets, campaign_assets, campaign_partners, campaign_texts, campaign_tiers, campaigns, landing_pages,
    landing_submissions, organisations, users,
};
use crate::error::AppError;
use crate::i18n::Locale;
use crate::identity::model::User;
use crate::notifications::{self, Category, Notice};
use crate::tenancy::model as tenancy;
use crate::tenancy::scope::{TenantScope, scoped};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CampaignStatus {
    Draft,
    Scheduled,
    Active,
    Ended,
}

impl CampaignStatus {
    pub const ALL: [CampaignStatus; 4] = [CampaignStatus::Draft, CampaignStatus::Scheduled, CampaignStatus::Active, CampaignStatus::Ended];

    pub fn as_str(self) -> &'static str {
        match self {
            CampaignStatus::Draft => "draft",
            CampaignStatus::Scheduled => "scheduled",
            CampaignStatus::Active => "active",
            CampaignStatus::Ended => "ended",
        }
    }
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = campaigns)]
pub struct Campaign {
    pub id: i64,
    pub tenant_id: i64,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub draft: i32,
    pub started_notified: i32,
    pub created_by: Option<i64>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

impl Campaign {
    /// The status on `today`.
    pub fn status(&self, today: NaiveDate) -> CampaignStatus {
        if self.draft != 0 {
            CampaignStatus::Draft
        } else if today < self.starts_on {
            CampaignStatus::Scheduled
        } else if today <= self.ends_on {
            CampaignStatus::Active
        } else {
            CampaignStatus::Ended
        }
    }
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = campaign_texts)]
pub struct CampaignText {
    pub tenant_id: i64,
    pub campaign_id: i64,
    pub locale: String,
    pub name: String,
    pub description: String,
}

impl crate::i18n::Localized for CampaignText {
    fn locale_code(&self) -> &str {
        &self.locale
    }
}

/// A campaign with its texts, tiers and assets (ids, in order).
#[derive(Debug, Clone)]
pub struct CampaignView {
    pub campaign: Campaign,
    pub texts: Vec<CampaignText>,
    pub tier_ids: Vec<i64>,
    pub asset_ids: Vec<i64>,
}

impl CampaignView {
    pub fn text_in(&self, locale: &str) -> Option<&CampaignText> {
        self.texts.iter().find(|t| t.locale == locale)
    }

    /// The text for `locale`, else the default locale's, else any; and whether it is `locale`'s.
    pub fn shown(&self, locale: &str, default: &str) -> (Option<&CampaignText>, bool) {
        let picked = crate::i18n::pick(&self.texts, locale, default);
        (picked.text, picked.in_locale)
    }

    pub fn targets(&self, tier: Option<i64>) -> bool {
        self.tier_ids.is_empty() || tier.is_some_and(|t| self.tier_ids.contains(&t))
    }
}

fn load_views(conn: &mut AnyConnection, scope: &TenantScope, rows: Vec<Campaign>) -> QueryResult<Vec<CampaignView>> {
    let ids: Vec<i64> = rows.iter().map(|c| c.id).collect();
    let texts: Vec<CampaignText> =
        scoped!(campaign_texts, scope).filter(campaign_texts::campaign_id.eq_any(&ids)).select(campaign_texts::all_columns).load(conn)?;
    let tiers: Vec<(i64, i64)> = scoped!(campaign_tiers, scope)
        .filter(campaign_tiers::campaign_id.eq_any(&ids))
        .select((campaign_tiers::campaign_id, campaign_tiers::tier_id))
        .load(conn)?;
    let assets: Vec<(i64, i64)> = scoped!(campaign_assets, scope)
        .filter(campaign_assets::campaign_id.eq_any(&ids))
        .order(campaign_assets::position.asc())
        .select((campaign_assets::campaign_id, campaign_assets::asset_id))
        .load(conn)?;
    let mut texts_by: HashMap<i64, Vec<CampaignText>> = HashMap::new();
    for t in texts {
        texts_by.entry(t.campaign_id).or_default().push(t);
    }
    let group = |pairs: Vec<(i64, i64)>| {
        let mut by: HashMap<i64, Vec<i64>> = HashMap::new();
        for (c, x) in pairs {
            by.entry(c).or_default().push(x);
        }
        by
    };
    let (mut tiers_by, mut assets_by) = (group(tiers), group(assets));
    Ok(rows
        .into_iter()
        .map(|campaign| CampaignView {
            texts: texts_by.remove(&campaign.id).unwrap_or_default(),
            tier_ids: tiers_by.remove(&campaign.id).unwrap_or_default(),
            asset_ids: assets_by.remove(&campaign.id).unwrap_or_default(),
            campaign,
        })
        .collect())
}

/// Every campaign of the tenant, newest period first.
pub fn list(conn: &mut AnyConnection, scope: &TenantScope) -> QueryResult<Vec<CampaignView>> {
    let rows =
        scoped!(campaigns, scope).order((campaigns::starts_on.desc(), campaigns::id.desc())).select(campaigns::all_columns).load(conn)?;
    load_views(conn, scope, rows)
}

pub fn find(conn: &mut AnyConnection, scope: &TenantScope, id: i64) -> QueryResult<Option<CampaignView>> {
    let rows: Vec<Campaign> = scoped!(campaigns, scope).filter(campaigns::id.eq(id)).select(campaigns::all_columns).load(conn)?;
    Ok(load_views(conn, scope, rows)?.pop())
}

/// The campaigns a partner of `tier` sees on `today`: ready, targeting its
/// tier, and active.
pub fn active_for(conn: &mut AnyConnection, scope: &TenantScope, tier: Option<i64>, today: NaiveDate) -> QueryResult<Vec<CampaignView>> {
    let rows = scoped!(campaigns, scope)
        .filter(campaigns::draft.eq(0))
        .filter(campaigns::starts_on.le(today))
        .filter(campaigns::ends_on.ge(today))
        .order((campaigns::ends_on.asc(), campaigns::id.asc()))
        .select(campaigns::all_columns)
        .load(conn)?;
    Ok(load_views(conn, scope, rows)?.into_iter().filter(|v| v.targets(tier)).collect())
}

/// What the campaign form sets.
pub struct CampaignInput<'a> {
    pub locale: Locale,
    pub name: &'a str,
    pub description: &'a str,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub ready: bool,
    pub tier_ids: &'a [i64],
    pub asset_ids: &'a [i64],
}

fn set_links(conn: &mut AnyConnection, scope: &TenantScope, id: i64, input: &CampaignInput<'_>) -> QueryResult<()> {
    let tiers = tenancy::tiers(conn, scope)?;
    diesel::delete(scoped!(campaign_tiers, scope).filter(campaign_tiers::campaign_id.eq(id))).execute(conn)?;
    let mut seen = Vec::new();
    for tier in input.tier_ids.iter().filter(|t| tiers.iter().any(|x| x.id == **t)) {
        if !seen.contains(tier) {
            seen.push(*tier);
            diesel::insert_into(campaign_tiers::table)
                .values((
                    campaign_tiers::tenant_id.eq(scope.tenant_id()),
                    campaign_tiers::campaign_id.eq(id),
                    campaign_tiers::tier_id.eq(*tier),
                ))
                .execute(conn)?;
        }
    }
    // Only the tenant's own assets (the composite foreign key insists too).
    let own: Vec<i64> = scoped!(assets, scope).filter(assets::id.eq_any(input.asset_ids)).select(assets::id).load(conn)?;
    diesel::delete(scoped!(campaign_assets, scope).filter(campaign_assets::campaign_id.eq(id))).execute(conn)?;
    let mut position = 0;
    let mut seen = Vec::new();
    for asset in input.asset_ids.iter().filter(|a| own.contains(a)) {
        if !seen.contains(asset) {
            seen.push(*asset);
            position += 1;
            diesel::insert_into(campaign_assets::table)
                .values((
                    campaign_assets::tenant_id.eq(scope.tenant_id()),
                    campaign_assets::campaign_id.eq(id),
                    campaign_assets::asset_id.eq(*asset),
                    campaign_assets::position.eq(position),
                ))
                .execute(conn)?;
        }
    }
    Ok(())
}

/// Sets the name and description in one locale.
pub fn set_text(conn: &mut AnyConnection, scope: &TenantScope, id: i64, locale: Locale, name: &str, description: &str) -> QueryResult<()> {
    diesel::delete(
        scoped!(campaign_texts, scope).filter(campaign_texts::campaign_id.eq(id)).filter(campaign_texts::locale.eq(locale.code())),
    )
    .execute(conn)?;
    diesel::insert_into(campaign_texts::table)
        .values((
            campaign_texts::tenant_id.eq(scope.tenant_id()),
            campaign_texts::campaign_id.eq(id),
            campaign_texts::locale.eq(locale.code()),
            campaign_texts::name.eq(name),
            campaign_texts::description.eq(description),
        ))
        .execute(conn)?;
    Ok(())
}

pub fn create(conn: &mut AnyConnection, scope: &TenantScope, user: i64, input: &CampaignInput<'_>) -> Result<Campaign, AppError> {
    let now = crate::db::now();
    let campaign: Campaign = diesel::insert_into(campaigns::table)
        .values((
            campaigns::tenant_id.eq(scope.tenant_id()),
            campaigns::starts_on.eq(input.starts_on),
            campaigns::ends_on.eq(input.ends_on),
            campaigns::draft.eq(i32::from(!input.ready)),
            campaigns::created_by.eq(user),
            campaigns::created_at.eq(now),
            campaigns::updated_at.eq(now),
        ))
        .returning(campaigns::all_columns)
        .get_result(conn)?;
    set_text(conn, scope, campaign.id, input.locale, input.name, input.description)?;
    set_links(conn, scope, campaign.id, input)?;
    Ok(campaign)
}

/// Period, readiness, tiers, assets and the text in the form's locale.
pub fn update(conn: &mut AnyConnection, scope: &TenantScope, id: i64, input: &CampaignInput<'_>) -> Result<bool, AppError> {
    let n = diesel::update(scoped!(campaigns, scope).filter(campaigns::id.eq(id)))
        .set((
            campaigns::starts_on.eq(input.starts_on),
            campaigns::ends_on.eq(input.ends_on),
            campaigns::draft.eq(i32::from(!input.ready)),
            campaigns::updated_at.eq(crate::db::now()),
        ))
        .execute(conn)?;
    if n == 0 {
        return Ok(false);
    }
    set_text(conn, scope, id, input.locale, input.name, input.description)?;
    set_links(conn, scope, id, input)?;
    Ok(true)
}

/// What a partner organisation did with a campaign.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PartnerStep {
    Notified,
    Viewed,
    Activated,
}

impl PartnerStep {
    pub fn as_str(self) -> &'static str {
        match self {
            PartnerStep::Notified => "notified",
            PartnerStep::Viewed => "viewed",
            PartnerStep::Activated => "activated",
        }
    }
}

/// Records a step once per organisation (the first one stays; an activation's note may be updated).
pub fn record_step(
    conn: &mut AnyConnection,
    scope: &TenantScope,
    campaign_id: i64,
    organisation_id: i64,
    user_id: Option<i64>,
    step: PartnerStep,
    note: &str,
) -> QueryResult<bool> {
    let existing: Option<String> = scoped!(campaign_partners, scope)
        .filter(campaign_partners::campaign_id.eq(campaign_id))
        .filter(campaign_partners::organisation_id.eq(organisation_id))
        .filter(campaign_partners::kind.eq(step.as_str()))
        .select(campaign_partners::note)
        .first(conn)
        .optional()?;
    match existing {
        Some(_) if step == PartnerStep::Activated => {
            diesel::update(
                scoped!(campaign_partners, scope)
                    .filter(campaign_partners::campaign_id.eq(campaign_id))
                    .filter(campaign_partners::organisation_id.eq(organisation_id))
                    .filter(campaign_partners::kind.eq(step.as_str())),
            )
            .set(campaign_partners::note.eq(note))
            .execute(conn)?;
            Ok(false)
        }
        Some(_) => Ok(false),
        None => crate::db::transaction(conn, |c| {
            diesel::insert_into(campaign_partners::table)
                .values((
                    campaign_partners::tenant_id.eq(scope.tenant_id()),
                    campaign_partners::campaign_id.eq(campaign_id),
                    campaign_partners::organisation_id.eq(organisation_id),
                    campaign_partners::kind.eq(step.as_str()),
                    campaign_partners::user_id.eq(user_id),
                    campaign_partners::note.eq(note),
                    campaign_partners::created_at.eq(crate::db::now()),
                ))
                .execute(c)?;
            if step == PartnerStep::Activated {
                // The first activation of an organisation is the event.
                let name =
                    crate::tenancy::organisations::find(c, &scope.tenant_only(), organisation_id)?.map(|o| o.name).unwrap_or_default();
                let data = crate::webhooks::events::ActivationData {
                    campaign_id,
                    partner: crate::webhooks::events::OrganisationData { id: organisation_id, name },
                };
                crate::webhooks::emit(c, scope, crate::webhooks::EventType::CampaignActivated, &data)?;
            }
            Ok(true)
        }),
    }
}

/// The activation note of an organisation, if it activated the campaign.
pub fn activation(conn: &mut AnyConnection, scope: &TenantScope, campaign_id: i64, organisation_id: i64) -> QueryResult<Option<String>> {
    scoped!(campaign_partners, scope)
        .filter(campaign_partners::campaign_id.eq(campaign_id))
        .filter(campaign_partners::organisation_id.eq(organisation_id))
        .filter(campaign_partners::kind.eq(PartnerStep::Activated.as_str()))
        .select(campaign_partners::note)
        .first(conn)
        .optional()
}

/// One partner organisation's row of a campaign's numbers.
#[derive(Debug, Clone, Default)]
pub struct PartnerStats {
    pub organisation_id: i64,
    pub name: String,
    pub notified: bool,
    pub viewed: bool,
    pub activated: bool,
    pub note: String,
    pub downloads: i64,
    /// Visits of the organisation's landing pages for the campaign's landing-page assets.
    pub visits: i64,
    /// Contact requests through those pages.
    pub submissions: i64,
}

/// A campaign's numbers: per organisation, and downloads per asset version.
#[derive(Debug, Clone, Default)]
pub struct CampaignStats {
    pub partners: Vec<PartnerStats>,
    /// (asset id, version id) → downloads made from this campaign.
    pub downloads: HashMap<(i64, i64), i64>,
}

impl CampaignStats {
    pub fn count(&self, step: PartnerStep) -> usize {
        self.partners
            .iter()
            .filter(|p| match step {
                PartnerStep::Notified => p.notified,
                PartnerStep::Viewed => p.viewed,
                PartnerStep::Activated => p.activated,
            })
            .count()
    }
}

pub fn stats(conn: &mut AnyConnection, scope: &TenantScope, campaign_id: i64) -> QueryResult<CampaignStats> {
    let steps: Vec<(i64, String, String)> = scoped!(campaign_partners, scope)
        .filter(campaign_partners::campaign_id.eq(campaign_id))
        .select((campaign_partners::organisation_id, campaign_partners::kind, campaign_partners::note))
        .load(conn)?;
    let downloads: Vec<(i64, i64, i64)> = scoped!(asset_downloads, scope)
        .filter(asset_downloads::campaign_id.eq(campaign_id))
        .select((asset_downloads::asset_id, asset_downloads::version_id, asset_downloads::organisation_id))
        .load(conn)?;
    // Landing pages partners made from the campaign's assets, and what they brought.
    let asset_ids: Vec<i64> = scoped!(campaign_assets, scope)
        .filter(campaign_assets::campaign_id.eq(campaign_id))
        .select(campaign_assets::asset_id)
        .load(conn)?;
    let pages: Vec<(i64, i64, i64)> = scoped!(landing_pages, scope)
        .filter(landing_pages::asset_id.eq_any(&asset_ids))
        .select((landing_pages::id, landing_pages::organisation_id, landing_pages::visits))
        .load(conn)?;
    let page_ids: Vec<i64> = pages.iter().map(|p| p.0).collect();
    let submitted: Vec<i64> = scoped!(landing_submissions, scope)
        .filter(landing_submissions::landing_page_id.eq_any(&page_ids))
        .select(landing_submissions::organisation_id)
        .load(conn)?;
    let mut org_ids: Vec<i64> = steps.iter().map(|s| s.0).chain(downloads.iter().map(|d| d.2)).chain(pages.iter().map(|p| p.1)).collect();
    org_ids.sort_unstable();
    org_ids.dedup();
    let names: HashMap<i64, String> = scoped!(organisations, scope)
        .filter(organisations::id.eq_any(&org_ids))
        .select((organisations::id, organisations::name))
        .load::<(i64, String)>(conn)?
        .into_iter()
        .collect();
    let mut partners: Vec<PartnerStats> = org_ids
        .iter()
        .map(|id| PartnerStats { organisation_id: *id, name: names.get(id).cloned().unwrap_or_default(), ..PartnerStats::default() })
        .collect();
    for (org, kind, note) in steps {
        if let Some(p) = partners.iter_mut().find(|p| p.organisation_id == org) {
            match kind.as_str() {
                "notified" => p.notified = true,
                "viewed" => p.viewed = true,
                "activated" => {
                    p.activated = true;
                    p.note = note;
                }
                _ => {}
            }
        }
    }
    let mut per_version = HashMap::new();
    for (asset, version, org) in downloads {
        *per_version.entry((asset, version)).or_insert(0) += 1;
        if let Some(p) = partners.iter_mut().find(|p| p.organisation_id == org) {
            p.downloads += 1;
        }
    }
    for (_, org, visits) in pages {
        if let Some(p) = partners.iter_mut().find(|p| p.organisation_id == org) {
            p.visits += visits;
        }
    }
    for org in submitted {
        if let Some(p) = partners.iter_mut().find(|p| p.organisation_id == org) {
            p.submissions += 1;
        }
    }
    partners.sort_by_key(|p| p.name.to_lowercase());
    Ok(CampaignStats { partners, downloads: per_version })
}

/// Partner users (and admins) of the organisations in the campaign's tiers.
fn audience(conn: &mut AnyConnection, scope: &TenantScope, view: &CampaignView) -> QueryResult<Vec<(User, i64)>> {
    let orgs: Vec<(i64, Option<i64>)> = scoped!(organisations, scope)
        .filter(organisations::kind.eq("partner"))
        .filter(organisations::status.eq("active"))
        .select((organisations::id, organisations::tier_id))
        .load(conn)?;
    let targeted: Vec<i64> = orgs.into_iter().filter(|(_, tier)| view.targets(*tier)).map(|(id, _)| id).collect();
    let people: Vec<User> = scoped!(users, scope).filter(users::organisation_id.eq_any(&targeted)).select(users::all_columns).load(conn)?;
    Ok(people
        .into_iter()
        .map(|u| {
            let org = u.organisation_id;
            (u, org)
        })
        .collect())
}

/// The jobs pass: campaigns that started and were not announced yet are
/// announced to their partners, once (several instances may run it).
pub fn announce_started(conn: &mut AnyConnection, config: &Config, today: NaiveDate) -> Result<usize, AppError> {
    let due: Vec<(i64, i64)> = campaigns::table
        .filter(campaigns::draft.eq(0))
        .filter(campaigns::started_notified.eq(0))
        .filter(campaigns::starts_on.le(today))
        .filter(campaigns::ends_on.ge(today))
        .select((campaigns::tenant_id, campaigns::id))
        .load(conn)?;
    let mut announced = 0;
    let tenants = if due.is_empty() { Vec::new() } else { tenancy::list_all(conn)? };
    for (tenant_id, id) in due {
        let Some(tenant) = tenants.iter().find(|t| t.id == tenant_id) else { continue };
        let Ok(scope) = tenant.scope() else { continue };
        if tenant.status() != tenancy::TenantStatus::Active {
            continue;
        }
        // Campaigns off in the plan: nothing is announced (it waits, should they come back on).
        if !crate::tenancy::plans::of_tenant(conn, tenant_id)?.has(crate::tenancy::plans::Feature::Campaigns) {
            continue;
        }
        let slug = tenant.slug.clone();
        let done = crate::db::transaction(conn, |c| -> Result<bool, AppError> {
            // Claim it: only the pass that flips the flag announces.
            let claimed = diesel::update(scoped!(campaigns, &scope).filter(campaigns::id.eq(id)).filter(campaigns::started_notified.eq(0)))
                .set(campaigns::started_notified.eq(1))
                .execute(c)?;
            if claimed == 0 {
                return Ok(false);
            }
            let Some(view) = find(c, &scope, id)? else { return Ok(false) };
            let settings = tenancy::settings(c, &scope)?;
            let default = settings.default_locale();
            let name = view.shown(default.code(), default.code()).0.map(|t| t.name.clone()).unwrap_or_default();
            let name_for_event = name.clone();
            let people = audience(c, &scope, &view)?;
            let mut orgs: Vec<i64> = people.iter().map(|(_, org)| *org).collect();
            orgs.sort_unstable();
            orgs.dedup();
            let users: Vec<User> = people.into_iter().map(|(u, _)| u).collect();
            let notice = Notice {
                key: "notify-campaign-started",
                args: vec![("name", name)],
                link: format!("/campaigns/{id}"),
                mail: true,
                category: Some(Category::Campaigns),
            };
            notifications::notify(c, &scope, config, &slug, &users, &notice)?;
            for org in orgs {
                record_step(c, &scope, id, org, None, PartnerStep::Notified, "")?;
            }
            let data = crate::webhooks::events::CampaignData {
                id,
                name: name_for_event.clone(),
                starts_on: view.campaign.starts_on.format("%Y-%m-%d").to_string(),
                ends_on: view.campaign.ends_on.format("%Y-%m-%d").to_string(),
            };
            crate::webhooks::emit(c, &scope, crate::webhooks::EventType::CampaignStarted, &data)?;
            Ok(true)
        })?;
        if done {
            tracing::info!(tenant_id, campaign_id = id, "campaign.started");
            announced += 1;
        }
    }
    Ok(announced)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn campaign(draft: i32, starts: (i32, u32, u32), ends: (i32, u32, u32)) -> Campaign {
        let d = |(y, m, day)| NaiveDate::from_ymd_opt(y, m, day).unwrap();
        Campaign {
            id: 1,
            tenant_id: 1,
            starts_on: d(starts),
            ends_on: d(ends),
            draft,
            started_notified: 0,
            created_by: None,
            created_at: NaiveDateTime::default(),
            updated_at: NaiveDateTime::default(),
        }
    }

    #[test]
    fn the_status_follows_from_the_period() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 2).unwrap();
        assert_eq!(campaign(1, (2026, 12, 1), (2026, 12, 31)).status(today), CampaignStatus::Draft);
        assert_eq!(campaign(0, (2026, 12, 3), (2026, 12, 31)).status(today), CampaignStatus::Scheduled);
        assert_eq!(campaign(0, (2026, 12, 2), (2026, 12, 2)).status(today), CampaignStatus::Active, "both ends count");
        assert_eq!(campaign(0, (2026, 11, 1), (2026, 12, 1)).status(today), CampaignStatus::Ended);
    }
}
