//! Schedulers: who runs next at each scheduling point, and the value of each
//! nondeterministic choice. One schedule is a pure function of the strategy,
//! its configuration and the schedule's seed.

mod pct;
mod random;
mod replay;
mod rng;

pub use pct::Pct;
pub use random::Random;
pub use replay::{Replay, ScheduleFile};
pub use rng::Rng;

use serde::{Deserialize, Serialize};

/// One recorded decision: enough to replay a schedule exactly.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Decision {
    /// The machine (by id) chosen at a scheduling point.
    Op(u32),
    /// A boolean choice (`$`, `$$`, `choose()`).
    Bool(bool),
    /// An integer choice (`choose(n)`, an element index of `choose(c)`).
    Int(u32),
}

/// A scheduling strategy.
pub trait Strategy {
    /// The name shown in reports (`random`, `pct:3`, `fair`, `replay`).
    fn name(&self) -> String;
    /// Whether the strategy is fair (then the liveness temperature check runs).
    fn is_fair(&self) -> bool;
    /// Starts a new schedule with its seed.
    fn start(&mut self, seed: u64);
    /// Picks the next machine among `enabled` (ids in increasing order,
    /// never empty). `step` counts decisions and choices so far.
    fn pick(&mut self, enabled: &[u32], step: u64) -> Result<u32, String>;
    /// A boolean choice.
    fn choose_bool(&mut self) -> Result<bool, String>;
    /// An integer choice in `0..n` (`n > 0`).
    fn choose_int(&mut self, n: u32) -> Result<u32, String>;
    /// The schedule ended after `steps` steps.
    fn end(&mut self, steps: u64) {
        let _ = steps;
    }
}

/// Which strategy to build, as named on the command line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StrategyKind {
    /// Uniform random scheduling (fair, P's default).
    Random,
    /// PCT with this many priority-change points (unfair).
    Pct(u32),
    /// PCT with this many change points for the first `prefix` steps, then
    /// random: fair, like P's `--sch-fairpct`.
    Fair(u32),
}

impl StrategyKind {
    /// Parses `random`, `pct`, `pct:D`, `fair`, `fair:D`.
    pub fn parse(s: &str) -> Result<StrategyKind, String> {
        let (name, depth) = match s.split_once(':') {
            Some((n, d)) => (
                n,
                Some(
                    d.parse::<u32>()
                        .map_err(|_| format!("bad scheduler depth `{d}`"))?,
                ),
            ),
            None => (s, None),
        };
        match name {
            "random" if depth.is_none() => Ok(StrategyKind::Random),
            "pct" => Ok(StrategyKind::Pct(depth.unwrap_or(3))),
            "fair" => Ok(StrategyKind::Fair(depth.unwrap_or(3))),
            _ => Err(format!(
                "unknown scheduler `{s}` (expected random, pct[:D] or fair[:D])"
            )),
        }
    }

    /// The strategy, fresh.
    pub fn build(&self) -> Box<dyn Strategy + Send> {
        match *self {
            StrategyKind::Random => Box::new(Random::new()),
            StrategyKind::Pct(d) => Box::new(Pct::new(d, None)),
            StrategyKind::Fair(d) => Box::new(Pct::new(d, Some(FAIR_PCT_PREFIX))),
        }
    }

    /// Whether the strategy is fair (liveness temperature checks run).
    pub fn is_fair(&self) -> bool {
        !matches!(self, StrategyKind::Pct(_))
    }

    /// The name used in reports and schedule files.
    pub fn name(&self) -> String {
        match self {
            StrategyKind::Random => "random".into(),
            StrategyKind::Pct(d) => format!("pct:{d}"),
            StrategyKind::Fair(d) => format!("fair:{d}"),
        }
    }
}

/// Steps of PCT before the fair strategy turns random (P uses its unfair
/// step bound, 10,000).
pub const FAIR_PCT_PREFIX: u64 = 10_000;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_scheduler_names() {
        assert_eq!(StrategyKind::parse("random"), Ok(StrategyKind::Random));
        assert_eq!(StrategyKind::parse("pct"), Ok(StrategyKind::Pct(3)));
        assert_eq!(StrategyKind::parse("pct:10"), Ok(StrategyKind::Pct(10)));
        assert_eq!(StrategyKind::parse("fair"), Ok(StrategyKind::Fair(3)));
        assert!(StrategyKind::parse("dfs").is_err());
        assert!(StrategyKind::parse("pct:x").is_err());
        assert!(StrategyKind::parse("random:2").is_err());
    }

    /// Drives a strategy through a fixed shape of decisions.
    fn run(s: &mut dyn Strategy, seed: u64) -> Vec<Decision> {
        s.start(seed);
        let mut out = Vec::new();
        for step in 0..200u64 {
            let enabled: Vec<u32> = (1..=1 + (step % 5) as u32).collect();
            out.push(Decision::Op(s.pick(&enabled, step).unwrap()));
            if step % 7 == 0 {
                out.push(Decision::Bool(s.choose_bool().unwrap()));
                out.push(Decision::Int(s.choose_int(10).unwrap()));
            }
        }
        s.end(200);
        out
    }

    #[test]
    fn every_strategy_is_deterministic_per_seed_and_picks_enabled_ops() {
        for kind in [
            StrategyKind::Random,
            StrategyKind::Pct(3),
            StrategyKind::Fair(2),
        ] {
            let a = run(&mut *kind.build(), 7);
            let b = run(&mut *kind.build(), 7);
            assert_eq!(a, b, "{kind:?}");
            let c = run(&mut *kind.build(), 8);
            assert_ne!(a, c, "{kind:?} ignores its seed");
            for (step, d) in a
                .iter()
                .filter(|d| matches!(d, Decision::Op(_)))
                .enumerate()
            {
                let Decision::Op(op) = d else { unreachable!() };
                assert!(
                    *op >= 1 && *op <= 1 + (step % 5) as u32,
                    "{kind:?} picked {op}"
                );
            }
        }
    }

    #[test]
    fn replay_reproduces_a_recorded_schedule_and_detects_divergence() {
        let decisions = run(&mut Random::new(), 3);
        let mut replay = Replay::new(decisions.clone(), true);
        assert_eq!(run(&mut replay, 0), decisions);
        let mut replay = Replay::new(decisions, true);
        replay.start(0);
        assert!(replay.pick(&[1], 0).is_ok());
        // The recording picked a machine that is not enabled here.
        assert!(replay.pick(&[7], 1).is_err() || replay.pick(&[7], 1).is_err());
    }
}
