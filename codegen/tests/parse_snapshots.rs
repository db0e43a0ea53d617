//! Snapshots driven by input files: the printed tree of every
//! `inputs/parse/ok/*.p` and the rendered diagnostics of every
//! `inputs/parse/err/*.p`. Success or failure is asserted before the
//! snapshot, so a snapshot can never bless the wrong outcome.

use p_codegen::diag;
use p_codegen::source::SourceMap;
use p_codegen::syntax;
use std::fs;
use std::path::Path;

/// The file loaded under its bare name, so snapshots do not depend on the
/// checkout's location.
fn load(path: &Path) -> (SourceMap, p_codegen::source::FileId) {
    let text = fs::read_to_string(path).expect("readable input");
    let name = path.file_name().expect("a file name");
    let mut sm = SourceMap::new();
    let id = sm.add(Path::new(name), text);
    (sm, id)
}

#[test]
fn ok_inputs_parse_and_print() {
    insta::glob!("inputs/parse/ok/*.p", |path| {
        let (sm, id) = load(path);
        let unit = match syntax::parse(&sm, id) {
            Ok(u) => u,
            Err(d) => panic!(
                "{} must parse:\n{}",
                path.display(),
                diag::render_all(&sm, &d)
            ),
        };
        insta::assert_snapshot!(syntax::print(&unit));
    });
}

#[test]
fn err_inputs_are_rejected_with_diagnostics() {
    insta::glob!("inputs/parse/err/*.p", |path| {
        let (sm, id) = load(path);
        let diags = match syntax::parse(&sm, id) {
            Ok(_) => panic!("{} must be rejected", path.display()),
            Err(d) => d,
        };
        assert!(!diags.is_empty());
        let text = &sm.file(id).text;
        for d in &diags {
            assert!(d.is_error());
            assert!(d.span.start <= d.span.end && d.span.end as usize <= text.len());
        }
        insta::assert_snapshot!(diag::render_all(&sm, &diags));
    });
}
