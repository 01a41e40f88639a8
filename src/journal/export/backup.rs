//! Backups of the journal folder, byte for byte: a `.tar` archive (paths `journal/YYYY/MM/<id>.toml`)
//! or, for any other name, a folder with the same layout. Restoring reads either back (or any
//! folder holding a `journal/` folder or entry files) and merges the entries with
//! [`merge`](super::merge::merge): a file already in the journal is never overwritten.

use std::fs::{self, File};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

use crate::catalog::MAX_FILE_BYTES;
use crate::journal::atomic::{self, TEMP_PREFIX};
use crate::journal::store::{Journal, Query};

use super::merge::{Incoming, Refusal};

/// Whether a backup path names a tar archive (ends in `.tar`, any case).
pub fn is_tar(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("tar"))
}

/// Every entry file of the journal (readable or not) with its path inside a backup.
fn journal_files(journal: &Journal) -> io::Result<Vec<(PathBuf, PathBuf)>> {
    let files = match journal.files(&Query::default()) {
        Ok(files) => files,
        Err(err) if err.kind() == io::ErrorKind::NotFound => Vec::new(),
        Err(err) => return Err(err),
    };
    Ok(files
        .into_iter()
        .filter_map(|f| {
            let inside = Path::new("journal").join(f.path.strip_prefix(journal.dir()).ok()?);
            Some((f.path, inside))
        })
        .collect())
}

/// Writes a backup of the journal to `out` (a `.tar` archive, else a new folder) and returns the
/// number of files in it. An existing file, or a folder that is not empty, is never overwritten
/// (`AlreadyExists`).
pub fn backup(journal: &Journal, out: &Path) -> io::Result<usize> {
    let files = journal_files(journal)?;
    if is_tar(out) {
        write_tar(&files, out)?;
    } else {
        write_folder(&files, out)?;
    }
    Ok(files.len())
}

fn write_tar(files: &[(PathBuf, PathBuf)], out: &Path) -> io::Result<()> {
    if out.exists() {
        return Err(io::ErrorKind::AlreadyExists.into());
    }
    let dir = match out.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let temp = tempfile::Builder::new()
        .prefix(TEMP_PREFIX)
        .suffix(".tar")
        .tempfile_in(&dir)?;
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

fn write_folder(files: &[(PathBuf, PathBuf)], out: &Path) -> io::Result<()> {
    if out.is_file() || fs::read_dir(out).is_ok_and(|mut d| d.next().is_some()) {
        return Err(io::ErrorKind::AlreadyExists.into());
    }
    atomic::create_private_dir(out)?;
    for (path, inside) in files {
        let target = out.join(inside);
        let (Some(dir), Some(name)) = (target.parent(), target.file_name()) else {
            continue;
        };
        atomic::write_new(dir, &name.to_string_lossy(), &fs::read(path)?)?;
    }
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
    Refusal::Unreadable(format!("{size} bytes is too large for a journal entry"))
}

/// Reads the entries of a backup: a `.tar` archive, or a folder (its `journal/` folder when it
/// has one). Files that are not entries (no `.toml`, hidden) are passed over; entry files that
/// cannot be read come back as refusals.
pub fn read_backup(source: &Path) -> io::Result<Vec<Incoming>> {
    if source.is_dir() {
        read_folder(source)
    } else {
        read_tar(File::open(source)?)
    }
}

fn read_folder(source: &Path) -> io::Result<Vec<Incoming>> {
    let root = if source.join("journal").is_dir() {
        source.join("journal")
    } else {
        source.to_path_buf()
    };
    let mut incoming = Vec::new();
    for item in walkdir::WalkDir::new(&root)
        .max_depth(3)
        .sort_by_file_name()
    {
        let item = item.map_err(io::Error::other)?;
        let path = item.path();
        if !is_entry_file(path) || item.file_type().is_dir() {
            continue;
        }
        let source = path.display().to_string();
        let size = item.metadata().map_err(io::Error::other)?.len();
        let one = if !item.file_type().is_file() {
            Incoming::from_entry(
                source,
                Err(Refusal::Unreadable("not a regular file".into())),
            )
        } else if size > MAX_FILE_BYTES {
            Incoming::from_entry(source, Err(too_large(size)))
        } else {
            Incoming::from_file(source, &stem(path), fs::read(path)?)
        };
        incoming.push(one);
    }
    Ok(incoming)
}

fn read_tar(file: File) -> io::Result<Vec<Incoming>> {
    let mut archive = tar::Archive::new(io::BufReader::new(file));
    let mut incoming = Vec::new();
    for item in archive.entries()? {
        let mut item = item?;
        let path = item.path()?.into_owned();
        let kind = item.header().entry_type();
        if kind.is_dir() || !is_entry_file(&path) {
            continue;
        }
        let source = path.display().to_string();
        let size = item.header().size()?;
        let one = if !kind.is_file() {
            Incoming::from_entry(
                source,
                Err(Refusal::Unreadable("not a regular file".into())),
            )
        } else if size > MAX_FILE_BYTES {
            Incoming::from_entry(source, Err(too_large(size)))
        } else {
            let mut bytes = Vec::new();
            item.by_ref()
                .take(MAX_FILE_BYTES + 1)
                .read_to_end(&mut bytes)?;
            Incoming::from_file(source, &stem(&path), bytes)
        };
        incoming.push(one);
    }
    Ok(incoming)
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
        assert_eq!(backup(&journal, &out).unwrap(), 12);
        assert_eq!(
            backup(&journal, &out).unwrap_err().kind(),
            io::ErrorKind::AlreadyExists
        );
        let fresh = Journal::new(&dir.path().join("fresh"));
        let report = merge(&fresh, read_backup(&out).unwrap()).unwrap();
        assert_eq!((report.added.len(), report.refused.len()), (12, 0));
        for entry in sample::journal() {
            let before = fs::read(journal.path_for(&entry)).unwrap();
            assert_eq!(fs::read(fresh.path_for(&entry)).unwrap(), before);
        }
        let again = merge(&fresh, read_backup(&out).unwrap()).unwrap();
        assert_eq!(again.present.len(), 12);
    }

    #[test]
    fn a_folder_backup_has_the_journal_layout() {
        let dir = tempfile::tempdir().unwrap();
        let journal = sample_journal(&dir.path().join("data"));
        let out = dir.path().join("copy");
        assert_eq!(backup(&journal, &out).unwrap(), 12);
        assert!(out.join("journal/2026/11").is_dir());
        assert!(backup(&journal, &out).is_err(), "never into a full folder");
        let fresh = Journal::new(&dir.path().join("fresh"));
        merge(&fresh, read_backup(&out).unwrap()).unwrap();
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
        let incoming = read_backup(dir.path()).unwrap();
        assert_eq!(incoming.len(), 1);
        assert!(matches!(incoming[0].entry, Err(Refusal::Unreadable(_))));
        assert!(read_backup(&month.join("notes.txt")).is_err(), "not a tar");
    }
}
