//! Runs every test case of every generated P program and asserts the
//! outcome its source says it must have: `correct` programs and models find
//! no bug, `dynamic_error` programs and the test cases a model's
//! `expect.toml` names find a bug of the stated kind.
//!
//! Debug builds run few schedules per test case; release builds (and
//! `P_SCHEDULES=N`) run more.

use generated_tests::{PROGRAMS, Program};
use p_runtime::RunConfig;
use p_runtime::checker::CheckConfig;

fn schedules() -> u64 {
    let default = if cfg!(debug_assertions) { 30 } else { 1_000 };
    std::env::var("P_SCHEDULES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(default)
}

/// The failures of one program, as readable lines (empty: as expected).
fn verdict(p: &Program, cfg: &CheckConfig) -> (Vec<String>, String) {
    let results = (p.check)(cfg);
    let mut failures = Vec::new();
    let mut summary = Vec::new();
    let expected = |test: &str| {
        p.expected_bugs
            .iter()
            .find(|(t, _)| *t == test || *t == "*")
            .map(|(_, k)| *k)
    };
    for (test, found) in &results {
        summary.push(match found {
            Some((kind, _)) => format!("{test}: {kind}"),
            None => format!("{test}: no bug"),
        });
        match (expected(test), found) {
            (None, None) => {}
            (Some(kind), Some((got, _))) if kind == "bug" || kind == *got => {}
            (None, Some((kind, msg))) => {
                failures.push(format!("{}: {test}: unexpected {kind}: {msg}", p.source))
            }
            (Some(kind), found) => failures.push(format!(
                "{}: {test}: expected {kind}, found {}",
                p.source,
                found
                    .as_ref()
                    .map_or("no bug".to_owned(), |(k, m)| format!("{k}: {m}"))
            )),
        }
    }
    // A `*` expectation needs some test to find the bug.
    if p.expected_bugs.iter().any(|(t, _)| *t == "*") && results.iter().all(|(_, f)| f.is_none()) {
        failures.push(format!("{}: expected a bug, found none", p.source));
    }
    (failures, summary.join(", "))
}

fn run_group(groups: &[&str]) {
    let cfg = CheckConfig {
        schedules: schedules(),
        seed: 20_261_125,
        run: RunConfig {
            max_steps: 10_000,
            ..RunConfig::default()
        },
        ..CheckConfig::default()
    };
    let mut failures = Vec::new();
    let mut ran = 0;
    for p in PROGRAMS.iter().filter(|p| groups.contains(&p.group)) {
        let (f, summary) = verdict(p, &cfg);
        println!(
            "{:<6} {:<70} {summary}",
            if f.is_empty() { "ok" } else { "FAIL" },
            p.source
        );
        failures.extend(f);
        ran += 1;
    }
    assert!(ran > 0, "no programs in {groups:?}");
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn conformance_correct_programs_find_no_bug() {
    run_group(&["correct"]);
}

#[test]
fn conformance_dynamic_error_programs_find_their_bug() {
    run_group(&["dynamic_error"]);
}

#[test]
fn models_have_their_expected_outcomes() {
    run_group(&["model"]);
}
