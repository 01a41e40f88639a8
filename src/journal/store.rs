//! The journal on disk: `<data dir>/journal/YYYY/MM/<id>.toml`, one file per entry, never rewritten.
//!
//! The id (and file name) starts with the local date and time the entry applies to and names its
//! kind — `2026-11-25T0930-session-k3f9q2` — so that a screen can pick the files it needs by name,
//! month folder by month folder, without opening the rest.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate};

use super::atomic::{self, TEMP_PREFIX};
use super::entry::{Entry, EntryKind};
use super::summary::Correctable;

/// A file the journal could not read, and why. It is reported, never deleted or overwritten.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The file.
    pub path: PathBuf,
    /// What is wrong, for people.
    pub reason: String,
}

/// What a write could not do. The entry's text is kept so that it can be offered again or saved
/// elsewhere; it is never dropped.
#[derive(Debug)]
pub struct WriteFailure {
    /// The entry that was not saved.
    pub entry: Box<Entry>,
    /// Where it should have gone.
    pub path: PathBuf,
    /// Why it failed.
    pub error: io::Error,
}

impl std::fmt::Display for WriteFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "could not save {}: {}", self.path.display(), self.error)
    }
}

impl std::error::Error for WriteFailure {}

/// A journal file found by name, before it is opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileRef {
    /// The path.
    pub path: PathBuf,
    /// The id (file name without `.toml`).
    pub id: String,
    /// The local date from the name, when the name follows the pattern.
    pub date: Option<NaiveDate>,
    /// The kind from the name, when the name follows the pattern.
    pub kind: Option<EntryKind>,
}

/// Which entries to read.
#[derive(Debug, Clone, Default)]
pub struct Query {
    /// From this date on (by the date the entry applies to).
    pub since: Option<NaiveDate>,
    /// Up to and including this date.
    pub until: Option<NaiveDate>,
    /// Only these kinds (all when empty).
    pub kinds: Vec<EntryKind>,
}

impl Query {
    pub(crate) fn wants_date(&self, date: NaiveDate) -> bool {
        self.since.is_none_or(|s| date >= s) && self.until.is_none_or(|u| date <= u)
    }

    pub(crate) fn wants_kind(&self, kind: EntryKind) -> bool {
        self.kinds.is_empty() || self.kinds.contains(&kind)
    }

    pub(crate) fn wants_month(&self, year: i32, month: u32) -> bool {
        let first = NaiveDate::from_ymd_opt(year, month, 1);
        let last = first
            .and_then(|f| f.checked_add_months(chrono::Months::new(1)))
            .and_then(|d| d.pred_opt());
        match (first, last) {
            (Some(first), Some(last)) => {
                self.since.is_none_or(|s| last >= s) && self.until.is_none_or(|u| first <= u)
            }
            _ => true,
        }
    }
}

/// Entries read, newest correction applied, and the files that could not be read.
#[derive(Debug, Default)]
pub struct Loaded {
    /// Entries, oldest first (by `at`, then id). Corrected entries are replaced by their newest
    /// correction.
    pub entries: Vec<Entry>,
    /// Files that could not be read.
    pub problems: Vec<Problem>,
}

/// The journal of one data folder.
#[derive(Debug, Clone)]
pub struct Journal {
    root: PathBuf,
}

impl Journal {
    /// The journal inside a data folder (nothing is created until the first write).
    pub fn new(data_dir: &Path) -> Journal {
        Journal {
            root: data_dir.join("journal"),
        }
    }

    /// The journal folder.
    pub fn dir(&self) -> &Path {
        &self.root
    }

    /// The data folder the journal is in.
    pub fn data_dir(&self) -> &Path {
        self.root.parent().unwrap_or(&self.root)
    }

    /// Where an entry's file goes.
    pub fn path_for(&self, entry: &Entry) -> PathBuf {
        self.path_of(entry.at, &entry.id)
    }

    fn month_dir(&self, at: DateTime<FixedOffset>) -> PathBuf {
        self.root
            .join(format!("{:04}", at.year()))
            .join(format!("{:02}", at.month()))
    }

    /// Saves a new entry durably. An entry whose id is taken is refused, never overwritten.
    pub fn write(&self, entry: &Entry) -> Result<PathBuf, WriteFailure> {
        let path = self.path_for(entry);
        let fail = |error: io::Error| WriteFailure {
            entry: Box::new(entry.clone()),
            path: path.clone(),
            error,
        };
        let text = entry
            .to_toml()
            .map_err(|e| fail(io::Error::new(io::ErrorKind::InvalidData, e.to_string())))?;
        let dir = self.month_dir(entry.at);
        atomic::create_private_dir(&self.root).map_err(fail)?;
        atomic::write_new(&dir, &format!("{}.toml", entry.id), text.as_bytes()).map_err(fail)
    }

    /// Every entry file by name, oldest first, without opening any. Month folders outside the
    /// query's dates are not even listed.
    pub fn files(&self, query: &Query) -> io::Result<Vec<FileRef>> {
        let mut found = Vec::new();
        for (year, month, dir) in self.month_dirs()? {
            if query.wants_month(year, month) {
                found.extend(month_files(&dir, query)?);
            }
        }
        Ok(found)
    }

    /// Whether the journal holds any entry file (looked for from the newest month folder back,
    /// stopping at the first).
    pub fn has_entries(&self) -> bool {
        self.month_dirs()
            .unwrap_or_default()
            .iter()
            .rev()
            .any(|(_, _, dir)| {
                fs::read_dir(dir)
                    .is_ok_and(|mut files| files.any(|f| f.is_ok_and(|f| is_entry_name(&f.path()))))
            })
    }

    /// Where the entry with this id, applying at `at`, is kept.
    pub fn path_of(&self, at: DateTime<FixedOffset>, id: &str) -> PathBuf {
        self.month_dir(at).join(format!("{id}.toml"))
    }

    /// The year/month folders by their numbers, oldest first.
    pub(crate) fn month_dirs(&self) -> io::Result<Vec<(i32, u32, PathBuf)>> {
        let mut months = Vec::new();
        for year_dir in sorted_dirs(&self.root)? {
            let Some(year) = name_number(&year_dir).and_then(|y| i32::try_from(y).ok()) else {
                continue;
            };
            for month_dir in sorted_dirs(&year_dir)? {
                if let Some(month) = name_number(&month_dir) {
                    months.push((year, month, month_dir));
                }
            }
        }
        Ok(months)
    }

    /// Reads the entries a query asks for. Unreadable files are reported in `problems` and
    /// skipped; everything else still loads.
    pub fn load(&self, query: &Query) -> Loaded {
        let mut loaded = Loaded::default();
        let files = match self.files(query) {
            Ok(files) => files,
            Err(err) if err.kind() == io::ErrorKind::NotFound => return loaded,
            Err(err) => {
                loaded.problems.push(Problem {
                    path: self.root.clone(),
                    reason: err.to_string(),
                });
                return loaded;
            }
        };
        for file in files {
            match read_entry(&file.path) {
                Ok(entry) => {
                    let date_ok = query.wants_date(entry.at.date_naive());
                    if date_ok && query.wants_kind(entry.kind) {
                        loaded.entries.push(entry);
                    }
                }
                Err(reason) => loaded.problems.push(Problem {
                    path: file.path,
                    reason,
                }),
            }
        }
        loaded.entries = apply_corrections(loaded.entries);
        loaded
    }

    /// What a "today" screen needs, without reading the whole journal: the enrolment in force
    /// (found by file name; the only enrolment among the entries), and every entry from that
    /// program's start — or from `lookback_days`
    /// before `today` when that is earlier — up to `today`. With no enrolment, only the lookback.
    pub fn current_program(&self, today: NaiveDate, lookback_days: u32) -> (Option<Entry>, Loaded) {
        let lookback = today - chrono::Days::new(u64::from(lookback_days));
        let (enrolment, problems) = self.newest_enrolment(today);
        let since = enrolment
            .as_ref()
            .and_then(|e| e.enrolment.as_ref())
            .map_or(lookback, |e| e.start_date.min(lookback));
        let mut loaded = self.load(&Query {
            since: Some(since),
            until: Some(today),
            kinds: Vec::new(),
        });
        for problem in problems {
            if !loaded.problems.iter().any(|p| p.path == problem.path) {
                loaded.problems.push(problem);
            }
        }
        // The enrolment in force is the one the history follows: other enrolments read on the
        // way (say one written between its start date and the day it was written) are left out,
        // and it is there even when it was written after `today`.
        let in_force = |e: &Entry| enrolment.as_ref().is_some_and(|n| n.id == e.id);
        loaded
            .entries
            .retain(|e| e.kind != EntryKind::Enrolment || in_force(e));
        if let Some(enrolment) = &enrolment
            && !loaded.entries.iter().any(|e| e.id == enrolment.id)
        {
            loaded.entries.insert(0, enrolment.clone());
        }
        (enrolment, loaded)
    }

    /// The newest readable enrolment in force on `today`, looked for by file name from the newest
    /// month folder back, so that a long journal is not listed whole; and the enrolment files
    /// passed on the way that could not be read. An enrolment is in force from its start date, or
    /// from the day it was written when that is earlier (a start planned ahead is shown as
    /// coming): `kern start --on` a past day counts from that day even though it was written
    /// later.
    pub(crate) fn newest_enrolment(&self, today: NaiveDate) -> (Option<Entry>, Vec<Problem>) {
        let query = Query {
            kinds: vec![EntryKind::Enrolment],
            ..Query::default()
        };
        let mut problems = Vec::new();
        let months = self.month_dirs().unwrap_or_default();
        for (_, _, dir) in months.iter().rev() {
            // File names order entries by the minute only: within a month, the newest is the
            // one written last.
            let mut newest: Option<Entry> = None;
            for file in month_files(dir, &query).unwrap_or_default() {
                match read_entry(&file.path) {
                    Ok(entry)
                        if entry.kind == EntryKind::Enrolment && in_force_from(&entry) <= today =>
                    {
                        let key = |e: &Entry| (e.at, e.recorded_at);
                        if newest.as_ref().is_none_or(|n| key(&entry) >= key(n)) {
                            newest = Some(entry);
                        }
                    }
                    Ok(_) => {}
                    Err(reason) => problems.push(Problem {
                        path: file.path.clone(),
                        reason,
                    }),
                }
            }
            if newest.is_some() {
                return (newest, problems);
            }
        }
        (None, problems)
    }

    /// Hidden temporary files left by an interrupted write (harmless; never read as entries): in
    /// the journal's folders, and beside the journal in the data folder and its folders (where
    /// the index, the copy of whole entries and the session in progress are written).
    pub fn leftover_temp_files(&self) -> Vec<PathBuf> {
        let mut found = Vec::new();
        let beside = self.root.parent().map(|data| (data, 2));
        for (dir, depth) in [(self.root.as_path(), 3)].into_iter().chain(beside) {
            for entry in walkdir::WalkDir::new(dir)
                .max_depth(depth)
                .into_iter()
                .flatten()
            {
                let name = entry.file_name().to_string_lossy();
                if entry.file_type().is_file() && name.starts_with(TEMP_PREFIX) {
                    found.push(entry.path().to_path_buf());
                }
            }
        }
        found.sort();
        found.dedup();
        found
    }

    /// Removes the leftover temporary files ([`Self::leftover_temp_files`]) last changed at least
    /// `min_age` before `now`; younger ones may belong to a write under way and are kept. Only
    /// regular files named `.tmp-*` are touched, never an entry. Returns each file tried and
    /// whether it went.
    pub fn remove_stale_temp_files(
        &self,
        now: std::time::SystemTime,
        min_age: std::time::Duration,
    ) -> Vec<(PathBuf, io::Result<()>)> {
        self.leftover_temp_files()
            .into_iter()
            .filter(|path| {
                fs::symlink_metadata(path)
                    .and_then(|meta| meta.modified())
                    .is_ok_and(|changed| {
                        now.duration_since(changed).is_ok_and(|age| age >= min_age)
                    })
            })
            .map(|path| {
                let outcome = fs::remove_file(&path);
                (path, outcome)
            })
            .collect()
    }
}

/// The largest entry file kern reads (and so the largest it writes, imports or restores): 1 MiB.
pub const MAX_ENTRY_BYTES: u64 = crate::catalog::MAX_FILE_BYTES;

/// Why an entry of `size` bytes is not read (English, like the other reasons of [`read_entry`]).
pub fn too_large_reason(size: u64) -> String {
    format!("{size} bytes is too large for a journal entry (at most {MAX_ENTRY_BYTES} bytes)")
}

/// The first day an enrolment entry is in force: its start date, or the day it was written when
/// that is earlier.
pub fn in_force_from(entry: &Entry) -> NaiveDate {
    let written = entry.at.date_naive();
    entry
        .enrolment
        .as_ref()
        .map_or(written, |e| e.start_date.min(written))
}

/// Reads and checks one entry file; the id must match the file name.
pub fn read_entry(path: &Path) -> Result<Entry, String> {
    use std::io::Read as _;
    // Looked at before it is opened: opening a pipe would wait for a writer forever.
    let meta = fs::metadata(path).map_err(|e| e.to_string())?;
    if !meta.is_file() {
        return Err("not a regular file".to_owned());
    }
    if meta.len() > MAX_ENTRY_BYTES {
        return Err(too_large_reason(meta.len()));
    }
    let file = fs::File::open(path).map_err(|e| e.to_string())?;
    let mut bytes = Vec::new();
    file.take(MAX_ENTRY_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| e.to_string())?;
    if bytes.len() as u64 > MAX_ENTRY_BYTES {
        return Err(too_large_reason(bytes.len() as u64));
    }
    let text = String::from_utf8(bytes).map_err(|e| format!("not UTF-8 text: {e}"))?;
    let entry = Entry::from_toml(&text)?;
    let stem = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_default();
    if entry.id != stem {
        return Err(format!(
            "id '{}' does not match the file name '{stem}'",
            entry.id
        ));
    }
    Ok(entry)
}

/// Replaces each corrected entry by its newest correction (which keeps the corrected entry's place
/// in time), and sorts oldest first. Works on whole entries and on their summaries alike.
pub(crate) fn apply_corrections<T: Correctable>(entries: Vec<T>) -> Vec<T> {
    use std::collections::HashMap;
    let mut newest: HashMap<String, T> = HashMap::new();
    let mut originals = Vec::new();
    for entry in entries {
        match entry.amends().map(str::to_owned) {
            Some(target) => {
                let replace = newest
                    .get(&target)
                    .is_none_or(|current| entry.recorded_at() > current.recorded_at());
                if replace {
                    newest.insert(target, entry);
                }
            }
            None => originals.push(entry),
        }
    }
    let mut result: Vec<T> = originals
        .into_iter()
        .map(|original| newest.remove(original.id()).unwrap_or(original))
        .collect();
    result.sort_by(|a, b| (a.at(), a.id()).cmp(&(b.at(), b.id())));
    result
}

/// The entry files of one month folder that a query wants by name, sorted by name.
fn month_files(dir: &Path, query: &Query) -> io::Result<Vec<FileRef>> {
    let mut names: Vec<PathBuf> = fs::read_dir(dir)?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| is_entry_name(p))
        .collect();
    names.sort();
    Ok(names
        .into_iter()
        .map(file_ref)
        .filter(|file| {
            file.date.is_none_or(|d| query.wants_date(d))
                && file.kind.is_none_or(|k| query.wants_kind(k))
        })
        .collect())
}

fn sorted_dirs(dir: &Path) -> io::Result<Vec<PathBuf>> {
    let mut dirs: Vec<PathBuf> = fs::read_dir(dir)?
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
        .map(|e| e.path())
        .collect();
    dirs.sort();
    Ok(dirs)
}

fn name_number(path: &Path) -> Option<u32> {
    path.file_name()?.to_str()?.parse().ok()
}

pub(crate) fn is_entry_name(path: &Path) -> bool {
    let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
        return false;
    };
    !name.starts_with('.') && name.ends_with(".toml")
}

/// Reads the date and kind from a file name such as `2026-11-25T0930-session-k3f9q2.toml`.
/// The day a file name starts with (`2026-11-05`): read directly when it is written as kern
/// writes it (as chrono would read it, only faster: every look at the journal reads every
/// name), else by chrono.
fn day_of_name(text: &str) -> Option<NaiveDate> {
    let b = text.as_bytes();
    let digits = |range: std::ops::Range<usize>| {
        b[range].iter().try_fold(0u32, |n, &c| {
            c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
        })
    };
    if b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && let (Some(year), Some(month), Some(day)) = (digits(0..4), digits(5..7), digits(8..10))
    {
        return NaiveDate::from_ymd_opt(year as i32, month, day);
    }
    NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()
}

/// The day and the kind an entry file's name tells (`2026-11-05T1830-check-in-x7k2m9`), when
/// it tells them.
pub(crate) fn name_facts(id: &str) -> (Option<NaiveDate>, Option<EntryKind>) {
    let date = id.get(..10).and_then(day_of_name);
    let kind = id.get(16..).and_then(|rest| {
        let (kind, _random) = rest.rsplit_once('-')?;
        EntryKind::from_name(kind)
    });
    (date, kind)
}

pub(crate) fn file_ref(path: PathBuf) -> FileRef {
    let id = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_default()
        .to_owned();
    let (date, kind) = name_facts(&id);
    FileRef {
        path,
        id,
        date,
        kind,
    }
}

/// A new entry id: local date and minute, kind, and six random letters and digits.
pub fn new_id(at: DateTime<FixedOffset>, kind: EntryKind, rng: &mut fastrand::Rng) -> String {
    const ALPHABET: &[u8] = b"abcdefghijkmnpqrstuvwxyz23456789";
    let random: String = (0..6)
        .map(|_| char::from(ALPHABET[rng.usize(..ALPHABET.len())]))
        .collect();
    format!("{}-{}-{random}", at.format("%Y-%m-%dT%H%M"), kind.name())
}

#[cfg(test)]
#[path = "store_tests.rs"]
mod tests;
