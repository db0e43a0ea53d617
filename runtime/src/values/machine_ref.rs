//! P values that need runtime support: machine references (and, as code
//! generation needs them, the other P value types).

use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};

/// A reference to a machine (P's `machine` and interface types), or `null`.
/// Equality and order are by id; the name is kept for printing `Name(id)`.
#[derive(Clone, Copy)]
pub struct MachineRef {
    id: u32,
    name: &'static str,
}

impl MachineRef {
    /// P's `null` machine reference.
    pub const NULL: MachineRef = MachineRef { id: 0, name: "" };

    pub(crate) fn new(id: u32, name: &'static str) -> MachineRef {
        MachineRef { id, name }
    }

    /// Whether this is `null`.
    pub fn is_null(self) -> bool {
        self.id == 0
    }

    /// The machine's id (ids start at 1; 0 is `null`).
    pub fn id(self) -> u32 {
        self.id
    }

    /// The machine's P name (its type, or the interface it was created as).
    pub fn name(self) -> &'static str {
        self.name
    }

    #[inline]
    pub(crate) fn index(self) -> Option<usize> {
        (self.id != 0).then(|| self.id as usize - 1)
    }
}

impl Default for MachineRef {
    fn default() -> Self {
        MachineRef::NULL
    }
}

impl PartialEq for MachineRef {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
    }
}

impl Eq for MachineRef {}

impl PartialOrd for MachineRef {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for MachineRef {
    fn cmp(&self, other: &Self) -> Ordering {
        self.id.cmp(&other.id)
    }
}

impl Hash for MachineRef {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.id.hash(state);
    }
}

impl fmt::Display for MachineRef {
    /// P prints a machine as `Name(id)` and `null` as nothing.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_null() {
            Ok(())
        } else {
            write!(f, "{}({})", self.name, self.id)
        }
    }
}

impl fmt::Debug for MachineRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_null() {
            f.write_str("null")
        } else {
            write!(f, "{self}")
        }
    }
}
