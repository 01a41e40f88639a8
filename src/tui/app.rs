//! The coach's model and its update function (the Elm shape): `App` holds everything the screens
//! show; `update` turns a message (a key, a tick of the clock, a resize, a signal) into the next
//! state. Drawing lives in `view` and never changes the model.

use std::path::PathBuf;

use chrono::{DateTime, FixedOffset};
use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use crate::catalog::Catalog;
use crate::i18n::{I18n, Msg};
use crate::journal::index::{Check, Index, Pages};
use crate::journal::{Entry, Journal};
use crate::model::Lang;
use crate::plan::{History, Today, today};
use crate::safety::Urgency;
use crate::session::Millis;

use super::form::Form;
use super::screens::{self, first_run::FirstRun, form_purpose::Purpose, player::Player};
use super::settings::Settings;
use super::theme::Theme;

/// A message to the model.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Message {
    /// A key was pressed.
    Key(KeyEvent),
    /// Time passed: the monotonic and the wall clock now.
    Tick {
        /// Monotonic milliseconds since the coach started (scaled by `--speed`).
        mono: Millis,
        /// Wall-clock time.
        wall: DateTime<FixedOffset>,
    },
    /// Ctrl-C, SIGTERM or SIGHUP: save and leave, like `q`.
    Shutdown,
}

/// A screen and its own state.
#[derive(Debug)]
pub enum Screen {
    /// The first run: language, what kern is, then the set-up steps.
    FirstRun(FirstRun),
    /// Today's overview and the menu.
    Home {
        /// The selected menu line.
        selected: usize,
    },
    /// Questions (check-in, check-out, red flags, scores, pain log).
    Form(Box<Form>, Purpose),
    /// The session player.
    Player(Box<Player>),
    /// Charts of pain and function, sessions per week, ladders.
    Progress {
        /// Scroll offset of the lower part.
        scroll: u16,
    },
    /// Exercises and programs.
    Library(screens::library::Library),
    /// Journal entries.
    Journal(screens::journal::JournalView),
    /// Settings.
    Settings {
        /// The selected line.
        selected: usize,
    },
    /// Stopped after a red flag.
    Locked(Urgency),
}

/// Everything the coach shows and needs.
pub struct App {
    /// The chosen language.
    pub lang: Lang,
    /// Its messages.
    pub i18n: I18n,
    /// Colours.
    pub theme: Theme,
    /// Saved settings.
    pub settings: Settings,
    /// Exercises, programs, cards.
    pub catalog: Catalog,
    /// The data folder.
    pub data_dir: PathBuf,
    /// The config folder (settings, own content), if any.
    pub config_dir: Option<PathBuf>,
    /// The journal.
    pub journal: Journal,
    /// The current enrolment's history.
    pub history: History,
    /// Today, when enrolled.
    pub today: Option<Today>,
    /// The entries Home needs (the current program, and at least the last 35 days), oldest first.
    pub entries: Vec<Entry>,
    /// The journal screen's entries, newest first, read from the journal index a month at a
    /// time; `None` until the screen opens and after each reload.
    pub journal_pages: Option<Pages>,
    /// What Progress shows, worked out when it opens; `None` until then and after each reload.
    pub progress: Option<Box<screens::progress::ProgressView>>,
    /// The pain of each of the last 30 days, worked out once per reload.
    pub pain_days: Vec<Option<u8>>,
    /// Whether the journal has any file at all (decides the first run).
    pub journal_empty: bool,
    /// The current screen.
    pub screen: Screen,
    /// Screens to go back to with Esc.
    pub back: Vec<Screen>,
    /// Whether the help overlay is open.
    pub help: bool,
    /// A short message at the bottom (saved, or a problem).
    pub status: Option<String>,
    /// Entries that could not be written yet: kept, and offered again.
    pub unsaved: Vec<Entry>,
    /// Monotonic now.
    pub mono: Millis,
    /// Wall-clock now.
    pub wall: DateTime<FixedOffset>,
    /// Flash the screen until this moment.
    pub flash_until: Option<Millis>,
    /// Ring the bell at the next draw.
    pub ring: bool,
    /// A bell pattern to ring (instead of the single ring) at the next draw.
    pub bell: Option<crate::voice::Bell>,
    /// The coach's voice (silent until the run loop starts it).
    pub speech: crate::voice::Speech,
    /// Leave the event loop.
    pub quit: bool,
    /// Random ids for entries.
    pub rng: fastrand::Rng,
}

impl App {
    /// A coach over a catalog and a data folder, at `wall` and monotonic `mono`.
    pub fn new(
        lang: Lang,
        catalog: Catalog,
        data_dir: PathBuf,
        config_dir: Option<PathBuf>,
        settings: Settings,
        color: bool,
        wall: DateTime<FixedOffset>,
    ) -> App {
        let theme = Theme::new(color, settings.high_contrast);
        let mut app = App {
            lang,
            i18n: I18n::new(lang),
            theme,
            settings,
            catalog,
            journal: Journal::new(&data_dir),
            data_dir,
            config_dir,
            history: History::default(),
            today: None,
            entries: Vec::new(),
            journal_pages: None,
            progress: None,
            pain_days: Vec::new(),
            journal_empty: true,
            screen: Screen::Home { selected: 0 },
            back: Vec::new(),
            help: false,
            status: None,
            unsaved: Vec::new(),
            mono: 0,
            wall,
            flash_until: None,
            ring: false,
            bell: None,
            speech: crate::voice::Speech::silent(),
            quit: false,
            rng: fastrand::Rng::new(),
        };
        app.reload();
        app.screen = screens::start_screen(&mut app);
        app
    }

    /// Reads the journal again and works out today.
    pub fn reload(&mut self) {
        let (_, loaded) = self.journal.current_program(self.wall.date_naive(), 35);
        let mut entries: Vec<Entry> = loaded
            .entries
            .into_iter()
            .filter(|e| e.at <= self.wall || e.enrolment.is_some())
            .collect();
        crate::safety::add_screening_entries(&self.journal, &mut entries, self.wall);
        self.entries = entries;
        self.journal_pages = None;
        self.progress = None;
        self.journal_empty = !self.journal.has_entries();
        self.pain_days = screens::home::pain_by_day(self, 30);
        self.history = History::from_entries(&self.entries);
        self.today = self.history.enrolment.as_ref().and_then(|e| {
            let program = &self.catalog.programs.get(&e.program)?.value;
            Some(today(
                &self.catalog,
                &e.program,
                program,
                &self.history,
                self.wall,
            ))
        });
    }

    /// Opens the journal screen's entries (the journal index checked against the folder, and
    /// brought up to date when it is not) if that has not been done since the last reload.
    pub fn ensure_journal_pages(&mut self) {
        if self.journal_pages.is_none() {
            let by_month = Index::open(&self.journal, Check::Quick).by_month();
            self.journal_pages = Some(Pages::new(by_month, self.wall));
        }
    }

    /// Works out what Progress shows, if that has not been done since the last reload: the
    /// journal passes through a month at a time, and only Progress's own figures are kept.
    pub fn ensure_progress(&mut self) {
        if self.progress.is_none() {
            let by_month = Index::open(&self.journal, Check::Quick).by_month();
            self.progress = Some(Box::new(screens::progress::ProgressView::of(
                self, &by_month,
            )));
        }
    }

    /// How many entries the journal screen lists (none until it opens).
    pub fn journal_len(&self) -> usize {
        self.journal_pages.as_ref().map_or(0, Pages::len)
    }

    /// Switches the language of the coach.
    pub fn set_lang(&mut self, lang: Lang) {
        self.lang = lang;
        self.i18n = I18n::new(lang);
        self.settings.lang = Some(lang);
    }

    /// A message in the coach's language.
    pub fn t(&self, msg: Msg) -> String {
        self.i18n.format(&msg)
    }

    /// Opens a screen on top of the current one (Esc returns).
    pub fn open(&mut self, screen: Screen) {
        let previous = std::mem::replace(&mut self.screen, screen);
        self.back.push(previous);
    }

    /// Replaces the current screen (Esc returns to the one before).
    pub fn replace(&mut self, screen: Screen) {
        self.screen = screen;
    }

    /// Goes back one screen (to Home when there is none).
    pub fn go_back(&mut self) {
        self.screen = self.back.pop().unwrap_or(Screen::Home { selected: 0 });
    }

    /// Goes back to Home, clearing the way back.
    pub fn go_home(&mut self) {
        self.back.clear();
        self.reload();
        self.screen = Screen::Home { selected: 0 };
    }

    /// Writes an entry; on failure keeps it in memory (offered again from Home) and says so.
    pub fn save(&mut self, entry: Entry) -> bool {
        match self.journal.write(&entry) {
            Ok(path) => {
                tracing::info!(kind = entry.kind.name(), path = %path.display(), "entry saved");
                self.status = Some(self.i18n.text("tui-saved"));
                true
            }
            Err(failure) => {
                self.keep_unsaved(failure);
                false
            }
        }
    }

    /// Keeps an entry that could not be written, to try again, and says so.
    pub fn keep_unsaved(&mut self, failure: crate::journal::WriteFailure) {
        tracing::warn!(error = %failure.error, path = %failure.path.display(), "entry kept in memory: write failed");
        self.status =
            Some(self.t(Msg::new("tui-not-saved").arg("reason", failure.error.to_string())));
        self.unsaved.push(*failure.entry);
    }

    /// Tries the unsaved entries again.
    pub fn retry_unsaved(&mut self) {
        let pending = std::mem::take(&mut self.unsaved);
        for entry in pending {
            self.save(entry);
        }
        self.reload();
    }

    /// Marks a transition: a bell and a flash, as the settings allow.
    pub fn transition(&mut self) {
        self.ring = self.settings.bell;
        if self.settings.flash {
            self.flash_until = Some(self.mono + 150);
        }
    }

    /// The one update function.
    pub fn update(&mut self, message: Message) {
        match message {
            Message::Tick { mono, wall } => {
                self.mono = mono;
                self.wall = wall;
                screens::player::tick(self);
            }
            Message::Shutdown => screens::save_and_quit(self),
            Message::Key(key) => {
                if key.kind != KeyEventKind::Press {
                    return;
                }
                if key.modifiers.contains(KeyModifiers::CONTROL) && key.code == KeyCode::Char('c') {
                    screens::save_and_quit(self);
                    return;
                }
                if self.help {
                    self.help = false;
                    return;
                }
                if key.code == KeyCode::Char('?') && !screens::is_typing(self) {
                    self.help = true;
                    return;
                }
                self.status = None;
                screens::key(self, key);
            }
        }
    }
}
