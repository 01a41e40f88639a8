//! Tests of `parse`.
use super::*;

fn codes(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    parse(0, text, Some(FileKind::Exercise), &mut out);
    out.iter().map(|d| d.code().to_owned()).collect()
}

#[test]
fn every_syntax_error_is_reported() {
    assert_eq!(codes("a = \nb = ]\n"), vec!["diag-toml-syntax"; 2]);
}

#[test]
fn a_repeated_syntax_error_is_reported_once() {
    let text = format!("format = \"kern.exercise/1\"\na = {}\n", "[".repeat(500));
    let found = codes(&text);
    assert!(!found.is_empty() && found.len() <= 3, "{found:?}");
}

#[test]
fn format_problems_are_named() {
    assert_eq!(codes("level = 1"), vec!["diag-missing-format"]);
    let mut out = Vec::new();
    parse(0, "[[phases]]\nweeks = [1, 2]\n", None, &mut out);
    assert_eq!(
        out[0].help.as_ref().map(|h| h.args.clone()),
        Some(vec![(
            "expected",
            crate::i18n::Arg::Text("kern.program/1".into())
        )])
    );
    assert_eq!(codes("format = 3"), vec!["diag-format-not-text"]);
    assert_eq!(
        codes("format = \"kern.exercize/1\""),
        vec!["diag-unknown-format"]
    );
    assert_eq!(
        codes("format = \"kern.exercise/9\""),
        vec!["diag-format-too-new"]
    );
    assert_eq!(
        codes("format = \"kern.exercise/x\""),
        vec!["diag-format-bad-version"]
    );
}

#[test]
fn bad_numbers_are_named_in_plain_words() {
    for (value, code) in [
        ("-3", "diag-number-negative"),
        ("6.5", "diag-not-whole-number"),
        ("nan", "diag-not-whole-number"),
        ("inf", "diag-not-whole-number"),
        ("\"five\"", "diag-not-whole-number"),
        ("4294967296", "diag-number-too-large"),
        ("99999999999999999999", "diag-not-whole-number"),
    ] {
        let text = format!("format = \"kern.education/1\"\norder = {value}\n");
        let mut out = Vec::new();
        parse(0, &text, Some(FileKind::Education), &mut out);
        assert_eq!(out[0].code(), code, "{value}");
    }
}

#[test]
fn a_missing_top_level_key_points_at_the_format_line() {
    let mut out = Vec::new();
    parse(
        0,
        "# a comment\nformat = \"kern.education/1\"\norder = 1\n",
        None,
        &mut out,
    );
    assert_eq!(out[0].code(), "diag-missing-key");
    assert_eq!(out[0].location, Location::Path(Vec::new()));
}

#[test]
fn unknown_enum_values_suggest_the_closest() {
    let diag = explain_serde_error(
        0,
        Location::File,
        "unknown variant `cor`, expected one of `pilates`, `core`, `mobility`",
        "\"cor\"",
    );
    assert_eq!(diag.code(), "diag-unknown-value");
    assert_eq!(
        diag.help.map(|h| h.args),
        Some(vec![("suggestion", crate::i18n::Arg::Text("core".into()))])
    );
}

#[test]
fn week_defaults_fit_a_short_program() {
    let text = r#"format = "kern.program/1"
version = 1
author = "Test"
audience = "chronic"
weeks = 4
sessions_per_week = 2
weekdays = ["mon", "thu"]
title = { en = "Short", nl = "Kort" }
summary = { en = "Short", nl = "Kort" }
for_whom = { en = "Anyone", nl = "Iedereen" }
[[phases]]
weeks = [1, 4]
minutes = 20
name = { en = "One", nl = "Een" }
[[phases.exercises]]
exercise = "bird-dog"
"#;
    let catalog = crate::catalog::Catalog::from_texts(true, &[("programs/short.toml", text)]);
    assert!(!catalog.has_errors(), "{:?}", catalog.diagnostics);
    let program = &catalog.programs["short"].value;
    assert_eq!(program.measures.global_rating_weeks, vec![4]);
    assert_eq!(program.progression.review_week, 4);
    assert_eq!(program.measures.function_every_weeks, 2);
}

#[test]
fn no_rust_type_name_reaches_a_person() {
    let i18n = crate::i18n::I18n::new(crate::model::Lang::En);
    let cases = [
        (
            "invalid type: string \"x\", expected struct PhaseExercise",
            "\"x\"",
        ),
        ("invalid type: map, expected u32", "[[progression]]"),
        (
            "invalid value: integer `4294967296`, expected u32",
            "4294967296",
        ),
        ("invalid type: integer `5`, expected a string", "5"),
        ("invalid type: string \"on\", expected a boolean", "\"on\""),
        (
            "invalid type: integer `1`, expected an array of length 2",
            "1",
        ),
        ("invalid type: string \"x\", expected a sequence", "\"x\""),
        (
            "data did not match any variant of enum Whatever",
            "{ a = 1 }",
        ),
        ("something new, expected struct Novel", "7"),
    ];
    for (message, found) in cases {
        let diag = explain_serde_error(0, Location::File, message, found);
        let text = i18n.format(&diag.message);
        let help = diag
            .help
            .as_ref()
            .map(|h| i18n.format(h))
            .unwrap_or_default();
        for rust in [
            "struct",
            "enum",
            "u32",
            "sequence",
            "map,",
            "PhaseExercise",
            "Novel",
        ] {
            assert!(
                !text.contains(rust) && !help.contains(rust),
                "{message}: {text} / {help}"
            );
        }
        assert!(
            text.contains(found.trim_start_matches("[[").trim_end_matches("]]")),
            "{text}"
        );
    }
}

#[test]
fn the_format_line_is_read_only_in_its_written_form() {
    let exercise = |format: &str| {
        let text = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/exercises/bird-dog.toml"
        ))
        .unwrap()
        .replace("\"kern.exercise/1\"", &format!("\"{format}\""));
        crate::catalog::Catalog::from_texts(false, &[("exercises/bird-dog.toml", &text)])
    };
    assert!(
        exercise("kern.exercise/1")
            .exercises
            .contains_key("bird-dog")
    );
    for bad in [
        "kern.exercise/+1",
        "kern.exercise/01",
        "kern.exercise/ 1",
        "kern.exercise/1 ",
        "kern.exercise/",
    ] {
        let catalog = exercise(bad);
        assert!(catalog.has_errors(), "{bad} was accepted");
        assert!(catalog.exercises.is_empty(), "{bad}");
    }
}
