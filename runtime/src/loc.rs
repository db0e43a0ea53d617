//! Locations in the P source, carried by generated code into bug reports.

use std::fmt;

/// A `file:line:col` in the P source that generated code came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Loc {
    /// The P file, relative to the project root (e.g. `PSrc/Queue.p`).
    pub file: &'static str,
    /// 1-based line.
    pub line: u32,
    /// 1-based column.
    pub col: u32,
}

impl Loc {
    /// A location (used by generated code as `Loc::new("PSrc/A.p", 12, 5)`).
    pub const fn new(file: &'static str, line: u32, col: u32) -> Loc {
        Loc { file, line, col }
    }
}

impl fmt::Display for Loc {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}", self.file, self.line, self.col)
    }
}
