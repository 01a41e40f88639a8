//! The coach's voice: what a session says aloud and the system's speech program that says it.
//!
//! - [`words`]: the coach's events in words, from the Fluent catalogs (pure);
//! - [`bell`]: bell patterns for the moments to tell apart without looking (pure);
//! - [`utterance`] and [`queue`]: what waits to be said, never said late, never piling up;
//! - [`program`]: the speech program found at start (`KERN_SPEECH_COMMAND`, `spd-say`,
//!   `espeak-ng`, `say`, Windows speech);
//! - [`speaker`]: one child process per utterance (or a recorder for tests);
//! - [`speech`]: the voice as a face holds it (on, off, the note when nothing can speak);
//! - [`voice`] and [`thread`]: the queue in front of the speaker, on a thread of its own so that
//!   speech never holds up the timer.
//!
//! No clock is read here: the session's monotonic `now` is given.

pub mod bell;
pub mod program;
pub mod queue;
pub mod speaker;
pub mod speech;
pub mod thread;
pub mod utterance;
#[allow(clippy::module_inception)]
pub mod voice;
pub mod words;

pub use bell::Bell;
pub use program::{BadCommand, SPEECH_COMMAND_VAR, SpeechProgram};
pub use queue::Queue;
pub use speaker::{Heard, ProgramSpeaker, Progress, Recorder, Speaker};
pub use speech::Speech;
pub use thread::SpeechThread;
pub use utterance::{NEWS_STALE_MS, TIMING_STALE_MS, Urgency, Utterance};
pub use voice::Voice;
pub use words::{spoken_dose, utterances};
