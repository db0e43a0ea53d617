//! Spec monitors: synchronous state machines that observe events at every
//! `send` and `announce`, check safety with `assert`, and liveness with hot
//! and cold states.

use crate::bug::{Bug, BugKind};
use crate::ctl::{Ctl, Goto, Payload};
use crate::event::{Event, EventId};
use crate::loc::Loc;
use crate::machine::{StateId, StateInfo, Temperature};
use crate::trace::TraceEvent;
use crate::world::{Recorder, Stopped};

/// A P spec monitor, implemented by generated code. Like
/// [`Machine`](crate::Machine) but synchronous: monitors cannot send,
/// create, receive or choose.
pub trait Monitor<E: Event>: Sized + 'static {
    /// The P name of the monitor.
    const NAME: &'static str;
    /// Every state, indexed by [`StateId`].
    const STATES: &'static [StateInfo];
    /// The start state.
    const START: StateId;
    /// The events the monitor observes.
    const OBSERVES: &'static [EventId];

    /// A monitor with every variable at its P default.
    fn new() -> Self;
    /// Runs the entry function of `state`.
    fn entry(
        &mut self,
        ctx: &mut MonitorCtx<'_>,
        state: StateId,
        payload: Payload,
    ) -> Result<(), Ctl<E>>;
    /// Runs the exit function of `state`.
    fn exit(&mut self, ctx: &mut MonitorCtx<'_>, state: StateId) -> Result<(), Ctl<E>>;
    /// Handles an observed event (not ignored in `state`), or returns
    /// `Err(Ctl::Unhandled)`.
    fn handle(&mut self, ctx: &mut MonitorCtx<'_>, state: StateId, event: &E)
    -> Result<(), Ctl<E>>;
    /// Runs the `with` function numbered `with`.
    fn with(
        &mut self,
        ctx: &mut MonitorCtx<'_>,
        with: u16,
        payload: Payload,
    ) -> Result<(), Ctl<E>> {
        let _ = (ctx, with, payload);
        Ok(())
    }
}

/// What monitor code can do besides computing: fail, print.
pub struct MonitorCtx<'a> {
    rec: &'a mut Recorder,
    name: &'static str,
    state: &'static str,
}

impl MonitorCtx<'_> {
    /// Reports a failed `assert` and returns the value that unwinds.
    pub fn assert_failed<E: Event>(&mut self, message: Option<&str>, loc: Loc) -> Ctl<E> {
        let text = match message {
            Some(m) => format!("Assertion Failed: {loc} {m}"),
            None => format!("Assertion Failed: {loc}"),
        };
        self.fail(Bug::new(BugKind::Assertion, text).at(loc))
    }

    /// Reports a run-time error in monitor code and returns the value that unwinds.
    pub fn fail<E: Event>(&mut self, mut bug: Bug) -> Ctl<E> {
        bug.machine = Some(self.name.to_owned());
        self.rec.fail(bug);
        Ctl::Stop
    }

    /// Turns a failed P operation into a bug at `loc`.
    pub fn check<T, E: Event>(
        &mut self,
        result: Result<T, crate::bug::RtError>,
        loc: Loc,
    ) -> Result<T, Ctl<E>> {
        result.map_err(|e| self.fail(Bug::new(e.kind, e.message).at(loc)))
    }

    /// `print`.
    pub fn print(&mut self, text: &str) {
        let name = self.name;
        self.rec.record(|| TraceEvent::Print {
            machine: name.to_owned(),
            text: text.to_owned(),
        });
    }

    /// The current state's P name.
    pub fn state(&self) -> &'static str {
        self.state
    }

    /// The value of P `param` number `i` in this test case.
    pub fn param(&self, i: usize) -> crate::params::ParamValue {
        crate::params::get(self.rec.params, i)
    }
}

/// A monitor instance as the runtime drives it.
pub trait MonitorObj<E: Event> {
    /// The monitor's name.
    fn name(&self) -> &'static str;
    /// Whether it observes `e`.
    fn observes(&self, e: EventId) -> bool;
    /// Enters the start state (at test start).
    fn start(&mut self, rec: &mut Recorder) -> Result<(), Stopped>;
    /// Processes an observed event.
    fn observe(&mut self, event: &E, rec: &mut Recorder) -> Result<(), Stopped>;
    /// The current state and its temperature.
    fn current(&self) -> (&'static str, Temperature);
    /// One step of liveness temperature: a bug once hot for longer than `threshold`.
    fn heat(&mut self, threshold: u64) -> Option<Bug>;
}

/// A monitor and its current state.
pub struct Instance<M> {
    m: M,
    state: StateId,
    temperature: u64,
}

/// A fresh monitor, boxed for a test case's monitor list.
pub fn instance<E: Event, M: Monitor<E>>() -> Box<dyn MonitorObj<E>> {
    Box::new(Instance {
        m: M::new(),
        state: M::START,
        temperature: 0,
    })
}

impl<M> Instance<M> {
    fn ctx<'a, E: Event>(&self, rec: &'a mut Recorder) -> MonitorCtx<'a>
    where
        M: Monitor<E>,
    {
        MonitorCtx {
            rec,
            name: M::NAME,
            state: M::STATES[self.state.0 as usize].name,
        }
    }

    /// Follows raises and gotos until the monitor's code finishes.
    fn settle<E: Event>(
        &mut self,
        rec: &mut Recorder,
        mut outcome: Result<(), Ctl<E>>,
    ) -> Result<(), Stopped>
    where
        M: Monitor<E>,
    {
        loop {
            outcome = match outcome {
                Ok(()) => return Ok(()),
                Err(Ctl::Stop) => return Err(Stopped),
                Err(Ctl::Raise(e)) => {
                    let info = &M::STATES[self.state.0 as usize];
                    rec.record(|| TraceEvent::Raise {
                        machine: M::NAME.to_owned(),
                        state: info.name.to_owned(),
                        event: e.name().to_owned(),
                    });
                    if info.ignores(e.id()) {
                        return Ok(());
                    }
                    let state = self.state;
                    let mut ctx = self.ctx::<E>(rec);
                    self.m.handle(&mut ctx, state, &e)
                }
                Err(Ctl::Goto(goto)) => self.transition(rec, goto),
                Err(Ctl::Unhandled(e)) => {
                    let bug = Bug::new(
                        BugKind::UnhandledEvent,
                        format!(
                            "{} received event '{}' that cannot be handled.",
                            M::NAME,
                            e.name()
                        ),
                    );
                    let mut ctx = self.ctx::<E>(rec);
                    ctx.fail::<E>(bug);
                    return Err(Stopped);
                }
            };
        }
    }

    fn transition<E: Event>(&mut self, rec: &mut Recorder, goto: Goto) -> Result<(), Ctl<E>>
    where
        M: Monitor<E>,
    {
        let from = self.state;
        let mut ctx = self.ctx::<E>(rec);
        let exited = self.m.exit(&mut ctx, from).and_then(|()| match goto.with {
            Some((w, payload)) => self.m.with(&mut ctx, w, payload),
            None => Ok(()),
        });
        match exited {
            Ok(()) => {}
            Err(Ctl::Stop) => return Err(Ctl::Stop),
            Err(_) => {
                let bug = Bug::new(
                    BugKind::ExitTransition,
                    format!(
                        "{} has performed a transition from an exit or transition function.",
                        M::NAME
                    ),
                );
                return Err(ctx.fail(bug));
            }
        }
        self.enter(rec, goto.state);
        let mut ctx = self.ctx::<E>(rec);
        self.m.entry(&mut ctx, goto.state, goto.payload)
    }

    fn enter<E: Event>(&mut self, rec: &mut Recorder, state: StateId)
    where
        M: Monitor<E>,
    {
        self.state = state;
        let info = &M::STATES[state.0 as usize];
        if let Some(c) = &mut rec.coverage {
            if !c.monitors.contains_key(M::NAME) {
                let names: Vec<&str> = M::STATES.iter().map(|s| s.name).collect();
                crate::coverage::Coverage::know(&mut c.monitors, M::NAME, &names);
            }
            crate::coverage::Coverage::enter(&mut c.monitors, M::NAME, info.name);
        }
        if info.temperature == Temperature::Cold {
            self.temperature = 0;
        }
        rec.record(|| TraceEvent::MonitorEnter {
            monitor: M::NAME.to_owned(),
            state: info.name.to_owned(),
            hot: info.temperature == Temperature::Hot,
        });
    }
}

impl<E: Event, M: Monitor<E>> MonitorObj<E> for Instance<M> {
    fn name(&self) -> &'static str {
        M::NAME
    }

    fn observes(&self, e: EventId) -> bool {
        M::OBSERVES.contains(&e)
    }

    fn start(&mut self, rec: &mut Recorder) -> Result<(), Stopped> {
        self.enter(rec, M::START);
        let mut ctx = self.ctx::<E>(rec);
        let outcome = self.m.entry(&mut ctx, M::START, None);
        self.settle(rec, outcome)
    }

    fn observe(&mut self, event: &E, rec: &mut Recorder) -> Result<(), Stopped> {
        let info = &M::STATES[self.state.0 as usize];
        rec.record(|| TraceEvent::MonitorProcess {
            monitor: M::NAME.to_owned(),
            state: info.name.to_owned(),
            event: event.name().to_owned(),
        });
        if info.ignores(event.id()) {
            return Ok(());
        }
        let state = self.state;
        let mut ctx = self.ctx::<E>(rec);
        let outcome = self.m.handle(&mut ctx, state, event);
        self.settle(rec, outcome)
    }

    fn current(&self) -> (&'static str, Temperature) {
        let info = &M::STATES[self.state.0 as usize];
        (info.name, info.temperature)
    }

    fn heat(&mut self, threshold: u64) -> Option<Bug> {
        let info = &M::STATES[self.state.0 as usize];
        if info.temperature != Temperature::Hot {
            return None;
        }
        self.temperature += 1;
        (self.temperature > threshold).then(|| {
            let mut bug = Bug::new(
                BugKind::Liveness,
                format!(
                    "{} detected potential liveness bug in hot state '{}'.",
                    M::NAME,
                    info.name
                ),
            );
            bug.machine = Some(M::NAME.to_owned());
            bug
        })
    }
}
