//! Finding the P files of a project.
//!
//! A project is named by a `.pproj` file (P's XML project file), a folder
//! (every `.p` file beneath it, sorted by path so the order is stable), or a
//! single `.p` file. Several paths are merged in the order given, each file
//! once. A `.pproj` may include other projects (`<IncludeProject>`), whose
//! files join it (see [`load_pproj`]).
//!
//! [`discover`] finds every project under a folder such as `p-models/`: a
//! folder with a `.pproj` is one project, a folder holding `.p` files is one
//! project, and a *corpus* folder (one holding a `corpus.toml`) holds one
//! program per `.p` file or sub-folder, all with the outcome the
//! `corpus.toml` states (`expect = "correct" | "dynamic_error" | "static_error"`).

use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};

/// The P files of a project and its name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Project {
    /// `ProjectName` from the `.pproj`, else the folder's or file's stem.
    pub name: String,
    /// The folder the project lives in (the `.pproj`'s folder, the folder
    /// given, or the file's folder).
    pub root: PathBuf,
    /// `OutputDir` from the `.pproj`, if any.
    pub output_dir: Option<PathBuf>,
    pub files: Vec<PathBuf>,
}

/// Why a project could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProjectError {
    pub path: PathBuf,
    /// The 1-based line and column in `path` the error is about, if any.
    pub at: Option<(u32, u32)>,
    pub message: String,
}

impl fmt::Display for ProjectError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.path.display())?;
        if let Some((line, col)) = self.at {
            write!(f, ":{line}:{col}")?;
        }
        write!(f, ": error: {}", self.message)
    }
}

impl std::error::Error for ProjectError {}

fn err(path: &Path, message: impl Into<String>) -> ProjectError {
    ProjectError {
        path: path.to_path_buf(),
        at: None,
        message: message.into(),
    }
}

fn err_at(path: &Path, (line, col): (u32, u32), message: impl Into<String>) -> ProjectError {
    ProjectError {
        at: Some((line, col)),
        ..err(path, message)
    }
}

/// The outcome a corpus program is written to have.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expect {
    /// Compiles, and the checker finds no bug.
    Correct,
    /// Compiles, and the checker finds a bug.
    DynamicError,
    /// Rejected by the front end or the checker of declarations.
    StaticError,
}

impl Expect {
    pub fn name(self) -> &'static str {
        match self {
            Expect::Correct => "correct",
            Expect::DynamicError => "dynamic_error",
            Expect::StaticError => "static_error",
        }
    }
}

/// A project found by [`discover`], with the outcome its corpus expects.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Discovered {
    pub project: Project,
    /// `None` outside corpus folders: a model, expected to be clean.
    pub expect: Option<Expect>,
}

/// Returns true when `paths` names one folder that is neither a project nor
/// a program: a collection of projects to [`discover`].
pub fn is_collection(paths: &[PathBuf]) -> bool {
    match paths {
        [dir] if dir.is_dir() => {
            let entries = read_dir_sorted(dir).unwrap_or_default();
            !entries.iter().any(|p| {
                p.is_file()
                    && p.extension()
                        .is_some_and(|e| e == "p" || e == "pproj" || e == "toml")
            })
        }
        _ => false,
    }
}

/// Every project under `root`, in path order (see the module doc).
pub fn discover(root: &Path) -> Result<Vec<Discovered>, ProjectError> {
    let mut out = Vec::new();
    discover_into(root, &mut out)?;
    Ok(out)
}

fn discover_into(dir: &Path, out: &mut Vec<Discovered>) -> Result<(), ProjectError> {
    let entries = read_dir_sorted(dir)?;
    let has_ext = |ext: &str| {
        entries
            .iter()
            .any(|p| p.is_file() && p.extension().is_some_and(|e| e == ext))
    };
    let corpus = dir.join("corpus.toml");
    if corpus.is_file() {
        let expect = read_corpus_expect(&corpus)?;
        for entry in entries {
            let is_program = entry.is_dir() || entry.extension().is_some_and(|e| e == "p");
            if is_program {
                out.push(Discovered {
                    project: load_one(&entry)?,
                    expect: Some(expect),
                });
            }
        }
    } else if has_ext("pproj") || has_ext("p") {
        out.push(Discovered {
            project: load_one(dir)?,
            expect: None,
        });
    } else {
        for entry in entries.iter().filter(|p| p.is_dir()) {
            discover_into(entry, out)?;
        }
    }
    Ok(())
}

/// Reads the one setting of a `corpus.toml`: `expect = "..."`.
fn read_corpus_expect(path: &Path) -> Result<Expect, ProjectError> {
    let text = fs::read_to_string(path).map_err(|e| err(path, format!("cannot read: {e}")))?;
    for (n, line) in text.lines().enumerate() {
        let line = line.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        let value = line
            .strip_prefix("expect")
            .map(str::trim_start)
            .and_then(|l| l.strip_prefix('='))
            .map(|v| v.trim().trim_matches('"'));
        return match value {
            Some("correct") => Ok(Expect::Correct),
            Some("dynamic_error") => Ok(Expect::DynamicError),
            Some("static_error") => Ok(Expect::StaticError),
            _ => Err(err_at(
                path,
                (n as u32 + 1, 1),
                "expected `expect = \"correct\" | \"dynamic_error\" | \"static_error\"`",
            )),
        };
    }
    Err(err(path, "missing `expect = ...`"))
}

/// Loads the project named by `paths` (see the module doc).
pub fn load(paths: &[PathBuf]) -> Result<Project, ProjectError> {
    let first = paths
        .first()
        .ok_or_else(|| err(Path::new("."), "no P project, folder or file given"))?;
    let mut project: Option<Project> = None;
    for path in paths {
        let part = load_one(path)?;
        match &mut project {
            None => project = Some(part),
            Some(p) => {
                for f in part.files {
                    if !p.files.contains(&f) {
                        p.files.push(f);
                    }
                }
            }
        }
    }
    let project = project.expect("at least one path");
    if project.files.is_empty() {
        return Err(err(first, "no `.p` files found"));
    }
    Ok(project)
}

fn load_one(path: &Path) -> Result<Project, ProjectError> {
    let meta = fs::metadata(path).map_err(|e| err(path, format!("cannot read: {e}")))?;
    let stem = |p: &Path| {
        p.canonicalize()
            .ok()
            .and_then(|c| c.file_stem().map(|s| s.to_string_lossy().into_owned()))
            .unwrap_or_else(|| "main".to_owned())
    };
    if meta.is_dir() {
        // A folder holding exactly one `.pproj` is that project.
        let pprojs: Vec<PathBuf> = read_dir_sorted(path)?
            .into_iter()
            .filter(|p| p.extension().is_some_and(|e| e == "pproj"))
            .collect();
        if let [pproj] = pprojs.as_slice() {
            return load_pproj(pproj);
        }
        let mut files = Vec::new();
        collect_p_files(path, &mut files)?;
        return Ok(Project {
            name: stem(path),
            root: path.to_path_buf(),
            output_dir: None,
            files,
        });
    }
    match path.extension().and_then(|e| e.to_str()) {
        Some("pproj") => load_pproj(path),
        Some("p") => Ok(Project {
            name: stem(path),
            root: path.parent().unwrap_or(Path::new(".")).to_path_buf(),
            output_dir: None,
            files: vec![path.to_path_buf()],
        }),
        _ => Err(err(
            path,
            "expected a `.pproj` file, a `.p` file or a folder of `.p` files",
        )),
    }
}

fn read_dir_sorted(dir: &Path) -> Result<Vec<PathBuf>, ProjectError> {
    let mut entries = fs::read_dir(dir)
        .map_err(|e| err(dir, format!("cannot read folder: {e}")))?
        .map(|e| e.map(|e| e.path()))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| err(dir, format!("cannot read folder: {e}")))?;
    entries.sort();
    Ok(entries)
}

/// Every `.p` file under `dir`, depth first, sorted by path at each level.
fn collect_p_files(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), ProjectError> {
    for entry in read_dir_sorted(dir)? {
        if entry.is_dir() {
            collect_p_files(&entry, out)?;
        } else if entry.extension().is_some_and(|e| e == "p") && !out.contains(&entry) {
            out.push(entry);
        }
    }
    Ok(())
}

/// Reads P's XML project file:
/// `<Project><ProjectName>x</ProjectName><InputFiles><PFile>./PSrc/</PFile>...</InputFiles><OutputDir>./out</OutputDir><IncludeProject>../Common/Common.pproj</IncludeProject></Project>`.
/// `PFile` entries name files or folders relative to the `.pproj`.
///
/// `IncludeProject` names another `.pproj` whose input files (and, in turn,
/// those of the projects it includes) become part of this project, as in P
/// (`ParsePProjectFile.GetAllProjectDependencies`). P resolves the path from
/// its working directory, which is the project's folder when a project is
/// compiled the documented way; we resolve it from the including `.pproj`'s
/// folder, so the result does not depend on where the command runs. A
/// project included twice (a diamond) is read once; a project that
/// includes itself, directly or through others, is an error (P skips the
/// repeated project without a word).
fn load_pproj(path: &Path) -> Result<Project, ProjectError> {
    let mut files = Vec::new();
    let mut reader = PprojReader::default();
    let top = reader.read(path, &mut files)?;
    let root_dir = path.parent().unwrap_or(Path::new(".")).to_path_buf();
    Ok(Project {
        name: top.name.unwrap_or_else(|| {
            path.file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default()
        }),
        output_dir: top.output_dir.map(|d| root_dir.join(d)),
        root: root_dir,
        files,
    })
}

/// The settings of one `.pproj` that only the outermost project uses.
struct PprojSettings {
    name: Option<String>,
    output_dir: Option<String>,
}

/// Reads a `.pproj` and the projects it includes, depth first.
#[derive(Default)]
struct PprojReader {
    /// The projects being read, outermost first: (canonical path, path as
    /// named), for the message of a cycle.
    chain: Vec<(PathBuf, PathBuf)>,
    /// Every project already read (canonical paths), so a project included
    /// along two ways is read once.
    done: Vec<PathBuf>,
    /// Every input file so far (canonical paths), so a file is loaded once
    /// however many projects name it.
    seen_files: Vec<PathBuf>,
}

impl PprojReader {
    fn read(
        &mut self,
        path: &Path,
        files: &mut Vec<PathBuf>,
    ) -> Result<PprojSettings, ProjectError> {
        let text = fs::read_to_string(path).map_err(|e| err(path, format!("cannot read: {e}")))?;
        let doc = roxmltree::Document::parse(&text).map_err(|e| {
            let pos = e.pos();
            err_at(
                path,
                (pos.row, pos.col),
                format!("not a valid project file: {e}"),
            )
        })?;
        let this = canonical(path);
        self.chain.push((this.clone(), path.to_path_buf()));
        self.done.push(this);
        let root_dir = path.parent().unwrap_or(Path::new(".")).to_path_buf();
        let root = doc.root_element();
        let at = |node: roxmltree::Node| {
            let pos = doc.text_pos_at(node.range().start);
            (pos.row, pos.col)
        };
        let child_text = |name: &str| {
            root.descendants()
                .find(|n| n.has_tag_name(name))
                .and_then(|n| n.text())
                .map(|t| t.trim().to_owned())
                .filter(|t| !t.is_empty())
        };
        let settings = PprojSettings {
            name: child_text("ProjectName"),
            output_dir: child_text("OutputDir"),
        };
        for entry in root.descendants().filter(|n| n.has_tag_name("PFile")) {
            let Some(rel) = entry.text().map(str::trim).filter(|t| !t.is_empty()) else {
                continue;
            };
            let p = root_dir.join(rel);
            if p.is_dir() {
                let mut found = Vec::new();
                collect_p_files(&p, &mut found)?;
                for f in found {
                    self.add_file(f, files);
                }
            } else if p.is_file() {
                self.add_file(p, files);
            } else {
                return Err(err_at(
                    path,
                    at(entry),
                    format!("input `{rel}` does not exist"),
                ));
            }
        }
        // Like P, only `IncludeProject` elements directly under `<Project>`.
        for entry in root.children().filter(|n| n.has_tag_name("IncludeProject")) {
            let rel = entry.text().map(str::trim).unwrap_or("");
            let included = normalize(&root_dir.join(rel));
            if !rel.ends_with(".pproj") {
                return Err(err_at(
                    path,
                    at(entry),
                    format!("`<IncludeProject>` must name a `.pproj` file, not `{rel}`"),
                ));
            }
            if !included.is_file() {
                return Err(err_at(
                    path,
                    at(entry),
                    format!("included project `{rel}` does not exist"),
                ));
            }
            let target = canonical(&included);
            if let Some(i) = self.chain.iter().position(|(c, _)| *c == target) {
                let cycle: Vec<String> = self.chain[i..]
                    .iter()
                    .map(|(_, shown)| shown.display().to_string())
                    .chain([included.display().to_string()])
                    .collect();
                return Err(err_at(
                    path,
                    at(entry),
                    format!(
                        "including `{rel}` makes a cycle of projects: {}",
                        cycle.join(" -> ")
                    ),
                ));
            }
            if self.done.contains(&target) {
                continue;
            }
            self.read(&included, files)?;
        }
        self.chain.pop();
        Ok(settings)
    }

    fn add_file(&mut self, file: PathBuf, files: &mut Vec<PathBuf>) {
        let key = canonical(&file);
        if !self.seen_files.contains(&key) {
            self.seen_files.push(key);
            files.push(file);
        }
    }
}

/// `a/b/../c` -> `a/c`, without touching the file system.
pub fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir if out.file_name().is_some() => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

/// The canonical form of an existing path (the path itself if that fails),
/// so `a/../b.p` and `b.p` are one file.
fn canonical(path: &Path) -> PathBuf {
    fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_dir(name: &str) -> PathBuf {
        let d =
            std::env::temp_dir().join(format!("p-codegen-project-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&d);
        fs::create_dir_all(&d).unwrap();
        d
    }

    #[test]
    fn pproj_lists_files_and_folders() {
        let d = temp_dir("pproj");
        fs::create_dir_all(d.join("PSrc/sub")).unwrap();
        fs::write(d.join("PSrc/b.p"), "").unwrap();
        fs::write(d.join("PSrc/sub/a.p"), "").unwrap();
        fs::write(d.join("PSrc/notes.txt"), "").unwrap();
        fs::write(d.join("Test.p"), "").unwrap();
        fs::write(
            d.join("x.pproj"),
            "<Project>\n<ProjectName>Demo</ProjectName>\n<InputFiles>\n\
             <PFile>./PSrc/</PFile>\n<PFile>./Test.p</PFile>\n</InputFiles>\n\
             <OutputDir>./PGenerated/</OutputDir>\n</Project>\n",
        )
        .unwrap();
        let p = load(std::slice::from_ref(&d)).unwrap();
        assert_eq!(p.name, "Demo");
        assert_eq!(
            p.files,
            vec![d.join("PSrc/b.p"), d.join("PSrc/sub/a.p"), d.join("Test.p")]
        );
        assert_eq!(p.output_dir, Some(d.join("./PGenerated/")));
    }

    #[test]
    fn missing_input_is_an_error_with_position() {
        let d = temp_dir("missing");
        fs::write(
            d.join("x.pproj"),
            "<Project>\n<InputFiles>\n  <PFile>nope.p</PFile>\n</InputFiles>\n</Project>",
        )
        .unwrap();
        let e = load(&[d.join("x.pproj")]).unwrap_err();
        assert_eq!(e.at, Some((3, 3)));
        assert_eq!(
            e.to_string(),
            format!(
                "{}:3:3: error: input `nope.p` does not exist",
                d.join("x.pproj").display()
            )
        );
    }

    /// Writes a `.pproj` with the given inputs and included projects.
    fn pproj(path: &Path, inputs: &[&str], includes: &[&str]) {
        let mut x = String::from("<Project>\n<ProjectName>P</ProjectName>\n<InputFiles>\n");
        for i in inputs {
            x.push_str(&format!("  <PFile>{i}</PFile>\n"));
        }
        x.push_str("</InputFiles>\n");
        for i in includes {
            x.push_str(&format!("<IncludeProject>{i}</IncludeProject>\n"));
        }
        x.push_str("</Project>\n");
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, x).unwrap();
    }

    fn touch(path: &Path) {
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, "").unwrap();
    }

    #[test]
    fn included_projects_add_their_files_transitively_and_once() {
        // app includes lib and timer; lib includes timer too (a diamond);
        // each include path is relative to the `.pproj` that names it.
        let d = temp_dir("include");
        pproj(
            &d.join("app/App.pproj"),
            &["./PSrc/"],
            &["../lib/Lib.pproj", "./../timer/Timer.pproj"],
        );
        touch(&d.join("app/PSrc/main.p"));
        pproj(
            &d.join("lib/Lib.pproj"),
            &["lib.p", "../app/PSrc/main.p"],
            &["../timer/Timer.pproj"],
        );
        touch(&d.join("lib/lib.p"));
        pproj(&d.join("timer/Timer.pproj"), &["PSrc"], &[]);
        touch(&d.join("timer/PSrc/timer.p"));
        let p = load(&[d.join("app/App.pproj")]).unwrap();
        assert_eq!(p.name, "P");
        assert_eq!(p.root, d.join("app"));
        let files: Vec<PathBuf> = p.files.iter().map(|f| canonical(f)).collect();
        let want: Vec<PathBuf> = ["app/PSrc/main.p", "lib/lib.p", "timer/PSrc/timer.p"]
            .iter()
            .map(|f| canonical(&d.join(f)))
            .collect();
        assert_eq!(files, want);
    }

    #[test]
    fn a_project_may_consist_of_included_projects_only() {
        let d = temp_dir("include-only");
        pproj(&d.join("All.pproj"), &[], &["a/A.pproj"]);
        pproj(&d.join("a/A.pproj"), &["x.p"], &[]);
        touch(&d.join("a/x.p"));
        let p = load(std::slice::from_ref(&d)).unwrap();
        assert_eq!(p.files, vec![d.join("a/x.p")]);
    }

    #[test]
    fn include_errors_name_the_including_file_line_and_column() {
        let d = temp_dir("include-errors");
        let top = d.join("Top.pproj");
        let check = |includes: &[&str], want: &str| {
            pproj(&top, &[], includes);
            let e = load(std::slice::from_ref(&top)).unwrap_err();
            assert_eq!(e.to_string(), format!("{}:{want}", top.display()));
        };
        // The `<IncludeProject>` element is on line 5 (after the empty
        // `<InputFiles>` block).
        check(
            &["missing/M.pproj"],
            "5:1: error: included project `missing/M.pproj` does not exist",
        );
        touch(&d.join("notes.txt"));
        check(
            &["notes.txt"],
            "5:1: error: `<IncludeProject>` must name a `.pproj` file, not `notes.txt`",
        );
        check(
            &[""],
            "5:1: error: `<IncludeProject>` must name a `.pproj` file, not ``",
        );
        check(
            &["Top.pproj"],
            &format!(
                "5:1: error: including `Top.pproj` makes a cycle of projects: {0} -> {0}",
                top.display()
            ),
        );
    }

    #[test]
    fn a_cycle_through_other_projects_is_reported_where_it_closes() {
        let d = temp_dir("include-cycle");
        pproj(&d.join("a/A.pproj"), &[], &["../b/B.pproj"]);
        pproj(&d.join("b/B.pproj"), &[], &["../c/C.pproj"]);
        pproj(&d.join("c/C.pproj"), &[], &["../a/A.pproj"]);
        let e = load(&[d.join("a/A.pproj")]).unwrap_err();
        assert_eq!(e.path, d.join("c/C.pproj"));
        assert_eq!(e.at, Some((5, 1)));
        assert_eq!(
            e.message,
            format!(
                "including `../a/A.pproj` makes a cycle of projects: {} -> {} -> {} -> {}",
                d.join("a/A.pproj").display(),
                d.join("b/B.pproj").display(),
                d.join("c/C.pproj").display(),
                d.join("a/A.pproj").display()
            )
        );
    }

    #[test]
    fn errors_inside_an_included_project_name_that_project() {
        let d = temp_dir("include-inner");
        pproj(&d.join("Top.pproj"), &[], &["sub/Sub.pproj"]);
        pproj(&d.join("sub/Sub.pproj"), &["gone.p"], &[]);
        let e = load(&[d.join("Top.pproj")]).unwrap_err();
        assert_eq!(e.path, d.join("sub/Sub.pproj"));
        assert_eq!(e.at, Some((4, 3)));
        assert_eq!(e.message, "input `gone.p` does not exist");
        fs::write(d.join("sub/Sub.pproj"), "<Project>\n<Project>").unwrap();
        let e = load(&[d.join("Top.pproj")]).unwrap_err();
        assert_eq!(e.path, d.join("sub/Sub.pproj"));
        assert!(e.message.contains("not a valid project file"), "{e}");
    }

    #[test]
    fn folder_without_pproj_takes_every_p_file_sorted() {
        let d = temp_dir("folder");
        fs::write(d.join("z.p"), "").unwrap();
        fs::write(d.join("a.p"), "").unwrap();
        let p = load(std::slice::from_ref(&d)).unwrap();
        assert_eq!(p.files, vec![d.join("a.p"), d.join("z.p")]);
    }

    #[test]
    fn discover_finds_projects_and_corpus_programs() {
        let d = temp_dir("discover");
        fs::create_dir_all(d.join("model/PSrc")).unwrap();
        fs::write(
            d.join("model/m.pproj"),
            "<Project><InputFiles><PFile>PSrc</PFile></InputFiles></Project>",
        )
        .unwrap();
        fs::write(d.join("model/PSrc/a.p"), "").unwrap();
        fs::create_dir_all(d.join("corpus/multi")).unwrap();
        fs::write(
            d.join("corpus/corpus.toml"),
            "# programs\nexpect = \"dynamic_error\"\n",
        )
        .unwrap();
        fs::write(d.join("corpus/one.p"), "").unwrap();
        fs::write(d.join("corpus/multi/x.p"), "").unwrap();
        fs::write(d.join("corpus/multi/y.p"), "").unwrap();
        assert!(is_collection(std::slice::from_ref(&d)));
        let found = discover(&d).unwrap();
        let summary: Vec<(usize, Option<Expect>)> = found
            .iter()
            .map(|p| (p.project.files.len(), p.expect))
            .collect();
        assert_eq!(
            summary,
            vec![
                (2, Some(Expect::DynamicError)),
                (1, Some(Expect::DynamicError)),
                (1, None)
            ]
        );
        assert_eq!(found[1].project.name, "one");
        fs::write(d.join("corpus/corpus.toml"), "expect = maybe\n").unwrap();
        assert!(discover(&d).is_err());
    }

    #[test]
    fn bad_paths_are_errors() {
        let d = temp_dir("bad");
        assert!(
            load(&[d.join("missing.p")])
                .unwrap_err()
                .message
                .contains("cannot read")
        );
        fs::write(d.join("x.txt"), "").unwrap();
        assert!(load(&[d.join("x.txt")]).is_err());
        assert!(
            load(std::slice::from_ref(&d))
                .unwrap_err()
                .message
                .contains("no `.p` files")
        );
        fs::write(d.join("bad.pproj"), "<Project>").unwrap();
        assert!(
            load(&[d.join("bad.pproj")])
                .unwrap_err()
                .message
                .contains("not a valid project file")
        );
    }
}
