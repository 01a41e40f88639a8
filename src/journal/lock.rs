//! One coach at a time: the coach (and the plain-text session) hold an exclusive lock on
//! `<data dir>/coach.lock` while they run. Read-only commands never take it.

use std::fs::{File, OpenOptions, TryLockError};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// The lock file's name inside the data folder.
pub const LOCK_FILE: &str = "coach.lock";

/// Holds the coach lock until dropped.
#[derive(Debug)]
pub struct CoachLock {
    _file: File,
    path: PathBuf,
}

/// What taking the lock found.
#[derive(Debug)]
pub enum LockError {
    /// Another kern holds it.
    Busy(PathBuf),
    /// The lock file could not be opened.
    Io(io::Error),
}

impl std::fmt::Display for LockError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LockError::Busy(path) => {
                write!(f, "another kern coach is already open ({})", path.display())
            }
            LockError::Io(err) => write!(f, "cannot open the lock file: {err}"),
        }
    }
}

impl std::error::Error for LockError {}

impl CoachLock {
    /// Takes the lock without waiting.
    pub fn try_acquire(data_dir: &Path) -> Result<CoachLock, LockError> {
        super::atomic::create_private_dir(data_dir).map_err(LockError::Io)?;
        let path = data_dir.join(LOCK_FILE);
        let mut options = OpenOptions::new();
        options.read(true).write(true).create(true).truncate(false);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        let mut file = options.open(&path).map_err(LockError::Io)?;
        match file.try_lock() {
            Ok(()) => {}
            Err(TryLockError::WouldBlock) => return Err(LockError::Busy(path)),
            Err(TryLockError::Error(err)) => return Err(LockError::Io(err)),
        }
        // For people looking at the file: which process holds it.
        let _ = file.set_len(0);
        let _ = writeln!(file, "{}", std::process::id());
        Ok(CoachLock { _file: file, path })
    }

    /// Whether some process holds the lock right now (checked by trying it briefly). Creates
    /// nothing and leaves the file's contents (the holder's process id) alone.
    pub fn is_held(data_dir: &Path) -> bool {
        let Ok(file) = File::open(data_dir.join(LOCK_FILE)) else {
            return false;
        };
        matches!(file.try_lock(), Err(TryLockError::WouldBlock))
    }

    /// The lock file.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_coach_is_refused_until_the_first_closes() {
        let dir = tempfile::tempdir().unwrap();
        let first = CoachLock::try_acquire(dir.path()).unwrap();
        assert!(matches!(
            CoachLock::try_acquire(dir.path()),
            Err(LockError::Busy(_))
        ));
        assert!(CoachLock::is_held(dir.path()));
        drop(first);
        assert!(!CoachLock::is_held(dir.path()));
        assert!(CoachLock::try_acquire(dir.path()).is_ok());
    }

    #[test]
    fn checking_the_lock_creates_and_changes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("data");
        assert!(!CoachLock::is_held(&data));
        assert!(!data.exists(), "no folder made by a check");
        let held = CoachLock::try_acquire(&data).unwrap();
        let text = std::fs::read_to_string(held.path()).unwrap();
        assert!(CoachLock::is_held(&data));
        drop(held);
        assert!(!CoachLock::is_held(&data));
        let after = std::fs::read_to_string(data.join(LOCK_FILE)).unwrap();
        assert_eq!(after, text, "the holder's process id stays");
    }
}
