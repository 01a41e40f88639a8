//! `kern start PROGRAM [--on DATE] [--days mon,wed,fri] [--activities "..."] [--usual-pain N]`:
//! enrol in a program (one at a time; switching keeps the history).

use std::process::ExitCode;

use chrono::NaiveDate;

use crate::i18n::Msg;
use crate::journal::{Body, Enrolment, EnrolmentAction, Entry, EntryKind, Journal, Score, new_id};
use crate::model::Weekday;

use super::enrolled::Enrolled;
use super::log::{parse_score, save_or_keep};
use super::time::{now, parse_date};
use super::{Context, closest_hint};

/// Arguments of `kern start`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The program id (see `kern programs`).
    pub program: String,
    /// First day of the program (default: today).
    #[arg(long, value_parser = parse_date)]
    pub on: Option<NaiveDate>,
    /// Your exercise days, such as mon,wed,fri (default: the program's suggestion).
    #[arg(long, value_delimiter = ',', value_parser = parse_weekday)]
    pub days: Vec<Weekday>,
    /// 3 to 5 activities your back makes hard, separated by ';' (for the function score).
    #[arg(long)]
    pub activities: Option<String>,
    /// Your usual pain these days, 0 to 10.
    #[arg(long, value_parser = parse_score)]
    pub usual_pain: Option<Score>,
}

fn parse_weekday(text: &str) -> Result<Weekday, String> {
    let lower = text.trim().to_ascii_lowercase();
    Weekday::ALL
        .into_iter()
        .find(|d| lower.starts_with(d.name()))
        .ok_or_else(|| format!("'{text}' is not a weekday such as mon, tue, wed"))
}

/// Writes the enrolment and says when the first session is.
pub fn run(context: &Context, args: &Args) -> anyhow::Result<ExitCode> {
    let now = now();
    let enrolled = Enrolled::load(context, now)?;
    let catalog = &enrolled.catalog;
    let Some(entry) = catalog.programs.get(&args.program) else {
        eprintln!(
            "{}",
            context.t(Msg::new("cli-no-such-program").arg("id", args.program.as_str()))
        );
        closest_hint(context, &args.program, catalog.programs.keys());
        return Ok(ExitCode::from(1));
    };
    let program = &entry.value;
    let mut days = if args.days.is_empty() {
        program.weekdays.clone()
    } else {
        args.days.clone()
    };
    days.sort();
    days.dedup();
    if (days.len() as u32) < program.sessions_per_week {
        eprintln!(
            "{}",
            context.t(Msg::new("start-too-few-days")
                .num("days", days.len() as i64)
                .num("sessions", program.sessions_per_week))
        );
        return Ok(ExitCode::from(2));
    }
    let activities: Vec<String> = args
        .activities
        .as_deref()
        .unwrap_or_default()
        .split(';')
        .map(|a| a.trim().to_owned())
        .filter(|a| !a.is_empty())
        .collect();
    if !activities.is_empty() && !(3..=5).contains(&activities.len()) {
        eprintln!(
            "{}",
            context.t(Msg::new("start-activities-count").num("count", activities.len() as i64))
        );
        return Ok(ExitCode::from(2));
    }
    let action = match &enrolled.history.enrolment {
        Some(_) => EnrolmentAction::Switch,
        None => EnrolmentAction::Start,
    };
    let start_date = args.on.unwrap_or(now.date_naive());
    let body = Body::Enrolment(Enrolment {
        action,
        program: args.program.clone(),
        program_version: program.version,
        start_date,
        weekdays: days.clone(),
        activities,
        usual_pain: args.usual_pain,
        reason: None,
    });
    let mut rng = fastrand::Rng::new();
    let entry = Entry::new(new_id(now, EntryKind::Enrolment, &mut rng), now, now, body);
    let journal = Journal::new(&context.require_data_dir()?);
    let code = save_or_keep(context, &journal, entry)?;
    if code == ExitCode::SUCCESS {
        let names = crate::describe::wording::weekdays(&context.i18n, &days);
        println!(
            "{}",
            context.t(Msg::new("start-done")
                .arg("title", program.title.get(context.lang))
                .arg("start", start_date.to_string())
                .arg("days", names))
        );
        println!("{}", context.i18n.text("start-next-steps"));
    }
    Ok(code)
}
