//! Adverse events: something that went wrong with or around the exercises (a pain that stopped an
//! exercise, a flare-up, a new symptom, a fall, an injury, feeling faint). Each is its own journal
//! entry (kind `adverse-event`), recorded by the patient (`kern log --adverse KIND`) or by the
//! coach when "this hurts" stops an exercise; the report lists them for the therapist, as CERT
//! item 11 asks ("type and number of adverse events").

use serde::{Deserialize, Serialize};

use crate::journal::Score;
use crate::session::HurtChoice;

/// What happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AdverseKind {
    /// Pain during an exercise above the agreed limit.
    PainDuringExercise,
    /// A flare-up of the back pain after exercising.
    FlareUp,
    /// A symptom the patient did not have before (tingling, a pain elsewhere…).
    NewSymptom,
    /// A fall.
    Fall,
    /// An injury (a strain, a bruise…).
    Injury,
    /// Dizziness or feeling faint.
    Faint,
    /// Anything else.
    Other,
}

impl AdverseKind {
    /// Every kind, in the order they are offered.
    pub const ALL: [AdverseKind; 7] = [
        AdverseKind::PainDuringExercise,
        AdverseKind::FlareUp,
        AdverseKind::NewSymptom,
        AdverseKind::Fall,
        AdverseKind::Injury,
        AdverseKind::Faint,
        AdverseKind::Other,
    ];

    /// The kebab-case name, as in files and on the command line.
    pub fn name(self) -> &'static str {
        match self {
            AdverseKind::PainDuringExercise => "pain-during-exercise",
            AdverseKind::FlareUp => "flare-up",
            AdverseKind::NewSymptom => "new-symptom",
            AdverseKind::Fall => "fall",
            AdverseKind::Injury => "injury",
            AdverseKind::Faint => "faint",
            AdverseKind::Other => "other",
        }
    }
}

/// How bad it was, in the grading used for adverse events of exercise: mild passes by itself,
/// moderate changes or stops the exercising, severe needs a doctor's or physiotherapist's care.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Severity {
    /// Passed by itself; the exercising went on.
    Mild,
    /// The exercise or the session was changed or stopped.
    Moderate,
    /// Care from a doctor or physiotherapist was needed.
    Severe,
}

impl std::str::FromStr for AdverseKind {
    type Err = String;

    fn from_str(text: &str) -> Result<AdverseKind, String> {
        AdverseKind::ALL
            .into_iter()
            .find(|k| k.name() == text.trim())
            .ok_or_else(|| {
                let names: Vec<&str> = AdverseKind::ALL.iter().map(|k| k.name()).collect();
                format!("'{}' is not one of: {}", text.trim(), names.join(", "))
            })
    }
}

impl Severity {
    /// Every grade, mildest first.
    pub const ALL: [Severity; 3] = [Severity::Mild, Severity::Moderate, Severity::Severe];

    /// The kebab-case name.
    pub fn name(self) -> &'static str {
        match self {
            Severity::Mild => "mild",
            Severity::Moderate => "moderate",
            Severity::Severe => "severe",
        }
    }
}

impl std::str::FromStr for Severity {
    type Err = String;

    fn from_str(text: &str) -> Result<Severity, String> {
        Severity::ALL
            .into_iter()
            .find(|s| s.name() == text.trim())
            .ok_or_else(|| format!("'{}' is not mild, moderate or severe", text.trim()))
    }
}

/// Who recorded it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RecordedBy {
    /// The patient, with `kern log --adverse`.
    Patient,
    /// The coach, when "this hurts" stopped an exercise.
    Coach,
}

/// The body of an `adverse-event` entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AdverseEvent {
    /// What happened.
    pub what: AdverseKind,
    /// How bad it was.
    pub severity: Severity,
    /// Who recorded it.
    pub recorded_by: RecordedBy,
    /// The exercise it happened in, if any (an exercise id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exercise: Option<String>,
    /// The pain at that moment, 0–10.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pain: Option<Score>,
    /// The patient's words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// What the coach records when "this hurts" reports pain above the limit and the patient takes
/// the easier variant, skips the exercise or stops (pain within the limit is no adverse event).
/// Stopping or skipping is moderate; an easier variant mild; pain of 8 or more with a stop is
/// still moderate here: only the patient can say whether care was needed (severe).
pub fn from_hurt(
    exercise: &str,
    pain: Score,
    stop_limit: u32,
    choice: HurtChoice,
) -> Option<AdverseEvent> {
    if u32::from(pain.get()) <= stop_limit {
        return None;
    }
    let severity = match choice {
        HurtChoice::Continue => return None,
        HurtChoice::Easier => Severity::Mild,
        HurtChoice::Skip | HurtChoice::Stop => Severity::Moderate,
    };
    Some(AdverseEvent {
        what: AdverseKind::PainDuringExercise,
        severity,
        recorded_by: RecordedBy::Coach,
        exercise: Some(exercise.to_owned()),
        pain: Some(pain),
        note: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn score(n: u8) -> Score {
        Score::new(i64::from(n)).unwrap()
    }

    #[test]
    fn only_pain_above_the_limit_that_changes_the_exercise_is_an_adverse_event() {
        assert_eq!(from_hurt("bird-dog", score(5), 5, HurtChoice::Stop), None);
        assert_eq!(
            from_hurt("bird-dog", score(7), 5, HurtChoice::Continue),
            None
        );
        let easier = from_hurt("bird-dog", score(6), 5, HurtChoice::Easier).unwrap();
        assert_eq!(easier.severity, Severity::Mild);
        let stop = from_hurt("bird-dog", score(9), 5, HurtChoice::Stop).unwrap();
        assert_eq!(
            (stop.what, stop.severity, stop.recorded_by),
            (
                AdverseKind::PainDuringExercise,
                Severity::Moderate,
                RecordedBy::Coach
            )
        );
        assert_eq!(stop.exercise.as_deref(), Some("bird-dog"));
    }

    #[test]
    fn the_body_reads_back_from_toml() {
        let event = AdverseEvent {
            what: AdverseKind::Fall,
            severity: Severity::Severe,
            recorded_by: RecordedBy::Patient,
            exercise: None,
            pain: Some(score(6)),
            note: Some("Slipped on the mat".into()),
        };
        let text = toml::to_string(&event).unwrap();
        assert!(text.contains("what = \"fall\""), "{text}");
        assert_eq!(toml::from_str::<AdverseEvent>(&text).unwrap(), event);
        let names: Vec<&str> = AdverseKind::ALL.iter().map(|k| k.name()).collect();
        for kind in AdverseKind::ALL {
            let as_toml = toml::to_string(&AdverseEvent {
                what: kind,
                ..event.clone()
            })
            .unwrap();
            assert!(
                as_toml.contains(&format!("\"{}\"", kind.name())),
                "{as_toml}"
            );
        }
        assert_eq!(names.len(), 7);
    }
}
