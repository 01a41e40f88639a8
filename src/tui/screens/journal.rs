//! The journal: entries newest first, one opened in full (its file's text, as kern keeps it).

use crossterm::event::{KeyCode, KeyEvent};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use crate::journal::{Facts, Summary, read_entry};

use super::super::app::{App, Screen};
use super::layout::{KeyHint, compact, truncate};

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
    let count = app.journal_len();
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

/// Draws the list or the opened entry. The entries come a screenful at a time from the journal's
/// pages (newest first), never all at once.
pub fn draw(app: &App, frame: &mut Frame<'_>, area: Rect) {
    let Screen::Journal(view) = &app.screen else {
        return;
    };
    let Some(pages) = app.journal_pages.as_ref().filter(|p| !p.is_empty()) else {
        frame.render_widget(Paragraph::new(app.i18n.text("journal-empty")), area);
        return;
    };
    if let Some(scroll) = view.open {
        // The entry as kern keeps it: read from its file when opened.
        let text = pages
            .get(view.selected)
            .and_then(|e| read_entry(&app.journal.path_of(e.at.at(), &e.id)).ok())
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
    // On a small screen each entry takes two lines: when and what kind, then the detail.
    let two_rows = compact(frame.area());
    let per_entry = if two_rows { 2 } else { 1 };
    let visible = (area.height as usize / per_entry).max(1);
    let first = view.selected.saturating_sub(visible.saturating_sub(1));
    let kind_width = pages
        .kinds()
        .map(|kind| {
            crate::describe::wording::entry_kind(&app.i18n, kind)
                .chars()
                .count()
        })
        .max()
        .unwrap_or(0);
    let mut lines: Vec<Line<'_>> = Vec::new();
    for i in first..(first + visible).min(pages.len()) {
        let Some(entry) = pages.get(i) else {
            continue;
        };
        let (when, kind, detail) = entry_parts(app, &entry);
        let style = if i == view.selected {
            app.theme.selected()
        } else {
            app.theme.text()
        };
        let marker = if i == view.selected { "▶ " } else { "  " };
        if two_rows {
            lines.push(Line::from(Span::styled(
                truncate(&format!("{marker}{when}  {kind}"), area.width),
                style,
            )));
            lines.push(Line::from(Span::styled(
                truncate(&format!("    {detail}"), area.width),
                app.theme.text(),
            )));
        } else {
            lines.push(Line::from(Span::styled(
                truncate(
                    &format!("{marker}{when}  {kind:<kind_width$}  {detail}"),
                    area.width,
                ),
                style,
            )));
        }
    }
    frame.render_widget(Paragraph::new(lines), area);
}

/// An entry's line in parts: when, what kind, and the detail (with the program's title rather
/// than its id).
fn entry_parts(app: &App, entry: &Summary) -> (String, String, String) {
    let line = crate::describe::summary_line(&app.i18n, entry);
    let when = entry.at.at().format("%Y-%m-%d %H:%M").to_string();
    let kind = crate::describe::wording::entry_kind(&app.i18n, entry.kind);
    let head = format!("{when}  {kind:<16}");
    let mut detail = line
        .strip_prefix(&head)
        .map_or_else(|| line.clone(), |rest| rest.trim_start().to_owned());
    let program = match &entry.facts {
        Facts::Session { program, .. } | Facts::Enrolment { program, .. } => Some(program.as_str()),
        _ => None,
    };
    if let Some(id) = program
        && let Some(p) = app.catalog.programs.get(id)
    {
        detail = detail.replacen(id, p.value.title.get(app.lang), 1);
    }
    (when, kind, detail)
}
