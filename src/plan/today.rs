//! What is due on a day: the session with each exercise's dose and the reason for any change, or a
//! rest day and the next session; the measures due; and the notices that matter (a paused program
//! after a red flag, a flare-up, a restart after a break, advice to see the therapist).

use chrono::{DateTime, Duration, FixedOffset, NaiveDate};
use serde::Serialize;

use crate::catalog::Catalog;
use crate::journal::{Decision, Score};
use crate::model::{Prescription, Program};
use crate::safety::{RedFlag, Urgency, lock_state};

use super::flare::{flare_up_until, usual_pain};
use super::history::History;
use super::replay::{Planner, Position};
use super::schedule::{ScheduledSession, upcoming};
use super::step::{Dosed, reduce_volume};

/// One exercise of today's session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PlannedExercise {
    /// Its place in the phase's list.
    pub slot: usize,
    /// The exercise id.
    pub exercise: String,
    /// The dose.
    pub prescription: Prescription,
}

/// A session to do.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SessionPlan {
    /// Program id.
    pub program: String,
    /// Program version.
    pub program_version: u32,
    /// Phase (1-based).
    pub phase: u32,
    /// Session number in the program (1-based).
    pub number: u32,
    /// Program week (1-based).
    pub week: u32,
    /// The date it is planned for.
    pub date: NaiveDate,
    /// Estimated minutes.
    pub minutes: u32,
    /// The exercises in order.
    pub exercises: Vec<PlannedExercise>,
}

impl SessionPlan {
    /// The plan of a session cut off earlier, rebuilt from what its checkpoint recorded (the
    /// exercises and doses as they were planned then), to resume it.
    pub fn from_record(record: &crate::journal::SessionRecord) -> SessionPlan {
        SessionPlan {
            program: record.program.clone(),
            program_version: record.program_version,
            phase: record.phase,
            number: 0,
            week: 0,
            date: record.planned_date,
            minutes: 0,
            exercises: record
                .exercises
                .iter()
                .enumerate()
                .map(|(slot, e)| PlannedExercise {
                    slot,
                    exercise: e.exercise.clone(),
                    prescription: e.planned.clone(),
                })
                .collect(),
        }
    }
}

/// What the day holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum DayStatus {
    /// No program followed.
    NotEnrolled,
    /// Stopped until a red flag is dealt with.
    Paused,
    /// Every session of the program is done.
    Finished,
    /// A session is due.
    SessionDue,
    /// Today's session is done.
    DoneToday,
    /// No session today.
    RestDay,
}

/// Something worth telling the patient today.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Notice {
    /// A red flag was reported: the program is paused until a doctor or physiotherapist has
    /// checked the patient and that is recorded (`kern cleared`).
    RedFlag {
        /// How urgent.
        urgency: Urgency,
        /// The day of the answer that paused it: the check must be on or after it.
        since: NaiveDate,
        /// The warning signs answered "yes".
        flags: Vec<RedFlag>,
    },
    /// The weekly question was answered "yes, something new": answer the red-flag questions.
    AnswerRedFlags,
    /// A flare-up: lower volume until this date.
    FlareUp {
        /// Last day of the lower volume.
        until: NaiveDate,
    },
    /// The phase restarted one step lower after a long break.
    Restarted {
        /// Days since the last session.
        gap_days: u32,
    },
    /// Little improvement by the review week: talk to the physiotherapist or GP.
    Review {
        /// The program's review week.
        week: u32,
    },
}

/// A measure to ask for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum MeasureDue {
    /// The function score on the patient's activities.
    Function,
    /// The global rating of change at this program week.
    GlobalRating {
        /// The week.
        week: u32,
    },
    /// The weekly red-flag question.
    RedFlagCheck,
}

/// Everything about one day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Today {
    /// The day.
    pub date: NaiveDate,
    /// What it holds.
    pub status: DayStatus,
    /// The session, when one is due (or was done today).
    pub session: Option<SessionPlan>,
    /// The next session after today's.
    pub next: Option<ScheduledSession>,
    /// What changed since last time, and why.
    pub changes: Vec<Decision>,
    /// Notices.
    pub notices: Vec<Notice>,
    /// Measures due.
    pub measures_due: Vec<MeasureDue>,
    /// Completed sessions so far and in all.
    pub completed: u32,
    /// Sessions in the whole program.
    pub total: u32,
    /// On a rest day, the activity the phase prescribes (walking N minutes) and what was done.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub activity: Option<super::activity::RestDayActivity>,
    /// Today's session was stopped early (saved as partial) and none ran to its end today.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub stopped_early: bool,
}

/// Works out the day `now` falls on for the enrolled program.
pub fn today(
    catalog: &Catalog,
    program_id: &str,
    program: &Program,
    history: &History,
    now: DateTime<FixedOffset>,
) -> Today {
    let date = now.date_naive();
    let mut day = Today {
        date,
        status: DayStatus::NotEnrolled,
        session: None,
        next: None,
        changes: Vec::new(),
        notices: Vec::new(),
        measures_due: Vec::new(),
        completed: 0,
        total: 0,
        activity: None,
        stopped_early: false,
    };
    let Some(enrolment) = &history.enrolment else {
        return day;
    };
    let usual = usual_pain(enrolment.usual_pain, &history.check_ins);
    let planner = Planner {
        catalog,
        program,
        usual_pain: usual,
    };
    let position = planner.replay(history, now);
    day.completed = position.completed;
    day.total = planner.total_sessions();
    day.changes = position.changes.clone();
    if position.restarted {
        let gap = day
            .changes
            .iter()
            .find_map(|d| d.inputs.gap_days)
            .unwrap_or(0);
        day.notices.push(Notice::Restarted { gap_days: gap });
    }
    let done: Vec<NaiveDate> = history.sessions.iter().map(|s| s.at.date_naive()).collect();
    let upcoming = upcoming(
        &planner,
        &position,
        &enrolment.weekdays,
        &done,
        date.max(enrolment.start_date),
        2,
    );
    day.measures_due = measures_due(program, history, enrolment.start_date, now);
    if let Some(notice) = red_flag_notice(history) {
        day.notices.push(notice);
        day.status = DayStatus::Paused;
        return day;
    }
    let flare = flare_up_until(&history.check_ins, usual, &program.progression, date);
    if let Some(until) = flare {
        day.notices.push(Notice::FlareUp { until });
    }
    if let Some(week) = review_due(program, history, enrolment.start_date, date) {
        day.notices.push(Notice::Review { week });
    }
    if position.completed >= day.total {
        day.status = DayStatus::Finished;
        return day;
    }
    let due_today = upcoming.first().filter(|s| s.date == date);
    day.status = match (due_today, done.contains(&date)) {
        (Some(_), _) => DayStatus::SessionDue,
        (None, true) => DayStatus::DoneToday,
        (None, false) => DayStatus::RestDay,
    };
    if day.status == DayStatus::DoneToday {
        let today: Vec<_> = history
            .sessions
            .iter()
            .filter(|s| s.at.date_naive() == date)
            .collect();
        day.stopped_early = today
            .iter()
            .all(|s| s.value.status == crate::journal::SessionStatus::Partial);
    }
    day.next = upcoming.iter().find(|s| s.date > date).cloned();
    if day.status == DayStatus::RestDay {
        day.activity = super::activity::rest_day_activity(program, history, date);
    }
    if let Some(scheduled) = due_today {
        day.session = Some(session_plan(
            catalog,
            program_id,
            program,
            &position,
            scheduled,
            flare.is_some(),
        ));
    }
    day
}

fn session_plan(
    catalog: &Catalog,
    program_id: &str,
    program: &Program,
    position: &Position,
    scheduled: &ScheduledSession,
    flare_up: bool,
) -> SessionPlan {
    let exercises = position
        .slots
        .iter()
        .map(|slot| PlannedExercise {
            slot: slot.index,
            exercise: slot.dosed.exercise.clone(),
            prescription: if flare_up {
                reduce_volume(
                    catalog,
                    &slot.dosed,
                    program.progression.flare_up_volume_percent,
                )
            } else {
                slot.dosed.prescription.clone()
            },
        })
        .collect();
    SessionPlan {
        program: program_id.to_owned(),
        program_version: program.version,
        phase: position.phase as u32 + 1,
        number: scheduled.number,
        week: scheduled.week,
        date: scheduled.date,
        minutes: scheduled.minutes,
        exercises,
    }
}

/// A program stays paused after a red flag until a clinician's check is recorded
/// ([`lock_state`]); a "yes, something new" to the weekly question asks for the screen.
fn red_flag_notice(history: &History) -> Option<Notice> {
    if let Some(lock) = lock_state(&history.screening) {
        return Some(Notice::RedFlag {
            urgency: lock.urgency,
            since: lock.since,
            flags: lock.flags,
        });
    }
    let new_flag = history
        .check_ins
        .iter()
        .rev()
        .find(|c| c.value.red_flags_new.is_some())
        .filter(|c| c.value.red_flags_new == Some(true))?;
    let answered_after = history
        .screening
        .screens
        .last()
        .is_some_and(|s| s.at >= new_flag.at);
    (!answered_after).then_some(Notice::AnswerRedFlags)
}

fn program_week(start: NaiveDate, date: NaiveDate) -> u32 {
    u32::try_from((date - start).num_days().max(0) / 7 + 1).unwrap_or(u32::MAX)
}

fn measures_due(
    program: &Program,
    history: &History,
    start: NaiveDate,
    now: DateTime<FixedOffset>,
) -> Vec<MeasureDue> {
    let measures = &program.measures;
    let date = now.date_naive();
    let week = program_week(start, date).min(program.weeks);
    let mut due = Vec::new();
    if measures.function_every_weeks > 0 {
        let every = Duration::weeks(i64::from(measures.function_every_weeks));
        let last = history.function.last().map(|f| f.at.date_naive());
        if last.is_none_or(|l| date - l >= every) {
            due.push(MeasureDue::Function);
        }
    }
    for target in &measures.global_rating_weeks {
        let asked = history
            .global_ratings
            .iter()
            .any(|g| g.value.week == Some(*target));
        if week >= *target && !asked {
            due.push(MeasureDue::GlobalRating { week: *target });
            break;
        }
    }
    let last_check = history
        .red_flags
        .iter()
        .map(|r| r.at)
        .chain(
            history
                .check_ins
                .iter()
                .filter(|c| c.value.red_flags_new.is_some())
                .map(|c| c.at),
        )
        .max();
    let every = Duration::days(i64::from(measures.red_flag_check_days));
    if last_check.is_none_or(|l| now - l >= every) {
        due.push(MeasureDue::RedFlagCheck);
    }
    due
}

/// From the review week on: pain not 30% lower and function not 30% higher than at the start.
fn review_due(
    program: &Program,
    history: &History,
    start: NaiveDate,
    date: NaiveDate,
) -> Option<u32> {
    let week = program.progression.review_week;
    if program_week(start, date) < week {
        return None;
    }
    let pain = |c: &crate::plan::history::Dated<crate::journal::CheckIn>| {
        f64::from(c.value.pain_average.unwrap_or(c.value.pain_now).get())
    };
    let first_week: Vec<f64> = history
        .check_ins
        .iter()
        .filter(|c| program_week(start, c.at.date_naive()) == 1)
        .map(pain)
        .collect();
    let last_week: Vec<f64> = history
        .check_ins
        .iter()
        .filter(|c| (date - c.at.date_naive()).num_days() < 7)
        .map(pain)
        .collect();
    let mean = |v: &[f64]| (!v.is_empty()).then(|| v.iter().sum::<f64>() / v.len() as f64);
    let pain_better = match (mean(&first_week), mean(&last_week)) {
        (Some(before), Some(now)) => before <= 0.0 || (before - now) / before >= 0.3,
        _ => true,
    };
    let function_means: Vec<f64> = history
        .function
        .iter()
        .filter_map(|f| f.value.mean())
        .collect();
    let function_better = match (function_means.first(), function_means.last()) {
        (Some(first), Some(last)) if function_means.len() > 1 => {
            *first <= 0.0 || (last - first) / first >= 0.3
        }
        _ => false,
    };
    (!pain_better && !function_better).then_some(week)
}

/// The prescription of the usual-pain helper re-exported for commands that show it.
pub fn usual(history: &History) -> Option<Score> {
    usual_pain(
        history.enrolment.as_ref().and_then(|e| e.usual_pain),
        &history.check_ins,
    )
}

impl Dosed {
    /// An exercise and its dose as a planned exercise in slot `slot`.
    pub fn planned(&self, slot: usize) -> PlannedExercise {
        PlannedExercise {
            slot,
            exercise: self.exercise.clone(),
            prescription: self.prescription.clone(),
        }
    }
}
