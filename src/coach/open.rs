//! Before and around a session: one coach at a time (the lock), a session cut off earlier (resume
//! it or close it as partial), and enrolling in a program.

use std::path::Path;

use chrono::{DateTime, FixedOffset, NaiveDate};

use crate::i18n::Msg;
use crate::journal::checkpoint::{self, Checkpoint};
use crate::journal::{
    Body, CoachLock, Enrolment, EnrolmentAction, Entry, EntryKind, LockError, Score, WriteFailure,
    new_id,
};
use crate::model::{Program, Weekday};

use super::questions::{Kind, Question};

/// Takes the coach lock: one coach (full-screen or plain) at a time on a data folder. Held until
/// dropped.
pub fn lock(data_dir: &Path) -> Result<CoachLock, LockError> {
    CoachLock::try_acquire(data_dir)
}

/// A session cut off earlier, waiting to be resumed or closed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CutOff {
    /// None.
    Nothing,
    /// A checkpoint that cannot be read (it stays on disk); the reason with its path.
    Damaged(String),
    /// A session to resume or close.
    Waiting(Box<Checkpoint>),
}

/// The session cut off earlier, if any. A checkpoint whose session the journal already holds
/// (kern stopped between saving it and removing the checkpoint) is removed: never saved twice.
pub fn cut_off(data_dir: &Path) -> CutOff {
    match checkpoint::load(data_dir) {
        Ok(None) => CutOff::Nothing,
        Err(reason) => CutOff::Damaged(reason),
        Ok(Some(saved)) if checkpoint::already_saved(data_dir, &saved) => {
            let _ = checkpoint::clear(data_dir);
            CutOff::Nothing
        }
        Ok(Some(saved)) => CutOff::Waiting(Box::new(saved)),
    }
}

/// "Resume the session of DATE (N sets done)?", answered by the name `resume`.
pub fn resume_question(saved: &Checkpoint) -> Question {
    let sets: usize = saved.session.exercises.iter().map(|e| e.sets.len()).sum();
    Question::new(
        "resume",
        Msg::new("plain-resume")
            .arg("date", saved.session.planned_date.to_string())
            .num("sets", sets as i64),
        Kind::YesNo,
    )
}

/// Closes a session cut off earlier as a partial session in the journal (the checkpoint goes
/// once it is saved).
pub fn close_cut_off(
    data_dir: &Path,
    saved: Checkpoint,
    now: DateTime<FixedOffset>,
    rng: &mut fastrand::Rng,
) -> Result<Entry, WriteFailure> {
    checkpoint::close_as_partial(data_dir, saved, now, rng)
}

/// What an enrolment records.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Enrol {
    /// The program's id.
    pub program: String,
    /// The first day.
    pub start_date: NaiveDate,
    /// The weekdays of the sessions.
    pub weekdays: Vec<Weekday>,
    /// Activities the back makes hard (for the function score).
    pub activities: Vec<String>,
    /// The usual pain.
    pub usual_pain: Option<Score>,
}

/// The enrolment entry: a start, or a switch when a program is already followed.
pub fn enrolment(
    enrol: Enrol,
    program: &Program,
    already_enrolled: bool,
    now: DateTime<FixedOffset>,
    rng: &mut fastrand::Rng,
) -> Entry {
    let action = if already_enrolled {
        EnrolmentAction::Switch
    } else {
        EnrolmentAction::Start
    };
    let body = Body::Enrolment(Enrolment {
        action,
        program: enrol.program,
        program_version: program.version,
        start_date: enrol.start_date,
        weekdays: enrol.weekdays,
        activities: enrol.activities,
        usual_pain: enrol.usual_pain,
        reason: None,
    });
    Entry::new(new_id(now, EntryKind::Enrolment, rng), now, now, body)
}
