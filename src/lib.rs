//! Portico: a multi-tenant partner portal in one binary.
//!
//! The crate is sliced by feature (see `ARCHITECTURE.md`): cross-cutting rules
//! (tenant scope, errors, strings, assets) each live in exactly one module.

pub mod benchseed;
pub mod cli;
pub mod config;
pub mod db;
pub mod deals;
pub mod error;
pub mod i18n;
pub mod identity;
pub mod jobs;
pub mod mail;
pub mod notifications;
pub mod partners;
pub mod platform;
pub mod startup;
pub mod telemetry;
pub mod tenancy;
pub mod web;
