//! Sessions planned and done, week by week (Monday to Sunday, numbered from the program's first
//! week). Planned is what the schedule asks ([`crate::plan::upcoming`]): the program's sessions a
//! week, on the patient's chosen days from the start on, and none once every session of the
//! program is complete. A chosen day counts once it has passed; today counts only when a session
//! was done today. Done and partial count sessions of the program; missed is what the plan asked
//! and was not done, fully or partly. Extra sessions never make up for another week.

use chrono::{Datelike, Duration, NaiveDate};

use crate::journal::SessionStatus;
use crate::plan::History;

use super::ProgramInfo;

/// One week.
#[derive(Debug, Clone, PartialEq)]
pub struct Week {
    /// The week of the program, 1 for the week the program starts in.
    pub number: u32,
    /// Its Monday.
    pub monday: NaiveDate,
    /// Sessions the schedule asked for.
    pub planned: u32,
    /// Sessions done in full.
    pub done: u32,
    /// Sessions stopped early.
    pub partial: u32,
    /// Planned sessions not done at all.
    pub missed: u32,
    /// The mean effort of the week's sessions, when noted.
    pub effort: Option<f64>,
}

/// Every week of the period since the program's start.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Adherence {
    /// The weeks, oldest first.
    pub weeks: Vec<Week>,
}

impl Adherence {
    /// Sessions planned in all.
    pub fn planned(&self) -> u32 {
        self.weeks.iter().map(|w| w.planned).sum()
    }

    /// Sessions done in full in all.
    pub fn done(&self) -> u32 {
        self.weeks.iter().map(|w| w.done).sum()
    }

    /// Sessions stopped early in all.
    pub fn partial(&self) -> u32 {
        self.weeks.iter().map(|w| w.partial).sum()
    }

    /// Planned sessions missed in all.
    pub fn missed(&self) -> u32 {
        self.weeks.iter().map(|w| w.missed).sum()
    }

    /// Sessions done fully or partly, as a whole percentage of those planned (at most 100).
    pub fn percent(&self) -> Option<u32> {
        let planned = self.planned();
        (planned > 0).then(|| ((self.done() + self.partial()) * 100 / planned).min(100))
    }
}

/// The Monday of a date's week.
pub fn monday(date: NaiveDate) -> NaiveDate {
    date - Duration::days(i64::from(date.weekday().num_days_from_monday()))
}

/// The weeks from the later of `from` and the program's start up to `until`; `today` is the day
/// the report is made.
pub fn adherence(
    program: Option<&ProgramInfo>,
    history: &History,
    from: NaiveDate,
    until: NaiveDate,
    today: NaiveDate,
) -> Adherence {
    let Some(program) = program.filter(|p| p.sessions_per_week > 0) else {
        return Adherence::default();
    };
    let first = from.max(program.start_date);
    if first > until {
        return Adherence::default();
    }
    let sessions: Vec<(NaiveDate, SessionStatus, Option<u8>)> = history
        .sessions
        .iter()
        .map(|s| {
            let effort = s.value.effort.map(|e| e.get());
            (s.at.date_naive(), s.value.status, effort)
        })
        .collect();
    let days: Vec<chrono::Weekday> = program.weekdays.iter().map(|d| d.to_chrono()).collect();
    let start_monday = monday(program.start_date);
    let mut weeks = Vec::new();
    let mut week_start = monday(first);
    while week_start <= until {
        let lo = week_start.max(first);
        let hi = (week_start + Duration::days(6)).min(until);
        let in_week = |d: &NaiveDate| *d >= lo && *d <= hi;
        let done_on = |day: NaiveDate| sessions.iter().any(|(d, _, _)| *d == day);
        let chosen = lo
            .iter_days()
            .take_while(|d| *d <= hi)
            .filter(|d| days.contains(&d.weekday()))
            .filter(|d| *d < today || done_on(*d))
            .count() as u32;
        let completed_before = sessions
            .iter()
            .filter(|(d, status, _)| *d < lo && *status == SessionStatus::Complete)
            .count() as u32;
        let left = program.total_sessions().saturating_sub(completed_before);
        let planned = chosen.min(program.sessions_per_week).min(left);
        let count = |wanted: SessionStatus| {
            sessions
                .iter()
                .filter(|(d, status, _)| in_week(d) && *status == wanted)
                .count() as u32
        };
        let (done, partial) = (
            count(SessionStatus::Complete),
            count(SessionStatus::Partial),
        );
        let efforts: Vec<f64> = sessions
            .iter()
            .filter(|(d, _, _)| in_week(d))
            .filter_map(|(_, _, e)| e.map(f64::from))
            .collect();
        weeks.push(Week {
            number: ((week_start - start_monday).num_days() / 7 + 1).max(1) as u32,
            monday: week_start,
            planned,
            done,
            partial,
            missed: planned.saturating_sub(done + partial),
            effort: (!efforts.is_empty())
                .then(|| efforts.iter().sum::<f64>() / efforts.len() as f64),
        });
        week_start += Duration::days(7);
    }
    Adherence { weeks }
}
