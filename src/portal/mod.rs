//! The tenant's portal as partners and visitors see it: the home page and
//! branding, sign-in and account links, single sign-on, the application
//! form, deals with their analytics, notifications, e-mail preferences and
//! unsubscribe links, the asset library and campaigns, training (courses,
//! quizzes) and certificates with what anyone may verify of them.

pub mod account;
pub mod account_views;
pub mod analytics;
pub mod apply;
pub mod assets;
pub mod campaigns;
pub mod certificates;
pub mod deal_views;
pub mod deals;
pub mod home;
pub mod landing;
pub mod partner_pages;
pub mod preferences;
pub mod quiz;
pub mod sso;
pub mod training;
