//! Good content passes: the shipped set on its own, a therapist's own files (`tests/valid/`) given
//! on the command line or kept in the config folder, and a user file that replaces a shipped one.

// Test helpers: a failed expectation is a failed test.
#![allow(clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::Output;
use std::time::Duration;

use serde_json::Value;

fn valid_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/valid")
}

/// Runs `kern validate` in English with `config` as the config folder.
fn validate(config: &Path, args: &[&Path], json: bool) -> Output {
    let mut cmd = assert_cmd::cargo::cargo_bin_cmd!("kern");
    cmd.env("KERN_CONFIG_DIR", config)
        .env("KERN_LANG", "en")
        .env("NO_COLOR", "1")
        .arg("validate");
    if json {
        cmd.args(["--format", "json"]);
    }
    cmd.args(args)
        .timeout(Duration::from_secs(20))
        .output()
        .expect("kern runs")
}

/// The JSON report of a run that must succeed.
fn report_of(output: &Output) -> Value {
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(
        output.status.code(),
        Some(0),
        "stdout:\n{stdout}\nstderr:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("a JSON report")
}

/// The diagnostics of a report that are not notes.
fn problems(report: &Value) -> Vec<&Value> {
    report["diagnostics"]
        .as_array()
        .map(|all| all.iter().filter(|d| d["severity"] != "note").collect())
        .unwrap_or_default()
}

/// The notes that some file replaces another, as (file, message).
fn replacements(report: &Value) -> Vec<(String, String)> {
    report["diagnostics"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|d| d["code"] == "diag-replaces")
        .map(|d| {
            (
                d["file"].as_str().unwrap_or_default().to_owned(),
                d["message"].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect()
}

#[test]
fn the_shipped_set_has_no_errors() {
    let config = tempfile::tempdir().expect("temp dir");
    let output = validate(config.path(), &[], false);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(0), "{stdout}");
    assert!(stdout.contains("no errors, no warnings"), "{stdout}");
    assert!(!String::from_utf8_lossy(&output.stderr).contains("panicked"));
}

#[test]
fn the_shipped_set_in_json_has_no_diagnostics() {
    let config = tempfile::tempdir().expect("temp dir");
    let report = report_of(&validate(config.path(), &[], true));
    assert_eq!(report["format"], "kern.validate/1");
    assert_eq!(report["errors"], 0);
    assert_eq!(report["warnings"], 0);
    assert_eq!(report["diagnostics"], Value::Array(Vec::new()));
    assert!(report["files"].as_u64().unwrap_or(0) > 40, "{report}");
}

#[test]
fn every_valid_file_validates_on_its_own_folder() {
    let config = tempfile::tempdir().expect("temp dir");
    let report = report_of(&validate(config.path(), &[&valid_root()], true));
    assert!(problems(&report).is_empty(), "{report:#}");
    // The therapist's swimming.toml replaces the shipped one, and says so.
    let replaced = replacements(&report);
    assert_eq!(replaced.len(), 1, "{report:#}");
    assert!(replaced[0].0.ends_with("swimming.toml"), "{replaced:?}");
    assert!(
        replaced[0]
            .1
            .contains("exercise 'swimming' replaces the one in shipped:exercises/swimming.toml"),
        "{replaced:?}"
    );
}

#[test]
fn every_valid_file_validates_from_the_config_folder() {
    let report = report_of(&validate(&valid_root(), &[], true));
    assert!(problems(&report).is_empty(), "{report:#}");
    let shipped = {
        let empty = tempfile::tempdir().expect("temp dir");
        report_of(&validate(empty.path(), &[], true))["files"]
            .as_u64()
            .unwrap_or(0)
    };
    let own = walkdir::WalkDir::new(valid_root())
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .count() as u64;
    assert_eq!(report["files"].as_u64(), Some(shipped + own), "{report:#}");
}

#[test]
fn every_valid_file_validates_one_by_one_beside_its_folder() {
    // Each file given on its own, on top of the others in the config folder: given replaces config.
    let files: Vec<PathBuf> = walkdir::WalkDir::new(valid_root())
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| e.into_path())
        .collect();
    assert!(files.len() >= 3, "{files:?}");
    for file in &files {
        let report = report_of(&validate(&valid_root(), &[file], true));
        assert!(
            problems(&report).is_empty(),
            "{}: {report:#}",
            file.display()
        );
    }
}

#[test]
fn a_user_file_with_a_shipped_id_replaces_it_with_a_note() {
    let dir = tempfile::tempdir().expect("temp dir");
    let exercises = dir.path().join("exercises");
    std::fs::create_dir(&exercises).expect("exercises folder");
    let text = kern::catalog::shipped_text("exercises/bird-dog.toml").expect("shipped bird-dog");
    std::fs::write(exercises.join("bird-dog.toml"), text).expect("written");
    let config = tempfile::tempdir().expect("temp dir");

    let report = report_of(&validate(config.path(), &[dir.path()], true));
    assert!(problems(&report).is_empty(), "{report:#}");
    let notes = report["diagnostics"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert_eq!(notes.len(), 1, "{report:#}");
    assert_eq!(notes[0]["code"], "diag-replaces");
    assert_eq!(notes[0]["severity"], "note");
    assert_eq!(notes[0]["origin"], "given");
    assert!(
        notes[0]["message"]
            .as_str()
            .unwrap_or_default()
            .contains("exercise 'bird-dog' replaces the one in shipped:exercises/bird-dog.toml"),
        "{report:#}"
    );

    let output = validate(config.path(), &[dir.path()], false);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(0), "{stdout}");
    assert!(
        stdout.contains("note: exercise 'bird-dog' replaces"),
        "{stdout}"
    );
    assert!(stdout.contains("no errors"), "{stdout}");
}
