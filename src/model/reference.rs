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
