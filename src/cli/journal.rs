//! `kern journal [--since DATE] [--until DATE] [--kind K] [--json]`: the entries, newest first.

use std::process::ExitCode;

use serde::Serialize;

use crate::i18n::Msg;
use std::io::Write;

use crate::journal::index::{Check, Index};
use crate::journal::{Entry, EntryKind, Facts, Journal, Problem, Query, read_entry};

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
    let journal = Journal::new(&data_dir);
    if args.json {
        let loaded = journal.load(&query);
        let newest_first: Vec<&Entry> = loaded.entries.iter().rev().collect();
        let problems: Vec<ProblemJson> = loaded.problems.iter().map(ProblemJson::from).collect();
        let doc = serde_json::json!({
            "format": "kern.journal-list/1",
            "entries": newest_first,
            "problems": problems,
        });
        println!("{}", serde_json::to_string_pretty(&doc)?);
        return Ok(ExitCode::SUCCESS);
    }
    // The text list needs only what the index keeps of each entry.
    let loaded = Index::open(&journal, Check::Full).summaries(&query);
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
    if loaded.entries.is_empty() {
        println!("{}", context.i18n.text("journal-empty"));
    }
    let mut out = std::io::stdout().lock();
    for summary in loaded.entries.iter().rev() {
        // A kind the summaries do not describe is read from its file.
        let text = match summary.facts {
            Facts::Other => read_entry(&journal.path_of(summary.at.at(), &summary.id)).map_or_else(
                |_| crate::describe::summary_line(&context.i18n, summary),
                |entry| crate::describe::entry_line(&context.i18n, &entry),
            ),
            _ => crate::describe::summary_line(&context.i18n, summary),
        };
        if writeln!(out, "{text}").is_err() {
            break;
        }
    }
    Ok(ExitCode::SUCCESS)
}
