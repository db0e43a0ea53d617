//! The P model `p-models/tps` running its test `tcActivePassiveFailover`,
//! written by hand as plain Rust: no scheduler, no spec monitor, no
//! `p-runtime`. It is the baseline of `cargo xtask bench`, which reports the
//! checker's steps per second as a ratio of this run's: "the limit" of
//! executing the same machines doing the same handler work along one fixed
//! interleaving. It is not a second model to keep in sync with the P files
//! by hand beyond what the benchmark needs: when the model changes, the
//! step-count test (`tests/failover.rs`) says so.
//!
//! # How it maps to the P files
//!
//! | P | here |
//! | --- | --- |
//! | `PSrc/Common.p`, `Control.p`, `Topology.p` | [`types`] |
//! | `PSrc/QueueEvents.p`, `DatabaseEvents.p` | [`event`] |
//! | `PSpec/Observations.p` | [`observe`] (the spec itself: in the tests) |
//! | `PSrc/RecordSourceDNSFailover.p` | [`source`] |
//! | `PSrc/Route53DNSFailoverQ.p` | [`dns`] |
//! | `PSrc/Queue.p` | [`queue`] |
//! | `PSrc/QAQContainer.p` | [`container`] |
//! | `PSrc/AuroraGlobalDatabase.p`, `RegionalDatabase.p`, `DatabaseReplicator.p` | [`database`] |
//! | `PSrc/RecordDestinationDNSFailover.p` | [`destination`] |
//! | `PTst/TransactionProcessingSystem.p` | [`system`] |
//! | `PTst/TestDrivers.p`, `ScenarioDriver.p`, `Scenarios.p` (failover) | [`driver`] |
//! | inboxes, defer/ignore, `new`, `send`, `choose`, the interleaving | [`sim`] |
//!
//! One struct per machine with its P variables as fields, one method per
//! handler, entry or function; P's values are copied where P copies them
//! and later changes one copy. Each machine has a FIFO inbox scanned as P
//! dequeues (deferred events stay, ignored ones are dropped). The
//! interleaving is round-robin over the machines with work, one event per
//! turn (see [`sim`]); the 30 `choose(100)` of `MakeBatches` come from a
//! fixed xorshift.
//!
//! Left out, because this test never exercises them: the failure states and
//! fault-injection actions (a failed or killed queue, a failed database or
//! container, `eDependencyRecovered`, a source or destination waiting for a
//! dependency) and queue depth requests; reaching one panics. Announces to
//! the spec are skipped unless [`run_failover_observed`] asks for them.
//!
//! # Steps
//!
//! [`RunStats::steps`] counts the run's work as the checker counts a
//! schedule's steps: one per scheduling decision and one per choice. The
//! checker decides before each `new` (creation), before each `send`'s
//! enqueue, before each dequeue (or, for an idle machine, when a send wakes
//! it: the same one decision), and when it first runs a machine (its start
//! entry; the main machine has no `new`, so starts = creations + 1). So
//! `steps = starts + creations + sends + dequeues + choices`; the model has
//! no `receive` and no `on null`, and ignored events are dropped without a
//! decision, as here.
//!
//! With this interleaving the run creates, sends, dequeues and chooses what
//! the checker's schedules of this test do: 4441 steps (49 starts, 48
//! creations, 2157 sends, 2157 dequeues, 30 choices), and the dequeues per
//! machine type equal the checker's handler counts (`--coverage`). Random
//! schedules took 4441 steps every time (2000 of 2000 at seed 1): every
//! request gets one answer and the driver lets batch 1 drain before it
//! switches, so the work hardly depends on the interleaving. Unfair
//! schedules (`--sch pct:3`) range from 4440 to 4443, from two races that
//! this interleaving does not take:
//! - the destination's receive can reach the out-DNS just after the switch:
//!   region 2's queue then gets it and the re-ask that `eRegionSwitched`
//!   causes, and answers both once batch 2 arrives (+1 send, +1 dequeue of
//!   the stale answer, dropped by its request id: +2 steps);
//! - the source's answer to `Publish(3)` can reach the driver after the last
//!   delivery; the finished driver ignores it (no dequeue: -1 step).

pub mod container;
pub mod database;
pub mod destination;
pub mod dns;
pub mod driver;
pub mod event;
pub mod observe;
pub mod queue;
pub mod sim;
pub mod source;
pub mod system;
pub mod types;

use observe::Observation;
use sim::{Machine, World};
use types::Region;

/// The checker's steps per schedule for `tcActivePassiveFailover` (`cargo
/// xtask check p-models/tps --testcase tcActivePassiveFailover`).
pub const CHECKER_STEPS_PER_SCHEDULE: u64 = 4441;

/// What one run did, in the checker's step terms, and where it ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RunStats {
    /// `starts + creations + sends + dequeues + choices`.
    pub steps: u64,
    /// Machines created by `new` (every machine but the main one).
    pub creations: u64,
    /// Start entries run (every machine).
    pub starts: u64,
    pub sends: u64,
    /// Events dequeued and handled.
    pub dequeues: u64,
    /// `choose` evaluations.
    pub choices: u64,
    /// Records the destination counted as delivered.
    pub delivered: i64,
    /// The id of the last record the destination delivered.
    pub last_delivered_id: i64,
    /// Records appended to the queues of each region (all six queues).
    pub queue_arrivals: [i64; 2],
    /// Records still sitting in some queue.
    pub records_left_in_queues: usize,
    /// Rows stored by each region's five regional databases.
    pub database_rows: [usize; 2],
    /// The region each DNS routes to and each global database writes to,
    /// when they all agree (`None` if they do not).
    pub active_region: Option<Region>,
    /// The scenario driver got the answer to its last step.
    pub driver_finished: bool,
}

/// Runs `tcActivePassiveFailover` once, to completion.
pub fn run_failover() -> RunStats {
    stats(&run(false))
}

/// Runs `tcActivePassiveFailover` once and also returns, in order, what the
/// components announced to the spec.
pub fn run_failover_observed() -> (RunStats, Vec<Observation>) {
    let world = run(true);
    let stats = stats(&world);
    (stats, world.observations.unwrap_or_default())
}

fn run(observe: bool) -> World {
    sim::run(Machine::Test(driver::FailoverTest), observe)
}

fn stats(world: &World) -> RunStats {
    let c = world.counts;
    let mut stats = RunStats {
        steps: c.starts + c.creations + c.sends + c.dequeues + c.choices,
        creations: c.creations,
        starts: c.starts,
        sends: c.sends,
        dequeues: c.dequeues,
        choices: c.choices,
        delivered: 0,
        last_delivered_id: 0,
        queue_arrivals: [0; 2],
        records_left_in_queues: 0,
        database_rows: [0; 2],
        active_region: None,
        driver_finished: false,
    };
    let mut regions = Vec::new();
    for machine in &world.machines {
        match machine {
            Machine::Destination(d) => {
                stats.delivered = d.delivered();
                stats.last_delivered_id = d.last_delivered_id();
            }
            Machine::Queue(q) => {
                stats.queue_arrivals[q.region() as usize] += q.arrivals();
                stats.records_left_in_queues += q.len();
            }
            Machine::RegionalDatabase(db) => {
                stats.database_rows[db.region() as usize] += db.rows();
            }
            Machine::Dns(dns) => regions.push(dns.active()),
            Machine::GlobalDatabase(db) => regions.push(db.active()),
            Machine::Driver(d) => stats.driver_finished = d.finished(),
            _ => {}
        }
    }
    if regions.windows(2).all(|w| w[0] == w[1]) {
        stats.active_region = regions.first().copied();
    }
    stats
}
