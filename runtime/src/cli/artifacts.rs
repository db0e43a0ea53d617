//! What a bug leaves behind: the trace files, the schedule file, and the
//! commands that reproduce it.

use super::args::{Args, DEFAULT_MAX_STEPS, DEFAULT_OUTDIR};
use crate::checker::FoundBug;
use crate::strategy::StrategyKind;
use crate::trace::Trace;
use std::io;
use std::path::{Path, PathBuf};

/// The environment variable whose value, when set, replaces this binary's
/// path at the head of printed commands (the xtask wrapper sets it to e.g.
/// `cargo xtask check p-models/tps`).
pub(crate) const COMMAND_VAR: &str = "P_CHECK_COMMAND";

/// Where a bug was written and how to reproduce it.
#[derive(Debug)]
pub(crate) struct BugFiles {
    /// The readable trace.
    pub txt: PathBuf,
    /// The JSON trace.
    pub json: PathBuf,
    /// The schedule file.
    pub schedule: PathBuf,
    /// Replays the schedule file.
    pub replay_command: String,
    /// Re-runs the schedule from seeds, when that reproduces it.
    pub seed_command: Option<String>,
}

/// Settings a schedule needs to replay that [`ScheduleFile`] does not keep;
/// written as extra header lines, which its parser skips.
///
/// [`ScheduleFile`]: crate::strategy::ScheduleFile
pub(crate) const TEMPERATURE_HEADER: &str = "--liveness-temperature-threshold:";
/// See [`TEMPERATURE_HEADER`].
pub(crate) const FAIL_ON_MAX_STEPS_HEADER: &str = "--fail-on-maxsteps:";

/// The value of header `key` in a schedule file's text, if present.
pub(crate) fn header<'t>(text: &'t str, key: &str) -> Option<&'t str> {
    text.lines().find_map(|l| l.trim().strip_prefix(key))
}

/// Writes the trace (text and JSON) to `<dir>/<base>.txt` and `.trace.json`.
pub(crate) fn write_trace(dir: &Path, base: &str, trace: &Trace) -> io::Result<(PathBuf, PathBuf)> {
    std::fs::create_dir_all(dir)?;
    let txt = dir.join(format!("{base}.txt"));
    let json = dir.join(format!("{base}.trace.json"));
    std::fs::write(&txt, trace.to_text())?;
    std::fs::write(&json, trace.to_json())?;
    Ok((txt, json))
}

/// Writes a found bug's files under `<outdir>/<test>/` as `<test>_<k>.*`.
pub(crate) fn write_bug(
    args: &Args,
    argv0: &str,
    run_seed: u64,
    found: &FoundBug,
) -> io::Result<BugFiles> {
    let test = &found.schedule_file.test;
    let dir = args.outdir.join(test);
    let base = format!("{test}_{}", found.schedule);
    let (txt, json) = write_trace(&dir, &base, &found.trace)?;
    let schedule = dir.join(format!("{base}.schedule"));
    let mut text = format!("{TEMPERATURE_HEADER}{}\n", args.temperature());
    if args.fail_on_max_steps {
        text.push_str(FAIL_ON_MAX_STEPS_HEADER);
        text.push_str("true\n");
    }
    text.push_str(&found.schedule_file.to_text());
    std::fs::write(&schedule, text)?;
    let prefix = command_prefix(argv0);
    let replay_command = replay_command(&prefix, test, &schedule, &args.outdir);
    let seed_command = seed_command(&prefix, args, run_seed, found);
    Ok(BugFiles {
        txt,
        json,
        schedule,
        replay_command,
        seed_command,
    })
}

/// `P_CHECK_COMMAND` if set, else this binary as it was invoked.
pub(crate) fn command_prefix(argv0: &str) -> String {
    match std::env::var(COMMAND_VAR) {
        Ok(c) if !c.trim().is_empty() => c.trim().to_owned(),
        _ => quote(argv0),
    }
}

/// The command that replays `schedule`.
pub(crate) fn replay_command(prefix: &str, test: &str, schedule: &Path, outdir: &Path) -> String {
    let mut cmd = format!(
        "{prefix} --testcase {} --replay {}",
        quote(test),
        quote(&schedule.to_string_lossy())
    );
    if outdir != Path::new(DEFAULT_OUTDIR) {
        cmd.push_str(&format!(" --outdir {}", quote(&outdir.to_string_lossy())));
    }
    cmd
}

/// The command that re-runs the buggy schedule from seeds. A random
/// schedule depends on its own seed only; PCT's change points depend on the
/// schedules its worker ran before, so the run is repeated up to the bug.
fn seed_command(prefix: &str, args: &Args, run_seed: u64, found: &FoundBug) -> Option<String> {
    let test = quote(&found.schedule_file.test);
    let mut cmd = match args.sch {
        StrategyKind::Random => format!(
            "{prefix} --testcase {test} --seed {} -i 1 --sch random",
            found.seed
        ),
        ref pct => {
            let mut cmd = format!(
                "{prefix} --testcase {test} --seed {run_seed} -i {} --sch {}",
                found.schedule + 1,
                pct.name()
            );
            if args.jobs > 1 {
                cmd.push_str(&format!(" --jobs {}", args.jobs));
            }
            if let Some((i, n)) = args.shard {
                cmd.push_str(&format!(" --shard {i}/{n}"));
            }
            cmd
        }
    };
    if args.max_steps != DEFAULT_MAX_STEPS {
        cmd.push_str(&format!(" --max-steps {}", args.max_steps));
    }
    if args.fail_on_max_steps {
        cmd.push_str(" --fail-on-maxsteps");
    }
    if let Some(t) = args.temperature {
        cmd.push_str(&format!(" --liveness-temperature-threshold {t}"));
    }
    // A timeout may have stopped other PCT workers before schedules below
    // the bug's, which a rerun without it would explore.
    let repeatable = args.timeout.is_none() || args.jobs == 1;
    (repeatable || matches!(args.sch, StrategyKind::Random)).then_some(cmd)
}

/// `s` quoted for a POSIX shell when it needs to be.
pub(crate) fn quote(s: &str) -> String {
    let plain = |c: char| c.is_ascii_alphanumeric() || "_./:=@%+,-".contains(c);
    if !s.is_empty() && s.chars().all(plain) {
        s.to_owned()
    } else {
        format!("'{}'", s.replace('\'', r"'\''"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_only_when_needed() {
        assert_eq!(quote("target/debug/x"), "target/debug/x");
        assert_eq!(quote("a b"), "'a b'");
        assert_eq!(quote("it's"), r"'it'\''s'");
        assert_eq!(quote(""), "''");
    }

    #[test]
    fn reads_extra_headers() {
        let text = "--liveness-temperature-threshold:7\n--seed:3\n(1)\n";
        assert_eq!(header(text, TEMPERATURE_HEADER), Some("7"));
        assert_eq!(header(text, FAIL_ON_MAX_STEPS_HEADER), None);
    }
}
