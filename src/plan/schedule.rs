//! Dates for the coming sessions: only on the patient's chosen weekdays, at most the program's
//! sessions per (Monday-to-Sunday) week, at most one a day, never in the past. A missed session is
//! not doubled up later; it simply moves the rest of the program on.

use std::collections::HashMap;

use chrono::{Datelike, Days, IsoWeek, NaiveDate};

use crate::model::Weekday;

use super::replay::{Planner, Position};

/// One planned session.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ScheduledSession {
    /// The date.
    pub date: NaiveDate,
    /// Its number in the program (1-based).
    pub number: u32,
    /// The program week it belongs to (1-based, counted in sessions).
    pub week: u32,
    /// The phase (1-based).
    pub phase: u32,
    /// Estimated minutes.
    pub minutes: u32,
}

/// How far ahead the schedule looks before giving up (a program never needs more).
const HORIZON_DAYS: u64 = 3 * 366;

/// The next `count` sessions on or after `from`. `done` holds the dates of sessions already
/// done (complete or partial): they fill their week and their day.
pub fn upcoming(
    planner: &Planner<'_>,
    position: &Position,
    weekdays: &[Weekday],
    done: &[NaiveDate],
    from: NaiveDate,
    count: usize,
) -> Vec<ScheduledSession> {
    let program = planner.program;
    let per_week = program.sessions_per_week;
    let days: Vec<chrono::Weekday> = weekdays.iter().map(|d| d.to_chrono()).collect();
    let mut used: HashMap<IsoWeek, u32> = HashMap::new();
    for date in done {
        *used.entry(date.iso_week()).or_default() += 1;
    }
    let mut out = Vec::new();
    let mut number = position.completed + 1;
    let total = planner.total_sessions();
    let mut date = from;
    for _ in 0..HORIZON_DAYS {
        if out.len() >= count || number > total {
            break;
        }
        let week_used = used.get(&date.iso_week()).copied().unwrap_or(0);
        if days.contains(&date.weekday()) && week_used < per_week && !done.contains(&date) {
            let completed = number - 1;
            let phase = planner.phase_after(completed);
            out.push(ScheduledSession {
                date,
                number,
                week: planner.week_after(completed),
                phase: phase as u32 + 1,
                minutes: program.phases.get(phase).map_or(0, |p| p.minutes),
            });
            *used.entry(date.iso_week()).or_default() += 1;
            number += 1;
        }
        let Some(next) = date.checked_add_days(Days::new(1)) else {
            break;
        };
        date = next;
    }
    out
}
