//! Single sign-on with OpenID Connect against real providers on loopback
//! (SECURITY-CHECKLIST OIDC-1…OIDC-13, OIDC-15, OIDC-17).

use crate::support::oidc::{NodePeer, SsoTenant, evil_op, real_op, sso_tenant};
use crate::support::{client, invite, link_from, organisation_id, post_form, session_cookie};

/// Follows redirects and the provider's own login and consent forms, like a
/// browser; stops at the first page of ours (or, with `stop_at_callback`,
/// just before our callback). Returns (status, url, body).
async fn follow(c: &reqwest::Client, start: &str, login: &str, stop_at_callback: bool) -> (u16, String, String) {
    let mut url = start.to_string();
    let mut form: Option<Vec<(String, String)>> = None;
    for _ in 0..30 {
        if stop_at_callback && url.contains("/auth/callback/") {
            return (0, url, String::new());
        }
        let res = match form.take() {
            None => c.get(&url).send().await.unwrap(),
            Some(f) => c.post(&url).form(&f).send().await.unwrap(),
        };
        let status = res.status().as_u16();
        if res.status().is_redirection() {
            let location = res.headers()["location"].to_str().unwrap().to_string();
            url = url::Url::parse(&url).unwrap().join(&location).unwrap().to_string();
            continue;
        }
        let body = res.text().await.unwrap();
        if url.starts_with("http://127.0.0.1") {
            let action_at = body.find("action=\"").unwrap_or_else(|| panic!("provider page without a form: {body}")) + 8;
            let action = body[action_at..].split('"').next().unwrap().to_string();
            url = url::Url::parse(&url).unwrap().join(&action).unwrap().to_string();
            let mut fields = hidden_inputs(&body);
            if body.contains("name=\"login\"") {
                fields.push(("login".into(), login.into()));
                fields.push(("password".into(), "any".into()));
            }
            form = Some(fields);
            continue;
        }
        return (status, url, body);
    }
    panic!("too many redirects from {start}");
}

/// The hidden inputs of the first form on a page.
fn hidden_inputs(html: &str) -> Vec<(String, String)> {
    let form = &html[html.find("<form").unwrap_or(0)..];
    let form = &form[..form.find("</form>").unwrap_or(form.len())];
    form.split("<input")
        .skip(1)
        .filter(|tag| tag.contains("type=\"hidden\""))
        .filter_map(|tag| {
            let attr = |name: &str| {
                let key = format!("{name}=\"");
                let start = tag.find(&key)? + key.len();
                Some(tag[start..].split('"').next()?.to_string())
            };
            Some((attr("name")?, attr("value").unwrap_or_default()))
        })
        .collect()
}

/// E-mail-first sign-in on acme for `email`, through whatever provider serves it.
async fn sso_sign_in(s: &SsoTenant, c: &reqwest::Client, email: &str) -> (u16, String, String) {
    let res = post_form(c, &s.app, "acme", "/sign-in", "/sign-in", &[("email", email), ("return_to", "/")]).await;
    assert_eq!(res.status(), 200, "{email} is routed to its provider");
    let location = sso_link(&res.text().await.unwrap());
    follow(c, &s.app.url("acme", &location), email, false).await
}

/// The provider hand-over page's link (a refresh and a button).
fn sso_link(page: &str) -> String {
    let start = page.find("href=\"/auth/sso/").unwrap_or_else(|| panic!("no hand-over to a provider: {page}")) + 6;
    page[start..].split('"').next().unwrap().replace("&#38;", "&")
}

/// Sends the password form of an invitation or reset link at `path`.
async fn set_password(s: &SsoTenant, c: &reqwest::Client, path: &str) -> reqwest::Response {
    let password = "tulip-orbit-kettle-93";
    post_form(c, &s.app, "acme", "/sign-in", path, &[("password", password), ("password_confirm", password)]).await
}

fn signed_in(body: &str) -> bool {
    body.contains("Sign out")
}

#[tokio::test]
async fn partners_sign_in_through_their_own_provider_with_just_in_time_accounts() {
    let s = sso_tenant().await;
    let op = real_op(&[("p1a-client", "p1a-client-secret", s.redirect_uris())]);
    s.provider(&op.issuer, "p1a-client", "P1A", "p1a.test", true, false).await;

    let c = client();
    let (status, url, body) = sso_sign_in(&s, &c, "alice@p1a.test").await;
    assert_eq!(status, 200, "{url}: {body}");
    assert!(signed_in(&body), "{body}");
    assert!(body.contains("alice"));

    // Again: the same account, found by (provider, issuer, subject).
    let again = client();
    let (_, _, body) = sso_sign_in(&s, &again, "alice@p1a.test").await;
    assert!(signed_in(&body));
    let users = s.admin.get(s.app.url("acme", "/admin/users")).send().await.unwrap().text().await.unwrap();
    assert_eq!(users.matches("alice@p1a.test").count(), 1, "one account, not two");
    assert!(users.contains("P1A"));
}

#[tokio::test]
async fn without_just_in_time_only_invited_users_get_in() {
    let s = sso_tenant().await;
    let op = real_op(&[("p1b-client", "p1b-client-secret", s.redirect_uris())]);
    s.provider(&op.issuer, "p1b-client", "P1B", "p1b.test", false, false).await;
    // The admin invites bob into P1B.
    let org = organisation_id(&s.app, &s.admin, "acme", "P1B").await;
    invite(&s.app, &s.admin, "acme", "bob@p1b.test", "partner_admin", &org).await;

    let (_, _, body) = sso_sign_in(&s, &client(), "bob@p1b.test").await;
    assert!(signed_in(&body), "an invited user signs in through SSO");
    let (status, _, body) = sso_sign_in(&s, &client(), "carol@p1b.test").await;
    assert_eq!(status, 401);
    assert!(body.contains("Sign-in did not work") && !signed_in(&body));
}

#[tokio::test]
async fn signing_in_through_the_provider_uses_the_invitation_up() {
    let s = sso_tenant().await;
    let op = real_op(&[("p1b-client", "p1b-client-secret", s.redirect_uris())]);
    s.provider(&op.issuer, "p1b-client", "P1B", "p1b.test", false, false).await;
    let org = organisation_id(&s.app, &s.admin, "acme", "P1B").await;
    invite(&s.app, &s.admin, "acme", "bob@p1b.test", "partner_admin", &org).await;
    let link = link_from(&s.app.last_mail("bob@p1b.test").await.text, "http://acme.localhost");
    let path = link.split_once(&format!(":{}", s.app.port)).unwrap().1.to_string();
    assert_eq!(client().get(&link).send().await.unwrap().status(), 200, "the link works before");

    let (_, _, body) = sso_sign_in(&s, &client(), "bob@p1b.test").await;
    assert!(signed_in(&body));
    // Whoever holds the link now can no longer set a password for bob.
    assert_eq!(client().get(&link).send().await.unwrap().status(), 410);
    let res = set_password(&s, &client(), &path).await;
    assert_eq!(res.status(), 410);
}

#[tokio::test]
async fn people_of_an_organisation_that_requires_its_provider_set_no_password_whatever_their_address() {
    let s = sso_tenant().await;
    let org = organisation_id(&s.app, &s.admin, "acme", "P1A").await;
    // Someone of P1A with a password from before the provider was required.
    invite(&s.app, &s.admin, "acme", "early@elsewhere.test", "partner_user", &org).await;
    s.app.accept_invitation("acme", "early@elsewhere.test", "tulip-orbit-kettle-93").await;
    let op = real_op(&[("p1a-client", "p1a-client-secret", s.redirect_uris())]);
    s.provider(&op.issuer, "p1a-client", "P1A", "p1a.test", false, true).await;
    let res = s.app.sign_in_with(&client(), "acme", "early@elsewhere.test", "tulip-orbit-kettle-93").await;
    assert!(sso_link(&res.text().await.unwrap()).starts_with("/auth/sso/"), "the right password hands over to the provider");
    // An address outside the provider's domains, invited into the organisation.
    invite(&s.app, &s.admin, "acme", "contractor@elsewhere.test", "partner_user", &org).await;
    let link = link_from(&s.app.last_mail("contractor@elsewhere.test").await.text, "http://acme.localhost");
    let path = link.split_once(&format!(":{}", s.app.port)).unwrap().1.to_string();
    let page = client().get(&link).send().await.unwrap().text().await.unwrap();
    assert!(sso_link(&page).starts_with("/auth/sso/"), "the page hands over to the provider");
    assert!(!page.contains("name=\"password\""), "no password form");
    let c = client();
    let res = set_password(&s, &c, &path).await;
    assert_eq!(res.status(), 200);
    assert!(sso_link(&res.text().await.unwrap()).starts_with("/auth/sso/"));
    let res = s.app.sign_in_with(&client(), "acme", "contractor@elsewhere.test", "tulip-orbit-kettle-93").await;
    assert!(!signed_in(&res.text().await.unwrap()), "no password was set");
}

#[tokio::test]
async fn a_required_provider_closes_password_sign_in_and_reset_for_its_domains() {
    let s = sso_tenant().await;
    let op = real_op(&[("p1a-client", "p1a-client-secret", s.redirect_uris())]);
    s.provider(&op.issuer, "p1a-client", "P1A", "p1a.test", true, true).await;
    let (_, _, body) = sso_sign_in(&s, &client(), "alice@p1a.test").await;
    assert!(signed_in(&body));

    // A password straight to the form still goes to the provider (OIDC-17).
    let c = client();
    let res = s.app.sign_in_with(&c, "acme", "alice@p1a.test", "whatever-password-1").await;
    assert_eq!(res.status(), 200);
    assert!(sso_link(&res.text().await.unwrap()).starts_with("/auth/sso/"));
    // A reset is answered as usual, but no mail goes out.
    let res = post_form(&c, &s.app, "acme", "/password/forgot", "/password/forgot", &[("email", "alice@p1a.test")]).await;
    assert_eq!(res.status(), 200);
    s.app.last_mail("ops@acme.test").await;
    assert!(s.app.mailbox("alice@p1a.test").is_empty());
}

#[tokio::test]
async fn a_partners_provider_cannot_sign_in_another_partners_user() {
    // OIDC-10: P1B's provider (say, misconfigured to claim p1a.test as well)
    // asserts alice@p1a.test, a P1A user.
    let s = sso_tenant().await;
    let good = real_op(&[("p1a-client", "p1a-client-secret", s.redirect_uris())]);
    s.provider(&good.issuer, "p1a-client", "P1A", "p1a.test", true, false).await;
    let (_, _, body) = sso_sign_in(&s, &client(), "alice@p1a.test").await;
    assert!(signed_in(&body));

    let evil = evil_op("p1b-client", "p1b-client-secret");
    // The provider even claims p1a.test: the organisation binding still holds.
    let evil_id = s.provider(&evil.issuer, "p1b-client", "P1B", "p1b.test, p1a.test", true, false).await;
    evil.set_identity("attacker-sub", "alice@p1a.test").await;
    let c = client();
    let (status, _, body) = follow(&c, &s.app.url("acme", &format!("/auth/sso/{evil_id}")), "x", false).await;
    assert_eq!(status, 401, "{body}");
    assert!(!signed_in(&body));
    let users = s.admin.get(s.app.url("acme", "/admin/users")).send().await.unwrap().text().await.unwrap();
    assert_eq!(users.matches("alice@p1a.test").count(), 1, "no second alice");
}

#[tokio::test]
async fn id_tokens_that_fail_any_check_are_refused() {
    let s = sso_tenant().await;
    let evil = evil_op("evil-client", "evil-client-secret");
    let id = s.provider(&evil.issuer, "evil-client", "P1B", "evil.test", true, false).await;
    let start = s.app.url("acme", &format!("/auth/sso/{id}"));

    // OIDC-6: `exp` past the 60 s skew is refused; within it, accepted (below).
    for mode in [
        "wrong_aud",
        "extra_aud",
        "wrong_iss",
        "expired",
        "exp_past_skew",
        "future_iat",
        "bad_nonce",
        "no_nonce",
        "alg_none",
        "hs256",
        "bad_signature",
        "no_sub",
    ] {
        evil.set_mode(mode).await;
        let c = client();
        let (status, _, body) = follow(&c, &start, "x", false).await;
        assert_eq!(status, 401, "{mode} was accepted");
        assert!(!signed_in(&body), "{mode}");
        let home = c.get(s.app.url("acme", "/")).send().await.unwrap().text().await.unwrap();
        assert!(!signed_in(&home), "{mode} left a session");
    }
    for mode in ["exp_in_skew", "ok"] {
        evil.set_mode(mode).await;
        let (status, _, body) = follow(&client(), &start, "x", false).await;
        assert_eq!(status, 200, "{mode}");
        assert!(signed_in(&body), "the same provider works when the token is right ({mode})");
    }
}

#[tokio::test]
async fn rotated_keys_are_fetched_once_and_unknown_keys_do_not_flood_the_provider() {
    let s = sso_tenant().await;
    let evil = evil_op("evil-client", "evil-client-secret");
    let id = s.provider(&evil.issuer, "evil-client", "P1B", "evil.test", true, false).await;
    let start = s.app.url("acme", &format!("/auth/sso/{id}"));
    evil.set_mode("ok").await;
    assert!(signed_in(&follow(&client(), &start, "x", false).await.2));

    // A burst of tokens signed by an unknown key: at most one refetch.
    let before = evil.jwks_fetches().await;
    evil.set_mode("unknown_kid").await;
    for _ in 0..5 {
        assert_eq!(follow(&client(), &start, "x", false).await.0, 401);
    }
    assert!(evil.jwks_fetches().await - before <= 1, "refetch is rate-limited");

    // After a real rotation, a fresh app refetches once and signs in.
    let s2 = sso_tenant().await;
    let id2 = s2.provider(&evil.issuer, "evil-client", "P1B", "evil.test", true, false).await;
    let start2 = s2.app.url("acme", &format!("/auth/sso/{id2}"));
    evil.set_mode("ok").await;
    assert!(signed_in(&follow(&client(), &start2, "x", false).await.2));
    let before = evil.jwks_fetches().await;
    evil.set_mode("rotate").await;
    let (status, _, body) = follow(&client(), &start2, "x", false).await;
    assert_eq!(status, 200, "{body}");
    assert!(signed_in(&body));
    assert_eq!(evil.jwks_fetches().await - before, 1);
}

#[tokio::test]
async fn callbacks_are_single_use_bound_to_the_browser_and_to_their_provider() {
    let s = sso_tenant().await;
    let a = evil_op("a-client", "a-client-secret");
    let b = evil_op("b-client", "b-client-secret");
    let id_a = s.provider(&a.issuer, "a-client", "P1A", "a.test", true, false).await;
    let id_b = s.provider(&b.issuer, "b-client", "P1B", "b.test", true, false).await;
    a.set_identity("a-sub", "user@a.test").await;

    // OIDC-1: replay, missing state, another browser's callback.
    let c = client();
    let (_, callback, _) = follow(&c, &s.app.url("acme", &format!("/auth/sso/{id_a}")), "x", true).await;
    let other_browser = client();
    assert_eq!(other_browser.get(&callback).send().await.unwrap().status(), 401, "another browser's callback");
    let (status, _, body) = follow(&c, &callback, "x", false).await;
    assert_eq!(status, 200);
    assert!(signed_in(&body));
    assert_eq!(client().get(&callback).send().await.unwrap().status(), 401, "replayed callback");

    let c = client();
    let (_, callback, _) = follow(&c, &s.app.url("acme", &format!("/auth/sso/{id_a}")), "x", true).await;
    let bad_state = regex_replace(&callback, "state=", "state=tampered");
    assert_eq!(c.get(&bad_state).send().await.unwrap().status(), 401, "wrong state");

    // OIDC-9: a login started at A, its code delivered to B's callback.
    let c = client();
    let (_, callback, _) = follow(&c, &s.app.url("acme", &format!("/auth/sso/{id_a}")), "x", true).await;
    let mixed = callback.replace(&format!("/auth/callback/{id_a}"), &format!("/auth/callback/{id_b}"));
    let res = c.get(&mixed).send().await.unwrap();
    assert_eq!(res.status(), 401, "mix-up");
    let c = client();
    let (_, callback, _) = follow(&c, &s.app.url("acme", &format!("/auth/sso/{id_a}")), "x", true).await;
    let res = c.get(format!("{callback}&iss={}", url_encode(&b.issuer))).send().await.unwrap();
    assert_eq!(res.status(), 401, "iss of another provider");
}

fn regex_replace(url: &str, from: &str, to: &str) -> String {
    url.replacen(from, to, 1)
}

fn url_encode(s: &str) -> String {
    url::form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

#[tokio::test]
async fn providers_are_per_tenant_and_inside_addresses_are_refused() {
    let s = sso_tenant().await;
    let evil = evil_op("evil-client", "evil-client-secret");
    let id = s.provider(&evil.issuer, "evil-client", "P1B", "evil.test", true, false).await;
    // OIDC-11: acme's provider does not exist on globex.
    s.app.create_tenant("globex", "Globex");
    assert_eq!(client().get(s.app.url("globex", &format!("/auth/sso/{id}"))).send().await.unwrap().status(), 404);

    // OIDC-13: issuers inside the network are refused at save, before any request
    // (0x7f000001 is 127.0.0.1, which this test allow-lists for its own providers).
    for issuer in ["http://169.254.169.254/latest", "https://[::1]/", "http://10.255.255.1/", "http://127.0.0.2:9/", "https://0x7f000001/"]
    {
        let res = s.provider_form(issuer, "c", "P1A", "p1a.test", false, false).await;
        assert_eq!(res.status(), 422, "{issuer}");
        assert!(res.text().await.unwrap().contains("Could not reach the provider at"), "{issuer}");
    }
}

#[tokio::test]
async fn the_session_is_renewed_when_sso_completes() {
    let s = sso_tenant().await;
    let evil = evil_op("evil-client", "evil-client-secret");
    let id = s.provider(&evil.issuer, "evil-client", "P1B", "evil.test", true, false).await;
    let c = client();
    let start = c.get(s.app.url("acme", &format!("/auth/sso/{id}"))).send().await.unwrap();
    let pre = session_cookie(&start);
    let location = start.headers()["location"].to_str().unwrap().to_string();
    let (_, callback, _) = follow(&c, &location, "x", true).await;
    let done = c.get(&callback).send().await.unwrap();
    assert_eq!(done.status(), 303);
    let post = session_cookie(&done);
    assert!(pre.is_some() && post.is_some());
    assert_ne!(pre, post, "OIDC-15: a new session id after the callback");
    let _: Option<&NodePeer> = None;
}

#[tokio::test]
async fn the_provider_form_starts_valid_keeps_what_was_typed_and_explains_a_bad_issuer() {
    let s = sso_tenant().await;
    // A valid start: a partner organisation, the least-privileged role that fits it.
    let page = s.admin.get(s.app.url("acme", "/admin/sso/new")).send().await.unwrap().text().await.unwrap();
    let p1a = organisation_id(&s.app, &s.admin, "acme", "P1A").await;
    assert!(page.contains(&format!("<option value=\"{p1a}\" selected>")), "the first partner is chosen");
    assert!(page.contains("<option value=\"partner_user\" selected>"));

    // An issuer nobody answers at: a message people can act on, in their
    // language, and everything typed kept — the secret sealed, never shown.
    let evil = evil_op("evil-client", "evil-client-secret");
    let fields = |issuer: &str, secret: &str, sealed: &str| {
        let mut f = vec![
            ("name", "P1A login".to_string()),
            ("issuer", issuer.to_string()),
            ("client_id", "evil-client".to_string()),
            ("client_secret", secret.to_string()),
            ("scopes", "email profile".to_string()),
            ("email_domains", "p1a.test".to_string()),
            ("organisation_id", p1a.clone()),
            ("default_role", "partner_user".to_string()),
        ];
        if !sealed.is_empty() {
            f.push(("client_secret_sealed", sealed.to_string()));
        }
        f
    };
    let send = |f: Vec<(&'static str, String)>, lang: &'static str| {
        let admin = s.admin.clone();
        let app = &s.app;
        async move {
            let csrf = crate::support::page_csrf(&admin, &app.url("acme", "/admin/sso/new")).await;
            let mut body = f;
            body.push(("csrf_token", csrf));
            admin.post(app.url("acme", "/admin/sso")).header("accept-language", lang).form(&body).send().await.unwrap()
        }
    };
    let res = send(fields("http://127.0.0.1:9", "typed-secret-123", ""), "de").await;
    assert_eq!(res.status(), 422);
    let page = res.text().await.unwrap();
    assert!(page.contains("Der Dienst unter http://127.0.0.1:9 war nicht erreichbar."), "localized, not the resolver's text");
    assert!(!page.contains("typed-secret-123"), "the secret never shows");
    assert!(page.contains("value=\"P1A login\"") && page.contains("value=\"evil-client\""));
    let sealed = page
        .split("name=\"client_secret_sealed\" value=\"")
        .nth(1)
        .expect("the secret kept, sealed")
        .split('"')
        .next()
        .unwrap()
        .to_string();

    // A status instead of a discovery document.
    let res = send(fields(&format!("{}/nope", evil.issuer), "", &sealed), "en").await;
    assert_eq!(res.status(), 422);
    assert!(res.text().await.unwrap().contains("answered with status 404 instead of its discovery document"));

    // Fixed, without typing the secret again: saved with the one first typed.
    let res = send(fields(&evil.issuer, "", &sealed), "en").await;
    assert_eq!(res.status(), 303, "{}", res.text().await.unwrap());
    let enc: String = {
        use diesel::prelude::*;
        let mut pooled = s.app.pool().get().unwrap();
        let conn: &mut portico::db::AnyConnection = &mut pooled;
        portico::db::schema::identity_providers::table
            .select(portico::db::schema::identity_providers::client_secret_enc)
            .first::<String>(conn)
            .unwrap()
    };
    let secret = portico::identity::sso::secret::decrypt(s.app.config().secret_key.as_bytes(), &enc);
    assert_eq!(secret.as_deref(), Some("typed-secret-123"));
}
