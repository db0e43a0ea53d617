//! The P front end and Rust code generator.
//!
//! Stages, each in its own module and each collecting every error it can
//! before the next one starts:
//! P text ([`source`]) -> syntax tree ([`syntax`]) -> diagnostics ([`diag`]).
//! Project loading (`.pproj`, folders, file lists) lives in [`project`].

pub mod diag;
pub mod project;
pub mod source;
pub mod syntax;
