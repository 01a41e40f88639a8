//! How the source's values map onto kern's: level, category, equipment, a starting dose with its
//! safe range, and a purpose sentence from the category and muscles.

use std::fmt::Write as _;

use crate::model::{Category, DoseKind, Equipment, Position};

use super::Record;

pub(super) fn level(source: Option<&str>) -> u32 {
    match source {
        Some("beginner") => 2,
        Some("expert") => 8,
        _ => 5,
    }
}

pub(super) fn category(record: &Record) -> Category {
    let muscle = record.primary_muscles.first().map(String::as_str);
    match record.category.as_deref() {
        Some("stretching") => Category::Mobility,
        Some("cardio") => Category::Aerobic,
        Some("strength") => match muscle {
            Some("abdominals" | "lower back") => Category::Core,
            Some("glutes" | "hamstrings" | "adductors" | "abductors") => Category::Hip,
            _ => Category::Functional,
        },
        _ => Category::Functional,
    }
}

pub(super) fn equipment(source: Option<&str>, position: Position) -> Vec<Equipment> {
    let on_the_floor = matches!(
        position,
        Position::Supine
            | Position::Prone
            | Position::SideLying
            | Position::Quadruped
            | Position::Kneeling
    );
    match source {
        None => Vec::new(),
        Some("body only") if on_the_floor => vec![Equipment::Mat],
        Some("body only") => Vec::new(),
        Some("dumbbell") => vec![Equipment::Dumbbell],
        Some("barbell" | "e-z curl bar") => vec![Equipment::Barbell],
        Some("kettlebells") => vec![Equipment::Kettlebell],
        Some("bands") => vec![Equipment::ResistanceBand],
        Some("machine") => vec![Equipment::Machine],
        Some("cable") => vec![Equipment::Cable],
        Some("medicine ball" | "exercise ball") => vec![Equipment::Ball],
        Some("foam roll") => vec![Equipment::FoamRoller],
        Some(_) => vec![Equipment::Other],
    }
}

/// A starting dose: kind, sets, the main quantity, rest, each with its safe range.
pub(super) struct DoseSpec {
    pub(super) kind: DoseKind,
    pub(super) sets: (u32, [u32; 2]),
    pub(super) main: (u32, [u32; 2]),
    pub(super) rest: (u32, [u32; 2]),
}

pub(super) fn dose(record: &Record) -> DoseSpec {
    let spec = |kind, sets, main, rest| DoseSpec {
        kind,
        sets,
        main,
        rest,
    };
    match record.category.as_deref() {
        Some("stretching") => spec(DoseKind::Hold, (2, [1, 3]), (20, [15, 30]), (15, [10, 30])),
        Some("cardio") => spec(
            DoseKind::Timed,
            (1, [1, 2]),
            (600, [300, 1200]),
            (60, [30, 120]),
        ),
        _ if record.force.as_deref() == Some("static") => {
            spec(DoseKind::Hold, (3, [2, 4]), (15, [10, 30]), (30, [20, 60]))
        }
        Some("plyometrics") => spec(DoseKind::Reps, (2, [1, 3]), (6, [4, 8]), (90, [60, 120])),
        Some("powerlifting" | "olympic weightlifting" | "strongman") => {
            spec(DoseKind::Reps, (3, [2, 5]), (5, [3, 6]), (120, [90, 180]))
        }
        _ if record.mechanic.as_deref() == Some("compound") => {
            spec(DoseKind::Reps, (3, [2, 4]), (8, [6, 12]), (90, [60, 120]))
        }
        _ => spec(DoseKind::Reps, (3, [2, 4]), (10, [8, 15]), (60, [30, 90])),
    }
}

fn joined(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

pub(super) fn purpose(record: &Record) -> String {
    let what = match record.category.as_deref() {
        Some("strength") => "A strength exercise",
        Some("stretching") => "A stretch",
        Some("cardio") => "An aerobic (cardio) exercise",
        Some("plyometrics") => "A plyometric (jumping) exercise",
        Some("powerlifting") => "A powerlifting exercise",
        Some("olympic weightlifting") => "An Olympic weightlifting exercise",
        Some("strongman") => "A strongman exercise",
        _ => "An exercise",
    };
    let mut text = what.to_owned();
    if !record.primary_muscles.is_empty() {
        let _ = write!(text, " for the {}", joined(&record.primary_muscles));
    }
    text.push('.');
    if !record.secondary_muscles.is_empty() {
        let _ = write!(
            text,
            " It also works the {}.",
            joined(&record.secondary_muscles)
        );
    }
    text
}
