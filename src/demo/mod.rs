//! Demo data for every feature, made through the same models and services
//! as real data: the demo tenant and its accounts, sample deals, the
//! asset library and campaigns, training and certificates.

pub mod assets;
pub mod deals;
pub mod tenant;
pub mod training;
