//! Finding the P files of a project.
//!
//! A project is named by a `.pproj` file (P's XML project file), a folder
//! (every `.p` file beneath it, sorted by path so the order is stable), or a
//! single `.p` file. Several paths are merged in the order given, each file
//! once.
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
    pub message: String,
}

impl fmt::Display for ProjectError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: error: {}", self.path.display(), self.message)
    }
}

impl std::error::Error for ProjectError {}

fn err(path: &Path, message: impl Into<String>) -> ProjectError {
    ProjectError {
        path: path.to_path_buf(),
        message: message.into(),
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
            _ => Err(err(
                path,
                format!(
                    "{}:1: expected `expect = \"correct\" | \"dynamic_error\" | \"static_error\"`",
                    n + 1
                ),
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
/// `<Project><ProjectName>x</ProjectName><InputFiles><PFile>./PSrc/</PFile>...</InputFiles><OutputDir>./out</OutputDir></Project>`.
/// `PFile` entries name files or folders relative to the `.pproj`.
fn load_pproj(path: &Path) -> Result<Project, ProjectError> {
    let text = fs::read_to_string(path).map_err(|e| err(path, format!("cannot read: {e}")))?;
    let doc = roxmltree::Document::parse(&text).map_err(|e| {
        let pos = e.pos();
        err(
            path,
            format!("{}:{}: not a valid project file: {e}", pos.row, pos.col),
        )
    })?;
    let root_dir = path.parent().unwrap_or(Path::new(".")).to_path_buf();
    let root = doc.root_element();
    let child_text = |name: &str| {
        root.descendants()
            .find(|n| n.has_tag_name(name))
            .and_then(|n| n.text())
            .map(|t| t.trim().to_owned())
            .filter(|t| !t.is_empty())
    };
    let name = child_text("ProjectName").unwrap_or_else(|| {
        path.file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default()
    });
    let output_dir = child_text("OutputDir").map(|d| root_dir.join(d));
    let mut files = Vec::new();
    for entry in root.descendants().filter(|n| n.has_tag_name("PFile")) {
        let Some(rel) = entry.text().map(str::trim).filter(|t| !t.is_empty()) else {
            continue;
        };
        let p = root_dir.join(rel);
        if p.is_dir() {
            collect_p_files(&p, &mut files)?;
        } else if p.is_file() {
            if !files.contains(&p) {
                files.push(p);
            }
        } else {
            let pos = doc.text_pos_at(entry.range().start);
            return Err(err(
                path,
                format!("{}:{}: input `{rel}` does not exist", pos.row, pos.col),
            ));
        }
    }
    Ok(Project {
        name,
        root: root_dir,
        output_dir,
        files,
    })
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
        assert!(
            e.message.contains("3:3: input `nope.p` does not exist"),
            "{e}"
        );
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
