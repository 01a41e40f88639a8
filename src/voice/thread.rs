//! The voice on a thread of its own, so that speech never holds up the timer: the coach hands
//! utterances over a channel and goes on at once; the thread starts each one when the speaker is
//! free and its moment has come, on the clock it was given.

use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::thread::JoinHandle;
use std::time::Duration;

use crate::session::Millis;

use super::speaker::Speaker;
use super::utterance::Utterance;
use super::voice::Voice;

/// How often the thread looks at the speaker and the queue when nothing arrives (real time).
const LOOK: Duration = Duration::from_millis(20);

enum Order {
    Say(Vec<Utterance>),
    Hush,
}

/// A handle on the voice's thread. Dropping it stops the thread and any speech.
pub struct SpeechThread {
    orders: Option<Sender<Order>>,
    notes: Receiver<String>,
    thread: Option<JoinHandle<()>>,
}

impl std::fmt::Debug for SpeechThread {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SpeechThread").finish_non_exhaustive()
    }
}

impl SpeechThread {
    /// Starts the thread over a speaker; `clock` gives the session's monotonic now.
    pub fn spawn(
        speaker: Box<dyn Speaker>,
        clock: impl Fn() -> Millis + Send + 'static,
    ) -> SpeechThread {
        let (orders, inbox) = mpsc::channel::<Order>();
        let (note_tx, notes) = mpsc::channel::<String>();
        let thread = std::thread::Builder::new()
            .name("kern-voice".to_owned())
            .spawn(move || {
                let mut voice = Voice::new(speaker);
                loop {
                    match inbox.recv_timeout(LOOK) {
                        Ok(Order::Say(utterances)) => voice.hear(utterances),
                        Ok(Order::Hush) => voice.hush(),
                        Err(RecvTimeoutError::Timeout) => {}
                        Err(RecvTimeoutError::Disconnected) => break,
                    }
                    voice.pump(clock());
                    if let Some(reason) = voice.take_failure() {
                        let _ = note_tx.send(reason);
                    }
                }
            })
            .ok();
        SpeechThread {
            orders: Some(orders),
            notes,
            thread,
        }
    }

    /// Hands utterances to the voice; returns at once.
    pub fn say(&self, utterances: Vec<Utterance>) {
        if utterances.is_empty() {
            return;
        }
        if let Some(orders) = &self.orders {
            let _ = orders.send(Order::Say(utterances));
        }
    }

    /// Stops what is being said and forgets what waits.
    pub fn hush(&self) {
        if let Some(orders) = &self.orders {
            let _ = orders.send(Order::Hush);
        }
    }

    /// Why the voice fell silent, once, if it did (for a one-line note).
    pub fn take_note(&self) -> Option<String> {
        self.notes.try_recv().ok()
    }
}

impl Drop for SpeechThread {
    fn drop(&mut self) {
        self.orders.take();
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}
