//! `cargo xtask compile <PATH>... (--check-only | --out DIR)`: read and check
//! P programs and report every diagnostic; with `--out`, write a standalone
//! crate whose binary is the checker of the project's tests.
//!
//! One project (a `.pproj`, a folder of `.p` files, or `.p` files) must be
//! clean. A single folder holding projects (such as `p-models/`) is checked
//! project by project: models and `correct`/`dynamic_error` corpus programs
//! must be clean, `static_error` programs must be rejected.

use crate::exit;
use crate::generate::{self, Failure};
use p_codegen::project::{self, Discovered, Expect, Project};
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// A `.pproj` file, a folder of `.p` files, `.p` files, or one folder of
    /// projects (each sub-folder a project or a corpus).
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// Read and check only; do not generate code.
    #[arg(long, conflicts_with = "out")]
    check_only: bool,
    /// Write a standalone checker crate for the project into this folder.
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
}

pub fn run(args: &Args) -> ExitCode {
    if !args.check_only && args.out.is_none() {
        eprintln!(
            "cargo xtask compile: give `--check-only` to check, or `--out DIR` to write a checker crate"
        );
        return ExitCode::from(exit::USAGE);
    }
    if let Some(out) = &args.out {
        return write_crate(&args.paths, out);
    }
    if project::is_collection(&args.paths) {
        return check_collection(&args.paths[0]);
    }
    let project = match project::load(&args.paths) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(exit::USAGE);
        }
    };
    match check_project(&project) {
        Err(unreadable) => {
            eprintln!("{unreadable}");
            ExitCode::from(exit::USAGE)
        }
        Ok(outcome) if outcome.errors.is_empty() => {
            println!("{}: {} files, no errors", project.name, project.files.len());
            ExitCode::from(exit::CLEAN)
        }
        Ok(outcome) => {
            eprint!("{}", outcome.errors);
            ExitCode::from(exit::DIAGNOSTICS)
        }
    }
}

/// The rendered errors of a project (empty when clean).
struct Outcome {
    errors: String,
}

/// Reads, parses and checks every file of `project`; `Err` names an
/// unreadable file.
fn check_project(project: &Project) -> Result<Outcome, String> {
    match generate::check(project) {
        Ok(_) => Ok(Outcome {
            errors: String::new(),
        }),
        Err(Failure::Diagnostics(errors)) => Ok(Outcome { errors }),
        Err(Failure::Unreadable(e)) => Err(e),
    }
}

fn write_crate(paths: &[PathBuf], out: &std::path::Path) -> ExitCode {
    let project = match project::load(paths) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(exit::USAGE);
        }
    };
    let shown: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
    let command = format!(
        "cargo xtask compile {} --out {}",
        shown.join(" "),
        out.display()
    );
    match generate::standalone_crate(
        &project,
        &command,
        generate::Build::Fastest,
        &generate::crate_name(&project.name),
    ) {
        Ok(files) => match generate::write_if_changed(out, &files) {
            Ok(written) => {
                println!(
                    "{}: wrote {} of {} files to {}; build the checker with `cargo build --release --manifest-path {}`",
                    project.name,
                    written.len(),
                    files.len(),
                    out.display(),
                    out.join("Cargo.toml").display()
                );
                ExitCode::from(exit::CLEAN)
            }
            Err(e) => {
                eprintln!("{}: error: {e}", out.display());
                ExitCode::from(exit::USAGE)
            }
        },
        Err(Failure::Diagnostics(text)) => {
            eprint!("{text}");
            ExitCode::from(exit::DIAGNOSTICS)
        }
        Err(Failure::Unreadable(e)) => {
            eprintln!("{e}");
            ExitCode::from(exit::USAGE)
        }
    }
}

/// Per-group tallies for the summary lines.
#[derive(Default)]
struct Tally {
    ok: usize,
    total: usize,
}

fn check_collection(root: &std::path::Path) -> ExitCode {
    let found: Vec<Discovered> = match project::discover(root) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(exit::USAGE);
        }
    };
    let mut tallies: BTreeMap<&str, Tally> = BTreeMap::new();
    let mut failed = false;
    for d in &found {
        let group = d.expect.map_or("models", Expect::name);
        let outcome = match check_project(&d.project) {
            Ok(o) => o,
            Err(unreadable) => {
                eprintln!("{unreadable}");
                return ExitCode::from(exit::USAGE);
            }
        };
        let tally = tallies.entry(group).or_default();
        if d.expect == Some(Expect::StaticError) {
            tally.total += 1;
            if !outcome.errors.is_empty() {
                tally.ok += 1;
            } else {
                failed = true;
                let program = match d.project.files.as_slice() {
                    [one] => one.clone(),
                    _ => d.project.root.clone(),
                };
                eprintln!(
                    "{}: error: accepted, but this program must be rejected (its corpus \
                     expects a static error)",
                    program.display()
                );
            }
            continue;
        }
        tally.total += 1;
        if outcome.errors.is_empty() {
            tally.ok += 1;
        } else {
            failed = true;
            eprint!("{}", outcome.errors);
            eprintln!();
        }
    }
    for (group, t) in &tallies {
        if *group == "static_error" {
            println!("static_error: {}/{} rejected as expected", t.ok, t.total);
        } else {
            println!("{group}: {}/{} clean", t.ok, t.total);
        }
    }
    if failed {
        ExitCode::from(exit::DIAGNOSTICS)
    } else {
        ExitCode::from(exit::CLEAN)
    }
}
