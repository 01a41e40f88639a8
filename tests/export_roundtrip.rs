//! Round trips through the real binary: `kern export --format json` → `kern import journal` into
//! an empty data folder → the same export, byte for byte; and `kern backup` → `kern restore`, as a
//! .tar archive and as a folder. Nothing already in a journal is ever overwritten.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod scripted;

use std::path::Path;

use predicates::str::contains;
use scripted::{kern, write_journal};

fn json_export(dir: &Path) -> Vec<u8> {
    let out = kern(dir)
        .args(["export", "--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    out.stdout
}

#[test]
fn export_then_import_into_an_empty_journal_gives_the_same_export() {
    let source = tempfile::tempdir().unwrap();
    let count = write_journal(source.path());
    let first = json_export(source.path());
    let text = String::from_utf8(first.clone()).unwrap();
    assert!(text.starts_with("{\n  \"format\": \"kern.journal-export/1\""));
    let file = source.path().join("export.json");
    std::fs::write(&file, &first).unwrap();
    let file = file.to_string_lossy().into_owned();

    let target = tempfile::tempdir().unwrap();
    kern(target.path())
        .args(["import", "journal", &file])
        .assert()
        .success()
        .stdout(contains(format!(
            "{count} entries added, 0 already present, 0 refused"
        )));
    assert_eq!(json_export(target.path()), first, "byte-identical");

    kern(target.path())
        .args(["import", "journal", &file])
        .assert()
        .success()
        .stdout(contains(format!(
            "0 entries added, {count} already present, 0 refused"
        )));
}

#[test]
fn a_changed_or_broken_entry_is_refused_and_the_rest_imported() {
    let source = tempfile::tempdir().unwrap();
    let count = write_journal(source.path());
    let mut doc: serde_json::Value = serde_json::from_slice(&json_export(source.path())).unwrap();
    let target = tempfile::tempdir().unwrap();
    let file = target.path().join("export.json");
    std::fs::write(&file, doc.to_string()).unwrap();
    let file_text = file.to_string_lossy().into_owned();
    kern(target.path())
        .args(["import", "journal", &file_text])
        .assert()
        .success();

    doc["entries"][0]["enrolment"]["program"] = "something-else".into();
    doc["entries"][1]["kind"] = "mood".into();
    std::fs::write(&file, doc.to_string()).unwrap();
    kern(target.path())
        .args(["import", "journal", &file_text])
        .assert()
        .code(1)
        .stdout(contains(format!(
            "0 entries added, {} already present, 2 refused",
            count - 2
        )))
        .stderr(contains("a different entry with this id"))
        .stderr(contains("not a readable journal entry"));

    std::fs::write(
        &file,
        "{\"format\": \"kern.journal-export/9\", \"entries\": []}",
    )
    .unwrap();
    kern(target.path())
        .args(["import", "journal", &file_text])
        .assert()
        .code(1)
        .stderr(contains("kern.journal-export/9"));
}

fn backup_and_restore(out_name: &str) {
    let source = tempfile::tempdir().unwrap();
    let count = write_journal(source.path());
    let out = source.path().join(out_name);
    let out = out.to_string_lossy().into_owned();
    kern(source.path())
        .args(["backup", "--out", &out])
        .assert()
        .success()
        .stdout(contains(format!("Backed up {count} journal files")));
    kern(source.path())
        .args(["backup", "--out", &out])
        .assert()
        .code(1)
        .stderr(contains("never overwrites"));

    let target = tempfile::tempdir().unwrap();
    kern(target.path())
        .args(["restore", &out])
        .assert()
        .success()
        .stdout(contains(format!(
            "{count} entries added, 0 already present, 0 refused"
        )));
    assert_eq!(json_export(target.path()), json_export(source.path()));
    kern(target.path())
        .args(["restore", &out])
        .assert()
        .success()
        .stdout(contains(format!(
            "0 entries added, {count} already present"
        )));
}

#[test]
fn a_tar_backup_restores_into_an_empty_journal() {
    backup_and_restore("kern-backup.tar");
}

#[test]
fn a_folder_backup_restores_into_an_empty_journal() {
    backup_and_restore("kern-backup");
}

#[test]
fn restoring_something_that_is_not_a_backup_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("nothing.tar");
    kern(dir.path())
        .args(["restore", &missing.to_string_lossy()])
        .assert()
        .code(1)
        .stderr(contains("Cannot read the backup"));
}
