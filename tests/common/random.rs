//! Random but valid programs and journals for the property tests: programs of 1–12 weeks, 1–7
//! sessions a week on chosen weekdays, 1–3 phases of 1–6 shipped exercises; journals of sessions
//! (random completion, skips, pain, effort, lighter doses, a stray exercise), check-ins with
//! next-morning answers, and gaps of up to a month. Each session is built from the position at its
//! start, as the coach would.

use chrono::{Days, NaiveDate};
use kern::journal::{Enrolment, EnrolmentAction, ExerciseRecord, SessionStatus, SkipReason};
use kern::model::{
    Audience, Clearance, DoseKind, LocalizedText, Measures, Phase, PhaseExercise, Program,
    Progression, Weekday,
};
use kern::plan::step::reduce_volume;
use kern::plan::{Dated, History, Planner};
use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::subsequence;

use super::{CATALOG, Felt, at, check_in, performed, score, session, skipped};

/// A journal: a start date (days after Monday 2026-01-05), the patient's usual pain and a run of
/// (days since the last step, step).
pub type Journal = (u32, Option<u32>, Vec<(u32, Step)>);

pub fn exercise_ids() -> Vec<String> {
    CATALOG
        .patient_exercises()
        .map(|(id, _)| id.clone())
        .collect()
}

/// A phase entry for a shipped exercise: its default dose, or sets and main quantity picked
/// inside its range.
pub fn phase_exercise(id: &str, sets: Option<u16>, main: Option<u16>) -> PhaseExercise {
    let dose = &CATALOG.exercises[id].value.dose;
    let pick = |seed: Option<u16>, range: Option<[u32; 2]>| {
        let [low, high] = range?;
        Some(low + u32::from(seed?) % (high - low + 1))
    };
    let main_range = dose.range.for_key(dose.kind.main_key());
    let main = pick(main, main_range);
    PhaseExercise {
        exercise: id.to_owned(),
        sets: pick(sets, Some(dose.range.sets)),
        reps: main.filter(|_| dose.kind == DoseKind::Reps).map(Into::into),
        hold_seconds: main.filter(|_| dose.kind == DoseKind::Hold),
        duration_seconds: main.filter(|_| dose.kind == DoseKind::Timed),
        breaths: main.filter(|_| dose.kind == DoseKind::Breaths),
        rest_seconds: None,
        tempo: None,
    }
}

fn phase_exercises() -> impl Strategy<Value = Vec<PhaseExercise>> {
    subsequence(exercise_ids(), 1..=6)
        .prop_shuffle()
        .prop_flat_map(|ids| {
            let n = ids.len();
            (Just(ids), vec(any::<(Option<u16>, Option<u16>)>(), n))
        })
        .prop_map(|(ids, seeds)| {
            ids.iter()
                .zip(seeds)
                .map(|(id, (sets, main))| phase_exercise(id, sets, main))
                .collect()
        })
}

pub fn progression() -> impl Strategy<Value = Progression> {
    let varied = (
        1u32..=3,
        3u32..=7,
        1u32..=3,
        1u32..=3,
        7u32..=21,
        30u32..=80,
    )
        .prop_map(
            |(window, pain, mornings, step_reps, gap, percent)| Progression {
                window_sessions: window,
                pain_during_max: pain,
                pain_during_hold: pain,
                regress_pain_during: pain,
                regress_unsettled_mornings: mornings,
                step_reps,
                long_gap_days: gap,
                flare_up_volume_percent: percent,
                ..Progression::default()
            },
        );
    prop_oneof![Just(Progression::default()), varied]
}

fn text(s: &str) -> LocalizedText {
    LocalizedText::new(s, s)
}

pub fn program() -> impl Strategy<Value = Program> {
    (1u32..=12, 1u32..=7)
        .prop_flat_map(|(weeks, per_week)| {
            let cuts: Vec<u32> = (2..=weeks).collect();
            (
                Just(weeks),
                Just(per_week),
                subsequence(Weekday::ALL.to_vec(), per_week as usize..=7),
                subsequence(cuts, 0..=(weeks as usize - 1).min(2)),
                vec(phase_exercises(), 3),
                progression(),
            )
        })
        .prop_map(|(weeks, per_week, weekdays, cuts, lists, progression)| {
            let starts = std::iter::once(1).chain(cuts.iter().copied());
            let ends = cuts.iter().map(|c| c - 1).chain(std::iter::once(weeks));
            let phases = starts
                .zip(ends)
                .zip(lists)
                .map(|((first, last), exercises)| Phase {
                    weeks: [first, last],
                    minutes: 20,
                    name: text("phase"),
                    focus: LocalizedText::default(),
                    effort: None,
                    exercises,
                    activity: None,
                })
                .collect();
            Program {
                format: "kern.program/1".into(),
                id: Some("random".into()),
                version: 1,
                author: "proptest".into(),
                audience: Audience::Chronic,
                clearance: Clearance::None,
                weeks,
                sessions_per_week: per_week,
                weekdays,
                references: Vec::new(),
                title: text("Random"),
                summary: text("Random"),
                for_whom: text("Random"),
                phases,
                progression,
                measures: Measures::default(),
                education: Vec::new(),
                cert: Default::default(),
            }
        })
}

/// One exercise of a random session: how much was done and how it felt.
#[derive(Debug, Clone)]
pub struct Done {
    all_sets: bool,
    skip: Option<SkipReason>,
    pain: Option<u32>,
    effort: Option<u32>,
}

/// One day's entry in a random journal.
#[derive(Debug, Clone)]
pub enum Step {
    /// A session: when, whether complete, at the flare-up's lighter dose or not, the session's
    /// (pain during, effort), each slot's outcome in order, and maybe a stray exercise record.
    Session {
        hour: u32,
        complete: bool,
        lighter: bool,
        felt: (Option<u32>, Option<u32>),
        exercises: Vec<Done>,
        stray: Option<prop::sample::Index>,
    },
    /// A check-in: when, pain now, and maybe a next-morning answer (settled, pain).
    CheckIn {
        hour: u32,
        pain: u32,
        morning: Option<(bool, u32)>,
    },
}

/// Pain, mostly low.
fn pain() -> impl Strategy<Value = u32> {
    prop_oneof![3 => 0u32..=4, 1 => 0u32..=10]
}

/// Days since the last step (now and then a long gap), and the step.
fn step() -> impl Strategy<Value = (u32, Step)> {
    let skip = prop::option::weighted(
        0.15,
        prop::sample::select(vec![SkipReason::Pain, SkipReason::Time, SkipReason::Other]),
    );
    let effort = prop::option::of(0u32..=10);
    let done = (
        prop::bool::weighted(0.85),
        skip,
        prop::option::of(pain()),
        effort,
    )
        .prop_map(|(all_sets, skip, pain, effort)| Done {
            all_sets,
            skip,
            pain,
            effort,
        });
    let session = (
        6u32..=21,
        prop::bool::weighted(0.9),
        prop::bool::weighted(0.15),
        (prop::option::of(pain()), prop::option::of(0u32..=10)),
        vec(done, 8),
        prop::option::weighted(0.1, any::<prop::sample::Index>()),
    )
        .prop_map(
            |(hour, complete, lighter, felt, exercises, stray)| Step::Session {
                hour,
                complete,
                lighter,
                felt,
                exercises,
                stray,
            },
        );
    let morning = prop::option::of((prop::bool::weighted(0.75), pain()));
    let check = (6u32..=22, pain(), morning).prop_map(|(hour, pain, morning)| Step::CheckIn {
        hour,
        pain,
        morning,
    });
    let gap = prop_oneof![8 => 0u32..=3, 1 => 4u32..=30];
    (gap, prop_oneof![2 => session, 1 => check])
}

/// A random journal.
pub fn journal() -> impl Strategy<Value = Journal> {
    (0u32..60, prop::option::of(0u32..=6), vec(step(), 0..60))
}

/// Builds the history as the coach would have: each session from the position at its start.
pub fn history_of(program: &Program, journal: &Journal) -> History {
    let (start_offset, usual, steps) = journal;
    let start = NaiveDate::from_ymd_opt(2026, 1, 5).unwrap() + Days::new((*start_offset).into());
    let mut history = History {
        enrolment: Some(Enrolment {
            action: EnrolmentAction::Start,
            program: "random".into(),
            program_version: 1,
            start_date: start,
            weekdays: program.weekdays.clone(),
            activities: Vec::new(),
            usual_pain: usual.map(score),
            reason: None,
        }),
        ..History::default()
    };
    let planner = Planner {
        catalog: &CATALOG,
        program,
        usual_pain: usual.map(score),
    };
    let ids = exercise_ids();
    let mut day = start;
    let mut last_session: Option<NaiveDate> = None;
    for (gap, step) in steps {
        day = day + Days::new((*gap).into());
        match step {
            Step::CheckIn {
                hour,
                pain,
                morning,
            } => {
                history.check_ins.push(Dated {
                    at: at(day, *hour, 0),
                    value: check_in(*pain, *morning),
                });
                history.check_ins.sort_by_key(|c| c.at);
            }
            Step::Session {
                hour,
                complete,
                lighter,
                felt,
                exercises,
                stray,
            } => {
                if last_session.is_some_and(|d| d >= day) {
                    day = last_session.unwrap() + Days::new(1);
                }
                last_session = Some(day);
                let started = at(day, *hour, 0);
                let position = planner.replay(&history, started);
                let mut records: Vec<ExerciseRecord> = position
                    .slots
                    .iter()
                    .zip(exercises)
                    .map(|(slot, done)| {
                        let id = &slot.dosed.exercise;
                        let planned = if *lighter {
                            let percent = program.progression.flare_up_volume_percent;
                            reduce_volume(&CATALOG, &slot.dosed, percent)
                        } else {
                            slot.dosed.prescription.clone()
                        };
                        let mut record = match done.skip {
                            Some(reason) => skipped(id, &planned, reason),
                            None if done.all_sets => performed(id, &planned, planned.sets),
                            None => performed(id, &planned, planned.sets.saturating_sub(1)),
                        };
                        record.pain_during = done.pain.map(score);
                        record.effort = done.effort.map(score);
                        record
                    })
                    .collect();
                if let (Some(index), Some(slot)) = (stray, position.slots.first()) {
                    let id = index.get(&ids);
                    records.push(performed(id, &slot.dosed.prescription, 1));
                }
                let status = if *complete {
                    SessionStatus::Complete
                } else {
                    SessionStatus::Partial
                };
                let felt = Felt {
                    pain_during: felt.0,
                    effort: felt.1,
                };
                let phase = position.phase as u32 + 1;
                let record = session("random", phase, started, status, felt, records);
                history.sessions.push(Dated {
                    at: started,
                    value: record,
                });
            }
        }
    }
    history
}

/// A good patient's journal: sessions one to three days apart, every set done at low pain
/// (0–3) and effort (0–4), a check-in before each with pain at the usual level and the next
/// morning settled at the usual level. Nothing in it calls for a step down.
pub fn good_journal() -> impl Strategy<Value = Journal> {
    let done = (0u32..=3, 0u32..=4).prop_map(|(pain, effort)| Done {
        all_sets: true,
        skip: None,
        pain: Some(pain),
        effort: Some(effort),
    });
    let session = (1u32..=3, 8u32..=20, (0u32..=3, 0u32..=4), vec(done, 8));
    (0u32..60, 2u32..=6, vec(session, 1..40)).prop_map(|(start, usual, sessions)| {
        let mut steps = Vec::new();
        for (gap, hour, felt, exercises) in sessions {
            let check = Step::CheckIn {
                hour: hour - 1,
                pain: usual,
                morning: Some((true, usual)),
            };
            steps.push((gap, check));
            let session = Step::Session {
                hour,
                complete: true,
                lighter: false,
                felt: (Some(felt.0), Some(felt.1)),
                exercises,
                stray: None,
            };
            steps.push((0, session));
        }
        (start, Some(usual), steps)
    })
}
