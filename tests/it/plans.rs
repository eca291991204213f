//! Plans, limits and usage (SPEC §3): limits refused where things are made,
//! with a message naming the limit and who can raise it, and nothing half
//! made; a race for the last seat; features that are off are hidden and
//! refused; usage with its warnings and CSV; the operator's console for
//! tenants and plans; the CLI.

use crate::admin::rows_with;
use crate::support::world::world;
use crate::support::{PASSWORD, TestApp, client, invite, organisation_id, page_csrf, post_form, scalar};

/// Sets the limits of the standard plan (every tenant here is on it) in the
/// console; "" is unlimited. Every feature stays on.
async fn standard_limits(app: &TestApp, op: &reqwest::Client, partners: &str, users: &str, storage_mib: &str, emails: &str) {
    let res = app
        .operator_post(
            op,
            "/operator/plans",
            "/operator/plans/standard",
            &[
                ("name", "Standard"),
                ("max_partners", partners),
                ("max_users", users),
                ("max_storage_mib", storage_mib),
                ("max_emails_month", emails),
                ("feature_sso", "on"),
                ("feature_campaigns", "on"),
                ("feature_api", "on"),
            ],
        )
        .await;
    assert_eq!(res.status(), 303, "{}", res.text().await.unwrap());
}

#[tokio::test]
async fn a_full_plan_refuses_the_next_user_says_who_can_raise_it_and_makes_nothing() {
    let w = world().await;
    let app = &w.app;
    let op = app.operator("ops@platform.test").await;
    // acme has five people (admin, channel manager, three partner people).
    standard_limits(app, &op, "", "5", "", "").await;
    let vendor = organisation_id(app, &w.admin, "acme", "ACME").await;
    let res = post_form(&w.admin, app, "acme", "/admin/users", "/admin/users/invite", &fields_for(&vendor)).await;
    assert_eq!(res.status(), 403);
    let body = res.text().await.unwrap();
    assert!(body.contains("Plan limit reached") && body.contains("allows 5 (users)"), "{body}");
    assert!(body.contains("platform operator"), "staff are told who raises it: {body}");
    assert_eq!(rows_with(app, "users", "email", "sixth@acme.test"), 0, "no user");
    assert_eq!(rows_with(app, "mail_outbox", "to_address", "sixth@acme.test"), 0, "no invitation");

    // A partner admin is pointed to the vendor, in their own language too.
    let p1a = organisation_id(app, &w.admin, "acme", "P1A").await;
    let fields = [("email", "mate@p1a.test"), ("display_name", "Mate"), ("role", "partner_user"), ("organisation_id", p1a.as_str())];
    let res = post_form(&w.pa, app, "acme", "/organisation/users", "/organisation/users/invite", &fields).await;
    assert_eq!(res.status(), 403);
    let body = res.text().await.unwrap();
    assert!(body.contains("Please ask") && !body.contains("platform operator"), "{body}");
    let res = post_form(&w.pa, app, "acme", "/organisation/users", "/organisation/users/invite?lang=de-DE", &fields).await;
    assert_eq!(res.status(), 403);
    assert!(res.text().await.unwrap().contains("Tariflimit erreicht"), "German message");

    // Another tenant on the same plan counts its own users.
    let globex_vendor = organisation_id(app, &w.foreign, "globex", "GLOBEX").await;
    invite(app, &w.foreign, "globex", "second@globex.test", "channel_manager", &globex_vendor).await;

    // The operator raises the limit: the invitation goes through.
    standard_limits(app, &op, "", "6", "", "").await;
    let res = post_form(&w.admin, app, "acme", "/admin/users", "/admin/users/invite", &fields_for(&vendor)).await;
    assert_eq!(res.status(), 303);
}

fn fields_for(vendor: &str) -> Vec<(&'static str, &str)> {
    vec![("email", "sixth@acme.test"), ("display_name", "Sixth"), ("role", "channel_manager"), ("organisation_id", vendor)]
}

#[tokio::test]
async fn two_invitations_racing_for_the_last_seat_never_exceed_the_limit() {
    let w = world().await;
    let app = &w.app;
    let op = app.operator("ops@platform.test").await;
    standard_limits(app, &op, "", "6", "", "").await;
    let vendor = organisation_id(app, &w.admin, "acme", "ACME").await;
    let csrf = page_csrf(&w.admin, &app.url("acme", "/admin/users")).await;
    let send = |email: &'static str| {
        let body = [
            ("csrf_token", csrf.clone()),
            ("email", email.to_string()),
            ("display_name", email.to_string()),
            ("role", "channel_manager".to_string()),
            ("organisation_id", vendor.clone()),
        ];
        w.admin.post(app.url("acme", "/admin/users/invite")).form(&body).send()
    };
    let (a, b) = futures_util::future::join(send("racer-a@acme.test"), send("racer-b@acme.test")).await;
    let mut statuses = [a.unwrap().status().as_u16(), b.unwrap().status().as_u16()];
    statuses.sort_unstable();
    assert_eq!(statuses, [303, 403], "one seat, one winner");
    let tenant = scalar(app, "SELECT id AS n FROM tenants WHERE slug = 'acme'");
    assert_eq!(scalar(app, &format!("SELECT COUNT(*) AS n FROM users WHERE tenant_id = {tenant}")), 6);
}

#[tokio::test]
async fn partner_and_storage_limits_hold_where_partners_and_files_are_made() {
    let w = world().await;
    let app = &w.app;
    let op = app.operator("ops@platform.test").await;
    // P1A and P1B exist: no third organisation, and no bytes at all.
    standard_limits(app, &op, "2", "", "0", "").await;
    let res = post_form(&w.admin, app, "acme", "/admin/partners", "/admin/partners", &[("name", "Third Co"), ("email_domains", "")]).await;
    assert_eq!(res.status(), 403);
    assert!(res.text().await.unwrap().contains("(partner organisations)"));
    assert_eq!(rows_with(app, "organisations", "name", "Third Co"), 0);

    // An application waits; approving it is refused and leaves it waiting.
    let visitor = client();
    let html = visitor.get(app.url("acme", "/become-a-partner")).send().await.unwrap().text().await.unwrap();
    let key = crate::admin::form_key_of(&html);
    let body = [
        ("form_key", key.as_str()),
        ("company", "Applicant Co"),
        ("country", "FR"),
        ("contact_name", "Claire"),
        ("contact_email", "claire@applicant.test"),
        ("message", ""),
        ("website", ""),
    ];
    assert_eq!(visitor.post(app.url("acme", "/become-a-partner")).form(&body).send().await.unwrap().status(), 200);
    let id = scalar(app, "SELECT id AS n FROM partner_applications WHERE company = 'Applicant Co'");
    let res = post_form(&w.admin, app, "acme", "/admin/applications", &format!("/admin/applications/{id}/approve"), &[]).await;
    assert_eq!(res.status(), 403);
    assert_eq!(rows_with(app, "organisations", "name", "Applicant Co"), 0);
    assert_eq!(rows_with(app, "users", "email", "claire@applicant.test"), 0);
    assert_eq!(scalar(app, &format!("SELECT COUNT(*) AS n FROM partner_applications WHERE id = {id} AND status = 'pending'")), 1);

    // Storage: the upload is refused, no record, and the bytes are gone again.
    let csrf = page_csrf(&w.admin, &app.url("acme", "/admin/branding")).await;
    let part = reqwest::multipart::Part::bytes(crate::storage::png(40, 20)).file_name("logo.png");
    let res = w
        .admin
        .post(app.url("acme", "/admin/branding/logo"))
        .header("x-csrf-token", csrf.as_str())
        .multipart(reqwest::multipart::Form::new().part("logo", part))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 403);
    assert!(res.text().await.unwrap().contains("(storage)"));
    let tenant = scalar(app, "SELECT id AS n FROM tenants WHERE slug = 'acme'");
    assert_eq!(scalar(app, &format!("SELECT COUNT(*) AS n FROM stored_files WHERE tenant_id = {tenant}")), 0);

    // Raised: both go through.
    standard_limits(app, &op, "3", "", "10", "").await;
    let res = post_form(&w.admin, app, "acme", "/admin/partners", "/admin/partners", &[("name", "Third Co"), ("email_domains", "")]).await;
    assert_eq!(res.status(), 303);
}

#[tokio::test]
async fn features_off_in_the_plan_are_hidden_and_refused_on_the_server() {
    let w = world().await;
    let app = &w.app;
    let op = app.operator("ops@platform.test").await;
    let res = app.operator_post(&op, "/operator/tenants/acme", "/operator/tenants/acme/plan", &[("plan", "starter")]).await;
    assert_eq!(res.status(), 303);

    let admin_home = w.admin.get(app.url("acme", "/admin")).send().await.unwrap().text().await.unwrap();
    assert!(!admin_home.contains("href=\"/admin/assets\"") && !admin_home.contains("href=\"/admin/sso\""), "links hidden");
    for path in ["/admin/assets", "/admin/campaigns", "/admin/sso", "/admin/assets/new"] {
        let res = w.admin.get(app.url("acme", path)).send().await.unwrap();
        assert_eq!(res.status(), 403, "{path}");
        assert!(res.text().await.unwrap().contains("is not part of your plan"), "{path}");
    }
    let res = w.pa.get(app.url("acme", "/assets")).send().await.unwrap();
    assert_eq!(res.status(), 403);
    assert!(res.text().await.unwrap().contains("is not available on"));
    let home = w.pa.get(app.url("acme", "/")).send().await.unwrap().text().await.unwrap();
    assert!(!home.contains("href=\"/assets\"") && !home.contains("href=\"/campaigns\""), "partner nav hidden");
    for path in ["/p/anything", "/auth/sso/1", "/auth/callback/1"] {
        assert_eq!(client().get(app.url("acme", path)).send().await.unwrap().status(), 404, "{path}");
    }
    // The home page visitors see promises only what the plan has.
    let visitor = client().get(app.url("acme", "/")).send().await.unwrap().text().await.unwrap();
    assert!(visitor.contains("Partners register deals and take training here.") && !visitor.contains("campaigns"), "{visitor}");
    // A write is refused as well as a read.
    let res = post_form(&w.admin, app, "acme", "/admin/users", "/admin/sso", &[("name", "X")]).await;
    assert_eq!(res.status(), 403);
    // Globex keeps its plan.
    assert_eq!(w.foreign.get(app.url("globex", "/admin/assets")).send().await.unwrap().status(), 200);

    // Back on standard: everything is there again.
    let res = app.operator_post(&op, "/operator/tenants/acme", "/operator/tenants/acme/plan", &[("plan", "standard")]).await;
    assert_eq!(res.status(), 303);
    assert_eq!(w.admin.get(app.url("acme", "/admin/assets")).send().await.unwrap().status(), 200);
    assert_eq!(w.pa.get(app.url("acme", "/assets")).send().await.unwrap().status(), 200);
    let visitor = client().get(app.url("acme", "/")).send().await.unwrap().text().await.unwrap();
    assert!(visitor.contains("take training and run co-branded campaigns here"));
}

#[tokio::test]
async fn usage_is_shown_warned_at_80_percent_once_and_exported_by_month() {
    let w = world().await;
    let app = &w.app;
    let op = app.operator("ops@platform.test").await;
    standard_limits(app, &op, "", "6", "", "").await;
    app.cli_ok(&["jobs", "run"]);
    app.cli_ok(&["jobs", "run"]);

    let page = w.admin.get(app.url("acme", "/admin/usage")).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("Your plan: Standard"), "{page}");
    assert!(page.contains("83%"), "5 of 6 users: {page}");
    let notices = w.admin.get(app.url("acme", "/notifications")).send().await.unwrap().text().await.unwrap();
    assert!(notices.contains("80% of its plan"), "{notices}");
    let tenant = scalar(app, "SELECT id AS n FROM tenants WHERE slug = 'acme'");
    let warnings = format!(
        "SELECT COUNT(*) AS n FROM mail_outbox WHERE tenant_id = {tenant} AND kind = 'notify-usage-limit-near' AND to_address = 'ops@acme.test'"
    );
    assert_eq!(scalar(app, &warnings), 1, "one warning mail, however many passes");
    // Channel managers are not told: only those who manage the tenant.
    assert_eq!(rows_with(app, "mail_outbox", "kind", "notify-usage-limit-near"), 1);

    // The monthly CSV: stable keys, this month's figures.
    let res = w.admin.get(app.url("acme", "/admin/usage.csv")).send().await.unwrap();
    assert_eq!(res.status(), 200);
    assert!(res.headers()["content-type"].to_str().unwrap().starts_with("text/csv"));
    let csv = res.text().await.unwrap();
    let mut lines = csv.lines();
    assert_eq!(lines.next(), Some("month,partners,users,storage_bytes,emails,deals,sign_ins,api_calls"));
    let month = chrono::Utc::now().format("%Y-%m").to_string();
    let row: Vec<&str> = lines.next().unwrap().split(',').collect();
    assert_eq!(row[0], month);
    assert_eq!(row[1], "2", "partners");
    assert_eq!(row[2], "5", "users");
    let mails = scalar(app, &format!("SELECT COUNT(*) AS n FROM mail_outbox WHERE tenant_id = {tenant}"));
    assert_eq!(row[4], mails.to_string(), "every e-mail counted");
    assert!(row[6].parse::<i64>().unwrap() >= 5, "sign-ins counted: {row:?}");

    // Another tenant's figures never show; partners and managers cannot look.
    assert!(!page.contains("globex"));
    assert_eq!(w.cm.get(app.url("acme", "/admin/usage")).send().await.unwrap().status(), 403);
    assert_eq!(w.pa.get(app.url("acme", "/admin/usage.csv")).send().await.unwrap().status(), 403);
    // The operator's CSV has every tenant.
    let all = op.get(app.platform_url("/operator/usage.csv")).send().await.unwrap().text().await.unwrap();
    assert!(all.starts_with("tenant,month,"));
    assert!(all.contains(&format!("acme,{month},2,5,")) && all.contains(&format!("globex,{month},0,1,")), "{all}");
}

#[tokio::test]
async fn the_operator_creates_finds_pages_suspends_and_resumes_tenants_in_the_console() {
    let app = crate::support::spawn_app().await;
    app.create_tenant("acme", "Acme");
    let op = app.operator("ops@platform.test").await;

    // Refusals land on their fields.
    for (slug, message) in [("Bad Slug", "lower-case letters"), ("www", "reserved for the platform"), ("acme", "already exists")] {
        let fields = [("slug", slug), ("name", "Initech"), ("admin_email", "boss@initech.test"), ("locale", "de-DE"), ("plan", "starter")];
        let res = app.operator_post(&op, "/operator", "/operator/tenants", &fields).await;
        assert_eq!(res.status(), 422, "{slug}");
        let body = res.text().await.unwrap();
        assert!(body.contains(message) && body.contains("value=\"Initech\""), "{slug}: {body}");
    }
    let fields = [("slug", "initech"), ("name", "Initech"), ("admin_email", "boss@initech.test"), ("locale", "de-DE"), ("plan", "starter")];
    let res = app.operator_post(&op, "/operator", "/operator/tenants", &fields).await;
    assert_eq!(res.status(), 303);
    assert_eq!(res.headers()["location"], "/operator/tenants/initech");
    let page = op.get(app.platform_url("/operator/tenants/initech")).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("Initech") && page.contains("Starter") && page.contains("boss@initech.test"), "{page}");
    assert!(
        app.last_mail("boss@initech.test").await.subject.contains("Initech")
            || rows_with(&app, "mail_outbox", "to_address", "boss@initech.test") == 1
    );
    // The tenant speaks German by default and has the starter plan's features.
    let home = client().get(app.url("initech", "/")).send().await.unwrap().text().await.unwrap();
    assert!(home.contains("lang=\"de-DE\""));

    // Search and keyset pages of 50.
    for n in 0..51 {
        let slug = format!("bulk-{n:02}");
        let fields = [("slug", slug.as_str()), ("name", slug.as_str()), ("admin_email", "ops@bulk.test"), ("locale", ""), ("plan", "")];
        assert_eq!(app.operator_post(&op, "/operator", "/operator/tenants", &fields).await.status(), 303);
    }
    let first = op.get(app.platform_url("/operator?q=BULK&sort=name")).send().await.unwrap().text().await.unwrap();
    assert_eq!(first.matches("href=\"/operator/tenants/bulk-").count(), 50);
    assert!(!first.contains("/operator/tenants/acme") && first.contains("bulk-00") && !first.contains("bulk-50\""));
    let next = first
        .split("href=\"/operator?q=")
        .nth(1)
        .expect("a next page")
        .split('"')
        .next()
        .unwrap()
        .replace("&#38;", "&")
        .replace("&amp;", "&");
    let second = op.get(app.platform_url(&format!("/operator?q={next}"))).send().await.unwrap().text().await.unwrap();
    assert_eq!(second.matches("href=\"/operator/tenants/bulk-").count(), 1);
    assert!(second.contains("/operator/tenants/bulk-50\"") && !second.contains("href=\"/operator?q="));
    let newest = op.get(app.platform_url("/operator?sort=newest")).send().await.unwrap().text().await.unwrap();
    let (a, b) = (newest.find("/operator/tenants/bulk-50\"").unwrap(), newest.find("/operator/tenants/acme\"").unwrap_or(usize::MAX));
    assert!(a < b, "newest first");

    // Suspend and resume from the console.
    let res = app.operator_post(&op, "/operator/tenants/acme", "/operator/tenants/acme/suspend", &[]).await;
    assert_eq!(res.status(), 303);
    assert_eq!(client().get(app.url("acme", "/")).send().await.unwrap().status(), 503);
    let res = app.operator_post(&op, "/operator/tenants/acme", "/operator/tenants/acme/resume", &[]).await;
    assert_eq!(res.status(), 303);
    assert_eq!(client().get(app.url("acme", "/")).send().await.unwrap().status(), 200);
    // An unknown plan or tenant.
    let res = app.operator_post(&op, "/operator/tenants/acme", "/operator/tenants/acme/plan", &[("plan", "platinum")]).await;
    assert_eq!(res.status(), 303);
    assert_eq!(scalar(&app, "SELECT COUNT(*) AS n FROM tenants WHERE slug = 'acme' AND plan = 'standard'"), 1);
    assert_eq!(op.get(app.platform_url("/operator/tenants/nobody")).send().await.unwrap().status(), 404);
    // A plan form with a bad limit is answered on its field.
    let res = app
        .operator_post(
            &op,
            "/operator/plans",
            "/operator/plans/starter",
            &[("name", "Starter"), ("max_users", "lots"), ("max_partners", "-1")],
        )
        .await;
    assert_eq!(res.status(), 422);
    let body = res.text().await.unwrap();
    assert_eq!(body.matches("Enter a whole number from 0").count(), 2, "{body}");
}

#[tokio::test]
async fn a_vendor_admin_never_reaches_the_console_and_plans_follow_the_cli() {
    let app = crate::support::spawn_app().await;
    let admin = app.tenant_with_admin("acme", PASSWORD).await;
    for path in ["/operator", "/operator/plans", "/operator/tenants/acme", "/operator/usage.csv"] {
        assert_eq!(admin.get(app.platform_url(path)).send().await.unwrap().status(), 404, "{path}");
        assert_eq!(admin.get(app.url("acme", path)).send().await.unwrap().status(), 404, "{path} on the tenant host");
    }
    let csrf = page_csrf(&admin, &app.url("acme", "/admin")).await;
    let res = admin
        .post(app.platform_url("/operator/plans/standard"))
        .form(&[("csrf_token", csrf.as_str()), ("name", "Free")])
        .send()
        .await
        .unwrap();
    assert!(matches!(res.status().as_u16(), 403 | 404), "{}", res.status());
    assert_eq!(scalar(&app, "SELECT COUNT(*) AS n FROM plans WHERE name = 'Free'"), 0);

    let plans = app.cli_ok(&["plan", "list"]);
    assert!(plans.contains("starter") && plans.contains("standard") && plans.contains("enterprise"), "{plans}");
    let out = app.cli_ok(&["tenant", "plan", "acme", "enterprise"]);
    assert!(out.contains("enterprise"));
    let usage = app.cli_ok(&["tenant", "usage", "acme"]);
    assert!(usage.contains("users") && usage.contains("unlimited"), "{usage}");
    let refused = app.cli(&["tenant", "plan", "acme", "platinum"]);
    assert!(!refused.status.success());
    assert!(String::from_utf8_lossy(&refused.stderr).contains("no plan has the key `platinum`"));
    let made = app.cli_ok(&["tenant", "create", "--slug", "tiny", "--name", "Tiny", "--admin-email", "a@tiny.test", "--plan", "starter"]);
    assert!(made.contains("starter"), "{made}");
}

#[tokio::test]
async fn past_the_months_e_mails_a_test_copy_is_refused_optional_mail_waits_and_essential_mail_goes() {
    let w = world().await;
    let app = &w.app;
    let op = app.operator("ops@platform.test").await;
    let csrf = page_csrf(&w.admin, &app.url("acme", "/admin/assets/new")).await;
    let mut form = reqwest::multipart::Form::new();
    for (k, v) in [
        ("kind", "email"),
        ("locale", "en-US"),
        ("title", "Launch e-mail"),
        ("status", "published"),
        ("subject", "News from {{partner_name}}"),
        ("body_html", "<p>Hello from {{partner_name}}</p>"),
        ("body_text", "Hello from {{partner_name}}"),
    ] {
        form = form.text(k, v);
    }
    let created =
        w.admin.post(app.url("acme", "/admin/assets")).header("x-csrf-token", csrf.as_str()).multipart(form).send().await.unwrap();
    assert_eq!(created.status(), 303);
    let id = created.headers()["location"].to_str().unwrap().rsplit('/').next().unwrap().to_string();

    // The month's e-mails are used up.
    let tenant = scalar(app, "SELECT id AS n FROM tenants WHERE slug = 'acme'");
    let sent = scalar(app, &format!("SELECT COUNT(*) AS n FROM mail_outbox WHERE tenant_id = {tenant}"));
    standard_limits(app, &op, "", "", "", &sent.to_string()).await;

    let res = post_form(&w.pu, app, "acme", &format!("/assets/{id}"), &format!("/assets/{id}/send-test"), &[]).await;
    assert_eq!(res.status(), 403);
    assert!(res.text().await.unwrap().contains("(e-mails this month)"));
    assert_eq!(rows_with(app, "mail_outbox", "kind", "template_test"), 0, "no test copy queued");

    // Mail people can turn off waits; the notice itself is still made.
    {
        let mut pooled = app.pool().get().unwrap();
        let conn: &mut portico::db::AnyConnection = &mut pooled;
        let scope = portico::platform::tenants::operator_scope(conn, "acme").unwrap();
        let partners =
            portico::identity::model::with_permission(conn, &scope, portico::identity::rbac::Permission::RegisterDeals, None).unwrap();
        let notice = portico::notifications::Notice {
            key: "notify-campaign-started",
            args: vec![("name", "Spring".to_string())],
            link: "/campaigns".into(),
            mail: true,
            category: Some(portico::notifications::Category::Campaigns),
        };
        portico::db::transaction(conn, |c| portico::notifications::notify(c, &scope, &app.config(), "acme", &partners, &notice)).unwrap();
    }
    assert_eq!(rows_with(app, "mail_outbox", "kind", "notify-campaign-started"), 0, "optional mail held back");
    assert!(rows_with(app, "notifications", "message_key", "notify-campaign-started") >= 3, "the notices are there");
    let notices = w.pu.get(app.url("acme", "/notifications")).send().await.unwrap().text().await.unwrap();
    assert!(notices.contains("Spring"));

    // An invitation is essential: it goes, and is counted beyond the limit.
    let vendor = organisation_id(app, &w.admin, "acme", "ACME").await;
    invite(app, &w.admin, "acme", "new@acme.test", "channel_manager", &vendor).await;
    assert_eq!(rows_with(app, "mail_outbox", "to_address", "new@acme.test"), 1);
    let page = w.admin.get(app.url("acme", "/admin/usage")).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("limit reached"), "{page}");
}
