//! Finding content files: the shipped set embedded in the binary, the config directory's
//! `exercises/` and `programs/` folders, and any path given.

use std::path::{Path, PathBuf};

use include_dir::{Dir, DirEntry, include_dir};

use super::source::{Origin, ReadProblem, read_text};

static SHIPPED_EXERCISES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/exercises");
static SHIPPED_PROGRAMS: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/programs");

/// A file found, with its text or the reason it could not be read.
#[derive(Debug)]
pub struct Found {
    /// Where it comes from.
    pub origin: Origin,
    /// The path as shown to people.
    pub display: String,
    /// The path on disk, if any.
    pub fs_path: Option<PathBuf>,
    /// Its text, or why it could not be read.
    pub text: Result<String, ReadProblem>,
}

/// The shipped content files, in a stable order.
pub fn shipped() -> Vec<Found> {
    let mut found = Vec::new();
    for (prefix, dir) in [
        ("exercises", &SHIPPED_EXERCISES),
        ("programs", &SHIPPED_PROGRAMS),
    ] {
        collect_embedded(prefix, dir, &mut found);
    }
    found.sort_by(|a, b| a.display.cmp(&b.display));
    found
}

fn collect_embedded(prefix: &str, dir: &Dir<'static>, out: &mut Vec<Found>) {
    for entry in dir.entries() {
        match entry {
            DirEntry::Dir(sub) => collect_embedded(prefix, sub, out),
            DirEntry::File(file) => {
                let path = file.path();
                if path.extension().and_then(|e| e.to_str()) != Some("toml") {
                    continue;
                }
                out.push(Found {
                    origin: Origin::Shipped,
                    display: format!("shipped:{prefix}/{}", path.display()),
                    fs_path: None,
                    text: super::source::decode(file.contents().to_vec()),
                });
            }
        }
    }
}

/// The text of a shipped file by its path under the repository (`exercises/bird-dog.toml`).
pub fn shipped_text(path: &str) -> Option<&'static str> {
    let (top, rest) = path.split_once('/')?;
    let dir = match top {
        "exercises" => &SHIPPED_EXERCISES,
        "programs" => &SHIPPED_PROGRAMS,
        _ => return None,
    };
    dir.get_file(rest)?.contents_utf8()
}

/// Content files under the config directory (`exercises/` and `programs/`); a missing folder is
/// simply empty.
pub fn config_dir(dir: &Path) -> Vec<Found> {
    let mut found = Vec::new();
    for sub in ["exercises", "programs"] {
        let path = dir.join(sub);
        if path.is_dir() {
            walk(&path, Origin::Config, &mut found);
        }
    }
    found
}

/// A path given by the user: a file is read whatever its name; a folder is searched for `.toml`.
pub fn given(path: &Path) -> Vec<Found> {
    let mut found = Vec::new();
    match std::fs::metadata(path) {
        Ok(meta) if meta.is_dir() && !has_toml_extension(path) => {
            walk(path, Origin::Given, &mut found)
        }
        _ => found.push(read(path, Origin::Given)),
    }
    found
}

fn has_toml_extension(path: &Path) -> bool {
    path.extension().and_then(|e| e.to_str()) == Some("toml")
}

/// The name a file would need to be read, when its own is close to a content file's (`x.TOML`,
/// `x.toml.txt`, `x.Toml~`). Hidden files (an editor's swap file) are left alone.
fn near_toml(path: &Path) -> Option<String> {
    let name = path.file_name()?.to_str()?;
    if name.starts_with('.') {
        return None;
    }
    let at = name.to_ascii_lowercase().rfind(".toml")?;
    Some(format!("{}.toml", &name[..at]))
}

fn read(path: &Path, origin: Origin) -> Found {
    Found {
        origin,
        display: path.display().to_string(),
        fs_path: Some(path.to_path_buf()),
        text: read_text(path),
    }
}

/// Whether `path` (a link) leads to a place inside `root`, both with every link resolved. A link
/// that cannot be resolved counts as outside.
fn inside(root: &Path, path: &Path) -> bool {
    match (std::fs::canonicalize(root), std::fs::canonicalize(path)) {
        (Ok(root), Ok(target)) => target.starts_with(root),
        _ => false,
    }
}

/// Walks a folder (following links, at most 4 deep, loops detected; in a folder given on the
/// command line, a link to a place outside it is refused, not followed) for `.toml` files. A folder
/// whose name ends in `.toml` is reported instead of entered.
fn walk(root: &Path, origin: Origin, out: &mut Vec<Found>) {
    let mut walker = walkdir::WalkDir::new(root)
        .follow_links(true)
        .max_depth(4)
        .sort_by_file_name()
        .into_iter();
    while let Some(entry) = walker.next() {
        let entry = match entry {
            Ok(entry) => entry,
            Err(err) => {
                let path = err
                    .path()
                    .map_or_else(|| root.to_path_buf(), Path::to_path_buf);
                let problem = match err.loop_ancestor() {
                    Some(ancestor) => ReadProblem::Io(format!(
                        "symbolic link loop back to {}",
                        ancestor.display()
                    )),
                    None => ReadProblem::Io(
                        err.io_error()
                            .map_or_else(|| err.to_string(), ToString::to_string),
                    ),
                };
                if has_toml_extension(&path) || err.loop_ancestor().is_some() {
                    out.push(Found {
                        origin,
                        display: path.display().to_string(),
                        fs_path: Some(path),
                        text: Err(problem),
                    });
                }
                continue;
            }
        };
        let path = entry.path();
        if origin == Origin::Given
            && entry.path_is_symlink()
            && (entry.file_type().is_dir() || has_toml_extension(path))
            && !inside(root, path)
        {
            if entry.file_type().is_dir() {
                walker.skip_current_dir();
            }
            out.push(Found {
                origin,
                display: path.display().to_string(),
                fs_path: Some(path.to_path_buf()),
                text: Err(ReadProblem::LinkOutside),
            });
            continue;
        }
        if !has_toml_extension(path) {
            if let Some(rename_to) = near_toml(path) {
                out.push(Found {
                    origin,
                    display: path.display().to_string(),
                    fs_path: Some(path.to_path_buf()),
                    text: Err(ReadProblem::Skipped(rename_to)),
                });
            }
            continue;
        }
        if entry.file_type().is_dir() {
            walker.skip_current_dir();
        }
        out.push(read(path, origin));
    }
}
