//! Whole entries beside the index, for exports: a second derived file in the data folder
//! (`journal.entries`) holding every entry as JSON text (so that a field added to entries later
//! reads back as it does from the files), one chunk per month, each entry with the details of its
//! file when it was read. Exports read this instead of parsing every entry's TOML.
//!
//! It is only a copy, and trusted only as far as the index is: an entry is taken from it when the
//! index (checked against the folder first) knows its file with the same details, read long
//! enough before this file was written; every other wanted entry is read from its file. Damaged,
//! missing or written by another kern: read everything from the files and write it again. It is
//! kept apart from the index so that the coach, which reads the index, never loads it.

use std::collections::HashMap;
use std::fs;

use serde::{Deserialize, Serialize};

use super::super::entry::Entry;
use super::super::store::{Journal, Loaded, Problem, Query, file_ref, read_entry};
use super::disk::{self, Chunk, MonthHead, Outcome, Stat, WHOLE_MAGIC};
use super::{Index, index_path};

/// The whole-entries file's name in the data folder.
pub const WHOLE_FILE: &str = "journal.entries";

/// One entry file, whole.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Kept {
    /// File name without `.toml`.
    name: String,
    /// The file's details when it was read.
    stat: Stat,
    /// The entry as JSON.
    json: String,
}

type Months = HashMap<(i32, u32), Vec<Kept>>;

fn whole_path(journal: &Journal) -> std::path::PathBuf {
    index_path(journal).with_file_name(WHOLE_FILE)
}

/// Removes the file (a missing one is made again by the next export).
pub(super) fn forget(journal: &Journal) {
    let _ = fs::remove_file(whole_path(journal));
}

/// The months of the file, and when it was written (`None` when it cannot be used).
fn read_months(journal: &Journal) -> Option<(Months, i64)> {
    let path = whole_path(journal);
    let bytes = fs::read(&path).ok()?;
    let written_at = Stat::of(&fs::metadata(&path).ok()?).mtime;
    let mut months = Months::new();
    for chunk in disk::decode(WHOLE_MAGIC, &bytes).ok()? {
        let (_, rest) = postcard::take_from_bytes::<MonthHead>(&chunk.bytes).ok()?;
        let kept: Vec<Kept> = postcard::from_bytes(rest).ok()?;
        months.insert((chunk.head.year, chunk.head.month), kept);
    }
    Some((months, written_at))
}

fn encode_months(months: &Months) -> Result<Vec<u8>, postcard::Error> {
    let mut keys: Vec<&(i32, u32)> = months.keys().collect();
    keys.sort();
    let mut chunks = Vec::with_capacity(keys.len());
    for key in keys {
        let head = MonthHead {
            year: key.0,
            month: key.1,
            dir: Stat::default(),
            newest_ctime: 0,
            problems: 0,
            amends: 0,
        };
        let mut bytes = postcard::to_stdvec(&head)?;
        bytes.extend(postcard::to_stdvec(&months[key])?);
        chunks.push(Chunk { head, bytes });
    }
    disk::encode(WHOLE_MAGIC, &chunks)
}

impl Index {
    /// The entries a query asks for, whole, as [`Journal::files`] and [`read_entry`] would give
    /// them (in the files' order, no corrections applied): from the whole-entries file where it
    /// knows a file as the index does, else from the file (and the whole-entries file is written
    /// again).
    pub fn entries(&self, journal: &Journal, query: &Query) -> Loaded {
        let mut loaded = Loaded::default();
        if let Some(problem) = &self.listing_problem {
            loaded.problems.push(problem.clone());
            return loaded;
        }
        let (mut old, written_at) = read_months(journal).unwrap_or_default();
        let settled = |ctime: i64| ctime.saturating_add(1_000_000_000) < written_at;
        let mut months = Months::new();
        let mut changed = false;
        for month in &self.months {
            let key = (month.head.year, month.head.month);
            let before = old.remove(&key).unwrap_or_default();
            if !query.wants_month(key.0, key.1) {
                if !before.is_empty() {
                    months.insert(key, before);
                }
                continue;
            }
            let before_keys: Vec<(String, Stat)> =
                before.iter().map(|k| (k.name.clone(), k.stat)).collect();
            let mut known: HashMap<String, Kept> =
                before.into_iter().map(|k| (k.name.clone(), k)).collect();
            let dir = self
                .root
                .join(format!("{:04}", key.0))
                .join(format!("{:02}", key.1));
            let mut kept = Vec::new();
            for record in self.records(month) {
                let path = dir.join(format!("{}.toml", record.name()));
                let by_name = file_ref(path);
                let wanted = by_name.date.is_none_or(|d| query.wants_date(d))
                    && by_name.kind.is_none_or(|k| query.wants_kind(k));
                let summary = match record.outcome {
                    Outcome::Problem { reason, .. } => {
                        if wanted {
                            loaded.problems.push(Problem {
                                path: by_name.path,
                                reason,
                            });
                        }
                        continue;
                    }
                    Outcome::Entry(summary) => summary,
                };
                let wanted = wanted
                    && query.wants_date(summary.at.at().date_naive())
                    && query.wants_kind(summary.kind);
                let cached = known
                    .remove(&summary.id)
                    .filter(|k| k.stat == record.stat && settled(k.stat.ctime));
                let cached_entry = cached
                    .as_ref()
                    .filter(|_| wanted)
                    .and_then(|k| serde_json::from_str::<Entry>(&k.json).ok());
                if let Some(kept_entry) = cached
                    && (!wanted || cached_entry.is_some())
                {
                    kept.push(kept_entry);
                    loaded.entries.extend(cached_entry);
                    continue;
                }
                if !wanted {
                    continue;
                }
                match read_entry(&by_name.path) {
                    Ok(entry) => {
                        if let Ok(json) = serde_json::to_string(&entry) {
                            kept.push(Kept {
                                name: summary.id,
                                stat: record.stat,
                                json,
                            });
                        }
                        loaded.entries.push(entry);
                    }
                    Err(reason) => loaded.problems.push(Problem {
                        path: by_name.path,
                        reason,
                    }),
                }
            }
            changed |= kept.len() != before_keys.len()
                || kept
                    .iter()
                    .zip(&before_keys)
                    .any(|(a, (name, stat))| a.name != *name || a.stat != *stat);
            if !kept.is_empty() {
                months.insert(key, kept);
            }
        }
        // Month folders removed since.
        changed |= !old.is_empty();
        if changed && self.root.exists() {
            // A failure to write only costs time at the next export.
            if let Ok(bytes) = encode_months(&months) {
                let _ = super::super::atomic::replace(&whole_path(journal), &bytes);
            }
        }
        loaded
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;
    use proptest::prelude::*;

    use super::super::Check;
    use super::super::tests::{apply, change, written};
    use super::*;
    use crate::journal::export::{load_raw, sample, sort_oldest_first};
    use crate::journal::store::apply_corrections;
    use crate::journal::{EntryKind, sample as years};

    /// Makes every entry in the whole-entries file count as read long after its file changed
    /// (as it is when the next export comes more than a second later).
    fn settle(journal: &Journal) {
        let file = fs::File::options()
            .write(true)
            .open(whole_path(journal))
            .unwrap();
        let later = std::time::SystemTime::now() + std::time::Duration::from_secs(60);
        file.set_modified(later).unwrap();
    }

    /// The index's copy gives what reading every file gives: raw (JSON export) and corrected
    /// (CSV, FHIR).
    fn agrees(journal: &Journal, query: &Query) -> Result<(), TestCaseError> {
        let got = Index::open(journal, Check::Full).entries(journal, query);
        let raw = load_raw(journal, query);
        let mut sorted = got.entries.clone();
        sort_oldest_first(&mut sorted);
        prop_assert_eq!(&sorted, &raw.entries);
        prop_assert_eq!(&got.problems, &raw.problems);
        prop_assert_eq!(apply_corrections(got.entries), journal.load(query).entries);
        Ok(())
    }

    fn a_year() -> Vec<Entry> {
        years::entries(NaiveDate::from_ymd_opt(2026, 11, 25).unwrap(), 70, 7)
    }

    #[test]
    fn an_export_keeps_every_entry_and_the_next_one_reads_no_file() {
        let (_dir, journal) = written(&a_year());
        let first = Index::open(&journal, Check::Full).entries(&journal, &Query::default());
        let (months, _) = read_months(&journal).unwrap();
        let kept: usize = months.values().map(Vec::len).sum();
        assert_eq!(kept, first.entries.len());
        settle(&journal);
        let written_at = fs::metadata(whole_path(&journal))
            .unwrap()
            .modified()
            .unwrap();
        let second = Index::open(&journal, Check::Full).entries(&journal, &Query::default());
        assert_eq!(second.entries, first.entries);
        let now = fs::metadata(whole_path(&journal))
            .unwrap()
            .modified()
            .unwrap();
        assert_eq!(now, written_at, "nothing changed, nothing written");
    }

    #[test]
    fn a_damaged_copy_is_read_again_from_the_files() {
        let (_dir, journal) = written(&a_year());
        let want = load_raw(&journal, &Query::default()).entries;
        Index::open(&journal, Check::Full).entries(&journal, &Query::default());
        let bytes = fs::read(whole_path(&journal)).unwrap();
        for damaged in [bytes[..bytes.len() / 2].to_vec(), b"junk".to_vec()] {
            fs::write(whole_path(&journal), damaged).unwrap();
            let mut got = Index::open(&journal, Check::Full)
                .entries(&journal, &Query::default())
                .entries;
            sort_oldest_first(&mut got);
            assert_eq!(got, want);
            assert!(read_months(&journal).is_some(), "written again");
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(10))]

        /// Whatever the journal and whatever happens to it, an export from the index's copy
        /// holds what the files hold.
        #[test]
        fn exports_from_the_index_are_what_the_files_hold(
            days in 1u32..90,
            seed in any::<u64>(),
            with_corrections in any::<bool>(),
            changes in proptest::collection::vec(change(), 0..5),
            since in proptest::option::of(0u64..200),
            kind in proptest::option::of(0usize..6),
        ) {
            let mut entries =
                years::entries(NaiveDate::from_ymd_opt(2026, 11, 25).unwrap(), days, seed);
            if with_corrections {
                entries.extend(sample::journal());
            }
            let (_dir, journal) = written(&entries);
            let query = Query {
                since: since
                    .map(|d| NaiveDate::from_ymd_opt(2026, 6, 1).unwrap() + chrono::Days::new(d)),
                until: None,
                kinds: kind.map(|k| vec![EntryKind::ALL[k]]).unwrap_or_default(),
            };
            agrees(&journal, &query)?;
            if whole_path(&journal).exists() {
                settle(&journal);
            }
            agrees(&journal, &query)?;
            agrees(&journal, &Query::default())?;
            for change in &changes {
                apply(&journal, change);
                agrees(&journal, &query)?;
            }
        }
    }
}
