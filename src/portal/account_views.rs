//! Sign-in, invitation and password pages.

use askama::Template;

use crate::validate::FieldErrors;
use crate::web::ctx::PageCtx;

pub struct ProviderButton {
    pub id: i64,
    pub name: String,
}

#[derive(Template)]
#[template(path = "identity/sign_in.html")]
pub struct SignInPage {
    pub ctx: PageCtx,
    /// false: ask for the e-mail; true: ask for the password.
    pub password_step: bool,
    pub email: String,
    pub return_to: String,
    pub errors: FieldErrors,
    /// A message for the whole form (wrong credentials, throttled).
    pub alert: Option<String>,
    pub providers: Vec<ProviderButton>,
}

#[derive(Template)]
#[template(path = "identity/set_password.html")]
pub struct SetPasswordPage {
    pub ctx: PageCtx,
    pub heading: String,
    pub intro: String,
    pub action: String,
    pub email: String,
    pub errors: FieldErrors,
}

#[derive(Template)]
#[template(path = "identity/message.html")]
pub struct MessagePage {
    pub ctx: PageCtx,
    pub heading: String,
    pub body: String,
    pub link: Option<(String, String)>,
}

#[derive(Template)]
#[template(path = "identity/forgot.html")]
pub struct ForgotPage {
    pub ctx: PageCtx,
    pub email: String,
    pub errors: FieldErrors,
}

/// A form submission cannot redirect to another origin under our CSP
/// (`form-action 'self'`), so e-mail-first sign-in hands over to the
/// provider through this page (an immediate refresh, and a link).
#[derive(Template)]
#[template(path = "identity/sso_redirect.html")]
pub struct SsoRedirectPage {
    pub ctx: PageCtx,
    pub url: String,
    pub provider: String,
}
