//! Through-channel marketing: the asset library (`assets`: files marketing
//! staff publish for partners, per locale, per tier, in versions) and
//! campaigns (`campaign`: a period, target tiers and assets; partners view,
//! download and activate them).

pub mod assets;
pub mod campaign;
pub mod cobrand;
pub mod landing;
pub mod social;
pub mod stamp;
pub mod zones;
