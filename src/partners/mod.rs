//! Organisations: the vendor's own organisation and its partner
//! organisations, and recruitment of new partners.

pub mod model;
pub mod recruitment;
