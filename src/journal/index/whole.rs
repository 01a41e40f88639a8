//! Whole entries beside the index, for exports: a second derived file in the data folder
//! (`journal.entries`) holding every entry as JSON text (so that a field added to entries later
//! reads back as it does from the files), one chunk per month, each entry with the details of its
//! file when it was read. Exports read this instead of parsing every entry's TOML.
//!
//! It is only a copy, and trusted only as far as the index is: an entry is taken from it when the
//! index (checked against the folder first) knows its file with the same details, read long
//! enough before this file was written; every other wanted entry is read from its file.
//! Damaged, missing or written by another kern: read everything from the files and write it
//! again. It is kept apart from the index so that the coach, which reads the index, never loads
//! it.
//!
//! An export goes through it a month at a time ([`Copy`]): the old file is read one month chunk
//! when that month comes, and a new one is written month by month from the first month that
//! changed (the months before it copied over as they were), put in place when the export is
//! through. Nothing changed, nothing written.

use std::borrow::Cow;
use std::collections::HashMap;
use std::fs;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use super::super::entry::Entry;
use super::super::store::{Journal, Problem, Query, name_facts, read_entry};
use super::super::summary::Summary;
use super::disk::{MonthHead, Outcome, Part, PartFile, PartWriter, Stat, WHOLE_MAGIC};
use super::in_order::{Handed, Held};
use super::{Index, Month, index_path};

/// The whole-entries file's name in the data folder.
pub const WHOLE_FILE: &str = "journal.entries";

/// One entry file, whole (its texts borrowed from the month's bytes when read from the copy).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Kept<'a> {
    /// File name without `.toml`.
    #[serde(borrow)]
    name: Cow<'a, str>,
    /// The file's details when it was read.
    stat: Stat,
    /// The entry as JSON.
    #[serde(borrow)]
    json: Cow<'a, str>,
}

fn whole_path(journal: &Journal) -> PathBuf {
    index_path(journal).with_file_name(WHOLE_FILE)
}

/// Removes the file (a missing one is made again by the next export).
pub(super) fn forget(journal: &Journal) {
    let _ = fs::remove_file(whole_path(journal));
}

/// A month chunk of the copy: its head (only the year and month mean anything here) and bytes.
fn encode_month(year: i32, month: u32, kept: &[Kept]) -> Result<(MonthHead, Vec<u8>), String> {
    let head = MonthHead {
        year,
        month,
        dir: Stat::default(),
        newest_ctime: 0,
        problems: 0,
        amends: 0,
        kinds: 0,
        earliest: None,
    };
    let mut bytes = postcard::to_stdvec(&head).map_err(|e| e.to_string())?;
    bytes.extend(postcard::to_stdvec(kept).map_err(|e| e.to_string())?);
    Ok((head, bytes))
}

fn decode_month(bytes: &[u8]) -> Result<Vec<Kept<'_>>, String> {
    let (_, rest) = postcard::take_from_bytes::<MonthHead>(bytes).map_err(|e| e.to_string())?;
    postcard::from_bytes(rest).map_err(|e| e.to_string())
}

/// Whether a query wants an entry file by its name (its date and kind, when the name tells).
pub(super) fn wants_name(query: &Query, name: &str) -> bool {
    let (date, kind) = name_facts(name);
    date.is_none_or(|d| query.wants_date(d)) && kind.is_none_or(|k| query.wants_kind(k))
}

/// Whether a query wants an entry by its summary (its date and kind).
pub(super) fn wants_summary(query: &Query, summary: &Summary) -> bool {
    query.wants_date(summary.at.at().date_naive()) && query.wants_kind(summary.kind)
}

/// The wanted entries of one month folder, in the folder's order, and its wanted files that
/// could not be read.
#[derive(Debug, Default)]
pub(super) struct MonthEntries {
    pub(super) entries: Vec<Held>,
    pub(super) problems: Vec<Problem>,
}

/// The copy as an export goes through it, a month at a time: the old file (when it can be used)
/// read a month when that month comes, and a new one written from the first month that changed.
pub(super) struct Copy {
    path: PathBuf,
    old: Option<PartFile>,
    old_parts: HashMap<(i32, u32), Part>,
    /// The months gone through so far that are as they were: written to a new file only once a
    /// month changes.
    unchanged: Vec<Part>,
    /// The new file, from the first month that changed.
    new: Option<PartWriter>,
    /// Something changed: the copy is written again.
    changed: bool,
    /// Whether a new file may be written (the journal folder exists, and no write failed).
    writable: bool,
}

impl Copy {
    /// Opens the copy of `journal` to go through it (`writable`: a new one may be written).
    pub(super) fn open(journal: &Journal, writable: bool) -> Copy {
        let path = whole_path(journal);
        let old = PartFile::open(&path, WHOLE_MAGIC).ok();
        let old_parts = old
            .iter()
            .flat_map(|file| file.parts().iter().cloned())
            .map(|part| ((part.head.year, part.head.month), part))
            .collect();
        Copy {
            path,
            changed: false,
            old,
            old_parts,
            unchanged: Vec::new(),
            new: None,
            writable,
        }
    }

    /// A month the export does not want: kept as it was.
    pub(super) fn pass(&mut self, month: &Month) {
        if let Some(part) = self.old_parts.remove(&(month.head.year, month.head.month)) {
            self.keep(part);
        }
    }

    /// The entries of a month the export wants (the query still picks among them): from the
    /// copy where the index knows their file as the copy does (read long enough before the copy
    /// was written), else from the file; the month is kept for the new copy. `as_json`: hand
    /// them over as their compact JSON (from the copy as it is there), else whole.
    pub(super) fn month(
        &mut self,
        index: &Index,
        month: &Month,
        query: &Query,
        as_json: bool,
    ) -> MonthEntries {
        let mut out = MonthEntries::default();
        let (year, number) = (month.head.year, month.head.month);
        let old_part = self.old_parts.remove(&(year, number));
        let bytes = old_part
            .as_ref()
            .zip(self.old.as_ref())
            .and_then(|(part, file)| file.read(part).ok());
        let before = bytes.as_deref().and_then(|b| decode_month(b).ok());
        let mut changed = old_part.is_some() && before.is_none();
        let before = before.unwrap_or_default();
        let mut known: HashMap<&str, &Kept<'_>> =
            before.iter().map(|k| (k.name.as_ref(), k)).collect();
        let written_at = self.old.as_ref().map_or(i64::MIN, PartFile::written_at);
        let settled = |ctime: i64| ctime.saturating_add(1_000_000_000) < written_at;
        let dir = index.month_dir(&month.head);
        let mut kept: Vec<Kept<'_>> = Vec::new();
        for record in index.records(month) {
            let wanted = wants_name(query, record.name());
            let path = || dir.join(format!("{}.toml", record.name()));
            let summary = match &record.outcome {
                Outcome::Problem { reason, .. } => {
                    if wanted {
                        out.problems.push(Problem {
                            path: path(),
                            reason: reason.clone(),
                        });
                    }
                    continue;
                }
                Outcome::Entry(summary) => summary,
            };
            let wanted = wanted && wants_summary(query, summary);
            let cached = known
                .remove(summary.id.as_str())
                .filter(|k| k.stat == record.stat && settled(k.stat.ctime));
            if let Some(kept_entry) = cached {
                if !wanted {
                    kept.push(kept_entry.clone());
                    continue;
                }
                let handed = if as_json {
                    Some(Handed::Json(kept_entry.json.as_ref().to_owned()))
                } else {
                    serde_json::from_str::<Box<Entry>>(&kept_entry.json)
                        .ok()
                        .map(Handed::Entry)
                };
                if let Some(handed) = handed {
                    out.entries.push(Held::new(summary, handed));
                    kept.push(kept_entry.clone());
                    continue;
                }
            }
            if !wanted {
                continue;
            }
            // Read from the file: the copy is written again (so that an entry read too soon
            // after its file changed is trusted from the next export on).
            changed = true;
            let path = path();
            match read_entry(&path) {
                Ok(entry) => {
                    let json = serde_json::to_string(&entry).ok();
                    if let Some(json) = &json {
                        kept.push(Kept {
                            name: Cow::Owned(summary.id.clone()),
                            stat: record.stat,
                            json: Cow::Owned(json.clone()),
                        });
                    }
                    let summary = Summary::of(&entry);
                    let handed = match json {
                        Some(json) if as_json => Handed::Json(json),
                        _ => Handed::Entry(Box::new(entry)),
                    };
                    out.entries.push(Held::new(&summary, handed));
                }
                Err(reason) => out.problems.push(Problem { path, reason }),
            }
        }
        changed |= kept.len() != before.len()
            || kept
                .iter()
                .zip(&before)
                .any(|(a, b)| a.name != b.name || a.stat != b.stat);
        match old_part {
            Some(part) if !changed => self.keep(part),
            _ => {
                self.changed = true;
                if !kept.is_empty() {
                    match encode_month(year, number, &kept) {
                        Ok((head, bytes)) => self.put(&head, &bytes),
                        Err(_) => self.writable = false,
                    }
                }
            }
        }
        out
    }

    /// Keeps a month of the old file as it was.
    fn keep(&mut self, part: Part) {
        if self.new.is_none() {
            self.unchanged.push(part);
            return;
        }
        match self.old.as_ref().map(|file| file.read(&part)) {
            Some(Ok(bytes)) => self.put(&part.head, &bytes),
            _ => self.writable = false,
        }
    }

    /// Starts the new file, with the months before it as they were (once).
    fn start(&mut self) {
        if self.new.is_some() || !self.writable {
            return;
        }
        match PartWriter::create(&self.path, WHOLE_MAGIC) {
            Ok(writer) => {
                self.new = Some(writer);
                for part in std::mem::take(&mut self.unchanged) {
                    self.keep(part);
                }
            }
            Err(_) => self.writable = false,
        }
    }

    /// Adds a month to the new file.
    fn put(&mut self, head: &MonthHead, bytes: &[u8]) {
        self.start();
        if let Some(writer) = self.new.as_mut()
            && writer.push(head, bytes).is_err()
        {
            self.writable = false;
        }
    }

    /// Puts the new copy in place when anything changed (months removed since included). A
    /// failure to write only costs time at the next export.
    pub(super) fn finish(mut self) {
        self.changed |= !self.old_parts.is_empty();
        if !self.changed {
            return;
        }
        self.start();
        if let Some(writer) = self.new.take()
            && self.writable
        {
            let _ = writer.finish();
        }
    }
}

#[cfg(test)]
pub(super) mod tests;
