//! The partner programme's rules above the organisations of a tenant
//! (`tenancy::organisations`): keeping the directory of partners, recruiting
//! new ones.

pub mod directory;
pub mod recruitment;
