//! Uniform random scheduling, P's default strategy.

use super::{Rng, Strategy};

/// Picks uniformly among enabled machines; choices are uniform too.
#[derive(Debug)]
pub struct Random {
    rng: Rng,
}

impl Random {
    /// A random strategy (seeded by `start`).
    pub fn new() -> Random {
        Random { rng: Rng::new(0) }
    }
}

impl Default for Random {
    fn default() -> Self {
        Random::new()
    }
}

impl Strategy for Random {
    fn name(&self) -> String {
        "random".into()
    }
    fn is_fair(&self) -> bool {
        true
    }
    fn start(&mut self, seed: u64) {
        self.rng = Rng::new(seed);
    }
    fn pick(&mut self, enabled: &[u32], _step: u64) -> Result<u32, String> {
        Ok(enabled[self.rng.below(enabled.len() as u64) as usize])
    }
    fn choose_bool(&mut self) -> Result<bool, String> {
        Ok(self.rng.coin())
    }
    fn choose_int(&mut self, n: u32) -> Result<u32, String> {
        Ok(self.rng.below(u64::from(n)) as u32)
    }
}
