//! The voice: a queue and a speaker, one utterance at a time. `hear` adds what the coach wants
//! said, `pump` starts the next utterance when the speaker is free. Nothing here waits; `now` is
//! given.

use crate::session::Millis;

use super::queue::Queue;
use super::speaker::{Progress, Speaker};
use super::utterance::Utterance;

/// Longest one utterance may take before it is cut off (a speech program that hangs must not keep
/// the voice quiet for the rest of the session).
pub const LONGEST_UTTERANCE_MS: Millis = 20_000;

/// A queue in front of one speaker.
pub struct Voice {
    speaker: Box<dyn Speaker>,
    queue: Queue,
    speaking_since: Option<Millis>,
    failure: Option<String>,
    failure_taken: bool,
}

impl std::fmt::Debug for Voice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Voice")
            .field("queue", &self.queue)
            .field("speaking_since", &self.speaking_since)
            .finish_non_exhaustive()
    }
}

impl Voice {
    /// A voice over a speaker.
    pub fn new(speaker: Box<dyn Speaker>) -> Voice {
        Voice {
            speaker,
            queue: Queue::new(),
            speaking_since: None,
            failure: None,
            failure_taken: false,
        }
    }

    /// Queues utterances (said by the next `pump`s, or dropped when they go stale).
    pub fn hear(&mut self, utterances: impl IntoIterator<Item = Utterance>) {
        if self.failure.is_some() {
            return;
        }
        for utterance in utterances {
            self.queue.push(utterance);
        }
    }

    /// Reaps the utterance being said when it is over and starts the next one due. A speech
    /// program that fails silences the voice for good; the reason is kept for one note.
    pub fn pump(&mut self, now: Millis) {
        if self.failure.is_some() {
            return;
        }
        if let Some(since) = self.speaking_since {
            match self.speaker.progress(now) {
                Progress::Speaking if now.saturating_sub(since) < LONGEST_UTTERANCE_MS => return,
                Progress::Speaking => self.speaker.stop(),
                Progress::Done => {}
                Progress::Failed(reason) => {
                    self.fail(reason);
                    return;
                }
            }
            self.speaking_since = None;
        }
        if let Some(next) = self.queue.pop(now) {
            match self.speaker.start(&next, now) {
                Ok(()) => self.speaking_since = Some(now),
                Err(reason) => self.fail(reason),
            }
        }
    }

    fn fail(&mut self, reason: String) {
        tracing::warn!(%reason, "speech failed; the session goes on silently");
        self.speaker.stop();
        self.speaking_since = None;
        self.queue = Queue::new();
        self.failure = Some(reason);
    }

    /// Whether an utterance is being said.
    pub fn is_speaking(&self) -> bool {
        self.speaking_since.is_some()
    }

    /// The reason the voice fell silent, once (for a one-line note).
    pub fn take_failure(&mut self) -> Option<String> {
        if self.failure_taken {
            return None;
        }
        let failure = self.failure.clone()?;
        self.failure_taken = true;
        Some(failure)
    }

    /// Stops speaking and forgets what waits.
    pub fn hush(&mut self) {
        self.speaker.stop();
        self.speaking_since = None;
        self.queue = Queue::new();
    }
}

impl Drop for Voice {
    fn drop(&mut self) {
        self.speaker.stop();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Lang;
    use crate::voice::speaker::Recorder;

    #[test]
    fn one_at_a_time_and_a_count_that_cannot_be_on_time_is_not_said() {
        // 100 ms per character: "Rest 30 seconds" takes 1.5 s.
        let (recorder, heard) = Recorder::new(100);
        let mut voice = Voice::new(Box::new(recorder));
        voice.hear([Utterance::news("Rest 30 seconds", Lang::En, 0)]);
        voice.pump(0);
        voice.hear([Utterance::timing("3", Lang::En, 200)]);
        for now in (0..3000).step_by(100) {
            voice.pump(now);
        }
        let said: Vec<String> = heard
            .lock()
            .unwrap()
            .iter()
            .map(|h| h.utterance.text.clone())
            .collect();
        assert_eq!(said, ["Rest 30 seconds"], "the 3 would have come late");
    }

    #[test]
    fn a_failing_speech_program_falls_silent_with_one_note() {
        struct Broken;
        impl Speaker for Broken {
            fn start(&mut self, _: &Utterance, _: Millis) -> Result<(), String> {
                Err("no sound device".into())
            }
            fn progress(&mut self, _: Millis) -> Progress {
                Progress::Done
            }
            fn stop(&mut self) {}
        }
        let mut voice = Voice::new(Box::new(Broken));
        voice.hear([Utterance::news("Done", Lang::En, 0)]);
        voice.pump(0);
        assert_eq!(voice.take_failure().as_deref(), Some("no sound device"));
        assert_eq!(voice.take_failure(), None, "said once");
        voice.hear([Utterance::news("Done", Lang::En, 10)]);
        voice.pump(10);
        assert!(!voice.is_speaking());
    }
}
