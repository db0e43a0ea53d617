//! Reading P source text into the syntax tree.
//!
//! - [`ast`]: the tree itself;
//! - `grammar`: the pest grammar (`p.pest`) and its derived parser;
//! - `lower`: pest pairs -> [`ast`] nodes, one `lower_<rule>` per rule;
//! - `printer`: [`ast`] -> P text (the inverse of parsing, spans aside).

pub mod ast;
