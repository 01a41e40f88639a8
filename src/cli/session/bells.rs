//! The plain coach's bells: the same patterns as the full-screen coach (one ring for a start,
//! two for switch sides, three for rest over, four for the end), rung on stderr when it is a
//! terminal and the Sounds setting is on, on a thread of their own so that a pattern never holds
//! up the session. A new pattern replaces what is left of the last.

use std::io::Write;
use std::sync::mpsc::{self, RecvTimeoutError, Sender};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use crate::coach::CoachEvent;
use crate::voice::Bell;

/// The bells of one plain session.
pub struct Bells {
    ringer: Option<(Sender<Bell>, JoinHandle<()>)>,
}

impl Bells {
    /// Silent.
    pub fn off() -> Bells {
        Bells { ringer: None }
    }

    /// Rings into `out` (stderr in the coach, a buffer in tests).
    pub fn ringing(out: impl Write + Send + 'static) -> Bells {
        let (tx, rx) = mpsc::channel::<Bell>();
        let handle = std::thread::spawn(move || ring_patterns(&rx, out));
        Bells {
            ringer: Some((tx, handle)),
        }
    }

    /// On stderr when it is a terminal and `on` (the Sounds setting).
    pub fn for_terminal(on: bool) -> Bells {
        use std::io::IsTerminal;
        if on && std::io::stderr().is_terminal() {
            Bells::ringing(std::io::stderr())
        } else {
            Bells::off()
        }
    }

    /// Rings the pattern the events of one moment call for, if any.
    pub fn hear(&self, events: &[CoachEvent]) {
        if let (Some((tx, _)), Some(bell)) = (&self.ringer, Bell::for_events(events)) {
            let _ = tx.send(bell);
        }
    }
}

impl Drop for Bells {
    /// Lets the last pattern finish (the end's four rings take 1.5 s).
    fn drop(&mut self) {
        if let Some((tx, handle)) = self.ringer.take() {
            drop(tx);
            let _ = handle.join();
        }
    }
}

fn ring_patterns(inbox: &mpsc::Receiver<Bell>, mut out: impl Write) {
    let Ok(mut bell) = inbox.recv() else {
        return;
    };
    let mut closed = false;
    loop {
        let start = Instant::now();
        let mut next = None;
        for ms in bell.rings() {
            let at = start + Duration::from_millis(*ms);
            if !closed {
                match inbox.recv_timeout(at.saturating_duration_since(Instant::now())) {
                    Ok(newer) => {
                        next = Some(newer);
                        break;
                    }
                    Err(RecvTimeoutError::Timeout) => {}
                    // The session is over: the pattern still rings out in time.
                    Err(RecvTimeoutError::Disconnected) => closed = true,
                }
            }
            std::thread::sleep(at.saturating_duration_since(Instant::now()));
            if out.write_all(b"\x07").and_then(|()| out.flush()).is_err() {
                return;
            }
        }
        bell = match next {
            Some(newer) => newer,
            None if closed => return,
            None => match inbox.recv() {
                Ok(newer) => newer,
                Err(_) => return,
            },
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::{Arc, Mutex};

    #[derive(Clone, Default)]
    struct Shared(Arc<Mutex<Vec<u8>>>);

    impl Write for Shared {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0
                .lock()
                .map_err(|_| std::io::ErrorKind::Other)?
                .extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn the_end_rings_four_times_and_other_moments_ring_nothing() {
        let out = Shared::default();
        let bells = Bells::ringing(out.clone());
        bells.hear(&[CoachEvent::Paused]);
        bells.hear(&[CoachEvent::CheckOut]);
        drop(bells);
        assert_eq!(out.0.lock().unwrap().as_slice(), b"\x07\x07\x07\x07");
    }

    #[test]
    fn silent_bells_ring_nothing() {
        let bells = Bells::off();
        bells.hear(&[CoachEvent::CheckOut]);
        drop(bells);
    }
}
