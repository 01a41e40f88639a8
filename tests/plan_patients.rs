//! Scripted patients on every shipped program, followed day by day from Monday 2026-01-05 the way
//! the coach records them (a check-in before each session with the pain now and the next-morning
//! pain, every planned set done, pain and effort at check-out):
//!
//! - a good patient: no dose of any exercise ever goes down, and walking grows by at most one
//!   step (10%, rounded up to 10 s) within any 7 days of a phase;
//! - a flare-up: the sessions are lighter while it lasts, walking stays, and the doses are back
//!   afterwards;
//! - a rising next-morning trend (each morning still within usual + 1): the exercises step back
//!   once, with the reason in both languages;
//! - one painful exercise, named by the patient: only it steps back.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use chrono::{Days, NaiveDate};
use common::{CATALOG, Felt, at, check_in, performed, score, session};
use kern::describe;
use kern::i18n::I18n;
use kern::journal::{Change, Decision, Enrolment, EnrolmentAction, HurtAnswer, SessionStatus};
use kern::model::{DoseKind, Lang, Program};
use kern::plan::carry::quantities;
use kern::plan::{Dated, DayStatus, History, Notice, SessionPlan, today};

const PROGRAMS: [&str; 4] = [
    "gentle-start",
    "pilates-chronic",
    "core-hip-strength",
    "back-to-activity",
];
const USUAL: u32 = 3;

fn start() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 1, 5).unwrap()
}

/// What the patient reports on one day.
struct Day {
    /// Pain now at the check-in.
    pain: u32,
    /// Next-morning pain about the last session.
    morning: u32,
    /// The exercise that hurts in today's session (pain during 6/10), if any.
    hurts: Option<String>,
}

/// One session as it was planned, with the decisions shown before it.
struct Seen {
    date: NaiveDate,
    plan: SessionPlan,
    changes: Vec<Decision>,
    notices: Vec<Notice>,
}

/// Follows a program for up to `days` days; `script` says how each day goes (day 0 is the start;
/// the session number is the one about to be done).
fn follow(id: &str, days: u64, script: impl Fn(u64, &SessionPlan) -> Day) -> Vec<Seen> {
    let program: &Program = &CATALOG.programs[id].value;
    let mut history = History {
        enrolment: Some(Enrolment {
            action: EnrolmentAction::Start,
            program: id.to_owned(),
            program_version: program.version,
            start_date: start(),
            weekdays: program.weekdays.clone(),
            activities: Vec::new(),
            usual_pain: Some(score(USUAL)),
            reason: None,
        }),
        ..History::default()
    };
    let mut seen = Vec::new();
    let mut unanswered = false;
    for offset in 0..days {
        let date = start() + Days::new(offset);
        let probe = today(&CATALOG, id, program, &history, at(date, 17, 0));
        if probe.status == DayStatus::Finished {
            break;
        }
        let plan_for_script = probe.session.clone().unwrap_or_else(|| SessionPlan {
            program: id.to_owned(),
            program_version: 1,
            phase: 0,
            number: 0,
            week: 0,
            date,
            minutes: 0,
            exercises: Vec::new(),
        });
        let day = script(offset, &plan_for_script);
        let morning =
            std::mem::take(&mut unanswered).then_some((day.morning <= USUAL + 1, day.morning));
        history.check_ins.push(Dated {
            at: at(date, 17, 30),
            value: check_in(day.pain, morning),
        });
        let now = today(&CATALOG, id, program, &history, at(date, 17, 45));
        let Some(plan) = now
            .session
            .clone()
            .filter(|_| now.status == DayStatus::SessionDue)
        else {
            continue;
        };
        let mut exercises: Vec<_> = plan
            .exercises
            .iter()
            .map(|e| performed(&e.exercise, &e.prescription, e.prescription.sets))
            .collect();
        let mut felt = Felt {
            pain_during: Some(2),
            effort: Some(3),
        };
        let mut hurt = None;
        if let Some(painful) = &day.hurts {
            for record in exercises.iter_mut() {
                record.pain_during = Some(score(if &record.exercise == painful { 6 } else { 2 }));
            }
            felt.pain_during = Some(6);
            hurt = Some(HurtAnswer {
                exercises: vec![painful.clone()],
                not_sure: false,
            });
        }
        let started = at(date, 18, 0);
        let mut record = session(
            id,
            plan.phase,
            started,
            SessionStatus::Complete,
            felt,
            exercises,
        );
        record.hurt = hurt;
        history.sessions.push(Dated {
            at: started,
            value: record,
        });
        unanswered = true;
        seen.push(Seen {
            date,
            plan,
            changes: now.changes,
            notices: now.notices,
        });
    }
    seen
}

fn good(_: u64, _: &SessionPlan) -> Day {
    Day {
        pain: USUAL,
        morning: USUAL,
        hurts: None,
    }
}

fn step_down(change: Change) -> bool {
    matches!(
        change,
        Change::Regress | Change::LadderDown | Change::Restart | Change::FlareUp
    )
}

#[test]
fn a_good_patient_never_loses_a_dose_and_walks_at_most_ten_percent_more_a_week() {
    for id in PROGRAMS {
        let rules = &CATALOG.programs[id].value.progression;
        let seen = follow(id, 120, good);
        assert!(seen.len() > 10, "{id}: only {} sessions", seen.len());
        let mut stepped_up = 0;
        for (i, s) in seen.iter().enumerate() {
            for d in &s.changes {
                assert!(!step_down(d.change), "{id} {}: {d:?}", s.date);
                stepped_up += usize::from(matches!(d.change, Change::Progress | Change::LadderUp));
            }
            let Some(before) = i.checked_sub(1).map(|j| &seen[j]) else {
                continue;
            };
            for now in &s.plan.exercises {
                let then = before
                    .plan
                    .exercises
                    .iter()
                    .find(|e| e.exercise == now.exercise);
                let Some(then) = then else { continue };
                let (a, b) = (
                    quantities(&then.prescription),
                    quantities(&now.prescription),
                );
                for (a, b) in a.iter().zip(b) {
                    assert!(
                        b >= *a,
                        "{id} {}: {} went down: {a:?} → {b:?}",
                        s.date,
                        now.exercise
                    );
                }
            }
            let within_week = seen[..i]
                .iter()
                .filter(|e| (s.date - e.date).num_days() <= 7 && e.plan.phase == s.plan.phase);
            for earlier in within_week {
                for now in s
                    .plan
                    .exercises
                    .iter()
                    .filter(|e| e.prescription.kind == DoseKind::Timed)
                {
                    let then = earlier
                        .plan
                        .exercises
                        .iter()
                        .find(|e| e.exercise == now.exercise);
                    let Some(then) = then else { continue };
                    let a = then.prescription.duration_seconds.unwrap();
                    let b = now.prescription.duration_seconds.unwrap();
                    let step = (a * rules.step_duration_percent / 100).div_ceil(10).max(1) * 10;
                    assert!(
                        b <= a + step,
                        "{id}: {} grew from {a} s on {} to {b} s on {}",
                        now.exercise,
                        earlier.date,
                        s.date
                    );
                }
            }
        }
        assert!(stepped_up > 0, "{id}: a good patient never stepped up");
    }
}

#[test]
fn a_flare_up_lightens_the_sessions_keeps_the_walk_and_gives_the_doses_back() {
    for id in PROGRAMS {
        // Pain 3 above usual on days 10, 11 and 12 (and the mornings after).
        let flare = |offset: u64, _: &SessionPlan| {
            let raised = (10..=12).contains(&offset);
            let pain = if raised { USUAL + 3 } else { USUAL };
            Day {
                pain,
                morning: USUAL,
                hurts: None,
            }
        };
        let seen = follow(id, 40, flare);
        let during: Vec<&Seen> = seen
            .iter()
            .filter(|s| {
                s.notices
                    .iter()
                    .any(|n| matches!(n, Notice::FlareUp { .. }))
            })
            .collect();
        assert!(!during.is_empty(), "{id}: no flare-up recognised");
        for s in &during {
            let lighter: Vec<&Decision> = s
                .changes
                .iter()
                .filter(|d| d.change == Change::FlareUp)
                .collect();
            for d in &lighter {
                let planned = s
                    .plan
                    .exercises
                    .iter()
                    .find(|e| e.exercise == d.exercise)
                    .unwrap();
                assert!(planned.prescription.sets <= d.from.sets, "{id}: {d:?}");
                if d.from.kind == DoseKind::Timed {
                    assert_eq!(d.to, d.from, "{id}: walking stays during a flare-up");
                }
            }
        }
        // After it, every exercise is back at (at least) the dose it had before.
        let first = during[0].date;
        let last = during[during.len() - 1].date;
        let before = seen.iter().rev().find(|s| s.date < first);
        let after = seen
            .iter()
            .find(|s| s.date > last && !s.plan.exercises.is_empty());
        if let (Some(before), Some(after)) = (before, after)
            && before.plan.phase == after.plan.phase
        {
            for then in &before.plan.exercises {
                let Some(now) = after
                    .plan
                    .exercises
                    .iter()
                    .find(|e| e.exercise == then.exercise)
                else {
                    continue;
                };
                let (a, b) = (
                    quantities(&then.prescription),
                    quantities(&now.prescription),
                );
                assert!(
                    a.iter().zip(b).all(|(a, b)| b >= *a),
                    "{id}: {} did not come back after the flare-up: {:?} → {:?}",
                    then.exercise,
                    then.prescription,
                    now.prescription
                );
            }
        }
    }
}

#[test]
fn a_rising_morning_trend_steps_back_once_with_a_reason_in_both_languages() {
    for id in PROGRAMS {
        let rules = &CATALOG.programs[id].value.progression;
        // Mornings at usual + 0 in the first week, then usual + 1 (each still "settled").
        let rising = |offset: u64, _: &SessionPlan| Day {
            pain: USUAL,
            morning: if offset < 7 { USUAL - 1 } else { USUAL },
            hurts: None,
        };
        let seen = follow(id, 16, rising);
        let trend: Vec<(&Seen, &Decision)> = seen
            .iter()
            .flat_map(|s| s.changes.iter().map(move |d| (s, d)))
            .filter(|(_, d)| d.inputs.morning_trend)
            .collect();
        assert!(!trend.is_empty(), "{id}: the rise was not seen");
        let first = trend[0].0.date;
        for (s, d) in &trend {
            assert_eq!(s.date, first, "{id}: the trend acted twice");
            assert!(
                matches!(
                    d.change,
                    Change::Regress | Change::LadderDown | Change::Hold
                ),
                "{id}: {d:?}"
            );
            for (lang, words) in [(Lang::En, "rose"), (Lang::Nl, "steeg")] {
                let text = describe::decision(&I18n::new(lang), &CATALOG, rules, d);
                assert!(text.contains(words), "{id}: {text}");
            }
        }
    }
}

#[test]
fn one_painful_exercise_named_by_the_patient_is_the_only_one_to_step_back() {
    for id in PROGRAMS {
        // The third session: the second exercise hurts.
        let painful = |_: u64, plan: &SessionPlan| Day {
            pain: USUAL,
            morning: USUAL,
            hurts: (plan.number == 3).then(|| plan.exercises[1].exercise.clone()),
        };
        let seen = follow(id, 30, painful);
        let hurt_at = seen.iter().position(|s| s.plan.number == 3).unwrap();
        let named = &seen[hurt_at].plan.exercises[1].exercise;
        let next = &seen[hurt_at + 1];
        let mut named_changed = false;
        for d in &next.changes {
            if &d.exercise == named {
                named_changed = true;
                assert!(
                    matches!(
                        d.change,
                        Change::Regress | Change::LadderDown | Change::Hold
                    ),
                    "{id}: {d:?}"
                );
                assert_eq!(d.inputs.max_pain_during, Some(score(6)), "{id}: {d:?}");
            } else {
                assert!(
                    !step_down(d.change),
                    "{id}: {} changed too: {d:?}",
                    d.exercise
                );
            }
        }
        assert!(named_changed, "{id}: no decision about {named}");
    }
}
