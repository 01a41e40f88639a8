//! Who speaks an utterance: the system's speech program, one child process per utterance, or (for
//! tests) a recorder on the fake clock. Starting and asking "done yet?" never wait.

use std::process::{Child, Stdio};
use std::sync::{Arc, Mutex};

use crate::session::Millis;

use super::program::SpeechProgram;
use super::utterance::Utterance;

/// How an utterance ended (or that it still runs).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Progress {
    /// Still speaking.
    Speaking,
    /// Said.
    Done,
    /// The speech program failed (the reason, for a one-line note).
    Failed(String),
}

/// Something that says utterances, one at a time.
pub trait Speaker: Send {
    /// Starts saying `utterance` at `now`; never waits for it to end.
    fn start(&mut self, utterance: &Utterance, now: Millis) -> Result<(), String>;
    /// Whether the utterance started last is still being said, at `now`.
    fn progress(&mut self, now: Millis) -> Progress;
    /// Stops the utterance being said, if any.
    fn stop(&mut self);
}

/// The system's speech program: one child process per utterance.
#[derive(Debug)]
pub struct ProgramSpeaker {
    program: SpeechProgram,
    child: Option<Child>,
}

impl ProgramSpeaker {
    /// A speaker over a speech program.
    pub fn new(program: SpeechProgram) -> ProgramSpeaker {
        ProgramSpeaker {
            program,
            child: None,
        }
    }
}

impl Speaker for ProgramSpeaker {
    fn start(&mut self, utterance: &Utterance, _now: Millis) -> Result<(), String> {
        self.stop();
        let child = self
            .program
            .command(utterance.lang, &utterance.text)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|err| format!("{}: {err}", self.program.name()))?;
        self.child = Some(child);
        Ok(())
    }

    fn progress(&mut self, _now: Millis) -> Progress {
        let Some(child) = &mut self.child else {
            return Progress::Done;
        };
        match child.try_wait() {
            Ok(None) => Progress::Speaking,
            Ok(Some(status)) => {
                self.child = None;
                if status.success() {
                    Progress::Done
                } else {
                    Progress::Failed(format!("{} ({status})", self.program.name()))
                }
            }
            Err(err) => {
                self.child = None;
                Progress::Failed(format!("{}: {err}", self.program.name()))
            }
        }
    }

    fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

impl Drop for ProgramSpeaker {
    fn drop(&mut self) {
        self.stop();
    }
}

/// One utterance as a recorder heard it: when it began on the session's clock.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Heard {
    /// When it began.
    pub started: Millis,
    /// What was said.
    pub utterance: Utterance,
}

/// A speaker for tests: keeps what it was asked to say and takes `ms_per_char` of the fake clock
/// per character to say it (at least 400 ms), like a person speaking.
#[derive(Debug, Clone)]
pub struct Recorder {
    heard: Arc<Mutex<Vec<Heard>>>,
    ms_per_char: Millis,
    until: Option<Millis>,
}

impl Recorder {
    /// A recorder and the list it fills.
    pub fn new(ms_per_char: Millis) -> (Recorder, Arc<Mutex<Vec<Heard>>>) {
        let heard = Arc::new(Mutex::new(Vec::new()));
        (
            Recorder {
                heard: Arc::clone(&heard),
                ms_per_char,
                until: None,
            },
            heard,
        )
    }
}

impl Speaker for Recorder {
    fn start(&mut self, utterance: &Utterance, now: Millis) -> Result<(), String> {
        let chars = utterance.text.chars().count() as Millis;
        self.until = Some(now + (chars * self.ms_per_char).max(400));
        if let Ok(mut heard) = self.heard.lock() {
            heard.push(Heard {
                started: now,
                utterance: utterance.clone(),
            });
        }
        Ok(())
    }

    fn progress(&mut self, now: Millis) -> Progress {
        match self.until {
            Some(until) if now < until => Progress::Speaking,
            _ => {
                self.until = None;
                Progress::Done
            }
        }
    }

    fn stop(&mut self) {
        self.until = None;
    }
}
