//! Deal registration: the lifecycle, conflict detection, lists and the
//! facts behind exports and analytics. The pages are `portal::deals`.

pub mod forms;
pub mod model;
pub mod normalize;
pub mod service;
pub mod state;
