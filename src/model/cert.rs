//! What a program states for the Consensus on Exercise Reporting Template (CERT, Slade et al.
//! 2016): the items kern cannot know from the exercises and doses alone, such as who provides the
//! program, where and how it is delivered, and how it is tailored.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::LocalizedText;

/// Whether the exercises are done alone or in a group (CERT item 3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Delivery {
    /// One person at a time.
    Individual,
    /// In a group.
    Group,
    /// Some sessions alone, some in a group.
    Both,
}

impl Delivery {
    /// The kebab-case name used in files.
    pub fn name(self) -> &'static str {
        match self {
            Delivery::Individual => "individual",
            Delivery::Group => "group",
            Delivery::Both => "both",
        }
    }
}

/// Whether a clinician watches the sessions (CERT item 4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Supervision {
    /// Every session with a clinician.
    Supervised,
    /// The patient on their own.
    Unsupervised,
    /// Some sessions supervised, the rest alone.
    Both,
}

impl Supervision {
    /// The kebab-case name used in files.
    pub fn name(self) -> &'static str {
        match self {
            Supervision::Supervised => "supervised",
            Supervision::Unsupervised => "unsupervised",
            Supervision::Both => "both",
        }
    }
}

/// The CERT items a program file states in words; every key is optional, and `kern program cert`
/// says "not stated" for what is left out.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
#[schemars(deny_unknown_fields)]
pub struct Cert {
    /// Item 1: equipment specifics (size, resistance, load) beyond what the exercises list.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub equipment: Option<LocalizedText>,
    /// Item 2: who provides the program, and their qualifications.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub provider: Option<LocalizedText>,
    /// Item 3: individual, group or both.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub delivery: Option<Delivery>,
    /// Item 4: supervised, unsupervised or both.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub supervision: Option<Supervision>,
    /// Item 4: how the program is delivered (contacts with the therapist, the coach, ...).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub delivered_how: Option<LocalizedText>,
    /// Item 6: what is done to keep the patient motivated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub motivation: Option<LocalizedText>,
    /// Item 9: the home component.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub home: Option<LocalizedText>,
    /// Item 12: where the exercises are done.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setting: Option<LocalizedText>,
    /// Item 14: generic or tailored, and how it is tailored.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tailoring: Option<LocalizedText>,
    /// Item 15: how the starting level is chosen.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub starting_level: Option<LocalizedText>,
}

impl Cert {
    /// Whether the file states none of the items.
    pub fn is_empty(&self) -> bool {
        self == &Cert::default()
    }

    /// The texts it states, by key, for checks that run over all of them.
    pub fn texts(&self) -> [(&'static str, Option<&LocalizedText>); 8] {
        [
            ("equipment", self.equipment.as_ref()),
            ("provider", self.provider.as_ref()),
            ("delivered_how", self.delivered_how.as_ref()),
            ("motivation", self.motivation.as_ref()),
            ("home", self.home.as_ref()),
            ("setting", self.setting.as_ref()),
            ("tailoring", self.tailoring.as_ref()),
            ("starting_level", self.starting_level.as_ref()),
        ]
    }
}

/// Education cards the coach shows in one week of the program (CERT item 10).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct WeekCards {
    /// The program week (1-based).
    pub week: u32,
    /// The ids of the cards, in the order they are shown.
    pub cards: Vec<String>,
}
