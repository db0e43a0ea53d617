//! `--replay FILE`: runs exactly the schedule a schedule file records, once,
//! with its trace. The file says which test, scheduler, seed and step bound;
//! the scheduling options of the command line are ignored, as in P.

use super::artifacts::{self, BugFiles, FAIL_ON_MAX_STEPS_HEADER, TEMPERATURE_HEADER};
use super::summary::Summary;
use super::{Args, Program, fail, finish, select};
use crate::checker::{CheckConfig, CheckReport, FoundBug, replay_exactly};
use crate::event::Event;
use crate::executor::TestCase;
use crate::strategy::{ScheduleFile, StrategyKind};
use crate::world::RunConfig;
use std::io::Write;
use std::path::Path;
use std::time::Instant;

/// Replays `path`; exit 3 if the file cannot be read or does not reproduce.
pub(crate) fn run<E: Event>(
    program: &Program<E>,
    args: &Args,
    argv0: &str,
    path: &Path,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    let start = Instant::now();
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => return fail(err, &format!("cannot read {}: {e}", path.display())),
    };
    let file = match ScheduleFile::parse(&text) {
        Ok(f) => f,
        Err(e) => return fail(err, &format!("{}: {e}", path.display())),
    };
    let test = match test_of(program.tests, args, &file) {
        Ok(t) => t,
        Err(e) => return fail(err, &format!("{}: {e}", path.display())),
    };
    let strategy = match file.scheduler.as_str() {
        "" => args.sch.clone(),
        s => match StrategyKind::parse(s) {
            Ok(k) => k,
            Err(e) => return fail(err, &format!("{}: {e}", path.display())),
        },
    };
    // Settings the file records win over the command line's.
    let temperature = artifacts::header(&text, TEMPERATURE_HEADER)
        .and_then(|t| t.parse().ok())
        .unwrap_or(args.temperature.unwrap_or(file.max_steps.saturating_mul(5)));
    let fail_on_max_steps = artifacts::header(&text, FAIL_ON_MAX_STEPS_HEADER)
        .map_or(args.fail_on_max_steps, |v| v == "true");
    let cfg = CheckConfig {
        strategy,
        seed: file.seed,
        run: RunConfig {
            coverage: false,
            max_steps: file.max_steps,
            fail_on_max_steps,
            temperature,
            trace: true,
        },
        ..CheckConfig::default()
    };
    let _ = writeln!(out, ".. Test case :: {}", test.name);
    let _ = writeln!(
        out,
        "... Checker is replaying '{}' ('{}' strategy, seed:{}).",
        path.display(),
        cfg.strategy.name(),
        file.seed
    );
    let (trace, diverged) = replay_exactly(test, &cfg, file.seed, file.decisions.clone());
    if let Some(why) = diverged {
        return fail(err, &format!("{}: {why}", path.display()));
    }
    let stem = path.file_stem().map_or_else(
        || test.name.to_owned(),
        |s| s.to_string_lossy().into_owned(),
    );
    let dir = args.outdir.join(test.name);
    let (txt, json) = match artifacts::write_trace(&dir, &format!("{stem}_replay"), &trace) {
        Ok(paths) => paths,
        Err(e) => return fail(err, &format!("cannot write the replay's traces: {e}")),
    };
    if args.verbose {
        let _ = write!(out, "{}", trace.to_text());
    }
    let prefix = artifacts::command_prefix(argv0);
    let files = BugFiles {
        txt,
        json,
        schedule: path.to_owned(),
        replay_command: artifacts::replay_command(&prefix, test.name, path, &args.outdir),
        seed_command: None,
    };
    let steps = trace.steps;
    let steps_bug = trace.bug.is_some();
    let report = CheckReport {
        test: test.name.to_owned(),
        scheduler: cfg.strategy.name(),
        seed: file.seed,
        schedules: 1,
        cut: u64::from(steps >= file.max_steps),
        steps: (steps, steps, steps),
        total_steps: steps,
        bug: trace.bug.clone().map(|bug| FoundBug {
            schedule: 0,
            seed: file.seed,
            bug,
            trace,
            schedule_file: file,
        }),
        elapsed: start.elapsed(),
        ran: vec![0],
        coverage: None,
        bugs: u64::from(steps_bug),
    };
    let summary = Summary {
        report: &report,
        shard: None,
        timed_out: false,
        files: Some(&files),
        replayed: Some(path),
    };
    finish(&summary, args, out, err)
}

/// The test to replay: `--testcase` if given (it must be the file's), else
/// the file's.
fn test_of<'p, E: Event>(
    tests: &'p [TestCase<E>],
    args: &Args,
    file: &ScheduleFile,
) -> Result<&'p TestCase<E>, String> {
    match (args.testcase.as_deref(), file.test.as_str()) {
        (name, "") => select(tests, name),
        (None, recorded) => tests
            .iter()
            .find(|t| t.name == recorded)
            .ok_or_else(|| format!("the program has no test case `{recorded}`")),
        (Some(name), recorded) => match select(tests, Some(name))? {
            t if t.name == recorded => Ok(t),
            t => Err(format!(
                "the schedule is of test `{recorded}`, not `{}`",
                t.name
            )),
        },
    }
}
