//! A day in words, for `kern today` and the plain coach when no session is due: the program, the
//! notices, today's exercises and doses, what changed and why, the next session, the measures
//! due.

use crate::catalog::Catalog;
use crate::i18n::{I18n, Msg};
use crate::model::{Activity, Program};
use crate::plan::{DayStatus, RestDayActivity, Today};

/// What a rest day holds, in one sentence: the phase's activity ("Rest day from exercises.
/// Today: walk 15 minutes."), or the plain rest-day line when the phase prescribes none.
pub fn rest_day(i18n: &I18n, day: &Today) -> String {
    match &day.activity {
        Some(activity) => i18n
            .format(&Msg::new("activity-rest-day").arg("activity", activity_words(i18n, activity))),
        None => i18n.text("today-rest"),
    }
}

/// The activity to do in words: "walk 15 minutes".
pub fn activity_words(i18n: &I18n, activity: &RestDayActivity) -> String {
    i18n.format(
        &Msg::new(format!("activity-{}", activity.kind.name())).num("minutes", activity.minutes),
    )
}

/// What was recorded for today's activity, or how to record it: "Walked today: 10 of 15
/// minutes." / "Done? Record it: kern log --walked 15".
pub fn activity_hint(i18n: &I18n, day: &Today) -> Option<String> {
    let activity = day.activity.as_ref()?;
    Some(if activity.done > 0 {
        i18n.format(
            &Msg::new(format!("activity-done-{}", activity.kind.name()))
                .num("done", activity.done)
                .num("minutes", activity.minutes),
        )
    } else {
        i18n.format(&Msg::new("activity-log-hint").num("minutes", activity.minutes))
    })
}

/// A phase's daily activity as the program shows it: "On days without a session: walk 10
/// minutes, 10% more every 7 days, up to 30 minutes."
pub fn activity_rule(i18n: &I18n, activity: &Activity) -> String {
    let start = RestDayActivity {
        kind: activity.kind,
        minutes: activity.minutes,
        done: 0,
    };
    i18n.format(
        &Msg::new("activity-phase")
            .arg("activity", activity_words(i18n, &start))
            .num("percent", activity.growth_percent)
            .num("max", activity.max_minutes),
    )
}

/// The day in words.
pub fn today(i18n: &I18n, catalog: &Catalog, program: &Program, day: &Today) -> String {
    let lang = i18n.lang();
    let mut out = format!(
        "{}\n",
        i18n.format(
            &Msg::new("today-title")
                .arg("date", day.date.to_string())
                .arg("program", program.title.get(lang))
                .num("done", day.completed)
                .num("total", day.total)
        )
    );
    for notice in &day.notices {
        out.push_str(&format!("\n! {}\n", super::wording::notice(i18n, notice)));
    }
    match day.status {
        DayStatus::SessionDue | DayStatus::DoneToday => {
            if let Some(session) = &day.session {
                let phase_name = program
                    .phases
                    .get(session.phase as usize - 1)
                    .map_or("", |p| p.name.get(lang));
                out.push_str(&format!(
                    "\n{}\n",
                    i18n.format(
                        &Msg::new("today-session")
                            .num("number", session.number)
                            .num("week", session.week)
                            .arg("phase", phase_name)
                            .num("minutes", session.minutes)
                    )
                ));
                for planned in &session.exercises {
                    let name = catalog.exercise_name(&planned.exercise, lang);
                    out.push_str(&format!(
                        "  - {name:<34} {}\n",
                        super::prescription(i18n, &planned.prescription)
                    ));
                }
            } else {
                let done = if day.stopped_early {
                    "today-done-partial"
                } else {
                    "today-done"
                };
                out.push_str(&format!("\n{}\n", i18n.text(done)));
            }
        }
        DayStatus::RestDay => {
            out.push_str(&format!("\n{}\n", rest_day(i18n, day)));
            if let Some(hint) = activity_hint(i18n, day) {
                out.push_str(&format!("{hint}\n"));
            }
        }
        DayStatus::Finished => out.push_str(&format!("\n{}\n", i18n.text("today-finished"))),
        DayStatus::Paused => out.push_str(&format!("\n{}\n", i18n.text("today-paused"))),
        DayStatus::NotEnrolled => out.push_str(&format!("\n{}\n", i18n.text("today-not-enrolled"))),
    }
    let changes: Vec<_> = day
        .changes
        .iter()
        .filter(|d| d.change != crate::journal::Change::Hold)
        .collect();
    if !changes.is_empty() {
        out.push_str(&format!("\n{}\n", i18n.text("today-changes")));
        for change in changes {
            out.push_str(&format!(
                "  - {}\n",
                super::decision(i18n, catalog, &program.progression, change)
            ));
        }
    }
    if let Some(next) = &day.next {
        out.push_str(&format!(
            "\n{}\n",
            i18n.format(
                &Msg::new("today-next")
                    .arg("date", next.date.to_string())
                    .num("number", next.number)
            )
        ));
    }
    if !day.measures_due.is_empty() {
        out.push_str(&format!("\n{}\n", i18n.text("today-measures")));
        for due in &day.measures_due {
            out.push_str(&format!("  - {}\n", super::wording::measure_due(i18n, due)));
        }
    }
    out
}
