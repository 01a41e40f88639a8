//! What the coach tells its faces: every moment a face shows, sounds or speaks, typed and complete
//! (which exercise, its names, the dose, the side, the seconds, the repetition and its tempo
//! phase), so that a face never has to look into the engine to say it.

use crate::journal::{SetRecord, Side, SkipReason};
use crate::model::{LocalizedText, Prescription};
use crate::session::{Millis, Work};

/// An exercise of the session as the faces name it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExerciseRef {
    /// Its place in the session (0-based).
    pub index: usize,
    /// The exercise id (the easier variant's once it took over).
    pub id: String,
    /// Its name in both languages.
    pub name: LocalizedText,
}

/// The part of a repetition, paced by the tempo ("2-1-2": 2 s to move, 1 s to pause, 2 s to
/// return; a hold at the end of each repetition makes the pause that long).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TempoPhase {
    /// Move ("up").
    Move,
    /// Pause or hold at the end of the movement.
    Hold,
    /// Return ("down").
    Return,
}

/// What a countdown is counting down.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Countdown {
    /// Getting into position.
    GetReady,
    /// A hold.
    Hold,
    /// A timed bout.
    Timed,
    /// Slow breaths.
    Breaths,
    /// Changing sides.
    SwitchSide,
    /// Relaxing between two holds.
    Relax,
    /// Resting.
    Rest,
}

/// Why a session ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ending {
    /// Every step done (or deliberately skipped), check-out answered.
    Complete,
    /// Stopped or quit: saved as a partial session.
    Partial,
}

/// What happened in the session, in the order it happened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CoachEvent {
    /// The check-in is saved and the pain now is high: a word of caution before going on.
    HighPain,
    /// The patient reported something new at the check-in: the red-flag questions come next;
    /// this session does not start.
    SomethingNew,
    /// Time to get into position for the first exercise.
    GetReady {
        /// The first exercise.
        exercise: ExerciseRef,
        /// Its dose.
        dose: Prescription,
        /// Seconds to get ready.
        seconds: u32,
    },
    /// A set (or one side of it, or one hold of it) starts.
    SetStarted {
        /// The exercise.
        exercise: ExerciseRef,
        /// Its dose (the easier variant's once it took over).
        dose: Prescription,
        /// The set (1-based).
        set: u32,
        /// Sets planned.
        sets: u32,
        /// The side, for exercises done per side.
        side: Option<Side>,
        /// What the step asks (reps, one hold of several, a timed bout, breaths).
        work: Work,
        /// Whether this is the exercise's first step of work (say its name and dose).
        first: bool,
    },
    /// The first step of the last set of an exercise with more than one set.
    LastSet {
        /// The exercise.
        exercise: ExerciseRef,
    },
    /// One repetition's phase begins, paced by the tempo (only for sets of repetitions).
    Count {
        /// The exercise.
        exercise: ExerciseRef,
        /// The repetition (1-based).
        rep: u32,
        /// Repetitions in the set.
        of: u32,
        /// Which part of the repetition.
        phase: TempoPhase,
        /// Seconds this phase lasts.
        seconds: u32,
        /// The moment it is for (ms on the session clock).
        at: Millis,
    },
    /// A countdown worth saying: every ten seconds (every minute for long bouts) and the last
    /// three. Never sent late: a second that passed while nobody looked is not sent.
    HoldTick {
        /// What is counted down.
        during: Countdown,
        /// Whole seconds left.
        seconds_left: u32,
        /// Seconds the step lasts.
        of: u32,
        /// The moment it is for (ms on the session clock).
        at: Millis,
    },
    /// Change sides.
    SwitchSide {
        /// The exercise.
        exercise: ExerciseRef,
        /// The side that comes next.
        to: Side,
        /// Seconds to change.
        seconds: u32,
    },
    /// Relax between two holds of a set.
    Relax {
        /// Seconds.
        seconds: u32,
    },
    /// A rest begins.
    Rest {
        /// Seconds of rest.
        seconds: u32,
        /// The exercise that comes after it.
        next: ExerciseRef,
    },
    /// The next exercise, said during the rest before it.
    NextUp {
        /// The exercise.
        exercise: ExerciseRef,
        /// Its dose.
        dose: Prescription,
    },
    /// A set (or one side of it) was recorded (and the checkpoint saved).
    SetDone {
        /// The exercise.
        exercise: ExerciseRef,
        /// The set as recorded.
        set: SetRecord,
    },
    /// The clock stopped.
    Paused,
    /// The clock runs again.
    Resumed,
    /// "This hurts": a pain score is asked, then what to do.
    HurtAsked,
    /// An exercise was skipped.
    Skipped {
        /// The exercise.
        exercise: ExerciseRef,
        /// Why.
        reason: SkipReason,
    },
    /// The easier variant replaces the rest of an exercise.
    Replaced {
        /// The exercise as planned.
        exercise: ExerciseRef,
        /// The easier variant now done.
        by: ExerciseRef,
    },
    /// The exercises are over: the check-out questions come next.
    CheckOut,
    /// The session is over and saved to the journal (`saved` false: the write failed, the
    /// entry is kept for the face to offer again).
    Done {
        /// Complete or partial.
        ending: Ending,
        /// Exercises done in full.
        done: usize,
        /// Exercises in the session.
        total: usize,
        /// Whether the journal holds it now.
        saved: bool,
    },
    /// Something could not be written (the checkpoint, or an entry kept for later); the reason in
    /// words from the system.
    NotSaved {
        /// What went wrong.
        reason: String,
    },
}

impl CoachEvent {
    /// Whether this event marks a transition a face rings or flashes for.
    pub fn is_transition(&self) -> bool {
        matches!(
            self,
            CoachEvent::GetReady { .. }
                | CoachEvent::SetStarted { .. }
                | CoachEvent::SwitchSide { .. }
                | CoachEvent::Relax { .. }
                | CoachEvent::Rest { .. }
                | CoachEvent::CheckOut
        )
    }
}
