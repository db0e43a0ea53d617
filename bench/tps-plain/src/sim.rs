//! The simulation's machinery: machine ids, inboxes with P's dequeue
//! (defer and ignore), the one fixed interleaving, the fixed "random"
//! choices and the step counters.
//!
//! The interleaving is round-robin over the machines that have work: a
//! FIFO of ready machines; a machine's turn is its start entry (first turn)
//! or the handling of one event from its inbox; a machine with more events
//! goes to the back of the line, and a machine whose inbox was empty (or
//! held only deferred events) rejoins it when an event is sent to it.

use crate::container::Container;
use crate::database::{GlobalDatabase, RegionalDatabase, Replicator};
use crate::destination::Destination;
use crate::dns::Dns;
use crate::driver::{FailoverTest, ScenarioDriver};
use crate::event::Event;
use crate::observe::Observation;
use crate::queue::Queue;
use crate::source::Source;
use crate::system::System;
use std::collections::VecDeque;

/// A machine reference (P's `machine` value): the machine's index.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct MachineId(pub(crate) u32);

impl MachineId {
    /// P's `default(machine)`, for fields set by a start entry.
    pub const NULL: MachineId = MachineId(u32::MAX);

    fn index(self) -> usize {
        self.0 as usize
    }
}

/// What a machine's current state does with an event in its inbox.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Disposition {
    /// Dequeue it and run its handler (a missing handler panics there).
    Handle,
    /// Leave it in the inbox for a later state.
    Defer,
    /// Drop it when the dequeue scan meets it.
    Ignore,
}

/// One P machine: its start entry, its states' defer/ignore tables and its
/// handlers.
pub trait Actor {
    /// The start state's entry, run on the machine's first turn.
    fn start(&mut self, ctx: &mut Ctx);
    /// Defer/ignore in the current state.
    fn disposition(&self, event: &Event) -> Disposition {
        let _ = event;
        Disposition::Handle
    }
    /// Runs the current state's handler for `event`.
    fn handle(&mut self, ctx: &mut Ctx, event: Event);
}

/// Every machine type of the test.
pub enum Machine {
    Test(FailoverTest),
    Driver(ScenarioDriver),
    System(System),
    Queue(Queue),
    Dns(Dns),
    GlobalDatabase(GlobalDatabase),
    RegionalDatabase(RegionalDatabase),
    Replicator(Replicator),
    Container(Container),
    Source(Source),
    Destination(Destination),
}

macro_rules! each_machine {
    ($machine:expr, $m:ident => $body:expr) => {
        match $machine {
            Machine::Test($m) => $body,
            Machine::Driver($m) => $body,
            Machine::System($m) => $body,
            Machine::Queue($m) => $body,
            Machine::Dns($m) => $body,
            Machine::GlobalDatabase($m) => $body,
            Machine::RegionalDatabase($m) => $body,
            Machine::Replicator($m) => $body,
            Machine::Container($m) => $body,
            Machine::Source($m) => $body,
            Machine::Destination($m) => $body,
        }
    };
}

impl Machine {
    fn start(&mut self, ctx: &mut Ctx) {
        each_machine!(self, m => m.start(ctx))
    }

    fn disposition(&self, event: &Event) -> Disposition {
        each_machine!(self, m => m.disposition(event))
    }

    fn handle(&mut self, ctx: &mut Ctx, event: Event) {
        each_machine!(self, m => m.handle(ctx, event))
    }

    /// P's dequeue: the first inbox event the current state neither defers
    /// nor ignores; ignored events met on the way are dropped.
    fn dequeue(&self, inbox: &mut VecDeque<Event>) -> Option<Event> {
        let mut i = 0;
        while i < inbox.len() {
            match self.disposition(&inbox[i]) {
                Disposition::Handle => return inbox.remove(i),
                Disposition::Defer => i += 1,
                Disposition::Ignore => {
                    inbox.remove(i);
                }
            }
        }
        None
    }
}

/// The work of one run, in the checker's step terms.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// `new` statements (the main machine is not created by one).
    pub creations: u64,
    /// Start entries run: every machine, the main one included.
    pub starts: u64,
    /// `send` statements.
    pub sends: u64,
    /// Events dequeued and handled (ignored ones are dropped, not counted).
    pub dequeues: u64,
    /// `choose(n)` / `$` evaluations.
    pub choices: u64,
}

/// A machine's inbox and its place in the ready line.
struct Slot {
    inbox: VecDeque<Event>,
    /// In the ready line already.
    ready: bool,
    /// Its start entry has run.
    started: bool,
}

/// What a handler can ask of the simulation: send, create, choose, announce.
pub struct Ctx {
    slots: Vec<Slot>,
    /// Machines waiting for a turn, in turn order.
    ready: VecDeque<MachineId>,
    /// Machines created during the current turn.
    spawned: Vec<Machine>,
    /// The machine whose turn it is (P's `this`).
    current: MachineId,
    rng: XorShift64,
    /// What the spec would observe, when the caller asked for it.
    observations: Option<Vec<Observation>>,
    pub(crate) counts: Counts,
}

impl Ctx {
    /// P's `this`.
    pub fn this(&self) -> MachineId {
        self.current
    }

    /// `send target, event`: the event goes to the back of the target's inbox.
    pub fn send(&mut self, target: MachineId, event: Event) {
        self.counts.sends += 1;
        self.slots[target.index()].inbox.push_back(event);
        self.wake(target);
    }

    /// `new M(config)`: the machine exists now; its start entry runs on its
    /// first turn.
    pub fn create(&mut self, machine: Machine) -> MachineId {
        self.counts.creations += 1;
        self.spawn(machine)
    }

    fn spawn(&mut self, machine: Machine) -> MachineId {
        let id = MachineId(self.slots.len() as u32);
        self.slots.push(Slot {
            inbox: VecDeque::new(),
            ready: false,
            started: false,
        });
        self.spawned.push(machine);
        self.wake(id);
        id
    }

    /// `choose(n)` for `n > 0`: an int in `[0, n)`, from the fixed generator.
    pub fn choose(&mut self, n: u32) -> i64 {
        self.counts.choices += 1;
        (self.rng.next() % u64::from(n)) as i64
    }

    /// `announce`: recorded only when the caller asked for observations;
    /// `observation` is not even built otherwise.
    pub fn announce(&mut self, observation: impl FnOnce() -> Observation) {
        if let Some(log) = &mut self.observations {
            log.push(observation());
        }
    }

    fn wake(&mut self, id: MachineId) {
        let slot = &mut self.slots[id.index()];
        if !slot.ready {
            slot.ready = true;
            self.ready.push_back(id);
        }
    }
}

/// xorshift64: the fixed stand-in for the checker's random choices.
struct XorShift64(u64);

impl XorShift64 {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }
}

/// The seed of the choices (any non-zero value; fixed so every run is the same).
const SEED: u64 = 0x9E37_79B9_7F4A_7C15;

/// The end of a run: every machine, the counters and the observations.
pub struct World {
    pub machines: Vec<Machine>,
    pub counts: Counts,
    pub observations: Option<Vec<Observation>>,
}

/// Starts `main` (as the test's main machine: no `new`) and runs until no
/// machine has anything left to do.
pub fn run(main: Machine, observe: bool) -> World {
    let mut ctx = Ctx {
        slots: Vec::new(),
        ready: VecDeque::new(),
        spawned: Vec::new(),
        current: MachineId::NULL,
        rng: XorShift64(SEED),
        observations: observe.then(Vec::new),
        counts: Counts::default(),
    };
    let mut machines: Vec<Machine> = Vec::new();
    ctx.spawn(main);
    while let Some(id) = ctx.ready.pop_front() {
        machines.append(&mut ctx.spawned);
        let i = id.index();
        ctx.slots[i].ready = false;
        ctx.current = id;
        let machine = &mut machines[i];
        let worked = if !ctx.slots[i].started {
            ctx.slots[i].started = true;
            ctx.counts.starts += 1;
            machine.start(&mut ctx);
            true
        } else if let Some(event) = machine.dequeue(&mut ctx.slots[i].inbox) {
            ctx.counts.dequeues += 1;
            machine.handle(&mut ctx, event);
            true
        } else {
            // Only deferred events: idle until something is sent to it.
            false
        };
        if worked && !ctx.slots[i].inbox.is_empty() {
            ctx.wake(id);
        }
    }
    machines.append(&mut ctx.spawned);
    World {
        machines,
        counts: ctx.counts,
        observations: ctx.observations,
    }
}
