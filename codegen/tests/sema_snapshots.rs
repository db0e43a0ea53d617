//! Snapshots driven by input files: the dumped model of every
//! `inputs/sema/ok/*.p` and the rendered diagnostics of every
//! `inputs/sema/err/*.p`. Success or failure is asserted before the
//! snapshot, so a snapshot can never bless the wrong outcome.

use p_codegen::source::SourceMap;
use p_codegen::{diag, sema};
use std::fs;
use std::path::Path;

/// The file loaded under its bare name, so snapshots do not depend on the
/// checkout's location.
fn load(path: &Path) -> SourceMap {
    let text = fs::read_to_string(path).expect("readable input");
    let mut sm = SourceMap::new();
    sm.add(Path::new(path.file_name().expect("a file name")), text);
    sm
}

#[test]
fn ok_inputs_check_and_dump() {
    insta::glob!("inputs/sema/ok/*.p", |path| {
        let sm = load(path);
        match p_codegen::check_sources(&sm) {
            Ok(model) => insta::assert_snapshot!(sema::dump(&model)),
            Err(d) => panic!(
                "{} must be accepted:\n{}",
                path.display(),
                diag::render_all(&sm, &d)
            ),
        }
    });
}

#[test]
fn err_inputs_are_rejected_with_diagnostics() {
    insta::glob!("inputs/sema/err/*.p", |path| {
        let sm = load(path);
        let diags = match p_codegen::check_sources(&sm) {
            Ok(_) => panic!("{} must be rejected", path.display()),
            Err(d) => d,
        };
        assert!(diags.iter().all(|d| d.is_error()));
        insta::assert_snapshot!(diag::render_all(&sm, &diags));
    });
}
