//! The help overlay: every key of the current screen, and the keys that work everywhere.

use ratatui::Frame;
use ratatui::layout::{Constraint, Flex, Layout};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

use super::super::app::App;
use super::layout::KeyHint;

/// Draws the overlay over the screen.
pub fn draw(app: &App, frame: &mut Frame<'_>, keys: &[KeyHint]) {
    let mut all: Vec<KeyHint> = keys.to_vec();
    for general in [
        ("Esc", "key-back"),
        ("?", "key-help"),
        ("Ctrl-C", "key-stop-save"),
    ] {
        if !all.iter().any(|(k, _)| *k == general.0) {
            all.push(general);
        }
    }
    let mut lines: Vec<Line<'_>> = all
        .iter()
        .map(|(key, id)| {
            Line::from(vec![
                Span::styled(
                    format!("{:<8}", super::layout::key_label(app, key)),
                    app.theme.title(),
                ),
                Span::raw(app.i18n.text(id)),
            ])
        })
        .collect();
    // "Press any key to close" always shows; the empty line before it only when there is room.
    if lines.len() as u16 + 4 <= frame.area().height {
        lines.push(Line::from(""));
    }
    lines.push(Line::from(Span::styled(
        app.i18n.text("help-close"),
        app.theme.dim(),
    )));
    let height = (lines.len() as u16 + 2).min(frame.area().height);
    let width = 60.min(frame.area().width);
    let [area] = Layout::vertical([Constraint::Length(height)])
        .flex(Flex::Center)
        .areas(frame.area());
    let [area] = Layout::horizontal([Constraint::Length(width)])
        .flex(Flex::Center)
        .areas(area);
    frame.render_widget(Clear, area);
    frame.render_widget(
        Paragraph::new(lines).wrap(Wrap { trim: true }).block(
            Block::default()
                .borders(Borders::ALL)
                .title(app.i18n.text("help-title")),
        ),
        area,
    );
}
