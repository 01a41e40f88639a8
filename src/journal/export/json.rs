//! The lossless export: `{"format": "kern.journal-export/1", "entries": [...]}`, every entry
//! exactly as it serialises (corrections included, oldest first), and nothing else — no export
//! time — so that the same journal always gives the same bytes. [`parse`] reads it back, entry by
//! entry, for `kern import journal`.

use std::io::{self, Write};

use serde::{Deserialize, Serialize};

use crate::journal::entry::Entry;

use super::merge::{Incoming, Refusal};
use super::{EntryWriter, pretty_at};

/// The `format` value of a JSON export.
pub const EXPORT_FORMAT: &str = "kern.journal-export/1";

/// How much of the document is written at a time.
const PENDING: usize = 128 * 1024;

/// The export written entry by entry: `{"format": ..., "entries": [` first, then each entry
/// pretty-printed as it comes (oldest first: the caller's order), then `]}` and a final newline;
/// the bytes of printing the whole document at once.
#[derive(Debug)]
pub struct JsonWriter<W: Write> {
    out: W,
    written: usize,
    /// Entries printed, not written yet.
    pending: Vec<u8>,
}

impl<W: Write> JsonWriter<W> {
    /// Writes the head of the document.
    pub fn start(mut out: W) -> io::Result<JsonWriter<W>> {
        let format = serde_json::to_string(EXPORT_FORMAT).map_err(io::Error::from)?;
        write!(out, "{{\n  \"format\": {format},\n  \"entries\": [")?;
        Ok(JsonWriter {
            out,
            written: 0,
            pending: Vec::with_capacity(PENDING * 2),
        })
    }

    /// The writer written to.
    pub fn into_inner(self) -> W {
        self.out
    }
}

impl<W: Write> JsonWriter<W> {
    /// The separator before the next entry.
    fn gap(&mut self) {
        let gap: &[u8] = if self.written == 0 {
            b"\n    "
        } else {
            b",\n    "
        };
        self.written += 1;
        self.pending.extend_from_slice(gap);
    }

    /// Writes what is pending once there is enough of it (or `now`): few large writes, which a
    /// buffered writer passes on without copying them again.
    fn write_pending(&mut self, now: bool) -> io::Result<()> {
        if now || self.pending.len() >= PENDING {
            self.out.write_all(&self.pending)?;
            self.pending.clear();
        }
        Ok(())
    }
}

impl<W: Write> EntryWriter for JsonWriter<W> {
    fn entry(&mut self, entry: &Entry) -> io::Result<()> {
        self.gap();
        let mut serializer =
            serde_json::Serializer::with_formatter(&mut self.pending, pretty_at(2));
        entry.serialize(&mut serializer).map_err(io::Error::from)?;
        self.write_pending(false)
    }

    /// Re-indents the compact text instead of reading it back (the same bytes).
    fn compact_json(&mut self, compact: &str) -> io::Result<()> {
        self.gap();
        compact_to_pretty(&mut self.pending, compact.as_bytes(), 2);
        self.write_pending(false)
    }

    fn finish(&mut self) -> io::Result<()> {
        let end: &[u8] = if self.written == 0 {
            b"]\n}\n"
        } else {
            b"\n  ]\n}\n"
        };
        self.pending.extend_from_slice(end);
        self.write_pending(true)?;
        self.out.flush()
    }
}

/// Writes compact JSON as `serde_json::to_string` writes it (no spaces, no line breaks) the way
/// serde_json's pretty printer writes the same value `depth` levels deep into a document: a line
/// per member and element, indented two spaces a level, `": "` after a key, `[]` and `{}` when
/// empty. Only whitespace is added; strings are copied as they are.
pub(crate) fn compact_to_pretty(out: &mut Vec<u8>, compact: &[u8], depth: usize) {
    /// The bytes that are not copied as they come.
    const fn special(byte: u8) -> bool {
        matches!(byte, b'"' | b'{' | b'[' | b'}' | b']' | b',' | b':')
    }
    /// A line break and the indentation of the first 31 levels.
    const INDENT: [u8; 63] = {
        let mut indent = [b' '; 63];
        indent[0] = b'\n';
        indent
    };
    fn line(out: &mut Vec<u8>, depth: usize) {
        match INDENT.get(..1 + 2 * depth) {
            Some(indent) => out.extend_from_slice(indent),
            None => {
                out.push(b'\n');
                out.resize(out.len() + 2 * depth, b' ');
            }
        }
    }
    out.reserve(compact.len() * 2);
    let mut depth = depth;
    let mut i = 0;
    while i < compact.len() {
        // Numbers, `true`, `false`, `null`: as they are.
        let plain = compact[i..].iter().position(|&b| special(b));
        let end = plain.map_or(compact.len(), |n| i + n);
        out.extend_from_slice(&compact[i..end]);
        i = end;
        let Some(&byte) = compact.get(i) else {
            break;
        };
        i += 1;
        match byte {
            b'"' => {
                // A string, up to its closing quote (an escaped one is skipped).
                let start = i - 1;
                while let Some(n) = memchr::memchr2(b'"', b'\\', &compact[i..]) {
                    let at = i + n;
                    i = at + if compact[at] == b'\\' { 2 } else { 1 };
                    if compact[at] == b'"' || i >= compact.len() {
                        break;
                    }
                }
                let i_end = i.min(compact.len());
                out.extend_from_slice(&compact[start..i_end]);
                i = i_end;
            }
            b'{' | b'[' => {
                out.push(byte);
                let close = if byte == b'{' { b'}' } else { b']' };
                if compact.get(i) == Some(&close) {
                    out.push(close);
                    i += 1;
                } else {
                    depth += 1;
                    line(out, depth);
                }
            }
            b'}' | b']' => {
                depth = depth.saturating_sub(1);
                line(out, depth);
                out.push(byte);
            }
            b',' => {
                out.push(b',');
                line(out, depth);
            }
            _ => out.extend_from_slice(b": "),
        }
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

    fn pretty(compact: &str, depth: usize) -> String {
        let mut out = Vec::new();
        compact_to_pretty(&mut out, compact.as_bytes(), depth);
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn compact_entries_are_reindented_as_the_pretty_printer_prints_them() {
        let generated = crate::journal::sample::entries(
            chrono::NaiveDate::from_ymd_opt(2026, 11, 25).unwrap(),
            120,
            5,
        );
        for entry in sample::journal().iter().chain(&generated) {
            let compact = serde_json::to_string(entry).unwrap();
            let want = serde_json::to_string_pretty(entry).unwrap();
            assert_eq!(pretty(&compact, 0), want);
            let mut deep = Vec::new();
            super::super::write_pretty_at(&mut deep, &mut Vec::new(), 2, entry).unwrap();
            assert_eq!(pretty(&compact, 2).into_bytes(), deep);
        }
    }

    #[test]
    fn strings_and_empty_brackets_are_copied_as_they_are() {
        let value = serde_json::json!({
            "a": [],
            "b": {},
            "c": [[], {}, [1, {"d": "x"}]],
            "e": "braces { [ ] } , : and \"quotes\" \\ \\\" in text\n",
            "f": -1.5e-7,
            "g": null,
        });
        let deep = format!("{}{{\"a\":1}}{}", "[".repeat(40), "]".repeat(40));
        for compact in [serde_json::to_string(&value).unwrap(), deep] {
            let value: serde_json::Value = serde_json::from_str(&compact).unwrap();
            assert_eq!(
                pretty(&compact, 0),
                serde_json::to_string_pretty(&value).unwrap()
            );
        }
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
