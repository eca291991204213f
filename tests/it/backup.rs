//! Backup and restore (SPEC §3): on SQLite an online, consistent copy while
//! the server serves and writes; a restore that checks the file first,
//! refuses while a server uses the database and swaps the file atomically.
//! On PostgreSQL both commands name the pg_dump / pg_restore command.

use diesel::{Connection, RunQueryDsl};

use crate::support::world::world;

#[derive(diesel::QueryableByName)]
struct Count {
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    n: i64,
}

fn deals_in(path: &std::path::Path) -> i64 {
    let mut conn = diesel::SqliteConnection::establish(&path.display().to_string()).unwrap();
    diesel::sql_query("SELECT COUNT(*) AS n FROM deals").get_result::<Count>(&mut conn).unwrap().n
}

#[tokio::test]
async fn a_backup_taken_under_writes_holds_every_acknowledged_write_and_restores_only_when_nobody_serves() {
    let w = world().await;
    let app = &w.app;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("backup.db");
    let file_arg = file.display().to_string();

    if app.db.is_postgres() {
        for command in ["backup", "restore"] {
            let out = app.cli(&[command, &file_arg]);
            assert!(!out.status.success(), "{command} writes nothing on PostgreSQL");
            let said = String::from_utf8_lossy(&out.stderr);
            let tool = if command == "backup" { "pg_dump --format=custom" } else { "pg_restore --clean" };
            assert!(said.contains(tool), "{said}");
            assert!(!file.exists());
        }
        return;
    }

    // Writes keep coming while the backup runs.
    for n in 0..5 {
        w.register(&w.pa, &format!("Before {n}"), &format!("before{n}.test"), "1000", "draft").await;
    }
    let acknowledged = deals_in(&app.db.sqlite_path().unwrap());
    let writer = {
        let (pa, url) = (w.pa.clone(), app.url("acme", "/deals"));
        let csrf = crate::support::page_csrf(&w.pa, &app.url("acme", "/deals/new")).await;
        tokio::spawn(async move {
            let mut made = 0;
            for n in 0..40 {
                let mut fields = crate::support::world::deal_fields(&format!("During {n}"), &format!("during{n}.test"), "1000", "draft");
                fields.push(("csrf_token", csrf.clone()));
                if pa.post(&url).form(&fields).send().await.unwrap().status() == 303 {
                    made += 1;
                }
            }
            made
        })
    };
    let mut command = app.cli_command(&["backup", &file_arg]);
    let cli = tokio::task::spawn_blocking(move || command.output().unwrap()).await.unwrap();
    assert!(cli.status.success(), "{}", String::from_utf8_lossy(&cli.stderr));
    assert!(String::from_utf8_lossy(&cli.stdout).contains("integrity checked"));
    let during = writer.await.unwrap();
    assert!(during > 0, "the server kept taking writes");
    let backed_up = deals_in(&file);
    assert!(backed_up >= acknowledged, "every write acknowledged before the backup began is in it ({backed_up} < {acknowledged})");

    // A backup never overwrites a file.
    let again = app.cli(&["backup", &file_arg]);
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("exists already"));

    // The running server's database is not replaced under it.
    let refused = app.cli(&["restore", &file_arg]);
    assert!(!refused.status.success());
    assert!(String::from_utf8_lossy(&refused.stderr).contains("a Portico server is using"), "{}", String::from_utf8_lossy(&refused.stderr));
    assert_eq!(w.pa.get(app.url("acme", "/deals")).send().await.unwrap().status(), 200);

    // Into a database no server uses: checked, swapped in, complete.
    let other = dir.path().join("other.db");
    std::fs::write(&other, b"an older database").unwrap();
    let other_url = format!("sqlite://{}", other.display());
    let garbage = dir.path().join("garbage.db");
    std::fs::write(&garbage, b"this is not a database").unwrap();
    let out = app.cli_env(&["restore", &garbage.display().to_string()], &[("DATABASE_URL", &other_url)]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("is not a usable backup"));
    assert_eq!(std::fs::read(&other).unwrap(), b"an older database", "a refused restore leaves the database alone");
    std::fs::remove_file(&other).unwrap();
    let out = app.cli_env(&["restore", &file_arg], &[("DATABASE_URL", &other_url)]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(deals_in(&other), backed_up);
    // And a server starts on it and serves the tenants it holds.
    let listed = app.cli_env(&["tenant", "list"], &[("DATABASE_URL", &other_url)]);
    assert!(String::from_utf8_lossy(&listed.stdout).contains("acme"));
}
