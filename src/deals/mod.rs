//! Deal registration: the lifecycle, conflict detection, lists, exports,
//! notifications and analytics.

pub mod admin;
pub mod analytics;
pub mod demo;
pub mod forms;
pub mod model;
pub mod normalize;
pub mod routes;
pub mod service;
pub mod state;
pub mod views;
