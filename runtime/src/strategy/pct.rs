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
            change_points: Vec::new(),
            longest: 0,
        }
    }

    fn place_new(&mut self, enabled: &[u32]) {
        for &op in enabled {
            if !self.priorities.contains(&op) {
                // A new machine goes anywhere below the current top one.
                let at = if self.priorities.is_empty() {
                    0
                } else {
                    1 + self.rng.below(self.priorities.len() as u64) as usize
                };
                self.priorities.insert(at, op);
            }
        }
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
        let top = |prio: &[u32]| {
            *prio
                .iter()
                .find(|op| enabled.binary_search(op).is_ok())
                .expect("every enabled machine has a priority")
        };
        if self.change_points.binary_search(&step).is_ok() {
            let demoted = top(&self.priorities);
            self.priorities.retain(|&op| op != demoted);
            self.priorities.push(demoted);
        }
        Ok(top(&self.priorities))
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
