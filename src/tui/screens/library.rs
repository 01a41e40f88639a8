//! The library: exercises and programs in lists, each opened in full (an exercise with its
//! figure above it when the screen is tall enough).

use crossterm::event::{KeyCode, KeyEvent};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use crate::describe;

use super::super::app::{App, Screen};
use super::super::widgets::figure::StartEnd;
use super::layout::{KeyHint, truncate};

/// The least height of an opened exercise that also shows its figure.
const FIGURE_MIN_HEIGHT: u16 = 18;

/// Exercises or programs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tab {
    /// The exercises.
    #[default]
    Exercises,
    /// The programs.
    Programs,
}

/// The library's state.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Library {
    /// Which list.
    pub tab: Tab,
    /// The selected line.
    pub selected: usize,
    /// The opened item, scrolled this far.
    pub open: Option<u16>,
}

fn ids(app: &App, tab: Tab) -> Vec<String> {
    match tab {
        Tab::Exercises => app
            .catalog
            .patient_exercises()
            .map(|(id, _)| id.clone())
            .collect(),
        Tab::Programs => app.catalog.programs.keys().cloned().collect(),
    }
}

/// The keys of the library.
pub fn keys(app: &App) -> Vec<KeyHint> {
    match &app.screen {
        Screen::Library(Library { open: Some(_), .. }) => {
            vec![("↑↓", "key-scroll"), ("Esc", "key-back"), ("?", "key-help")]
        }
        _ => vec![
            ("↑↓", "key-move"),
            ("Tab", "key-switch-list"),
            ("Enter", "key-open"),
            ("Esc", "key-back"),
            ("?", "key-help"),
        ],
    }
}

/// Handles a key.
pub fn key(app: &mut App, key: KeyEvent) {
    let Screen::Library(library) = &app.screen else {
        return;
    };
    let count = ids(app, library.tab).len();
    let Screen::Library(library) = &mut app.screen else {
        return;
    };
    match (library.open, key.code) {
        (Some(_), KeyCode::Esc) => library.open = None,
        (Some(scroll), KeyCode::Down) => library.open = Some(scroll.saturating_add(1)),
        (Some(scroll), KeyCode::Up) => library.open = Some(scroll.saturating_sub(1)),
        (Some(scroll), KeyCode::PageDown) => library.open = Some(scroll.saturating_add(10)),
        (Some(scroll), KeyCode::PageUp) => library.open = Some(scroll.saturating_sub(10)),
        (None, KeyCode::Esc) => app.go_back(),
        (None, KeyCode::Tab | KeyCode::Left | KeyCode::Right) => {
            library.tab = if library.tab == Tab::Exercises {
                Tab::Programs
            } else {
                Tab::Exercises
            };
            library.selected = 0;
        }
        (None, KeyCode::Up) => library.selected = library.selected.saturating_sub(1),
        (None, KeyCode::Down) => {
            library.selected = (library.selected + 1).min(count.saturating_sub(1))
        }
        (None, KeyCode::Enter) => library.open = Some(0),
        _ => {}
    }
}

/// Draws the list or the opened item.
pub fn draw(app: &App, frame: &mut Frame<'_>, area: Rect) {
    let Screen::Library(library) = &app.screen else {
        return;
    };
    let ids = ids(app, library.tab);
    if let Some(scroll) = library.open {
        let Some(id) = ids.get(library.selected) else {
            return;
        };
        let text = match library.tab {
            Tab::Exercises => app
                .catalog
                .exercises
                .get(id)
                .map(|e| describe::exercise_sheet(&app.i18n, &app.catalog, &e.value)),
            Tab::Programs => app
                .catalog
                .programs
                .get(id)
                .map(|p| describe::program_sheet(&app.i18n, &app.catalog, &p.value)),
        }
        .unwrap_or_default();
        let figure = match library.tab {
            Tab::Exercises => app.catalog.figure(id),
            Tab::Programs => None,
        };
        let area = match figure {
            // The figure above the words, when the screen has room for both.
            Some(figure) if area.height >= FIGURE_MIN_HEIGHT => {
                let rows = (area.height / 3).clamp(6, 12);
                let [top, rest] =
                    Layout::vertical([Constraint::Length(rows), Constraint::Min(1)]).areas(area);
                frame.render_widget(StartEnd::new(figure, &app.i18n, app.theme), top);
                rest
            }
            _ => area,
        };
        frame.render_widget(
            Paragraph::new(text)
                .wrap(Wrap { trim: false })
                .scroll((scroll, 0)),
            area,
        );
        return;
    }
    let tabs = match library.tab {
        Tab::Exercises => format!(
            "[{}]  {}",
            app.i18n.text("library-exercises"),
            app.i18n.text("library-programs")
        ),
        Tab::Programs => format!(
            "{}  [{}]",
            app.i18n.text("library-exercises"),
            app.i18n.text("library-programs")
        ),
    };
    let mut lines = vec![Line::from(Span::styled(tabs, app.theme.title()))];
    let visible = area.height.saturating_sub(1) as usize;
    let first = library.selected.saturating_sub(visible.saturating_sub(1));
    for (i, id) in ids.iter().enumerate().skip(first).take(visible) {
        let label = match library.tab {
            Tab::Exercises => app.catalog.exercises.get(id).map(|e| {
                let ex = &e.value;
                format!(
                    "{} · {} {}",
                    ex.name.get(app.lang),
                    app.i18n.text(&format!("category-{}", ex.category.name())),
                    ex.level
                )
            }),
            Tab::Programs => app
                .catalog
                .programs
                .get(id)
                .map(|p| p.value.title.get(app.lang).to_owned()),
        }
        .unwrap_or_else(|| id.clone());
        let style = if i == library.selected {
            app.theme.selected()
        } else {
            app.theme.text()
        };
        lines.push(Line::from(Span::styled(
            truncate(
                &format!("{} {label}", if i == library.selected { "▶" } else { " " }),
                area.width,
            ),
            style,
        )));
    }
    frame.render_widget(Paragraph::new(lines), area);
}
