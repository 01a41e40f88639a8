//! The committed JSON Schemas in docs/schemas are exactly what `kern schema --write` writes for the
//! shipped set (the shipped exercise ids as the allowed values of ladder links and program
//! exercises, so that an editor flags `exercise = "glute-bridgee"`), and every shipped file points
//! its `#:schema` line at the right one.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

use kern::catalog::schema::schema_for;
use kern::catalog::{Catalog, FileKind, LoadOptions};

#[test]
fn committed_schemas_are_up_to_date() {
    let catalog = Catalog::load(&LoadOptions::shipped_only());
    let ids: Vec<String> = catalog.exercises.keys().cloned().collect();
    for kind in FileKind::ALL {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("docs/schemas")
            .join(format!("{}.schema.json", kind.name()));
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        let fresh = serde_json::to_string_pretty(&schema_for(kind, Some(&ids))).unwrap() + "\n";
        assert_eq!(
            committed,
            fresh,
            "{} is stale: run `KERN_CONFIG_DIR=$(mktemp -d) cargo run -- schema --write docs/schemas`",
            path.display(),
        );
    }
}

#[test]
fn shipped_files_start_with_their_schema_line() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let cases = [
        ("exercises", "../docs/schemas/exercise.schema.json"),
        ("programs", "../docs/schemas/program.schema.json"),
        (
            "programs/education",
            "../../docs/schemas/education.schema.json",
        ),
        ("exercises/figures", "../../docs/schemas/figure.schema.json"),
    ];
    for (dir, schema) in cases {
        for entry in std::fs::read_dir(root.join(dir)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().and_then(|e| e.to_str()) != Some("toml") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            let first = text.lines().next().unwrap_or_default();
            let expected = if path.ends_with("references.toml") {
                "#:schema ../docs/schemas/references.schema.json".to_owned()
            } else {
                format!("#:schema {schema}")
            };
            assert_eq!(first, expected, "{}", path.display());
            assert!(
                root.join(dir).join(&expected[9..]).exists(),
                "{expected} from {dir}"
            );
        }
    }
}

#[test]
fn the_committed_program_schema_knows_the_shipped_exercises_only() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/schemas/program.schema.json");
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let allowed = schema
        .pointer("/definitions/PhaseExercise/properties/exercise/enum")
        .and_then(|v| v.as_array())
        .expect("program exercises are restricted to known ids");
    assert!(allowed.iter().any(|id| id == "glute-bridge"));
    assert!(!allowed.iter().any(|id| id == "glute-bridgee"));
}

/// The committed schemas in a real validator (check-jsonschema, installed by `.ci/run`): the
/// shipped exercises and programs pass, and a typo in an exercise id is caught.
#[test]
fn a_real_validator_accepts_the_shipped_files_and_catches_a_misspelt_exercise() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let tool = std::process::Command::new("check-jsonschema")
        .arg("--version")
        .output();
    if tool.is_err() {
        assert!(
            std::env::var_os("CI").is_none(),
            "check-jsonschema is missing: .ci/run installs it"
        );
        eprintln!("check-jsonschema not found: skipped");
        return;
    }
    let check = |schema: &str, files: &[std::path::PathBuf]| {
        std::process::Command::new("check-jsonschema")
            .arg("--schemafile")
            .arg(root.join("docs/schemas").join(schema))
            .args(files)
            .output()
            .unwrap()
    };
    let shipped = |dir: &str| -> Vec<std::path::PathBuf> {
        let mut files: Vec<_> = std::fs::read_dir(root.join(dir))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "toml"))
            .filter(|p| !p.ends_with("references.toml"))
            .collect();
        files.sort();
        files
    };
    for (schema, dir) in [
        ("exercise.schema.json", "exercises"),
        ("program.schema.json", "programs"),
    ] {
        let out = check(schema, &shipped(dir));
        assert!(
            out.status.success(),
            "{dir}: {}",
            String::from_utf8_lossy(&out.stdout)
        );
    }
    let dir = tempfile::tempdir().unwrap();
    let typo = dir.path().join("typo.toml");
    let text = std::fs::read_to_string(root.join("programs/core-hip-strength.toml")).unwrap();
    assert!(text.contains("exercise = \"glute-bridge\""));
    std::fs::write(
        &typo,
        text.replacen(
            "exercise = \"glute-bridge\"",
            "exercise = \"glute-bridgee\"",
            1,
        ),
    )
    .unwrap();
    let out = check("program.schema.json", &[typo]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("'glute-bridgee' is not one of"));
}
