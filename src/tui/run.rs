//! Running the coach in a real terminal: a panic hook that restores the terminal and writes a
//! crash report, signals (SIGTERM, SIGHUP) and a terminal that goes away that save like `q`, and
//! the event loop that wakes for input, for the next timer deadline and for a steady redraw tick —
//! never a busy loop. A second SIGTERM ends the coach at once.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use crossterm::event::{self, Event};

use crate::session::Millis;

use super::app::{App, Message};
use super::screens;
use super::tty::{Readiness, Tty, Watchdog};

/// How often the screen is redrawn when nothing else happens (for the clock and countdowns).
const REDRAW_TICK: Duration = Duration::from_millis(250);

/// A monotonic clock that can run faster than real time (`--speed`).
#[derive(Debug, Clone, Copy)]
pub struct SpeedClock {
    start: Instant,
    speed: f64,
}

impl SpeedClock {
    /// A clock running `speed` times real time.
    pub fn new(speed: f64) -> SpeedClock {
        SpeedClock {
            start: Instant::now(),
            speed: speed.clamp(0.01, 1000.0),
        }
    }

    /// Milliseconds since the coach started, scaled.
    pub fn now(&self) -> Millis {
        (self.start.elapsed().as_secs_f64() * 1000.0 * self.speed) as Millis
    }

    /// The real time until a scaled moment.
    pub fn real_until(&self, at: Millis) -> Duration {
        let now = self.now();
        Duration::from_secs_f64(at.saturating_sub(now) as f64 / 1000.0 / self.speed)
    }
}

/// Installs a panic hook that writes a crash report into the data folder and prints its path.
/// Installed before `ratatui::init`, whose own hook restores the terminal first.
pub fn install_crash_report(data_dir: &Path) {
    let dir = data_dir.to_path_buf();
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let path = crash_path(&dir);
        let report = format!(
            "kern {} crashed\n\n{info}\n\n{}\n",
            env!("CARGO_PKG_VERSION"),
            std::backtrace::Backtrace::force_capture()
        );
        let written = crate::journal::atomic::create_private_dir(&dir)
            .and_then(|()| std::fs::write(&path, report));
        previous(info);
        match written {
            Ok(()) => eprintln!("kern: a crash report is in {}", path.display()),
            Err(err) => eprintln!("kern: could not write a crash report: {err}"),
        }
    }));
}

fn crash_path(dir: &Path) -> PathBuf {
    let stamp = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    dir.join(format!("crash-{stamp}.txt"))
}

/// Runs the coach until the patient leaves. `wall` reads the wall clock.
pub fn run(
    mut app: App,
    speed: f64,
    wall: impl Fn() -> chrono::DateTime<chrono::FixedOffset>,
) -> std::io::Result<()> {
    let stop = Arc::new(AtomicBool::new(false));
    // A second SIGTERM while the first is being honoured ends the process at once.
    signal_hook::flag::register_conditional_shutdown(
        signal_hook::consts::SIGTERM,
        1,
        Arc::clone(&stop),
    )?;
    #[cfg(unix)]
    let stop_signals = [signal_hook::consts::SIGTERM, signal_hook::consts::SIGHUP];
    #[cfg(not(unix))]
    let stop_signals = [signal_hook::consts::SIGTERM];
    for signal in stop_signals {
        signal_hook::flag::register(signal, Arc::clone(&stop))?;
    }
    let tty = Tty::open()?;
    let clock = SpeedClock::new(speed);
    app.start_speech(move || clock.now());
    let mut bells = Bells::default();
    let mut terminal = ratatui::try_init()?;
    let _watchdog = Watchdog::start(&tty, Arc::clone(&stop));
    let result = (|| -> std::io::Result<()> {
        app.update(Message::Tick {
            mono: clock.now(),
            wall: wall(),
        });
        while !app.quit {
            if let Err(err) = draw(&mut terminal, &mut app, &mut bells) {
                // The terminal is gone or broken: keep what the patient did, then leave.
                tracing::info!(%err, "the terminal cannot be drawn on; saving and leaving");
                app.update(Message::Shutdown);
                break;
            }
            let timeout = match next_deadline(&app) {
                Some(at) => clock.real_until(at).min(REDRAW_TICK),
                None => REDRAW_TICK,
            }
            .min(bells.until_next());
            match read_event(&tty, timeout)? {
                Input::Event(Event::Key(key)) => app.update(Message::Key(key)),
                Input::Event(_) | Input::Nothing => {}
                Input::HungUp => {
                    tracing::info!("the terminal has hung up; saving and leaving");
                    stop.store(true, Ordering::Relaxed);
                }
            }
            if stop.load(Ordering::Relaxed) {
                app.update(Message::Shutdown);
            }
            app.update(Message::Tick {
                mono: clock.now(),
                wall: wall(),
            });
        }
        Ok(())
    })();
    ratatui::restore();
    result
}

/// Draws the screen and rings the bell when asked (a pattern when one is asked for).
fn draw(
    terminal: &mut ratatui::DefaultTerminal,
    app: &mut App,
    bells: &mut Bells,
) -> std::io::Result<()> {
    terminal.draw(|frame| screens::view(app, frame))?;
    if let Some(bell) = app.bell.take() {
        app.ring = false;
        bells.ring(bell);
    } else if std::mem::take(&mut app.ring) {
        bells.ring(crate::voice::Bell::Start);
    }
    if bells.due() {
        let mut out = std::io::stdout();
        out.write_all(b"\x07")?;
        out.flush()?;
    }
    Ok(())
}

/// The rings of a bell pattern still to come, in real time (a pattern is never sped up).
#[derive(Debug, Default)]
struct Bells {
    pending: Vec<Instant>,
}

impl Bells {
    /// Starts a pattern now (a new pattern replaces what was left of the last).
    fn ring(&mut self, bell: crate::voice::Bell) {
        let now = Instant::now();
        self.pending = bell
            .rings()
            .iter()
            .map(|ms| now + Duration::from_millis(*ms))
            .collect();
    }

    /// Whether a ring is due now (it is then taken).
    fn due(&mut self) -> bool {
        let now = Instant::now();
        let before = self.pending.len();
        self.pending.retain(|at| *at > now);
        self.pending.len() < before
    }

    /// How long until the next ring.
    fn until_next(&self) -> Duration {
        self.pending.iter().min().map_or(REDRAW_TICK, |at| {
            at.saturating_duration_since(Instant::now())
        })
    }
}

/// What the terminal gave.
enum Input {
    Event(Event),
    Nothing,
    HungUp,
}

/// The next event within `timeout`, asking the tty before crossterm (whose reader never returns
/// from a hung-up tty). A signal ends the wait early.
fn read_event(tty: &Tty, timeout: Duration) -> std::io::Result<Input> {
    if tty.hung_up() {
        return Ok(Input::HungUp);
    }
    // Events crossterm has already read and parsed come first.
    if event::poll(Duration::ZERO)? {
        return event::read().map(Input::Event);
    }
    match tty.wait(timeout) {
        Readiness::Quiet => Ok(Input::Nothing),
        Readiness::HungUp => Ok(Input::HungUp),
        Readiness::Input if event::poll(Duration::ZERO)? => event::read().map(Input::Event),
        Readiness::Input => Ok(Input::Nothing),
    }
}

fn next_deadline(app: &App) -> Option<Millis> {
    let flash = app.flash_until.filter(|until| *until > app.mono);
    let timer = match &app.screen {
        // The coach's next moment, or sooner the next frame of the moving figure.
        super::app::Screen::Player(player) => [
            player.coach.next_wake(app.mono),
            screens::player::next_frame(player, app.mono),
        ]
        .into_iter()
        .flatten()
        .min(),
        _ => None,
    };
    match (flash, timer) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}
