//! How kern scales: the real binary's `report`, `journal`, `export --format json`, `doctor` and
//! `today` on journals of 1, 10 and 30 years, the coach opening Progress (its data from the
//! journal index, and its first frame) on the same journals, and `kern validate` on 10,000
//! exercise files beside Python's `tomllib` only parsing them. Every figure is read against a
//! yardstick measured in the same run: `kern --version` (starting the process) for the commands,
//! Python's parse for validate. Run with `cargo bench --bench scale`; the figures are in
//! BENCHMARKS.md ("Scaling").
//!
//! The journals are `kern::journal::sample`'s (the same patient as `benches/journal.rs`), ending
//! 2026-11-25, generated into a temporary folder; with `KERN_BENCH_DATA_DIR=DIR` into
//! `DIR/kern-1y`, `DIR/kern-10y` and `DIR/kern-30y` instead (kept, and reused when there).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;

use chrono::{FixedOffset, NaiveDate, TimeZone};
use kern::catalog::{Catalog, LoadOptions};
use kern::journal::index::{Check, Index};
use kern::journal::{Journal, Query, sample};
use kern::model::Lang;
use kern::plan::outcomes::Tally;
use kern::tui::settings::Settings;
use kern::tui::{App, Screen, screens};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// Journal lengths measured, in years.
const YEARS: [u32; 3] = [1, 10, 30];
/// Exercise files for `kern validate`.
const EXERCISES: usize = 10_000;

struct Setup {
    journals: Vec<(u32, PathBuf)>,
    exercises: PathBuf,
    config: PathBuf,
    python: Option<PathBuf>,
}

static SETUP: OnceLock<Setup> = OnceLock::new();

fn setup() -> &'static Setup {
    SETUP.get().expect("set in main")
}

fn last_day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
}

fn data_dir(years: u32) -> &'static Path {
    &setup()
        .journals
        .iter()
        .find(|(y, _)| *y == years)
        .unwrap()
        .1
}

/// Writes the journal of `years` years into `dir` unless one is there.
fn journal(dir: &Path, years: u32) -> std::io::Result<usize> {
    let journal = Journal::new(dir);
    if journal.dir().exists() {
        return Ok(journal.files(&Query::default())?.len());
    }
    let days = (f64::from(years) * 365.25).round() as u32;
    sample::write_quickly(&journal, &sample::entries(last_day(), days, 2026))
}

/// Copies the shipped exercises into `dir` until it holds `count` files, each under its own name.
fn exercises(dir: &Path, count: usize) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    let shipped = Path::new(env!("CARGO_MANIFEST_DIR")).join("exercises");
    let mut sources: Vec<PathBuf> = std::fs::read_dir(shipped)?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    sources.sort();
    for n in 0..count {
        let source = &sources[n % sources.len()];
        let stem = source.file_stem().unwrap().to_string_lossy();
        let target = dir.join(format!("{stem}-g{n:05}.toml"));
        if !target.exists() {
            std::fs::copy(source, target)?;
        }
    }
    Ok(())
}

/// Python 3.11 or later (it has `tomllib`), if there is one.
fn python() -> Option<PathBuf> {
    let ok = Command::new("python3")
        .args(["-c", "import tomllib"])
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    ok.then(|| PathBuf::from("python3"))
}

fn main() -> std::io::Result<()> {
    let temp = tempfile::tempdir()?;
    let base = std::env::var_os("KERN_BENCH_DATA_DIR")
        .map_or_else(|| temp.path().to_path_buf(), PathBuf::from);
    let mut journals = Vec::new();
    for years in YEARS {
        let dir = base.join(format!("kern-{years}y"));
        let started = std::time::Instant::now();
        let files = journal(&dir, years)?;
        eprintln!(
            "{years} years: {files} files in {} (made in {:.1} s)",
            dir.display(),
            started.elapsed().as_secs_f64()
        );
        // Build the index once, as the first command after an upgrade would; files written less
        // than a second before it are read again at the next look (then the index is written
        // again): that look too is made here, outside the timing.
        Index::open(&Journal::new(&dir), Check::Full);
        std::thread::sleep(std::time::Duration::from_millis(1100));
        Index::open(&Journal::new(&dir), Check::Full);
        journals.push((years, dir));
    }
    let exercise_dir = base.join("exercises-10k");
    exercises(&exercise_dir, EXERCISES)?;
    let config = temp.path().join("config");
    std::fs::create_dir_all(&config)?;
    let _ = SETUP.set(Setup {
        journals,
        exercises: exercise_dir,
        config,
        python: python(),
    });
    divan::main();
    temp.close()
}

/// The release `kern` with an empty config folder, in English, output thrown away.
fn kern(args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_kern"));
    command
        .env("KERN_CONFIG_DIR", &setup().config)
        .env("KERN_LANG", "en")
        .env("NO_COLOR", "1")
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    command
}

fn run_on(years: u32, args: &[&str]) {
    let dir = data_dir(years).to_string_lossy().into_owned();
    let mut all = vec!["--data-dir", dir.as_str()];
    all.extend(args);
    kern(&all).status().unwrap();
}

/// The yardstick: starting kern and printing its version.
#[divan::bench(sample_count = 60)]
fn version() {
    kern(&["--version"]).status().unwrap();
}

/// `kern report` for its default period (the current program), as Markdown.
#[divan::bench(args = YEARS, sample_count = 20)]
fn report(years: u32) {
    run_on(
        years,
        &["report", "--until", "2026-11-25", "--format", "md"],
    );
}

/// `kern journal`: every entry, one line each.
#[divan::bench(args = YEARS, sample_count = 15)]
fn journal_listing(years: u32) {
    run_on(years, &["journal"]);
}

/// `kern export --format json`: every entry, whole.
#[divan::bench(args = YEARS, sample_count = 10)]
fn export_json(years: u32) {
    run_on(years, &["export", "--format", "json"]);
}

/// `kern export --format csv`.
#[divan::bench(args = YEARS, sample_count = 10)]
fn export_csv(years: u32) {
    run_on(years, &["export", "--format", "csv"]);
}

/// `kern export --format fhir`.
#[divan::bench(args = YEARS, sample_count = 10)]
fn export_fhir(years: u32) {
    run_on(years, &["export", "--format", "fhir"]);
}

/// `kern doctor`: the check-up, every file's details checked against the index.
#[divan::bench(args = YEARS, sample_count = 15)]
fn doctor(years: u32) {
    run_on(years, &["doctor"]);
}

/// `kern today`: should stay flat with the journal's length.
#[divan::bench(args = YEARS, sample_count = 30)]
fn today(years: u32) {
    run_on(years, &["today", "--date", "2026-11-25"]);
}

/// Progress's data in-process, as the coach works it out: the index checked, the journal passed
/// through a month at a time into a tally, then the pain line, the changes and the sessions a
/// week.
#[divan::bench(args = YEARS, sample_count = 30)]
fn progress_data(years: u32) -> usize {
    let journal = Journal::new(data_dir(years));
    let by_month = Index::open(&journal, Check::Quick).by_month();
    let mut tally = Tally::default();
    let mut changes = 0;
    by_month.for_each(|entry| {
        tally.add(entry);
        changes += entry.changes().len();
    });
    let daily = tally.daily_pain();
    let _ = (tally.pain_change(), tally.function_change());
    let weeks = tally.sessions_per_week(last_day(), 8);
    daily.len() + weeks.len() + changes
}

fn app(years: u32, catalog: Catalog) -> App {
    let wall = FixedOffset::east_opt(3600)
        .unwrap()
        .with_ymd_and_hms(2026, 11, 25, 21, 0, 0)
        .unwrap();
    let settings = Settings {
        lang: Some(Lang::En),
        ..Settings::default()
    };
    App::new(
        Lang::En,
        catalog,
        data_dir(years).to_path_buf(),
        None,
        settings,
        true,
        wall,
    )
}

/// The coach opening Progress (from Home, already open; the catalog is loaded outside the timing):
/// the index read and the first frame drawn at 100×30.
#[divan::bench(args = YEARS, sample_count = 20)]
fn progress_open(bencher: divan::Bencher, years: u32) {
    let mut terminal = Terminal::new(TestBackend::new(100, 30)).unwrap();
    bencher
        .with_inputs(|| app(years, Catalog::load(&LoadOptions::shipped_only())))
        .bench_local_values(|mut app| {
            app.ensure_progress();
            app.open(Screen::Progress { scroll: 0 });
            terminal.draw(|frame| screens::view(&app, frame)).unwrap();
            app
        });
}

/// `kern validate` on the shipped set and 10,000 more exercise files.
#[divan::bench(sample_count = 5)]
fn validate_10k() {
    let dir = setup().exercises.to_string_lossy().into_owned();
    kern(&["validate", dir.as_str()]).status().unwrap();
}

/// The yardstick for validate: Python's `tomllib` parsing the same 10,000 files, nothing more.
#[divan::bench(sample_count = 5)]
fn python_parse_10k() {
    let Some(python) = &setup().python else {
        return;
    };
    let script = "import os,sys,tomllib\nd=sys.argv[1]\nfor n in os.listdir(d):\n    f=open(os.path.join(d,n),'rb'); tomllib.load(f); f.close()\n";
    Command::new(python)
        .args(["-c", script])
        .arg(&setup().exercises)
        .status()
        .unwrap();
}
