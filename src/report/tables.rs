//! The report's tables, the same in HTML and Markdown: sessions a week, pain a week, function on
//! each activity, global ratings, dose decisions, sessions one by one, and notes. In Markdown they
//! stand in for the figures.

use crate::i18n::Msg;

use super::Report;
use super::words::Words;

/// A table: headings, rows, and which columns hold numbers (right-aligned).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Table {
    /// Column headings.
    pub head: Vec<String>,
    /// Rows of cells.
    pub rows: Vec<Vec<String>>,
    /// Columns that hold numbers.
    pub numeric: Vec<usize>,
    /// Whether the last row sums up the others.
    pub total: bool,
}

fn heads(words: &Words<'_>, ids: &[&str]) -> Vec<String> {
    ids.iter()
        .map(|id| words.text(&format!("report-col-{id}")))
        .collect()
}

/// Sessions planned, done, partial and missed, a week, with the mean effort.
pub fn adherence(report: &Report, words: &Words<'_>) -> Option<Table> {
    let weeks = &report.adherence.weeks;
    if weeks.is_empty() {
        return None;
    }
    let mut rows: Vec<Vec<String>> = weeks
        .iter()
        .map(|w| {
            vec![
                words.t(Msg::new("report-axis-week").num("week", w.number)),
                words.date(w.monday),
                w.planned.to_string(),
                w.done.to_string(),
                w.partial.to_string(),
                w.missed.to_string(),
                words.opt_dec(w.effort),
            ]
        })
        .collect();
    let a = &report.adherence;
    rows.push(vec![
        words.text("report-total"),
        String::new(),
        a.planned().to_string(),
        a.done().to_string(),
        a.partial().to_string(),
        a.missed().to_string(),
        words.opt_dec(report.effort.summary().map(|s| s.0)),
    ]);
    Some(Table {
        head: heads(
            words,
            &[
                "week", "week-of", "planned", "done", "partial", "missed", "effort",
            ],
        ),
        rows,
        numeric: vec![2, 3, 4, 5, 6],
        total: true,
    })
}

/// Pain a week: the daily mean, lowest and highest, and around sessions.
pub fn pain(report: &Report, words: &Words<'_>) -> Option<Table> {
    let pain = &report.pain;
    if pain.weeks.is_empty() {
        return None;
    }
    let start = report
        .program
        .as_ref()
        .map_or(report.from, |p| p.start_date);
    let start_monday = super::adherence::monday(start);
    let rows = pain
        .weeks
        .iter()
        .map(|w| {
            let number = (w.monday - start_monday).num_days().div_euclid(7) + 1;
            let range = match (w.low, w.high) {
                (Some(low), Some(high)) => format!("{}–{}", words.dec(low), words.dec(high)),
                _ => "–".to_owned(),
            };
            vec![
                words.t(Msg::new("report-axis-week").num("week", number)),
                words.date(w.monday),
                words.opt_dec(w.mean),
                range,
                words.opt_dec(w.before),
                words.opt_dec(w.after),
            ]
        })
        .collect();
    Some(Table {
        head: heads(
            words,
            &[
                "week",
                "week-of",
                "pain-mean",
                "pain-range",
                "before",
                "after",
            ],
        ),
        rows,
        numeric: vec![2, 3, 4, 5],
        total: false,
    })
}

/// Each activity at each scoring, its change, and the mean.
pub fn function(report: &Report, words: &Words<'_>) -> Option<Table> {
    let function = &report.function;
    if function.scorings.is_empty() {
        return None;
    }
    let mut head = vec![words.text("report-col-activity")];
    head.extend(function.scorings.iter().map(|s| words.date(s.date)));
    head.push(words.text("report-col-change"));
    let mut rows: Vec<Vec<String>> = function
        .activities
        .iter()
        .map(|a| {
            let mut row = vec![a.name.clone()];
            row.extend(a.scores.iter().map(|s| words.opt(*s)));
            row.push(words.activity_change(a));
            row
        })
        .collect();
    let mut mean = vec![words.text("report-row-mean")];
    mean.extend(function.scorings.iter().map(|s| words.dec(s.mean)));
    mean.push(function.change.map_or_else(
        || "–".to_owned(),
        |c| {
            let d = c.difference();
            let signed = if d > 0.0 {
                format!("+{}", words.dec(d))
            } else {
                words.dec(d)
            };
            if c.meaningful {
                words.t(Msg::new("report-activity-meaningful").arg("change", signed))
            } else {
                signed
            }
        },
    ));
    rows.push(mean);
    let columns = function.scorings.len() + 2;
    Some(Table {
        head,
        rows,
        numeric: (1..columns).collect(),
        total: true,
    })
}

/// Every global rating of change.
pub fn ratings(report: &Report, words: &Words<'_>) -> Option<Table> {
    if report.ratings.is_empty() {
        return None;
    }
    let rows = report
        .ratings
        .iter()
        .map(|r| {
            vec![
                words.date(r.date),
                r.week.map_or_else(
                    || "–".to_owned(),
                    |w| words.t(Msg::new("report-axis-week").num("week", w)),
                ),
                words.rating(r),
            ]
        })
        .collect();
    Some(Table {
        head: heads(words, &["date", "week", "rating"]),
        rows,
        numeric: vec![2],
        total: false,
    })
}

/// Every dose decision worth telling, with its reason: the decisions shown before one session
/// for the same reason share a row, one change a line.
pub fn decisions(report: &Report, words: &Words<'_>) -> Option<Table> {
    if report.decisions.is_empty() {
        return None;
    }
    let mut groups: Vec<(chrono::NaiveDate, Vec<String>, String)> = Vec::new();
    for d in &report.decisions {
        let (what, why) = words.decision_parts(d, report);
        match groups.last_mut() {
            Some((date, whats, reason)) if *date == d.date && *reason == why => whats.push(what),
            _ => groups.push((d.date, vec![what], why)),
        }
    }
    let rows = groups
        .iter()
        .enumerate()
        .map(|(i, (date, whats, why))| {
            let repeat = i > 0 && groups[i - 1].0 == *date;
            let shown = if repeat {
                String::new()
            } else {
                words.date(*date)
            };
            vec![shown, whats.join("\n"), why.clone()]
        })
        .collect();
    Some(Table {
        head: heads(words, &["date", "decision", "reason"]),
        rows,
        numeric: Vec::new(),
        total: false,
    })
}

/// Every session: status, minutes, pain around it, effort and exercises done.
pub fn sessions(report: &Report, words: &Words<'_>) -> Option<Table> {
    if report.sessions.is_empty() {
        return None;
    }
    let rows = report
        .sessions
        .iter()
        .map(|s| {
            let mut exercises = format!("{}/{}", s.exercises_done, s.exercises);
            let skipped: Vec<String> = s
                .skipped
                .iter()
                .map(|(id, reason)| {
                    let why = reason.map_or_else(
                        || words.text("report-replaced"),
                        |r| crate::describe::wording::skip_reason(words.i18n, r),
                    );
                    format!("{} ({why})", words.exercise(id))
                })
                .collect();
            if !skipped.is_empty() {
                exercises = format!("{exercises}: {}", skipped.join("; "));
            }
            vec![
                words.date(s.date),
                s.phase.to_string(),
                words.status(s.status),
                s.minutes.to_string(),
                words.opt(s.pain_before),
                words.opt(s.pain_during),
                words.opt(s.pain_after),
                words.opt(s.effort),
                exercises,
            ]
        })
        .collect();
    Some(Table {
        head: heads(
            words,
            &[
                "date",
                "phase",
                "status",
                "minutes",
                "before",
                "during",
                "after",
                "effort-short",
                "exercises",
            ],
        ),
        rows,
        numeric: vec![1, 3, 4, 5, 6, 7],
        total: false,
    })
}

/// The patient's notes.
pub fn notes(report: &Report, words: &Words<'_>) -> Option<Table> {
    if report.notes.is_empty() {
        return None;
    }
    let rows = report
        .notes
        .iter()
        .map(|n| {
            vec![
                words.date(n.at.date_naive()),
                words.note_source(n),
                n.text.clone(),
            ]
        })
        .collect();
    Some(Table {
        head: heads(words, &["date", "where", "note"]),
        rows,
        numeric: Vec::new(),
        total: false,
    })
}
