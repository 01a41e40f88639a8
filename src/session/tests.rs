//! Timing and flow tests of the session engine on a fake clock.

use super::*;
use crate::journal::{ExerciseRecord, Score, Side, SkipReason};
use crate::model::{DoseKind, Prescription};

fn hold(sets: u32, seconds: u32, rest: u32) -> Prescription {
    Prescription {
        kind: DoseKind::Hold,
        sets,
        reps: Some(1.into()),
        hold_seconds: Some(seconds),
        duration_seconds: None,
        breaths: None,
        tempo: None,
        rest_seconds: rest,
        per_side: false,
    }
}

fn reps(sets: u32, reps: u32, per_side: bool) -> Prescription {
    Prescription {
        kind: DoseKind::Reps,
        reps: Some(reps.into()),
        hold_seconds: None,
        per_side,
        ..hold(sets, 0, 30)
    }
}

fn exercise(id: &str, dose: Prescription) -> SessionExercise {
    SessionExercise {
        id: id.into(),
        dose,
        easier: None,
    }
}

/// Starts and answers the check-in at `t`, then waits out "get ready" (10 s).
fn started(engine: &mut Engine, t: Millis) -> Millis {
    engine.start(t);
    engine.done(t);
    let ready_end = t + 10_000;
    engine.advance(ready_end);
    ready_end
}

#[test]
fn a_45_second_hold_ends_at_exactly_45_seconds() {
    let mut engine = Engine::new(vec![exercise("plank", hold(1, 45, 0))], 5);
    let t = started(&mut engine, 0);
    assert_eq!(engine.deadline(), Some(t + 45_000));
    assert!(engine.advance(t + 44_999).is_empty());
    let events = engine.advance(t + 45_000);
    assert!(events.contains(&Event::TimerEnded(2)));
    assert_eq!(engine.records()[0].sets[0].seconds, Some(45));
    assert_eq!(engine.current(), &Step::CheckOut);
    assert_eq!(engine.step_started(), t + 45_000);
}

#[test]
fn a_10_second_pause_moves_the_end_by_exactly_10_seconds() {
    let mut engine = Engine::new(vec![exercise("plank", hold(1, 45, 0))], 5);
    let t = started(&mut engine, 0);
    engine.pause(t + 20_000);
    assert_eq!(
        engine.remaining(t + 29_000),
        Some(25_000),
        "a paused timer does not run"
    );
    engine.resume_clock(t + 30_000);
    assert_eq!(engine.deadline(), Some(t + 55_000));
    assert!(engine.advance(t + 54_999).is_empty());
    engine.advance(t + 55_000);
    assert_eq!(
        engine.records()[0].sets[0].seconds,
        Some(45),
        "the pause does not count as holding"
    );
    assert_eq!(engine.active_ms(t + 55_000), t + 55_000 - 10_000);
}

#[test]
fn an_hour_long_simulated_session_ends_with_zero_drift() {
    // 12 exercises of 5 holds x 50 s with 10 s rests, and 30 s between exercises.
    let exercises: Vec<SessionExercise> = (0..12)
        .map(|i| exercise(&format!("e{i}"), hold(5, 50, 10)))
        .collect();
    let per_exercise = 5 * 50_000 + 4 * 10_000;
    let expected = 10_000 + 12 * per_exercise + 11 * 30_000;
    let mut engine = Engine::new(exercises, 5);
    engine.start(0);
    engine.done(0);
    // Wake up at odd moments, as a real event loop does, late by up to 37 ms each time.
    let mut now = 0;
    let mut rng = fastrand::Rng::with_seed(42);
    while engine.current() != &Step::CheckOut {
        now += 250 + rng.u64(0..37);
        engine.advance(now);
    }
    assert_eq!(
        engine.step_started(),
        expected as u64,
        "the last timer ended exactly on time"
    );
    assert_eq!(expected, 3_820_000, "about an hour: 63 min 40 s");
}

#[test]
fn per_side_sets_are_recorded_left_then_right_and_each_is_a_checkpoint() {
    let mut engine = Engine::new(vec![exercise("bird-dog", reps(1, 6, true))], 5);
    let t = started(&mut engine, 0);
    let events = engine.done(t + 40_000);
    assert!(
        events
            .iter()
            .any(|e| matches!(e, Event::SetCompleted { set, .. } if set.side == Some(Side::Left)))
    );
    assert!(matches!(engine.current(), Step::SwitchSide { .. }));
    engine.advance(t + 45_000);
    let events = engine.done(t + 80_000);
    assert!(
        events
            .iter()
            .any(|e| matches!(e, Event::SetCompleted { set, .. } if set.side == Some(Side::Right)))
    );
    assert!(engine.records()[0].all_sets_done());
}

#[test]
fn pain_above_the_limit_offers_no_way_to_push_through() {
    let mut engine = Engine::new(
        vec![SessionExercise {
            easier: Some(("quadruped-lift".into(), reps(2, 8, true))),
            ..exercise("bird-dog", reps(3, 6, true))
        }],
        5,
    );
    let t = started(&mut engine, 0);
    engine.hurts(t + 5_000);
    assert!(engine.is_hurting());
    let options = engine.hurt_pain(Score::new(7).unwrap());
    assert!(!options.may_continue);
    assert_eq!(options.easier.as_deref(), Some("quadruped-lift"));
    engine.hurt_choice(t + 6_000, HurtChoice::Continue);
    assert!(
        engine.records()[0].skipped.is_some(),
        "continue is refused and becomes a skip"
    );
    assert_eq!(
        engine.records()[0].skipped.as_ref().map(|s| s.reason),
        Some(SkipReason::Pain)
    );
}

#[test]
fn the_easier_variant_takes_over_the_rest_of_the_exercise() {
    let mut engine = Engine::new(
        vec![SessionExercise {
            easier: Some(("quadruped-lift".into(), reps(2, 8, true))),
            ..exercise("bird-dog", reps(3, 6, true))
        }],
        5,
    );
    let t = started(&mut engine, 0);
    engine.hurts(t + 5_000);
    engine.hurt_pain(Score::new(4).unwrap());
    let events = engine.hurt_choice(t + 6_000, HurtChoice::Easier);
    assert!(events.contains(&Event::ExerciseReplaced {
        exercise: 0,
        by: "quadruped-lift".into()
    }));
    assert!(matches!(
        engine.current(),
        Step::Work {
            work: Work::Reps { reps: 8, .. },
            ..
        }
    ));
    assert_eq!(
        engine.records()[0].replaced_by.as_deref(),
        Some("quadruped-lift")
    );
}

#[test]
fn resuming_from_a_checkpoint_continues_after_the_last_completed_set() {
    let exercises = vec![
        exercise("bird-dog", reps(2, 6, true)),
        exercise("plank", hold(1, 20, 0)),
    ];
    let mut engine = Engine::new(exercises.clone(), 5);
    let t = started(&mut engine, 0);
    engine.done(t + 30_000); // set 1, left
    let next_step = engine.index();
    let saved = engine.records().to_vec();
    let resumed = Engine::resume(exercises, 5, saved.clone(), next_step, 1_000_000);
    assert_eq!(resumed.index(), next_step);
    assert_eq!(resumed.records(), saved.as_slice());
    assert!(matches!(resumed.current(), Step::SwitchSide { .. }));
}

#[test]
fn quitting_ends_a_partial_session() {
    let mut engine = Engine::new(vec![exercise("plank", hold(3, 20, 30))], 5);
    let t = started(&mut engine, 0);
    let events = engine.quit(t + 1_000);
    assert!(events.contains(&Event::Ended { complete: false }));
    assert_eq!(engine.ended(), Some(false));
}

#[test]
fn skipping_moves_to_the_next_exercise_with_the_reason_kept() {
    let exercises = vec![
        exercise("bird-dog", reps(2, 6, true)),
        exercise("plank", hold(1, 20, 0)),
    ];
    let mut engine = Engine::new(exercises, 5);
    let t = started(&mut engine, 0);
    engine.skip(t + 1_000, SkipReason::Time);
    assert_eq!(
        engine.records()[0].skipped.as_ref().map(|s| s.reason),
        Some(SkipReason::Time)
    );
    assert_eq!(engine.current().exercise(), Some(1));
}

/// Runs the engine to its check-out (every set done, every timer waited out), calling `each_set`
/// after every completed set. Returns the time it got there.
fn run_to_check_out(
    engine: &mut Engine,
    mut t: Millis,
    mut each_set: impl FnMut(&Engine),
) -> Millis {
    while engine.ended().is_none() && engine.current() != &Step::CheckOut {
        let events = match engine.deadline() {
            Some(deadline) => {
                t = deadline;
                engine.advance(t)
            }
            None => {
                t += 20_000;
                engine.done(t)
            }
        };
        if events
            .iter()
            .any(|e| matches!(e, Event::SetCompleted { .. }))
        {
            each_set(engine);
        }
    }
    t
}

fn pairs(record: &ExerciseRecord) -> Vec<(u32, Option<Side>)> {
    record.sets.iter().map(|s| (s.set, s.side)).collect()
}

/// Bird-dog, 2 sets per side, hurting on the right side of set 1 and switching to `easier`;
/// returns the engine at that moment, the exercises and the time.
fn hurt_on_the_right(easier: Prescription) -> (Engine, Vec<SessionExercise>, Millis) {
    let exercises = vec![
        SessionExercise {
            easier: Some(("quadruped-lift".into(), easier)),
            ..exercise("bird-dog", reps(2, 6, true))
        },
        exercise("plank", hold(2, 20, 30)),
    ];
    let mut engine = Engine::new(exercises.clone(), 5);
    let t = started(&mut engine, 0);
    engine.done(t + 20_000); // set 1, left
    let t = t + 20_000 + 5_000;
    engine.advance(t); // change sides
    assert!(matches!(
        engine.current(),
        Step::Work {
            set: 1,
            side: Some(Side::Right),
            ..
        }
    ));
    engine.hurts(t + 1_000);
    engine.hurt_pain(Score::new(3).unwrap());
    engine.hurt_choice(t + 2_000, HurtChoice::Easier);
    (engine, exercises, t + 2_000)
}

#[test]
fn the_easier_variant_on_the_right_side_keeps_the_left_side_done() {
    let (mut engine, _, t) = hurt_on_the_right(reps(2, 8, true));
    assert!(matches!(
        engine.current(),
        Step::Work {
            set: 1,
            side: Some(Side::Right),
            work: Work::Reps { reps: 8, .. },
            ..
        }
    ));
    run_to_check_out(&mut engine, t, |_| {});
    assert_eq!(
        pairs(&engine.records()[0]),
        [
            (1, Some(Side::Left)),
            (1, Some(Side::Right)),
            (2, Some(Side::Left)),
            (2, Some(Side::Right)),
        ],
        "set 1 left once, not again with the easier variant"
    );
}

#[test]
fn a_session_resumed_after_a_replacement_goes_on_where_it_stopped() {
    let variants = [
        reps(2, 8, true),
        reps(3, 8, false),
        hold(3, 10, 20),
        Prescription {
            per_side: true,
            reps: Some(2.into()),
            ..hold(2, 10, 20)
        },
    ];
    for easier in variants {
        let (mut engine, exercises, t) = hurt_on_the_right(easier.clone());
        let mut resumed_at = 0;
        run_to_check_out(&mut engine, t, |live| {
            let resumed = Engine::resume(
                exercises.clone(),
                5,
                live.records().to_vec(),
                live.index(),
                1_000_000,
            );
            assert_eq!(
                &resumed.steps()[resumed.index()..],
                &live.steps()[live.index()..],
                "{easier:?}: resumed after {:?}",
                live.records()
            );
            assert_eq!(resumed.records(), live.records());
            resumed_at += 1;
        });
        assert!(resumed_at >= 3, "{easier:?}");
        let done = pairs(&engine.records()[0]);
        let mut unique = done.clone();
        unique.dedup();
        assert_eq!(unique, done, "{easier:?}: no set twice");
    }
}

#[test]
fn a_pyramid_counts_its_own_reps_or_holds_in_each_set() {
    // McGill's 5-3-1: three sets of 5, 3 and 1 holds of 10 s.
    let pyramid = Prescription {
        reps: Some(crate::model::Reps::PerSet(vec![5, 3, 1])),
        ..hold(3, 10, 30)
    };
    let holds_per_set = |steps: &[Step]| -> Vec<u32> {
        steps
            .iter()
            .filter_map(|s| match s {
                Step::Work {
                    work: Work::Hold { hold, of, .. },
                    ..
                } if hold == of => Some(*of),
                _ => None,
            })
            .collect()
    };
    assert_eq!(
        holds_per_set(&crate::session::steps::exercise_steps(0, &pyramid)),
        [5, 3, 1]
    );
    let mut engine = Engine::new(vec![exercise("mcgill-curl-up", pyramid)], 5);
    let t = started(&mut engine, 0);
    run_to_check_out(&mut engine, t, |_| {});
    let done: Vec<(u32, Option<u32>)> = engine.records()[0]
        .sets
        .iter()
        .map(|s| (s.set, s.reps))
        .collect();
    assert_eq!(done, [(1, Some(5)), (2, Some(3)), (3, Some(1))]);
    assert!(engine.records()[0].all_sets_done());

    // Repetitions set by set: 10-8-6 per side, each side of each set as planned.
    let reps_pyramid = Prescription {
        reps: Some(crate::model::Reps::PerSet(vec![10, 8, 6])),
        ..reps(3, 0, true)
    };
    let mut engine = Engine::new(vec![exercise("bird-dog", reps_pyramid)], 5);
    let t = started(&mut engine, 0);
    run_to_check_out(&mut engine, t, |_| {});
    let done: Vec<Option<u32>> = engine.records()[0].sets.iter().map(|s| s.reps).collect();
    assert_eq!(
        done,
        [Some(10), Some(10), Some(8), Some(8), Some(6), Some(6)]
    );
}
