//! `kern export` read back by other tools: the FHIR bundle validated against the FHIR models of
//! the Python package fhir.resources (pinned in .ci/requirements.txt), and the CSV read with
//! Python's own `csv` module, plain and in the Dutch-spreadsheet variant (`;`, decimal comma), both
//! UTF-8 with a BOM and with offsets no spreadsheet reads as a time.
//! Without python3 (or fhir.resources) the Python checks fail when `CI` is set, else are skipped
//! with a note.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod scripted;

use std::collections::BTreeMap;
use std::path::Path;

use scripted::{kern, python, python_has, write_journal};

/// Validates a bundle with fhir.resources and prints a summary of it as JSON.
const VALIDATE_FHIR: &str = r#"
import collections, json, sys
from fhir.resources.R4B.bundle import Bundle
text = open(sys.argv[1], encoding="utf-8").read()
bundle = Bundle.model_validate_json(text)
observations = [e.resource for e in bundle.entry]
codes = collections.Counter()
for o in observations:
    assert o.get_resource_type() == "Observation", o.get_resource_type()
    for c in o.code.coding:
        codes[c.system + "|" + c.code] += 1
print(json.dumps({
    "type": bundle.type,
    "observations": len(observations),
    "subjects": sorted({o.subject.identifier.value for o in observations}),
    "statuses": sorted({o.status for o in observations}),
    "urls": len({e.fullUrl for e in bundle.entry}),
    "codes": codes,
}))
"#;

/// Reads a CSV file with Python's csv module; prints the rows as JSON and whether it had a BOM.
const READ_CSV: &str = r#"
import csv, json, sys
raw = open(sys.argv[1], "rb").read()
bom = raw.startswith(b"\xef\xbb\xbf")
text = raw.decode("utf-8-sig")
rows = list(csv.reader(text.splitlines(keepends=True), delimiter=sys.argv[2]))
print(json.dumps({"bom": bom, "rows": rows}))
"#;

fn export(dir: &Path, args: &[&str], out: &str) -> String {
    let path = dir.join(out);
    let path_text = path.to_string_lossy().into_owned();
    kern(dir)
        .arg("export")
        .args(args)
        .args(["--out", &path_text])
        .assert()
        .success();
    path_text
}

#[test]
fn the_fhir_export_validates_against_the_fhir_models() {
    let dir = tempfile::tempdir().unwrap();
    write_journal(dir.path());
    let path = export(
        dir.path(),
        &["--format", "fhir", "--subject", "study-042"],
        "bundle.json",
    );
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(!text.contains("kern-patient"));
    if !python_has("fhir.resources.R4B.bundle") {
        return;
    }
    let summary: serde_json::Value =
        serde_json::from_str(&python(VALIDATE_FHIR, &[&path])).unwrap();
    assert_eq!(summary["type"], "collection");
    assert_eq!(summary["observations"], 29, "{summary}");
    assert_eq!(summary["urls"], 29, "every fullUrl is its own");
    assert_eq!(summary["subjects"], serde_json::json!(["study-042"]));
    assert_eq!(summary["statuses"], serde_json::json!(["amended", "final"]));
    let codes = &summary["codes"];
    // LOINC 72514-3 only for pain of the moment (6 pain now, 1 pain after a session).
    assert_eq!(codes["http://loinc.org|72514-3"], 7, "{codes}");
    assert_eq!(codes["urn:kern:measure|pain-average"], 3);
    assert_eq!(codes["urn:kern:measure|next-morning-pain"], 1);
    assert_eq!(codes["urn:kern:measure|pain-now"], 6);
    assert_eq!(codes["urn:kern:measure|next-morning-settled"], 1);
    assert_eq!(codes["urn:kern:measure|red-flag-screen"], 1);
    assert_eq!(codes["urn:kern:measure|red-flag-clearance"], 1);
    assert_eq!(codes["urn:kern:measure|adverse-event"], 1);
    assert_eq!(codes["urn:kern:measure|function-mean"], 2);
    assert_eq!(codes["urn:kern:measure|function-activity"], 6);
    assert_eq!(codes["urn:kern:measure|session-effort"], 1);
    assert_eq!(codes["urn:kern:measure|global-rating-of-change"], 1);

    // The validator is strict: a broken bundle is refused.
    let broken = dir.path().join("broken.json");
    std::fs::write(
        &broken,
        text.replacen("\"valueInteger\": 4", "\"valueInteger\": \"four\"", 1),
    )
    .unwrap();
    let out = std::process::Command::new("python3")
        .args(["-c", VALIDATE_FHIR, &broken.to_string_lossy()])
        .output()
        .unwrap();
    assert!(!out.status.success(), "a string where an integer belongs");
}

#[test]
fn the_same_journal_gives_the_same_bundle() {
    let dir = tempfile::tempdir().unwrap();
    write_journal(dir.path());
    let run = || {
        kern(dir.path())
            .args(["export", "--format", "fhir"])
            .output()
            .unwrap()
            .stdout
    };
    assert_eq!(run(), run());
}

fn read_csv(path: &str, delimiter: &str) -> (bool, Vec<Vec<String>>) {
    let out: serde_json::Value =
        serde_json::from_str(&python(READ_CSV, &[path, delimiter])).unwrap();
    let rows = serde_json::from_value(out["rows"].clone()).unwrap();
    (out["bom"] == true, rows)
}

/// The rows by measure, each as a map from column to value.
fn by_measure(rows: &[Vec<String>]) -> BTreeMap<String, Vec<BTreeMap<String, String>>> {
    let header = &rows[0];
    let mut found: BTreeMap<String, Vec<BTreeMap<String, String>>> = BTreeMap::new();
    for row in &rows[1..] {
        assert_eq!(row.len(), header.len(), "{row:?}");
        let cells: BTreeMap<String, String> = header.iter().cloned().zip(row.clone()).collect();
        found
            .entry(cells["measure"].clone())
            .or_default()
            .push(cells);
    }
    found
}

#[test]
fn the_csv_export_reads_back_with_python() {
    let dir = tempfile::tempdir().unwrap();
    write_journal(dir.path());
    let path = export(dir.path(), &["--format", "csv"], "journal.csv");
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.starts_with("\u{feff}date,time,utc_offset,kind,measure,value,"));
    if !python_has("csv") {
        return;
    }
    let (bom, rows) = read_csv(&path, ",");
    assert!(bom, "one encoding for every delimiter: UTF-8 with a BOM");
    assert_eq!(rows[0], kern::journal::export::csv::COLUMNS);
    assert_eq!(rows.len(), 1 + 30);
    let measures = by_measure(&rows);
    let cleared = &measures["red-flags-cleared"];
    assert_eq!(
        (cleared[0]["value"].as_str(), cleared[0]["detail"].as_str()),
        ("2026-11-02", "physio")
    );
    let pain = &measures["pain-now"];
    assert_eq!(pain.len(), 6);
    assert_eq!(
        (
            pain[2]["date"].as_str(),
            pain[2]["time"].as_str(),
            pain[2]["value"].as_str()
        ),
        ("2026-11-05", "21:15", "6")
    );
    assert_eq!(pain[2]["note"], "stiff after cycling; \"sore\", ü");
    assert_eq!(pain[2]["utc_offset"], "UTC+01:00", "not a time of day");
    assert_eq!(pain[5]["note"], "'-better today", "never a formula");
    assert_eq!(pain[0]["detail"], "before-session");
    assert_eq!(pain[1]["detail"], "diary");
    assert_eq!(
        pain[4]["value"], "5",
        "the correction, not the corrected entry"
    );
    assert_eq!(measures["next-morning-pain"][0]["detail"], "settled");
    let session = &measures["session"][0];
    assert_eq!(session["program"], "core-hip-strength");
    assert_eq!(session["status"], "partial");
    assert_eq!(session["exercises_done"], "1");
    assert_eq!(session["exercises_planned"], "2");
    assert_eq!(session["active_minutes"], "25");
    assert_eq!(measures["effort"][0]["value"], "5");
    assert_eq!(measures["function-mean"][0]["value"], "4.67");
    assert_eq!(measures["function-activity"].len(), 6);
    assert_eq!(measures["global-rating"][0]["value"], "2");
    assert_eq!(measures["global-rating"][0]["week"], "2");
    assert_eq!(measures["red-flags-outcome"][0]["value"], "see-doctor");
}

#[test]
fn the_dutch_csv_has_semicolons_a_bom_and_decimal_commas() {
    let dir = tempfile::tempdir().unwrap();
    write_journal(dir.path());
    let path = export(
        dir.path(),
        &[
            "--format",
            "csv",
            "--delimiter",
            ";",
            "--since",
            "2026-11-05",
        ],
        "dagboek.csv",
    );
    let bytes = std::fs::read(&path).unwrap();
    assert!(bytes.starts_with(b"\xef\xbb\xbfdate;time;"));
    if !python_has("csv") {
        return;
    }
    let (bom, rows) = read_csv(&path, ";");
    assert!(bom);
    let measures = by_measure(&rows);
    assert!(!measures.contains_key("session"), "--since leaves it out");
    assert_eq!(measures["pain-now"].len(), 4);
    assert_eq!(measures["function-mean"][0]["value"], "6,33");
    let activities: Vec<&str> = measures["function-activity"]
        .iter()
        .map(|r| r["detail"].as_str())
        .collect();
    assert_eq!(
        activities,
        [
            "Tying my shoes",
            "Carrying groceries; 5 kg, \"heavy\"",
            "Zitten tijdens een film (ü)"
        ]
    );
}

#[test]
fn wrong_options_are_usage_errors() {
    let dir = tempfile::tempdir().unwrap();
    for args in [
        &["export", "--format", "json", "--delimiter", ";"][..],
        &["export", "--format", "csv", "--subject", "x"],
        &["export", "--format", "fhir", "--subject", "Jan Peeters"],
        &["export", "--format", "xml"],
    ] {
        kern(dir.path()).args(args).assert().code(2);
    }
    let path = export(dir.path(), &["--format", "json"], "a.json");
    kern(dir.path())
        .args(["export", "--format", "json", "--out", &path])
        .assert()
        .code(1)
        .stderr(predicates::str::contains("already exists"));
}
