//! Deal routes: the list (htmx filtering, keyset pages, CSV), registering
//! and editing, the deal page with its timeline and decisions, extensions,
//! analytics, and the notification bell.

use actix_web::http::{StatusCode, header};
use actix_web::{HttpResponse, web};
use chrono::{NaiveDate, NaiveDateTime};
use serde::Deserialize;

use crate::db;
use crate::deals::forms::DealForm;
use crate::deals::model::{self, Cursor, DealFilter, DealRow, SortKey, Viewer};
use crate::deals::service::{self, Context, DealError, DealOutcome, Resolution};
use crate::deals::state::{DealAction, DealStatus};
use crate::error::AppError;
use crate::i18n::{self};
use crate::identity::auth::CurrentUser;
use crate::identity::rbac::Permission;
use crate::notifications;
use crate::portal::deal_views::*;
use crate::state::AppState;
use crate::tenancy::organisations as partners;
use crate::validate::{self, FieldErrors};
use crate::web::ctx::PageCtx;
use crate::web::extract::CurrentTenant;
use crate::web::flash::Flash;
use crate::web::hx::HxRequest;
use crate::web::redirect::see_other;
use crate::web::render::render;

const PAGE_SIZE: i64 = 50;

fn require_deals(user: &CurrentUser) -> Result<(), AppError> {
    if user.can(Permission::RegisterDeals) || user.can(Permission::ReviewDeals) { Ok(()) } else { Err(AppError::Forbidden) }
}

/// Whether the user reviews deals (vendor staff) rather than registers them.
fn reviews_deals(user: &CurrentUser) -> bool {
    user.can(Permission::ReviewDeals)
}

fn error_message(ctx: &PageCtx, e: &DealError) -> String {
    match e {
        DealError::NotAllowed => ctx.t("deal-error-not-allowed"),
        DealError::TooManyOpen(n) => ctx.t_with("deal-error-too-many-open", "max", n),
        DealError::CommentRequired => ctx.t("deal-error-comment-required"),
        DealError::PartnerInactive => ctx.t("deal-error-partner-inactive"),
        DealError::TooManyDrafts(n) => ctx.t_with("deal-error-too-many-drafts", "max", n),
    }
}

// ---- the list ----

#[derive(Deserialize, Default)]
pub struct ListQuery {
    #[serde(default)]
    status: String,
    #[serde(default)]
    partner: String,
    #[serde(default)]
    product: String,
    #[serde(default)]
    from: String,
    #[serde(default)]
    to: String,
    #[serde(default)]
    min: String,
    #[serde(default)]
    max: String,
    #[serde(default)]
    q: String,
    #[serde(default)]
    sort: String,
    #[serde(default)]
    after: String,
    #[serde(default)]
    review: String,
    /// `1`: only the next rows, to append to the list on the page (htmx).
    #[serde(default)]
    more: String,
}

fn day_start(text: &str) -> Option<NaiveDateTime> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").ok().and_then(|d| d.and_hms_opt(0, 0, 0))
}

/// Filters from the query string; unknown or malformed values are ignored.
/// Value bounds are amounts of the reporting currency (`reporting`),
/// compared with each deal's converted value.
fn filter_of(q: &ListQuery, reporting: &str) -> (DealFilter, SortKey, FilterValues) {
    let amount = |s: &str| i18n::parse_money(s, reporting);
    let filter = DealFilter {
        status: DealStatus::parse(&q.status),
        partner_org_id: q.partner.parse().ok(),
        product_id: q.product.parse().ok(),
        created_from: day_start(&q.from),
        created_to: day_start(&q.to).map(|d| d + chrono::Duration::days(1)),
        value_min: amount(&q.min),
        value_max: amount(&q.max),
        search: Some(validate::without_controls(&q.q).chars().take(100).collect::<String>()).filter(|s| !s.trim().is_empty()),
        needs_review: q.review == "1",
    };
    let sort = SortKey::parse(&q.sort);
    let values = FilterValues {
        status: filter.status.map(|s| s.as_str().to_string()).unwrap_or_default(),
        partner: filter.partner_org_id.map(|p| p.to_string()).unwrap_or_default(),
        product: filter.product_id.map(|p| p.to_string()).unwrap_or_default(),
        from: if filter.created_from.is_some() { q.from.trim().to_string() } else { String::new() },
        to: if filter.created_to.is_some() { q.to.trim().to_string() } else { String::new() },
        min: if filter.value_min.is_some() { q.min.trim().to_string() } else { String::new() },
        max: if filter.value_max.is_some() { q.max.trim().to_string() } else { String::new() },
        q: filter.search.clone().unwrap_or_default(),
        sort: if q.sort.is_empty() { String::new() } else { sort.as_str().to_string() },
        review: filter.needs_review,
        currency: reporting.to_string(),
    };
    (filter, sort, values)
}

async fn list(
    ctx: PageCtx,
    user: CurrentUser,
    tenant: CurrentTenant,
    hx: HxRequest,
    q: web::Query<ListQuery>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    require_deals(&user)?;
    let viewer = Viewer::of(&user);
    let (filter, sort, values) = filter_of(&q, &tenant.0.settings.reporting_currency);
    let after = Cursor::decode(&q.after);
    let reviewer = reviews_deals(&user);
    let scope = user.scope;
    let fragment = hx.wants_fragment();
    let more = fragment && q.more == "1";
    let counted = filter.clone();
    let (rows, next, count, partner_list, product_list) = db::run(&state.pool, move |conn| {
        let (rows, next) = model::list(conn, &viewer, &filter, sort, after.as_ref(), PAGE_SIZE)?;
        // Only staff lists show (and filter by) the partner.
        let rows = if reviewer {
            model::with_partner_names(conn, &scope, rows, |d| d.partner_org_id)?
        } else {
            rows.into_iter().map(|d| (d, String::new())).collect()
        };
        let rows = rows.into_iter().map(|(deal, partner)| DealRow { deal, partner }).collect::<Vec<_>>();
        // Appended rows need no total; a fragment (filtering) no filter form.
        let count = if more { 0 } else { model::count(conn, &viewer, &counted)? };
        if fragment {
            return Ok((rows, next, count, Vec::new(), Vec::new()));
        }
        let partner_list = if reviewer {
            partners::list_partners(conn, &scope)?.into_iter().map(|p| (p.org.id, p.org.name)).collect()
        } else {
            Vec::new()
        };
        let product_list = model::products(conn, &scope, false)?.into_iter().map(|p| (p.id, p.name)).collect::<Vec<_>>();
        Ok((rows, next, count, partner_list, product_list))
    })
    .await?;
    let query = values.query();
    let next = next.map(|c| format!("/deals?{query}{}after={}", if query.is_empty() { "" } else { "&" }, c.encode()));
    let listing =
        Listing { rows, count, next, filtered: values.any(), paged: !q.after.is_empty(), base: values.base(), sort: values.sort.clone() };
    if more {
        return render(StatusCode::OK, &MoreRows { ctx, listing, reviewer });
    }
    if fragment {
        return render(StatusCode::OK, &Results { ctx, listing, reviewer });
    }
    let statuses = DealStatus::ALL.iter().map(|s| Choice { value: s.as_str().into(), label: ctx.t(&s.message_id()) }).collect();
    let sorts =
        SortKey::ALL.iter().map(|s| Choice { value: s.as_str().into(), label: ctx.t(&format!("deal-sort-{}", s.as_str())) }).collect();
    let partners = partner_list.into_iter().map(|(id, name)| Choice { value: id.to_string(), label: name }).collect();
    let products = product_list.into_iter().map(|(id, name)| Choice { value: id.to_string(), label: name }).collect();
    render(StatusCode::OK, &ListPage { ctx, filters: values, statuses, partners, products, sorts, listing, query, reviewer })
}

async fn export(
    ctx: PageCtx,
    user: CurrentUser,
    tenant: CurrentTenant,
    q: web::Query<ListQuery>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    require_deals(&user)?;
    let viewer = Viewer::of(&user);
    let (filter, sort, _) = filter_of(&q, &tenant.0.settings.reporting_currency);
    let scope = user.scope;
    let rows = db::run(&state.pool, move |conn| {
        let mut all = Vec::new();
        let mut after = None;
        loop {
            let (rows, next) = model::list_full(conn, &viewer, &filter, sort, after.as_ref(), 1_000)?;
            all.extend(model::with_partner_names(conn, &scope, rows, |d| d.partner_org_id)?);
            match next {
                Some(c) if all.len() < 50_000 => after = Some(c),
                _ => break,
            }
        }
        let ids: Vec<i64> = all.iter().map(|(d, _)| d.id).collect();
        let products = model::product_names_of(conn, &scope, &ids)?;
        Ok((all, products))
    })
    .await?;
    let (rows, products) = rows;
    let header = vec![
        ctx.t("deal-field-id"),
        ctx.t("deal-field-partner"),
        ctx.t("deal-field-company"),
        ctx.t("deal-field-domain"),
        ctx.t("deal-field-country"),
        ctx.t("deal-field-contact"),
        ctx.t("deal-field-contact-email"),
        ctx.t("deal-field-value"),
        ctx.t("deal-field-currency"),
        ctx.t("deal-field-close"),
        ctx.t("deal-field-status"),
        ctx.t("deal-field-protected-until"),
        ctx.t("deal-field-created"),
        ctx.t("deal-field-products"),
        ctx.t("deals-needs-review"),
    ];
    let yes = ctx.t("csv-yes");
    // Every cell, header included (interface texts a tenant admin may
    // override), is neutralised by the one CSV writer.
    let mut table = vec![header];
    for (d, partner) in rows {
        let digits = i18n::currency_digits(&d.currency).unwrap_or(2);
        let value = if digits == 0 {
            d.value_minor.to_string()
        } else {
            format!("{}.{:0w$}", d.value_minor / 10i64.pow(digits), d.value_minor % 10i64.pow(digits), w = digits as usize)
        };
        table.push(vec![
            d.public_id.clone(),
            partner,
            d.customer_company.clone(),
            d.customer_domain.clone(),
            d.country.clone(),
            d.contact_name.clone(),
            d.contact_email.clone(),
            value,
            d.currency.clone(),
            d.expected_close.to_string(),
            d.status.clone(),
            d.protected_until.map(|p| p.format("%Y-%m-%d").to_string()).unwrap_or_default(),
            d.created_at.format("%Y-%m-%d %H:%M").to_string(),
            products.get(&d.id).map(|names| names.join(", ")).unwrap_or_default(),
            if d.needs_review != 0 { yes.clone() } else { String::new() },
        ]);
    }
    Ok(crate::web::csv::attachment(crate::web::csv::write_for_spreadsheets(&table)?, "deals.csv"))
}

// ---- registering and editing ----

async fn products_for(state: &AppState, user: &CurrentUser) -> Result<Vec<model::Product>, AppError> {
    let scope = user.scope;
    db::run(&state.pool, move |conn| Ok(model::products(conn, &scope, true)?)).await
}

async fn new_page(ctx: PageCtx, user: CurrentUser, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    user.require(Permission::RegisterDeals)?;
    let products = products_for(&state, &user).await?;
    let form = DealForm { currency: "USD".into(), ..DealForm::default() };
    render(StatusCode::OK, &FormPage::new(ctx, None, form, products))
}

fn today() -> NaiveDate {
    chrono::Utc::now().date_naive()
}

async fn create(
    ctx: PageCtx,
    user: CurrentUser,
    tenant: CurrentTenant,
    body: web::Bytes,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    user.require(Permission::RegisterDeals)?;
    let form = DealForm::parse(&body);
    let input = match form.validate(ctx.translator(), today()) {
        Ok(input) => input,
        Err(errors) => {
            let products = products_for(&state, &user).await?;
            return render(StatusCode::UNPROCESSABLE_ENTITY, &FormPage { errors, ..FormPage::new(ctx, None, form, products) });
        }
    };
    let submit = form.action == "submit";
    let (app, u, slug) = (state.clone(), user.0.clone(), tenant.0.tenant.slug.clone());
    let outcome =
        db::run(&state.pool, move |conn| service::create(conn, &u, &input, submit, &Context { config: &app.config, slug: &slug })).await?;
    match outcome {
        DealOutcome::Done(deal) => {
            let message = if submit { "deal-flash-submitted" } else { "deal-flash-saved" };
            Ok(see_other(&format!("/deals/{}", deal.public_id), Flash::success(message)))
        }
        DealOutcome::Refused(e) => {
            let alert = Some(error_message(&ctx, &e));
            let products = products_for(&state, &user).await?;
            render(StatusCode::CONFLICT, &FormPage { alert, ..FormPage::new(ctx, None, form, products) })
        }
    }
}

#[derive(Deserialize)]
pub struct CheckForm {
    #[serde(default)]
    customer_company: String,
    #[serde(default)]
    customer_domain: String,
}

/// Before submitting, a partner learns whether the registration will need
/// review — never with whom it collides (TEN-14).
async fn check(ctx: PageCtx, user: CurrentUser, form: web::Form<CheckForm>, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    user.require(Permission::RegisterDeals)?;
    let scope = user.scope;
    let (company, domain) =
        (form.customer_company.chars().take(200).collect::<String>(), form.customer_domain.chars().take(200).collect::<String>());
    let user_id = user.user.id;
    let conflict = db::run(&state.pool, move |conn| service::check_conflict(conn, &scope, user_id, &company, &domain)).await?;
    match conflict {
        Some(conflict) => render(StatusCode::OK, &ConflictHint { ctx, conflict }),
        // The hint is advice (the real check happens on submit); no answer
        // past the limit keeps it from becoming an oracle of the pipeline.
        None => Err(AppError::TooManyRequests),
    }
}

async fn load(state: &AppState, user: &CurrentUser, public_id: String) -> Result<model::Deal, AppError> {
    let viewer = Viewer::of(user);
    db::run(&state.pool, move |conn| model::find(conn, &viewer, &public_id)?.ok_or(AppError::NotFound)).await
}

async fn edit_page(ctx: PageCtx, user: CurrentUser, id: web::Path<String>, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    user.require(Permission::RegisterDeals)?;
    let deal = load(&state, &user, id.into_inner()).await?;
    if !matches!(deal.status(), DealStatus::Draft | DealStatus::InfoRequested) {
        return Err(AppError::Conflict);
    }
    let scope = user.scope;
    let deal_id = deal.id;
    let chosen = db::run(&state.pool, move |conn| Ok(model::deal_product_ids(conn, &scope, deal_id)?)).await?;
    let digits = i18n::currency_digits(&deal.currency).unwrap_or(2);
    let value = if digits == 0 {
        deal.value_minor.to_string()
    } else {
        format!("{}.{:0w$}", deal.value_minor / 10i64.pow(digits), deal.value_minor % 10i64.pow(digits), w = digits as usize)
    };
    let form = DealForm {
        customer_company: deal.customer_company.clone(),
        customer_domain: deal.customer_domain.clone(),
        country: deal.country.clone(),
        contact_name: deal.contact_name.clone(),
        contact_email: deal.contact_email.clone(),
        value,
        currency: deal.currency.clone(),
        expected_close: deal.expected_close.to_string(),
        description: deal.description.clone(),
        products: chosen,
        ..DealForm::default()
    };
    let products = products_for(&state, &user).await?;
    let resubmit = deal.status() == DealStatus::InfoRequested;
    render(StatusCode::OK, &FormPage { resubmit, ..FormPage::new(ctx, Some(deal.public_id), form, products) })
}

async fn update(
    ctx: PageCtx,
    user: CurrentUser,
    tenant: CurrentTenant,
    id: web::Path<String>,
    body: web::Bytes,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    user.require(Permission::RegisterDeals)?;
    let public_id = id.into_inner();
    let deal = load(&state, &user, public_id.clone()).await?;
    let form = DealForm::parse(&body);
    let resubmit = deal.status() == DealStatus::InfoRequested;
    let input = match form.validate(ctx.translator(), today()) {
        Ok(input) => input,
        Err(errors) => {
            let products = products_for(&state, &user).await?;
            return render(
                StatusCode::UNPROCESSABLE_ENTITY,
                &FormPage { errors, resubmit, ..FormPage::new(ctx, Some(public_id), form, products) },
            );
        }
    };
    let then = match (form.action.as_str(), deal.status()) {
        ("submit", DealStatus::Draft) => Some(DealAction::Submit),
        ("submit", DealStatus::InfoRequested) => Some(DealAction::Resubmit),
        _ => None,
    };
    let (app, u, slug, pid) = (state.clone(), user.0.clone(), tenant.0.tenant.slug.clone(), public_id.clone());
    let outcome =
        db::run(&state.pool, move |conn| service::update(conn, &u, &pid, &input, then, &Context { config: &app.config, slug: &slug }))
            .await?;
    match outcome {
        DealOutcome::Done(deal) => Ok(see_other(
            &format!("/deals/{}", deal.public_id),
            Flash::success(if then.is_some() { "deal-flash-submitted" } else { "deal-flash-saved" }),
        )),
        DealOutcome::Refused(e) => {
            let alert = Some(error_message(&ctx, &e));
            let products = products_for(&state, &user).await?;
            render(StatusCode::CONFLICT, &FormPage { alert, resubmit, ..FormPage::new(ctx, Some(public_id), form, products) })
        }
    }
}

// ---- the deal page ----

/// A refused step on the deal page: why (an alert, or a message per field),
/// and what was typed.
#[derive(Default)]
struct Refusal {
    alert: Option<String>,
    errors: FieldErrors,
    resolving: Resolving,
}

impl Refusal {
    fn alert(text: String) -> Self {
        Refusal { alert: Some(text), ..Refusal::default() }
    }
}

async fn detail_page(
    ctx: PageCtx,
    user: &CurrentUser,
    public_id: String,
    refusal: Refusal,
    status: StatusCode,
    state: &AppState,
) -> Result<HttpResponse, AppError> {
    let deal = load(state, user, public_id).await?;
    let reviewer = reviews_deals(user);
    let staff = user.role.is_vendor_staff();
    let scope = user.scope.tenant_only();
    let d = deal.clone();
    let (partner, products, timeline, conflicts, review_days) = db::run(&state.pool, move |conn| {
        let review_days = crate::tenancy::model::settings(conn, &scope)?.review_target_days;
        let partner = model::partner_name(conn, &scope, d.partner_org_id)?;
        let chosen = model::deal_product_ids(conn, &scope, d.id)?;
        let products = model::products(conn, &scope, false)?.into_iter().filter(|p| chosen.contains(&p.id)).map(|p| p.name).collect();
        let timeline: Vec<TimelineEntry> = model::timeline(conn, &scope, d.id)?
            .into_iter()
            .map(|(mut event, actor)| {
                // Internal notes are for vendor staff: a partner's page never carries them.
                if !staff {
                    event.internal_note.clear();
                }
                TimelineEntry { event, actor }
            })
            .collect();
        // Only vendor staff ever see other deals (TEN-14).
        let conflicts = if reviewer && d.status().is_open() {
            service::conflicts(conn, &scope, &d.company_key, &d.domain_key, d.partner_org_id, d.id)?
        } else {
            Vec::new()
        };
        Ok((partner, products, timeline, conflicts, review_days))
    })
    .await?;
    // The partner is told by when to expect a decision.
    let review_by = (!reviewer && deal.status() == DealStatus::Submitted)
        .then(|| timeline.iter().rev().find(|t: &&TimelineEntry| t.event.to_status.as_deref() == Some(DealStatus::Submitted.as_str())))
        .flatten()
        .map(|t| service::review_due(t.event.created_at, review_days))
        .and_then(|day| day.and_hms_opt(0, 0, 0))
        .map(|day| ctx.t_with2("deal-review-by", "portal", ctx.portal_name(), "date", ctx.format_date(day)));
    let actions: Vec<DealAction> =
        DealAction::ALL.into_iter().filter(|a| a.target(deal.status()).is_some() && a.allowed_for(user.role)).collect();
    let can_edit = user.can(Permission::RegisterDeals) && matches!(deal.status(), DealStatus::Draft | DealStatus::InfoRequested);
    let can_request_extension =
        user.can(Permission::RegisterDeals) && deal.status() == DealStatus::Approved && deal.extension_requested == 0;
    let can_decide_extension = reviewer && deal.status() == DealStatus::Approved && deal.extension_requested != 0;
    render(
        status,
        &DetailPage {
            ctx,
            deal,
            partner,
            products,
            timeline,
            actions,
            can_edit,
            can_request_extension,
            can_decide_extension,
            conflicts,
            reviewer,
            review_by,
            alert: refusal.alert,
            errors: refusal.errors,
            resolving: refusal.resolving,
        },
    )
}

async fn detail(ctx: PageCtx, user: CurrentUser, id: web::Path<String>, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    require_deals(&user)?;
    detail_page(ctx, &user, id.into_inner(), Refusal::default(), StatusCode::OK, &state).await
}

#[derive(Deserialize)]
pub struct TransitionForm {
    #[serde(default)]
    action: String,
    /// The message to the partner.
    #[serde(default)]
    comment: String,
    /// Vendor staff only.
    #[serde(default)]
    internal_note: String,
}

async fn transition(
    ctx: PageCtx,
    user: CurrentUser,
    tenant: CurrentTenant,
    hx: HxRequest,
    id: web::Path<String>,
    form: web::Form<TransitionForm>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    require_deals(&user)?;
    let public_id = id.into_inner();
    let action = DealAction::parse(&form.action).ok_or(AppError::BadRequest)?;
    // An inline action shows no field messages: controls are dropped, not refused.
    let comment: String = validate::without_controls(form.comment.trim()).chars().take(2_000).collect();
    let note: String = validate::without_controls(form.internal_note.trim()).chars().take(2_000).collect();
    let (app, u, slug, pid) = (state.clone(), user.0.clone(), tenant.0.tenant.slug.clone(), public_id.clone());
    let outcome = db::run(&state.pool, move |conn| {
        let words = service::Words { message: &comment, internal_note: &note };
        service::transition(conn, &u, &pid, action, &words, &Context { config: &app.config, slug: &slug })
    })
    .await?;
    match outcome {
        DealOutcome::Done(deal) if hx.wants_fragment() => {
            // Inline decisions in the list swap the row in place.
            let scope = user.scope;
            let org = deal.partner_org_id;
            let partner = db::run(&state.pool, move |conn| Ok(model::partner_name(conn, &scope, org)?)).await?;
            render(StatusCode::OK, &RowFragment { ctx, row: DealRow { deal: (&*deal).into(), partner }, reviewer: true, refused: None })
        }
        DealOutcome::Refused(e) if hx.wants_fragment() => {
            // The row comes back as it stands, with why, in place (422).
            let refused = Some(error_message(&ctx, &e));
            let deal = load(&state, &user, public_id).await?;
            let (scope, org) = (user.scope, deal.partner_org_id);
            let partner = db::run(&state.pool, move |conn| Ok(model::partner_name(conn, &scope, org)?)).await?;
            let row = DealRow { deal: (&deal).into(), partner };
            render(StatusCode::UNPROCESSABLE_ENTITY, &RowFragment { ctx, row, reviewer: true, refused })
        }
        DealOutcome::Done(deal) => {
            Ok(see_other(&format!("/deals/{}", deal.public_id), Flash::success(&format!("deal-flash-{}", action.as_str()))))
        }
        DealOutcome::Refused(e) => {
            let refusal = Refusal::alert(error_message(&ctx, &e));
            detail_page(ctx, &user, public_id, refusal, StatusCode::CONFLICT, &state).await
        }
    }
}

/// `POST /deals/{id}/resolve`: the conflict set of this deal decided in
/// one step: the deal named `winner` approved, the others waiting for
/// review rejected, each with its `reason-<id>` as the message to its
/// partner; `internal_note` goes on every decision.
async fn resolve(
    ctx: PageCtx,
    user: CurrentUser,
    tenant: CurrentTenant,
    id: web::Path<String>,
    form: web::Form<Vec<(String, String)>>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    user.require(Permission::ReviewDeals)?;
    let from = id.into_inner();
    let clean = |v: &str| -> String { validate::without_controls(v.trim()).chars().take(2_000).collect() };
    let field = |name: &str| form.iter().find(|(k, _)| k == name).map(|(_, v)| clean(v)).unwrap_or_default();
    let winner = field("winner");
    let resolving = Resolving {
        reasons: form.iter().filter_map(|(k, v)| k.strip_prefix("reason-").map(|id| (id.to_string(), clean(v)))).collect(),
        internal_note: field("internal_note"),
    };
    let (app, u, slug, pid) = (state.clone(), user.0.clone(), tenant.0.tenant.slug.clone(), from.clone());
    let (reasons, note) = (resolving.reasons.clone(), resolving.internal_note.clone());
    let outcome = db::run(&state.pool, move |conn| {
        service::resolve_conflict(conn, &u, &pid, &winner, &reasons, &note, &Context { config: &app.config, slug: &slug })
    })
    .await?;
    match outcome {
        Resolution::Done { approved, .. } => {
            Ok(see_other(&format!("/deals/{}", approved.public_id), Flash::success("deal-flash-resolved")))
        }
        Resolution::MissingReasons(ids) => {
            let mut errors = FieldErrors::new();
            for id in ids {
                errors.add(format!("reason-{id}"), ctx.t("deal-conflict-reason-required"));
            }
            let refusal = Refusal { alert: None, errors, resolving };
            detail_page(ctx, &user, from, refusal, StatusCode::UNPROCESSABLE_ENTITY, &state).await
        }
        Resolution::Refused(e) => {
            let refusal = Refusal { alert: Some(error_message(&ctx, &e)), errors: FieldErrors::new(), resolving };
            detail_page(ctx, &user, from, refusal, StatusCode::CONFLICT, &state).await
        }
    }
}

async fn request_extension(
    ctx: PageCtx,
    user: CurrentUser,
    tenant: CurrentTenant,
    id: web::Path<String>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    user.require(Permission::RegisterDeals)?;
    let public_id = id.into_inner();
    let (app, u, slug, pid) = (state.clone(), user.0.clone(), tenant.0.tenant.slug.clone(), public_id.clone());
    let outcome =
        db::run(&state.pool, move |conn| service::request_extension(conn, &u, &pid, &Context { config: &app.config, slug: &slug })).await?;
    match outcome {
        DealOutcome::Done(deal) => Ok(see_other(&format!("/deals/{}", deal.public_id), Flash::success("deal-flash-extension-requested"))),
        DealOutcome::Refused(e) => {
            let refusal = Refusal::alert(error_message(&ctx, &e));
            detail_page(ctx, &user, public_id, refusal, StatusCode::CONFLICT, &state).await
        }
    }
}

#[derive(Deserialize)]
pub struct ExtensionDecision {
    #[serde(default)]
    decision: String,
}

async fn decide_extension(
    ctx: PageCtx,
    user: CurrentUser,
    tenant: CurrentTenant,
    id: web::Path<String>,
    form: web::Form<ExtensionDecision>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    user.require(Permission::ReviewDeals)?;
    let grant = match form.decision.as_str() {
        "grant" => true,
        "refuse" => false,
        _ => return Err(AppError::BadRequest),
    };
    let public_id = id.into_inner();
    let (app, u, slug, pid) = (state.clone(), user.0.clone(), tenant.0.tenant.slug.clone(), public_id.clone());
    let outcome =
        db::run(&state.pool, move |conn| service::decide_extension(conn, &u, &pid, grant, &Context { config: &app.config, slug: &slug }))
            .await?;
    match outcome {
        DealOutcome::Done(deal) => Ok(see_other(
            &format!("/deals/{}", deal.public_id),
            Flash::success(if grant { "deal-flash-extension-granted" } else { "deal-flash-extension-refused" }),
        )),
        DealOutcome::Refused(e) => {
            let refusal = Refusal::alert(error_message(&ctx, &e));
            detail_page(ctx, &user, public_id, refusal, StatusCode::CONFLICT, &state).await
        }
    }
}

// ---- notifications ----

async fn notifications_page(ctx: PageCtx, user: CurrentUser, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    let (scope, uid) = (user.scope, user.user.id);
    let items = db::run(&state.pool, move |conn| Ok(notifications::recent(conn, &scope, uid, 100)?)).await?;
    let items = items
        .into_iter()
        .map(|n| NotificationView {
            id: n.id,
            text: notifications::text(ctx.translator(), &n.message_key, &n.args),
            link: if n.link.starts_with('/') && !n.link.starts_with("//") { n.link } else { "/".into() },
            when: ctx.format_datetime(n.created_at),
            unread: n.read_at.is_none(),
        })
        .collect();
    render(StatusCode::OK, &NotificationsPage { ctx, items })
}

async fn mark_read(user: CurrentUser, id: web::Path<i64>, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    let (scope, uid, id) = (user.scope, user.user.id, id.into_inner());
    db::run(&state.pool, move |conn| Ok(db::transaction(conn, |c| notifications::mark_read(c, &scope, uid, Some(id)))?)).await?;
    Ok(HttpResponse::SeeOther().insert_header((header::LOCATION, "/notifications")).finish())
}

async fn mark_all_read(user: CurrentUser, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    let (scope, uid) = (user.scope, user.user.id);
    db::run(&state.pool, move |conn| Ok(db::transaction(conn, |c| notifications::mark_read(c, &scope, uid, None))?)).await?;
    Ok(HttpResponse::SeeOther().insert_header((header::LOCATION, "/notifications")).finish())
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    crate::web::routes::Routes::new(cfg)
        .get("/deals", list)
        .get("/deals.csv", export)
        .get("/deals/new", new_page)
        .post("/deals", create)
        .post("/deals/check", check)
        .get("/deals/analytics", crate::portal::analytics::page)
        .get("/deals/{id}", detail)
        .get("/deals/{id}/edit", edit_page)
        .post("/deals/{id}", update)
        .post("/deals/{id}/transition", transition)
        .post("/deals/{id}/resolve", resolve)
        .post("/deals/{id}/extension", request_extension)
        .post("/deals/{id}/extension/decide", decide_extension)
        .get("/notifications", notifications_page)
        .post("/notifications/{id}/read", mark_read)
        .post("/notifications/read-all", mark_all_read);
}
