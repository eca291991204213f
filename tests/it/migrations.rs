//! Migrations: both backends list the same versions; up → down → up works.

use crate::support::spawn_app;

fn versions(dir: &str) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(format!("{}/migrations/{dir}", env!("CARGO_MANIFEST_DIR")))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .collect();
    v.sort();
    v
}

#[test]
fn both_backends_have_the_same_migration_versions() {
    let sqlite = versions("sqlite");
    assert!(!sqlite.is_empty());
    assert_eq!(sqlite, versions("postgres"));
    for v in &sqlite {
        for file in ["up.sql", "down.sql"] {
            for backend in ["sqlite", "postgres"] {
                let path = format!("{}/migrations/{backend}/{v}/{file}", env!("CARGO_MANIFEST_DIR"));
                assert!(std::path::Path::new(&path).exists(), "{path}");
            }
        }
    }
}

#[tokio::test]
async fn migrations_go_up_down_and_up_again() {
    let app = spawn_app().await;
    app.create_tenant("acme", "Acme");
    let url = app.db.url.clone();
    tokio::task::spawn_blocking(move || {
        let pool = portico::db::connect(&url, 1, std::time::Duration::from_secs(5)).unwrap();
        let mut conn = pool.get().unwrap();
        let applied = portico::db::migrations::applied(&mut conn).unwrap();
        assert_eq!(applied.len(), versions("sqlite").len());
        let reverted = portico::db::migrations::revert_all(&mut conn).unwrap();
        assert_eq!(reverted.len(), applied.len());
        assert!(portico::db::migrations::applied(&mut conn).unwrap().is_empty());
        let again = portico::db::migrations::run_pending(&mut conn).unwrap();
        assert_eq!(again.len(), applied.len());
    })
    .await
    .unwrap();
    // The schema is whole again: provisioning works.
    app.create_tenant("globex", "Globex");
    assert_eq!(app.get("globex", "/").await.status(), 200);
}
