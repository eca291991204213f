//! Demo data for every feature, made through the same models and services
//! as real data: the demo tenant and its accounts, and sample deals.

pub mod deals;
pub mod tenant;
