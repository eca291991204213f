//! Through-channel marketing: the asset library (`assets`: files marketing
//! staff publish for partners, per locale, per tier, in versions).

pub mod assets;
