//! `cargo xtask check` before anything is built: static errors exit 2 with
//! the P location, unreadable paths exit 3.

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

#[test]
fn a_program_with_static_errors_exits_2_naming_the_p_line() {
    let file = "p-models/conformance/static_error/break_outside_loop.p";
    let o = xtask(&["check", file, "-i", "10"]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.starts_with(&format!("{file}:")), "{err}");
    assert!(err.contains("error: "), "{err}");
}

#[test]
fn a_missing_project_exits_3() {
    let o = xtask(&["check", "p-models/no-such-project", "-i", "10"]);
    assert_eq!(o.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&o.stderr).contains("no-such-project"));
}
