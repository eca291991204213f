//! The end of a tenant (SPEC §3): deletion with a typed confirmation, the
//! grace period in which the portal answers "removed" and the operator can
//! restore it, and the purge — proved against the database's own catalogue
//! and the storage — while another tenant is untouched. And the audit log:
//! append-only in the database, hash-chained, checked by `portico audit verify`.

use std::collections::BTreeMap;

use diesel::RunQueryDsl;

use crate::support::world::world;
use crate::support::{TestApp, client, scalar};

#[derive(diesel::QueryableByName)]
struct Count {
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    n: i64,
}

fn tenant_id(app: &TestApp, slug: &str) -> i64 {
    scalar(app, &format!("SELECT id AS n FROM tenants WHERE slug = '{slug}'"))
}

/// Rows of `tenant` in every table with a `tenant_id` column, from the catalogue.
fn rows_by_table(app: &TestApp, tenant: i64) -> BTreeMap<String, i64> {
    let mut pooled = app.pool().get().unwrap();
    let conn: &mut portico::db::AnyConnection = &mut pooled;
    let tables = portico::db::tables_with_column(conn, "tenant_id").unwrap();
    assert!(tables.len() > 30, "the catalogue lists the tenant tables: {tables:?}");
    tables
        .into_iter()
        .map(|t| {
            let n =
                diesel::sql_query(format!("SELECT COUNT(*) AS n FROM {t} WHERE tenant_id = {tenant}")).get_result::<Count>(conn).unwrap().n;
            (t, n)
        })
        .collect()
}

async fn stored_keys(app: &TestApp, tenant: i64) -> Vec<(String, u64)> {
    let storage = portico::storage::store::Storage::open(&app.config().storage).unwrap();
    storage.list(&portico::storage::store::Key::tenant_prefix(tenant)).await.unwrap()
}

#[tokio::test]
async fn a_deleted_tenant_answers_removed_can_be_restored_and_its_purge_leaves_nothing_of_it() {
    let w = world().await;
    let app = &w.app;
    // The demo has data for every feature, files included; acme is the bystander.
    app.cli_ok(&["demo"]);
    let csrf = crate::support::page_csrf(&w.admin, &app.url("acme", "/admin/branding")).await;
    let part = reqwest::multipart::Part::bytes(crate::storage::png(40, 20)).file_name("logo.png");
    let logo = w
        .admin
        .post(app.url("acme", "/admin/branding/logo"))
        .header("x-csrf-token", csrf.as_str())
        .multipart(reqwest::multipart::Form::new().part("logo", part));
    assert_eq!(logo.send().await.unwrap().status(), 303);
    let (demo, acme) = (tenant_id(app, "demo"), tenant_id(app, "acme"));
    let demo_rows = rows_by_table(app, demo);
    assert!(demo_rows.values().filter(|n| **n > 0).count() >= 20, "the demo fills most tables: {demo_rows:?}");
    assert!(!stored_keys(app, demo).await.is_empty(), "the demo has stored files");
    let acme_keys = stored_keys(app, acme).await;
    assert!(!acme_keys.is_empty());

    let op = app.operator("ops@platform.test").await;
    // The slug must be typed again.
    let res = app.operator_post(&op, "/operator/tenants/demo", "/operator/tenants/demo/delete", &[("confirm", "dem")]).await;
    assert_eq!(res.status(), 422);
    assert!(res.text().await.unwrap().contains("Type the slug exactly"));
    assert_eq!(client().get(app.url("demo", "/")).send().await.unwrap().status(), 200);
    let res = app.operator_post(&op, "/operator/tenants/demo", "/operator/tenants/demo/delete", &[("confirm", "demo")]).await;
    assert_eq!(res.status(), 303);

    // Removed: the portal says so, nobody signs in, nothing is sent.
    let res = client().get(app.url("demo", "/")).send().await.unwrap();
    assert_eq!(res.status(), 410);
    assert!(res.text().await.unwrap().contains("has been removed"));
    let (email, password) = crate::support::DEMO_ADMIN;
    let res = client().post(app.url("demo", "/sign-in")).form(&[("email", email), ("password", password)]).send().await.unwrap();
    assert_eq!(res.status(), 410, "nobody signs in");
    let page = op.get(app.platform_url("/operator/tenants/demo")).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("Restore tenant"), "{page}");
    let console = op.get(app.platform_url("/operator?q=demo")).send().await.unwrap().text().await.unwrap();
    assert!(console.contains("is-deleted"));
    // Suspending or resuming a deleted tenant does not bring it back.
    assert_eq!(app.operator_post(&op, "/operator/tenants/demo", "/operator/tenants/demo/resume", &[]).await.status(), 303);
    assert_eq!(client().get(app.url("demo", "/")).send().await.unwrap().status(), 410);

    // Restored as it was.
    assert_eq!(app.operator_post(&op, "/operator/tenants/demo", "/operator/tenants/demo/restore", &[]).await.status(), 303);
    assert_eq!(client().get(app.url("demo", "/")).send().await.unwrap().status(), 200);
    assert_eq!(rows_by_table(app, demo), demo_rows, "nothing lost while deleted");

    // Deleted again; a jobs pass inside the grace period keeps it.
    app.cli_ok(&["tenant", "delete", "demo", "--confirm", "demo"]);
    app.cli_ok(&["jobs", "run"]);
    assert_eq!(tenant_id(app, "demo"), demo);
    // (After a jobs pass, which keeps acme's monthly figures too.)
    let acme_rows = rows_by_table(app, acme);
    // Past the grace period, the jobs pass purges it.
    let out = app.cli_env(&["jobs", "run"], &[("PORTICO_DELETION_GRACE_DAYS", "0")]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));

    // Nothing of it remains, in any table the catalogue knows or in storage.
    let left: Vec<_> = rows_by_table(app, demo).into_iter().filter(|(_, n)| *n > 0).collect();
    assert!(left.is_empty(), "rows of the purged tenant remain: {left:?}");
    assert!(stored_keys(app, demo).await.is_empty(), "files of the purged tenant remain");
    assert_eq!(scalar(app, "SELECT COUNT(*) AS n FROM tenants WHERE slug = 'demo'"), 0);
    assert_eq!(client().get(app.url("demo", "/")).send().await.unwrap().status(), 404);
    // The bystander is untouched.
    assert_eq!(rows_by_table(app, acme), acme_rows);
    assert_eq!(stored_keys(app, acme).await, acme_keys);
    assert_eq!(w.admin.get(app.url("acme", "/admin/branding")).send().await.unwrap().status(), 200);

    // The purge left its counts in the platform's log, and the chain holds.
    let audit = op.get(app.platform_url("/operator/audit")).send().await.unwrap().text().await.unwrap();
    assert!(audit.contains("tenant.purged") && audit.contains("tenant.restored") && audit.contains("tenant.deleted"), "{audit}");
    assert!(audit.contains("&#34;deals&#34;:") || audit.contains("&quot;deals&quot;:"), "counts per table: {audit}");
    let verified = app.cli_ok(&["audit", "verify"]);
    assert!(verified.contains("platform: intact"), "{verified}");
}

#[tokio::test]
async fn the_audit_log_refuses_changes_and_verify_finds_the_first_broken_link() {
    let app = crate::support::spawn_app().await;
    let op = app.operator("ops@platform.test").await;
    for slug in ["alpha", "beta"] {
        let fields = [("slug", slug), ("name", slug), ("admin_email", "ops@alpha.test"), ("locale", ""), ("plan", "")];
        assert_eq!(app.operator_post(&op, "/operator", "/operator/tenants", &fields).await.status(), 303);
    }
    assert_eq!(app.operator_post(&op, "/operator/tenants/beta", "/operator/tenants/beta/plan", &[("plan", "starter")]).await.status(), 303);
    app.cli_ok(&["tenant", "suspend", "beta"]);
    let audit = op.get(app.platform_url("/operator/audit")).send().await.unwrap().text().await.unwrap();
    for action in ["tenant.created", "tenant.plan_changed", "tenant.suspended"] {
        assert!(audit.contains(action), "{action}");
    }
    assert!(audit.contains("ops@platform.test") && audit.contains("127.0.0.1"), "who and from where: {audit}");
    assert!(app.cli_ok(&["audit", "verify"]).contains("platform: intact (4 entries)"));

    // The database itself refuses to change or remove an entry.
    {
        let mut pooled = app.pool().get().unwrap();
        let conn: &mut portico::db::AnyConnection = &mut pooled;
        for sql in ["UPDATE audit_log SET action = 'tenant.nothing'", "DELETE FROM audit_log"] {
            let refused = diesel::sql_query(sql).execute(conn);
            assert!(refused.is_err(), "{sql} must be refused");
            assert!(format!("{:?}", refused.unwrap_err()).contains("append-only"));
        }
    }
    assert_eq!(scalar(&app, "SELECT COUNT(*) AS n FROM audit_log"), 4);

    // Someone with the database's keys goes around the triggers: verify names the row.
    let second = scalar(&app, "SELECT MIN(id) + 1 AS n FROM audit_log");
    let tamper = format!("UPDATE audit_log SET changes = '{{}}' WHERE id = {second}");
    {
        let mut pooled = app.pool().get().unwrap();
        let conn: &mut portico::db::AnyConnection = &mut pooled;
        let around = if app.db.is_postgres() {
            [
                "ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only",
                tamper.as_str(),
                "ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only",
            ]
        } else {
            ["DROP TRIGGER audit_log_no_update", tamper.as_str(), "SELECT 1"]
        };
        for sql in around {
            diesel::sql_query(sql).execute(conn).unwrap();
        }
    }
    let out = app.cli(&["audit", "verify"]);
    assert!(!out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains(&format!("platform: BROKEN at entry {second} (after 1 good entries)")), "{text}");
}

#[tokio::test]
async fn peoples_changes_are_in_their_tenants_audit_log_with_who_and_from_where() {
    let w = world().await;
    let app = &w.app;
    let id = w.register(&w.pa, "Audited GmbH", "audited.test", "5000", "submit").await;
    assert_eq!(w.act(&w.cm, &id, "approve", "Welcome").await.status(), 303);
    let res = crate::support::post_form(
        &w.admin,
        app,
        "acme",
        "/admin/branding",
        "/admin/branding",
        &[("portal_name", "ACME Partners"), ("primary_color", "#0b5cad"), ("accent_color", "#c2410c"), ("mail_sender_name", "ACME")],
    )
    .await;
    assert_eq!(res.status(), 303);

    let fields = [("kind", "pdf"), ("locale", "en-US"), ("title", "Audited datasheet"), ("status", "published")];
    let created = crate::assets::add_asset(&w.admin, app, &fields, crate::assets::pdf("Edge"), "edge.pdf").await;
    assert_eq!(created.status(), 303);

    let (_, page) = w.page(&w.admin, "/admin/audit").await;
    for action in
        ["user.invited", "partner.created", "deal.created", "deal.submit", "deal.approve", "tenant.branding_updated", "asset.created"]
    {
        assert!(page.contains(action), "{action} in the log");
    }
    assert!(page.contains("cm@acme.test") && page.contains("pa@p1a.test") && page.contains("127.0.0.1"), "who and from where");
    // Filters: a person, a kind of action.
    let (_, only_cm) = w.page(&w.admin, "/admin/audit?who=cm%40acme.test").await;
    assert!(only_cm.contains("deal.approve") && !only_cm.contains("deal.created") && !only_cm.contains("user.invited"));
    let (_, assets) = w.page(&w.admin, "/admin/audit?kind=asset.").await;
    assert!(assets.contains("Audited datasheet") && !assets.contains("deal.approve"));
    let (_, users) = w.page(&w.admin, "/admin/audit?kind=user.").await;
    assert!(users.contains("user.invited") && !users.contains("deal.approve"));
    // A channel manager sees deals and partners, not the portal's settings or its users.
    let (status, cm_view) = w.page(&w.cm, "/admin/audit").await;
    assert_eq!(status, 200);
    assert!(cm_view.contains("deal.approve") && cm_view.contains("partner.created"));
    assert!(!cm_view.contains("tenant.branding_updated") && !cm_view.contains("user.invited"));
    let (_, cm_sneaks) = w.page(&w.cm, "/admin/audit?kind=user.").await;
    assert!(!cm_sneaks.contains("user.invited"), "the filter cannot widen what a manager sees");
    // Partners never; another tenant sees only its own.
    assert_eq!(w.pa.get(app.url("acme", "/admin/audit")).send().await.unwrap().status(), 403);
    assert_eq!(w.pu.get(app.url("acme", "/admin/audit.csv")).send().await.unwrap().status(), 403);
    let foreign = w.foreign.get(app.url("globex", "/admin/audit")).send().await.unwrap().text().await.unwrap();
    assert!(!foreign.contains("Audited GmbH") && !foreign.contains("acme.test"), "{foreign}");

    // The CSV, and the chain of acme's log.
    let csv = w.admin.get(app.url("acme", "/admin/audit.csv?kind=deal.")).send().await.unwrap().text().await.unwrap();
    assert!(csv.starts_with("id,created_at,actor_kind,actor,action,"));
    assert!(csv.contains("deal.approve") && csv.contains("Audited GmbH") && !csv.contains("tenant.branding_updated"));
    let verified = app.cli_ok(&["audit", "verify", "--tenant", "acme"]);
    assert!(verified.contains("acme: intact"), "{verified}");
}
