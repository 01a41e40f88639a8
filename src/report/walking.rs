//! Walks the patient recorded (`kern log --walked N`), the daily activity of rest days: on how
//! many days and how many minutes in all within the period.

use std::collections::BTreeSet;

use chrono::NaiveDate;

use crate::journal::Entry;

/// Walking recorded within the period.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Walking {
    /// Days with a walk recorded.
    pub days: u32,
    /// Minutes walked in all.
    pub minutes: u32,
}

/// The walks among `within` (entries of the period), each day counted once.
pub fn walking(within: &[Entry]) -> Walking {
    let mut days: BTreeSet<NaiveDate> = BTreeSet::new();
    let mut minutes = 0u32;
    for walk in within.iter().filter_map(|e| e.activity.as_ref()) {
        days.insert(walk.on);
        minutes = minutes.saturating_add(walk.minutes);
    }
    Walking {
        days: u32::try_from(days.len()).unwrap_or(u32::MAX),
        minutes,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::activity::sample_walk;

    #[test]
    fn two_walks_on_one_day_count_one_day_and_all_their_minutes() {
        let within = [
            sample_walk("2026-11-27", 20, None),
            sample_walk("2026-11-28", 10, None),
            sample_walk("2026-11-28", 15, Some("with the dog")),
        ];
        assert_eq!(
            walking(&within),
            Walking {
                days: 2,
                minutes: 45
            }
        );
        assert_eq!(walking(&[]), Walking::default());
    }
}
