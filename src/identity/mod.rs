//! Identity: users and their roles (sign-in, sessions and SSO build on this).

pub mod accounts;
pub mod admin;
pub mod auth;
pub mod invitations;
pub mod model;
pub mod password;
pub mod rbac;
pub mod routes;
pub mod session;
pub mod session_store;
pub mod sso;
pub mod throttle;
pub mod users;
pub mod views;
