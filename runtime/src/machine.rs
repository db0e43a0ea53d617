//! State machines: the trait generated machines implement, their static
//! state tables, and the loop that runs one machine (dequeue, handle,
//! raise, goto with exit/with/entry in P's order).

use crate::ctl::{Ctl, Goto, Payload};
use crate::ctx::Ctx;
use crate::event::{Event, EventId};
use std::future::Future;

/// The number of a state within its machine (an index into `STATES`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct StateId(pub u16);

/// A spec-monitor state's temperature.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Temperature {
    /// A `hot` state: the run must leave it eventually.
    Hot,
    /// A `cold` state: resets the liveness temperature.
    Cold,
    /// Neither.
    Warm,
}

/// What the runtime needs to know about a state without running code.
#[derive(Debug)]
pub struct StateInfo {
    /// The P name of the state.
    pub name: &'static str,
    /// Events deferred in this state.
    pub defer: &'static [EventId],
    /// Events ignored in this state.
    pub ignore: &'static [EventId],
    /// Whether the state has an `on null` handler.
    pub on_null: bool,
    /// The events the state has a `do` or `goto` handler for (coverage
    /// lists those never run).
    pub handles: &'static [EventId],
    /// Hot, cold or neither (monitors only; machines use `Warm`).
    pub temperature: Temperature,
}

impl StateInfo {
    /// Whether the state defers `e`.
    #[inline]
    pub fn defers(&self, e: EventId) -> bool {
        self.defer.contains(&e)
    }

    /// Whether the state ignores `e`.
    #[inline]
    pub fn ignores(&self, e: EventId) -> bool {
        self.ignore.contains(&e)
    }
}

/// A P machine, implemented by generated code.
///
/// The async methods run P code; they suspend only inside the runtime's
/// scheduling points (`send`, `new`, `receive`). They return `Err(Ctl::...)`
/// to raise, to go to another state, to report an unhandled event, or to
/// unwind at the end of the schedule.
pub trait Machine<E: Event>: Sized + 'static {
    /// The P name of the machine type.
    const NAME: &'static str;
    /// Every state, indexed by [`StateId`].
    const STATES: &'static [StateInfo];
    /// The start state.
    const START: StateId;
    /// The declared `sends` set (`None`: the machine may send anything).
    const SENDS: Option<&'static [EventId]> = None;

    /// A machine with every variable at its P default.
    fn new() -> Self;

    /// Runs the entry function of `state` (nothing if it has none).
    fn entry(
        &mut self,
        ctx: &mut Ctx<E>,
        state: StateId,
        payload: Payload,
    ) -> impl Future<Output = Result<(), Ctl<E>>>;

    /// Runs the exit function of `state` (nothing if it has none).
    fn exit(
        &mut self,
        ctx: &mut Ctx<E>,
        state: StateId,
    ) -> impl Future<Output = Result<(), Ctl<E>>>;

    /// Handles `event` in `state` (neither deferred nor ignored there):
    /// runs its `do` function, or returns `Err(Ctl::Goto)` for `on e goto`,
    /// or `Err(Ctl::Unhandled(event))` when the state has no handler.
    fn handle(
        &mut self,
        ctx: &mut Ctx<E>,
        state: StateId,
        event: E,
    ) -> impl Future<Output = Result<(), Ctl<E>>>;

    /// Runs the `with` function numbered `with` of an `on e goto S with f`.
    fn with(
        &mut self,
        ctx: &mut Ctx<E>,
        with: u16,
        payload: Payload,
    ) -> impl Future<Output = Result<(), Ctl<E>>> {
        let _ = (ctx, with, payload);
        async { Ok(()) }
    }
}

/// The whole life of one machine: start entry, then dequeue and handle
/// until it halts or the schedule ends.
pub(crate) async fn run<E: Event, M: Machine<E>>(mut ctx: Ctx<E>, payload: Payload) {
    let mut m = M::new();
    let start = m.entry(&mut ctx, M::START, payload).await;
    // Most handlers finish normally: `settle` only runs for a raise, a
    // goto or a stop.
    if start.is_err() && settle(&mut m, &mut ctx, start).await.is_err() {
        return;
    }
    loop {
        let Ok(event) = ctx.dequeue().await else {
            return;
        };
        let state = ctx.begin_handler(&event);
        let outcome = m.handle(&mut ctx, state, event).await;
        if outcome.is_err() && settle(&mut m, &mut ctx, outcome).await.is_err() {
            return;
        }
    }
}

/// Follows the raises and gotos an outcome asks for until P code finishes
/// normally (`Ok`) or the machine stops (halted, bug, end of schedule).
async fn settle<E: Event, M: Machine<E>>(
    m: &mut M,
    ctx: &mut Ctx<E>,
    mut outcome: Result<(), Ctl<E>>,
) -> Result<(), ()> {
    loop {
        outcome = match outcome {
            Ok(()) => return Ok(()),
            Err(Ctl::Stop) => return Err(()),
            Err(Ctl::Raise(e)) => {
                let state = &M::STATES[ctx.state().0 as usize];
                ctx.trace_raise(&e);
                if state.ignores(e.id()) || state.defers(e.id()) {
                    // P drops a raised event its state ignores or defers.
                    return Ok(());
                }
                let st = ctx.begin_handler(&e);
                m.handle(ctx, st, e).await
            }
            Err(Ctl::Goto(goto)) => transition(m, ctx, goto).await,
            Err(Ctl::Unhandled(e)) => {
                // P runs the exit function before the machine halts or fails.
                let st = ctx.state();
                match m.exit(ctx, st).await {
                    Ok(()) => {}
                    Err(Ctl::Stop) => return Err(()),
                    Err(other) => {
                        ctx.transition_in_exit(&other);
                        return Err(());
                    }
                }
                if e.id() == EventId::HALT {
                    ctx.halt();
                } else {
                    ctx.unhandled(&e);
                }
                return Err(());
            }
        };
    }
}

async fn transition<E: Event, M: Machine<E>>(
    m: &mut M,
    ctx: &mut Ctx<E>,
    goto: Goto,
) -> Result<(), Ctl<E>> {
    let from = ctx.state();
    match m.exit(ctx, from).await {
        Ok(()) => {}
        Err(Ctl::Stop) => return Err(Ctl::Stop),
        Err(other) => {
            ctx.transition_in_exit(&other);
            return Err(Ctl::Stop);
        }
    }
    if let Some((with, payload)) = goto.with {
        match m.with(ctx, with, payload).await {
            Ok(()) => {}
            Err(Ctl::Stop) => return Err(Ctl::Stop),
            Err(other) => {
                ctx.transition_in_exit(&other);
                return Err(Ctl::Stop);
            }
        }
    }
    ctx.enter_state(goto.state);
    m.entry(ctx, goto.state, goto.payload).await
}
