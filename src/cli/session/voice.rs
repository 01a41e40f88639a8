//! The plain coach's voice: off unless `--voice` asks for it (the plain coach is what screen
//! readers use; the two must not talk over each other), speaking by the session's clock, with a
//! one-line note on stderr when nothing can speak.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use crate::catalog::Catalog;
use crate::coach::CoachEvent;
use crate::i18n::I18n;
use crate::session::Millis;
use crate::voice::{Speech, SpeechProgram};

use super::clock::Clock;

/// The voice of one plain session.
pub struct PlainVoice {
    speech: Speech,
    /// The session's now as last told (what a virtual clock reads).
    now: Arc<AtomicU64>,
}

impl PlainVoice {
    /// The voice, on when `on` (`--voice`); a note on stderr when nothing can speak.
    pub fn new(on: bool, clock: &Clock, i18n: &I18n) -> PlainVoice {
        let now = Arc::new(AtomicU64::new(clock.now()));
        if !on {
            return PlainVoice {
                speech: Speech::silent(),
                now,
            };
        }
        let told = Arc::clone(&now);
        let start = clock.real_start();
        let mut speech = Speech::new(SpeechProgram::from_env(), move || match start {
            Some(start) => u64::try_from(start.elapsed().as_millis()).unwrap_or(u64::MAX),
            None => told.load(Ordering::Relaxed),
        });
        if let Some(note) = speech.set_on(true) {
            eprintln!("{}", i18n.format(&note));
        }
        PlainVoice { speech, now }
    }

    /// Speaks the events of moment `now`.
    pub fn hear(&mut self, events: &[CoachEvent], i18n: &I18n, catalog: &Catalog, now: Millis) {
        self.now.store(now, Ordering::Relaxed);
        self.speech.hear(events, i18n, catalog, now);
        if let Some(note) = self.speech.take_note() {
            eprintln!("{}", i18n.format(&note));
        }
    }
}
