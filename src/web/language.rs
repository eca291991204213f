//! The language switch: a plain form (works without JavaScript) that
//! remembers the choice in a host-only cookie and returns to the same page.

use actix_web::cookie::{Cookie, SameSite, time::Duration};
use actix_web::{HttpResponse, web};
use serde::Deserialize;

use super::flash::Flash;
use super::redirect::{safe_return_path, see_other};
use crate::error::AppError;
use crate::i18n::{Locale, Translator};
use crate::identity::auth::CurrentUser;
use crate::state::AppState;
use crate::tenancy::site::Site;
use crate::web::resolve::LANG_COOKIE;

#[derive(Deserialize)]
pub struct LanguageForm {
    lang: String,
    #[serde(default)]
    next: String,
}

async fn switch(
    form: web::Form<LanguageForm>,
    site: Site,
    user: Option<CurrentUser>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let locale = Locale::from_code(&form.lang).filter(|l| site.enabled_locales().contains(l)).ok_or(AppError::BadRequest)?;
    // A signed-in user's choice is saved with the account (it comes first next time).
    if let Some(user) = user {
        let (scope, id) = (user.scope, user.user.id);
        crate::db::run(&state.pool, move |conn| Ok(crate::identity::model::set_locale(conn, &scope, id, locale)?)).await?;
    }
    let secure = state.config.is_https();
    let cookie = Cookie::build(LANG_COOKIE, locale.code())
        .path("/")
        .http_only(true)
        .secure(secure)
        .same_site(SameSite::Lax)
        .max_age(Duration::days(365))
        .finish();
    let translator = Translator::plain(locale);
    let flash = Flash::success("flash-language-changed").with_arg("language", &translator.t(locale.name_message_id()));
    let mut res = see_other(safe_return_path(&form.next), flash);
    res.add_cookie(&cookie).map_err(|e| AppError::Internal(anyhow::anyhow!("language cookie: {e}")))?;
    Ok(res)
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    crate::web::routes::Routes::new(cfg).post("/language", switch);
}
