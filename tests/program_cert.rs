//! `kern program cert`: the 16 CERT items for every shipped program, each stated; "not stated"
//! where a program file is silent; JSON, text and Markdown.

// Test helpers: a failed expectation is a failed test.
#![allow(clippy::expect_used)]

use std::path::Path;
use std::time::Duration;

use serde_json::Value;

fn kern(config: &Path, args: &[&str]) -> std::process::Output {
    assert_cmd::cargo::cargo_bin_cmd!("kern")
        .env("KERN_CONFIG_DIR", config)
        .env("KERN_LANG", "en")
        .env("NO_COLOR", "1")
        .args(args)
        .timeout(Duration::from_secs(20))
        .output()
        .expect("kern runs")
}

fn items(config: &Path, id: &str) -> Vec<Value> {
    let output = kern(config, &["program", "cert", id, "--json"]);
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    let doc: Value = serde_json::from_slice(&output.stdout).expect("JSON");
    assert_eq!(doc["format"], "kern.cert/1");
    assert_eq!(doc["program"], id);
    doc["items"].as_array().expect("items").clone()
}

#[test]
fn every_shipped_program_states_all_16_items() {
    let config = tempfile::tempdir().expect("temp dir");
    for id in [
        "gentle-start",
        "back-to-activity",
        "core-hip-strength",
        "pilates-chronic",
    ] {
        let items = items(config.path(), id);
        assert_eq!(items.len(), 16, "{id}");
        for (i, item) in items.iter().enumerate() {
            assert_eq!(item["number"], i as u64 + 1, "{id}");
            for key in ["item", "answer", "source"] {
                assert!(
                    !item[key].as_str().unwrap_or_default().is_empty(),
                    "{id} item {}: empty {key}",
                    i + 1
                );
            }
            let answer = item["answer"].as_str().unwrap_or_default();
            assert!(
                !answer.contains("Not stated") && !answer.contains("not stated"),
                "{id} item {}: {answer}",
                i + 1
            );
        }
    }
}

#[test]
fn the_answers_come_from_the_file() {
    let config = tempfile::tempdir().expect("temp dir");
    let items = items(config.path(), "pilates-chronic");
    let answer = |n: usize| {
        items[n - 1]["answer"]
            .as_str()
            .unwrap_or_default()
            .to_owned()
    };
    assert!(
        answer(1).contains("180 by 60 cm") && answer(1).contains("mat"),
        "{}",
        answer(1)
    );
    assert!(answer(3).starts_with("Individually"), "{}", answer(3));
    assert!(answer(4).starts_with("Unsupervised"), "{}", answer(4));
    assert!(
        answer(10).contains("week 9: “An operation is rarely the better road”"),
        "{}",
        answer(10)
    );
    assert!(
        answer(13).contains("12 weeks, 2 sessions a week"),
        "{}",
        answer(13)
    );
    assert!(
        answer(13).contains("target effort 2 to 4 out of 10"),
        "{}",
        answer(13)
    );
    assert_eq!(items[0]["source"], "program file: cert.equipment");
}

#[test]
fn a_program_that_is_silent_shows_not_stated() {
    let config = tempfile::tempdir().expect("temp dir");
    let programs = config.path().join("programs");
    std::fs::create_dir(&programs).expect("programs folder");
    // The shipped gentle start without its [cert] table, its [[education]] weeks and its efforts.
    let text = kern::catalog::shipped_text("programs/gentle-start.toml").expect("shipped");
    let cut = text.find("[[education]]").expect("education weeks");
    let end = text.find("[progression]").expect("progression");
    let mut silent = format!("{}{}", &text[..cut], &text[end..]);
    silent = silent
        .lines()
        .filter(|l| !l.starts_with("effort = "))
        .collect::<Vec<_>>()
        .join("\n");
    std::fs::write(programs.join("quiet-start.toml"), silent).expect("written");
    let items = items(config.path(), "quiet-start");
    assert_eq!(items.len(), 16);
    for n in [1, 2, 3, 4, 6, 9, 10, 12, 14, 15] {
        assert_eq!(items[n - 1]["answer"], "Not stated.", "item {n}");
        assert_eq!(
            items[n - 1]["source"],
            "the program file is silent",
            "item {n}"
        );
    }
    // What kern itself does is stated whatever the file says.
    for n in [5, 7, 8, 11, 16] {
        assert_ne!(items[n - 1]["answer"], "Not stated.", "item {n}");
    }
    let dose = items[12]["answer"].as_str().unwrap_or_default();
    assert!(dose.contains("target effort not stated"), "{dose}");
}

#[test]
fn text_and_markdown_show_the_same_items() {
    let config = tempfile::tempdir().expect("temp dir");
    let text = kern(config.path(), &["program", "cert", "core-hip-strength"]);
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.starts_with("CERT checklist: "), "{text}");
    assert!(text.contains("16. Adherence and fidelity"), "{text}");
    let md = kern(
        config.path(),
        &["program", "cert", "core-hip-strength", "--format", "md"],
    );
    let md = String::from_utf8_lossy(&md.stdout);
    assert!(md.starts_with("# CERT checklist: "), "{md}");
    assert_eq!(
        md.lines().filter(|l| l.starts_with("| ")).count(),
        17,
        "{md}"
    );
    let nl = assert_cmd::cargo::cargo_bin_cmd!("kern")
        .env("KERN_CONFIG_DIR", config.path())
        .args(["--lang", "nl", "program", "cert", "core-hip-strength"])
        .output()
        .expect("kern runs");
    let nl = String::from_utf8_lossy(&nl.stdout);
    assert!(nl.starts_with("CERT-checklist: "), "{nl}");
    assert!(nl.contains("Zonder begeleiding"), "{nl}");
}

#[test]
fn an_unknown_program_is_an_error() {
    let config = tempfile::tempdir().expect("temp dir");
    let output = kern(config.path(), &["program", "cert", "pilates-chronik"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("pilates-chronic"));
}
