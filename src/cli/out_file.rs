//! The one rule for every file kern writes on request (`--out`, `--ics`): the path is checked
//! before any work (it names a file, its folder exists, nothing is in the way), an existing file
//! is never replaced unless `--force`, a folder never, and the file appears whole or not at all.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::i18n::Msg;
use crate::journal::atomic;

use super::Context;

/// A file to write, checked.
#[derive(Debug, Clone)]
pub struct OutFile {
    folder: PathBuf,
    name: String,
    shown: String,
    force: bool,
}

/// Why a path cannot be written, as a message for people.
fn refusal(path: &Path, force: bool) -> Option<Msg> {
    let shown = path.display().to_string();
    let (Some(folder), Some(_)) = (path.parent(), path.file_name()) else {
        return Some(Msg::new("export-no-file-name").arg("path", shown));
    };
    let folder = if folder.as_os_str().is_empty() {
        Path::new(".")
    } else {
        folder
    };
    if !folder.is_dir() {
        return Some(
            Msg::new("out-no-folder")
                .arg("path", shown)
                .arg("folder", folder.display().to_string()),
        );
    }
    match std::fs::symlink_metadata(path) {
        Ok(meta) if meta.is_dir() => Some(Msg::new("out-is-folder").arg("path", shown)),
        Ok(meta) if !force || !meta.is_file() => Some(Msg::new("out-exists").arg("path", shown)),
        _ => None,
    }
}

impl OutFile {
    /// Checks `path` before the work; prints why it cannot be written and returns `None` then.
    pub fn check(context: &Context, path: &Path, force: bool) -> Option<OutFile> {
        if let Some(msg) = refusal(path, force) {
            eprintln!("{}", context.t(msg));
            return None;
        }
        let folder = match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        Some(OutFile {
            folder,
            name: path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
            shown: path.display().to_string(),
            force,
        })
    }

    /// The path as shown to people.
    pub fn shown(&self) -> &str {
        &self.shown
    }

    /// Writes the file atomically; prints why and returns false when it cannot (a file that
    /// appeared since the check is still not replaced without `--force`).
    pub fn write(&self, context: &Context, bytes: &[u8]) -> bool {
        self.write_with(context, |out| out.write_all(bytes))
    }

    /// Writes the file as `write` makes it, under a temporary name in the same folder, renamed
    /// when complete: a failure on the way leaves no half file (and an old one as it was). Prints
    /// why and returns false when it cannot, like [`OutFile::write`].
    pub fn write_with(
        &self,
        context: &Context,
        write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
    ) -> bool {
        let written = if self.force {
            atomic::replace_with(&self.folder.join(&self.name), write)
        } else {
            atomic::write_new_with(&self.folder, &self.name, write).map(|_| ())
        };
        match written {
            Ok(()) => true,
            Err(err) if err.kind() == std::io::ErrorKind::AlreadyExists => {
                eprintln!(
                    "{}",
                    context.t(Msg::new("out-exists").arg("path", self.shown.as_str()))
                );
                false
            }
            Err(err) => {
                eprintln!(
                    "{}",
                    context.t(Msg::new("export-write-failed")
                        .arg("path", self.shown.as_str())
                        .arg("reason", err.to_string()))
                );
                false
            }
        }
    }
}

/// The `--format` of a document (the report, the handout).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum DocFormat {
    /// One self-contained HTML page (inline style and figures), for screen and A4 paper.
    Html,
    /// Markdown, for mail and plain text.
    Md,
}

/// Where and how a document (the report, the handout) is written: `--format`, `--out`,
/// `--force`.
#[derive(Debug, clap::Args)]
pub struct DocOutput {
    /// html or md (default: md when --out ends in .md, else html).
    #[arg(long, value_enum)]
    pub format: Option<DocFormat>,
    /// Write to this file instead of the screen.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Replace the --out file if it exists (without it, an existing file is never touched).
    #[arg(long, requires = "out")]
    pub force: bool,
}

impl DocOutput {
    /// The format asked for, else the one the `--out` file's name suggests, else HTML.
    pub fn format(&self) -> DocFormat {
        DocFormat::chosen(self.format, self.out.as_deref())
    }

    /// Checks `--out` before any work (see [`check_optional`]).
    pub fn check(&self, context: &Context) -> Result<Option<OutFile>, ()> {
        check_optional(context, self.out.as_deref(), self.force)
    }
}

impl DocFormat {
    /// The format asked for, else the one the `--out` file's name suggests (`.md`,
    /// `.markdown`), else HTML.
    pub fn chosen(asked: Option<DocFormat>, out: Option<&Path>) -> DocFormat {
        let by_name = out
            .and_then(Path::extension)
            .is_some_and(|e| e.eq_ignore_ascii_case("md") || e.eq_ignore_ascii_case("markdown"));
        match asked {
            Some(format) => format,
            None if by_name => DocFormat::Md,
            None => DocFormat::Html,
        }
    }
}

/// Checks `--out` before any work when one is given: `Ok(None)` for standard output,
/// `Err(())` (the reason already printed) when the path cannot be written.
pub fn check_optional(
    context: &Context,
    path: Option<&Path>,
    force: bool,
) -> Result<Option<OutFile>, ()> {
    match path {
        None => Ok(None),
        Some(path) => OutFile::check(context, path, force).map(Some).ok_or(()),
    }
}

/// Prints a document to standard output (a reader that stops early, as `| head` does, is no
/// error), or writes it to the checked `--out` file and prints `written(path)`. False when the
/// file could not be written (the reason is printed).
pub fn print_or_write(
    context: &Context,
    out: Option<&OutFile>,
    text: &str,
    written: impl FnOnce(&str) -> Msg,
) -> anyhow::Result<bool> {
    if !stream(context, out, |sink| sink.write_all(text.as_bytes()))? {
        return Ok(false);
    }
    if let Some(out) = out {
        println!("{}", context.t(written(out.shown())));
    }
    Ok(true)
}

/// Writes a document as `write` makes it, piece by piece: to standard output (locked, through a
/// buffer; a reader that stops early, as `| head` does, is no error: the writing stops there),
/// or to the checked `--out` file ([`OutFile::write_with`]: whole or not at all). False when the
/// file could not be written (the reason is printed).
pub fn stream(
    context: &Context,
    out: Option<&OutFile>,
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> anyhow::Result<bool> {
    match out {
        None => {
            let mut stdout = std::io::BufWriter::with_capacity(64 * 1024, std::io::stdout().lock());
            match write(&mut stdout).and_then(|()| stdout.flush()) {
                Err(err) if err.kind() != std::io::ErrorKind::BrokenPipe => Err(err.into()),
                _ => Ok(true),
            }
        }
        Some(out) => Ok(out.write_with(context, write)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_format_is_the_one_asked_else_the_file_names_else_html() {
        let md = Some(Path::new("notes/Week 3.MD"));
        assert_eq!(DocFormat::chosen(None, md), DocFormat::Md);
        assert_eq!(
            DocFormat::chosen(None, Some(Path::new("a.markdown"))),
            DocFormat::Md
        );
        assert_eq!(
            DocFormat::chosen(Some(DocFormat::Html), md),
            DocFormat::Html
        );
        assert_eq!(
            DocFormat::chosen(None, Some(Path::new("a.html"))),
            DocFormat::Html
        );
        assert_eq!(DocFormat::chosen(None, None), DocFormat::Html);
    }

    #[test]
    fn a_path_is_refused_before_the_work_for_what_is_in_its_way() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("there.txt");
        std::fs::write(&file, "old").unwrap();
        let id = |m: Option<Msg>| m.map(|m| m.id.to_string());
        assert_eq!(id(refusal(&file, false)).as_deref(), Some("out-exists"));
        assert_eq!(id(refusal(&file, true)), None);
        assert_eq!(
            id(refusal(dir.path(), true)).as_deref(),
            Some("out-is-folder")
        );
        assert_eq!(
            id(refusal(&dir.path().join("no/such/x.ics"), true)).as_deref(),
            Some("out-no-folder")
        );
        assert_eq!(id(refusal(&dir.path().join("new.ics"), false)), None);
        assert_eq!(
            id(refusal(Path::new("/"), false)).as_deref(),
            Some("export-no-file-name")
        );
    }
}
