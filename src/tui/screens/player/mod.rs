//! The session player, a face of the coach layer: it owns what it shows (the instructions or the
//! cues, what "this hurts" or a skip is asking) and turns keys into coach actions
//! ([`Player::event`]); the coach decides, saves, and says what happened. Drawing is in `draw`.

mod draw;
mod figure;

pub use draw::draw;
pub use figure::next_frame;

use crossterm::event::{KeyCode, KeyEvent};

use crate::catalog::Catalog;
use crate::coach::{Action, Answers, Coach, CoachEvent, Stage};
use crate::i18n::{I18n, Msg};
use crate::journal::{Score, SkipReason};
use crate::session::HurtChoice;

use super::super::app::{App, Screen};
use super::super::form::Form;
use super::form_purpose::Purpose;
use super::layout::KeyHint;

/// What the player is asking, besides the session itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mode {
    /// Running the steps.
    Running,
    /// "This hurts": typing the pain now.
    HurtPain(String),
    /// "This hurts": choosing what to do.
    HurtChoice(Vec<(String, HurtChoice)>, usize),
    /// Choosing why to skip.
    SkipReason(usize),
}

/// The player's state: the coach running the session, and what the screen shows of it.
#[derive(Debug)]
pub struct Player {
    /// The session.
    pub coach: Coach,
    /// Full instructions instead of cues.
    pub instructions: bool,
    /// What is being asked.
    pub mode: Mode,
}

/// The reasons to skip, in the order offered.
pub const SKIP_REASONS: [SkipReason; 5] = [
    SkipReason::Pain,
    SkipReason::Time,
    SkipReason::Equipment,
    SkipReason::TooHard,
    SkipReason::Other,
];

impl Player {
    /// A player over a session the coach runs.
    pub fn new(coach: Coach) -> Player {
        Player {
            coach,
            instructions: false,
            mode: Mode::Running,
        }
    }

    /// The keys the player takes now.
    pub fn keys(&self) -> Vec<KeyHint> {
        match self.mode {
            Mode::Running => vec![
                ("Enter", "key-done"),
                ("Space", "key-pause"),
                ("h", "key-hurts"),
                ("s", "key-skip"),
                ("i", "key-instructions"),
                ("q", "key-stop-save"),
                ("?", "key-help"),
            ],
            Mode::HurtPain(_) => vec![("0-10", "key-type-score"), ("Enter", "key-confirm")],
            Mode::HurtChoice(..) => vec![("↑↓", "key-move"), ("Enter", "key-confirm")],
            Mode::SkipReason(_) => vec![
                ("↑↓", "key-move"),
                ("Enter", "key-confirm"),
                ("Esc", "key-back"),
            ],
        }
    }

    /// Turns a key into an action for the coach, or changes only what the player shows.
    pub fn event(&mut self, key: KeyEvent) -> Option<Action> {
        let engine = self.coach.engine();
        match (&mut self.mode, key.code) {
            (Mode::Running, KeyCode::Enter) => Some(Action::SetDone),
            (Mode::Running, KeyCode::Char(' ')) => Some(if engine.is_paused() {
                Action::Resume
            } else {
                Action::Pause
            }),
            (Mode::Running, KeyCode::Char('i')) => {
                self.instructions = !self.instructions;
                None
            }
            (Mode::Running, KeyCode::Char('h')) => Some(Action::Hurts),
            (Mode::Running, KeyCode::Char('s')) => {
                self.mode = Mode::SkipReason(0);
                Some(Action::Pause)
            }
            (Mode::Running, KeyCode::Char('q') | KeyCode::Esc) => Some(Action::Quit),
            (Mode::HurtPain(input), KeyCode::Char(c)) if c.is_ascii_digit() && input.len() < 2 => {
                input.push(c);
                None
            }
            (Mode::HurtPain(input), KeyCode::Backspace) => {
                input.pop();
                None
            }
            (Mode::HurtPain(input), KeyCode::Enter) => input
                .parse::<i64>()
                .ok()
                .and_then(Score::new)
                .map(Action::HurtPain),
            (Mode::HurtChoice(_, selected) | Mode::SkipReason(selected), KeyCode::Up) => {
                *selected = selected.saturating_sub(1);
                None
            }
            (Mode::HurtChoice(choices, selected), KeyCode::Down) => {
                *selected = (*selected + 1).min(choices.len().saturating_sub(1));
                None
            }
            (Mode::HurtChoice(choices, selected), KeyCode::Enter) => {
                let choice = choices.get(*selected).map_or(HurtChoice::Skip, |(_, c)| *c);
                self.mode = Mode::Running;
                Some(Action::HurtChoice(choice))
            }
            (Mode::SkipReason(selected), KeyCode::Down) => {
                *selected = (*selected + 1).min(SKIP_REASONS.len() - 1);
                None
            }
            (Mode::SkipReason(selected), KeyCode::Enter) => {
                let reason = SKIP_REASONS[*selected];
                self.mode = Mode::Running;
                Some(Action::Skip(reason))
            }
            (Mode::SkipReason(_), KeyCode::Esc) => {
                self.mode = Mode::Running;
                Some(Action::Resume)
            }
            _ => None,
        }
    }

    /// Follows the coach: "this hurts" asks the pain, then offers the choices in words.
    fn follow(&mut self, i18n: &I18n, catalog: &Catalog) {
        match self.coach.stage() {
            Stage::HurtPain if !matches!(self.mode, Mode::HurtPain(_)) => {
                self.mode = Mode::HurtPain(String::new());
            }
            Stage::HurtChoice if !matches!(self.mode, Mode::HurtChoice(..)) => {
                if let Some(options) = self.coach.hurt_options() {
                    let choices = crate::describe::hurt_choices(i18n, catalog, options);
                    self.mode = Mode::HurtChoice(choices, 0);
                }
            }
            Stage::Exercises if matches!(self.mode, Mode::HurtPain(_) | Mode::HurtChoice(..)) => {
                self.mode = Mode::Running;
            }
            _ => {}
        }
    }
}

/// The keys of the player.
pub fn keys(app: &App) -> Vec<KeyHint> {
    match &app.screen {
        Screen::Player(player) => player.keys(),
        _ => Vec::new(),
    }
}

/// Handles a key in the player: the player turns it into an action, the coach carries it out.
pub fn key(app: &mut App, key: KeyEvent) {
    let now = app.mono;
    let Screen::Player(player) = &mut app.screen else {
        return;
    };
    let Some(action) = player.event(key) else {
        return;
    };
    player.coach.anchor(app.wall, now);
    let events = player.coach.act(now, action);
    after_events(app, events);
}

/// Time passed: the coach's timers run.
pub fn tick(app: &mut App) {
    let now = app.mono;
    let Screen::Player(player) = &mut app.screen else {
        return;
    };
    player.coach.anchor(app.wall, now);
    let events = player.coach.tick(now);
    after_events(app, events);
}

/// Shows what the coach said: a bell and a flash at each transition, a problem in the status
/// line, the check-out when the exercises are over, Home when the session is saved.
pub fn after_events(app: &mut App, events: Vec<CoachEvent>) {
    if events.iter().any(CoachEvent::is_transition) {
        app.transition();
    }
    app.speak(&events);
    for event in &events {
        if let CoachEvent::NotSaved { reason } = event {
            app.status = Some(app.t(Msg::new("tui-not-saved").arg("reason", reason.as_str())));
        }
    }
    let Screen::Player(player) = &mut app.screen else {
        return;
    };
    player.follow(&app.i18n, &app.catalog);
    match player.coach.stage() {
        Stage::CheckOut => open_check_out(app),
        Stage::Ended => {
            let saved = events
                .iter()
                .any(|e| matches!(e, CoachEvent::Done { saved: true, .. }));
            leave(app, saved, "tui-partial-saved");
        }
        _ => {}
    }
}

fn open_check_out(app: &mut App) {
    let Screen::Player(player) = std::mem::replace(&mut app.screen, Screen::Home { selected: 0 })
    else {
        return;
    };
    let questions = player.coach.check_out_questions();
    app.replace(Screen::Form(
        Box::new(Form::new(Msg::new("form-check-out"), questions)),
        Purpose::CheckOut(player),
    ));
}

/// Home after the session, the journal read again; an entry the journal refused is kept to offer
/// again.
fn leave(app: &mut App, saved: bool, said: &str) {
    let (Screen::Player(player) | Screen::Form(_, Purpose::CheckOut(player))) =
        std::mem::replace(&mut app.screen, Screen::Home { selected: 0 })
    else {
        return;
    };
    let mut coach = player.coach;
    app.unsaved
        .extend(coach.take_unsaved().into_iter().map(|f| *f.entry));
    let status = app.status.take();
    app.go_home();
    app.status = if saved {
        Some(app.i18n.text(said))
    } else {
        status
    };
}

/// The check-out is answered (or left: whatever was answered): the coach saves the session.
pub fn finish_session(app: &mut App, mut player: Box<Player>, answers: Answers) {
    player.coach.anchor(app.wall, app.mono);
    let events = player.coach.act(app.mono, Action::Finish(answers));
    let saved = events
        .iter()
        .any(|e| matches!(e, CoachEvent::Done { saved: true, .. }));
    for event in &events {
        if let CoachEvent::NotSaved { reason } = event {
            app.status = Some(app.t(Msg::new("tui-not-saved").arg("reason", reason.as_str())));
        }
    }
    app.replace(Screen::Player(player));
    leave(app, saved, "tui-session-saved");
}

/// On leaving the coach: a running session is saved as partial, a check-out with what was
/// answered.
pub fn save_if_running(app: &mut App) {
    match std::mem::replace(&mut app.screen, Screen::Home { selected: 0 }) {
        Screen::Player(mut player) => {
            player.coach.anchor(app.wall, app.mono);
            let events = player.coach.act(app.mono, Action::Quit);
            app.replace(Screen::Player(player));
            after_events(app, events);
        }
        Screen::Form(form, Purpose::CheckOut(player)) => {
            finish_session(app, player, form.answered());
        }
        Screen::Form(form, Purpose::HurtWhich(player, mut answers)) => {
            answers.extend(form.answered());
            finish_session(app, player, answers);
        }
        other => app.replace(other),
    }
}
