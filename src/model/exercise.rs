//! An exercise as a therapist writes it: texts in both languages, its dose and its ladder.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Dose, LocalizedList, LocalizedText};

/// The family an exercise belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    /// Pilates mat work.
    Pilates,
    /// Core and motor control.
    Core,
    /// Mobility and gentle stretching.
    Mobility,
    /// Hip strength.
    Hip,
    /// Breathing.
    Breathing,
    /// Everyday movements such as rising from a chair.
    Functional,
    /// Walking and other aerobic activity.
    Aerobic,
}

impl Category {
    /// Every category, in display order.
    pub const ALL: [Category; 7] = [
        Category::Breathing,
        Category::Core,
        Category::Pilates,
        Category::Hip,
        Category::Mobility,
        Category::Functional,
        Category::Aerobic,
    ];

    /// The kebab-case name used in files and on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Category::Pilates => "pilates",
            Category::Core => "core",
            Category::Mobility => "mobility",
            Category::Hip => "hip",
            Category::Breathing => "breathing",
            Category::Functional => "functional",
            Category::Aerobic => "aerobic",
        }
    }

    /// Parses a kebab-case name.
    pub fn from_name(name: &str) -> Option<Category> {
        Self::ALL.into_iter().find(|c| c.name() == name)
    }
}

/// Where the exercise starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Position {
    /// Lying on the back.
    Supine,
    /// Lying on the front.
    Prone,
    /// Lying on one side.
    SideLying,
    /// On hands and knees.
    Quadruped,
    /// Kneeling.
    Kneeling,
    /// Sitting.
    Sitting,
    /// Standing.
    Standing,
}

impl Position {
    /// The kebab-case name used in files.
    pub fn name(self) -> &'static str {
        match self {
            Position::Supine => "supine",
            Position::Prone => "prone",
            Position::SideLying => "side-lying",
            Position::Quadruped => "quadruped",
            Position::Kneeling => "kneeling",
            Position::Sitting => "sitting",
            Position::Standing => "standing",
        }
    }
}

/// Things needed for an exercise.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Equipment {
    /// An exercise mat or a carpet.
    Mat,
    /// A sturdy chair.
    Chair,
    /// A wall.
    Wall,
    /// A cushion or folded towel for support.
    Cushion,
    /// A towel.
    Towel,
    /// An elastic resistance band.
    ResistanceBand,
    /// A ball.
    Ball,
    /// Dumbbells.
    Dumbbell,
    /// A kettlebell.
    Kettlebell,
    /// A barbell.
    Barbell,
    /// A gym machine.
    Machine,
    /// A cable machine.
    Cable,
    /// A foam roller.
    FoamRoller,
    /// Anything else.
    Other,
}

impl Equipment {
    /// The kebab-case name used in files.
    pub fn name(self) -> &'static str {
        match self {
            Equipment::Mat => "mat",
            Equipment::Chair => "chair",
            Equipment::Wall => "wall",
            Equipment::Cushion => "cushion",
            Equipment::Towel => "towel",
            Equipment::ResistanceBand => "resistance-band",
            Equipment::Ball => "ball",
            Equipment::Dumbbell => "dumbbell",
            Equipment::Kettlebell => "kettlebell",
            Equipment::Barbell => "barbell",
            Equipment::Machine => "machine",
            Equipment::Cable => "cable",
            Equipment::FoamRoller => "foam-roller",
            Equipment::Other => "other",
        }
    }
}

/// A condition that calls for care with an exercise.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum CautionCondition {
    /// Osteoporosis or low bone density.
    Osteoporosis,
    /// Pregnancy.
    Pregnancy,
    /// Shoulder pain.
    ShoulderPain,
    /// Wrist pain.
    WristPain,
    /// Knee pain.
    KneePain,
    /// Neck pain.
    NeckPain,
    /// High blood pressure.
    HighBloodPressure,
    /// A hip replacement.
    HipReplacement,
    /// Pain, tingling or numbness in the leg.
    LegSymptoms,
    /// Poor balance or a risk of falling.
    Balance,
    /// Any other care point.
    General,
}

impl CautionCondition {
    /// The kebab-case name used in files.
    pub fn name(self) -> &'static str {
        match self {
            CautionCondition::Osteoporosis => "osteoporosis",
            CautionCondition::Pregnancy => "pregnancy",
            CautionCondition::ShoulderPain => "shoulder-pain",
            CautionCondition::WristPain => "wrist-pain",
            CautionCondition::KneePain => "knee-pain",
            CautionCondition::NeckPain => "neck-pain",
            CautionCondition::HighBloodPressure => "high-blood-pressure",
            CautionCondition::HipReplacement => "hip-replacement",
            CautionCondition::LegSymptoms => "leg-symptoms",
            CautionCondition::Balance => "balance",
            CautionCondition::General => "general",
        }
    }
}

/// A care point: for whom, and what to do.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Caution {
    /// The condition it applies to.
    pub condition: CautionCondition,
    /// What to do, in English.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub en: Option<String>,
    /// What to do, in Dutch.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nl: Option<String>,
}

impl Caution {
    /// The advice as localised text.
    pub fn text(&self) -> LocalizedText {
        LocalizedText {
            en: self.en.clone(),
            nl: self.nl.clone(),
        }
    }
}

/// The easier and harder neighbours of an exercise.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Ladder {
    /// The exercise this one regresses to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub easier: Option<String>,
    /// The exercise this one progresses to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub harder: Option<String>,
}

/// An exercise file (`kern.exercise/1`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Exercise {
    /// Always `kern.exercise/1`.
    pub format: String,
    /// Optional; when given it must equal the file name without `.toml`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// An unfinished (imported) exercise: may lack Dutch text, never offered to a patient.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub draft: bool,
    /// Its family.
    pub category: Category,
    /// 1 (easiest) to 10 (hardest).
    #[schemars(range(min = 1, max = 10))]
    pub level: u32,
    /// The starting position.
    pub position: Position,
    /// What is needed.
    #[serde(default)]
    pub equipment: Vec<Equipment>,
    /// Ids of the references behind it.
    #[serde(default)]
    pub references: Vec<String>,
    /// Its name.
    pub name: LocalizedText,
    /// What it trains and why, in a sentence or two.
    pub purpose: LocalizedText,
    /// Numbered steps.
    pub instructions: LocalizedList,
    /// Short reminders during the exercise.
    #[serde(default)]
    pub cues: LocalizedList,
    /// Common mistakes and their fixes.
    #[serde(default)]
    pub mistakes: LocalizedList,
    /// Care points.
    #[serde(default)]
    pub cautions: Vec<Caution>,
    /// The default dose and its safe range.
    pub dose: Dose,
    /// Easier and harder neighbours.
    #[serde(default)]
    pub ladder: Ladder,
}
