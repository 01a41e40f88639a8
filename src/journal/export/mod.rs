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
//! export and backups hold every file, corrections and corrected entries alike. The three are
//! written as a stream ([`EntryWriter`]): the head, then each entry as it comes, then the end, so
//! that an export never holds the whole document.

pub mod backup;
pub mod csv;
pub mod fhir;
pub mod json;
pub mod merge;
pub mod sample;

use std::io;

use serde_json::ser::{Formatter, PrettyFormatter};

use super::Entry;
use super::store::{Journal, Loaded, Problem, Query, read_entry};

/// A document written entry by entry ([`json::JsonWriter`], [`csv::CsvWriter`],
/// [`fhir::FhirWriter`]): its head is written when it is made, then each entry as it comes (in
/// the order the document wants: oldest first), then its end by [`EntryWriter::finish`].
pub trait EntryWriter {
    /// Writes one entry's part of the document.
    fn entry(&mut self, entry: &Entry) -> io::Result<()>;
    /// Writes one entry given as the compact JSON `serde_json::to_string` made of it (the
    /// index's copy of whole entries keeps them so): read back into an entry, unless the
    /// writer can do without.
    fn compact_json(&mut self, compact: &str) -> io::Result<()> {
        let entry: Entry = serde_json::from_str(compact).map_err(io::Error::from)?;
        self.entry(&entry)
    }
    /// Writes the end of the document and flushes it.
    fn finish(&mut self) -> io::Result<()>;
}

/// serde_json's pretty printer as it stands `depth` levels deep into a document, to write one
/// value of a pretty-printed document on its own (the document's own brackets are written by
/// hand): the bytes are those of printing the whole document at once.
pub(crate) fn pretty_at(depth: usize) -> PrettyFormatter<'static> {
    let mut formatter = PrettyFormatter::new();
    for _ in 0..depth {
        // Only moves the indentation one level in; the bracket goes nowhere.
        let _ = formatter.begin_object(&mut io::sink());
    }
    formatter
}

/// The text a writer made in memory (for the whole-text conversions, `to_json` and the others).
pub(crate) fn utf8(bytes: Vec<u8>) -> io::Result<String> {
    String::from_utf8(bytes).map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))
}

/// Writes `value` pretty-printed as it stands `depth` levels deep into a document: printed into
/// `scratch` first (serde_json writes many small pieces), then written in one piece.
pub(crate) fn write_pretty_at(
    out: &mut impl io::Write,
    scratch: &mut Vec<u8>,
    depth: usize,
    value: &impl serde::Serialize,
) -> io::Result<()> {
    scratch.clear();
    let mut serializer = serde_json::Serializer::with_formatter(&mut *scratch, pretty_at(depth));
    value.serialize(&mut serializer).map_err(io::Error::from)?;
    out.write_all(scratch)
}

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
