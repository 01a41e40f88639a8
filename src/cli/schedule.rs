//! `kern schedule [--weeks N] [--from DATE] [--json | --ics FILE [--at-time HH:MM]]`: the coming
//! sessions with their dates, as text, as JSON, or as a calendar file to import.

use std::path::PathBuf;
use std::process::ExitCode;

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, NaiveTime};

use crate::i18n::Msg;
use crate::model::{Program, Weekday};
use crate::plan::calendar::REMINDER_MINUTES;
use crate::plan::{CalendarSource, Planner, ScheduledSession, calendar, upcoming};

use super::Context;
use super::enrolled::Enrolled;
use super::out_file::OutFile;
use super::time::{now, parse_date, parse_time};

/// Arguments of `kern schedule`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// How many weeks ahead.
    #[arg(long, default_value_t = 4, value_parser = clap::value_parser!(u32).range(1..=52))]
    pub weeks: u32,
    /// List from this day on, such as 2026-11-30 (default: today; never before the program's
    /// start).
    #[arg(long, value_parser = parse_date, value_name = "DATE")]
    pub from: Option<NaiveDate>,
    /// Print JSON (`kern.schedule/1`) instead of text.
    #[arg(long, conflicts_with = "ics")]
    pub json: bool,
    /// Write the sessions to a calendar file (iCalendar, .ics) to import into a calendar app.
    #[arg(long, value_name = "FILE")]
    pub ics: Option<PathBuf>,
    /// Replace the --ics file if it exists (without it, an existing file is never touched).
    #[arg(long, requires = "ics")]
    pub force: bool,
    /// The local time the sessions in the calendar file start at.
    #[arg(long, value_parser = parse_time, default_value = "18:00", value_name = "HH:MM", requires = "ics")]
    pub at_time: NaiveTime,
}

/// Prints the coming sessions, or writes them to a calendar file.
pub fn run(context: &Context, args: &Args) -> anyhow::Result<ExitCode> {
    // The path is checked before any work.
    let out = match &args.ics {
        Some(path) => match OutFile::check(context, path, args.force) {
            Some(out) => Some(out),
            None => return Ok(ExitCode::from(1)),
        },
        None => None,
    };
    let now = now();
    let enrolled = Enrolled::load(context, now)?;
    let (Some((id, program)), Some(enrolment)) =
        (enrolled.program(), enrolled.history.enrolment.as_ref())
    else {
        println!("{}", context.i18n.text("today-not-enrolled"));
        return Ok(ExitCode::SUCCESS);
    };
    let from = args
        .from
        .unwrap_or(now.date_naive())
        .max(enrolment.start_date);
    let count = (args.weeks * program.sessions_per_week) as usize;
    let sessions = coming(&enrolled, program, &enrolment.weekdays, from, count, now);
    if args.json {
        let doc =
            serde_json::json!({ "format": "kern.schedule/1", "program": id, "sessions": sessions });
        println!("{}", serde_json::to_string_pretty(&doc)?);
        return Ok(ExitCode::SUCCESS);
    }
    let Some(out) = &out else {
        print_text(context, program.title.get(context.lang), &sessions);
        return Ok(ExitCode::SUCCESS);
    };
    if sessions.is_empty() {
        println!("{}", context.i18n.text("today-finished"));
        return Ok(ExitCode::SUCCESS);
    }
    let offset_at = |local: chrono::NaiveDateTime| {
        use chrono::{Offset, TimeZone};
        chrono::Local
            .from_local_datetime(&local)
            .earliest()
            .map_or(*now.offset(), |at| at.offset().fix())
    };
    let source = CalendarSource {
        program_id: id,
        program,
        catalog: &enrolled.catalog,
        i18n: &context.i18n,
        at: args.at_time,
        now,
        offset_at: &offset_at,
    };
    write_ics(context, out, &source, &sessions)
}

/// The next `count` sessions on or after `from`, after replaying the journal up to `now`.
fn coming(
    enrolled: &Enrolled,
    program: &Program,
    weekdays: &[Weekday],
    from: NaiveDate,
    count: usize,
    now: DateTime<FixedOffset>,
) -> Vec<ScheduledSession> {
    let planner = Planner {
        catalog: &enrolled.catalog,
        program,
        usual_pain: crate::plan::today::usual(&enrolled.history),
    };
    let position = planner.replay(&enrolled.history, now);
    let done: Vec<_> = enrolled
        .history
        .sessions
        .iter()
        .map(|s| s.at.date_naive())
        .collect();
    upcoming(&planner, &position, weekdays, &done, from, count)
}

/// Writes the calendar file atomically and says so; a file that cannot be written is exit code 1.
fn write_ics(
    context: &Context,
    out: &OutFile,
    source: &CalendarSource<'_>,
    sessions: &[ScheduledSession],
) -> anyhow::Result<ExitCode> {
    let text = calendar(source, sessions);
    if !out.write(context, text.as_bytes()) {
        return Ok(ExitCode::from(1));
    }
    println!(
        "{}",
        context.t(Msg::new("schedule-ics-written")
            .num("count", sessions.len() as i64)
            .arg("path", out.shown())
            .arg("time", source.at.format("%H:%M").to_string())
            .num("minutes", REMINDER_MINUTES))
    );
    Ok(ExitCode::SUCCESS)
}
/// Prints the sessions, one a line.
fn print_text(context: &Context, title: &str, sessions: &[ScheduledSession]) {
    println!(
        "{}\n",
        context.t(Msg::new("schedule-title").arg("program", title))
    );
    for s in sessions {
        let weekday = crate::describe::wording::weekday(
            &context.i18n,
            Weekday::ALL[s.date.weekday().num_days_from_monday() as usize],
        );
        println!(
            "  {}  {weekday:<10} {}",
            s.date,
            context.t(Msg::new("schedule-line")
                .num("number", s.number)
                .num("week", s.week)
                .num("phase", s.phase)
                .num("minutes", s.minutes))
        );
    }
    if sessions.is_empty() {
        println!("{}", context.i18n.text("today-finished"));
    }
}
