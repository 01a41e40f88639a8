//! The exports are written as a stream, entry by entry, and give exactly the bytes the whole-text
//! conversions gave before they were streamed: for the sample journal the documents themselves are
//! kept in `tests/golden/export-sample.*`; for two generated years (plus the sample journal, for
//! its correction) their length and a digest (a version 5 UUID, i.e. SHA-1, of the bytes) are kept
//! in `tests/golden/export-years.digest.txt`. Both were written by the conversions as they were
//! before streaming (`UPDATE_GOLDEN=1` writes them again). The real binary gives the same bytes,
//! reading every file and then from the index's copy of the whole entries.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use chrono::NaiveDate;
use kern::i18n::I18n;
use kern::journal::export::{self, csv::CsvOptions, fhir};
use kern::journal::{Entry, Journal, Query, sample};
use kern::model::Lang;

/// The raw (JSON export) and corrected (CSV, FHIR) entries of a journal written to disk.
fn exported(entries: &[Entry]) -> (Vec<Entry>, Vec<Entry>) {
    let dir = tempfile::tempdir().unwrap();
    let journal = Journal::new(dir.path());
    sample::write_quickly(&journal, entries).unwrap();
    let raw = export::load_raw(&journal, &Query::default());
    let corrected = journal.load(&Query::default());
    assert!(raw.problems.is_empty() && corrected.problems.is_empty());
    (raw.entries, corrected.entries)
}

/// The five documents of a journal: name and bytes.
fn documents(raw: &[Entry], corrected: &[Entry]) -> Vec<(&'static str, Vec<u8>)> {
    let csv = |delimiter| {
        export::csv::to_csv(corrected, &CsvOptions::for_delimiter(delimiter))
            .unwrap()
            .into_bytes()
    };
    let fhir = |lang| {
        fhir::to_fhir(corrected, fhir::DEFAULT_SUBJECT, &I18n::new(lang))
            .unwrap()
            .into_bytes()
    };
    vec![
        ("json", export::json::to_json(raw).unwrap().into_bytes()),
        ("csv", csv(b',')),
        ("semicolon.csv", csv(b';')),
        ("fhir.json", fhir(Lang::En)),
        ("fhir.nl.json", fhir(Lang::Nl)),
    ]
}

fn golden(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name)
}

fn updating() -> bool {
    std::env::var_os("UPDATE_GOLDEN").is_some_and(|v| v == "1")
}

#[test]
fn the_sample_journal_and_an_empty_one_export_to_the_same_bytes() {
    let (raw, corrected) = exported(&export::sample::journal());
    let sample = documents(&raw, &corrected)
        .into_iter()
        .map(|d| ("sample", d));
    let empty = documents(&[], &[]).into_iter().map(|d| ("empty", d));
    for (journal, (name, bytes)) in sample.chain(empty) {
        let path = golden(&format!("export-{journal}.{name}"));
        if updating() {
            std::fs::write(&path, &bytes).unwrap();
            continue;
        }
        let expected = std::fs::read(&path)
            .unwrap_or_else(|e| panic!("{}: {e}; run with UPDATE_GOLDEN=1", path.display()));
        assert!(
            bytes == expected,
            "{} differs:\n{}",
            path.display(),
            String::from_utf8_lossy(&bytes)
        );
    }
}

fn two_years() -> Vec<Entry> {
    let mut entries = sample::entries(NaiveDate::from_ymd_opt(2026, 11, 25).unwrap(), 730, 14);
    entries.extend(export::sample::journal());
    entries
}

/// The length and digest of each document, a line each.
fn digests(documents: Vec<(&'static str, Vec<u8>)>) -> String {
    let namespace = uuid::Uuid::NAMESPACE_OID;
    let lines: Vec<String> = documents
        .into_iter()
        .map(|(name, bytes)| {
            let digest = uuid::Uuid::new_v5(&namespace, &bytes);
            format!("{name} {} {digest}", bytes.len())
        })
        .collect();
    lines.join("\n") + "\n"
}

#[test]
fn two_years_export_to_the_same_bytes() {
    let (raw, corrected) = exported(&two_years());
    let text = digests(documents(&raw, &corrected));
    let path = golden("export-years.digest.txt");
    if updating() {
        std::fs::write(&path, &text).unwrap();
        return;
    }
    assert_eq!(text, std::fs::read_to_string(&path).unwrap());
}

/// The five documents as `kern export` writes them to standard output.
fn documents_of_kern(root: &Path) -> Vec<(&'static str, Vec<u8>)> {
    let run = |args: &[&str]| {
        let output = Command::new(env!("CARGO_BIN_EXE_kern"))
            .env("KERN_CONFIG_DIR", root.join("config"))
            .env("KERN_DATA_DIR", root.join("data"))
            .env_remove("KERN_LANG")
            .args(args)
            .stdin(Stdio::null())
            .output()
            .unwrap();
        assert!(output.status.success(), "{args:?}: {output:?}");
        output.stdout
    };
    vec![
        ("json", run(&["export", "--format", "json"])),
        ("csv", run(&["export", "--format", "csv"])),
        (
            "semicolon.csv",
            run(&["export", "--format", "csv", "--delimiter", ";"]),
        ),
        (
            "fhir.json",
            run(&["--lang", "en", "export", "--format", "fhir"]),
        ),
        (
            "fhir.nl.json",
            run(&["--lang", "nl", "export", "--format", "fhir"]),
        ),
    ]
}

/// A data folder holding `entries`, and an empty config folder.
fn sandbox(entries: &[Entry]) -> tempfile::TempDir {
    let root = tempfile::tempdir().unwrap();
    std::fs::create_dir(root.path().join("config")).unwrap();
    sample::write_quickly(&Journal::new(&root.path().join("data")), entries).unwrap();
    root
}

/// Makes the index's copy of whole entries count as written long after the files (as at the
/// next export a second later), so that the next export takes every entry from it.
fn settle_copy(root: &Path) {
    let copy = root.join("data").join(kern::journal::index::WHOLE_FILE);
    let file = std::fs::File::options().write(true).open(copy).unwrap();
    let later = std::time::SystemTime::now() + std::time::Duration::from_secs(60);
    file.set_modified(later).unwrap();
}

#[test]
fn kern_export_gives_the_same_bytes_from_the_files_and_from_the_copy() {
    let root = sandbox(&export::sample::journal());
    for _ in 0..2 {
        for (name, bytes) in documents_of_kern(root.path()) {
            let expected = std::fs::read(golden(&format!("export-sample.{name}"))).unwrap();
            assert!(
                bytes == expected,
                "{name} differs:\n{}",
                String::from_utf8_lossy(&bytes)
            );
        }
        settle_copy(root.path());
    }
    let root = sandbox(&two_years());
    let want = std::fs::read_to_string(golden("export-years.digest.txt")).unwrap();
    assert_eq!(
        digests(documents_of_kern(root.path())),
        want,
        "from the files"
    );
    settle_copy(root.path());
    assert_eq!(
        digests(documents_of_kern(root.path())),
        want,
        "from the copy"
    );
}

/// Hidden temporary files in the data folder.
fn leftovers(root: &Path) -> Vec<String> {
    std::fs::read_dir(root.join("data"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with('.'))
        .collect()
}

#[cfg(unix)]
#[test]
fn a_reader_that_stops_early_leaves_no_half_copy_behind() {
    use std::io::Read;
    let root = sandbox(&two_years());
    // The first export writes the copy of whole entries as it goes; the reader stops early.
    let mut child = Command::new(env!("CARGO_BIN_EXE_kern"))
        .env("KERN_CONFIG_DIR", root.path().join("config"))
        .env("KERN_DATA_DIR", root.path().join("data"))
        .args(["export", "--format", "json"])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut start = [0u8; 100];
    child.stdout.take().unwrap().read_exact(&mut start).unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(String::from_utf8_lossy(&start).starts_with("{\n  \"format\""));
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    assert_eq!(leftovers(root.path()), Vec::<String>::new());
    // The next export makes the copy and gives the whole document.
    let whole = documents_of_kern(root.path());
    let want = std::fs::read_to_string(golden("export-years.digest.txt")).unwrap();
    assert_eq!(digests(whole), want);
    assert!(
        root.path()
            .join("data")
            .join(kern::journal::index::WHOLE_FILE)
            .is_file()
    );
}
