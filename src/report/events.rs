//! What happened in the period, one by one: the sessions, the dose decisions the coach showed
//! before each session (stored with it), the flare-ups ([`crate::plan::flare`]), the red-flag
//! screens and weekly answers, and the patient's notes.

use chrono::{DateTime, Duration, FixedOffset, NaiveDate};

use crate::journal::{Change, Decision, Entry, Score, SessionStatus, SkipReason};
use crate::model::Progression;
use crate::plan::History;
use crate::plan::flare::flare_up_until;
use crate::safety::{RedFlag, Urgency};

/// One session as done.
#[derive(Debug, Clone, PartialEq)]
pub struct SessionRow {
    /// The day.
    pub date: NaiveDate,
    /// The program's id.
    pub program: String,
    /// The phase (1-based).
    pub phase: u32,
    /// Complete or partial.
    pub status: SessionStatus,
    /// Minutes of exercise, pauses left out.
    pub minutes: u32,
    /// Pain in the check-in just before (same day, before the start).
    pub pain_before: Option<u8>,
    /// The highest pain during.
    pub pain_during: Option<u8>,
    /// Pain after.
    pub pain_after: Option<u8>,
    /// Effort.
    pub effort: Option<u8>,
    /// Exercises done in full.
    pub exercises_done: usize,
    /// Exercises planned.
    pub exercises: usize,
    /// Exercises skipped (id and reason) or replaced by an easier one (id, no reason).
    pub skipped: Vec<(String, Option<SkipReason>)>,
}

/// A dose decision and the day of the session it was shown before.
#[derive(Debug, Clone, PartialEq)]
pub struct DatedDecision {
    /// The session's day.
    pub date: NaiveDate,
    /// The decision.
    pub decision: Decision,
}

/// A flare-up: pain raised above usual long enough, and the lighter week that followed.
#[derive(Debug, Clone, PartialEq)]
pub struct FlareUp {
    /// The day it was recognised.
    pub recognised: NaiveDate,
    /// The last day of the lighter sessions.
    pub until: NaiveDate,
}

/// One red-flag screen.
#[derive(Debug, Clone, PartialEq)]
pub struct Screen {
    /// The day.
    pub date: NaiveDate,
    /// Questions answered.
    pub answered: usize,
    /// The questions answered "yes".
    pub present: Vec<RedFlag>,
    /// What the answers mean.
    pub outcome: Urgency,
    /// The patient confirmed a clinician has checked them.
    pub clinician_checked: bool,
}

/// The red-flag questions answered in the period.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RedFlags {
    /// Full screens, oldest first.
    pub screens: Vec<Screen>,
    /// Weekly "anything new?" answered "no".
    pub weekly_no: u32,
    /// Days the weekly question was answered "yes".
    pub weekly_yes: Vec<NaiveDate>,
    /// Clinicians' checks recorded in the period (`cleared` entries), oldest first.
    pub clearances: Vec<Cleared>,
    /// The lock in force at the end of the period (from the whole journal up to then).
    pub locked: Option<crate::safety::Lock>,
}

/// A clinician's check recorded by the patient.
#[derive(Debug, Clone, PartialEq)]
pub struct Cleared {
    /// The day it was recorded.
    pub recorded: NaiveDate,
    /// The day of the check.
    pub checked_on: NaiveDate,
    /// Who checked, when the patient said.
    pub by: Option<crate::safety::Clinician>,
    /// The patient's note.
    pub note: Option<String>,
}

/// Where a note was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NoteKind {
    /// With a check-in.
    CheckIn,
    /// After a session.
    Session,
    /// With a skipped exercise (its id).
    Skip(String),
    /// With a switch or stop of a program.
    Enrolment,
}

/// An adverse event recorded in the period.
#[derive(Debug, Clone, PartialEq)]
pub struct Adverse {
    /// When it happened.
    pub date: NaiveDate,
    /// What the entry says.
    pub event: crate::safety::AdverseEvent,
}

/// The adverse events in the entries, oldest first.
pub fn adverse_events(entries: &[Entry]) -> Vec<Adverse> {
    entries
        .iter()
        .filter_map(|e| {
            Some(Adverse {
                date: e.at.date_naive(),
                event: e.adverse_event.clone()?,
            })
        })
        .collect()
}

/// A note in the patient's words.
#[derive(Debug, Clone, PartialEq)]
pub struct Note {
    /// When.
    pub at: DateTime<FixedOffset>,
    /// Where it was written.
    pub kind: NoteKind,
    /// The note.
    pub text: String,
}

fn score(s: Option<Score>) -> Option<u8> {
    s.map(Score::get)
}

/// Every session of the period.
pub fn sessions(entries: &[Entry]) -> Vec<SessionRow> {
    entries
        .iter()
        .filter_map(|e| {
            let s = e.session.as_ref()?;
            let date = s.started_at.date_naive();
            let pain_before = entries
                .iter()
                .filter(|c| c.at <= s.started_at && c.at.date_naive() == date)
                .filter_map(|c| c.check_in.as_ref())
                .filter(|c| c.context == crate::journal::CheckInContext::BeforeSession)
                .map(|c| c.pain_now.get())
                .next_back();
            Some(SessionRow {
                date,
                program: s.program.clone(),
                phase: s.phase,
                status: s.status,
                minutes: s.active_seconds.div_ceil(60),
                pain_before,
                pain_during: score(s.pain_during_max),
                pain_after: score(s.pain_after),
                effort: score(s.effort),
                exercises_done: s.exercises.iter().filter(|x| x.all_sets_done()).count(),
                exercises: s.exercises.len(),
                skipped: s
                    .exercises
                    .iter()
                    .filter_map(|x| match (&x.skipped, &x.replaced_by) {
                        (Some(skip), _) => Some((x.exercise.clone(), Some(skip.reason))),
                        (None, Some(_)) => Some((x.exercise.clone(), None)),
                        (None, None) => None,
                    })
                    .collect(),
            })
        })
        .collect()
}

/// Whether a decision is worth telling: every change, and a dose that stayed because of pain,
/// effort, a morning or missed sets (not only waiting for a second session, or at the top).
pub fn worth_telling(d: &Decision, rules: &Progression) -> bool {
    let i = &d.inputs;
    let pain = i.max_pain_during.map_or(0, |p| u32::from(p.get()));
    let effort = i.max_effort.map_or(0, |e| u32::from(e.get()));
    d.change != Change::Hold
        || (i.sessions >= rules.window_sessions
            && (!i.all_sets_done
                || pain >= rules.pain_during_hold
                || pain > rules.pain_during_max
                || effort > rules.effort_max
                || i.unsettled_mornings > 0))
}

/// The decisions worth telling, and how many routine holds were left out.
pub fn decisions(entries: &[Entry], rules: &Progression) -> (Vec<DatedDecision>, usize) {
    let mut told = Vec::new();
    let mut holds = 0;
    for entry in entries {
        let Some(session) = &entry.session else {
            continue;
        };
        for d in &session.decisions {
            if worth_telling(d, rules) {
                told.push(DatedDecision {
                    date: session.started_at.date_naive(),
                    decision: d.clone(),
                });
            } else {
                holds += 1;
            }
        }
    }
    (told, holds)
}

/// Flare-ups in force on any day of the period, each once.
pub fn flare_ups(
    history: &History,
    usual: Option<Score>,
    rules: &Progression,
    from: NaiveDate,
    until: NaiveDate,
) -> Vec<FlareUp> {
    let mut found: Vec<FlareUp> = Vec::new();
    for day in from.iter_days().take_while(|d| *d <= until) {
        let Some(end) = flare_up_until(&history.check_ins, usual, rules, day) else {
            continue;
        };
        if found.last().is_none_or(|f| f.until != end) {
            found.push(FlareUp {
                recognised: end - Duration::days(i64::from(rules.flare_up_days)),
                until: end,
            });
        }
    }
    found
}

/// The red-flag screens and weekly answers of the period.
pub fn red_flags(entries: &[Entry]) -> RedFlags {
    let mut flags = RedFlags::default();
    for entry in entries {
        if let Some(screen) = &entry.red_flags {
            flags.screens.push(Screen {
                date: entry.at.date_naive(),
                answered: screen.answers.len(),
                present: screen
                    .answers
                    .iter()
                    .filter(|a| a.present)
                    .map(|a| a.flag)
                    .collect(),
                outcome: screen.outcome,
                clinician_checked: screen.clinician_checked,
            });
        }
        if let Some(c) = &entry.cleared {
            flags.clearances.push(Cleared {
                recorded: entry.at.date_naive(),
                checked_on: c.checked_on,
                by: c.by,
                note: c.note.clone(),
            });
        }
        match entry.check_in.as_ref().and_then(|c| c.red_flags_new) {
            Some(true) => flags.weekly_yes.push(entry.at.date_naive()),
            Some(false) => flags.weekly_no += 1,
            None => {}
        }
    }
    flags
}

/// The patient's notes of the period, oldest first.
pub fn notes(entries: &[Entry]) -> Vec<Note> {
    let mut notes = Vec::new();
    let mut push = |at, kind, text: &Option<String>| {
        if let Some(text) = text.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
            notes.push(Note {
                at,
                kind,
                text: text.to_owned(),
            });
        }
    };
    for entry in entries {
        if let Some(c) = &entry.check_in {
            push(entry.at, NoteKind::CheckIn, &c.note);
        }
        if let Some(s) = &entry.session {
            push(entry.at, NoteKind::Session, &s.note);
            for x in &s.exercises {
                if let Some(skip) = &x.skipped {
                    push(entry.at, NoteKind::Skip(x.exercise.clone()), &skip.note);
                }
            }
        }
        if let Some(e) = &entry.enrolment {
            push(entry.at, NoteKind::Enrolment, &e.reason);
        }
    }
    notes
}
