//! Progress: pain over time (daily, and after sessions) with the meaningful-change line, the
//! function score, plain sentences on both, sessions done per week, and every dose change with its
//! reason.

use chrono::{DateTime, FixedOffset};
use crossterm::event::{KeyCode, KeyEvent};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Axis, Block, Borders, Chart, Dataset, GraphType, Paragraph, Wrap};

use crate::describe;
use crate::i18n::Msg;
use crate::journal::Change as DoseChange;
use crate::journal::index::ByMonth;
use crate::journal::{Decision, EntryKind, Facts, Measured, Summary};
use crate::plan::outcomes::{Change, Tally};

use super::super::app::{App, Screen};
use super::layout::{KeyHint, compact};

/// The keys of the progress screen.
pub fn keys() -> Vec<KeyHint> {
    vec![("↑↓", "key-scroll"), ("Esc", "key-back"), ("?", "key-help")]
}

/// Handles a key.
pub fn key(app: &mut App, key: KeyEvent) {
    let Screen::Progress { scroll } = &mut app.screen else {
        return;
    };
    match key.code {
        KeyCode::Esc => app.go_back(),
        KeyCode::Down => *scroll = scroll.saturating_add(1),
        KeyCode::Up => *scroll = scroll.saturating_sub(1),
        _ => {}
    }
}

/// What Progress shows, worked out once when it opens (not at every redraw): the chart's points,
/// the changes of pain and function, sessions per week and every dose change in words.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ProgressView {
    /// Daily pain, days since the first day against the day's pain.
    points: Vec<(f64, f64)>,
    /// Pain after sessions, on the same days.
    after: Vec<(f64, f64)>,
    /// Days the chart spans (at least 1).
    span: f64,
    /// Pain at the start and now.
    pain: Option<Change>,
    /// Function at the start and now.
    function: Option<Change>,
    /// Sessions done in each of the last 8 weeks, oldest first.
    weeks: Vec<u32>,
    /// The newest dose changes but "hold" ([`SHOWN_CHANGES`] at most), newest first: the day
    /// and the sentence.
    changes: Vec<(String, String)>,
    /// Dose changes older than those.
    earlier: usize,
}

/// How many dose changes Progress lists (a screen to read, not an archive: every change stays
/// in its session's journal entry).
pub const SHOWN_CHANGES: usize = 60;

/// The newest dose changes of a journal passed through in any order, kept to
/// [`SHOWN_CHANGES`].
#[derive(Default)]
struct NewestChanges {
    kept: Vec<(DateTime<FixedOffset>, String, Decision)>,
    earlier: usize,
}

impl NewestChanges {
    fn add(&mut self, entry: &Summary) {
        for decision in entry.changes() {
            if decision.change != DoseChange::Hold {
                self.kept.push((entry.at.at(), entry.id.clone(), decision));
            }
        }
        if self.kept.len() > 2 * SHOWN_CHANGES {
            self.keep_newest();
        }
    }

    /// Newest first (by time, then entry), the rest counted as earlier.
    fn keep_newest(&mut self) {
        // Stable: an entry's changes keep their order.
        self.kept.sort_by(|a, b| (b.0, &b.1).cmp(&(a.0, &a.1)));
        if self.kept.len() > SHOWN_CHANGES {
            self.earlier += self.kept.len() - SHOWN_CHANGES;
            self.kept.truncate(SHOWN_CHANGES);
        }
    }

    fn sorted(&mut self) -> Vec<(DateTime<FixedOffset>, String, Decision)> {
        self.keep_newest();
        std::mem::take(&mut self.kept)
    }
}

impl ProgressView {
    /// Works it out from the journal, passed through a month at a time: entries up to now (and
    /// enrolments), counted into a [`Tally`]; the sessions that changed a dose kept aside.
    pub fn of(app: &App, by_month: &ByMonth) -> ProgressView {
        let wall = app.wall;
        let mut tally = Tally::default();
        let mut after_days = Vec::new();
        // The newest dose changes: when, which entry, and the changes other than "hold".
        let mut newest = NewestChanges::default();
        by_month.for_each(|entry| {
            if entry.at.at() > wall && entry.kind != EntryKind::Enrolment {
                return;
            }
            tally.add(entry);
            if let Some(pain) = entry.pain_after() {
                after_days.push((Measured::at(entry).date_naive(), pain));
            }
            if matches!(
                entry.facts,
                Facts::Session {
                    changes: Some(_),
                    ..
                }
            ) {
                newest.add(entry);
            }
        });
        let daily = tally.daily_pain();
        let (pain, function) = (tally.pain_change(), tally.function_change());
        let weeks = tally
            .sessions_per_week(app.wall.date_naive(), 8)
            .iter()
            .map(|(_, n)| *n)
            .collect();
        drop(tally);
        let first = daily.first().map(|(d, _)| *d);
        let points: Vec<(f64, f64)> = daily
            .iter()
            .map(|(d, v)| ((*d - first.unwrap_or(*d)).num_days() as f64, *v))
            .collect();
        after_days.sort_by_key(|(day, _)| *day);
        let after = after_days
            .iter()
            .filter_map(|(day, pain)| Some(((*day - first?).num_days() as f64, f64::from(*pain))))
            .collect();
        let span = points.last().map_or(1.0, |(x, _)| x.max(1.0));
        let rules = app
            .history
            .enrolment
            .as_ref()
            .and_then(|e| app.catalog.programs.get(&e.program))
            .map(|p| p.value.progression.clone())
            .unwrap_or_default();
        let earlier = newest.earlier;
        let mut changes = Vec::new();
        for (at, _, decision) in newest.sorted() {
            changes.push((
                at.format("%Y-%m-%d").to_string(),
                describe::decision(&app.i18n, &app.catalog, &rules, &decision),
            ));
        }
        ProgressView {
            points,
            after,
            span,
            pain,
            function,
            weeks,
            changes,
            earlier,
        }
    }
}

/// The sentence about a change.
fn sentence(app: &App, change: Option<Change>, better_when_lower: bool, id: &str) -> String {
    let Some(change) = change else {
        return app.i18n.text(&format!("{id}-no-data"));
    };
    let difference = change.difference();
    let improved = if better_when_lower {
        difference < 0.0
    } else {
        difference > 0.0
    };
    let direction = if difference.abs() < 0.5 {
        "same"
    } else if improved {
        "better"
    } else {
        "worse"
    };
    app.t(Msg::new(format!("{id}-{direction}"))
        .arg("points", decimal(app, difference.abs()))
        .arg(
            "meaningful",
            app.i18n.text(if change.meaningful {
                "progress-meaningful"
            } else {
                "progress-not-yet-meaningful"
            }),
        ))
}

/// A number with one decimal, with a decimal comma in Dutch.
fn decimal(app: &App, value: f64) -> String {
    let text = format!("{value:.1}");
    if app.lang == crate::model::Lang::Nl {
        text.replace('.', ",")
    } else {
        text
    }
}

/// Draws the screen.
pub fn draw(app: &App, frame: &mut Frame<'_>, area: Rect) {
    let small = compact(frame.area());
    let chart_height = if small {
        0
    } else {
        area.height.saturating_sub(10).clamp(6, 12)
    };
    let [chart_area, text_area] =
        Layout::vertical([Constraint::Length(chart_height), Constraint::Min(0)]).areas(area);
    let empty = ProgressView::default();
    let view = app.progress.as_deref().unwrap_or(&empty);
    let pain = view.pain;
    if chart_height > 0 {
        let (points, after, span) = (&view.points, &view.after, view.span);
        let target = pain.map(|c| (c.start - 2.0).max(0.0));
        let target_line: Vec<(f64, f64)> = target
            .map(|t| vec![(0.0, t), (span, t)])
            .unwrap_or_default();
        let mut datasets = vec![
            Dataset::default()
                .name(app.i18n.text("progress-daily-pain"))
                .marker(Marker::Braille)
                .graph_type(GraphType::Line)
                .style(app.theme.title())
                .data(points),
            Dataset::default()
                .name(app.i18n.text("progress-pain-after"))
                .marker(Marker::Dot)
                .graph_type(GraphType::Scatter)
                .style(app.theme.warn())
                .data(after),
        ];
        if !target_line.is_empty() {
            datasets.push(
                Dataset::default()
                    .name(app.i18n.text("progress-meaningful-line"))
                    .marker(Marker::Bar)
                    .graph_type(GraphType::Line)
                    .style(app.theme.good())
                    .data(&target_line),
            );
        }
        let chart = Chart::new(datasets)
            .block(
                Block::default()
                    .borders(Borders::ALL)
                    .title(app.i18n.text("progress-pain-title")),
            )
            .x_axis(
                Axis::default()
                    .bounds([0.0, span])
                    .labels(vec![Span::raw("0"), Span::raw(format!("{span:.0} d"))]),
            )
            .y_axis(Axis::default().bounds([0.0, 10.0]).labels(vec![
                Span::raw("0"),
                Span::raw("5"),
                Span::raw("10"),
            ]));
        frame.render_widget(chart, chart_area);
    }
    let mut lines = Vec::new();
    if chart_height > 0 {
        // The chart's key, in symbols that read without colour.
        lines.push(Line::from(Span::styled(
            format!(
                "⠒ {}   • {}{}",
                app.i18n.text("progress-daily-pain"),
                app.i18n.text("progress-pain-after"),
                if pain.is_some() {
                    format!("   ▄ {}", app.i18n.text("progress-meaningful-line"))
                } else {
                    String::new()
                }
            ),
            app.theme.dim(),
        )));
    }
    lines.extend([
        Line::from(Span::styled(
            sentence(app, pain, true, "progress-pain"),
            app.theme.text(),
        )),
        Line::from(Span::styled(
            sentence(app, view.function, false, "progress-function"),
            app.theme.text(),
        )),
    ]);
    let bars: String = view.weeks.iter().map(|n| format!("{n} ")).collect();
    lines.push(Line::from(app.t(
        Msg::new("progress-sessions-per-week").arg("counts", bars.trim_end().to_owned()),
    )));
    lines.push(Line::from(""));
    lines.push(Line::from(Span::styled(
        app.i18n.text("progress-changes"),
        app.theme.title(),
    )));
    for (day, sentence) in &view.changes {
        lines.push(Line::from(format!("{day}  {sentence}")));
    }
    if view.earlier > 0 {
        lines.push(Line::from(Span::styled(
            app.t(Msg::new("progress-earlier-changes").num("count", view.earlier as i64)),
            app.theme.dim(),
        )));
    }
    if view.changes.is_empty() {
        lines.push(Line::from(Span::styled(
            app.i18n.text("progress-no-changes"),
            app.theme.dim(),
        )));
    }
    let scroll = match app.screen {
        Screen::Progress { scroll } => scroll,
        _ => 0,
    };
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: true })
            .scroll((scroll, 0)),
        text_area,
    );
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;

    #[test]
    fn progress_keeps_the_newest_dose_changes_and_counts_the_rest() {
        let entries = crate::journal::sample::entries(
            NaiveDate::from_ymd_opt(2026, 11, 25).unwrap(),
            2000,
            7,
        );
        let summaries: Vec<Summary> = entries.iter().map(Summary::of).collect();
        let mut every: Vec<(DateTime<FixedOffset>, String, Decision)> = summaries
            .iter()
            .flat_map(|s| {
                s.changes()
                    .into_iter()
                    .filter(|d| d.change != DoseChange::Hold)
                    .map(|d| (s.at.at(), s.id.clone(), d))
            })
            .collect();
        assert!(every.len() > 2 * SHOWN_CHANGES, "{}", every.len());
        every.sort_by(|a, b| (b.0, &b.1).cmp(&(a.0, &a.1)));
        // Months come oldest first, a month's entries in any order.
        let mut newest = NewestChanges::default();
        for month in summaries.chunk_by(|a, b| {
            a.at.at().format("%Y%m").to_string() == b.at.at().format("%Y%m").to_string()
        }) {
            for summary in month.iter().rev() {
                newest.add(summary);
            }
        }
        let earlier = every.len() - SHOWN_CHANGES;
        every.truncate(SHOWN_CHANGES);
        assert_eq!(newest.sorted(), every);
        assert_eq!(newest.earlier, earlier);
    }
}
