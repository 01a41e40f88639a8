//! The coach layer on a fake clock: actions in, events out, and what reaches the disk.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::{DateTime, FixedOffset, NaiveDate};

use super::*;
use crate::catalog::{Catalog, LoadOptions};
use crate::journal::checkpoint;
use crate::journal::{EntryKind, Journal, Query, SessionStatus, Side};
use crate::model::{DoseKind, Prescription};
use crate::plan::{PlannedExercise, SessionPlan};
use crate::session::{HurtChoice, Millis, Step, Work};

fn wall() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2026-01-07T09:00:00+01:00").unwrap()
}

fn dose(kind: DoseKind, sets: u32, reps: u32, hold: Option<u32>, per_side: bool) -> Prescription {
    Prescription {
        kind,
        sets,
        reps: Some(reps.into()),
        hold_seconds: hold,
        duration_seconds: None,
        breaths: None,
        tempo: None,
        rest_seconds: 20,
        per_side,
    }
}

fn plan(exercises: &[(&str, Prescription)]) -> SessionPlan {
    SessionPlan {
        program: "core-hip-strength".into(),
        program_version: 1,
        phase: 1,
        number: 1,
        week: 1,
        date: NaiveDate::from_ymd_opt(2026, 1, 7).unwrap(),
        minutes: 10,
        exercises: exercises
            .iter()
            .enumerate()
            .map(|(slot, (id, p))| PlannedExercise {
                slot,
                exercise: (*id).into(),
                prescription: p.clone(),
            })
            .collect(),
    }
}

struct Fixture {
    dir: tempfile::TempDir,
    catalog: Catalog,
}

impl Fixture {
    fn new() -> Fixture {
        Fixture {
            dir: tempfile::tempdir().unwrap(),
            catalog: Catalog::load(&LoadOptions::shipped_only()),
        }
    }

    fn coach(&self, exercises: &[(&str, Prescription)], ask_flags: bool) -> Coach {
        let setup = Setup {
            plan: plan(exercises),
            decisions: Vec::new(),
            ask_morning: false,
            ask_red_flags: ask_flags,
            weekly_since: None,
        };
        Coach::new(setup, &self.catalog, self.dir.path(), wall(), 0)
    }

    fn entries(&self, kind: EntryKind) -> Vec<crate::journal::Entry> {
        Journal::new(self.dir.path())
            .load(&Query {
                kinds: vec![kind],
                ..Query::default()
            })
            .entries
    }
}

fn checked_in(pain: i64) -> Action {
    Action::CheckIn(
        Answers::new()
            .with("pain_now", Answer::Number(pain))
            .with("pain_average", Answer::Number(3)),
    )
}

fn finish(during: i64, effort: i64, after: i64) -> Action {
    Action::Finish(
        Answers::new()
            .with("pain_during", Answer::Number(during))
            .with("effort", Answer::Number(effort))
            .with("pain_after", Answer::Number(after)),
    )
}

/// Ticks every `step` ms from `from` to `to`, collecting the events with their times.
fn run(coach: &mut Coach, from: Millis, to: Millis, step: Millis) -> Vec<(Millis, CoachEvent)> {
    let mut out = Vec::new();
    let mut t = from;
    while t <= to {
        out.extend(coach.tick(t).into_iter().map(|e| (t, e)));
        t += step;
    }
    out
}

#[test]
fn a_session_runs_from_check_in_to_a_saved_complete_session() {
    let fx = Fixture::new();
    let mut coach = fx.coach(
        &[("plank", dose(DoseKind::Hold, 1, 1, Some(20), false))],
        false,
    );
    assert_eq!(coach.stage(), Stage::CheckIn);
    let events = coach.act(0, checked_in(2));
    assert!(
        matches!(&events[0], CoachEvent::GetReady { exercise, seconds: 10, .. } if exercise.id == "plank")
    );
    assert_eq!(
        fx.entries(EntryKind::CheckIn).len(),
        1,
        "the check-in is saved"
    );
    let events = run(&mut coach, 0, 30_000, 250);
    let started = events
        .iter()
        .find(|(_, e)| matches!(e, CoachEvent::SetStarted { .. }))
        .unwrap();
    assert_eq!(started.0, 10_000, "the hold starts when get-ready ends");
    let ticks: Vec<(Millis, u32)> = events
        .iter()
        .filter_map(|(t, e)| match e {
            CoachEvent::HoldTick {
                during: Countdown::Hold,
                seconds_left,
                at,
                ..
            } => {
                assert_eq!(at, t, "said on its second");
                Some((*at, *seconds_left))
            }
            _ => None,
        })
        .collect();
    assert_eq!(
        ticks,
        [(20_000, 10), (27_000, 3), (28_000, 2), (29_000, 1)],
        "the countdown at 10 s and 3-2-1, each on its second"
    );
    assert!(
        events
            .iter()
            .any(|(t, e)| *t == 30_000 && *e == CoachEvent::CheckOut)
    );
    assert!(
        checkpoint::load(fx.dir.path()).unwrap().is_some(),
        "a checkpoint after the set"
    );
    assert_eq!(coach.stage(), Stage::CheckOut);
    let events = coach.act(31_000, finish(2, 5, 1));
    assert!(matches!(
        events.last(),
        Some(CoachEvent::Done {
            ending: Ending::Complete,
            done: 1,
            total: 1,
            saved: true
        })
    ));
    let sessions = fx.entries(EntryKind::Session);
    let session = sessions[0].session.as_ref().unwrap();
    assert_eq!(session.status, SessionStatus::Complete);
    assert_eq!(session.effort.map(|s| s.get()), Some(5));
    assert_eq!(session.pain_after.map(|s| s.get()), Some(1));
    assert_eq!(session.exercises[0].sets[0].seconds, Some(20));
    assert!(
        checkpoint::load(fx.dir.path()).unwrap().is_none(),
        "checkpoint gone"
    );
    assert_eq!(coach.stage(), Stage::Ended);
    assert!(coach.act(32_000, Action::Quit).is_empty(), "saved once");
}

#[test]
fn something_new_at_the_check_in_stops_before_the_session() {
    let fx = Fixture::new();
    let mut coach = fx.coach(
        &[("plank", dose(DoseKind::Hold, 1, 1, Some(20), false))],
        true,
    );
    assert!(
        coach
            .check_in_questions()
            .iter()
            .any(|q| q.name == "anything_new")
    );
    let answers = Answers::new()
        .with("pain_now", Answer::Number(2))
        .with("anything_new", Answer::YesNo(true));
    let events = coach.act(0, Action::CheckIn(answers));
    assert_eq!(events, [CoachEvent::SomethingNew]);
    assert_eq!(coach.stage(), Stage::Ended);
    assert!(fx.entries(EntryKind::Session).is_empty(), "no session");
    let check_in = fx.entries(EntryKind::CheckIn);
    assert_eq!(
        check_in[0].check_in.as_ref().unwrap().red_flags_new,
        Some(true)
    );
}

#[test]
fn high_pain_at_the_check_in_is_answered_with_care() {
    let fx = Fixture::new();
    let mut coach = fx.coach(
        &[("plank", dose(DoseKind::Hold, 1, 1, Some(20), false))],
        false,
    );
    let events = coach.act(0, checked_in(i64::from(HIGH_PAIN) + 1));
    assert_eq!(events[0], CoachEvent::HighPain);
}

#[test]
fn repetitions_are_counted_by_the_tempo_and_hands_free_ends_the_set() {
    let fx = Fixture::new();
    let mut reps = dose(DoseKind::Reps, 2, 2, None, true);
    reps.tempo = Some("2-1-2".into());
    let mut coach = fx.coach(&[("clamshell", reps)], false);
    coach.set_hands_free(true);
    coach.act(0, checked_in(2));
    let events = run(&mut coach, 0, 10_000 + 10_000, 100);
    let counts: Vec<(Millis, u32, TempoPhase)> = events
        .iter()
        .filter_map(|(t, e)| match e {
            CoachEvent::Count { rep, phase, at, .. } => {
                assert_eq!(at, t, "said when it is due");
                Some((*at, *rep, *phase))
            }
            _ => None,
        })
        .collect();
    assert_eq!(
        counts,
        [
            (10_000, 1, TempoPhase::Move),
            (12_000, 1, TempoPhase::Hold),
            (13_000, 1, TempoPhase::Return),
            (15_000, 2, TempoPhase::Move),
            (17_000, 2, TempoPhase::Hold),
            (18_000, 2, TempoPhase::Return),
        ]
    );
    let switch = events
        .iter()
        .find(|(_, e)| {
            matches!(
                e,
                CoachEvent::SwitchSide {
                    to: Side::Right,
                    ..
                }
            )
        })
        .expect("the left side ends by itself");
    assert_eq!(switch.0, 20_000);
    let done = coach.engine().records()[0].sets.len();
    assert_eq!(done, 1, "the left side is recorded");
}

#[test]
fn a_late_look_never_says_a_stale_count() {
    let fx = Fixture::new();
    let mut coach = fx.coach(
        &[("clamshell", dose(DoseKind::Reps, 1, 5, None, false))],
        false,
    );
    coach.act(0, checked_in(2));
    coach.tick(10_000);
    // Nobody looked for 9.5 s: rep 2's return began 1.5 s ago (stale), nothing older is said.
    let events = coach.tick(19_500);
    assert!(
        !events.iter().any(|e| matches!(e, CoachEvent::Count { .. })),
        "{events:?}"
    );
    let events = coach.tick(20_000);
    assert!(matches!(
        events.as_slice(),
        [CoachEvent::Count {
            rep: 3,
            phase: TempoPhase::Move,
            ..
        }]
    ));
}

#[test]
fn rests_name_what_comes_next_and_the_last_set_is_announced() {
    let fx = Fixture::new();
    let mut coach = fx.coach(
        &[
            ("glute-bridge", dose(DoseKind::Reps, 2, 8, None, false)),
            ("bird-dog", dose(DoseKind::Reps, 1, 6, None, true)),
        ],
        false,
    );
    coach.act(0, checked_in(2));
    coach.tick(10_000);
    let events = coach.act(11_000, Action::SetDone);
    assert!(events.iter().any(
        |e| matches!(e, CoachEvent::Rest { seconds: 20, next, .. } if next.id == "glute-bridge")
    ));
    assert!(
        !events
            .iter()
            .any(|e| matches!(e, CoachEvent::NextUp { .. }))
    );
    let events = coach.tick(31_000);
    assert!(
        events
            .iter()
            .any(|e| matches!(e, CoachEvent::LastSet { .. }))
    );
    let events = coach.act(32_000, Action::SetDone);
    assert!(
        events
            .iter()
            .any(|e| matches!(e, CoachEvent::NextUp { exercise, .. } if exercise.id == "bird-dog"))
    );
}

#[test]
fn pause_moves_the_deadline_and_says_so() {
    let fx = Fixture::new();
    let mut coach = fx.coach(
        &[("plank", dose(DoseKind::Hold, 1, 1, Some(20), false))],
        false,
    );
    coach.act(0, checked_in(2));
    coach.tick(10_000);
    assert_eq!(coach.act(15_000, Action::Pause), [CoachEvent::Paused]);
    assert!(coach.tick(40_000).is_empty(), "nothing while paused");
    assert_eq!(coach.next_wake(40_000), None);
    assert_eq!(coach.act(45_000, Action::Resume), [CoachEvent::Resumed]);
    assert_eq!(coach.engine().deadline(), Some(60_000));
}

#[test]
fn this_hurts_above_the_limit_offers_no_going_on_and_stop_leads_to_the_check_out() {
    let fx = Fixture::new();
    let mut coach = fx.coach(
        &[
            ("glute-bridge", dose(DoseKind::Reps, 2, 8, None, false)),
            ("bird-dog", dose(DoseKind::Reps, 1, 6, None, true)),
        ],
        false,
    );
    coach.act(0, checked_in(2));
    coach.tick(10_000);
    assert_eq!(coach.act(12_000, Action::Hurts), [CoachEvent::HurtAsked]);
    assert_eq!(coach.stage(), Stage::HurtPain);
    let limit = i64::from(coach.stop_pain());
    coach.act(13_000, Action::HurtPain(Score::new(limit + 1).unwrap()));
    assert_eq!(coach.stage(), Stage::HurtChoice);
    let options = coach.hurt_options().unwrap();
    assert!(!options.may_continue);
    assert_eq!(options.easier.as_deref(), Some("pelvic-tilt"));
    let events = coach.act(14_000, Action::HurtChoice(HurtChoice::Stop));
    assert!(events.contains(&CoachEvent::CheckOut));
    let events = coach.act(15_000, finish(6, 5, 4));
    assert!(matches!(
        events.last(),
        Some(CoachEvent::Done {
            ending: Ending::Partial,
            ..
        })
    ));
    let session = fx.entries(EntryKind::Session)[0].session.clone().unwrap();
    assert_eq!(session.status, SessionStatus::Partial);
    assert_eq!(
        session.exercises[0].skipped.as_ref().map(|s| s.reason),
        Some(SkipReason::Pain)
    );
    // The stop for pain above the limit is an adverse event, recorded by the coach.
    let adverse = fx.entries(EntryKind::AdverseEvent);
    assert_eq!(adverse.len(), 1);
    let event = adverse[0].adverse_event.clone().unwrap();
    assert_eq!(event.exercise.as_deref(), Some("glute-bridge"));
    assert_eq!(event.pain.map(|p| i64::from(p.get())), Some(limit + 1));
    assert_eq!(event.severity, crate::safety::Severity::Moderate);
    assert_eq!(event.recorded_by, crate::safety::RecordedBy::Coach);
}

#[test]
fn the_easier_variant_takes_over_under_its_own_name() {
    let fx = Fixture::new();
    let mut coach = fx.coach(
        &[("glute-bridge", dose(DoseKind::Reps, 2, 8, None, false))],
        false,
    );
    coach.act(0, checked_in(2));
    coach.tick(10_000);
    coach.act(11_000, Action::Hurts);
    coach.act(11_500, Action::HurtPain(Score::new(2).unwrap()));
    let events = coach.act(12_000, Action::HurtChoice(HurtChoice::Easier));
    assert!(events.iter().any(|e| matches!(e,
        CoachEvent::Replaced { exercise, by } if exercise.id == "glute-bridge" && by.id == "pelvic-tilt")));
    assert!(events.iter().any(|e| matches!(e,
        CoachEvent::SetStarted { exercise, .. } if exercise.id == "pelvic-tilt")));
    assert!(
        fx.entries(EntryKind::AdverseEvent).is_empty(),
        "pain within the limit is no adverse event"
    );
}

#[test]
fn quitting_saves_a_partial_session_and_a_checkpoint_resumes_after_the_last_set() {
    let fx = Fixture::new();
    let exercises = [
        ("glute-bridge", dose(DoseKind::Reps, 2, 8, None, false)),
        ("bird-dog", dose(DoseKind::Reps, 1, 6, None, true)),
    ];
    let mut coach = fx.coach(&exercises, false);
    coach.act(0, checked_in(2));
    coach.tick(10_000);
    coach.act(11_000, Action::SetDone);
    // Cut off here (a kill): the checkpoint holds the first set.
    let saved = match cut_off(fx.dir.path()) {
        CutOff::Waiting(saved) => saved,
        other => panic!("{other:?}"),
    };
    assert_eq!(saved.session.exercises[0].sets.len(), 1);
    let question = resume_question(&saved);
    assert_eq!(question.name, "resume");
    let mut resumed = Coach::resume(&saved, &fx.catalog, fx.dir.path(), wall(), 500);
    assert!(matches!(resumed.engine().current(), Step::Rest { .. }));
    let events = resumed.act(500, Action::Start);
    assert!(
        matches!(events.first(), Some(CoachEvent::Rest { .. })),
        "{events:?}"
    );
    let events = resumed.act(1_000, Action::Quit);
    assert!(matches!(
        events.last(),
        Some(CoachEvent::Done {
            ending: Ending::Partial,
            saved: true,
            ..
        })
    ));
    let session = fx.entries(EntryKind::Session)[0].session.clone().unwrap();
    assert_eq!(
        session.started_at, saved.session.started_at,
        "one session, started once"
    );
    assert_eq!(session.exercises[0].sets.len(), 1);
    assert_eq!(
        cut_off(fx.dir.path()),
        CutOff::Nothing,
        "nothing left to resume"
    );
}

#[test]
fn a_checkpoint_already_in_the_journal_is_only_removed() {
    let fx = Fixture::new();
    let mut coach = fx.coach(
        &[("glute-bridge", dose(DoseKind::Reps, 1, 8, None, false))],
        false,
    );
    coach.act(0, checked_in(2));
    coach.tick(10_000);
    coach.act(11_000, Action::SetDone);
    let CutOff::Waiting(saved) = cut_off(fx.dir.path()) else {
        panic!("a checkpoint");
    };
    coach.act(12_000, finish(1, 4, 1));
    // Killed between saving the session and removing the checkpoint: put it back.
    checkpoint::save(fx.dir.path(), &saved).unwrap();
    assert_eq!(cut_off(fx.dir.path()), CutOff::Nothing);
    assert!(checkpoint::load(fx.dir.path()).unwrap().is_none());
}

#[test]
fn a_full_disk_keeps_the_session_to_offer_again() {
    let fx = Fixture::new();
    let mut coach = fx.coach(
        &[("glute-bridge", dose(DoseKind::Reps, 1, 8, None, false))],
        false,
    );
    coach.act(0, checked_in(2));
    coach.tick(10_000);
    coach.act(11_000, Action::SetDone);
    // The journal folder becomes a file: every write fails.
    let journal = Journal::new(fx.dir.path());
    let dir = journal.dir().to_path_buf();
    std::fs::remove_dir_all(&dir).unwrap();
    std::fs::write(&dir, "not a folder").unwrap();
    let events = coach.act(12_000, finish(1, 4, 1));
    assert!(
        events
            .iter()
            .any(|e| matches!(e, CoachEvent::NotSaved { .. }))
    );
    assert!(matches!(
        events.last(),
        Some(CoachEvent::Done { saved: false, .. })
    ));
    let unsaved = coach.take_unsaved();
    assert_eq!(unsaved.len(), 1);
    assert_eq!(unsaved[0].entry.kind, EntryKind::Session);
    assert!(
        checkpoint::load(fx.dir.path()).unwrap().is_some(),
        "the checkpoint stays until the session is saved"
    );
}

#[test]
fn the_work_of_a_set_is_in_its_event() {
    let fx = Fixture::new();
    let mut coach = fx.coach(
        &[(
            "side-plank-knees",
            dose(DoseKind::Hold, 1, 2, Some(10), true),
        )],
        false,
    );
    coach.act(0, checked_in(2));
    let events = coach.tick(10_000);
    assert!(events.iter().any(|e| matches!(
        e,
        CoachEvent::SetStarted {
            side: Some(Side::Left),
            work: Work::Hold {
                hold: 1,
                of: 2,
                seconds: 10
            },
            first: true,
            ..
        }
    )));
    let events = coach.tick(20_000);
    assert!(events.contains(&CoachEvent::Relax { seconds: 3 }));
}

#[test]
fn a_faster_session_clock_anchored_to_the_wall_clock_dates_entries_at_the_real_time() {
    let fx = Fixture::new();
    let mut coach = fx.coach(
        &[("plank", dose(DoseKind::Hold, 1, 1, Some(20), false))],
        false,
    );
    // The session clock ran 200 times faster: 10 minutes of it are 3 real seconds.
    let real = wall() + chrono::Duration::seconds(3);
    coach.anchor(real, 600_000);
    coach.act(600_000, checked_in(2));
    let check_in = &fx.entries(EntryKind::CheckIn)[0];
    assert_eq!(check_in.at, real);
}

#[test]
fn pain_after_that_rose_by_two_asks_which_exercise_hurt_and_records_it() {
    let fx = Fixture::new();
    let mut coach = fx.coach(
        &[
            ("glute-bridge", dose(DoseKind::Reps, 1, 8, None, false)),
            ("bird-dog", dose(DoseKind::Reps, 1, 6, None, false)),
        ],
        false,
    );
    coach.act(0, checked_in(2));
    coach.tick(10_000);
    coach.act(11_000, Action::SetDone);
    coach.tick(41_000);
    coach.act(42_000, Action::SetDone);
    assert_eq!(coach.stage(), Stage::CheckOut);
    let calm = Answers::new()
        .with("pain_during", Answer::Number(2))
        .with("pain_after", Answer::Number(3));
    assert!(
        coach.hurt_question(&calm).is_none(),
        "a rise of one asks nothing"
    );
    let rose = Answers::new()
        .with("pain_during", Answer::Number(2))
        .with("pain_after", Answer::Number(4));
    let question = coach.hurt_question(&rose).expect("a rise of two asks");
    assert_eq!(question.name, HURT_WHICH);
    let Kind::Pick {
        options,
        many,
        none,
    } = &question.kind
    else {
        panic!("a pick");
    };
    assert_eq!(options.len(), 2);
    assert!(*many && none.is_some());
    let nl = crate::i18n::I18n::new(crate::model::Lang::Nl);
    assert_eq!(
        nl.format(&options[1]),
        fx.catalog.exercise_name("bird-dog", crate::model::Lang::Nl)
    );
    let answers = rose.with(HURT_WHICH, Answer::Picked(vec![1]));
    coach.act(43_000, Action::Finish(answers));
    let session = fx.entries(EntryKind::Session)[0].session.clone().unwrap();
    let hurt = session.hurt.expect("recorded");
    assert_eq!(hurt.exercises, ["bird-dog"]);
    assert!(!hurt.not_sure);
}
