//! The partner programme's rules above the organisations of a tenant
//! (`tenancy::organisations`): recruiting new partners.

pub mod recruitment;
