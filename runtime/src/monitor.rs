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
    /// The liveness bug at step `steps`, if the monitor has been hot for
    /// more than `threshold` steps since it last entered a cold state.
    fn heat(&self, steps: u64, threshold: u64) -> Option<Bug>;
    /// The first step at which [`MonitorObj::heat`] would report a bug if
    /// the monitor stayed in its state (`u64::MAX` when it is not hot).
    fn heat_deadline(&self, threshold: u64) -> u64;
}

/// A monitor and its current state.
pub struct Instance<M> {
    m: M,
    state: StateId,
    /// Liveness temperature: the steps spent hot since the last cold state,
    /// up to `hot_since`. Kept lazily, so a step costs nothing per monitor:
    /// the temperature at step `s` adds `s - hot_since` while hot.
    temperature: u64,
    /// The step at which the current hot stretch began.
    hot_since: Option<u64>,
}

/// A fresh monitor, boxed for a test case's monitor list.
pub fn instance<E: Event, M: Monitor<E>>() -> Box<dyn MonitorObj<E>> {
    Box::new(Instance {
        m: M::new(),
        state: M::START,
        temperature: 0,
        hot_since: None,
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
        if let Some(since) = self.hot_since.take() {
            self.temperature += rec.steps - since;
        }
        match info.temperature {
            Temperature::Cold => self.temperature = 0,
            Temperature::Hot => self.hot_since = Some(rec.steps),
            Temperature::Warm => {}
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

    fn heat(&self, steps: u64, threshold: u64) -> Option<Bug> {
        let since = self.hot_since?;
        if self.temperature + (steps - since) <= threshold {
            return None;
        }
        let info = &M::STATES[self.state.0 as usize];
        let mut bug = Bug::new(
            BugKind::Liveness,
            format!(
                "{} detected potential liveness bug in hot state '{}'.",
                M::NAME,
                info.name
            ),
        );
        bug.machine = Some(M::NAME.to_owned());
        Some(bug)
    }

    fn heat_deadline(&self, threshold: u64) -> u64 {
        match self.hot_since {
            // The first step whose temperature exceeds the threshold.
            Some(since) => (since + threshold + 1).saturating_sub(self.temperature),
            None => u64::MAX,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::strategy::Rng;

    /// Event `To(s)`: the monitor goes to state `s`.
    #[derive(Clone, Debug)]
    struct To(u16);

    impl Event for To {
        const HALT: Self = To(u16::MAX);
        const NULL: Self = To(u16::MAX - 1);
        fn id(&self) -> EventId {
            EventId(2)
        }
        fn name_of(_: EventId) -> &'static str {
            "To"
        }
        fn payload_text(&self) -> Option<String> {
            None
        }
    }

    const fn state(name: &'static str, temperature: Temperature) -> StateInfo {
        StateInfo {
            name,
            defer: &[],
            ignore: &[],
            on_null: false,
            handles: &[],
            temperature,
        }
    }

    struct Mood;

    impl Monitor<To> for Mood {
        const NAME: &'static str = "Mood";
        const STATES: &'static [StateInfo] = &[
            state("Hot", Temperature::Hot),
            state("Warm", Temperature::Warm),
            state("Cold", Temperature::Cold),
        ];
        const START: StateId = StateId(0);
        const OBSERVES: &'static [EventId] = &[EventId(2)];
        fn new() -> Self {
            Mood
        }
        fn entry(&mut self, _: &mut MonitorCtx<'_>, _: StateId, _: Payload) -> Result<(), Ctl<To>> {
            Ok(())
        }
        fn exit(&mut self, _: &mut MonitorCtx<'_>, _: StateId) -> Result<(), Ctl<To>> {
            Ok(())
        }
        fn handle(&mut self, _: &mut MonitorCtx<'_>, _: StateId, e: &To) -> Result<(), Ctl<To>> {
            crate::goto(StateId(e.0), None)
        }
    }

    fn recorder() -> Recorder {
        Recorder {
            steps: 0,
            bug: None,
            trace: None,
            stopped: false,
            cut: false,
            diverged: None,
            coverage: None,
            params: &[],
        }
    }

    /// The lazy temperature agrees, step by step, with P's eager rule: +1
    /// per step while hot, reset on entering a cold state, kept in warm ones.
    #[test]
    fn lazy_temperature_matches_counting_every_step() {
        for seed in 0..200 {
            let mut rng = Rng::new(seed);
            let threshold = 1 + rng.below(30);
            let mut m = instance::<To, Mood>();
            let mut rec = recorder();
            m.start(&mut rec).unwrap();
            let (mut eager, mut current) = (0u64, 0u16);
            for step in 1..=300u64 {
                rec.steps = step;
                if current == 0 {
                    eager += 1;
                }
                let expected = eager > threshold;
                assert_eq!(
                    m.heat(step, threshold).is_some(),
                    expected,
                    "seed {seed} step {step}"
                );
                if expected {
                    assert!(m.heat_deadline(threshold) <= step);
                    break;
                }
                assert!(m.heat_deadline(threshold) > step);
                // Sometimes a monitor transition during this step.
                if rng.below(4) == 0 {
                    current = rng.below(3) as u16;
                    m.observe(&To(current), &mut rec).unwrap();
                    if current == 2 {
                        eager = 0;
                    }
                }
                if current == 0 {
                    // Staying hot, the deadline is exact.
                    assert_eq!(m.heat_deadline(threshold), step + threshold + 1 - eager);
                } else {
                    assert_eq!(m.heat_deadline(threshold), u64::MAX);
                }
            }
        }
    }
}
