//! Local accounts, sessions and CSRF (SES-1…SES-5, CSRF-*, TEN-2).

use crate::support::{
    PASSWORD, bare_client, client, csrf_from, link_from, page_csrf, post_form, session_cookie, spawn_app, spawn_app_with,
};

#[tokio::test]
async fn an_invitation_sets_the_password_once_and_signs_in() {
    let app = spawn_app().await;
    app.create_tenant("acme", "Acme");
    let mail = app.last_mail("ops@acme.test").await;
    let link = link_from(&mail.text, &format!("http://acme.localhost:{}/invitations/", app.port));
    let c = client();
    let page = c.get(&link).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("ops@acme.test"));
    let csrf = csrf_from(&page);

    for (password, confirm, message) in [
        (PASSWORD, "something else", "do not match"),
        ("short", "short", "at least 12 characters"),
        ("password1234", "password1234", "too common"),
    ] {
        let res = c
            .post(&link)
            .form(&[("csrf_token", csrf.as_str()), ("password", password), ("password_confirm", confirm)])
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 422);
        assert!(res.text().await.unwrap().contains(message), "{message}");
    }
    let res =
        c.post(&link).form(&[("csrf_token", csrf.as_str()), ("password", PASSWORD), ("password_confirm", PASSWORD)]).send().await.unwrap();
    assert_eq!(res.status(), 303);
    let cookie = session_cookie(&res).expect("session cookie");
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax") && cookie.contains("Path=/"));
    assert!(!cookie.to_lowercase().contains("domain="), "host-only: {cookie}");

    let home = c.get(app.url("acme", "/")).send().await.unwrap().text().await.unwrap();
    assert!(home.contains("Sign out"));
    assert!(home.contains("Welcome! Your password is set"));

    // Single use.
    let again = client().get(&link).send().await.unwrap();
    assert_eq!(again.status(), 410);
}

#[tokio::test]
async fn an_invitation_of_one_tenant_is_worthless_on_another() {
    let app = spawn_app().await;
    app.create_tenant("acme", "Acme");
    app.create_tenant("globex", "Globex");
    let mail = app.last_mail("ops@acme.test").await;
    let link = link_from(&mail.text, &format!("http://acme.localhost:{}/invitations/", app.port));
    let foreign = link.replace("acme.localhost", "globex.localhost");
    assert_eq!(client().get(&foreign).send().await.unwrap().status(), 410);
}

#[tokio::test]
async fn sign_in_is_email_first_renews_the_session_and_sign_out_ends_it() {
    let app = spawn_app().await;
    app.tenant_with_admin("acme", PASSWORD).await;

    let c = client();
    let page = c.get(app.url("acme", "/sign-in")).send().await.unwrap();
    let before = session_cookie(&page);
    let csrf = csrf_from(&page.text().await.unwrap());
    let step = c
        .post(app.url("acme", "/sign-in"))
        .form(&[("csrf_token", csrf.as_str()), ("email", "ops@acme.test"), ("return_to", "/")])
        .send()
        .await
        .unwrap();
    assert_eq!(step.status(), 200);
    assert!(step.text().await.unwrap().contains("type=\"password\""), "second step asks for the password");

    let wrong = c
        .post(app.url("acme", "/sign-in"))
        .form(&[("csrf_token", csrf.as_str()), ("email", "ops@acme.test"), ("password", "not-the-password-1"), ("return_to", "/")])
        .send()
        .await
        .unwrap();
    assert_eq!(wrong.status(), 401);
    let unknown = c
        .post(app.url("acme", "/sign-in"))
        .form(&[("csrf_token", csrf.as_str()), ("email", "nobody@acme.test"), ("password", "not-the-password-1"), ("return_to", "/")])
        .send()
        .await
        .unwrap();
    assert_eq!(unknown.status(), 401);
    let (wrong_text, unknown_text) = (wrong.text().await.unwrap(), unknown.text().await.unwrap());
    assert!(wrong_text.contains("is not right") && unknown_text.contains("is not right"), "same answer either way");

    let ok = c
        .post(app.url("acme", "/sign-in"))
        .form(&[("csrf_token", csrf.as_str()), ("email", "OPS@acme.test"), ("password", PASSWORD), ("return_to", "//evil.test/x")])
        .send()
        .await
        .unwrap();
    assert_eq!(ok.status(), 303);
    assert_eq!(ok.headers()["location"], "/", "return_to stays on this host");
    let after = session_cookie(&ok).expect("a session cookie at sign-in");
    assert_ne!(Some(after.clone()), before, "session id renewed at sign-in");

    // Sign out, then replay the old cookie by hand: it opens nothing (SES-3).
    let stolen = after.split(';').next().unwrap().to_string();
    let csrf = page_csrf(&c, &app.url("acme", "/")).await;
    let out = c.post(app.url("acme", "/sign-out")).form(&[("csrf_token", csrf.as_str())]).send().await.unwrap();
    assert_eq!(out.status(), 303);
    let replay = client().get(app.url("acme", "/")).header("cookie", &stolen).send().await.unwrap().text().await.unwrap();
    assert!(!replay.contains("Sign out"), "replayed cookie after sign-out is anonymous");
}

#[tokio::test]
async fn repeated_failures_lock_the_account_for_a_while() {
    let app = spawn_app().await;
    app.tenant_with_admin("acme", PASSWORD).await;
    let c = client();
    for _ in 0..5 {
        assert_eq!(app.sign_in_with(&c, "acme", "ops@acme.test", "wrong-password-123").await.status(), 401);
    }
    let res = app.sign_in_with(&c, "acme", "ops@acme.test", PASSWORD).await;
    assert_eq!(res.status(), 429);
    assert!(res.text().await.unwrap().contains("Too many failed attempts"));
    // Another tenant's user is not affected.
    app.tenant_with_admin("globex", PASSWORD).await;
    assert_eq!(app.sign_in_with(&client(), "globex", "ops@globex.test", PASSWORD).await.status(), 303);
}

#[tokio::test]
async fn a_session_from_another_tenant_is_refused() {
    let app = spawn_app().await;
    app.tenant_with_admin("acme", PASSWORD).await;
    app.create_tenant("globex", "Globex");
    let res = app.sign_in_with(&client(), "acme", "ops@acme.test", PASSWORD).await;
    let cookie = session_cookie(&res).unwrap().split(';').next().unwrap().to_string();
    let on_acme = client().get(app.url("acme", "/")).header("cookie", &cookie).send().await.unwrap().text().await.unwrap();
    assert!(on_acme.contains("Sign out"), "the cookie works where it was made");

    // Present acme's session to globex by hand (TEN-2).
    let res = client().get(app.url("globex", "/admin")).header("cookie", &cookie).send().await.unwrap();
    assert_eq!(res.status(), 303, "not signed in on globex");
    assert!(res.headers()["location"].to_str().unwrap().starts_with("/sign-in"));
    let page = client().get(app.url("globex", "/")).header("cookie", &cookie).send().await.unwrap().text().await.unwrap();
    assert!(!page.contains("Sign out") && !page.contains("ops@acme.test"));
}

#[tokio::test]
async fn unsafe_requests_need_the_session_token_and_a_same_origin_request() {
    let app = spawn_app().await;
    let c = app.tenant_with_admin("acme", PASSWORD).await;
    let token = page_csrf(&c, &app.url("acme", "/")).await;
    let url = app.url("acme", "/sign-out");

    type Case<'a> = (Vec<(&'a str, String)>, Vec<(&'a str, &'a str)>, &'a str);
    let cases: Vec<Case> = vec![
        (vec![], vec![], "no token"),
        (vec![("csrf_token", "0".repeat(64))], vec![], "wrong token"),
        (vec![("csrf_token", token.clone())], vec![("sec-fetch-site", "same-site")], "sibling tenant subdomain"),
        (vec![("csrf_token", token.clone())], vec![("sec-fetch-site", "cross-site")], "cross-site"),
    ];
    for (form, headers, why) in cases {
        let mut req = c.post(&url).form(&form);
        for (k, v) in headers {
            req = req.header(k, v);
        }
        let res = req.send().await.unwrap();
        assert_eq!(res.status(), 403, "{why}");
        assert!(res.text().await.unwrap().contains("sent from another page"), "{why}");
    }
    // Without fetch metadata: a foreign Origin, or no Origin at all, with the
    // right token and cookie.
    let signed_in = app.sign_in_with(&client(), "acme", "ops@acme.test", PASSWORD).await;
    let cookie = session_cookie(&signed_in).unwrap().split(';').next().unwrap().to_string();
    let bare = bare_client();
    let page = bare.get(app.url("acme", "/")).header("cookie", &cookie).send().await.unwrap().text().await.unwrap();
    let own_token = csrf_from(&page);
    for (origin, why) in [(Some("http://globex.localhost"), "foreign origin"), (None, "neither Origin nor Sec-Fetch-Site")] {
        let mut req = bare.post(&url).header("cookie", &cookie).form(&[("csrf_token", own_token.as_str())]);
        if let Some(origin) = origin {
            req = req.header("origin", origin);
        }
        let res = req.send().await.unwrap();
        assert_eq!(res.status(), 403, "{why}");
        assert!(res.text().await.unwrap().contains("sent from another page"), "{why}");
    }
    // Still signed in: none of them got through.
    assert!(c.get(app.url("acme", "/")).send().await.unwrap().text().await.unwrap().contains("Sign out"));
    let still = bare.get(app.url("acme", "/")).header("cookie", &cookie).send().await.unwrap().text().await.unwrap();
    assert!(still.contains("Sign out"));
    // The htmx header works as well as the form field.
    let res = c
        .post(&url)
        .header("x-csrf-token", &token)
        .header("sec-fetch-site", "same-origin")
        .header("origin", format!("http://acme.localhost:{}", app.port))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
}

#[tokio::test]
async fn a_forgotten_password_is_reset_by_a_single_use_link() {
    let app = spawn_app().await;
    let first = app.tenant_with_admin("acme", PASSWORD).await;
    let before = app.mailbox("ops@acme.test").len();

    let c = client();
    for email in ["ops@acme.test", "nobody@acme.test"] {
        let res = post_form(&c, &app, "acme", "/password/forgot", "/password/forgot", &[("email", email)]).await;
        assert_eq!(res.status(), 200);
        assert!(res.text().await.unwrap().contains("If an account with this address exists"), "same answer for {email}");
    }
    let mail = app.last_mail("ops@acme.test").await;
    assert_eq!(app.mailbox("ops@acme.test").len(), before + 1);
    assert!(app.mailbox("nobody@acme.test").is_empty());
    let link = link_from(&mail.text, &format!("http://acme.localhost:{}/password/reset/", app.port));

    let page = c.get(&link).send().await.unwrap().text().await.unwrap();
    let csrf = csrf_from(&page);
    let new_password = "lantern-fjord-pepper-17";
    let res = c
        .post(&link)
        .form(&[("csrf_token", csrf.as_str()), ("password", new_password), ("password_confirm", new_password)])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    assert_eq!(c.get(&link).send().await.unwrap().status(), 410, "single use");

    // Other sessions are over; the old password is gone (SES-4).
    let home = first.get(app.url("acme", "/")).send().await.unwrap().text().await.unwrap();
    assert!(!home.contains("Sign out"));
    assert_eq!(app.sign_in_with(&client(), "acme", "ops@acme.test", PASSWORD).await.status(), 401);
    assert_eq!(app.sign_in_with(&client(), "acme", "ops@acme.test", new_password).await.status(), 303);
}

#[tokio::test]
async fn an_expired_session_opens_nothing_and_the_jobs_pass_sweeps_it() {
    use diesel::prelude::*;
    use portico::db::schema::sessions;

    let app = spawn_app().await;
    let c = app.tenant_with_admin("acme", PASSWORD).await;
    assert!(c.get(app.url("acme", "/")).send().await.unwrap().text().await.unwrap().contains("Sign out"));

    // The server-side row runs out (as if the absolute lifetime had passed).
    let pool = app.pool();
    let mut pooled = pool.get().unwrap();
    let conn: &mut portico::db::AnyConnection = &mut pooled;
    let past = portico::db::now() - chrono::Duration::minutes(1);
    let ended =
        diesel::update(sessions::table.filter(sessions::user_id.is_not_null())).set(sessions::expires_at.eq(past)).execute(conn).unwrap();
    assert!(ended >= 1);

    let page = c.get(app.url("acme", "/")).send().await.unwrap().text().await.unwrap();
    assert!(!page.contains("Sign out"), "an expired session is anonymous");
    let deals = c.get(app.url("acme", "/deals")).send().await.unwrap();
    assert_eq!(deals.status(), 303, "and protected pages ask to sign in again");

    portico::jobs::run_once(&pool, &app.config()).unwrap();
    let left: i64 = sessions::table.filter(sessions::expires_at.lt(portico::db::now())).count().get_result(conn).unwrap();
    assert_eq!(left, 0, "the periodic pass deletes expired sessions");
}

/// Moves one of the session's clocks back by `secs`, as if that much time had
/// passed (the state lives server-side, so the test edits the row).
fn age_session(app: &crate::support::TestApp, key: &str, secs: i64) {
    use diesel::prelude::*;
    use portico::db::schema::sessions;
    let mut pooled = app.pool().get().unwrap();
    let conn: &mut portico::db::AnyConnection = &mut pooled;
    let rows: Vec<(String, String)> =
        sessions::table.filter(sessions::user_id.is_not_null()).select((sessions::id, sessions::state)).load(conn).unwrap();
    assert!(!rows.is_empty());
    for (id, state) in rows {
        let mut map: std::collections::HashMap<String, String> = serde_json::from_str(&state).unwrap();
        let at: i64 = map[key].parse().unwrap();
        map.insert(key.to_string(), (at - secs).to_string());
        diesel::update(sessions::table.filter(sessions::id.eq(id)))
            .set(sessions::state.eq(serde_json::to_string(&map).unwrap()))
            .execute(conn)
            .unwrap();
    }
}

#[tokio::test]
async fn idle_and_absolute_timeouts_require_signing_in_again() {
    // SES-5, with the defaults: 60 minutes idle, 12 hours absolute.
    let app = spawn_app().await;
    let c = app.tenant_with_admin("acme", PASSWORD).await;
    let signed_in = |body: &str| body.contains("Sign out");
    assert!(signed_in(&c.get(app.url("acme", "/")).send().await.unwrap().text().await.unwrap()));

    // Active 59 minutes ago: still signed in, and the visit counts as activity.
    age_session(&app, "seen_at", 59 * 60);
    assert!(signed_in(&c.get(app.url("acme", "/")).send().await.unwrap().text().await.unwrap()));
    // Idle for 61 minutes: anonymous.
    age_session(&app, "seen_at", 61 * 60);
    assert!(!signed_in(&c.get(app.url("acme", "/")).send().await.unwrap().text().await.unwrap()), "idle timeout");

    // Busy all along, but signed in 12 hours and a minute ago: anonymous too.
    let c = app.sign_in("acme", "ops@acme.test", PASSWORD).await;
    assert!(signed_in(&c.get(app.url("acme", "/")).send().await.unwrap().text().await.unwrap()));
    age_session(&app, "auth_at", 12 * 3600 + 60);
    let res = c.get(app.url("acme", "/deals")).send().await.unwrap();
    assert_eq!(res.status(), 303, "absolute timeout: protected pages ask to sign in again");
    assert!(res.headers()["location"].to_str().unwrap().starts_with("/sign-in"));
}

#[tokio::test]
async fn a_session_ended_while_a_request_was_in_flight_stays_ended() {
    // SES: the store's update of a session that was deleted meanwhile (the
    // request loaded it, then sign-out, a reset or a deactivation ended it).
    use actix_session::storage::{SessionKey, SessionStore};
    use portico::web::session_store::DbSessionStore;
    let app = spawn_app().await;
    app.create_tenant("acme", "Acme");
    let c = app.accept_invitation("acme", "ops@acme.test", PASSWORD).await;
    let store = DbSessionStore::new(app.pool());
    let ttl = actix_web::cookie::time::Duration::hours(1);
    let signed_in: std::collections::HashMap<String, String> = [("tenant", "1"), ("user", "1"), ("auth_at", "1"), ("csrf", "\"token\"")]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    let key = store.save(signed_in.clone(), &ttl).await.unwrap();
    let copy = SessionKey::try_from(key.as_ref().to_string()).unwrap();
    store.delete(&key).await.unwrap();
    let renewed = store.update(copy, signed_in, &ttl).await.unwrap();
    assert!(store.load(&key).await.unwrap().is_none(), "the ended session is not back");
    let fresh = store.load(&renewed).await.unwrap().expect("the request goes on in a fresh session");
    assert!(!fresh.contains_key("user") && !fresh.contains_key("tenant"), "which signs nobody in: {fresh:?}");

    // The same through the portal: requests in flight while the user signs out.
    let csrf = page_csrf(&c, &app.url("acme", "/admin")).await;
    let pages = (0..16).map(|_| c.get(app.url("acme", "/admin/users")).send());
    let sign_out = c.post(app.url("acme", "/sign-out")).form(&[("csrf_token", csrf.as_str())]).send();
    let (pages, out) = tokio::join!(futures_util::future::join_all(pages), sign_out);
    assert_eq!(out.unwrap().status(), 303);
    assert!(pages.iter().all(|r| r.as_ref().is_ok_and(|r| r.status().as_u16() < 500)));
    let after = c.get(app.url("acme", "/admin")).send().await.unwrap();
    assert_eq!(after.status(), 303, "signed out, whatever finished last");
}

/// Signs in through a trusted proxy on loopback that says the client is `ip`
/// (after a forged entry of the client's own).
async fn sign_in_from(app: &crate::support::TestApp, c: &reqwest::Client, ip: &str, email: &str, password: &str) -> u16 {
    let page = c.get(app.url("acme", "/sign-in")).send().await.unwrap().text().await.unwrap();
    let csrf = csrf_from(&page);
    let res = c
        .post(app.url("acme", "/sign-in"))
        .header("x-forwarded-for", format!("6.6.6.6, {ip}"))
        .form(&[("csrf_token", csrf.as_str()), ("email", email), ("password", password), ("return_to", "/")])
        .send()
        .await
        .unwrap();
    res.status().as_u16()
}

#[tokio::test]
async fn nobody_can_lock_someone_else_out_and_a_forged_forwarded_for_changes_nothing() {
    let app = spawn_app_with(&[("PORTICO_TRUSTED_PROXIES", "127.0.0.1")]).await;
    app.tenant_with_admin("acme", PASSWORD).await;
    let attacker = client();
    for _ in 0..5 {
        assert_eq!(sign_in_from(&app, &attacker, "203.0.113.66", "ops@acme.test", "wrong-password-123").await, 401);
    }
    assert_eq!(sign_in_from(&app, &attacker, "203.0.113.66", "ops@acme.test", PASSWORD).await, 429, "the attacker is locked out");
    // Varying the entry the client writes itself does not reset the count.
    let c = client();
    assert_eq!(sign_in_from(&app, &c, "203.0.113.66", "ops@acme.test", PASSWORD).await, 429);
    // The owner, from their own address, still gets in.
    assert_eq!(sign_in_from(&app, &client(), "198.51.100.20", "ops@acme.test", PASSWORD).await, 303);
    // One IPv6 network is one client, whatever address of its /64 it uses.
    for i in 1..=5 {
        let ip = format!("2001:db8:aa:bb::{i}");
        assert_eq!(sign_in_from(&app, &client(), &ip, "ops@acme.test", "wrong-password-123").await, 401);
    }
    assert_eq!(sign_in_from(&app, &client(), "2001:db8:aa:bb::99", "ops@acme.test", PASSWORD).await, 429);
}

#[tokio::test]
async fn a_parallel_burst_of_guesses_gets_no_more_than_the_limit() {
    let app = spawn_app().await;
    app.tenant_with_admin("acme", PASSWORD).await;
    let c = client();
    let page = c.get(app.url("acme", "/sign-in")).send().await.unwrap().text().await.unwrap();
    let csrf = csrf_from(&page);
    let url = app.url("acme", "/sign-in");
    let guesses = (0..24).map(|i| {
        let password = format!("wrong-password-{i:03}");
        c.post(&url)
            .form(&[("csrf_token", csrf.clone()), ("email", "ops@acme.test".into()), ("password", password), ("return_to", "/".into())])
            .send()
    });
    let answers = futures_util::future::join_all(guesses).await;
    let statuses: Vec<u16> = answers.into_iter().map(|r| r.unwrap().status().as_u16()).collect();
    let mut checked = statuses.iter().filter(|s| **s == 401).count();
    assert!(checked <= 5, "{checked} passwords were checked: {statuses:?}");
    assert!(statuses.iter().all(|s| *s == 401 || *s == 429), "{statuses:?}");
    // Attempts the burst refused are not counted, so a few guesses may be
    // left; one by one they run out at the same limit, never past it.
    loop {
        let status = app.sign_in_with(&client(), "acme", "ops@acme.test", "wrong-password-after").await.status().as_u16();
        if status == 429 {
            break;
        }
        assert_eq!(status, 401);
        checked += 1;
        assert!(checked <= 5, "{checked} passwords were checked in all");
    }
    assert_eq!(app.sign_in_with(&client(), "acme", "ops@acme.test", PASSWORD).await.status(), 429, "locked for this client now");
}

#[tokio::test]
async fn a_visitors_session_is_kept_two_hours_and_a_signed_in_one_as_configured() {
    use diesel::prelude::*;
    use portico::db::schema::sessions;
    let app = spawn_app().await;
    app.create_tenant("acme", "Acme");
    let visitor = client();
    assert_eq!(visitor.get(app.url("acme", "/sign-in")).send().await.unwrap().status(), 200);
    let user = app.accept_invitation("acme", "ops@acme.test", PASSWORD).await;
    assert_eq!(user.get(app.url("acme", "/admin")).send().await.unwrap().status(), 200);
    let mut pooled = app.pool().get().unwrap();
    let conn: &mut portico::db::AnyConnection = &mut pooled;
    let rows: Vec<(Option<i64>, chrono::NaiveDateTime)> =
        sessions::table.select((sessions::user_id, sessions::expires_at)).load(conn).unwrap();
    let now = portico::db::now();
    let anonymous: Vec<_> = rows.iter().filter(|(u, _)| u.is_none()).collect();
    assert!(!anonymous.is_empty(), "{rows:?}");
    assert!(anonymous.iter().all(|(_, at)| *at <= now + chrono::Duration::hours(2)), "{rows:?}");
    assert!(rows.iter().any(|(u, at)| u.is_some() && *at > now + chrono::Duration::hours(11)), "{rows:?}");
}
