//! Parsing one file's text: TOML syntax, the `format` line, unknown keys, then the typed model.
//! Every syntax error and every unknown key is reported, not only the first.

use serde::de::DeserializeOwned;
use toml::de::{DeTable, DeValue};

use crate::i18n::Msg;
use crate::model::{EducationCard, Exercise, Figure, Program, ReferencesFile};

use super::keys::{check_unknown_keys, closest};
use super::schema::cached_schema;
use super::{Diagnostic, FileKind, Location};

/// A file parsed into its model.
#[derive(Debug, Clone)]
pub enum Parsed {
    /// An exercise.
    Exercise(Box<Exercise>),
    /// A program.
    Program(Box<Program>),
    /// An education card.
    Education(Box<EducationCard>),
    /// A references file.
    References(ReferencesFile),
    /// A figure.
    Figure(Box<Figure>),
}

impl Parsed {
    /// The kind of file it was.
    pub fn kind(&self) -> FileKind {
        match self {
            Parsed::Exercise(_) => FileKind::Exercise,
            Parsed::Program(_) => FileKind::Program,
            Parsed::Education(_) => FileKind::Education,
            Parsed::References(_) => FileKind::References,
            Parsed::Figure(_) => FileKind::Figure,
        }
    }
}

/// Parses the text of source `source`. `hint` is the kind its folder suggests, used only to give
/// better advice when the `format` line is missing.
pub fn parse(
    source: usize,
    text: &str,
    hint: Option<FileKind>,
    out: &mut Vec<Diagnostic>,
) -> Option<Parsed> {
    let (root, syntax_errors) = DeTable::parse_recoverable(text);
    if !syntax_errors.is_empty() {
        report_syntax_errors(source, &syntax_errors, out);
        return None;
    }
    let kind = read_format(source, root.get_ref(), hint, out)?;
    check_unknown_keys(source, root.get_ref(), cached_schema(kind), out);
    let written = |table: &str, key: &str| matches!(root.get_ref().get(table).map(|v| v.get_ref()), Some(DeValue::Table(t)) if t.contains_key(key));
    let written_review_week = written("progression", "review_week");
    let written_rating_weeks = written("measures", "global_rating_weeks");
    let written_function_weeks = written("measures", "function_every_weeks");
    let de = toml::de::Deserializer::from(root);
    match kind {
        FileKind::Exercise => {
            typed::<Exercise>(source, text, de, out).map(|v| Parsed::Exercise(Box::new(v)))
        }
        FileKind::Program => typed::<Program>(source, text, de, out).map(|mut program| {
            // Defaults that name weeks fit the program's length; written values are checked as is.
            if !written_review_week {
                program.progression.review_week =
                    program.progression.review_week.min(program.weeks.max(1));
            }
            if !written_rating_weeks {
                let weeks = program.weeks;
                program.measures.global_rating_weeks.retain(|w| *w <= weeks);
                if program.measures.global_rating_weeks.is_empty() && weeks > 0 {
                    program.measures.global_rating_weeks.push(weeks);
                }
            }
            if !written_function_weeks {
                program.measures.function_every_weeks =
                    program.measures.function_every_weeks.min(program.weeks);
            }
            Parsed::Program(Box::new(program))
        }),
        FileKind::Education => {
            typed::<EducationCard>(source, text, de, out).map(|v| Parsed::Education(Box::new(v)))
        }
        FileKind::References => {
            typed::<ReferencesFile>(source, text, de, out).map(Parsed::References)
        }
        FileKind::Figure => {
            typed::<Figure>(source, text, de, out).map(|v| Parsed::Figure(Box::new(v)))
        }
    }
}

/// Reports a file's syntax errors: each distinct one once (the parser recovers by guessing, and a
/// deep pile of brackets repeats one error many times), and at most [`MAX_SYNTAX_ERRORS`] of them,
/// so that a file of junk does not flood the screen.
fn report_syntax_errors(source: usize, errors: &[toml::de::Error], out: &mut Vec<Diagnostic>) {
    let mut seen = std::collections::HashSet::new();
    for err in errors {
        if !seen.insert((err.span(), err.message())) {
            continue;
        }
        if seen.len() > MAX_SYNTAX_ERRORS {
            continue;
        }
        let location = err.span().map_or(Location::File, Location::Span);
        out.push(
            Diagnostic::error(
                source,
                location,
                Msg::new("diag-toml-syntax").arg("detail", err.message().trim()),
            )
            .with_help(Msg::new("diag-toml-syntax-help")),
        );
    }
    if seen.len() > MAX_SYNTAX_ERRORS {
        out.push(Diagnostic::note(
            source,
            Location::File,
            Msg::new("diag-toml-syntax-more").num("count", (seen.len() - MAX_SYNTAX_ERRORS) as i64),
        ));
    }
}

/// The most syntax errors shown for one file.
const MAX_SYNTAX_ERRORS: usize = 20;

/// Reads and checks the `format = "kern.<kind>/<version>"` line.
fn read_format(
    source: usize,
    root: &DeTable<'_>,
    hint: Option<FileKind>,
    out: &mut Vec<Diagnostic>,
) -> Option<FileKind> {
    let guess = hint.or_else(|| guess_from_keys(root));
    let Some(value) = root.get("format") else {
        out.push(
            Diagnostic::error(source, Location::File, Msg::new("diag-missing-format"))
                .with_help(format_help(guess)),
        );
        return None;
    };
    let DeValue::String(format) = value.get_ref() else {
        out.push(
            Diagnostic::error(
                source,
                Location::Span(value.span()),
                Msg::new("diag-format-not-text"),
            )
            .with_help(format_help(guess)),
        );
        return None;
    };
    let format: &str = format;
    let span = Location::Span(value.span());
    let (name, version) = format.split_once('/').unwrap_or((format, ""));
    let Some(kind) = FileKind::ALL.into_iter().find(|k| k.format_name() == name) else {
        let names: Vec<&str> = FileKind::ALL.iter().map(|k| k.format_name()).collect();
        let help = match closest(name, &names) {
            Some(best) => {
                Msg::new("diag-unknown-key-did-you-mean").arg("suggestion", format!("{best}/1"))
            }
            None => format_help(guess),
        };
        out.push(
            Diagnostic::error(
                source,
                span,
                Msg::new("diag-unknown-format").arg("format", format),
            )
            .with_help(help),
        );
        return None;
    };
    // Only the written form counts: digits without a sign, a leading zero or spaces.
    let number = (version.bytes().all(|b| b.is_ascii_digit()) && !version.starts_with('0'))
        .then(|| version.parse::<u32>().ok())
        .flatten();
    match number {
        Some(1) => Some(kind),
        Some(v) => {
            out.push(
                Diagnostic::error(
                    source,
                    span,
                    Msg::new("diag-format-too-new")
                        .arg("format", format)
                        .num("version", i64::from(v)),
                )
                .with_help(Msg::new("diag-format-too-new-help").arg("supported", kind.format())),
            );
            None
        }
        _ => {
            out.push(
                Diagnostic::error(
                    source,
                    span,
                    Msg::new("diag-format-bad-version").arg("format", format),
                )
                .with_help(Msg::new("diag-missing-format-help").arg("expected", kind.format())),
            );
            None
        }
    }
}

/// Advice for a file without a valid `format` line: the line for the kind it seems to be, or
/// every format when that is not clear.
fn format_help(guess: Option<FileKind>) -> Msg {
    match guess {
        Some(kind) => Msg::new("diag-missing-format-help").arg("expected", kind.format()),
        None => {
            let formats: Vec<&str> = FileKind::ALL.iter().map(|k| k.format()).collect();
            Msg::new("diag-missing-format-any-help").arg("formats", formats.join(", "))
        }
    }
}

/// The kind a file's keys suggest, for advice when neither its `format` line nor its folder says.
fn guess_from_keys(root: &DeTable<'_>) -> Option<FileKind> {
    let has = |key: &str| root.get(key).is_some();
    let table_list = |key: &str| {
        root.get(key).is_some_and(|v| match v.get_ref() {
            DeValue::Array(items) => items
                .iter()
                .any(|i| matches!(i.get_ref(), DeValue::Table(_))),
            _ => false,
        })
    };
    if has("dose") || has("category") || has("instructions") {
        Some(FileKind::Exercise)
    } else if has("phases") || has("sessions_per_week") {
        Some(FileKind::Program)
    } else if has("order") || has("body") {
        Some(FileKind::Education)
    } else if has("keyframes") || has("view") {
        Some(FileKind::Figure)
    } else if table_list("references") {
        Some(FileKind::References)
    } else {
        None
    }
}

/// Deserialises the typed model, turning serde's message into a diagnostic for people.
fn typed<T: DeserializeOwned>(
    source: usize,
    text: &str,
    deserializer: toml::de::Deserializer<'_>,
    out: &mut Vec<Diagnostic>,
) -> Option<T> {
    match T::deserialize(deserializer) {
        Ok(value) => Some(value),
        Err(err) => {
            let found = err
                .span()
                .and_then(|span| text.get(span))
                .map(shorten)
                .unwrap_or_default();
            let location = match err.span() {
                // A key missing from the top level: serde points at the empty start of the file;
                // the `format` line is a better anchor (as for every other missing top-level key).
                Some(span) if span.is_empty() && span.start == 0 => Location::Path(Vec::new()),
                Some(span) => Location::Span(span),
                None => Location::File,
            };
            out.push(explain_serde_error(source, location, err.message(), &found));
            None
        }
    }
}

/// The value as written, cut short when long (a value can be a whole table).
fn shorten(written: &str) -> String {
    const MAX: usize = 40;
    let first_line = written.lines().next().unwrap_or_default().trim();
    if first_line.chars().count() > MAX || first_line.len() < written.trim().len() {
        let cut: String = first_line.chars().take(MAX).collect();
        format!("{cut}…")
    } else {
        first_line.to_owned()
    }
}

/// Rewrites serde's wording ("unknown variant `x`, expected one of ...", "missing field `x`",
/// "invalid type: ..., expected u32") as a message from the catalogs, with a suggestion where one
/// fits. `found` is the offending value as written in the file.
fn explain_serde_error(
    source: usize,
    location: Location,
    message: &str,
    found: &str,
) -> Diagnostic {
    if let Some(rest) = message.strip_prefix("unknown variant `") {
        let (value, expected) = rest.split_once('`').unwrap_or((rest, ""));
        let options: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
        let diag = Diagnostic::error(
            source,
            location,
            Msg::new("diag-unknown-value").arg("value", value),
        );
        return diag.with_help(match closest(value, &options) {
            Some(best) => Msg::new("diag-unknown-key-did-you-mean").arg("suggestion", best),
            None => Msg::new("diag-allowed-values").arg("allowed", options.join(", ")),
        });
    }
    if let Some(rest) = message.strip_prefix("missing field `") {
        let key = rest.split('`').next().unwrap_or(rest);
        return Diagnostic::error(
            source,
            location,
            Msg::new("diag-missing-key").arg("key", key),
        )
        .with_help(Msg::new("diag-missing-key-help").arg("key", key));
    }
    if let Some(plain) = plain_type_error(message, found) {
        return Diagnostic::error(source, location, plain.0).with_help(plain.1);
    }
    // Whatever else serde says, a Rust type name never reaches a person.
    let detail = if message.contains("struct ") || message.contains("enum ") {
        found.to_owned()
    } else {
        message.trim().to_owned()
    };
    Diagnostic::error(
        source,
        location,
        Msg::new("diag-invalid-value").arg("detail", detail),
    )
    .with_help(Msg::new("diag-invalid-value-help"))
}

/// A plainer message for the type errors people make, in their words and never with a Rust type
/// name: a number that is not a whole number of 0 or more (negative, a fraction, too large, text),
/// a list of tables (`[[progression]]`) where one table belongs, text where a table, a list, a pair
/// or a yes/no belongs, and a plain string where a text in both languages is expected.
fn plain_type_error(message: &str, found: &str) -> Option<(Msg, Msg)> {
    if found.is_empty() {
        return None;
    }
    // `[[x]]` where `[x]` belongs: serde reads the list as the table's fields and complains
    // about its first field.
    if found.starts_with("[[") && message.starts_with("invalid type: map") {
        let key = found.trim_start_matches('[').trim_end_matches(']').trim();
        return Some((
            Msg::new("diag-list-not-table").arg("key", key),
            Msg::new("diag-list-not-table-help").arg("key", key),
        ));
    }
    let unsigned = |expected: &str| matches!(expected, "u8" | "u16" | "u32" | "u64" | "usize");
    if let Some(rest) = message.strip_prefix("invalid value: integer `")
        && let Some((number, expected)) = rest.split_once("`, expected ")
        && unsigned(expected)
    {
        let msg = if number.starts_with('-') {
            Msg::new("diag-number-negative").arg("found", found)
        } else {
            Msg::new("diag-number-too-large")
                .arg("found", found)
                .num("max", i64::from(u32::MAX))
        };
        return Some((msg, Msg::new("diag-not-whole-number-help")));
    }
    if message.ends_with("number overflowed") {
        return Some((
            Msg::new("diag-number-too-large")
                .arg("found", found)
                .num("max", i64::from(u32::MAX)),
            Msg::new("diag-not-whole-number-help"),
        ));
    }
    if message.ends_with("expected struct LocalizedText") {
        return Some((
            Msg::new("diag-not-localized").arg("found", found),
            Msg::new("diag-not-localized-help"),
        ));
    }
    if message.ends_with("expected struct LocalizedList") {
        return Some((
            Msg::new("diag-not-localized").arg("found", found),
            Msg::new("diag-not-localized-list-help"),
        ));
    }
    let expected = message.rsplit_once(", expected ")?.1.trim();
    let (msg, help) = if unsigned(expected) {
        ("diag-not-whole-number", "diag-not-whole-number-help")
    } else if expected.starts_with("struct ") || expected.contains("map") {
        ("diag-want-table", "diag-want-table-help")
    } else if expected == "an array of length 2" {
        ("diag-want-pair", "diag-want-pair-help")
    } else if expected.contains("sequence") || expected.starts_with("an array") {
        ("diag-want-list", "diag-want-list-help")
    } else if expected.contains("string") {
        ("diag-want-text", "diag-want-text-help")
    } else if expected.contains("boolean") {
        ("diag-want-yes-no", "diag-want-yes-no-help")
    } else {
        return None;
    };
    Some((Msg::new(msg).arg("found", found), Msg::new(help)))
}

#[cfg(test)]
#[path = "parse_tests.rs"]
mod tests;
