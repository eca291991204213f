//! Identity: users and their roles (sign-in, sessions and SSO build on this).

pub mod invitations;
pub mod model;
pub mod rbac;
