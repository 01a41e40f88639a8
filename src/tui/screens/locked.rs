//! The locked screen after a red flag: an emergency says go to the emergency department or call
//! 112 now, "see a doctor" says see the GP within a day or two; either stays locked, at every
//! start, until the patient answers yes to the coach's question "Has a doctor or
//! physiotherapist checked you since DATE?" (or records the check with `kern cleared`).

use crossterm::event::{KeyCode, KeyEvent};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use crate::coach;
use crate::i18n::Msg;
use crate::plan::Notice;
use crate::safety::Urgency;

use super::super::app::{App, Screen};
use super::layout::KeyHint;

/// The keys of the locked screen.
pub fn keys() -> Vec<KeyHint> {
    vec![
        ("y", "key-clinician-checked"),
        ("n", "key-not-yet"),
        ("q", "key-quit"),
    ]
}

/// A notice in words.
pub fn notice_text(app: &App, notice: &Notice) -> String {
    crate::describe::wording::notice(&app.i18n, notice)
}

/// Handles a key.
pub fn key(app: &mut App, key: KeyEvent) {
    match key.code {
        KeyCode::Char('q') | KeyCode::Esc => app.quit = true,
        KeyCode::Char(c) if "yYjJ".contains(c) && record_clearance_today(app) => {
            app.screen = super::start_screen(app);
        }
        KeyCode::Char('n' | 'N') => app.status = Some(app.i18n.text("safety-still-paused")),
        _ => {}
    }
}

/// The patient answered yes to "checked you since DATE?": the coach records the check today
/// ([`coach::safety::confirm_check`]); false when nothing was recorded (nothing locked, or the
/// entry could not be written: it is kept and tried again).
pub fn record_clearance_today(app: &mut App) -> bool {
    let now = app.wall;
    let result = coach::safety::confirm_check(
        &app.journal,
        &app.history.screening,
        now.date_naive(),
        now,
        &mut app.rng,
    );
    let saved = match result {
        Ok(_) => {
            app.status = Some(app.i18n.text("tui-saved"));
            true
        }
        Err(coach::safety::NotRecorded::Unsaved(failure)) => {
            app.keep_unsaved(failure);
            false
        }
        Err(coach::safety::NotRecorded::Refused(_)) => false,
    };
    app.reload();
    saved
}

/// Draws the message.
pub fn draw(app: &App, frame: &mut Frame<'_>, area: Rect) {
    let Screen::Locked(urgency) = app.screen else {
        return;
    };
    let style = match urgency {
        Urgency::Emergency => app.theme.alarm(),
        _ => app.theme.warn(),
    };
    let advice = app.t(crate::safety::urgency_advice(urgency));
    let lock = crate::safety::lock_state(&app.history.screening);
    let since = lock
        .as_ref()
        .map_or(app.wall.date_naive(), |lock| lock.since);
    let question = lock.as_ref().map(|lock| {
        let asked = coach::safety::checked_since_question(lock);
        let yes = super::layout::key_label(app, "y");
        Line::from(Span::styled(
            format!("{}  [{yes}/n]", app.t(asked.prompt)),
            app.theme.title(),
        ))
    });
    let unlock = app.t(Msg::new("safety-locked-unlock").arg("since", since.to_string()));
    // On a small screen the empty lines go, so that the whole message fits.
    let gap = || (!super::layout::compact(frame.area())).then(|| Line::from(""));
    let lines: Vec<Line<'_>> = [
        Some(Line::from(Span::styled(
            app.i18n.text("locked-title"),
            style,
        ))),
        gap(),
        Some(Line::from(Span::styled(advice, style))),
        gap(),
        question,
        Some(Line::from(unlock)),
    ]
    .into_iter()
    .flatten()
    .collect();
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }), area);
}
