//! The lossless export: `{"format": "kern.journal-export/1", "entries": [...]}`, every entry
//! exactly as it serialises (corrections included, oldest first), and nothing else — no export
//! time — so that the same journal always gives the same bytes. [`parse`] reads it back, entry by
//! entry, for `kern import journal`.

use serde::{Deserialize, Serialize};

use crate::journal::entry::Entry;

use super::merge::{Incoming, Refusal};

/// The `format` value of a JSON export.
pub const EXPORT_FORMAT: &str = "kern.journal-export/1";

/// The document, with `format` first.
#[derive(Serialize)]
struct Export<'a> {
    format: &'a str,
    entries: &'a [Entry],
}

/// The export text of `entries`: pretty-printed JSON with a final newline, oldest first.
pub fn to_json(entries: &[Entry]) -> Result<String, serde_json::Error> {
    // Entries come sorted from `kern export`: copied and sorted only when they are not.
    let in_order =
        entries.is_sorted_by(|a, b| (a.at, a.recorded_at, &a.id) <= (b.at, b.recorded_at, &b.id));
    let sorted: std::borrow::Cow<'_, [Entry]> = if in_order {
        std::borrow::Cow::Borrowed(entries)
    } else {
        let mut sorted = entries.to_vec();
        super::sort_oldest_first(&mut sorted);
        std::borrow::Cow::Owned(sorted)
    };
    let doc = Export {
        format: EXPORT_FORMAT,
        entries: &sorted,
    };
    let mut text = serde_json::to_string_pretty(&doc)?;
    text.push('\n');
    Ok(text)
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
