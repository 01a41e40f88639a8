//! The whole entries an export wants, handed over one at a time in the export's order while the
//! journal is read a month at a time ([`Index::for_each_entry`]): an export never holds more
//! than about a month of entries, whatever the journal's length.
//!
//! Month folders are named by an entry's local date, so an entry can belong before or after
//! entries of the neighbouring folder (time zones), and an entry whose time was changed by hand
//! stays in its old folder. So each month is sorted into a small buffer, and an entry leaves the
//! buffer only when no later folder can hold anything earlier: before the first walk, the index's
//! summaries tell the earliest moment each folder hands over. Corrections are few: the newest
//! correction of each corrected entry is found in the index first and read whole, and handed
//! over in the place of the entry it corrects.

use std::cmp::Ordering;
use std::collections::HashMap;
use std::io;

use chrono::{DateTime, FixedOffset};

use super::super::entry::Entry;
use super::super::store::{Journal, Problem, Query, file_ref, read_entry};
use super::Index;
use super::disk::Outcome;
use super::whole::{Copy, wants_name, wants_summary};

/// Which entries an export wants, and in what order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Order {
    /// Every entry file, corrections as entries of their own, by `at`, then `recorded_at`, then
    /// id: what [`crate::journal::export::load_raw`] gives (the JSON export).
    Stored,
    /// Corrections applied (a corrected entry as its newest correction), by `at`, then id: what
    /// [`Journal::load`] gives (the CSV and FHIR exports).
    Corrected,
}

impl Order {
    fn cmp(self, a: &Entry, b: &Entry) -> Ordering {
        match self {
            Order::Stored => (a.at, a.recorded_at, &a.id).cmp(&(b.at, b.recorded_at, &b.id)),
            Order::Corrected => (a.at, &a.id).cmp(&(b.at, &b.id)),
        }
    }
}

type Moment = DateTime<FixedOffset>;

impl Index {
    /// Hands every entry a query asks for to `hand`, one at a time, in `order`: the same
    /// entries in the same order as reading every file (from the index's copy of the whole
    /// entries where it knows a file as the index does, else from the file; the copy is written
    /// again when anything changed). Returns the files that could not be read; stops at the
    /// first error `hand` gives, and gives it back.
    pub fn for_each_entry(
        &self,
        journal: &Journal,
        query: &Query,
        order: Order,
        mut hand: impl FnMut(&Entry) -> io::Result<()>,
    ) -> io::Result<Vec<Problem>> {
        let mut problems = Vec::new();
        if let Some(problem) = &self.listing_problem {
            problems.push(problem.clone());
            return Ok(problems);
        }
        let mut corrections = match order {
            Order::Stored => HashMap::new(),
            Order::Corrected => self.newest_corrections(query),
        };
        let floors = self.floors(query, order, &corrections);
        let mut copy = Copy::open(journal, self.root.exists());
        let mut held: Vec<Entry> = Vec::new();
        for (month, floor) in self.months.iter().zip(floors) {
            if !query.wants_month(month.head.year, month.head.month) {
                copy.pass(month);
                continue;
            }
            let got = copy.month(self, month, query);
            problems.extend(got.problems);
            for entry in got.entries {
                match order {
                    Order::Stored => held.push(entry),
                    Order::Corrected if entry.amends.is_none() => {
                        held.push(corrections.remove(&entry.id).unwrap_or(entry));
                    }
                    Order::Corrected => {}
                }
            }
            held.sort_by(|a, b| order.cmp(a, b));
            let ready = floor.map_or(held.len(), |floor| {
                held.partition_point(|entry| entry.at < floor)
            });
            for entry in held.drain(..ready) {
                hand(&entry)?;
            }
        }
        copy.finish();
        held.iter().try_for_each(hand)?;
        Ok(problems)
    }

    /// The newest correction of each entry that has one, by the id it corrects, read whole
    /// from its file (as [`crate::journal::store::apply_corrections`] picks it among the
    /// entries the query wants). A correction that cannot be read now is left out (its file is
    /// reported when its month comes).
    fn newest_corrections(&self, query: &Query) -> HashMap<String, Entry> {
        let mut newest: HashMap<String, (Moment, std::path::PathBuf)> = HashMap::new();
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
                let by_name = file_ref(dir.join(format!("{}.toml", summary.id)));
                let Some(target) = summary.amends.clone() else {
                    continue;
                };
                if !wants_name(query, &by_name) || !wants_summary(query, &summary) {
                    continue;
                }
                let recorded = summary.recorded_at.at();
                if newest.get(&target).is_none_or(|(at, _)| recorded > *at) {
                    newest.insert(target, (recorded, by_name.path));
                }
            }
        }
        newest
            .into_iter()
            .filter_map(|(target, (_, path))| Some((target, read_entry(&path).ok()?)))
            .collect()
    }

    /// For each month folder, the earliest moment that an entry handed over from a later folder
    /// can have (`None`: no later folder hands anything over): what is held before it can go.
    fn floors(
        &self,
        query: &Query,
        order: Order,
        corrections: &HashMap<String, Entry>,
    ) -> Vec<Option<Moment>> {
        let mut floors = vec![None; self.months.len()];
        let mut later: Option<Moment> = None;
        for (i, month) in self.months.iter().enumerate().rev() {
            floors[i] = later;
            if !query.wants_month(month.head.year, month.head.month) {
                continue;
            }
            let dir = self.month_dir(&month.head);
            for record in self.records(month) {
                let Outcome::Entry(summary) = record.outcome else {
                    continue;
                };
                let by_name = file_ref(dir.join(format!("{}.toml", summary.id)));
                if !wants_name(query, &by_name) || !wants_summary(query, &summary) {
                    continue;
                }
                let at = summary.at.at();
                let at = match order {
                    Order::Stored => at,
                    Order::Corrected if summary.amends.is_some() => continue,
                    Order::Corrected => corrections.get(&summary.id).map_or(at, |c| c.at.min(at)),
                };
                later = Some(later.map_or(at, |l| l.min(at)));
            }
        }
        floors
    }
}

#[cfg(test)]
mod tests;
