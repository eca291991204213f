//! Tenant pages.

use askama::Template;

use crate::web::PageCtx;

#[derive(Template)]
#[template(path = "tenancy/home.html")]
pub struct HomePage {
    pub ctx: PageCtx,
    pub paragraphs: Vec<String>,
    pub updated: Option<String>,
}
