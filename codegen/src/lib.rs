//! The P front end and Rust code generator.
//!
//! Stages, each in its own module and each collecting every error it can
//! before the next one starts:
//! P text ([`source`]) -> syntax tree ([`syntax`]) -> checked model
//! ([`sema`]), with errors as [`diag`]nostics. Project loading (`.pproj`,
//! folders, file lists) lives in [`project`].

pub mod diag;
pub mod emit;
pub mod project;
pub mod sema;
pub mod source;
pub mod syntax;
pub mod synthetic;

use diag::Diagnostic;
use project::normalize;
use source::SourceMap;
use std::path::{Component, Path, PathBuf};

/// Parses and checks every file of `sources`: the checked model, or the
/// errors of the first stage that found any (parse errors stop before
/// analysis).
pub fn check_sources(sources: &SourceMap) -> Result<sema::Model, Vec<Diagnostic>> {
    let (units, mut errors) = syntax::parse_all(sources);
    if !errors.is_empty() {
        diag::sort(&mut errors);
        return Err(errors);
    }
    sema::analyze(sources, &units)
}

/// Loads the project named by `paths` (see [`project::load`]) and checks
/// it (see [`check_project`]).
pub fn load_and_check(
    paths: &[PathBuf],
) -> Result<(SourceMap, Result<sema::Model, Vec<Diagnostic>>), project::ProjectError> {
    check_project(&project::load(paths)?)
}

/// Reads the files of `project` into a [`SourceMap`], each named by its
/// path relative to the project's folder (with `..` steps for files
/// outside it, such as those of an included project), and checks them.
/// These names are what generated code and run-time messages cite; a
/// command line shows them joined to [`project::Project::root`].
pub fn check_project(
    project: &project::Project,
) -> Result<(SourceMap, Result<sema::Model, Vec<Diagnostic>>), project::ProjectError> {
    let mut sources = SourceMap::new();
    let root = normalize(&project.root);
    for file in &project.files {
        let text = std::fs::read_to_string(file).map_err(|e| project::ProjectError {
            path: file.clone(),
            at: None,
            message: format!("cannot read: {e}"),
        })?;
        sources.add(relative_to(&normalize(file), &root), text);
    }
    let result = check_sources(&sources);
    Ok((sources, result))
}

/// `path` relative to `base` (both normalized), with `..` steps for files
/// outside it, so the shown path does not depend on where the checkout is.
fn relative_to(path: &Path, base: &Path) -> PathBuf {
    if let Ok(inside) = path.strip_prefix(base) {
        return inside.to_path_buf();
    }
    let (p, b): (Vec<Component>, Vec<Component>) =
        (path.components().collect(), base.components().collect());
    let common = p.iter().zip(&b).take_while(|(x, y)| x == y).count();
    if path.is_absolute() != base.is_absolute()
        || b[common..]
            .iter()
            .any(|c| matches!(c, Component::ParentDir))
    {
        return path.to_path_buf();
    }
    let mut out = PathBuf::new();
    for _ in common..b.len() {
        out.push("..");
    }
    for c in &p[common..] {
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_outside_the_project_are_shown_relative_to_it() {
        let base = Path::new("/w/p-models/tps-mutants/reorder");
        assert_eq!(
            relative_to(
                Path::new("/w/p-models/tps-mutants/reorder/PSrc/Queue.p"),
                base
            ),
            PathBuf::from("PSrc/Queue.p")
        );
        assert_eq!(
            relative_to(Path::new("/w/p-models/tps/PSrc/Queue.p"), base),
            PathBuf::from("../../tps/PSrc/Queue.p")
        );
        assert_eq!(
            relative_to(Path::new("lib/l.p"), Path::new("app")),
            PathBuf::from("../lib/l.p")
        );
        assert_eq!(
            relative_to(Path::new("/w/l.p"), Path::new("app")),
            PathBuf::from("/w/l.p")
        );
        assert_eq!(normalize(Path::new("a/./b/../c")), PathBuf::from("a/c"));
    }
}
