//! Forms sent like a user sends them: open the page, take its CSRF token,
//! post — and what a test reads back off a page (`<option>` values, cookies).

use super::{TestApp, page_csrf};

/// Opens `page` on `slug` as `c` for its CSRF token, then posts `fields` to `action`.
pub async fn post_form(
    c: &reqwest::Client,
    app: &TestApp,
    slug: &str,
    page: &str,
    action: &str,
    fields: &[(&str, &str)],
) -> reqwest::Response {
    let csrf = page_csrf(c, &app.url(slug, page)).await;
    let mut form: Vec<(&str, &str)> = vec![("csrf_token", csrf.as_str())];
    form.extend_from_slice(fields);
    c.post(app.url(slug, action)).form(&form).send().await.unwrap()
}

/// Posts `body` as a url-encoded form exactly as written (no token added):
/// for broken encodings, huge bodies, or a form spelled out field by field.
pub async fn post_encoded(c: &reqwest::Client, url: &str, body: impl Into<reqwest::Body>) -> reqwest::Response {
    c.post(url).header("content-type", "application/x-www-form-urlencoded").body(body).send().await.unwrap()
}

/// Owned fields (built at run time) as `post_form` takes them.
pub fn as_form<'a>(fields: &'a [(&'static str, String)]) -> Vec<(&'static str, &'a str)> {
    fields.iter().map(|(k, v)| (*k, v.as_str())).collect()
}

/// The value of the `<option>` labelled `label` in a page.
pub fn option_value(page: &str, label: &str) -> String {
    let end = page.find(&format!(">{label}</option>")).unwrap_or_else(|| panic!("no option {label}"));
    let start = page[..end].rfind("value=\"").unwrap() + "value=\"".len();
    page[start..].split('"').next().unwrap().to_string()
}

/// The id of organisation `name` (the vendor's own or a partner's), as the
/// user administration page of `slug` offers it to `admin`.
pub async fn organisation_id(app: &TestApp, admin: &reqwest::Client, slug: &str, name: &str) -> String {
    let users = admin.get(app.url(slug, "/admin/users")).send().await.unwrap().text().await.unwrap();
    option_value(&users, name)
}

/// Adds partner organisation `name` for `domains` on `slug` as `admin`.
pub async fn add_partner(app: &TestApp, admin: &reqwest::Client, slug: &str, name: &str, domains: &str) {
    let res = post_form(admin, app, slug, "/admin/partners", "/admin/partners", &[("name", name), ("email_domains", domains)]).await;
    assert_eq!(res.status(), 303, "add partner {name}: {}", res.text().await.unwrap());
}

/// Invites `email` as `role` of organisation `org` (an id) on `slug`, as `admin`;
/// the invitation goes out by mail (see `TestApp::accept_invitation`).
pub async fn invite(app: &TestApp, admin: &reqwest::Client, slug: &str, email: &str, role: &str, org: &str) {
    let res = post_form(
        admin,
        app,
        slug,
        "/admin/users",
        "/admin/users/invite",
        &[("email", email), ("display_name", email), ("role", role), ("organisation_id", org)],
    )
    .await;
    assert_eq!(res.status(), 303, "invite {email}: {}", res.text().await.unwrap());
}

/// The `portico_session` cookie a response sets, if it sets one.
pub fn session_cookie(res: &reqwest::Response) -> Option<String> {
    res.headers().get_all("set-cookie").iter().map(|v| v.to_str().unwrap().to_string()).find(|c| c.starts_with("portico_session="))
}
