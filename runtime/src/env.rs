//! [`Env`]: what any P code can do, in a machine or in a spec monitor:
//! print, fail an assertion, report a run-time error, read a `param`. Global P functions
//! that only need this are generic over it, so machines and monitors can
//! both call them.

use crate::bug::{BugKind, RtError};
use crate::ctl::Ctl;
use crate::event::Event;
use crate::loc::Loc;
use crate::params::ParamValue;

/// The environment of P code that neither suspends nor chooses.
pub trait Env<E: Event> {
    /// `print text;`
    fn print(&mut self, text: &str);
    /// Records a run-time error at `loc` and returns the value that unwinds.
    fn fail(&mut self, kind: BugKind, message: String, loc: Loc) -> Ctl<E>;
    /// The value of P `param` number `i` in this test case.
    fn param(&self, i: usize) -> ParamValue;
    /// Reports a failed `assert` (P's message: `Assertion Failed: file:line:col msg`).
    fn assert_failed(&mut self, message: Option<&str>, loc: Loc) -> Ctl<E> {
        let text = match message {
            Some(m) => format!("Assertion Failed: {loc} {m}"),
            None => format!("Assertion Failed: {loc}"),
        };
        self.fail(BugKind::Assertion, text, loc)
    }
    /// Turns a failed P operation into a bug at `loc`.
    fn check<T>(&mut self, result: Result<T, RtError>, loc: Loc) -> Result<T, Ctl<E>> {
        result.map_err(|e| self.fail(e.kind, e.message, loc))
    }
}

impl<E: Event> Env<E> for crate::ctx::Ctx<E> {
    fn print(&mut self, text: &str) {
        crate::ctx::Ctx::print(self, text);
    }
    fn fail(&mut self, kind: BugKind, message: String, loc: Loc) -> Ctl<E> {
        crate::ctx::Ctx::fail(self, kind, message, loc)
    }
    fn param(&self, i: usize) -> ParamValue {
        crate::ctx::Ctx::param(self, i)
    }
}

impl<E: Event> Env<E> for crate::monitor::MonitorCtx<'_> {
    fn print(&mut self, text: &str) {
        crate::monitor::MonitorCtx::print(self, text);
    }
    fn fail(&mut self, kind: BugKind, message: String, loc: Loc) -> Ctl<E> {
        crate::monitor::MonitorCtx::fail(self, crate::bug::Bug::new(kind, message).at(loc))
    }
    fn param(&self, i: usize) -> ParamValue {
        crate::monitor::MonitorCtx::param(self, i)
    }
}
