//! Finding the files to read under the paths a user names.
//!
//! Folders are walked recursively, in sorted order, hidden entries skipped. The walk
//! is bounded by the folder the user named: symbolic links are followed only when
//! their target lies inside that folder (a link to `/etc/passwd` in a news folder is
//! reported, not read), and a directory is listed at most once, whatever number of
//! links lead to it, so link loops end and the walk is linear in the number of
//! entries. Directories are identified by their canonical path.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use crate::Format;

/// What [`discover`] found.
#[derive(Debug, Default)]
pub struct Discovered {
    /// Files to read, with their format.
    pub files: Vec<(PathBuf, Format)>,
    /// Files in folders whose extension says no known format.
    pub skipped: Vec<PathBuf>,
    /// Symbolic links in folders whose target lies outside the folder named, each
    /// with the folder it escapes; not followed.
    pub links_outside: Vec<(PathBuf, PathBuf)>,
    /// Paths that could not be listed.
    pub errors: Vec<(PathBuf, std::io::Error)>,
}

/// Lists the files to read under `paths`. A file named directly is read even without a
/// known extension (as plain text); in folders, only known formats are kept, and files
/// that describe the folder (README, LICENSE, CHANGELOG, CONTRIBUTING) are skipped.
pub fn discover(paths: &[PathBuf]) -> Discovered {
    let mut walk = Walk::default();
    for path in paths {
        match std::fs::metadata(path) {
            Ok(m) if m.is_dir() => match std::fs::canonicalize(path) {
                Ok(root) => {
                    walk.visited.insert(root.clone());
                    walk.named = path.clone();
                    walk.dir(path, &root, &root);
                }
                Err(e) => walk.found.errors.push((path.clone(), e)),
            },
            Ok(_) => walk
                .found
                .files
                .push((path.clone(), Format::of(path).unwrap_or(Format::Text))),
            Err(e) => walk.found.errors.push((path.clone(), e)),
        }
    }
    walk.found
}

/// The state of one [`discover`]: what was found, the directories already listed
/// (canonical paths, shared across the paths named so that none is listed twice), and
/// the folder being walked as the user named it.
#[derive(Default)]
struct Walk {
    found: Discovered,
    visited: HashSet<PathBuf>,
    named: PathBuf,
}

impl Walk {
    /// Lists `dir` (as the user reaches it), whose canonical path is `real`, inside
    /// the named folder whose canonical path is `root`.
    fn dir(&mut self, dir: &Path, real: &Path, root: &Path) {
        let entries = match std::fs::read_dir(dir) {
            Ok(entries) => entries,
            Err(e) => {
                self.found.errors.push((dir.to_path_buf(), e));
                return;
            }
        };
        let mut entries: Vec<(PathBuf, std::fs::FileType)> = entries
            .filter_map(|e| e.ok())
            .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
            .filter_map(|e| Some((e.path(), e.file_type().ok()?)))
            .collect();
        entries.sort_by(|a, b| a.0.cmp(&b.0));
        for (path, kind) in entries {
            let name = path.file_name().unwrap_or_default();
            let (target, is_dir) = if kind.is_symlink() {
                // A link's target is judged by where it really leads.
                match std::fs::canonicalize(&path).and_then(|t| {
                    let is_dir = std::fs::metadata(&t)?.is_dir();
                    Ok((t, is_dir))
                }) {
                    Ok((target, _)) if !target.starts_with(root) => {
                        self.found
                            .links_outside
                            .push((path.clone(), self.named.clone()));
                        continue;
                    }
                    Ok(found) => found,
                    Err(e) => {
                        self.found.errors.push((path.clone(), e));
                        continue;
                    }
                }
            } else {
                (real.join(name), kind.is_dir())
            };
            if is_dir {
                if self.visited.insert(target.clone()) {
                    self.dir(&path, &target, root);
                }
            } else {
                self.file(path);
            }
        }
    }

    /// Keeps a file of a known format, and notes the others.
    fn file(&mut self, path: PathBuf) {
        if is_project_file(&path) {
            self.found.skipped.push(path);
        } else if let Some(format) = Format::of(&path) {
            self.found.files.push((path, format));
        } else {
            self.found.skipped.push(path);
        }
    }
}

/// Files that describe a folder rather than report news (`README.md`, `LICENSE`...):
/// skipped in folder walks, read when named directly.
fn is_project_file(path: &Path) -> bool {
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("")
        .to_ascii_uppercase();
    [
        "README",
        "LICENSE",
        "LICENCE",
        "CHANGELOG",
        "CONTRIBUTING",
        "COPYING",
    ]
    .iter()
    .any(|p| name.starts_with(p))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folders_are_walked_in_order_and_unknown_files_skipped() {
        let dir = std::env::temp_dir().join(format!("vigie-discover-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("sub")).unwrap();
        for f in [
            "b.txt",
            "a.html",
            "sub/c.jsonl",
            "notes.pdf",
            ".hidden.txt",
            "sub/README.md",
        ] {
            std::fs::write(dir.join(f), "x").unwrap();
        }
        let found = discover(&[dir.clone(), dir.join("missing.txt")]);
        let names: Vec<_> = found
            .files
            .iter()
            .map(|(p, _)| p.strip_prefix(&dir).unwrap().display().to_string())
            .collect();
        assert_eq!(names, ["a.html", "b.txt", "sub/c.jsonl"]);
        assert_eq!(
            found.skipped,
            [dir.join("notes.pdf"), dir.join("sub/README.md")]
        );
        assert_eq!(found.errors.len(), 1);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
