//! The checker's command line: the `main` of every compiled P project, like
//! P's `p check`.
//!
//! ```text
//! pingpong [--testcase NAME] [-i N] [--seed S] [--sch random|pct[:D]|fair[:D]]
//!          [--max-steps K] [--fail-on-maxsteps] [--liveness-temperature-threshold T]
//!          [--jobs J] [--timeout SECS] [--shard I/N] [-o DIR] [-v] [--quiet]
//!          [--json FILE] [--replay FILE] [--list-tests]
//! ```
//!
//! The verdict and statistics go to standard output, progress and errors to
//! standard error. A bug's readable trace, JSON trace and schedule file are
//! written to `<outdir>/<test>/<test>_<k>.{txt,trace.json,schedule}` (`k` is
//! the schedule's number), and the commands that reproduce it are printed
//! (prefixed by `$P_CHECK_COMMAND` when set).
//!
//! Exit status: 0 no bug, 1 bug found, 3 anything else (2 is left to the
//! compiler's static errors).
//!
//! `--json FILE` writes: `{"test", "scheduler", "seed", "shard": "I/N" |
//! null, "replay": schedule file | null, "schedules", "cut", "steps": {"min",
//! "median", "max", "total"}, "elapsed_secs", "schedules_per_sec",
//! "timed_out", "peak_rss_bytes" (the process's peak resident memory;
//! Linux only, null elsewhere), "bug": null | {"kind", "message", "loc",
//! "machine", "schedule" (null for a replay), "seed", "trace_file", "trace_json_file",
//! "schedule_file", "replay_command", "seed_command" (null when seeds alone
//! cannot reproduce it)}}`.

mod args;
mod artifacts;
mod progress;
mod replay;
mod summary;

use crate::checker::{CheckConfig, Progress, check};
use crate::event::Event;
use crate::executor::TestCase;
use crate::world::RunConfig;
use args::Args;
use progress::Display;
use std::io::{IsTerminal, Write};
use std::sync::Arc;
use std::time::Duration;
use summary::Summary;

/// Schedules `--minimize` tries in search of a shorter one with the same bug.
const MINIMIZE_ATTEMPTS: u64 = 1_000;

/// Exit status: no bug found.
pub const EXIT_OK: i32 = 0;
/// Exit status: a bug was found.
pub const EXIT_BUG: i32 = 1;
/// Exit status: the check could not run (usage, unknown test, bad replay, I/O).
pub const EXIT_ERROR: i32 = 3;

/// A compiled P program: what its checker binary can run.
pub struct Program<E: Event> {
    /// The project's name.
    pub name: &'static str,
    /// Its test cases; a program without test declarations has one,
    /// `DefaultImpl`.
    pub tests: &'static [TestCase<E>],
}

/// Runs the command line of the process and exits with its status.
pub fn main<E: Event>(program: &Program<E>) -> ! {
    let args: Vec<String> = std::env::args_os()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let tty = std::io::stderr().is_terminal();
    let mut out = std::io::stdout().lock();
    // A panic in machine code has already printed its message; it is not a
    // bug P would report, so it exits like any other failure to check.
    let code = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        run_with(program, &args, &mut out, &mut std::io::stderr(), tty)
    }))
    .unwrap_or(EXIT_ERROR);
    let _ = out.flush();
    std::process::exit(code)
}

/// Runs a command line (`args[0]` is the program's path, as in
/// `std::env::args`) and returns the exit status. Progress, if shown, is
/// written to `err` as plain lines.
pub fn run<E: Event>(
    program: &Program<E>,
    args: &[String],
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    run_with(program, args, out, err, false)
}

fn run_with<E: Event>(
    program: &Program<E>,
    argv: &[String],
    out: &mut dyn Write,
    err: &mut dyn Write,
    tty: bool,
) -> i32 {
    let args = match Args::parse(program.name, argv) {
        Ok(a) => a,
        Err(e) => {
            use clap::error::ErrorKind::{DisplayHelp, DisplayVersion};
            let text = e.render().to_string();
            if matches!(e.kind(), DisplayHelp | DisplayVersion) {
                let _ = write!(out, "{text}");
                return EXIT_OK;
            }
            let _ = write!(err, "{text}");
            if !text.contains("Usage:") {
                let _ = writeln!(err, "\n{}", Args::usage(program.name));
            }
            return EXIT_ERROR;
        }
    };
    if args.list_tests {
        for t in program.tests {
            let _ = writeln!(out, "{}", t.name);
        }
        return EXIT_OK;
    }
    let argv0 = argv.first().map_or(program.name, String::as_str);
    if let Some(file) = &args.replay {
        return replay::run(program, &args, argv0, file, out, err);
    }
    let test = match select(program.tests, args.testcase.as_deref()) {
        Ok(t) => t,
        Err(e) => return fail(err, &e),
    };
    let display = match (args.quiet, tty) {
        (true, _) => Display::Off,
        (false, true) => Display::Bar,
        (false, false) => Display::Plain,
    };
    run_check(test, &args, argv0, display, out, err)
}

/// Prints `message` as an error and returns [`EXIT_ERROR`].
fn fail(err: &mut dyn Write, message: &str) -> i32 {
    let _ = writeln!(err, "error: {message}");
    EXIT_ERROR
}

/// The test named `name` exactly, else the only one starting with it; with
/// no name, the only test.
fn select<'p, E: Event>(
    tests: &'p [TestCase<E>],
    name: Option<&str>,
) -> Result<&'p TestCase<E>, String> {
    let list = |ts: &mut dyn Iterator<Item = &TestCase<E>>| {
        ts.map(|t| format!("\n  {}", t.name)).collect::<String>()
    };
    let Some(name) = name else {
        return match tests {
            [] => Err("the program has no test case to check".into()),
            [t] => Ok(t),
            _ => Err(format!(
                "the program has {} test cases; pick one with --testcase:{}",
                tests.len(),
                list(&mut tests.iter())
            )),
        };
    };
    if let Some(t) = tests.iter().find(|t| t.name == name) {
        return Ok(t);
    }
    let starts = || tests.iter().filter(|t| t.name.starts_with(name));
    match starts().count() {
        1 => Ok(starts().next().expect("one match")),
        0 => Err(format!(
            "no test case is named or starts with `{name}`; the test cases are:{}",
            list(&mut tests.iter())
        )),
        n => Err(format!(
            "`{name}` is ambiguous: {n} test cases start with it:{}",
            list(&mut starts())
        )),
    }
}

/// The per-schedule settings the options ask for.
fn run_config(args: &Args) -> RunConfig {
    RunConfig {
        max_steps: args.step_bound(),
        fail_on_max_steps: args.fail_on_max_steps,
        temperature: args.temperature(),
        trace: false,
        coverage: args.coverage,
    }
}

/// A seed from the clock, small enough to type back in.
fn clock_seed() -> u64 {
    let t = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    (t.as_secs() ^ u64::from(t.subsec_nanos()).rotate_left(17)) & 0xFFFF_FFFF
}

fn run_check<E: Event>(
    test: &TestCase<E>,
    args: &Args,
    argv0: &str,
    display: Display,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    let seed = args.seed.unwrap_or_else(clock_seed);
    // As in P, a timeout without a schedule count bounds the run by time only.
    let schedules = args
        .schedules
        .unwrap_or(if args.timeout.is_some() { u64::MAX } else { 1 });
    let counters = Arc::new(Progress::default());
    let cfg = CheckConfig {
        strategy: args.sch.clone(),
        schedules,
        seed,
        run: run_config(args),
        jobs: usize::try_from(args.jobs).unwrap_or(usize::MAX),
        timeout: args.timeout.map(Duration::from_secs_f64),
        shard: args.shard.map(|(i, n)| (i - 1, n)),
        progress: Some(counters.clone()),
        explore: args.explore,
    };
    let _ = writeln!(out, ".. Test case :: {}", test.name);
    let _ = writeln!(
        out,
        "... Checker is using '{}' strategy (seed:{seed}).",
        cfg.strategy.name()
    );
    let _ = out.flush();
    let total = (schedules != u64::MAX).then(|| match cfg.shard {
        Some((i, n)) => schedules.saturating_sub(i).div_ceil(n),
        None => schedules,
    });
    let after = Duration::from_millis(args.progress_after_ms);
    let mut report = progress::watch(display, after, &counters, total, err, || check(test, &cfg));
    if args.minimize {
        let shorter = report
            .bug
            .as_ref()
            .and_then(|found| crate::checker::minimize(test, &cfg, found, MINIMIZE_ATTEMPTS));
        if let (Some(short), Some(found)) = (shorter, &report.bug) {
            let _ = writeln!(
                out,
                "... Minimized the buggy schedule: {} -> {} steps (same bug, another seed).",
                found.trace.steps, short.trace.steps
            );
            report.bug = Some(short);
        }
    }
    let timed_out = report.bug.is_none() && cfg.timeout.is_some_and(|t| report.elapsed >= t);
    let files = match &report.bug {
        Some(found) => match artifacts::write_bug(args, argv0, seed, found) {
            Ok(files) => Some(files),
            Err(e) => return fail(err, &format!("cannot write the bug's traces: {e}")),
        },
        None => None,
    };
    if let (true, Some(found)) = (args.verbose, &report.bug) {
        let _ = write!(out, "{}", found.trace.to_text());
    }
    let summary = Summary {
        report: &report,
        shard: args.shard,
        timed_out,
        files: files.as_ref(),
        replayed: None,
    };
    finish(&summary, args, out, err)
}

/// Prints the summary, writes `--json`, and returns the exit status.
fn finish(summary: &Summary<'_>, args: &Args, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let _ = write!(out, "{}", summary.console());
    let _ = out.flush();
    if let Some(path) = &args.json {
        let text = serde_json::to_string_pretty(&summary.json(args.json_ran))
            .expect("a summary always serializes");
        if let Err(e) = std::fs::write(path, text + "\n") {
            return fail(err, &format!("cannot write {}: {e}", path.display()));
        }
    }
    if let Some(cov) = &summary.report.coverage {
        let dir = args.outdir.join(&summary.report.test);
        let base = dir.join(format!("{}.coverage", summary.report.test));
        let json = serde_json::to_string_pretty(cov).expect("coverage always serializes");
        let written = std::fs::create_dir_all(&dir)
            .and_then(|()| std::fs::write(base.with_extension("coverage.txt"), cov.to_text()))
            .and_then(|()| std::fs::write(base.with_extension("coverage.json"), json + "\n"));
        match written {
            Ok(()) => {
                let _ = writeln!(
                    out,
                    "... Coverage:\n..... Writing {}\n..... Writing {}",
                    base.with_extension("coverage.txt").display(),
                    base.with_extension("coverage.json").display()
                );
            }
            Err(e) => return fail(err, &format!("cannot write {}: {e}", dir.display())),
        }
    }
    if summary.report.bug.is_some() {
        EXIT_BUG
    } else {
        EXIT_OK
    }
}
