//! The red-flag lock, derived from the journal: a screen with an emergency or see-a-doctor
//! outcome pauses the program until a clearance records that a doctor or physiotherapist has
//! checked the patient on or after the day of that answer. Answering the questions again never
//! lifts it; a new alarming answer after a clearance locks again.

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::Serialize;

use crate::journal::{Entry, RedFlagScreen};

use super::clearance::Clearance;
use super::flags::{RedFlag, Urgency, outcome};

/// A red-flag screen as answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnsweredScreen {
    /// The journal entry's id.
    pub id: String,
    /// When it was answered.
    pub at: DateTime<FixedOffset>,
    /// The answers.
    pub screen: RedFlagScreen,
}

impl AnsweredScreen {
    /// How urgent its answers are: the outcome stored, or what its "yes" answers mean when that
    /// is worse (a hand-edited file cannot say "clear" over a "yes").
    pub fn urgency(&self) -> Urgency {
        self.screen.outcome.max(outcome(self.present()))
    }

    /// The warning signs answered "yes".
    pub fn present(&self) -> impl Iterator<Item = RedFlag> + '_ {
        self.screen
            .answers
            .iter()
            .filter(|a| a.present)
            .map(|a| a.flag)
    }
}

/// A clearance as recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordedClearance {
    /// The journal entry's id (for a clearance from an older kern's screen: that screen's id).
    pub id: String,
    /// When it was recorded.
    pub recorded_at: DateTime<FixedOffset>,
    /// What was recorded.
    pub clearance: Clearance,
}

/// A weekly "anything new?" answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WeeklyAnswer {
    /// When.
    pub at: DateTime<FixedOffset>,
    /// Whether something new came up.
    pub new: bool,
}

/// Everything the lock and the questions are worked out from, oldest first: every red-flag screen
/// and clearance of the whole journal (not only the current program's), and the weekly answers.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Screening {
    /// The screens.
    pub screens: Vec<AnsweredScreen>,
    /// The clearances.
    pub clearances: Vec<RecordedClearance>,
    /// The weekly answers (stored with check-ins).
    pub weekly: Vec<WeeklyAnswer>,
}

impl Screening {
    /// Gathers screens, clearances and weekly answers from journal entries (any order).
    ///
    /// A screen written by an older kern with `clinician_checked = true` counts as a clearance
    /// recorded at the moment of that screen.
    pub fn from_entries(entries: &[Entry]) -> Screening {
        let mut screening = Screening::default();
        for entry in entries {
            screening.push(entry);
        }
        screening.sort();
        screening
    }

    /// Adds what one new entry says (a screen, a clearance or a weekly answer).
    pub fn add(&mut self, entry: &Entry) {
        self.push(entry);
        self.sort();
    }

    fn push(&mut self, entry: &Entry) {
        if let Some(screen) = &entry.red_flags {
            if screen.clinician_checked {
                self.clearances.push(RecordedClearance {
                    id: entry.id.clone(),
                    recorded_at: entry.at,
                    clearance: Clearance {
                        checked_on: entry.at.date_naive(),
                        by: None,
                        clears: Some(entry.id.clone()),
                        note: None,
                    },
                });
            }
            self.screens.push(AnsweredScreen {
                id: entry.id.clone(),
                at: entry.at,
                screen: screen.clone(),
            });
        }
        if let Some(clearance) = &entry.cleared {
            self.clearances.push(RecordedClearance {
                id: entry.id.clone(),
                recorded_at: entry.at,
                clearance: clearance.clone(),
            });
        }
        if let Some(new) = entry.check_in.as_ref().and_then(|c| c.red_flags_new) {
            self.weekly.push(WeeklyAnswer { at: entry.at, new });
        }
    }

    fn sort(&mut self) {
        self.screens.sort_by_key(|s| s.at);
        self.clearances.sort_by_key(|c| c.recorded_at);
        self.weekly.sort_by_key(|w| w.at);
    }

    /// Whether `clearance` covers `screen`: recorded after the screen was answered, for a check
    /// on or after the day of the answer.
    pub fn clears(clearance: &RecordedClearance, screen: &AnsweredScreen) -> bool {
        clearance.recorded_at >= screen.at
            && clearance.clearance.checked_on >= screen.at.date_naive()
    }

    /// The clearance that covers `screen`, if any (the first recorded).
    pub fn clearance_of(&self, screen: &AnsweredScreen) -> Option<&RecordedClearance> {
        self.clearances.iter().find(|c| Self::clears(c, screen))
    }

    /// The screens whose answer paused the program and that no clearance covers, oldest first.
    pub fn uncleared(&self) -> impl Iterator<Item = &AnsweredScreen> + '_ {
        self.screens
            .iter()
            .filter(|s| s.urgency() != Urgency::Clear && self.clearance_of(s).is_none())
    }
}

/// The program is paused until a clinician's check is recorded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Lock {
    /// The most urgent outcome among the answers not yet cleared.
    pub urgency: Urgency,
    /// The day of the latest answer not yet cleared: a check must be on or after it.
    pub since: NaiveDate,
    /// The id of that screen.
    pub screen: String,
    /// The warning signs answered "yes" in the screens not yet cleared, in question order.
    pub flags: Vec<RedFlag>,
}

/// The lock in force, if any. Pure: the same journal always gives the same answer.
pub fn lock_state(screening: &Screening) -> Option<Lock> {
    let uncleared: Vec<&AnsweredScreen> = screening.uncleared().collect();
    let latest = uncleared.last()?;
    let mut flags: Vec<RedFlag> = uncleared.iter().flat_map(|s| s.present()).collect();
    flags.sort();
    flags.dedup();
    Some(Lock {
        urgency: uncleared
            .iter()
            .map(|s| s.urgency())
            .max()
            .unwrap_or(Urgency::SeeDoctor),
        since: latest.at.date_naive(),
        screen: latest.id.clone(),
        flags,
    })
}
