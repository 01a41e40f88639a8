//! Finds every key a file has that its format does not know, walking the parsed TOML beside the
//! format's JSON Schema, and suggests the known key it most likely meant.

use serde_json::Value;
use toml::de::{DeTable, DeValue};

use crate::i18n::Msg;

use super::{Diagnostic, Location, schema::resolve};

/// Checks a whole document against a schema; one diagnostic per unknown key.
pub fn check_unknown_keys(
    source: usize,
    root_table: &DeTable<'_>,
    schema: &Value,
    out: &mut Vec<Diagnostic>,
) {
    walk_table(source, root_table, schema, schema, out);
}

fn walk_table(
    source: usize,
    table: &DeTable<'_>,
    root: &Value,
    schema: &Value,
    out: &mut Vec<Diagnostic>,
) {
    let schema = resolve(root, schema);
    let Some(properties) = schema.get("properties").and_then(Value::as_object) else {
        return;
    };
    for (key, value) in table.iter() {
        let name: &str = key.get_ref();
        match properties.get(name) {
            Some(sub) => walk_value(source, value.get_ref(), root, sub, out),
            None => {
                let known: Vec<&str> = properties.keys().map(String::as_str).collect();
                let mut diag = Diagnostic::error(
                    source,
                    Location::Span(key.span()),
                    Msg::new("diag-unknown-key").arg("key", name),
                );
                diag.help = Some(match closest(name, &known) {
                    Some(best) => Msg::new("diag-unknown-key-did-you-mean").arg("suggestion", best),
                    None => Msg::new("diag-unknown-key-known").arg("known", known.join(", ")),
                });
                out.push(diag);
            }
        }
    }
}

fn walk_value(
    source: usize,
    value: &DeValue<'_>,
    root: &Value,
    schema: &Value,
    out: &mut Vec<Diagnostic>,
) {
    match value {
        DeValue::Table(table) => walk_table(source, table, root, schema, out),
        DeValue::Array(items) => {
            let schema = resolve(root, schema);
            if let Some(item_schema) = schema.get("items") {
                for item in items.iter() {
                    walk_value(source, item.get_ref(), root, item_schema, out);
                }
            }
        }
        _ => {}
    }
}

/// The known word closest to `word`, if it is close enough to be a likely typo.
pub fn closest<'a>(word: &str, known: &[&'a str]) -> Option<&'a str> {
    let lower = word.to_lowercase();
    known
        .iter()
        .map(|k| (strsim::damerau_levenshtein(&lower, k), *k))
        .filter(|(distance, k)| *distance <= 2.max(k.len() / 4) && *distance < k.len())
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, k)| k)
        .or_else(|| {
            known
                .iter()
                .map(|k| (strsim::jaro_winkler(&lower, k), *k))
                .filter(|(score, _)| *score >= 0.9)
                .max_by(|a, b| a.0.total_cmp(&b.0))
                .map(|(_, k)| k)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typos_find_their_key() {
        let known = ["name", "purpose", "instructions", "hold_seconds"];
        assert_eq!(closest("nmae", &known), Some("name"));
        assert_eq!(closest("instruction", &known), Some("instructions"));
        assert_eq!(closest("hold_secs", &known), Some("hold_seconds"));
        assert_eq!(closest("zzz", &known), None);
    }
}
