//! Rust generated from the P models under `p-models/` by `cargo xtask gen`,
//! and a registry of every program with the outcome its tests must have.
//! The generated modules are checked in; `cargo xtask gen --check` (run by
//! CI) fails when they are stale.

#![deny(warnings)]

#[rustfmt::skip]
pub mod generated;

pub use generated::registry::{PROGRAMS, Program};
