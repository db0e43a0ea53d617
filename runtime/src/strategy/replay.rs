//! Replaying a recorded schedule, and the schedule file that stores one.

use super::{Decision, Strategy};
use std::fmt::Write;

/// Replays recorded decisions exactly; any divergence is an error. It is
/// as fair as the strategy that recorded them, so the same liveness checks
/// run.
#[derive(Debug)]
pub struct Replay {
    decisions: Vec<Decision>,
    next: usize,
    fair: bool,
}

impl Replay {
    /// A strategy that replays `decisions` recorded by a strategy that was
    /// `fair` or not.
    pub fn new(decisions: Vec<Decision>, fair: bool) -> Replay {
        Replay {
            decisions,
            next: 0,
            fair,
        }
    }

    fn take(&mut self) -> Result<Decision, String> {
        let d = self.decisions.get(self.next).copied().ok_or_else(|| {
            format!(
                "trace is not reproducible: the schedule has only {} decisions",
                self.decisions.len()
            )
        })?;
        self.next += 1;
        Ok(d)
    }
}

impl Strategy for Replay {
    fn name(&self) -> String {
        "replay".into()
    }
    fn is_fair(&self) -> bool {
        self.fair
    }
    fn start(&mut self, _seed: u64) {
        self.next = 0;
    }
    fn pick(&mut self, enabled: &[u32], step: u64) -> Result<u32, String> {
        match self.take()? {
            Decision::Op(op) if enabled.binary_search(&op).is_ok() => Ok(op),
            d => Err(format!(
                "trace is not reproducible at step {step}: recorded {d:?}, enabled machines {enabled:?}"
            )),
        }
    }
    fn choose_bool(&mut self) -> Result<bool, String> {
        match self.take()? {
            Decision::Bool(b) => Ok(b),
            d => Err(format!(
                "trace is not reproducible: expected a boolean choice, recorded {d:?}"
            )),
        }
    }
    fn choose_int(&mut self, n: u32) -> Result<u32, String> {
        match self.take()? {
            Decision::Int(i) if i < n => Ok(i),
            d => Err(format!(
                "trace is not reproducible: expected a choice below {n}, recorded {d:?}"
            )),
        }
    }
}

/// A schedule file: a header and one decision per line, like P's
/// `.schedule` files (`(3)` picks machine 3; `True`/`False`; an integer).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScheduleFile {
    /// The test case.
    pub test: String,
    /// The scheduler that produced it.
    pub scheduler: String,
    /// The schedule's seed.
    pub seed: u64,
    /// The step bound used.
    pub max_steps: u64,
    /// The decisions.
    pub decisions: Vec<Decision>,
}

impl ScheduleFile {
    /// The file's text.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(out, "--test-method:{}", self.test);
        let _ = writeln!(out, "--scheduler:{}", self.scheduler);
        let _ = writeln!(out, "--seed:{}", self.seed);
        let _ = writeln!(out, "--max-steps:{}", self.max_steps);
        for d in &self.decisions {
            let _ = match d {
                Decision::Op(op) => writeln!(out, "({op})"),
                Decision::Bool(true) => writeln!(out, "True"),
                Decision::Bool(false) => writeln!(out, "False"),
                Decision::Int(i) => writeln!(out, "{i}"),
            };
        }
        out
    }

    /// Parses a schedule file; errors name the line.
    pub fn parse(text: &str) -> Result<ScheduleFile, String> {
        let mut file = ScheduleFile {
            test: String::new(),
            scheduler: String::new(),
            seed: 0,
            max_steps: 10_000,
            decisions: Vec::new(),
        };
        for (n, line) in text.lines().enumerate() {
            let line = line.trim();
            let bad = || format!("line {}: cannot read `{line}`", n + 1);
            if line.is_empty() {
                continue;
            } else if let Some(h) = line.strip_prefix("--") {
                let (key, value) = h.split_once(':').ok_or_else(bad)?;
                match key {
                    "test-method" => file.test = value.to_owned(),
                    "scheduler" => file.scheduler = value.to_owned(),
                    "seed" => file.seed = value.parse().map_err(|_| bad())?,
                    "max-steps" => file.max_steps = value.parse().map_err(|_| bad())?,
                    _ => {}
                }
            } else if let Some(op) = line.strip_prefix('(').and_then(|l| l.strip_suffix(')')) {
                file.decisions
                    .push(Decision::Op(op.parse().map_err(|_| bad())?));
            } else if line == "True" || line == "False" {
                file.decisions.push(Decision::Bool(line == "True"));
            } else {
                file.decisions
                    .push(Decision::Int(line.parse().map_err(|_| bad())?));
            }
        }
        Ok(file)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schedule_file_round_trips() {
        let f = ScheduleFile {
            test: "tc".into(),
            scheduler: "pct:3".into(),
            seed: 42,
            max_steps: 500,
            decisions: vec![
                Decision::Op(1),
                Decision::Bool(true),
                Decision::Int(7),
                Decision::Op(3),
            ],
        };
        assert_eq!(ScheduleFile::parse(&f.to_text()), Ok(f));
        assert!(ScheduleFile::parse("(x)\n").unwrap_err().contains("line 1"));
    }
}
