//! `kern references`: every reference with what cites it, `--cited-by` for one item, `--json`.

// Test helpers: a failed expectation is a failed test.
#![allow(clippy::expect_used)]

use std::time::Duration;

use serde_json::Value;

fn kern(args: &[&str]) -> std::process::Output {
    let config = tempfile::tempdir().expect("temp dir");
    assert_cmd::cargo::cargo_bin_cmd!("kern")
        .env("KERN_CONFIG_DIR", config.path())
        .env("KERN_LANG", "en")
        .env("NO_COLOR", "1")
        .args(args)
        .timeout(Duration::from_secs(20))
        .output()
        .expect("kern runs")
}

#[test]
fn json_lists_every_reference_with_what_cites_it() {
    let output = kern(&["references", "--json"]);
    assert_eq!(output.status.code(), Some(0));
    let doc: Value = serde_json::from_slice(&output.stdout).expect("JSON");
    assert_eq!(doc["format"], "kern.references/1");
    let refs = doc["references"].as_array().expect("a list");
    assert!(refs.len() >= 47, "{}", refs.len());
    let gellhorn = refs
        .iter()
        .find(|r| r["id"] == "gellhorn-2012")
        .expect("gellhorn-2012 listed");
    assert_eq!(gellhorn["checked"], "doi");
    let citers: Vec<&str> = gellhorn["cited_by"]
        .as_array()
        .expect("cited_by")
        .iter()
        .filter_map(|c| c["id"].as_str())
        .collect();
    assert!(citers.contains(&"early-physiotherapy"), "{citers:?}");
    // The background entry is listed, with nobody citing it.
    let kreiner = refs
        .iter()
        .find(|r| r["id"] == "kreiner-2020")
        .expect("kreiner-2020 listed");
    assert_eq!(kreiner["background"], true);
    assert_eq!(kreiner["cited_by"], Value::Array(Vec::new()));
}

#[test]
fn cited_by_shows_only_what_one_item_cites() {
    let output = kern(&[
        "references",
        "--cited-by",
        "surgery-rarely-better",
        "--json",
    ]);
    assert_eq!(output.status.code(), Some(0));
    let doc: Value = serde_json::from_slice(&output.stdout).expect("JSON");
    let ids: Vec<&str> = doc["references"]
        .as_array()
        .expect("a list")
        .iter()
        .filter_map(|r| r["id"].as_str())
        .collect();
    assert!(
        ids.contains(&"atlas-2005") && ids.contains(&"zaina-2016"),
        "{ids:?}"
    );
    assert!(!ids.contains(&"gellhorn-2012"), "{ids:?}");
}

#[test]
fn text_names_the_checks_and_the_citers() {
    let output = kern(&["references", "--cited-by", "expectations-matter"]);
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(text.contains("wang-chen-2021"), "{text}");
    assert!(text.contains("Hadley G, Novitch MB"), "{text}");
    assert!(
        text.contains("Checked against a record: title and source"),
        "{text}"
    );
    assert!(text.contains("Cited by: expectations-matter"), "{text}");
}

#[test]
fn an_unknown_item_is_an_error_with_a_suggestion() {
    let output = kern(&["references", "--cited-by", "pilates-chronik"]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("pilates-chronik"), "{stderr}");
    assert!(stderr.contains("pilates-chronic"), "{stderr}");
}
