//! Taking the journal out of kern and bringing it back: pure conversions from entries to text,
//! and merging entries from elsewhere into a journal without ever overwriting a file.
//!
//! - [`csv`]: one row per session and per measure, for spreadsheets;
//! - [`json`]: every entry as it is stored (`kern.journal-export/1`), lossless, and its reader;
//! - [`fhir`]: a FHIR R4 `Bundle` of `Observation`s for health records;
//! - [`merge`]: adding entries from an export or a backup, never replacing one;
//! - [`backup`]: the journal folder as a `.tar` archive or a folder copy, and restoring it;
//! - [`sample`]: a small journal with every kind of entry, for tests and examples.
//!
//! The CSV and FHIR exports show the journal as kern reads it (corrections applied); the JSON
//! export and backups hold every file, corrections and corrected entries alike.

pub mod backup;
pub mod csv;
pub mod fhir;
pub mod json;
pub mod merge;
pub mod sample;

use super::store::{Journal, Loaded, Problem, Query, read_entry};

/// Every entry a query asks for exactly as stored: corrections are kept as entries of their own
/// and not applied. Oldest first (by `at`, then `recorded_at`, then id). Unreadable files are
/// reported in `problems`.
pub fn load_raw(journal: &Journal, query: &Query) -> Loaded {
    let mut loaded = Loaded::default();
    let files = match journal.files(query) {
        Ok(files) => files,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => return loaded,
        Err(err) => {
            loaded.problems.push(Problem {
                path: journal.dir().to_path_buf(),
                reason: err.to_string(),
            });
            return loaded;
        }
    };
    for file in files {
        match read_entry(&file.path) {
            Ok(entry) => {
                let date = entry.at.date_naive();
                let date_ok =
                    query.since.is_none_or(|s| date >= s) && query.until.is_none_or(|u| date <= u);
                let kind_ok = query.kinds.is_empty() || query.kinds.contains(&entry.kind);
                if date_ok && kind_ok {
                    loaded.entries.push(entry);
                }
            }
            Err(reason) => loaded.problems.push(Problem {
                path: file.path,
                reason,
            }),
        }
    }
    sort_oldest_first(&mut loaded.entries);
    loaded
}

/// Sorts entries oldest first: by `at`, then `recorded_at`, then id (a total, stable order).
pub fn sort_oldest_first(entries: &mut [super::Entry]) {
    entries.sort_by(|a, b| (a.at, a.recorded_at, &a.id).cmp(&(b.at, b.recorded_at, &b.id)));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raw_loading_keeps_corrections_as_entries() {
        let dir = tempfile::tempdir().unwrap();
        let journal = Journal::new(dir.path());
        let entries = sample::journal();
        for entry in &entries {
            journal.write(entry).unwrap();
        }
        let raw = load_raw(&journal, &Query::default());
        assert!(raw.problems.is_empty(), "{:?}", raw.problems);
        assert_eq!(raw.entries.len(), entries.len());
        let corrected = journal.load(&Query::default());
        assert_eq!(corrected.entries.len(), entries.len() - 1);
        let since = Query {
            since: chrono::NaiveDate::from_ymd_opt(2026, 11, 3),
            ..Query::default()
        };
        assert!(
            load_raw(&journal, &since)
                .entries
                .iter()
                .all(|e| e.at.date_naive()
                    >= chrono::NaiveDate::from_ymd_opt(2026, 11, 3).unwrap_or_default())
        );
    }
}
