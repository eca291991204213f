//! The web kernel shared by every HTTP slice: `PageCtx` and `render`, site
//! resolution and extractors, sessions and CSRF, flash messages and
//! redirects, error pages and response headers, request telemetry, embedded
//! assets, the language switch and the route inventory.

pub mod api;
pub mod assets;
pub mod chart;
pub mod client;
pub mod csrf;
pub mod csv;
pub mod ctx;
pub mod errors;
pub mod exports;
pub mod extract;
pub mod features;
pub mod files;
pub mod finish;
pub mod flash;
pub mod hx;
pub mod language;
pub mod redirect;
pub mod render;
pub mod resolve;
pub mod routes;
pub mod session;
pub mod session_store;
pub mod telemetry;
pub mod upload;
pub mod usage;
