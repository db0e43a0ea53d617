//! `cargo xtask compile <PATH>... [--check-only]`: read P programs and report
//! every diagnostic.
//!
//! One project (a `.pproj`, a folder of `.p` files, or `.p` files) must be
//! clean. A single folder holding projects (such as `p-models/`) is checked
//! project by project: models and `correct`/`dynamic_error` corpus programs
//! must be clean, `static_error` programs must be rejected.

use crate::exit;
use p_codegen::diag::{self, Diagnostic};
use p_codegen::project::{self, Discovered, Expect, Project};
use p_codegen::source::SourceMap;
use p_codegen::syntax;
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
    #[arg(long)]
    check_only: bool,
}

pub fn run(args: &Args) -> ExitCode {
    if !args.check_only {
        eprintln!(
            "cargo xtask compile: code generation is not available yet; \
             run with `--check-only` to read and check P programs"
        );
        return ExitCode::from(exit::USAGE);
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
            eprint!("{}", diag::render_all(&outcome.sources, &outcome.errors));
            ExitCode::from(exit::DIAGNOSTICS)
        }
    }
}

/// A project's sources and the errors found in them.
struct Outcome {
    sources: SourceMap,
    errors: Vec<Diagnostic>,
}

/// Reads and parses every file of `project`; `Err` names an unreadable file.
fn check_project(project: &Project) -> Result<Outcome, String> {
    let mut sources = SourceMap::new();
    for path in &project.files {
        let text = std::fs::read_to_string(path)
            .map_err(|e| format!("{}: error: cannot read: {e}", path.display()))?;
        sources.add(path.clone(), text);
    }
    let (_units, diags) = syntax::parse_all(&sources);
    let errors = diags.into_iter().filter(Diagnostic::is_error).collect();
    Ok(Outcome { sources, errors })
}

/// The checks this command runs today. A `static_error` program whose error
/// only a later stage can see (its header names a rule other than
/// `parse-error`) is not counted against the parser.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Stage {
    Parse,
    /// Names, types and P's static rules: not implemented yet.
    Check,
}

const STAGES_RUN: &[Stage] = &[Stage::Parse];

/// The stage that must reject a `static_error` program, from the
/// `// expect-error: <rule-id>` line its corpus puts in each program.
fn rejecting_stage(project: &Project) -> Option<Stage> {
    project.files.iter().find_map(|f| {
        let text = std::fs::read_to_string(f).ok()?;
        let rule = text
            .lines()
            .take(5)
            .find_map(|l| l.trim().strip_prefix("// expect-error:"))?
            .trim()
            .to_owned();
        Some(if rule == "parse-error" {
            Stage::Parse
        } else {
            Stage::Check
        })
    })
}

/// Per-group tallies for the summary lines.
#[derive(Default)]
struct Tally {
    ok: usize,
    total: usize,
    /// `static_error` programs whose error needs a stage not run yet.
    pending: usize,
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
            if !outcome.errors.is_empty() {
                tally.ok += 1;
                tally.total += 1;
            } else if rejecting_stage(&d.project).is_some_and(|s| !STAGES_RUN.contains(&s)) {
                tally.pending += 1;
            } else {
                tally.total += 1;
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
            eprint!("{}", diag::render_all(&outcome.sources, &outcome.errors));
            eprintln!();
        }
    }
    for (group, t) in &tallies {
        if *group == "static_error" {
            let mut line = format!("static_error: {}/{} rejected as expected", t.ok, t.total);
            if t.pending > 0 {
                line.push_str(&format!(
                    " ({} more need the checker, which does not run yet)",
                    t.pending
                ));
            }
            println!("{line}");
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
