//! Adverse events on the real binary: `kern log --adverse` records one (what, severity, exercise,
//! pain, note, when), says where to turn after a fall or a severe one, refuses what it cannot
//! record, and the entry shows in `kern journal` and `kern report`, in both languages.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use kern::journal::{EntryKind, Journal, Query};
use kern::safety::{AdverseKind, RecordedBy, Severity};
use support::Sandbox;

/// Runs kern (in Dutch when ARGS start with `--lang nl`): exit code, stdout, stderr.
fn run(dir: &Sandbox, args: &[&str]) -> (i32, String, String) {
    dir.outcome_of(args, "")
}

fn adverse(dir: &Sandbox) -> Vec<kern::journal::Entry> {
    Journal::new(&dir.data())
        .load(&Query {
            kinds: vec![EntryKind::AdverseEvent],
            ..Query::default()
        })
        .entries
}

#[test]
fn a_patient_records_a_fall_and_it_shows_in_the_journal_and_the_report() {
    let dir = Sandbox::new();
    run(&dir, &["start", "gentle-start"]);
    let (code, out, err) = run(
        &dir,
        &[
            "log",
            "--adverse",
            "fall",
            "--severity",
            "severe",
            "--exercise",
            "bird-dog",
            "--pain",
            "6",
            "--note",
            "Slipped off the mat",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Recorded: a fall (severe)"), "{out}");
    assert!(out.contains("call 112"), "where to turn: {out}");
    let entries = adverse(&dir);
    assert_eq!(entries.len(), 1);
    let event = entries[0].adverse_event.clone().unwrap();
    assert_eq!(
        (event.what, event.severity, event.recorded_by),
        (AdverseKind::Fall, Severity::Severe, RecordedBy::Patient)
    );
    assert_eq!(event.exercise.as_deref(), Some("bird-dog"));
    assert_eq!(event.pain.map(|p| p.get()), Some(6));
    assert!(
        adverse(&dir).len() == 1
            && Journal::new(&dir.data())
                .load(&Query {
                    kinds: vec![EntryKind::CheckIn],
                    ..Query::default()
                })
                .entries
                .is_empty(),
        "the pain goes with the event, not into a diary entry of its own"
    );

    let (_, journal, _) = run(&dir, &["journal"]);
    assert!(
        journal.contains("a fall (severe), during bird-dog, pain 6/10"),
        "{journal}"
    );
    let (_, report, _) = run(&dir, &["report", "--format", "md"]);
    assert!(report.contains("## Adverse events"), "{report}");
    assert!(
        report.contains("a fall (severe), during Bird-dog, pain 6/10 “Slipped off the mat”"),
        "{report}"
    );
    let (_, rapport, _) = run(&dir, &["--lang", "nl", "report", "--format", "md"]);
    assert!(rapport.contains("## Ongewenste voorvallen"), "{rapport}");
    assert!(rapport.contains("een val (ernstig)"), "{rapport}");
}

#[test]
fn what_cannot_be_recorded_is_refused_with_the_fix() {
    let dir = Sandbox::new();
    let (code, _, err) = run(&dir, &["log", "--adverse", "fall"]);
    assert_eq!(code, 2);
    assert!(err.contains("--severity"), "{err}");
    let (code, _, err) = run(
        &dir,
        &[
            "log",
            "--adverse",
            "fall",
            "--severity",
            "mild",
            "--exercise",
            "bird-dogg",
        ],
    );
    assert_eq!(code, 2);
    assert!(
        err.contains("no exercise 'bird-dogg'") && err.contains("kern exercises"),
        "{err}"
    );
    let (code, _, err) = run(&dir, &["log", "--adverse", "sprain", "--severity", "mild"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("new-symptom"), "the kinds are listed: {err}");
    let (code, _, _) = run(
        &dir,
        &[
            "log",
            "--adverse",
            "fall",
            "--severity",
            "mild",
            "--walked",
            "20",
        ],
    );
    assert_eq!(code, 2, "one kind of entry at a time");
    let (code, _, err) = run(&dir, &["log", "--walked", "20", "--at", "2026-11-24 20:00"]);
    assert_eq!(code, 2);
    assert!(err.contains("--on"), "{err}");
    assert!(adverse(&dir).is_empty());
}
