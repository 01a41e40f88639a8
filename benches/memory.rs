//! The coach's memory at any journal length: the coach is opened on journals of 0, 1, 10 and 30
//! years and every screen is opened and drawn (Home, Progress scrolled, the journal paged to its
//! oldest entry and one entry opened, Library, Settings); then the process's peak resident memory
//! (`VmHWM` in /proc/self/status) is read. Each journal is measured in a process of its own (this
//! program started again), so that the figure is the coach's alone. The bound, 20 MB at any size,
//! is asserted (a memory bound is not a timing). Linux only. Run with
//! `cargo bench --bench memory`; the figures are in BENCHMARKS.md ("Coach memory").
//!
//! The journals are `kern::journal::sample`'s, as in `benches/scale.rs` (and shared with it under
//! `KERN_BENCH_DATA_DIR`).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::Command;

use chrono::{FixedOffset, NaiveDate, TimeZone};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use kern::catalog::{Catalog, LoadOptions};
use kern::journal::{Journal, Query, sample};
use kern::model::Lang;
use kern::tui::settings::Settings;
use kern::tui::{App, Message, Screen, screens};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// The most the coach may hold, in kB (20 MB).
const LIMIT_KB: u64 = 20 * 1000;
/// The variable that makes this program the measured coach, naming its data folder.
const CHILD: &str = "KERN_MEMORY_BENCH_CHILD";

fn vm_hwm_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn press(app: &mut App, code: KeyCode) {
    app.update(Message::Key(KeyEvent::new(code, KeyModifiers::NONE)));
}

/// Opens the coach on `data_dir`, opens and draws every screen, and prints the peak memory.
fn coach(data_dir: &Path) {
    let mut terminal = Terminal::new(TestBackend::new(100, 30)).unwrap();
    let wall = FixedOffset::east_opt(3600)
        .unwrap()
        .with_ymd_and_hms(2026, 11, 25, 21, 0, 0)
        .unwrap();
    let settings = Settings {
        lang: Some(Lang::En),
        ..Settings::default()
    };
    let catalog = Catalog::load(&LoadOptions::shipped_only());
    let mut app = App::new(
        Lang::En,
        catalog,
        data_dir.to_path_buf(),
        None,
        settings,
        true,
        wall,
    );
    let mut draw = |app: &App| {
        terminal.draw(|frame| screens::view(app, frame)).unwrap();
    };
    draw(&app);
    let home = vm_hwm_kb().unwrap_or(0);
    app.ensure_progress();
    app.open(Screen::Progress { scroll: 0 });
    draw(&app);
    for _ in 0..200 {
        press(&mut app, KeyCode::Down);
    }
    draw(&app);
    let progress = vm_hwm_kb().unwrap_or(0);
    app.go_back();
    app.ensure_journal_pages();
    app.open(Screen::Journal(screens::journal::JournalView::default()));
    draw(&app);
    // Paged to the oldest entry, drawn on the way (every step up to 2,000 entries, then every
    // 25th: still every month of the journal).
    let count = app.journal_len();
    for step in 0..count {
        press(&mut app, KeyCode::Down);
        if count < 2000 || step % 25 == 0 {
            draw(&app);
        }
    }
    draw(&app);
    press(&mut app, KeyCode::Enter);
    draw(&app);
    app.go_back();
    app.open(Screen::Library(screens::library::Library::default()));
    draw(&app);
    app.go_back();
    app.open(Screen::Settings { selected: 0 });
    draw(&app);
    let every = vm_hwm_kb().unwrap_or(0);
    println!("{every} {} {home} {progress}", app.journal_len());
}

fn journal(dir: &Path, years: u32) -> std::io::Result<usize> {
    let journal = Journal::new(dir);
    if journal.dir().exists() || years == 0 {
        return Ok(journal.files(&Query::default()).map_or(0, |f| f.len()));
    }
    let days = (f64::from(years) * 365.25).round() as u32;
    let last = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
    sample::write_quickly(&journal, &sample::entries(last, days, 2026))
}

fn main() -> std::io::Result<()> {
    if let Some(dir) = std::env::var_os(CHILD) {
        coach(Path::new(&dir));
        return Ok(());
    }
    if !Path::new("/proc/self/status").exists() {
        eprintln!("memory: no /proc/self/status here (Linux only); nothing measured");
        return Ok(());
    }
    let temp = tempfile::tempdir()?;
    let base = std::env::var_os("KERN_BENCH_DATA_DIR")
        .map_or_else(|| temp.path().to_path_buf(), PathBuf::from);
    let mut over = Vec::new();
    println!(
        "journal   files    entries shown   peak memory (VmHWM): Home / + Progress / + every screen"
    );
    for years in [0, 1, 10, 30] {
        let dir = base.join(format!("kern-{years}y"));
        let files = journal(&dir, years)?;
        let output = Command::new(std::env::current_exe()?)
            .env(CHILD, &dir)
            .output()?;
        let text = String::from_utf8_lossy(&output.stdout);
        let mut words = text.split_whitespace();
        let kb: u64 = words.next().and_then(|w| w.parse().ok()).unwrap_or(0);
        let shown = words.next().unwrap_or("?");
        let mb =
            |word: Option<&str>| word.and_then(|w| w.parse::<f64>().ok()).unwrap_or(0.0) / 1000.0;
        let (home, progress) = (mb(words.next()), mb(words.next()));
        println!(
            "{years:>2} years  {files:>6}   {shown:>13}   {home:.1} MB / {progress:.1} MB / {:.1} MB",
            kb as f64 / 1000.0
        );
        if !output.status.success() || kb == 0 || kb > LIMIT_KB {
            over.push((
                years,
                kb,
                String::from_utf8_lossy(&output.stderr).into_owned(),
            ));
        }
    }
    temp.close()?;
    if !over.is_empty() {
        eprintln!("memory: the coach went over {LIMIT_KB} kB (or failed): {over:?}");
        std::process::exit(1);
    }
    Ok(())
}
