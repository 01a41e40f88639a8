//! `kern export --format csv|json|fhir [--since DATE] [--until DATE] [--out FILE]
//! [--delimiter C] [--subject ID]`: the journal for a spreadsheet, for another kern, or for a
//! health record. The conversions live in [`crate::journal::export`].

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use crate::i18n::Msg;
use crate::journal::export::csv::{CsvOptions, CsvWriter};
use crate::journal::export::json::JsonWriter;
use crate::journal::export::{EntryWriter, fhir};
use crate::journal::index::{Check, Handed, Index, Order};
use crate::journal::{Journal, Query};

use super::Context;
use super::out_file;
use super::time::parse_date;

/// What to export to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// One row per session and per measure, for spreadsheets.
    Csv,
    /// Every entry as stored, lossless; `kern import journal` reads it back.
    Json,
    /// A FHIR R4 Bundle of Observations, for health records.
    Fhir,
}

/// Arguments of `kern export`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// What to write: csv, json or fhir.
    #[arg(long, value_enum)]
    pub format: Format,
    /// From this date on (2026-11-01).
    #[arg(long, value_parser = parse_date)]
    pub since: Option<chrono::NaiveDate>,
    /// Up to and including this date.
    #[arg(long, value_parser = parse_date)]
    pub until: Option<chrono::NaiveDate>,
    /// Write to this file instead of the screen.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Replace the --out file if it exists (without it, an existing file is never touched).
    #[arg(long, requires = "out")]
    pub force: bool,
    /// CSV only: the delimiter, ',' (default), ';' (Dutch and Belgian spreadsheets: also a UTF-8
    /// byte order mark and decimal commas) or 'tab'.
    #[arg(long, value_parser = parse_delimiter)]
    pub delimiter: Option<u8>,
    /// FHIR only: the pseudonym that stands for you (letters, digits, '-', '.', '_'; default
    /// kern-patient). Never your name.
    #[arg(long, value_name = "ID")]
    pub subject: Option<String>,
}

/// Reads a CSV delimiter: one ASCII punctuation character, or `tab`.
pub fn parse_delimiter(text: &str) -> Result<u8, String> {
    match text {
        "tab" | "\\t" | "\t" => Ok(b'\t'),
        _ => match text.as_bytes() {
            [c] if c.is_ascii_punctuation() && !matches!(c, b'"' | b'\'') => Ok(*c),
            _ => Err(format!(
                "'{text}' is not a delimiter; use ',', ';', '|' or 'tab'"
            )),
        },
    }
}

/// A reader that stops early (`kern export | head`) ends the export with a write error instead of
/// the signal that would end kern on the spot: the export stops there and cleans up after itself
/// (a new copy of the whole entries being written on the way is removed, the old one kept).
fn end_quietly_on_a_closed_pipe() {
    #[cfg(unix)]
    {
        let noted = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        // Without it, only the temporary file may be left behind.
        let _ = signal_hook::flag::register(signal_hook::consts::SIGPIPE, noted);
    }
}

/// Starts the document of the format asked for on `sink` (its head is written).
fn start_writer<'a>(
    args: &Args,
    subject: &'a str,
    context: &'a Context,
    sink: &'a mut dyn Write,
) -> io::Result<Box<dyn EntryWriter + 'a>> {
    Ok(match args.format {
        Format::Csv => {
            let options = CsvOptions::for_delimiter(args.delimiter.unwrap_or(b','));
            Box::new(CsvWriter::start(sink, &options)?)
        }
        Format::Json => Box::new(JsonWriter::start(sink)?),
        Format::Fhir => Box::new(fhir::FhirWriter::start(sink, subject, &context.i18n)?),
    })
}

/// Writes the export to the screen or to a new file, entry by entry.
pub fn run(context: &Context, args: &Args) -> anyhow::Result<ExitCode> {
    let usage = |msg: Msg| {
        eprintln!("{}", context.t(msg));
        Ok(ExitCode::from(2))
    };
    if args.delimiter.is_some() && args.format != Format::Csv {
        return usage(Msg::new("export-delimiter-csv-only"));
    }
    if args.subject.is_some() && args.format != Format::Fhir {
        return usage(Msg::new("export-subject-fhir-only"));
    }
    let subject = args.subject.as_deref().unwrap_or(fhir::DEFAULT_SUBJECT);
    if !fhir::valid_subject(subject) {
        return usage(Msg::new("export-bad-subject").arg("subject", subject));
    }
    // The path is checked before any work.
    let Ok(out) = out_file::check_optional(context, args.out.as_deref(), args.force) else {
        return Ok(ExitCode::from(1));
    };
    let data_dir = context.require_data_dir()?;
    let journal = Journal::new(&data_dir);
    let query = Query {
        since: args.since,
        until: args.until,
        kinds: Vec::new(),
    };
    // From the index's copy of the whole entries (checked against the folder like the index),
    // a month at a time, in the export's order: the same entries as reading every file
    // (`export::load_raw`, `Journal::load`), faster, and never all of them at once.
    let order = match args.format {
        Format::Json => Order::Stored,
        Format::Csv | Format::Fhir => Order::Corrected,
    };
    if out.is_none() {
        end_quietly_on_a_closed_pipe();
    }
    let index = Index::open(&journal, Check::Full);
    let mut count = 0;
    let mut problems = Vec::new();
    let written = out_file::stream(context, out.as_ref(), |sink| {
        let mut writer = start_writer(args, subject, context, sink)?;
        problems = index.for_each_entry(&journal, &query, order, |handed| {
            count += 1;
            match handed {
                Handed::Entry(entry) => writer.entry(&entry),
                Handed::Json(json) => writer.compact_json(&json),
            }
        })?;
        writer.finish()
    })?;
    for problem in &problems {
        eprintln!(
            "{}",
            context.t(Msg::new("journal-unreadable")
                .arg("path", problem.path.display().to_string())
                .arg("reason", problem.reason.as_str()))
        );
    }
    if !written {
        return Ok(ExitCode::from(1));
    }
    if let Some(out) = &out {
        let msg = Msg::new("export-written")
            .num("count", count)
            .arg("path", out.shown());
        println!("{}", context.t(msg));
    }
    if problems.is_empty() {
        Ok(ExitCode::SUCCESS)
    } else {
        eprintln!(
            "{}",
            context.t(Msg::new("export-incomplete").num("count", problems.len() as i64))
        );
        Ok(ExitCode::from(1))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delimiters_are_single_punctuation_characters() {
        assert_eq!(parse_delimiter(";"), Ok(b';'));
        assert_eq!(parse_delimiter("tab"), Ok(b'\t'));
        assert!(parse_delimiter("ab").is_err());
        assert!(parse_delimiter("a").is_err());
        assert!(parse_delimiter("\"").is_err());
    }
}
