//! What enters kern from outside is checked at the door, on the real binary: dates outside
//! 1970–2100 on every command and in imports, import files and entries larger than kern reads,
//! ids that cannot be file names everywhere, links out of a program bundle, special files in the
//! journal at backup time, the session in progress in a backup, leftover temporary files, and a
//! program started on a past day.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use std::fs;
use std::path::Path;
use std::time::{Duration, SystemTime};

use chrono::{Days, Local, NaiveDate};
use serde_json::Value;
use support::{Sandbox, show, stderr, stdout};

const RANGE: &str = "1970-01-01 to 2100-12-31";

/// The journal's entry files (none when the folder does not exist).
fn entry_files(data: &Path) -> Vec<String> {
    let mut found = Vec::new();
    for item in walkdir::WalkDir::new(data.join("journal"))
        .into_iter()
        .flatten()
    {
        let name = item.file_name().to_string_lossy().into_owned();
        if item.file_type().is_file() && name.ends_with(".toml") && !name.starts_with('.') {
            found.push(name);
        }
    }
    found
}

#[test]
fn dates_outside_1970_to_2100_are_refused_by_every_command() {
    let sandbox = Sandbox::new();
    let cases: [&[&str]; 12] = [
        &["log", "--pain", "3", "--at", "0001-01-01"],
        &["log", "--pain", "3", "--at", "1969-12-31 23:00"],
        &["log", "--pain", "3", "--at", "9999-12-31T10:00:00+01:00"],
        &["start", "gentle-start", "--on", "9999-12-31"],
        &["start", "gentle-start", "--on", "1900-01-01"],
        &["cleared", "--on", "1900-01-01"],
        &["today", "--date", "2101-01-01"],
        &["session", "--plain", "--date", "1969-12-31"],
        &["schedule", "--from", "0001-01-01"],
        &["report", "--since", "1900-01-01"],
        &["report", "--until", "2101-01-01"],
        &["export", "--since", "1900-01-01"],
    ];
    for args in cases {
        let out = sandbox.run(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", show(&out));
        let err = stderr(&out);
        assert!(err.contains(RANGE), "{args:?}: {err}");
        assert!(err.contains("YYYY-MM-DD"), "how to fix it: {err}");
    }
    assert!(entry_files(&sandbox.data()).is_empty(), "nothing saved");
    let dutch = sandbox
        .kern_lang("nl", &["log", "--pain", "3", "--at", "1900-05-01"])
        .output()
        .unwrap();
    assert_eq!(dutch.status.code(), Some(2));
    assert!(
        stderr(&dutch)
            .contains("valt buiten de datums die kern bijhoudt (1970-01-01 tot 2100-12-31)"),
        "{}",
        show(&dutch)
    );
    let out = sandbox.run(&["log", "--pain", "3", "--at", "1970-01-01 12:00"]);
    assert!(out.status.success(), "the first day: {}", show(&out));
    assert_eq!(entry_files(&sandbox.data()).len(), 1);
    let out = sandbox.run(&["today", "--date", "2100-12-31"]);
    assert!(out.status.success(), "the last day: {}", show(&out));
}

/// The command failed (exit code 1) and said `says` on stderr.
fn assert_refused(out: &std::process::Output, says: &str) {
    assert_eq!(out.status.code(), Some(1), "{}", show(out));
    assert!(stderr(out).contains(says), "{}", show(out));
}

/// An export holding one check-in, as `kern export --format json` writes it.
fn one_entry_export(sandbox: &Sandbox) -> Value {
    let out = sandbox.run(&[
        "log",
        "--pain",
        "4",
        "--at",
        "2026-11-20 08:00",
        "--note",
        "ok",
    ]);
    assert!(out.status.success(), "{}", show(&out));
    let out = sandbox.run(&["export", "--format", "json"]);
    assert!(out.status.success(), "{}", show(&out));
    serde_json::from_slice(&out.stdout).unwrap()
}

/// A copy of `entry` with another id and `at`.
fn variant(entry: &Value, id: &str, at: &str) -> Value {
    let mut entry = entry.clone();
    entry["id"] = Value::from(id);
    entry["at"] = Value::from(at);
    entry
}

/// Writes `entries` as an export file and imports it into a fresh journal.
fn import(entries: Vec<Value>) -> (Sandbox, std::process::Output) {
    let fresh = Sandbox::new();
    let file = fresh.root().join("in.json");
    let doc = serde_json::json!({"format": "kern.journal-export/1", "entries": entries});
    fs::write(&file, serde_json::to_vec(&doc).unwrap()).unwrap();
    let out = fresh.run(&["import", "journal", file.to_str().unwrap()]);
    (fresh, out)
}

#[test]
fn an_import_refuses_entries_dated_outside_the_range_and_ids_that_cannot_be_file_names() {
    let source = Sandbox::new();
    let export = one_entry_export(&source);
    let good = export["entries"][0].clone();
    let entries = vec![
        good.clone(),
        variant(
            &good,
            "-0044-03-15T1200-check-in-caesar",
            "-0044-03-15T12:00:00Z",
        ),
        variant(
            &good,
            "1900-01-01T1200-check-in-old001",
            "1900-01-01T12:00:00Z",
        ),
        variant(&good, "CON", "2026-11-21T08:00:00Z"),
        variant(&good, "nul", "2026-11-21T08:00:00Z"),
        variant(&good, "-rf", "2026-11-21T08:00:00Z"),
    ];
    let (fresh, out) = import(entries);
    assert_eq!(out.status.code(), Some(1), "{}", show(&out));
    let err = stderr(&out);
    assert_eq!(err.matches(RANGE).count(), 2, "{err}");
    assert!(
        err.contains("'CON' cannot be a file name: Windows keeps"),
        "{err}"
    );
    assert!(
        err.contains("'nul' cannot be a file name: Windows keeps"),
        "{err}"
    );
    assert!(
        err.contains("'-rf' cannot be a file name: it starts with '-'"),
        "{err}"
    );
    assert_eq!(
        entry_files(&fresh.data()),
        vec![format!("{}.toml", good["id"].as_str().unwrap())]
    );
    let journal = fresh.run(&["journal", "--json"]);
    assert!(journal.status.success(), "{}", show(&journal));
}

#[test]
fn an_entry_too_large_to_read_back_is_never_added() {
    let source = Sandbox::new();
    let export = one_entry_export(&source);
    let mut big = export["entries"][0].clone();
    big["check_in"]["note"] = Value::from("x".repeat(5 * 1024 * 1024));
    let (fresh, out) = import(vec![big]);
    assert_refused(&out, "more than kern reads back (1048576 bytes)");
    assert!(entry_files(&fresh.data()).is_empty());
}

#[test]
fn import_files_are_checked_before_they_are_read() {
    let sandbox = Sandbox::new();
    let out = sandbox.run(&["import", "journal", "/dev/zero"]);
    assert_refused(&out, "is not a regular file");

    let folder = sandbox.root().join("folder");
    fs::create_dir(&folder).unwrap();
    let out = sandbox.run(&["import", "journal", folder.to_str().unwrap()]);
    assert_refused(&out, "is not a regular file");

    // A sparse file: large on paper, nothing to read. Refused by its size alone.
    let huge = sandbox.root().join("huge.json");
    fs::File::create(&huge)
        .unwrap()
        .set_len(64 * 1024 * 1024 + 1)
        .unwrap();
    let out = sandbox.run(&["import", "journal", huge.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1), "{}", show(&out));
    let err = stderr(&out);
    assert!(
        err.contains("is 67108865 bytes; kern imports export files of at most 67108864 bytes"),
        "{err}"
    );
    assert!(err.contains("kern export --since"), "how to fix it: {err}");

    let fifo = sandbox.root().join("pipe.json");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let pipe = fifo.to_str().unwrap();
    for args in [&["import", "journal", pipe][..], &["restore", pipe][..]] {
        let out = sandbox
            .kern(args)
            .timeout(Duration::from_secs(60))
            .output()
            .unwrap();
        assert_eq!(
            out.status.code(),
            Some(1),
            "a pipe is never opened: {}",
            show(&out)
        );
    }

    let out = sandbox.run(&["restore", "/dev/zero"]);
    assert_refused(&out, "not a regular file");
    assert!(entry_files(&sandbox.data()).is_empty());
}

#[test]
fn new_content_with_a_reserved_or_option_like_id_is_refused() {
    let sandbox = Sandbox::new();
    for (kind, id, says) in [
        ("exercise", "con", "Windows keeps"),
        ("program", "com1", "Windows keeps"),
        ("exercise", "aux", "Windows keeps"),
    ] {
        let out = sandbox.run(&["new", kind, id]);
        assert_eq!(out.status.code(), Some(2), "{}", show(&out));
        let err = stderr(&out);
        assert!(
            err.contains(&format!("'{id}' cannot be a file name")),
            "{err}"
        );
        assert!(
            err.contains(says) && err.contains("choose another id"),
            "{err}"
        );
    }
    let dirs = ["exercises", "programs"].map(|d| sandbox.config().join(d));
    assert!(
        dirs.iter()
            .all(|d| !d.exists() || fs::read_dir(d).unwrap().count() == 0)
    );
}

#[test]
fn doctor_lists_old_temporary_files_and_repair_removes_only_those() {
    let sandbox = Sandbox::new();
    let out = sandbox.run(&["log", "--pain", "2", "--at", "2026-11-20 08:00"]);
    assert!(out.status.success(), "{}", show(&out));
    let month = sandbox.data().join("journal/2026/11");
    let old = month.join(".tmp-old123.toml");
    let young = month.join(".tmp-new456.toml");
    let mine = month.join("my-notes.txt");
    for path in [&old, &young, &mine] {
        fs::write(path, "half").unwrap();
    }
    let two_hours_ago = SystemTime::now() - Duration::from_secs(2 * 3600);
    fs::File::options()
        .write(true)
        .open(&old)
        .unwrap()
        .set_modified(two_hours_ago)
        .unwrap();

    let out = sandbox.run(&["doctor"]);
    let text = stdout(&out);
    assert!(
        text.contains(".tmp-old123.toml") && text.contains(".tmp-new456.toml"),
        "{text}"
    );
    assert!(text.contains("kern doctor --repair"), "{text}");
    assert!(
        old.exists() && young.exists(),
        "doctor alone removes nothing"
    );

    let out = sandbox.run(&["doctor", "--repair"]);
    assert!(out.status.success(), "{}", show(&out));
    let text = stdout(&out);
    assert!(
        text.contains(&format!("Removed {}", old.display())),
        "{text}"
    );
    assert!(
        text.contains("Removed 1 temporary file older than an hour."),
        "{text}"
    );
    assert!(!old.exists());
    assert!(
        young.exists() && mine.exists(),
        "younger and foreign files stay"
    );
    assert_eq!(entry_files(&sandbox.data()).len(), 1, "the entry stays");
}

/// `kern today --json --date DATE`.
fn today(sandbox: &Sandbox, date: NaiveDate) -> Value {
    let out = sandbox.run(&["today", "--json", "--date", &date.to_string()]);
    assert!(out.status.success(), "{}", show(&out));
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn a_program_started_on_a_past_day_is_followed_from_that_day() {
    let sandbox = Sandbox::new();
    let start = Local::now().date_naive() - Days::new(20);
    let out = sandbox.run(&["start", "gentle-start", "--on", &start.to_string()]);
    assert!(out.status.success(), "{}", show(&out));

    let out = sandbox.run(&["schedule", "--json", "--from", &start.to_string()]);
    assert!(out.status.success(), "{}", show(&out));
    let schedule: Value = serde_json::from_slice(&out.stdout).unwrap();
    let first = &schedule["sessions"][0];
    assert_eq!(first["date"], start.to_string(), "{schedule:#}");
    assert_eq!(first["number"], 1);

    let day = today(&sandbox, start);
    assert_eq!(day["status"], "session-due", "{day:#}");
    assert_eq!(day["date"], start.to_string());
    let before = today(&sandbox, start - Days::new(1));
    assert_eq!(before["status"], "not-enrolled", "{before:#}");

    // The session on that day runs (11 'no' to the safety questions, then the check-in); its
    // input ends at the first set, so it is saved as a partial session of that day.
    let answers = format!("{}3\n3\n", "n\n".repeat(11));
    let out = sandbox
        .kern(&[
            "session",
            "--plain",
            "--no-wait",
            "--date",
            &start.to_string(),
        ])
        .write_stdin(answers)
        .timeout(Duration::from_secs(60))
        .output()
        .unwrap();
    let text = stdout(&out);
    assert!(!text.contains("do not follow a program"), "{}", show(&out));
    let journal = sandbox.run(&["journal", "--json"]);
    let doc: Value = serde_json::from_slice(&journal.stdout).unwrap();
    let sessions: Vec<&Value> = doc["entries"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["kind"] == "session")
        .collect();
    assert_eq!(sessions.len(), 1, "{doc:#}");
    assert_eq!(sessions[0]["session"]["planned_date"], start.to_string());
}

#[test]
fn a_switch_started_on_a_past_day_takes_over_from_that_day_only() {
    let sandbox = Sandbox::new();
    let first = Local::now().date_naive() - Days::new(30);
    let switch = first + Days::new(14);
    let out = sandbox.run(&["start", "gentle-start", "--on", &first.to_string()]);
    assert!(out.status.success(), "{}", show(&out));
    // kern records moments to the second: the switch is written in a later second, as a person
    // would.
    std::thread::sleep(Duration::from_millis(1100));
    let out = sandbox.run(&["start", "core-hip-strength", "--on", &switch.to_string()]);
    assert!(out.status.success(), "{}", show(&out));
    // The first line of `kern today`: "DATE · PROGRAM · n of N sessions done".
    let program = |date: NaiveDate| {
        let out = sandbox.run(&["today", "--date", &date.to_string()]);
        assert!(out.status.success(), "{}", show(&out));
        stdout(&out).lines().next().unwrap_or_default().to_owned()
    };
    assert!(program(first + Days::new(3)).contains(" · Gentle start · "));
    assert!(program(switch - Days::new(1)).contains(" · Gentle start · "));
    assert!(program(switch).contains(" · Trunk and hip strength · "));
    assert!(program(switch + Days::new(2)).contains(" · Trunk and hip strength · "));
}

#[test]
fn a_bundle_link_to_a_file_outside_it_is_refused_without_reading_it() {
    let sandbox = Sandbox::new();
    let bundle = sandbox.root().join("bundle");
    let out = sandbox.run(&[
        "program",
        "export",
        "gentle-start",
        "--out",
        bundle.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", show(&out));
    let secret = sandbox.root().join("secret.toml");
    fs::write(&secret, "SECRET-FIRST-LINE = 1\nroot:x:0:0\n").unwrap();
    let link = bundle.join("exercises/stolen.toml");
    std::os::unix::fs::symlink(&secret, &link).unwrap();
    let outside_dir = sandbox.root().join("elsewhere");
    fs::create_dir(&outside_dir).unwrap();
    fs::write(outside_dir.join("more.toml"), "SECRET-IN-FOLDER = 2\n").unwrap();
    std::os::unix::fs::symlink(&outside_dir, bundle.join("programs/linked")).unwrap();

    let out = sandbox.run(&["program", "install", bundle.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1), "{}", show(&out));
    let all = show(&out);
    assert!(
        all.contains("stolen.toml") && all.contains("programs/linked"),
        "{all}"
    );
    assert!(
        all.contains("symbolic link to a place outside the folder"),
        "{all}"
    );
    assert!(!all.contains("SECRET") && !all.contains("root:x"), "{all}");
    assert!(!sandbox.config().join("exercises/stolen.toml").exists());
    assert!(
        !sandbox.config().join("programs/gentle-start.toml").exists(),
        "nothing installed"
    );
}

#[test]
fn a_backup_names_special_files_and_keeps_the_session_in_progress() {
    let sandbox = Sandbox::new();
    let out = sandbox.run(&["log", "--pain", "2", "--at", "2026-11-20 08:00"]);
    assert!(out.status.success(), "{}", show(&out));
    let month = sandbox.data().join("journal/2026/11");
    let fifo = month.join("2026-11-21T0800-check-in-fifo01.toml");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let folder = month.join("2026-11-21T0900-check-in-fold01.toml");
    fs::create_dir(&folder).unwrap();
    let checkpoint = sandbox.data().join("in-progress/session.toml");
    fs::create_dir_all(checkpoint.parent().unwrap()).unwrap();
    fs::write(&checkpoint, CHECKPOINT).unwrap();
    let doctor = sandbox.run(&["doctor"]);
    assert!(
        stdout(&doctor).contains("A session of gentle-start is in progress"),
        "{}",
        show(&doctor)
    );

    for name in ["b.tar", "b"] {
        let out_path = sandbox.root().join(name);
        let out = sandbox
            .kern(&["backup", "--out", out_path.to_str().unwrap()])
            .timeout(Duration::from_secs(60))
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", show(&out));
        let err = stderr(&out);
        for skipped in [&fifo, &folder] {
            assert!(
                err.contains(&format!("Left out {}", skipped.display())),
                "{err}"
            );
        }
        assert!(
            stdout(&out).contains("The session in progress is in the backup too"),
            "{}",
            show(&out)
        );

        let fresh = Sandbox::new();
        let out = fresh.run(&["restore", out_path.to_str().unwrap()]);
        assert!(out.status.success(), "{}", show(&out));
        assert!(
            stdout(&out).contains("The session in progress from the backup is back"),
            "{}",
            show(&out)
        );
        assert_eq!(
            fs::read_to_string(fresh.data().join("in-progress/session.toml")).unwrap(),
            CHECKPOINT
        );
        assert_eq!(entry_files(&fresh.data()).len(), 1);
        let again = fresh.run(&["restore", out_path.to_str().unwrap()]);
        assert!(
            stdout(&again).contains("one is in progress here already"),
            "{}",
            show(&again)
        );
    }
    let names: Vec<String> = fs::read_dir(sandbox.root())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".tmp-"))
        .collect();
    assert!(names.is_empty(), "no temporary backup left: {names:?}");
}

/// A session in progress, as the coach saves it after the first set.
const CHECKPOINT: &str = r#"format = "kern.checkpoint/1"
saved_at = "2026-11-20T18:05:00+01:00"
next_step = 1

[session]
program = "gentle-start"
program_version = 1
phase = 1
planned_date = "2026-11-20"
status = "partial"
started_at = "2026-11-20T18:00:00+01:00"
ended_at = "2026-11-20T18:05:00+01:00"
active_seconds = 120
exercises = []
decisions = []
"#;
