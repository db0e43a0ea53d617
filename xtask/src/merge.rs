//! `cargo xtask merge-results SUMMARY.json...`: merges the `--json`
//! summaries of the shards of one run (`--shard I/N` on N machines: a CI
//! matrix, Kubernetes Jobs, Slurm) into one summary, printed as JSON.
//!
//! The shards must be of the same test, scheduler and seed, each shard at
//! most once. Schedules, cut schedules and steps add up; min and max are
//! exact; the median is the median of the shards' medians (approximate);
//! the reported bug is the one of the smallest schedule number, as a
//! single unsharded run would report; elapsed is the slowest shard's.

use crate::exit;
use serde_json::{Map, Value, json};
use std::collections::BTreeSet;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// The shards' `--json` summaries.
    #[arg(required = true)]
    summaries: Vec<PathBuf>,
}

pub fn run(args: &Args) -> ExitCode {
    let mut parts = Vec::new();
    for path in &args.summaries {
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("{}: error: cannot read: {e}", path.display());
                return ExitCode::from(exit::USAGE);
            }
        };
        match serde_json::from_str::<Value>(&text) {
            Ok(v) => parts.push((path.clone(), v)),
            Err(e) => {
                eprintln!(
                    "{}:{}:{}: error: not a checker summary: {e}",
                    path.display(),
                    e.line(),
                    e.column()
                );
                return ExitCode::from(exit::USAGE);
            }
        }
    }
    match merge(&parts) {
        Ok(merged) => {
            println!(
                "{}",
                serde_json::to_string_pretty(&merged).expect("JSON values serialize")
            );
            ExitCode::from(if merged["bug"].is_null() { 0 } else { 1 })
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(exit::USAGE)
        }
    }
}

fn field<'a>(v: &'a Value, key: &str, path: &std::path::Path) -> Result<&'a Value, String> {
    v.get(key)
        .ok_or_else(|| format!("{}: the summary has no `{key}`", path.display()))
}

fn num(v: &Value, key: &str, path: &std::path::Path) -> Result<u64, String> {
    field(v, key, path)?
        .as_u64()
        .ok_or_else(|| format!("{}: `{key}` is not a number", path.display()))
}

/// The merged summary (same schema as one shard's, `shard` listing the parts).
pub fn merge(parts: &[(PathBuf, Value)]) -> Result<Value, String> {
    let (first_path, first) = parts.first().ok_or("no summaries given")?;
    let same = ["test", "scheduler", "seed"];
    let mut shards = BTreeSet::new();
    let (mut schedules, mut cut, mut total) = (0, 0, 0);
    let (mut min, mut max) = (u64::MAX, 0);
    let mut medians = Vec::new();
    let mut elapsed: f64 = 0.0;
    let mut bug: Option<(u64, Value)> = None;
    for (path, v) in parts {
        for key in same {
            if field(v, key, path)? != field(first, key, first_path)? {
                return Err(format!(
                    "{} and {} are of different runs (`{key}` differs)",
                    first_path.display(),
                    path.display()
                ));
            }
        }
        let shard = field(v, "shard", path)?
            .as_str()
            .unwrap_or("1/1")
            .to_owned();
        if !shards.insert(shard.clone()) {
            return Err(format!("shard {shard} is given twice ({})", path.display()));
        }
        schedules += num(v, "schedules", path)?;
        cut += num(v, "cut", path)?;
        let steps = field(v, "steps", path)?;
        let s = |k| num(steps, k, path);
        if num(v, "schedules", path)? > 0 {
            min = min.min(s("min")?);
            max = max.max(s("max")?);
            medians.push(s("median")?);
        }
        total += s("total")?;
        elapsed = elapsed.max(field(v, "elapsed_secs", path)?.as_f64().unwrap_or(0.0));
        let b = field(v, "bug", path)?;
        if !b.is_null() {
            let k = b
                .get("schedule")
                .and_then(Value::as_u64)
                .unwrap_or(u64::MAX);
            if bug.as_ref().is_none_or(|(bk, _)| k < *bk) {
                bug = Some((k, b.clone()));
            }
        }
    }
    medians.sort_unstable();
    let median = medians.get(medians.len() / 2).copied().unwrap_or(0);
    let mut out = Map::new();
    for key in same {
        out.insert(key.into(), first[key].clone());
    }
    out.insert(
        "shard".into(),
        json!(shards.into_iter().collect::<Vec<_>>()),
    );
    out.insert("schedules".into(), json!(schedules));
    out.insert("cut".into(), json!(cut));
    out.insert(
        "steps".into(),
        json!({"min": if schedules == 0 { 0 } else { min }, "median": median, "max": max, "total": total}),
    );
    out.insert("elapsed_secs".into(), json!(elapsed));
    out.insert(
        "schedules_per_sec".into(),
        json!(if elapsed > 0.0 {
            schedules as f64 / elapsed
        } else {
            0.0
        }),
    );
    out.insert("bug".into(), bug.map_or(Value::Null, |(_, b)| b));
    Ok(Value::Object(out))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shard(s: &str, schedules: u64, min: u64, max: u64, bug: Option<u64>) -> (PathBuf, Value) {
        let bug = bug.map_or(Value::Null, |k| json!({"kind": "assertion", "schedule": k}));
        (
            PathBuf::from(format!("{s}.json")),
            json!({"test": "tc", "scheduler": "random", "seed": 5, "shard": s,
                   "schedules": schedules, "cut": 1,
                   "steps": {"min": min, "median": (min + max) / 2, "max": max, "total": schedules * min},
                   "elapsed_secs": 2.0, "schedules_per_sec": 1.0, "bug": bug}),
        )
    }

    #[test]
    fn shards_add_up_and_the_earliest_bug_wins() {
        let m = merge(&[
            shard("1/2", 10, 5, 9, Some(7)),
            shard("2/2", 10, 3, 8, Some(4)),
        ])
        .unwrap();
        assert_eq!(m["schedules"], 20);
        assert_eq!(m["cut"], 2);
        assert_eq!(
            (m["steps"]["min"].clone(), m["steps"]["max"].clone()),
            (json!(3), json!(9))
        );
        assert_eq!(m["steps"]["total"], 80);
        assert_eq!(m["bug"]["schedule"], 4);
        assert_eq!(m["shard"], json!(["1/2", "2/2"]));
    }

    #[test]
    fn mismatched_or_repeated_shards_are_errors() {
        let mut other = shard("2/2", 1, 1, 1, None);
        other.1["seed"] = json!(6);
        assert!(
            merge(&[shard("1/2", 1, 1, 1, None), other])
                .unwrap_err()
                .contains("`seed` differs")
        );
        assert!(
            merge(&[shard("1/2", 1, 1, 1, None), shard("1/2", 1, 1, 1, None)])
                .unwrap_err()
                .contains("given twice")
        );
    }
}
