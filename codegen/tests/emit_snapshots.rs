//! Snapshots of the generated Rust, driven by input files: every
//! `inputs/emit/*.p` is a small program exercising one construct. It must
//! check and emit without diagnostics (asserted before the snapshot, so a
//! snapshot can never bless a rejected program); the snapshot is every
//! generated file, sorted by path, each under a `// ---- <path> ----` line.

use p_codegen::diag;
use p_codegen::emit::{self, GeneratedFile, Options};
use std::fmt::Write as _;
use std::path::Path;

/// The generated files of one P file, concatenated in path order.
fn emit_file(path: &Path) -> String {
    let (sources, checked) =
        p_codegen::load_and_check(&[path.to_path_buf()]).expect("a readable input");
    let model = match checked {
        Ok(model) => model,
        Err(d) => panic!(
            "{} must be accepted:\n{}",
            path.display(),
            diag::render_all(&sources, &d)
        ),
    };
    let stem = path.file_stem().expect("a file name").to_string_lossy();
    let opts = Options {
        command: "emit snapshot test".into(),
        root_path: "crate::program".into(),
        project: stem.into_owned(),
        source_root: "tests".into(),
    };
    let mut files: Vec<GeneratedFile> = match emit::generate(&model, &sources, &opts) {
        Ok(files) => files,
        Err(d) => panic!(
            "{} must emit:\n{}",
            path.display(),
            diag::render_all(&sources, &d)
        ),
    };
    files.sort_by(|a, b| a.path.cmp(&b.path));
    let mut out = String::new();
    for f in &files {
        // `/` on every platform, so snapshots are the same everywhere.
        let shown = f.path.to_string_lossy().replace('\\', "/");
        writeln!(out, "// ---- {shown} ----").expect("writing to a String");
        out.push_str(&f.contents);
        if !f.contents.ends_with('\n') {
            out.push('\n');
        }
    }
    out
}

#[test]
fn inputs_emit_rust() {
    insta::glob!("inputs/emit/*.p", |path| {
        insta::assert_snapshot!(emit_file(path));
    });
}
