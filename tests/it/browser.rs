//! Browser journeys in headless Chromium, driven by playwright-core from
//! `tests/peers` (installed by the test command). A missing browser or Node is
//! a failure, never a skip.

use crate::support::spawn_app;

fn run_journey(script: &str, url: &str) {
    let dir = format!("{}/tests/peers", env!("CARGO_MANIFEST_DIR"));
    let out = std::process::Command::new("node")
        .arg(format!("{dir}/{script}"))
        .arg(url)
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
