//! Durable, atomic file writes (the Maildir idea): write a hidden temporary file in the same folder,
//! flush it to disk, move it into place, then flush the folder. A reader sees the whole file or no
//! file; a crash at any moment leaves at most a hidden `.tmp-*` file behind.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Prefix of the temporary files; readers skip names starting with a dot.
pub const TEMP_PREFIX: &str = ".tmp-";

/// Creates a folder and its parents, private to the user (0700 on Unix).
pub fn create_private_dir(dir: &Path) -> io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir)
}

fn sync_dir(dir: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        fs::File::open(dir)?.sync_all()?;
    }
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

/// A new hidden temporary file in `dir` (which must exist), private to the user, for a file
/// written piece by piece and then put in place with [`put_in_place`].
pub fn temp_in(dir: &Path) -> io::Result<tempfile::NamedTempFile> {
    let mut builder = tempfile::Builder::new();
    builder.prefix(TEMP_PREFIX).suffix(".toml");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(fs::Permissions::from_mode(0o600));
    }
    builder.tempfile_in(dir)
}

/// Flushes a temporary file from [`temp_in`] to disk, moves it over `path` (readers see the old
/// or the new content, never a mix) and flushes the folder. Gives the file back, open.
pub fn put_in_place(temp: tempfile::NamedTempFile, path: &Path) -> io::Result<fs::File> {
    temp.as_file().sync_all()?;
    let file = temp.persist(path).map_err(|e| e.error)?;
    if let Some(dir) = path.parent() {
        sync_dir(dir)?;
    }
    Ok(file)
}

/// A hidden temporary file in `dir` holding what `write` wrote (through a buffer: a stream's
/// many small writes become few large ones).
fn write_temp(
    dir: &Path,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> io::Result<tempfile::NamedTempFile> {
    let mut temp = temp_in(dir)?;
    let mut buffer = io::BufWriter::with_capacity(64 * 1024, temp.as_file_mut());
    write(&mut buffer)?;
    buffer.flush()?;
    drop(buffer);
    Ok(temp)
}

/// Writes a new file that must not exist yet. Fails with `AlreadyExists` instead of replacing.
pub fn write_new(dir: &Path, name: &str, bytes: &[u8]) -> io::Result<PathBuf> {
    write_new_with(dir, name, |out| out.write_all(bytes))
}

/// [`write_new`] of what `write` writes, as it writes it: the file appears only when `write` has
/// finished; when it fails, nothing is left.
pub fn write_new_with(
    dir: &Path,
    name: &str,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> io::Result<PathBuf> {
    create_private_dir(dir)?;
    let temp = write_temp(dir, write)?;
    temp.as_file().sync_all()?;
    let target = dir.join(name);
    temp.persist_noclobber(&target).map_err(|e| e.error)?;
    sync_dir(dir)?;
    Ok(target)
}

/// Replaces a file (or creates it) atomically: readers see the old or the new content, never a mix.
pub fn replace(path: &Path, bytes: &[u8]) -> io::Result<()> {
    replace_with(path, |out| out.write_all(bytes))
}

/// [`replace`] with what `write` writes, as it writes it: the old file stays until `write` has
/// finished; when it fails, nothing changes.
pub fn replace_with(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> io::Result<()> {
    let dir = path
        .parent()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "path has no folder"))?;
    create_private_dir(dir)?;
    let temp = write_temp(dir, write)?;
    put_in_place(temp, path).map(drop)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_files_never_replace_old_ones() {
        let dir = tempfile::tempdir().unwrap();
        let first = write_new(dir.path(), "a.toml", b"one").unwrap();
        let err = write_new(dir.path(), "a.toml", b"two").unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::AlreadyExists);
        assert_eq!(fs::read(&first).unwrap(), b"one");
        let leftovers: Vec<_> = fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(leftovers.len(), 1, "the temporary file is cleaned up");
    }

    #[test]
    fn a_stream_that_fails_leaves_no_file_and_keeps_the_old_one() {
        let dir = tempfile::tempdir().unwrap();
        let half = |out: &mut dyn Write| -> io::Result<()> {
            out.write_all(&[b'x'; 100_000])?;
            Err(io::Error::other("the disk is full"))
        };
        assert!(write_new_with(dir.path(), "new.json", half).is_err());
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 0, "nothing left");
        let old = dir.path().join("old.json");
        fs::write(&old, "old").unwrap();
        assert!(replace_with(&old, half).is_err());
        assert_eq!(fs::read_to_string(&old).unwrap(), "old");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
        let made = write_new_with(dir.path(), "new.json", |out| {
            (0..1000).try_for_each(|i| write!(out, "{i},"))
        })
        .unwrap();
        assert!(fs::read_to_string(made).unwrap().ends_with("998,999,"));
    }

    #[test]
    fn replace_swaps_the_whole_content() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub/checkpoint.toml");
        replace(&path, b"first").unwrap();
        replace(&path, b"second").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"second");
    }

    #[cfg(unix)]
    #[test]
    fn files_and_folders_are_private() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("journal/2026/11");
        let file = write_new(&folder, "x.toml", b"x").unwrap();
        let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&file), 0o600);
        assert_eq!(mode(&folder), 0o700);
        assert_eq!(mode(&dir.path().join("journal")), 0o700);
    }

    #[cfg(unix)]
    #[test]
    fn a_read_only_folder_gives_an_error_and_leaves_nothing() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o500)).unwrap();
        let result = write_new(dir.path(), "x.toml", b"x");
        fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o700)).unwrap();
        // Root ignores permissions; then the write succeeds, which is also safe.
        if let Err(err) = result {
            assert_eq!(err.kind(), io::ErrorKind::PermissionDenied);
            assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 0);
        }
    }
}
