//! Whether things changed in a way that matters (CLINICAL.md): pain by 2 points or 30%, the mean
//! function score by about 2 points. Pure summaries of journal entries, for the coach's progress
//! screen and the therapist's report.

use std::collections::BTreeMap;

use chrono::{DateTime, Duration, FixedOffset, NaiveDate};
use serde::Serialize;

#[cfg(test)]
use crate::journal::Entry;
use crate::journal::Measured;

/// A measure at the start and now, and whether the change is meaningful.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Change {
    /// The mean over the first week with data.
    pub start: f64,
    /// The mean over the last week with data.
    pub now: f64,
    /// Whether the difference reaches the meaningful change.
    pub meaningful: bool,
}

impl Change {
    /// Now minus start.
    pub fn difference(&self) -> f64 {
        self.now - self.start
    }
}

/// What the measures of a journal add up to, gathered entry by entry in any order, so that a
/// long journal can be passed through a month at a time without being held: each day's pain,
/// the first and latest function score, and the days with sessions.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Tally {
    /// Per day: the sum and the number of the day's pain scores.
    days: BTreeMap<NaiveDate, (f64, u32)>,
    /// The first and the latest function score by time, and how many there were.
    first_function: Option<(DateTime<FixedOffset>, f64)>,
    latest_function: Option<(DateTime<FixedOffset>, f64)>,
    functions: usize,
    /// Sessions per day.
    session_days: BTreeMap<NaiveDate, u32>,
}

impl Tally {
    /// The tally of some entries.
    pub fn of(entries: &[impl Measured]) -> Tally {
        let mut tally = Tally::default();
        for entry in entries {
            tally.add(entry);
        }
        tally
    }

    /// Counts one entry in.
    pub fn add(&mut self, entry: &impl Measured) {
        let at = entry.at();
        if let Some(pain) = entry.daily_pain() {
            let day = self.days.entry(at.date_naive()).or_default();
            day.0 += f64::from(pain);
            day.1 += 1;
        }
        if let Some(mean) = entry.function_mean() {
            self.functions += 1;
            if self.first_function.is_none_or(|(first, _)| at < first) {
                self.first_function = Some((at, mean));
            }
            if self.latest_function.is_none_or(|(latest, _)| at >= latest) {
                self.latest_function = Some((at, mean));
            }
        }
        if entry.is_session() {
            *self.session_days.entry(at.date_naive()).or_default() += 1;
        }
    }

    /// Daily pain (each day's check-ins averaged), oldest first.
    pub fn daily_pain(&self) -> Vec<(NaiveDate, f64)> {
        self.days
            .iter()
            .map(|(day, (sum, count))| (*day, sum / f64::from(*count)))
            .collect()
    }

    /// Pain at the start (first 7 days with data) and now (last 7 days); meaningful at 2 points
    /// or 30%.
    pub fn pain_change(&self) -> Option<Change> {
        let daily = self.daily_pain();
        let (first_day, last_day) = (daily.first()?.0, daily.last()?.0);
        if last_day - first_day < Duration::days(7) {
            return None;
        }
        let start: Vec<f64> = daily
            .iter()
            .filter(|(d, _)| *d < first_day + Duration::days(7))
            .map(|(_, v)| *v)
            .collect();
        let now: Vec<f64> = daily
            .iter()
            .filter(|(d, _)| *d > last_day - Duration::days(7))
            .map(|(_, v)| *v)
            .collect();
        let (start, now) = (mean(&start)?, mean(&now)?);
        let drop = start - now;
        let meaningful =
            drop.abs() >= 2.0 || (start > 0.0 && drop.abs() / start >= 0.3 && drop.abs() >= 1.0);
        Some(Change {
            start,
            now,
            meaningful,
        })
    }

    /// The mean function score at the first and the latest scoring; meaningful at about 2 points.
    pub fn function_change(&self) -> Option<Change> {
        if self.functions < 2 {
            return None;
        }
        let (start, now) = (self.first_function?.1, self.latest_function?.1);
        Some(Change {
            start,
            now,
            meaningful: (now - start).abs() >= 2.0,
        })
    }

    /// Sessions done in each of the last `weeks` Monday-to-Sunday weeks up to `today`, oldest
    /// first.
    pub fn sessions_per_week(&self, today: NaiveDate, weeks: i64) -> Vec<(NaiveDate, u32)> {
        use chrono::Datelike;
        let monday = today - Duration::days(i64::from(today.weekday().num_days_from_monday()));
        (0..weeks)
            .rev()
            .map(|back| {
                let start = monday - Duration::weeks(back);
                let end = start + Duration::days(7);
                (
                    start,
                    self.session_days.range(start..end).map(|(_, n)| n).sum(),
                )
            })
            .collect()
    }
}

fn mean(values: &[f64]) -> Option<f64> {
    (!values.is_empty()).then(|| values.iter().sum::<f64>() / values.len() as f64)
}

/// Daily pain (each day's check-ins averaged), oldest first.
pub fn daily_pain(entries: &[impl Measured]) -> Vec<(NaiveDate, f64)> {
    Tally::of(entries).daily_pain()
}

/// Pain at the start (first 7 days with data) and now (last 7 days); meaningful at 2 points or 30%.
pub fn pain_change(entries: &[impl Measured]) -> Option<Change> {
    Tally::of(entries).pain_change()
}

/// The mean function score at the first and the latest scoring; meaningful at about 2 points.
pub fn function_change(entries: &[impl Measured]) -> Option<Change> {
    Tally::of(entries).function_change()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::{Body, CheckIn, CheckInContext, Score};
    use chrono::DateTime;

    fn pain(day: u32, value: i64) -> Entry {
        let at = DateTime::parse_from_rfc3339(&format!("2026-03-{day:02}T08:00:00+01:00")).unwrap();
        let body = Body::CheckIn(CheckIn {
            context: CheckInContext::Diary,
            pain_now: Score::new(value).unwrap(),
            pain_average: None,
            next_morning: None,
            red_flags_new: None,
            note: None,
        });
        Entry::new(format!("{day}"), at, at, body)
    }

    #[test]
    fn a_three_point_drop_is_meaningful_and_half_a_point_is_not() {
        let better: Vec<Entry> = (1..=20)
            .map(|d| {
                pain(
                    d,
                    if d <= 7 {
                        6
                    } else if d >= 14 {
                        3
                    } else {
                        5
                    },
                )
            })
            .collect();
        let change = pain_change(&better).unwrap();
        assert_eq!((change.start, change.now), (6.0, 3.0));
        assert!(change.meaningful);
        let same: Vec<Entry> = (1..=20)
            .map(|d| pain(d, if d % 2 == 0 { 5 } else { 4 }))
            .collect();
        assert!(!pain_change(&same).unwrap().meaningful);
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(16))]

        /// Counted in any order (a month at a time, months in any order), a journal adds up to
        /// what it adds up to in order.
        #[test]
        fn the_tally_does_not_depend_on_the_order(days in 1u32..200, seed in 0u64..1000) {
            let today = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
            let entries = crate::journal::sample::entries(today, days, seed);
            let mut shuffled = entries.clone();
            fastrand::Rng::with_seed(seed).shuffle(&mut shuffled);
            let (ordered, any_order) = (Tally::of(&entries), Tally::of(&shuffled));
            proptest::prop_assert_eq!(&ordered, &any_order);
            proptest::prop_assert_eq!(any_order.daily_pain().len(), {
                let mut days: Vec<NaiveDate> = entries
                    .iter()
                    .filter(|e| e.daily_pain().is_some())
                    .map(|e| e.at.date_naive())
                    .collect();
                days.dedup();
                days.len()
            });
            let sessions = entries.iter().filter(|e| e.session.is_some()).count() as u32;
            let counted: u32 = any_order
                .sessions_per_week(today, i64::from(days) / 7 + 2)
                .iter()
                .map(|(_, n)| n)
                .sum();
            proptest::prop_assert_eq!(counted, sessions);
        }
    }

    #[test]
    fn less_than_a_week_of_data_says_nothing_yet() {
        let few: Vec<Entry> = (1..=3).map(|d| pain(d, 5)).collect();
        assert!(pain_change(&few).is_none());
    }
}
