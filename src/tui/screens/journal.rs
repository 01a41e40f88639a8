//! The journal: entries newest first, one opened in full (its file's text, as kern keeps it).

use crossterm::event::{KeyCode, KeyEvent};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::super::app::{App, Screen};
use super::layout::KeyHint;

/// The journal screen's state.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct JournalView {
    /// The selected entry (0 = newest).
    pub selected: usize,
    /// The opened entry, scrolled this far.
    pub open: Option<u16>,
}

/// The keys of the journal screen.
pub fn keys(app: &App) -> Vec<KeyHint> {
    match &app.screen {
        Screen::Journal(JournalView { open: Some(_), .. }) => {
            vec![("↑↓", "key-scroll"), ("Esc", "key-back"), ("?", "key-help")]
        }
        _ => vec![
            ("↑↓", "key-move"),
            ("Enter", "key-open"),
            ("Esc", "key-back"),
            ("?", "key-help"),
        ],
    }
}

/// Handles a key.
pub fn key(app: &mut App, key: KeyEvent) {
    let count = app.entries.len();
    let Screen::Journal(view) = &mut app.screen else {
        return;
    };
    match (view.open, key.code) {
        (Some(_), KeyCode::Esc) => view.open = None,
        (Some(scroll), KeyCode::Down) => view.open = Some(scroll.saturating_add(1)),
        (Some(scroll), KeyCode::Up) => view.open = Some(scroll.saturating_sub(1)),
        (None, KeyCode::Esc) => app.go_back(),
        (None, KeyCode::Up) => view.selected = view.selected.saturating_sub(1),
        (None, KeyCode::Down) => view.selected = (view.selected + 1).min(count.saturating_sub(1)),
        (None, KeyCode::Enter) if count > 0 => view.open = Some(0),
        _ => {}
    }
}

/// Draws the list or the opened entry.
pub fn draw(app: &App, frame: &mut Frame<'_>, area: Rect) {
    let Screen::Journal(view) = &app.screen else {
        return;
    };
    let newest_first: Vec<_> = app.entries.iter().rev().collect();
    if let Some(scroll) = view.open {
        let text = newest_first
            .get(view.selected)
            .and_then(|e| e.to_toml().ok())
            .unwrap_or_default();
        frame.render_widget(
            Paragraph::new(text)
                .wrap(Wrap { trim: false })
                .scroll((scroll, 0)),
            area,
        );
        return;
    }
    if newest_first.is_empty() {
        frame.render_widget(Paragraph::new(app.i18n.text("journal-empty")), area);
        return;
    }
    let visible = area.height as usize;
    let first = view.selected.saturating_sub(visible.saturating_sub(1));
    let lines: Vec<Line<'_>> = newest_first
        .iter()
        .enumerate()
        .skip(first)
        .take(visible)
        .map(|(i, entry)| {
            let text = crate::cli::entry_line(&app.i18n, entry);
            let style = if i == view.selected {
                app.theme.selected()
            } else {
                app.theme.text()
            };
            Line::from(Span::styled(text, style))
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), area);
}
