//! `kern journal [--since DATE] [--until DATE] [--kind K] [--json]`: the entries, newest first.

use std::process::ExitCode;

use serde::Serialize;

use crate::i18n::Msg;
use crate::journal::{Entry, EntryKind, Journal, Problem, Query};

use super::Context;
use super::time::parse_date;

/// Arguments of `kern journal`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// From this date on (2026-11-01).
    #[arg(long, value_parser = parse_date)]
    pub since: Option<chrono::NaiveDate>,
    /// Up to and including this date.
    #[arg(long, value_parser = parse_date)]
    pub until: Option<chrono::NaiveDate>,
    /// Only this kind: check-in, session, function, global-rating, enrolment, red-flags.
    #[arg(long, value_parser = EntryKind::ALL.map(EntryKind::name))]
    pub kind: Vec<String>,
    /// Print JSON (`kern.journal-list/1`) instead of text.
    #[arg(long)]
    pub json: bool,
}

/// A problem file in JSON output.
#[derive(Debug, Serialize)]
struct ProblemJson {
    path: String,
    reason: String,
}

impl From<&Problem> for ProblemJson {
    fn from(p: &Problem) -> Self {
        ProblemJson {
            path: p.path.display().to_string(),
            reason: p.reason.clone(),
        }
    }
}

/// Lists the entries; unreadable files are named on stderr (or in the JSON) and skipped.
pub fn run(context: &Context, args: &Args) -> anyhow::Result<ExitCode> {
    let data_dir = context.require_data_dir()?;
    let query = Query {
        since: args.since,
        until: args.until,
        kinds: args
            .kind
            .iter()
            .filter_map(|k| EntryKind::from_name(k))
            .collect(),
    };
    let loaded = Journal::new(&data_dir).load(&query);
    let newest_first: Vec<&Entry> = loaded.entries.iter().rev().collect();
    if args.json {
        let problems: Vec<ProblemJson> = loaded.problems.iter().map(ProblemJson::from).collect();
        let doc = serde_json::json!({
            "format": "kern.journal-list/1",
            "entries": newest_first,
            "problems": problems,
        });
        println!("{}", serde_json::to_string_pretty(&doc)?);
        return Ok(ExitCode::SUCCESS);
    }
    for problem in &loaded.problems {
        eprintln!(
            "{}",
            context.t(Msg::new("journal-unreadable")
                .arg(
                    "path",
                    crate::neutral::one_line(&problem.path.display().to_string())
                )
                .arg("reason", crate::neutral::one_line(&problem.reason)))
        );
    }
    if newest_first.is_empty() {
        println!("{}", context.i18n.text("journal-empty"));
    }
    for entry in newest_first {
        println!("{}", crate::describe::entry_line(&context.i18n, entry));
    }
    Ok(ExitCode::SUCCESS)
}
