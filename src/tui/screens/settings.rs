//! Settings: language, sounds, flash, high contrast, voice, hands-free, weekdays and the program (both through the
//! program choice, which keeps the history).

use crossterm::event::{KeyCode, KeyEvent};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::model::Lang;

use super::super::app::{App, Screen};
use super::super::theme::Theme;
use super::first_run::FirstRun;
use super::layout::{KeyHint, truncate};

const LINES: usize = 7;

/// The keys of the settings screen.
pub fn keys() -> Vec<KeyHint> {
    vec![
        ("↑↓", "key-move"),
        ("Enter", "key-toggle"),
        ("Esc", "key-back"),
        ("?", "key-help"),
    ]
}

/// Handles a key.
pub fn key(app: &mut App, key: KeyEvent) {
    let Screen::Settings { selected } = &mut app.screen else {
        return;
    };
    match key.code {
        KeyCode::Esc => app.go_back(),
        KeyCode::Up => *selected = selected.saturating_sub(1),
        KeyCode::Down | KeyCode::Tab => *selected = (*selected + 1).min(LINES - 1),
        KeyCode::Enter | KeyCode::Char(' ') | KeyCode::Left | KeyCode::Right => {
            let line = *selected;
            match line {
                0 => {
                    let lang = if app.lang == Lang::En {
                        Lang::Nl
                    } else {
                        Lang::En
                    };
                    app.set_lang(lang);
                }
                1 => app.settings.bell = !app.settings.bell,
                2 => app.settings.flash = !app.settings.flash,
                3 => {
                    app.settings.high_contrast = !app.settings.high_contrast;
                    app.theme = Theme::new(app.theme.color, app.settings.high_contrast);
                }
                4 => {
                    app.settings.toggle_voice();
                    app.apply_voice();
                }
                5 => app.settings.toggle_hands_free(),
                _ => {
                    app.open(Screen::FirstRun(FirstRun::at_program()));
                    return;
                }
            }
            if let Some(dir) = &app.config_dir
                && let Err(err) = app.settings.save(dir)
            {
                app.status = Some(err.to_string());
            }
        }
        _ => {}
    }
}

/// Draws the settings.
pub fn draw(app: &App, frame: &mut Frame<'_>, area: Rect) {
    let Screen::Settings { selected } = app.screen else {
        return;
    };
    let on_off = |on: bool| {
        app.i18n
            .text(if on { "settings-on" } else { "settings-off" })
    };
    let rows = [
        (
            app.i18n.text("settings-language"),
            if app.lang == Lang::En {
                "English".to_owned()
            } else {
                "Nederlands".to_owned()
            },
        ),
        (app.i18n.text("settings-bell"), on_off(app.settings.bell)),
        (app.i18n.text("settings-flash"), on_off(app.settings.flash)),
        (
            app.i18n.text("settings-contrast"),
            on_off(app.settings.high_contrast),
        ),
        (app.i18n.text("settings-voice"), on_off(app.settings.voice)),
        (
            app.i18n.text("settings-hands-free"),
            on_off(app.settings.hands_free),
        ),
        (app.i18n.text("settings-program"), String::new()),
    ];
    let mut lines = vec![Line::from(Span::styled(
        app.i18n.text("home-settings"),
        app.theme.title(),
    ))];
    // Labels and values in two columns when they fit, else "label: value".
    let label_width = rows
        .iter()
        .map(|(l, _)| l.chars().count())
        .max()
        .unwrap_or(0);
    let value_width = rows
        .iter()
        .map(|(_, v)| v.chars().count())
        .max()
        .unwrap_or(0);
    let columns = 2 + label_width + 2 + value_width <= usize::from(area.width);
    for (i, (label, value)) in rows.iter().enumerate() {
        let style = if i == selected {
            app.theme.selected()
        } else {
            app.theme.text()
        };
        let marker = if i == selected { "▶" } else { " " };
        let text = if value.is_empty() {
            format!("{marker} {label}")
        } else if columns {
            format!("{marker} {label:<label_width$}  {value}")
        } else {
            format!("{marker} {label}: {value}")
        };
        lines.push(Line::from(Span::styled(truncate(&text, area.width), style)));
    }
    frame.render_widget(Paragraph::new(lines), area);
}
