//! The journal a month at a time, corrections applied: for the coach's Progress and Journal
//! screens, which must not hold every entry of a thirty-year journal at once. A month is read
//! from the index when it is wanted and dropped after; only the few corrections are kept, so
//! that a corrected entry shows its newest correction wherever it is.

use std::collections::HashMap;

use super::disk::Outcome;
use super::{Index, Status};
use crate::journal::Query;
use crate::journal::summary::Summary;

/// The journal's months, oldest first, read one at a time.
#[derive(Debug)]
pub struct ByMonth {
    index: Index,
    /// The newest correction of each corrected entry, by the id it corrects.
    corrections: HashMap<String, Summary>,
}

impl Index {
    /// The journal a month at a time (reads now only the months that hold corrections).
    pub fn by_month(self) -> ByMonth {
        let corrections = self
            .newest_corrections(&Query::default())
            .into_iter()
            .map(|(target, (summary, _))| (target, summary))
            .collect();
        ByMonth {
            index: self,
            corrections,
        }
    }
}

impl ByMonth {
    /// Month folders.
    pub fn len(&self) -> usize {
        self.index.months.len()
    }

    /// Whether there is no month folder.
    pub fn is_empty(&self) -> bool {
        self.index.months.is_empty()
    }

    /// What the look at the index did.
    pub fn status(&self) -> &Status {
        &self.index.status
    }

    /// The entries of the `i`th month folder (oldest first) as the views show them, by time then
    /// id: a corrected entry as its newest correction, a correction not on its own, unreadable
    /// files left out. Empty past the last month.
    pub fn month(&self, i: usize) -> Vec<Summary> {
        let Some(month) = self.index.months.get(i) else {
            return Vec::new();
        };
        let mut entries: Vec<Summary> = self
            .index
            .records(month)
            .into_iter()
            .filter_map(|record| match record.outcome {
                Outcome::Entry(summary) if summary.amends.is_none() => Some(
                    self.corrections
                        .get(&summary.id)
                        .cloned()
                        .unwrap_or(summary),
                ),
                _ => None,
            })
            .collect();
        entries.sort_by(|a, b| (a.at.at(), &a.id).cmp(&(b.at.at(), &b.id)));
        entries
    }

    /// Hands over every entry, a month at a time, oldest month first.
    pub fn for_each(&self, mut f: impl FnMut(&Summary)) {
        for i in 0..self.len() {
            for entry in &self.month(i) {
                f(entry);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::super::Check;
    use super::super::tests::{apply, change, random_journal, written};
    use crate::journal::export::sample;
    use crate::journal::{Journal, Query};

    use super::*;

    fn all(by_month: &ByMonth) -> Vec<Summary> {
        let mut all = Vec::new();
        by_month.for_each(|s| all.push(s.clone()));
        all
    }

    #[test]
    fn corrections_show_in_place_of_what_they_correct() {
        let (_dir, journal) = written(&sample::journal());
        let by_month = Index::open(&journal, Check::Quick).by_month();
        let want = Index::open(&journal, Check::Full).summaries(&Query::default());
        assert!(want.entries.iter().any(|s| s.amends.is_some()));
        assert_eq!(all(&by_month), want.entries);
        assert!(by_month.month(by_month.len()).is_empty());
    }

    fn same_as_the_files(journal: &Journal, check: Check) -> Result<(), TestCaseError> {
        let want = journal.load(&Query::default());
        let want: Vec<Summary> = want.entries.iter().map(Summary::of).collect();
        prop_assert_eq!(all(&Index::open(journal, check).by_month()), want);
        Ok(())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(10))]

        /// A month at a time, the views see what reading every file gives (the generated
        /// journals keep one time zone, so month folders and time agree).
        #[test]
        fn month_by_month_shows_what_the_files_hold(
            days in 1u32..120,
            seed in any::<u64>(),
            with_corrections in any::<bool>(),
            changes in proptest::collection::vec(change(), 0..5),
        ) {
            let (_dir, journal) = random_journal(days, seed, with_corrections);
            same_as_the_files(&journal, Check::Quick)?;
            for change in &changes {
                // A file damaged in place is seen by the full check.
                apply(&journal, change);
                same_as_the_files(&journal, Check::Full)?;
            }
        }
    }
}
