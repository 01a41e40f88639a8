//! What to tell a patient whose program is paused: where to go (112 and the emergency department
//! now, or the GP within a day or two) and how to record the clinician's check.

use chrono::NaiveDate;

use crate::i18n::Msg;
use crate::journal::{RedFlagAnswer, RedFlagScreen};

use super::flags::{Urgency, outcome};
use super::lock::Lock;

/// The advice for a lock, in order: where to go, then how to record the check
/// (`kern cleared --on DATE`). Shown at every start of a coach and by every `kern today`.
pub fn advice(lock: &Lock) -> Vec<Msg> {
    vec![urgency_advice(lock.urgency), record_advice(lock.since)]
}

/// Where to go: `notice-red-flag-emergency` (112, do not wait) or `notice-red-flag-doctor`.
pub fn urgency_advice(urgency: Urgency) -> Msg {
    match urgency {
        Urgency::Emergency => Msg::new("notice-red-flag-emergency"),
        _ => Msg::new("notice-red-flag-doctor"),
    }
}

/// How to record the check: `safety-record-check` with `$since`.
pub fn record_advice(since: NaiveDate) -> Msg {
    Msg::new("safety-record-check").arg("since", since.to_string())
}

/// The question a coach asks on the lock: "Has a doctor or physiotherapist checked you since
/// DATE?" (`safety-checked-since` with `$since`).
pub fn checked_since_question(lock: &Lock) -> Msg {
    Msg::new("safety-checked-since").arg("since", lock.since.to_string())
}

/// A screen from its answers, with the outcome they mean.
pub fn screen(answers: Vec<RedFlagAnswer>) -> RedFlagScreen {
    let outcome = outcome(answers.iter().filter(|a| a.present).map(|a| a.flag));
    RedFlagScreen {
        answers,
        outcome,
        clinician_checked: false,
    }
}
