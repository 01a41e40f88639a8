//! `kern new exercise|program`: annotated starting files with their schema next to them, valid
//! for `kern validate`, never written over an existing file.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use std::path::Path;
use std::process::Output;

use serde_json::Value;
use support::show;

/// `kern --lang en ARGS` with `config` as the config folder and `config/data` as the data folder.
fn kern(config: &Path, args: &[&str]) -> Output {
    support::kern(config, &config.join("data"), args)
        .output()
        .unwrap()
}

/// `kern validate --format json` over the config folder and `paths`.
fn report(config: &Path, paths: &[&str]) -> (Option<i32>, Value) {
    let mut args = vec!["validate", "--format", "json"];
    args.extend(paths);
    let out = kern(config, &args);
    (
        out.status.code(),
        serde_json::from_slice(&out.stdout).unwrap(),
    )
}

fn codes(report: &Value, severity: &str) -> Vec<String> {
    report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["severity"] == severity)
        .map(|d| d["code"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn a_new_exercise_is_a_valid_draft_with_placeholders_to_replace() {
    let config = tempfile::tempdir().unwrap();
    let out = kern(config.path(), &["new", "exercise", "my-bridge"]);
    assert!(out.status.success(), "{}", show(&out));
    let file = config.path().join("exercises/my-bridge.toml");
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(
        text.starts_with("#:schema exercise.schema.json\n"),
        "{text}"
    );
    assert!(text.contains("\ndraft = true\n"));
    assert!(
        config
            .path()
            .join("exercises/exercise.schema.json")
            .is_file()
    );
    // A starting figure beside it, valid as it is (the warnings below are all placeholders).
    let figure =
        std::fs::read_to_string(config.path().join("exercises/figures/my-bridge.toml")).unwrap();
    assert!(
        figure.starts_with("#:schema figure.schema.json\n"),
        "{figure}"
    );
    assert!(figure.contains("format = \"kern.figure/1\""));
    assert!(
        config
            .path()
            .join("exercises/figures/figure.schema.json")
            .is_file()
    );

    let (code, doc) = report(config.path(), &[]);
    assert_eq!(code, Some(0), "{doc:#}");
    assert_eq!(doc["drafts"], 1);
    let warnings = codes(&doc, "warning");
    assert!(!warnings.is_empty());
    assert!(
        warnings.iter().all(|c| c == "diag-placeholder-text"),
        "{warnings:?}"
    );
    let human = kern(config.path(), &["validate"]);
    let text_out = String::from_utf8_lossy(&human.stdout);
    assert!(text_out.contains("One exercise is a draft"), "{text_out}");

    // A draft is listed only with its marker, and never in a program.
    let list = kern(config.path(), &["exercises", "--category", "core"]);
    let listed = String::from_utf8_lossy(&list.stdout).into_owned();
    let line = listed.lines().find(|l| l.contains("my-bridge")).unwrap();
    assert!(line.ends_with("[draft]"), "{listed}");

    // Without `draft = true`, the placeholders left are errors.
    std::fs::write(&file, text.replace("\ndraft = true\n", "\n")).unwrap();
    let (code, doc) = report(config.path(), &[]);
    assert_eq!(code, Some(1));
    assert!(
        codes(&doc, "error")
            .iter()
            .all(|c| c == "diag-placeholder-text")
    );
}

#[test]
fn files_are_never_overwritten_and_ids_are_checked() {
    let config = tempfile::tempdir().unwrap();
    assert!(
        kern(config.path(), &["new", "exercise", "my-bridge"])
            .status
            .success()
    );
    let file = config.path().join("exercises/my-bridge.toml");
    std::fs::write(&file, "mine").unwrap();
    let again = kern(config.path(), &["new", "exercise", "my-bridge"]);
    assert_eq!(again.status.code(), Some(1), "{}", show(&again));
    assert!(String::from_utf8_lossy(&again.stderr).contains("never overwrites"));
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "mine");
    // A shipped id would put a draft in the place of a finished exercise.
    let taken = kern(config.path(), &["new", "exercise", "bird-dog"]);
    assert_eq!(taken.status.code(), Some(1), "{}", show(&taken));
    assert_eq!(
        kern(config.path(), &["new", "program", "Not_Kebab"])
            .status
            .code(),
        Some(2)
    );
    assert!(!config.path().join("programs/Not_Kebab.toml").exists());
}

#[test]
fn a_new_program_is_valid_as_it_is() {
    let config = tempfile::tempdir().unwrap();
    let out = kern(config.path(), &["new", "program", "steady-back"]);
    assert!(out.status.success(), "{}", show(&out));
    let text = std::fs::read_to_string(config.path().join("programs/steady-back.toml")).unwrap();
    assert!(text.starts_with("#:schema program.schema.json\n"));
    assert!(text.contains("step_reps = 2"), "every rule is written out");
    let (code, doc) = report(config.path(), &[]);
    assert_eq!(code, Some(0), "{doc:#}");
    assert_eq!(doc["errors"], 0);
    assert_eq!(doc["warnings"], 0, "{doc:#}");
    let shown = kern(config.path(), &["program", "steady-back", "--json"]);
    let shown: Value = serde_json::from_slice(&shown.stdout).unwrap();
    assert_eq!(shown["origin"], "config");
}

#[test]
fn a_program_copied_from_a_shipped_one_keeps_its_content_and_comments() {
    let config = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let dir_str = dir.path().to_str().unwrap();
    let out = kern(
        config.path(),
        &[
            "new",
            "program",
            "my-pilates",
            "--from",
            "pilates-chronic",
            "--dir",
            dir_str,
        ],
    );
    assert!(out.status.success(), "{}", show(&out));
    let text = std::fs::read_to_string(dir.path().join("my-pilates.toml")).unwrap();
    let shipped = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("programs/pilates-chronic.toml"),
    )
    .unwrap();
    assert!(text.starts_with("#:schema program.schema.json\n"));
    assert!(text.contains("a copy of the shipped program \"pilates-chronic\""));
    // Everything after the schema line is the shipped file, comments included.
    let body = shipped.split_once('\n').unwrap().1;
    assert!(text.ends_with(body), "{text}");
    assert!(dir.path().join("program.schema.json").is_file());
    let (code, doc) = report(config.path(), &[dir_str]);
    assert_eq!(code, Some(0), "{doc:#}");
    let missing = kern(
        config.path(),
        &["new", "program", "x", "--from", "pilates-chronik"],
    );
    assert_eq!(missing.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("pilates-chronic"));
}
