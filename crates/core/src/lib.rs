//! Hagukumi's domain: the types every layer shares and the pure rules on them.
//!
//! Architecture invariant: this crate does no IO. It never reads the clock,
//! the file system or the network; every function that depends on "today"
//! takes it as an argument. It compiles for `wasm32-unknown-unknown` (the UI)
//! and for native targets (store, CLI, shell, tests).

pub mod age;
pub mod api;
pub mod app_lock;
pub mod backup;
pub mod benefits;
pub mod book;
mod by_name;
mod check;
pub mod child_records;
pub mod clinic_card;
pub mod demo;
pub mod growth;
pub mod markup;
pub mod materials;
pub mod model;
pub mod monthly;
pub mod municipal;
pub mod nursery;
pub mod official;
pub mod photo;
pub mod pregnancy;
pub mod pregnancy_records;
pub mod programs;
pub mod records;
pub mod rules_bundle;
pub mod schedule;
#[cfg(test)]
mod test_support;
pub mod validate;
pub mod writes;

pub use age::Age;
pub use model::{Child, Language, NewChild, NewPregnancy, Pregnancy};
pub use pregnancy::GestationalAge;
pub use validate::{ChildInput, ErrorCode, Field, FieldError, PregnancyInput, ValidationErrors};

pub use chrono;

/// The one date type of the project: a calendar date without time zone.
pub type Date = chrono::NaiveDate;
