//! Properties of the program in motion, over random but valid programs (shipped exercises, 1–12
//! weeks, 1–7 sessions a week, 1–3 phases) and random journals (sessions on random days with random
//! completion, pain, effort and lighter doses; check-ins with random next-morning answers; long
//! gaps). The schedule keeps to the patient's days and the program's weekly count, every dose stays
//! inside its exercise's safe range, ladder steps follow the catalog, pain above the limit
//! regresses, nothing steps up during a flare-up, a finished program stays finished, and the same
//! journal always gives the same answers, whatever comes after.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::collections::HashMap;

use chrono::{Datelike, Duration, NaiveDate};
use common::random::{
    exercise_ids, good_journal, history_of, journal, phase_exercise, program, progression,
};
use common::{CATALOG, assert_in_range, at};
use kern::journal::{Change, Decision, SkipReason};
use kern::model::DoseKind;
use kern::model::Program;
use kern::plan::carry::{larger, quantities};
use kern::plan::flare::flare_up_until;
use kern::plan::rules::{Observation, decide};
use kern::plan::step::{step_down, step_up};
use kern::plan::{History, Planner, Position, Stepped, today, upcoming};
use proptest::collection::vec;
use proptest::prelude::*;

/// Every slot and decision of a position inside the safe range, no exercise twice in a session,
/// and every ladder step onto the exercise's own harder or easier neighbour.
fn check_position(position: &Position, context: &str) {
    for (i, slot) in position.slots.iter().enumerate() {
        assert_in_range(&slot.dosed.exercise, &slot.dosed.prescription, context);
        let twice = position.slots[..i]
            .iter()
            .any(|s| s.dosed.exercise == slot.dosed.exercise);
        assert!(
            !twice,
            "{context}: {} twice in one session",
            slot.dosed.exercise
        );
    }
    for d in &position.changes {
        check_decision(d, context);
    }
}

fn check_decision(d: &Decision, context: &str) {
    let ladder = &CATALOG.exercises[&d.exercise].value.ladder;
    assert_in_range(&d.exercise, &d.from, context);
    let target = d.to_exercise.as_deref().unwrap_or(&d.exercise);
    assert_in_range(target, &d.to, context);
    let expected = match d.change {
        Change::LadderUp => ladder.harder.as_deref(),
        Change::LadderDown => ladder.easier.as_deref(),
        Change::Restart => d.to_exercise.as_deref().and(ladder.easier.as_deref()),
        _ => None,
    };
    assert_eq!(
        d.to_exercise.as_deref(),
        expected,
        "{context}: {d:?} leaves the ladder"
    );
    if d.change == Change::Hold {
        assert_eq!(d.from, d.to, "{context}: a hold changed the dose");
    }
}

/// The moments to look at: each session's start and end, and some days after the last event.
fn moments(history: &History, later: u32) -> Vec<chrono::DateTime<chrono::FixedOffset>> {
    let mut out: Vec<_> = history
        .sessions
        .iter()
        .flat_map(|s| [s.at, s.value.ended_at + Duration::minutes(1)])
        .collect();
    let last = history
        .sessions
        .iter()
        .map(|s| s.at)
        .chain(history.check_ins.iter().map(|c| c.at));
    let end = last
        .max()
        .unwrap_or_else(|| at(NaiveDate::from_ymd_opt(2026, 1, 5).unwrap(), 9, 0));
    out.push(end + Duration::hours(1));
    out.push(end + Duration::days(later.into()));
    out
}

fn planner<'a>(program: &'a Program, history: &History) -> Planner<'a> {
    Planner {
        catalog: &CATALOG,
        program,
        usual_pain: history.enrolment.as_ref().and_then(|e| e.usual_pain),
    }
}

/// 100 cases a property, or `PROPTEST_CASES` for a longer run.
fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), ..ProptestConfig::default() })]

    #[test]
    fn the_schedule_keeps_to_the_patients_days_and_the_weekly_count(
        program in program(), journal in journal(), later in 0u32..40, count in 1usize..60,
    ) {
        let history = history_of(&program, &journal);
        let planner = planner(&program, &history);
        let enrolment = history.enrolment.clone().unwrap();
        let done: Vec<NaiveDate> = history.sessions.iter().map(|s| s.at.date_naive()).collect();
        let per_week = program.sessions_per_week;
        for now in moments(&history, later) {
            let position = planner.replay(&history, now);
            let from = now.date_naive().max(enrolment.start_date);
            let plan = upcoming(&planner, &position, &enrolment.weekdays, &done, from, count);
            let again = upcoming(&planner, &position, &enrolment.weekdays, &done, from, count);
            prop_assert_eq!(&plan, &again);
            let left = planner.total_sessions().saturating_sub(position.completed) as usize;
            prop_assert!(plan.len() <= count.min(left));
            let mut weeks: HashMap<chrono::IsoWeek, u32> = HashMap::new();
            for date in &done {
                *weeks.entry(date.iso_week()).or_default() += 1;
            }
            let done_weeks = weeks.clone();
            for (i, s) in plan.iter().enumerate() {
                prop_assert!(s.date >= from, "{} before {}", s.date, from);
                prop_assert!(i == 0 || plan[i - 1].date < s.date, "dates must increase");
                prop_assert_eq!(s.number, position.completed + 1 + i as u32);
                let chosen = enrolment.weekdays.iter().any(|d| d.to_chrono() == s.date.weekday());
                prop_assert!(chosen, "{} is not a chosen day", s.date);
                prop_assert!(!done.contains(&s.date), "{} already has a session", s.date);
                *weeks.entry(s.date.iso_week()).or_default() += 1;
            }
            for s in &plan {
                let already = done_weeks.get(&s.date.iso_week()).copied().unwrap_or(0);
                let total = weeks[&s.date.iso_week()];
                prop_assert!(total <= per_week.max(already), "week of {} holds {total}", s.date);
            }
            // No holes: every free chosen day up to the last planned one is used.
            if let Some(last) = plan.last() {
                for date in from.iter_days().take_while(|d| *d <= last.date) {
                    let chosen = enrolment.weekdays.iter().any(|d| d.to_chrono() == date.weekday());
                    let full = weeks.get(&date.iso_week()).copied().unwrap_or(0) >= per_week;
                    let used = plan.iter().any(|s| s.date == date) || done.contains(&date);
                    prop_assert!(!chosen || full || used, "{date} was free but left out");
                }
            }
        }
    }

    #[test]
    fn doses_stay_in_range_and_ladders_follow_the_catalog(
        program in program(), journal in journal(), later in 0u32..40,
    ) {
        let history = history_of(&program, &journal);
        let planner = planner(&program, &history);
        for now in moments(&history, later) {
            let position = planner.replay(&history, now);
            check_position(&position, &format!("replay at {now}"));
            let day = today(&CATALOG, "random", &program, &history, now);
            for planned in day.session.iter().flat_map(|s| &s.exercises) {
                assert_in_range(&planned.exercise, &planned.prescription, "today's session");
            }
            for d in &day.changes {
                check_decision(d, "today's changes");
            }
            // Nothing steps up during a flare-up known by now.
            let rules = &program.progression;
            let known: Vec<_> = history.check_ins.iter().filter(|c| c.at <= now).cloned().collect();
            let flare = flare_up_until(&known, planner.usual_pain, rules, now.date_naive());
            if flare.is_some() {
                for d in &position.changes {
                    prop_assert!(!matches!(d.change, Change::Progress | Change::LadderUp),
                        "{d:?} during a flare-up");
                }
            }
            // Every next-morning answer counts for one session only; it did not settle when
            // the pain that morning was above usual + the allowance (as the patient said when
            // their usual pain is not known).
            let allowance = rules.morning_pain_above_usual;
            let unsettled = history.check_ins.iter().filter(|c| {
                c.at <= now && c.value.next_morning.is_some_and(|m| match planner.usual_pain {
                    Some(usual) => u32::from(m.pain.get()) > u32::from(usual.get()) + allowance,
                    None => !m.settled,
                })
            }).count() as u32;
            for d in &position.changes {
                prop_assert!(d.inputs.unsettled_mornings <= unsettled,
                    "{} unsettled mornings counted from {unsettled} answers", d.inputs.unsettled_mornings);
            }
        }
    }

    #[test]
    fn pain_above_the_limit_is_followed_by_a_step_down(program in program(), journal in journal()) {
        let history = history_of(&program, &journal);
        let planner = planner(&program, &history);
        let rules = &program.progression;
        for s in &history.sessions {
            let before = planner.replay(&history, s.at);
            let after = planner.replay(&history, s.value.ended_at + Duration::minutes(1));
            // A new phase starts from the larger of the dose reached and its own, one step lower
            // for what goes on into it.
            let written = planner.phase_slots(after.phase);
            // Each slot takes one record a session, in order.
            let mut taken = vec![false; before.slots.len()];
            for record in &s.value.exercises {
                let Some(i) = (0..taken.len())
                    .find(|&i| !taken[i] && before.slots[i].dosed.exercise == record.exercise)
                else { continue };
                taken[i] = true;
                let carried;
                let slot = if before.phase == after.phase {
                    &before.slots[i].dosed
                } else {
                    let id = &before.slots[i].dosed.exercise;
                    let Some(next) = written.iter().find(|x| &x.dosed.exercise == id) else {
                        continue;
                    };
                    carried = kern::plan::Dosed {
                        exercise: id.clone(),
                        prescription: larger(&before.slots[i].dosed.prescription, &next.dosed.prescription),
                    };
                    &carried
                };
                // Skipped for pain counts; other skips, and exercises the session never reached, do not.
                let reached = !record.sets.is_empty() || record.skipped.is_some() || record.replaced_by.is_some();
                let counted = reached && record.skipped.as_ref().is_none_or(|k| k.reason == SkipReason::Pain);
                let pain = record.pain_during.or(s.value.pain_during_max).map_or(0, |p| p.get());
                if !counted || u32::from(pain) <= rules.regress_pain_during {
                    continue;
                }
                let held = |id: &str| before.slots.iter().chain(&after.slots)
                    .any(|x| x.dosed.exercise == id);
                let at_bottom = match step_down(&CATALOG, slot, rules) {
                    Stepped::AtEnd => true,
                    Stepped::Ladder(d) => held(&d.exercise),
                    Stepped::Dose(_) => false,
                };
                let ok = after.changes.iter()
                    .filter(|d| d.exercise == slot.exercise && d.from == slot.prescription)
                    .any(|d| matches!(d.change, Change::Regress | Change::LadderDown)
                        || (at_bottom && d.change == Change::Hold));
                prop_assert!(ok, "pain {} in {} on {} did not step down: {:?}",
                    pain, slot.exercise, s.at, after.changes);
            }
        }
    }

    #[test]
    fn random_good_histories_never_drop_a_dose(program in program(), journal in good_journal()) {
        let history = history_of(&program, &journal);
        let planner = planner(&program, &history);
        let rules = &program.progression;
        for (i, s) in history.sessions.iter().enumerate() {
            let position = planner.replay(&history, s.at);
            for d in &position.changes {
                prop_assert!(
                    !matches!(d.change, Change::Regress | Change::LadderDown | Change::Restart | Change::FlareUp),
                    "a good patient got {:?} on {}", d, s.at
                );
            }
            let Some(before) = i.checked_sub(1).map(|j| &history.sessions[j]) else { continue };
            for now in &s.value.exercises {
                let Some(then) = before.value.exercises.iter().find(|e| e.exercise == now.exercise) else {
                    continue;
                };
                for (a, b) in quantities(&then.planned).iter().zip(quantities(&now.planned)) {
                    prop_assert!(b >= *a || a.is_none(),
                        "{} went down from {:?} to {:?} on {}", now.exercise, then.planned, now.planned, s.at);
                }
            }
            // Walking and other timed exercise: at most one step (its percent, rounded up to
            // 10 s) within any 7 days of a phase.
            for earlier in history.sessions[..i].iter().rev()
                .take_while(|e| (s.at.date_naive() - e.at.date_naive()).num_days() <= 7)
                .filter(|e| e.value.phase == s.value.phase)
            {
                for now in s.value.exercises.iter().filter(|e| e.planned.kind == DoseKind::Timed) {
                    let Some(then) = earlier.value.exercises.iter().find(|e| e.exercise == now.exercise) else {
                        continue;
                    };
                    let (a, b) = (then.planned.duration_seconds.unwrap_or(0), now.planned.duration_seconds.unwrap_or(0));
                    let step = (a * rules.step_duration_percent / 100).div_ceil(10).max(1) * 10;
                    prop_assert!(b <= a + step, "{} grew from {a} s to {b} s between {} and {}",
                        now.exercise, earlier.at, s.at);
                }
            }
        }
    }

    #[test]
    fn the_same_journal_gives_the_same_answers_and_the_future_changes_nothing(
        program in program(), journal in journal(), later in 0u32..40,
    ) {
        let history = history_of(&program, &journal);
        let planner = planner(&program, &history);
        for now in moments(&history, later) {
            let position = planner.replay(&history, now);
            prop_assert_eq!(&position, &planner.replay(&history.clone(), now));
            let day = today(&CATALOG, "random", &program, &history, now);
            prop_assert_eq!(&day, &today(&CATALOG, "random", &program, &history, now));
            let past = History {
                sessions: history.sessions.iter().filter(|s| s.at < now).cloned().collect(),
                check_ins: history.check_ins.iter().filter(|c| c.at <= now).cloned().collect(),
                ..history.clone()
            };
            prop_assert_eq!(&position, &planner.replay(&past, now));
        }
    }

    #[test]
    fn a_finished_program_stays_finished(
        program in program(), journal in journal(), days in 1u64..60,
    ) {
        let history = history_of(&program, &journal);
        let planner = planner(&program, &history);
        let Some(last) = history.sessions.last() else { return Ok(()) };
        let end = last.value.ended_at + Duration::minutes(1);
        if planner.replay(&history, end).completed >= planner.total_sessions() {
            let position = planner.replay(&history, end + Duration::days(days as i64));
            prop_assert!(position.completed >= planner.total_sessions(), "unfinished after {days} days");
        }
    }

    #[test]
    fn decide_regresses_above_the_pain_limit_and_progresses_only_when_all_is_well(
        observations in vec((any::<bool>(), prop::option::of(0i64..=10),
            prop::option::of(0i64..=10), prop::option::of(any::<bool>())), 0..6),
        rules in progression(), usual in prop::option::of(0i64..=10),
    ) {
        let observations: Vec<Observation> = observations.into_iter()
            .map(|(all_sets_done, pain, effort, settled)| Observation {
                all_sets_done,
                pain_during: pain.and_then(kern::journal::Score::new),
                effort: effort.and_then(kern::journal::Score::new),
                morning_settled: settled,
                pain_after_rose: false,
                first_time: false,
            })
            .collect();
        let usual = usual.and_then(kern::journal::Score::new);
        let (change, inputs) = decide(&observations, &rules, usual);
        prop_assert_eq!((change, inputs.clone()), decide(&observations, &rules, usual));
        let latest = observations.last().and_then(|o| o.pain_during).map_or(0, |p| p.get());
        if u32::from(latest) > rules.regress_pain_during {
            prop_assert_eq!(change, Change::Regress);
        }
        if change == Change::Progress {
            let window = rules.window_sessions as usize;
            let recent = &observations[observations.len() - window..];
            prop_assert!(recent.iter().all(|o| o.all_sets_done && o.morning_settled != Some(false)));
            let pain = recent.iter().filter_map(|o| o.pain_during).map(|p| u32::from(p.get()));
            prop_assert!(pain.clone().all(|p| p <= rules.pain_during_max && p < rules.pain_during_hold));
            let effort = recent.iter().filter_map(|o| o.effort).map(|e| u32::from(e.get()));
            prop_assert!(effort.clone().all(|e| e <= rules.effort_max));
        }
    }

    #[test]
    fn one_step_stays_in_range_and_leaves_only_by_the_ladder(
        id in prop::sample::select(exercise_ids()), seeds in any::<(Option<u16>, Option<u16>)>(),
        rules in progression(), up in any::<bool>(),
    ) {
        let item = phase_exercise(&id, seeds.0, seeds.1);
        let exercise = &CATALOG.exercises[&id].value;
        let dose = exercise.dose.with_override(&item.dose_override()).prescription();
        let dosed = kern::plan::Dosed { exercise: id.clone(), prescription: dose };
        let (stepped, neighbour) = if up {
            (step_up(&CATALOG, &dosed, &rules), exercise.ladder.harder.clone())
        } else {
            (step_down(&CATALOG, &dosed, &rules), exercise.ladder.easier.clone())
        };
        match stepped {
            Stepped::Dose(next) => {
                prop_assert_eq!(&next.exercise, &id);
                prop_assert_ne!(&next.prescription, &dosed.prescription);
                assert_in_range(&id, &next.prescription, "one step");
            }
            Stepped::Ladder(next) => {
                prop_assert_eq!(Some(next.exercise.clone()), neighbour);
                assert_in_range(&next.exercise, &next.prescription, "ladder step");
            }
            Stepped::AtEnd => prop_assert!(neighbour.is_none()),
        }
    }
}
