//! Backups of the journal folder, byte for byte: a `.tar` archive (paths `journal/YYYY/MM/<id>.toml`)
//! or, for any other name, a folder with the same layout. Restoring reads either back (or any
//! folder holding a `journal/` folder or entry files) and merges the entries with
//! [`merge`](super::merge::merge): a file already in the journal is never overwritten.

use std::fs::{self, File};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

use crate::journal::atomic::{self, TEMP_PREFIX};
use crate::journal::checkpoint;
use crate::journal::store::{Journal, MAX_ENTRY_BYTES, Query};

use super::merge::{Incoming, Refusal};

/// Whether a backup path names a tar archive (ends in `.tar`, any case).
pub fn is_tar(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("tar"))
}

/// What a backup holds: the journal's entry files and the session in progress, each with its
/// path inside the backup; and the files named like entries that were left out.
struct Contents {
    files: Vec<(PathBuf, PathBuf)>,
    checkpoint: bool,
    skipped: Vec<PathBuf>,
}

/// What [`backup`] wrote.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Written {
    /// Journal entry files copied.
    pub entries: usize,
    /// Whether the session in progress (its checkpoint) is in the backup.
    pub checkpoint: bool,
    /// Things named like entries that are not regular files (a pipe, a socket, a device, a
    /// folder, a link to nothing): left out, never opened.
    pub skipped: Vec<PathBuf>,
}

/// Whether `path` is a regular file (or a link to one), found without opening it: opening a pipe
/// would wait forever for a writer.
fn is_regular(path: &Path) -> bool {
    fs::metadata(path).is_ok_and(|meta| meta.is_file())
}

/// Every entry file of the journal (readable or not) with its path inside a backup, the session
/// in progress, and what was left out.
fn contents(journal: &Journal) -> io::Result<Contents> {
    let found = match journal.files(&Query::default()) {
        Ok(files) => files,
        Err(err) if err.kind() == io::ErrorKind::NotFound => Vec::new(),
        Err(err) => return Err(err),
    };
    let mut files = Vec::new();
    let mut skipped = Vec::new();
    for file in found {
        let Ok(relative) = file.path.strip_prefix(journal.dir()) else {
            continue;
        };
        if is_regular(&file.path) {
            let inside = Path::new("journal").join(relative);
            files.push((file.path, inside));
        } else {
            skipped.push(file.path);
        }
    }
    let checkpoint_path = checkpoint::path(journal.data_dir());
    let checkpoint = is_regular(&checkpoint_path);
    if checkpoint {
        let inside: PathBuf = checkpoint::RELATIVE_PATH.iter().collect();
        files.push((checkpoint_path, inside));
    } else if fs::symlink_metadata(&checkpoint_path).is_ok() {
        skipped.push(checkpoint_path);
    }
    Ok(Contents {
        files,
        checkpoint,
        skipped,
    })
}

/// Writes a backup of the journal and the session in progress to `out` (a `.tar` archive, else a
/// new folder). All or nothing: it is written under a temporary name beside `out` and renamed
/// when complete. An existing file, or a folder that is not empty, is never overwritten
/// (`AlreadyExists`).
pub fn backup(journal: &Journal, out: &Path) -> io::Result<Written> {
    let contents = contents(journal)?;
    if is_tar(out) {
        write_tar(&contents.files, out)?;
    } else {
        write_folder(&contents.files, out)?;
    }
    Ok(Written {
        entries: contents.files.len() - usize::from(contents.checkpoint),
        checkpoint: contents.checkpoint,
        skipped: contents.skipped,
    })
}

/// The folder `out` goes in.
fn parent_of(out: &Path) -> PathBuf {
    match out.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

fn write_tar(files: &[(PathBuf, PathBuf)], out: &Path) -> io::Result<()> {
    if out.exists() {
        return Err(io::ErrorKind::AlreadyExists.into());
    }
    let temp = tempfile::Builder::new()
        .prefix(TEMP_PREFIX)
        .suffix(".tar")
        .tempfile_in(parent_of(out))?;
    let mut builder = tar::Builder::new(io::BufWriter::new(temp.as_file()));
    for (path, inside) in files {
        let bytes = fs::read(path)?;
        let mtime = fs::metadata(path)?
            .modified()
            .ok()
            .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
            .map_or(0, |d| d.as_secs());
        let mut header = tar::Header::new_ustar();
        header.set_entry_type(tar::EntryType::Regular);
        header.set_size(bytes.len() as u64);
        header.set_mode(0o600);
        header.set_mtime(mtime);
        builder.append_data(&mut header, inside, bytes.as_slice())?;
    }
    builder.into_inner()?.flush()?;
    temp.as_file().sync_all()?;
    temp.persist_noclobber(out).map_err(|e| e.error)?;
    Ok(())
}

/// Copies the files into a temporary folder beside `out`, then renames it to `out` (an empty
/// folder there is replaced; anything else is never touched). A failure leaves no partial copy.
fn write_folder(files: &[(PathBuf, PathBuf)], out: &Path) -> io::Result<()> {
    if out.is_file() || fs::read_dir(out).is_ok_and(|mut d| d.next().is_some()) {
        return Err(io::ErrorKind::AlreadyExists.into());
    }
    let temp = tempfile::Builder::new()
        .prefix(TEMP_PREFIX)
        .tempdir_in(parent_of(out))?;
    for (path, inside) in files {
        let target = temp.path().join(inside);
        let (Some(dir), Some(name)) = (target.parent(), target.file_name()) else {
            continue;
        };
        atomic::write_new(dir, &name.to_string_lossy(), &fs::read(path)?)?;
    }
    fs::rename(temp.path(), out).map_err(|err| {
        if out.exists() {
            io::ErrorKind::AlreadyExists.into()
        } else {
            err
        }
    })?;
    // The temporary folder is `out` now; dropping `temp` finds nothing left to remove.
    Ok(())
}

fn is_entry_file(path: &Path) -> bool {
    let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
        return false;
    };
    !name.starts_with('.') && name.ends_with(".toml")
}

fn stem(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn too_large(size: u64) -> Refusal {
    Refusal::TooLarge(size.to_string())
}

/// What a backup holds, read back.
#[derive(Debug, Clone, Default)]
pub struct Backup {
    /// Its journal entries, each checked (or refused with a reason).
    pub entries: Vec<Incoming>,
    /// The bytes of the session in progress it holds, if any (at most the entry size limit).
    pub checkpoint: Option<Vec<u8>>,
}

/// Reads a backup: a `.tar` archive, or a folder (its `journal/` folder when it has one), and the
/// session in progress in it. Files that are not entries (no `.toml`, hidden) are passed over;
/// entry files that cannot be read come back as refusals. Anything else (a device, a pipe) is
/// refused before it is read.
pub fn read_backup(source: &Path) -> io::Result<Backup> {
    if source.is_dir() {
        return read_folder(source);
    }
    // Looked at before it is opened: opening a pipe would wait for a writer forever.
    if !fs::metadata(source)?.is_file() {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            "not a regular file or a folder",
        ));
    }
    read_tar(File::open(source)?)
}

/// The bytes of a file, never more than one byte past the entry limit (a file that grows while
/// it is read is still cut short, and then refused as too large).
fn read_limited(path: &Path) -> io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    File::open(path)?
        .take(MAX_ENTRY_BYTES + 1)
        .read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// An entry file of `size` bytes as it comes in: refused when too large, else read by `read`.
fn incoming_file(
    source: String,
    path: &Path,
    size: u64,
    read: impl FnOnce() -> io::Result<Vec<u8>>,
) -> io::Result<Incoming> {
    if size > MAX_ENTRY_BYTES {
        return Ok(Incoming::from_entry(source, Err(too_large(size))));
    }
    let bytes = read()?;
    Ok(if bytes.len() as u64 > MAX_ENTRY_BYTES {
        Incoming::from_entry(source, Err(too_large(bytes.len() as u64)))
    } else {
        Incoming::from_file(source, &stem(path), bytes)
    })
}

fn not_regular(source: String) -> Incoming {
    Incoming::from_entry(
        source,
        Err(Refusal::Unreadable("not a regular file".into())),
    )
}

fn read_folder(source: &Path) -> io::Result<Backup> {
    let root = if source.join("journal").is_dir() {
        source.join("journal")
    } else {
        source.to_path_buf()
    };
    let checkpoint_path = checkpoint::path(source);
    let checkpoint = if is_regular(&checkpoint_path) {
        Some(read_limited(&checkpoint_path)?)
    } else {
        None
    };
    let mut entries = Vec::new();
    for item in walkdir::WalkDir::new(&root)
        .max_depth(3)
        .sort_by_file_name()
    {
        let item = item.map_err(io::Error::other)?;
        let path = item.path();
        if !is_entry_file(path) || item.file_type().is_dir() || path == checkpoint_path {
            continue;
        }
        let source = path.display().to_string();
        let size = item.metadata().map_err(io::Error::other)?.len();
        entries.push(if item.file_type().is_file() {
            incoming_file(source, path, size, || read_limited(path))?
        } else {
            not_regular(source)
        });
    }
    Ok(Backup {
        entries,
        checkpoint,
    })
}

fn read_tar(file: File) -> io::Result<Backup> {
    let mut archive = tar::Archive::new(io::BufReader::new(file));
    let checkpoint_inside: PathBuf = checkpoint::RELATIVE_PATH.iter().collect();
    let mut backup = Backup::default();
    for item in archive.entries()? {
        let mut item = item?;
        let path = item.path()?.into_owned();
        let kind = item.header().entry_type();
        if kind.is_dir() || !is_entry_file(&path) {
            continue;
        }
        let source = path.display().to_string();
        let size = item.header().size()?;
        let mut read = || -> io::Result<Vec<u8>> {
            let mut bytes = Vec::new();
            item.by_ref()
                .take(MAX_ENTRY_BYTES + 1)
                .read_to_end(&mut bytes)?;
            Ok(bytes)
        };
        if path == checkpoint_inside {
            if kind.is_file() && size <= MAX_ENTRY_BYTES {
                backup.checkpoint = Some(read()?);
            }
            continue;
        }
        backup.entries.push(if kind.is_file() {
            incoming_file(source, &path, size, read)?
        } else {
            not_regular(source)
        });
    }
    Ok(backup)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::export::{load_raw, merge::merge, sample};

    fn sample_journal(dir: &Path) -> Journal {
        let journal = Journal::new(dir);
        for entry in sample::journal() {
            journal.write(&entry).unwrap();
        }
        journal
    }

    #[test]
    fn a_tar_backup_restores_every_file_as_it_was() {
        let dir = tempfile::tempdir().unwrap();
        let journal = sample_journal(&dir.path().join("data"));
        let out = dir.path().join("backup.TAR");
        assert_eq!(
            backup(&journal, &out).unwrap().entries,
            sample::journal().len()
        );
        assert_eq!(
            backup(&journal, &out).unwrap_err().kind(),
            io::ErrorKind::AlreadyExists
        );
        let fresh = Journal::new(&dir.path().join("fresh"));
        let report = merge(&fresh, read_backup(&out).unwrap().entries).unwrap();
        assert_eq!(
            (report.added.len(), report.refused.len()),
            (sample::journal().len(), 0)
        );
        for entry in sample::journal() {
            let before = fs::read(journal.path_for(&entry)).unwrap();
            assert_eq!(fs::read(fresh.path_for(&entry)).unwrap(), before);
        }
        let again = merge(&fresh, read_backup(&out).unwrap().entries).unwrap();
        assert_eq!(again.present.len(), sample::journal().len());
    }

    #[test]
    fn a_folder_backup_has_the_journal_layout() {
        let dir = tempfile::tempdir().unwrap();
        let journal = sample_journal(&dir.path().join("data"));
        let out = dir.path().join("copy");
        assert_eq!(
            backup(&journal, &out).unwrap().entries,
            sample::journal().len()
        );
        assert!(out.join("journal/2026/11").is_dir());
        assert!(backup(&journal, &out).is_err(), "never into a full folder");
        let fresh = Journal::new(&dir.path().join("fresh"));
        merge(&fresh, read_backup(&out).unwrap().entries).unwrap();
        let before = load_raw(&journal, &Query::default()).entries;
        assert_eq!(load_raw(&fresh, &Query::default()).entries, before);
    }

    #[test]
    fn damaged_files_in_a_backup_are_refused_with_a_reason() {
        let dir = tempfile::tempdir().unwrap();
        let month = dir.path().join("journal/2026/11");
        fs::create_dir_all(&month).unwrap();
        fs::write(month.join("2026-11-01T0800-check-in-broken.toml"), "id = ").unwrap();
        fs::write(month.join("notes.txt"), "not an entry").unwrap();
        let incoming = read_backup(dir.path()).unwrap().entries;
        assert_eq!(incoming.len(), 1);
        assert!(matches!(incoming[0].entry, Err(Refusal::Unreadable(_))));
        assert!(read_backup(&month.join("notes.txt")).is_err(), "not a tar");
    }

    #[cfg(unix)]
    #[test]
    fn special_files_named_like_entries_are_named_and_left_out() {
        let dir = tempfile::tempdir().unwrap();
        let journal = sample_journal(&dir.path().join("data"));
        let month = journal.dir().join("2026/11");
        let fifo = month.join("2026-11-30T0800-check-in-fifo01.toml");
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap();
        assert!(made.success());
        let folder = month.join("2026-11-30T0900-check-in-fold01.toml");
        fs::create_dir(&folder).unwrap();
        let dangling = month.join("2026-11-30T1000-check-in-dang01.toml");
        std::os::unix::fs::symlink(dir.path().join("nowhere"), &dangling).unwrap();
        for out in [dir.path().join("b.tar"), dir.path().join("b")] {
            let written = backup(&journal, &out).unwrap();
            assert_eq!(written.entries, sample::journal().len());
            let mut skipped = written.skipped.clone();
            skipped.sort();
            assert_eq!(
                skipped,
                vec![fifo.clone(), folder.clone(), dangling.clone()]
            );
            let back = read_backup(&out).unwrap();
            assert_eq!(back.entries.len(), sample::journal().len());
            assert!(back.entries.iter().all(|i| i.entry.is_ok()));
        }
    }

    #[test]
    fn a_backup_holds_the_session_in_progress_and_restore_brings_it_back() {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("data");
        let journal = sample_journal(&data);
        let saved = "format = \"kern.checkpoint/0\"\n";
        let cp_path = checkpoint::path(&data);
        fs::create_dir_all(cp_path.parent().unwrap()).unwrap();
        fs::write(&cp_path, saved).unwrap();
        for out in [dir.path().join("c.tar"), dir.path().join("c")] {
            let written = backup(&journal, &out).unwrap();
            assert!(written.checkpoint);
            assert_eq!(
                written.entries,
                sample::journal().len(),
                "the checkpoint is not an entry"
            );
            let back = read_backup(&out).unwrap();
            assert_eq!(back.checkpoint.as_deref(), Some(saved.as_bytes()));
            assert_eq!(back.entries.len(), sample::journal().len());
        }
    }

    #[test]
    fn a_folder_backup_leaves_nothing_but_itself() {
        let dir = tempfile::tempdir().unwrap();
        let journal = sample_journal(&dir.path().join("data"));
        let out = dir.path().join("shelf/copy");
        fs::create_dir_all(out.parent().unwrap()).unwrap();
        backup(&journal, &out).unwrap();
        let names: Vec<String> = fs::read_dir(out.parent().unwrap())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, vec!["copy".to_owned()], "no temporary folder left");
        let again = backup(&journal, &out).unwrap_err();
        assert_eq!(again.kind(), io::ErrorKind::AlreadyExists);
        let tar = dir.path().join("shelf/copy.tar");
        backup(&journal, &tar).unwrap();
        assert_eq!(fs::read_dir(out.parent().unwrap()).unwrap().count(), 2);
    }

    #[test]
    fn a_device_is_not_read_as_a_backup() {
        let err = read_backup(Path::new("/dev/zero")).unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::InvalidInput);
    }
}
