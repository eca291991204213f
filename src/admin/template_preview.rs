//! The live preview while an editor writes an e-mail template or a landing
//! page: the typed subject and HTML, filled for a made-up partner by the same
//! `cobrand::fill` that makes partners' copies, shown in a sandboxed frame.
//! The template form's Preview button sends it there (no JavaScript needed);
//! with JavaScript, typing re-sends it after a pause.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use serde::Deserialize;

use super::asset_zones::sample_values;
use super::assets::template_message;
use crate::campaigns::cobrand::{self, Format};
use crate::error::AppError;
use crate::identity::auth::CurrentUser;
use crate::identity::rbac::Permission;
use crate::state::AppState;
use crate::web::ctx::PageCtx;
use crate::web::extract::CurrentTenant;

#[derive(Default, Deserialize)]
pub struct Draft {
    #[serde(default)]
    subject: String,
    #[serde(default)]
    body_html: String,
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

async fn preview(
    ctx: PageCtx,
    user: CurrentUser,
    tenant: CurrentTenant,
    draft: web::Form<Draft>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    user.require(Permission::AuthorContent)?;
    let values = sample_values(&ctx, &state, &tenant);
    let (status, body) =
        match (cobrand::fill(&draft.subject, &values, Format::Text), cobrand::fill(&draft.body_html, &values, Format::Html)) {
            (Ok(subject), Ok(html)) => {
                let head = format!(
                    "<p style=\"font:14px/1.4 sans-serif;color:#57606a;margin:0 0 12px\">{}: <strong>{}</strong> · {}</p>",
                    escape(&ctx.t("template-subject")),
                    escape(&subject),
                    escape(&ctx.t("template-preview-sample")),
                );
                (StatusCode::OK, format!("{head}{html}"))
            }
            (Err(e), _) | (_, Err(e)) => (
                StatusCode::UNPROCESSABLE_ENTITY,
                format!("<p style=\"font:14px/1.4 sans-serif;color:#a40e26\">{}</p>", escape(&template_message(&ctx, &e))),
            ),
        };
    Ok(crate::web::files::sandboxed_html(status, body))
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    crate::web::routes::Routes::new(cfg).post("/admin/assets/preview", preview);
}
