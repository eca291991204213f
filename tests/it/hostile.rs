//! Hostile input through the pages themselves: every form a visitor or a
//! signed-in person of each role can reach is sent back with control
//! characters (NUL first) in every field. Nothing a user can type may end in
//! a server error, on either backend (PostgreSQL refuses NUL in text).

use crate::support::world::world;
use crate::support::{client, csrf_from};

/// What a hostile client types into every field.
const HOSTILE: &str = "a\u{0}b\u{1}c\u{1b}[31m\u{7f}d\u{85}e";

/// Forms the crawl leaves alone: they end the crawler's own session or
/// lock people out, and carry no text a user types.
const SKIPPED_ACTIONS: &[&str] = &["/sign-out", "/deactivate", "/operator/"];

struct FormSpec {
    method: String,
    action: String,
    fields: Vec<String>,
}

fn attribute(tag: &str, name: &str) -> Option<String> {
    let at = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    let end = tag[at..].find('"')?;
    Some(tag[at..at + end].replace("&amp;", "&"))
}

/// The forms of a page: method, action and the names of their fields.
fn forms_of(page: &str, page_path: &str) -> Vec<FormSpec> {
    let mut out = Vec::new();
    for chunk in page.split("<form").skip(1) {
        let Some(end) = chunk.find("</form>") else { continue };
        let form = &chunk[..end];
        let head = &form[..form.find('>').unwrap_or(0)];
        let method = attribute(head, "method").unwrap_or_else(|| "get".into()).to_lowercase();
        let action = attribute(head, "action").unwrap_or_else(|| page_path.to_string());
        let mut fields = Vec::new();
        for tag in ["<input", "<textarea", "<select"] {
            for piece in form.split(tag).skip(1) {
                let element = &piece[..piece.find('>').unwrap_or(piece.len())];
                if let Some(name) = attribute(element, "name")
                    && name != "csrf_token"
                    && attribute(element, "type").as_deref() != Some("file")
                    && !fields.contains(&name)
                {
                    fields.push(name);
                }
            }
        }
        out.push(FormSpec { method, action, fields });
    }
    out
}

async fn send_hostile(c: &reqwest::Client, base: &str, page_path: &str) -> Vec<(String, u16)> {
    let page_url = format!("{base}{page_path}");
    let page = c.get(&page_url).send().await.unwrap();
    assert!(page.status().as_u16() < 500, "GET {page_path} answered {}", page.status());
    let html = page.text().await.unwrap();
    let csrf = if html.contains("name=\"csrf_token\"") { csrf_from(&html) } else { String::new() };
    let mut answers = Vec::new();
    for form in forms_of(&html, page_path) {
        if form.action.starts_with("http") || SKIPPED_ACTIONS.iter().any(|s| form.action.contains(s)) {
            continue;
        }
        let mut fields: Vec<(String, String)> = form.fields.iter().map(|f| (f.clone(), HOSTILE.to_string())).collect();
        let url = format!("{base}{}", form.action);
        let res = if form.method == "post" {
            fields.push(("csrf_token".into(), csrf.clone()));
            c.post(&url).header("origin", base).form(&fields).send().await.unwrap()
        } else {
            let query = url::form_urlencoded::Serializer::new(String::new()).extend_pairs(&fields).finish();
            let sep = if url.contains('?') { '&' } else { '?' };
            c.get(format!("{url}{sep}{query}")).send().await.unwrap()
        };
        answers.push((format!("{} {} {:?}", form.method.to_uppercase(), form.action, form.fields), res.status().as_u16()));
    }
    answers
}

#[tokio::test]
async fn control_characters_in_any_form_field_never_cause_a_server_error() {
    let w = world().await;
    let app = &w.app;
    let deal = w.register(&w.pu, "Hostile Customer", "hostile.test", "50000", "submit").await;
    let base = app.url("acme", "");
    let base = base.trim_end_matches('/');

    let public = ["/", "/sign-in", "/password/forgot", "/become-a-partner"];
    let staff = [
        "/",
        "/deals",
        "/admin",
        "/admin/branding",
        "/admin/languages",
        "/admin/texts?locale=de-DE",
        "/admin/users",
        "/admin/partners",
        "/admin/applications",
        "/admin/products",
        "/admin/tiers",
        "/admin/sso/new",
        "/admin/mail",
        "/notifications",
    ];
    let deal_page = format!("/deals/{deal}");
    let partner = ["/", "/deals", "/deals/new", deal_page.as_str(), "/organisation/users", "/organisation", "/notifications"];

    let mut answers = Vec::new();
    for path in public {
        answers.extend(send_hostile(&client(), base, path).await);
    }
    for path in staff {
        answers.extend(send_hostile(&w.admin, base, path).await);
    }
    for path in ["/deals", deal_page.as_str()] {
        answers.extend(send_hostile(&w.cm, base, path).await);
    }
    for path in partner {
        answers.extend(send_hostile(&w.pa, base, path).await);
    }
    let posts = answers.iter().filter(|(what, _)| what.starts_with("POST")).count();
    assert!(posts >= 20, "the crawl reached the forms ({posts} posted): {answers:?}");
    let failures: Vec<_> = answers.iter().filter(|(_, status)| *status >= 500).collect();
    assert!(failures.is_empty(), "server errors: {failures:#?}");
    // Refused, not stored: the deal page and lists still render for everyone.
    for (c, path) in [(&w.admin, "/admin/partners"), (&w.pa, "/deals"), (&w.admin, "/admin/applications")] {
        let res = c.get(format!("{base}{path}")).send().await.unwrap();
        assert_eq!(res.status(), 200, "{path}");
        assert!(!res.text().await.unwrap().contains('\u{0}'), "{path} shows a NUL that was stored");
    }
}

#[test]
fn the_crawler_reads_forms_as_a_browser_would() {
    let page = r#"<form method="post" action="/a?x=1&amp;y=2"><input type="hidden" name="csrf_token" value="t"><input name="q"><textarea name="body"></textarea><select name="s"></select><input type="file" name="logo"></form><form><input name="term"></form>"#;
    let forms = forms_of(page, "/here");
    assert_eq!(forms.len(), 2);
    assert_eq!((forms[0].method.as_str(), forms[0].action.as_str()), ("post", "/a?x=1&y=2"));
    assert_eq!(forms[0].fields, ["q", "body", "s"]);
    assert_eq!(
        (forms[1].method.as_str(), forms[1].action.as_str(), forms[1].fields.as_slice()),
        ("get", "/here", &["term".to_string()][..])
    );
}
