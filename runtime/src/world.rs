//! The state of one schedule that machines share: inboxes and statuses,
//! monitors, the strategy, the step counter, the recorded decisions, the
//! trace and the bug. Machine tasks reach it through [`Ctx`](crate::Ctx);
//! the executor owns the tasks themselves.

use crate::bug::{Bug, BugKind};
use crate::event::{Event, EventId};
use crate::machine::{StateId, StateInfo};
use crate::monitor::MonitorObj;
use crate::strategy::{Decision, Strategy};
use crate::trace::{TraceEntry, TraceEvent};
use std::collections::VecDeque;
use std::future::Future;
use std::pin::Pin;

/// A machine's future, run by the executor.
pub(crate) type Task = Pin<Box<dyn Future<Output = ()>>>;

/// Where a machine is in its life.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Status {
    /// Created; its start entry runs when it is first scheduled.
    Fresh,
    /// Stopped at a scheduling point in the middle of its work.
    Running,
    /// Waiting for an event it can dequeue.
    Idle,
    /// Blocked in a `receive`.
    Receiving,
    /// Halted (or stopped by a bug): never runs again.
    Halted,
}

/// One machine as the runtime sees it.
pub(crate) struct Slot<E: Event> {
    pub name: &'static str,
    /// The machine type's P name (`name` may be an interface's).
    pub kind: &'static str,
    pub id: u32,
    pub states: &'static [StateInfo],
    pub state: StateId,
    pub inbox: VecDeque<E>,
    pub status: Status,
    /// For `Idle`: an event it can dequeue has arrived.
    pub wake: bool,
    /// For `Receiving`: the events the `receive` waits for.
    pub receive_cases: Vec<EventId>,
    /// The event a blocked `receive` was handed.
    pub received: Option<E>,
    /// The events it may send (`None`: any).
    pub sends: Option<&'static [EventId]>,
    /// The events it may receive, from the interface it was created as
    /// (`None`: any).
    pub receives: Option<&'static [EventId]>,
    /// P skips the dequeue's scheduling point once after an idle machine is
    /// woken by a send (the send already was one).
    pub skip_dequeue_point: bool,
}

impl<E: Event> Slot<E> {
    pub fn label(&self) -> String {
        format!("{}({})", self.name, self.id)
    }

    pub fn state_info(&self) -> &'static StateInfo {
        &self.states[self.state.0 as usize]
    }

    pub fn enabled(&self) -> bool {
        match self.status {
            Status::Fresh | Status::Running => true,
            Status::Idle => self.wake,
            Status::Receiving | Status::Halted => false,
        }
    }

    /// Whether `e` would be dequeued in the current state (not deferred or
    /// ignored), which is what wakes an idle machine.
    pub fn can_dequeue(&self, e: EventId) -> bool {
        let info = self.state_info();
        !info.defers(e) && !info.ignores(e)
    }
}

/// Settings of one schedule.
#[derive(Clone, Debug)]
pub struct RunConfig {
    /// The step bound.
    pub max_steps: u64,
    /// Whether reaching the step bound is a bug.
    pub fail_on_max_steps: bool,
    /// Liveness temperature threshold for fair strategies (0: off).
    pub temperature: u64,
    /// Whether to record the trace.
    pub trace: bool,
    /// Whether to count states entered and handlers run.
    pub coverage: bool,
}

impl Default for RunConfig {
    fn default() -> Self {
        RunConfig {
            max_steps: 10_000,
            fail_on_max_steps: false,
            temperature: 0,
            trace: false,
            coverage: false,
        }
    }
}

/// The schedule is over: a bug was recorded or a bound was reached.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stopped;

/// What a schedule leaves behind: the bug and trace live here so monitors
/// and machines can both write them.
pub struct Recorder {
    pub(crate) steps: u64,
    pub(crate) bug: Option<Bug>,
    pub(crate) trace: Option<Vec<TraceEntry>>,
    /// The schedule is over (bug, step bound, replay divergence).
    pub(crate) stopped: bool,
    /// The step bound cut the schedule.
    pub(crate) cut: bool,
    /// A replayed schedule diverged from its recording.
    pub(crate) diverged: Option<String>,
    /// Coverage counts, when asked for.
    pub(crate) coverage: Option<crate::coverage::Coverage>,
    /// The test's `param` values, read by machines and monitors alike.
    pub(crate) params: &'static [crate::params::ParamValue],
}

impl Recorder {
    pub(crate) fn record(&mut self, event: impl FnOnce() -> TraceEvent) {
        if let Some(t) = &mut self.trace {
            t.push(TraceEntry {
                step: self.steps,
                event: event(),
            });
        }
    }

    /// Records the first bug of the schedule and stops it.
    pub(crate) fn fail(&mut self, bug: Bug) {
        if self.bug.is_none() {
            let b = bug.clone();
            self.record(|| TraceEvent::Error { bug: b });
            self.bug = Some(bug);
        }
        self.stopped = true;
    }
}

pub(crate) struct World<E: Event> {
    pub rec: Recorder,
    pub cfg: RunConfig,
    pub machines: Vec<Slot<E>>,
    pub monitors: Vec<Box<dyn MonitorObj<E>>>,
    pub strategy: Box<dyn Strategy + Send>,
    pub decisions: Vec<Decision>,
    /// Tasks of machines created since the executor last looked.
    pub spawned: Vec<(usize, Task)>,
    /// Which machines are enabled, one bit per slot, kept up to date by
    /// [`World::refresh`] so a scheduling decision does not scan every slot.
    pub enabled: Vec<u64>,
    /// The first step at which a hot monitor fails the temperature check
    /// (`u64::MAX`: none can, or the check is off).
    pub heat_deadline: u64,
    /// The test's interface bindings, for `new I(...)`.
    pub bindings: &'static [(u32, crate::executor::MachineType<E>)],
}

impl<E: Event> World<E> {
    /// Recomputes slot `i`'s enabled bit after its status changed.
    #[inline]
    pub fn refresh(&mut self, i: usize) {
        let (word, bit) = (i / 64, 1u64 << (i % 64));
        // `spawn` sized the bitset for every slot.
        let w = &mut self.enabled[word];
        if self.machines[i].enabled() {
            *w |= bit;
        } else {
            *w &= !bit;
        }
    }

    /// Machine `i` reaches a scheduling point and waits there in `status`;
    /// `Err` (nothing changed) when the schedule has already ended.
    #[inline]
    pub fn suspend(&mut self, i: usize, status: Status) -> Result<(), ()> {
        if self.rec.stopped {
            return Err(());
        }
        let slot = &mut self.machines[i];
        slot.status = status;
        slot.wake = false;
        self.refresh(i);
        Ok(())
    }

    /// The ids of the enabled machines, in increasing order.
    pub fn enabled_ids(&self, out: &mut Vec<u32>) {
        out.clear();
        for (w, &bits) in self.enabled.iter().enumerate() {
            let mut b = bits;
            while b != 0 {
                let i = b.trailing_zeros();
                out.push((w * 64) as u32 + i + 1);
                b &= b - 1;
            }
        }
    }

    /// Counts one step (a decision or a choice): checks the step bound and
    /// the liveness temperature. `Err` means the schedule is over.
    #[inline]
    pub fn step(&mut self) -> Result<(), ()> {
        let next = self.rec.steps + 1;
        if self.rec.stopped || self.rec.steps >= self.cfg.max_steps || next >= self.heat_deadline {
            return self.step_slow();
        }
        self.rec.steps = next;
        Ok(())
    }

    /// [`World::step`] when the schedule may end here: stopped, at the step
    /// bound, or with a monitor hot for too long.
    #[cold]
    #[inline(never)]
    fn step_slow(&mut self) -> Result<(), ()> {
        if self.rec.stopped {
            return Err(());
        }
        if self.rec.steps >= self.cfg.max_steps {
            self.rec.cut = true;
            if self.cfg.fail_on_max_steps {
                self.rec.fail(Bug::new(
                    BugKind::MaxSteps,
                    format!("Scheduling steps bound of {} reached.", self.cfg.max_steps),
                ));
            }
            self.rec.stopped = true;
            return Err(());
        }
        self.rec.steps += 1;
        let steps = self.rec.steps;
        if steps < self.heat_deadline {
            return Ok(());
        }
        let bug = self
            .monitors
            .iter()
            .find_map(|m| m.heat(steps, self.cfg.temperature));
        if let Some(bug) = bug {
            self.rec.fail(bug);
            return Err(());
        }
        Ok(())
    }

    /// Recomputes the step at which a hot monitor's temperature check
    /// fails, after monitors may have changed state. The check runs only
    /// under a fair strategy with a threshold, as in P.
    pub fn update_heat_deadline(&mut self) {
        if self.cfg.temperature > 0 && self.strategy.is_fair() {
            let t = self.cfg.temperature;
            self.heat_deadline = self
                .monitors
                .iter()
                .map(|m| m.heat_deadline(t))
                .min()
                .unwrap_or(u64::MAX);
        }
    }

    /// A boolean choice, recorded.
    pub fn choose_bool(&mut self) -> Result<bool, ()> {
        self.step()?;
        match self.strategy.choose_bool() {
            Ok(b) => {
                self.decisions.push(Decision::Bool(b));
                Ok(b)
            }
            Err(e) => self.diverge(e),
        }
    }

    /// An integer choice in `0..n` (`n > 0`), recorded.
    pub fn choose_int(&mut self, n: u32) -> Result<u32, ()> {
        self.step()?;
        match self.strategy.choose_int(n) {
            Ok(i) => {
                self.decisions.push(Decision::Int(i));
                Ok(i)
            }
            Err(e) => self.diverge(e),
        }
    }

    pub fn diverge<T>(&mut self, why: String) -> Result<T, ()> {
        self.rec.diverged = Some(why);
        self.rec.stopped = true;
        Err(())
    }

    /// Puts `event` in `target`'s inbox (or hands it to a waiting
    /// `receive`), waking the target if it can now run.
    pub fn enqueue(&mut self, target: usize, event: E) {
        let slot = &mut self.machines[target];
        if slot.status == Status::Halted {
            let (t, e) = (slot.label(), event.name().to_owned());
            self.rec.record(|| TraceEvent::Dropped {
                target: t,
                event: e,
            });
            return;
        }
        match slot.status {
            Status::Receiving
                if slot.receive_cases.contains(&event.id()) || event.id() == EventId::HALT =>
            {
                slot.received = Some(event);
                slot.status = Status::Running;
                self.refresh(target);
            }
            Status::Idle if !slot.wake && slot.can_dequeue(event.id()) => {
                slot.wake = true;
                slot.inbox.push_back(event);
                self.refresh(target);
            }
            _ => slot.inbox.push_back(event),
        }
    }

    /// Runs every monitor that observes `event`; `Err` if one found a bug.
    pub fn notify_monitors(&mut self, event: &E) -> Result<(), ()> {
        let World { monitors, rec, .. } = self;
        let mut result = Ok(());
        let mut observed = false;
        for m in monitors.iter_mut() {
            if m.observes(event.id()) {
                observed = true;
                if m.observe(event, rec).is_err() {
                    result = Err(());
                    break;
                }
            }
        }
        if observed {
            self.update_heat_deadline();
        }
        result
    }
}
