//! The small commands: completions, the man page, `schema --write`, the overview, and `kern`
//! without a terminal pointing to the plain-text coach.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use assert_cmd::cargo::cargo_bin_cmd;

fn kern(config: &tempfile::TempDir, data: &tempfile::TempDir) -> assert_cmd::Command {
    let mut cmd = cargo_bin_cmd!("kern");
    cmd.env("KERN_CONFIG_DIR", config.path())
        .env("KERN_DATA_DIR", data.path())
        .arg("--lang")
        .arg("en");
    cmd
}

#[test]
fn completions_cover_the_commands_in_every_shell() {
    let (config, data) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    for shell in ["bash", "zsh", "fish"] {
        let out = kern(&config, &data)
            .args(["completions", shell])
            .output()
            .unwrap();
        assert!(out.status.success(), "{shell}");
        let text = String::from_utf8(out.stdout).unwrap();
        for command in ["validate", "session", "journal", "export"] {
            assert!(text.contains(command), "{shell} completion lacks {command}");
        }
    }
    kern(&config, &data)
        .args(["completions", "tcsh"])
        .assert()
        .code(2);
}

#[test]
fn the_man_page_is_roff_with_every_command() {
    let (config, data) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let out = kern(&config, &data).arg("man").output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains(".TH kern 1"),
        "{}",
        &text[..200.min(text.len())]
    );
    assert!(text.contains("validate") && text.contains("schedule"));
}

#[test]
fn schema_write_lists_the_known_exercises_as_ladder_values() {
    let (config, data) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let out_dir = tempfile::tempdir().unwrap();
    kern(&config, &data)
        .args(["schema", "--write"])
        .arg(out_dir.path())
        .assert()
        .success();
    let exercise: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(out_dir.path().join("exercise.schema.json")).unwrap(),
    )
    .unwrap();
    let allowed = exercise["definitions"]["Ladder"]["properties"]["harder"]["enum"]
        .as_array()
        .unwrap();
    assert!(allowed.iter().any(|v| v == "bird-dog"));
    assert!(allowed.len() >= 30);
    for kind in ["program", "education", "references"] {
        assert!(out_dir.path().join(format!("{kind}.schema.json")).exists());
    }
    kern(&config, &data).arg("schema").assert().code(2);
}

#[test]
fn without_a_terminal_kern_points_to_the_plain_coach() {
    let (config, data) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let out = kern(&config, &data).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("kern session --plain"));
    let overview = kern(&config, &data).arg("overview").output().unwrap();
    assert!(overview.status.success());
    let text = String::from_utf8(overview.stdout).unwrap();
    assert!(text.contains("not a diagnosis"), "the safety note is shown");
    assert!(
        text.contains("31 exercises") || text.contains("exercises"),
        "{text}"
    );
}
