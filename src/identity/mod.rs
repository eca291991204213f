//! Identity: users and their roles, passwords, invitations and resets,
//! sign-in throttling, sessions' rows, single sign-on, and the tenant API's tokens.

pub mod accounts;
pub mod api_tokens;
pub mod auth;
pub mod invitations;
pub mod model;
pub mod password;
pub mod rbac;
pub mod sessions;
pub mod sso;
pub mod throttle;
pub mod users;
