//! Drawing and keys of a form screen: the question, its scale, what is typed, and progress through
//! the questions.

use crossterm::event::KeyEvent;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Gauge, Paragraph};

use super::super::app::{App, Screen};
use super::super::form::FormStep;
use super::form_purpose::{self, Purpose};
use super::layout::{KeyHint, compact, fit, key_label, truncate, wrap};
use crate::coach::Kind;

/// The keys of a form (they depend on the question).
pub fn keys(app: &App) -> Vec<KeyHint> {
    let Screen::Form(form, _) = &app.screen else {
        return Vec::new();
    };
    match form.current().map(|q| &q.kind) {
        Some(Kind::Rating) => vec![
            ("-5…+5", "key-type-score"),
            ("←→", "key-adjust"),
            ("Enter", "key-confirm"),
            ("Esc", "key-back"),
            ("?", "key-help"),
        ],
        Some(Kind::Score) => vec![
            ("0-10", "key-type-score"),
            ("←→", "key-adjust"),
            ("Enter", "key-confirm"),
            ("Esc", "key-back"),
            ("?", "key-help"),
        ],
        Some(Kind::YesNo) => vec![
            ("y", "key-yes"),
            ("n", "key-no"),
            ("Esc", "key-back"),
            ("?", "key-help"),
        ],
        Some(Kind::Pick { many: true, .. }) => vec![
            ("↑↓", "key-move"),
            ("Space", "key-tick"),
            ("Enter", "key-confirm"),
            ("Esc", "key-back"),
        ],
        Some(Kind::Pick { .. }) => vec![
            ("↑↓", "key-move"),
            ("Enter", "key-confirm"),
            ("Esc", "key-back"),
        ],
        _ => vec![("Enter", "key-confirm"), ("Esc", "key-back")],
    }
}

/// Handles a key in a form.
pub fn key(app: &mut App, key: KeyEvent) {
    let Screen::Form(form, _) = &mut app.screen else {
        return;
    };
    match form.key(key) {
        FormStep::Open => {}
        FormStep::Cancelled => {
            match std::mem::replace(&mut app.screen, Screen::Home { selected: 0 }) {
                // Leaving the check-out still saves the session.
                Screen::Form(_, Purpose::CheckOut(player)) => {
                    super::player::finish_session(app, player, crate::coach::Answers::new());
                }
                Screen::Form(_, Purpose::HurtWhich(player, answers)) => {
                    super::player::finish_session(app, player, answers);
                }
                _ => app.go_back(),
            }
        }
        FormStep::Done => {
            let Screen::Form(form, purpose) =
                std::mem::replace(&mut app.screen, Screen::Home { selected: 0 })
            else {
                return;
            };
            form_purpose::finish(app, purpose, form.answered());
        }
    }
}

/// Draws a form: the title, the question and its scale, the answer line and any error always in
/// sight (on a small screen the scale goes first, then the question is cut), and the progress
/// through the questions.
pub fn draw(app: &App, frame: &mut Frame<'_>, area: Rect) {
    let Screen::Form(form, _) = &app.screen else {
        return;
    };
    let small = compact(frame.area());
    let width = area.width;
    let styled = |lines: Vec<String>, style: Style| -> Vec<(String, Style)> {
        lines.into_iter().map(|l| (l, style)).collect()
    };
    let gauge_rows = u16::from(form.questions.len() > 1 && area.height > 4);
    let errors = form
        .error
        .as_ref()
        .map(|e| styled(wrap(&app.t(e.clone()), width), app.theme.warn()))
        .unwrap_or_default();
    let title = (
        truncate(&app.t(form.title.clone()), width),
        app.theme.title(),
    );
    let prompt_text = form
        .current()
        .map(|q| app.t(q.prompt.clone()))
        .unwrap_or_default();
    let mut prompt = wrap(&prompt_text, width);
    let items: Vec<String> = form
        .current()
        .map(|q| q.list.iter().map(|m| app.t(m.clone())).collect())
        .unwrap_or_default();
    let mut hint = Vec::new();
    let mut answer = Vec::new();
    if let Some(question) = form.current() {
        hint = question
            .hint
            .as_ref()
            .map(|h| wrap(&app.t(h.clone()), width))
            .unwrap_or_default();
        let yes = key_label(app, "y");
        let (min, max) = question.kind.bounds().unwrap_or((0, 0));
        let line = match &question.kind {
            Kind::Rating => format!("[{min}…+{max}]  > {}_", form.input),
            Kind::Score => format!("[{min}…{max}]  > {}_", form.input),
            Kind::YesNo => format!("[{yes}/n]  > {}", form.input),
            Kind::Text { .. } => format!("> {}_", form.input),
            Kind::Pick {
                options,
                many,
                none,
            } => {
                answer = pick_lines(app, form, options, *many, none.as_ref(), width);
                String::new()
            }
        };
        // Long typed text shows its end, where the typing is.
        let len = line.chars().count();
        let line = if len > usize::from(width) {
            let tail: String = line.chars().skip(len + 1 - usize::from(width)).collect();
            format!("…{tail}")
        } else {
            line
        };
        if answer.is_empty() {
            answer.push((line, app.theme.title()));
        }
    }
    let room = usize::from(area.height.saturating_sub(gauge_rows))
        .saturating_sub(answer.len() + errors.len());
    // Listed items under the question, one per line; where they do not fit, in one paragraph.
    let listed: Vec<String> = items
        .iter()
        .flat_map(|item| wrap(&format!("• {item}"), width))
        .collect();
    if !items.is_empty() {
        let joined = wrap(&items.join("; "), width);
        let list = if 1 + prompt.len() + listed.len() <= room {
            listed
        } else {
            joined
        };
        prompt.extend(list);
    }
    // The title, an empty line, the question, its scale and an empty line before the answer.
    let spaced = !small && 3 + prompt.len() + hint.len() <= room;
    let mut lines = vec![title];
    if spaced {
        lines.push((String::new(), app.theme.text()));
    }
    if lines.len() + prompt.len() + hint.len() > room {
        hint.clear();
    }
    if lines.len() + prompt.len() > room {
        let rows = room.saturating_sub(lines.len()).max(1) as u16;
        let whole = match form.current() {
            Some(_) if !items.is_empty() => format!("{prompt_text} {}", items.join("; ")),
            Some(_) => prompt_text.clone(),
            None => app.t(form.title.clone()),
        };
        prompt = fit(&whole, width, rows);
    }
    lines.extend(styled(prompt, app.theme.text()));
    lines.extend(styled(hint, app.theme.dim()));
    if spaced {
        lines.push((String::new(), app.theme.text()));
    }
    lines.extend(answer);
    lines.extend(errors);
    let lines: Vec<Line<'_>> = lines
        .into_iter()
        .map(|(text, style)| Line::from(Span::styled(text, style)))
        .collect();
    frame.render_widget(
        Paragraph::new(lines),
        Rect {
            height: area.height.saturating_sub(gauge_rows),
            ..area
        },
    );
    if gauge_rows > 0 {
        let ratio = form.answers.len() as f64 / form.questions.len() as f64;
        let label = format!("{}/{}", form.answers.len() + 1, form.questions.len());
        let gauge_area = Rect {
            y: area.y + area.height - 1,
            height: 1,
            ..area
        };
        frame.render_widget(
            Gauge::default()
                .ratio(ratio.clamp(0.0, 1.0))
                .label(label)
                .gauge_style(app.theme.good()),
            gauge_area,
        );
    }
}

/// The options of a pick question, the highlighted one marked, the ticked ones ticked.
fn pick_lines(
    app: &App,
    form: &super::super::form::Form,
    options: &[crate::i18n::Msg],
    many: bool,
    none: Option<&crate::i18n::Msg>,
    width: u16,
) -> Vec<(String, Style)> {
    options
        .iter()
        .chain(none)
        .enumerate()
        .map(|(i, label)| {
            let here = i == form.cursor;
            let tick = match (many, i < options.len()) {
                (true, true) if form.picked.contains(&i) => "[x] ",
                (true, true) => "[ ] ",
                _ => "",
            };
            let marker = if here { "▶ " } else { "  " };
            let style = if here {
                app.theme.selected()
            } else {
                app.theme.text()
            };
            (
                truncate(&format!("{marker}{tick}{}", app.t(label.clone())), width),
                style,
            )
        })
        .collect()
}
