//! Non-local control flow out of P code: `raise`, `goto`, unhandled events
//! and the end of a schedule all unwind the Rust call stack with `?`.

use crate::event::Event;
use crate::machine::StateId;
use std::any::Any;

/// A payload handed to an entry or `with` function, already converted by
/// generated code to that function's parameter type (`None`: no payload).
pub type Payload = Option<Box<dyn Any>>;

/// Why P code stopped running before reaching its end.
pub enum Ctl<E: Event> {
    /// `raise e, v`: handle `e` next, in the then-current state.
    Raise(E),
    /// `goto S, v` or `on e goto S [with f]`.
    Goto(Goto),
    /// A dequeued event the current state has no handler for.
    Unhandled(E),
    /// The schedule is over (a bug was recorded, the step bound was hit,
    /// or the run was stopped): unwind everything.
    Stop,
}

/// A requested transition.
pub struct Goto {
    /// The target state.
    pub state: StateId,
    /// The `with` function to run between exit and entry, by the number the
    /// generated machine gives it, and its payload.
    pub with: Option<(u16, Payload)>,
    /// The payload for the target state's entry function.
    pub payload: Payload,
}

impl<E: Event> std::fmt::Debug for Ctl<E> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Ctl::Raise(e) => write!(f, "Raise({})", e.name()),
            Ctl::Goto(g) => write!(f, "Goto({})", g.state.0),
            Ctl::Unhandled(e) => write!(f, "Unhandled({})", e.name()),
            Ctl::Stop => write!(f, "Stop"),
        }
    }
}

/// The result of P code: a value, or a reason to unwind.
pub type Res<E, T = ()> = Result<T, Ctl<E>>;

/// `goto state` with an optional entry payload.
pub fn goto<E: Event, T>(state: StateId, payload: Payload) -> Res<E, T> {
    Err(Ctl::Goto(Goto {
        state,
        with: None,
        payload,
    }))
}

/// `raise event`.
pub fn raise<E: Event, T>(event: E) -> Res<E, T> {
    Err(Ctl::Raise(event))
}

/// The payload of an entry or `with` function as its parameter type `T`:
/// generated code boxed it as `T`, or, for `new I(v)` (whose machine the
/// test's bindings choose, so its entry type is not known where `v` is
/// boxed), as a dynamic [`Value`](crate::values::Value) converted here. A
/// missing payload (P's `null`) gives `T`'s default.
pub fn take<T: crate::values::PValue>(payload: Payload) -> T {
    let Some(b) = payload else {
        return T::default();
    };
    match b.downcast::<T>() {
        Ok(v) => *v,
        Err(b) => b
            .downcast::<crate::values::Value>()
            .ok()
            .and_then(|v| T::from_value(&v))
            .unwrap_or_default(),
    }
}

/// A payload for an entry or `with` function (`new M(v)`, `goto S, v`).
pub fn payload<T: 'static>(value: T) -> Payload {
    Some(Box::new(value))
}
