//! The committed JSON Schemas in docs/schemas are exactly what `kern schema` prints, and every
//! shipped file points its `#:schema` line at the right one.

use std::path::Path;

use kern::catalog::FileKind;
use kern::catalog::schema::schema_for;

#[test]
fn committed_schemas_are_up_to_date() {
    for kind in FileKind::ALL {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("docs/schemas")
            .join(format!("{}.schema.json", kind.name()));
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        let fresh = serde_json::to_string_pretty(&schema_for(kind, None)).unwrap() + "\n";
        assert_eq!(
            committed,
            fresh,
            "{} is stale: run `cargo run -- schema {} > {}`",
            path.display(),
            kind.name(),
            path.display()
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
