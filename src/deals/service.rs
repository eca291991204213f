//! The rules of deal registration: creating and editing, the state machine
//! with tier rules (maximum open deals, auto-approval, protection days),
//! conflict detection, extensions, expiry, and who is told about what.

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;

use super::model::{self, Deal, DealFields, NewEvent, StatusChange, Viewer};
use super::normalize::{company_key, domain_key};
use super::state::{DealAction, DealStatus};
use crate::config::Config;
use crate::db::schema::organisations;
use crate::db::{self, AnyConnection};
use crate::error::AppError;
use crate::identity::auth::AuthUser;
use crate::identity::model::{self as users, User};
use crate::identity::rbac::Permission;
use crate::notifications::{self, Notice};
use crate::tenancy::currency;
use crate::tenancy::form_keys::{self, FormKey, Once};
use crate::tenancy::model::{self as tenancy, TenantStatus, Tier};
use crate::tenancy::organisations::Organisation;
use crate::tenancy::scope::{TenantScope, scoped};

pub const WARN_DAYS: i64 = 7;

/// The day a deal submitted at `at` is to be decided by: `days` working days
/// (Monday to Friday) later.
pub fn review_due(at: NaiveDateTime, days: i32) -> chrono::NaiveDate {
    use chrono::Datelike;
    let mut day = at.date();
    let mut left = days.max(0);
    while left > 0 {
        day += Duration::days(1);
        if day.weekday().number_from_monday() <= 5 {
            left -= 1;
        }
    }
    day
}

#[derive(Debug, PartialEq, Eq)]
pub enum DealError {
    /// Not a legal move from the deal's status, or not this user's to make.
    NotAllowed,
    /// The tier's maximum of open deals is reached.
    TooManyOpen(i32),
    /// Rejections and requests for information need a comment.
    CommentRequired,
    /// The partner organisation is not active.
    PartnerInactive,
    /// The user keeps the tenant's maximum of drafts already.
    TooManyDrafts(i32),
}

/// How a deal operation ended, when nothing failed underneath: done, or
/// refused by a rule the user can act on (shown on the page). Failures of
/// the database and the like are the `AppError` around it.
#[derive(Debug)]
pub enum DealOutcome {
    Done(Box<Deal>),
    Refused(DealError),
}

impl DealOutcome {
    fn done(deal: Deal) -> Self {
        DealOutcome::Done(Box::new(deal))
    }
}

/// What the deal form supplies, already validated.
#[derive(Debug)]
pub struct DealInput {
    pub customer_company: String,
    pub customer_domain: String,
    pub country: String,
    pub contact_name: String,
    pub contact_email: String,
    pub value_minor: i64,
    pub currency: String,
    pub expected_close: chrono::NaiveDate,
    pub description: String,
    pub product_ids: Vec<i64>,
    /// The form's one-time key, if it sent a usable one.
    pub form_key: Option<String>,
}

impl DealInput {
    /// The row's fields, its value also in the reporting currency.
    fn fields(&self, rates: &currency::Rates) -> DealFields {
        DealFields {
            customer_company: self.customer_company.clone(),
            company_key: company_key(&self.customer_company),
            customer_domain: self.customer_domain.clone(),
            domain_key: domain_key(&self.customer_domain),
            country: self.country.clone(),
            contact_name: self.contact_name.clone(),
            contact_email: self.contact_email.clone(),
            value_minor: self.value_minor,
            currency: self.currency.clone(),
            expected_close: self.expected_close,
            description: self.description.clone(),
            value_reporting: rates.reported(self.value_minor, &self.currency),
        }
    }
}

/// Why two deals look like the same opportunity.
#[derive(Debug, Clone)]
pub struct Conflict {
    pub deal: Deal,
    pub partner: String,
    pub same_company: bool,
    pub same_domain: bool,
    pub same_partner: bool,
}

/// Open deals of the whole tenant that match these keys (vendor view only).
pub fn conflicts(
    conn: &mut AnyConnection,
    scope: &TenantScope,
    company: &str,
    domain: &str,
    org: i64,
    except: i64,
) -> QueryResult<Vec<Conflict>> {
    let tenant = scope.tenant_only();
    let matches = model::matching_open(conn, &tenant, company, domain, except)?;
    Ok(model::with_partner_names(conn, &tenant, matches, |d| d.partner_org_id)?
        .into_iter()
        .map(|(d, partner)| Conflict {
            partner,
            same_company: !company.is_empty() && d.company_key == company,
            same_domain: !domain.is_empty() && d.domain_key == domain,
            same_partner: d.partner_org_id == org,
            deal: d,
        })
        .collect())
}

/// How many conflict checks one person may ask for in the throttle window.
pub const CHECKS_PER_WINDOW: i64 = 60;

/// The "would this conflict?" hint of the deal form, rate-limited per person
/// and counted: `None` past the limit, so the hint cannot be used to read
/// another partner's pipeline one guess at a time.
pub fn check_conflict(
    conn: &mut AnyConnection,
    scope: &TenantScope,
    user_id: i64,
    company: &str,
    domain: &str,
) -> Result<Option<bool>, AppError> {
    let key = format!("conflict-check:{}:{user_id}", scope.tenant_id());
    let attempt = crate::identity::throttle::begin_attempt(conn, Some(scope.tenant_id()), &[(key.as_str(), CHECKS_PER_WINDOW)], db::now())?;
    if attempt.blocked.is_some() {
        tracing::warn!(tenant_id = scope.tenant_id(), user_id, "deals.check_throttled");
        return Ok(None);
    }
    Ok(Some(would_conflict(conn, scope, company, domain)?))
}

/// Whether a registration with these details would need review — all a
/// partner ever learns about other deals (TEN-14).
pub fn would_conflict(conn: &mut AnyConnection, scope: &TenantScope, company: &str, domain: &str) -> QueryResult<bool> {
    Ok(!model::matching_open(conn, &scope.tenant_only(), &company_key(company), &domain_key(domain), 0)?.is_empty())
}

fn organisation(conn: &mut AnyConnection, scope: &TenantScope, org: i64) -> QueryResult<Organisation> {
    scoped!(organisations, scope).filter(organisations::id.eq(org)).select(Organisation::as_select()).first(conn)
}

fn tier_of(conn: &mut AnyConnection, scope: &TenantScope, org: &Organisation) -> QueryResult<Option<Tier>> {
    Ok(tenancy::tiers(conn, scope)?.into_iter().find(|t| Some(t.id) == org.tier_id))
}

/// Protection for approved deals when a partner has no tier.
const DEFAULT_PROTECTION_DAYS: i32 = 90;

pub struct Context<'a> {
    pub config: &'a Config,
    pub slug: &'a str,
}

/// A deal's event, in its timeline and — for the person who made it — in the
/// tenant's audit log, in the caller's transaction.
fn recorded(
    conn: &mut AnyConnection,
    user: &AuthUser,
    scope: &TenantScope,
    deal: &Deal,
    event: &NewEvent<'_>,
    now: NaiveDateTime,
) -> QueryResult<()> {
    model::record(conn, scope, deal.id, &event.via_token(user.token_name()), now)?;
    let changes = serde_json::json!({
        "from": event.from.map(DealStatus::as_str),
        "to": event.to.map(DealStatus::as_str),
        "comment": event.comment,
        "internal_note": event.internal_note,
        "company": deal.customer_company,
    });
    let action = format!("deal.{}", event.action);
    crate::audit::record(conn, scope, &user.actor(), &crate::audit::Entry::new(&action, "deal", &deal.public_id).changes(changes))
}

/// Announces a deal's move to `to` to the tenant's webhook endpoints (the
/// moves that have an event), in the caller's transaction.
fn announce(
    conn: &mut AnyConnection,
    scope: &TenantScope,
    deal: &Deal,
    partner: &str,
    moved: (DealStatus, DealStatus),
    comment: &str,
    protected_until: Option<NaiveDateTime>,
) -> QueryResult<()> {
    use crate::webhooks::events::{DealData, MoneyData, OrganisationData};
    use crate::webhooks::{EventType, outbox};
    let (from, to) = moved;
    let event = match to {
        DealStatus::Submitted => EventType::DealSubmitted,
        DealStatus::Approved => EventType::DealApproved,
        DealStatus::Rejected => EventType::DealRejected,
        DealStatus::InfoRequested => EventType::DealInfoRequested,
        DealStatus::Won => EventType::DealWon,
        DealStatus::Lost => EventType::DealLost,
        DealStatus::Expired => EventType::DealExpired,
        DealStatus::Draft => return Ok(()),
    };
    let data = DealData {
        id: deal.public_id.clone(),
        status: to.as_str().to_string(),
        previous_status: Some(from.as_str().to_string()),
        partner: OrganisationData { id: deal.partner_org_id, name: partner.to_string() },
        customer_company: deal.customer_company.clone(),
        customer_domain: deal.customer_domain.clone(),
        country: deal.country.clone(),
        value: MoneyData { amount_minor: deal.value_minor, currency: deal.currency.clone() },
        expected_close: deal.expected_close.format("%Y-%m-%d").to_string(),
        comment: outbox::comment(comment),
        protected_until: protected_until.map(|at| at.and_utc().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)),
    };
    crate::webhooks::emit(conn, scope, event, &data)
}

/// A partner registers a deal, as a draft or submitted right away.
pub fn create(
    conn: &mut AnyConnection,
    user: &AuthUser,
    input: &DealInput,
    submit: bool,
    ctx: &Context<'_>,
) -> Result<DealOutcome, AppError> {
    if !user.can(Permission::RegisterDeals) {
        return Err(AppError::Forbidden);
    }
    let viewer = Viewer::of(user);
    let org = user.user.organisation_id;
    let key = input.form_key.as_deref().and_then(|k| FormKey::new("deal", user.user.id, k));
    let outcome = form_keys::once(
        conn,
        &user.scope,
        key.as_ref(),
        |c| {
            // Drafts are bounded per user; submitted deals by the tier's open deals.
            let max_drafts = tenancy::settings(c, &user.scope.tenant_only())?.max_drafts_per_user;
            if !submit && model::count_drafts_of(c, &user.scope.tenant_only(), user.user.id)? >= i64::from(max_drafts) {
                tracing::warn!(tenant_id = user.scope.tenant_id(), user_id = user.user.id, "deal.too_many_drafts");
                return Ok((DealOutcome::Refused(DealError::TooManyDrafts(max_drafts)), None));
            }
            let now = db::now();
            let rates = currency::load(c, &user.scope)?;
            let deal = model::insert(c, &viewer, org, user.user.id, &input.fields(&rates), now)?;
            model::set_deal_products(c, &user.scope, deal.id, &input.product_ids)?;
            recorded(c, user, &user.scope, &deal, &NewEvent::created(Some(user.user.id)), now)?;
            crate::tenancy::usage::count(c, &user.scope, crate::tenancy::usage::Metric::Deals, 1)?;
            // A refused submit leaves the draft made: the key answers with it.
            let made = Some(deal.public_id.clone());
            if submit {
                return Ok((act(c, user, &deal, DealAction::Submit, &Words::default(), ctx)?, made));
            }
            Ok((DealOutcome::done(deal), made))
        },
        |(_, made)| made.clone(),
    )?;
    match outcome {
        Once::First((outcome, _)) => Ok(outcome),
        // The same form sent again (a retry, a double click): its first deal.
        Once::Repeat(public_id) => model::find(conn, &viewer, &public_id)?.map(DealOutcome::done).ok_or(AppError::Conflict),
    }
}

/// Edits a draft, or a deal the vendor asked more information about.
pub fn update(
    conn: &mut AnyConnection,
    user: &AuthUser,
    public_id: &str,
    input: &DealInput,
    then: Option<DealAction>,
    ctx: &Context<'_>,
) -> Result<DealOutcome, AppError> {
    if !user.can(Permission::RegisterDeals) {
        return Err(AppError::Forbidden);
    }
    let viewer = Viewer::of(user);
    db::transaction(conn, |c| {
        let deal = model::find(c, &viewer, public_id)?.ok_or(AppError::NotFound)?;
        if !matches!(deal.status(), DealStatus::Draft | DealStatus::InfoRequested) {
            return Ok(DealOutcome::Refused(DealError::NotAllowed));
        }
        let now = db::now();
        let rates = currency::load(c, &user.scope)?;
        model::update_fields(c, &viewer, deal.id, &input.fields(&rates), now)?;
        model::set_deal_products(c, &user.scope, deal.id, &input.product_ids)?;
        recorded(c, user, &user.scope, &deal, &NewEvent::by(Some(user.user.id), "edited"), now)?;
        let deal = model::find(c, &viewer, public_id)?.ok_or(AppError::NotFound)?;
        match then {
            Some(action) => act(c, user, &deal, action, &Words::default(), ctx),
            None => Ok(DealOutcome::done(deal)),
        }
    })
}

/// What goes with a decision: the message to the partner (a reason, where
/// one is needed) and, from vendor staff, a note only staff ever see.
#[derive(Debug, Clone, Copy, Default)]
pub struct Words<'a> {
    pub message: &'a str,
    pub internal_note: &'a str,
}

impl<'a> Words<'a> {
    pub fn message(message: &'a str) -> Self {
        Words { message, internal_note: "" }
    }
}

/// Takes `action` on a deal the user can see, if the state machine and the
/// user's role allow it.
pub fn transition(
    conn: &mut AnyConnection,
    user: &AuthUser,
    public_id: &str,
    action: DealAction,
    words: &Words<'_>,
    ctx: &Context<'_>,
) -> Result<DealOutcome, AppError> {
    let viewer = Viewer::of(user);
    db::transaction(conn, |c| {
        let deal = model::find(c, &viewer, public_id)?.ok_or(AppError::NotFound)?;
        act(c, user, &deal, action, words, ctx)
    })
}

fn act(
    conn: &mut AnyConnection,
    user: &AuthUser,
    deal: &Deal,
    action: DealAction,
    words: &Words<'_>,
    ctx: &Context<'_>,
) -> Result<DealOutcome, AppError> {
    let comment = words.message;
    // Partners have no internal notes: whatever they send is ignored.
    let note = if user.role.is_vendor_staff() { words.internal_note.trim() } else { "" };
    let from = deal.status();
    let (Some(to), true) = (action.target(from), action.allowed_for(user.role)) else {
        tracing::warn!(
            tenant_id = deal.tenant_id,
            user_id = user.user.id,
            action = action.as_str(),
            from = from.as_str(),
            "deal.transition_refused"
        );
        return Ok(DealOutcome::Refused(DealError::NotAllowed));
    };
    let comment = comment.trim();
    if action.needs_comment() && comment.is_empty() {
        return Ok(DealOutcome::Refused(DealError::CommentRequired));
    }
    let scope = user.scope.tenant_only();
    let now = db::now();
    let event = NewEvent::by(Some(user.user.id), action.as_str()).moved(from, to).comment(comment).internal_note(note);
    let org = organisation(conn, &scope, deal.partner_org_id)?;
    let tier = tier_of(conn, &scope, &org)?;
    match to {
        DealStatus::Submitted => {
            if org.status != "active" {
                return Ok(DealOutcome::Refused(DealError::PartnerInactive));
            }
            if let Some(t) = &tier {
                let open = model::count_open_for_partner(conn, &scope, org.id)?;
                if t.max_open_deals > 0 && open >= i64::from(t.max_open_deals) {
                    return Ok(DealOutcome::Refused(DealError::TooManyOpen(t.max_open_deals)));
                }
            }
            let conflicts = conflicts(conn, &scope, &deal.company_key, &deal.domain_key, org.id, deal.id)?;
            let needs_review = !conflicts.is_empty();
            model::set_status(conn, &scope, deal.id, &StatusChange::new(from, to).needs_review(needs_review), now)?;
            recorded(conn, user, &scope, deal, &event, now)?;
            announce(conn, &scope, deal, &org.name, (from, to), comment, None)?;
            // The limit is kept in hundredths of the reporting currency;
            // compare the deal's converted value likewise. A deal whose
            // currency has no rate is never approved on its own.
            let auto = tier.as_ref().map_or(0, |t| t.auto_approve_hundredths);
            let rates = currency::load(conn, &scope)?;
            let digits = crate::i18n::currency_digits(&rates.reporting).unwrap_or(2);
            let converted = rates.convert(deal.value_minor, &deal.currency);
            let within = converted.is_some_and(|v| v.saturating_mul(100) / 10i64.pow(digits) <= auto);
            if !needs_review && auto > 0 && within {
                let until = now + Duration::days(i64::from(tier.as_ref().map_or(DEFAULT_PROTECTION_DAYS, |t| t.protection_days)));
                model::set_status(
                    conn,
                    &scope,
                    deal.id,
                    &StatusChange::new(DealStatus::Submitted, DealStatus::Approved).protected_until(Some(until)),
                    now,
                )?;
                model::record(
                    conn,
                    &scope,
                    deal.id,
                    &NewEvent::by(None, "auto_approve").moved(DealStatus::Submitted, DealStatus::Approved),
                    now,
                )?;
                announce(conn, &scope, deal, &org.name, (DealStatus::Submitted, DealStatus::Approved), "", Some(until))?;
                tell_partner(conn, &scope, ctx, deal, "notify-deal-approved", vec![("date", iso(until))])?;
            } else {
                let staff = users::with_permission(conn, &scope, Permission::ReviewDeals, None)?;
                let args = vec![("partner", org.name.clone()), ("company", deal.customer_company.clone())];
                let key = if needs_review { "notify-deal-submitted-conflict" } else { "notify-deal-submitted" };
                notifications::notify(
                    conn,
                    &scope,
                    ctx.config,
                    ctx.slug,
                    &staff,
                    &Notice { key, args, link: link(deal), mail: true, category: None },
                )?;
            }
        }
        DealStatus::Approved => {
            let days = tier.as_ref().map_or(DEFAULT_PROTECTION_DAYS, |t| t.protection_days);
            let until = now + Duration::days(i64::from(days));
            model::set_status(conn, &scope, deal.id, &StatusChange::new(from, to).needs_review(false).protected_until(Some(until)), now)?;
            recorded(conn, user, &scope, deal, &event, now)?;
            announce(conn, &scope, deal, &org.name, (from, to), comment, Some(until))?;
            tell_partner(conn, &scope, ctx, deal, "notify-deal-approved", vec![("date", iso(until))])?;
        }
        DealStatus::Rejected | DealStatus::InfoRequested => {
            // Any decision takes the deal out of the review queue.
            model::set_status(conn, &scope, deal.id, &StatusChange::new(from, to).needs_review(false), now)?;
            recorded(conn, user, &scope, deal, &event, now)?;
            announce(conn, &scope, deal, &org.name, (from, to), comment, None)?;
            let key = if to == DealStatus::Rejected { "notify-deal-rejected" } else { "notify-deal-info-requested" };
            tell_partner(conn, &scope, ctx, deal, key, vec![("comment", comment.to_string())])?;
        }
        _ => {
            model::set_status(conn, &scope, deal.id, &StatusChange::new(from, to), now)?;
            recorded(conn, user, &scope, deal, &event, now)?;
            announce(conn, &scope, deal, &org.name, (from, to), comment, None)?;
        }
    }
    let viewer = Viewer::tenant(scope);
    Ok(DealOutcome::done(model::find(conn, &viewer, &deal.public_id)?.ok_or(AppError::NotFound)?))
}

fn iso(at: NaiveDateTime) -> String {
    at.format("%Y-%m-%dT%H:%M:%S%.f").to_string()
}

fn link(deal: &Deal) -> String {
    format!("/deals/{}", deal.public_id)
}

/// The submitter and the partner organisation's admins.
fn partner_recipients(conn: &mut AnyConnection, scope: &TenantScope, deal: &Deal) -> QueryResult<Vec<User>> {
    let mut people = users::with_permission(conn, scope, Permission::ManageOwnOrganisationUsers, Some(deal.partner_org_id))?;
    if let Some(submitter) = users::find(conn, scope, deal.submitted_by)? {
        people.insert(0, submitter);
    }
    Ok(people)
}

fn tell_partner(
    conn: &mut AnyConnection,
    scope: &TenantScope,
    ctx: &Context<'_>,
    deal: &Deal,
    key: &str,
    extra: Vec<(&str, String)>,
) -> QueryResult<()> {
    let people = partner_recipients(conn, scope, deal)?;
    let mut args = vec![("company", deal.customer_company.clone())];
    args.extend(extra);
    notifications::notify(conn, scope, ctx.config, ctx.slug, &people, &Notice { key, args, link: link(deal), mail: true, category: None })
}

/// How deciding a conflict set ended.
#[derive(Debug)]
pub enum Resolution {
    /// The chosen deal approved, and how many others were rejected.
    Done {
        approved: Box<Deal>,
        rejected: usize,
    },
    /// Deals that would be rejected without a message to their partner
    /// (public ids), nothing decided: the set may have grown since the
    /// page was drawn, and nobody is rejected without being told why.
    MissingReasons(Vec<String>),
    Refused(DealError),
}

/// One step for a conflict set: approves `winner` and rejects every other
/// deal of `from`'s set that is waiting for review, each with the message
/// `reasons` gives for it (to that deal's partner only); the internal note
/// goes with every decision. The set is `from` and the deals in conflict
/// with it, as the reviewer saw them on `from`'s page; deals waiting for a
/// partner's answer are left alone. All or nothing.
pub fn resolve_conflict(
    conn: &mut AnyConnection,
    user: &AuthUser,
    from: &str,
    winner: &str,
    reasons: &[(String, String)],
    internal_note: &str,
    ctx: &Context<'_>,
) -> Result<Resolution, AppError> {
    if !user.can(Permission::ReviewDeals) {
        return Err(AppError::Forbidden);
    }
    let viewer = Viewer::of(user);
    let scope = user.scope.tenant_only();
    db::transaction(conn, |c| {
        let deal = model::find(c, &viewer, from)?.ok_or(AppError::NotFound)?;
        let mut set = vec![deal.clone()];
        set.extend(conflicts(c, &scope, &deal.company_key, &deal.domain_key, deal.partner_org_id, deal.id)?.into_iter().map(|x| x.deal));
        let Some(chosen) = set.iter().find(|d| d.public_id == winner && DealAction::Approve.target(d.status()).is_some()).cloned() else {
            return Ok(Resolution::Refused(DealError::NotAllowed));
        };
        let losers: Vec<&Deal> = set.iter().filter(|d| d.id != chosen.id && DealAction::Reject.target(d.status()).is_some()).collect();
        let reason_of = |d: &Deal| reasons.iter().find(|(id, _)| *id == d.public_id).map(|(_, r)| r.trim()).filter(|r| !r.is_empty());
        let missing: Vec<String> = losers.iter().filter(|d| reason_of(d).is_none()).map(|d| d.public_id.clone()).collect();
        if !missing.is_empty() {
            return Ok(Resolution::MissingReasons(missing));
        }
        let approved = match act(c, user, &chosen, DealAction::Approve, &Words { message: "", internal_note }, ctx)? {
            DealOutcome::Done(d) => d,
            DealOutcome::Refused(e) => return Ok(Resolution::Refused(e)),
        };
        for d in &losers {
            let words = Words { message: reason_of(d).unwrap_or_default(), internal_note };
            if let DealOutcome::Refused(_) = act(c, user, d, DealAction::Reject, &words, ctx)? {
                // Checked above; should the rules disagree, undo the approval too.
                return Err(AppError::Conflict);
            }
        }
        Ok(Resolution::Done { approved, rejected: losers.len() })
    })
}

/// A partner asks for longer protection of an approved deal.
pub fn request_extension(conn: &mut AnyConnection, user: &AuthUser, public_id: &str, ctx: &Context<'_>) -> Result<DealOutcome, AppError> {
    if !user.can(Permission::RegisterDeals) {
        return Err(AppError::Forbidden);
    }
    let viewer = Viewer::of(user);
    db::transaction(conn, |c| {
        let deal = model::find(c, &viewer, public_id)?.ok_or(AppError::NotFound)?;
        if deal.status() != DealStatus::Approved || deal.extension_requested != 0 {
            return Ok(DealOutcome::Refused(DealError::NotAllowed));
        }
        let scope = user.scope.tenant_only();
        let now = db::now();
        model::set_extension_requested(c, &scope, deal.id, true)?;
        recorded(c, user, &scope, &deal, &NewEvent::by(Some(user.user.id), "extension_requested"), now)?;
        let org = organisation(c, &scope, deal.partner_org_id)?;
        let staff = users::with_permission(c, &scope, Permission::ReviewDeals, None)?;
        let args = vec![("partner", org.name), ("company", deal.customer_company.clone())];
        notifications::notify(
            c,
            &scope,
            ctx.config,
            ctx.slug,
            &staff,
            &Notice { key: "notify-extension-requested", args, link: link(&deal), mail: true, category: None },
        )?;
        Ok(DealOutcome::done(model::find(c, &Viewer::tenant(scope), public_id)?.ok_or(AppError::NotFound)?))
    })
}

/// Vendor staff grant (another full protection period) or refuse.
pub fn decide_extension(
    conn: &mut AnyConnection,
    user: &AuthUser,
    public_id: &str,
    grant: bool,
    ctx: &Context<'_>,
) -> Result<DealOutcome, AppError> {
    if !user.can(Permission::ReviewDeals) {
        return Err(AppError::Forbidden);
    }
    let viewer = Viewer::of(user);
    db::transaction(conn, |c| {
        let deal = model::find(c, &viewer, public_id)?.ok_or(AppError::NotFound)?;
        if deal.status() != DealStatus::Approved || deal.extension_requested == 0 {
            return Ok(DealOutcome::Refused(DealError::NotAllowed));
        }
        let scope = user.scope.tenant_only();
        let now = db::now();
        if grant {
            let org = organisation(c, &scope, deal.partner_org_id)?;
            let days = tier_of(c, &scope, &org)?.map_or(DEFAULT_PROTECTION_DAYS, |t| t.protection_days);
            let from = deal.protected_until.unwrap_or(now).max(now);
            let until = from + Duration::days(i64::from(days));
            model::extend(c, &scope, deal.id, until)?;
            recorded(c, user, &scope, &deal, &NewEvent::by(Some(user.user.id), "extension_granted"), now)?;
            tell_partner(c, &scope, ctx, &deal, "notify-extension-granted", vec![("date", iso(until))])?;
        } else {
            model::set_extension_requested(c, &scope, deal.id, false)?;
            recorded(c, user, &scope, &deal, &NewEvent::by(Some(user.user.id), "extension_refused"), now)?;
            tell_partner(c, &scope, ctx, &deal, "notify-extension-refused", Vec::new())?;
        }
        Ok(DealOutcome::done(model::find(c, &Viewer::tenant(scope), public_id)?.ok_or(AppError::NotFound)?))
    })
}

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct ExpiryRun {
    pub warned: usize,
    pub expired: usize,
}

/// The expiry job for one tenant: warn 7 days before protection ends, and
/// expire what has ended. Safe to run as often as one likes.
pub fn run_expiry(conn: &mut AnyConnection, scope: &TenantScope, ctx: &Context<'_>, now: NaiveDateTime) -> Result<ExpiryRun, AppError> {
    let mut run = ExpiryRun::default();
    for deal in model::approved_ending_before(conn, scope, now + Duration::days(WARN_DAYS))? {
        let Some(until) = deal.protected_until else { continue };
        db::transaction(conn, |c| -> Result<(), AppError> {
            if until <= now {
                if model::set_status(c, scope, deal.id, &StatusChange::new(DealStatus::Approved, DealStatus::Expired), now)? == 1 {
                    model::record(
                        c,
                        scope,
                        deal.id,
                        &NewEvent::by(None, DealAction::Expire.as_str()).moved(DealStatus::Approved, DealStatus::Expired),
                        now,
                    )?;
                    tell_partner(c, scope, ctx, &deal, "notify-deal-expired", Vec::new())?;
                    let partner = model::partner_name(c, scope, deal.partner_org_id)?;
                    announce(c, scope, &deal, &partner, (DealStatus::Approved, DealStatus::Expired), "", deal.protected_until)?;
                    run.expired += 1;
                }
            } else if deal.expiry_warned == 0 {
                model::mark_warned(c, scope, deal.id)?;
                tell_partner(c, scope, ctx, &deal, "notify-deal-expiring", vec![("date", iso(until))])?;
                run.warned += 1;
            }
            Ok(())
        })?;
    }
    Ok(run)
}

/// Runs the expiry job for every active tenant.
pub fn run_expiry_all(conn: &mut AnyConnection, config: &Config, now: NaiveDateTime) -> Result<ExpiryRun, AppError> {
    let mut total = ExpiryRun::default();
    for tenant in tenancy::list_all(conn)? {
        if tenant.status() != TenantStatus::Active {
            continue;
        }
        let scope = tenant.scope().map_err(|e| AppError::Internal(e.into()))?;
        let run = run_expiry(conn, &scope, &Context { config, slug: &tenant.slug }, now)?;
        total.warned += run.warned;
        total.expired += run.expired;
    }
    Ok(total)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_review_target_counts_working_days() {
        let at = |d: &str| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").unwrap().and_hms_opt(15, 0, 0).unwrap();
        let day = |d: &str| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").unwrap();
        // Thursday + 2 working days: Monday. Friday + 1: Monday. Saturday + 1: Monday.
        assert_eq!(review_due(at("2026-12-03"), 2), day("2026-12-07"));
        assert_eq!(review_due(at("2026-12-04"), 1), day("2026-12-07"));
        assert_eq!(review_due(at("2026-12-05"), 1), day("2026-12-07"));
        assert_eq!(review_due(at("2026-12-07"), 5), day("2026-12-14"));
    }
}
