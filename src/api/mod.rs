//! The tenant's JSON API (`/api/v1` on each tenant host), for integrators:
//! a vendor admin's token (`Authorization: Bearer ptk_…`) acts for the
//! tenant as vendor staff, through the same services and scope as the
//! pages. Errors are `application/problem+json`; the OpenAPI document is
//! generated from the handlers.

pub mod auth;
pub mod campaigns;
pub mod deal_writes;
pub mod deals;
pub mod docs;
pub mod partner_writes;
pub mod partners;
pub mod reference;
pub mod users;
