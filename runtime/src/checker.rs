//! Many schedules: the checker loop behind `p check`, on one or several
//! threads, stopping at the first bug and replaying it with a trace.
//!
//! Schedule `k` of a run with seed `S` uses seed `S + k`, so every schedule
//! can be re-run alone (`--seed S+k -i 1`). With several jobs, worker `j`
//! runs the schedules `k ≡ j (mod jobs)`; the reported bug is the one of the
//! smallest `k`, so the result does not depend on the number of jobs (for
//! PCT, whose change points depend on the schedules a worker saw before,
//! it can).

use crate::bug::Bug;
use crate::event::Event;
use crate::executor::{TestCase, run_schedule};
use crate::strategy::{Decision, Replay, ScheduleFile, Strategy, StrategyKind};
use crate::trace::Trace;
use crate::world::RunConfig;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// How to check a test.
#[derive(Clone, Debug)]
pub struct CheckConfig {
    /// The scheduling strategy.
    pub strategy: StrategyKind,
    /// How many schedules to run.
    pub schedules: u64,
    /// The seed of schedule 0.
    pub seed: u64,
    /// Per-schedule settings (step bound, ...). `trace` is ignored: traces
    /// are recorded by replaying a buggy schedule.
    pub run: RunConfig,
    /// Worker threads.
    pub jobs: usize,
    /// Stop after this long.
    pub timeout: Option<Duration>,
    /// Run only the schedules `k` with `k % shard.1 == shard.0`.
    pub shard: Option<(u64, u64)>,
    /// Counters updated after every schedule, for a progress display
    /// polling them from another thread.
    pub progress: Option<Arc<Progress>>,
    /// Keep going after a bug (P's `--explore`): every schedule runs, bugs
    /// are counted, and the first one (smallest schedule number) is reported.
    pub explore: bool,
}

/// Live counts of a running [`check`], readable from any thread.
#[derive(Debug, Default)]
pub struct Progress {
    /// Schedules finished so far.
    pub schedules: AtomicU64,
    /// Schedules that found a bug so far.
    pub bugs: AtomicU64,
}

impl Default for CheckConfig {
    fn default() -> Self {
        CheckConfig {
            strategy: StrategyKind::Random,
            schedules: 1,
            seed: 0,
            run: RunConfig::default(),
            jobs: 1,
            timeout: None,
            shard: None,
            progress: None,
            explore: false,
        }
    }
}

/// A bug with everything needed to show and reproduce it.
#[derive(Debug)]
pub struct FoundBug {
    /// The schedule's number in the run.
    pub schedule: u64,
    /// The schedule's own seed.
    pub seed: u64,
    /// The bug.
    pub bug: Bug,
    /// The trace of the schedule, recorded by replaying it.
    pub trace: Trace,
    /// The schedule's decisions.
    pub schedule_file: ScheduleFile,
}

/// Statistics of a run.
#[derive(Debug)]
pub struct CheckReport {
    /// The test case.
    pub test: String,
    /// The scheduler.
    pub scheduler: String,
    /// The seed of schedule 0.
    pub seed: u64,
    /// Schedules run to their end (or to the bug).
    pub schedules: u64,
    /// Schedules cut by the step bound.
    pub cut: u64,
    /// Steps per schedule: min, median, max.
    pub steps: (u64, u64, u64),
    /// Steps in all.
    pub total_steps: u64,
    /// The first bug (smallest schedule number), if any.
    pub bug: Option<FoundBug>,
    /// Wall-clock time.
    pub elapsed: Duration,
    /// The schedule numbers that ran (only kept when asked, for tests of sharding).
    pub ran: Vec<u64>,
    /// Schedules that found a bug (at most 1 unless exploring).
    pub bugs: u64,
    /// Coverage of every schedule run, when the run configuration asked.
    pub coverage: Option<crate::coverage::Coverage>,
}

struct Shared {
    coverage: Mutex<Option<crate::coverage::Coverage>>,
    first_bug: AtomicU64,
    bugs: AtomicU64,
    found: Mutex<Option<(u64, Bug, Vec<crate::strategy::Decision>)>>,
    steps: Mutex<Vec<(u64, u64)>>,
    cut: AtomicU64,
}

/// Checks `test` as configured.
pub fn check<E: Event>(test: &TestCase<E>, cfg: &CheckConfig) -> CheckReport {
    let start = Instant::now();
    let shared = Shared {
        coverage: Mutex::new(None),
        first_bug: AtomicU64::new(u64::MAX),
        bugs: AtomicU64::new(0),
        found: Mutex::new(None),
        steps: Mutex::new(Vec::new()),
        cut: AtomicU64::new(0),
    };
    let (shard_index, shard_count) = cfg.shard.unwrap_or((0, 1));
    let jobs = cfg.jobs.max(1) as u64;
    let worker = |j: u64| {
        let mut strategy = cfg.strategy.build();
        let mut local_steps = Vec::new();
        let mut local_cov: Option<crate::coverage::Coverage> = None;
        let mut run_cfg = cfg.run.clone();
        run_cfg.trace = false;
        // Schedule numbers of this shard, dealt round-robin to workers.
        let mut nth = j;
        loop {
            let k = shard_index + nth * shard_count;
            nth += jobs;
            if k >= cfg.schedules || (!cfg.explore && k > shared.first_bug.load(Ordering::Relaxed))
            {
                break;
            }
            if cfg.timeout.is_some_and(|t| start.elapsed() >= t) {
                break;
            }
            strategy.start(cfg.seed.wrapping_add(k));
            let (result, s) = run_schedule(test, strategy, &run_cfg);
            strategy = s;
            local_steps.push((k, result.steps));
            if let Some(c) = &result.coverage {
                local_cov.get_or_insert_with(Default::default).merge(c);
            }
            if result.cut {
                shared.cut.fetch_add(1, Ordering::Relaxed);
            }
            if let Some(p) = &cfg.progress {
                p.schedules.fetch_add(1, Ordering::Relaxed);
                p.bugs
                    .fetch_add(u64::from(result.bug.is_some()), Ordering::Relaxed);
            }
            if let Some(bug) = result.bug {
                shared.bugs.fetch_add(1, Ordering::Relaxed);
                let mut found = shared.found.lock().expect("no worker panics");
                if found.as_ref().is_none_or(|(fk, _, _)| k < *fk) {
                    *found = Some((k, bug, result.decisions));
                    shared.first_bug.fetch_min(k, Ordering::Relaxed);
                }
                if !cfg.explore {
                    break;
                }
            }
        }
        shared
            .steps
            .lock()
            .expect("no worker panics")
            .extend(local_steps);
        if let Some(c) = local_cov {
            shared
                .coverage
                .lock()
                .expect("no worker panics")
                .get_or_insert_with(Default::default)
                .merge(&c);
        }
    };
    if jobs == 1 {
        worker(0);
    } else {
        std::thread::scope(|s| {
            for j in 0..jobs {
                let worker = &worker;
                s.spawn(move || worker(j));
            }
        });
    }
    let found = shared.found.into_inner().expect("no worker panics");
    let mut steps = shared.steps.into_inner().expect("no worker panics");
    // Schedules past the first bug ran only because other workers had not
    // seen it yet; a run with one job would not have run them.
    if let Some((k, _, _)) = found.as_ref().filter(|_| !cfg.explore) {
        steps.retain(|(s, _)| s <= k);
    }
    steps.sort_unstable();
    let mut counts: Vec<u64> = steps.iter().map(|(_, n)| *n).collect();
    counts.sort_unstable();
    let stats = match counts.as_slice() {
        [] => (0, 0, 0),
        c => (c[0], c[c.len() / 2], c[c.len() - 1]),
    };
    let bug_found = found.is_some();
    let bug = found.map(|(k, bug, decisions)| {
        let seed = cfg.seed.wrapping_add(k);
        let (trace, replayed) = replay(test, cfg, seed, decisions.clone());
        debug_assert_eq!(replayed.as_ref(), Some(&bug), "replay reproduces the bug");
        FoundBug {
            schedule: k,
            seed,
            bug,
            trace,
            schedule_file: ScheduleFile {
                test: test.name.to_owned(),
                scheduler: cfg.strategy.name(),
                seed,
                max_steps: cfg.run.max_steps,
                decisions,
            },
        }
    });
    CheckReport {
        test: test.name.to_owned(),
        scheduler: cfg.strategy.name(),
        seed: cfg.seed,
        schedules: steps.len() as u64,
        cut: shared.cut.load(Ordering::Relaxed),
        total_steps: counts.iter().sum(),
        steps: stats,
        bug,
        elapsed: start.elapsed(),
        ran: steps.iter().map(|(k, _)| *k).collect(),
        coverage: shared.coverage.into_inner().expect("no worker panics"),
        bugs: if cfg.explore {
            shared.bugs.load(Ordering::Relaxed)
        } else {
            u64::from(bug_found)
        },
    }
}

/// Replays recorded decisions with tracing on: the trace and the bug found.
pub fn replay<E: Event>(
    test: &TestCase<E>,
    cfg: &CheckConfig,
    seed: u64,
    decisions: Vec<Decision>,
) -> (Trace, Option<Bug>) {
    let (trace, _) = replay_exactly(test, cfg, seed, decisions);
    let bug = trace.bug.clone();
    (trace, bug)
}

/// Like [`replay`], but also says why a schedule did not reproduce, if it
/// did not: a decision that does not fit, or decisions left over at the end.
pub fn replay_exactly<E: Event>(
    test: &TestCase<E>,
    cfg: &CheckConfig,
    seed: u64,
    decisions: Vec<Decision>,
) -> (Trace, Option<String>) {
    let mut run_cfg = cfg.run.clone();
    run_cfg.trace = true;
    let recorded = decisions.len();
    let mut strategy: Box<dyn Strategy + Send> =
        Box::new(Replay::new(decisions, cfg.strategy.is_fair()));
    strategy.start(seed);
    let (result, _) = run_schedule(test, strategy, &run_cfg);
    let trace = Trace {
        test: test.name.to_owned(),
        scheduler: cfg.strategy.name(),
        seed,
        steps: result.steps,
        bug: result.bug,
        entries: result.trace.unwrap_or_default(),
    };
    let left_over = result.decisions.len() < recorded;
    let why = result.diverged.or_else(|| {
        left_over.then(|| {
            format!(
                "trace is not reproducible: the schedule ended after {} of its {recorded} decisions",
                result.decisions.len()
            )
        })
    });
    (trace, why)
}

/// Looks for a shorter schedule with the same bug (same kind and place):
/// runs `attempts` more schedules of the same strategy from other seeds,
/// each cut as soon as it is no shorter than the best so far, and keeps the
/// shortest that fails the same way. Returns the shorter bug, if any.
pub fn minimize<E: Event>(
    test: &TestCase<E>,
    cfg: &CheckConfig,
    found: &FoundBug,
    attempts: u64,
) -> Option<FoundBug> {
    let same = |b: &Bug| b.kind == found.bug.kind && b.loc == found.bug.loc;
    let mut best: Option<(u64, Vec<Decision>)> = None;
    let mut bound = found.trace.steps;
    let mut strategy = cfg.strategy.build();
    for a in 0..attempts {
        // Seeds far from the run's, so no schedule of the run repeats.
        let seed = found.seed ^ (0x9E37_79B9_7F4A_7C15u64.wrapping_mul(a + 1));
        let mut run_cfg = cfg.run.clone();
        run_cfg.trace = false;
        run_cfg.max_steps = bound.saturating_sub(1);
        strategy.start(seed);
        let (result, s) = run_schedule(test, strategy, &run_cfg);
        strategy = s;
        if result.bug.as_ref().is_some_and(same) && result.steps < bound {
            bound = result.steps;
            best = Some((seed, result.decisions));
        }
    }
    let (seed, decisions) = best?;
    let (trace, bug) = replay(test, cfg, seed, decisions.clone());
    Some(FoundBug {
        schedule: found.schedule,
        seed,
        bug: bug?,
        trace,
        schedule_file: ScheduleFile {
            test: test.name.to_owned(),
            scheduler: cfg.strategy.name(),
            seed,
            max_steps: cfg.run.max_steps,
            decisions,
        },
    })
}
