//! A day in words, for `kern today` and the plain coach when no session is due: the program, the
//! notices, today's exercises and doses, what changed and why, the next session, the measures
//! due.

use crate::catalog::Catalog;
use crate::i18n::{I18n, Msg};
use crate::model::Program;
use crate::plan::{DayStatus, Today};

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
                out.push_str(&format!("\n{}\n", i18n.text("today-done")));
            }
        }
        DayStatus::RestDay => out.push_str(&format!("\n{}\n", i18n.text("today-rest"))),
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
