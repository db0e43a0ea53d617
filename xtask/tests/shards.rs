//! Sharding end to end: `cargo xtask check --shard 1/2` and `2/2` on the TPS
//! model together run exactly the schedules of one unsharded run, and
//! `cargo xtask merge-results` adds their summaries up to the same numbers.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in the workspace")
        .to_path_buf()
}

fn xtask(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(args)
        .current_dir(repo_root())
        .output()
        .expect("the xtask binary runs")
}

fn summary(dir: &Path, name: &str, extra: &[&str]) -> Value {
    let json = dir.join(format!("{name}.json"));
    let mut args = vec![
        "check",
        "p-models/tps",
        "--testcase",
        "tcActivePassive",
        "-i",
        "40",
        "--seed",
        "9",
        "--quiet",
        "--json-ran",
        "--json",
    ];
    let json_s = json.to_str().unwrap().to_owned();
    args.push(&json_s);
    args.extend_from_slice(extra);
    let o = xtask(&args);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).unwrap()
}

#[test]
fn two_shards_cover_one_run_and_merge_to_its_summary() {
    let dir = std::env::temp_dir().join(format!("xtask-shards-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let all = summary(&dir, "all", &[]);
    let a = summary(&dir, "a", &["--shard", "1/2"]);
    let b = summary(&dir, "b", &["--shard", "2/2"]);
    let ran = |v: &Value| -> Vec<u64> {
        v["ran"]
            .as_array()
            .unwrap()
            .iter()
            .map(|x| x.as_u64().unwrap())
            .collect()
    };
    let mut both = [ran(&a), ran(&b)].concat();
    both.sort_unstable();
    assert_eq!(both, ran(&all));
    assert!(
        ran(&a).iter().all(|k| !ran(&b).contains(k)),
        "shards overlap"
    );
    let o = xtask(&[
        "merge-results",
        dir.join("a.json").to_str().unwrap(),
        dir.join("b.json").to_str().unwrap(),
    ]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let merged: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(merged["schedules"], all["schedules"]);
    assert_eq!(merged["cut"], all["cut"]);
    for k in ["min", "max", "total"] {
        assert_eq!(merged["steps"][k], all["steps"][k], "steps.{k}");
    }
    assert!(merged["bug"].is_null());
}
