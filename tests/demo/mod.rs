//! A scripted demo journal for the report: five weeks of "Trunk and hip strength" from Monday
//! 2026-10-05 to Sunday 2026-11-08, on Monday, Wednesday and Friday, usual pain 6/10. The coach's
//! own planner (`kern::plan::today`) sets each session's doses and decisions, so the decisions are
//! the ones kern would really show.
//!
//! - Pain every morning (a diary entry) and before each session: 6 in week 1, 5 in week 2, 5 in
//!   week 3 with a flare-up of 8 from Tuesday to Thursday, 4 in week 4, 3 in week 5.
//! - Sessions: all three in week 1; week 2's Wednesday stopped early when the bridge hurt (pain
//!   during 6); nothing in week 3; all three in week 4 (lighter for the flare-up on Monday and
//!   Wednesday); week 5's Wednesday stopped early for lack of time and Friday missed.
//! - Function on three activities at the start, in week 3 and in week 5: 3/4/2, 4/5/3, 6/6/4.
//! - A red-flag screen at the start; the weekly "anything new?" answered "no", except "yes" on
//!   Monday 2026-10-26, answered by a second screen that day (both clear).
//! - A global rating of change of +4 on Friday 2026-11-06; four notes.

#![allow(dead_code)]

use std::path::Path;

use chrono::{DateTime, Datelike, Days, FixedOffset, NaiveDate};
use kern::journal::{
    ActivityScore, Body, CheckIn, CheckInContext, Enrolment, EnrolmentAction, Entry, FunctionScore,
    GlobalRating, Journal, NextMorning, Rating, RedFlagAnswer, RedFlagScreen, SessionRecord,
    SessionStatus, new_id,
};
use kern::model::Weekday;
use kern::plan::{DayStatus, History, today};
use kern::safety::{RedFlag, Urgency};

use crate::common::{CATALOG, at, performed, score};

/// The program followed.
pub const PROGRAM: &str = "core-hip-strength";
/// The patient's activities.
pub const ACTIVITIES: [&str; 3] = [
    "Putting on socks",
    "Gardening for an hour",
    "Sitting through a film",
];

/// The first day.
pub fn start() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 10, 5).unwrap()
}

/// The last day of the demo.
pub fn until() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 8).unwrap()
}

/// When the report is made: the next morning.
pub fn now() -> DateTime<FixedOffset> {
    at(until() + Days::new(1), 9, 0)
}

/// A day of the demo, counted from the first.
fn day(offset: u64) -> NaiveDate {
    start() + Days::new(offset)
}

/// Pain on a day.
pub fn pain(date: NaiveDate) -> u32 {
    let offset = (date - start()).num_days();
    match offset / 7 {
        0 => 6,
        1 => 5,
        2 if (15..=17).contains(&offset) => 8,
        2 => 5,
        3 => 4,
        _ => 3,
    }
}

/// How a session day goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Plan {
    Full,
    /// Stopped during the bridge, which hurt.
    Hurt,
    /// Stopped before the last two exercises.
    NoTime,
}

fn session_plan(date: NaiveDate) -> Option<Plan> {
    let week = (date - start()).num_days() / 7;
    let weekday = date.weekday();
    let session_day = matches!(
        weekday,
        chrono::Weekday::Mon | chrono::Weekday::Wed | chrono::Weekday::Fri
    );
    if !session_day || week == 2 {
        return None;
    }
    match (week, weekday) {
        (1, chrono::Weekday::Wed) => Some(Plan::Hurt),
        (4, chrono::Weekday::Wed) => Some(Plan::NoTime),
        (4, chrono::Weekday::Fri) => None,
        _ => Some(Plan::Full),
    }
}

struct Writer {
    rng: fastrand::Rng,
    entries: Vec<Entry>,
}

impl Writer {
    fn add(&mut self, when: DateTime<FixedOffset>, body: Body) {
        let id = new_id(when, body.kind(), &mut self.rng);
        let entry = Entry::new(id, when, when + chrono::Duration::minutes(1), body);
        self.entries.push(entry);
    }
}

fn screen() -> Body {
    Body::RedFlags(RedFlagScreen {
        answers: RedFlag::ALL
            .iter()
            .map(|flag| RedFlagAnswer {
                flag: *flag,
                present: false,
            })
            .collect(),
        outcome: Urgency::Clear,
        clinician_checked: false,
    })
}

fn function(scores: [i64; 3], week: u32) -> Body {
    Body::Function(FunctionScore {
        activities: ACTIVITIES
            .iter()
            .zip(scores)
            .map(|(name, s)| ActivityScore {
                activity: (*name).to_owned(),
                score: score(s as u32),
            })
            .collect(),
        week: Some(week),
    })
}

fn note(date: NaiveDate) -> Option<String> {
    match (date - start()).num_days() {
        3 => Some("Stiff after a long car drive".into()),
        15 => Some("Carried boxes all weekend when moving house".into()),
        _ => None,
    }
}

/// The demo journal, oldest first.
pub fn entries() -> Vec<Entry> {
    let program = &CATALOG.programs[PROGRAM].value;
    let mut w = Writer {
        rng: fastrand::Rng::with_seed(2026),
        entries: Vec::new(),
    };
    w.add(
        at(start(), 7, 50),
        Body::Enrolment(Enrolment {
            action: EnrolmentAction::Start,
            program: PROGRAM.into(),
            program_version: program.version,
            start_date: start(),
            weekdays: vec![Weekday::Mon, Weekday::Wed, Weekday::Fri],
            activities: ACTIVITIES.iter().map(|a| (*a).to_owned()).collect(),
            usual_pain: Some(score(6)),
            reason: None,
        }),
    );
    w.add(at(start(), 7, 52), screen());
    w.add(at(start(), 7, 55), function([3, 4, 2], 1));
    let mut unanswered = false;
    for offset in 0..=(until() - start()).num_days() as u64 {
        let date = day(offset);
        let p = pain(date);
        let monday = date.weekday() == chrono::Weekday::Mon;
        w.add(
            at(date, 8, 0),
            Body::CheckIn(CheckIn {
                context: CheckInContext::Diary,
                pain_now: score(p),
                pain_average: Some(score(p)),
                next_morning: None,
                red_flags_new: monday.then_some(offset == 21),
                note: note(date),
            }),
        );
        match offset {
            14 => w.add(at(date, 8, 5), function([4, 5, 3], 3)),
            21 => w.add(at(date, 8, 5), screen()),
            28 => w.add(at(date, 8, 5), function([6, 6, 4], 5)),
            32 => w.add(
                at(date, 19, 0),
                Body::GlobalRating(GlobalRating {
                    rating: Rating::new(4).unwrap(),
                    week: Some(5),
                }),
            ),
            _ => {}
        }
        let Some(plan) = session_plan(date) else {
            continue;
        };
        w.add(
            at(date, 17, 55),
            Body::CheckIn(CheckIn {
                context: CheckInContext::BeforeSession,
                pain_now: score(p),
                pain_average: None,
                next_morning: unanswered.then(|| NextMorning {
                    settled: true,
                    pain: score(p),
                }),
                red_flags_new: None,
                note: None,
            }),
        );
        let history = History::from_entries(&w.entries);
        let day_plan = today(&CATALOG, PROGRAM, program, &history, at(date, 17, 58));
        assert_eq!(
            day_plan.status,
            DayStatus::SessionDue,
            "{date}: {day_plan:?}"
        );
        let planned = day_plan.session.unwrap();
        let done_until = match plan {
            Plan::Full => planned.exercises.len(),
            Plan::Hurt => 1,
            Plan::NoTime => planned.exercises.len() - 2,
        };
        let exercises = planned
            .exercises
            .iter()
            .enumerate()
            .map(|(i, e)| {
                let p = &e.prescription;
                let sets = if i < done_until { p.sets } else { 0 };
                let mut record = performed(&e.exercise, p, sets);
                let hurt = plan == Plan::Hurt && i == done_until;
                if hurt {
                    record = performed(&e.exercise, p, 1);
                }
                if i <= done_until {
                    record.pain_during = Some(score(if hurt { 6 } else { 3 }));
                }
                record
            })
            .collect();
        let started = at(date, 18, 0);
        let (status, note) = match plan {
            Plan::Full => (SessionStatus::Complete, None),
            Plan::Hurt => (
                SessionStatus::Partial,
                Some("Stopped: the bird-dog hurt today".to_owned()),
            ),
            Plan::NoTime => (
                SessionStatus::Partial,
                Some("Ran out of time before dinner".to_owned()),
            ),
        };
        let minutes = if status == SessionStatus::Complete {
            planned.minutes
        } else {
            planned.minutes / 2
        };
        let session = SessionRecord {
            program: PROGRAM.into(),
            program_version: program.version,
            phase: planned.phase,
            planned_date: date,
            status,
            started_at: started,
            ended_at: started + chrono::Duration::minutes(i64::from(minutes) + 5),
            active_seconds: minutes * 60,
            pain_during_max: Some(score(if plan == Plan::Hurt { 6 } else { 3 })),
            effort: Some(score(if offset % 2 == 0 { 4 } else { 5 })),
            pain_after: Some(score(p.saturating_sub(1))),
            note,
            exercises,
            decisions: day_plan.changes.clone(),
            hurt: None,
        };
        w.add(started, Body::Session(Box::new(session)));
        unanswered = true;
    }
    w.entries
}

/// The demo journal written into `<dir>/data`, and `kern` pointed at it.
pub fn kern_with_demo(dir: &Path) -> impl Fn() -> assert_cmd::Command + '_ {
    let journal = Journal::new(&dir.join("data"));
    for entry in entries() {
        journal.write(&entry).unwrap();
    }
    move || {
        let mut cmd = assert_cmd::Command::cargo_bin("kern").unwrap();
        cmd.env("KERN_DATA_DIR", dir.join("data"))
            .env("KERN_CONFIG_DIR", dir.join("config"))
            .env("KERN_LANG", "en")
            .current_dir(dir);
        cmd
    }
}
