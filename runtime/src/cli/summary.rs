//! The end of a run, twice: as console text modelled on P's checker, and as
//! the JSON summary of `--json` (schema in the [`cli`](super) docs). Both
//! read the same [`Summary`], so they cannot disagree.

use super::artifacts::BugFiles;
use crate::checker::CheckReport;
use serde::Serialize;
use std::fmt::Write;
use std::path::Path;

/// Everything the end of a run reports.
pub(crate) struct Summary<'a> {
    /// The checker's report (for a replay, one schedule's worth).
    pub report: &'a CheckReport,
    /// `--shard I/N`, 1-based.
    pub shard: Option<(u64, u64)>,
    /// The run stopped at `--timeout`.
    pub timed_out: bool,
    /// The bug's files and commands, when a bug was found.
    pub files: Option<&'a BugFiles>,
    /// The schedule file, for a `--replay` run.
    pub replayed: Option<&'a Path>,
}

impl Summary<'_> {
    fn secs(&self) -> f64 {
        self.report.elapsed.as_secs_f64()
    }

    fn per_sec(&self) -> f64 {
        match self.secs() {
            s if s > 0.0 => self.report.schedules as f64 / s,
            _ => 0.0,
        }
    }

    /// The verdict, statistics and bug section, as printed.
    pub fn console(&self) -> String {
        let r = self.report;
        let mut o = String::new();
        if self.timed_out {
            o.push_str("... Checker timed out.\n");
        }
        match &r.bug {
            Some(found) => {
                o.push_str("... Checker found a bug.\n");
                let _ = writeln!(o, "..... {}", found.bug.message);
            }
            None => o.push_str("... Checker found no bugs.\n"),
        }
        o.push_str("... Checking statistics:\n");
        let _ = writeln!(o, "..... Test: {}", r.test);
        let _ = writeln!(o, "..... Scheduler: {}", r.scheduler);
        let _ = writeln!(o, "..... Seed: {}", r.seed);
        if let Some((i, n)) = self.shard {
            let _ = writeln!(o, "..... Shard: {i}/{n}");
        }
        let _ = writeln!(o, "..... Schedules explored: {}", r.schedules);
        if r.bugs > 1 {
            let _ = writeln!(o, "..... Schedules with a bug: {}", r.bugs);
        }
        let _ = writeln!(o, "..... Schedules cut by the step bound: {}", r.cut);
        let (min, median, max) = r.steps;
        let _ = writeln!(
            o,
            "..... Steps per schedule: {min} (min), {median} (median), {max} (max)"
        );
        let _ = writeln!(
            o,
            "..... Elapsed: {:.3} sec, {:.0} schedules/sec",
            self.secs(),
            self.per_sec()
        );
        let (Some(found), Some(files)) = (&r.bug, self.files) else {
            return o;
        };
        o.push_str("... Bug:\n");
        let _ = writeln!(o, "..... Kind: {}", found.bug.kind.name());
        if let Some(loc) = &found.bug.loc {
            let _ = writeln!(o, "..... Location: {loc}");
        }
        if let Some(m) = &found.bug.machine {
            let _ = writeln!(o, "..... Machine: {m}");
        }
        match self.replayed {
            Some(file) => {
                let _ = writeln!(o, "..... Replayed: {}", file.display());
            }
            None => {
                let _ = writeln!(
                    o,
                    "..... Schedule: #{}, seed {}",
                    found.schedule, found.seed
                );
            }
        }
        o.push_str("... Emitting traces:\n");
        let mut written = vec![&files.txt, &files.json];
        if self.replayed.is_none() {
            written.push(&files.schedule);
        }
        for path in written {
            let _ = writeln!(o, "..... Writing {}", path.display());
        }
        let _ = writeln!(
            o,
            "... Replay the bug with:\n      {}",
            files.replay_command
        );
        if let Some(cmd) = &files.seed_command {
            let _ = writeln!(o, "... Or run it again from its seed with:\n      {cmd}");
        }
        o
    }

    /// The `--json` summary; `ran` adds the schedule numbers that ran.
    pub fn json(&self, ran: bool) -> JsonSummary<'_> {
        let r = self.report;
        let path = |p: &Path| p.to_string_lossy().into_owned();
        let bug = match (&r.bug, self.files) {
            (Some(found), Some(files)) => Some(JsonBug {
                kind: found.bug.kind.name(),
                message: &found.bug.message,
                loc: found.bug.loc.as_deref(),
                machine: found.bug.machine.as_deref(),
                schedule: self.replayed.is_none().then_some(found.schedule),
                seed: found.seed,
                trace_file: path(&files.txt),
                trace_json_file: path(&files.json),
                schedule_file: path(&files.schedule),
                replay_command: &files.replay_command,
                seed_command: files.seed_command.as_deref(),
            }),
            _ => None,
        };
        JsonSummary {
            test: &r.test,
            scheduler: &r.scheduler,
            seed: r.seed,
            shard: self.shard.map(|(i, n)| format!("{i}/{n}")),
            replay: self.replayed.map(path),
            schedules: r.schedules,
            cut: r.cut,
            steps: JsonSteps {
                min: r.steps.0,
                median: r.steps.1,
                max: r.steps.2,
                total: r.total_steps,
            },
            elapsed_secs: self.secs(),
            schedules_per_sec: self.per_sec(),
            timed_out: self.timed_out,
            peak_rss_bytes: peak_rss_bytes(),
            bug,
            ran: ran.then_some(&r.ran),
        }
    }
}

/// The `--json` summary, fields in the documented order.
#[derive(Serialize)]
pub(crate) struct JsonSummary<'a> {
    test: &'a str,
    scheduler: &'a str,
    seed: u64,
    shard: Option<String>,
    replay: Option<String>,
    schedules: u64,
    cut: u64,
    steps: JsonSteps,
    elapsed_secs: f64,
    schedules_per_sec: f64,
    timed_out: bool,
    peak_rss_bytes: Option<u64>,
    bug: Option<JsonBug<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    ran: Option<&'a [u64]>,
}

#[derive(Serialize)]
struct JsonSteps {
    min: u64,
    median: u64,
    max: u64,
    total: u64,
}

#[derive(Serialize)]
struct JsonBug<'a> {
    kind: &'a str,
    message: &'a str,
    loc: Option<&'a str>,
    machine: Option<&'a str>,
    schedule: Option<u64>,
    seed: u64,
    trace_file: String,
    trace_json_file: String,
    schedule_file: String,
    replay_command: &'a str,
    seed_command: Option<&'a str>,
}

/// The process's peak resident memory (Linux `VmHWM`; `None` elsewhere), so
/// benchmarks can report memory per worker without an external tool.
fn peak_rss_bytes() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line["VmHWM:".len()..]
        .trim()
        .strip_suffix("kB")?
        .trim()
        .parse()
        .ok()?;
    Some(kb * 1024)
}
