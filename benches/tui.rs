//! How fast the coach draws and opens: one frame of the session player in the middle of a hold and
//! one frame of Home, both at 200×60 into a ratatui `TestBackend`, on a fresh journal and (Home)
//! on ten years of use (about 7,000 entries); and opening the coach (`App::new`: the whole journal
//! read, the history and today worked out) on those ten years. Run with
//! `cargo bench --bench tui`; the figures, the machine, and the running coach's idle CPU and
//! memory are in BENCHMARKS.md ("Coach").
//!
//! The coach is driven the way the tests drive it: `Message::Key` and `Message::Tick` from the
//! program choice through enrolment and the check-in into the player. The ten-year journal is the
//! one `benches/journal.rs` makes (`kern::journal::sample`), generated into a temporary folder;
//! with `KERN_BENCH_DATA_DIR=DIR` it is generated into `DIR` (when `DIR` holds no journal yet) and
//! kept, so that the real coach can be measured on it.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use chrono::{DateTime, FixedOffset, NaiveDate, TimeZone};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use kern::catalog::{Catalog, LoadOptions};
use kern::journal::{Journal, Query, sample};
use kern::model::Lang;
use kern::session::Step;
use kern::tui::settings::Settings;
use kern::tui::{App, Message, Screen, screens};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// The screen size drawn into.
const WIDTH: u16 = 200;
/// The screen size drawn into.
const HEIGHT: u16 = 60;
/// Days of the generated journal: ten years.
const DAYS: u32 = 3652;
/// The seed of the generated journal (the same as `benches/journal.rs`).
const SEED: u64 = 2026;

/// The folder holding the ten-year journal, set once in `main`.
static TEN_YEARS: OnceLock<PathBuf> = OnceLock::new();

/// The last day of the generated journal.
fn last_day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
}

/// The evening of the last day, on the patient's clock.
fn wall() -> DateTime<FixedOffset> {
    FixedOffset::east_opt(3600)
        .unwrap()
        .with_ymd_and_hms(2026, 11, 25, 21, 0, 0)
        .unwrap()
}

fn catalog() -> Catalog {
    Catalog::load(&LoadOptions::shipped_only())
}

fn settings() -> Settings {
    Settings {
        lang: Some(Lang::En),
        ..Settings::default()
    }
}

fn app(data_dir: &Path) -> App {
    App::new(
        Lang::En,
        catalog(),
        data_dir.to_path_buf(),
        None,
        settings(),
        true,
        wall(),
    )
}

fn terminal() -> Terminal<TestBackend> {
    Terminal::new(TestBackend::new(WIDTH, HEIGHT)).unwrap()
}

fn press(app: &mut App, code: KeyCode) {
    app.update(Message::Key(KeyEvent::new(code, KeyModifiers::NONE)));
}

fn type_line(app: &mut App, text: &str) {
    for c in text.chars() {
        press(app, KeyCode::Char(c));
    }
    press(app, KeyCode::Enter);
}

fn tick(app: &mut App, mono: u64) {
    app.update(Message::Tick { mono, wall: wall() });
}

/// A coach on a fresh journal, enrolled in gentle start with keys, on Home.
fn enrolled(data_dir: &Path) -> App {
    let mut app = app(data_dir);
    let programs: Vec<String> = app.catalog.programs.keys().cloned().collect();
    let gentle = programs.iter().position(|p| p == "gentle-start").unwrap();
    for _ in 0..gentle {
        press(&mut app, KeyCode::Down);
    }
    press(&mut app, KeyCode::Enter); // the program
    press(&mut app, KeyCode::Enter); // its weekdays
    for activity in ["Putting on socks", "Gardening", "Sitting an hour"] {
        type_line(&mut app, activity);
    }
    press(&mut app, KeyCode::Enter); // no fourth activity
    type_line(&mut app, "3"); // usual pain
    assert!(matches!(app.screen, Screen::Home { .. }), "on Home");
    app
}

/// The same coach in today's session, in the middle of the first hold (child's pose): the
/// check-in answered, every set of repetitions done with Enter, timers run out with ticks.
fn mid_hold(data_dir: &Path) -> App {
    let mut app = enrolled(data_dir);
    press(&mut app, KeyCode::Enter); // Start today's session
    for _ in 0..8 {
        if matches!(app.screen, Screen::Player(_)) {
            break;
        }
        // Scores, then no to any yes/no question.
        let Screen::Form(form, _) = &app.screen else {
            panic!("a check-in form");
        };
        match form.current().map(|q| &q.kind) {
            Some(kern::coach::Kind::YesNo) => press(&mut app, KeyCode::Char('n')),
            _ => type_line(&mut app, "3"),
        }
    }
    let mut mono = 0;
    for _ in 0..200 {
        let Screen::Player(player) = &app.screen else {
            panic!("the player");
        };
        let engine = player.coach.engine();
        match engine.current() {
            Step::Work {
                work: kern::session::Work::Hold { .. },
                ..
            } => {
                mono = engine.step_started() + engine.current().duration_ms().unwrap() / 2;
                tick(&mut app, mono);
                return app;
            }
            Step::Work {
                work: kern::session::Work::Reps { .. },
                ..
            } => press(&mut app, KeyCode::Enter),
            _ => {
                mono = engine.deadline().unwrap_or(mono);
                tick(&mut app, mono);
            }
        }
    }
    panic!("no hold in today's session");
}

/// Generates the ten-year journal into `data_dir` unless one is there; returns the file count.
fn generate(data_dir: &Path) -> std::io::Result<usize> {
    let journal = Journal::new(data_dir);
    if journal.dir().exists() {
        return Ok(journal.files(&Query::default())?.len());
    }
    sample::write_quickly(&journal, &sample::entries(last_day(), DAYS, SEED))
}

fn ten_years() -> &'static Path {
    TEN_YEARS.get().map_or(Path::new("."), PathBuf::as_path)
}

fn main() -> std::io::Result<()> {
    let temp = tempfile::tempdir()?;
    let data_dir = std::env::var_os("KERN_BENCH_DATA_DIR")
        .map_or_else(|| temp.path().to_path_buf(), PathBuf::from);
    let started = std::time::Instant::now();
    let files = generate(&data_dir)?;
    eprintln!(
        "journal: {files} files in {} (made in {:.1} s)",
        data_dir.display(),
        started.elapsed().as_secs_f64()
    );
    let _ = TEN_YEARS.set(data_dir);
    divan::main();
    temp.close()
}

/// One frame of the player in the middle of a hold, 200×60.
#[divan::bench]
fn player_mid_hold(bencher: divan::Bencher) {
    let dir = tempfile::tempdir().unwrap();
    let app = mid_hold(dir.path());
    let mut terminal = terminal();
    bencher.bench_local(|| {
        terminal
            .draw(|frame| screens::view(&app, frame))
            .map(|_| ())
    });
}

/// One frame of Home on a fresh journal (one session planned), 200×60.
#[divan::bench]
fn home(bencher: divan::Bencher) {
    let dir = tempfile::tempdir().unwrap();
    let app = enrolled(dir.path());
    let mut terminal = terminal();
    bencher.bench_local(|| {
        terminal
            .draw(|frame| screens::view(&app, frame))
            .map(|_| ())
    });
}

/// One frame of Home over ten years of journal, 200×60 (the 30-day pain line looks through every
/// entry).
#[divan::bench]
fn home_ten_years(bencher: divan::Bencher) {
    let app = app(ten_years());
    assert!(
        matches!(app.screen, Screen::Home { .. }),
        "the ten-year coach opens on Home"
    );
    let mut terminal = terminal();
    bencher.bench_local(|| {
        terminal
            .draw(|frame| screens::view(&app, frame))
            .map(|_| ())
    });
}

/// Opening the coach over ten years of journal: `App::new` reads every entry and works out today
/// (the catalog is loaded outside the measurement).
#[divan::bench(sample_count = 20, max_time = 20)]
fn open_ten_years(bencher: divan::Bencher) {
    bencher.with_inputs(catalog).bench_local_values(|catalog| {
        App::new(
            Lang::En,
            catalog,
            ten_years().to_path_buf(),
            None,
            settings(),
            true,
            wall(),
        )
    });
}
