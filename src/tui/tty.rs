//! Keeps the coach from outliving its terminal. crossterm's event reader loops forever on a tty
//! that has hung up (tmux killed, ssh dropped): it reads end-of-input or `EIO` again and again and
//! never returns. So the coach asks the tty itself first (`poll`, which reports a hang-up), and a
//! watchdog thread ends the process when a stop (SIGTERM, SIGHUP, hang-up) is not honoured in time.
//! On systems without `poll` (Windows) the coach waits with crossterm's own poll and the watchdog
//! only enforces the grace period after a stop.

#[cfg(unix)]
use std::fs::File;
#[cfg(unix)]
use std::os::fd::{AsRawFd, RawFd};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

/// How long the coach has to save and leave after a stop before the watchdog ends it.
pub const GRACE: Duration = Duration::from_millis(800);
/// How often the watchdog looks.
const WATCH_EVERY: Duration = Duration::from_millis(100);

/// What the terminal has to say.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Readiness {
    /// Input is waiting to be read.
    Input,
    /// Nothing within the wait (or a signal arrived).
    Quiet,
    /// The terminal is gone: hung up, closed or in error.
    HungUp,
}

/// The terminal the coach reads keys from: standard input when it is a tty, else `/dev/tty`
/// (the same choice crossterm makes).
#[derive(Debug)]
pub struct Tty {
    #[cfg(unix)]
    fd: RawFd,
    #[cfg(unix)]
    _owned: Option<File>,
}

#[cfg(not(unix))]
impl Tty {
    /// The console (crossterm reads it).
    pub fn open() -> std::io::Result<Tty> {
        Ok(Tty {})
    }

    /// Waits up to `timeout` for input.
    pub fn wait(&self, timeout: Duration) -> Readiness {
        match crossterm::event::poll(timeout) {
            Ok(true) => Readiness::Input,
            Ok(false) => Readiness::Quiet,
            Err(_) => Readiness::HungUp,
        }
    }

    /// A console cannot hang up the way a tty does.
    pub fn hung_up(&self) -> bool {
        false
    }

    /// A check the watchdog can run from its own thread.
    fn hang_up_probe(&self) -> impl Fn() -> bool + Send + 'static {
        || false
    }
}

#[cfg(unix)]
impl Tty {
    /// Finds the terminal.
    pub fn open() -> std::io::Result<Tty> {
        // SAFETY: isatty only inspects the descriptor.
        if unsafe { libc::isatty(libc::STDIN_FILENO) } == 1 {
            return Ok(Tty {
                fd: libc::STDIN_FILENO,
                _owned: None,
            });
        }
        let file = File::open("/dev/tty")?;
        Ok(Tty {
            fd: file.as_raw_fd(),
            _owned: Some(file),
        })
    }

    /// Waits up to `timeout` for input; a hang-up is reported at once.
    pub fn wait(&self, timeout: Duration) -> Readiness {
        readiness(self.fd, libc::POLLIN, timeout)
    }

    /// Whether the terminal has hung up, without waiting.
    pub fn hung_up(&self) -> bool {
        readiness(self.fd, 0, Duration::ZERO) == Readiness::HungUp
    }

    /// A check the watchdog can run from its own thread.
    fn hang_up_probe(&self) -> impl Fn() -> bool + Send + 'static {
        let fd = self.fd;
        move || readiness(fd, 0, Duration::ZERO) == Readiness::HungUp
    }
}

#[cfg(unix)]
fn readiness(fd: RawFd, events: libc::c_short, timeout: Duration) -> Readiness {
    let mut fds = libc::pollfd {
        fd,
        events,
        revents: 0,
    };
    let millis = libc::c_int::try_from(timeout.as_millis()).unwrap_or(libc::c_int::MAX);
    // SAFETY: one valid pollfd, its count is 1.
    let found = unsafe { libc::poll(&mut fds, 1, millis) };
    if found < 0 {
        return match std::io::Error::last_os_error().kind() {
            std::io::ErrorKind::Interrupted => Readiness::Quiet,
            _ => Readiness::HungUp,
        };
    }
    if found == 0 {
        return Readiness::Quiet;
    }
    if fds.revents & (libc::POLLHUP | libc::POLLERR | libc::POLLNVAL) != 0 {
        Readiness::HungUp
    } else if fds.revents & libc::POLLIN != 0 {
        Readiness::Input
    } else {
        Readiness::Quiet
    }
}

/// Watches from a thread of its own: a hung-up terminal raises `stop`; a `stop` the coach has not
/// honoured within [`GRACE`] (because it is stuck in a read) restores the terminal and ends the
/// process. Dropping the watchdog ends the thread.
pub struct Watchdog {
    done: Arc<AtomicBool>,
}

impl Watchdog {
    /// Starts watching `tty` for the coach whose stop flag is `stop`.
    pub fn start(tty: &Tty, stop: Arc<AtomicBool>) -> Watchdog {
        let hung_up = tty.hang_up_probe();
        let done = Arc::new(AtomicBool::new(false));
        let finished = Arc::clone(&done);
        std::thread::spawn(move || {
            let mut stopped_at: Option<Instant> = None;
            while !finished.load(Ordering::Relaxed) {
                if hung_up() {
                    stop.store(true, Ordering::Relaxed);
                }
                if stop.load(Ordering::Relaxed) {
                    let since = *stopped_at.get_or_insert_with(Instant::now);
                    if since.elapsed() >= GRACE && !finished.load(Ordering::Relaxed) {
                        tracing::warn!("the coach did not stop in time; ending it");
                        ratatui::restore();
                        std::process::exit(1);
                    }
                }
                std::thread::sleep(WATCH_EVERY);
            }
        });
        Watchdog { done }
    }
}

impl Drop for Watchdog {
    fn drop(&mut self) {
        self.done.store(true, Ordering::Relaxed);
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn a_closed_pipe_reads_as_hung_up_and_an_open_one_as_quiet() {
        let mut fds = [0 as libc::c_int; 2];
        // SAFETY: a two-element array for pipe().
        assert_eq!(unsafe { libc::pipe(fds.as_mut_ptr()) }, 0);
        let (read, write) = (fds[0], fds[1]);
        assert_eq!(
            readiness(read, libc::POLLIN, Duration::ZERO),
            Readiness::Quiet
        );
        // SAFETY: writing one byte from a valid buffer to our own pipe.
        assert_eq!(unsafe { libc::write(write, b"x".as_ptr().cast(), 1) }, 1);
        assert_eq!(
            readiness(read, libc::POLLIN, Duration::ZERO),
            Readiness::Input
        );
        // SAFETY: closing our own descriptors.
        unsafe { libc::close(write) };
        assert_eq!(
            readiness(read, libc::POLLIN, Duration::ZERO),
            Readiness::HungUp
        );
        unsafe { libc::close(read) };
    }
}
