//! PCT (probabilistic concurrency testing): machines get a random priority
//! order and the highest-priority enabled machine runs; at `depth` random
//! steps the running machine is demoted to the lowest priority. As in P's
//! checker, change points are drawn from the longest schedule seen so far,
//! so the first schedule has none.

use super::{Rng, Strategy};

/// PCT, optionally turning into uniform random after `random_after` steps
/// (the fair variant).
#[derive(Debug)]
pub struct Pct {
    depth: u32,
    random_after: Option<u64>,
    rng: Rng,
    /// Machine ids, highest priority first.
    priorities: Vec<u32>,
    /// Each machine's position in `priorities`, by id (`u32::MAX`: not
    /// placed yet), so a pick looks only at the enabled machines.
    rank: Vec<u32>,
    change_points: Vec<u64>,
    longest: u64,
}

impl Pct {
    /// PCT with `depth` change points; fair when `random_after` is set.
    pub fn new(depth: u32, random_after: Option<u64>) -> Pct {
        Pct {
            depth,
            random_after,
            rng: Rng::new(0),
            priorities: Vec::new(),
            rank: Vec::new(),
            change_points: Vec::new(),
            longest: 0,
        }
    }

    fn rank_of(&self, op: u32) -> u32 {
        self.rank.get(op as usize).copied().unwrap_or(u32::MAX)
    }

    fn place_new(&mut self, enabled: &[u32]) {
        for &op in enabled {
            if self.rank_of(op) == u32::MAX {
                // A new machine goes anywhere below the current top one.
                let at = if self.priorities.is_empty() {
                    0
                } else {
                    1 + self.rng.below(self.priorities.len() as u64) as usize
                };
                self.priorities.insert(at, op);
                // Once per machine per schedule: cheap enough to redo all.
                self.rebuild_ranks();
            }
        }
    }

    fn set_rank(&mut self, op: u32, rank: u32) {
        let i = op as usize;
        if self.rank.len() <= i {
            self.rank.resize(i + 1, u32::MAX);
        }
        self.rank[i] = rank;
    }

    fn rebuild_ranks(&mut self) {
        for r in 0..self.priorities.len() {
            let op = self.priorities[r];
            self.set_rank(op, r as u32);
        }
    }

    /// The enabled machine of highest priority.
    fn top(&self, enabled: &[u32]) -> u32 {
        *enabled
            .iter()
            .min_by_key(|&&op| self.rank_of(op))
            .expect("a decision has an enabled machine")
    }
}

impl Strategy for Pct {
    fn name(&self) -> String {
        match self.random_after {
            Some(_) => format!("fair:{}", self.depth),
            None => format!("pct:{}", self.depth),
        }
    }
    fn is_fair(&self) -> bool {
        self.random_after.is_some()
    }
    fn start(&mut self, seed: u64) {
        self.rng = Rng::new(seed);
        self.priorities.clear();
        self.rank.clear();
        self.change_points.clear();
        if self.longest > 0 {
            for _ in 0..self.depth {
                let p = self.rng.below(self.longest);
                self.change_points.push(p);
            }
            self.change_points.sort_unstable();
        }
    }
    fn pick(&mut self, enabled: &[u32], step: u64) -> Result<u32, String> {
        if self.random_after.is_some_and(|n| step >= n) {
            return Ok(enabled[self.rng.below(enabled.len() as u64) as usize]);
        }
        self.place_new(enabled);
        if self.change_points.binary_search(&step).is_ok() {
            let demoted = self.top(enabled);
            self.priorities.retain(|&op| op != demoted);
            self.priorities.push(demoted);
            self.rebuild_ranks();
        }
        Ok(self.top(enabled))
    }
    fn choose_bool(&mut self) -> Result<bool, String> {
        Ok(self.rng.coin())
    }
    fn choose_int(&mut self, n: u32) -> Result<u32, String> {
        Ok(self.rng.below(u64::from(n)) as u32)
    }
    fn end(&mut self, steps: u64) {
        self.longest = self.longest.max(steps);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// PCT as first written: a linear search of the priority list on every
    /// pick. The ranked version must choose exactly the same machines.
    struct Reference {
        rng: Rng,
        priorities: Vec<u32>,
        change_points: Vec<u64>,
    }

    impl Reference {
        fn pick(&mut self, enabled: &[u32], step: u64) -> u32 {
            for &op in enabled {
                if !self.priorities.contains(&op) {
                    let at = if self.priorities.is_empty() {
                        0
                    } else {
                        1 + self.rng.below(self.priorities.len() as u64) as usize
                    };
                    self.priorities.insert(at, op);
                }
            }
            let top = |prio: &[u32]| *prio.iter().find(|op| enabled.contains(op)).unwrap();
            if self.change_points.binary_search(&step).is_ok() {
                let demoted = top(&self.priorities);
                self.priorities.retain(|&op| op != demoted);
                self.priorities.push(demoted);
            }
            top(&self.priorities)
        }
    }

    #[test]
    fn ranked_picks_match_the_linear_search() {
        let mut pct = Pct::new(5, None);
        pct.end(400); // so `start` draws change points
        let mut shapes = Rng::new(99);
        for seed in 0..50 {
            pct.start(seed);
            let mut reference = Reference {
                rng: Rng::new(seed),
                priorities: Vec::new(),
                change_points: Vec::new(),
            };
            // Replay `start`'s draws so both generators stay in step.
            for _ in 0..5 {
                reference.change_points.push(reference.rng.below(400));
            }
            reference.change_points.sort_unstable();
            assert_eq!(reference.change_points, pct.change_points);
            let mut machines = 1u32;
            for step in 1..400u64 {
                if shapes.below(10) == 0 {
                    machines += 1;
                }
                let enabled: Vec<u32> = (1..=machines).filter(|_| shapes.below(3) > 0).collect();
                if enabled.is_empty() {
                    continue;
                }
                assert_eq!(
                    pct.pick(&enabled, step).unwrap(),
                    reference.pick(&enabled, step),
                    "seed {seed}, step {step}, enabled {enabled:?}"
                );
            }
        }
    }
}
