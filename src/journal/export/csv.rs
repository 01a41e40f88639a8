//! The journal as CSV for spreadsheets: a header, then one row per session and one per measure,
//! oldest first. The columns are [`COLUMNS`]; docs/export.md describes every one.
//!
//! One encoding for every delimiter: UTF-8 that starts with a byte order mark, so that Excel and
//! LibreOffice read it as UTF-8 whatever the delimiter. With `;` (what Dutch and Belgian
//! spreadsheets expect) decimals use a comma. The offset of a local time is written `UTC+01:00`,
//! which no spreadsheet takes for a time of day. Free text is neutralised, and text that a
//! spreadsheet would take for a formula (starting with `=`, `+`, `-` or `@`) gets a leading `'`.

use std::io::{self, Write};

use serde::Serialize;

use crate::journal::entry::{Entry, SessionStatus};

use super::EntryWriter;

/// The header, in order.
pub const COLUMNS: [&str; 16] = [
    "date",
    "time",
    "utc_offset",
    "kind",
    "measure",
    "value",
    "detail",
    "week",
    "program",
    "phase",
    "status",
    "exercises_done",
    "exercises_planned",
    "active_minutes",
    "note",
    "entry",
];

/// The UTF-8 byte order mark.
pub const BOM: &str = "\u{feff}";

/// How to write the CSV.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CsvOptions {
    /// The field delimiter (one ASCII character).
    pub delimiter: u8,
    /// Start with a UTF-8 byte order mark.
    pub bom: bool,
    /// Write decimals with a comma (6,5) instead of a point (6.5).
    pub decimal_comma: bool,
}

impl CsvOptions {
    /// The options for a delimiter: always a byte order mark; `;` also means decimal commas.
    pub fn for_delimiter(delimiter: u8) -> CsvOptions {
        CsvOptions {
            delimiter,
            bom: true,
            decimal_comma: delimiter == b';',
        }
    }
}

impl Default for CsvOptions {
    fn default() -> Self {
        CsvOptions::for_delimiter(b',')
    }
}

/// One row's own cells (the entry's date, time, kind and id are added for every row).
#[derive(Debug, Default)]
struct Row {
    measure: &'static str,
    value: String,
    detail: String,
    week: Option<u32>,
    program: String,
    phase: Option<u32>,
    status: String,
    exercises_done: Option<usize>,
    exercises_planned: Option<usize>,
    active_minutes: Option<u32>,
    note: String,
}

impl Row {
    fn new(measure: &'static str, value: impl ToString) -> Row {
        Row {
            measure,
            value: value.to_string(),
            ..Row::default()
        }
    }

    fn detail(mut self, detail: impl Into<String>) -> Row {
        self.detail = detail.into();
        self
    }

    fn note(mut self, note: Option<&String>) -> Row {
        self.note = note.cloned().unwrap_or_default();
        self
    }
}

/// The kebab-case name serde gives a unit enum value.
fn plain<T: Serialize>(value: &T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// A decimal with at most two digits after the separator: 4.67, 5, 6.5.
fn decimal(value: f64, comma: bool) -> String {
    let text = format!("{value:.2}");
    let text = text.trim_end_matches('0').trim_end_matches('.').to_owned();
    if comma { text.replace('.', ",") } else { text }
}

/// Free text made safe to open in a spreadsheet: neutralised (no terminal controls or bidi
/// overrides; line breaks kept, a CR becomes one), and a leading `'` before `=`, `+`, `-`, `@` or
/// tab, so that it is never run as a formula.
fn text_cell(text: &str) -> std::borrow::Cow<'_, str> {
    let text = crate::neutral::neutralise(text, crate::neutral::Layout::Lines);
    if text.starts_with(['=', '+', '-', '@', '\t']) {
        format!("'{text}").into()
    } else {
        text
    }
}

/// An offset as `UTC+01:00` (`UTC-03:30`): text no spreadsheet reads as a time of day.
fn utc_offset(offset: &chrono::FixedOffset) -> String {
    format!("UTC{offset}")
}

fn yes_no(value: bool) -> &'static str {
    if value { "yes" } else { "no" }
}

/// The rows of one entry, in a fixed order.
fn entry_rows(entry: &Entry, comma: bool) -> Vec<Row> {
    let mut rows = Vec::new();
    if let Some(c) = &entry.check_in {
        rows.push(
            Row::new("pain-now", c.pain_now)
                .detail(plain(&c.context))
                .note(c.note.as_ref()),
        );
        if let Some(avg) = c.pain_average {
            rows.push(Row::new("pain-average", avg));
        }
        if let Some(m) = c.next_morning {
            let settled = if m.settled { "settled" } else { "not-settled" };
            rows.push(Row::new("next-morning-pain", m.pain).detail(settled));
        }
        if let Some(new) = c.red_flags_new {
            rows.push(Row::new("red-flags-new", yes_no(new)));
        }
    }
    if let Some(s) = &entry.session {
        let with_program = |row: Row| Row {
            program: s.program.clone(),
            phase: Some(s.phase),
            ..row
        };
        rows.push(with_program(Row {
            status: match s.status {
                SessionStatus::Complete => "complete".into(),
                SessionStatus::Partial => "partial".into(),
            },
            exercises_done: Some(s.exercises.iter().filter(|e| e.all_sets_done()).count()),
            exercises_planned: Some(s.exercises.len()),
            active_minutes: Some((s.active_seconds + 30) / 60),
            ..Row::new("session", "").note(s.note.as_ref())
        }));
        let measures = [
            ("pain-during-max", s.pain_during_max),
            ("effort", s.effort),
            ("pain-after", s.pain_after),
        ];
        for (measure, value) in measures {
            if let Some(value) = value {
                rows.push(with_program(Row::new(measure, value)));
            }
        }
    }
    if let Some(f) = &entry.function {
        if let Some(mean) = f.mean() {
            rows.push(Row {
                week: f.week,
                ..Row::new("function-mean", decimal(mean, comma))
            });
        }
        for activity in &f.activities {
            rows.push(Row {
                week: f.week,
                ..Row::new("function-activity", activity.score).detail(activity.activity.clone())
            });
        }
    }
    if let Some(g) = &entry.global_rating {
        rows.push(Row {
            week: g.week,
            ..Row::new("global-rating", g.rating.get())
        });
    }
    if let Some(e) = &entry.enrolment {
        let program = |row: Row| Row {
            program: e.program.clone(),
            ..row
        };
        rows.push(program(
            Row::new("enrolment", plain(&e.action))
                .detail(e.start_date.to_string())
                .note(e.reason.as_ref()),
        ));
        if let Some(pain) = e.usual_pain {
            rows.push(program(Row::new("usual-pain", pain)));
        }
    }
    if let Some(r) = &entry.red_flags {
        let present: Vec<&str> = r
            .answers
            .iter()
            .filter(|a| a.present)
            .map(|a| a.flag.id())
            .collect();
        rows.push(Row::new("red-flags-outcome", plain(&r.outcome)).detail(present.join(" ")));
    }
    if let Some(a) = &entry.adverse_event {
        let detail = match &a.exercise {
            Some(exercise) => format!("{} {exercise}", a.severity.name()),
            None => a.severity.name().to_owned(),
        };
        rows.push(
            Row::new("adverse-event", a.what.name())
                .detail(detail)
                .note(a.note.as_ref()),
        );
        if let Some(pain) = a.pain {
            rows.push(Row::new("adverse-event-pain", pain));
        }
    }
    if let Some(c) = &entry.cleared {
        let by = c.by.map_or("", crate::safety::Clinician::name);
        rows.push(
            Row::new("red-flags-cleared", c.checked_on)
                .detail(by)
                .note(c.note.as_ref()),
        );
    }
    if let Some(a) = &entry.activity {
        rows.push(
            Row::new(a.kind.minutes_measure(), a.minutes)
                .detail(a.on.to_string())
                .note(a.note.as_ref()),
        );
    }
    rows
}

/// The CSV written entry by entry: the byte order mark and the header first, then each entry's
/// rows as it comes (in the caller's order).
#[derive(Debug)]
pub struct CsvWriter<W: Write> {
    writer: ::csv::Writer<W>,
    decimal_comma: bool,
}

impl<W: Write> CsvWriter<W> {
    /// Writes the byte order mark (when asked) and the header.
    pub fn start(mut out: W, options: &CsvOptions) -> io::Result<CsvWriter<W>> {
        if options.bom {
            out.write_all(BOM.as_bytes())?;
        }
        let mut writer = ::csv::WriterBuilder::new()
            .delimiter(options.delimiter)
            .terminator(::csv::Terminator::CRLF)
            .from_writer(out);
        writer.write_record(COLUMNS)?;
        Ok(CsvWriter {
            writer,
            decimal_comma: options.decimal_comma,
        })
    }

    /// The writer written to.
    pub fn into_inner(self) -> io::Result<W> {
        self.writer.into_inner().map_err(|e| e.into_error())
    }
}

impl<W: Write> EntryWriter for CsvWriter<W> {
    fn entry(&mut self, entry: &Entry) -> io::Result<()> {
        let number = |n: Option<u32>| n.map(|n| n.to_string()).unwrap_or_default();
        let count = |n: Option<usize>| n.map(|n| n.to_string()).unwrap_or_default();
        // The same for every row of the entry.
        let date = entry.at.format("%Y-%m-%d").to_string();
        let time = entry.at.format("%H:%M").to_string();
        let offset = utc_offset(entry.at.offset());
        for row in entry_rows(entry, self.decimal_comma) {
            self.writer.write_record([
                date.as_str(),
                time.as_str(),
                offset.as_str(),
                entry.kind.name(),
                row.measure,
                row.value.as_str(),
                &text_cell(&row.detail),
                number(row.week).as_str(),
                &text_cell(&row.program),
                number(row.phase).as_str(),
                row.status.as_str(),
                count(row.exercises_done).as_str(),
                count(row.exercises_planned).as_str(),
                number(row.active_minutes).as_str(),
                &text_cell(&row.note),
                entry.id.as_str(),
            ])?;
        }
        Ok(())
    }

    fn finish(&mut self) -> io::Result<()> {
        self.writer.flush()
    }
}

/// The CSV text of `entries` (taken in the order given), header first.
pub fn to_csv(entries: &[Entry], options: &CsvOptions) -> Result<String, ::csv::Error> {
    let mut writer = CsvWriter::start(Vec::new(), options)?;
    for entry in entries {
        writer.entry(entry)?;
    }
    writer.finish()?;
    Ok(super::utf8(writer.into_inner()?)?)
}

#[cfg(test)]
#[path = "csv_tests.rs"]
mod tests;
