//! A study, guideline or book that kern's content rests on.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// What kind of source a reference is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ReferenceKind {
    /// A clinical guideline.
    Guideline,
    /// A systematic review or meta-analysis.
    Review,
    /// A randomised trial.
    Trial,
    /// Another study.
    Study,
    /// A book.
    Book,
    /// kern's own ground rules.
    Internal,
}

/// How far a reference's bibliographic details were checked against a record (a publisher's page,
/// PubMed, PMC or an equivalent index).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Checked {
    /// The DOI, title and source were checked against a record.
    Doi,
    /// The title and source were checked against a record; any DOI was not.
    Title,
    /// Nothing was checked: the details are as cited elsewhere.
    #[default]
    No,
}

impl Checked {
    /// The kebab-case name used in files.
    pub fn name(self) -> &'static str {
        match self {
            Checked::Doi => "doi",
            Checked::Title => "title",
            Checked::No => "no",
        }
    }
}

/// One reference.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Reference {
    /// The id files cite it by.
    pub id: String,
    /// Guideline, review, trial, study, book or internal.
    pub kind: ReferenceKind,
    /// Authors or the body that wrote it.
    pub authors: String,
    /// Year of publication.
    pub year: u32,
    /// Title.
    pub title: String,
    /// Journal (volume, pages) or publisher.
    pub source: String,
    /// DOI, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub doi: Option<String>,
    /// Web address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// What kern uses it for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// How far the details above were checked against a record: doi, title or no (the default).
    #[serde(default)]
    pub checked: Checked,
    /// Kept as background reading: no exercise, program or card rests on it directly.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub background: bool,
}

/// A references file (`kern.references/1`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct ReferencesFile {
    /// Always `kern.references/1`.
    pub format: String,
    /// The references.
    #[serde(default)]
    pub references: Vec<Reference>,
}
