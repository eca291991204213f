//! The portal's users through the API: the list, an invitation (the same
//! mail, seat limit and audit entry as the admin page), deactivation and
//! reactivation — as the token's maker, who cannot lock themself out.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::auth::ApiCaller;
use super::partners::PageQuery;
use crate::db::{self, AnyConnection};
use crate::error::AppError;
use crate::identity::auth::AuthUser;
use crate::identity::model::User;
use crate::identity::rbac::Permission;
use crate::identity::users::{self, Invite, UserError, UserRow};
use crate::state::AppState;
use crate::validate::FieldErrors;
use crate::web::api::{ApiResult, Problem, ProblemOut, answer, json_response, parse_json, rfc3339};

/// A user of the portal: vendor staff or a partner organisation's people.
#[derive(Serialize, ToSchema)]
pub struct UserOut {
    id: i64,
    email: String,
    display_name: String,
    /// `vendor_admin`, `channel_manager`, `marketing_editor`, `partner_admin` or `partner_user`.
    #[schema(example = "partner_user")]
    role: String,
    /// `invited` (not signed in yet), `active` or `disabled`.
    #[schema(example = "active")]
    status: String,
    organisation: OrganisationRef,
    #[schema(format = DateTime)]
    last_sign_in_at: Option<String>,
    #[schema(format = DateTime)]
    created_at: String,
}

/// The organisation a user belongs to.
#[derive(Serialize, ToSchema)]
pub struct OrganisationRef {
    id: i64,
    name: String,
}

impl UserOut {
    fn of(user: &User, organisation: String) -> UserOut {
        UserOut {
            id: user.id,
            email: user.email.clone(),
            display_name: user.display_name.clone(),
            role: user.role.clone(),
            status: user.status.clone(),
            organisation: OrganisationRef { id: user.organisation_id, name: organisation },
            last_sign_in_at: user.last_sign_in_at.map(rfc3339),
            created_at: rfc3339(user.created_at),
        }
    }
}

/// One page of users, by id.
#[derive(Serialize, ToSchema)]
pub struct UserList {
    items: Vec<UserOut>,
    /// The `after` of the next page; absent on the last page.
    next_after: Option<i64>,
}

/// Someone to invite: they get an e-mail with a link to set a password (or
/// to sign in with their company's identity provider).
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewUser {
    #[schema(format = Email, max_length = 254)]
    email: String,
    #[schema(max_length = 100)]
    display_name: String,
    /// Staff roles go with the vendor's organisation, partner roles with a partner's.
    #[schema(pattern = "^(vendor_admin|channel_manager|marketing_editor|partner_admin|partner_user)$")]
    role: String,
    /// The organisation (the vendor's or an active partner's) they join.
    organisation_id: i64,
}

const FIELDS: &[(&str, &str)] = &[];

/// The token's maker, if they may manage users.
fn manager(conn: &mut AnyConnection, caller: &ApiCaller) -> Result<Result<AuthUser, Problem>, AppError> {
    Ok(match caller.staff(conn)? {
        Ok(user) if user.can(Permission::ManageUsers) => Ok(user),
        Ok(_) => Err(Problem::from(AppError::Forbidden)),
        Err(p) => Err(p),
    })
}

fn refused(caller: &ApiCaller, error: UserError) -> Problem {
    let (field, message) = error.message();
    let message = caller.translator.t(message);
    match error {
        UserError::EmailTaken => Problem::conflict("email-taken", "Address taken", message.clone()).field(field, &message),
        UserError::OwnAccount => Problem::conflict("own-account", "Own account", message),
        UserError::RoleNotAllowed | UserError::RoleMismatch | UserError::NoSuchOrganisation => Problem::invalid_field(field, &message),
    }
}

fn one(conn: &mut AnyConnection, caller: &ApiCaller, id: i64) -> Result<Option<UserRow>, AppError> {
    let Some(user) = crate::identity::model::find(conn, &caller.scope, id)? else { return Ok(None) };
    let organisation = crate::tenancy::organisations::find(conn, &caller.scope, user.organisation_id)?.map(|o| o.name).unwrap_or_default();
    Ok(Some(UserRow { user, organisation }))
}

/// List the portal's users.
#[utoipa::path(get, path = "/api/v1/users", operation_id = "listUsers", tag = "users", params(PageQuery),
    responses(
        (status = 200, description = "One page of users", body = UserList),
        (status = 401, description = "No live token of this portal", body = ProblemOut, content_type = "application/problem+json"),
        (status = 400, description = "A parameter of the wrong type", body = ProblemOut, content_type = "application/problem+json"),
        (status = 429, description = "Past the token's rate limit: see Retry-After", body = ProblemOut, content_type = "application/problem+json"),
        (status = 422, description = "A query parameter was refused", body = ProblemOut, content_type = "application/problem+json")))]
pub async fn list(caller: ApiCaller, query: web::Query<PageQuery>, state: web::Data<AppState>) -> HttpResponse {
    answer(
        async move {
            let limit = query.limit()?;
            let (scope, after) = (caller.scope, query.after);
            let rows = db::read(&state.pool, move |conn| Ok(users::page(conn, &scope, after, limit + 1)?)).await.map_err(Problem::from)?;
            let (rows, next_after) = PageQuery::page(rows, limit, |r| r.user.id);
            let items = rows.iter().map(|r| UserOut::of(&r.user, r.organisation.clone())).collect();
            Ok(json_response(StatusCode::OK, &UserList { items, next_after }))
        }
        .await,
    )
}

/// Read one user.
#[utoipa::path(get, path = "/api/v1/users/{id}", operation_id = "getUser", tag = "users", params(("id" = i64, Path, description = "The user's id")),
    responses(
        (status = 200, description = "The user", body = UserOut),
        (status = 401, description = "No live token of this portal", body = ProblemOut, content_type = "application/problem+json"),
        (status = 400, description = "A parameter of the wrong type", body = ProblemOut, content_type = "application/problem+json"),
        (status = 429, description = "Past the token's rate limit: see Retry-After", body = ProblemOut, content_type = "application/problem+json"),
        (status = 404, description = "No such user in this portal", body = ProblemOut, content_type = "application/problem+json")))]
pub async fn show(caller: ApiCaller, id: web::Path<i64>, state: web::Data<AppState>) -> HttpResponse {
    answer(
        async move {
            let id = id.into_inner();
            let row =
                db::read(&state.pool, move |conn| one(conn, &caller, id)).await.map_err(Problem::from)?.ok_or_else(Problem::not_found)?;
            Ok(json_response(StatusCode::OK, &UserOut::of(&row.user, row.organisation)))
        }
        .await,
    )
}

/// Invite someone to the portal.
#[utoipa::path(post, path = "/api/v1/users", operation_id = "inviteUser", tag = "users", request_body = NewUser,
    responses(
        (status = 201, description = "The user, invited (an e-mail is on its way)", body = UserOut),
        (status = 400, description = "Not JSON of this shape", body = ProblemOut, content_type = "application/problem+json"),
        (status = 401, description = "No live token of this portal", body = ProblemOut, content_type = "application/problem+json"),
        (status = 403, description = "A read-only token, its maker no longer active staff, or the plan's limit of users", body = ProblemOut, content_type = "application/problem+json"),
        (status = 409, description = "Someone in this portal has the address", body = ProblemOut, content_type = "application/problem+json"),
        (status = 422, description = "A field was refused (see `errors`)", body = ProblemOut, content_type = "application/problem+json"),
        (status = 429, description = "Past the token's rate limit: see Retry-After", body = ProblemOut, content_type = "application/problem+json")))]
pub async fn invite(caller: ApiCaller, body: web::Bytes, state: web::Data<AppState>) -> HttpResponse {
    answer(
        async move {
            caller.require_write()?;
            let new: NewUser = parse_json(&body)?;
            let app = state.clone();
            db::run(&state.pool, move |conn| {
                let user = match manager(conn, &caller)? {
                    Ok(user) => user,
                    Err(p) => return Ok(Err(p)),
                };
                let mut errors = FieldErrors::new();
                let Some((email, display_name, role)) =
                    users::invite_fields(&caller.translator, &mut errors, &new.email, &new.display_name, &new.role, user.role)
                else {
                    return Ok(Err(Problem::invalid_body(&errors, FIELDS)));
                };
                let invite = Invite { email: &email, display_name: &display_name, role, organisation_id: new.organisation_id };
                let invited = match users::invite(conn, &caller.scope, user.role, &user.actor(), &app.config, &caller.slug, &invite)? {
                    Ok(invited) => invited,
                    Err(e) => return Ok(Err(refused(&caller, e))),
                };
                let row = one(conn, &caller, invited.id)?.ok_or(AppError::NotFound)?;
                Ok(Ok(UserOut::of(&row.user, row.organisation)))
            })
            .await
            .map_err(Problem::from)?
            .map(|out| json_response(StatusCode::CREATED, &out))
        }
        .await,
    )
}

async fn set_active(caller: ApiCaller, id: i64, active: bool, state: web::Data<AppState>) -> ApiResult {
    caller.require_write()?;
    db::run(&state.pool, move |conn| {
        let user = match manager(conn, &caller)? {
            Ok(user) => user,
            Err(p) => return Ok(Err(p)),
        };
        if one(conn, &caller, id)?.is_none() {
            return Ok(Err(Problem::not_found()));
        }
        if let Err(e) = users::set_active(conn, &caller.scope, &user.user, user.role, &user.actor(), id, active)? {
            return Ok(Err(refused(&caller, e)));
        }
        let row = one(conn, &caller, id)?.ok_or(AppError::NotFound)?;
        Ok(Ok(UserOut::of(&row.user, row.organisation)))
    })
    .await
    .map_err(Problem::from)?
    .map(|out| json_response(StatusCode::OK, &out))
}

/// Deactivate a user.
#[utoipa::path(post, path = "/api/v1/users/{id}/deactivate", operation_id = "deactivateUser", tag = "users",
    params(("id" = i64, Path, description = "The user's id")),
    responses(
        (status = 200, description = "The user, deactivated: signed out at once, and no more sign-ins", body = UserOut),
        (status = 401, description = "No live token of this portal", body = ProblemOut, content_type = "application/problem+json"),
        (status = 403, description = "A read-only token, or its maker no longer active staff", body = ProblemOut, content_type = "application/problem+json"),
        (status = 404, description = "No such user in this portal", body = ProblemOut, content_type = "application/problem+json"),
        (status = 409, description = "The token's maker cannot deactivate themself", body = ProblemOut, content_type = "application/problem+json"),
        (status = 422, description = "Not a role the token's maker may manage", body = ProblemOut, content_type = "application/problem+json"),
        (status = 429, description = "Past the token's rate limit: see Retry-After", body = ProblemOut, content_type = "application/problem+json")))]
pub async fn deactivate(caller: ApiCaller, id: web::Path<i64>, state: web::Data<AppState>) -> HttpResponse {
    answer(set_active(caller, id.into_inner(), false, state).await)
}

/// Reactivate a user.
#[utoipa::path(post, path = "/api/v1/users/{id}/reactivate", operation_id = "reactivateUser", tag = "users",
    params(("id" = i64, Path, description = "The user's id")),
    responses(
        (status = 200, description = "The user, active again (or invited, if they never signed in)", body = UserOut),
        (status = 401, description = "No live token of this portal", body = ProblemOut, content_type = "application/problem+json"),
        (status = 403, description = "A read-only token, or its maker no longer active staff", body = ProblemOut, content_type = "application/problem+json"),
        (status = 404, description = "No such user in this portal", body = ProblemOut, content_type = "application/problem+json"),
        (status = 409, description = "The token's maker cannot change their own account", body = ProblemOut, content_type = "application/problem+json"),
        (status = 422, description = "Not a role the token's maker may manage", body = ProblemOut, content_type = "application/problem+json"),
        (status = 429, description = "Past the token's rate limit: see Retry-After", body = ProblemOut, content_type = "application/problem+json")))]
pub async fn reactivate(caller: ApiCaller, id: web::Path<i64>, state: web::Data<AppState>) -> HttpResponse {
    answer(set_active(caller, id.into_inner(), true, state).await)
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    crate::web::routes::Routes::new(cfg)
        .get("/api/v1/users", list)
        .post("/api/v1/users", invite)
        .get("/api/v1/users/{id}", show)
        .post("/api/v1/users/{id}/deactivate", deactivate)
        .post("/api/v1/users/{id}/reactivate", reactivate);
}
