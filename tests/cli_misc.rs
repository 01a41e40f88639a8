//! The small commands: completions, the man page, `schema --write`, the overview, and `kern`
//! without a terminal pointing to the plain-text coach.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

fn kern(config: &tempfile::TempDir, data: &tempfile::TempDir) -> assert_cmd::Command {
    support::kern(config.path(), data.path(), &[])
}

/// Asks a real bash, with kern's completion script loaded, what TAB offers after `words`.
fn bash_completes(
    config: &tempfile::TempDir,
    data: &tempfile::TempDir,
    words: &str,
) -> Vec<String> {
    let kern = std::path::Path::new(env!("CARGO_BIN_EXE_kern"));
    let bin_dir = kern.parent().unwrap();
    let path = format!(
        "{}:{}",
        bin_dir.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let script = r#"
        source <(kern completions bash)
        read -ra COMP_WORDS <<< "$1"
        [[ "$1" == *" " ]] && COMP_WORDS+=("")
        COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
        COMP_TYPE=9
        _clap_complete_kern kern "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
        printf '%s\n' "${COMPREPLY[@]}"
    "#;
    let out = std::process::Command::new("bash")
        .args(["-c", script, "_", words])
        .env("PATH", path)
        .env("KERN_CONFIG_DIR", config.path())
        .env("KERN_DATA_DIR", data.path())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|line| line.trim().to_owned())
        .filter(|line| !line.is_empty())
        .collect()
}

#[test]
fn bash_completes_commands_program_ids_and_exercise_ids() {
    let (config, data) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    assert_eq!(bash_completes(&config, &data, "kern vali"), ["validate"]);
    assert_eq!(
        bash_completes(&config, &data, "kern start gen"),
        ["gentle-start"]
    );
    let programs = bash_completes(&config, &data, "kern start ");
    assert!(
        programs.contains(&"pilates-chronic".to_owned()),
        "{programs:?}"
    );
    assert!(
        programs.iter().all(|p| !p.contains('.')),
        "file names offered: {programs:?}"
    );
    let exercises = bash_completes(&config, &data, "kern exercise side-pl");
    assert!(
        exercises.contains(&"side-plank".to_owned()),
        "{exercises:?}"
    );
    // A program of the patient's own (config folder) is offered too.
    std::fs::create_dir_all(config.path().join("programs")).unwrap();
    std::fs::copy(
        concat!(env!("CARGO_MANIFEST_DIR"), "/programs/gentle-start.toml"),
        config.path().join("programs/gentle-start-mine.toml"),
    )
    .unwrap();
    let mine = bash_completes(&config, &data, "kern start gentle");
    assert!(mine.contains(&"gentle-start-mine".to_owned()), "{mine:?}");
}

#[test]
fn completion_scripts_for_every_shell_call_kern_back() {
    let (config, data) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let out = kern(&config, &data)
            .args(["completions", shell])
            .output()
            .unwrap();
        assert!(out.status.success(), "{shell}");
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(text.contains("COMPLETE"), "{shell}: {text}");
    }
    kern(&config, &data)
        .args(["completions", "tcsh"])
        .assert()
        .code(2);
}

#[test]
fn help_explains_itself_and_every_command() {
    let (config, data) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    kern(&config, &data)
        .args(["help", "--help"])
        .assert()
        .success();
    let out = kern(&config, &data)
        .args(["help", "program", "export"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("Usage: kern program export"));
    kern(&config, &data)
        .args(["help", "nosuch"])
        .assert()
        .code(2);
}

#[test]
fn the_man_page_is_roff_with_every_command() {
    let (config, data) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let out = kern(&config, &data).arg("man").output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains(".TH KERN 1"),
        "{}",
        &text[..200.min(text.len())]
    );
    assert!(text.contains("validate") && text.contains("schedule"));
    // Rendered by man itself, where it is installed (CI installs man-db).
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("kern.1");
    std::fs::write(&page, &text).unwrap();
    match std::process::Command::new("man")
        .arg("-l")
        .arg(&page)
        .env("MANWIDTH", "80")
        .env("MANPAGER", "cat")
        .output()
    {
        Ok(out) => {
            let shown = String::from_utf8_lossy(&out.stdout);
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
            assert!(shown.contains("kern - a terminal coach"), "{shown}");
            assert!(shown.contains("KERN_DATA_DIR"));
        }
        Err(_) if std::env::var_os("CI").is_none() => {
            eprintln!("note: man is not installed; the page was not rendered");
        }
        Err(err) => panic!("CI needs man (man-db): {err}"),
    }
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
