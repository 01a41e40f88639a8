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

mod disk;
mod whole;

use std::collections::HashMap;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use disk::{Chunk, FileRecord, MonthHead, Outcome};
pub use disk::{INDEX_VERSION, Stat};
pub use whole::WHOLE_FILE;

use super::store::{
    Journal, Problem, Query, apply_corrections, file_ref, is_entry_name, read_entry,
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

/// The index of one journal, checked against its folder.
#[derive(Debug)]
pub struct Index {
    root: PathBuf,
    chunks: Vec<Chunk>,
    /// What this look did.
    pub status: Status,
    /// The folder could not be listed (other than not existing yet).
    pub listing_problem: Option<Problem>,
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
        let path = index_path(journal);
        let (old, found, written_at) = match fs::read(&path) {
            Ok(bytes) => match disk::decode(disk::MAGIC, &bytes) {
                Ok(chunks) => {
                    let written_at = fs::metadata(&path).map_or(i64::MAX, |m| Stat::of(&m).mtime);
                    (chunks, Found::UpToDate, written_at)
                }
                Err(reason) => (Vec::new(), Found::Unusable(reason), i64::MAX),
            },
            Err(_) => (Vec::new(), Found::Missing, i64::MAX),
        };
        Self::refresh(journal, old, found, written_at, check)
    }

    /// Builds the index again from every entry file, whatever the old one says (and drops the
    /// copy of whole entries beside it, which the next export makes again).
    pub fn rebuild(journal: &Journal) -> Index {
        whole::forget(journal);
        Self::refresh(journal, Vec::new(), Found::Missing, i64::MAX, Check::Full)
    }

    fn refresh(
        journal: &Journal,
        old: Vec<Chunk>,
        mut found: Found,
        written_at: i64,
        check: Check,
    ) -> Index {
        let root = journal.dir().to_path_buf();
        let mut status_read = 0;
        let mut changed = !matches!(found, Found::UpToDate);
        let mut listing_problem = None;
        let months = match journal.month_dirs() {
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
        let mut old: HashMap<(i32, u32), Chunk> = old
            .into_iter()
            .map(|c| ((c.head.year, c.head.month), c))
            .collect();
        let mut chunks = Vec::with_capacity(months.len());
        for (year, month, dir) in months {
            let dir_stat = fs::metadata(&dir).map(|m| Stat::of(&m)).unwrap_or_default();
            let previous = old.remove(&(year, month));
            // Files changed less than a second before the index was written are read again.
            let settled = |ctime: i64| ctime.saturating_add(1_000_000_000) < written_at;
            if let Some(chunk) = &previous
                && check == Check::Quick
                && chunk.head.dir == dir_stat
                && chunk.head.problems == 0
                && settled(chunk.head.newest_ctime)
            {
                chunks.push(chunk.clone());
                continue;
            }
            let known: HashMap<String, FileRecord> = previous
                .as_ref()
                .and_then(|c| c.files().ok())
                .unwrap_or_default()
                .into_iter()
                .map(|r| (r.name().to_owned(), r))
                .collect();
            let (head, records, read) = read_month(year, month, &dir, dir_stat, &known, &settled);
            status_read += read;
            let same = previous
                .as_ref()
                .is_some_and(|c| c.head == head && c.files().is_ok_and(|f| f == records));
            if same {
                if let Some(chunk) = previous {
                    chunks.push(chunk);
                }
                continue;
            }
            changed = true;
            if let Ok(chunk) = Chunk::encode(head, &records) {
                chunks.push(chunk);
            }
        }
        // Month folders removed since.
        changed |= !old.is_empty();
        if changed && found == Found::UpToDate {
            found = Found::Stale;
        }
        let written = if changed && root.exists() {
            disk::encode(disk::MAGIC, &chunks)
                .map_err(|e| e.to_string())
                .and_then(|bytes| {
                    super::atomic::replace(&index_path(journal), &bytes).map_err(|e| e.to_string())
                })
                .map(|()| true)
        } else {
            Ok(false)
        };
        Index {
            root,
            chunks,
            status: Status {
                found,
                files_read: status_read,
                written,
            },
            listing_problem,
        }
    }

    /// Entry files the index knows (readable or not).
    pub fn file_count(&self) -> usize {
        self.chunks
            .iter()
            .map(|c| c.files().map_or(0, |f| f.len()))
            .sum()
    }

    /// The summaries a query asks for, like [`Journal::load`] gives the entries: unreadable files
    /// in `problems`, corrections applied, oldest first.
    pub fn summaries(&self, query: &Query) -> Summaries {
        let mut out = Summaries::default();
        if let Some(problem) = &self.listing_problem {
            out.problems.push(problem.clone());
            return out;
        }
        for chunk in &self.chunks {
            if !query.wants_month(chunk.head.year, chunk.head.month) {
                continue;
            }
            let dir = self
                .root
                .join(format!("{:04}", chunk.head.year))
                .join(format!("{:02}", chunk.head.month));
            for record in chunk.files().unwrap_or_default() {
                let path = dir.join(format!("{}.toml", record.name()));
                let by_name = file_ref(path);
                if !by_name.date.is_none_or(|d| query.wants_date(d))
                    || !by_name.kind.is_none_or(|k| query.wants_kind(k))
                {
                    continue;
                }
                match record.outcome {
                    Outcome::Entry(summary) => {
                        let date = summary.at.at().date_naive();
                        if query.wants_date(date) && query.wants_kind(summary.kind) {
                            out.entries.push(summary);
                        }
                    }
                    Outcome::Problem { reason, .. } => out.problems.push(Problem {
                        path: by_name.path,
                        reason,
                    }),
                }
            }
        }
        out.entries = apply_corrections(std::mem::take(&mut out.entries));
        out
    }
}

/// Lists one month folder and makes its records: a file the index knows with the same details
/// (and read long enough before the index was written) keeps its record; every other one is
/// read. Returns the head, the records in name order, and how many files were read.
fn read_month(
    year: i32,
    month: u32,
    dir: &Path,
    dir_stat: Stat,
    known: &HashMap<String, FileRecord>,
    settled: &dyn Fn(i64) -> bool,
) -> (MonthHead, Vec<FileRecord>, usize) {
    let mut names: Vec<(String, Stat)> = fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .filter(|e| is_entry_name(&e.path()))
                .filter_map(|e| {
                    let stem = e.path().file_stem()?.to_str()?.to_owned();
                    let meta = match e.file_type() {
                        Ok(t) if t.is_symlink() => fs::metadata(e.path()).ok(),
                        _ => e.metadata().ok(),
                    };
                    Some((stem, meta.map(|m| Stat::of(&m)).unwrap_or_default()))
                })
                .collect()
        })
        .unwrap_or_default();
    names.sort_by(|a, b| a.0.cmp(&b.0));
    let mut read = 0;
    let mut records = Vec::with_capacity(names.len());
    for (name, stat) in names {
        let reuse = known.get(&name).filter(|r| {
            r.stat == stat && settled(stat.ctime) && matches!(r.outcome, Outcome::Entry(_))
        });
        if let Some(record) = reuse {
            records.push(record.clone());
            continue;
        }
        read += 1;
        let path = dir.join(format!("{name}.toml"));
        let outcome = match read_entry(&path) {
            Ok(entry) => Outcome::Entry(Summary::of(&entry)),
            Err(reason) => Outcome::Problem { name, reason },
        };
        records.push(FileRecord { stat, outcome });
    }
    let head = MonthHead {
        year,
        month,
        dir: dir_stat,
        newest_ctime: records.iter().map(|r| r.stat.ctime).max().unwrap_or(0),
        problems: records
            .iter()
            .filter(|r| matches!(r.outcome, Outcome::Problem { .. }))
            .count() as u32,
    };
    (head, records, read)
}

#[cfg(test)]
mod tests;
