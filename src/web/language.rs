//! The language switch: a plain form (works without JavaScript) that
//! remembers the choice in a host-only cookie and returns to the same page.

use actix_web::cookie::{Cookie, SameSite, time::Duration};
use actix_web::http::header;
use actix_web::{HttpResponse, web};
use serde::Deserialize;

use super::flash::Flash;
use crate::error::AppError;
use crate::i18n::{Locale, Translator};
use crate::identity::auth::CurrentUser;
use crate::startup::AppState;
use crate::tenancy::Site;
use crate::tenancy::resolve::LANG_COOKIE;

#[derive(Deserialize)]
pub struct LanguageForm {
    lang: String,
    #[serde(default)]
    next: String,
}

/// Only a path on this host: `/x`, never `//evil`, `/\evil` or `https://…`.
pub fn safe_return_path(next: &str) -> &str {
    let ok = next.starts_with('/')
        && !next.starts_with("//")
        && !next.starts_with("/\\")
        && next.len() <= 2_048
        && !next.chars().any(|c| c.is_control() || c == '\\');
    if ok { next } else { "/" }
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
    Ok(HttpResponse::SeeOther()
        .insert_header((header::LOCATION, safe_return_path(&form.next)))
        .cookie(cookie)
        .cookie(flash.to_cookie(state.config.secret_key.as_bytes(), secure))
        .finish())
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    crate::web::routes::Routes::new(cfg).post("/language", switch);
}

#[cfg(test)]
mod tests {
    use super::safe_return_path;

    #[test]
    fn return_paths_stay_on_this_host() {
        assert_eq!(safe_return_path("/deals?x=1"), "/deals?x=1");
        for bad in ["//evil.test", "/\\evil.test", "https://evil.test", "javascript:alert(1)", "", "/a\r\nb", "evil"] {
            assert_eq!(safe_return_path(bad), "/", "{bad:?}");
        }
    }
}
