//! Sign-in and account routes: e-mail-first sign-in, sign-out, invitations,
//! forgotten passwords.

use actix_session::Session;
use actix_web::http::StatusCode;
use std::future::{Ready, ready};

use actix_web::dev::Payload;
use actix_web::{FromRequest, HttpRequest, HttpResponse, web};
use serde::Deserialize;

use crate::db;
use crate::error::AppError;
use crate::identity::accounts::{self, LinkOutcome, SignIn};
use crate::identity::auth::CurrentUser;
use crate::identity::invitations::LinkKind;
use crate::identity::sso::model as sso;
use crate::portal::account_views::{ForgotPage, MessagePage, ProviderButton, SetPasswordPage, SignInPage, SsoRedirectPage};
use crate::state::AppState;
use crate::tenancy::scope::TenantScope;
use crate::validate::{self, FieldErrors};
use crate::web::client::client_ip;
use crate::web::ctx::PageCtx;
use crate::web::extract::CurrentTenant;
use crate::web::flash::Flash;
use crate::web::redirect::safe_return_path;
use crate::web::redirect::{redirect, see_other};
use crate::web::render::render;
use crate::web::session;

#[derive(Deserialize, Default)]
pub struct SignInQuery {
    #[serde(default)]
    return_to: String,
    #[serde(default)]
    error: String,
}

#[derive(Deserialize)]
pub struct SignInForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: Option<String>,
    #[serde(default)]
    return_to: String,
}

fn sso_start_url(provider_id: i64, email: &str, return_to: &str) -> String {
    let q = |s: &str| url::form_urlencoded::byte_serialize(s.as_bytes()).collect::<String>();
    format!("/auth/sso/{provider_id}?login_hint={}&return_to={}", q(email), q(return_to))
}

async fn providers(state: &AppState, tenant: &CurrentTenant) -> Result<Vec<ProviderButton>, AppError> {
    let scope = tenant.0.scope;
    if !tenant.0.plan.has(crate::tenancy::plans::Feature::Sso) {
        return Ok(Vec::new());
    }
    db::run(&state.pool, move |conn| Ok(sso::list(conn, &scope)?.into_iter().map(|p| ProviderButton { id: p.id, name: p.name }).collect()))
        .await
}

async fn sign_in_page(
    ctx: PageCtx,
    tenant: CurrentTenant,
    user: Option<CurrentUser>,
    query: web::Query<SignInQuery>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let return_to = safe_return_path(&query.return_to).to_string();
    if user.is_some() {
        return Ok(redirect(&return_to));
    }
    let alert = (!query.error.is_empty()).then(|| ctx.t("sign-in-sso-failed"));
    let providers = providers(&state, &tenant).await?;
    render(
        StatusCode::OK,
        &SignInPage { ctx, password_step: false, email: String::new(), return_to, errors: FieldErrors::new(), alert, providers },
    )
}

async fn sign_in(
    req: HttpRequest,
    ctx: PageCtx,
    tenant: CurrentTenant,
    session: Session,
    form: web::Form<SignInForm>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let return_to = safe_return_path(&form.return_to).to_string();
    let mut errors = FieldErrors::new();
    let email = validate::email(ctx.translator(), &mut errors, "email", &form.email);
    let page = |ctx, password_step, errors, alert, providers| SignInPage {
        ctx,
        password_step,
        email: email.clone(),
        return_to: return_to.clone(),
        errors,
        alert,
        providers,
    };
    if !errors.is_empty() {
        let providers = providers(&state, &tenant).await?;
        return render(StatusCode::UNPROCESSABLE_ENTITY, &page(ctx, false, errors, None, providers));
    }
    let scope = tenant.0.scope;
    let password = form.password.clone().unwrap_or_default();
    if password.is_empty() {
        // Step one: the address decides — its organisation's provider, or a password.
        let lookup = email.clone();
        let provider = db::run(&state.pool, move |conn| Ok(sso::for_email(conn, &scope, &lookup)?)).await?;
        if let Some(provider) = provider {
            let url = sso_start_url(provider.id, &email, &return_to);
            return render(StatusCode::OK, &SsoRedirectPage { ctx, url, provider: provider.name });
        }
        let step_two = form.password.is_some();
        if step_two {
            errors.add("password", ctx.t("form-required"));
        }
        let status = if step_two { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
        return render(status, &page(ctx, true, errors, None, Vec::new()));
    }

    let ip = client_ip(&req, &state.config);
    let outcome = accounts::password_sign_in(&state.pool, &state.hasher, scope, email.clone(), password, ip).await?;
    match outcome {
        SignIn::SignedIn(user) => {
            session::sign_in(&session, scope.tenant_id(), user.id);
            Ok(redirect(&return_to))
        }
        SignIn::SsoRequired { provider_id } => sso_page(ctx, &state, scope, provider_id, &email, &return_to).await,
        SignIn::OrganisationSuspended => {
            let alert = Some(ctx.t_with("sign-in-organisation-suspended", "portal", ctx.portal_name()));
            render(StatusCode::FORBIDDEN, &page(ctx, true, errors, alert, Vec::new()))
        }
        SignIn::WrongCredentials => {
            let alert = Some(ctx.t("sign-in-wrong-credentials"));
            render(StatusCode::UNAUTHORIZED, &page(ctx, true, errors, alert, Vec::new()))
        }
        SignIn::Throttled { minutes } => {
            let alert = Some(ctx.t_with("sign-in-throttled", "minutes", minutes));
            render(StatusCode::TOO_MANY_REQUESTS, &page(ctx, true, errors, alert, Vec::new()))
        }
    }
}

async fn sign_out(session: Session, _state: web::Data<AppState>) -> HttpResponse {
    session.purge();
    see_other("/", Flash::success("flash-signed-out"))
}

fn link_strings(ctx: &PageCtx, kind: LinkKind) -> (String, String) {
    match kind {
        LinkKind::Invitation => (ctx.t_with("invitation-heading", "portal", ctx.portal_name()), ctx.t("invitation-intro")),
        LinkKind::PasswordReset => (ctx.t("reset-heading"), ctx.t("reset-intro")),
    }
}

fn invalid_link(ctx: PageCtx, kind: LinkKind) -> Result<HttpResponse, AppError> {
    let (heading, body) = match kind {
        LinkKind::Invitation => (ctx.t("invitation-invalid-heading"), ctx.t("invitation-invalid-body")),
        LinkKind::PasswordReset => (ctx.t("reset-invalid-heading"), ctx.t("reset-invalid-body")),
    };
    let link = Some(("/password/forgot".to_string(), ctx.t("forgot-link")));
    render(StatusCode::GONE, &MessagePage { ctx, heading, body, link })
}

/// The link a route serves: which kind (from the route) and its token.
pub struct Link {
    kind: LinkKind,
    token: String,
}

impl FromRequest for Link {
    type Error = AppError;
    type Future = Ready<Result<Self, AppError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let kind = if req.path().starts_with("/invitations/") { LinkKind::Invitation } else { LinkKind::PasswordReset };
        ready(req.match_info().get("token").map(|token| Link { kind, token: token.to_string() }).ok_or(AppError::NotFound))
    }
}

/// "Continue with your organisation's provider": the page for someone who
/// must sign in through `provider_id`.
async fn sso_page(
    ctx: PageCtx,
    state: &AppState,
    scope: TenantScope,
    provider_id: i64,
    email: &str,
    return_to: &str,
) -> Result<HttpResponse, AppError> {
    let url = sso_start_url(provider_id, email, return_to);
    let provider = db::run(&state.pool, move |conn| Ok(sso::find(conn, &scope, provider_id)?.map(|p| p.name).unwrap_or_default())).await?;
    render(StatusCode::OK, &SsoRedirectPage { ctx, url, provider })
}

async fn link_page(ctx: PageCtx, tenant: CurrentTenant, link: Link, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    let Link { kind, token } = link;
    let scope = tenant.0.scope;
    let lookup = token.clone();
    let found = db::run(&state.pool, move |conn| {
        let Some(user) = accounts::link_user(conn, &scope, kind, &lookup)? else { return Ok(None) };
        let required = crate::identity::sso::model::required_provider_for_user(conn, &scope, &user)?;
        Ok(Some((user, required)))
    })
    .await?;
    let Some((user, required)) = found else {
        return invalid_link(ctx, kind);
    };
    // People whose organisation signs in through its provider set no password.
    if let Some(provider_id) = required {
        return sso_page(ctx, &state, scope, provider_id, &user.email, "/").await;
    }
    let (heading, intro) = link_strings(&ctx, kind);
    let action = match kind {
        LinkKind::Invitation => format!("/invitations/{token}"),
        LinkKind::PasswordReset => format!("/password/reset/{token}"),
    };
    render(StatusCode::OK, &SetPasswordPage { ctx, heading, intro, action, email: user.email, errors: FieldErrors::new() })
}

#[derive(Deserialize)]
pub struct SetPasswordForm {
    #[serde(default)]
    password: String,
    #[serde(default)]
    password_confirm: String,
}

async fn link_submit(
    ctx: PageCtx,
    tenant: CurrentTenant,
    session: Session,
    link: Link,
    form: web::Form<SetPasswordForm>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let Link { kind, token } = link;
    let scope = tenant.0.scope;
    let mut errors = FieldErrors::new();
    if form.password != form.password_confirm {
        errors.add("password_confirm", ctx.t("password-mismatch"));
    }
    let lookup = token.clone();
    let user = db::run(&state.pool, move |conn| accounts::link_user(conn, &scope, kind, &lookup)).await?;
    let Some(user) = user else {
        return invalid_link(ctx, kind);
    };
    let action = match kind {
        LinkKind::Invitation => format!("/invitations/{token}"),
        LinkKind::PasswordReset => format!("/password/reset/{token}"),
    };
    if errors.is_empty() {
        let password = form.password.clone();
        let outcome = accounts::complete_link(&state.pool, &state.hasher, scope, kind, token, password).await?;
        match outcome {
            LinkOutcome::Done(user) => {
                session::sign_in(&session, scope.tenant_id(), user.id);
                let message = match kind {
                    LinkKind::Invitation => "flash-welcome",
                    LinkKind::PasswordReset => "flash-password-changed",
                };
                return Ok(see_other("/", Flash::success(message)));
            }
            LinkOutcome::Invalid => return invalid_link(ctx, kind),
            LinkOutcome::Rejected(rule) => errors.add("password", ctx.t(rule)),
            LinkOutcome::SsoRequired { provider_id } => return sso_page(ctx, &state, scope, provider_id, &user.email, "/").await,
        }
    }
    let (heading, intro) = link_strings(&ctx, kind);
    render(StatusCode::UNPROCESSABLE_ENTITY, &SetPasswordPage { ctx, heading, intro, action, email: user.email, errors })
}

async fn forgot_page(ctx: PageCtx, _tenant: CurrentTenant) -> Result<HttpResponse, AppError> {
    render(StatusCode::OK, &ForgotPage { ctx, email: String::new(), errors: FieldErrors::new() })
}

#[derive(Deserialize)]
pub struct ForgotForm {
    #[serde(default)]
    email: String,
}

async fn forgot_submit(
    req: HttpRequest,
    ctx: PageCtx,
    tenant: CurrentTenant,
    form: web::Form<ForgotForm>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let mut errors = FieldErrors::new();
    let email = validate::email(ctx.translator(), &mut errors, "email", &form.email);
    if !errors.is_empty() {
        return render(StatusCode::UNPROCESSABLE_ENTITY, &ForgotPage { ctx, email, errors });
    }
    let scope = tenant.0.scope;
    let slug = tenant.0.tenant.slug.clone();
    let config = state.config.clone();
    let ip = client_ip(&req, &state.config);
    db::run(&state.pool, move |conn| accounts::request_reset(conn, &scope, &config, &slug, &email, &ip)).await?;
    let heading = ctx.t("forgot-sent-heading");
    let body = ctx.t("forgot-sent-body");
    let link = Some(("/sign-in".to_string(), ctx.t("nav-sign-in")));
    render(StatusCode::OK, &MessagePage { ctx, heading, body, link })
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    crate::web::routes::Routes::new(cfg)
        .get("/sign-in", sign_in_page)
        .post("/sign-in", sign_in)
        .post("/sign-out", sign_out)
        .get("/invitations/{token}", link_page)
        .post("/invitations/{token}", link_submit)
        .get("/password/forgot", forgot_page)
        .post("/password/forgot", forgot_submit)
        .get("/password/reset/{token}", link_page)
        .post("/password/reset/{token}", link_submit);
}
