//! Files: one storage interface over local disk or S3-compatible object
//! storage (`store`), what an upload is and whether we take it (`inspect`),
//! the stored files' records and each tenant's usage (`model`), and small
//! generated files for the demo and tests (`samples`).

pub mod files;
pub mod inspect;
pub mod model;
pub mod samples;
pub mod store;
