//! Drawing and keys of a form screen: the question, its scale, what is typed, and progress through
//! the questions.

use crossterm::event::KeyEvent;
use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Gauge, Paragraph, Wrap};

use super::super::app::{App, Screen};
use super::super::form::{FormStep, Kind};
use super::form_purpose::{self, Purpose};
use super::layout::KeyHint;

/// The keys of a form (they depend on the question).
pub fn keys(app: &App) -> Vec<KeyHint> {
    let Screen::Form(form, _) = &app.screen else {
        return Vec::new();
    };
    match form.current().map(|q| q.kind) {
        Some(Kind::Number { .. }) => vec![
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
            if let Screen::Form(_, Purpose::CheckOut(player)) =
                std::mem::replace(&mut app.screen, Screen::Home { selected: 0 })
            {
                // Leaving the check-out still saves the session.
                super::player::finish_session(app, *player, &[]);
            } else {
                app.go_back();
            }
        }
        FormStep::Done => {
            let Screen::Form(form, purpose) =
                std::mem::replace(&mut app.screen, Screen::Home { selected: 0 })
            else {
                return;
            };
            form_purpose::finish(app, purpose, form.answers);
        }
    }
}

/// Draws a form.
pub fn draw(app: &App, frame: &mut Frame<'_>, area: Rect) {
    let Screen::Form(form, _) = &app.screen else {
        return;
    };
    let mut lines = vec![
        Line::from(Span::styled(app.t(form.title.clone()), app.theme.title())),
        Line::from(""),
    ];
    if let Some(question) = form.current() {
        lines.push(Line::from(Span::styled(
            app.t(question.prompt.clone()),
            app.theme.text(),
        )));
        if let Some(hint) = &question.hint {
            lines.push(Line::from(Span::styled(
                app.t(hint.clone()),
                app.theme.dim(),
            )));
        }
        lines.push(Line::from(""));
        let answer = match question.kind {
            Kind::Number { min, max } => format!("[{min}…{max}]  > {}_", form.input),
            Kind::YesNo => format!("[y/n]  > {}", form.input),
            Kind::Text { .. } => format!("> {}_", form.input),
        };
        lines.push(Line::from(Span::styled(answer, app.theme.title())));
    }
    if let Some(error) = &form.error {
        lines.push(Line::from(Span::styled(
            app.t(error.clone()),
            app.theme.warn(),
        )));
    }
    let height = area.height.saturating_sub(1);
    frame.render_widget(
        Paragraph::new(lines).wrap(Wrap { trim: true }),
        Rect { height, ..area },
    );
    if form.questions.len() > 1 && area.height > 2 {
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
    let _ = Alignment::Center;
}
