//! Helpers shared by the plan tests: the shipped catalog, fixed moments, journal facts built the way
//! the coach records them (a session from the planned doses, a check-in with its next-morning
//! answer), and the safe-range check every dose must pass.

#![allow(dead_code)]

pub mod random;

use std::sync::LazyLock;

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime};
use kern::catalog::{Catalog, LoadOptions};
use kern::journal::{
    CheckIn, CheckInContext, ExerciseRecord, NextMorning, Score, SessionRecord, SessionStatus,
    SetRecord, Side, Skip, SkipReason,
};
use kern::model::{DoseKey, DoseKind, DoseRange, Prescription};

/// The shipped catalog, loaded once.
pub static CATALOG: LazyLock<Catalog> =
    LazyLock::new(|| Catalog::load(&LoadOptions::shipped_only()));

/// Central European winter time, the patient's clock in every test.
pub fn offset() -> FixedOffset {
    FixedOffset::east_opt(3600).unwrap()
}

/// A moment on a day, on the patient's clock.
pub fn at(date: NaiveDate, hour: u32, minute: u32) -> DateTime<FixedOffset> {
    date.and_time(NaiveTime::from_hms_opt(hour, minute, 0).unwrap())
        .and_local_timezone(offset())
        .unwrap()
}

/// A 0–10 score (clamped).
pub fn score(value: u32) -> Score {
    Score::new(i64::from(value.min(10))).unwrap()
}

/// A check-in before a session (or a diary entry), with the next-morning answer about the last
/// session when there is one.
pub fn check_in(pain: u32, next_morning: Option<(bool, u32)>) -> CheckIn {
    CheckIn {
        context: CheckInContext::BeforeSession,
        pain_now: score(pain),
        pain_average: None,
        next_morning: next_morning.map(|(settled, pain)| NextMorning {
            settled,
            pain: score(pain),
        }),
        red_flags_new: None,
        note: None,
    }
}

/// One exercise as done: the first `sets_done` planned sets (both sides when per side) at the
/// full planned amount.
pub fn performed(exercise: &str, planned: &Prescription, sets_done: u32) -> ExerciseRecord {
    let sides: &[Option<Side>] = if planned.per_side {
        &[Some(Side::Left), Some(Side::Right)]
    } else {
        &[None]
    };
    let mut sets = Vec::new();
    for set in 1..=sets_done.min(planned.sets) {
        for side in sides {
            sets.push(SetRecord {
                set,
                side: *side,
                reps: planned.reps_in_set(set),
                seconds: match planned.kind {
                    DoseKind::Timed => planned.duration_seconds,
                    _ => planned.hold_seconds,
                },
                breaths: planned.breaths,
            });
        }
    }
    ExerciseRecord {
        exercise: exercise.to_owned(),
        planned: planned.clone(),
        replaced_by: None,
        sets,
        skipped: None,
        pain_during: None,
        effort: None,
    }
}

/// An exercise skipped for a reason, nothing done.
pub fn skipped(exercise: &str, planned: &Prescription, reason: SkipReason) -> ExerciseRecord {
    ExerciseRecord {
        skipped: Some(Skip { reason, note: None }),
        ..performed(exercise, planned, 0)
    }
}

/// What a session felt like as a whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Felt {
    /// Highest pain during.
    pub pain_during: Option<u32>,
    /// Effort.
    pub effort: Option<u32>,
}

/// A session record of half an hour starting at `started`, from the exercises as done.
pub fn session(
    program: &str,
    phase: u32,
    started: DateTime<FixedOffset>,
    status: SessionStatus,
    felt: Felt,
    exercises: Vec<ExerciseRecord>,
) -> SessionRecord {
    SessionRecord {
        program: program.to_owned(),
        program_version: 1,
        phase,
        planned_date: started.date_naive(),
        status,
        started_at: started,
        ended_at: started + chrono::Duration::minutes(30),
        active_seconds: 1500,
        pain_during_max: felt.pain_during.map(score),
        effort: felt.effort.map(score),
        pain_after: felt.pain_during.map(score),
        note: None,
        exercises,
        decisions: Vec::new(),
        hurt: None,
    }
}

/// Why a dose is outside an exercise's safe range, if it is.
pub fn outside_range(p: &Prescription, range: &DoseRange) -> Option<String> {
    DoseKey::NUMBERS.into_iter().find_map(|key| {
        let [low, high] = range.for_key(key)?;
        p.values_of(key)
            .into_iter()
            .find(|v| *v < low || *v > high)
            .map(|v| format!("{} = {v} outside [{low}, {high}]", key.name()))
    })
}

/// Panics with a readable message when an exercise's dose leaves its safe range.
pub fn assert_in_range(exercise: &str, p: &Prescription, context: &str) {
    let entry = CATALOG
        .exercises
        .get(exercise)
        .unwrap_or_else(|| panic!("{context}: unknown exercise {exercise}"));
    if let Some(problem) = outside_range(p, &entry.value.dose.range) {
        panic!("{context}: {exercise} {problem} ({p:?})");
    }
}
