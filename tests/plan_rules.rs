//! Every rule sentence `kern program ID` shows is a rule the plan applies: each sentence of
//! `describe::rule_messages` (with the program's own numbers) is driven here with a scripted
//! journal, and a sentence without a scenario fails the test. The numbers in the assertions come
//! from the program's parameters, as the sentences do.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use chrono::{Days, NaiveDate};
use common::{CATALOG, Felt, at, check_in, performed, score, session};
use kern::describe;
use kern::journal::{Change, Decision, Enrolment, EnrolmentAction, HurtAnswer, SessionStatus};
use kern::model::{DoseKind, Program, Progression};
use kern::plan::{Dated, History, Notice, Planner, needs_hurt_question, today};
use kern::session::{Engine, session_exercises};

const PROGRAM: &str = "core-hip-strength";
const USUAL: u32 = 3;

fn day(n: u64) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 1, 5).unwrap() + Days::new(n)
}

fn program() -> &'static Program {
    &CATALOG.programs[PROGRAM].value
}

fn rules() -> &'static Progression {
    &program().progression
}

/// A patient following the program, writing the journal as the coach would.
struct Patient {
    history: History,
}

impl Patient {
    fn new() -> Patient {
        Patient {
            history: History {
                enrolment: Some(Enrolment {
                    action: EnrolmentAction::Start,
                    program: PROGRAM.into(),
                    program_version: 1,
                    start_date: day(0),
                    weekdays: program().weekdays.clone(),
                    activities: Vec::new(),
                    usual_pain: Some(score(USUAL)),
                    reason: None,
                }),
                ..History::default()
            },
        }
    }

    fn planner(&self) -> Planner<'static> {
        Planner {
            catalog: &CATALOG,
            program: program(),
            usual_pain: Some(score(USUAL)),
        }
    }

    /// A check-in at 8:00 on day `n`: pain now and, maybe, the next-morning pain.
    fn morning(&mut self, n: u64, pain: u32, morning: Option<u32>) {
        let answer = morning.map(|m| (m <= USUAL + rules().morning_pain_above_usual, m));
        self.history.check_ins.push(Dated {
            at: at(day(n), 8, 0),
            value: check_in(pain, answer),
        });
    }

    /// A session at 18:00 on day `n`, every set done; returns the decisions shown before it.
    fn session(&mut self, n: u64, pain: u32, effort: u32) -> Vec<Decision> {
        self.session_with(n, pain, effort, None)
    }

    fn session_with(
        &mut self,
        n: u64,
        pain: u32,
        effort: u32,
        hurt: Option<(usize, u32)>,
    ) -> Vec<Decision> {
        let started = at(day(n), 18, 0);
        let position = self.planner().replay(&self.history, started);
        let mut records: Vec<_> = position
            .slots
            .iter()
            .map(|s| {
                performed(
                    &s.dosed.exercise,
                    &s.dosed.prescription,
                    s.dosed.prescription.sets,
                )
            })
            .collect();
        let felt = Felt {
            pain_during: Some(pain),
            effort: Some(effort),
        };
        let mut record = session(
            PROGRAM,
            position.phase as u32 + 1,
            started,
            SessionStatus::Complete,
            felt,
            Vec::new(),
        );
        if let Some((slot, hurt_pain)) = hurt {
            records[slot].pain_during = Some(score(hurt_pain));
            record.pain_during_max = Some(score(hurt_pain));
            record.hurt = Some(HurtAnswer {
                exercises: vec![records[slot].exercise.clone()],
                not_sure: false,
            });
        }
        record.exercises = records;
        self.history.sessions.push(Dated {
            at: started,
            value: record,
        });
        position.changes
    }

    /// The decisions known at 17:00 on day `n`.
    fn decisions(&self, n: u64) -> Vec<Decision> {
        self.planner()
            .replay(&self.history, at(day(n), 17, 0))
            .changes
    }
}

fn all(decisions: &[Decision], change: Change) -> bool {
    !decisions.is_empty() && decisions.iter().all(|d| d.change == change)
}

fn any_down(decisions: &[Decision]) -> bool {
    decisions
        .iter()
        .any(|d| matches!(d.change, Change::Regress | Change::LadderDown))
}

/// Two good sessions (Monday and Wednesday, morning answered between), then the decisions before
/// Friday's, with the given next-morning pain after Wednesday's.
fn after_two(pain: u32, effort: u32, morning_after_second: u32) -> Vec<Decision> {
    let mut p = Patient::new();
    p.session(0, 2, 3);
    p.morning(1, USUAL, Some(USUAL));
    p.session(2, pain, effort);
    p.morning(3, USUAL, Some(morning_after_second));
    p.decisions(4)
}

fn rule_start() {
    let limits = rules();
    let mut p = Patient::new();
    p.session(0, limits.start_pain_max, limits.start_effort_max);
    assert!(all(&p.decisions(1), Change::Hold), "a light start waits");
    let mut p = Patient::new();
    p.session(0, 2, limits.start_effort_max + 1);
    let d = p.decisions(1);
    assert!(d.iter().all(|d| d.inputs.first_session), "{d:?}");
    assert!(
        any_down(&d),
        "a first session above the starting effort steps down: {d:?}"
    );
    let mut p = Patient::new();
    p.session(0, limits.start_pain_max + 1, 2);
    assert!(any_down(&p.decisions(1)));
}

fn rule_progress() {
    let r = rules();
    let progressed = |d: &[Decision]| {
        d.iter()
            .filter(|d| matches!(d.change, Change::Progress | Change::LadderUp))
            .count()
    };
    let allowed = USUAL + r.morning_pain_above_usual;
    assert_eq!(
        progressed(&after_two(
            r.pain_during_max.min(r.pain_during_hold - 1),
            r.effort_max,
            allowed
        )),
        7
    );
    // One point more the next morning, or one more of effort: no step up.
    assert_eq!(progressed(&after_two(2, 3, allowed + 1)), 0);
    assert_eq!(progressed(&after_two(2, r.effort_max + 1, USUAL)), 0);
    // Fewer sessions than the window: no step up.
    let mut p = Patient::new();
    p.session(0, 2, 3);
    assert_eq!(progressed(&p.decisions(1)), 0);
}

fn rule_step() {
    let r = rules();
    let decisions = after_two(2, 3, USUAL);
    assert!(
        decisions
            .iter()
            .any(|d| d.from.reps.as_ref().is_some_and(|r| r.is_per_set())),
        "the program has a dose given set by set (the curl-up's 5-3-1)"
    );
    for d in decisions {
        assert!(
            matches!(d.change, Change::Progress | Change::LadderUp),
            "{d:?}"
        );
        let range = &CATALOG.exercises[&d.exercise].value.dose.range;
        let per_set = d.from.reps.as_ref().is_some_and(|r| r.is_per_set());
        match d.from.kind {
            // A dose given set by set (5-3-1): one more in each set, the sets as they were.
            _ if per_set
                && d.change == Change::Progress
                && d.to.hold_seconds == d.from.hold_seconds =>
            {
                let top = range.reps.unwrap()[1];
                let (from, to) = (d.from.reps.as_ref().unwrap(), d.to.reps.as_ref().unwrap());
                assert_eq!(to, &from.map(|v| (v + 1).min(top)), "{d:?}");
                assert_eq!(d.to.sets, d.from.sets, "{d:?}");
            }
            DoseKind::Reps if d.to.sets == d.from.sets => {
                let (from, to) = (d.from.reps.as_ref().unwrap(), d.to.reps.as_ref().unwrap());
                let step = r.step_reps.min(range.reps.unwrap()[1] - from.top());
                assert_eq!(to.top(), from.top() + step, "{d:?}");
            }
            DoseKind::Hold if d.to.sets == d.from.sets => {
                let (a, b) = (d.from.hold_seconds.unwrap(), d.to.hold_seconds.unwrap());
                let top = range.hold_seconds.unwrap()[1];
                assert_eq!(b, (a + r.step_hold_seconds).min(top), "{d:?}");
            }
            DoseKind::Timed => {
                let a = d.from.duration_seconds.unwrap();
                let step = (a * r.step_duration_percent / 100).div_ceil(10).max(1) * 10;
                assert_eq!(d.to.duration_seconds.unwrap(), a + step, "{d:?}");
            }
            _ => assert_eq!(d.to.sets, d.from.sets + r.step_sets, "{d:?}"),
        }
    }
}

fn rule_rate() {
    let r = rules();
    let mut p = Patient::new();
    let mut last_up: std::collections::HashMap<String, NaiveDate> = Default::default();
    for n in 0..28 {
        p.morning(n, USUAL, (n > 0).then_some(USUAL));
        for d in p.session(n, 2, 3) {
            if matches!(d.change, Change::Progress | Change::LadderUp) {
                let every = if d.from.kind == DoseKind::Timed {
                    r.min_days_between_steps.max(7)
                } else {
                    r.min_days_between_steps
                };
                if let Some(last) = last_up.get(&d.exercise) {
                    let days = (day(n) - *last).num_days();
                    assert!(
                        days >= i64::from(every),
                        "{} stepped up after {days} days",
                        d.exercise
                    );
                }
                last_up.insert(d.exercise.clone(), day(n));
            }
            if d.change == Change::Hold {
                let dosed = kern::plan::Dosed {
                    exercise: d.exercise.clone(),
                    prescription: d.from.clone(),
                };
                let at_top =
                    kern::plan::step::step_up(&CATALOG, &dosed, r) == kern::plan::Stepped::AtEnd;
                let waiting =
                    d.inputs.days_since_step.is_some() || d.inputs.sessions < r.window_sessions;
                assert!(waiting || at_top, "{d:?}");
            }
        }
    }
    assert!(!last_up.is_empty());
}

fn rule_hold() {
    let r = rules();
    let d = after_two(r.pain_during_hold, 3, USUAL);
    assert!(all(&d, Change::Hold), "pain at the hold level holds: {d:?}");
    // One unsettled morning holds.
    let mut p = Patient::new();
    p.session(0, 2, 3);
    p.morning(1, USUAL, Some(USUAL + r.morning_pain_above_usual + 1));
    p.session(2, 2, 3);
    p.morning(3, USUAL, Some(USUAL));
    assert!(all(&p.decisions(4), Change::Hold));
}

fn rule_regress() {
    let r = rules();
    assert!(any_down(&after_two(r.regress_pain_during + 1, 3, USUAL)));
    assert!(!any_down(&after_two(
        r.regress_pain_during.min(r.pain_during_hold),
        3,
        USUAL
    )));
    assert!(any_down(&after_two(2, r.regress_effort, USUAL)));
    assert!(!any_down(&after_two(2, r.regress_effort - 1, USUAL)));
    let unsettled = USUAL + r.morning_pain_above_usual + 1;
    let mut p = Patient::new();
    p.session(0, 2, 3);
    p.morning(1, USUAL, Some(unsettled));
    p.session(2, 2, 3);
    p.morning(3, USUAL, Some(unsettled));
    assert_eq!(r.regress_unsettled_mornings, 2);
    assert!(any_down(&p.decisions(4)));
}

fn rule_trend() {
    let r = rules();
    let half = u64::from(r.morning_trend_days / 2);
    let mut p = Patient::new();
    let mut trend_seen = 0;
    for n in (0..=2 * half).step_by(2) {
        // Usual − 1 in the first half, usual in the second: each morning still settles.
        let morning = if n < half {
            USUAL - 1
        } else {
            USUAL - 1 + r.morning_trend_rise
        };
        p.morning(n, USUAL, (n > 0).then_some(morning));
        let d = p.session(n, 2, 3);
        if d.iter().any(|d| d.inputs.morning_trend) {
            trend_seen += 1;
            assert!(any_down(&d), "{d:?}");
        }
    }
    assert_eq!(trend_seen, 1, "one rise steps back once");
}

fn rule_hurt() {
    let r = rules();
    let ask_at = r.pain_during_hold.min(r.pain_during_max + 1);
    assert!(needs_hurt_question(
        r,
        Some(score(USUAL)),
        Some(score(ask_at)),
        None
    ));
    assert!(!needs_hurt_question(
        r,
        Some(score(USUAL)),
        Some(score(ask_at - 1)),
        None
    ));
    assert!(needs_hurt_question(
        r,
        Some(score(USUAL)),
        None,
        Some(score(USUAL + 2))
    ));
    let mut p = Patient::new();
    p.session(0, 2, 3);
    p.morning(1, USUAL, Some(USUAL));
    p.session_with(2, 2, 3, Some((1, r.regress_pain_during + 1)));
    p.morning(3, USUAL, Some(USUAL));
    let d = p.decisions(4);
    for d in &d {
        let named = d.exercise == p.history.sessions[1].value.exercises[1].exercise;
        assert_eq!(
            named,
            matches!(d.change, Change::Regress | Change::LadderDown),
            "{d:?}"
        );
    }
}

fn rule_carry() {
    // Good sessions all through the first phase: what goes on keeps what was reached.
    let mut p = Patient::new();
    for (i, n) in [0, 2, 4, 7, 9, 11].into_iter().enumerate() {
        p.morning(n, USUAL, (i > 0).then_some(USUAL));
        p.session(n, 2, 3);
    }
    // The doses of the last session of the first phase.
    let reached = p.planner().replay(&p.history, at(day(11), 18, 0)).slots;
    let next = p.planner().replay(&p.history, at(day(14), 17, 0));
    assert_eq!(next.phase, 1);
    let written = p.planner().phase_slots(1);
    for (slot, written) in next.slots.iter().zip(&written) {
        match reached
            .iter()
            .find(|r| r.dosed.exercise == slot.dosed.exercise)
        {
            Some(r) => {
                let kept =
                    kern::plan::carry::larger(&r.dosed.prescription, &written.dosed.prescription);
                assert_eq!(slot.dosed.prescription, kept, "{}", slot.dosed.exercise);
            }
            None => assert_eq!(
                slot.dosed, written.dosed,
                "a new exercise starts as written"
            ),
        }
    }
}

fn rule_session_stop() {
    let r = rules();
    let position = Patient::new()
        .planner()
        .replay(&History::default(), at(day(0), 9, 0));
    let plan = kern::plan::SessionPlan {
        program: PROGRAM.into(),
        program_version: 1,
        phase: 1,
        number: 1,
        week: 1,
        date: day(0),
        minutes: 30,
        exercises: position
            .slots
            .iter()
            .map(|s| s.dosed.planned(s.index))
            .collect(),
    };
    let mut engine = Engine::new(session_exercises(&CATALOG, &plan), r.session_pain_stop);
    engine.start(0);
    engine.advance(60_000);
    engine.hurts(60_000);
    assert!(engine.hurt_pain(score(r.session_pain_stop)).may_continue);
    engine.hurts(60_000);
    assert!(
        !engine
            .hurt_pain(score(r.session_pain_stop + 1))
            .may_continue
    );
}

fn rule_flare_up() {
    let r = rules();
    let mut p = Patient::new();
    p.session(0, 2, 3);
    for n in 1..=3 {
        p.morning(n, USUAL + r.flare_up_pain_rise, None);
    }
    p.session(3, 2, 3);
    let at_day = |n| at(day(n), 17, 0);
    let now = today(&CATALOG, PROGRAM, program(), &p.history, at_day(4));
    let until = day(3) + Days::new(u64::from(r.flare_up_days));
    assert!(
        now.notices.contains(&Notice::FlareUp { until }),
        "{:?}",
        now.notices
    );
    let d = p.decisions(4);
    assert!(all(&d, Change::FlareUp), "{d:?}");
    for d in d.iter().filter(|d| d.from.kind != DoseKind::Timed) {
        // Less volume, unless the dose is already at the bottom of its range.
        let bottom = CATALOG.exercises[&d.exercise].value.dose.range.sets[0];
        let less = kern::plan::carry::volume(&d.to) < kern::plan::carry::volume(&d.from);
        assert!(less || d.from.sets == bottom, "{d:?}");
    }
}

fn rule_long_gap() {
    let r = rules();
    let mut p = Patient::new();
    p.session(0, 2, 3);
    p.session(2, 2, 3);
    let back = 2 + u64::from(r.long_gap_days) + 1;
    assert!(all(&p.decisions(back), Change::Restart));
    assert!(
        !p.decisions(2 + u64::from(r.long_gap_days))
            .iter()
            .any(|d| d.change == Change::Restart)
    );
}

fn rule_review() {
    let r = rules();
    let mut p = Patient::new();
    let week = u64::from(r.review_week);
    for n in 0..(week * 7) {
        p.morning(n, USUAL, None);
    }
    let date = day((week - 1) * 7);
    let now = today(&CATALOG, PROGRAM, program(), &p.history, at(date, 17, 0));
    assert!(
        now.notices.contains(&Notice::Review {
            week: r.review_week
        }),
        "{:?}",
        now.notices
    );
    let before = today(
        &CATALOG,
        PROGRAM,
        program(),
        &p.history,
        at(date - Days::new(1), 17, 0),
    );
    assert!(
        !before
            .notices
            .iter()
            .any(|n| matches!(n, Notice::Review { .. }))
    );
}

#[test]
fn every_rule_sentence_is_a_rule_the_plan_applies() {
    let scenarios: [(&str, fn()); 13] = [
        ("rule-start", rule_start),
        ("rule-progress", rule_progress),
        ("rule-step", rule_step),
        ("rule-rate", rule_rate),
        ("rule-hold", rule_hold),
        ("rule-regress", rule_regress),
        ("rule-trend", rule_trend),
        ("rule-hurt", rule_hurt),
        ("rule-carry", rule_carry),
        ("rule-session-stop", rule_session_stop),
        ("rule-flare-up", rule_flare_up),
        ("rule-long-gap", rule_long_gap),
        ("rule-review", rule_review),
    ];
    let shown = describe::rule_messages(rules());
    assert_eq!(
        shown.len(),
        scenarios.len(),
        "a sentence without a scenario, or the reverse"
    );
    for msg in shown {
        let (_, scenario) = scenarios
            .iter()
            .find(|(id, _)| *id == msg.id)
            .unwrap_or_else(|| panic!("no scenario drives '{}'", msg.id));
        scenario();
    }
}
