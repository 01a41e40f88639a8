//! The journal newest first, by position, for a list that shows a screenful at a time: one pass
//! counts each month's entries; a month is read from the index when a line in it is wanted, and
//! only the last two months read are kept. Memory stays the same for a month or thirty years.

use std::cell::RefCell;
use std::collections::BTreeSet;
use std::rc::Rc;

use chrono::{DateTime, FixedOffset};

use super::ByMonth;
use crate::journal::entry::EntryKind;
use crate::journal::summary::Summary;

/// The journal's entries newest first, read a month at a time.
#[derive(Debug)]
pub struct Pages {
    by_month: ByMonth,
    /// Entries shown up to this moment (and enrolments whatever their date).
    until: DateTime<FixedOffset>,
    /// Newest month first: the month folder's number in [`ByMonth`] and the position of its
    /// newest entry.
    starts: Vec<(usize, usize)>,
    total: usize,
    kinds: BTreeSet<EntryKind>,
    /// The months read last, newest first within each.
    read: RefCell<Vec<(usize, Rc<Vec<Summary>>)>>,
}

impl Pages {
    /// The pages of a journal: entries up to `until`, and enrolments whatever their date (a
    /// program may start later).
    pub fn new(by_month: ByMonth, until: DateTime<FixedOffset>) -> Pages {
        let mut pages = Pages {
            by_month,
            until,
            starts: Vec::new(),
            total: 0,
            kinds: BTreeSet::new(),
            read: RefCell::new(Vec::new()),
        };
        for month in (0..pages.by_month.len()).rev() {
            let shown = pages.shown(month);
            if !shown.is_empty() {
                pages.kinds.extend(shown.iter().map(|s| s.kind));
                pages.starts.push((month, pages.total));
                pages.total += shown.len();
            }
        }
        pages
    }

    fn shown(&self, month: usize) -> Vec<Summary> {
        let mut shown: Vec<Summary> = self
            .by_month
            .month(month)
            .into_iter()
            .filter(|s| s.at.at() <= self.until || s.kind == EntryKind::Enrolment)
            .collect();
        shown.reverse();
        shown
    }

    /// Entries.
    pub fn len(&self) -> usize {
        self.total
    }

    /// Whether there is none.
    pub fn is_empty(&self) -> bool {
        self.total == 0
    }

    /// The kinds of entry there are (for the width of a column).
    pub fn kinds(&self) -> impl Iterator<Item = EntryKind> + '_ {
        self.kinds.iter().copied()
    }

    /// The entry at a position, 0 the newest.
    pub fn get(&self, position: usize) -> Option<Summary> {
        if position >= self.total {
            return None;
        }
        let slot = self.starts.partition_point(|(_, start)| *start <= position) - 1;
        let (month, start) = *self.starts.get(slot)?;
        let entries = self.month_entries(month);
        entries.get(position - start).cloned()
    }

    fn month_entries(&self, month: usize) -> Rc<Vec<Summary>> {
        let mut read = self.read.borrow_mut();
        if let Some((_, entries)) = read.iter().find(|(m, _)| *m == month) {
            return Rc::clone(entries);
        }
        let entries = Rc::new(self.shown(month));
        read.insert(0, (month, Rc::clone(&entries)));
        read.truncate(2);
        entries
    }
}

#[cfg(test)]
mod tests {
    use chrono::{NaiveDate, TimeZone};

    use super::super::tests::written;
    use super::super::{Check, Index};
    use super::*;
    use crate::journal::export::sample;
    use crate::journal::{Query, sample as years};

    #[test]
    fn pages_give_every_entry_newest_first_up_to_a_moment() {
        let mut entries = years::entries(NaiveDate::from_ymd_opt(2026, 11, 25).unwrap(), 90, 3);
        entries.extend(sample::journal());
        let (_dir, journal) = written(&entries);
        let until = FixedOffset::east_opt(3600)
            .unwrap()
            .with_ymd_and_hms(2026, 11, 10, 12, 0, 0)
            .unwrap();
        let pages = Pages::new(Index::open(&journal, Check::Quick).by_month(), until);
        let all = Index::open(&journal, Check::Full).summaries(&Query::default());
        let want: Vec<Summary> = all
            .entries
            .into_iter()
            .rev()
            .filter(|s| s.at.at() <= until || s.kind == EntryKind::Enrolment)
            .collect();
        assert!(want.len() > 100);
        assert_eq!(pages.len(), want.len());
        // Forwards, backwards and jumping about, as a list is scrolled.
        let mut positions: Vec<usize> = (0..want.len()).collect();
        positions.extend((0..want.len()).rev());
        positions.extend([0, want.len() - 1, 3, want.len() / 2, 1]);
        for position in positions {
            assert_eq!(
                pages.get(position).as_ref(),
                want.get(position),
                "{position}"
            );
        }
        assert_eq!(pages.get(want.len()), None);
        assert!(pages.read.borrow().len() <= 2);
        let kinds: BTreeSet<EntryKind> = want.iter().map(|s| s.kind).collect();
        assert_eq!(pages.kinds().collect::<BTreeSet<_>>(), kinds);
    }

    #[test]
    fn an_empty_journal_has_no_pages() {
        let dir = tempfile::tempdir().unwrap();
        let journal = crate::journal::Journal::new(dir.path());
        let pages = Pages::new(
            Index::open(&journal, Check::Quick).by_month(),
            FixedOffset::east_opt(0)
                .unwrap()
                .with_ymd_and_hms(2026, 1, 1, 0, 0, 0)
                .unwrap(),
        );
        assert!(pages.is_empty());
        assert_eq!(pages.get(0), None);
    }
}
