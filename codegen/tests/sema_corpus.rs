//! The checker on the P corpora: every program of
//! `p-models/conformance/static_error` is rejected (its rendered diagnostics
//! pinned by a snapshot per program), and every other program of `p-models`
//! (`correct`, `dynamic_error`, `tps`, `tps-mutants`) is accepted.

use p_codegen::diag;
use p_codegen::project::{self, Discovered, Expect};
use p_codegen::source::SourceMap;
use std::path::{Path, PathBuf};

fn models() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../p-models")
}

/// The program's files under names relative to its corpus folder, so
/// snapshots do not depend on the checkout's location.
fn load(d: &Discovered, base: &Path) -> SourceMap {
    let mut sm = SourceMap::new();
    for f in &d.project.files {
        let text = std::fs::read_to_string(f).expect("readable P file");
        let shown = f.strip_prefix(base).unwrap_or(f).to_path_buf();
        sm.add(shown, text);
    }
    sm
}

#[test]
fn static_errors_are_rejected() {
    let dir = models().join("conformance/static_error");
    let programs = project::discover(&dir).expect("static_error corpus");
    assert!(programs.len() >= 241, "found {} programs", programs.len());
    let mut accepted = Vec::new();
    for p in &programs {
        assert_eq!(p.expect, Some(Expect::StaticError));
        let sm = load(p, &dir);
        match p_codegen::check_sources(&sm) {
            Ok(_) => accepted.push(p.project.name.clone()),
            Err(diags) => {
                assert!(diags.iter().any(|d| d.is_error()));
                insta::assert_snapshot!(p.project.name.clone(), diag::render_all(&sm, &diags));
            }
        }
    }
    assert!(
        accepted.is_empty(),
        "accepted invalid programs: {accepted:?}"
    );
}

#[test]
fn valid_programs_are_accepted() {
    let root = models();
    let mut found = 0;
    let mut failures = String::new();
    for sub in [
        "conformance/correct",
        "conformance/dynamic_error",
        "tps",
        "tps-mutants",
    ] {
        for p in project::discover(&root.join(sub)).expect("corpus") {
            found += 1;
            let sm = load(&p, &root);
            if let Err(diags) = p_codegen::check_sources(&sm) {
                failures.push_str(&format!(
                    "== {} ({sub})\n{}\n",
                    p.project.name,
                    diag::render_all(&sm, &diags)
                ));
            }
        }
    }
    assert!(found >= 178, "found only {found} programs");
    assert!(failures.is_empty(), "valid programs rejected:\n{failures}");
}

#[test]
fn load_and_check_names_files_relative_to_the_project() {
    let (sources, result) =
        p_codegen::load_and_check(&[models().join("tps-mutants/reorder")]).expect("project loads");
    let model = result.unwrap_or_else(|d| panic!("{}", diag::render_all(&sources, &d)));
    let paths: Vec<String> = model
        .files
        .iter()
        .map(|p| p.display().to_string())
        .collect();
    assert!(paths.contains(&"PSrc/Queue.p".to_string()), "{paths:?}");
    // Files outside the project folder are shown relative to it, so the
    // names do not depend on where the checkout lives.
    assert!(
        paths.contains(&"../../tps/PSrc/Common.p".to_string()),
        "{paths:?}"
    );
    assert!(!model.tests.is_empty());
}
