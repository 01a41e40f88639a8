//! Tests of `replay`.
use chrono::Duration;

use super::*;
use crate::catalog::LoadOptions;
use crate::journal::{CheckIn, CheckInContext, ExerciseRecord, NextMorning, SetRecord, Side};
use crate::plan::Dated;

fn at(day: u32, hour: u32) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(&format!("2026-01-{day:02}T{hour:02}:00:00+01:00")).unwrap()
}

/// A complete session at `hour` on `day` with every planned set of `slots` done, pain 2.
fn session(day: u32, slots: &[Slot]) -> Dated<SessionRecord> {
    let exercises = slots
        .iter()
        .map(|slot| {
            let p = &slot.dosed.prescription;
            let sides = if p.per_side { 2 } else { 1 };
            ExerciseRecord {
                exercise: slot.dosed.exercise.clone(),
                planned: p.clone(),
                replaced_by: None,
                sets: (0..p.sets * sides)
                    .map(|i| SetRecord {
                        set: i / sides + 1,
                        side: p.per_side.then_some(Side::Left),
                        reps: p.reps_in_set(i / sides + 1),
                        seconds: p.hold_seconds.or(p.duration_seconds),
                        breaths: p.breaths,
                    })
                    .collect(),
                skipped: None,
                pain_during: None,
                effort: None,
            }
        })
        .collect();
    let start = at(day, 18);
    Dated {
        at: start,
        value: SessionRecord {
            program: "test".into(),
            program_version: 1,
            phase: 1,
            planned_date: start.date_naive(),
            status: SessionStatus::Complete,
            started_at: start,
            ended_at: start + Duration::minutes(30),
            active_seconds: 1200,
            pain_during_max: Score::new(2),
            effort: Score::new(3),
            pain_after: None,
            note: None,
            exercises,
            decisions: Vec::new(),
            hurt: None,
        },
    }
}

fn morning(day: u32, settled: bool) -> Dated<CheckIn> {
    Dated {
        at: at(day, 8),
        value: CheckIn {
            context: CheckInContext::Diary,
            pain_now: Score::new(3).unwrap(),
            pain_average: None,
            next_morning: Some(NextMorning {
                settled,
                pain: Score::new(if settled { 3 } else { 6 }).unwrap(),
            }),
            red_flags_new: None,
            note: None,
        },
    }
}

fn with_program<T>(id: &str, f: impl FnOnce(Planner<'_>) -> T) -> T {
    let catalog = Catalog::load(&LoadOptions::shipped_only());
    let program = catalog.programs[id].value.clone();
    f(Planner {
        catalog: &catalog,
        program: &program,
        usual_pain: Score::new(3),
    })
}

#[test]
fn one_unsettled_morning_counts_for_one_session_only() {
    with_program("core-hip-strength", |planner| {
        let slots = planner.phase_slots(0);
        let history = History {
            sessions: vec![session(5, &slots), session(7, &slots)],
            // Nothing asked after Monday's session; Thursday's answer is about Wednesday's.
            check_ins: vec![morning(8, false)],
            ..History::default()
        };
        let position = planner.replay(&history, at(9, 17));
        assert!(!position.changes.is_empty());
        for d in &position.changes {
            assert_eq!(d.change, Change::Hold, "{d:?}");
            assert_eq!(d.inputs.unsettled_mornings, 1);
        }
    });
}

#[test]
fn a_finished_program_does_not_restart_after_a_break() {
    with_program("gentle-start", |planner| {
        let mut history = History::default();
        for day in 1..=planner.total_sessions() {
            let position = planner.replay(&history, at(day, 18));
            history.sessions.push(session(day, &position.slots));
        }
        let later = at(1, 9) + Duration::days(60);
        let position = planner.replay(&history, later);
        assert_eq!(position.completed, planner.total_sessions());
        assert!(!position.restarted);
    });
}

#[test]
fn a_ladder_step_onto_an_exercise_already_in_the_session_is_not_taken() {
    let catalog = Catalog::load(&LoadOptions::shipped_only());
    let mut program = catalog.programs["pilates-chronic"].value.clone();
    // Only the last phase, which holds both the dead bug and its harder rung.
    program.phases.drain(..2);
    program.phases[0].weeks = [1, program.weeks];
    let planner = Planner {
        catalog: &catalog,
        program: &program,
        usual_pain: Score::new(3),
    };
    let mut history = History::default();
    for day in (5..=25).step_by(2) {
        let position = planner.replay(&history, at(day, 18));
        history.sessions.push(session(day, &position.slots));
    }
    let position = planner.replay(&history, at(27, 18));
    let mut ids: Vec<&str> = position
        .slots
        .iter()
        .map(|s| s.dosed.exercise.as_str())
        .collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), position.slots.len(), "{ids:?}");
    let dead_bug = &position.slots[1].dosed;
    assert_eq!(dead_bug.exercise, "dead-bug");
    assert_eq!(
        dead_bug.prescription.reps,
        Some(10.into()),
        "the top of its range"
    );
}

#[test]
fn lighter_flare_up_sessions_do_not_earn_a_step_up() {
    with_program("core-hip-strength", |planner| {
        let mut lighter = planner.phase_slots(0);
        for slot in &mut lighter {
            slot.dosed.prescription =
                crate::plan::step::reduce_volume(planner.catalog, &slot.dosed, 50);
        }
        let history = History {
            sessions: vec![session(5, &lighter), session(7, &lighter)],
            ..History::default()
        };
        let position = planner.replay(&history, at(9, 17));
        assert!(!position.changes.is_empty());
        for d in &position.changes {
            // The walk is not made shorter for a flare-up, so it was done in full.
            let expected = if d.exercise == "brisk-walking" {
                Change::Progress
            } else {
                Change::Hold
            };
            assert_eq!(d.change, expected, "{d:?}");
        }
    });
}

#[test]
fn a_flare_up_lightens_the_session_and_keeps_the_dose() {
    with_program("core-hip-strength", |planner| {
        let slots = planner.phase_slots(0);
        let mut history = History {
            sessions: vec![session(5, &slots), session(7, &slots)],
            ..History::default()
        };
        for day in [6, 7, 8] {
            let mut raised = morning(day, true);
            raised.value.pain_now = Score::new(6).unwrap();
            history.check_ins.push(raised);
        }
        let position = planner.replay(&history, at(9, 17));
        assert_eq!(position.changes.len(), slots.len());
        for (d, slot) in position.changes.iter().zip(&position.slots) {
            assert_eq!(d.change, Change::FlareUp, "{d:?}");
            assert_eq!(d.from, slot.dosed.prescription, "the dose stays");
            assert!(d.to.sets <= d.from.sets);
        }
        let unchanged: Vec<_> = position.slots.iter().map(|s| &s.dosed).collect();
        let written: Vec<_> = slots.iter().map(|s| &s.dosed).collect();
        assert_eq!(unchanged, written);
    });
}

#[test]
fn pain_in_the_last_session_of_a_phase_lowers_what_goes_on_into_the_next() {
    with_program("core-hip-strength", |planner| {
        let mut history = History::default();
        for day in [5, 7, 9, 12, 14, 16] {
            let position = planner.replay(&history, at(day, 18));
            history.sessions.push(session(day, &position.slots));
        }
        history.sessions[5].value.pain_during_max = Score::new(7);
        let position = planner.replay(&history, at(19, 18));
        assert_eq!(position.phase, 1);
        let written = planner.phase_slots(1);
        // Besides a note for what the new phase raises, a step down for each exercise going on.
        let lowered: Vec<&Decision> = position
            .changes
            .iter()
            .filter(|d| d.change != Change::NewPhase)
            .collect();
        let carried: Vec<&str> = lowered.iter().map(|d| d.exercise.as_str()).collect();
        assert_eq!(
            carried,
            [
                "glute-bridge",
                "bird-dog",
                "side-plank-knees",
                "mcgill-curl-up",
                "sit-to-stand",
                "brisk-walking"
            ]
        );
        // Each goes one step below the larger of the dose reached and the dose written.
        let reached = planner.replay(&history, at(16, 17));
        for d in &lowered {
            let earned = reached
                .slots
                .iter()
                .find(|s| s.dosed.exercise == d.exercise);
            let written = written
                .iter()
                .find(|s| s.dosed.exercise == d.exercise)
                .unwrap();
            let from = match earned {
                Some(e) => {
                    crate::plan::carry::larger(&e.dosed.prescription, &written.dosed.prescription)
                }
                None => written.dosed.prescription.clone(),
            };
            assert_eq!(d.from, from, "{d:?}");
        }
        for d in &lowered {
            assert_eq!(d.change, Change::Regress, "{d:?}");
        }
    });
}

#[test]
fn the_same_exercise_twice_in_a_session_feeds_two_slots() {
    with_program("core-hip-strength", |planner| {
        let slots = planner.phase_slots(0);
        let mut twice = session(5, &slots[..1]);
        let record = twice.value.exercises[0].clone();
        twice.value.exercises.push(record);
        let history = History {
            sessions: vec![twice],
            ..History::default()
        };
        let position = planner.replay(&history, at(6, 18));
        assert_eq!(position.changes.len(), 1);
        assert_eq!(
            position.changes[0].change,
            Change::Hold,
            "one session is not two"
        );
    });
}

#[test]
fn pain_the_patient_puts_on_one_exercise_steps_down_only_that_one() {
    with_program("core-hip-strength", |planner| {
        let slots = planner.phase_slots(0);
        let mut hurt = session(7, &slots);
        hurt.value.pain_during_max = Score::new(7);
        let named = slots[1].dosed.exercise.clone();
        hurt.value.hurt = Some(crate::journal::HurtAnswer {
            exercises: vec![named.clone()],
            not_sure: false,
        });
        let mut history = History {
            sessions: vec![session(5, &slots), hurt.clone()],
            check_ins: vec![morning(6, true), morning(8, false)],
            ..History::default()
        };
        let position = planner.replay(&history, at(9, 17));
        for d in &position.changes {
            let expected = if d.exercise == named {
                Change::Regress
            } else {
                Change::Progress
            };
            assert_eq!(d.change, expected, "{d:?}");
        }
        // "Not sure" keeps the whole-session rule: every exercise steps down.
        hurt.value.hurt = Some(crate::journal::HurtAnswer {
            exercises: Vec::new(),
            not_sure: true,
        });
        history.sessions[1] = hurt;
        let position = planner.replay(&history, at(9, 17));
        for d in &position.changes {
            assert!(
                matches!(
                    d.change,
                    Change::Regress | Change::LadderDown | Change::Hold
                ),
                "{d:?}"
            );
            assert_ne!(d.change, Change::Progress);
        }
    });
}
