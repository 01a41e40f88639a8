//! The frame around every screen: a header with kern's name and the date, the footer with the
//! screen's keys, a status line; and the message when the terminal is too small.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::super::app::App;

/// Below this width the coach asks for a larger window.
pub const MIN_WIDTH: u16 = 40;
/// Below this height the coach asks for a larger window.
pub const MIN_HEIGHT: u16 = 12;

/// Whether the terminal is below the full layout (80×24): screens then show less.
pub fn compact(area: Rect) -> bool {
    area.width < 80 || area.height < 24
}

/// One key hint: the key and what it does (a message id).
pub type KeyHint = (&'static str, &'static str);

/// Draws header, footer and status; returns the area left for the screen.
pub fn frame(app: &App, frame: &mut Frame<'_>, keys: &[KeyHint]) -> Rect {
    let area = frame.area();
    let footer_text: Vec<Span<'_>> = keys
        .iter()
        .flat_map(|(key, id)| {
            [
                Span::styled(format!("{key} "), app.theme.title()),
                Span::styled(format!("{}  ", app.i18n.text(id)), app.theme.keys()),
            ]
        })
        .collect();
    let footer = Paragraph::new(Line::from(footer_text)).wrap(Wrap { trim: true });
    let footer_height = if compact(area) { 2 } else { 1 };
    let status_height = u16::from(app.status.is_some());
    let [header, body, status_area, footer_area] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(status_height),
        Constraint::Length(footer_height),
    ])
    .areas(area);
    let date = app.wall.format("%Y-%m-%d %H:%M").to_string();
    let title = Line::from(vec![
        Span::styled("kern", app.theme.title()),
        Span::styled(
            format!(" · {}", app.i18n.text("tui-tagline")),
            app.theme.dim(),
        ),
    ]);
    frame.render_widget(Paragraph::new(title), header);
    let date_width = date.len() as u16;
    if header.width > date_width + 20 {
        let right = Rect {
            x: header.x + header.width - date_width,
            width: date_width,
            ..header
        };
        frame.render_widget(Paragraph::new(Span::styled(date, app.theme.dim())), right);
    }
    if let Some(status) = &app.status {
        frame.render_widget(
            Paragraph::new(Span::styled(status.clone(), app.theme.warn())),
            status_area,
        );
    }
    frame.render_widget(footer, footer_area);
    body
}

/// The message for a window below 40×12.
pub fn too_small(app: &App, frame: &mut Frame<'_>) {
    let text = app.i18n.text("tui-too-small");
    frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: true }), frame.area());
}
