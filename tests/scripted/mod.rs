//! A scripted journal for the export tests: diary entries written by the real binary
//! (`kern log`), and the library's sample journal (enrolment, red-flag screen, check-ins with a
//! next-morning answer, a session, function scores, a global rating, a corrected diary entry)
//! written with the library. Also the check for the Python tools the tests read exports
//! back with.

#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use std::process::Command;

use kern::journal::Journal;
use kern::journal::export::sample;

/// `kern` with its folders inside `dir` and English messages.
pub fn kern(dir: &Path) -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::cargo_bin("kern").unwrap();
    cmd.env("KERN_DATA_DIR", dir.join("data"))
        .env("KERN_CONFIG_DIR", dir.join("config"))
        .env("KERN_LANG", "en")
        .env_remove("NO_COLOR");
    cmd
}

/// The diary entries logged through the binary: (pain, average, note, moment).
pub const LOGGED: [(&str, Option<&str>, Option<&str>, &str); 3] = [
    ("4", Some("3"), None, "2026-11-04T08:00:00+01:00"),
    (
        "6",
        None,
        Some("stiff after cycling; \"sore\", ü"),
        "2026-11-05T21:15:00+01:00",
    ),
    (
        "2",
        Some("2"),
        Some("-better today"),
        "2026-11-08T07:45:00+01:00",
    ),
];

/// Writes the scripted journal into `<dir>/data` and returns how many entries it holds.
pub fn write_journal(dir: &Path) -> usize {
    for (pain, avg, note, at) in LOGGED {
        let mut cmd = kern(dir);
        cmd.args(["log", "--pain", pain, "--at", at]);
        if let Some(avg) = avg {
            cmd.args(["--avg", avg]);
        }
        if let Some(note) = note {
            cmd.arg(format!("--note={note}"));
        }
        cmd.assert().success();
    }
    let journal = Journal::new(&dir.join("data"));
    let written = sample::journal();
    for entry in &written {
        journal.write(entry).unwrap();
    }
    LOGGED.len() + written.len()
}

/// Whether `python3` can import `module`. When it cannot: with `CI` set this fails the test;
/// otherwise it prints a note and the caller skips the check.
pub fn python_has(module: &str) -> bool {
    let ok = Command::new("python3")
        .args(["-c", &format!("import {module}")])
        .output()
        .is_ok_and(|out| out.status.success());
    if !ok {
        let note = format!(
            "python3 with '{module}' is not available (pip install -r .ci/requirements.txt)"
        );
        if std::env::var_os("CI").is_some() {
            panic!("{note}; CI needs it");
        }
        eprintln!("note: {note}; skipping the Python check");
    }
    ok
}

/// Runs a Python script with arguments; returns its standard output, or panics with its errors.
pub fn python(script: &str, args: &[&str]) -> String {
    let out = Command::new("python3")
        .arg("-c")
        .arg(script)
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "python failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}
