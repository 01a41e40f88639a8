//! What the journal's views show of one entry, without the rest of it: when, what kind, and the
//! few numbers and words of its line in the journal, the progress charts and the check-up. The
//! journal index keeps one summary per entry file, so that a long journal can be listed and
//! charted without reading ten thousand files; the same summary is made from a file read directly,
//! so a view shows the same thing with or without the index.
//!
//! A kind of entry this module does not describe yet gets [`Facts::Other`]: its views read the
//! entry file itself. Describing a new kind is adding a variant at the end of [`Facts`] (and
//! raising [`super::index::INDEX_VERSION`]).

use chrono::{DateTime, FixedOffset, NaiveDate, Offset, TimeZone};
use serde::{Deserialize, Serialize};

use super::entry::{Change, Decision, Entry, EntryKind};

/// A moment as stored in the index: seconds since 1970, nanoseconds, and the UTC offset in
/// seconds (compact, and exact both ways).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stamp {
    secs: i64,
    nanos: u32,
    offset: i32,
}

impl From<DateTime<FixedOffset>> for Stamp {
    fn from(at: DateTime<FixedOffset>) -> Stamp {
        Stamp {
            secs: at.timestamp(),
            nanos: at.timestamp_subsec_nanos(),
            offset: at.offset().local_minus_utc(),
        }
    }
}

impl Stamp {
    /// The moment again, on its own clock.
    pub fn at(self) -> DateTime<FixedOffset> {
        FixedOffset::east_opt(self.offset)
            .unwrap_or_else(|| chrono::Utc.fix())
            .timestamp_opt(self.secs, self.nanos)
            .single()
            .unwrap_or_default()
    }
}

/// The numbers and words of one entry that the views show, by kind.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Facts {
    /// A check-in.
    CheckIn {
        /// Pain now, 0–10.
        pain_now: u8,
        /// Average pain over 24 hours, 0–10.
        pain_average: Option<u8>,
        /// The patient's note.
        note: Option<String>,
    },
    /// A session.
    Session {
        /// Program id.
        program: String,
        /// Phase (1-based).
        phase: u32,
        /// `complete` or `partial`.
        status: String,
        /// Exercises with every planned set done.
        done: u32,
        /// Exercises planned.
        exercises: u32,
        /// Seconds of exercise.
        active_seconds: u32,
        /// Pain after, 0–10.
        pain_after: Option<u8>,
        /// The dose changes other than "hold", as JSON (rare, and shown only on Progress).
        changes: Option<String>,
    },
    /// A function score.
    Function {
        /// The mean score, when any activity was scored.
        mean: Option<f64>,
        /// Activities scored.
        activities: u32,
    },
    /// A global rating of change, −5…+5.
    GlobalRating {
        /// The rating.
        rating: i8,
    },
    /// An enrolment.
    Enrolment {
        /// `start`, `switch` or `stop`.
        action: String,
        /// Program id.
        program: String,
        /// First day.
        start: NaiveDate,
    },
    /// A red-flag screen.
    RedFlags {
        /// Warning signs answered "yes".
        yes: u32,
        /// What the answers mean (`urgency-…` name).
        outcome: String,
    },
    /// A doctor's or physiotherapist's check, recorded by the patient.
    Cleared {
        /// The day of the check.
        checked_on: NaiveDate,
        /// `doctor` or `physio`, when the patient said.
        by: Option<String>,
    },
    /// A daily activity done (a walk).
    Activity {
        /// `walking`.
        kind: String,
        /// The day it was done.
        on: NaiveDate,
        /// Minutes.
        minutes: u32,
        /// The patient's note.
        note: Option<String>,
    },
    /// An adverse event.
    AdverseEvent {
        /// What happened (`fall`, `pain-during-exercise`, …).
        what: String,
        /// `mild`, `moderate` or `severe`.
        severity: String,
        /// The exercise it happened in.
        exercise: Option<String>,
        /// The pain then, 0–10.
        pain: Option<u8>,
    },
    /// A kind not described here: read the entry file.
    Other,
}

/// One entry as the views see it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    /// The id (the file name without `.toml`).
    pub id: String,
    /// The kind.
    #[serde(with = "kind_name")]
    pub kind: EntryKind,
    /// When it applies.
    pub at: Stamp,
    /// When it was written.
    pub recorded_at: Stamp,
    /// The entry this one corrects.
    pub amends: Option<String>,
    /// What the views show.
    pub facts: Facts,
}

impl Summary {
    /// The summary of an entry.
    pub fn of(entry: &Entry) -> Summary {
        Summary {
            id: entry.id.clone(),
            kind: entry.kind,
            at: entry.at.into(),
            recorded_at: entry.recorded_at.into(),
            amends: entry.amends.clone(),
            facts: Facts::of(entry),
        }
    }

    /// The dose changes other than "hold" this entry records (a session's), oldest first.
    pub fn changes(&self) -> Vec<Decision> {
        match &self.facts {
            Facts::Session {
                changes: Some(json),
                ..
            } => serde_json::from_str(json).unwrap_or_default(),
            _ => Vec::new(),
        }
    }
}

impl Facts {
    /// What the views show of an entry.
    pub fn of(entry: &Entry) -> Facts {
        use crate::describe::serde_name as name;
        if let Some(c) = &entry.check_in {
            return Facts::CheckIn {
                pain_now: c.pain_now.get(),
                pain_average: c.pain_average.map(|p| p.get()),
                note: c.note.clone(),
            };
        }
        if let Some(s) = &entry.session {
            let changes: Vec<&Decision> = s
                .decisions
                .iter()
                .filter(|d| d.change != Change::Hold)
                .collect();
            return Facts::Session {
                program: s.program.clone(),
                phase: s.phase,
                status: name(&s.status),
                done: s.exercises.iter().filter(|e| e.all_sets_done()).count() as u32,
                exercises: s.exercises.len() as u32,
                active_seconds: s.active_seconds,
                pain_after: s.pain_after.map(|p| p.get()),
                changes: if changes.is_empty() {
                    None
                } else {
                    serde_json::to_string(&changes).ok()
                },
            };
        }
        if let Some(f) = &entry.function {
            return Facts::Function {
                mean: f.mean(),
                activities: f.activities.len() as u32,
            };
        }
        if let Some(g) = &entry.global_rating {
            return Facts::GlobalRating {
                rating: g.rating.get(),
            };
        }
        if let Some(e) = &entry.enrolment {
            return Facts::Enrolment {
                action: name(&e.action),
                program: e.program.clone(),
                start: e.start_date,
            };
        }
        if let Some(r) = &entry.red_flags {
            return Facts::RedFlags {
                yes: r.answers.iter().filter(|a| a.present).count() as u32,
                outcome: name(&r.outcome),
            };
        }
        if let Some(a) = &entry.adverse_event {
            return Facts::AdverseEvent {
                what: a.what.name().to_owned(),
                severity: a.severity.name().to_owned(),
                exercise: a.exercise.clone(),
                pain: a.pain.map(|p| p.get()),
            };
        }
        if let Some(c) = &entry.cleared {
            return Facts::Cleared {
                checked_on: c.checked_on,
                by: c.by.map(|b| b.name().to_owned()),
            };
        }
        if let Some(a) = &entry.activity {
            return Facts::Activity {
                kind: a.kind.name().to_owned(),
                on: a.on,
                minutes: a.minutes,
                note: a.note.clone(),
            };
        }
        Facts::Other
    }
}

/// What the progress measures need of an entry, whether read whole or from the index.
pub trait Measured {
    /// When it applies.
    fn at(&self) -> DateTime<FixedOffset>;
    /// A check-in's pain for the daily line: the 24-hour average, else the pain now.
    fn daily_pain(&self) -> Option<u8>;
    /// A session's pain after.
    fn pain_after(&self) -> Option<u8>;
    /// Whether it is a session.
    fn is_session(&self) -> bool;
    /// A function score's mean.
    fn function_mean(&self) -> Option<f64>;
}

impl Measured for Entry {
    fn at(&self) -> DateTime<FixedOffset> {
        self.at
    }
    fn daily_pain(&self) -> Option<u8> {
        let c = self.check_in.as_ref()?;
        Some(c.pain_average.unwrap_or(c.pain_now).get())
    }
    fn pain_after(&self) -> Option<u8> {
        Some(self.session.as_ref()?.pain_after?.get())
    }
    fn is_session(&self) -> bool {
        self.session.is_some()
    }
    fn function_mean(&self) -> Option<f64> {
        self.function.as_ref()?.mean()
    }
}

impl Measured for Summary {
    fn at(&self) -> DateTime<FixedOffset> {
        self.at.at()
    }
    fn daily_pain(&self) -> Option<u8> {
        match &self.facts {
            Facts::CheckIn {
                pain_now,
                pain_average,
                ..
            } => Some(pain_average.unwrap_or(*pain_now)),
            _ => None,
        }
    }
    fn pain_after(&self) -> Option<u8> {
        match &self.facts {
            Facts::Session { pain_after, .. } => *pain_after,
            _ => None,
        }
    }
    fn is_session(&self) -> bool {
        matches!(self.facts, Facts::Session { .. })
    }
    fn function_mean(&self) -> Option<f64> {
        match &self.facts {
            Facts::Function { mean, .. } => *mean,
            _ => None,
        }
    }
}

/// What correcting entries needs: ids, the corrected id, and when each was written.
pub trait Correctable {
    /// The id.
    fn id(&self) -> &str;
    /// The entry this one corrects.
    fn amends(&self) -> Option<&str>;
    /// When it applies.
    fn at(&self) -> DateTime<FixedOffset>;
    /// When it was written.
    fn recorded_at(&self) -> DateTime<FixedOffset>;
}

impl Correctable for Entry {
    fn id(&self) -> &str {
        &self.id
    }
    fn amends(&self) -> Option<&str> {
        self.amends.as_deref()
    }
    fn at(&self) -> DateTime<FixedOffset> {
        self.at
    }
    fn recorded_at(&self) -> DateTime<FixedOffset> {
        self.recorded_at
    }
}

impl Correctable for Summary {
    fn id(&self) -> &str {
        &self.id
    }
    fn amends(&self) -> Option<&str> {
        self.amends.as_deref()
    }
    fn at(&self) -> DateTime<FixedOffset> {
        self.at.at()
    }
    fn recorded_at(&self) -> DateTime<FixedOffset> {
        self.recorded_at.at()
    }
}

/// The kind by its kebab-case name (not by its place in the list), so that a reordered list cannot
/// change what an index says.
mod kind_name {
    use serde::{Deserialize, Deserializer, Serializer};

    use super::EntryKind;

    pub fn serialize<S: Serializer>(kind: &EntryKind, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(kind.name())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<EntryKind, D::Error> {
        let name = <&str>::deserialize(d)?;
        EntryKind::from_name(name)
            .ok_or_else(|| serde::de::Error::custom(format!("unknown kind '{name}'")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::export::sample;

    #[test]
    fn stamps_give_back_the_same_moment() {
        for entry in sample::journal() {
            assert_eq!(Stamp::from(entry.at).at(), entry.at);
            assert_eq!(Stamp::from(entry.at).at().offset(), entry.at.offset());
        }
    }

    #[test]
    fn every_kind_of_the_sample_has_its_facts_and_measures() {
        for entry in sample::journal() {
            let summary = Summary::of(&entry);
            assert_ne!(summary.facts, Facts::Other, "{}", entry.id);
            assert_eq!(Measured::daily_pain(&summary), Measured::daily_pain(&entry));
            assert_eq!(Measured::pain_after(&summary), Measured::pain_after(&entry));
            assert_eq!(summary.is_session(), entry.is_session());
            assert_eq!(summary.function_mean(), entry.function_mean());
            let wanted: Vec<Decision> = entry
                .session
                .iter()
                .flat_map(|s| s.decisions.iter().filter(|d| d.change != Change::Hold))
                .cloned()
                .collect();
            assert_eq!(summary.changes(), wanted);
        }
    }
}
