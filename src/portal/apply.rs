//! The public "Become a partner" form: anyone may apply on a tenant's
//! portal; a honeypot field and a per-address limit keep bots out.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use crate::db;
use crate::error::AppError;
use crate::partners::recruitment::{self, NewApplication, Submitted};
use crate::state::AppState;
use crate::tenancy::form_keys::{self, FormKey, Once};
use crate::validate::{self, FieldErrors};
use crate::web::client::client_ip;
use crate::web::ctx::PageCtx;
use crate::web::extract::CurrentTenant;
use crate::web::render::render;

#[derive(Default, Deserialize, Clone)]
pub struct ApplicationForm {
    #[serde(default)]
    company: String,
    #[serde(default)]
    website: String,
    #[serde(default)]
    country: String,
    #[serde(default)]
    contact_name: String,
    #[serde(default)]
    contact_email: String,
    #[serde(default)]
    message: String,
    /// The honeypot: invisible to people, filled in by bots.
    #[serde(default)]
    fax: String,
    #[serde(default)]
    form_key: String,
}

impl ApplicationForm {
    pub fn validate(&self, t: &crate::i18n::Translator) -> Result<NewApplication, FieldErrors> {
        let mut errors = FieldErrors::new();
        let company = validate::required_text(t, &mut errors, "company", &self.company, 120);
        let website = validate::website(t, &mut errors, "website", &self.website);
        let country = validate::country(t, &mut errors, "country", &self.country, true);
        let contact_name = validate::required_text(t, &mut errors, "contact_name", &self.contact_name, 120);
        let contact_email = validate::email(t, &mut errors, "contact_email", &self.contact_email);
        let message = validate::optional_text(t, &mut errors, "message", &self.message, 2_000);
        errors.into_result(NewApplication { company, website, country, contact_name, contact_email, message })
    }
}

#[derive(Template)]
#[template(path = "partners/apply.html")]
struct ApplyPage {
    ctx: PageCtx,
    form: ApplicationForm,
    errors: FieldErrors,
    alert: Option<String>,
}

#[derive(Template)]
#[template(path = "identity/message.html")]
struct ThanksPage {
    ctx: PageCtx,
    heading: String,
    body: String,
    link: Option<(String, String)>,
}

async fn apply_page(ctx: PageCtx, _tenant: CurrentTenant) -> Result<HttpResponse, AppError> {
    render(StatusCode::OK, &ApplyPage { ctx, form: ApplicationForm::default(), errors: FieldErrors::new(), alert: None })
}

fn thanks(ctx: PageCtx) -> Result<HttpResponse, AppError> {
    let heading = ctx.t("apply-thanks-heading");
    let body = ctx.t("apply-thanks-body");
    let link = Some(("/".to_string(), ctx.t("error-back-home")));
    render(StatusCode::OK, &ThanksPage { ctx, heading, body, link })
}

async fn apply(
    req: HttpRequest,
    ctx: PageCtx,
    tenant: CurrentTenant,
    form: web::Form<ApplicationForm>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let form = form.into_inner();
    if !form.fax.is_empty() {
        // A bot: thank it and store nothing.
        tracing::info!(tenant_id = tenant.0.tenant.id, "recruitment.honeypot");
        return thanks(ctx);
    }
    let application = match form.validate(ctx.translator()) {
        Ok(application) => application,
        Err(errors) => return render(StatusCode::UNPROCESSABLE_ENTITY, &ApplyPage { ctx, form, errors, alert: None }),
    };
    let scope = tenant.0.scope;
    let address = client_ip(&req, &state.config);
    let (config, slug) = (state.config.clone(), tenant.0.tenant.slug.clone());
    // A visitor has no account: the key is the visitor's own (random, from the page).
    let key = FormKey::new("apply", 0, &form.form_key);
    let submitted = db::run(&state.pool, move |conn| {
        let submit = |conn: &mut crate::db::AnyConnection| recruitment::submit(conn, &scope, &config, &slug, &application, &address);
        form_keys::once(conn, &scope, key.as_ref(), submit, |s| (*s == Submitted::Stored).then(|| "stored".to_string()))
    })
    .await?;
    if matches!(submitted, Once::First(Submitted::TooMany)) {
        let alert = Some(ctx.t("apply-too-many"));
        return render(StatusCode::TOO_MANY_REQUESTS, &ApplyPage { ctx, form, errors: FieldErrors::new(), alert });
    }
    thanks(ctx)
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    crate::web::routes::Routes::new(cfg).get("/become-a-partner", apply_page).post("/become-a-partner", apply);
}
