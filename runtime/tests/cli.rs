//! The checker's command line, driven through `cli::run` on hand-written
//! machines: test selection, bug files and their replay, the JSON summary,
//! shards, usage errors and progress.

mod common;

use common::*;
use p_runtime::cli::{Program, run};
use p_runtime::{
    Ctl, Ctx, Loc, Machine, MachineRef, MachineType, Monitor, MonitorCtx, MonitorObj, Payload,
    StateId, StateInfo, Temperature, TestCase, instance,
};
use serde_json::Value;
use std::path::{Path, PathBuf};

const L: Loc = Loc::new("race.p", 3, 5);

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

const INIT: &[StateInfo] = &[state("Init", Temperature::Warm)];

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

/// Sends itself `E1` once: no bug, a few steps.
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

/// Sends itself `E1` forever, so a monitor waiting for `Done` stays hot.
struct Spinner;

impl Machine<Ev> for Spinner {
    const NAME: &'static str = "Main";
    const STATES: &'static [StateInfo] = INIT;
    const START: StateId = StateId(0);
    fn new() -> Self {
        Spinner
    }
    async fn entry(&mut self, ctx: &mut Ctx<Ev>, _: StateId, _: Payload) -> R {
        let me = ctx.this();
        ctx.send(me, Ev::E1, L).await
    }
    async fn exit(&mut self, _: &mut Ctx<Ev>, _: StateId) -> R {
        Ok(())
    }
    async fn handle(&mut self, ctx: &mut Ctx<Ev>, _: StateId, _: Ev) -> R {
        let me = ctx.this();
        ctx.send(me, Ev::E1, L).await
    }
}

/// Hot until it observes `Done`, which never comes.
struct Eventually;

impl Monitor<Ev> for Eventually {
    const NAME: &'static str = "Eventually";
    const STATES: &'static [StateInfo] = &[state("Waiting", Temperature::Hot)];
    const START: StateId = StateId(0);
    const OBSERVES: &'static [p_runtime::EventId] = &[E1];
    fn new() -> Self {
        Eventually
    }
    fn entry(&mut self, _: &mut MonitorCtx<'_>, _: StateId, _: Payload) -> R {
        Ok(())
    }
    fn exit(&mut self, _: &mut MonitorCtx<'_>, _: StateId) -> R {
        Ok(())
    }
    fn handle(&mut self, _: &mut MonitorCtx<'_>, _: StateId, _: &Ev) -> R {
        Ok(())
    }
}

fn no_monitors() -> Vec<Box<dyn MonitorObj<Ev>>> {
    Vec::new()
}

fn eventually() -> Vec<Box<dyn MonitorObj<Ev>>> {
    vec![instance::<Ev, Eventually>()]
}

static PROGRAM: Program<Ev> = Program {
    name: "clitest",
    tests: &[
        TestCase {
            name: "race",
            monitors: no_monitors,
            main: MachineType::of::<RaceMain>(),
            bindings: &[],
            params: &[],
        },
        TestCase {
            name: "quiet",
            monitors: no_monitors,
            main: MachineType::of::<Quiet>(),
            bindings: &[],
            params: &[],
        },
        TestCase {
            name: "quietToo",
            monitors: no_monitors,
            main: MachineType::of::<Quiet>(),
            bindings: &[],
            params: &[],
        },
        TestCase {
            name: "spin",
            monitors: eventually,
            main: MachineType::of::<Spinner>(),
            bindings: &[],
            params: &[],
        },
    ],
};

/// Runs the command line; exit status, standard output, standard error.
fn cli(args: &[&str]) -> (i32, String, String) {
    let argv: Vec<String> = std::iter::once("checker")
        .chain(args.iter().copied())
        .map(str::to_owned)
        .collect();
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = run(&PROGRAM, &argv, &mut out, &mut err);
    let text = |b: Vec<u8>| String::from_utf8(b).unwrap();
    (code, text(out), text(err))
}

/// A fresh directory for one test's output.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("p-runtime-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// The value after `..... <key>: ` in the console summary.
fn field<'o>(out: &'o str, key: &str) -> &'o str {
    let prefix = format!("..... {key}: ");
    out.lines()
        .find_map(|l| l.strip_prefix(prefix.as_str()))
        .unwrap_or_else(|| panic!("no `{key}` in\n{out}"))
}

/// The files listed as `..... Writing <path>`.
fn written(out: &str) -> Vec<PathBuf> {
    out.lines()
        .filter_map(|l| l.strip_prefix("..... Writing "))
        .map(PathBuf::from)
        .collect()
}

/// The command printed after `header`, split into arguments after the binary.
fn command_after(out: &str, header: &str) -> Vec<String> {
    let mut lines = out.lines().skip_while(|l| !l.starts_with(header));
    let cmd = lines
        .nth(1)
        .unwrap_or_else(|| panic!("no `{header}` in\n{out}"));
    cmd.split_whitespace().skip(1).map(str::to_owned).collect()
}

fn json(path: &Path) -> Value {
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

#[test]
fn lists_the_tests_one_per_line() {
    let (code, out, err) = cli(&["--list-tests"]);
    assert_eq!(
        (code, out.as_str(), err.as_str()),
        (0, "race\nquiet\nquietToo\nspin\n", "")
    );
}

#[test]
fn selects_a_test_by_exact_name_or_unique_prefix() {
    let (code, _, err) = cli(&["-q"]);
    assert_eq!(code, 3);
    assert!(
        err.contains("4 test cases") && err.contains("\n  quietToo"),
        "{err}"
    );
    let (code, _, err) = cli(&["--testcase", "qui", "-q"]);
    assert_eq!(code, 3);
    assert!(
        err.contains("ambiguous") && err.contains("quietToo"),
        "{err}"
    );
    let (code, _, err) = cli(&["--testcase", "nope", "-q"]);
    assert_eq!(code, 3);
    assert!(err.contains("nope"), "{err}");
    let (code, out, _) = cli(&["--testcase", "quiet", "-i", "3", "-q"]);
    assert_eq!(code, 0);
    assert!(out.contains(".. Test case :: quiet\n"), "{out}");
    let (code, out, _) = cli(&["-tc", "quietT", "-q"]);
    assert_eq!(code, 0);
    assert_eq!(field(&out, "Test"), "quietToo");
}

#[test]
fn a_race_is_found_its_files_written_and_its_replay_is_byte_identical() {
    let dir = scratch("race");
    let outdir = dir.join("out");
    let (code, out, err) = cli(&[
        "-t",
        "race",
        "-i",
        "1000",
        "--seed",
        "12345",
        "-o",
        s(&outdir),
    ]);
    assert_eq!(code, 1, "{out}{err}");
    assert!(out.contains("... Checker is using 'random' strategy (seed:12345).\n"));
    assert!(out.contains(
        "... Checker found a bug.\n..... Assertion Failed: race.p:3:5 writer 2 overtook writer 1\n"
    ));
    assert_eq!(field(&out, "Kind"), "assertion");
    assert_eq!(field(&out, "Location"), "race.p:3:5");
    assert_eq!(field(&out, "Machine"), "Main(1)");
    let k: u64 = field(&out, "Schedule").split(',').next().unwrap()[1..]
        .parse()
        .unwrap();
    let files = written(&out);
    let base = outdir.join("race").join(format!("race_{k}"));
    let expected: Vec<PathBuf> = ["txt", "trace.json", "schedule"]
        .iter()
        .map(|ext| base.with_extension(ext))
        .collect();
    assert_eq!(files, expected);
    assert!(files.iter().all(|f| f.is_file()));

    // The printed replay command reproduces the trace byte for byte.
    let replay = command_after(&out, "... Replay the bug with:");
    assert_eq!(
        replay[..4],
        ["--testcase", "race", "--replay", s(&files[2])]
    );
    let args: Vec<&str> = replay.iter().map(String::as_str).collect();
    let (code, rout, rerr) = cli(&[&args[..], &["-q"]].concat());
    assert_eq!(code, 1, "{rout}{rerr}");
    let again = written(&rout);
    let replayed = |ext: &str| outdir.join("race").join(format!("race_{k}_replay.{ext}"));
    assert_eq!(again, [replayed("txt"), replayed("trace.json")]);
    assert_eq!(
        std::fs::read(&files[0]).unwrap(),
        std::fs::read(&again[0]).unwrap()
    );
    assert_eq!(
        std::fs::read(&files[1]).unwrap(),
        std::fs::read(&again[1]).unwrap()
    );

    // So does the seed alone: the schedule's seed, one schedule.
    let rerun = command_after(&out, "... Or run it again from its seed with:");
    let mut args: Vec<&str> = rerun.iter().map(String::as_str).collect();
    args.extend(["-o", s(&dir), "-q"]);
    let (code, sout, _) = cli(&args);
    assert_eq!(code, 1);
    assert_eq!(field(&sout, "Schedule").split(',').next(), Some("#0"));
    assert_eq!(
        std::fs::read(&files[0]).unwrap(),
        std::fs::read(&written(&sout)[0]).unwrap()
    );
}

#[test]
fn a_pct_bug_is_found_again_from_the_run_seed() {
    let dir = scratch("pct");
    let (code, out, _) = cli(&[
        "-t",
        "race",
        "-i",
        "500",
        "--sch",
        "pct:1",
        "--seed",
        "9",
        "-o",
        s(&dir),
    ]);
    assert_eq!(code, 1, "{out}");
    let trace = std::fs::read(&written(&out)[0]).unwrap();
    let rerun = command_after(&out, "... Or run it again from its seed with:");
    assert!(rerun.windows(2).any(|w| w == ["--seed", "9"]), "{rerun:?}");
    let args: Vec<&str> = rerun.iter().map(String::as_str).collect();
    let (code, again, _) = cli(&[&args[..], &["-o", s(&dir), "-q"]].concat());
    assert_eq!(code, 1);
    assert_eq!(field(&again, "Schedule"), field(&out, "Schedule"));
    assert_eq!(std::fs::read(&written(&again)[0]).unwrap(), trace);
}

#[test]
fn a_schedule_that_does_not_reproduce_is_an_error() {
    let dir = scratch("diverge");
    let (code, out, _) = cli(&[
        "-t",
        "race",
        "-i",
        "1000",
        "--seed",
        "1",
        "-o",
        s(&dir),
        "-q",
    ]);
    assert_eq!(code, 1);
    let schedule = written(&out)[2].clone();
    let text = std::fs::read_to_string(&schedule).unwrap();
    let cut: Vec<&str> = text.lines().take_while(|l| l.starts_with("--")).collect();
    let truncated = dir.join("truncated.schedule");
    std::fs::write(&truncated, format!("{}\n(1)\n", cut.join("\n"))).unwrap();
    let longer = dir.join("longer.schedule");
    std::fs::write(&longer, format!("{text}(1)\n")).unwrap();
    for file in [&truncated, &longer] {
        let (code, _, err) = cli(&["--replay", s(file), "-o", s(&dir)]);
        assert_eq!(code, 3, "{}", file.display());
        assert!(err.contains("not reproducible"), "{err}");
    }
    let (code, _, err) = cli(&["--replay", s(&dir.join("missing.schedule"))]);
    assert_eq!(code, 3);
    assert!(err.contains("cannot read"), "{err}");
    let (code, _, err) = cli(&["--replay", s(&schedule), "--testcase", "quiet"]);
    assert_eq!(code, 3);
    assert!(err.contains("not `quiet`"), "{err}");
}

#[test]
fn the_json_summary_agrees_with_the_console() {
    let dir = scratch("json");
    let summary = dir.join("summary.json");
    let (code, out, _) = cli(&[
        "-t",
        "race",
        "-i",
        "1000",
        "--seed",
        "77",
        "-o",
        s(&dir),
        "--json",
        s(&summary),
        "-q",
    ]);
    assert_eq!(code, 1);
    let j = json(&summary);
    assert_eq!(j["test"], "race");
    assert_eq!(j["scheduler"], "random");
    assert_eq!(j["seed"], 77);
    assert_eq!(
        j["schedules"].to_string(),
        field(&out, "Schedules explored")
    );
    assert_eq!(
        j["cut"].to_string(),
        field(&out, "Schedules cut by the step bound")
    );
    let steps = format!(
        "{} (min), {} (median), {} (max)",
        j["steps"]["min"], j["steps"]["median"], j["steps"]["max"]
    );
    assert_eq!(steps, field(&out, "Steps per schedule"));
    assert!(j["steps"]["total"].as_u64().unwrap() >= j["steps"]["max"].as_u64().unwrap());
    assert!(j["elapsed_secs"].is_f64() && j["schedules_per_sec"].is_f64());
    let bug = &j["bug"];
    assert_eq!(bug["kind"], "assertion");
    assert_eq!(bug["loc"], "race.p:3:5");
    assert_eq!(bug["machine"], "Main(1)");
    assert_eq!(
        out.lines().nth(3),
        Some(format!("..... {}", bug["message"].as_str().unwrap()).as_str())
    );
    let k = bug["schedule"].as_u64().unwrap();
    assert_eq!(bug["seed"].as_u64(), Some(77 + k));
    assert_eq!(field(&out, "Schedule"), format!("#{k}, seed {}", 77 + k));
    let files: Vec<PathBuf> = ["trace_file", "trace_json_file", "schedule_file"]
        .iter()
        .map(|f| PathBuf::from(bug[f].as_str().unwrap()))
        .collect();
    assert_eq!(files, written(&out));
    let replay = command_after(&out, "... Replay the bug with:").join(" ");
    assert!(bug["replay_command"].as_str().unwrap().ends_with(&replay));

    let (code, _, _) = cli(&["-t", "quiet", "-i", "5", "--json", s(&summary), "-q"]);
    assert_eq!(code, 0);
    let j = json(&summary);
    assert_eq!(j["bug"], Value::Null);
    assert_eq!(j["schedules"], 5);
    assert_eq!(j["timed_out"], false);
    if cfg!(target_os = "linux") {
        // A checker process holds at least its binary's pages.
        assert!(j["peak_rss_bytes"].as_u64().unwrap() > 100_000);
    }
    assert!(j.get("ran").is_none());
}

#[test]
fn two_shards_cover_exactly_the_unsharded_schedules() {
    let dir = scratch("shards");
    let ran = |extra: &[&str]| {
        let path = dir.join("s.json");
        let args = [
            &[
                "-t",
                "quiet",
                "-i",
                "101",
                "--sch",
                "pct:2",
                "--json",
                s(&path),
                "--json-ran",
                "-q",
            ],
            extra,
        ]
        .concat();
        assert_eq!(cli(&args).0, 0);
        let j = json(&path);
        let ran: Vec<u64> = serde_json::from_value(j["ran"].clone()).unwrap();
        assert_eq!(j["schedules"].as_u64(), Some(ran.len() as u64));
        (ran, j["shard"].clone())
    };
    let (all, shard) = ran(&[]);
    assert_eq!((all.len(), shard), (101, Value::Null));
    let (one, shard) = ran(&["--shard", "1/2"]);
    assert_eq!(shard, "1/2");
    let (two, _) = ran(&["--shard", "2/2", "--jobs", "2"]);
    assert!(one.iter().all(|k| k % 2 == 0) && two.iter().all(|k| k % 2 == 1));
    let mut merged = [one, two].concat();
    merged.sort_unstable();
    assert_eq!(merged, all);
}

#[test]
fn usage_errors_exit_3_with_usage_on_stderr() {
    for args in [
        &["--bogus"][..],
        &["--sch", "dfs"],
        &["--shard", "3/2"],
        &["-i", "many"],
    ] {
        let (code, out, err) = cli(args);
        assert_eq!(code, 3, "{args:?}");
        assert!(out.is_empty(), "{out}");
        assert!(err.contains("error:") && err.contains("Usage:"), "{err}");
    }
    let (code, out, _) = cli(&["--help"]);
    assert_eq!(code, 0);
    assert!(
        out.contains("--testcase") && out.contains("--replay"),
        "{out}"
    );
}

#[test]
fn progress_shows_only_for_long_runs_and_never_when_quiet() {
    let quick = ["-t", "quiet", "-i", "300"];
    assert_eq!(cli(&quick).2, "", "a quick run shows no progress");
    let (code, _, err) = cli(&[&quick[..], &["--progress-after-ms", "0"]].concat());
    assert_eq!(code, 0);
    assert!(
        err.lines().any(|l| l.starts_with("..... Schedule #")),
        "{err}"
    );
    assert!(err.ends_with("..... Schedule #300\n"), "{err}");
    let (_, _, err) = cli(&[&quick[..], &["--progress-after-ms", "0", "--quiet"]].concat());
    assert_eq!(err, "");
}

#[test]
fn verbose_prints_the_trace_and_timeout_bounds_the_run() {
    let dir = scratch("verbose");
    let (code, out, _) = cli(&["-t", "race", "-i", "1000", "-v", "-o", s(&dir), "-q"]);
    assert_eq!(code, 1);
    let trace = std::fs::read_to_string(&written(&out)[0]).unwrap();
    assert!(out.contains(&trace));
    let (code, out, _) = cli(&["-t", "quiet", "--timeout", "0.2", "-q"]);
    assert_eq!(code, 0);
    assert!(
        out.contains("... Checker timed out.\n... Checker found no bugs.\n"),
        "{out}"
    );
    assert!(field(&out, "Schedules explored").parse::<u64>().unwrap() > 1);
}

#[test]
fn a_liveness_temperature_bug_replays_with_the_files_threshold() {
    let dir = scratch("liveness");
    let args = [
        "-t",
        "spin",
        "--sch",
        "fair:1",
        "--max-steps",
        "500",
        "--liveness-temperature-threshold",
        "40",
    ];
    let (code, out, _) = cli(&[&args[..], &["-o", s(&dir), "-q"]].concat());
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("Eventually detected potential liveness bug in hot state 'Waiting'."));
    assert_eq!(field(&out, "Kind"), "liveness");
    let files = written(&out);
    // The replay needs no options: the threshold is in the schedule file.
    let (code, rout, rerr) = cli(&["--replay", s(&files[2]), "-o", s(&dir), "-q"]);
    assert_eq!(code, 1, "{rout}{rerr}");
    assert_eq!(
        std::fs::read(&files[0]).unwrap(),
        std::fs::read(&written(&rout)[0]).unwrap()
    );
    // Without a threshold the hot monitor is only cut by the step bound.
    let (code, out, _) = cli(&[
        "-t",
        "spin",
        "--sch",
        "fair:1",
        "--max-steps",
        "500",
        "--liveness-temperature-threshold",
        "0",
        "-q",
    ]);
    assert_eq!(code, 0);
    assert_eq!(field(&out, "Schedules cut by the step bound"), "1");
}
