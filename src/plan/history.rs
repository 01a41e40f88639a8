//! The part of the journal a plan is computed from: the current enrolment and, in time order, the
//! sessions of its program, the check-ins, red-flag screens and measures since it started.

use chrono::{DateTime, FixedOffset, NaiveDate};

use crate::safety::Screening;

use crate::journal::{
    ActivityRecord, CheckIn, Enrolment, EnrolmentAction, Entry, FunctionScore, GlobalRating,
    RedFlagScreen, SessionRecord,
};

/// A journal fact with the moment it applies to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dated<T> {
    /// When.
    pub at: DateTime<FixedOffset>,
    /// What.
    pub value: T,
}

/// What the plan needs from the journal.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct History {
    /// The enrolment in force (the newest start or switch, unless a stop followed it).
    pub enrolment: Option<Enrolment>,
    /// Sessions of the enrolled program since its start, oldest first.
    pub sessions: Vec<Dated<SessionRecord>>,
    /// Check-ins since the start, oldest first.
    pub check_ins: Vec<Dated<CheckIn>>,
    /// Red-flag screens since the start, oldest first.
    pub red_flags: Vec<Dated<RedFlagScreen>>,
    /// Function scores since the start.
    pub function: Vec<Dated<FunctionScore>>,
    /// Global ratings since the start.
    pub global_ratings: Vec<Dated<GlobalRating>>,
    /// Daily activities recorded since the start (walks on rest days), oldest first.
    pub activities: Vec<Dated<ActivityRecord>>,
    /// Every red-flag screen, clearance and weekly answer given, from before the start too: what
    /// the red-flag lock is worked out from ([`crate::safety::lock_state`]).
    pub screening: Screening,
}

impl History {
    /// Sorts journal entries into a history. Entries must be oldest first (as the journal loads
    /// them); those before the enrolment's start date are left out.
    pub fn from_entries(entries: &[Entry]) -> History {
        let enrolment = entries
            .iter()
            .filter_map(|e| e.enrolment.clone())
            .next_back()
            .filter(|e| e.action != EnrolmentAction::Stop);
        let start: Option<NaiveDate> = enrolment.as_ref().map(|e| e.start_date);
        let program = enrolment.as_ref().map(|e| e.program.clone());
        let mut history = History {
            enrolment,
            screening: Screening::from_entries(entries),
            ..History::default()
        };
        for entry in entries {
            if start.is_some_and(|s| entry.at.date_naive() < s) {
                continue;
            }
            let at = entry.at;
            if let Some(s) = &entry.session
                && Some(&s.program) == program.as_ref()
            {
                history.sessions.push(Dated {
                    at: s.started_at,
                    value: s.clone(),
                });
            }
            if let Some(c) = &entry.check_in {
                history.check_ins.push(Dated {
                    at,
                    value: c.clone(),
                });
            }
            if let Some(r) = &entry.red_flags {
                history.red_flags.push(Dated {
                    at,
                    value: r.clone(),
                });
            }
            if let Some(f) = &entry.function {
                history.function.push(Dated {
                    at,
                    value: f.clone(),
                });
            }
            if let Some(a) = &entry.activity {
                history.activities.push(Dated {
                    at,
                    value: a.clone(),
                });
            }
            if let Some(g) = &entry.global_rating {
                history.global_ratings.push(Dated {
                    at,
                    value: g.clone(),
                });
            }
        }
        history.sessions.sort_by_key(|s| s.at);
        history
    }
}
