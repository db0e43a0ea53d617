//! The checker loop: finding a race, replaying it byte for byte from its
//! schedule file, the same result with 1 or 2 jobs, and disjoint shards.

mod common;

use common::*;
use p_runtime::checker::{CheckConfig, check, replay};
use p_runtime::strategy::ScheduleFile;
use p_runtime::{
    BugKind, Ctl, Ctx, Loc, Machine, MachineRef, MachineType, MonitorObj, Payload, StateId,
    StateInfo, StrategyKind, Temperature, TestCase,
};

const L: Loc = Loc::new("race.p", 3, 5);

const INIT: &[StateInfo] = &[StateInfo {
    name: "Init",
    defer: &[],
    ignore: &[],
    on_null: false,
    handles: &[],
    temperature: Temperature::Warm,
}];

/// Creates two writers that each send one `Data`; asserts writer 1's
/// arrives first, which only some interleavings satisfy.
struct RaceMain {
    seen: Vec<i64>,
}

impl Machine<Ev> for RaceMain {
    const NAME: &'static str = "Main";
    const STATES: &'static [StateInfo] = INIT;
    const START: StateId = StateId(0);
    fn new() -> Self {
        RaceMain { seen: Vec::new() }
    }
    async fn entry(&mut self, ctx: &mut Ctx<Ev>, _: StateId, _: Payload) -> R {
        let me = ctx.this();
        for i in 1..=2i64 {
            ctx.create::<Writer>(Some(Box::new((me, i)))).await?;
        }
        Ok(())
    }
    async fn exit(&mut self, _: &mut Ctx<Ev>, _: StateId) -> R {
        Ok(())
    }
    async fn handle(&mut self, ctx: &mut Ctx<Ev>, _: StateId, e: Ev) -> R {
        match e {
            Ev::Data(v) => {
                self.seen.push(v);
                if self.seen.len() == 2 && self.seen[0] != 1 {
                    return Err(ctx.assert_failed(Some("writer 2 overtook writer 1"), L));
                }
                Ok(())
            }
            e => Err(Ctl::Unhandled(e)),
        }
    }
}

struct Writer;

impl Machine<Ev> for Writer {
    const NAME: &'static str = "Writer";
    const STATES: &'static [StateInfo] = INIT;
    const START: StateId = StateId(0);
    fn new() -> Self {
        Writer
    }
    async fn entry(&mut self, ctx: &mut Ctx<Ev>, _: StateId, payload: Payload) -> R {
        let (target, v) = *payload.unwrap().downcast::<(MachineRef, i64)>().unwrap();
        if ctx.nondet()? {
            ctx.print("writer dawdles");
        }
        ctx.send(target, Ev::Data(v), L).await
    }
    async fn exit(&mut self, _: &mut Ctx<Ev>, _: StateId) -> R {
        Ok(())
    }
    async fn handle(&mut self, _: &mut Ctx<Ev>, _: StateId, e: Ev) -> R {
        Err(Ctl::Unhandled(e))
    }
}

fn no_monitors() -> Vec<Box<dyn MonitorObj<Ev>>> {
    Vec::new()
}

const RACE: TestCase<Ev> = TestCase {
    name: "race",
    monitors: no_monitors,
    main: MachineType::of::<RaceMain>(),
    bindings: &[],
    params: &[],
};

fn config(jobs: usize) -> CheckConfig {
    CheckConfig {
        schedules: 1_000,
        seed: 12_345,
        jobs,
        ..CheckConfig::default()
    }
}

#[test]
fn finds_the_race_and_replays_it_byte_for_byte() {
    let report = check(&RACE, &config(1));
    let found = report.bug.expect("the race is found");
    assert_eq!(found.bug.kind, BugKind::Assertion);
    assert_eq!(
        found.bug.message,
        "Assertion Failed: race.p:3:5 writer 2 overtook writer 1"
    );
    assert_eq!(found.bug.loc.as_deref(), Some("race.p:3:5"));
    assert_eq!(report.schedules, found.schedule + 1);
    assert_eq!(found.seed, 12_345 + found.schedule);

    // The schedule file survives a round trip and replays the same trace.
    let file = ScheduleFile::parse(&found.schedule_file.to_text()).unwrap();
    let (trace, bug) = replay(&RACE, &config(1), file.seed, file.decisions);
    assert_eq!(bug.as_ref(), Some(&found.bug));
    assert_eq!(trace.to_text(), found.trace.to_text());
    assert_eq!(trace.to_json(), found.trace.to_json());
    assert!(
        found
            .trace
            .to_text()
            .contains("<ErrorLog> race.p:3:5: Assertion Failed")
    );

    // The seed alone reproduces it too: one schedule from that seed.
    let again = check(
        &RACE,
        &CheckConfig {
            schedules: 1,
            seed: found.seed,
            ..config(1)
        },
    );
    assert_eq!(again.bug.unwrap().trace.to_text(), found.trace.to_text());
}

#[test]
fn one_and_two_jobs_report_the_same_first_bug() {
    let one = check(&RACE, &config(1)).bug.unwrap();
    let two = check(&RACE, &config(2)).bug.unwrap();
    assert_eq!(one.schedule, two.schedule);
    assert_eq!(one.trace.to_text(), two.trace.to_text());
}

#[test]
fn a_divergent_replay_is_reported_not_followed() {
    let found = check(&RACE, &config(1)).bug.unwrap();
    let mut decisions = found.schedule_file.decisions.clone();
    decisions.truncate(2);
    let (trace, bug) = replay(&RACE, &config(1), found.seed, decisions);
    assert_eq!(bug, None);
    assert!(trace.entries.len() < found.trace.entries.len());
}

/// A test without a bug, for counting schedules.
struct Quiet;

impl Machine<Ev> for Quiet {
    const NAME: &'static str = "Main";
    const STATES: &'static [StateInfo] = INIT;
    const START: StateId = StateId(0);
    fn new() -> Self {
        Quiet
    }
    async fn entry(&mut self, ctx: &mut Ctx<Ev>, _: StateId, _: Payload) -> R {
        let me = ctx.this();
        ctx.send(me, Ev::E1, L).await
    }
    async fn exit(&mut self, _: &mut Ctx<Ev>, _: StateId) -> R {
        Ok(())
    }
    async fn handle(&mut self, _: &mut Ctx<Ev>, _: StateId, _: Ev) -> R {
        Ok(())
    }
}

#[test]
fn shards_split_the_schedules_disjointly_and_completely() {
    let quiet = TestCase {
        name: "quiet",
        monitors: no_monitors,
        main: MachineType::of::<Quiet>(),
        bindings: &[],
        params: &[],
    };
    let cfg = |shard, jobs| CheckConfig {
        schedules: 101,
        shard,
        jobs,
        strategy: StrategyKind::Pct(2),
        ..CheckConfig::default()
    };
    let all = check(&quiet, &cfg(None, 1));
    assert_eq!(all.ran, (0..101).collect::<Vec<_>>());
    let a = check(&quiet, &cfg(Some((0, 2)), 2));
    let b = check(&quiet, &cfg(Some((1, 2)), 1));
    let mut merged = [a.ran.clone(), b.ran.clone()].concat();
    merged.sort_unstable();
    assert_eq!(merged, all.ran);
    assert!(a.ran.iter().all(|k| k % 2 == 0) && b.ran.iter().all(|k| k % 2 == 1));
    assert!(all.bug.is_none());
    // Entry send + dequeue + idle: the same small number of steps each time.
    assert_eq!(all.steps.0, all.steps.2);
    assert!(all.steps.0 >= 3, "{:?}", all.steps);
}

#[test]
fn explore_keeps_going_and_counts_every_buggy_schedule() {
    let first = check(&RACE, &config(1));
    let all = check(
        &RACE,
        &CheckConfig {
            explore: true,
            ..config(1)
        },
    );
    assert_eq!(all.schedules, 1_000);
    assert!(all.bugs > 1, "{}", all.bugs);
    assert!(all.bugs < 1_000, "the race is not in every schedule");
    assert_eq!(all.bug.unwrap().schedule, first.bug.unwrap().schedule);
    assert_eq!(first.bugs, 1);
}

#[test]
fn coverage_counts_states_and_handlers_over_all_schedules() {
    let report = check(
        &RACE,
        &CheckConfig {
            schedules: 10,
            explore: true,
            run: p_runtime::RunConfig {
                coverage: true,
                ..p_runtime::RunConfig::default()
            },
            ..config(1)
        },
    );
    let cov = report.coverage.expect("coverage was asked for");
    assert_eq!(cov.schedules, 10);
    // Main enters Init once per schedule and handles both writers' Data
    // (up to the assertion that stops some schedules after the second).
    assert_eq!(cov.machines["Main"].states["Init"], 10);
    assert_eq!(cov.machines["Writer"].states["Init"], 20);
    let data = cov.machines["Main"].handlers["Init: Data"];
    assert_eq!(data, 20);
    assert!(cov.to_text().contains("on Init: Data: ran 20 times"));
    let off = check(&RACE, &config(1));
    assert!(off.coverage.is_none());
}

/// Like the race, but each writer first sends a random number of
/// harmless `E1`s, so buggy schedules differ in length.
struct NoisyMain {
    seen: Vec<i64>,
}

impl Machine<Ev> for NoisyMain {
    const NAME: &'static str = "Main";
    const STATES: &'static [StateInfo] = INIT;
    const START: StateId = StateId(0);
    fn new() -> Self {
        NoisyMain { seen: Vec::new() }
    }
    async fn entry(&mut self, ctx: &mut Ctx<Ev>, _: StateId, _: Payload) -> R {
        let me = ctx.this();
        for i in 1..=2i64 {
            ctx.create::<NoisyWriter>(Some(Box::new((me, i)))).await?;
        }
        Ok(())
    }
    async fn exit(&mut self, _: &mut Ctx<Ev>, _: StateId) -> R {
        Ok(())
    }
    async fn handle(&mut self, ctx: &mut Ctx<Ev>, _: StateId, e: Ev) -> R {
        match e {
            Ev::E1 => Ok(()),
            Ev::Data(v) => {
                self.seen.push(v);
                if self.seen.len() == 2 && self.seen[0] != 1 {
                    return Err(ctx.assert_failed(Some("writer 2 overtook writer 1"), L));
                }
                Ok(())
            }
            e => Err(Ctl::Unhandled(e)),
        }
    }
}

struct NoisyWriter;

impl Machine<Ev> for NoisyWriter {
    const NAME: &'static str = "Writer";
    const STATES: &'static [StateInfo] = INIT;
    const START: StateId = StateId(0);
    fn new() -> Self {
        NoisyWriter
    }
    async fn entry(&mut self, ctx: &mut Ctx<Ev>, _: StateId, payload: Payload) -> R {
        let (target, v) = *payload.unwrap().downcast::<(MachineRef, i64)>().unwrap();
        for _ in 0..ctx.choose_int(30, L)? {
            ctx.send(target, Ev::E1, L).await?;
        }
        ctx.send(target, Ev::Data(v), L).await
    }
    async fn exit(&mut self, _: &mut Ctx<Ev>, _: StateId) -> R {
        Ok(())
    }
    async fn handle(&mut self, _: &mut Ctx<Ev>, _: StateId, e: Ev) -> R {
        Err(Ctl::Unhandled(e))
    }
}

const NOISY: TestCase<Ev> = TestCase {
    name: "noisy",
    monitors: no_monitors,
    main: MachineType::of::<NoisyMain>(),
    bindings: &[],
    params: &[],
};

#[test]
fn minimize_finds_a_shorter_schedule_with_the_same_bug() {
    let cfg = config(1);
    // The longest first bug over a few seeds.
    let found: Vec<_> = (0..20)
        .filter_map(|seed| {
            check(
                &NOISY,
                &CheckConfig {
                    seed: seed * 1_000,
                    ..config(1)
                },
            )
            .bug
        })
        .collect();
    let longest = found
        .iter()
        .max_by_key(|f| f.trace.steps)
        .expect("the race is found");
    let s = p_runtime::checker::minimize(&NOISY, &cfg, longest, 500)
        .expect("a shorter schedule exists");
    assert!(
        s.trace.steps < longest.trace.steps,
        "{} < {}",
        s.trace.steps,
        longest.trace.steps
    );
    assert_eq!(
        (s.bug.kind, &s.bug.loc),
        (longest.bug.kind, &longest.bug.loc)
    );
    // The shorter schedule replays to the same bug.
    let (_, bug) = replay(&NOISY, &cfg, s.seed, s.schedule_file.decisions.clone());
    assert_eq!(bug, Some(s.bug));
}
