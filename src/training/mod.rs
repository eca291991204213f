//! Training (SPEC §6): courses marketing editors author — texts per locale,
//! lessons in Markdown, a quiz — taken by partner users of the tiers that
//! see them; certificates on passing, verifiable by anyone and issued as
//! Open Badges 3.0 credentials with a revocation list; the certificates a
//! tier asks its partners to hold; reports for vendor staff and partner
//! admins.

pub mod certificates;
pub mod course;
pub mod credentials;
pub mod markdown;
pub mod progress;
pub mod quiz;
pub mod reports;
pub mod requirements;
pub mod service;
