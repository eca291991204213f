//! Certificates: the printable, branded page (A4 and Letter, a QR code of
//! its verification address) for its holder, their partner admin and vendor
//! staff; the credential to download (Open Badges 3.0, VC-JWT); revocation
//! with a reason by vendor staff; and what anyone may read without signing
//! in — the verification page at the certificate's unguessable address
//! (holder, course, vendor, dates, status, and the organisation only if the
//! tenant allows it), the tenant's keys (JWKS), its revocation list and its
//! issuer profile.

use actix_web::http::{StatusCode, header};
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use crate::audit::{self, Entry};
use crate::db;
use crate::error::AppError;
use crate::i18n::Translator;
use crate::identity::auth::CurrentUser;
use crate::identity::rbac::Permission;
use crate::state::AppState;
use crate::training::certificates::{self, CertStatus, Certificate, REVOCATION};
use crate::training::course;
use crate::training::credentials::{self, Addresses, CredentialFacts};
use crate::validate::{self, FieldErrors};
use crate::web::ctx::PageCtx;
use crate::web::extract::CurrentTenant;
use crate::web::flash::Flash;
use crate::web::redirect::see_other;
use crate::web::render::render;

fn addresses(state: &AppState, tenant: &CurrentTenant) -> Addresses {
    Addresses::new(&state.config.tenant_url(&tenant.0.tenant.slug))
}

/// A certificate with what its pages show.
struct Shown {
    cert: Certificate,
    status: CertStatus,
    course_title: String,
    course_summary: String,
    has_quiz: bool,
    pass_mark: i32,
    organisation: String,
    previous: Option<Certificate>,
    next: Option<Certificate>,
}

async fn shown(
    state: &AppState,
    scope: crate::tenancy::scope::TenantScope,
    cert: Certificate,
    locale: String,
    default: String,
) -> Result<Shown, AppError> {
    let today = db::now().date();
    db::run(&state.pool, move |conn| {
        let tenant_scope = scope.tenant_only();
        let (previous, next) = certificates::chain(conn, &tenant_scope, &cert)?;
        let view = course::find(conn, &tenant_scope, cert.course_id)?;
        let organisation =
            crate::tenancy::organisations::find(conn, &tenant_scope, cert.organisation_id)?.map(|o| o.name).unwrap_or_default();
        let heading = view.as_ref().map(|v| v.heading(&locale, &default)).unwrap_or_default();
        Ok(Shown {
            status: cert.status(next.is_some(), today),
            course_title: heading.title,
            course_summary: heading.summary,
            has_quiz: view.as_ref().is_some_and(|v| v.has_quiz()),
            pass_mark: view.as_ref().map_or(0, |v| v.course.pass_mark),
            organisation,
            previous,
            next,
            cert,
        })
    })
    .await
}

/// The certificate a signed-in person may see: their own; their
/// organisation's (partner admins); any (vendor staff with reports).
async fn visible(user: &CurrentUser, state: &AppState, id: i64) -> Result<Certificate, AppError> {
    if !user.can(Permission::TakeTraining) && !user.can(Permission::ViewTrainingReports) {
        return Err(AppError::Forbidden);
    }
    let scope = user.scope;
    let cert = db::run(&state.pool, move |conn| Ok(certificates::find(conn, &scope, id)?)).await?.ok_or(AppError::NotFound)?;
    if cert.user_id != user.user.id && !user.can(Permission::ViewTrainingReports) {
        return Err(AppError::NotFound);
    }
    Ok(cert)
}

fn qr_svg(text: &str) -> String {
    match qrcode::QrCode::new(text.as_bytes()) {
        Ok(code) => {
            let svg = code
                .render::<qrcode::render::svg::Color>()
                .min_dimensions(160, 160)
                .dark_color(qrcode::render::svg::Color("#000000"))
                .light_color(qrcode::render::svg::Color("#ffffff"))
                .build();
            svg.split_once("?>").map_or(svg.clone(), |(_, rest)| rest.to_string())
        }
        Err(_) => String::new(),
    }
}

#[derive(Template)]
#[template(path = "training/certificate.html")]
struct CertificatePage {
    ctx: PageCtx,
    shown: Shown,
    verify_url: String,
    /// The QR code of the verification address, as SVG made here.
    qr: String,
    can_revoke: bool,
    reason: String,
    errors: FieldErrors,
}

impl CertificatePage {
    fn status_label(&self) -> String {
        self.ctx.t(&format!("cert-status-{}", self.shown.status.as_str()))
    }

    fn banner(&self) -> String {
        self.ctx.t(&format!("cert-banner-{}", self.shown.status.as_str()))
    }

    fn is_holder(&self) -> bool {
        self.ctx.user().is_some_and(|u| u.user.id == self.shown.cert.user_id)
    }
}

async fn certificate_page(
    ctx: PageCtx,
    user: &CurrentUser,
    tenant: &CurrentTenant,
    cert: Certificate,
    typed: Option<(String, FieldErrors)>,
    state: &AppState,
) -> Result<HttpResponse, AppError> {
    let verify_url = addresses(state, tenant).verify(&cert.public_id);
    let shown = shown(state, user.scope, cert, ctx.locale().code().into(), tenant.0.default_locale.code().into()).await?;
    let (reason, errors, status) = match typed {
        Some((reason, errors)) => (reason, errors, StatusCode::UNPROCESSABLE_ENTITY),
        None => (String::new(), FieldErrors::new(), StatusCode::OK),
    };
    let page = CertificatePage {
        can_revoke: user.can(Permission::RevokeCertificates) && shown.status != CertStatus::Revoked,
        qr: qr_svg(&verify_url),
        verify_url,
        ctx,
        shown,
        reason,
        errors,
    };
    render(status, &page)
}

async fn show(
    ctx: PageCtx,
    user: CurrentUser,
    tenant: CurrentTenant,
    id: web::Path<i64>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let cert = visible(&user, &state, id.into_inner()).await?;
    certificate_page(ctx, &user, &tenant, cert, None, &state).await
}

/// The certificate as an Open Badges 3.0 credential (VC-JWT), to keep in a
/// wallet or hand to anyone who checks it.
async fn credential(
    user: CurrentUser,
    tenant: CurrentTenant,
    id: web::Path<i64>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let cert = visible(&user, &state, id.into_inner()).await?;
    let addresses = addresses(&state, &tenant);
    let default = tenant.0.default_locale;
    let shown = shown(&state, user.scope, cert, default.code().into(), default.code().into()).await?;
    let scope = user.scope.tenant_only();
    let secret = state.config.secret_key.as_bytes().to_vec();
    let portal_name = tenant.0.settings.portal_name.clone();
    let file_name = format!("certificate-{}.jwt", shown.cert.public_id);
    let token = db::run(&state.pool, move |conn| {
        let holder = crate::identity::model::find(conn, &scope, shown.cert.user_id)?.ok_or(AppError::NotFound)?;
        let translator = Translator::plain(default);
        let facts = CredentialFacts {
            portal_name: &portal_name,
            course_title: &shown.course_title,
            course_summary: &shown.course_summary,
            has_quiz: shown.has_quiz,
            pass_mark: shown.pass_mark,
            holder_email: &holder.email,
            translator: &translator,
        };
        credentials::signed_credential(conn, &scope, &shown.cert, &facts, &addresses, &secret)
    })
    .await?;
    Ok(HttpResponse::Ok()
        .content_type("application/vc+jwt")
        .insert_header(crate::web::files::disposition(crate::web::files::Disposition::Attachment, &file_name))
        .insert_header((header::CACHE_CONTROL, "private, no-store"))
        .body(token))
}

#[derive(Deserialize)]
pub struct RevokeForm {
    #[serde(default)]
    reason: String,
}

async fn revoke(
    ctx: PageCtx,
    user: CurrentUser,
    tenant: CurrentTenant,
    id: web::Path<i64>,
    form: web::Form<RevokeForm>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    user.require(Permission::RevokeCertificates)?;
    let cert = visible(&user, &state, id.into_inner()).await?;
    let mut errors = FieldErrors::new();
    let reason = validate::required_text(ctx.translator(), &mut errors, "reason", &form.reason, 500);
    if !errors.is_empty() {
        return certificate_page(ctx, &user, &tenant, cert, Some((form.reason.clone(), errors)), &state).await;
    }
    let (scope, who, by, id) = (user.scope, user.actor(), user.user.id, cert.id);
    let revoked = db::run(&state.pool, move |conn| {
        db::transaction(conn, |c| {
            let revoked = certificates::revoke(c, &scope, id, by, &reason)?;
            if revoked {
                let changes = serde_json::json!({ "reason": reason, "course": cert.course_id, "holder": cert.user_id });
                audit::record(c, &scope, &who, &Entry::new("certificate.revoked", "certificate", id).changes(changes))?;
            }
            Ok::<_, AppError>(revoked)
        })
    })
    .await?;
    let flash = if revoked { Flash::success("cert-revoked-flash") } else { Flash::error("cert-already-revoked") };
    Ok(see_other(&format!("/certificates/{id}"), flash))
}

#[derive(Template)]
#[template(path = "training/verify.html")]
struct VerifyPage {
    ctx: PageCtx,
    shown: Shown,
    show_organisation: bool,
}

impl VerifyPage {
    fn banner(&self) -> String {
        self.ctx.t(&format!("cert-banner-{}", self.shown.status.as_str()))
    }

    fn status_label(&self) -> String {
        self.ctx.t(&format!("cert-status-{}", self.shown.status.as_str()))
    }
}

/// The public verification page: anyone with the address.
async fn verify(
    ctx: PageCtx,
    tenant: CurrentTenant,
    public_id: web::Path<String>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let scope = tenant.0.scope;
    let public_id = public_id.into_inner();
    let cert =
        db::run(&state.pool, move |conn| Ok(certificates::find_public(conn, &scope, &public_id)?)).await?.ok_or(AppError::NotFound)?;
    let shown = shown(&state, scope, cert, ctx.locale().code().into(), tenant.0.default_locale.code().into()).await?;
    let show_organisation = tenant.0.settings.verify_shows_organisation != 0;
    let mut response = render(StatusCode::OK, &VerifyPage { ctx, shown, show_organisation })?;
    // Nobody's name in a search index because a link leaked.
    response.headers_mut().insert(header::HeaderName::from_static("x-robots-tag"), header::HeaderValue::from_static("noindex"));
    Ok(response)
}

fn json(content_type: &'static str, body: String) -> HttpResponse {
    HttpResponse::Ok()
        .content_type(content_type)
        .insert_header((header::CACHE_CONTROL, "public, max-age=300"))
        .insert_header((header::ACCESS_CONTROL_ALLOW_ORIGIN, "*"))
        .body(body)
}

/// The public keys of every credential the tenant signed.
async fn jwks(tenant: CurrentTenant, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    let (scope, addresses) = (tenant.0.scope, addresses(&state, &tenant));
    let set = db::run(&state.pool, move |conn| Ok(credentials::jwks(conn, &scope, &addresses)?)).await?;
    Ok(json("application/jwk-set+json", set.to_string()))
}

/// One public key, at the address its `kid` names.
async fn key(tenant: CurrentTenant, kid: web::Path<String>, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    let (scope, addresses) = (tenant.0.scope, addresses(&state, &tenant));
    let kid = kid.into_inner();
    let jwk = db::run(&state.pool, move |conn| Ok(credentials::jwk(conn, &scope, &addresses, &kid)?)).await?.ok_or(AppError::NotFound)?;
    Ok(json("application/jwk+json", jwk.to_string()))
}

/// The revocation list, signed (W3C Bitstring Status List, as a VC-JWT).
async fn status_list(tenant: CurrentTenant, purpose: web::Path<String>, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    if purpose.as_str() != REVOCATION {
        return Err(AppError::NotFound);
    }
    let (scope, addresses) = (tenant.0.scope, addresses(&state, &tenant));
    let secret = state.config.secret_key.as_bytes().to_vec();
    let token = db::run(&state.pool, move |conn| credentials::status_list_credential(conn, &scope, &addresses, &secret)).await?;
    Ok(json("application/vc+jwt", token.ok_or(AppError::NotFound)?))
}

/// Who issues the tenant's credentials.
async fn issuer(tenant: CurrentTenant, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    let profile = credentials::issuer_profile(&addresses(&state, &tenant), &tenant.0.settings.portal_name);
    Ok(json("application/json", profile.to_string()))
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    crate::web::routes::Routes::new(cfg)
        .get("/certificates/{id}", show)
        .get("/certificates/{id}/credential.jwt", credential)
        .post("/certificates/{id}/revoke", revoke)
        .get("/verify/{public_id}", verify)
        .get("/.well-known/jwks.json", jwks)
        .get("/credentials/keys/{kid}", key)
        .get("/credentials/status/{purpose}", status_list)
        .get("/credentials/issuer", issuer);
}
