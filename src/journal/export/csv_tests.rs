//! The CSV export: its rows and cells.

use super::*;
use crate::journal::export::sample;

fn corrected() -> Vec<Entry> {
    let dir = tempfile::tempdir().unwrap();
    let journal = crate::journal::Journal::new(dir.path());
    for entry in sample::journal() {
        journal.write(&entry).unwrap();
    }
    journal.load(&crate::journal::Query::default()).entries
}

fn parse(text: &str, delimiter: u8) -> Vec<Vec<String>> {
    let mut reader = ::csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .from_reader(text.as_bytes());
    reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect()
}

#[test]
fn every_measure_gets_a_row() {
    let text = to_csv(&corrected(), &CsvOptions::default()).unwrap();
    assert!(text.starts_with(BOM), "a BOM for every delimiter");
    let rows = parse(&text, b',');
    assert_eq!(rows[0], COLUMNS);
    let measures: Vec<&str> = rows[1..].iter().map(|r| r[4].as_str()).collect();
    assert_eq!(
        measures,
        [
            "enrolment",
            "usual-pain",
            "red-flags-outcome",
            "red-flags-cleared",
            "function-mean",
            "function-activity",
            "function-activity",
            "function-activity",
            "pain-now",
            "pain-average",
            "session",
            "pain-during-max",
            "effort",
            "pain-after",
            "adverse-event",
            "adverse-event-pain",
            "pain-now",
            "next-morning-pain",
            "red-flags-new",
            "pain-now",
            "global-rating",
            "function-mean",
            "function-activity",
            "function-activity",
            "function-activity",
        ]
    );
    assert!(rows.iter().all(|r| r.len() == COLUMNS.len()));
    let session = &rows[11];
    assert_eq!(
        &session[..4],
        ["2026-11-03", "18:05", "UTC+01:00", "session"]
    );
    assert_eq!(
        &session[8..14],
        ["core-hip-strength", "1", "partial", "1", "2", "25"]
    );
    assert_eq!(session[14], "Good, but the \"bird-dog\" was hard");
    assert_eq!(rows[5][5], "4.67", "the mean of 3, 5 and 6");
    assert_eq!(rows[3][6], "trauma");
    let cleared = &rows[4];
    assert_eq!(
        [&cleared[3], &cleared[5], &cleared[6], &cleared[14]],
        [
            "cleared",
            "2026-11-02",
            "physio",
            "Seen by my physio after the fall: fine to exercise"
        ]
    );
    let adverse = &rows[15];
    assert_eq!(
        [&adverse[5], &adverse[6], &adverse[14]],
        [
            "new-symptom",
            "mild bird-dog",
            "Tingling in my left calf after the bird-dog; gone within the hour"
        ]
    );
    assert_eq!(rows[16][5], "3", "the pain then");
    let diary = &rows[20];
    assert_eq!(diary[5], "5", "the correction wins");
    assert_eq!(diary[14], "'=after gardening, bent over");
    assert_eq!(rows[21][5], "2");
}

#[test]
fn semicolons_bring_a_byte_order_mark_and_decimal_commas() {
    let text = to_csv(&corrected(), &CsvOptions::for_delimiter(b';')).unwrap();
    let body = text.strip_prefix(BOM).unwrap();
    assert!(body.starts_with("date;time;utc_offset;kind;"));
    let rows = parse(body, b';');
    assert_eq!(rows[5][5], "4,67");
    assert_eq!(rows[7][6], "Carrying groceries; 5 kg, \"heavy\"");
    assert_eq!(rows[8][6], "Zitten tijdens een film (ü)");
}

#[test]
fn numbers_are_short() {
    assert_eq!(decimal(5.0, false), "5");
    assert_eq!(decimal(6.5, true), "6,5");
    assert_eq!(decimal(14.0 / 3.0, false), "4.67");
    assert_eq!(text_cell("@home"), "'@home");
    assert_eq!(text_cell("fine"), "fine");
}

#[test]
fn a_walk_is_a_row_of_its_own_with_its_day() {
    let walk = crate::journal::activity::sample_walk("2026-11-28", 25, Some("park"));
    let rows = parse(&to_csv(&[walk], &CsvOptions::default()).unwrap(), b',');
    let cell = |name: &str| {
        let i = COLUMNS.iter().position(|c| *c == name).unwrap();
        rows[1][i].clone()
    };
    assert_eq!(rows.len(), 2);
    assert_eq!(cell("kind"), "activity");
    assert_eq!(cell("measure"), "walking-minutes");
    assert_eq!(cell("value"), "25");
    assert_eq!(cell("detail"), "2026-11-28");
    assert_eq!(cell("note"), "park");
}
