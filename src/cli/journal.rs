//! `kern journal [--since DATE] [--until DATE] [--kind K] [--json]`: the entries, newest first.

use std::process::ExitCode;

use serde::Serialize;

use crate::i18n::{I18n, Msg};
use crate::journal::{Entry, EntryKind, Journal, Problem, Query};
use crate::model::Lang;

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
        println!("{}", summary_line(&context.i18n, context.lang, entry));
    }
    Ok(ExitCode::SUCCESS)
}

/// One line about an entry: when, what, and its main numbers; neutralised, so a note can neither
/// break the line nor steer the terminal.
pub fn summary_line(i18n: &I18n, _lang: Lang, entry: &Entry) -> String {
    let when = entry.at.format("%Y-%m-%d %H:%M");
    let kind = i18n.text(&format!("kind-{}", entry.kind.name()));
    let detail = detail(i18n, entry);
    let amended = if entry.amends.is_some() {
        format!(" ({})", i18n.text("journal-corrected"))
    } else {
        String::new()
    };
    crate::neutral::one_line(&format!("{when}  {kind:<16} {detail}{amended}"))
}

fn detail(i18n: &I18n, entry: &Entry) -> String {
    if let Some(c) = &entry.check_in {
        let mut text = i18n.format(&Msg::new("journal-pain").num("pain", c.pain_now.get()));
        if let Some(avg) = c.pain_average {
            text.push_str(&format!(
                ", {}",
                i18n.format(&Msg::new("journal-pain-average").num("pain", avg.get()))
            ));
        }
        if let Some(note) = &c.note {
            text.push_str(&format!(" — {note}"));
        }
        return text;
    }
    if let Some(s) = &entry.session {
        let done = s.exercises.iter().filter(|e| e.all_sets_done()).count();
        return i18n.format(
            &Msg::new("journal-session")
                .arg("program", s.program.as_str())
                .num("phase", s.phase)
                .arg(
                    "status",
                    i18n.text(&format!(
                        "status-{}",
                        crate::describe::serde_name(&s.status)
                    )),
                )
                .num("done", done as i64)
                .num("exercises", s.exercises.len() as i64)
                .num("minutes", i64::from(s.active_seconds / 60)),
        );
    }
    if let Some(f) = &entry.function {
        return i18n.format(
            &Msg::new("journal-function")
                .arg("mean", format!("{:.1}", f.mean().unwrap_or(0.0)))
                .num("activities", f.activities.len() as i64),
        );
    }
    if let Some(g) = &entry.global_rating {
        return i18n.format(
            &Msg::new("journal-global-rating").arg("rating", format!("{:+}", g.rating.get())),
        );
    }
    if let Some(e) = &entry.enrolment {
        return i18n.format(
            &Msg::new("journal-enrolment")
                .arg(
                    "action",
                    i18n.text(&format!(
                        "enrolment-{}",
                        crate::describe::serde_name(&e.action)
                    )),
                )
                .arg("program", e.program.as_str())
                .arg("start", e.start_date.to_string()),
        );
    }
    if let Some(r) = &entry.red_flags {
        let yes = r.answers.iter().filter(|a| a.present).count();
        return i18n.format(&Msg::new("journal-red-flags").num("yes", yes as i64).arg(
            "outcome",
            i18n.text(&format!(
                "urgency-{}",
                crate::describe::serde_name(&r.outcome)
            )),
        ));
    }
    String::new()
}
