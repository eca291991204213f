//! The one integration-test binary. Each test starts the real server on a
//! free loopback port with a fresh database (a temp SQLite file, or a fresh
//! PostgreSQL database when `PORTICO_TEST_DATABASE_URL` is set) and talks to
//! it over HTTP like a user would.

#![expect(clippy::unwrap_used, clippy::expect_used, reason = "a test that cannot set up its world should stop right there")]

mod support;

mod access;
mod admin;
mod api;
mod api_writes;
mod assets;
mod backup;
mod browser;
mod campaigns;
mod cli;
mod cobranding;
mod currency;
mod deals;
mod docs;
mod export;
mod faults;
mod home;
mod hostile;
mod hosts;
mod i18n;
mod identity;
mod import;
mod landing;
mod layers;
mod lifecycle;
mod mail;
mod migrations;
mod ops;
mod pages;
mod partners;
mod plans;
mod platform;
mod platform_api;
mod preferences;
mod sso;
mod storage;
mod templates;
mod training;
mod webhooks;
