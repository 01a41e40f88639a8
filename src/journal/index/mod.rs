//! The journal index: one derived file in the data folder (`journal.index`) holding the
//! [`Summary`] of every entry file, so that the journal can be listed, counted and charted
//! without reading ten thousand files — the way notmuch indexes a Maildir.
//!
//! The entry files stay the only truth. Every look at the index checks it against the folder
//! first ([`Check`]): a month folder whose details changed (a file added, removed, renamed) is
//! listed again, and every file the index does not know as it is now (new, changed, or read too
//! soon before the index was written) is read; files that could not be read are read again every
//! time. Then the index is written back whole, crash-safely (temporary file, flush, rename, flush
//! the folder), when anything changed. A missing, damaged or outdated index is rebuilt; a failure
//! to write it only costs time. `kern doctor` says how it is and `kern doctor --reindex` rebuilds it.

mod by_month;
mod disk;
mod in_order;
mod pages;
mod whole;

use std::collections::HashMap;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

pub use by_month::ByMonth;
use disk::{Chunk, FileRecord, MonthHead, Outcome, Part, PartFile, PartWriter, Unopened};
pub use disk::{INDEX_VERSION, Stat};
pub use in_order::{Handed, Order};
pub use pages::Pages;
pub use whole::WHOLE_FILE;

use super::entry::EntryKind;
use super::store::{
    Journal, Problem, Query, apply_corrections, is_entry_name, name_facts, read_entry,
};
use super::summary::Summary;

/// The index file's name in the data folder.
pub const INDEX_FILE: &str = "journal.index";

/// How closely the index is checked against the folder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Check {
    /// The month folders' details only, and each file of a month folder that changed: a file
    /// added, removed, renamed or replaced (as kern and most editors write) is seen; a file
    /// changed in place inside an unchanged folder is not, until the next full check.
    Quick,
    /// Every file's size, times and inode.
    Full,
}

/// How the index was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    /// It matched the folder.
    UpToDate,
    /// It missed changes, which were read from the files.
    Stale,
    /// There was none.
    Missing,
    /// It could not be used (damaged, or written by another kern), and was rebuilt.
    Unusable(String),
}

/// What a look at the index did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    /// How the index was found.
    pub found: Found,
    /// Entry files read because the index did not know them as they are now.
    pub files_read: usize,
    /// Whether a new index was written (`Ok(false)`: nothing to write), or why it could not be.
    pub written: Result<bool, String>,
}

/// The index of one journal, checked against its folder. It keeps the index file open and
/// reads a month from it when the month is wanted: it never holds every summary at once.
#[derive(Debug)]
pub struct Index {
    root: PathBuf,
    months: Vec<Month>,
    /// The index file the stored months are read from.
    file: Option<PartFile>,
    /// What this look did.
    pub status: Status,
    /// The folder could not be listed (other than not existing yet).
    pub listing_problem: Option<Problem>,
}

/// One month folder as the index knows it.
#[derive(Debug)]
struct Month {
    head: MonthHead,
    place: Place,
}

/// Where a month's records are.
#[derive(Debug)]
enum Place {
    /// In the index file.
    Stored(Part),
    /// Here only, until the index is written (or because it could not be): the chunk's bytes.
    Held(Vec<u8>),
}

/// Summaries a query asked for, and the files that could not be read.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Summaries {
    /// Oldest first (by `at`, then id), corrections applied, like [`Journal::load`].
    pub entries: Vec<Summary>,
    /// Files that could not be read.
    pub problems: Vec<Problem>,
}

/// Where a journal's index lives: beside the journal folder, in the data folder.
pub fn index_path(journal: &Journal) -> PathBuf {
    journal.dir().with_file_name(INDEX_FILE)
}

impl Index {
    /// The index, checked against the folder (and patched and written back when it was stale,
    /// missing or unusable).
    pub fn open(journal: &Journal, check: Check) -> Index {
        let (old, found) = match PartFile::open(&index_path(journal), disk::MAGIC) {
            Ok(file) => (Some(file), Found::UpToDate),
            Err(Unopened::Missing) => (None, Found::Missing),
            Err(Unopened::Unusable(reason)) => (None, Found::Unusable(reason)),
        };
        Self::refresh(journal, old, found, check)
    }

    /// Builds the index again from every entry file, whatever the old one says (and drops the
    /// copy of whole entries beside it, which the next export makes again).
    pub fn rebuild(journal: &Journal) -> Index {
        whole::forget(journal);
        Self::refresh(journal, None, Found::Missing, Check::Full)
    }

    fn refresh(journal: &Journal, old: Option<PartFile>, mut found: Found, check: Check) -> Index {
        let root = journal.dir().to_path_buf();
        // Files changed less than a second before the index was written are read again.
        let written_at = old.as_ref().map_or(i64::MAX, PartFile::written_at);
        let settled = |ctime: i64| ctime.saturating_add(1_000_000_000) < written_at;
        let mut files_read = 0;
        let mut changed = !matches!(found, Found::UpToDate);
        let mut listing_problem = None;
        let listed = match journal.month_dirs() {
            Ok(months) => months,
            Err(err) => {
                if err.kind() != io::ErrorKind::NotFound {
                    listing_problem = Some(Problem {
                        path: root.clone(),
                        reason: err.to_string(),
                    });
                }
                Vec::new()
            }
        };
        let mut old_parts: HashMap<(i32, u32), Part> = old
            .iter()
            .flat_map(|file| file.parts().iter().cloned())
            .map(|part| ((part.head.year, part.head.month), part))
            .collect();
        let mut months = Vec::with_capacity(listed.len());
        for (year, month, dir) in listed {
            let dir_stat = fs::metadata(&dir).map(|m| Stat::of(&m)).unwrap_or_default();
            let previous = old_parts.remove(&(year, month));
            if let Some(part) = previous.as_ref().filter(|part| {
                check == Check::Quick
                    && part.head.dir == dir_stat
                    && part.head.problems == 0
                    && settled(part.head.newest_ctime)
            }) {
                months.push(Month {
                    head: part.head.clone(),
                    place: Place::Stored(part.clone()),
                });
                continue;
            }
            let known = previous
                .as_ref()
                .zip(old.as_ref())
                .and_then(|(part, file)| file.records(part).ok())
                .unwrap_or_default();
            let fresh = read_month(year, month, &dir, dir_stat, known, &settled);
            files_read += fresh.read;
            if let Some(part) = previous.filter(|p| fresh.same && p.head == fresh.head) {
                months.push(Month {
                    head: fresh.head,
                    place: Place::Stored(part),
                });
                continue;
            }
            changed = true;
            if let Ok(chunk) = Chunk::encode(fresh.head, &fresh.records) {
                months.push(Month {
                    head: chunk.head,
                    place: Place::Held(chunk.bytes),
                });
            }
        }
        // Month folders removed since.
        changed |= !old_parts.is_empty();
        if changed && found == Found::UpToDate {
            found = Found::Stale;
        }
        let mut index = Index {
            root,
            months,
            file: old,
            status: Status {
                found,
                files_read,
                written: Ok(false),
            },
            listing_problem,
        };
        if changed && index.root.exists() {
            index.status.written = index
                .save(&index_path(journal))
                .map(|()| true)
                .map_err(|e| e.to_string());
        }
        index
    }

    /// Writes the index file again, month by month, and reads the months from it from then on.
    fn save(&mut self, path: &Path) -> io::Result<()> {
        let mut writer = PartWriter::create(path, disk::MAGIC)?;
        for month in &self.months {
            match &month.place {
                Place::Stored(part) => {
                    let file = self
                        .file
                        .as_ref()
                        .ok_or_else(|| io::Error::other("no index"))?;
                    let bytes = file.read(part).map_err(io::Error::other)?;
                    writer.push(&month.head, &bytes)?;
                }
                Place::Held(bytes) => writer.push(&month.head, bytes)?,
            }
        }
        let file = writer.finish()?;
        for (month, part) in self.months.iter_mut().zip(file.parts()) {
            month.place = Place::Stored(part.clone());
        }
        self.file = Some(file);
        Ok(())
    }

    /// The folder of a month.
    fn month_dir(&self, head: &MonthHead) -> PathBuf {
        self.root
            .join(format!("{:04}", head.year))
            .join(format!("{:02}", head.month))
    }

    /// The records of a month: from the index, or (should the index file fail to give them)
    /// from the month folder itself.
    fn records(&self, month: &Month) -> Vec<FileRecord> {
        let kept = match &month.place {
            Place::Stored(part) => self.file.as_ref().and_then(|f| f.records(part).ok()),
            Place::Held(bytes) => disk::records_of(bytes).ok(),
        };
        kept.unwrap_or_else(|| {
            let dir = self.month_dir(&month.head);
            read_month(
                month.head.year,
                month.head.month,
                &dir,
                Stat::default(),
                Vec::new(),
                &|_| false,
            )
            .records
        })
    }

    /// The entry files of these kinds (by the entries' own kinds; an unreadable file by the kind
    /// in its name), oldest month first: for the few entries a view needs from the whole
    /// journal, such as red-flag screens and clearances, without listing every month folder.
    pub fn paths_of(&self, kinds: &[EntryKind]) -> Vec<PathBuf> {
        let bits = kinds.iter().fold(0, |bits, k| bits | disk::kind_bit(*k));
        let mut paths = Vec::new();
        for month in self.months.iter().filter(|m| m.head.kinds & bits != 0) {
            let dir = self.month_dir(&month.head);
            for record in self.records(month) {
                let kind = match &record.outcome {
                    Outcome::Entry(summary) => Some(summary.kind),
                    Outcome::Problem { name, .. } => name_facts(name).1,
                };
                if kind.is_some_and(|k| kinds.contains(&k)) {
                    paths.push(dir.join(format!("{}.toml", record.name())));
                }
            }
        }
        paths
    }

    /// The newest correction of each corrected entry a query wants, by the id it corrects (as
    /// [`apply_corrections`] picks it: the latest written), with the file it is in: from the
    /// summaries of the months whose head says they hold corrections.
    fn newest_corrections(&self, query: &Query) -> HashMap<String, (Summary, PathBuf)> {
        let mut newest: HashMap<String, (Summary, PathBuf)> = HashMap::new();
        let with_corrections = self
            .months
            .iter()
            .filter(|m| m.head.amends > 0 && query.wants_month(m.head.year, m.head.month));
        for month in with_corrections {
            let dir = self.month_dir(&month.head);
            for record in self.records(month) {
                let Outcome::Entry(summary) = record.outcome else {
                    continue;
                };
                let Some(target) = summary.amends.clone() else {
                    continue;
                };
                if !whole::wants_name(query, &summary.id) || !whole::wants_summary(query, &summary)
                {
                    continue;
                }
                let newer = newest
                    .get(&target)
                    .is_none_or(|(current, _)| summary.recorded_at.at() > current.recorded_at.at());
                if newer {
                    let path = dir.join(format!("{}.toml", summary.id));
                    newest.insert(target, (summary, path));
                }
            }
        }
        newest
    }

    /// Entry files the index knows (readable or not).
    pub fn file_count(&self) -> usize {
        self.months.iter().map(|m| self.records(m).len()).sum()
    }

    /// The summaries a query asks for, like [`Journal::load`] gives the entries: unreadable files
    /// in `problems`, corrections applied, oldest first.
    pub fn summaries(&self, query: &Query) -> Summaries {
        let mut out = Summaries::default();
        if let Some(problem) = &self.listing_problem {
            out.problems.push(problem.clone());
            return out;
        }
        for month in &self.months {
            if !query.wants_month(month.head.year, month.head.month) {
                continue;
            }
            let dir = self.month_dir(&month.head);
            for record in self.records(month) {
                // As `Journal::load`: by the file's name first, then by the entry.
                if !whole::wants_name(query, record.name()) {
                    continue;
                }
                match record.outcome {
                    Outcome::Entry(summary) => {
                        if whole::wants_summary(query, &summary) {
                            out.entries.push(summary);
                        }
                    }
                    Outcome::Problem { name, reason } => out.problems.push(Problem {
                        path: dir.join(format!("{name}.toml")),
                        reason,
                    }),
                }
            }
        }
        out.entries = apply_corrections(std::mem::take(&mut out.entries));
        out
    }
}

/// A month folder as read: its head, its records in name order, how many files were read, and
/// whether the records are the ones the index had.
struct Fresh {
    head: MonthHead,
    records: Vec<FileRecord>,
    read: usize,
    same: bool,
}

/// Lists one month folder and makes its records: a file the index knows with the same details
/// (and read long enough before the index was written) keeps its record; every other one is
/// read.
fn read_month(
    year: i32,
    month: u32,
    dir: &Path,
    dir_stat: Stat,
    known: Vec<FileRecord>,
    settled: &dyn Fn(i64) -> bool,
) -> Fresh {
    let mut names: Vec<(String, Stat)> = fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .filter_map(|e| {
                    let path = e.path();
                    if !is_entry_name(&path) {
                        return None;
                    }
                    let stem = path.file_stem()?.to_str()?.to_owned();
                    let meta = match e.file_type() {
                        Ok(t) if t.is_symlink() => fs::metadata(&path).ok(),
                        _ => e.metadata().ok(),
                    };
                    Some((stem, meta.map(|m| Stat::of(&m)).unwrap_or_default()))
                })
                .collect()
        })
        .unwrap_or_default();
    names.sort_by(|a, b| a.0.cmp(&b.0));
    let mut known: HashMap<String, FileRecord> = known
        .into_iter()
        .map(|r| (r.name().to_owned(), r))
        .collect();
    let mut read = 0;
    let mut same = true;
    let mut records = Vec::with_capacity(names.len());
    for (name, stat) in names {
        let old = known.remove(&name);
        let reusable = old.as_ref().is_some_and(|r| {
            r.stat == stat && settled(stat.ctime) && matches!(r.outcome, Outcome::Entry(_))
        });
        if reusable && let Some(record) = old {
            records.push(record);
            continue;
        }
        read += 1;
        let path = dir.join(format!("{name}.toml"));
        let outcome = match read_entry(&path) {
            Ok(entry) => Outcome::Entry(Summary::of(&entry)),
            Err(reason) => Outcome::Problem { name, reason },
        };
        let record = FileRecord { stat, outcome };
        // An entry read again only because it changed just before the index was written counts
        // as a change: the index is written again, later, and the next look can keep it. (An
        // unreadable file is read at every look; the index is rewritten only if it reads
        // differently.)
        same &= old.as_ref() == Some(&record) && matches!(record.outcome, Outcome::Problem { .. });
        records.push(record);
    }
    same &= known.is_empty();
    let count =
        |wanted: fn(&FileRecord) -> bool| records.iter().filter(|r| wanted(r)).count() as u32;
    let head = MonthHead {
        year,
        month,
        dir: dir_stat,
        newest_ctime: records.iter().map(|r| r.stat.ctime).max().unwrap_or(0),
        problems: count(|r| matches!(r.outcome, Outcome::Problem { .. })),
        amends: count(|r| matches!(&r.outcome, Outcome::Entry(s) if s.amends.is_some())),
        kinds: records
            .iter()
            .filter_map(|r| match &r.outcome {
                Outcome::Entry(summary) => Some(summary.kind),
                Outcome::Problem { name, .. } => name_facts(name).1,
            })
            .fold(0, |bits, kind| bits | disk::kind_bit(kind)),
        earliest: records
            .iter()
            .filter_map(|r| match &r.outcome {
                Outcome::Entry(summary) => Some(summary.at),
                Outcome::Problem { .. } => None,
            })
            .min_by_key(|at| at.at()),
    };
    Fresh {
        head,
        records,
        read,
        same,
    }
}

#[cfg(test)]
mod tests;
