//! Figures: every shipped exercise has one, every one passes its checks, and its SVG is well-formed
//! XML with the start and the end position; `--json` carries it under `figure`.

// Test helpers: a failed expectation is a failed test.
#![allow(clippy::expect_used, clippy::unwrap_used)]

use kern::catalog::{Catalog, LoadOptions, Severity};
use kern::figure::{Animation, Joint, Labels, Stage, svg};

fn shipped() -> Catalog {
    Catalog::load(&LoadOptions::shipped_only())
}

#[test]
fn every_shipped_exercise_has_a_figure_that_passes_its_checks() {
    let catalog = shipped();
    let figure_problems: Vec<String> = catalog
        .diagnostics
        .iter()
        .filter(|d| d.severity != Severity::Note)
        .filter(|d| catalog.sources[d.source].display.contains("/figures/"))
        .map(|d| format!("{} {}", catalog.sources[d.source].display, d.code()))
        .collect();
    assert!(figure_problems.is_empty(), "{figure_problems:?}");
    let without: Vec<&String> = catalog
        .exercises
        .keys()
        .filter(|id| catalog.figure(id).is_none())
        .collect();
    assert!(without.is_empty(), "no figure for {without:?}");
    assert!(catalog.figures.len() >= 31);
}

#[test]
fn every_svg_is_well_formed_with_both_positions() {
    let catalog = shipped();
    for (id, entry) in &catalog.figures {
        let text = svg(
            &entry.value,
            Labels {
                title: id,
                start: "Start",
                end: "End",
            },
        )
        .unwrap_or_else(|| panic!("{id}: no SVG"));
        let doc = roxmltree::Document::parse(&text).unwrap_or_else(|e| panic!("{id}: {e}"));
        let root = doc.root_element();
        assert_eq!(root.tag_name().name(), "svg", "{id}");
        assert_eq!(
            root.tag_name().namespace(),
            Some("http://www.w3.org/2000/svg")
        );
        let view_box: Vec<f64> = root
            .attribute("viewBox")
            .unwrap()
            .split(' ')
            .map(|v| v.parse().unwrap())
            .collect();
        let labels: Vec<&str> = root
            .descendants()
            .filter(|n| n.has_tag_name("text"))
            .filter_map(|n| n.text())
            .collect();
        assert_eq!(labels, ["Start", "End"], "{id}");
        // Two heads, one for each position, both inside the picture.
        let heads: Vec<(f64, f64)> = root
            .descendants()
            .filter(|n| n.has_tag_name("circle"))
            .map(|n| {
                let get = |a: &str| n.attribute(a).unwrap().parse::<f64>().unwrap();
                (get("cx"), get("cy"))
            })
            .collect();
        assert_eq!(heads.len(), 2, "{id}");
        for (x, y) in heads {
            assert!(
                x > 0.0 && x < view_box[2] && y > 0.0 && y < view_box[3],
                "{id}"
            );
        }
        assert!(
            !root.descendants().any(|n| n.has_tag_name("script")),
            "{id}"
        );
    }
}

#[test]
fn text_in_an_svg_is_escaped() {
    let catalog = shipped();
    let figure = catalog.figure("bird-dog").unwrap();
    let text = svg(
        figure,
        Labels {
            title: "<script>alert(1)</script> & \"x\"",
            start: "A < B",
            end: "End",
        },
    )
    .unwrap();
    let doc = roxmltree::Document::parse(&text).unwrap();
    let title = doc
        .descendants()
        .find(|n| n.has_tag_name("title"))
        .and_then(|n| n.text())
        .unwrap();
    assert_eq!(title, "<script>alert(1)</script> & \"x\"");
    assert!(!doc.descendants().any(|n| n.has_tag_name("script")));
}

#[test]
fn a_repetition_goes_up_holds_the_end_and_comes_back() {
    let catalog = shipped();
    let figure = catalog.figure("sit-to-stand").unwrap();
    let animation = Animation::new(figure).unwrap();
    let head = |stage, t| animation.at(stage, t).at(Joint::Head);
    // Sitting, then through the forward lean (the head goes forward), then standing tall.
    assert_eq!(head(Stage::Up, 0.0), animation.start().at(Joint::Head));
    assert_eq!(head(Stage::Hold, 0.3), animation.end().at(Joint::Head));
    assert_eq!(head(Stage::Up, 1.0), animation.end().at(Joint::Head));
    assert!(head(Stage::Up, 0.5)[0] > animation.start().at(Joint::Head)[0] + 10.0);
    assert_eq!(head(Stage::Down, 1.0), animation.start().at(Joint::Head));
}

#[test]
fn json_carries_the_figure() {
    let output = assert_cmd::cargo::cargo_bin_cmd!("kern")
        .args(["exercise", "bird-dog", "--json"])
        .env("KERN_CONFIG_DIR", tempfile::tempdir().unwrap().path())
        .output()
        .unwrap();
    assert!(output.status.success());
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["figure"]["view"], "right-side");
    assert_eq!(json["figure"]["keyframes"][0]["name"], "start");
    let output = assert_cmd::cargo::cargo_bin_cmd!("kern")
        .args(["exercises", "--json"])
        .env("KERN_CONFIG_DIR", tempfile::tempdir().unwrap().path())
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let exercises = json["exercises"].as_array().unwrap();
    assert!(
        exercises
            .iter()
            .all(|e| e["figure"]["keyframes"].is_array())
    );
}

#[test]
fn svg_and_figure_flags_draw_it() {
    let svg_out = assert_cmd::cargo::cargo_bin_cmd!("kern")
        .args(["--lang", "nl", "exercise", "plank", "--svg"])
        .env("KERN_CONFIG_DIR", tempfile::tempdir().unwrap().path())
        .output()
        .unwrap();
    assert!(svg_out.status.success());
    let text = String::from_utf8(svg_out.stdout).unwrap();
    assert!(text.contains("Beginhouding") && text.contains("Eindhouding"));
    roxmltree::Document::parse(text.trim()).unwrap();
    let drawn = assert_cmd::cargo::cargo_bin_cmd!("kern")
        .args(["--lang", "en", "exercise", "plank", "--figure"])
        .env("KERN_CONFIG_DIR", tempfile::tempdir().unwrap().path())
        .output()
        .unwrap();
    assert!(drawn.status.success());
    let text = String::from_utf8(drawn.stdout).unwrap();
    assert!(text.starts_with("Start position"));
    let braille = text
        .chars()
        .filter(|c| ('\u{2801}'..='\u{28ff}').contains(c))
        .count();
    assert!(braille > 40, "{text}");
}

#[test]
fn the_example_in_the_authoring_guide_is_a_valid_figure() {
    let guide = include_str!("../docs/authoring.md");
    let start = guide
        .find("format = \"kern.figure/1\"")
        .expect("a figure example");
    let begin = guide[..start].rfind("```toml\n").expect("code block") + 8;
    let end = start + guide[start..].find("```").expect("end of block");
    let text = &guide[begin..end];
    let catalog = Catalog::from_texts(true, &[("mine/figures/glute-bridge.toml", text)]);
    let problems: Vec<_> = catalog
        .diagnostics
        .iter()
        .filter(|d| d.severity != Severity::Note)
        .map(|d| d.code().to_owned())
        .collect();
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(
        catalog.figure("glute-bridge").map(|f| f.keyframes.len()),
        Some(2)
    );
}
