//! Organisations: the vendor's own organisation and its partner organisations.

pub mod admin;
pub mod model;
pub mod recruitment;
