//! E-mail preferences: which non-essential mail (campaigns, asset updates,
//! courses) a signed-in person still wants, and the one-click unsubscribe
//! links that mail carries (a signed token per person and category; a GET
//! asks, a POST — from the page or from the mail client, RFC 8058 — turns
//! that category off).

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;

use crate::db;
use crate::error::AppError;
use crate::identity::auth::CurrentUser;
use crate::notifications::{self, Category};
use crate::state::AppState;
use crate::web::ctx::PageCtx;
use crate::web::extract::CurrentTenant;
use crate::web::flash::Flash;
use crate::web::redirect::see_other;
use crate::web::render::render;

#[derive(Template)]
#[template(path = "portal/preferences.html")]
struct PreferencesPage {
    ctx: PageCtx,
    choices: Vec<(Category, bool)>,
}

impl PreferencesPage {
    fn label(&self, category: &Category) -> String {
        self.ctx.t(category.label_id())
    }
}

async fn page(ctx: PageCtx, user: CurrentUser, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    let (scope, user_id) = (user.scope.tenant_only(), user.user.id);
    let choices = db::run(&state.pool, move |conn| Ok(notifications::preferences(conn, &scope, user_id)?)).await?;
    render(StatusCode::OK, &PreferencesPage { ctx, choices })
}

async fn save(user: CurrentUser, body: web::Bytes, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    // `email` repeats (one per ticked box); an unticked box sends nothing.
    let wanted: Vec<Category> =
        url::form_urlencoded::parse(&body).filter(|(k, _)| k == "email").filter_map(|(_, v)| Category::parse(&v)).collect();
    let (scope, user_id) = (user.scope.tenant_only(), user.user.id);
    db::run(&state.pool, move |conn| {
        db::transaction(conn, |c| {
            for category in Category::ALL {
                notifications::set_wants_mail(c, &scope, user_id, category, wanted.contains(&category))?;
            }
            Ok::<_, AppError>(())
        })
    })
    .await?;
    Ok(see_other("/account/notifications", Flash::success("prefs-saved")))
}

#[derive(Template)]
#[template(path = "portal/unsubscribe.html")]
struct UnsubscribePage {
    ctx: PageCtx,
    category: String,
    /// The form posts back to the same link.
    action: String,
    done: bool,
}

fn read_token(state: &AppState, tenant: &CurrentTenant, token: &str) -> Result<(i64, Category), AppError> {
    notifications::read_unsubscribe_token(state.config.secret_key.as_bytes(), tenant.0.tenant.id, token).ok_or(AppError::NotFound)
}

async fn ask(ctx: PageCtx, tenant: CurrentTenant, token: web::Path<String>, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    let (_, category) = read_token(&state, &tenant, &token)?;
    let category = ctx.t(category.label_id());
    render(StatusCode::OK, &UnsubscribePage { ctx, category, action: format!("/unsubscribe/{token}"), done: false })
}

async fn unsubscribe(
    ctx: PageCtx,
    tenant: CurrentTenant,
    token: web::Path<String>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let (user_id, category) = read_token(&state, &tenant, &token)?;
    let scope = tenant.0.scope;
    db::run(&state.pool, move |conn| {
        // The person must still be of this tenant; the foreign key insists too.
        crate::identity::model::find(conn, &scope, user_id)?.ok_or(AppError::NotFound)?;
        Ok(notifications::set_wants_mail(conn, &scope, user_id, category, false)?)
    })
    .await?;
    tracing::info!(tenant_id = scope.tenant_id(), user_id, category = category.as_str(), "mail.unsubscribed");
    let category = ctx.t(category.label_id());
    render(StatusCode::OK, &UnsubscribePage { ctx, category, action: String::new(), done: true })
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    crate::web::routes::Routes::new(cfg)
        .get("/account/notifications", page)
        .post("/account/notifications", save)
        .get("/unsubscribe/{token}", ask)
        .post("/unsubscribe/{token}", unsubscribe);
}
