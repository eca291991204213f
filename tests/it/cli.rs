//! The command line: provisioning (all or nothing), listing, configuration errors.

use crate::support::spawn_app;

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).to_string()
}

#[tokio::test]
async fn tenant_create_makes_a_whole_tenant_and_prints_its_url() {
    let app = spawn_app().await;
    let out = app.cli_ok(&["tenant", "create", "--slug", "acme", "--name", "Acme", "--admin-email", "Ops@Acme.Test"]);
    assert!(out.contains(&format!("http://acme.localhost:{}", app.port)), "{out}");
    assert!(out.contains("ops@acme.test"));
    assert!(out.contains("Registered, Silver, Gold"));

    let show = app.cli_ok(&["tenant", "show", "acme"]);
    assert!(show.contains("Status:          active"), "{show}");
    assert!(show.contains("Users:           1"));
    assert!(show.contains("Tier 1:          Registered"));
    assert!(show.contains("Tier 3:          Gold"));

    let list = app.cli_ok(&["tenant", "list"]);
    assert!(list.starts_with("SLUG"));
    assert!(list.lines().any(|l| l.starts_with("acme ") && l.contains("active") && l.contains("en-US")), "{list}");
}

#[tokio::test]
async fn bad_tenants_are_refused_clearly_and_nothing_is_half_made() {
    let app = spawn_app().await;
    app.create_tenant("acme", "Acme");
    let cases: [(&[&str], &str); 7] = [
        (&["--slug", "acme", "--name", "Again", "--admin-email", "x@acme.test"], "already exists"),
        (&["--slug", "www", "--name", "W", "--admin-email", "x@w.test"], "reserved"),
        (&["--slug", "api", "--name", "A", "--admin-email", "x@a.test"], "reserved"),
        (&["--slug", "Bad_Slug", "--name", "B", "--admin-email", "x@b.test"], "not a valid DNS label"),
        (&["--slug=-dash", "--name", "B", "--admin-email", "x@b.test"], "not a valid DNS label"),
        (&["--slug", "okay", "--name", "Okay", "--admin-email", "not-an-email"], "not a valid e-mail address"),
        (&["--slug", "okay", "--name", "Okay", "--admin-email", "x@okay.test", "--locale", "xx-XX"], "unknown locale"),
    ];
    for (args, message) in cases {
        let mut full = vec!["tenant", "create"];
        full.extend_from_slice(args);
        let out = app.cli(&full);
        assert!(!out.status.success(), "{args:?} succeeded");
        assert!(stderr(&out).contains(message), "{args:?}: {}", stderr(&out));
    }
    let list = app.cli_ok(&["tenant", "list"]);
    assert_eq!(list.lines().count(), 2, "only the header and acme: {list}");
    assert_eq!(app.get("okay", "/").await.status(), 404);
}

#[tokio::test]
async fn suspending_an_unknown_tenant_fails_with_a_message() {
    let app = spawn_app().await;
    let out = app.cli(&["tenant", "suspend", "ghost"]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("no tenant has the slug `ghost`"));
}

#[tokio::test]
async fn overrides_of_unknown_messages_are_refused() {
    let app = spawn_app().await;
    app.create_tenant("acme", "Acme");
    let out = app.cli(&["tenant", "override", "acme", "--locale", "en-US", "--id", "no-such-message", "--value", "x"]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("not a message id"));
}

#[tokio::test]
async fn a_wrong_setting_stops_start_up_with_one_line_naming_it() {
    let app = spawn_app().await;
    let run = |var: &str, value: &str| {
        std::process::Command::new(env!("CARGO_BIN_EXE_portico"))
            .arg("migrate")
            .env_clear()
            .envs(&app.env)
            .env(var, value)
            .output()
            .expect("run portico")
    };
    for (var, value) in [
        ("PORTICO_BIND", "not-an-address"),
        ("DATABASE_URL", "mysql://localhost/portico"),
        ("PORTICO_PUBLIC_URL", "localhost:8080"),
        ("PORTICO_SECRET_KEY", "too-short"),
    ] {
        let out = run(var, value);
        assert_eq!(out.status.code(), Some(2), "{var}");
        let err = stderr(&out);
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.contains(var), "{err}");
    }
    // An unknown scheme never becomes a SQLite file.
    let out = run("DATABASE_URL", "mysql://localhost/portico");
    assert!(!out.status.success());
    assert!(!std::path::Path::new("mysql:").exists());
    assert!(!app.dir.path().join("mysql:").exists());
}

#[tokio::test]
async fn a_fresh_data_directory_gets_a_secret_key_on_first_run() {
    let app = spawn_app().await;
    let data = tempfile::tempdir().unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_portico"))
        .arg("migrate")
        .env_clear()
        .env("DATABASE_URL", format!("sqlite://{}", data.path().join("p.db").display()))
        .env("PORTICO_DATA_DIR", data.path())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let key = std::fs::read_to_string(data.path().join("secret.key")).unwrap();
    assert_eq!(key.len(), 64);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(data.path().join("secret.key")).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    drop(app);
}
