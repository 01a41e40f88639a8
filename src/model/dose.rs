//! How much of an exercise to do: the kind of dose, its default, its safe range, and the overrides a
//! program phase may give.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// What one set of an exercise counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum DoseKind {
    /// Repetitions per set, each optionally ending in a short hold.
    Reps,
    /// Holds of a given length (a number of them per set).
    Hold,
    /// One continuous bout of a given length (walking).
    Timed,
    /// Slow breaths per set.
    Breaths,
}

/// A key of a dose as files write it: the one list of dose keys that the model, the validator
/// and the descriptions share.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DoseKey {
    /// Sets.
    Sets,
    /// Repetitions (or holds) per set.
    Reps,
    /// Length of a hold, in seconds.
    HoldSeconds,
    /// Length of a timed bout, in seconds.
    DurationSeconds,
    /// Breaths per set.
    Breaths,
    /// Rest between sets, in seconds.
    RestSeconds,
    /// Seconds to move, pause and return (text, not a number).
    Tempo,
}

impl DoseKey {
    /// The keys that hold a number, in the order files, checks and descriptions list them.
    pub const NUMBERS: [DoseKey; 6] = [
        DoseKey::Sets,
        DoseKey::Reps,
        DoseKey::HoldSeconds,
        DoseKey::DurationSeconds,
        DoseKey::Breaths,
        DoseKey::RestSeconds,
    ];

    /// The name used in files.
    pub fn name(self) -> &'static str {
        match self {
            DoseKey::Sets => "sets",
            DoseKey::Reps => "reps",
            DoseKey::HoldSeconds => "hold_seconds",
            DoseKey::DurationSeconds => "duration_seconds",
            DoseKey::Breaths => "breaths",
            DoseKey::RestSeconds => "rest_seconds",
            DoseKey::Tempo => "tempo",
        }
    }

    /// Whether a dose of this kind may carry this key.
    pub fn applies_to(self, kind: DoseKind) -> bool {
        matches!(self, DoseKey::Sets | DoseKey::RestSeconds) || kind.allowed_keys().contains(&self)
    }
}

impl DoseKind {
    /// The dose key that carries this kind's main quantity.
    pub fn main_key(self) -> DoseKey {
        match self {
            DoseKind::Reps => DoseKey::Reps,
            DoseKind::Hold => DoseKey::HoldSeconds,
            DoseKind::Timed => DoseKey::DurationSeconds,
            DoseKind::Breaths => DoseKey::Breaths,
        }
    }

    /// The dose keys that mean something for this kind (besides `sets` and `rest_seconds`).
    pub fn allowed_keys(self) -> &'static [DoseKey] {
        match self {
            DoseKind::Reps => &[DoseKey::Reps, DoseKey::HoldSeconds, DoseKey::Tempo],
            DoseKind::Hold => &[DoseKey::Reps, DoseKey::HoldSeconds],
            DoseKind::Timed => &[DoseKey::DurationSeconds],
            DoseKind::Breaths => &[DoseKey::Breaths],
        }
    }

    /// The kebab-case name used in files.
    pub fn name(self) -> &'static str {
        match self {
            DoseKind::Reps => "reps",
            DoseKind::Hold => "hold",
            DoseKind::Timed => "timed",
            DoseKind::Breaths => "breaths",
        }
    }
}

/// Repetitions (or holds) per set: one number for every set (`reps = 10`), or one number per set
/// (`reps = [5, 3, 1]`, a descending pyramid such as the McGill curl-up's). A list shorter than
/// the sets repeats its last number for the sets after it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum Reps {
    /// The same number in every set.
    Each(u32),
    /// A number for each set, first set first.
    PerSet(#[schemars(length(min = 1, max = 10))] Vec<u32>),
}

/// Reads a whole number or a list of them, with the same errors as a plain number (a fraction,
/// a negative number or text is "not a whole number") so that the validator's plain words apply.
impl<'de> Deserialize<'de> for Reps {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = Reps;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("u32")
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Reps, E> {
                u32::try_from(v)
                    .map(Reps::Each)
                    .map_err(|_| E::invalid_value(serde::de::Unexpected::Unsigned(v), &self))
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Reps, E> {
                u32::try_from(v)
                    .map(Reps::Each)
                    .map_err(|_| E::invalid_value(serde::de::Unexpected::Signed(v), &self))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Reps, A::Error> {
                let mut list = Vec::new();
                while let Some(v) = seq.next_element::<u32>()? {
                    list.push(v);
                }
                Ok(Reps::PerSet(list))
            }
        }
        deserializer.deserialize_any(Visitor)
    }
}

impl From<u32> for Reps {
    fn from(value: u32) -> Self {
        Reps::Each(value)
    }
}

impl Reps {
    /// The number for one set (1-based); a short list repeats its last number.
    pub fn in_set(&self, set: u32) -> u32 {
        match self {
            Reps::Each(v) => *v,
            Reps::PerSet(list) => {
                let i = (set.max(1) - 1) as usize;
                list.get(i).or(list.last()).copied().unwrap_or(1)
            }
        }
    }

    /// The largest number of any set (the first set of a descending pyramid).
    pub fn top(&self) -> u32 {
        match self {
            Reps::Each(v) => *v,
            Reps::PerSet(list) => list.iter().copied().max().unwrap_or(1),
        }
    }

    /// The smallest number of any set.
    pub fn bottom(&self) -> u32 {
        match self {
            Reps::Each(v) => *v,
            Reps::PerSet(list) => list.iter().copied().min().unwrap_or(1),
        }
    }

    /// Whether the sets differ (a list of numbers, not one number for all).
    pub fn is_per_set(&self) -> bool {
        matches!(self, Reps::PerSet(_))
    }

    /// The numbers as written: one for all sets, or the list.
    pub fn values(&self) -> Vec<u32> {
        match self {
            Reps::Each(v) => vec![*v],
            Reps::PerSet(list) => list.clone(),
        }
    }

    /// The total over `sets` sets.
    pub fn total(&self, sets: u32) -> u32 {
        (1..=sets.max(1)).fold(0u32, |sum, set| sum.saturating_add(self.in_set(set)))
    }

    /// The same shape with every number changed by `f`.
    pub fn map(&self, f: impl Fn(u32) -> u32) -> Reps {
        match self {
            Reps::Each(v) => Reps::Each(f(*v)),
            Reps::PerSet(list) => Reps::PerSet(list.iter().map(|v| f(*v)).collect()),
        }
    }

    /// Exactly `sets` numbers, one per set (a short list repeats its last number, a long one is
    /// cut); one number for all sets stays as it is.
    pub fn fit(&self, sets: u32) -> Reps {
        match self {
            Reps::Each(v) => Reps::Each(*v),
            Reps::PerSet(_) => Reps::PerSet((1..=sets.max(1)).map(|s| self.in_set(s)).collect()),
        }
    }

    /// The larger of two, set by set over `sets` sets (a list when either is one).
    pub fn larger(&self, other: &Reps, sets: u32) -> Reps {
        match (self, other) {
            (Reps::Each(a), Reps::Each(b)) => Reps::Each(*a.max(b)),
            _ => Reps::PerSet(
                (1..=sets.max(1))
                    .map(|set| self.in_set(set).max(other.in_set(set)))
                    .collect(),
            ),
        }
    }

    /// How people read it: "10", or "5-3-1" for a number per set.
    pub fn label(&self) -> String {
        match self {
            Reps::Each(v) => v.to_string(),
            Reps::PerSet(list) => list
                .iter()
                .map(u32::to_string)
                .collect::<Vec<_>>()
                .join("-"),
        }
    }
}

/// Limits no file may pass, whatever its own range says (inclusive).
#[derive(Debug, Clone, Copy)]
pub struct SaneLimits;

impl SaneLimits {
    /// Sets per exercise.
    pub const SETS: [u32; 2] = [1, 10];
    /// Repetitions (or holds) per set.
    pub const REPS: [u32; 2] = [1, 100];
    /// Breaths per set.
    pub const BREATHS: [u32; 2] = [1, 100];
    /// Length of one hold, in seconds.
    pub const HOLD_SECONDS: [u32; 2] = [1, 300];
    /// Length of one timed bout, in seconds.
    pub const DURATION_SECONDS: [u32; 2] = [10, 3600];
    /// Rest between sets, in seconds.
    pub const REST_SECONDS: [u32; 2] = [0, 600];

    /// The limits for a dose key, if it is a number.
    pub fn for_key(key: DoseKey) -> Option<[u32; 2]> {
        match key {
            DoseKey::Sets => Some(Self::SETS),
            DoseKey::Reps => Some(Self::REPS),
            DoseKey::Breaths => Some(Self::BREATHS),
            DoseKey::HoldSeconds => Some(Self::HOLD_SECONDS),
            DoseKey::DurationSeconds => Some(Self::DURATION_SECONDS),
            DoseKey::RestSeconds => Some(Self::REST_SECONDS),
            DoseKey::Tempo => None,
        }
    }
}

/// An exercise's default dose and the range a program or progression may move it in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Dose {
    /// What a set counts: reps, hold, timed or breaths.
    pub kind: DoseKind,
    /// Sets.
    pub sets: u32,
    /// Repetitions per set (reps), or holds per set (hold; default 1): one number for every set,
    /// or a list with a number per set such as `[5, 3, 1]`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reps: Option<Reps>,
    /// Length of each hold (hold), or of the pause at the end of each repetition (reps), in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hold_seconds: Option<u32>,
    /// Length of one timed bout, in seconds (timed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration_seconds: Option<u32>,
    /// Breaths per set (breaths).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub breaths: Option<u32>,
    /// Seconds to move, pause and return, such as "2-1-2" (reps only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tempo: Option<String>,
    /// Rest between sets, in seconds.
    #[serde(default)]
    pub rest_seconds: u32,
    /// Whether every set is done on the left and then on the right.
    #[serde(default)]
    pub per_side: bool,
    /// The safe range, `[lowest, highest]` for each quantity.
    pub range: DoseRange,
}

/// The safe range of each quantity of a dose, inclusive.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct DoseRange {
    /// Sets.
    pub sets: [u32; 2],
    /// Repetitions or holds per set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reps: Option<[u32; 2]>,
    /// Hold length in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hold_seconds: Option<[u32; 2]>,
    /// Bout length in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration_seconds: Option<[u32; 2]>,
    /// Breaths per set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub breaths: Option<[u32; 2]>,
    /// Rest between sets in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rest_seconds: Option<[u32; 2]>,
}

impl DoseRange {
    /// The range for a numeric dose key, if the file gives one.
    pub fn for_key(&self, key: DoseKey) -> Option<[u32; 2]> {
        match key {
            DoseKey::Sets => Some(self.sets),
            DoseKey::Reps => self.reps,
            DoseKey::HoldSeconds => self.hold_seconds,
            DoseKey::DurationSeconds => self.duration_seconds,
            DoseKey::Breaths => self.breaths,
            DoseKey::RestSeconds => self.rest_seconds,
            DoseKey::Tempo => None,
        }
    }
}

/// Dose values a program phase sets for one exercise; what it leaves out comes from the exercise.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct DoseOverride {
    /// Sets.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sets: Option<u32>,
    /// Repetitions or holds per set: one number, or a list with a number per set such as
    /// `[5, 3, 1]` (the sets follow the list's length when the phase does not give them).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reps: Option<Reps>,
    /// Hold length in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hold_seconds: Option<u32>,
    /// Bout length in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration_seconds: Option<u32>,
    /// Breaths per set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub breaths: Option<u32>,
    /// Rest between sets in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rest_seconds: Option<u32>,
    /// Tempo such as "2-1-2".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tempo: Option<String>,
}

impl DoseOverride {
    /// The value it sets for a numeric dose key (for reps given per set, the largest).
    pub fn value(&self, key: DoseKey) -> Option<u32> {
        match key {
            DoseKey::Sets => self.sets,
            DoseKey::Reps => self.reps.as_ref().map(Reps::top),
            DoseKey::HoldSeconds => self.hold_seconds,
            DoseKey::DurationSeconds => self.duration_seconds,
            DoseKey::Breaths => self.breaths,
            DoseKey::RestSeconds => self.rest_seconds,
            DoseKey::Tempo => None,
        }
    }

    /// The numeric values it sets, as (key, value) pairs in [`DoseKey::NUMBERS`] order.
    pub fn numbers(&self) -> Vec<(DoseKey, u32)> {
        DoseKey::NUMBERS
            .into_iter()
            .filter_map(|key| self.value(key).map(|v| (key, v)))
            .collect()
    }
}

impl Dose {
    /// Its values, as a phase would write every one of them.
    fn values(&self) -> DoseOverride {
        DoseOverride {
            sets: Some(self.sets),
            reps: self.reps.clone(),
            hold_seconds: self.hold_seconds,
            duration_seconds: self.duration_seconds,
            breaths: self.breaths,
            rest_seconds: Some(self.rest_seconds),
            tempo: None,
        }
    }

    /// The value of a numeric dose key, if set.
    pub fn value(&self, key: DoseKey) -> Option<u32> {
        self.values().value(key)
    }

    /// The numeric values this dose sets, as (key, value) pairs in [`DoseKey::NUMBERS`] order.
    pub fn numbers(&self) -> Vec<(DoseKey, u32)> {
        self.values().numbers()
    }

    /// This dose with a program's overrides applied (the range stays the exercise's).
    pub fn with_override(&self, over: &DoseOverride) -> Dose {
        let mut dose = self.clone();
        if let Some(v) = over.sets {
            dose.sets = v;
        }
        if let Some(v) = &over.reps {
            if over.sets.is_none()
                && let Reps::PerSet(list) = v
            {
                dose.sets = u32::try_from(list.len()).unwrap_or(u32::MAX).max(1);
            }
            dose.reps = Some(v.clone());
        }
        if let Some(v) = over.hold_seconds {
            dose.hold_seconds = Some(v);
        }
        if let Some(v) = over.duration_seconds {
            dose.duration_seconds = Some(v);
        }
        if let Some(v) = over.breaths {
            dose.breaths = Some(v);
        }
        if let Some(v) = over.rest_seconds {
            dose.rest_seconds = v;
        }
        if let Some(t) = &over.tempo {
            dose.tempo = Some(t.clone());
        }
        dose
    }

    /// Seconds one side of one set (1-based) takes, without rests (a rough figure for planning).
    pub fn seconds_in_set(&self, set: u32) -> u32 {
        let reps = self.reps.as_ref().map_or(1, |r| r.in_set(set));
        match self.kind {
            DoseKind::Reps | DoseKind::Hold => {
                reps.saturating_mul(self.hold_seconds.unwrap_or(0).saturating_add(3))
            }
            DoseKind::Timed => self.duration_seconds.unwrap_or(0),
            DoseKind::Breaths => self.breaths.unwrap_or(0).saturating_mul(6),
        }
    }

    /// Rough length of the whole dose in seconds, sides and rests between sets included.
    pub fn estimated_seconds(&self) -> u32 {
        let sides = if self.per_side { 2 } else { 1 };
        let sets = self.sets.max(1);
        let work = (1..=sets).fold(0u32, |sum, set| {
            sum.saturating_add(self.seconds_in_set(set).saturating_mul(sides))
        });
        work.saturating_add(self.rest_seconds.saturating_mul(sets - 1))
    }
}

/// A dose as prescribed for one session: the numbers without the safe range. This is what the
/// plan hands the session player and what the journal records as "planned".
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Prescription {
    /// What a set counts.
    pub kind: DoseKind,
    /// Sets.
    pub sets: u32,
    /// Repetitions per set (reps) or holds per set (hold): one number, or one per set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reps: Option<Reps>,
    /// Seconds of each hold.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hold_seconds: Option<u32>,
    /// Seconds of a timed bout.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration_seconds: Option<u32>,
    /// Breaths per set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub breaths: Option<u32>,
    /// Seconds to move, pause and return.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tempo: Option<String>,
    /// Rest between sets in seconds.
    #[serde(default)]
    pub rest_seconds: u32,
    /// Every set on the left, then on the right.
    #[serde(default)]
    pub per_side: bool,
}

impl Prescription {
    /// Repetitions (or holds) in one set (1-based), when the dose counts them.
    pub fn reps_in_set(&self, set: u32) -> Option<u32> {
        self.reps.as_ref().map(|r| r.in_set(set))
    }

    /// Every value of a numeric dose key: one, or one per set for reps given set by set; empty
    /// when the dose leaves the key out.
    pub fn values_of(&self, key: DoseKey) -> Vec<u32> {
        let one = match key {
            DoseKey::Sets => Some(self.sets),
            DoseKey::Reps => {
                return self
                    .reps
                    .as_ref()
                    .map_or_else(Vec::new, |r| r.fit(self.sets).values());
            }
            DoseKey::HoldSeconds => self.hold_seconds,
            DoseKey::DurationSeconds => self.duration_seconds,
            DoseKey::Breaths => self.breaths,
            DoseKey::RestSeconds => Some(self.rest_seconds),
            DoseKey::Tempo => None,
        };
        one.into_iter().collect()
    }
}

impl Dose {
    /// The numbers of this dose, without its range.
    pub fn prescription(&self) -> Prescription {
        Prescription {
            kind: self.kind,
            sets: self.sets,
            reps: self.reps.clone(),
            hold_seconds: self.hold_seconds,
            duration_seconds: self.duration_seconds,
            breaths: self.breaths,
            tempo: self.tempo.clone(),
            rest_seconds: self.rest_seconds,
            per_side: self.per_side,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bird_dog() -> Dose {
        Dose {
            kind: DoseKind::Reps,
            sets: 3,
            reps: Some(6.into()),
            hold_seconds: Some(10),
            duration_seconds: None,
            breaths: None,
            tempo: None,
            rest_seconds: 30,
            per_side: true,
            range: DoseRange {
                sets: [2, 4],
                reps: Some([4, 10]),
                hold_seconds: Some([5, 10]),
                duration_seconds: None,
                breaths: None,
                rest_seconds: Some([20, 60]),
            },
        }
    }

    #[test]
    fn overrides_replace_only_what_they_name() {
        let over = DoseOverride {
            sets: Some(2),
            reps: Some(8.into()),
            ..DoseOverride::default()
        };
        let dose = bird_dog().with_override(&over);
        assert_eq!(dose.sets, 2);
        assert_eq!(dose.reps, Some(8.into()));
        assert_eq!(dose.hold_seconds, Some(10));
        assert_eq!(dose.rest_seconds, 30);
    }

    #[test]
    fn every_dose_key_is_a_key_of_the_file_format() {
        let schema = schemars::schema_for!(Dose).to_value();
        let range = schemars::schema_for!(DoseRange).to_value();
        for key in DoseKey::NUMBERS.into_iter().chain([DoseKey::Tempo]) {
            assert!(schema["properties"].get(key.name()).is_some(), "{key:?}");
        }
        for key in DoseKey::NUMBERS {
            assert!(range["properties"].get(key.name()).is_some(), "{key:?}");
            assert_eq!(
                bird_dog().value(key).is_some(),
                bird_dog().numbers().iter().any(|(k, _)| *k == key)
            );
        }
        assert!(DoseKey::Tempo.applies_to(DoseKind::Reps));
        assert!(!DoseKey::Tempo.applies_to(DoseKind::Hold));
        assert!(DoseKey::RestSeconds.applies_to(DoseKind::Timed));
    }

    #[test]
    fn reps_given_set_by_set_read_as_a_pyramid() {
        let pyramid: Reps = toml::from_str::<DoseOverride>("reps = [5, 3, 1]")
            .map(|o| o.reps)
            .ok()
            .flatten()
            .unwrap_or(Reps::Each(0));
        assert_eq!(pyramid, Reps::PerSet(vec![5, 3, 1]));
        assert_eq!(pyramid.label(), "5-3-1");
        assert_eq!((pyramid.in_set(1), pyramid.in_set(3)), (5, 1));
        assert_eq!(pyramid.in_set(4), 1, "a short list repeats its last number");
        assert_eq!(pyramid.total(3), 9);
        assert_eq!(pyramid.fit(2).label(), "5-3");
        assert_eq!(pyramid.map(|v| v + 1).label(), "6-4-2");
        assert_eq!(Reps::Each(8).in_set(3), 8);
        assert_eq!(Reps::Each(4).larger(&pyramid, 3).label(), "5-4-4");
    }

    #[test]
    fn a_list_of_reps_without_sets_sets_the_sets() {
        let over = DoseOverride {
            reps: Some(Reps::PerSet(vec![5, 3, 1])),
            ..DoseOverride::default()
        };
        let dose = bird_dog().with_override(&over);
        assert_eq!(dose.sets, 3);
        let two = DoseOverride {
            sets: Some(4),
            ..over
        };
        assert_eq!(bird_dog().with_override(&two).sets, 4);
    }

    #[test]
    fn a_pyramid_takes_its_own_time() {
        let mut dose = bird_dog();
        dose.per_side = false;
        dose.reps = Some(Reps::PerSet(vec![5, 3, 1]));
        // (5 + 3 + 1) reps x 13 s, and 2 rests of 30 s.
        assert_eq!(dose.estimated_seconds(), 9 * 13 + 60);
    }

    #[test]
    fn estimate_counts_both_sides_and_rests() {
        // 6 reps x (3 s move + 10 s hold) = 78 s a side, 156 s a set, 3 sets + 2 rests of 30 s.
        assert_eq!(bird_dog().estimated_seconds(), 156 * 3 + 60);
    }

    #[test]
    fn a_huge_hold_in_a_loaded_file_does_not_overflow_the_estimate() {
        // Found by fuzzing (fuzz/README.md): `3 + hold_seconds` overflowed for a reps dose.
        let shipped = crate::catalog::shipped_text("exercises/bird-dog.toml").unwrap_or_default();
        let text = shipped.replace("hold_seconds = 10\n", "hold_seconds = 4294967295\n");
        assert_ne!(text, shipped);
        let catalog = crate::catalog::Catalog::from_texts(false, &[("exercises/x.toml", &text)]);
        let dose = &catalog.exercises["x"].value.dose;
        assert_eq!(dose.hold_seconds, Some(u32::MAX));
        assert_eq!(dose.estimated_seconds(), u32::MAX);
    }
}
