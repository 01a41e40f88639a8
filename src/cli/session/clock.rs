//! The plain-text coach's clock: real time from a monotonic `Instant`, or, with `--no-wait`, a
//! virtual clock that jumps straight to each deadline so a whole session runs in a moment.

use std::time::{Duration, Instant};

use crate::session::Millis;

/// A monotonic clock for one session.
pub enum Clock {
    /// Real time since the session began.
    Real(Instant),
    /// Virtual time, moved on only by waiting.
    Virtual(Millis),
}

impl Clock {
    /// A clock starting now.
    pub fn new(no_wait: bool) -> Clock {
        if no_wait {
            Clock::Virtual(0)
        } else {
            Clock::Real(Instant::now())
        }
    }

    /// Milliseconds since the session began.
    pub fn now(&self) -> Millis {
        match self {
            Clock::Real(start) => u64::try_from(start.elapsed().as_millis()).unwrap_or(u64::MAX),
            Clock::Virtual(now) => *now,
        }
    }

    /// When a real clock started (`None` for a virtual one).
    pub fn real_start(&self) -> Option<Instant> {
        match self {
            Clock::Real(start) => Some(*start),
            Clock::Virtual(_) => None,
        }
    }

    /// Whether time jumps to each deadline (`--no-wait`).
    pub fn is_virtual(&self) -> bool {
        matches!(self, Clock::Virtual(_))
    }

    /// Waits until `at` (a virtual clock jumps there).
    pub fn wait_until(&mut self, at: Millis) {
        match self {
            Clock::Virtual(now) => *now = (*now).max(at),
            Clock::Real(_) => {
                let now = self.now();
                if at > now {
                    std::thread::sleep(Duration::from_millis(at - now));
                }
            }
        }
    }
}
