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

    /// Waits until `deadline`, calling `tick` with the seconds left at each whole second (so the
    /// caller can count down in text).
    pub fn wait_until(&mut self, deadline: Millis, mut tick: impl FnMut(u64)) {
        match self {
            Clock::Virtual(now) => *now = (*now).max(deadline),
            Clock::Real(start) => loop {
                let now = u64::try_from(start.elapsed().as_millis()).unwrap_or(u64::MAX);
                if now >= deadline {
                    break;
                }
                let left = deadline - now;
                let to_next_second = match left % 1000 {
                    0 => 1000,
                    r => r,
                };
                std::thread::sleep(Duration::from_millis(to_next_second));
                let after = u64::try_from(start.elapsed().as_millis()).unwrap_or(u64::MAX);
                if after < deadline {
                    tick((deadline - after).div_ceil(1000));
                }
            },
        }
    }
}
