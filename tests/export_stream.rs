//! The exports are written as a stream, entry by entry, and give exactly the bytes the whole-text
//! conversions gave before they were streamed: for the sample journal the documents themselves are
//! kept in `tests/golden/export-sample.*`; for two generated years (plus the sample journal, for
//! its correction) their length and a digest (a version 5 UUID, i.e. SHA-1, of the bytes) are kept
//! in `tests/golden/export-years.digest.txt`. Both were written by the conversions as they were
//! before streaming (`UPDATE_GOLDEN=1` writes them again).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::PathBuf;

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

#[test]
fn two_years_export_to_the_same_bytes() {
    let mut entries = sample::entries(NaiveDate::from_ymd_opt(2026, 11, 25).unwrap(), 730, 14);
    entries.extend(export::sample::journal());
    let (raw, corrected) = exported(&entries);
    let namespace = uuid::Uuid::NAMESPACE_OID;
    let lines: Vec<String> = documents(&raw, &corrected)
        .into_iter()
        .map(|(name, bytes)| {
            let digest = uuid::Uuid::new_v5(&namespace, &bytes);
            format!("{name} {} {digest}", bytes.len())
        })
        .collect();
    let text = lines.join("\n") + "\n";
    let path = golden("export-years.digest.txt");
    if updating() {
        std::fs::write(&path, &text).unwrap();
        return;
    }
    assert_eq!(text, std::fs::read_to_string(&path).unwrap());
}
