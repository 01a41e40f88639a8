//! The coach layer: what a session needs, for every face alike (the full-screen coach, the plain
//! coach, the voice). Faces only ask, show and speak: they turn keys or lines into an [`Action`],
//! hand it to the [`Coach`] with the time `now`, and show or speak the [`CoachEvent`]s that come
//! back. The coach decides and saves: it is the only place that takes the lock, saves the
//! checkpoint, resumes, ends and saves a session. No terminal, no clock: `now` is passed in.

mod event;
mod open;
mod pace;
mod questions;
pub mod safety;
mod session;

pub use event::{CoachEvent, Countdown, Ending, ExerciseRef, TempoPhase};
pub use open::{CutOff, Enrol, close_cut_off, cut_off, enrolment, lock, resume_question};
pub use pace::{DEFAULT_TEMPO, tempo, worth_saying};
pub use questions::{Answer, Answers, Kind, Question};
pub use session::{Coach, HIGH_PAIN, HURT_WHICH, Setup, Stage};

/// The check-in, check-out and pain-log questions.
pub mod forms {
    pub use super::questions::{check_in, check_out, pain_log};
}

use crate::journal::{Score, SkipReason};
use crate::session::HurtChoice;

/// What the patient asks of a session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// The check-in questions are answered (by name: `pain_now`, `pain_average`,
    /// `morning_settled`, `morning_pain`, `anything_new`).
    CheckIn(Answers),
    /// Start (a resumed session: say where it stands).
    Start,
    /// A set of repetitions is done, a rest or timer is cut short.
    SetDone,
    /// Stop the clock.
    Pause,
    /// Run the clock again.
    Resume,
    /// Skip the rest of this exercise, for a reason.
    Skip(SkipReason),
    /// "This hurts": the clock stops, a pain score is asked.
    Hurts,
    /// The pain now, after "this hurts".
    HurtPain(Score),
    /// What to do after "this hurts".
    HurtChoice(HurtChoice),
    /// The check-out questions are answered (by name: `pain_during`, `effort`, `pain_after`,
    /// `note`); whatever was not answered is left out. The session is saved.
    Finish(Answers),
    /// Stop now: what was done is saved as a partial session.
    Quit,
}

#[cfg(test)]
mod tests;
