//! A clinician's clearance: the patient's record that a doctor or physiotherapist has checked
//! them since the answer that paused the program. It is its own journal entry (kind `cleared`);
//! only such a record lifts a red-flag lock.

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::i18n::Msg;
use crate::journal::{Body, Entry, EntryKind, new_id};

use super::lock::{Lock, Screening, lock_state};

/// Who checked the patient.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Clinician {
    /// A doctor (huisarts/GP, emergency department, specialist).
    Doctor,
    /// A physiotherapist (kinesitherapeut).
    Physio,
}

impl Clinician {
    /// The kebab-case name, as in files and on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Clinician::Doctor => "doctor",
            Clinician::Physio => "physio",
        }
    }
}

/// The body of a `cleared` entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Clearance {
    /// The day the doctor or physiotherapist checked the patient.
    pub checked_on: NaiveDate,
    /// Who checked them, when the patient said.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<Clinician>,
    /// The id of the red-flag screen whose answer paused the program (the latest one it clears).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clears: Option<String>,
    /// Free note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// Why a clearance cannot be recorded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Refused {
    /// The program is not paused: there is nothing to clear.
    #[error("nothing is locked: no warning sign is waiting for a clinician's check")]
    NothingLocked,
    /// The check was before the answer that paused the program.
    #[error("{checked_on} is before the answer of {since} that paused the program")]
    BeforeLock {
        /// The date given.
        checked_on: NaiveDate,
        /// The day of the answer that paused the program.
        since: NaiveDate,
    },
    /// The check is in the future.
    #[error("{checked_on} is in the future (today is {today})")]
    InFuture {
        /// The date given.
        checked_on: NaiveDate,
        /// Today.
        today: NaiveDate,
    },
}

/// Checks a clearance against the lock in force and builds its journal entry, dated `now` (the
/// moment it is recorded). Refuses when nothing is locked, when `checked_on` is before the answer
/// that locked, or after `now`'s date. The caller writes the entry.
pub fn clearance_entry(
    screening: &Screening,
    checked_on: NaiveDate,
    by: Option<Clinician>,
    note: Option<String>,
    now: DateTime<FixedOffset>,
    rng: &mut fastrand::Rng,
) -> Result<Entry, Refused> {
    let lock = lock_state(screening).ok_or(Refused::NothingLocked)?;
    check_date(&lock, checked_on, now.date_naive())?;
    let body = Clearance {
        checked_on,
        by,
        clears: Some(lock.screen.clone()),
        note: note.filter(|n| !n.trim().is_empty()),
    };
    Ok(Entry::new(
        new_id(now, EntryKind::Cleared, rng),
        now,
        now,
        Body::Cleared(body),
    ))
}

impl Refused {
    /// The refusal in words.
    pub fn msg(&self) -> Msg {
        match self {
            Refused::NothingLocked => Msg::new("cleared-nothing-locked"),
            Refused::BeforeLock { checked_on, since } => Msg::new("cleared-before-lock")
                .arg("date", checked_on.to_string())
                .arg("since", since.to_string()),
            Refused::InFuture { checked_on, today } => Msg::new("cleared-in-future")
                .arg("date", checked_on.to_string())
                .arg("today", today.to_string()),
        }
    }
}

/// Whether `checked_on` can clear `lock` on `today`.
pub fn check_date(lock: &Lock, checked_on: NaiveDate, today: NaiveDate) -> Result<(), Refused> {
    if checked_on > today {
        return Err(Refused::InFuture { checked_on, today });
    }
    if checked_on < lock.since {
        return Err(Refused::BeforeLock {
            checked_on,
            since: lock.since,
        });
    }
    Ok(())
}

impl std::str::FromStr for Clinician {
    type Err = String;

    fn from_str(text: &str) -> Result<Clinician, String> {
        match text.trim() {
            "doctor" => Ok(Clinician::Doctor),
            "physio" => Ok(Clinician::Physio),
            other => Err(format!("'{other}' is not 'doctor' or 'physio'")),
        }
    }
}
