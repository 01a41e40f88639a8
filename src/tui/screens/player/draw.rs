//! Drawing the player: the exercise name large, the set, side and dose, a large countdown for
//! holds and rests and a rep counter for reps, a gauge for the timer and one for the session, the
//! cues (or the full instructions) beside the exercise's moving figure, what comes next during
//! rests, and "this hurts". It only reads the coach's state.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Gauge, Paragraph, Wrap};

use crate::describe;
use crate::i18n::Msg;
use crate::session::{HurtChoice, Step, Work};

use super::super::super::app::{App, Screen};
use super::super::super::widgets::big_text;
use super::super::super::widgets::figure::RepFigure;
use super::super::layout::{compact, fit, truncate};
use super::{Mode, Player, SKIP_REASONS, figure};

/// Draws the player.
pub fn draw(app: &App, frame: &mut Frame<'_>, area: Rect) {
    let Screen::Player(player) = &app.screen else {
        return;
    };
    let engine = player.coach.engine();
    let small = compact(frame.area());
    // Getting ready is for the first exercise.
    let exercise = match engine.current() {
        Step::GetReady => Some(0),
        step => step.exercise(),
    }
    .filter(|i| *i < engine.exercises().len())
    // The easier variant, once it took over, under its own name and cues.
    .map(|i| player.coach.exercise(i).id);
    let details = exercise
        .as_ref()
        .and_then(|id| app.catalog.exercises.get(id))
        .map(|e| &e.value);
    let name = details.map_or_else(String::new, |e| e.name.get(app.lang).to_owned());
    let heading = match engine.current() {
        Step::Rest { .. } => app.t(Msg::new("player-rest-next").arg("name", name.clone())),
        Step::GetReady => app.t(Msg::new("player-get-ready").arg("name", name.clone())),
        _ => name.clone(),
    };
    if small && player.mode != Mode::Running {
        // A question in the middle of a set: on a small screen it gets all the room.
        let [title, rest] =
            Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(area);
        frame.render_widget(
            Paragraph::new(Span::styled(
                truncate(&heading, title.width),
                app.theme.title(),
            )),
            title,
        );
        frame.render_widget(
            Paragraph::new(mode_lines(app, player, details)).wrap(Wrap { trim: false }),
            rest,
        );
        return;
    }
    let big_height = if small || player.instructions { 1 } else { 5 };
    let [title, what, body] = Layout::vertical([
        Constraint::Length(if small { 1 } else { 3 }),
        Constraint::Length(2),
        Constraint::Min(0),
    ])
    .areas(area);
    // The exercise's figure to the right of the timer and the cues, where there is room.
    let shown = exercise
        .as_deref()
        .and_then(|id| app.catalog.figure(id))
        .filter(|_| !small && player.mode == Mode::Running);
    let (body, figure_area) = figure::beside(body, shown.is_some());
    if let (Some(shown), Some(figure_area)) = (shown, figure_area) {
        let moment = figure::moment(player, app.mono);
        frame.render_widget(RepFigure::new(shown, moment, app.theme), figure_area);
    }
    let [big, gauges, rest] = Layout::vertical([
        Constraint::Length(big_height),
        Constraint::Length(2),
        Constraint::Min(0),
    ])
    .areas(body);
    let spaced_fits = heading.chars().count() * 2 <= usize::from(title.width);
    if small || !spaced_fits {
        let rows = if small {
            vec![Line::from(Span::styled(
                truncate(&heading, title.width),
                app.theme.title(),
            ))]
        } else {
            vec![
                Line::from(""),
                Line::from(Span::styled(
                    truncate(&heading.to_uppercase(), title.width),
                    app.theme.title(),
                )),
            ]
        };
        frame.render_widget(Paragraph::new(rows), title);
    } else {
        frame.render_widget(
            Paragraph::new(big_text::lines(
                &heading.to_uppercase(),
                1,
                app.theme.title(),
            )),
            title,
        );
    }
    let step_lines: Vec<Line<'_>> = step_line(app, player, small)
        .iter()
        .flat_map(|l| fit(l, what.width, 2))
        .take(2)
        .map(Line::from)
        .collect();
    frame.render_widget(Paragraph::new(step_lines), what);
    let remaining = engine.remaining(app.mono);
    let counter = match (engine.current(), remaining) {
        (_, Some(ms)) => format_seconds(ms.div_ceil(1000)),
        (
            Step::Work {
                work: Work::Reps { reps, .. },
                ..
            },
            None,
        ) => app.t(Msg::new("player-reps").num("reps", *reps)),
        _ => String::new(),
    };
    let paused = if engine.is_paused() {
        format!("  {}", app.i18n.text("player-paused"))
    } else {
        String::new()
    };
    if small {
        frame.render_widget(
            Paragraph::new(Span::styled(
                format!("{counter}{paused}"),
                app.theme.title(),
            )),
            big,
        );
    } else {
        let mut lines = big_text::big_digits(&counter, app.theme.title());
        if !paused.is_empty()
            && let Some(first) = lines.first_mut()
        {
            first.push_span(Span::styled(paused, app.theme.warn()));
        }
        frame.render_widget(Paragraph::new(lines), big);
    }
    let [timer_gauge, session_gauge] =
        Layout::vertical([Constraint::Length(1), Constraint::Length(1)]).areas(gauges);
    let timer_ratio = match (engine.current().duration_ms(), remaining) {
        (Some(total), Some(left)) if total > 0 => 1.0 - left as f64 / total as f64,
        _ => 0.0,
    };
    if remaining.is_some() {
        frame.render_widget(
            Gauge::default()
                .ratio(timer_ratio.clamp(0.0, 1.0))
                .label(app.i18n.text("player-timer"))
                .gauge_style(app.theme.good()),
            timer_gauge,
        );
    }
    let session_ratio = engine.index() as f64 / engine.steps().len().max(1) as f64;
    frame.render_widget(
        Gauge::default().ratio(session_ratio.clamp(0.0, 1.0)).label(
            app.t(
                Msg::new("player-session-progress").num("percent", (session_ratio * 100.0) as i64)
            ),
        ),
        session_gauge,
    );
    frame.render_widget(
        Paragraph::new(mode_lines(app, player, details)).wrap(Wrap { trim: false }),
        rest,
    );
}

/// The lower part: the cues (or the instructions), or what "this hurts" or a skip asks.
fn mode_lines(
    app: &App,
    player: &Player,
    details: Option<&crate::model::Exercise>,
) -> Vec<Line<'static>> {
    match &player.mode {
        Mode::Running => cues(app, player, details),
        Mode::HurtPain(input) => vec![
            Line::from(Span::styled(app.i18n.text("hurt-pain"), app.theme.warn())),
            Line::from(Span::styled(
                format!("[0…10]  > {input}_"),
                app.theme.title(),
            )),
        ],
        Mode::HurtChoice(choices, selected) => choice_lines(
            app,
            &app.i18n.text("hurt-what-now"),
            choices.iter().map(|(l, _)| l.clone()),
            *selected,
            !choices.iter().any(|(_, c)| *c == HurtChoice::Continue),
        ),
        Mode::SkipReason(selected) => {
            let labels = SKIP_REASONS
                .iter()
                .map(|r| describe::wording::skip_reason(&app.i18n, *r));
            choice_lines(app, &app.i18n.text("skip-why"), labels, *selected, false)
        }
    }
}

fn choice_lines(
    app: &App,
    title: &str,
    labels: impl Iterator<Item = String>,
    selected: usize,
    over_limit: bool,
) -> Vec<Line<'static>> {
    let mut lines = vec![Line::from(Span::styled(title.to_owned(), app.theme.warn()))];
    if over_limit {
        lines.push(Line::from(Span::styled(
            app.i18n.text("hurt-over-limit"),
            app.theme.warn(),
        )));
    }
    for (i, label) in labels.enumerate() {
        let style = if i == selected {
            app.theme.selected()
        } else {
            app.theme.text()
        };
        let marker = if i == selected { "▶ " } else { "  " };
        lines.push(Line::from(Span::styled(format!("{marker}{label}"), style)));
    }
    lines
}

/// What the step asks and the dose, one line each (the "press Enter" reminder only on a full
/// screen: the footer says it too).
fn step_line(app: &App, player: &Player, small: bool) -> Vec<String> {
    let engine = player.coach.engine();
    let text = match engine.current() {
        Step::Work {
            set,
            sets,
            side,
            work,
            exercise,
            ..
        } => {
            let side = side.map_or_else(String::new, |s| {
                format!(" · {}", describe::wording::side(&app.i18n, s))
            });
            let dose = engine
                .exercises()
                .get(*exercise)
                .map(|e| dose_text(app, &e.dose, small))
                .unwrap_or_default();
            let what = match work {
                Work::Hold { hold, of, .. } if *of > 1 => format!(
                    " · {}",
                    app.t(Msg::new("player-hold-of").num("hold", *hold).num("of", *of))
                ),
                Work::Reps { .. } if !small && !player.coach.hands_free() => {
                    format!(" · {}", app.i18n.text("player-enter-when-done"))
                }
                _ => String::new(),
            };
            app.t(Msg::new("player-set").num("set", *set).num("sets", *sets))
                + &side
                + &what
                + &format!("\n{dose}")
        }
        Step::SwitchSide { .. } => app.i18n.text("plain-switch-side"),
        Step::Relax { .. } => app.t(Msg::new("plain-relax").num("seconds", 3)),
        Step::Rest { next, .. } => {
            let dose = engine
                .exercises()
                .get(*next)
                .map(|e| dose_text(app, &e.dose, small))
                .unwrap_or_default();
            app.t(Msg::new("player-rest")) + &format!("\n{dose}")
        }
        Step::GetReady => {
            let dose = engine
                .exercises()
                .first()
                .map(|e| dose_text(app, &e.dose, small))
                .unwrap_or_default();
            app.i18n.text("player-get-into-position") + &format!("\n{dose}")
        }
        Step::CheckIn | Step::CheckOut => String::new(),
    };
    text.lines().map(str::to_owned).collect()
}

/// The dose in words; on a small screen without the rest between sets (a rest shows itself when
/// it comes).
fn dose_text(app: &App, dose: &crate::model::Prescription, small: bool) -> String {
    if small {
        let dose = crate::model::Prescription {
            rest_seconds: 0,
            ..dose.clone()
        };
        describe::prescription(&app.i18n, &dose)
    } else {
        describe::prescription(&app.i18n, dose)
    }
}

fn cues(
    app: &App,
    player: &Player,
    details: Option<&crate::model::Exercise>,
) -> Vec<Line<'static>> {
    let Some(exercise) = details else {
        return Vec::new();
    };
    let (title, items) = if player.instructions {
        (
            app.i18n.text("label-instructions"),
            exercise.instructions.get(app.lang),
        )
    } else {
        (app.i18n.text("label-cues"), exercise.cues.get(app.lang))
    };
    let mut lines = vec![Line::from(Span::styled(title, app.theme.dim()))];
    for (i, item) in items.iter().enumerate() {
        let marker = if player.instructions {
            format!("{}. ", i + 1)
        } else {
            "· ".to_owned()
        };
        lines.push(Line::from(format!("{marker}{item}")));
    }
    lines
}

fn format_seconds(seconds: u64) -> String {
    if seconds >= 60 {
        format!("{}:{:02}", seconds / 60, seconds % 60)
    } else {
        seconds.to_string()
    }
}
