//! Progress: pain over time (daily, and after sessions) with the meaningful-change line, the
//! function score, plain sentences on both, sessions done per week, and every dose change with its
//! reason.

use crossterm::event::{KeyCode, KeyEvent};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Axis, Block, Borders, Chart, Dataset, GraphType, Paragraph, Wrap};

use crate::describe;
use crate::i18n::Msg;
use crate::journal::Change as DoseChange;
use crate::journal::Measured;
use crate::plan::outcomes::{Change, daily_pain, function_change, pain_change, sessions_per_week};

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
    /// Every dose change but "hold", newest first: the day and the sentence.
    changes: Vec<(String, String)>,
}

impl ProgressView {
    /// Works it out from the summaries of every entry ([`App::all`]).
    pub fn of(app: &App) -> ProgressView {
        let all = app.all();
        let daily = daily_pain(all);
        let first = daily.first().map(|(d, _)| *d);
        let points: Vec<(f64, f64)> = daily
            .iter()
            .map(|(d, v)| ((*d - first.unwrap_or(*d)).num_days() as f64, *v))
            .collect();
        let after = all
            .iter()
            .filter_map(|e| {
                Some((
                    (Measured::at(e).date_naive() - first?).num_days() as f64,
                    f64::from(e.pain_after()?),
                ))
            })
            .collect();
        let span = points.last().map_or(1.0, |(x, _)| x.max(1.0));
        let rules = app
            .history
            .enrolment
            .as_ref()
            .and_then(|e| app.catalog.programs.get(&e.program))
            .map(|p| p.value.progression.clone())
            .unwrap_or_default();
        let mut changes = Vec::new();
        for entry in all.iter().rev() {
            for decision in entry
                .changes()
                .iter()
                .filter(|d| d.change != DoseChange::Hold)
            {
                changes.push((
                    entry.at.at().format("%Y-%m-%d").to_string(),
                    describe::decision(&app.i18n, &app.catalog, &rules, decision),
                ));
            }
        }
        ProgressView {
            points,
            after,
            span,
            pain: pain_change(all),
            function: function_change(all),
            weeks: sessions_per_week(all, app.wall.date_naive(), 8)
                .iter()
                .map(|(_, n)| *n)
                .collect(),
            changes,
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
