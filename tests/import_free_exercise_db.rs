//! `kern import free-exercise-db`: the whole public-domain file (873 exercises, from the shared
//! data folder beside the repository) becomes 873 drafts that `kern validate` accepts with
//! warnings; drafts are listed only with their marker and refused in a program. A committed
//! sample (tests/data/) checks the same without the shared folder.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use std::path::{Path, PathBuf};
use std::process::Output;

use kern::model::{Category, DoseKind, Equipment, Exercise, Position};
use serde_json::Value;
use support::show;

/// `kern --lang en ARGS` with `config` as the config folder and `config/data` as the data folder.
fn kern(config: &Path, args: &[&str]) -> Output {
    support::kern(config, &config.join("data"), args)
        .output()
        .unwrap()
}

/// The full source file: `../shared/data/` beside the repository. Missing, it fails on CI (which
/// provides it) and skips elsewhere.
fn full_source() -> Option<PathBuf> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/free-exercise-db.json");
    if path.is_file() {
        return Some(path);
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "{} is missing; CI must provide ../shared/data beside the repository",
        path.display()
    );
    eprintln!(
        "note: skipped, {} is missing (this test fails when CI is set)",
        path.display()
    );
    None
}

fn sample() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/free-exercise-db-sample.json")
}

fn exercise(dir: &Path, id: &str) -> Exercise {
    toml::from_str(&std::fs::read_to_string(dir.join(format!("{id}.toml"))).unwrap()).unwrap()
}

fn toml_files(dir: &Path) -> usize {
    std::fs::read_dir(dir)
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .path()
                .extension()
                .is_some_and(|x| x == "toml")
        })
        .count()
}

fn validate_json(config: &Path, dir: &Path) -> Value {
    let out = kern(
        config,
        &["validate", "--format", "json", dir.to_str().unwrap()],
    );
    assert_eq!(out.status.code(), Some(0), "{}", show(&out));
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn all_873_exercises_import_as_valid_drafts() {
    let Some(source) = full_source() else {
        return;
    };
    let config = tempfile::tempdir().unwrap();
    let out_dir = tempfile::tempdir().unwrap();
    let out_str = out_dir.path().to_str().unwrap();
    let source_str = source.to_str().unwrap();
    let out = kern(
        config.path(),
        &["import", "free-exercise-db", source_str, "--out", out_str],
    );
    assert!(out.status.success(), "{}", show(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("Wrote 873 draft exercises"));
    assert_eq!(toml_files(out_dir.path()), 873);
    assert!(out_dir.path().join("exercise.schema.json").is_file());

    let human = kern(config.path(), &["validate", out_str]);
    assert_eq!(human.status.code(), Some(0), "{}", show(&human));
    let text = String::from_utf8_lossy(&human.stdout);
    assert!(text.contains("no errors"), "{}", show(&human));
    assert!(
        text.contains("873 exercises are drafts"),
        "{}",
        show(&human)
    );
    let report = validate_json(config.path(), out_dir.path());
    assert_eq!(report["errors"], 0);
    assert_eq!(report["drafts"], 873);

    // Spot checks of the mapping.
    let sit_up = exercise(out_dir.path(), "3-4-sit-up");
    assert!(sit_up.draft);
    assert_eq!(
        (sit_up.category, sit_up.level, sit_up.position),
        (Category::Core, 2, Position::Supine)
    );
    assert_eq!(sit_up.equipment, [Equipment::Mat]);
    assert_eq!(sit_up.name.nl, None);
    let curl = exercise(out_dir.path(), "ez-bar-curl");
    assert_eq!(curl.equipment, [Equipment::Barbell]);
    assert_eq!(curl.category, Category::Functional);
    let bike = exercise(out_dir.path(), "bicycling");
    assert_eq!(
        (bike.category, bike.dose.kind),
        (Category::Aerobic, DoseKind::Timed)
    );
    let stretch = exercise(out_dir.path(), "adductor");
    assert_eq!(
        (stretch.category, stretch.dose.kind),
        (Category::Mobility, DoseKind::Hold)
    );
    assert_eq!(stretch.equipment, [Equipment::FoamRoller]);
    // Shipped ids are never taken by a draft.
    let plank = std::fs::read_to_string(out_dir.path().join("plank-imported.toml")).unwrap();
    assert!(plank.contains("The Unlicense") && plank.contains("Images are missing"));
    assert!(!out_dir.path().join("plank.toml").exists());

    // A second run keeps every file and says so.
    let before = std::fs::read_to_string(out_dir.path().join("3-4-sit-up.toml")).unwrap();
    let again = kern(
        config.path(),
        &["import", "free-exercise-db", source_str, "--out", out_str],
    );
    assert!(again.status.success(), "{}", show(&again));
    let again_text = String::from_utf8_lossy(&again.stdout);
    assert!(
        again_text.contains("Wrote 0 draft exercises"),
        "{again_text}"
    );
    assert!(again_text.contains("skipped 873"), "{again_text}");
    let after = std::fs::read_to_string(out_dir.path().join("3-4-sit-up.toml")).unwrap();
    assert_eq!(before, after);
}

#[test]
fn filters_use_the_source_values() {
    let Some(source) = full_source() else {
        return;
    };
    let config = tempfile::tempdir().unwrap();
    let out_dir = tempfile::tempdir().unwrap();
    let out = kern(
        config.path(),
        &[
            "import",
            "free-exercise-db",
            source.to_str().unwrap(),
            "--out",
            out_dir.path().to_str().unwrap(),
            "--category",
            "stretching",
            "--level",
            "beginner",
        ],
    );
    assert!(out.status.success(), "{}", show(&out));
    let count = toml_files(out_dir.path());
    assert!(count > 50 && count < 123, "{count}");
    let none = kern(
        config.path(),
        &[
            "import",
            "free-exercise-db",
            source.to_str().unwrap(),
            "--out",
            out_dir.path().to_str().unwrap(),
            "--category",
            "juggling",
        ],
    );
    assert_eq!(none.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&none.stderr).contains("olympic weightlifting"));
}

#[test]
fn drafts_are_marked_in_the_list_and_refused_in_a_program() {
    let config = tempfile::tempdir().unwrap();
    let exercises = config.path().join("exercises");
    let out = kern(
        config.path(),
        &[
            "import",
            "free-exercise-db",
            sample().to_str().unwrap(),
            "--out",
            exercises.to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "{}", show(&out));
    assert_eq!(toml_files(&exercises), 5);
    let report = validate_json(config.path(), &exercises);
    assert_eq!(report["drafts"], 5);

    // `kern exercises` shows drafts, always with the [draft] marker; shipped ones have none.
    let list = kern(config.path(), &["exercises"]);
    let listed = String::from_utf8_lossy(&list.stdout).into_owned();
    let line_of = |id: &str| {
        listed
            .lines()
            .find(|l| l.trim_start().starts_with(&format!("{id} ")))
            .unwrap_or_else(|| panic!("{id} not listed:\n{listed}"))
            .to_owned()
    };
    for id in ["3-4-sit-up", "bicycling", "plank-imported"] {
        assert!(line_of(id).ends_with("[draft]"), "{listed}");
    }
    assert!(!line_of("bird-dog").contains("[draft]"));

    // A program may not use a draft.
    let programs = config.path().join("programs");
    std::fs::create_dir_all(&programs).unwrap();
    let shipped = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("programs/back-to-activity.toml"),
    )
    .unwrap();
    std::fs::write(
        programs.join("with-a-draft.toml"),
        shipped.replacen("exercise = \"cat-camel\"", "exercise = \"bicycling\"", 1),
    )
    .unwrap();
    let out = kern(config.path(), &["validate"]);
    assert_eq!(out.status.code(), Some(1), "{}", show(&out));
    assert!(
        String::from_utf8_lossy(&out.stdout)
            .contains("'bicycling' is a draft and cannot be part of a program"),
        "{}",
        show(&out)
    );
}
