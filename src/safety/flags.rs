//! The 11 warning signs (CLINICAL.md, "Red flags"), how urgent a "yes" to each is, and which of
//! them are lifelong facts rather than symptoms that are new since the last check.

use serde::{Deserialize, Serialize};

/// How urgent a red flag is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Urgency {
    /// Nothing found.
    Clear,
    /// See a doctor (huisarts/GP) within a day or two before going on.
    SeeDoctor,
    /// Go to the emergency department (spoedgevallen) now or call 112.
    Emergency,
}

/// One warning sign, asked as one yes/no question.
///
/// The order of the variants is the order of the questions. Ids are stable: they are stored in
/// journals. `ChestOrBreathing` is the question asked by kern before the red-flag list changed
/// ("pain mainly in the chest or upper back, or short of breath"); old answers to it keep their
/// meaning, and it is no longer asked (see [`RedFlag::ALL`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RedFlag {
    /// 1. New numbness or tingling in the saddle area.
    SaddleNumbness,
    /// 2. New difficulty starting or controlling urine, leaking, or not feeling a full bladder.
    BladderChange,
    /// 3. New loss of bowel control.
    BowelControl,
    /// 4. New change in sexual function or genital sensation.
    SexualFunction,
    /// 5. New or worsening weakness in a leg, or new symptoms in both legs.
    LegWeakness,
    /// 6. Sudden severe back or belly pain with a throbbing feeling (faint or not).
    SuddenSeverePain,
    /// 7. Sudden chest pain, or sudden shortness of breath.
    SuddenChestPainOrBreathless,
    /// 8. Pain that started after a major fall or accident (or a minor one with osteoporosis,
    ///    long-term steroids or age over 70).
    Trauma,
    /// 9. A history of cancer, or weight loss without trying.
    CancerOrWeightLoss,
    /// 10. Fever, a weakened immune system, or injecting drug use.
    InfectionRisk,
    /// 11. Constant pain whatever the position, severe pain at night, or pain mainly in the
    ///     upper back unlike the usual back pain.
    ConstantOrNightPain,
    /// The earlier question "pain mainly in the chest or upper back, or short of breath" (a
    /// see-a-doctor flag). Kept so that old journals read; no longer asked.
    ChestOrBreathing,
}

/// Whether a "yes" describes something that stays true for life or something new.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Nature {
    /// A symptom that is asked as "new since" each time.
    NewSymptom,
    /// A fact that stays true (the fall that started this episode, ever having had cancer): once a
    /// clinician has cleared it, only what is new since is asked.
    Lifelong,
}

impl RedFlag {
    /// The 11 questions asked today, in order: 1–7 emergencies, 8–11 see a doctor.
    pub const ALL: [RedFlag; 11] = [
        RedFlag::SaddleNumbness,
        RedFlag::BladderChange,
        RedFlag::BowelControl,
        RedFlag::SexualFunction,
        RedFlag::LegWeakness,
        RedFlag::SuddenSeverePain,
        RedFlag::SuddenChestPainOrBreathless,
        RedFlag::Trauma,
        RedFlag::CancerOrWeightLoss,
        RedFlag::InfectionRisk,
        RedFlag::ConstantOrNightPain,
    ];

    /// What a "yes" to this question means.
    pub fn urgency(self) -> Urgency {
        match self {
            RedFlag::SaddleNumbness
            | RedFlag::BladderChange
            | RedFlag::BowelControl
            | RedFlag::SexualFunction
            | RedFlag::LegWeakness
            | RedFlag::SuddenSeverePain
            | RedFlag::SuddenChestPainOrBreathless => Urgency::Emergency,
            RedFlag::Trauma
            | RedFlag::CancerOrWeightLoss
            | RedFlag::InfectionRisk
            | RedFlag::ConstantOrNightPain
            | RedFlag::ChestOrBreathing => Urgency::SeeDoctor,
        }
    }

    /// Lifelong fact or new symptom.
    pub fn nature(self) -> Nature {
        match self {
            RedFlag::Trauma | RedFlag::CancerOrWeightLoss => Nature::Lifelong,
            _ => Nature::NewSymptom,
        }
    }

    /// The kebab-case id, also the stem of its message ids (`red-flag-<id>`, `red-flag-topic-<id>`,
    /// `report-flag-<id>`).
    pub fn id(self) -> &'static str {
        match self {
            RedFlag::SaddleNumbness => "saddle-numbness",
            RedFlag::BladderChange => "bladder-change",
            RedFlag::BowelControl => "bowel-control",
            RedFlag::SexualFunction => "sexual-function",
            RedFlag::LegWeakness => "leg-weakness",
            RedFlag::SuddenSeverePain => "sudden-severe-pain",
            RedFlag::SuddenChestPainOrBreathless => "sudden-chest-pain-or-breathless",
            RedFlag::Trauma => "trauma",
            RedFlag::CancerOrWeightLoss => "cancer-or-weight-loss",
            RedFlag::InfectionRisk => "infection-risk",
            RedFlag::ConstantOrNightPain => "constant-or-night-pain",
            RedFlag::ChestOrBreathing => "chest-or-breathing",
        }
    }

    /// The short label of this warning sign in the weekly check's list (message id).
    pub fn topic_id(self) -> String {
        format!("red-flag-topic-{}", self.id())
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
    fn the_first_seven_are_emergencies_and_the_last_four_need_a_doctor() {
        let urgencies: Vec<Urgency> = RedFlag::ALL.iter().map(|f| f.urgency()).collect();
        assert_eq!(urgencies[..7], [Urgency::Emergency; 7]);
        assert_eq!(urgencies[7..], [Urgency::SeeDoctor; 4]);
        assert_eq!(
            RedFlag::SuddenChestPainOrBreathless.urgency(),
            Urgency::Emergency
        );
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

    #[test]
    fn only_the_fall_and_cancer_are_lifelong() {
        let lifelong: Vec<RedFlag> = RedFlag::ALL
            .into_iter()
            .filter(|f| f.nature() == Nature::Lifelong)
            .collect();
        assert_eq!(lifelong, [RedFlag::Trauma, RedFlag::CancerOrWeightLoss]);
    }

    #[test]
    fn the_retired_chest_question_still_reads_but_is_not_asked() {
        let flag: RedFlag =
            serde_json::from_str("\"chest-or-breathing\"").unwrap_or(RedFlag::Trauma);
        assert_eq!(flag, RedFlag::ChestOrBreathing);
        assert_eq!(flag.urgency(), Urgency::SeeDoctor);
        assert!(!RedFlag::ALL.contains(&flag));
        let ids: std::collections::BTreeSet<&str> = RedFlag::ALL.iter().map(|f| f.id()).collect();
        assert_eq!(ids.len(), 11);
    }
}
