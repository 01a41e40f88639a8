//! `kern report [--since DATE] [--until DATE] [--format html|md] [--out FILE [--force]]`: the
//! report for the physiotherapist, from the journal, in the chosen language (`--lang`). HTML is
//! one self-contained page for screen and A4 paper; Markdown the same content for mail. Without
//! `--out` it goes to standard output. A file is written atomically (readers see the old file or
//! the new one, never half), and an existing file is only replaced with `--force`. The gathering
//! and rendering live in [`crate::report`].

use std::process::ExitCode;

use chrono::{DateTime, FixedOffset, NaiveDate};

use crate::i18n::Msg;
use crate::journal::{EnrolmentAction, Journal, Query};
use crate::report::{self, Input};

use super::Context;
use super::out_file::{self, DocFormat, DocOutput};
use super::time::{now, parse_date};

/// Arguments of `kern report`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// From this date on, such as 2026-11-01 (default: the program's start).
    #[arg(long, value_parser = parse_date, value_name = "DATE")]
    pub since: Option<NaiveDate>,
    /// Up to and including this date (default and at most: today).
    #[arg(long, value_parser = parse_date, value_name = "DATE")]
    pub until: Option<NaiveDate>,
    /// --format, --out and --force.
    #[command(flatten)]
    pub output: DocOutput,
}

/// The format asked for, else the one the file name suggests, else HTML.
fn format(args: &Args) -> report::Format {
    match args.output.format() {
        DocFormat::Html => report::Format::Html,
        DocFormat::Md => report::Format::Markdown,
    }
}

/// Makes the report and prints it or writes it to a file.
pub fn run(context: &Context, args: &Args) -> anyhow::Result<ExitCode> {
    if let (Some(since), Some(until)) = (args.since, args.until)
        && since > until
    {
        eprintln!(
            "{}",
            context.t(Msg::new("report-bad-period")
                .arg("since", since.to_string())
                .arg("until", until.to_string()))
        );
        return Ok(ExitCode::from(2));
    }
    // The path is checked before any work.
    let Ok(out) = args.output.check(context) else {
        return Ok(ExitCode::from(1));
    };
    let now = now();
    let catalog = context.catalog_for_display();
    let data_dir = context.require_data_dir()?;
    let until = args.until.unwrap_or(now.date_naive()).min(now.date_naive());
    let journal = Journal::new(&data_dir);
    let loaded = journal.load(&Query {
        since: first_day_needed(&journal, args.since, until, now),
        until: Some(until),
        kinds: Vec::new(),
    });
    for problem in &loaded.problems {
        eprintln!(
            "{}",
            context.t(Msg::new("journal-unreadable")
                .arg("path", problem.path.display().to_string())
                .arg("reason", problem.reason.as_str()))
        );
    }
    let gathered = report::gather(&Input {
        entries: &loaded.entries,
        catalog: &catalog,
        since: args.since,
        until: Some(until),
        now,
        unreadable: loaded.problems.len(),
    });
    let text = report::render(&gathered, &context.i18n, &catalog, format(args));
    let written = |path: &str| Msg::new("report-written").arg("path", path);
    if !out_file::print_or_write(context, out.as_ref(), &text, written)? {
        return Ok(ExitCode::from(1));
    }
    Ok(if loaded.problems.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// The first day the report has to read: the period's first day, or the start of the program
/// followed on `until` when that is earlier (the plan and the usual pain are worked out from the
/// program's start). `None`, everything, when no program is followed then.
fn first_day_needed(
    journal: &Journal,
    since: Option<NaiveDate>,
    until: NaiveDate,
    now: DateTime<FixedOffset>,
) -> Option<NaiveDate> {
    let (enrolment, _) = journal.newest_enrolment(until);
    let enrolment = enrolment.filter(|e| e.at <= now)?;
    let body = enrolment.enrolment.as_ref()?;
    if body.action == EnrolmentAction::Stop {
        return None;
    }
    let start = body.start_date.min(enrolment.at.date_naive());
    Some(since.map_or(start, |s| s.min(start)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::{Catalog, LoadOptions};
    use crate::i18n::I18n;
    use crate::journal::sample;
    use crate::model::Lang;

    /// The report made from its period (and its program's start) is the report made from the
    /// whole journal, whatever the period and the day it is made.
    #[test]
    fn reading_only_the_period_changes_nothing_in_the_report() {
        let dir = tempfile::tempdir().unwrap();
        let journal = Journal::new(dir.path());
        let last = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
        sample::write_quickly(&journal, &sample::entries(last, 400, 5)).unwrap();
        let catalog = Catalog::load(&LoadOptions::shipped_only());
        let i18n = I18n::new(Lang::En);
        let report = |entries: &[crate::journal::Entry], since, until, now| {
            let gathered = report::gather(&Input {
                entries,
                catalog: &catalog,
                since,
                until: Some(until),
                now,
                unreadable: 0,
            });
            report::render(&gathered, &i18n, &catalog, report::Format::Markdown)
        };
        let day = |d: u64| last - chrono::Days::new(d);
        for (since, until) in [
            (None, day(0)),
            (None, day(40)),
            (Some(day(10)), day(3)),
            (Some(day(200)), day(100)),
            (None, day(399)),
        ] {
            let now = until
                .and_hms_opt(21, 0, 0)
                .unwrap()
                .and_local_timezone(FixedOffset::east_opt(3600).unwrap())
                .unwrap();
            let everything = journal.load(&Query {
                until: Some(until),
                ..Query::default()
            });
            let first = first_day_needed(&journal, since, until, now);
            assert!(first.is_some(), "a program is followed on {until}");
            let period = journal.load(&Query {
                since: first,
                until: Some(until),
                kinds: Vec::new(),
            });
            assert!(period.entries.len() < everything.entries.len() || until == day(399));
            assert_eq!(
                report(&period.entries, since, until, now),
                report(&everything.entries, since, until, now),
                "since {since:?}, until {until}"
            );
        }
    }
}
