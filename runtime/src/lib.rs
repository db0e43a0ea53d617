//! The runtime that generated P machines link against.
#![deny(missing_docs)]
