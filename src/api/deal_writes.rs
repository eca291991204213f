//! Deals written through the API: registering one for a partner
//! organisation, changing its fields, and moving it through the state
//! machine. Each goes through the deal service the pages use — the same
//! validation (in the request's language), tier rules, conflict checks,
//! mail and audit log — with the token named on the timeline.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;
use utoipa::ToSchema;

use super::auth::ApiCaller;
use super::deals::DealOut;
use crate::db::{self, AnyConnection};
use crate::deals::forms::DealForm;
use crate::deals::model::{self, Deal, Viewer};
use crate::deals::service::{self, Context, DealError, DealOutcome};
use crate::deals::state::{DealAction, Side};
use crate::error::AppError;
use crate::i18n::Translator;
use crate::identity::auth::AuthUser;
use crate::state::AppState;
use crate::web::api::{Problem, ProblemOut, answer, json_response, parse_json};

/// The deal form's fields as the API names them.
const FIELDS: &[(&str, &str)] = &[
    ("customer_company", "customer.company"),
    ("customer_domain", "customer.domain"),
    ("country", "customer.country"),
    ("contact_name", "customer.contact_name"),
    ("contact_email", "customer.contact_email"),
    ("value", "value.amount_minor"),
    ("currency", "value.currency"),
];

/// The customer a deal is for.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CustomerIn {
    #[schema(max_length = 200, example = "Fabrikam Ltd")]
    company: String,
    /// The customer's web domain (`fabrikam.example`); conflicts are found by it.
    #[schema(max_length = 200, example = "fabrikam.example")]
    domain: String,
    /// ISO 3166-1 alpha-2.
    #[schema(pattern = "^[A-Za-z]{2}$", example = "DE")]
    country: String,
    #[schema(max_length = 120)]
    contact_name: String,
    #[schema(format = Email)]
    contact_email: String,
}

/// An amount of money: integer minor units of the currency.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MoneyIn {
    /// Cents, yen…: at least 1, at most ten billion whole units.
    #[schema(minimum = 1, example = 1250000)]
    amount_minor: i64,
    #[schema(pattern = "^(USD|EUR|GBP|JPY|CHF|CAD|AUD)$", example = "EUR")]
    currency: String,
}

/// A deal to register for a partner organisation.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewDeal {
    /// The partner organisation registering it.
    partner_id: i64,
    /// The partner user it is registered by; by default the organisation's
    /// first active partner admin.
    submitted_by: Option<i64>,
    customer: CustomerIn,
    value: MoneyIn,
    /// YYYY-MM-DD, from a month ago to five years ahead.
    #[schema(format = Date)]
    expected_close: String,
    #[serde(default)]
    #[schema(max_length = 5000)]
    description: String,
    /// Product ids (see `/products`); unknown and inactive ones are left out.
    #[serde(default)]
    product_ids: Vec<i64>,
    /// Submit it for review at once (the default), or keep it as a draft.
    #[serde(default = "yes")]
    submit: bool,
}

fn yes() -> bool {
    true
}

/// The fields to change on a draft, or on a deal the vendor asked more
/// information about; what is left out stays.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DealChanges {
    customer: Option<CustomerChanges>,
    value: Option<MoneyIn>,
    #[schema(format = Date)]
    expected_close: Option<String>,
    #[schema(max_length = 5000)]
    description: Option<String>,
    product_ids: Option<Vec<i64>>,
}

/// The customer's fields to change.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CustomerChanges {
    #[schema(max_length = 200)]
    company: Option<String>,
    #[schema(max_length = 200)]
    domain: Option<String>,
    #[schema(pattern = "^[A-Za-z]{2}$")]
    country: Option<String>,
    #[schema(max_length = 120)]
    contact_name: Option<String>,
    #[schema(format = Email)]
    contact_email: Option<String>,
}

/// A step of the state machine.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Transition {
    /// `submit` and `resubmit` are taken for the partner (as the deal's
    /// submitter); `approve`, `reject`, `request_info`, `win` and `lose` as
    /// vendor staff.
    #[schema(pattern = "^(submit|approve|reject|request_info|resubmit|win|lose)$", example = "approve")]
    action: String,
    /// The message to the partner: required to reject and to ask for information.
    #[serde(default)]
    #[schema(max_length = 2000)]
    comment: String,
    /// A note only vendor staff ever see (never the partner, on no page and
    /// in no e-mail); kept on the vendor's decisions only.
    #[serde(default)]
    #[schema(max_length = 2000)]
    internal_note: String,
}

/// The `Idempotency-Key` header: the same key twice (from the same token,
/// for the same partner user) registers one deal. Any printable key is
/// kept as its SHA-256, the shape the one-time form keys take.
fn idempotency_key(req: &HttpRequest) -> Result<Option<String>, Problem> {
    let Some(value) = req.headers().get("idempotency-key") else { return Ok(None) };
    match value.to_str() {
        Ok(text) if (1..=255).contains(&text.len()) && text.bytes().all(|b| (b'!'..=b'~').contains(&b)) => {
            use sha2::Digest;
            Ok(Some(hex::encode(sha2::Sha256::digest(text.as_bytes()))))
        }
        _ => Err(Problem::new(
            StatusCode::BAD_REQUEST,
            "invalid-idempotency-key",
            "Invalid Idempotency-Key",
            "Use 1 to 255 printable ASCII characters (a UUID will do).",
        )),
    }
}

/// A rule of the deal service refused the step.
fn refused(t: &Translator, error: DealError) -> Problem {
    let max = |n: i32| n.to_string();
    match error {
        DealError::NotAllowed => Problem::conflict("transition-not-allowed", "Not allowed now", t.t("deal-error-not-allowed")),
        DealError::TooManyOpen(n) => {
            Problem::conflict("too-many-open-deals", "Too many open deals", t.t_args("deal-error-too-many-open", &[("max", &max(n))]))
        }
        DealError::TooManyDrafts(n) => {
            Problem::conflict("too-many-drafts", "Too many drafts", t.t_args("deal-error-too-many-drafts", &[("max", &max(n))]))
        }
        DealError::PartnerInactive => Problem::conflict("partner-inactive", "Partner inactive", t.t("deal-error-partner-inactive")),
        DealError::CommentRequired => Problem::invalid_field("comment", &t.t("deal-error-comment-required")),
    }
}

/// The deal as the answer, with its partner's name.
fn answered(conn: &mut AnyConnection, caller: &ApiCaller, outcome: DealOutcome) -> Result<Result<DealOut, Problem>, AppError> {
    match outcome {
        DealOutcome::Done(deal) => {
            let name = model::partner_name(conn, &caller.scope, deal.partner_org_id)?;
            Ok(Ok(DealOut::of(&deal, name)))
        }
        DealOutcome::Refused(error) => Ok(Err(refused(&caller.translator, error))),
    }
}

/// The partner user a deal's partner-side step is taken as: its submitter
/// while active, else the organisation's partner admin.
fn partner_side(conn: &mut AnyConnection, caller: &ApiCaller, deal: &Deal) -> Result<Result<AuthUser, Problem>, AppError> {
    if let Err(p) = caller.require_write() {
        return Ok(Err(p));
    }
    match caller.on_behalf(conn, deal.partner_org_id, Some(deal.submitted_by))? {
        Ok(user) => Ok(Ok(user)),
        Err(_) => caller.on_behalf(conn, deal.partner_org_id, None),
    }
}

/// Whether `deal` is the one `input` describes (what a retry sends again).
fn same_deal(deal: &Deal, input: &service::DealInput, partner: i64) -> bool {
    deal.partner_org_id == partner
        && deal.customer_company == input.customer_company
        && deal.customer_domain == input.customer_domain
        && deal.value_minor == input.value_minor
        && deal.currency == input.currency
        && deal.expected_close == input.expected_close
}

fn today() -> chrono::NaiveDate {
    chrono::Utc::now().date_naive()
}

/// Register a deal for a partner organisation.
#[utoipa::path(post, path = "/api/v1/deals", operation_id = "createDeal", tag = "deals", request_body = NewDeal,
    params(("Idempotency-Key" = Option<String>, Header, pattern = "^[!-~]{1,255}$", description = "The same key twice registers one deal (1–255 printable ASCII characters; a UUID will do)")),
    responses(
        (status = 201, description = "The deal, registered (and submitted, unless `submit` was false)", body = DealOut),
        (status = 400, description = "Not JSON of this shape, or a bad Idempotency-Key", body = ProblemOut, content_type = "application/problem+json"),
        (status = 401, description = "No live token of this portal", body = ProblemOut, content_type = "application/problem+json"),
        (status = 403, description = "A read-only token, or its maker is no longer active staff, or the plan's limit", body = ProblemOut, content_type = "application/problem+json"),
        (status = 404, description = "No such partner organisation in this portal", body = ProblemOut, content_type = "application/problem+json"),
        (status = 409, description = "A tier or portal rule refused it (open deals, drafts, an inactive partner), or the Idempotency-Key registered another deal", body = ProblemOut, content_type = "application/problem+json"),
        (status = 422, description = "A field was refused (see `errors`)", body = ProblemOut, content_type = "application/problem+json"),
        (status = 429, description = "Past the token's rate limit: see Retry-After", body = ProblemOut, content_type = "application/problem+json")))]
pub async fn create(caller: ApiCaller, req: HttpRequest, body: web::Bytes, state: web::Data<AppState>) -> HttpResponse {
    answer(
        async move {
            caller.require_write()?;
            let new: NewDeal = parse_json(&body)?;
            let form = DealForm {
                customer_company: new.customer.company,
                customer_domain: new.customer.domain,
                country: new.customer.country,
                contact_name: new.customer.contact_name,
                contact_email: new.customer.contact_email,
                value_minor: Some(new.value.amount_minor),
                currency: new.value.currency,
                expected_close: new.expected_close,
                description: new.description,
                products: new.product_ids,
                form_key: idempotency_key(&req)?.unwrap_or_default(),
                ..DealForm::default()
            };
            let input = super::country_code_only(form.validate(&caller.translator, today()), &form.country, &caller.translator)
                .map_err(|e| Problem::invalid_body(&e, FIELDS))?;
            let (partner, submitted_by, submit) = (new.partner_id, new.submitted_by, new.submit);
            let app = state.clone();
            db::run(&state.pool, move |conn| {
                let user = match caller.on_behalf(conn, partner, submitted_by)? {
                    Ok(user) => user,
                    Err(p) => return Ok(Err(p)),
                };
                let ctx = Context { config: &app.config, slug: &caller.slug };
                let outcome = service::create(conn, &user, &input, submit, &ctx)?;
                // A key sent again answers with its first deal; with another body it is a mistake.
                if let DealOutcome::Done(deal) = &outcome
                    && input.form_key.is_some()
                    && !same_deal(deal, &input, partner)
                {
                    return Ok(Err(Problem::conflict(
                        "idempotency-key-reused",
                        "Idempotency-Key reused",
                        "This Idempotency-Key registered another deal; use a new key for a new deal.",
                    )));
                }
                answered(conn, &caller, outcome)
            })
            .await
            .map_err(Problem::from)?
            .map(|deal| json_response(StatusCode::CREATED, &deal))
        }
        .await,
    )
}

/// Change a draft, or a deal the vendor asked more information about.
#[utoipa::path(patch, path = "/api/v1/deals/{id}", operation_id = "updateDeal", tag = "deals", request_body = DealChanges,
    params(("id" = String, Path, description = "The deal's id")),
    responses(
        (status = 200, description = "The deal, changed", body = DealOut),
        (status = 400, description = "Not JSON of this shape", body = ProblemOut, content_type = "application/problem+json"),
        (status = 401, description = "No live token of this portal", body = ProblemOut, content_type = "application/problem+json"),
        (status = 403, description = "A read-only token", body = ProblemOut, content_type = "application/problem+json"),
        (status = 404, description = "No such deal in this portal", body = ProblemOut, content_type = "application/problem+json"),
        (status = 409, description = "Only drafts and deals asked for information can be changed", body = ProblemOut, content_type = "application/problem+json"),
        (status = 422, description = "A field was refused (see `errors`)", body = ProblemOut, content_type = "application/problem+json"),
        (status = 429, description = "Past the token's rate limit: see Retry-After", body = ProblemOut, content_type = "application/problem+json")))]
pub async fn update(caller: ApiCaller, id: web::Path<String>, body: web::Bytes, state: web::Data<AppState>) -> HttpResponse {
    answer(
        async move {
            caller.require_write()?;
            let changes: DealChanges = parse_json(&body)?;
            let id = id.into_inner();
            let app = state.clone();
            db::run(&state.pool, move |conn| {
                let Some(deal) = model::find(conn, &Viewer::tenant(caller.scope), &id)? else { return Ok(Err(Problem::not_found())) };
                let products = model::deal_product_ids(conn, &caller.scope, deal.id)?;
                let form = changed_form(&deal, products, changes);
                let input = match super::country_code_only(form.validate(&caller.translator, today()), &form.country, &caller.translator) {
                    Ok(input) => input,
                    Err(e) => return Ok(Err(Problem::invalid_body(&e, FIELDS))),
                };
                let user = match partner_side(conn, &caller, &deal)? {
                    Ok(user) => user,
                    Err(p) => return Ok(Err(p)),
                };
                let ctx = Context { config: &app.config, slug: &caller.slug };
                let outcome = service::update(conn, &user, &deal.public_id, &input, None, &ctx)?;
                answered(conn, &caller, outcome)
            })
            .await
            .map_err(Problem::from)?
            .map(|deal| json_response(StatusCode::OK, &deal))
        }
        .await,
    )
}

/// The deal's form as it stands, with the changes sent.
fn changed_form(deal: &Deal, products: Vec<i64>, changes: DealChanges) -> DealForm {
    let customer =
        changes.customer.unwrap_or(CustomerChanges { company: None, domain: None, country: None, contact_name: None, contact_email: None });
    let (value_minor, currency) = match changes.value {
        Some(v) => (v.amount_minor, v.currency),
        None => (deal.value_minor, deal.currency.clone()),
    };
    DealForm {
        customer_company: customer.company.unwrap_or_else(|| deal.customer_company.clone()),
        customer_domain: customer.domain.unwrap_or_else(|| deal.customer_domain.clone()),
        country: customer.country.unwrap_or_else(|| deal.country.clone()),
        contact_name: customer.contact_name.unwrap_or_else(|| deal.contact_name.clone()),
        contact_email: customer.contact_email.unwrap_or_else(|| deal.contact_email.clone()),
        value_minor: Some(value_minor),
        currency,
        expected_close: changes.expected_close.unwrap_or_else(|| deal.expected_close.format("%Y-%m-%d").to_string()),
        description: changes.description.unwrap_or_else(|| deal.description.clone()),
        products: changes.product_ids.unwrap_or(products),
        ..DealForm::default()
    }
}

/// Move a deal through review: submit, approve, reject, ask for information, resubmit, win or lose.
#[utoipa::path(post, path = "/api/v1/deals/{id}/transitions", operation_id = "transitionDeal", tag = "deals", request_body = Transition,
    params(("id" = String, Path, description = "The deal's id")),
    responses(
        (status = 200, description = "The deal after the step", body = DealOut),
        (status = 400, description = "Not JSON of this shape", body = ProblemOut, content_type = "application/problem+json"),
        (status = 401, description = "No live token of this portal", body = ProblemOut, content_type = "application/problem+json"),
        (status = 403, description = "A read-only token, or its maker is no longer active staff", body = ProblemOut, content_type = "application/problem+json"),
        (status = 404, description = "No such deal in this portal", body = ProblemOut, content_type = "application/problem+json"),
        (status = 409, description = "Not a step the deal's status allows, or a tier rule refused it", body = ProblemOut, content_type = "application/problem+json"),
        (status = 422, description = "An unknown action, or a reason missing (see `errors`)", body = ProblemOut, content_type = "application/problem+json"),
        (status = 429, description = "Past the token's rate limit: see Retry-After", body = ProblemOut, content_type = "application/problem+json")))]
pub async fn transition(caller: ApiCaller, id: web::Path<String>, body: web::Bytes, state: web::Data<AppState>) -> HttpResponse {
    answer(
        async move {
            caller.require_write()?;
            let step: Transition = parse_json(&body)?;
            let action = DealAction::parse(step.action.trim())
                .filter(|a| *a != DealAction::Expire)
                .ok_or_else(|| Problem::invalid_field("action", "Use submit, approve, reject, request_info, resubmit, win or lose."))?;
            let mut errors = crate::validate::FieldErrors::new();
            let comment = crate::validate::optional_text(&caller.translator, &mut errors, "comment", &step.comment, 2_000);
            let note = crate::validate::optional_text(&caller.translator, &mut errors, "internal_note", &step.internal_note, 2_000);
            if !errors.is_empty() {
                return Err(Problem::invalid_body(&errors, &[]));
            }
            let id = id.into_inner();
            let app = state.clone();
            db::run(&state.pool, move |conn| {
                let Some(deal) = model::find(conn, &Viewer::tenant(caller.scope), &id)? else { return Ok(Err(Problem::not_found())) };
                let who = match action.side() {
                    Side::Partner if matches!(action, DealAction::Submit | DealAction::Resubmit) => partner_side(conn, &caller, &deal)?,
                    _ => caller.staff(conn)?,
                };
                let user = match who {
                    Ok(user) => user,
                    Err(p) => return Ok(Err(p)),
                };
                let ctx = Context { config: &app.config, slug: &caller.slug };
                let words = service::Words { message: &comment, internal_note: &note };
                let outcome = service::transition(conn, &user, &deal.public_id, action, &words, &ctx)?;
                answered(conn, &caller, outcome)
            })
            .await
            .map_err(Problem::from)?
            .map(|deal| json_response(StatusCode::OK, &deal))
        }
        .await,
    )
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    crate::web::routes::Routes::new(cfg)
        .post("/api/v1/deals", create)
        .patch("/api/v1/deals/{id}", update)
        .post("/api/v1/deals/{id}/transitions", transition);
}
