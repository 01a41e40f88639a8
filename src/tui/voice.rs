//! The coach's voice and bell patterns in the full-screen coach: the speech program found at
//! start, turned on and off by the Voice setting (or `--voice`) at any moment, the coach's events
//! spoken as they come, and the bell pattern of the moments worth telling apart by ear.

use crate::coach::CoachEvent;
use crate::session::Millis;
use crate::voice::{Bell, Speech, SpeechProgram};

use super::app::App;

impl App {
    /// Finds the system's speech program, speaking by the coach's clock, and turns the voice on
    /// when the settings ask for it.
    pub fn start_speech(&mut self, clock: impl Fn() -> Millis + Send + Sync + 'static) {
        self.speech = Speech::new(SpeechProgram::from_env(), clock);
        if self.settings.voice {
            self.apply_voice();
        }
    }

    /// Turns the voice on or off as the settings say; a note when nothing can speak.
    pub fn apply_voice(&mut self) {
        if let Some(note) = self.speech.set_on(self.settings.voice) {
            self.status = Some(self.t(note));
        }
    }

    /// Speaks what the coach said and rings its bell pattern (as the settings allow).
    pub fn speak(&mut self, events: &[CoachEvent]) {
        self.speech
            .hear(events, &self.i18n, &self.catalog, self.mono);
        if self.settings.bell
            && let Some(bell) = Bell::for_events(events)
        {
            self.bell = Some(bell);
        }
        if let Some(note) = self.speech.take_note() {
            self.status = Some(self.t(note));
        }
    }
}
