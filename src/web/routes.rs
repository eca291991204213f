//! Route registration that also keeps an inventory of every route, so the
//! access test (TEN-7) can hold each one against its table: a new route
//! without an entry there fails the suite.

use std::collections::BTreeSet;
use std::sync::{Mutex, OnceLock};

use actix_web::{FromRequest, Handler, Responder, guard, web};

fn inventory_cell() -> &'static Mutex<BTreeSet<(&'static str, &'static str)>> {
    static INVENTORY: OnceLock<Mutex<BTreeSet<(&'static str, &'static str)>>> = OnceLock::new();
    INVENTORY.get_or_init(|| Mutex::new(BTreeSet::new()))
}

/// The methods registered for the route `path` matches (`{id}` segments
/// match any one segment): empty when no route has this path.
pub fn methods_for(path: &str) -> Vec<&'static str> {
    let segments: Vec<&str> = path.trim_end_matches('/').split('/').collect();
    let matches = |pattern: &str| {
        let parts: Vec<&str> = pattern.split('/').collect();
        parts.len() == segments.len()
            && parts.iter().zip(&segments).all(|(p, s)| if p.starts_with('{') && !p.contains(':') { !s.is_empty() } else { p == s })
    };
    let mut methods: Vec<&'static str> = inventory().into_iter().filter(|(_, pattern)| matches(pattern)).map(|(m, _)| m).collect();
    methods.sort_unstable();
    methods.dedup();
    methods
}

/// Every `(method, path pattern)` registered so far.
pub fn inventory() -> Vec<(&'static str, &'static str)> {
    inventory_cell().lock().map(|set| set.iter().copied().collect()).unwrap_or_default()
}

pub struct Routes<'a> {
    cfg: &'a mut web::ServiceConfig,
}

impl<'a> Routes<'a> {
    pub fn new(cfg: &'a mut web::ServiceConfig) -> Self {
        Self { cfg }
    }

    fn record(method: &'static str, path: &'static str) {
        if let Ok(mut set) = inventory_cell().lock() {
            set.insert((method, path));
        }
    }

    pub fn get<F, Args>(&mut self, path: &'static str, handler: F) -> &mut Self
    where
        F: Handler<Args>,
        Args: FromRequest + 'static,
        F::Output: Responder + 'static,
    {
        Self::record("GET", path);
        // HEAD is answered by the same handler (actix sends no body for it).
        self.cfg.route(path, web::route().guard(guard::Any(guard::Get()).or(guard::Head())).to(handler));
        self
    }

    pub fn post<F, Args>(&mut self, path: &'static str, handler: F) -> &mut Self
    where
        F: Handler<Args>,
        Args: FromRequest + 'static,
        F::Output: Responder + 'static,
    {
        Self::record("POST", path);
        self.cfg.route(path, web::post().to(handler));
        self
    }

    pub fn put<F, Args>(&mut self, path: &'static str, handler: F) -> &mut Self
    where
        F: Handler<Args>,
        Args: FromRequest + 'static,
        F::Output: Responder + 'static,
    {
        Self::record("PUT", path);
        self.cfg.route(path, web::put().to(handler));
        self
    }

    pub fn patch<F, Args>(&mut self, path: &'static str, handler: F) -> &mut Self
    where
        F: Handler<Args>,
        Args: FromRequest + 'static,
        F::Output: Responder + 'static,
    {
        Self::record("PATCH", path);
        self.cfg.route(path, web::patch().to(handler));
        self
    }

    pub fn delete<F, Args>(&mut self, path: &'static str, handler: F) -> &mut Self
    where
        F: Handler<Args>,
        Args: FromRequest + 'static,
        F::Output: Responder + 'static,
    {
        Self::record("DELETE", path);
        self.cfg.route(path, web::delete().to(handler));
        self
    }
}
