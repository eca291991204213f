//! Portico: a multi-tenant partner portal in one binary.
//!
//! Layers point one way (see `docs/ARCHITECTURE.md`, kept true by
//! `tests/it/layers.rs`): a core that knows nothing of HTTP — the base
//! (`config`, `error`, `db`, `i18n`, `telemetry`, `validate`, `assets`) and
//! the domain (`tenancy`, `identity`, `partners`, `deals`, `mail`,
//! `notifications`, `platform`, `jobs`, `demo`, `benchseed`) — then `state`,
//! the web kernel (`web`), the HTTP slices (`portal`, `admin`, `operator`),
//! and `startup`/`cli`, which wire everything.

pub mod admin;
pub mod api;
pub mod assets;
pub mod audit;
pub mod benchseed;
pub mod campaigns;
pub mod cli;
pub mod config;
pub mod dashboard;
pub mod db;
pub mod deals;
pub mod demo;
pub mod error;
pub mod i18n;
pub mod identity;
pub mod jobs;
pub mod mail;
pub mod notifications;
pub mod operator;
pub mod outbound;
pub mod partners;
pub mod platform;
pub mod portal;
pub mod signing;
pub mod startup;
pub mod state;
pub mod storage;
pub mod telemetry;
pub mod tenancy;
pub mod training;
pub mod validate;
pub mod web;
pub mod webhooks;
