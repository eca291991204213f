//! Each role's home: a partner's deals that wait for them, protections
//! ending and decisions, their standing and training; a partner admin's
//! people; a channel manager's queue and pipeline; a vendor admin's setup
//! checklist read from the data; an editor's content. Nobody sees another
//! partner's or another tenant's figures.

use crate::support::world::world;
use crate::support::{PASSWORD, client, execute, invite, organisation_id};

/// The text of the `<section>` whose heading is `heading`.
fn section<'a>(page: &'a str, heading: &str) -> &'a str {
    let start = page.find(&format!(">{heading}</h")).unwrap_or_else(|| panic!("no section {heading}"));
    let rest = &page[start..];
    &rest[..rest.find("</section>").unwrap_or(rest.len())]
}

/// The figure shown under the stat labelled `label`.
fn stat(page: &str, label: &str) -> String {
    let at = page.find(&format!(">{label}</a></dt><dd>")).unwrap_or_else(|| panic!("no stat {label}")) + label.len() + 14;
    page[at..at + page[at..].find('<').unwrap()].to_string()
}

#[tokio::test]
async fn each_role_has_a_home_of_its_own_and_sees_only_its_own() {
    let w = world().await;
    let waiting = w.register(&w.pu, "Waiting Ltd", "waiting.test", "1200", "submit").await;
    let ending = w.register(&w.pu, "Ending GmbH", "ending.test", "3400", "submit").await;
    w.register(&w.pu, "Drafty SA", "drafty.test", "10", "draft").await;
    w.register(&w.pb, "Other Org Inc", "other.test", "500", "submit").await;
    assert_eq!(w.act(&w.cm, &waiting, "request_info", "Which products?").await.status(), 303);
    assert_eq!(w.act(&w.cm, &ending, "approve", "").await.status(), 303);
    let soon = (chrono::Utc::now() + chrono::Duration::days(10)).format("%Y-%m-%d 12:00:00");
    execute(&w.app, &format!("UPDATE deals SET protected_until = '{soon}' WHERE public_id = '{ending}'"));

    // The partner user: what waits for them, what ends, what was decided.
    let (status, home) = w.page(&w.pu, "/").await;
    assert_eq!(status, 200);
    let action = section(&home, "Deals that need you");
    assert!(action.contains("Waiting Ltd") && action.contains("Drafty SA"), "{action}");
    assert!(!action.contains("Ending GmbH"));
    assert!(action.contains("2 open deals"), "submitted, info requested and approved count; drafts do not: {action}");
    let ending_soon = section(&home, "Protections ending soon");
    assert!(ending_soon.contains("Ending GmbH"));
    assert!(ending_soon.contains("Recent decisions"));
    assert!(home.contains("Your standing") && home.contains("Training"));
    assert!(!home.contains("Other Org Inc"), "another partner's deal");
    assert!(!home.contains("Your people"), "only partner admins see their people");
    assert!(!home.contains("Set up your portal"));

    // The other partner sees its own deal and none of P1A's.
    let (_, other) = w.page(&w.pb, "/").await;
    assert!(!other.contains("Waiting Ltd") && !other.contains("Ending GmbH"));
    assert!(other.contains("1 open deal") || other.contains("one open deal"), "{}", section(&other, "Deals that need you"));

    // The partner admin sees the organisation's deals and its people.
    let (_, admin_home) = w.page(&w.pa, "/").await;
    assert!(admin_home.contains("Waiting Ltd"));
    let people = section(&admin_home, "Your people");
    assert!(people.contains("2 active people"), "{people}");

    // The channel manager: the queue, conflicts, the quarter's pipeline.
    let (_, cm) = w.page(&w.cm, "/").await;
    assert_eq!(stat(&cm, "Deals waiting for review"), "1");
    assert_eq!(stat(&cm, "Possible conflicts"), "0");
    assert_eq!(stat(&cm, "Protections ending in 30 days"), "1");
    assert!(cm.contains("Pipeline this quarter") && cm.contains("chart-pipeline-desc"), "the chart, described for screen readers");
    assert!(!cm.contains("Set up your portal"), "the checklist is the vendor admin's");

    // The vendor admin: a checklist read from the data. Partners and a
    // channel manager exist; products and branding do not yet.
    let (_, admin) = w.page(&w.admin, "/").await;
    let setup = section(&admin, "Set up your portal");
    assert!(setup.contains("Invite your first partner") && setup.contains("Invite your team"));
    let done_before: usize = setup.matches("<li class=\"is-done\">").count();
    assert!(setup.contains("steps done"), "{setup}");
    let csrf = crate::support::page_csrf(&w.admin, &w.app.url("acme", "/admin/products")).await;
    let res = w
        .admin
        .post(w.app.url("acme", "/admin/products"))
        .form(&[("csrf_token", csrf.as_str()), ("name", "Widget"), ("sku", "W-1")])
        .send()
        .await
        .unwrap();
    assert!(res.status().is_redirection(), "{}", res.status());
    let (_, admin) = w.page(&w.admin, "/").await;
    assert_eq!(
        section(&admin, "Set up your portal").matches("<li class=\"is-done\">").count(),
        done_before + 1,
        "adding a product ticks its step"
    );
    assert_eq!(stat(&admin, "Deals waiting for review"), "1");

    // Another tenant's admin sees none of it.
    let (_, foreign) = w.foreign.get(w.app.url("globex", "/")).send().await.map(|r| (r.status(), r)).unwrap();
    assert_eq!(foreign.status(), 200);
    let foreign = foreign.text().await.unwrap();
    assert_eq!(stat(&foreign, "Deals waiting for review"), "0");
    assert!(!foreign.contains("Waiting Ltd") && !foreign.contains("Other Org Inc"));

    // A visitor gets the welcome page.
    let visitor = client().get(w.app.url("acme", "/")).send().await.unwrap().text().await.unwrap();
    assert!(!visitor.contains("Deals that need you") && !visitor.contains("Set up your portal"));

    // A marketing editor: their content, no deal figures.
    let vendor = organisation_id(&w.app, &w.admin, "acme", "ACME").await;
    invite(&w.app, &w.admin, "acme", "ed@acme.test", "marketing_editor", &vendor).await;
    let editor = w.app.accept_invitation("acme", "ed@acme.test", PASSWORD).await;
    let (_, ed) = w.page(&editor, "/").await;
    assert!(ed.contains("Your content") && ed.contains("Courses"));
    assert!(!ed.contains("Deals waiting for review") && !ed.contains("Set up your portal"));
}
