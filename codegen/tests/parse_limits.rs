//! Pathological input: deep nesting and long operator chains get a
//! diagnostic, never a stack overflow; depth well inside the limits parses
//! and prints, on an ordinary (2 MB) test thread.

mod common;
use common::{parse_err, parse_ok};
use p_codegen::syntax::{self, MAX_BRACKET_DEPTH, MAX_TREE_DEPTH};

#[test]
fn deep_brackets_are_reported_at_the_first_bracket_too_deep() {
    let depth = MAX_BRACKET_DEPTH + 10;
    let src = format!(
        "fun f() {{ x = {}1{}; }}",
        "(".repeat(depth),
        ")".repeat(depth)
    );
    let err = parse_err(&src);
    // `fun f() { x = ` is 14 bytes; the function's `{` is level one.
    let col = 14 + MAX_BRACKET_DEPTH;
    assert!(
        err.starts_with(&format!(
            "test.p:1:{col}: error: brackets are nested more than"
        )),
        "{err}"
    );
}

#[test]
fn long_chains_and_deep_statements_are_reported() {
    let n = MAX_TREE_DEPTH as usize + 50;
    let chain = format!("fun f() {{ x = {}; }}", vec!["a"; n].join(" + "));
    assert!(parse_err(&chain).contains("nested too deeply"));
    let prefixes = format!("fun f() {{ x = {}a; }}", "!".repeat(200_000));
    assert!(parse_err(&prefixes).contains("nested too deeply"));
    let fields = format!("fun f() {{ x = a{}; }}", ".f".repeat(n));
    assert!(parse_err(&fields).contains("nested too deeply"));
    let ifs = format!("fun f() {{ {}x = 2; }}", "if (a) x = 1; else ".repeat(n));
    assert!(parse_err(&ifs).contains("nested too deeply"));
}

#[test]
fn depth_inside_the_limits_parses_and_prints() {
    let src = format!(
        "fun f() {{ x = {}a; y = {}; z = {}1{}; }}",
        "-".repeat(400),
        vec!["b"; 400].join(" * "),
        "(".repeat(200),
        ")".repeat(200)
    );
    let unit = parse_ok(&src);
    let printed = syntax::print(&unit);
    assert_eq!(parse_ok(&printed).without_spans(), unit.without_spans());
}
