//! The round-trip property over every `.p` file in the repository (the
//! models in `p-models/` and the inputs of these tests):
//! `parse(print(parse(x)))` equals `parse(x)` once spans are erased, and
//! printing is idempotent.

mod common;
use p_codegen::diag;
use p_codegen::source::SourceMap;
use p_codegen::syntax;
use std::path::{Path, PathBuf};

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the crate lives in the workspace")
        .to_path_buf()
}

/// Files meant to be rejected: our error inputs, and corpus programs that
/// P must reject at compile time.
fn meant_to_fail(path: &Path) -> bool {
    path.components()
        .any(|c| c.as_os_str() == "err" || c.as_os_str() == "static_error")
}

#[test]
fn every_p_file_round_trips_through_the_printer() {
    let root = repo_root();
    let mut files = common::p_files(&root.join("p-models"));
    files.extend(common::p_files(&root.join("codegen/tests/inputs")));
    assert!(
        files.len() >= 20,
        "expected the repository's P files, found {files:?}"
    );
    let mut checked = 0;
    for path in &files {
        let text = std::fs::read_to_string(path).expect("readable");
        let mut sm = SourceMap::new();
        let id = sm.add(path.clone(), text);
        let unit = match syntax::parse(&sm, id) {
            Ok(u) => u,
            Err(_) if meant_to_fail(path) => continue,
            Err(d) => panic!(
                "{} does not parse:\n{}",
                path.display(),
                diag::render_all(&sm, &d)
            ),
        };
        let printed = syntax::print(&unit);
        let again_id = sm.add("printed.p", printed.clone());
        let again = match syntax::parse(&sm, again_id) {
            Ok(u) => u,
            Err(d) => panic!(
                "the printed form of {} does not parse:\n{}\n{printed}",
                path.display(),
                diag::render_all(&sm, &d)
            ),
        };
        assert_eq!(
            again.without_spans(),
            unit.without_spans(),
            "{} changes through the printer:\n{printed}",
            path.display()
        );
        assert_eq!(
            syntax::print(&again),
            printed,
            "printing {} is not idempotent",
            path.display()
        );
        checked += 1;
    }
    assert!(checked >= 10, "only {checked} files round-tripped");
}

#[test]
fn parse_all_reports_the_errors_of_every_file() {
    let mut sm = SourceMap::new();
    sm.add("a.p", "event e");
    sm.add("b.p", "machine M { start state S { } }");
    sm.add("c.p", "fun f() { x = ; }");
    let (units, diags) = syntax::parse_all(&sm);
    assert_eq!(units.len(), 1);
    let rendered = diag::render_all(&sm, &diags);
    assert!(
        rendered.contains("a.p:1:8: error: expected `;`"),
        "{rendered}"
    );
    assert!(
        rendered.contains("c.p:1:15: error: expected an expression"),
        "{rendered}"
    );
}

#[test]
fn erasing_spans_makes_layout_irrelevant() {
    let a = common::parse_ok("event e : int ;\nmachine M{start state S{entry{x=1+2;}}}");
    let b = common::parse_ok(
        "event e: int;\n\nmachine M {\n  start state S {\n    entry { x = 1 + 2; }\n  }\n}\n",
    );
    assert_ne!(a, b, "the spans differ");
    assert_eq!(a.without_spans(), b.without_spans());
    assert_eq!(syntax::erase_spans(&a), b.without_spans());
}
