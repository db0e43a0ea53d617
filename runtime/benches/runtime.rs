//! `cargo bench -p p-runtime --bench runtime`: schedules/s and steps/s of
//! the runtime on a two-machine ping-pong and a 40-machine pipeline, next to
//! the same work done by a plain Rust loop with no scheduler (the limit), and
//! the scaling from 1 to 2 jobs. Prints one table; numbers are ratios
//! against baselines measured in the same run.

#[path = "../tests/common/mod.rs"]
mod common;
mod floor;
mod suspend;

use common::*;
use p_runtime::checker::{CheckConfig, check};
use p_runtime::{
    Ctl, Ctx, Loc, Machine, MachineRef, MachineType, MonitorObj, Payload, RunConfig, StateId,
    StateInfo, Temperature, TestCase,
};
use std::collections::VecDeque;
use std::hint::black_box;
use std::time::{Duration, Instant};

const L: Loc = Loc::new("bench.p", 1, 1);
const ROUNDS: i64 = 500;
const STAGES: usize = 40;
const ITEMS: i64 = 50;

const INIT: &[StateInfo] = &[StateInfo {
    name: "Init",
    defer: &[],
    ignore: &[],
    on_null: false,
    handles: &[],
    temperature: Temperature::Warm,
}];

fn no_monitors() -> Vec<Box<dyn MonitorObj<Ev>>> {
    Vec::new()
}

/// Ping-pong: Main pings the server ROUNDS times, waiting for each pong.
struct PingMain {
    server: MachineRef,
    count: i64,
}

impl Machine<Ev> for PingMain {
    const NAME: &'static str = "Main";
    const STATES: &'static [StateInfo] = INIT;
    const START: StateId = StateId(0);
    fn new() -> Self {
        PingMain {
            server: MachineRef::NULL,
            count: 0,
        }
    }
    async fn entry(&mut self, ctx: &mut Ctx<Ev>, _: StateId, _: Payload) -> R {
        self.server = ctx.create::<Pong>(None).await?;
        let me = ctx.this();
        ctx.send(self.server, Ev::Ping(me), L).await
    }
    async fn exit(&mut self, _: &mut Ctx<Ev>, _: StateId) -> R {
        Ok(())
    }
    async fn handle(&mut self, ctx: &mut Ctx<Ev>, _: StateId, e: Ev) -> R {
        match e {
            Ev::Pong => {
                self.count += 1;
                if self.count < ROUNDS {
                    let me = ctx.this();
                    ctx.send(self.server, Ev::Ping(me), L).await?;
                }
                Ok(())
            }
            e => Err(Ctl::Unhandled(e)),
        }
    }
}

struct Pong;

impl Machine<Ev> for Pong {
    const NAME: &'static str = "Server";
    const STATES: &'static [StateInfo] = INIT;
    const START: StateId = StateId(0);
    fn new() -> Self {
        Pong
    }
    async fn entry(&mut self, _: &mut Ctx<Ev>, _: StateId, _: Payload) -> R {
        Ok(())
    }
    async fn exit(&mut self, _: &mut Ctx<Ev>, _: StateId) -> R {
        Ok(())
    }
    async fn handle(&mut self, ctx: &mut Ctx<Ev>, _: StateId, e: Ev) -> R {
        match e {
            Ev::Ping(client) => ctx.send(client, Ev::Pong, L).await,
            e => Err(Ctl::Unhandled(e)),
        }
    }
}

/// Pipeline: Main creates STAGES stages, each forwarding to the next, and
/// feeds ITEMS values into the first; each stage adds its sum.
struct PipeMain;

impl Machine<Ev> for PipeMain {
    const NAME: &'static str = "Main";
    const STATES: &'static [StateInfo] = INIT;
    const START: StateId = StateId(0);
    fn new() -> Self {
        PipeMain
    }
    async fn entry(&mut self, ctx: &mut Ctx<Ev>, _: StateId, _: Payload) -> R {
        let mut next = MachineRef::NULL;
        for _ in 0..STAGES {
            next = ctx.create::<Stage>(Some(Box::new(next))).await?;
        }
        for i in 0..ITEMS {
            ctx.send(next, Ev::Data(i), L).await?;
        }
        Ok(())
    }
    async fn exit(&mut self, _: &mut Ctx<Ev>, _: StateId) -> R {
        Ok(())
    }
    async fn handle(&mut self, _: &mut Ctx<Ev>, _: StateId, e: Ev) -> R {
        Err(Ctl::Unhandled(e))
    }
}

struct Stage {
    next: MachineRef,
    sum: i64,
}

impl Machine<Ev> for Stage {
    const NAME: &'static str = "Stage";
    const STATES: &'static [StateInfo] = INIT;
    const START: StateId = StateId(0);
    fn new() -> Self {
        Stage {
            next: MachineRef::NULL,
            sum: 0,
        }
    }
    async fn entry(&mut self, _: &mut Ctx<Ev>, _: StateId, payload: Payload) -> R {
        self.next = *payload.unwrap().downcast::<MachineRef>().unwrap();
        Ok(())
    }
    async fn exit(&mut self, _: &mut Ctx<Ev>, _: StateId) -> R {
        Ok(())
    }
    async fn handle(&mut self, ctx: &mut Ctx<Ev>, _: StateId, e: Ev) -> R {
        match e {
            Ev::Data(v) => {
                self.sum += v;
                if !self.next.is_null() {
                    ctx.send(self.next, Ev::Data(v + 1), L).await?;
                }
                Ok(())
            }
            e => Err(Ctl::Unhandled(e)),
        }
    }
}

/// The limit: the same ping-pong with no scheduler, no monitors, no trace.
fn plain_ping_pong() -> i64 {
    let (mut to_server, mut to_client) = (VecDeque::new(), VecDeque::new());
    let mut count = 0;
    to_server.push_back(0i64);
    loop {
        if let Some(client) = to_server.pop_front() {
            to_client.push_back(black_box(client));
        }
        if to_client.pop_front().is_some() {
            count += 1;
            if count >= ROUNDS {
                return count;
            }
            to_server.push_back(count);
        }
    }
}

/// The limit: the same pipeline in one fixed interleaving.
fn plain_pipeline() -> i64 {
    let mut inboxes: Vec<VecDeque<i64>> = vec![VecDeque::new(); STAGES];
    let mut sums = vec![0i64; STAGES];
    for i in 0..ITEMS {
        inboxes[STAGES - 1].push_back(i);
    }
    let mut busy = true;
    while busy {
        busy = false;
        for s in (0..STAGES).rev() {
            while let Some(v) = inboxes[s].pop_front() {
                busy = true;
                sums[s] += black_box(v);
                if s > 0 {
                    inboxes[s - 1].push_back(v + 1);
                }
            }
        }
    }
    sums.iter().sum()
}

/// Calls `f` for at least `min`: calls per second.
fn runs_per_sec<T>(min: Duration, mut f: impl FnMut() -> T) -> f64 {
    let start = Instant::now();
    let mut n = 0u64;
    while start.elapsed() < min {
        black_box(f());
        n += 1;
    }
    n as f64 / start.elapsed().as_secs_f64()
}

fn checker_rate(test: &TestCase<Ev>, jobs: usize, schedules: u64) -> (f64, f64) {
    let cfg = CheckConfig {
        schedules,
        jobs,
        run: RunConfig {
            max_steps: 1_000_000,
            ..RunConfig::default()
        },
        ..CheckConfig::default()
    };
    let report = check(test, &cfg);
    assert!(report.bug.is_none());
    let secs = report.elapsed.as_secs_f64();
    (
        report.schedules as f64 / secs,
        report.total_steps as f64 / secs,
    )
}

fn main() {
    let quick = std::env::args().any(|a| a == "--quick");
    let min = Duration::from_millis(if quick { 200 } else { 2_000 });
    let ping = TestCase {
        name: "ping-pong",
        monitors: no_monitors,
        main: MachineType::of::<PingMain>(),
        bindings: &[],
        params: &[],
    };
    let pipe = TestCase {
        name: "pipeline",
        monitors: no_monitors,
        main: MachineType::of::<PipeMain>(),
        bindings: &[],
        params: &[],
    };
    // `--only NAME`: run one model's checker for a while, for a profiler.
    if let Some(i) = std::env::args().position(|a| a == "--only") {
        let name = std::env::args().nth(i + 1).unwrap_or_default();
        let test = [&ping, &pipe]
            .into_iter()
            .find(|t| t.name == name)
            .expect("ping-pong or pipeline");
        let (s, steps) = checker_rate(test, 1, 2_000);
        println!("{name}: {s:.0} schedules/s, {steps:.0} steps/s");
        return;
    }
    println!(
        "| model | runtime schedules/s | runtime steps/s | plain loop runs/s | runtime / plain (time per run) | floor / plain | runtime / floor | 2 jobs / 1 job | plain loop, 2 threads / 1 |"
    );
    println!("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
    let floor_ping = || floor::ping_pong(black_box(7), ROUNDS).0;
    let floor_pipe = || floor::pipeline(black_box(7), STAGES, ITEMS).0;
    // The floors do the plain loops' work: same results.
    assert_eq!(floor_ping(), plain_ping_pong());
    assert_eq!(floor_pipe(), plain_pipeline());
    for (test, plain, floor) in [
        (
            &ping,
            plain_ping_pong as fn() -> i64,
            &floor_ping as &dyn Fn() -> i64,
        ),
        (&pipe, plain_pipeline, &floor_pipe),
    ] {
        // Enough schedules for `min` of one job, from a short first run.
        let (guess, _) = checker_rate(test, 1, 50);
        let schedules = ((guess * min.as_secs_f64()) as u64).max(50);
        let (s1, steps1) = checker_rate(test, 1, schedules);
        let (s2, _) = checker_rate(test, 2, schedules * 2);
        let plain_rate = runs_per_sec(min, plain);
        let floor_rate = runs_per_sec(min, floor);
        // What the machine itself gives a second busy core.
        let plain_two: f64 = std::thread::scope(|s| {
            let a = s.spawn(|| runs_per_sec(min, plain));
            let b = s.spawn(|| runs_per_sec(min, plain));
            [a, b]
                .map(|h| h.join().expect("plain loop thread"))
                .iter()
                .sum()
        });
        println!(
            "| {} | {s1:.0} | {steps1:.0} | {plain_rate:.0} | {:.1}x slower | {:.1}x slower | {:.1}x slower | {:.2}x | {:.2}x |",
            test.name,
            plain_rate / s1,
            plain_rate / floor_rate,
            floor_rate / s1,
            s2 / s1,
            plain_two / plain_rate
        );
    }
    println!();
    suspend::compare(min);
}
