//! The lossless export: `{"format": "kern.journal-export/1", "entries": [...]}`, every entry
//! exactly as it serialises (corrections included, oldest first), and nothing else — no export
//! time — so that the same journal always gives the same bytes. [`parse`] reads it back, entry by
//! entry, for `kern import journal`.

use std::io::{self, Write};

use serde::Deserialize;

use crate::journal::entry::Entry;

use super::merge::{Incoming, Refusal};
use super::{EntryWriter, write_pretty_at};

/// The `format` value of a JSON export.
pub const EXPORT_FORMAT: &str = "kern.journal-export/1";

/// The export written entry by entry: `{"format": ..., "entries": [` first, then each entry
/// pretty-printed as it comes (oldest first: the caller's order), then `]}` and a final newline;
/// the bytes of printing the whole document at once.
#[derive(Debug)]
pub struct JsonWriter<W: Write> {
    out: W,
    written: usize,
    /// Where one entry is printed before it is written.
    scratch: Vec<u8>,
}

impl<W: Write> JsonWriter<W> {
    /// Writes the head of the document.
    pub fn start(mut out: W) -> io::Result<JsonWriter<W>> {
        let format = serde_json::to_string(EXPORT_FORMAT).map_err(io::Error::from)?;
        write!(out, "{{\n  \"format\": {format},\n  \"entries\": [")?;
        Ok(JsonWriter {
            out,
            written: 0,
            scratch: Vec::new(),
        })
    }

    /// The writer written to.
    pub fn into_inner(self) -> W {
        self.out
    }
}

impl<W: Write> EntryWriter for JsonWriter<W> {
    fn entry(&mut self, entry: &Entry) -> io::Result<()> {
        let gap: &[u8] = if self.written == 0 {
            b"\n    "
        } else {
            b",\n    "
        };
        self.out.write_all(gap)?;
        write_pretty_at(&mut self.out, &mut self.scratch, 2, entry)?;
        self.written += 1;
        Ok(())
    }

    fn finish(&mut self) -> io::Result<()> {
        let end: &[u8] = if self.written == 0 {
            b"]\n}\n"
        } else {
            b"\n  ]\n}\n"
        };
        self.out.write_all(end)?;
        self.out.flush()
    }
}

/// The export text of `entries`: pretty-printed JSON with a final newline, oldest first (sorted
/// here when they are not).
pub fn to_json(entries: &[Entry]) -> Result<String, serde_json::Error> {
    let in_order =
        entries.is_sorted_by(|a, b| (a.at, a.recorded_at, &a.id) <= (b.at, b.recorded_at, &b.id));
    let sorted: std::borrow::Cow<'_, [Entry]> = if in_order {
        std::borrow::Cow::Borrowed(entries)
    } else {
        let mut sorted = entries.to_vec();
        super::sort_oldest_first(&mut sorted);
        std::borrow::Cow::Owned(sorted)
    };
    let write = || -> io::Result<Vec<u8>> {
        let mut writer = JsonWriter::start(Vec::new())?;
        for entry in sorted.iter() {
            writer.entry(entry)?;
        }
        writer.finish()?;
        Ok(writer.into_inner())
    };
    write().and_then(super::utf8).map_err(serde_json::Error::io)
}

/// Why an export file cannot be read at all.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ParseError {
    /// Not JSON, or not an object with `format` and `entries`.
    #[error("not a kern journal export: {0}")]
    NotAnExport(String),
    /// Another format or a newer version.
    #[error("unknown format '{0}'; this kern reads '{EXPORT_FORMAT}'")]
    UnknownFormat(String),
}

#[derive(Deserialize)]
struct Document {
    format: String,
    entries: Vec<serde_json::Value>,
}

/// The largest export file `kern import journal` reads: 64 MiB, decades of daily entries.
pub const MAX_IMPORT_BYTES: u64 = 64 * 1024 * 1024;

/// Reads an export. Each entry is checked on its own: one bad entry is refused with its reason,
/// the others still come through.
pub fn parse(text: &str) -> Result<Vec<Incoming>, ParseError> {
    let doc: Document = serde_json::from_str(text.strip_prefix('\u{feff}').unwrap_or(text))
        .map_err(|e| ParseError::NotAnExport(e.to_string()))?;
    if doc.format != EXPORT_FORMAT {
        return Err(ParseError::UnknownFormat(doc.format));
    }
    Ok(doc
        .entries
        .into_iter()
        .enumerate()
        .map(|(index, value)| {
            let source = value
                .get("id")
                .and_then(|id| id.as_str())
                .map_or_else(|| format!("entries[{index}]"), str::to_owned);
            let entry = serde_json::from_value::<Entry>(value)
                .map_err(|e| Refusal::Unreadable(e.to_string()))
                .and_then(|entry| {
                    entry.check().map_err(Refusal::Unreadable)?;
                    Ok(entry)
                });
            Incoming::from_entry(source, entry)
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::export::sample;

    #[test]
    fn the_export_reads_back_to_the_same_entries() {
        let entries = sample::journal();
        let text = to_json(&entries).unwrap();
        assert!(text.starts_with("{\n  \"format\": \"kern.journal-export/1\",\n"));
        let back: Vec<Entry> = parse(&text)
            .unwrap()
            .into_iter()
            .map(|i| i.entry.unwrap())
            .collect();
        assert_eq!(back, entries, "the sample is written oldest first");
        assert_eq!(to_json(&back).unwrap(), text);
    }

    #[test]
    fn a_bad_entry_is_refused_alone() {
        let text = to_json(&sample::journal()[..2]).unwrap();
        let mut doc: serde_json::Value = serde_json::from_str(&text).unwrap();
        doc["entries"][1]["red_flags"]["outcome"] = "maybe".into();
        let incoming = parse(&doc.to_string()).unwrap();
        assert!(incoming[0].entry.is_ok());
        assert!(matches!(incoming[1].entry, Err(Refusal::Unreadable(_))));
        assert_eq!(incoming[1].source, sample::journal()[1].id);
    }

    #[test]
    fn other_documents_are_not_exports() {
        assert!(matches!(parse("[1, 2]"), Err(ParseError::NotAnExport(_))));
        let newer = r#"{"format": "kern.journal-export/2", "entries": []}"#;
        assert!(matches!(parse(newer), Err(ParseError::UnknownFormat(_))));
    }
}
