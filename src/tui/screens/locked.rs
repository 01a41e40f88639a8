//! The locked screen after a red flag: an emergency says go to the emergency department or call
//! 112 now; "see a doctor" stays locked until the patient confirms a clinician has checked them.

use crossterm::event::{KeyCode, KeyEvent};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use crate::journal::{Body, Entry, EntryKind, RedFlagScreen, new_id};
use crate::plan::Notice;
use crate::safety::Urgency;

use super::super::app::{App, Screen};
use super::layout::KeyHint;

/// The keys of the locked screen.
pub fn keys() -> Vec<KeyHint> {
    vec![("c", "key-clinician-checked"), ("q", "key-quit")]
}

/// A notice in words.
pub fn notice_text(app: &App, notice: &Notice) -> String {
    crate::describe::wording::notice(&app.i18n, notice)
}

/// Handles a key.
pub fn key(app: &mut App, key: KeyEvent) {
    let Screen::Locked(urgency) = app.screen else {
        return;
    };
    match key.code {
        KeyCode::Char('q') | KeyCode::Esc => app.quit = true,
        KeyCode::Char('c') => {
            let answers = app
                .history
                .red_flags
                .last()
                .map(|r| r.value.answers.clone())
                .unwrap_or_default();
            let now = app.wall;
            let body = Body::RedFlags(RedFlagScreen {
                answers,
                outcome: urgency,
                clinician_checked: true,
            });
            let entry = Entry::new(
                new_id(now, EntryKind::RedFlags, &mut app.rng),
                now,
                now,
                body,
            );
            if app.save(entry) {
                app.reload();
                app.screen = if app.history.enrolment.is_some() {
                    Screen::Home { selected: 0 }
                } else {
                    Screen::FirstRun(super::first_run::FirstRun::at_program())
                };
            }
        }
        _ => {}
    }
}

/// Draws the message.
pub fn draw(app: &App, frame: &mut Frame<'_>, area: Rect) {
    let Screen::Locked(urgency) = app.screen else {
        return;
    };
    let (id, style) = match urgency {
        Urgency::Emergency => ("notice-red-flag-emergency", app.theme.alarm()),
        _ => ("notice-red-flag-doctor", app.theme.warn()),
    };
    // On a small screen the empty lines go, so that the whole message fits.
    let gap = || (!super::layout::compact(frame.area())).then(|| Line::from(""));
    let lines: Vec<Line<'_>> = [
        Some(Line::from(Span::styled(
            app.i18n.text("locked-title"),
            style,
        ))),
        gap(),
        Some(Line::from(Span::styled(app.i18n.text(id), style))),
        gap(),
        Some(Line::from(app.i18n.text("locked-unlock"))),
    ]
    .into_iter()
    .flatten()
    .collect();
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }), area);
}
