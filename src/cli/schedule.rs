//! `kern schedule [--weeks N] [--json]`: the coming sessions with their dates.

use std::process::ExitCode;

use crate::i18n::Msg;
use crate::plan::{Planner, upcoming};

use super::Context;
use super::enrolled::Enrolled;
use super::time::now;

/// Arguments of `kern schedule`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// How many weeks ahead.
    #[arg(long, default_value_t = 4, value_parser = clap::value_parser!(u32).range(1..=52))]
    pub weeks: u32,
    /// Print JSON (`kern.schedule/1`) instead of text.
    #[arg(long)]
    pub json: bool,
}

/// Prints the coming sessions.
pub fn run(context: &Context, args: &Args) -> anyhow::Result<ExitCode> {
    let now = now();
    let enrolled = Enrolled::load(context, now)?;
    let (Some((id, program)), Some(enrolment)) =
        (enrolled.program(), enrolled.history.enrolment.as_ref())
    else {
        println!("{}", context.i18n.text("today-not-enrolled"));
        return Ok(ExitCode::SUCCESS);
    };
    let usual = crate::plan::today::usual(&enrolled.history);
    let planner = Planner {
        catalog: &enrolled.catalog,
        program,
        usual_pain: usual,
    };
    let position = planner.replay(&enrolled.history, now);
    let done: Vec<_> = enrolled
        .history
        .sessions
        .iter()
        .map(|s| s.at.date_naive())
        .collect();
    let from = now.date_naive().max(enrolment.start_date);
    let count = (args.weeks * program.sessions_per_week) as usize;
    let sessions = upcoming(&planner, &position, &enrolment.weekdays, &done, from, count);
    if args.json {
        let doc =
            serde_json::json!({ "format": "kern.schedule/1", "program": id, "sessions": sessions });
        println!("{}", serde_json::to_string_pretty(&doc)?);
        return Ok(ExitCode::SUCCESS);
    }
    println!(
        "{}\n",
        context.t(Msg::new("schedule-title").arg("program", program.title.get(context.lang)))
    );
    for s in &sessions {
        let weekday = context.i18n.text(&format!(
            "weekday-{}",
            crate::model::Weekday::ALL[s.date.weekday().num_days_from_monday() as usize].name()
        ));
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
    Ok(ExitCode::SUCCESS)
}

use chrono::Datelike;
