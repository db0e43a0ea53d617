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

#[test]
fn foreign_functions_are_reported_alike_by_check_and_compile() {
    let d = std::env::temp_dir().join(format!("xtask-check-foreign-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    let file = d.join("foreign.p");
    std::fs::write(
        &file,
        "fun Twice(x: int): int;\n\
         machine Main { start state S { entry { assert Twice(1) == 2; } } }\n",
    )
    .unwrap();
    let file = file.to_str().unwrap();
    let check = xtask(&["check", file, "-i", "10"]);
    let compile = xtask(&["compile", file, "--check-only"]);
    assert_eq!(check.status.code(), Some(2));
    assert_eq!(compile.status.code(), Some(2));
    let err = String::from_utf8_lossy(&check.stderr).into_owned();
    assert!(
        err.starts_with(&format!(
            "{file}:1:5: error: foreign function `Twice` (declared without a body) is not supported by this tool\n"
        )),
        "{err}"
    );
    assert_eq!(err, String::from_utf8_lossy(&compile.stderr));
}

/// All checkers share one cargo target folder: two projects with the same
/// name must still each run their own checker (they once shared a binary,
/// and the second one checked ran the first one's code).
#[test]
fn two_projects_with_the_same_name_each_run_their_own_checker() {
    // A fixed folder, so repeated runs reuse their checkers.
    let d = std::env::temp_dir().join("xtask-check-same-name");
    let _ = std::fs::remove_dir_all(&d);
    let program = |dir: &str, holds: bool| {
        let folder = d.join(dir).join("twin");
        std::fs::create_dir_all(&folder).unwrap();
        std::fs::write(
            folder.join("main.p"),
            format!(
                "machine Main {{ start state S {{ entry {{ assert {holds}, \"{dir}\"; }} }} }}\n"
            ),
        )
        .unwrap();
        folder.to_str().unwrap().to_owned()
    };
    let (failing, passing) = (program("a", false), program("b", true));
    let run = |p: &str| xtask(&["check", p, "-i", "5", "--quiet"]).status.code();
    assert_eq!(run(&failing), Some(1));
    assert_eq!(run(&passing), Some(0));
    assert_eq!(run(&failing), Some(1));
    let _ = std::fs::remove_dir_all(&d);
}
