//! `tps-plain [--runs N]`: runs the plain simulation of
//! `tcActivePassiveFailover` N times and prints one JSON line with the
//! throughput, in the checker's step terms.

use std::hint::black_box;
use std::process::ExitCode;
use std::time::Instant;

const DEFAULT_RUNS: u64 = 20_000;

fn parse_runs(args: &[String]) -> Result<u64, String> {
    match args {
        [] => Ok(DEFAULT_RUNS),
        [flag, n] if flag == "--runs" => match n.parse::<u64>() {
            Ok(n) if n > 0 => Ok(n),
            _ => Err(format!("--runs expects a positive integer, got `{n}`")),
        },
        _ => Err("usage: tps-plain [--runs N]".to_owned()),
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let runs = match parse_runs(&args) {
        Ok(n) => n,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    let steps_per_run = tps_plain::run_failover().steps;
    let start = Instant::now();
    let mut steps = 0u64;
    for _ in 0..runs {
        let stats = black_box(tps_plain::run_failover());
        steps += stats.steps;
    }
    let elapsed = start.elapsed().as_secs_f64();
    assert_eq!(steps, steps_per_run * runs, "every run does the same work");
    println!(
        "{{\"runs\":{runs},\"elapsed_secs\":{elapsed:.6},\"steps_per_run\":{steps_per_run},\"runs_per_sec\":{:.1},\"steps_per_sec\":{:.1}}}",
        runs as f64 / elapsed,
        steps as f64 / elapsed
    );
    ExitCode::SUCCESS
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(line: &str) -> Vec<String> {
        line.split_whitespace().map(str::to_owned).collect()
    }

    #[test]
    fn runs_option() {
        assert_eq!(parse_runs(&args("")), Ok(DEFAULT_RUNS));
        assert_eq!(parse_runs(&args("--runs 7")), Ok(7));
        assert!(parse_runs(&args("--runs 0")).is_err());
        assert!(parse_runs(&args("--runs x")).is_err());
        assert!(parse_runs(&args("--runs")).is_err());
        assert!(parse_runs(&args("7")).is_err());
    }
}
