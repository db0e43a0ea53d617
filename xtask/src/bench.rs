//! `cargo xtask bench`: one table of the numbers that matter to a user of
//! the checker, each next to the baseline it is judged against, measured in
//! the same run (method and results: `BENCHMARKS.md`).
//!
//! - checker: schedules/s and steps/s of the TPS failover test (random and
//!   PCT), peak memory, 1 -> 2 jobs;
//! - the limit: `bench/tps-plain`, the same pipeline hand-written in plain
//!   Rust with one fixed interleaving and no scheduler or monitor;
//! - bug finding: schedules and seconds to the NoWait bug, median of 20 seeds;
//! - front end: parse and analysis MB/s on a synthetic P program, and the
//!   time `cargo xtask gen` spends on all of `p-models/`;
//! - with `--build`: a one-line P edit to a finished check of the failover
//!   test, and to a rebuilt `generated-tests`.
//!
//! Timings of the front end are only meaningful in an optimised build, so a
//! debug xtask re-runs itself with `--release` first.

use crate::check;
use crate::exit;
use crate::generate::{self, Build, workspace_root};
use serde::Serialize;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::time::{Duration, Instant};

#[derive(clap::Args, Clone)]
pub struct Args {
    /// Fewer schedules and seeds: a smoke run of the whole table in about a
    /// minute, with noisier numbers.
    #[arg(long)]
    quick: bool,
    /// Also time the edit-to-check and edit-to-rebuilt-tests loops (several
    /// minutes: it rebuilds `generated-tests` twice).
    #[arg(long)]
    build: bool,
    /// Also write the table as JSON to this file.
    #[arg(long, value_name = "FILE")]
    json: Option<PathBuf>,
}

/// The P project and tests the checker rows use.
const TPS: &str = "p-models/tps";
const FAILOVER: &str = "tcActivePassiveFailover";
const NO_WAIT: &str = "tcActivePassiveFailoverNoWait";
const PCT: &str = "pct:3";

/// One row of the table.
#[derive(Serialize)]
struct Row {
    section: &'static str,
    what: String,
    value: f64,
    unit: &'static str,
    /// The row's comparison with its baseline, in words (`"0.31 x limit"`).
    against: String,
}

struct Table {
    machine: String,
    rows: Vec<Row>,
}

impl Table {
    fn add(
        &mut self,
        section: &'static str,
        what: impl Into<String>,
        value: f64,
        unit: &'static str,
    ) {
        self.add_vs(section, what, value, unit, String::new());
    }

    fn add_vs(
        &mut self,
        section: &'static str,
        what: impl Into<String>,
        value: f64,
        unit: &'static str,
        against: String,
    ) {
        let row = Row {
            section,
            what: what.into(),
            value,
            unit,
            against,
        };
        eprintln!(
            "  {:<58} {:>14} {:<12} {}",
            row.what,
            show(row.value),
            row.unit,
            row.against
        );
        self.rows.push(row);
    }

    fn markdown(&self) -> String {
        let mut out = format!("{}\n\n", self.machine);
        out.push_str("| section | measure | value | unit | against its baseline |\n");
        out.push_str("|---|---|---:|---|---|\n");
        for r in &self.rows {
            out.push_str(&format!(
                "| {} | {} | {} | {} | {} |\n",
                r.section,
                r.what,
                show(r.value),
                r.unit,
                r.against
            ));
        }
        out
    }
}

/// A number with a sensible precision for a table.
fn show(v: f64) -> String {
    let a = v.abs();
    if a >= 100_000.0 {
        let s = format!("{:.0}", v);
        // Thousands separators keep large rates readable.
        let (sign, digits) = s.split_at(if s.starts_with('-') { 1 } else { 0 });
        let mut grouped = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                grouped.push(',');
            }
            grouped.push(c);
        }
        format!("{sign}{grouped}")
    } else if a >= 100.0 {
        format!("{v:.0}")
    } else if a >= 10.0 {
        format!("{v:.1}")
    } else {
        format!("{v:.2}")
    }
}

fn ratio(x: f64, base: f64) -> f64 {
    if base > 0.0 { x / base } else { f64::NAN }
}

fn median(mut xs: Vec<f64>) -> f64 {
    if xs.is_empty() {
        return f64::NAN;
    }
    xs.sort_by(|a, b| a.total_cmp(b));
    let n = xs.len();
    if n % 2 == 1 {
        xs[n / 2]
    } else {
        (xs[n / 2 - 1] + xs[n / 2]) / 2.0
    }
}

pub fn run(args: &Args) -> ExitCode {
    if cfg!(debug_assertions) {
        return rerun_in_release();
    }
    match measure(args) {
        Ok(table) => {
            println!("{}", table.markdown());
            if let Some(path) = &args.json {
                let text = serde_json::to_string_pretty(&serde_json::json!({
                    "machine": table.machine,
                    "rows": table.rows,
                }))
                .expect("rows serialize");
                if let Err(e) = std::fs::write(path, text + "\n") {
                    eprintln!("{}: error: {e}", path.display());
                    return ExitCode::from(exit::USAGE);
                }
            }
            ExitCode::from(exit::CLEAN)
        }
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::from(exit::USAGE)
        }
    }
}

/// Runs `cargo run --release -p xtask -- bench ARGS` and returns its status.
fn rerun_in_release() -> ExitCode {
    eprintln!("bench: building xtask with --release (front-end timings need an optimised build)");
    let status = generate::cargo()
        .args(["run", "--release", "--quiet", "-p", "xtask", "--", "bench"])
        .args(std::env::args().skip_while(|a| a != "bench").skip(1))
        .current_dir(workspace_root())
        .status();
    match status {
        Ok(s) => ExitCode::from(s.code().unwrap_or(3).clamp(0, 255) as u8),
        Err(e) => {
            eprintln!("error: cannot run cargo: {e}");
            ExitCode::from(exit::USAGE)
        }
    }
}

/// `cargo build --quiet ARGS` in the workspace; `what` names it in errors.
fn cargo_build(root: &Path, args: &[&str], what: &str) -> Result<(), String> {
    let status = generate::cargo()
        .args(["build", "--quiet"])
        .args(args)
        .current_dir(root)
        .status()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{what} did not build"))
    }
}

/// How much work each row does.
struct Sizes {
    schedules: u64,
    plain_runs: u64,
    seeds: u64,
    frontend_bytes: usize,
    repeats: usize,
}

fn measure(args: &Args) -> Result<Table, String> {
    let root = workspace_root();
    let sizes = if args.quick {
        Sizes {
            schedules: 300,
            plain_runs: 2_000,
            seeds: 5,
            frontend_bytes: 1 << 20,
            repeats: 1,
        }
    } else {
        Sizes {
            schedules: 6_000,
            plain_runs: 20_000,
            seeds: 20,
            frontend_bytes: 4 << 20,
            repeats: 3,
        }
    };
    let out = root.join("target/bench");
    std::fs::create_dir_all(&out).map_err(|e| format!("{}: {e}", out.display()))?;
    eprintln!("bench: building the TPS checker and the plain-Rust limit (release)");
    let checker = check::build(&root.join(TPS), Build::Fastest)
        .map_err(|_| "the TPS checker did not build".to_owned())?;
    let plain = build_plain(&root)?;
    let mut t = Table {
        machine: machine_line(),
        rows: Vec::new(),
    };
    eprintln!("bench: {}", t.machine);

    checker_rows(&mut t, &checker.binary, &plain, &out, &sizes)?;
    bug_rows(&mut t, &checker.binary, &out, &sizes)?;
    frontend_rows(&mut t, &root, &sizes)?;
    if args.build {
        build_rows(&mut t, &root, &out)?;
    }
    Ok(t)
}

/// What a checker run reported in its `--json` summary.
struct CheckRun {
    json: Value,
}

impl CheckRun {
    fn f(&self, path: &[&str]) -> f64 {
        let mut v = &self.json;
        for p in path {
            v = &v[*p];
        }
        v.as_f64().unwrap_or(f64::NAN)
    }

    fn steps_per_sec(&self) -> f64 {
        ratio(self.f(&["steps", "total"]), self.f(&["elapsed_secs"]))
    }
}

/// The element of median `key` (the upper one of an even count).
fn median_by<T>(mut xs: Vec<T>, key: impl Fn(&T) -> f64) -> T {
    xs.sort_by(|a, b| key(a).total_cmp(&key(b)));
    xs.swap_remove(xs.len() / 2)
}

fn run_checker(binary: &Path, out: &Path, test: &str, extra: &[&str]) -> Result<CheckRun, String> {
    let started = start_checker(binary, out, test, "run.json", extra)?;
    finish_checker(binary, started, &format!("{test} {extra:?}"))
}

/// A running checker: its process and the `--json` summary it will write.
struct Started {
    child: std::process::Child,
    json: PathBuf,
}

fn start_checker(
    binary: &Path,
    out: &Path,
    test: &str,
    json_name: &str,
    extra: &[&str],
) -> Result<Started, String> {
    let json = out.join(json_name);
    let _ = std::fs::remove_file(&json);
    let child = Command::new(binary)
        .args(["--testcase", test, "--quiet", "-o"])
        .arg(out.join("traces"))
        .arg("--json")
        .arg(&json)
        .args(extra)
        .stdout(Stdio::null())
        .spawn()
        .map_err(|e| format!("cannot run {}: {e}", binary.display()))?;
    Ok(Started { child, json })
}

fn finish_checker(binary: &Path, started: Started, what: &str) -> Result<CheckRun, String> {
    let Started { mut child, json } = started;
    let status = child
        .wait()
        .map_err(|e| format!("{}: {e}", binary.display()))?;
    // 0: no bug, 1: bug found; both are results.
    if !matches!(status.code(), Some(0 | 1)) {
        return Err(format!("{} {what} failed ({status})", binary.display()));
    }
    let text = std::fs::read_to_string(&json).map_err(|e| format!("{}: {e}", json.display()))?;
    let json = serde_json::from_str(&text).map_err(|e| format!("{}: {e}", json.display()))?;
    Ok(CheckRun { json })
}

fn build_plain(root: &Path) -> Result<PathBuf, String> {
    cargo_build(root, &["--release", "-p", "tps-plain"], "bench/tps-plain")?;
    Ok(root.join("target/release/tps-plain"))
}

fn checker_rows(
    t: &mut Table,
    checker: &Path,
    plain: &Path,
    out: &Path,
    s: &Sizes,
) -> Result<(), String> {
    let n = s.schedules.to_string();
    eprintln!("bench: {FAILOVER}, {n} schedules per run");
    // A short run first, so page cache and CPU frequency settle.
    run_checker(checker, out, FAILOVER, &["-i", "50", "--seed", "1"])?;
    // Each configuration runs `repeats` times, in rounds so that a slow
    // spell of a shared machine hits them alike; each row is the median run.
    let configs: [&[&str]; 3] = [
        &["-i", &n, "--seed", "1", "--jobs", "1"],
        &["-i", &n, "--seed", "1", "--sch", PCT, "--jobs", "1"],
        &["-i", &n, "--seed", "1", "--jobs", "2"],
    ];
    let mut runs: [Vec<CheckRun>; 3] = Default::default();
    let mut plain_runs = Vec::new();
    let mut pairs = Vec::new();
    for _ in 0..s.repeats {
        for (c, args) in configs.iter().enumerate() {
            runs[c].push(run_checker(checker, out, FAILOVER, args)?);
        }
        plain_runs.push(run_plain(plain, s.plain_runs)?);
        pairs.push(run_checker_pair(checker, out, s.schedules)?);
    }
    let [random, pct, two] = runs.map(|r| median_by(r, |r| r.f(&["elapsed_secs"])));
    let rate = |v: &Value| v["steps_per_sec"].as_f64().unwrap_or(f64::NAN);
    let limit = median_by(plain_runs, rate);
    let limit_steps = rate(&limit);
    let pair = median_by(pairs, |r| *r);

    let sec = "checker";
    t.add(
        sec,
        format!("{FAILOVER}, random: schedules/s"),
        random.f(&["schedules_per_sec"]),
        "sched/s",
    );
    t.add_vs(
        sec,
        format!("{FAILOVER}, random: steps/s"),
        random.steps_per_sec(),
        "steps/s",
        format!(
            "{:.3} x limit (goal >= 0.333)",
            ratio(random.steps_per_sec(), limit_steps)
        ),
    );
    t.add(
        sec,
        format!("{FAILOVER}, PCT ({PCT}): schedules/s"),
        pct.f(&["schedules_per_sec"]),
        "sched/s",
    );
    t.add_vs(
        sec,
        format!("{FAILOVER}, PCT ({PCT}): steps/s"),
        pct.steps_per_sec(),
        "steps/s",
        format!("{:.3} x limit", ratio(pct.steps_per_sec(), limit_steps)),
    );
    t.add_vs(
        sec,
        format!("{FAILOVER}, random, 2 jobs: schedules/s"),
        two.f(&["schedules_per_sec"]),
        "sched/s",
        format!(
            "{:.2} x 1 job (goal >= 1.8)",
            ratio(
                two.f(&["schedules_per_sec"]),
                random.f(&["schedules_per_sec"])
            )
        ),
    );
    t.add_vs(
        sec,
        format!("{FAILOVER}, random, two 1-job processes at once: schedules/s"),
        pair,
        "sched/s",
        format!(
            "{:.2} x 1 job (what this machine gives a second worker; 2 jobs reach {:.2} of it)",
            ratio(pair, random.f(&["schedules_per_sec"])),
            ratio(two.f(&["schedules_per_sec"]), pair)
        ),
    );
    let mib = |r: &CheckRun| r.f(&["peak_rss_bytes"]) / (1024.0 * 1024.0);
    t.add(sec, "peak memory, 1 job (one worker)", mib(&random), "MiB");
    t.add_vs(
        sec,
        "peak memory, 2 jobs",
        mib(&two),
        "MiB",
        format!("{:.1} MiB for the second worker", mib(&two) - mib(&random)),
    );
    t.add(
        sec,
        format!("{FAILOVER}: steps per schedule (median)"),
        random.f(&["steps", "median"]),
        "steps",
    );
    t.add_vs(
        "limit",
        format!("plain Rust {FAILOVER}, no scheduler or monitor: steps/s"),
        limit_steps,
        "steps/s",
        format!(
            "{} steps per run, {} runs",
            limit["steps_per_run"], limit["runs"]
        ),
    );
    Ok(())
}

fn run_plain(plain: &Path, runs: u64) -> Result<Value, String> {
    let output = Command::new(plain)
        .args(["--runs", &runs.to_string()])
        .output()
        .map_err(|e| format!("cannot run {}: {e}", plain.display()))?;
    if !output.status.success() {
        return Err(format!(
            "{} failed: {}",
            plain.display(),
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    let text = String::from_utf8_lossy(&output.stdout);
    let line = text.lines().last().unwrap_or_default();
    serde_json::from_str(line).map_err(|e| format!("{}: {e}: {line}", plain.display()))
}

/// Two one-job checker processes at once, each with half the schedules
/// (the split `--jobs 2` makes): their summed schedules/s. Nothing is
/// shared but the machine, so this is what a second core gives the
/// checker's own work, and the 2-job row is judged against it.
fn run_checker_pair(checker: &Path, out: &Path, schedules: u64) -> Result<f64, String> {
    let half = (schedules / 2).to_string();
    let start = |seed: u64, json: &str| {
        let seed = seed.to_string();
        let extra = ["-i", &half, "--seed", &seed, "--jobs", "1"];
        start_checker(checker, out, FAILOVER, json, &extra)
    };
    let runs = [
        start(1, "pair-a.json")?,
        start(1 + schedules / 2, "pair-b.json")?,
    ];
    let mut sum = 0.0;
    for started in runs {
        sum += finish_checker(checker, started, "(one of a pair)")?.f(&["schedules_per_sec"]);
    }
    Ok(sum)
}

fn bug_rows(t: &mut Table, checker: &Path, out: &Path, s: &Sizes) -> Result<(), String> {
    eprintln!("bench: {NO_WAIT}, first bug for {} seeds", s.seeds);
    for (name, sch) in [("random", "random"), ("PCT", PCT)] {
        let mut schedules = Vec::new();
        let mut secs = Vec::new();
        let mut missed = 0;
        for seed in 1..=s.seeds {
            let r = run_checker(
                checker,
                out,
                NO_WAIT,
                &["-i", "10000", "--seed", &seed.to_string(), "--sch", sch],
            )?;
            match r.json["bug"]["schedule"].as_u64() {
                Some(k) => {
                    schedules.push((k + 1) as f64);
                    secs.push(r.f(&["elapsed_secs"]) * 1000.0);
                }
                None => missed += 1,
            }
        }
        let note = if missed == 0 {
            format!("median of {} seeds (goal <= 200)", s.seeds)
        } else {
            format!(
                "median of {} seeds; {missed} found none in 10,000",
                s.seeds - missed
            )
        };
        t.add_vs(
            "bug finding",
            format!("{NO_WAIT}, {name}: schedules to first bug"),
            median(schedules),
            "schedules",
            note,
        );
        t.add(
            "bug finding",
            format!("{NO_WAIT}, {name}: time to first bug"),
            median(secs),
            "ms",
        );
    }
    Ok(())
}

fn frontend_rows(t: &mut Table, root: &Path, s: &Sizes) -> Result<(), String> {
    use p_codegen::source::SourceMap;
    eprintln!("bench: front end");
    let text = p_codegen::synthetic::program(s.frontend_bytes);
    let mb = text.len() as f64 / 1e6;
    let mut sources = SourceMap::new();
    sources.add("synthetic.p", text);
    let (mut parse, mut analyze) = (Vec::new(), Vec::new());
    for _ in 0..s.repeats {
        let start = Instant::now();
        let (units, errors) = p_codegen::syntax::parse_all(&sources);
        parse.push(start.elapsed().as_secs_f64());
        if !errors.is_empty() {
            return Err("the synthetic P program does not parse".into());
        }
        let start = Instant::now();
        let model = p_codegen::sema::analyze(&sources, &units);
        analyze.push(start.elapsed().as_secs_f64());
        if model.is_err() {
            return Err("the synthetic P program has static errors".into());
        }
    }
    let (p, a) = (median(parse), median(analyze));
    t.add(
        "front end",
        format!("parse ({mb:.1} MB synthetic program)"),
        mb / p,
        "MB/s",
    );
    t.add("front end", "analysis (same program)", mb / a, "MB/s");
    t.add("front end", "parse + analysis", mb / (p + a), "MB/s");

    let mut gen_secs = Vec::new();
    let mut files = 0;
    for _ in 0..s.repeats {
        let start = Instant::now();
        files = crate::regen::generate_all(root)?.len();
        gen_secs.push(start.elapsed().as_secs_f64());
    }
    t.add_vs(
        "front end",
        "generate all of p-models/ (`cargo xtask gen`, in memory)",
        median(gen_secs),
        "s",
        format!("{files} files"),
    );
    Ok(())
}

/// Restores a file's text when dropped, so an interrupted bench leaves the
/// P sources as they were.
struct Restore {
    path: PathBuf,
    text: String,
}

impl Drop for Restore {
    fn drop(&mut self) {
        let _ = std::fs::write(&self.path, &self.text);
    }
}

/// The line the bench inserts.
const MARKER: &str = "// edited by cargo xtask bench\n";

/// Inserts a comment line at the top of `path`: every later line moves, so
/// the generated Rust (which cites P lines) really changes.
fn edit(path: &Path) -> Result<Restore, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let edited = format!("{MARKER}{text}");
    std::fs::write(path, edited).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(Restore {
        path: path.to_path_buf(),
        text,
    })
}

/// Removes the lines a bench killed mid-edit left at the top of `path`
/// (Ctrl-C ends the process without running `Restore`); whether it did.
fn undo_leftover_edit(path: &Path) -> Result<bool, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut clean = text.as_str();
    while let Some(rest) = clean.strip_prefix(MARKER) {
        clean = rest;
    }
    if clean.len() == text.len() {
        return Ok(false);
    }
    std::fs::write(path, clean).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(true)
}

fn timed<T>(f: impl FnOnce() -> Result<T, String>) -> Result<(T, Duration), String> {
    let start = Instant::now();
    let v = f()?;
    Ok((v, start.elapsed()))
}

fn build_rows(t: &mut Table, root: &Path, out: &Path) -> Result<(), String> {
    // Edit to check, on a copy of the model so the checked-in one is untouched.
    eprintln!("bench: one P edit -> cargo xtask check {FAILOVER} -i 10000");
    let copy = out.join("tps-edit");
    let _ = std::fs::remove_dir_all(&copy);
    copy_dir(&root.join(TPS), &copy)?;
    check::build(&copy, Build::EditLoop)
        .map_err(|_| "the copied TPS model did not build".to_owned())?;
    let queue = copy.join("PSrc/Queue.p");
    let _restore = edit(&queue)?;
    let (built, build_time) = timed(|| {
        check::build(&copy, Build::EditLoop)
            .map_err(|_| "the edited TPS model did not build".to_owned())
    })?;
    let (run, check_time) = timed(|| {
        run_checker(
            &built.binary,
            out,
            FAILOVER,
            &["-i", "10000", "--seed", "1"],
        )
    })?;
    let check_secs = run.f(&["elapsed_secs"]);
    let total = build_time + check_time;
    t.add_vs(
        "build",
        format!("edit one TPS file -> `cargo xtask check` {FAILOVER} -i 10000 done"),
        total.as_secs_f64(),
        "s",
        format!(
            "{:.1} x the check itself ({check_secs:.1} s); rebuild {:.1} s",
            ratio(total.as_secs_f64(), check_secs),
            build_time.as_secs_f64()
        ),
    );

    // The same kind of edit without incremental compilation: what the edit
    // loop would cost with the fastest checker build.
    let _again = edit(&queue)?;
    let (_, full) = timed(|| {
        check::build(&copy, Build::Fastest)
            .map_err(|_| "the edited TPS model did not build".to_owned())
    })?;
    t.add_vs(
        "build",
        "  the same rebuild without incremental compilation",
        full.as_secs_f64(),
        "s",
        format!(
            "{:.1} x the incremental rebuild",
            ratio(full.as_secs_f64(), build_time.as_secs_f64())
        ),
    );

    // Edit to rebuilt generated-tests, on the real model (restored after).
    eprintln!("bench: one P edit -> cargo xtask gen + rebuild generated-tests (debug)");
    let build_tests = || {
        cargo_build(
            root,
            &["--tests", "-p", "generated-tests"],
            "generated-tests",
        )
    };
    let regen = || -> Result<(), String> {
        let files = crate::regen::generate_all(root)?;
        crate::regen::write_all(&root.join(crate::regen::OUT), &files)
            .map(|_| ())
            .map_err(|e| e.to_string())
    };
    let real = root.join(TPS).join("PSrc/Queue.p");
    if undo_leftover_edit(&real)? {
        eprintln!(
            "bench: {} still had an earlier bench's edit (interrupted?); removed it",
            real.display()
        );
        regen()?;
    }
    build_tests()?;
    let (_, rebuild) = {
        let restore = edit(&real)?;
        let r = timed(|| {
            regen()?;
            build_tests()
        });
        drop(restore);
        r?
    };
    // Put the generated code back as it was.
    regen()?;
    t.add(
        "build",
        "edit one TPS file -> `cargo xtask gen` + generated-tests rebuilt (debug)",
        rebuild.as_secs_f64(),
        "s",
    );
    Ok(())
}

fn copy_dir(from: &Path, to: &Path) -> Result<(), String> {
    std::fs::create_dir_all(to).map_err(|e| format!("{}: {e}", to.display()))?;
    let entries = std::fs::read_dir(from).map_err(|e| format!("{}: {e}", from.display()))?;
    for entry in entries.flatten() {
        let path = entry.path();
        let dest = to.join(entry.file_name());
        if path.is_dir() {
            copy_dir(&path, &dest)?;
        } else {
            std::fs::copy(&path, &dest).map_err(|e| format!("{}: {e}", path.display()))?;
        }
    }
    Ok(())
}

/// The machine and commit the numbers belong to.
fn machine_line() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split(':').nth(1))
                .map(|m| m.trim().to_owned())
        })
        .unwrap_or_else(|| "unknown CPU".into());
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    let commit = Command::new("git")
        .args(["rev-parse", "--short", "HEAD"])
        .output()
        .ok()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
        .unwrap_or_default();
    format!("{cpu}, {cores} cores, commit {commit}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn median_of_odd_and_even_counts() {
        assert_eq!(median(vec![5.0, 1.0, 3.0]), 3.0);
        assert_eq!(median(vec![4.0, 1.0, 3.0, 2.0]), 2.5);
        assert!(median(Vec::new()).is_nan());
        assert_eq!(
            median_by(vec![(3, 9.0), (1, 1.0), (2, 4.0)], |x| x.1),
            (2, 4.0)
        );
        assert_eq!(median_by(vec![(1, 5.0)], |x| x.1), (1, 5.0));
    }

    #[test]
    fn large_numbers_get_separators_and_small_ones_decimals() {
        assert_eq!(show(3_141_592.6), "3,141,593");
        assert_eq!(show(123_456.0), "123,456");
        assert_eq!(show(512.4), "512");
        assert_eq!(show(42.25), "42.2");
        assert_eq!(show(0.314), "0.31");
    }

    #[test]
    fn an_edit_is_undone_when_its_guard_drops() {
        let dir = std::env::temp_dir().join(format!("xtask-bench-edit-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("a.p");
        std::fs::write(&file, "event e;\n").unwrap();
        {
            let _guard = edit(&file).unwrap();
            let edited = std::fs::read_to_string(&file).unwrap();
            assert!(edited.starts_with(MARKER));
            assert!(edited.ends_with("event e;\n"));
        }
        assert_eq!(std::fs::read_to_string(&file).unwrap(), "event e;\n");
        // An edit left behind (twice) by killed runs is found and undone.
        std::fs::write(&file, format!("{MARKER}{MARKER}event e;\n")).unwrap();
        assert!(undo_leftover_edit(&file).unwrap());
        assert_eq!(std::fs::read_to_string(&file).unwrap(), "event e;\n");
        assert!(!undo_leftover_edit(&file).unwrap());
        let _ = std::fs::remove_dir_all(&dir);
    }
}
