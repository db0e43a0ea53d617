//! `cargo xtask gen [--check]` (module `regen`: `gen` is a keyword): regenerates the Rust of every P project
//! under `p-models/` into `generated-tests/src/generated/`, with a registry
//! of the programs and the outcome each test case is expected to have.
//! `--check` regenerates in memory and exits 1 naming every stale file.

use crate::exit;
use crate::generate::{self, Failure, workspace_root};
use p_codegen::emit::{self, GeneratedFile};
use p_codegen::project::{self, Discovered, Expect};
use std::collections::BTreeSet;
use std::fmt::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// Compare instead of writing: exit 1 if any generated file is stale.
    #[arg(long)]
    check: bool,
}

const COMMAND: &str = "cargo xtask gen";

/// Where generated modules go, relative to the workspace root.
pub const OUT: &str = "generated-tests/src/generated";

pub fn run(args: &Args) -> ExitCode {
    let root = workspace_root();
    let files = match generate_all(&root) {
        Ok(f) => f,
        Err(message) => {
            eprint!("{message}");
            return ExitCode::from(exit::DIAGNOSTICS);
        }
    };
    let out = root.join(OUT);
    if args.check {
        let stale = stale_files(&out, &files);
        if stale.is_empty() {
            println!("{OUT}: {} files, all up to date", files.len());
            return ExitCode::from(exit::CLEAN);
        }
        for s in &stale {
            eprintln!("stale: {}", s.display());
        }
        eprintln!(
            "{} generated files are stale: run `{COMMAND}` and commit the result",
            stale.len()
        );
        return ExitCode::from(1);
    }
    match write_all(&out, &files) {
        Ok(n) => {
            println!("{OUT}: {} files, {n} written", files.len());
            ExitCode::from(exit::CLEAN)
        }
        Err(e) => {
            eprintln!("{}: error: {e}", out.display());
            ExitCode::from(exit::USAGE)
        }
    }
}

/// Every file `gen` would write, relative to [`OUT`].
pub fn generate_all(root: &Path) -> Result<Vec<GeneratedFile>, String> {
    let models = root.join("p-models");
    let found = project::discover(&models).map_err(|e| format!("{e}\n"))?;
    let mut files = Vec::new();
    let mut entries = Vec::new();
    let mut failures = String::new();
    for d in found {
        if d.expect == Some(Expect::StaticError) {
            continue;
        }
        let rel = relative_source(&models, &d);
        let modules: Vec<String> = rel.iter().map(|c| module_segment(c)).collect();
        let opts = emit::Options {
            command: COMMAND.into(),
            root_path: format!("crate::generated::{}", modules.join("::")),
            project: d.project.name.clone(),
            source_root: format!("p-models/{}", rel.join("/")),
        };
        match generate::emit(&d.project, &opts) {
            Ok(generated) => {
                let dir: PathBuf = modules.iter().collect();
                files.extend(generated.into_iter().map(|f| GeneratedFile {
                    path: dir.join(f.path),
                    contents: f.contents,
                }));
                entries.push(Entry {
                    source: format!("p-models/{}", rel.join("/")),
                    module: modules,
                    group: d.expect.map_or("model", Expect::name),
                    expected: expectations(&d),
                });
            }
            Err(Failure::Diagnostics(text)) => failures.push_str(&text),
            Err(Failure::Unreadable(e)) => {
                let _ = writeln!(failures, "{e}");
            }
        }
    }
    if !failures.is_empty() {
        return Err(failures);
    }
    files.extend(module_tree(&entries));
    files.push(registry(&entries));
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(files)
}

/// One generated program and what its tests should find.
struct Entry {
    source: String,
    module: Vec<String>,
    group: &'static str,
    /// `(test, bug kind)`: tests expected to find a bug (`*`: any test);
    /// kind `bug` accepts any kind.
    expected: Vec<(String, String)>,
}

fn relative_source(models: &Path, d: &Discovered) -> Vec<String> {
    let path = match d.project.files.as_slice() {
        [one] if d.expect.is_some() => one.with_extension(""),
        _ => d.project.root.clone(),
    };
    path.strip_prefix(models)
        .unwrap_or(&path)
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect()
}

/// A Rust module name for a folder or file name.
fn module_segment(name: &str) -> String {
    let mut s: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '_'
            }
        })
        .collect();
    if s.starts_with(|c: char| c.is_ascii_digit()) {
        s.insert_str(0, "p_");
    }
    if matches!(
        s.as_str(),
        "mod"
            | "type"
            | "fn"
            | "struct"
            | "enum"
            | "impl"
            | "use"
            | "gen"
            | "match"
            | "loop"
            | "self"
            | "super"
            | "crate"
    ) {
        s.push_str("_p");
    }
    s
}

/// Expected bugs: a `dynamic_error` program's `// expect: <kind>` line
/// (every test case must find it, or only those its `// expect-case: <test
/// case>` lines name, the others none), or a model's `expect.toml`
/// (`testName = "kind"` lines).
fn expectations(d: &Discovered) -> Vec<(String, String)> {
    match d.expect {
        Some(Expect::DynamicError) => {
            let texts: Vec<String> = d
                .project
                .files
                .iter()
                .filter_map(|f| std::fs::read_to_string(f).ok())
                .collect();
            let header = |prefix: &str| -> Vec<String> {
                texts
                    .iter()
                    .flat_map(|t| t.lines().take(10))
                    .filter_map(|l| l.trim().strip_prefix(prefix).map(|k| k.trim().to_owned()))
                    .collect()
            };
            let kind = header("// expect:")
                .into_iter()
                .next()
                .unwrap_or_else(|| "bug".into());
            let cases = header("// expect-case:");
            if cases.is_empty() {
                vec![("*".into(), kind)]
            } else {
                cases.into_iter().map(|c| (c, kind.clone())).collect()
            }
        }
        Some(_) => Vec::new(),
        None => {
            let text =
                std::fs::read_to_string(d.project.root.join("expect.toml")).unwrap_or_default();
            text.lines()
                .filter_map(|l| {
                    let l = l.split('#').next()?.trim();
                    let (test, kind) = l.split_once('=')?;
                    Some((
                        test.trim().to_owned(),
                        kind.trim().trim_matches('"').to_owned(),
                    ))
                })
                .collect()
        }
    }
}

/// `mod.rs` files for the folders between `generated/` and each program.
fn module_tree(entries: &[Entry]) -> Vec<GeneratedFile> {
    let mut dirs: BTreeSet<Vec<String>> = BTreeSet::new();
    for e in entries {
        for n in 0..e.module.len() {
            dirs.insert(e.module[..n].to_vec());
        }
    }
    let programs: BTreeSet<&Vec<String>> = entries.iter().map(|e| &e.module).collect();
    let mut out = Vec::new();
    for dir in &dirs {
        let mut children: BTreeSet<&str> = BTreeSet::new();
        for e in entries {
            if e.module.len() > dir.len() && e.module.starts_with(dir) {
                children.insert(&e.module[dir.len()]);
            }
        }
        if programs.contains(dir) {
            continue;
        }
        let mut text = header();
        if dir.is_empty() {
            text.push_str("pub mod registry;\n");
        }
        for c in children {
            let _ = writeln!(text, "pub mod {c};");
        }
        let mut path: PathBuf = dir.iter().collect();
        path.push("mod.rs");
        out.push(GeneratedFile {
            path,
            contents: text,
        });
    }
    out
}

fn header() -> String {
    format!(
        "// @generated by `{COMMAND}` from p-models/.\n// Do not edit: change the P sources and regenerate.\n\n"
    )
}

/// `registry.rs`: every program with its expected outcomes and a function
/// that checks all its test cases.
fn registry(entries: &[Entry]) -> GeneratedFile {
    let mut text = header();
    text.push_str(
        "//! Every generated P program, what its tests are expected to find, and\n\
         //! a function that checks them.\n\n\
         use p_runtime::checker::{CheckConfig, check};\n\n\
         /// What a test case found: its name, and the kind and message of its bug.\n\
         pub type Outcome = (&'static str, Option<(&'static str, String)>);\n\n\
         /// A generated program.\n\
         pub struct Program {\n    \
             /// The P source (project folder or file).\n    pub source: &'static str,\n    \
             /// `model`, `correct` or `dynamic_error`.\n    pub group: &'static str,\n    \
             /// Tests expected to find a bug, with its kind (`*`: any test; kind `bug`: any kind).\n    \
             pub expected_bugs: &'static [(&'static str, &'static str)],\n    \
             /// Checks every test case: its name and the kind and message of the bug found.\n    \
             pub check: fn(&CheckConfig) -> Vec<Outcome>,\n\
         }\n\n\
         /// Every generated program.\npub static PROGRAMS: &[Program] = &[\n",
    );
    for e in entries {
        let path = e.module.join("::");
        let expected: Vec<String> = e
            .expected
            .iter()
            .map(|(t, k)| format!("({t:?}, {k:?})"))
            .collect();
        let _ = writeln!(
            text,
            "    Program {{\n        source: {:?},\n        group: {:?},\n        expected_bugs: &[{}],\n        \
             check: |cfg| {{\n            super::{path}::TESTS\n                .iter()\n                \
             .map(|t| (t.name, check(t, cfg).bug.map(|b| (b.bug.kind.name(), b.bug.message))))\n                \
             .collect()\n        }},\n    }},",
            e.source,
            e.group,
            expected.join(", ")
        );
    }
    text.push_str("];\n");
    GeneratedFile {
        path: "registry.rs".into(),
        contents: text,
    }
}

/// Files under `out` that differ from `files`, are missing, or are not
/// generated any more.
pub fn stale_files(out: &Path, files: &[GeneratedFile]) -> Vec<PathBuf> {
    let mut stale: Vec<PathBuf> = files
        .iter()
        .filter(|f| {
            std::fs::read_to_string(out.join(&f.path)).ok().as_deref() != Some(f.contents.as_str())
        })
        .map(|f| Path::new(OUT).join(&f.path))
        .collect();
    let wanted: BTreeSet<PathBuf> = files.iter().map(|f| out.join(&f.path)).collect();
    for existing in walk(out) {
        if !wanted.contains(&existing) {
            stale.push(
                existing
                    .strip_prefix(workspace_root())
                    .map(Path::to_path_buf)
                    .unwrap_or(existing),
            );
        }
    }
    stale
}

/// Removes the folders a removed program left empty.
fn remove_empty_dirs(dir: &Path) {
    if let Ok(entries) = std::fs::read_dir(dir) {
        for e in entries.filter_map(Result::ok) {
            if e.path().is_dir() {
                remove_empty_dirs(&e.path());
                let _ = std::fs::remove_dir(e.path());
            }
        }
    }
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    if let Ok(entries) = std::fs::read_dir(dir) {
        for e in entries.filter_map(Result::ok) {
            let p = e.path();
            if p.is_dir() {
                out.extend(walk(&p));
            } else {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// Writes the files and removes generated files no longer produced.
pub fn write_all(out: &Path, files: &[GeneratedFile]) -> std::io::Result<usize> {
    let written = generate::write_if_changed(out, files)?;
    let wanted: BTreeSet<PathBuf> = files.iter().map(|f| out.join(&f.path)).collect();
    for existing in walk(out) {
        if !wanted.contains(&existing) {
            std::fs::remove_file(&existing)?;
        }
    }
    remove_empty_dirs(out);
    Ok(written.len())
}
