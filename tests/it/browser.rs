//! Browser journeys in headless Chromium, driven by playwright-core from
//! `tests/peers` (installed by the test command). A missing browser or Node is
//! a failure, never a skip.

use crate::support::oidc::{real_op, sso_tenant};
use crate::support::smtp::SmtpPeer;
use crate::support::world::world_on;
use crate::support::{PASSWORD, link_from, spawn_app, spawn_app_with_mail};

fn run_journey(script: &str, url: &str) {
    run_node(script, &[url]);
}

fn run_node(script: &str, args: &[&str]) {
    let dir = format!("{}/tests/peers", env!("CARGO_MANIFEST_DIR"));
    let out = std::process::Command::new("node")
        .arg(format!("{dir}/{script}"))
        .args(args)
        .current_dir(&dir)
        .output()
        .unwrap_or_else(|e| panic!("cannot run node (install Node.js; the test command does): {e}"));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{script} failed:\n{stdout}\n{stderr}");
    assert!(stdout.contains("JOURNEY OK"), "{stdout}\n{stderr}");
}

#[tokio::test]
async fn the_demo_portal_is_branded_and_switches_to_japanese_in_a_browser() {
    let app = spawn_app().await;
    app.cli_ok(&["demo"]);
    let url = app.url("demo", "/");
    tokio::task::spawn_blocking(move || run_journey("smoke.mjs", &url)).await.unwrap();
}

#[tokio::test]
async fn a_vendor_admin_goes_from_invitation_to_a_new_brand_colour() {
    let peer = SmtpPeer::start(0);
    let app = spawn_app_with_mail(&peer).await;
    app.cli_ok(&["tenant", "create", "--slug", "acme", "--name", "Acme", "--admin-email", "ops@acme.test"]);
    let mail = &peer.wait_for(1).await[0];
    let link = link_from(&mail.text, &format!("http://acme.localhost:{}/invitations/", app.port));
    tokio::task::spawn_blocking(move || run_node("journeys.mjs", &["invitation", &link, "ops@acme.test", PASSWORD])).await.unwrap();
}

#[tokio::test]
async fn a_partner_signs_in_through_the_providers_own_login_form() {
    let s = sso_tenant().await;
    let op = real_op(&[("p1a", "p1a-secret", vec![s.app.url("acme", "/auth/callback/1")])]);
    s.provider(&op.issuer, "p1a", "P1A", "p1a.test", true, false).await;
    let portal = s.app.url("acme", "");
    tokio::task::spawn_blocking(move || run_node("journeys.mjs", &["sso", &portal, "dana@p1a.test"])).await.unwrap();
    drop(op);
}

#[tokio::test]
async fn a_sibling_tenant_page_cannot_post_to_another_tenant() {
    let app = spawn_app().await;
    app.tenant_with_admin("acme", PASSWORD).await;
    let portal = app.url("acme", "");
    tokio::task::spawn_blocking(move || run_node("journeys.mjs", &["csrf", &portal, "ops@acme.test", PASSWORD])).await.unwrap();
}

#[tokio::test]
async fn a_conflicting_deal_is_reviewed_side_by_side_and_decided_in_one_step() {
    let peer = SmtpPeer::start(0);
    let w = world_on(spawn_app_with_mail(&peer).await).await;
    // Another partner got there first.
    w.register(&w.pb, "Umbrella Corporation", "umbrella-journey.test", "30000", "submit").await;
    let portal = w.app.url("acme", "");
    tokio::task::spawn_blocking(move || run_node("journeys.mjs", &["deal", &portal, "pu@p1a.test", "cm@acme.test", PASSWORD]))
        .await
        .unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(15);
    loop {
        let mail = peer.messages().await;
        let approved = mail.iter().find(|m| m.envelope_to.contains(&"pu@p1a.test".to_string()) && m.subject.contains("approved"));
        let rejected = mail.iter().find(|m| m.envelope_to.contains(&"pb@p1b.test".to_string()) && m.subject.contains("rejected"));
        if let (Some(m), Some(r)) = (approved, rejected) {
            assert!(m.subject.contains("Umbrella Corp."), "{}", m.subject);
            assert!(m.text.contains("/deals/"));
            assert!(r.text.contains("P1A registered Umbrella first."), "the other partner is told why: {}", r.text);
            assert!(!m.text.contains("registered Umbrella first"), "and only they are");
            break;
        }
        assert!(std::time::Instant::now() < deadline, "the approval mail did not arrive");
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
}

#[tokio::test]
async fn an_editor_builds_a_co_branded_campaign_and_a_partner_runs_it() {
    let w = world_on(spawn_app().await).await;
    let dir = std::env::temp_dir().join(format!("portico-journey-{}", uuid::Uuid::new_v4()));
    std::fs::create_dir_all(&dir).unwrap();
    let (pdf, logo, out) = (dir.join("datasheet.pdf"), dir.join("logo.png"), dir.join("stamped.pdf"));
    std::fs::write(&pdf, portico::storage::samples::datasheet_pdf("Journey Router", "Datasheet", "https://acme.test/router")).unwrap();
    std::fs::write(&logo, crate::storage::png(300, 100)).unwrap();
    let portal = w.app.url("acme", "");
    let args: Vec<String> = [&portal, "ops@acme.test", "pa@p1a.test", PASSWORD]
        .iter()
        .map(|s| s.to_string())
        .chain([&pdf, &logo, &out].iter().map(|p| p.to_str().unwrap().to_string()))
        .collect();
    tokio::task::spawn_blocking(move || {
        run_node("journeys.mjs", &["cobrand", &args[0], &args[1], &args[2], &args[3], &args[4], &args[5], &args[6]])
    })
    .await
    .unwrap();
    // What the browser saved is the partner's stamped copy.
    let stamped = std::fs::read(&out).unwrap();
    let text = crate::cobranding::poppler("pdftotext", &[], &stamped);
    assert!(text.contains("P1A") && text.contains("Journey Router"), "{text}");
    let images = crate::cobranding::poppler("pdfimages", &["-list"], &stamped);
    assert!(images.lines().count() > 2, "the logo is in: {images}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test]
async fn an_operator_runs_a_tenants_lifecycle_from_the_console() {
    let app = spawn_app().await;
    let out = app.cli_ok(&["operator", "create", "--email", "ops@platform.test"]);
    let link = link_from(&out, &format!("http://localhost:{}/operator/sign-in/", app.port));
    let portal = app.url("initech", "");
    tokio::task::spawn_blocking(move || run_node("journeys.mjs", &["console", &link, &portal])).await.unwrap();
    // What the console did is what the database holds.
    assert_eq!(
        crate::support::scalar(
            &app,
            "SELECT COUNT(*) AS n FROM tenants WHERE slug = 'initech' AND plan = 'enterprise' AND deleted_at IS NULL"
        ),
        1
    );
}

#[tokio::test]
async fn an_editor_publishes_a_course_and_a_partner_passes_it_by_keyboard_and_prints_the_certificate() {
    let w = world_on(spawn_app().await).await;
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().to_str().unwrap().to_string();
    let portal = w.app.url("acme", "");
    let f = folder.clone();
    tokio::task::spawn_blocking(move || run_node("journeys.mjs", &["training", &portal, "ops@acme.test", "pu@p1a.test", PASSWORD, &f]))
        .await
        .unwrap();
    // Each printout is one page holding the holder and the course, read back with poppler.
    for format in ["A4", "Letter"] {
        let pdf = std::fs::read(dir.path().join(format!("certificate-{format}.pdf"))).unwrap();
        let info = crate::cobranding::poppler("pdfinfo", &[], &pdf);
        assert!(info.lines().any(|l| l.starts_with("Pages:") && l.trim_end().ends_with(" 1")), "{format}: {info}");
        let text = crate::cobranding::poppler("pdftotext", &[], &pdf);
        assert!(text.contains("pu@p1a.test") && text.contains("Journey course") && text.contains("/verify/"), "{format}: {text}");
    }
}

/// The demo's accounts as `portico demo` prints them: (role, "email:password").
fn demo_accounts(printed: &str) -> Vec<(String, String)> {
    printed
        .lines()
        .filter_map(|line| {
            let words: Vec<&str> = line.split_whitespace().collect();
            let at = words.iter().position(|w| w.contains('@') && !w.contains('/'))?;
            Some((words[..at].join(" "), format!("{}:{}", words[at], words.get(at + 1)?)))
        })
        .collect()
}

/// Every page one demo role reaches, in five languages, at 1280 and 390 px:
/// nothing scrolls sideways, the header is one row on a desktop and a menu
/// on a phone, axe-core finds no WCAG 2.2 A/AA violation, and a refused
/// form focuses its error summary (tests/peers/crawl.mjs).
async fn crawl_as(role: &str) {
    let app = spawn_app().await;
    let printed = app.cli_ok(&["demo"]);
    let accounts = demo_accounts(&printed);
    assert_eq!(accounts.len(), 5, "one account per role: {printed}");
    let (_, account) = accounts.into_iter().find(|(r, _)| r == role).unwrap_or_else(|| panic!("no {role} in {printed}"));
    let portal = app.url("demo", "");
    tokio::task::spawn_blocking(move || run_node("crawl.mjs", &[&portal, &account])).await.unwrap();
}

#[tokio::test]
async fn every_page_a_vendor_admin_reaches_fits_both_widths_and_passes_axe_in_five_languages() {
    crawl_as("vendor admin").await;
}

#[tokio::test]
async fn every_page_a_channel_manager_reaches_fits_both_widths_and_passes_axe_in_five_languages() {
    crawl_as("channel manager").await;
}

#[tokio::test]
async fn every_page_a_marketing_editor_reaches_fits_both_widths_and_passes_axe_in_five_languages() {
    crawl_as("marketing editor").await;
}

#[tokio::test]
async fn every_page_a_partner_admin_reaches_fits_both_widths_and_passes_axe_in_five_languages() {
    crawl_as("partner admin").await;
}

#[tokio::test]
async fn every_page_a_partner_user_reaches_fits_both_widths_and_passes_axe_in_five_languages() {
    crawl_as("partner user").await;
}
