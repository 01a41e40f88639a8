//! Converting the public-domain free-exercise-db (github.com/yuhonas/free-exercise-db, The
//! Unlicense) into kern exercise files. Each becomes a draft in English only: kern never offers it
//! to a patient, no program may use it, and its comments say what was mapped or guessed, so that
//! a therapist can check it, add the Dutch texts and finish it.

use std::collections::BTreeSet;
use std::fmt::Write as _;

use serde::Deserialize;

use self::map::{category, dose, equipment, level, purpose};
use super::position::{guess_per_side, guess_position};
use super::{quote, schema_line, string_list};
use crate::catalog::FileKind;
use crate::model::DoseKey;

/// One exercise of the source file (`dist/exercises.json`).
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Record {
    /// The source's id, such as `3_4_Sit-Up`.
    pub id: String,
    /// Its English name.
    pub name: String,
    /// push, pull or static.
    #[serde(default)]
    pub force: Option<String>,
    /// beginner, intermediate or expert.
    #[serde(default)]
    pub level: Option<String>,
    /// compound or isolation.
    #[serde(default)]
    pub mechanic: Option<String>,
    /// body only, dumbbell, barbell, ...
    #[serde(default)]
    pub equipment: Option<String>,
    /// The muscles it works most.
    #[serde(default)]
    pub primary_muscles: Vec<String>,
    /// The muscles it also works.
    #[serde(default)]
    pub secondary_muscles: Vec<String>,
    /// The steps, in English.
    #[serde(default)]
    pub instructions: Vec<String>,
    /// strength, stretching, cardio, plyometrics, powerlifting, olympic weightlifting, strongman.
    #[serde(default)]
    pub category: Option<String>,
    /// Paths of its photos (not part of the data kern reads).
    #[serde(default)]
    pub images: Vec<String>,
}

/// Reads the source file: a JSON array of exercises.
pub fn parse(text: &str) -> Result<Vec<Record>, serde_json::Error> {
    serde_json::from_str(text)
}

/// Which records to convert, by the source's own values (case does not matter).
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// Only this source category (strength, stretching, ...).
    pub category: Option<String>,
    /// Only this source level (beginner, intermediate, expert).
    pub level: Option<String>,
}

impl Filter {
    /// Whether a record passes the filter.
    pub fn matches(&self, record: &Record) -> bool {
        let same = |wanted: &Option<String>, value: &Option<String>| {
            wanted.as_ref().is_none_or(|w| {
                value
                    .as_deref()
                    .is_some_and(|v| v.trim().eq_ignore_ascii_case(w.trim()))
            })
        };
        same(&self.category, &record.category) && same(&self.level, &record.level)
    }
}

/// One converted exercise: its kern id, the source id, and the file's text.
#[derive(Debug, Clone)]
pub struct Draft {
    /// The kern id (the file name without `.toml`).
    pub id: String,
    /// The source's id.
    pub source_id: String,
    /// The exercise file.
    pub text: String,
}

/// Converts the records that pass `filter`, in source order. Ids are kebab-case forms of the
/// source ids, unique among themselves and never one of `reserved` (the exercises kern already
/// knows: a draft must not take the place of a finished exercise).
pub fn convert(records: &[Record], filter: &Filter, reserved: &BTreeSet<String>) -> Vec<Draft> {
    let mut taken = reserved.clone();
    records
        .iter()
        .filter(|r| filter.matches(r))
        .map(|record| {
            let base = kebab_id(&record.id)
                .or_else(|| kebab_id(&record.name))
                .unwrap_or_else(|| "exercise".to_owned());
            let id = unique_id(&base, &taken);
            taken.insert(id.clone());
            let renamed = (id != base).then_some(base.as_str());
            Draft {
                text: render(record, renamed),
                id,
                source_id: record.id.clone(),
            }
        })
        .collect()
}

/// The kebab-case form of a source id (`3_4_Sit-Up` → `3-4-sit-up`), at most 64 characters.
pub fn kebab_id(source: &str) -> Option<String> {
    let mut id = String::new();
    for c in source.chars() {
        if c.is_ascii_alphanumeric() {
            id.push(c.to_ascii_lowercase());
        } else if !id.is_empty() && !id.ends_with('-') {
            id.push('-');
        }
    }
    id.truncate(64);
    let id = id.trim_end_matches('-').to_owned();
    (!id.is_empty()).then_some(id)
}

fn unique_id(base: &str, taken: &BTreeSet<String>) -> String {
    if !taken.contains(base) {
        return base.to_owned();
    }
    (1..)
        .map(|n| {
            let suffix = if n == 1 {
                "-imported".to_owned()
            } else {
                format!("-imported-{n}")
            };
            let mut stem = base.to_owned();
            stem.truncate(64 - suffix.len());
            format!("{}{suffix}", stem.trim_end_matches('-'))
        })
        .find(|id| !taken.contains(id))
        .unwrap_or_else(|| base.to_owned())
}

/// A source value fit for a comment: one line, no control characters.
fn plain(value: &str) -> String {
    value
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

fn source_value(value: &Option<String>) -> String {
    value
        .as_deref()
        .map_or_else(|| "(none)".to_owned(), |v| format!("\"{}\"", plain(v)))
}

/// A `key = value` line with a comment lined up at column 30, as in kern's shipped files.
fn line(out: &mut String, assignment: &str, comment: &str) {
    let _ = writeln!(out, "{assignment:<28} # {comment}");
}

const CATEGORY_NOTE: &str = "\
# Categories map as: stretching → mobility; cardio → aerobic; strength → core (abdominals, lower
# back), hip (glutes, hamstrings, adductors, abductors) or functional (any other muscle);
# plyometrics, powerlifting, olympic weightlifting and strongman → functional.
";

/// The kern exercise file of one record; `renamed` is the plain id when it was already taken.
pub fn render(record: &Record, renamed: Option<&str>) -> String {
    let steps: Vec<String> = record
        .instructions
        .iter()
        .map(|s| s.trim().to_owned())
        .filter(|s| !s.is_empty())
        .collect();
    let (position, clue) = guess_position(&record.name, steps.first().map_or("", String::as_str));
    let name = match record.name.trim() {
        "" => record.id.trim(),
        name => name,
    };
    let mut out = schema_line(FileKind::Exercise);
    out.push('\n');
    let _ = writeln!(
        out,
        "# \"{}\": imported from free-exercise-db (https://github.com/yuhonas/free-exercise-db),\n\
         # exercise \"{}\". Licence: public domain (The Unlicense).",
        plain(name),
        plain(&record.id)
    );
    if record.images.is_empty() {
        out.push_str("# The source has no images for it.\n");
    } else {
        let _ = writeln!(
            out,
            "# Images are missing: the source's photos ({}) are not included.",
            plain(&record.images.join(", "))
        );
    }
    if let Some(plain_id) = renamed {
        let _ = writeln!(
            out,
            "# The id is not \"{plain_id}\": kern already has an exercise with that id."
        );
    }
    out.push_str(
        "# A draft: check every value for your patient, add the Dutch texts (nl), cues, mistakes and\n\
         # cautions, then remove `draft = true`. Until then kern never offers it to a patient and no\n\
         # program may use it. See docs/authoring.md.\n",
    );
    out.push_str("format = \"kern.exercise/1\"\ndraft = true\n");
    out.push_str(CATEGORY_NOTE);
    let muscle = record.primary_muscles.first().map_or_else(
        || "no primary muscle".to_owned(),
        |m| format!("primary muscle \"{}\"", plain(m)),
    );
    line(
        &mut out,
        &format!("category = \"{}\"", category(record).name()),
        &format!(
            "source category {}, {muscle}",
            source_value(&record.category)
        ),
    );
    line(
        &mut out,
        &format!("level = {}", level(record.level.as_deref())),
        &format!(
            "source level {} (beginner → 2, intermediate → 5, expert → 8)",
            source_value(&record.level)
        ),
    );
    let clue = clue.map_or_else(
        || "nothing said otherwise".to_owned(),
        |c| format!("\"{c}\""),
    );
    line(
        &mut out,
        &format!("position = \"{}\"", position.name()),
        &format!("a guess ({clue}): check it"),
    );
    let equipment: Vec<String> = equipment(record.equipment.as_deref(), position)
        .iter()
        .map(|e| quote(e.name()))
        .collect();
    line(
        &mut out,
        &format!("equipment = [{}]", equipment.join(", ")),
        &format!("source equipment {}", source_value(&record.equipment)),
    );
    out.push_str("references = []\n\n");
    let _ = writeln!(out, "name = {{ en = {} }}", quote(name));
    let _ = writeln!(out, "purpose = {{ en = {} }}", quote(&purpose(record)));
    let steps = if steps.is_empty() {
        vec!["TODO: the source gives no steps; write them.".to_owned()]
    } else {
        steps
    };
    let _ = writeln!(out, "\n[instructions]\nen = {}\n", string_list(&steps));
    render_dose(&mut out, record);
    out
}

fn render_dose(out: &mut String, record: &Record) {
    let spec = dose(record);
    let main = spec.kind.main_key().name();
    let _ = writeln!(
        out,
        "# A starting dose from the source's category {}, mechanic {} and force {}:\n\
         # check it, and its safe range, for your patient.\n[dose]",
        source_value(&record.category),
        source_value(&record.mechanic),
        source_value(&record.force)
    );
    let _ = writeln!(out, "kind = \"{}\"", spec.kind.name());
    let _ = writeln!(out, "{} = {}", DoseKey::Sets.name(), spec.sets.0);
    let _ = writeln!(out, "{main} = {}", spec.main.0);
    let _ = writeln!(out, "{} = {}", DoseKey::RestSeconds.name(), spec.rest.0);
    line(
        out,
        &format!("per_side = {}", guess_per_side(&record.instructions)),
        "a guess from the steps: check it",
    );
    let _ = writeln!(out, "\n[dose.range]");
    for (key, [low, high]) in [
        (DoseKey::Sets.name(), spec.sets.1),
        (main, spec.main.1),
        (DoseKey::RestSeconds.name(), spec.rest.1),
    ] {
        let _ = writeln!(out, "{key} = [{low}, {high}]");
    }
}

mod map;
#[cfg(test)]
mod tests;
