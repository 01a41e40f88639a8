//! The steps of a session, built from the planned exercises: get ready, every set (each side, each
//! hold), rests between sets and exercises, side switches, and the check-in and check-out
//! questions. Durations are in milliseconds of the session's monotonic clock.

use crate::journal::Side;
use crate::model::{DoseKind, Prescription};

/// Seconds to get into position before the first exercise.
pub const GET_READY_SECONDS: u32 = 10;
/// Seconds to change sides.
pub const SWITCH_SIDE_SECONDS: u32 = 5;
/// Seconds to relax between two holds of one set.
pub const RELAX_SECONDS: u32 = 3;
/// Seconds of rest between two exercises.
pub const BETWEEN_EXERCISES_SECONDS: u32 = 30;
/// Seconds one slow breath takes (about five to six breaths a minute).
pub const SECONDS_PER_BREATH: u32 = 6;

/// What one step of work asks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Work {
    /// A set of repetitions; done when the patient says so.
    Reps {
        /// Repetitions.
        reps: u32,
        /// Seconds to hold at the end of each repetition.
        hold_seconds: Option<u32>,
        /// Tempo such as "2-1-2".
        tempo: Option<String>,
    },
    /// One hold, timed.
    Hold {
        /// Which hold of the set (1-based).
        hold: u32,
        /// Holds in the set.
        of: u32,
        /// Seconds.
        seconds: u32,
    },
    /// A timed bout.
    Timed {
        /// Seconds.
        seconds: u32,
    },
    /// Slow breaths, paced.
    Breaths {
        /// Breaths.
        breaths: u32,
    },
}

/// One step of a session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// The questions before the session.
    CheckIn,
    /// Time to get into position.
    GetReady,
    /// Work on one exercise.
    Work {
        /// Index of the exercise in the session.
        exercise: usize,
        /// Set (1-based).
        set: u32,
        /// Sets planned.
        sets: u32,
        /// The side, for exercises done per side.
        side: Option<Side>,
        /// What to do.
        work: Work,
        /// Whether finishing this step finishes a set (or one side of it).
        ends_set: bool,
    },
    /// Change sides.
    SwitchSide {
        /// Index of the exercise.
        exercise: usize,
    },
    /// Relax between holds of one set.
    Relax {
        /// Index of the exercise.
        exercise: usize,
    },
    /// Rest between sets or exercises; `next` is the exercise that comes next.
    Rest {
        /// Seconds.
        seconds: u32,
        /// Index of the exercise that comes next.
        next: usize,
    },
    /// The questions after the session.
    CheckOut,
}

impl Step {
    /// How long the step lasts when it runs on a timer (milliseconds); `None` when it waits for
    /// the patient.
    pub fn duration_ms(&self) -> Option<u64> {
        let seconds = match self {
            Step::CheckIn | Step::CheckOut => return None,
            Step::GetReady => GET_READY_SECONDS,
            Step::Work { work, .. } => match work {
                Work::Reps { .. } => return None,
                Work::Hold { seconds, .. } | Work::Timed { seconds } => *seconds,
                Work::Breaths { breaths } => breaths * SECONDS_PER_BREATH,
            },
            Step::SwitchSide { .. } => SWITCH_SIDE_SECONDS,
            Step::Relax { .. } => RELAX_SECONDS,
            Step::Rest { seconds, .. } => *seconds,
        };
        Some(u64::from(seconds) * 1000)
    }

    /// The exercise this step belongs to (rests belong to the one that comes next).
    pub fn exercise(&self) -> Option<usize> {
        match self {
            Step::Work { exercise, .. }
            | Step::SwitchSide { exercise }
            | Step::Relax { exercise } => Some(*exercise),
            Step::Rest { next, .. } => Some(*next),
            _ => None,
        }
    }
}

/// The work steps of one exercise (no rest after its last set).
pub fn exercise_steps(exercise: usize, dose: &Prescription) -> Vec<Step> {
    let mut steps = Vec::new();
    let sides: &[Option<Side>] = if dose.per_side {
        &[Some(Side::Left), Some(Side::Right)]
    } else {
        &[None]
    };
    let sets = dose.sets.max(1);
    for set in 1..=sets {
        for side in sides {
            if *side == Some(Side::Right) {
                steps.push(Step::SwitchSide { exercise });
            }
            let work = |work: Work, ends_set: bool| Step::Work {
                exercise,
                set,
                sets,
                side: *side,
                work,
                ends_set,
            };
            match dose.kind {
                DoseKind::Reps => steps.push(work(
                    Work::Reps {
                        reps: dose.reps_in_set(set).unwrap_or(1),
                        hold_seconds: dose.hold_seconds,
                        tempo: dose.tempo.clone(),
                    },
                    true,
                )),
                DoseKind::Hold => {
                    let holds = dose.reps_in_set(set).unwrap_or(1).max(1);
                    for hold in 1..=holds {
                        steps.push(work(
                            Work::Hold {
                                hold,
                                of: holds,
                                seconds: dose.hold_seconds.unwrap_or(10),
                            },
                            hold == holds,
                        ));
                        if hold < holds {
                            steps.push(Step::Relax { exercise });
                        }
                    }
                }
                DoseKind::Timed => steps.push(work(
                    Work::Timed {
                        seconds: dose.duration_seconds.unwrap_or(60),
                    },
                    true,
                )),
                DoseKind::Breaths => steps.push(work(
                    Work::Breaths {
                        breaths: dose.breaths.unwrap_or(5),
                    },
                    true,
                )),
            }
        }
        if set < sets && dose.rest_seconds > 0 {
            steps.push(Step::Rest {
                seconds: dose.rest_seconds,
                next: exercise,
            });
        }
    }
    steps
}

/// The whole session: check-in, get ready, every exercise with rests between, check-out.
pub fn session_steps(doses: &[Prescription]) -> Vec<Step> {
    let mut steps = vec![Step::CheckIn, Step::GetReady];
    for (i, dose) in doses.iter().enumerate() {
        if i > 0 {
            steps.push(Step::Rest {
                seconds: BETWEEN_EXERCISES_SECONDS,
                next: i,
            });
        }
        steps.extend(exercise_steps(i, dose));
    }
    steps.push(Step::CheckOut);
    steps
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Reps;

    fn dose(
        kind: DoseKind,
        sets: u32,
        reps: Option<u32>,
        hold: Option<u32>,
        per_side: bool,
    ) -> Prescription {
        Prescription {
            kind,
            sets,
            reps: reps.map(Reps::from),
            hold_seconds: hold,
            duration_seconds: None,
            breaths: None,
            tempo: None,
            rest_seconds: 30,
            per_side,
        }
    }

    #[test]
    fn per_side_sets_go_left_then_right_with_a_switch() {
        let steps = exercise_steps(0, &dose(DoseKind::Reps, 2, Some(6), Some(10), true));
        let shape: Vec<&str> = steps
            .iter()
            .map(|s| match s {
                Step::Work {
                    side: Some(Side::Left),
                    ..
                } => "L",
                Step::Work {
                    side: Some(Side::Right),
                    ..
                } => "R",
                Step::SwitchSide { .. } => "switch",
                Step::Rest { .. } => "rest",
                _ => "?",
            })
            .collect();
        assert_eq!(shape, ["L", "switch", "R", "rest", "L", "switch", "R"]);
    }

    #[test]
    fn holds_are_timed_one_by_one_and_the_last_ends_the_set() {
        let steps = exercise_steps(0, &dose(DoseKind::Hold, 1, Some(3), Some(10), false));
        assert_eq!(steps.len(), 5, "hold, relax, hold, relax, hold");
        assert_eq!(steps[0].duration_ms(), Some(10_000));
        assert_eq!(steps[1].duration_ms(), Some(3_000));
        assert!(matches!(steps[4], Step::Work { ends_set: true, .. }));
        assert!(matches!(
            steps[0],
            Step::Work {
                ends_set: false,
                ..
            }
        ));
    }

    #[test]
    fn a_session_opens_with_a_check_in_and_closes_with_a_check_out() {
        let doses = [
            dose(DoseKind::Reps, 1, Some(5), None, false),
            dose(DoseKind::Reps, 1, Some(5), None, false),
        ];
        let steps = session_steps(&doses);
        assert_eq!(steps.first(), Some(&Step::CheckIn));
        assert_eq!(steps.last(), Some(&Step::CheckOut));
        assert!(steps.contains(&Step::Rest {
            seconds: BETWEEN_EXERCISES_SECONDS,
            next: 1
        }));
    }
}
