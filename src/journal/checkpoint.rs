//! The session in progress, saved after every completed set so that a kill or a power cut loses at
//! most the set being done. It lives beside the journal (`<data dir>/in-progress/session.toml`) and
//! is replaced atomically; on the next start kern offers to resume it or to close it as a partial
//! session, which turns it into a journal entry.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use super::entry::{Body, Entry, EntryKind, SessionRecord, SessionStatus};
use super::store::{Journal, Query, WriteFailure, new_id};

/// The `format` value of a checkpoint.
pub const CHECKPOINT_FORMAT: &str = "kern.checkpoint/1";

/// A session in progress.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Checkpoint {
    /// Always `kern.checkpoint/1`.
    pub format: String,
    /// When it was saved.
    pub saved_at: DateTime<FixedOffset>,
    /// The index of the next step to do in the session's step list.
    pub next_step: u32,
    /// Everything done so far.
    pub session: SessionRecord,
}

/// Where the checkpoint lives inside the data folder (and inside a backup).
pub const RELATIVE_PATH: [&str; 2] = ["in-progress", "session.toml"];

/// The checkpoint file of a data folder.
pub fn path(data_dir: &Path) -> PathBuf {
    data_dir.join(RELATIVE_PATH[0]).join(RELATIVE_PATH[1])
}

/// What became of a checkpoint found in a backup.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Restored {
    /// It is now the session in progress.
    Restored,
    /// A session is in progress already; it stays, and the backup's is left out.
    KeptExisting,
    /// The backup's checkpoint cannot be read (the reason); nothing was written.
    Unreadable(String),
}

/// Brings back the session in progress from a backup's checkpoint file, unless one is in progress
/// already (never replaced).
pub fn restore(data_dir: &Path, bytes: &[u8]) -> io::Result<Restored> {
    let checked = std::str::from_utf8(bytes)
        .map_err(|e| e.to_string())
        .and_then(|text| toml::from_str::<Checkpoint>(text).map_err(|e| e.to_string()))
        .and_then(|cp| {
            if cp.format == CHECKPOINT_FORMAT {
                Ok(cp)
            } else {
                Err(format!("unknown format '{}'", cp.format))
            }
        });
    if let Err(reason) = checked {
        return Ok(Restored::Unreadable(reason.trim().to_owned()));
    }
    let target = path(data_dir);
    if fs::symlink_metadata(&target).is_ok() {
        return Ok(Restored::KeptExisting);
    }
    let dir = data_dir.join(RELATIVE_PATH[0]);
    super::atomic::create_private_dir(&dir)?;
    match super::atomic::write_new(&dir, RELATIVE_PATH[1], bytes) {
        Ok(_) => Ok(Restored::Restored),
        Err(err) if err.kind() == io::ErrorKind::AlreadyExists => Ok(Restored::KeptExisting),
        Err(err) => Err(err),
    }
}

/// Saves the session in progress (atomically replacing the previous checkpoint).
pub fn save(data_dir: &Path, checkpoint: &Checkpoint) -> io::Result<()> {
    let text = toml::to_string(checkpoint)
        .map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e.to_string()))?;
    super::atomic::replace(&path(data_dir), text.as_bytes())
}

/// The saved session in progress, if any. A damaged checkpoint is an error with its path, and
/// stays on disk.
pub fn load(data_dir: &Path) -> Result<Option<Checkpoint>, String> {
    let path = path(data_dir);
    let text = match fs::read_to_string(&path) {
        Ok(text) => text,
        Err(err) if err.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(err) => return Err(format!("{}: {err}", path.display())),
    };
    let checkpoint: Checkpoint = toml::from_str(&text)
        .map_err(|e| format!("{}: {}", path.display(), e.to_string().trim()))?;
    if checkpoint.format != CHECKPOINT_FORMAT {
        return Err(format!(
            "{}: unknown format '{}'",
            path.display(),
            checkpoint.format
        ));
    }
    Ok(Some(checkpoint))
}

/// Removes the checkpoint once its session is in the journal.
pub fn clear(data_dir: &Path) -> io::Result<()> {
    match fs::remove_file(path(data_dir)) {
        Err(err) if err.kind() != io::ErrorKind::NotFound => Err(err),
        _ => Ok(()),
    }
}

/// Whether the journal already holds the checkpoint's session (the same start): kern stopped
/// between saving the session and removing its checkpoint. Such a checkpoint is only to be
/// removed; resuming or closing it would save the session twice.
pub fn already_saved(data_dir: &Path, checkpoint: &Checkpoint) -> bool {
    let started = checkpoint.session.started_at;
    let query = Query {
        kinds: vec![EntryKind::Session],
        ..Query::default()
    };
    Journal::new(data_dir)
        .load(&query)
        .entries
        .iter()
        .filter_map(|e| e.session.as_ref())
        .any(|s| s.started_at == started && s.program == checkpoint.session.program)
}

/// Writes a checkpoint's session to the journal as a partial session, then removes the
/// checkpoint. If the write fails the checkpoint stays, so nothing is lost.
pub fn close_as_partial(
    data_dir: &Path,
    checkpoint: Checkpoint,
    now: DateTime<FixedOffset>,
    rng: &mut fastrand::Rng,
) -> Result<Entry, WriteFailure> {
    let mut session = checkpoint.session;
    session.status = SessionStatus::Partial;
    if session.ended_at < checkpoint.saved_at {
        session.ended_at = checkpoint.saved_at;
    }
    let at = session.started_at;
    let entry = Entry::new(
        new_id(at, EntryKind::Session, rng),
        at,
        now,
        Body::Session(Box::new(session)),
    );
    Journal::new(data_dir).write(&entry)?;
    let _ = clear(data_dir);
    Ok(entry)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::entry::{ExerciseRecord, SetRecord, Side};
    use crate::journal::store::Query;
    use crate::model::{DoseKind, Prescription};

    fn at(text: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(text).unwrap()
    }

    fn in_progress(sets_done: u32) -> Checkpoint {
        let planned = Prescription {
            kind: DoseKind::Reps,
            sets: 3,
            reps: Some(6.into()),
            hold_seconds: Some(10),
            duration_seconds: None,
            breaths: None,
            tempo: None,
            rest_seconds: 30,
            per_side: true,
        };
        let sets = (0..sets_done)
            .map(|i| SetRecord {
                set: i / 2 + 1,
                side: Some(if i % 2 == 0 { Side::Left } else { Side::Right }),
                reps: Some(6),
                seconds: None,
                breaths: None,
            })
            .collect();
        Checkpoint {
            format: CHECKPOINT_FORMAT.into(),
            saved_at: at("2026-11-25T09:41:00+01:00"),
            next_step: 2 + sets_done,
            session: SessionRecord {
                program: "core-hip-strength".into(),
                program_version: 1,
                phase: 1,
                planned_date: at("2026-11-25T09:30:00+01:00").date_naive(),
                status: SessionStatus::Partial,
                started_at: at("2026-11-25T09:30:00+01:00"),
                ended_at: at("2026-11-25T09:30:00+01:00"),
                active_seconds: 300,
                pain_during_max: None,
                effort: None,
                pain_after: None,
                note: None,
                exercises: vec![ExerciseRecord {
                    exercise: "bird-dog".into(),
                    planned,
                    replaced_by: None,
                    sets,
                    skipped: None,
                    pain_during: None,
                    effort: None,
                }],
                decisions: Vec::new(),
                hurt: None,
            },
        }
    }

    #[test]
    fn each_save_replaces_the_last_and_resumes_where_it_stopped() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(load(dir.path()).unwrap(), None);
        for done in 1..=3 {
            save(dir.path(), &in_progress(done)).unwrap();
        }
        let resumed = load(dir.path()).unwrap().unwrap();
        assert_eq!(resumed, in_progress(3));
        assert_eq!(resumed.session.exercises[0].sets.len(), 3);
    }

    #[test]
    fn closing_writes_a_partial_session_and_removes_the_checkpoint() {
        let dir = tempfile::tempdir().unwrap();
        save(dir.path(), &in_progress(2)).unwrap();
        let checkpoint = load(dir.path()).unwrap().unwrap();
        let mut rng = fastrand::Rng::with_seed(9);
        let entry = close_as_partial(
            dir.path(),
            checkpoint,
            at("2026-11-26T08:00:00+01:00"),
            &mut rng,
        )
        .unwrap();
        assert_eq!(load(dir.path()).unwrap(), None);
        let loaded = Journal::new(dir.path()).load(&Query::default());
        assert_eq!(loaded.entries, vec![entry]);
        let session = loaded.entries[0].session.as_ref().unwrap();
        assert_eq!(session.status, SessionStatus::Partial);
        assert_eq!(session.ended_at, at("2026-11-25T09:41:00+01:00"));
        assert_eq!(session.exercises[0].sets.len(), 2);
    }

    #[test]
    fn a_checkpoint_whose_session_is_in_the_journal_is_already_saved() {
        let dir = tempfile::tempdir().unwrap();
        let checkpoint = in_progress(2);
        assert!(!already_saved(dir.path(), &checkpoint));
        save(dir.path(), &checkpoint).unwrap();
        let mut rng = fastrand::Rng::with_seed(3);
        close_as_partial(
            dir.path(),
            checkpoint.clone(),
            at("2026-11-25T10:00:00+01:00"),
            &mut rng,
        )
        .unwrap();
        // Killed before the checkpoint went: the same checkpoint is back.
        save(dir.path(), &in_progress(3)).unwrap();
        let back = load(dir.path()).unwrap().unwrap();
        assert!(already_saved(dir.path(), &back));
        let mut later = in_progress(1);
        later.session.started_at = at("2026-11-27T09:30:00+01:00");
        assert!(!already_saved(dir.path(), &later), "another session");
    }

    #[test]
    fn a_damaged_checkpoint_is_an_error_and_stays() {
        let dir = tempfile::tempdir().unwrap();
        save(dir.path(), &in_progress(1)).unwrap();
        fs::write(
            path(dir.path()),
            "format = \"kern.checkpoint/1\"\nnext_step = ",
        )
        .unwrap();
        assert!(load(dir.path()).is_err());
        assert!(path(dir.path()).exists());
    }

    #[test]
    fn a_checkpoint_from_a_backup_comes_back_but_never_replaces_one() {
        let from = tempfile::tempdir().unwrap();
        let to = tempfile::tempdir().unwrap();
        let checkpoint = in_progress(1);
        save(from.path(), &checkpoint).unwrap();
        let bytes = fs::read(path(from.path())).unwrap();
        assert_eq!(
            restore(to.path(), b"format = 3").unwrap(),
            Restored::Unreadable(restore_reason(b"format = 3"))
        );
        assert!(!path(to.path()).exists(), "nothing written");
        assert_eq!(restore(to.path(), &bytes).unwrap(), Restored::Restored);
        assert_eq!(load(to.path()).unwrap(), Some(checkpoint.clone()));
        let other = in_progress(2);
        save(from.path(), &other).unwrap();
        let newer = fs::read(path(from.path())).unwrap();
        assert_eq!(restore(to.path(), &newer).unwrap(), Restored::KeptExisting);
        assert_eq!(load(to.path()).unwrap(), Some(checkpoint));
    }

    fn restore_reason(bytes: &[u8]) -> String {
        match restore(tempfile::tempdir().unwrap().path(), bytes).unwrap() {
            Restored::Unreadable(reason) => reason,
            other => panic!("{other:?}"),
        }
    }
}
