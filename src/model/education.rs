//! An education card: a short, plain message in the spirit of CBT and Cognitive Functional Therapy.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::LocalizedText;

/// An education card file (`kern.education/1`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct EducationCard {
    /// Always `kern.education/1`.
    pub format: String,
    /// Optional; when given it must equal the file name without `.toml`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The order cards are shown in (unique).
    pub order: u32,
    /// Ids of the references behind it.
    #[serde(default)]
    pub references: Vec<String>,
    /// Its title.
    pub title: LocalizedText,
    /// Three to six plain sentences.
    pub body: LocalizedText,
}
