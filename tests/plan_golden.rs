//! Golden files: each shipped program followed day by day from Monday 2026-01-05 by a scripted
//! patient (usual pain 3/10), the way the coach would record it. Most days go well (every planned
//! set done, pain during 2–3/10, effort 3–4/10, next morning settled, answered in a check-in before
//! each session); one session hurts (pain during 6/10); a flare-up (pain 6/10 for three days) makes
//! the sessions lighter for a week; a week is missed; and a break of nearly three weeks restarts
//! the phase one step lower. What kern decided, and why, is written in plain English to
//! `tests/golden/<program>.txt` for a physiotherapist to read (the doses and reasons in Dutch in
//! `tests/golden/<program>.nl.txt`), and compared with the committed files. Run with
//! `UPDATE_GOLDEN=1` to write the files instead.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::fmt::Write as _;
use std::mem::{Discriminant, discriminant};
use std::path::PathBuf;

use chrono::{Days, NaiveDate};
use common::{CATALOG, Felt, at, check_in, performed, score, session};
use kern::describe;
use kern::i18n::I18n;
use kern::journal::{Change, Decision, Enrolment, EnrolmentAction, SessionStatus};
use kern::model::{Lang, Prescription, Program, Progression};
use kern::plan::{Dated, DayStatus, History, Notice, Planner, SessionPlan, today};

/// The patient's usual pain.
const USUAL: u32 = 3;
/// Days the simulation may run before giving up.
const MAX_DAYS: u64 = 300;

/// What happens when, in days from the start (day 0 is Monday 2026-01-05).
struct Script {
    /// The session (by number in the program) that hurts: pain during 6/10.
    painful_session: u32,
    /// The first of three days with pain 3 above usual.
    flare_day: u64,
    /// A whole Monday-to-Sunday week without sessions or check-ins.
    missed_week: u64,
    /// The first and last day of a longer break.
    long_break: (u64, u64),
}

fn start() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 1, 5).unwrap()
}

fn name(id: &str, lang: Lang) -> &str {
    CATALOG.exercises[id].value.name.get(lang)
}

/// Whether a decision is worth a line: any change, and a hold for pain, effort, a morning or
/// missed sets; not a hold that only waits for a second session or sits at the top of a ladder.
fn worth_telling(d: &Decision, rules: &Progression) -> bool {
    let i = &d.inputs;
    let pain = i.max_pain_during.map_or(0, |p| u32::from(p.get()));
    let effort = i.max_effort.map_or(0, |e| u32::from(e.get()));
    d.change != Change::Hold
        || pain > rules.regress_pain_during
        || i.unsettled_mornings >= rules.regress_unsettled_mornings
        || (i.sessions >= rules.window_sessions
            && (!i.all_sets_done
                || pain >= rules.pain_during_hold
                || effort > rules.effort_max
                || i.unsettled_mornings > 0))
}

/// Doses, one exercise a line.
fn doses<'a>(
    out: &mut String,
    i18n: &I18n,
    doses: impl Iterator<Item = (&'a str, &'a Prescription)>,
) {
    for (id, p) in doses {
        let dose = describe::prescription(i18n, p);
        writeln!(out, "    {}: {dose}", name(id, i18n.lang())).unwrap();
    }
}

fn planned(plan: &SessionPlan) -> impl Iterator<Item = (&str, &Prescription)> {
    plan.exercises
        .iter()
        .map(|e| (e.exercise.as_str(), &e.prescription))
}

/// The program and the script, in two lines.
fn header(out: &mut String, id: &str, program: &Program, script: &Script) {
    let day = |offset: u64| start() + Days::new(offset);
    let days: Vec<&str> = program.weekdays.iter().map(|d| d.name()).collect();
    let title = program.title.get(Lang::En);
    writeln!(out, "{title} ({id}), started {}", start()).unwrap();
    let (weeks, per_week) = (program.weeks, program.sessions_per_week);
    let days = days.join(", ");
    writeln!(
        out,
        "{weeks} weeks, {per_week} sessions a week on {days}; usual pain {USUAL}/10."
    )
    .unwrap();
    writeln!(
        out,
        "Script: session {} hurts (pain during 6/10); pain 6/10 on {}–{} (flare-up); \
         nothing done {}–{} (missed week) and {}–{} (break).",
        script.painful_session,
        day(script.flare_day),
        day(script.flare_day + 2),
        day(script.missed_week),
        day(script.missed_week + 6),
        day(script.long_break.0),
        day(script.long_break.1),
    )
    .unwrap();
}

/// A notice in words for the physiotherapist.
fn notice_text(notice: &Notice, rules: &Progression) -> String {
    match notice {
        Notice::FlareUp { until } => format!(
            "flare-up (pain {}+ above usual for {}+ hours): lighter sessions until {until}",
            rules.flare_up_pain_rise, rules.flare_up_hours
        ),
        Notice::Restarted { gap_days } => {
            format!("{gap_days} days since the last session: the phase restarts one step lower")
        }
        Notice::Review { week } => format!(
            "week {week}: pain and function not 30% better; suggest a review with the physiotherapist"
        ),
        other => format!("{other:?}"),
    }
}

/// Follows one program over the script and returns the text for the physiotherapist.
fn simulate(id: &str, script: &Script, lang: Lang) -> String {
    let program: &Program = &CATALOG.programs[id].value;
    let rules = &program.progression;
    let i18n = I18n::new(lang);
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
    let mut out = String::new();
    header(&mut out, id, program, script);
    let (mut unanswered, mut phase, mut last_number) = (false, 0, 0);
    let mut shown: Vec<Discriminant<Notice>> = Vec::new();
    for offset in 0..MAX_DAYS {
        let date = start() + Days::new(offset);
        let away = (script.missed_week..script.missed_week + 7).contains(&offset)
            || (script.long_break.0..=script.long_break.1).contains(&offset);
        if away {
            continue;
        }
        // The check-in before the session: pain now, and the morning after the last session.
        let flare = (script.flare_day..script.flare_day + 3).contains(&offset);
        let pain = if flare { USUAL + 3 } else { USUAL };
        let settled = pain <= USUAL + rules.morning_pain_above_usual;
        let morning = std::mem::take(&mut unanswered).then_some((settled, pain));
        history.check_ins.push(Dated {
            at: at(date, 17, 30),
            value: check_in(pain, morning),
        });
        let day = today(&CATALOG, id, program, &history, at(date, 17, 45));
        for notice in &day.notices {
            if !shown.contains(&discriminant(notice)) {
                writeln!(out, "{date} notice: {}", notice_text(notice, rules)).unwrap();
            }
        }
        shown = day.notices.iter().map(discriminant).collect();
        if day.status == DayStatus::Finished {
            writeln!(out, "{date} program finished.").unwrap();
            break;
        }
        let Some(plan) = day.session.filter(|_| day.status == DayStatus::SessionDue) else {
            continue;
        };
        let painful = plan.number == script.painful_session && plan.number > last_number;
        last_number = last_number.max(plan.number);
        let felt = Felt {
            pain_during: Some(if painful { 6 } else { 2 + plan.number % 2 }),
            effort: Some(3 + plan.number % 2),
        };
        let (number, week) = (plan.number, plan.week);
        writeln!(
            out,
            "{date} session {number} (week {week}, phase {})",
            plan.phase
        )
        .unwrap();
        for d in day.changes.iter().filter(|d| worth_telling(d, rules)) {
            let text = describe::decision(&i18n, &CATALOG, rules, d);
            writeln!(out, "    {text}").unwrap();
        }
        if plan.phase != phase {
            phase = plan.phase;
            let phase_name = program.phases[phase as usize - 1].name.get(lang);
            writeln!(out, "  phase {phase} \"{phase_name}\" starts with:").unwrap();
            doses(&mut out, &i18n, planned(&plan));
        }
        let flare_up = day
            .notices
            .iter()
            .any(|n| matches!(n, Notice::FlareUp { .. }));
        let told = |id: &str| {
            day.changes
                .iter()
                .any(|d| d.change == Change::FlareUp && d.exercise == id)
        };
        if flare_up && plan.exercises.iter().any(|e| !told(&e.exercise)) {
            writeln!(out, "  lighter for the flare-up:").unwrap();
            doses(&mut out, &i18n, planned(&plan));
        }
        let (pain, effort) = (felt.pain_during.unwrap(), felt.effort.unwrap());
        writeln!(
            out,
            "  done: every set, pain during {pain}/10, effort {effort}/10"
        )
        .unwrap();
        let exercises = plan
            .exercises
            .iter()
            .map(|e| performed(&e.exercise, &e.prescription, e.prescription.sets))
            .collect();
        let started = at(date, 18, 0);
        let record = session(
            id,
            plan.phase,
            started,
            SessionStatus::Complete,
            felt,
            exercises,
        );
        history.sessions.push(Dated {
            at: started,
            value: record,
        });
        unanswered = true;
    }
    let planner = Planner {
        catalog: &CATALOG,
        program,
        usual_pain: Some(score(USUAL)),
    };
    let end = history
        .sessions
        .last()
        .map_or(start(), |s| s.at.date_naive());
    let position = planner.replay(&history, at(end, 23, 0));
    let (done, total) = (position.completed, planner.total_sessions());
    writeln!(
        out,
        "Final position: {done} of {total} sessions done; doses after the last decisions:"
    )
    .unwrap();
    let slots = position.slots.iter();
    doses(
        &mut out,
        &i18n,
        slots.map(|s| (s.dosed.exercise.as_str(), &s.dosed.prescription)),
    );
    out
}

/// Compares with (or, with `UPDATE_GOLDEN=1`, writes) `tests/golden/<id>.txt` and
/// `tests/golden/<id>.nl.txt`.
fn check(id: &str, script: &Script) {
    check_one(id, script, Lang::En, "txt");
    check_one(id, script, Lang::Nl, "nl.txt");
}

fn check_one(id: &str, script: &Script, lang: Lang, ext: &str) {
    let text = simulate(id, script, lang);
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("tests/golden/{id}.{ext}"));
    if std::env::var_os("UPDATE_GOLDEN").is_some_and(|v| v == "1") {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &text).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e}; run with UPDATE_GOLDEN=1", path.display()));
    if text != expected {
        let line = text
            .lines()
            .zip(expected.lines())
            .position(|(a, b)| a != b)
            .unwrap_or_else(|| text.lines().count().min(expected.lines().count()));
        panic!(
            "{} differs from line {}:\n  got:      {:?}\n  expected: {:?}\nrun with UPDATE_GOLDEN=1 to accept",
            path.display(),
            line + 1,
            text.lines().nth(line),
            expected.lines().nth(line)
        );
    }
}

#[test]
fn gentle_start() {
    check(
        "gentle-start",
        &Script {
            painful_session: 3,
            flare_day: 4,
            missed_week: 7,
            long_break: (17, 36),
        },
    );
}

#[test]
fn pilates_chronic() {
    check(
        "pilates-chronic",
        &Script {
            painful_session: 7,
            flare_day: 28,
            missed_week: 42,
            long_break: (63, 82),
        },
    );
}

#[test]
fn core_hip_strength() {
    check(
        "core-hip-strength",
        &Script {
            painful_session: 9,
            flare_day: 21,
            missed_week: 35,
            long_break: (49, 68),
        },
    );
}

#[test]
fn back_to_activity() {
    check(
        "back-to-activity",
        &Script {
            painful_session: 4,
            flare_day: 14,
            missed_week: 21,
            long_break: (35, 54),
        },
    );
}
