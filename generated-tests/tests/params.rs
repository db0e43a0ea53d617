//! Parametric tests end to end: the expanded test cases of the conformance
//! programs, by name (P's `t___param_value__...` naming, the first param
//! varying fastest) and with the param values each carries; every other
//! param of a case holds its type's default.

use generated_tests::generated::conformance::correct::{
    param_test_assume, param_test_cartesian, param_test_twise,
};
use generated_tests::generated::conformance::dynamic_error::param_test_one_case_fails;
use p_runtime::ParamValue::{Bool, Int};
use p_runtime::{ParamValue, TestCase};

fn cases<E: p_runtime::Event>(tests: &[TestCase<E>]) -> Vec<(&'static str, Vec<ParamValue>)> {
    tests.iter().map(|t| (t.name, t.params.to_vec())).collect()
}

#[test]
fn a_parametric_test_expands_to_the_cartesian_product() {
    let expected = [
        (
            "tcHello___nClients_2__verbose_true",
            vec![Int(2), Bool(true)],
        ),
        (
            "tcHello___nClients_3__verbose_true",
            vec![Int(3), Bool(true)],
        ),
        (
            "tcHello___nClients_5__verbose_true",
            vec![Int(5), Bool(true)],
        ),
        (
            "tcHello___nClients_2__verbose_false",
            vec![Int(2), Bool(false)],
        ),
        (
            "tcHello___nClients_3__verbose_false",
            vec![Int(3), Bool(false)],
        ),
        (
            "tcHello___nClients_5__verbose_false",
            vec![Int(5), Bool(false)],
        ),
        // The plain test reads the defaults.
        ("tcDefaults", vec![Int(0), Bool(false)]),
    ];
    assert_eq!(cases(param_test_cartesian::TESTS), expected);
    assert_eq!(param_test_cartesian::PROGRAM.tests.len(), expected.len());
}

#[test]
fn assume_keeps_the_combinations_where_it_holds() {
    let names: Vec<&str> = param_test_assume::TESTS.iter().map(|t| t.name).collect();
    assert_eq!(
        names,
        [
            "tcRange___low_neg1__high_1__strict_true",
            "tcRange___low_neg1__high_3__strict_true",
            "tcRange___low_2__high_3__strict_true",
            "tcRange___low_neg1__high_4__strict_true",
            "tcRange___low_neg1__high_1__strict_false",
            "tcRange___low_2__high_1__strict_false",
            "tcRange___low_3__high_1__strict_false",
            "tcRange___low_neg1__high_3__strict_false",
            "tcRange___low_2__high_3__strict_false",
            "tcRange___low_neg1__high_4__strict_false",
        ]
    );
    assert_eq!(
        param_test_assume::TESTS[0].params,
        [Int(-1), Int(1), Bool(true)]
    );
}

#[test]
fn two_wise_and_pairwise_keep_the_same_covering_subset() {
    let pairs = [
        (
            "nodes_3__faults_1__batching_true",
            [Int(3), Int(1), Bool(true)],
        ),
        (
            "nodes_4__faults_2__batching_true",
            [Int(4), Int(2), Bool(true)],
        ),
        (
            "nodes_4__faults_1__batching_false",
            [Int(4), Int(1), Bool(false)],
        ),
        (
            "nodes_3__faults_2__batching_false",
            [Int(3), Int(2), Bool(false)],
        ),
    ];
    let got = cases(param_test_twise::TESTS);
    assert_eq!(got.len(), 2 * pairs.len());
    for (prefix, half) in [("tcPairs", &got[..4]), ("tcPairwise", &got[4..])] {
        for ((name, values), (suffix, expected)) in half.iter().zip(&pairs) {
            assert_eq!(*name, format!("{prefix}___{suffix}"));
            assert_eq!(values, expected);
        }
    }
}

#[test]
fn every_case_of_a_dynamic_error_program_is_listed() {
    let names: Vec<&str> = param_test_one_case_fails::TESTS
        .iter()
        .map(|t| t.name)
        .collect();
    assert_eq!(
        names,
        [
            "tcQuorum___replicas_3__quorum_2",
            "tcQuorum___replicas_4__quorum_2",
            "tcQuorum___replicas_3__quorum_3",
            "tcQuorum___replicas_4__quorum_3",
        ]
    );
}

/// The checker's command line lists the expanded cases and runs one by name.
#[test]
fn the_command_line_lists_and_selects_expanded_cases() {
    let run = |args: &[&str]| {
        let argv: Vec<String> = std::iter::once("checker")
            .chain(args.iter().copied())
            .map(str::to_owned)
            .collect();
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let code = p_runtime::cli::run(
            &param_test_one_case_fails::PROGRAM,
            &argv,
            &mut out,
            &mut err,
        );
        (code, String::from_utf8(out).unwrap())
    };
    let (code, out) = run(&["--list-tests"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("tcQuorum___replicas_4__quorum_2"), "{out}");
    assert!(out.contains("tcQuorum___replicas_3__quorum_3"), "{out}");
    let dir = std::env::temp_dir().join(format!("p-params-cli-{}", std::process::id()));
    let outdir = dir.to_str().unwrap();
    // The failing case finds its bug (exit 1); a passing case finds none.
    let (code, out) = run(&[
        "--testcase",
        "tcQuorum___replicas_4__quorum_2",
        "-i",
        "5",
        "-o",
        outdir,
    ]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("does not intersect every read quorum of 4 replicas"),
        "{out}"
    );
    let (code, out) = run(&[
        "--testcase",
        "tcQuorum___replicas_3__quorum_2",
        "-i",
        "5",
        "-o",
        outdir,
    ]);
    assert_eq!(code, 0, "{out}");
    let _ = std::fs::remove_dir_all(&dir);
}
