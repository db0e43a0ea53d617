//! Finding the P files of a project.
//!
//! A project is named by a `.pproj` file (P's XML project file), a folder
//! (every `.p` file beneath it, sorted by path so the order is stable), or a
//! single `.p` file. Several paths are merged in the order given, each file
//! once.

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
        let p = load(&[d.clone()]).unwrap();
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
        let p = load(&[d.clone()]).unwrap();
        assert_eq!(p.files, vec![d.join("a.p"), d.join("z.p")]);
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
            load(&[d.clone()])
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
