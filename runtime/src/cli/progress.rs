//! Progress of a running check on standard error: a bar on a terminal,
//! P-style `..... Schedule #k` lines otherwise, nothing for quick runs.
//!
//! The checker only bumps atomic counters ([`Progress`]); the check runs on
//! a scoped thread while this thread polls them and draws, so the checker
//! loop never waits on output.

use crate::checker::Progress;
use indicatif::{ProgressBar, ProgressStyle};
use std::io::Write;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

/// How to show progress.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Display {
    /// Nothing (`--quiet`).
    Off,
    /// An indicatif bar (standard error is a terminal).
    Bar,
    /// Plain lines (standard error is a file or a pipe).
    Plain,
}

/// How often the counters are read.
const TICK: Duration = Duration::from_millis(100);
/// Without a new power-of-ten milestone, a plain line this often.
const PLAIN_EVERY: Duration = Duration::from_secs(5);

/// Runs `work` while showing the progress `counters` report, once the run
/// has lasted `after`. `total` is the number of schedules expected, if bounded.
pub(crate) fn watch<R: Send>(
    display: Display,
    after: Duration,
    counters: &Progress,
    total: Option<u64>,
    err: &mut dyn Write,
    work: impl FnOnce() -> R + Send,
) -> R {
    if display == Display::Off {
        return work();
    }
    let start = Instant::now();
    let mut shown = Shown::new(display, total);
    std::thread::scope(|s| {
        let me = std::thread::current();
        let worker = s.spawn(move || {
            let result = work();
            // Wake the poller at once, so a quick run ends quickly.
            me.unpark();
            result
        });
        while !worker.is_finished() {
            std::thread::park_timeout(TICK);
            if start.elapsed() >= after {
                shown.update(counters, start.elapsed(), err);
            }
        }
        if start.elapsed() >= after {
            shown.finish(counters, err);
        }
        worker
            .join()
            .unwrap_or_else(|p| std::panic::resume_unwind(p))
    })
}

/// What has been shown so far.
struct Shown {
    display: Display,
    total: Option<u64>,
    bar: Option<ProgressBar>,
    /// The next `..... Schedule #k` milestone (1, 2, .., 10, 20, .., 100, ..).
    milestone: u64,
    last_printed: u64,
    last_line: Instant,
}

impl Shown {
    fn new(display: Display, total: Option<u64>) -> Shown {
        Shown {
            display,
            total,
            bar: None,
            milestone: 1,
            last_printed: 0,
            last_line: Instant::now(),
        }
    }

    fn update(&mut self, counters: &Progress, elapsed: Duration, err: &mut dyn Write) {
        let done = counters.schedules.load(Ordering::Relaxed);
        match self.display {
            Display::Off => {}
            Display::Bar => {
                // The rate over the whole run: indicatif's own estimate
                // would start when the bar appears, a second in.
                let rate = done as f64 / elapsed.as_secs_f64().max(1e-3);
                let bugs = counters.bugs.load(Ordering::Relaxed);
                let s = if bugs == 1 { "" } else { "s" };
                let message = format!("{rate:.0} schedules/s, {bugs} bug{s}");
                match &self.bar {
                    Some(bar) => {
                        bar.set_position(done);
                        bar.set_message(message);
                    }
                    None => {
                        let bar = new_bar(self.total, elapsed)
                            .with_position(done)
                            .with_message(message);
                        bar.tick();
                        self.bar = Some(bar);
                    }
                }
            }
            Display::Plain => {
                if done >= self.milestone {
                    let m = milestone_at_most(done);
                    self.milestone = next_milestone(m);
                    self.plain(m, err);
                } else if self.last_line.elapsed() >= PLAIN_EVERY && done > self.last_printed {
                    self.plain(done, err);
                }
            }
        }
    }

    /// The final count, so that a shown progress ends where the run ended.
    fn finish(&mut self, counters: &Progress, err: &mut dyn Write) {
        let done = counters.schedules.load(Ordering::Relaxed);
        match self.display {
            Display::Bar => {
                if let Some(bar) = self.bar.take() {
                    bar.set_position(done);
                    bar.finish_and_clear();
                }
            }
            Display::Plain if done > self.last_printed => self.plain(done, err),
            _ => {}
        }
    }

    fn plain(&mut self, k: u64, err: &mut dyn Write) {
        let _ = writeln!(err, "..... Schedule #{k}");
        let _ = err.flush();
        self.last_printed = k;
        self.last_line = Instant::now();
    }
}

fn new_bar(total: Option<u64>, elapsed: Duration) -> ProgressBar {
    let (bar, template) = match total {
        Some(n) => (
            ProgressBar::new(n),
            "{spinner} [{elapsed_precise}] {bar:30} {human_pos}/{human_len} schedules, {msg}",
        ),
        None => (
            ProgressBar::new_spinner(),
            "{spinner} [{elapsed_precise}] {human_pos} schedules, {msg}",
        ),
    };
    bar.set_style(ProgressStyle::with_template(template).expect("a valid template"));
    bar.with_elapsed(elapsed)
}

/// The largest number of the form d·10^k (d in 1..=9) not above `n` (≥ 1).
fn milestone_at_most(n: u64) -> u64 {
    let mut power = 1;
    while power <= n / 10 {
        power *= 10;
    }
    n / power * power
}

/// The milestone after `m`: 1→2, 9→10, 90→100, 200→300.
fn next_milestone(m: u64) -> u64 {
    let mut power = 1;
    while power <= m / 10 {
        power *= 10;
    }
    m.saturating_add(power)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn milestones_are_ps() {
        let mut seq = vec![1];
        while seq.len() < 21 {
            seq.push(next_milestone(*seq.last().unwrap()));
        }
        assert_eq!(
            seq,
            [
                1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 200, 300
            ]
        );
        assert_eq!(milestone_at_most(1), 1);
        assert_eq!(milestone_at_most(57), 50);
        assert_eq!(milestone_at_most(100), 100);
        assert_eq!(milestone_at_most(9_999), 9_000);
    }
}
