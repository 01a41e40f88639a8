//! JSON Schemas of the content formats (draft-07, which taplo and Even Better TOML read), made from
//! the model types so that they can never drift from what kern accepts.

use schemars::generate::SchemaSettings;
use schemars::{JsonSchema, Schema};
use serde_json::Value;

use crate::model::{EducationCard, Exercise, Figure, Program, ReferencesFile};

use super::FileKind;

fn schema_of<T: JsonSchema>() -> Schema {
    SchemaSettings::draft07()
        .into_generator()
        .into_root_schema_for::<T>()
}

/// The JSON Schema of a kind of file. When `exercise_ids` is given, ladder links and a program's
/// exercises may only name those ids (for editors that complete them).
pub fn schema_for(kind: FileKind, exercise_ids: Option<&[String]>) -> Value {
    let mut schema = match kind {
        FileKind::Exercise => schema_of::<Exercise>(),
        FileKind::Program => schema_of::<Program>(),
        FileKind::Education => schema_of::<EducationCard>(),
        FileKind::References => schema_of::<ReferencesFile>(),
        FileKind::Figure => schema_of::<Figure>(),
    }
    .to_value();
    if let Some(format) = schema.pointer_mut("/properties/format") {
        *format = serde_json::json!({
            "description": format!("What this file is: always \"{}\".", kind.format()),
            "const": kind.format(),
            "type": "string",
        });
    }
    if let Value::Object(map) = &mut schema {
        map.insert("title".into(), Value::String(kind.title().into()));
        map.insert(
            "description".into(),
            Value::String(format!(
                "A kern {} file; its first key is format = \"{}\".",
                kind.name(),
                kind.format()
            )),
        );
    }
    if let Some(ids) = exercise_ids {
        let ids: Vec<Value> = ids.iter().cloned().map(Value::String).collect();
        restrict_exercise_links(&mut schema, &ids);
    }
    schema
}

/// The JSON Schema of a kind of file without exercise-id restrictions, built once per kind for the
/// life of the process (building one from the model types costs far more than checking a file
/// against it, and every file of a catalog is checked).
pub fn cached_schema(kind: FileKind) -> &'static Value {
    use std::sync::OnceLock;
    static SCHEMAS: [OnceLock<Value>; FileKind::ALL.len()] =
        [const { OnceLock::new() }; FileKind::ALL.len()];
    match FileKind::ALL.iter().position(|k| *k == kind) {
        Some(place) => SCHEMAS[place].get_or_init(|| schema_for(kind, None)),
        // A kind missing from `FileKind::ALL`: correct, only not cached.
        None => Box::leak(Box::new(schema_for(kind, None))),
    }
}

/// Puts an `enum` of exercise ids on the properties that name an exercise.
fn restrict_exercise_links(schema: &mut Value, ids: &[Value]) {
    let Some(defs) = schema.get_mut("definitions").and_then(Value::as_object_mut) else {
        return;
    };
    for (def, prop) in [
        ("Ladder", "easier"),
        ("Ladder", "harder"),
        ("PhaseExercise", "exercise"),
    ] {
        if let Some(p) = defs
            .get_mut(def)
            .and_then(|d| d.get_mut("properties"))
            .and_then(|p| p.get_mut(prop))
            .and_then(Value::as_object_mut)
        {
            p.insert("enum".into(), Value::Array(ids.to_vec()));
        }
    }
}

/// Follows `$ref`s and picks the object alternative of `anyOf`/`oneOf`/`allOf`, so that the result
/// describes the keys a table may hold (or the items of an array).
pub fn resolve<'a>(root: &'a Value, mut schema: &'a Value) -> &'a Value {
    for _ in 0..32 {
        if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
            let name = reference.rsplit('/').next().unwrap_or_default();
            match root.get("definitions").and_then(|d| d.get(name)) {
                Some(target) => {
                    schema = target;
                    continue;
                }
                None => return schema,
            }
        }
        let alternatives = ["anyOf", "oneOf", "allOf"]
            .iter()
            .find_map(|k| schema.get(*k).and_then(Value::as_array));
        if let Some(alts) = alternatives {
            let pick = alts.iter().find(|alt| {
                let alt = resolve(root, alt);
                alt.get("properties").is_some() || alt.get("items").is_some()
            });
            if let Some(pick) = pick {
                schema = pick;
                continue;
            }
        }
        return schema;
    }
    schema
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exercise_schema_forbids_unknown_keys_and_knows_the_dose() {
        let schema = schema_for(FileKind::Exercise, None);
        assert_eq!(schema["additionalProperties"], Value::Bool(false));
        let dose = resolve(&schema, &schema["properties"]["dose"]);
        assert!(dose["properties"].get("hold_seconds").is_some());
        assert_eq!(
            schema["$schema"],
            Value::String("http://json-schema.org/draft-07/schema#".into())
        );
    }

    #[test]
    fn the_cached_schema_is_the_schema_and_built_once() {
        for kind in FileKind::ALL {
            let first = cached_schema(kind);
            assert_eq!(*first, schema_for(kind, None));
            assert!(std::ptr::eq(first, cached_schema(kind)));
        }
    }

    #[test]
    fn ladder_links_can_be_restricted_to_known_ids() {
        let ids = vec!["bird-dog".to_owned(), "plank".to_owned()];
        let schema = schema_for(FileKind::Exercise, Some(&ids));
        let ladder = &schema["definitions"]["Ladder"]["properties"]["harder"]["enum"];
        assert_eq!(ladder.as_array().map(Vec::len), Some(2));
    }
}
