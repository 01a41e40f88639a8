//! Red flags: the screening questions asked before the first session and "anything new?" every
//! week, and what an answer means (CLINICAL.md). Screening is a safety net, not a diagnosis.

use serde::{Deserialize, Serialize};

/// How urgent a red flag is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Urgency {
    /// Nothing found.
    Clear,
    /// See a doctor (huisarts/GP) within a day or two before starting.
    SeeDoctor,
    /// Go to the emergency department now or call 112.
    Emergency,
}

/// One red-flag question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RedFlag {
    /// New numbness or tingling in the saddle area.
    SaddleNumbness,
    /// New difficulty starting or controlling urine, leaking, or not feeling a full bladder.
    BladderChange,
    /// New loss of bowel control.
    BowelControl,
    /// New change in sexual function or genital sensation.
    SexualFunction,
    /// New or worsening leg weakness, or symptoms in both legs.
    LegWeakness,
    /// Sudden severe back or belly pain with a pulsing feeling or faintness.
    SuddenSeverePain,
    /// Pain after a major fall or accident (or a minor one with osteoporosis, steroids, age > 70).
    Trauma,
    /// A history of cancer, or unexplained weight loss.
    CancerOrWeightLoss,
    /// Fever, a weakened immune system, or injecting drug use.
    InfectionRisk,
    /// Constant pain whatever the position, or severe pain at night.
    ConstantOrNightPain,
    /// Pain mainly in the chest or upper back, or shortness of breath.
    ChestOrBreathing,
}

impl RedFlag {
    /// Every question, in the order they are asked.
    pub const ALL: [RedFlag; 11] = [
        RedFlag::SaddleNumbness,
        RedFlag::BladderChange,
        RedFlag::BowelControl,
        RedFlag::SexualFunction,
        RedFlag::LegWeakness,
        RedFlag::SuddenSeverePain,
        RedFlag::Trauma,
        RedFlag::CancerOrWeightLoss,
        RedFlag::InfectionRisk,
        RedFlag::ConstantOrNightPain,
        RedFlag::ChestOrBreathing,
    ];

    /// What a "yes" to this question means.
    pub fn urgency(self) -> Urgency {
        match self {
            RedFlag::SaddleNumbness
            | RedFlag::BladderChange
            | RedFlag::BowelControl
            | RedFlag::SexualFunction
            | RedFlag::LegWeakness
            | RedFlag::SuddenSeverePain => Urgency::Emergency,
            RedFlag::Trauma
            | RedFlag::CancerOrWeightLoss
            | RedFlag::InfectionRisk
            | RedFlag::ConstantOrNightPain
            | RedFlag::ChestOrBreathing => Urgency::SeeDoctor,
        }
    }

    /// The kebab-case id, also the stem of its message ids (`red-flag-<id>`).
    pub fn id(self) -> &'static str {
        match self {
            RedFlag::SaddleNumbness => "saddle-numbness",
            RedFlag::BladderChange => "bladder-change",
            RedFlag::BowelControl => "bowel-control",
            RedFlag::SexualFunction => "sexual-function",
            RedFlag::LegWeakness => "leg-weakness",
            RedFlag::SuddenSeverePain => "sudden-severe-pain",
            RedFlag::Trauma => "trauma",
            RedFlag::CancerOrWeightLoss => "cancer-or-weight-loss",
            RedFlag::InfectionRisk => "infection-risk",
            RedFlag::ConstantOrNightPain => "constant-or-night-pain",
            RedFlag::ChestOrBreathing => "chest-or-breathing",
        }
    }
}

/// The most urgent outcome of a set of "yes" answers.
pub fn outcome(present: impl IntoIterator<Item = RedFlag>) -> Urgency {
    present
        .into_iter()
        .map(RedFlag::urgency)
        .max()
        .unwrap_or(Urgency::Clear)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_six_are_emergencies_and_the_rest_need_a_doctor() {
        let (emergency, doctor): (Vec<&RedFlag>, Vec<&RedFlag>) = RedFlag::ALL
            .iter()
            .partition(|f| f.urgency() == Urgency::Emergency);
        assert_eq!(emergency.len(), 6);
        assert_eq!(doctor.len(), 5);
        assert!(doctor.iter().all(|f| f.urgency() == Urgency::SeeDoctor));
    }

    #[test]
    fn the_worst_answer_decides() {
        assert_eq!(outcome([]), Urgency::Clear);
        assert_eq!(outcome([RedFlag::Trauma]), Urgency::SeeDoctor);
        assert_eq!(
            outcome([RedFlag::Trauma, RedFlag::BowelControl]),
            Urgency::Emergency
        );
    }
}
