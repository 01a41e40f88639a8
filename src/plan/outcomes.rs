//! Whether things changed in a way that matters (CLINICAL.md): pain by 2 points or 30%, the mean
//! function score by about 2 points. Pure summaries of journal entries, for the coach's progress
//! screen and the therapist's report.

use chrono::{Duration, NaiveDate};
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

fn mean(values: &[f64]) -> Option<f64> {
    (!values.is_empty()).then(|| values.iter().sum::<f64>() / values.len() as f64)
}

/// Daily pain (each day's check-ins averaged), oldest first.
pub fn daily_pain(entries: &[impl Measured]) -> Vec<(NaiveDate, f64)> {
    let mut days: Vec<(NaiveDate, Vec<f64>)> = Vec::new();
    for entry in entries {
        let Some(pain) = entry.daily_pain() else {
            continue;
        };
        let value = f64::from(pain);
        let day = entry.at().date_naive();
        match days.last_mut() {
            Some((last, values)) if *last == day => values.push(value),
            _ => days.push((day, vec![value])),
        }
    }
    days.into_iter()
        .filter_map(|(d, v)| Some((d, mean(&v)?)))
        .collect()
}

/// Pain at the start (first 7 days with data) and now (last 7 days); meaningful at 2 points or 30%.
pub fn pain_change(entries: &[impl Measured]) -> Option<Change> {
    let daily = daily_pain(entries);
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
pub fn function_change(entries: &[impl Measured]) -> Option<Change> {
    let means: Vec<f64> = entries.iter().filter_map(|e| e.function_mean()).collect();
    if means.len() < 2 {
        return None;
    }
    let (start, now) = (*means.first()?, *means.last()?);
    Some(Change {
        start,
        now,
        meaningful: (now - start).abs() >= 2.0,
    })
}

/// Sessions done in each of the last `weeks` Monday-to-Sunday weeks up to `today`, oldest first.
pub fn sessions_per_week(
    entries: &[impl Measured],
    today: NaiveDate,
    weeks: i64,
) -> Vec<(NaiveDate, u32)> {
    use chrono::Datelike;
    let monday = today - Duration::days(i64::from(today.weekday().num_days_from_monday()));
    (0..weeks)
        .rev()
        .map(|back| {
            let start = monday - Duration::weeks(back);
            let end = start + Duration::days(7);
            let count = entries
                .iter()
                .filter(|e| {
                    e.is_session() && e.at().date_naive() >= start && e.at().date_naive() < end
                })
                .count() as u32;
            (start, count)
        })
        .collect()
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

    #[test]
    fn less_than_a_week_of_data_says_nothing_yet() {
        let few: Vec<Entry> = (1..=3).map(|d| pain(d, 5)).collect();
        assert!(pain_change(&few).is_none());
    }
}
