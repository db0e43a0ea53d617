//! The command line, modelled on P's `p check` options.

use crate::strategy::StrategyKind;
use clap::{ArgAction, CommandFactory, FromArgMatches, Parser};
use std::path::PathBuf;

/// Default step bound, as P's unfair bound.
pub(crate) const DEFAULT_MAX_STEPS: u64 = 10_000;
/// Default output root, as P's.
pub(crate) const DEFAULT_OUTDIR: &str = "PCheckerOutput";
/// Progress is shown only for runs longer than this, so quick runs stay quiet.
const DEFAULT_PROGRESS_AFTER_MS: u64 = 1_000;

/// Checks a P program by systematic testing, like `p check`.
///
/// Exit status: 0 no bug found, 1 bug found, 3 anything else (bad usage,
/// unknown test, unreadable or divergent replay file, output not written).
#[derive(Parser, Debug)]
#[command(disable_version_flag = true)]
pub(crate) struct Args {
    /// Test case to check: its exact name, or the unique test starting with it.
    #[arg(short = 't', long = "testcase", value_name = "NAME")]
    pub testcase: Option<String>,

    /// Print the test cases, one per line, and exit.
    #[arg(long)]
    pub list_tests: bool,

    /// Schedules to explore [default: 1, or unbounded with --timeout].
    #[arg(
        short = 'i',
        long = "schedules",
        visible_short_alias = 's',
        value_name = "N"
    )]
    pub schedules: Option<u64>,

    /// Seed of the run (schedule k uses seed+k) [default: from the clock].
    #[arg(long, value_name = "S")]
    pub seed: Option<u64>,

    /// Step bound of one schedule (scheduling decisions and choices) under
    /// an unfair scheduler (pct); fair ones (random, fair) get 10 x K, as
    /// in P's checker, so that a livelock meets the temperature check first.
    #[arg(long = "max-steps", value_name = "K", default_value_t = DEFAULT_MAX_STEPS,
          value_parser = clap::value_parser!(u64).range(1..))]
    pub max_steps: u64,

    /// Report reaching the step bound as a bug.
    #[arg(long = "fail-on-maxsteps")]
    pub fail_on_max_steps: bool,

    /// Scheduler: random, pct[:D] or fair[:D] (PCT then random).
    #[arg(long = "sch", value_name = "STRATEGY", default_value = "random",
          value_parser = StrategyKind::parse)]
    pub sch: StrategyKind,

    /// Steps a monitor may stay hot under a fair scheduler before it is a
    /// liveness bug; 0 disables [default: half the fair step bound, 5 x max-steps].
    #[arg(long = "liveness-temperature-threshold", value_name = "T")]
    pub temperature: Option<u64>,

    /// Replay one schedule file exactly, with its trace (scheduling options
    /// are ignored).
    #[arg(short = 'r', long, value_name = "FILE")]
    pub replay: Option<PathBuf>,

    /// Worker threads.
    #[arg(short = 'j', long, value_name = "J", default_value_t = 1,
          value_parser = clap::value_parser!(u64).range(1..))]
    pub jobs: u64,

    /// Stop after this many seconds.
    #[arg(long, value_name = "SECS", value_parser = parse_secs)]
    pub timeout: Option<f64>,

    /// Run only shard I of N (1-based): the schedules k with k % N == I-1.
    #[arg(long, value_name = "I/N", value_parser = parse_shard)]
    pub shard: Option<(u64, u64)>,

    /// Output directory; bug traces go to <DIR>/<test>/.
    #[arg(short = 'o', long, value_name = "DIR", default_value = DEFAULT_OUTDIR)]
    pub outdir: PathBuf,

    /// Also print the buggy schedule's trace to standard output.
    #[arg(short = 'v', long)]
    pub verbose: bool,

    /// Show no progress.
    #[arg(short = 'q', long)]
    pub quiet: bool,

    /// Count the states entered and handlers run of every machine and the
    /// states of every monitor; write them next to the traces.
    #[arg(long)]
    pub coverage: bool,

    /// Before printing a bug, look for a shorter schedule with the same bug
    /// (same kind and place) and report that one.
    #[arg(long)]
    pub minimize: bool,

    /// Keep exploring after a bug: run every schedule, count the buggy
    /// ones, report the first.
    #[arg(long)]
    pub explore: bool,

    /// Write the run's summary as JSON to FILE.
    #[arg(long, value_name = "FILE")]
    pub json: Option<PathBuf>,

    /// Show progress only once the run has lasted this long (for tests).
    #[arg(long, hide = true, value_name = "MS", default_value_t = DEFAULT_PROGRESS_AFTER_MS)]
    pub progress_after_ms: u64,

    /// List the schedule numbers that ran in the JSON summary (for tests).
    #[arg(long, hide = true, action = ArgAction::SetTrue)]
    pub json_ran: bool,
}

impl Args {
    /// Parses `args` (program name first). P's `-tc` is accepted for
    /// `--testcase`: clap would read it as `-t c`.
    pub fn parse(name: &'static str, args: &[String]) -> Result<Args, clap::Error> {
        let args = args
            .iter()
            .map(|a| if a == "-tc" { "--testcase" } else { a.as_str() });
        let matches = Args::command().name(name).try_get_matches_from(args)?;
        Args::from_arg_matches(&matches)
    }

    /// The usage line, for errors clap prints without it (bad values).
    pub fn usage(name: &'static str) -> String {
        Args::command().name(name).render_usage().to_string()
    }

    /// The liveness temperature threshold: P's default is half its fair step
    /// bound, which is ten times the unfair one.
    pub fn temperature(&self) -> u64 {
        self.temperature.unwrap_or(self.max_steps.saturating_mul(5))
    }

    /// The step bound of one schedule: K for unfair schedulers, 10 x K for
    /// fair ones (P's unfair and fair bounds).
    pub fn step_bound(&self) -> u64 {
        if self.sch.is_fair() {
            self.max_steps.saturating_mul(10)
        } else {
            self.max_steps
        }
    }
}

fn parse_shard(s: &str) -> Result<(u64, u64), String> {
    let bad = || format!("expected I/N with 1 <= I <= N, got `{s}`");
    let (i, n) = s.split_once('/').ok_or_else(bad)?;
    let (i, n): (u64, u64) = (i.parse().map_err(|_| bad())?, n.parse().map_err(|_| bad())?);
    if i == 0 || i > n {
        return Err(bad());
    }
    Ok((i, n))
}

fn parse_secs(s: &str) -> Result<f64, String> {
    match s.parse::<f64>() {
        Ok(t) if t.is_finite() && t > 0.0 => Ok(t),
        _ => Err(format!("expected a positive number of seconds, got `{s}`")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(line: &str) -> Result<Args, clap::Error> {
        let args: Vec<String> = line.split_whitespace().map(str::to_owned).collect();
        Args::parse("prog", &args)
    }

    #[test]
    fn defaults_are_ps() {
        let a = parse("prog").unwrap();
        assert_eq!(a.schedules, None);
        assert_eq!(a.max_steps, 10_000);
        assert_eq!(a.sch, StrategyKind::Random);
        assert_eq!(a.temperature(), 50_000);
        // P's bounds: the fair one (random) is ten times the unfair one.
        assert_eq!(a.step_bound(), 100_000);
        assert_eq!(a.outdir, PathBuf::from("PCheckerOutput"));
        assert_eq!(a.jobs, 1);
    }

    #[test]
    fn aliases_and_values() {
        let a = parse("prog -tc tcA -s 7 --sch pct:2 --shard 2/3 --timeout 0.5").unwrap();
        assert_eq!(a.testcase.as_deref(), Some("tcA"));
        assert_eq!(a.schedules, Some(7));
        assert_eq!(a.sch, StrategyKind::Pct(2));
        assert_eq!(a.step_bound(), 10_000, "PCT is unfair: the unfair bound");
        assert_eq!(a.shard, Some((2, 3)));
        assert_eq!(a.timeout, Some(0.5));
        assert_eq!(parse("prog -i 9 -t x").unwrap().schedules, Some(9));
        for bad in [
            "prog --shard 0/2",
            "prog --shard 3/2",
            "prog --sch dfs",
            "prog --jobs 0",
            "prog --timeout -1",
            "prog --max-steps 0",
            "prog --bogus",
        ] {
            assert!(parse(bad).is_err(), "{bad}");
        }
    }
}
