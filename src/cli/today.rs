//! `kern today [--date DATE] [--json]`: what is due today, each exercise's dose, why it changed,
//! and the measures due.

use std::process::ExitCode;

use chrono::{NaiveDate, NaiveTime, TimeZone};

use crate::describe;
use crate::i18n::Msg;
use crate::plan::{DayStatus, MeasureDue, Notice, Today, today};
use crate::safety::Urgency;

use super::Context;
use super::enrolled::Enrolled;
use super::time::{now, parse_date};

/// Arguments of `kern today`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Another day than today (2026-11-26).
    #[arg(long, value_parser = parse_date)]
    pub date: Option<NaiveDate>,
    /// Print JSON (`kern.today/1`) instead of text.
    #[arg(long)]
    pub json: bool,
}

/// The moment a `--date` stands for: that day at the current time of day (or noon).
pub fn moment(date: Option<NaiveDate>) -> chrono::DateTime<chrono::FixedOffset> {
    let current = now();
    match date {
        None => current,
        Some(date) => chrono::Local
            .from_local_datetime(&date.and_time(current.time().max(NaiveTime::MIN)))
            .earliest()
            .map_or(current, |m| m.fixed_offset()),
    }
}

/// Prints the day.
pub fn run(context: &Context, args: &Args) -> anyhow::Result<ExitCode> {
    let now = moment(args.date);
    let enrolled = Enrolled::load(context, now)?;
    let Some((id, program)) = enrolled.program() else {
        if args.json {
            println!(
                "{}",
                serde_json::to_string_pretty(
                    &serde_json::json!({"format": "kern.today/1", "status": "not-enrolled"})
                )?
            );
        } else {
            println!("{}", context.i18n.text("today-not-enrolled"));
        }
        return Ok(ExitCode::SUCCESS);
    };
    let day = today(&enrolled.catalog, id, program, &enrolled.history, now);
    if args.json {
        let mut value = serde_json::to_value(&day)?;
        if let Some(map) = value.as_object_mut() {
            map.insert("format".into(), "kern.today/1".into());
        }
        println!("{}", serde_json::to_string_pretty(&value)?);
        return Ok(ExitCode::SUCCESS);
    }
    let text = render(context, &enrolled, program, &day);
    print!(
        "{}",
        crate::neutral::neutralise(&text, crate::neutral::Layout::Lines)
    );
    Ok(ExitCode::SUCCESS)
}

/// The day in words.
pub fn render(
    context: &Context,
    enrolled: &Enrolled,
    program: &crate::model::Program,
    day: &Today,
) -> String {
    let i18n = &context.i18n;
    let lang = context.lang;
    let catalog = &enrolled.catalog;
    let mut out = format!(
        "{}\n",
        context.t(Msg::new("today-title")
            .arg("date", day.date.to_string())
            .arg("program", program.title.get(lang))
            .num("done", day.completed)
            .num("total", day.total))
    );
    for notice in &day.notices {
        let msg = match notice {
            Notice::RedFlag {
                urgency: Urgency::Emergency,
            } => Msg::new("notice-red-flag-emergency"),
            Notice::RedFlag { .. } => Msg::new("notice-red-flag-doctor"),
            Notice::AnswerRedFlags => Msg::new("notice-answer-red-flags"),
            Notice::FlareUp { until } => {
                Msg::new("notice-flare-up").arg("until", until.to_string())
            }
            Notice::Restarted { gap_days } => Msg::new("notice-restarted").num("days", *gap_days),
            Notice::Review { week } => Msg::new("notice-review").num("week", *week),
        };
        out.push_str(&format!("\n! {}\n", context.t(msg)));
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
                    context.t(Msg::new("today-session")
                        .num("number", session.number)
                        .num("week", session.week)
                        .arg("phase", phase_name)
                        .num("minutes", session.minutes))
                ));
                for planned in &session.exercises {
                    let name = catalog.exercise_name(&planned.exercise, lang);
                    out.push_str(&format!(
                        "  - {name:<34} {}\n",
                        describe::prescription(i18n, &planned.prescription)
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
                describe::decision(i18n, catalog, &program.progression, change)
            ));
        }
    }
    if let Some(next) = &day.next {
        out.push_str(&format!(
            "\n{}\n",
            context.t(Msg::new("today-next")
                .arg("date", next.date.to_string())
                .num("number", next.number))
        ));
    }
    if !day.measures_due.is_empty() {
        out.push_str(&format!("\n{}\n", i18n.text("today-measures")));
        for due in &day.measures_due {
            let msg = match due {
                MeasureDue::Function => Msg::new("due-function"),
                MeasureDue::GlobalRating { week } => {
                    Msg::new("due-global-rating").num("week", *week)
                }
                MeasureDue::RedFlagCheck => Msg::new("due-red-flag-check"),
            };
            out.push_str(&format!("  - {}\n", context.t(msg)));
        }
    }
    out
}
