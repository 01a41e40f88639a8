//! Program bundles, to share a program: a folder with the program, every exercise it can reach
//! (those its phases name and every rung of their ladders), the references they cite and a short
//! README.txt. Installing one (`author::install`) copies it into the config folder, after it
//! passed `kern validate` against the shipped set.
//!
//! ```text
//! bundle/
//!   README.txt
//!   references.toml              references.schema.json
//!   programs/<id>.toml           programs/program.schema.json
//!   exercises/<id>.toml ...      exercises/exercise.schema.json
//! ```

use std::collections::BTreeSet;

use serde::Serialize;

use crate::catalog::{Catalog, FileKind, Severity};
use crate::i18n::{I18n, Msg};
use crate::model::{Lang, Program, REFERENCES_FORMAT, Reference};

use super::{schema_file_name, schema_text, with_schema_line};

/// One file of a bundle, by its path inside the bundle (always with `/`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BundleFile {
    /// Its path inside the bundle folder, such as `exercises/bird-dog.toml`.
    pub path: String,
    /// Its text.
    pub text: String,
}

/// A bundle ready to write, and what it holds.
#[derive(Debug, Clone)]
pub struct Bundle {
    /// Every file.
    pub files: Vec<BundleFile>,
    /// The exercise ids it carries.
    pub exercises: Vec<String>,
    /// The reference ids it carries.
    pub references: Vec<String>,
}

/// Why a program cannot be exported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExportError {
    /// No program has this id.
    UnknownProgram,
    /// These files of the bundle have errors (`kern validate` shows them).
    HasErrors(Vec<String>),
}

/// Every exercise a program can reach: those its phases name, and every rung of their ladders
/// (progression climbs and regression descends them), known to the catalog.
pub fn reachable_exercises(catalog: &Catalog, program: &Program) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let mut todo: Vec<&str> = program
        .phases
        .iter()
        .flat_map(|p| p.exercises.iter().map(|e| e.exercise.as_str()))
        .collect();
    while let Some(id) = todo.pop() {
        let Some(entry) = catalog.exercises.get(id) else {
            continue;
        };
        if found.insert(id.to_owned()) {
            let ladder = &entry.value.ladder;
            todo.extend(ladder.easier.as_deref());
            todo.extend(ladder.harder.as_deref());
        }
    }
    found
}

#[derive(Serialize)]
struct ReferencesOut<'a> {
    format: &'static str,
    references: Vec<&'a Reference>,
}

/// The bundle of program `id`, from the catalog (shipped and config files alike).
pub fn export(catalog: &Catalog, id: &str) -> Result<Bundle, ExportError> {
    let entry = catalog
        .programs
        .get(id)
        .ok_or(ExportError::UnknownProgram)?;
    let program = &entry.value;
    let exercises = reachable_exercises(catalog, program);
    let mut sources = vec![entry.source];
    sources.extend(exercises.iter().map(|e| catalog.exercises[e].source));
    let broken: BTreeSet<String> = catalog
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error && sources.contains(&d.source))
        .map(|d| catalog.sources[d.source].display.clone())
        .collect();
    if !broken.is_empty() {
        return Err(ExportError::HasErrors(broken.into_iter().collect()));
    }
    let mut cited: BTreeSet<&str> = program.references.iter().map(String::as_str).collect();
    for id in &exercises {
        cited.extend(
            catalog.exercises[id]
                .value
                .references
                .iter()
                .map(String::as_str),
        );
    }
    let references: Vec<&Reference> = cited
        .iter()
        .filter_map(|id| catalog.references.get(*id).map(|e| &e.value))
        .collect();
    let ids: Vec<String> = catalog.exercises.keys().cloned().collect();
    let text_of = |source: usize, kind| with_schema_line(&catalog.sources[source].text, kind);
    let mut files = vec![BundleFile {
        path: format!("programs/{id}.toml"),
        text: text_of(entry.source, FileKind::Program),
    }];
    for exercise in &exercises {
        files.push(BundleFile {
            path: format!("exercises/{exercise}.toml"),
            text: text_of(catalog.exercises[exercise].source, FileKind::Exercise),
        });
    }
    let body = toml::to_string(&ReferencesOut {
        format: REFERENCES_FORMAT,
        references: references.clone(),
    })
    .unwrap_or_default();
    files.push(BundleFile {
        path: "references.toml".into(),
        text: format!(
            "{}\n# The references that program \"{id}\" and its exercises cite.\n{body}",
            super::schema_line(FileKind::References)
        ),
    });
    for (dir, kind) in [
        ("programs/", FileKind::Program),
        ("exercises/", FileKind::Exercise),
        ("", FileKind::References),
    ] {
        files.push(BundleFile {
            path: format!("{dir}{}", schema_file_name(kind)),
            text: schema_text(kind, &ids),
        });
    }
    let readme = readme(id, program, exercises.len(), references.len());
    files.push(BundleFile {
        path: "README.txt".into(),
        text: readme,
    });
    Ok(Bundle {
        files,
        exercises: exercises.into_iter().collect(),
        references: references.iter().map(|r| r.id.clone()).collect(),
    })
}

/// The README of a bundle, in English and in Dutch.
fn readme(id: &str, program: &Program, exercises: usize, references: usize) -> String {
    let mut text = String::new();
    for lang in Lang::ALL {
        let msg = Msg::new("bundle-readme")
            .arg("title", program.title.get(lang))
            .arg("id", id)
            .num("version", program.version)
            .arg("author", program.author.as_str())
            .num("exercises", exercises as i64)
            .num("references", references as i64);
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        text.push_str(I18n::new(lang).format(&msg).trim_end());
    }
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::LoadOptions;

    #[test]
    fn a_bundle_holds_the_whole_ladders_and_the_cited_references() {
        let catalog = Catalog::load(&LoadOptions::shipped_only());
        let bundle = export(&catalog, "back-to-activity").unwrap();
        // bird-dog is named; its ladder reaches down to quadruped-lift.
        for id in ["bird-dog", "quadruped-lift", "brisk-walking"] {
            assert!(bundle.exercises.iter().any(|e| e == id), "{id}");
        }
        assert!(bundle.references.iter().any(|r| r == "o-sullivan-2020"));
        let paths: Vec<&str> = bundle.files.iter().map(|f| f.path.as_str()).collect();
        assert!(paths.contains(&"programs/back-to-activity.toml"));
        assert!(paths.contains(&"README.txt"));
        let refs = &bundle
            .files
            .iter()
            .find(|f| f.path == "references.toml")
            .unwrap()
            .text;
        let parsed: crate::model::ReferencesFile = toml::from_str(refs).unwrap();
        assert_eq!(parsed.references.len(), bundle.references.len());
        assert_eq!(
            export(&catalog, "nope").unwrap_err(),
            ExportError::UnknownProgram
        );
    }
}
