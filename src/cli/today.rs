//! `kern today [--date DATE] [--json]`: what is due today, each exercise's dose, why it changed,
//! and the measures due.

use std::process::ExitCode;

use chrono::NaiveDate;

use crate::describe;
use crate::plan::today;

use super::Context;
use super::enrolled::Enrolled;
use super::time::parse_date;

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

/// Prints the day.
pub fn run(context: &Context, args: &Args) -> anyhow::Result<ExitCode> {
    let now = super::time::moment(args.date);
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
    let text = describe::today(&context.i18n, &enrolled.catalog, program, &day);
    print!(
        "{}",
        crate::neutral::neutralise(&text, crate::neutral::Layout::Lines)
    );
    Ok(ExitCode::SUCCESS)
}
