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

/// How a key is shown: its name in the coach's language ("Space" is "Spatie" in Dutch, and yes is
/// `j` there).
pub fn key_label(app: &App, key: &str) -> String {
    match key {
        "Space" => app.i18n.text("key-name-space"),
        "y" => app.i18n.text("key-name-yes"),
        _ => key.to_owned(),
    }
}

/// The footer's rows: whole hints (never split), at most two rows; when they do not fit, the last
/// hints are left out but `?` (help, which lists them all) stays.
fn footer_rows(app: &App, keys: &[KeyHint], width: u16) -> Vec<Vec<(String, String)>> {
    let mut hints: Vec<(String, String)> = keys
        .iter()
        .map(|(key, id)| (key_label(app, key), app.i18n.text(id)))
        .collect();
    let width = usize::from(width);
    loop {
        let mut rows: Vec<Vec<(String, String)>> = vec![Vec::new()];
        let mut used = 0;
        for hint in &hints {
            let len = hint.0.chars().count() + 1 + hint.1.chars().count();
            let gap = if used == 0 { 0 } else { 2 };
            if used > 0 && used + gap + len > width {
                rows.push(Vec::new());
                used = 0;
            }
            used += if used == 0 { len } else { gap + len };
            if let Some(row) = rows.last_mut() {
                row.push(hint.clone());
            }
        }
        if rows.len() <= 2 || hints.len() <= 1 {
            return rows;
        }
        let drop = hints.iter().rposition(|(key, _)| key != "?");
        match drop {
            Some(i) => {
                hints.remove(i);
            }
            None => return rows,
        }
    }
}

/// Draws header, footer and status; returns the area left for the screen.
pub fn frame(app: &App, frame: &mut Frame<'_>, keys: &[KeyHint]) -> Rect {
    let area = frame.area();
    let rows = footer_rows(app, keys, area.width);
    let footer_lines: Vec<Line<'_>> = rows
        .iter()
        .map(|row| {
            let spans: Vec<Span<'_>> = row
                .iter()
                .enumerate()
                .flat_map(|(i, (key, label))| {
                    [
                        Span::raw(if i == 0 { "" } else { "  " }),
                        Span::styled(format!("{key} "), app.theme.title()),
                        Span::styled(label.clone(), app.theme.keys()),
                    ]
                })
                .collect();
            Line::from(spans)
        })
        .collect();
    let footer_height = footer_lines.len() as u16;
    let status_lines = app
        .status
        .as_deref()
        .map(|s| wrap(s, area.width))
        .unwrap_or_default();
    let status_height = (status_lines.len() as u16).min(3);
    let [header, body, status_area, footer_area] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(status_height),
        Constraint::Length(footer_height),
    ])
    .areas(area);
    let date = app.wall.format("%Y-%m-%d %H:%M").to_string();
    let date_width = date.chars().count();
    let tagline = format!(" · {}", app.i18n.text("tui-tagline"));
    let width = usize::from(header.width);
    // The date stays; the tagline goes first when the line is too narrow for both.
    let show_tagline = 4 + tagline.chars().count() + 1 + date_width <= width;
    let mut title = vec![Span::styled("kern", app.theme.title())];
    if show_tagline {
        title.push(Span::styled(tagline, app.theme.dim()));
    }
    frame.render_widget(Paragraph::new(Line::from(title)), header);
    if 4 + 1 + date_width <= width {
        let right = Rect {
            x: header.x + header.width - date_width as u16,
            width: date_width as u16,
            ..header
        };
        frame.render_widget(Paragraph::new(Span::styled(date, app.theme.dim())), right);
    }
    if status_height > 0 {
        let lines: Vec<Line<'_>> = fit(
            app.status.as_deref().unwrap_or_default(),
            area.width,
            status_height,
        )
        .into_iter()
        .map(|l| Line::from(Span::styled(l, app.theme.warn())))
        .collect();
        frame.render_widget(Paragraph::new(lines), status_area);
    }
    frame.render_widget(Paragraph::new(footer_lines), footer_area);
    body
}

/// Text wrapped at word boundaries into lines of at most `width` characters (a word longer than
/// the line is cut). Line breaks in the text are kept.
pub fn wrap(text: &str, width: u16) -> Vec<String> {
    let width = usize::from(width.max(1));
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        let mut used = 0;
        for word in paragraph.split(' ').filter(|w| !w.is_empty()) {
            let mut word: String = word.to_owned();
            let mut len = word.chars().count();
            if used > 0 && used + 1 + len > width {
                lines.push(std::mem::take(&mut line));
                used = 0;
            }
            while len > width {
                let head: String = word.chars().take(width - used).collect();
                line.push_str(&head);
                lines.push(std::mem::take(&mut line));
                word = word.chars().skip(width - used).collect();
                len = word.chars().count();
                used = 0;
            }
            if used > 0 {
                line.push(' ');
                used += 1;
            }
            line.push_str(&word);
            used += len;
        }
        lines.push(line);
    }
    lines
}

/// One line cut to `width` characters, ending in "…" when it was longer.
pub fn truncate(text: &str, width: u16) -> String {
    let width = usize::from(width);
    if text.chars().count() <= width {
        return text.to_owned();
    }
    let mut cut: String = text.chars().take(width.saturating_sub(1)).collect();
    cut.push('…');
    cut
}

/// Text wrapped into at most `rows` lines; when it needs more, the last line ends in "…".
pub fn fit(text: &str, width: u16, rows: u16) -> Vec<String> {
    let mut lines = wrap(text, width);
    let rows = usize::from(rows);
    if lines.len() > rows {
        lines.truncate(rows);
        if let Some(last) = lines.last_mut() {
            let shorter = truncate(last, width.saturating_sub(1));
            *last = if shorter.ends_with('…') {
                shorter
            } else {
                format!("{shorter}…")
            };
        }
    }
    lines
}

/// The message for a window below 40×12.
pub fn too_small(app: &App, frame: &mut Frame<'_>) {
    let text = app.i18n.text("tui-too-small");
    frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: true }), frame.area());
}
