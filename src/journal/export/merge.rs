//! Merging entries from an export or a backup into a journal. Each entry keeps its own id and goes
//! to its usual place; an id already in the journal is never overwritten: the same entry counts as
//! already present, a different one is refused. Every write is the journal's atomic write.

use std::collections::HashMap;
use std::fs;
use std::io;
use std::path::PathBuf;

use crate::journal::atomic;
use crate::journal::entry::Entry;
use crate::journal::store::{Journal, MAX_ENTRY_BYTES, Query, read_entry};

/// Why an entry was not added.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// It could not be read as a journal entry (the detail says why).
    Unreadable(String),
    /// Its id cannot be a file name (only letters, digits, `-` and `_`, at most 100).
    BadId(String),
    /// The journal holds a different entry with the same id; neither is changed.
    Conflict,
    /// The file could not be written (the detail says why).
    WriteFailed(String),
    /// The entry is larger than kern reads back ([`MAX_ENTRY_BYTES`]); the detail is its size in
    /// bytes.
    TooLarge(String),
}

impl Refusal {
    /// A stable name of the reason (also the end of its message id, `merge-refused-<code>`).
    pub fn code(&self) -> &'static str {
        match self {
            Refusal::Unreadable(_) => "unreadable",
            Refusal::BadId(_) => "bad-id",
            Refusal::Conflict => "conflict",
            Refusal::WriteFailed(_) => "write-failed",
            Refusal::TooLarge(_) => "too-large",
        }
    }

    /// The technical detail, when there is one.
    pub fn detail(&self) -> &str {
        match self {
            Refusal::Unreadable(d)
            | Refusal::BadId(d)
            | Refusal::WriteFailed(d)
            | Refusal::TooLarge(d) => d,
            Refusal::Conflict => "",
        }
    }
}

/// One entry on its way into the journal.
#[derive(Debug, Clone)]
pub struct Incoming {
    /// Where it came from, for reports: its id, or its place in the file or archive.
    pub source: String,
    /// The entry, or why it cannot be used.
    pub entry: Result<Entry, Refusal>,
    /// The file's own bytes (from a backup), kept as they are; `None` writes the entry's TOML.
    pub bytes: Option<Vec<u8>>,
}

impl Incoming {
    /// An entry read from an export.
    pub fn from_entry(source: String, entry: Result<Entry, Refusal>) -> Incoming {
        Incoming {
            source,
            entry,
            bytes: None,
        }
    }

    /// An entry file from a backup: its name (without `.toml`) must be its id.
    pub fn from_file(source: String, stem: &str, bytes: Vec<u8>) -> Incoming {
        let entry = String::from_utf8(bytes.clone())
            .map_err(|e| Refusal::Unreadable(format!("not UTF-8 text: {e}")))
            .and_then(|text| Entry::from_toml(&text).map_err(Refusal::Unreadable))
            .and_then(|entry| {
                if entry.id == stem {
                    Ok(entry)
                } else {
                    Err(Refusal::Unreadable(format!(
                        "id '{}' does not match the file name '{stem}'",
                        entry.id
                    )))
                }
            });
        Incoming {
            source,
            entry,
            bytes: Some(bytes),
        }
    }
}

/// What a merge did, entry by entry.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MergeReport {
    /// Ids added.
    pub added: Vec<String>,
    /// Ids that were already in the journal with the same content.
    pub present: Vec<String>,
    /// Entries not added: their source and why.
    pub refused: Vec<(String, Refusal)>,
}

/// Whether an id can be a file name: 1–100 ASCII letters, digits, `-` and `_`, not starting with
/// `-` and not a Windows device name (`CON`, `nul`, `com1` ...).
pub fn valid_id(id: &str) -> bool {
    crate::model::unsafe_file_name(id).is_none()
        && (1..=100).contains(&id.len())
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// Whether the file at `path` holds the same entry.
fn same_entry(path: &std::path::Path, entry: &Entry, bytes: &[u8]) -> bool {
    fs::read(path).is_ok_and(|on_disk| on_disk == bytes)
        || read_entry(path).is_ok_and(|on_disk| on_disk == *entry)
}

/// Adds every usable entry to the journal. Fails only when the journal folder cannot be listed.
pub fn merge(journal: &Journal, incoming: Vec<Incoming>) -> io::Result<MergeReport> {
    let mut existing: HashMap<String, PathBuf> = match journal.files(&Query::default()) {
        Ok(files) => files.into_iter().map(|f| (f.id, f.path)).collect(),
        Err(err) if err.kind() == io::ErrorKind::NotFound => HashMap::new(),
        Err(err) => return Err(err),
    };
    let mut report = MergeReport::default();
    for item in incoming {
        let entry = match item.entry {
            Ok(entry) => entry,
            Err(refusal) => {
                report.refused.push((item.source, refusal));
                continue;
            }
        };
        if !valid_id(&entry.id) {
            report
                .refused
                .push((item.source, Refusal::BadId(entry.id.clone())));
            continue;
        }
        let bytes = match item.bytes {
            Some(bytes) => bytes,
            None => match entry.to_toml() {
                Ok(text) => text.into_bytes(),
                Err(err) => {
                    let refusal = Refusal::Unreadable(err.to_string());
                    report.refused.push((item.source, refusal));
                    continue;
                }
            },
        };
        if bytes.len() as u64 > MAX_ENTRY_BYTES {
            let refusal = Refusal::TooLarge(bytes.len().to_string());
            report.refused.push((item.source, refusal));
            continue;
        }
        let target = journal.path_for(&entry);
        let outcome: Result<PathBuf, (io::Error, PathBuf)> = match existing.get(&entry.id) {
            Some(path) => Err((io::ErrorKind::AlreadyExists.into(), path.clone())),
            None => {
                let dir = target.parent().unwrap_or(journal.dir());
                atomic::create_private_dir(journal.dir())
                    .and_then(|()| atomic::write_new(dir, &format!("{}.toml", entry.id), &bytes))
                    .map_err(|e| (e, target.clone()))
            }
        };
        match outcome {
            Ok(path) => {
                existing.insert(entry.id.clone(), path);
                report.added.push(entry.id);
            }
            Err((err, path)) if err.kind() == io::ErrorKind::AlreadyExists => {
                if same_entry(&path, &entry, &bytes) {
                    report.present.push(entry.id);
                } else {
                    report.refused.push((item.source, Refusal::Conflict));
                }
            }
            Err((err, _)) => report
                .refused
                .push((item.source, Refusal::WriteFailed(err.to_string()))),
        }
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::export::sample;

    fn incoming(entries: &[Entry]) -> Vec<Incoming> {
        entries
            .iter()
            .map(|e| Incoming::from_entry(e.id.clone(), Ok(e.clone())))
            .collect()
    }

    #[test]
    fn entries_are_added_once_and_never_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let journal = Journal::new(dir.path());
        let entries = sample::journal();
        let first = merge(&journal, incoming(&entries)).unwrap();
        assert_eq!(first.added.len(), entries.len());
        let again = merge(&journal, incoming(&entries)).unwrap();
        assert!(again.added.is_empty() && again.refused.is_empty());
        assert_eq!(again.present.len(), entries.len());

        let mut changed = entries[4].clone();
        changed.check_in.as_mut().unwrap().pain_now = crate::journal::Score::MAX;
        let conflict = merge(&journal, incoming(&[changed])).unwrap();
        assert_eq!(conflict.refused[0].1, Refusal::Conflict);
        let kept = read_entry(&journal.path_for(&entries[4])).unwrap();
        assert_eq!(kept, entries[4]);
    }

    #[test]
    fn ids_that_are_not_file_names_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let journal = Journal::new(dir.path());
        let mut evil = sample::journal()[0].clone();
        evil.id = "../../escape".into();
        let report = merge(&journal, incoming(&[evil])).unwrap();
        assert!(matches!(report.refused[0].1, Refusal::BadId(_)));
        assert!(!dir.path().join("escape.toml").exists());
        assert!(valid_id("2026-11-25T0930-session-k3f9q2"));
        assert!(!valid_id("") && !valid_id(".hidden") && !valid_id("a/b"));
        for reserved in ["CON", "nul", "Com1", "lpt9", "-rf", "--help"] {
            assert!(!valid_id(reserved), "{reserved}");
        }
    }

    #[test]
    fn an_entry_larger_than_kern_reads_back_is_refused_not_added() {
        let dir = tempfile::tempdir().unwrap();
        let journal = Journal::new(dir.path());
        let mut big = sample::journal()[4].clone();
        big.check_in.as_mut().unwrap().note = Some("x".repeat(5 * 1024 * 1024));
        let mut fits = sample::journal()[5].clone();
        if let Some(check_in) = fits.check_in.as_mut() {
            check_in.note = Some("y".repeat(1000));
        }
        let report = merge(&journal, incoming(&[big.clone(), fits.clone()])).unwrap();
        assert!(matches!(report.refused[0].1, Refusal::TooLarge(_)));
        assert!(!journal.path_for(&big).exists());
        assert_eq!(report.added, vec![fits.id.clone()]);
        assert_eq!(read_entry(&journal.path_for(&fits)).unwrap(), fits);
    }

    #[test]
    fn files_must_be_named_after_their_id() {
        let entry = &sample::journal()[0];
        let bytes = entry.to_toml().unwrap().into_bytes();
        let good = Incoming::from_file("a".into(), &entry.id, bytes.clone());
        assert_eq!(good.entry.as_ref().ok(), Some(entry));
        let renamed = Incoming::from_file("b".into(), "other-name", bytes);
        assert!(matches!(renamed.entry, Err(Refusal::Unreadable(_))));
    }
}
