//! How fast the journal is on ten years of use (about 7,000 entry files): the "today" path, the
//! progress screen's full load, listing by name, and one durable write. Run with
//! `cargo bench --bench journal`; the figures and the machine are in BENCHMARKS.md.
//!
//! The journal is generated into a temporary folder and removed afterwards. With
//! `KERN_BENCH_DATA_DIR=DIR` it is generated into `DIR` instead (when `DIR` holds no journal yet)
//! and kept, so that the real binary can be timed on it (`kern --data-dir DIR journal ...`).

use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU64, Ordering};

use chrono::{Days, NaiveDate, Offset, TimeZone};
use kern::journal::{Journal, Query, sample};

/// Days of the generated journal: ten years.
const DAYS: u32 = 3652;
/// The seed of the generated journal.
const SEED: u64 = 2026;
/// How far back the "today" screen looks at the least.
const LOOKBACK_DAYS: u32 = 28;

/// The data folder holding the generated journal, set once in `main`.
static DATA_DIR: OnceLock<PathBuf> = OnceLock::new();

/// The last day of the generated journal, used as "today".
fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 25).unwrap_or(NaiveDate::MIN)
}

fn journal() -> Journal {
    Journal::new(DATA_DIR.get().map_or(Path::new("."), PathBuf::as_path))
}

/// Generates the journal into `data_dir` unless one is there already; returns the file count.
fn generate(data_dir: &Path) -> std::io::Result<usize> {
    let journal = Journal::new(data_dir);
    if journal.dir().exists() {
        return Ok(journal.files(&Query::default())?.len());
    }
    sample::write_quickly(&journal, &sample::entries(today(), DAYS, SEED))
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
    let _ = DATA_DIR.set(data_dir);
    divan::main();
    temp.close()
}

/// (a) The `kern today` path: the newest enrolment and everything since that program started.
#[divan::bench]
fn current_program(bencher: divan::Bencher) {
    let journal = journal();
    bencher.bench_local(|| journal.current_program(today(), LOOKBACK_DAYS));
}

/// (b) The progress screen: every entry of ten years, read and checked.
#[divan::bench(sample_count = 20, max_time = 20)]
fn load_everything(bencher: divan::Bencher) {
    let journal = journal();
    bencher.bench_local(|| journal.load(&Query::default()));
}

/// (c) Listing every entry file by name, without opening any.
#[divan::bench]
fn files_only(bencher: divan::Bencher) {
    let journal = journal();
    bencher.bench_local(|| journal.files(&Query::default()));
}

/// What `kern journal --since <a week ago>` reads.
#[divan::bench]
fn load_last_week(bencher: divan::Bencher) {
    let journal = journal();
    let query = Query {
        since: Some(today() - Days::new(7)),
        ..Query::default()
    };
    bencher.bench_local(|| journal.load(&query));
}

/// (d) One durable write: temporary file, flush, move into place, flush the folder.
#[divan::bench(sample_count = 50)]
fn durable_write(bencher: divan::Bencher) {
    let Ok(dir) = tempfile::tempdir() else {
        return;
    };
    let journal = Journal::new(dir.path());
    let offset = chrono::FixedOffset::east_opt(3600).unwrap_or(chrono::Utc.fix());
    let Some(at) = offset.with_ymd_and_hms(2026, 11, 25, 8, 0, 0).single() else {
        return;
    };
    let counter = AtomicU64::new(0);
    bencher
        .with_inputs(|| {
            let mut rng = fastrand::Rng::with_seed(counter.fetch_add(1, Ordering::Relaxed));
            sample::check_in(at, 3, &mut rng)
        })
        .bench_local_values(|entry| journal.write(&entry).map(drop).map_err(|e| e.error));
}
