//! The voice as a face holds it: on or off (a setting, changed at any moment), the speech program
//! found at start, and the thread that speaks, started the first time the voice is turned on.
//! Without a speech program, turning it on gives one note and nothing else happens.

use std::sync::Arc;

use crate::catalog::Catalog;
use crate::coach::CoachEvent;
use crate::i18n::{I18n, Msg};
use crate::session::Millis;

use super::program::{BadCommand, SpeechProgram};
use super::speaker::{ProgramSpeaker, Speaker};
use super::thread::SpeechThread;
use super::words::utterances;

/// The session's clock, as the speech thread reads it.
type Clock = Arc<dyn Fn() -> Millis + Send + Sync>;

/// How the speaker is made when the voice is first turned on.
enum Source {
    /// Nothing can speak (why, for the note).
    Nothing(Msg),
    /// A speech program of the system or of one's own.
    Program(SpeechProgram),
    /// A speaker given in full (tests).
    Speaker(Option<Box<dyn Speaker>>),
}

/// A face's voice.
pub struct Speech {
    source: Source,
    clock: Option<Clock>,
    thread: Option<SpeechThread>,
    on: bool,
}

impl std::fmt::Debug for Speech {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Speech")
            .field("on", &self.on)
            .finish_non_exhaustive()
    }
}

impl Speech {
    /// A voice that never speaks (no clock to speak by: screen tests).
    pub fn silent() -> Speech {
        Speech {
            source: Source::Nothing(Msg::new("voice-none")),
            clock: None,
            thread: None,
            on: false,
        }
    }

    /// A voice over what was found at start (see [`SpeechProgram::from_env`]), speaking by the
    /// session's clock; off until turned on.
    pub fn new(
        found: Result<Option<SpeechProgram>, BadCommand>,
        clock: impl Fn() -> Millis + Send + Sync + 'static,
    ) -> Speech {
        let source = match found {
            Ok(Some(program)) => Source::Program(program),
            Ok(None) => Source::Nothing(Msg::new("voice-none")),
            Err(bad) => {
                Source::Nothing(Msg::new("voice-bad-command").arg("reason", bad.to_string()))
            }
        };
        Speech {
            source,
            clock: Some(Arc::new(clock)),
            thread: None,
            on: false,
        }
    }

    /// A voice over a given speaker (for tests: a recorder).
    pub fn with_speaker(
        speaker: Box<dyn Speaker>,
        clock: impl Fn() -> Millis + Send + Sync + 'static,
    ) -> Speech {
        Speech {
            source: Source::Speaker(Some(speaker)),
            clock: Some(Arc::new(clock)),
            thread: None,
            on: false,
        }
    }

    /// Whether the voice is on.
    pub fn is_on(&self) -> bool {
        self.on
    }

    /// Turns the voice on or off. Turned on without anything that can speak, it stays off and
    /// the note says why (once per turning on).
    pub fn set_on(&mut self, on: bool) -> Option<Msg> {
        if !on {
            self.on = false;
            if let Some(thread) = &self.thread {
                thread.hush();
            }
            return None;
        }
        if self.thread.is_none() {
            let clock = self.clock.clone()?;
            let speaker: Box<dyn Speaker> = match &mut self.source {
                Source::Nothing(why) => return Some(why.clone()),
                Source::Program(program) => Box::new(ProgramSpeaker::new(program.clone())),
                Source::Speaker(speaker) => speaker.take()?,
            };
            tracing::info!("voice started");
            self.thread = Some(SpeechThread::spawn(speaker, move || clock()));
        }
        self.on = true;
        None
    }

    /// Speaks the events of moment `now` (when on); returns at once.
    pub fn hear(&self, events: &[CoachEvent], i18n: &I18n, catalog: &Catalog, now: Millis) {
        if !self.on || events.is_empty() {
            return;
        }
        if let Some(thread) = &self.thread {
            thread.say(utterances(events, i18n, catalog, now));
        }
    }

    /// A note when the speech program failed and the voice fell silent (once).
    pub fn take_note(&mut self) -> Option<Msg> {
        let reason = self.thread.as_ref()?.take_note()?;
        self.on = false;
        Some(Msg::new("voice-failed").arg("reason", reason))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn without_a_speech_program_turning_the_voice_on_gives_one_note() {
        let mut speech = Speech::new(Ok(None), || 0);
        let note = speech.set_on(true);
        assert_eq!(
            note.map(|m| m.id.to_string()).as_deref(),
            Some("voice-none")
        );
        assert!(!speech.is_on());
        let bad = SpeechProgram::choose(Some("say 'open"), |_| None);
        let mut speech = Speech::new(bad, || 0);
        let note = speech.set_on(true).unwrap();
        assert_eq!(note.id, "voice-bad-command");
    }

    #[test]
    fn a_silent_voice_never_starts() {
        let mut speech = Speech::silent();
        speech.set_on(true);
        assert!(!speech.is_on());
        assert!(speech.take_note().is_none());
    }
}
