//! The coach's screens: each file handles its own keys and draws itself. This module picks the
//! screen to start on, sends keys to the current screen, and saves and quits.

pub mod first_run;
pub mod form_purpose;
pub mod forms;
pub mod help;
pub mod home;
pub mod journal;
pub mod layout;
pub mod library;
pub mod locked;
pub mod player;
pub mod progress;
pub mod settings;

use crossterm::event::KeyEvent;
use ratatui::Frame;

use crate::coach::{self, CutOff};
use crate::plan::Notice;

use super::app::{App, Screen};
use crate::coach::Kind;

/// The screen the coach opens on.
pub fn start_screen(app: &mut App) -> Screen {
    if app.settings.lang.is_none() && app.journal_empty {
        return Screen::FirstRun(first_run::FirstRun::new());
    }
    if let CutOff::Waiting(saved) = coach::cut_off(&app.data_dir) {
        return form_purpose::resume_form(*saved);
    }
    if let Some(screen) = safety_screen(app) {
        return screen;
    }
    if app.history.enrolment.is_none() {
        return Screen::FirstRun(first_run::FirstRun::at_program());
    }
    Screen::Home { selected: 0 }
}

/// The screen a red flag calls for, if any: locked while a red flag waits for a clinician's check
/// (whatever was answered since, enrolled or not), or the questions after "something new".
pub fn safety_screen(app: &App) -> Option<Screen> {
    if let Some(lock) = crate::safety::lock_state(&app.history.screening) {
        return Some(Screen::Locked(lock.urgency));
    }
    let today = app.today.as_ref()?;
    today
        .notices
        .contains(&Notice::AnswerRedFlags)
        .then(|| form_purpose::red_flags_form(app, form_purpose::Then::Home))
}

/// Whether the current screen is taking typed text (so `?` and `q` are letters, not commands).
pub fn is_typing(app: &App) -> bool {
    match &app.screen {
        Screen::Form(form, _) => matches!(form.current().map(|q| &q.kind), Some(Kind::Text { .. })),
        Screen::FirstRun(run) => run.is_typing(),
        _ => false,
    }
}

/// Saves anything in progress and leaves (q, Ctrl-C, SIGTERM, SIGHUP).
pub fn save_and_quit(app: &mut App) {
    player::save_if_running(app);
    app.quit = true;
}

/// Sends a key to the current screen.
pub fn key(app: &mut App, key: KeyEvent) {
    match &app.screen {
        Screen::FirstRun(_) => first_run::key(app, key),
        Screen::Home { .. } => home::key(app, key),
        Screen::Form(..) => forms::key(app, key),
        Screen::Player(_) => player::key(app, key),
        Screen::Progress { .. } => progress::key(app, key),
        Screen::Library(_) => library::key(app, key),
        Screen::Journal(_) => journal::key(app, key),
        Screen::Settings { .. } => settings::key(app, key),
        Screen::Locked(_) => locked::key(app, key),
    }
}

/// Draws the current screen, the help overlay and the flash.
pub fn view(app: &App, frame: &mut Frame<'_>) {
    let area = frame.area();
    if area.width < layout::MIN_WIDTH || area.height < layout::MIN_HEIGHT {
        layout::too_small(app, frame);
        return;
    }
    let (body, keys) = match &app.screen {
        Screen::FirstRun(run) => (first_run::draw as Draw, first_run::keys(run)),
        Screen::Home { .. } => (home::draw as Draw, home::keys()),
        Screen::Form(..) => (forms::draw as Draw, forms::keys(app)),
        Screen::Player(_) => (player::draw as Draw, player::keys(app)),
        Screen::Progress { .. } => (progress::draw as Draw, progress::keys()),
        Screen::Library(_) => (library::draw as Draw, library::keys(app)),
        Screen::Journal(_) => (journal::draw as Draw, journal::keys(app)),
        Screen::Settings { .. } => (settings::draw as Draw, settings::keys()),
        Screen::Locked(_) => (locked::draw as Draw, locked::keys()),
    };
    let inner = layout::frame(app, frame, &keys);
    body(app, frame, inner);
    if app.help {
        help::draw(app, frame, &keys);
    }
    if app.flash_until.is_some_and(|until| app.mono < until) {
        let area = frame.area();
        frame.buffer_mut().set_style(area, app.theme.flash());
    }
}

/// A screen's drawing function.
pub type Draw = fn(&App, &mut Frame<'_>, ratatui::layout::Rect);
