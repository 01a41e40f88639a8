//! Writing content files for therapists: annotated starting files (`kern new`), drafts converted
//! from the public-domain free-exercise-db (`kern import free-exercise-db`), and program bundles
//! that carry a program with its exercises and references (`kern program export|install`).
//!
//! Every file kern writes starts with a `#:schema <kind>.schema.json` line, and the schema is
//! written next to it (the same schema `kern schema --write` writes), so that editors that read
//! TOML schemas (taplo, Even Better TOML) check and complete keys wherever the file lives. Content
//! files are never overwritten; schemas are generated and refreshed.

pub mod bundle;
pub mod free_exercise_db;
pub mod install;
mod position;
pub mod template;

use std::fmt::Write as _;
use std::io;
use std::path::{Path, PathBuf};

use crate::catalog::FileKind;
use crate::catalog::schema::schema_for;

/// The file name of a kind's schema: `exercise.schema.json`.
pub fn schema_file_name(kind: FileKind) -> String {
    format!("{}.schema.json", kind.name())
}

/// The first line of a content file that points at its schema in the same folder.
pub fn schema_line(kind: FileKind) -> String {
    format!("#:schema {}", schema_file_name(kind))
}

/// The text with its `#:schema` line (if any) replaced by one for a schema in the same folder.
pub fn with_schema_line(text: &str, kind: FileKind) -> String {
    let rest = match text.split_once('\n') {
        Some((first, rest)) if first.starts_with("#:schema") => rest,
        None if text.starts_with("#:schema") => "",
        _ => text,
    };
    format!("{}\n{rest}", schema_line(kind))
}

/// The JSON Schema of a kind as `kern schema --write` writes it: the known exercise ids are the
/// allowed values of ladder links and program exercises.
pub fn schema_text(kind: FileKind, exercise_ids: &[String]) -> String {
    let schema = schema_for(kind, Some(exercise_ids));
    serde_json::to_string_pretty(&schema).unwrap_or_default() + "\n"
}

/// Writes (or refreshes) a kind's schema in `dir` and returns its path.
pub fn write_schema(dir: &Path, kind: FileKind, exercise_ids: &[String]) -> io::Result<PathBuf> {
    std::fs::create_dir_all(dir)?;
    let path = dir.join(schema_file_name(kind));
    std::fs::write(&path, schema_text(kind, exercise_ids))?;
    Ok(path)
}

/// Creates a new file with `text`; fails with `AlreadyExists` rather than replace one.
pub fn write_new_file(path: &Path, text: &str) -> io::Result<()> {
    use std::io::Write as _;
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)?;
    file.write_all(text.as_bytes())?;
    file.flush()
}

/// A TOML basic string holding `text`, quoted and escaped.
pub fn quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c < ' ' || c == '\u{7f}' => {
                let _ = write!(out, "\\u{:04X}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A TOML array of strings, one item per line.
pub fn string_list(items: &[String]) -> String {
    if items.is_empty() {
        return "[]".to_owned();
    }
    let mut out = String::from("[\n");
    for item in items {
        let _ = writeln!(out, "  {},", quote(item));
    }
    out.push(']');
    out
}

/// A sentence-like name from an id: `my-bridge` → `My bridge`.
pub fn title_from_id(id: &str) -> String {
    let words = id.replace('-', " ");
    let mut chars = words.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_strings_read_back_as_they_were() {
        for text in [
            "plain",
            "a \"quote\" and \\ slash",
            "tab\tnew\nline\u{1}",
            "¾ é",
        ] {
            let doc = format!("x = {}", quote(text));
            let value: toml::Table = toml::from_str(&doc).unwrap();
            assert_eq!(value["x"].as_str(), Some(text), "{doc}");
        }
    }

    #[test]
    fn the_schema_line_is_replaced_or_added() {
        let shipped = "#:schema ../docs/schemas/exercise.schema.json\nformat = \"x\"\n";
        assert_eq!(
            with_schema_line(shipped, FileKind::Exercise),
            "#:schema exercise.schema.json\nformat = \"x\"\n"
        );
        assert_eq!(
            with_schema_line("format = \"x\"\n", FileKind::Program),
            "#:schema program.schema.json\nformat = \"x\"\n"
        );
        assert_eq!(title_from_id("my-bridge"), "My bridge");
    }
}
