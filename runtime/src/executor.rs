//! Running one schedule: the deterministic executor. At each scheduling
//! point it asks the strategy which enabled machine runs next and polls
//! that machine's task until its next scheduling point.

use crate::bug::{Bug, BugKind};
use crate::ctl::Payload;
use crate::ctx::spawn;
use crate::event::Event;
use crate::machine::{Machine, Temperature};
use crate::monitor::MonitorObj;
use crate::strategy::{Decision, Strategy};
use crate::trace::TraceEntry;
use crate::world::{Recorder, RunConfig, Status, Task, World};
use std::cell::RefCell;
use std::rc::Rc;
use std::task::{Context, Waker};

pub(crate) type SpawnFn<E> = fn(
    &Rc<RefCell<World<E>>>,
    &'static str,
    Option<&'static [crate::event::EventId]>,
    Payload,
    Option<String>,
) -> usize;

/// A machine type a test can start, as a value.
pub struct MachineType<E: Event> {
    /// The machine's P name.
    pub name: &'static str,
    pub(crate) spawn: SpawnFn<E>,
}

impl<E: Event> MachineType<E> {
    /// The machine type `M`.
    pub const fn of<M: Machine<E>>() -> MachineType<E> {
        MachineType {
            name: M::NAME,
            spawn: spawn::<E, M>,
        }
    }
}

/// A test case: its monitors and its main machine.
pub struct TestCase<E: Event> {
    /// The P name of the test (`tcFailover`, or `DefaultImpl`).
    pub name: &'static str,
    /// Fresh instances of the monitors the test asserts.
    pub monitors: fn() -> Vec<Box<dyn MonitorObj<E>>>,
    /// The main machine, started with no payload.
    pub main: MachineType<E>,
    /// What `new I(...)` creates in this test: the machine bound to each
    /// interface, by the interface's number (P's module bindings).
    pub bindings: &'static [(u32, MachineType<E>)],
    /// The value of every P `param` in this test case, by the param's
    /// number (empty when the program declares none).
    pub params: &'static [crate::params::ParamValue],
}

/// What one schedule did.
#[derive(Debug)]
pub struct ScheduleResult {
    /// Steps taken (decisions and choices).
    pub steps: u64,
    /// The bug, if one was found.
    pub bug: Option<Bug>,
    /// Whether the step bound cut the schedule.
    pub cut: bool,
    /// Every decision, for replay.
    pub decisions: Vec<Decision>,
    /// The trace, when it was recorded.
    pub trace: Option<Vec<TraceEntry>>,
    /// Why a replayed schedule diverged from its recording.
    pub diverged: Option<String>,
    /// Coverage counts, when the configuration asked for them.
    pub coverage: Option<crate::coverage::Coverage>,
}

/// Runs one schedule of `test` with `strategy` (already started with the
/// schedule's seed) and returns the strategy for the next schedule.
pub fn run_schedule<E: Event>(
    test: &TestCase<E>,
    strategy: Box<dyn Strategy + Send>,
    cfg: &RunConfig,
) -> (ScheduleResult, Box<dyn Strategy + Send>) {
    let world = Rc::new(RefCell::new(World {
        rec: Recorder {
            steps: 0,
            bug: None,
            trace: cfg.trace.then(Vec::new),
            stopped: false,
            cut: false,
            diverged: None,
            coverage: cfg.coverage.then(|| crate::coverage::Coverage {
                schedules: 1,
                ..Default::default()
            }),
            params: test.params,
        },
        cfg: cfg.clone(),
        machines: Vec::new(),
        monitors: (test.monitors)(),
        heat_deadline: u64::MAX,
        strategy,
        decisions: Vec::new(),
        spawned: Vec::new(),
        enabled: Vec::new(),
        bindings: test.bindings,
    }));
    {
        // Monitors start before the main machine exists, as in P.
        let w = &mut *world.borrow_mut();
        for m in &mut w.monitors {
            if m.start(&mut w.rec).is_err() {
                break;
            }
        }
        w.update_heat_deadline();
    }
    if !world.borrow().rec.stopped {
        (test.main.spawn)(&world, test.main.name, None, None, None);
    }
    let mut tasks: Vec<Option<Task>> = Vec::new();
    let mut cx = Context::from_waker(Waker::noop());
    let mut enabled: Vec<u32> = Vec::new();
    loop {
        let pick = {
            let w = &mut *world.borrow_mut();
            if !w.spawned.is_empty() {
                for (index, task) in w.spawned.drain(..) {
                    if tasks.len() <= index {
                        tasks.resize_with(index + 1, || None);
                    }
                    tasks[index] = Some(task);
                }
            }
            if w.rec.stopped {
                break;
            }
            w.enabled_ids(&mut enabled);
            debug_assert!(
                enabled
                    .iter()
                    .copied()
                    .eq(w.machines.iter().filter(|s| s.enabled()).map(|s| s.id)),
                "the enabled bits match the statuses"
            );
            if enabled.is_empty() {
                end_of_schedule(w);
                break;
            }
            if w.step().is_err() {
                break;
            }
            let steps = w.rec.steps;
            let pick = match w.strategy.pick(&enabled, steps) {
                Ok(p) => p,
                Err(why) => {
                    let _ = w.diverge::<()>(why);
                    break;
                }
            };
            w.decisions.push(Decision::Op(pick));
            let slot = &mut w.machines[pick as usize - 1];
            if slot.status == Status::Idle {
                // Woken by a send: its dequeue skips one scheduling point.
                slot.skip_dequeue_point = true;
            }
            slot.status = Status::Running;
            w.refresh(pick as usize - 1);
            pick as usize - 1
        };
        let task = tasks[pick].as_mut().expect("an enabled machine has a task");
        if task.as_mut().poll(&mut cx).is_ready() {
            tasks[pick] = None;
            let mut w = world.borrow_mut();
            w.machines[pick].status = Status::Halted;
            w.refresh(pick);
        }
    }
    // Dropping the tasks before the world ends every suspended machine.
    drop(tasks);
    let w = Rc::try_unwrap(world)
        .ok()
        .expect("no task outlives its schedule")
        .into_inner();
    let mut strategy = w.strategy;
    strategy.end(w.rec.steps);
    let result = ScheduleResult {
        steps: w.rec.steps,
        bug: w.rec.bug,
        cut: w.rec.cut,
        decisions: w.decisions,
        trace: w.rec.trace,
        diverged: w.rec.diverged,
        coverage: w.rec.coverage,
    };
    (result, strategy)
}

/// No machine can run: a deadlock if one waits in `receive`, a liveness bug
/// if a monitor is hot.
fn end_of_schedule<E: Event>(w: &mut World<E>) {
    let waiting: Vec<String> = w
        .machines
        .iter()
        .filter(|s| s.status == Status::Receiving)
        .map(|s| s.label())
        .collect();
    if !waiting.is_empty() {
        let who = match waiting.as_slice() {
            [one] => format!("{one} is"),
            [init @ .., last] => format!("{} and {last} are", init.join(", ")),
            [] => unreachable!(),
        };
        w.rec.fail(Bug::new(
            BugKind::Deadlock,
            format!("Deadlock detected. {who} waiting to receive an event, but no other controlled tasks are enabled."),
        ));
        return;
    }
    for m in &w.monitors {
        let (state, temperature) = m.current();
        if temperature == Temperature::Hot {
            let mut bug = Bug::new(
                BugKind::Liveness,
                format!(
                    "{} detected liveness bug in hot state '{state}' at the end of program execution.",
                    m.name()
                ),
            );
            bug.machine = Some(m.name().to_owned());
            w.rec.fail(bug);
            return;
        }
    }
}
