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
use super::super::store::{Journal, Problem, Query, read_entry};
use super::super::summary::Summary;
use super::Index;
use super::disk::Outcome;
use super::whole::{Copy, wants_summary};

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
    fn cmp(self, a: &Held, b: &Held) -> Ordering {
        match self {
            Order::Stored => (a.at, a.recorded_at, &a.id).cmp(&(b.at, b.recorded_at, &b.id)),
            Order::Corrected => (a.at, &a.id).cmp(&(b.at, &b.id)),
        }
    }
}

type Moment = DateTime<FixedOffset>;

/// One entry as [`Index::for_each_entry`] hands it over.
#[derive(Debug, Clone, PartialEq)]
pub enum Handed {
    /// Read whole.
    Entry(Box<Entry>),
    /// The compact JSON `serde_json::to_string` made of it, as the index's copy keeps it (only
    /// with [`Order::Stored`]: the JSON export re-indents it instead of reading it back).
    Json(String),
}

impl Handed {
    /// The entry itself (read back from its JSON when it came as JSON).
    pub fn entry(self) -> Result<Entry, serde_json::Error> {
        match self {
            Handed::Entry(entry) => Ok(*entry),
            Handed::Json(json) => serde_json::from_str(&json),
        }
    }
}

/// An entry waiting for its turn, with what it is sorted by.
#[derive(Debug)]
pub(super) struct Held {
    at: Moment,
    recorded_at: Moment,
    id: String,
    handed: Handed,
}

impl Held {
    /// An entry of this summary (from the index, or of the entry itself).
    pub(super) fn new(summary: &Summary, handed: Handed) -> Held {
        Held {
            at: summary.at.at(),
            recorded_at: summary.recorded_at.at(),
            id: summary.id.clone(),
            handed,
        }
    }

    fn amends(&self) -> Option<&str> {
        match &self.handed {
            Handed::Entry(entry) => entry.amends.as_deref(),
            Handed::Json(_) => None,
        }
    }
}

impl Index {
    /// Hands every entry a query asks for to `hand`, one at a time, in `order` (with
    /// [`Order::Stored`] mostly as its JSON, see [`Handed`]): the same entries in the same order
    /// as reading every file (from the index's copy of the whole
    /// entries where it knows a file as the index does, else from the file; the copy is written
    /// again when anything changed). Returns the files that could not be read; stops at the
    /// first error `hand` gives, and gives it back.
    pub fn for_each_entry(
        &self,
        journal: &Journal,
        query: &Query,
        order: Order,
        hand: impl FnMut(Handed) -> io::Result<()>,
    ) -> io::Result<Vec<Problem>> {
        self.walk(journal, query, order, hand, &mut 0)
    }

    /// [`Index::for_each_entry`], noting the most entries it held at once in `most_held`.
    fn walk(
        &self,
        journal: &Journal,
        query: &Query,
        order: Order,
        mut hand: impl FnMut(Handed) -> io::Result<()>,
        most_held: &mut usize,
    ) -> io::Result<Vec<Problem>> {
        let mut problems = Vec::new();
        if let Some(problem) = &self.listing_problem {
            problems.push(problem.clone());
            return Ok(problems);
        }
        let mut corrections = match order {
            Order::Stored => HashMap::new(),
            Order::Corrected => self.newest_corrections_whole(query),
        };
        let floors = self.floors(query, order, &corrections);
        let mut copy = Copy::open(journal, self.root.exists());
        let mut held: Vec<Held> = Vec::new();
        for (month, floor) in self.months.iter().zip(floors) {
            if !query.wants_month(month.head.year, month.head.month) {
                copy.pass(month);
                continue;
            }
            let got = copy.month(self, month, query, order == Order::Stored);
            problems.extend(got.problems);
            for entry in got.entries {
                match order {
                    Order::Stored => held.push(entry),
                    Order::Corrected if entry.amends().is_none() => {
                        held.push(corrections.remove(&entry.id).unwrap_or(entry));
                    }
                    Order::Corrected => {}
                }
            }
            held.sort_by(|a, b| order.cmp(a, b));
            *most_held = (*most_held).max(held.len());
            let ready = floor.map_or(held.len(), |floor| {
                held.partition_point(|entry| entry.at < floor)
            });
            for entry in held.drain(..ready) {
                hand(entry.handed)?;
            }
        }
        copy.finish();
        for entry in held {
            hand(entry.handed)?;
        }
        Ok(problems)
    }

    /// The newest correction of each entry that has one, by the id it corrects, read whole
    /// from its file (as [`crate::journal::store::apply_corrections`] picks it among the
    /// entries the query wants). A correction that cannot be read now is left out (its file is
    /// reported when its month comes).
    fn newest_corrections_whole(&self, query: &Query) -> HashMap<String, Held> {
        self.newest_corrections(query)
            .into_iter()
            .filter_map(|(target, (_, path))| {
                let entry = read_entry(&path).ok()?;
                Some((
                    target,
                    Held::new(&Summary::of(&entry), Handed::Entry(Box::new(entry))),
                ))
            })
            .collect()
    }

    /// For each month folder, the earliest moment that an entry handed over from a later folder
    /// can have (`None`: no later folder hands anything over): what is held before it can go.
    fn floors(
        &self,
        query: &Query,
        order: Order,
        corrections: &HashMap<String, Held>,
    ) -> Vec<Option<Moment>> {
        let mut floors = vec![None; self.months.len()];
        let mut later: Option<Moment> = None;
        // With no correction to move an entry, each month's head tells its earliest moment:
        // no month needs to be read for this (the floor may be lower than the query needs,
        // which only holds an entry a little longer).
        if order == Order::Stored || corrections.is_empty() {
            for (i, month) in self.months.iter().enumerate().rev() {
                floors[i] = later;
                if let Some(at) = month
                    .head
                    .earliest
                    .filter(|_| query.wants_month(month.head.year, month.head.month))
                {
                    let at = at.at();
                    later = Some(later.map_or(at, |l| l.min(at)));
                }
            }
            return floors;
        }
        for (i, month) in self.months.iter().enumerate().rev() {
            floors[i] = later;
            if !query.wants_month(month.head.year, month.head.month) {
                continue;
            }
            for record in self.records(month) {
                // An entry the query leaves out by its file name only lowers the floor (it is
                // a floor, not the first entry): no need to look at names here.
                let Outcome::Entry(summary) = record.outcome else {
                    continue;
                };
                if !wants_summary(query, &summary) {
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
