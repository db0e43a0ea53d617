//! Bugs: what ends a schedule as a failure, in P's terms.

use crate::loc::Loc;
use serde::{Deserialize, Serialize};
use std::fmt;

/// The kind of a bug, one per kind of run-time error P's checker reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum BugKind {
    /// An `assert` failed (in a machine, a function or a monitor).
    Assertion,
    /// A machine or monitor dequeued an event it has no handler for.
    UnhandledEvent,
    /// Nothing can run and some machine waits in `receive`.
    Deadlock,
    /// A monitor is in a hot state at the end of the run, or stayed hot
    /// longer than the temperature threshold.
    Liveness,
    /// A sequence index, insert position or removal out of range.
    IndexOutOfRange,
    /// A map read of a key that is not there.
    MissingKey,
    /// A map `+=` of a key already there.
    DuplicateKey,
    /// Integer division or modulo by zero.
    DivisionByZero,
    /// A failed `as` cast or `to` conversion.
    Cast,
    /// `send` to a `null` machine reference.
    NullTarget,
    /// `send`, `raise` or `announce` of a `null` event value.
    NullEvent,
    /// `choose` on an empty collection, or over too many elements.
    Choose,
    /// `raise` or `goto` in an exit or transition function.
    ExitTransition,
    /// A send of an event outside the sender's declared `sends` set.
    SendsViolation,
    /// A send of an event outside the target's `receives` set (its
    /// interface's permissions).
    ReceivesViolation,
    /// The step bound was reached and `--fail-on-maxsteps` was given.
    MaxSteps,
    /// Any other run-time error in P code.
    Other,
}

impl BugKind {
    /// The kebab-case name used in reports and corpus expectations.
    pub fn name(self) -> &'static str {
        match self {
            BugKind::Assertion => "assertion",
            BugKind::UnhandledEvent => "unhandled-event",
            BugKind::Deadlock => "deadlock",
            BugKind::Liveness => "liveness",
            BugKind::IndexOutOfRange => "index-out-of-range",
            BugKind::MissingKey => "missing-key",
            BugKind::DuplicateKey => "duplicate-key",
            BugKind::DivisionByZero => "division-by-zero",
            BugKind::Cast => "cast",
            BugKind::NullTarget => "null-target",
            BugKind::NullEvent => "null-event",
            BugKind::Choose => "choose-empty",
            BugKind::ExitTransition => "exit-transition",
            BugKind::SendsViolation => "sends-violation",
            BugKind::ReceivesViolation => "receives-violation",
            BugKind::MaxSteps => "max-steps",
            BugKind::Other => "error",
        }
    }
}

/// A bug found in one schedule.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bug {
    /// What went wrong.
    pub kind: BugKind,
    /// The message in P's terms, e.g. `Queue(3) received event 'eRemove' that cannot be handled.`
    pub message: String,
    /// Where in the P source, when the error has a place.
    pub loc: Option<String>,
    /// The machine or monitor in which it happened (`Name(id)`), if any.
    pub machine: Option<String>,
}

impl Bug {
    /// A bug without a location.
    pub fn new(kind: BugKind, message: impl Into<String>) -> Bug {
        Bug {
            kind,
            message: message.into(),
            loc: None,
            machine: None,
        }
    }

    /// Sets the P source location.
    pub fn at(mut self, loc: Loc) -> Bug {
        self.loc = Some(loc.to_string());
        self
    }
}

impl fmt::Display for Bug {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(loc) = &self.loc {
            write!(f, "{loc}: ")?;
        }
        write!(f, "{} ({})", self.message, self.kind.name())
    }
}

/// A run-time error in a P operation (index out of range, missing key, ...),
/// before it is given a place: [`Ctx::check`](crate::Ctx::check) turns it
/// into a [`Bug`] at the P source location.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RtError {
    /// The kind of bug.
    pub kind: BugKind,
    /// P's message.
    pub message: String,
}

impl RtError {
    /// An error of `kind`.
    pub fn new(kind: BugKind, message: impl Into<String>) -> RtError {
        RtError {
            kind,
            message: message.into(),
        }
    }
}
