//! `cargo xtask compile` as a user runs it: the built binary, its exit
//! codes and what it prints.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn xtask(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(args)
        .current_dir(repo_root())
        .output()
        .expect("the xtask binary runs")
}

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in the workspace")
        .to_path_buf()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// A fresh folder under the target-independent temp dir.
fn temp_dir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("xtask-compile-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&d);
    fs::create_dir_all(&d).expect("temp dir");
    d
}

#[test]
fn malformed_file_exits_2_with_file_line_col() {
    let o = xtask(&[
        "compile",
        "codegen/tests/inputs/parse/err/missing_semicolon.p",
        "--check-only",
    ]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(
        stderr(&o).starts_with(
            "codegen/tests/inputs/parse/err/missing_semicolon.p:6:18: error: expected `;` after the statement\n"
        ),
        "{}",
        stderr(&o)
    );
}

#[test]
fn every_file_of_a_project_is_reported() {
    let d = temp_dir("two-errors");
    fs::write(d.join("a.p"), "event e\n").unwrap();
    fs::write(d.join("b.p"), "machine M {\n  var machine: int;\n}\n").unwrap();
    fs::write(d.join("c.p"), "event ok;\n").unwrap();
    let o = xtask(&["compile", d.to_str().unwrap(), "--check-only"]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("a.p:1:8: error: expected `;`"), "{err}");
    assert!(
        err.contains("b.p:2:7: error: `machine` is a keyword"),
        "{err}"
    );
}

#[test]
fn clean_project_exits_0() {
    let o = xtask(&[
        "compile",
        "p-models/conformance/correct/defer_order.p",
        "--check-only",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("files, no errors"), "{}", stdout(&o));
    assert!(stderr(&o).is_empty(), "{}", stderr(&o));
}

#[test]
fn unknown_flag_exits_3_with_usage() {
    let o = xtask(&["compile", "--frobnicate", "x.p"]);
    assert_eq!(o.status.code(), Some(3));
    let err = stderr(&o);
    assert!(err.contains("--frobnicate"), "{err}");
    assert!(err.contains("Usage: cargo xtask compile"), "{err}");
}

#[test]
fn missing_subcommand_or_path_exits_3() {
    assert_eq!(xtask(&[]).status.code(), Some(3));
    assert_eq!(xtask(&["compile", "--check-only"]).status.code(), Some(3));
}

#[test]
fn unreadable_path_exits_3_naming_it() {
    let o = xtask(&["compile", "no/such/file.p", "--check-only"]);
    assert_eq!(o.status.code(), Some(3));
    assert!(
        stderr(&o).starts_with("no/such/file.p: error: cannot read"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn included_projects_are_compiled_and_an_include_cycle_exits_3_at_its_line() {
    let d = temp_dir("include");
    fs::create_dir_all(d.join("lib")).unwrap();
    fs::write(
        d.join("App.pproj"),
        "<Project>\n<InputFiles><PFile>main.p</PFile></InputFiles>\n\
         <IncludeProject>lib/Lib.pproj</IncludeProject>\n</Project>\n",
    )
    .unwrap();
    fs::write(
        d.join("lib/Lib.pproj"),
        "<Project>\n<InputFiles><PFile>lib.p</PFile></InputFiles>\n</Project>\n",
    )
    .unwrap();
    fs::write(d.join("lib/lib.p"), "event eFromLib;\n").unwrap();
    fs::write(
        d.join("main.p"),
        "machine Main { start state S { entry { raise eFromLib; } on eFromLib do {} } }\n",
    )
    .unwrap();
    let app = d.join("App.pproj");
    let o = xtask(&["compile", app.to_str().unwrap(), "--check-only"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("2 files, no errors"), "{}", stdout(&o));

    // The included project includes the app back.
    fs::write(
        d.join("lib/Lib.pproj"),
        "<Project>\n<InputFiles><PFile>lib.p</PFile></InputFiles>\n\
         <IncludeProject>../App.pproj</IncludeProject>\n</Project>\n",
    )
    .unwrap();
    let o = xtask(&["compile", app.to_str().unwrap(), "--check-only"]);
    assert_eq!(o.status.code(), Some(3));
    assert!(
        stderr(&o).starts_with(&format!(
            "{}:3:1: error: including `../App.pproj` makes a cycle of projects",
            d.join("lib/Lib.pproj").display()
        )),
        "{}",
        stderr(&o)
    );
}

#[test]
fn diagnostics_show_each_file_as_the_user_can_open_it() {
    // A project whose only input sits in a sub-folder, and one that takes a
    // file from a sibling folder.
    let d = temp_dir("paths");
    for dir in ["one/PSrc", "app", "lib"] {
        fs::create_dir_all(d.join(dir)).unwrap();
    }
    fs::write(
        d.join("one/one.pproj"),
        "<Project><InputFiles><PFile>PSrc</PFile></InputFiles></Project>",
    )
    .unwrap();
    fs::write(d.join("one/PSrc/only.p"), "event e\n").unwrap();
    fs::write(
        d.join("app/app.pproj"),
        "<Project><InputFiles><PFile>main.p</PFile><PFile>../lib/lib.p</PFile></InputFiles></Project>",
    )
    .unwrap();
    fs::write(d.join("app/main.p"), "event ok;\n").unwrap();
    fs::write(d.join("lib/lib.p"), "event e\n").unwrap();
    let first_line = |cwd: &Path, path: &str| {
        let o = Command::new(env!("CARGO_BIN_EXE_xtask"))
            .args(["compile", path, "--check-only"])
            .current_dir(cwd)
            .output()
            .expect("the xtask binary runs");
        assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
        stderr(&o).lines().next().unwrap_or_default().to_owned()
    };
    let want = |file: &str| format!("{file}:1:8: error: expected `;` after the event declaration");
    assert_eq!(first_line(&d, "one"), want("one/PSrc/only.p"));
    assert_eq!(first_line(&d, "one/one.pproj"), want("one/PSrc/only.p"));
    assert_eq!(first_line(&d.join("one"), "."), want("PSrc/only.p"));
    assert_eq!(first_line(&d, "app"), want("lib/lib.p"));
    assert_eq!(
        first_line(&d.join("app"), "app.pproj"),
        want("../lib/lib.p")
    );
    let abs = d.join("app");
    assert_eq!(
        first_line(&d, abs.to_str().unwrap()),
        want(&d.join("lib/lib.p").display().to_string())
    );
}

#[test]
fn compile_needs_check_only_or_out() {
    let o = xtask(&["compile", "p-models/conformance/correct/defer_order.p"]);
    assert_eq!(o.status.code(), Some(3));
    assert!(stderr(&o).contains("--check-only"), "{}", stderr(&o));
}

#[test]
fn collection_counts_rejected_static_errors_as_expected() {
    let d = temp_dir("collection");
    let model = d.join("model");
    fs::create_dir_all(&model).unwrap();
    fs::write(model.join("m.p"), "event e;\n").unwrap();
    let bad = d.join("corpus/static_error");
    fs::create_dir_all(&bad).unwrap();
    fs::write(bad.join("corpus.toml"), "expect = \"static_error\"\n").unwrap();
    fs::write(
        bad.join("no_semicolon.p"),
        "// a parse error\n// expect-error: parse-error\nevent e\n",
    )
    .unwrap();
    fs::write(
        bad.join("type_error.p"),
        "// needs the checker\n// expect-error: type-mismatch-assign\n\
         machine Main { start state S { entry { var x: int; x = true; } } }\n",
    )
    .unwrap();
    let o = xtask(&["compile", d.to_str().unwrap(), "--check-only"]);
    assert_eq!(o.status.code(), Some(0), "{}{}", stdout(&o), stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("models: 1/1 clean"), "{out}");
    assert!(
        out.contains("static_error: 2/2 rejected as expected"),
        "{out}"
    );

    // A program the parser should reject but accepts is a failure.
    fs::write(
        bad.join("accepted.p"),
        "// claims a parse error\n// expect-error: parse-error\nevent e;\n",
    )
    .unwrap();
    let o = xtask(&["compile", d.to_str().unwrap(), "--check-only"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("accepted.p: error: accepted, but this program must be rejected"));
    assert!(
        stdout(&o).contains("static_error: 2/3 rejected as expected"),
        "{}",
        stdout(&o)
    );

    // A broken model fails the run with its diagnostics.
    fs::write(model.join("m.p"), "event e\n").unwrap();
    let o = xtask(&["compile", d.to_str().unwrap(), "--check-only"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("m.p:1:8: error: expected `;`"),
        "{}",
        stderr(&o)
    );
    assert!(stdout(&o).contains("models: 0/1 clean"), "{}", stdout(&o));
}

#[test]
fn p_models_check_clean() {
    let o = xtask(&["compile", "p-models", "--check-only"]);
    assert_eq!(o.status.code(), Some(0), "{}{}", stdout(&o), stderr(&o));
    assert!(stdout(&o).contains("models:"), "{}", stdout(&o));
}
