//! "Which exercise(s) hurt?": when a session's pain calls for the question (pain during that
//! stops a step up, or pain after 2 or more points above the pain before), which exercises to
//! offer, and whom a session's pain then belongs to. The coaches ask; the plan uses the answer.

use crate::journal::{ExerciseRecord, HurtAnswer, Score, SessionRecord};
use crate::model::Progression;

/// Pain after the session this many points above the pain before it asks the question.
pub const PAIN_AFTER_RISE: u32 = 2;

/// Whether to ask which exercise(s) hurt at the end of a session: pain during at or above the
/// program's hold level or above its limit for a step up (`pain_during_hold`,
/// `pain_during_max`), or pain after at least [`PAIN_AFTER_RISE`] above the pain before.
/// Unknown answers never ask.
pub fn needs_hurt_question(
    rules: &Progression,
    pain_before: Option<Score>,
    pain_during_max: Option<Score>,
    pain_after: Option<Score>,
) -> bool {
    let during = pain_during_max.map(|p| u32::from(p.get()));
    let during_high =
        during.is_some_and(|p| p >= rules.pain_during_hold || p > rules.pain_during_max);
    during_high || pain_rose(pain_before, pain_after)
}

/// Whether pain after a session is at least [`PAIN_AFTER_RISE`] above the pain before it.
pub fn pain_rose(pain_before: Option<Score>, pain_after: Option<Score>) -> bool {
    match (pain_before, pain_after) {
        (Some(before), Some(after)) => {
            u32::from(after.get()) >= u32::from(before.get()) + PAIN_AFTER_RISE
        }
        _ => false,
    }
}

/// The exercises to offer, as planned ids in session order, each once: those the session
/// reached (sets done, skipped or swapped for the easier variant). "Not sure" is always offered
/// besides these.
pub fn hurt_choices(records: &[ExerciseRecord]) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    for record in records {
        let reached =
            !record.sets.is_empty() || record.skipped.is_some() || record.replaced_by.is_some();
        if reached && !ids.contains(&record.exercise) {
            ids.push(record.exercise.clone());
        }
    }
    ids
}

/// Whether the pain a session recorded as a whole (pain during, the next morning) counts for
/// exercise `id`: always, unless the patient named other exercises.
pub fn blamed(session: &SessionRecord, id: &str) -> bool {
    session.hurt.as_ref().is_none_or(|h| h.blames(id))
}

/// Whether the patient named exercise `id` as the one that hurt (not "not sure").
pub fn named(session: &SessionRecord, id: &str) -> bool {
    session
        .hurt
        .as_ref()
        .is_some_and(|h: &HurtAnswer| !h.not_sure && h.exercises.iter().any(|e| e == id))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::{SetRecord, Skip, SkipReason};
    use crate::model::{DoseKind, Prescription};

    fn s(v: i64) -> Option<Score> {
        Score::new(v)
    }

    #[test]
    fn the_question_comes_with_pain_that_stops_a_step_up_or_pain_that_rose_by_two() {
        let rules = Progression::default();
        assert!(!needs_hurt_question(&rules, s(3), s(4), s(4)));
        assert!(needs_hurt_question(&rules, s(3), s(5), s(3)), "5 holds");
        assert!(needs_hurt_question(&rules, s(3), s(6), s(3)));
        assert!(needs_hurt_question(&rules, s(3), s(2), s(5)), "after 3 → 5");
        assert!(!needs_hurt_question(&rules, s(3), s(2), s(4)));
        assert!(!needs_hurt_question(&rules, None, None, s(9)));
    }

    fn record(id: &str, sets: usize, skipped: bool) -> ExerciseRecord {
        ExerciseRecord {
            exercise: id.into(),
            planned: Prescription {
                kind: DoseKind::Reps,
                sets: 2,
                reps: Some(8.into()),
                hold_seconds: None,
                duration_seconds: None,
                breaths: None,
                tempo: None,
                rest_seconds: 0,
                per_side: false,
            },
            replaced_by: None,
            sets: (1..=sets as u32)
                .map(|set| SetRecord {
                    set,
                    side: None,
                    reps: Some(8),
                    seconds: None,
                    breaths: None,
                })
                .collect(),
            skipped: skipped.then_some(Skip {
                reason: SkipReason::Pain,
                note: None,
            }),
            pain_during: None,
            effort: None,
        }
    }

    #[test]
    fn only_exercises_the_session_reached_are_offered_once_each() {
        let records = [
            record("bird-dog", 2, false),
            record("glute-bridge", 0, true),
            record("bird-dog", 1, false),
            record("dead-bug", 0, false),
        ];
        assert_eq!(hurt_choices(&records), ["bird-dog", "glute-bridge"]);
    }

    #[test]
    fn naming_exercises_takes_the_pain_off_the_others_and_not_sure_keeps_it_on_all() {
        let named = HurtAnswer {
            exercises: vec!["bird-dog".into()],
            not_sure: false,
        };
        assert!(named.blames("bird-dog"));
        assert!(!named.blames("glute-bridge"));
        let unsure = HurtAnswer {
            exercises: Vec::new(),
            not_sure: true,
        };
        assert!(unsure.blames("glute-bridge"));
    }
}
