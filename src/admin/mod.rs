//! Tenant administration: the screens vendor staff use to run their
//! partner programme (branding, languages and texts, users, sign-in
//! providers, partners and applications, products and tiers, the mail log,
//! usage and exports, the audit log, the API's tokens), the marketing
//! editors' asset library, campaigns and courses, training reports and
//! certification requirements.

pub mod api;
pub mod applications;
pub mod asset_zones;
pub mod assets;
pub mod audit;
pub mod campaigns;
pub mod catalogue;
pub mod courses;
pub mod currency;
pub mod lessons;
pub mod mail;
pub mod partners;
pub mod quiz;
pub mod sso;
pub mod template_preview;
pub mod tenant;
pub mod training_reports;
pub mod usage;
pub mod users;
pub mod webhooks;
