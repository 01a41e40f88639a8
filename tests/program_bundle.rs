//! Sharing programs: `kern program export` writes a bundle (the program, every exercise it can
//! reach, the references they cite, a README), `kern program install` checks it against the
//! shipped set and copies it into the config folder; `kern program ID` still shows a program.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use std::path::{Path, PathBuf};
use std::process::Output;

use serde_json::Value;
use support::{show, stdout};

/// Runs kern in English with `config` as the config folder; the journal goes to a folder of its
/// own (never inside `config`, which may be the repository's tests/valid).
fn kern(config: &Path, args: &[&str]) -> Output {
    let data = tempfile::tempdir().unwrap();
    support::kern(config, data.path(), args).output().unwrap()
}

fn path_str(path: &Path) -> &str {
    path.to_str().unwrap()
}

fn program_origin(config: &Path, args: &[&str]) -> String {
    let out = kern(config, args);
    assert!(out.status.success(), "{}", show(&out));
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    doc["origin"].as_str().unwrap().to_owned()
}

#[test]
fn a_shipped_program_goes_round_trip_into_an_empty_config_folder() {
    let work = tempfile::tempdir().unwrap();
    let exporter = work.path().join("exporter");
    let bundle = work.path().join("bundle");
    let out = kern(
        &exporter,
        &[
            "program",
            "export",
            "back-to-activity",
            "--out",
            path_str(&bundle),
        ],
    );
    assert!(out.status.success(), "{}", show(&out));
    assert!(stdout(&out).contains("Exported program 'back-to-activity'"));
    for file in [
        "README.txt",
        "references.toml",
        "programs/back-to-activity.toml",
        "programs/program.schema.json",
        "exercises/exercise.schema.json",
        // named in the phases ...
        "exercises/bird-dog.toml",
        "exercises/brisk-walking.toml",
        // ... and the rungs of their ladders the progression can reach
        "exercises/quadruped-lift.toml",
        "exercises/single-leg-bridge.toml",
    ] {
        assert!(bundle.join(file).is_file(), "{file} is missing");
    }
    let program = std::fs::read_to_string(bundle.join("programs/back-to-activity.toml")).unwrap();
    assert!(program.starts_with("#:schema program.schema.json\n"));
    let readme = std::fs::read_to_string(bundle.join("README.txt")).unwrap();
    assert!(readme.contains("kern program install") && readme.contains("Terug in actie"));

    // Never over an existing folder's content.
    let again = kern(
        &exporter,
        &[
            "program",
            "export",
            "back-to-activity",
            "--out",
            path_str(&bundle),
        ],
    );
    assert_eq!(again.status.code(), Some(1), "{}", show(&again));

    // The bundle is valid on its own, beside the shipped set.
    let valid = kern(&exporter, &["validate", path_str(&bundle)]);
    assert!(valid.status.success(), "{}", show(&valid));

    // Installed into an empty config folder: the program is new; exercises the same as kern's
    // shipped ones are not copied, so that they keep following kern's own.
    let config = work.path().join("config");
    let out = kern(&config, &["program", "install", path_str(&bundle)]);
    assert!(out.status.success(), "{}", show(&out));
    let text = stdout(&out);
    let program_added = "adds       programs/back-to-activity.toml (in place of the shipped one)";
    assert!(text.contains(program_added), "{text}");
    assert!(
        text.contains("shipped    exercises/quadruped-lift.toml"),
        "{text}"
    );
    assert!(!text.contains("replaces"), "{text}");
    assert!(config.join("programs/back-to-activity.toml").is_file());
    assert!(config.join("programs/program.schema.json").is_file());
    assert!(!config.join("exercises/quadruped-lift.toml").exists());
    let valid = kern(&config, &["validate"]);
    assert!(valid.status.success(), "{}", show(&valid));
    assert!(stdout(&valid).contains("no errors"), "{}", show(&valid));

    // `kern program ID` (and `kern program show ID`) find it in the config folder.
    assert_eq!(
        program_origin(&config, &["program", "back-to-activity", "--json"]),
        "config"
    );
    assert_eq!(
        program_origin(&config, &["program", "show", "back-to-activity", "--json"]),
        "config"
    );
    let shown = kern(&config, &["program", "back-to-activity"]);
    assert!(
        stdout(&shown).contains("Back to activity"),
        "{}",
        show(&shown)
    );

    // A changed bundle: the program is replaced, a changed exercise is added in place of the
    // shipped one; installed again, both are unchanged.
    let bundled = bundle.join("programs/back-to-activity.toml");
    let version = program
        .lines()
        .find_map(|l| l.strip_prefix("version = "))
        .unwrap();
    let next = version.parse::<u32>().unwrap() + 1;
    let changed = program.replacen(
        &format!("\nversion = {version}\n"),
        &format!("\nversion = {next}\n"),
        1,
    );
    assert_ne!(changed, program, "the version was raised");
    std::fs::write(&bundled, &changed).unwrap();
    let bird_dog = bundle.join("exercises/bird-dog.toml");
    let exercise = std::fs::read_to_string(&bird_dog).unwrap();
    std::fs::write(
        &bird_dog,
        exercise.replacen("\nreps = 6\n", "\nreps = 8\n", 1),
    )
    .unwrap();
    let out = kern(&config, &["program", "install", path_str(&bundle)]);
    assert!(out.status.success(), "{}", show(&out));
    let text = stdout(&out);
    assert!(
        text.contains("replaces   programs/back-to-activity.toml"),
        "{text}"
    );
    let exercise_added = "adds       exercises/bird-dog.toml (in place of the shipped one)";
    assert!(text.contains(exercise_added), "{text}");
    let out = kern(&config, &["program", "install", path_str(&bundle)]);
    let text = stdout(&out);
    assert!(
        text.contains("unchanged  programs/back-to-activity.toml"),
        "{text}"
    );
    assert!(
        text.contains("unchanged  exercises/bird-dog.toml"),
        "{text}"
    );
    assert!(config.join("exercises/exercise.schema.json").is_file());
    let valid = kern(&config, &["validate"]);
    assert!(valid.status.success(), "{}", show(&valid));

    // A bundle with an error is refused, and nothing changes.
    std::fs::write(&bundled, changed.replacen("weeks = 6", "weeks = 0", 1)).unwrap();
    let out = kern(&config, &["program", "install", path_str(&bundle)]);
    assert_eq!(out.status.code(), Some(1), "{}", show(&out));
    assert!(String::from_utf8_lossy(&out.stderr).contains("Not installed"));
    let installed = std::fs::read_to_string(config.join("programs/back-to-activity.toml")).unwrap();
    assert!(
        installed.contains(&format!("\nversion = {next}\n")) && installed.contains("weeks = 6")
    );
}

fn valid_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/valid")
}

#[test]
fn a_therapists_own_exercises_and_references_travel_with_the_program() {
    let work = tempfile::tempdir().unwrap();
    let bundle = work.path().join("bundle");
    // tests/valid is a therapist's config folder: their own program, exercise and reference.
    let out = kern(
        &valid_root(),
        &[
            "program",
            "export",
            "steady-core",
            "--out",
            path_str(&bundle),
        ],
    );
    assert!(out.status.success(), "{}", show(&out));
    // swimming (their own version) leads up the ladder to their bird-dog-band.
    assert!(bundle.join("exercises/bird-dog-band.toml").is_file());
    let references = std::fs::read_to_string(bundle.join("references.toml")).unwrap();
    assert!(references.contains("practice-protocol-2024"));

    let config = work.path().join("config");
    let out = kern(&config, &["program", "install", path_str(&bundle)]);
    assert!(out.status.success(), "{}", show(&out));
    assert!(
        stdout(&out).contains("References: 1 added"),
        "{}",
        show(&out)
    );
    let valid = kern(&config, &["validate", "--format", "json"]);
    assert!(valid.status.success(), "{}", show(&valid));
    let report: Value = serde_json::from_slice(&valid.stdout).unwrap();
    assert_eq!(report["errors"], 0);
    assert_eq!(
        program_origin(&config, &["program", "steady-core", "--json"]),
        "config"
    );
    // Installing again adds no reference twice.
    let out = kern(&config, &["program", "install", path_str(&bundle)]);
    assert!(
        stdout(&out).contains("References: 0 added"),
        "{}",
        show(&out)
    );
    let valid = kern(&config, &["validate"]);
    assert!(valid.status.success(), "{}", show(&valid));
}

#[test]
fn program_without_an_id_or_command_is_a_usage_error() {
    let config = tempfile::tempdir().unwrap();
    assert_eq!(kern(config.path(), &["program"]).status.code(), Some(2));
    let out = kern(config.path(), &["program", "no-such-program"]);
    assert_eq!(out.status.code(), Some(1));
    let out = kern(config.path(), &["program", "install", "/no/such/folder"]);
    assert_eq!(out.status.code(), Some(1));
}
