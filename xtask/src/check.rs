//! `cargo xtask check <PATH> [checker options]`: compiles a P project into
//! a checker binary (cached under `target/p-check/`, rebuilt only when the
//! generated Rust changes) and runs it; every option after the path goes to
//! the checker (`--testcase`, `-i`, `--seed`, `--sch`, `--replay`, `--jobs`,
//! `--timeout`, `--list-tests`, `-v`, ...; see its `--help`).
//!
//! Exit status: the checker's (0 no bug, 1 bug found, 3 other errors), or 2
//! when the P program has static errors, 3 when it cannot be built.

use crate::exit;
use crate::generate::{self, Failure, workspace_root};
use p_codegen::project;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};

#[derive(clap::Args)]
pub struct Args {
    /// A `.pproj` file, a folder of `.p` files, or a `.p` file.
    path: PathBuf,
    /// Options for the checker (run with `--help` to list them).
    #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
    checker_args: Vec<String>,
}

pub fn run(args: &Args) -> ExitCode {
    let Built { binary, command } = match build(&args.path, generate::Build::EditLoop) {
        Ok(b) => b,
        Err(code) => return code,
    };
    let child = Command::new(&binary)
        .args(&args.checker_args)
        .env("P_CHECK_COMMAND", &command)
        .stdout(Stdio::piped())
        .spawn();
    let mut child = match child {
        Ok(c) => c,
        Err(e) => {
            eprintln!("error: cannot run the checker {}: {e}", binary.display());
            return ExitCode::from(exit::USAGE);
        }
    };
    // Pass the report through as it comes, noting the JSON trace of a bug
    // so its message sequence chart can be drawn next to it.
    let mut trace_json = None;
    if let Some(out) = child.stdout.take() {
        for line in BufReader::new(out).lines().map_while(Result::ok) {
            println!("{line}");
            if let Some(path) = line.trim().strip_prefix("..... Writing ") {
                if path.ends_with(".trace.json") {
                    trace_json = Some(PathBuf::from(path));
                }
            }
        }
    }
    let Some(code) = child.wait().ok().and_then(|s| s.code()) else {
        eprintln!(
            "error: the checker {} did not finish normally",
            binary.display()
        );
        return ExitCode::from(exit::USAGE);
    };
    if let Some(json) = trace_json {
        match crate::trace::write_page(&json) {
            Ok(page) => println!(
                "..... Writing {} (the trace as a message sequence chart)",
                page.display()
            ),
            Err(e) => eprintln!("{e}"),
        }
    }
    ExitCode::from(code.clamp(0, 255) as u8)
}

/// A project's checker, built.
pub struct Built {
    /// The checker binary.
    pub binary: PathBuf,
    /// The command that built it (`cargo xtask check PATH`), for reports.
    pub command: String,
}

/// Generates the checker crate of the P project at `path` under
/// `target/p-check/` and builds it (release); diagnostics and build failures
/// are printed and returned as the exit status to end with.
pub fn build(path: &Path, build: generate::Build) -> Result<Built, ExitCode> {
    let project = match project::load(&[path.to_path_buf()]) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("{e}");
            return Err(ExitCode::from(exit::USAGE));
        }
    };
    let command = format!("cargo xtask check {}", path.display());
    let root = workspace_root();
    let key = project
        .root
        .canonicalize()
        .unwrap_or_else(|_| project.root.clone());
    // The package (and binary) is named after the project's folder too:
    // all checkers share one target folder, where two projects of the same
    // name would otherwise share one binary, and cargo, finding a package
    // fresh, does not copy its binary back over the other's.
    let package = format!(
        "{}-{:016x}",
        generate::crate_name(&project.name),
        fnv(&key.to_string_lossy())
    );
    let dir = root.join("target/p-check").join(&package);
    let files = match generate::standalone_crate(&project, &command, build, &package) {
        Ok(f) => f,
        Err(Failure::Diagnostics(text)) => {
            eprint!("{text}");
            return Err(ExitCode::from(exit::DIAGNOSTICS));
        }
        Err(Failure::Unreadable(e)) => {
            eprintln!("{e}");
            return Err(ExitCode::from(exit::USAGE));
        }
    };
    if let Err(e) = generate::write_if_changed(&dir, &files) {
        eprintln!("{}: error: {e}", dir.display());
        return Err(ExitCode::from(exit::USAGE));
    }
    let target = root.join("target/p-check/target");
    let status = generate::cargo()
        .args(["build", "--release", "--quiet", "--manifest-path"])
        .arg(dir.join("Cargo.toml"))
        .env("CARGO_TARGET_DIR", &target)
        .status();
    match status {
        Ok(s) if s.success() => {}
        Ok(_) => {
            eprintln!(
                "error: the generated checker for `{}` did not build (generated crate: {})",
                project.name,
                dir.display()
            );
            return Err(ExitCode::from(exit::USAGE));
        }
        Err(e) => {
            eprintln!("error: cannot run cargo: {e}");
            return Err(ExitCode::from(exit::USAGE));
        }
    }
    let binary = target.join("release").join(&package);
    Ok(Built { binary, command })
}

/// A stable 64-bit hash (FNV-1a) of a path, to keep projects apart in the cache.
fn fnv(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
    })
}
