//! The ceiling: the smallest actix-web + askama + diesel app serving a
//! "fortunes" page (12 rows read, one added in memory, sorted, rendered
//! escaped) from the same database Portico uses — no tenancy, sessions,
//! permissions or i18n. `bench/run` measures Portico's pages against it.
//!
//!     baseline --database-url URL --bind 127.0.0.1:8081

use actix_web::{App, HttpResponse, HttpServer, web};
use askama::Template;
use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Text};

#[derive(QueryableByName, Clone)]
struct Fortune {
    #[diesel(sql_type = BigInt)]
    id: i64,
    #[diesel(sql_type = Text)]
    message: String,
}

#[derive(Template)]
#[template(
    ext = "html",
    source = "<!doctype html><html><head><title>Fortunes</title></head><body><table><tr><th>id</th><th>message</th></tr>{% for f in fortunes %}<tr><td>{{ f.id }}</td><td>{{ f.message }}</td></tr>{% endfor %}</table></body></html>"
)]
struct FortunesPage {
    fortunes: Vec<Fortune>,
}

fn load(conn: &mut portico::db::AnyConnection) -> QueryResult<Vec<Fortune>> {
    match conn {
        portico::db::AnyConnection::Sqlite(c) => diesel::sql_query("SELECT id, message FROM fortunes").load(c),
        portico::db::AnyConnection::Postgres(c) => diesel::sql_query("SELECT id, message FROM fortunes").load(c),
    }
}

async fn fortunes(pool: web::Data<portico::db::Pool>) -> HttpResponse {
    let pool = pool.get_ref().clone();
    let rows = web::block(move || -> anyhow::Result<Vec<Fortune>> {
        let mut conn = pool.get()?;
        Ok(load(&mut conn)?)
    })
    .await;
    match rows {
        Ok(Ok(mut list)) => {
            list.push(Fortune { id: 0, message: "Additional fortune added at request time.".into() });
            list.sort_by(|a, b| a.message.cmp(&b.message));
            match (FortunesPage { fortunes: list }).render() {
                Ok(body) => HttpResponse::Ok().content_type("text/html; charset=utf-8").body(body),
                Err(_) => HttpResponse::InternalServerError().finish(),
            }
        }
        _ => HttpResponse::InternalServerError().finish(),
    }
}

const SETUP: &str = "CREATE TABLE IF NOT EXISTS fortunes (id BIGINT PRIMARY KEY, message TEXT NOT NULL);";
const ROWS: [&str; 12] = [
    "fortune: No such file or directory",
    "A computer scientist is someone who fixes things that aren't broken.",
    "After enough decimal places, nobody gives a damn.",
    "A bad random number generator: 1, 1, 1, 1, 1, 4.33e+67, 1, 1, 1",
    "A computer program does what you tell it to do, not what you want it to do.",
    "Emacs is a nice operating system, but I prefer UNIX. — Tom Christaensen",
    "Any program that runs right is obsolete.",
    "A list is only as strong as its weakest link. — Donald Knuth",
    "Feature: A bug with seniority.",
    "Computers make very fast, very accurate mistakes.",
    "<script>alert(\"This should not be displayed in a browser alert box.\");</script>",
    "フレームワークのベンチマーク",
];

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let arg = |name: &str| args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).cloned();
    let url = arg("--database-url").ok_or_else(|| anyhow::anyhow!("--database-url is required"))?;
    let bind = arg("--bind").unwrap_or_else(|| "127.0.0.1:8081".into());
    let pool = portico::db::connect(&url, 8, std::time::Duration::from_secs(5))?;
    {
        let mut conn = pool.get()?;
        conn.batch_execute(SETUP)?;
        conn.batch_execute("DELETE FROM fortunes")?;
        for (i, message) in ROWS.iter().enumerate() {
            let sql = format!("INSERT INTO fortunes (id, message) VALUES ({}, '{}')", i + 1, message.replace('\'', "''"));
            conn.batch_execute(&sql)?;
        }
    }
    let workers = arg("--workers").and_then(|w| w.parse().ok());
    actix_web::rt::System::new().block_on(async move {
        let mut server =
            HttpServer::new(move || App::new().app_data(web::Data::new(pool.clone())).route("/fortunes", web::get().to(fortunes)))
                .bind(bind)?;
        if let Some(w) = workers {
            server = server.workers(w);
        }
        server.run().await
    })?;
    Ok(())
}
