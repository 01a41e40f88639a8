//! The axes of the report's figures: a linear axis whose grid lines and labels sit exactly where
//! they are asked for (plotters' own choice of "nice" numbers would miss the Mondays), and the
//! time axis in days from the report's first day, labelled with the program's weeks.

use chrono::{Duration, NaiveDate};
use plotters::coord::ranged1d::{DefaultFormatting, KeyPointHint, Ranged};

use super::Report;
use super::adherence::monday;
use super::words::Words;

/// A linear axis with grid lines and labels exactly at `ticks` (Mondays, whole numbers).
#[derive(Debug, Clone)]
pub struct Axis {
    range: std::ops::Range<f64>,
    ticks: Vec<f64>,
}

impl Axis {
    /// An axis over `range` with labels at `ticks`.
    pub fn new(range: std::ops::Range<f64>, ticks: Vec<f64>) -> Axis {
        Axis { range, ticks }
    }
}

impl Ranged for Axis {
    type FormatOption = DefaultFormatting;
    type ValueType = f64;

    fn map(&self, value: &f64, limit: (i32, i32)) -> i32 {
        let size = self.range.end - self.range.start;
        let share = if size > 0.0 {
            (value - self.range.start) / size
        } else {
            0.0
        };
        limit.0 + (f64::from(limit.1 - limit.0) * share).round() as i32
    }

    fn key_points<Hint: KeyPointHint>(&self, hint: Hint) -> Vec<f64> {
        if hint.weight().allow_light_points() {
            Vec::new()
        } else {
            self.ticks.clone()
        }
    }

    fn range(&self) -> std::ops::Range<f64> {
        self.range.clone()
    }
}

/// The 0–10 axis of pain and function.
pub fn score_axis() -> Axis {
    Axis::new(0.0..10.0, vec![0.0, 2.0, 4.0, 6.0, 8.0, 10.0])
}

/// The week axis of a time figure: key points on Mondays (thinned to about a dozen), each
/// labelled with its program week.
pub struct Weeks {
    from: NaiveDate,
    /// Days from the first to the last day of the period (at least 1).
    pub span: f64,
    start_monday: NaiveDate,
    /// Where the labels go.
    pub ticks: Vec<f64>,
}

impl Weeks {
    /// The axis of a report's period.
    pub fn new(report: &Report) -> Weeks {
        let span = ((report.until - report.from).num_days() as f64).max(1.0);
        let start_monday = monday(
            report
                .program
                .as_ref()
                .map_or(report.from, |p| p.start_date),
        );
        let mut mondays = Vec::new();
        let mut day = monday(report.from);
        while day <= report.until {
            if day >= report.from {
                mondays.push((day - report.from).num_days() as f64);
            }
            day += Duration::days(7);
        }
        let step = mondays.len().div_ceil(12).max(1);
        Weeks {
            from: report.from,
            span,
            start_monday,
            ticks: mondays.into_iter().step_by(step).collect(),
        }
    }

    /// Where a date goes.
    pub fn x(&self, date: NaiveDate) -> f64 {
        (date - self.from).num_days() as f64
    }

    /// The label at `x`: "wk 3".
    pub fn label(&self, words: &Words<'_>, x: f64) -> String {
        let date = self.from + Duration::days(x.round() as i64);
        let week = (date - self.start_monday).num_days().div_euclid(7) + 1;
        words.t(crate::i18n::Msg::new("report-axis-week").num("week", week))
    }
}
