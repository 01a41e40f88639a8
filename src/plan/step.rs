//! One dose step up or down for an exercise, inside its safe range, and onto the next rung of its
//! ladder at the ends of the range. Pure functions of the exercise, the dose and the program's
//! step sizes.

use crate::catalog::Catalog;
use crate::model::{Category, DoseKind, DoseRange, Exercise, Prescription, Progression, Reps};

/// Walking and other timed exercise steps up at most once in this many days.
pub const AEROBIC_STEP_DAYS: u32 = 7;

/// The fewest days between two steps up of an exercise at a dose: the program's
/// `min_days_between_steps`, and at least [`AEROBIC_STEP_DAYS`] for walking and other timed or
/// aerobic exercise (so it grows by at most one `step_duration_percent` a week).
pub fn min_days_between_steps(
    catalog: &Catalog,
    rules: &Progression,
    exercise: &str,
    dose: &Prescription,
) -> u32 {
    let aerobic = dose.kind == DoseKind::Timed
        || catalog
            .exercises
            .get(exercise)
            .is_some_and(|e| e.value.category == Category::Aerobic);
    if aerobic {
        rules.min_days_between_steps.max(AEROBIC_STEP_DAYS)
    } else {
        rules.min_days_between_steps
    }
}

/// An exercise and its dose.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dosed {
    /// The exercise id.
    pub exercise: String,
    /// Its dose.
    pub prescription: Prescription,
}

/// Where a step went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stepped {
    /// Same exercise, new dose.
    Dose(Dosed),
    /// The next rung of the ladder, at its starting dose.
    Ladder(Dosed),
    /// Already at the end: nothing changes.
    AtEnd,
}

fn clamp(value: u32, range: Option<[u32; 2]>) -> u32 {
    match range {
        Some([low, high]) => value.clamp(low, high.max(low)),
        None => value,
    }
}

/// A prescription pulled inside an exercise's safe range, key by key.
pub fn clamp_to_range(p: &Prescription, range: &DoseRange) -> Prescription {
    let mut out = p.clone();
    out.sets = clamp(p.sets, Some(range.sets));
    out.reps = p.reps.as_ref().map(|r| r.map(|v| clamp(v, range.reps)));
    out.hold_seconds = p.hold_seconds.map(|v| clamp(v, range.hold_seconds));
    out.duration_seconds = p.duration_seconds.map(|v| clamp(v, range.duration_seconds));
    out.breaths = p.breaths.map(|v| clamp(v, range.breaths));
    out.rest_seconds = clamp(p.rest_seconds, range.rest_seconds);
    out
}

/// The main quantity of a dose kind: (current, range, step size).
fn main_quantity(
    p: &Prescription,
    range: &DoseRange,
    rules: &Progression,
) -> (Option<u32>, Option<[u32; 2]>, u32) {
    match p.kind {
        DoseKind::Reps => (p.reps.as_ref().map(Reps::top), range.reps, rules.step_reps),
        DoseKind::Hold => (p.hold_seconds, range.hold_seconds, rules.step_hold_seconds),
        DoseKind::Timed => {
            let current = p.duration_seconds.unwrap_or(0);
            let step = (current * rules.step_duration_percent / 100).div_ceil(10) * 10;
            (p.duration_seconds, range.duration_seconds, step.max(10))
        }
        DoseKind::Breaths => (p.breaths, range.breaths, rules.step_breaths),
    }
}

fn set_main(p: &mut Prescription, value: u32) {
    match p.kind {
        DoseKind::Reps => p.reps = Some(Reps::Each(value)),
        DoseKind::Hold => p.hold_seconds = Some(value),
        DoseKind::Timed => p.duration_seconds = Some(value),
        DoseKind::Breaths => p.breaths = Some(value),
    }
}

/// The starting dose of an exercise: its file's default, inside its range.
pub fn starting_dose(exercise: &Exercise) -> Prescription {
    clamp_to_range(&exercise.dose.prescription(), &exercise.dose.range)
}

/// One step harder: the main quantity by the program's step, else one more set, else the next
/// exercise up the ladder at its starting dose.
pub fn step_up(catalog: &Catalog, dosed: &Dosed, rules: &Progression) -> Stepped {
    let Some(entry) = catalog.exercises.get(&dosed.exercise) else {
        return Stepped::AtEnd;
    };
    let range = &entry.value.dose.range;
    let current = clamp_to_range(&dosed.prescription, range);
    let pyramid = per_set(&current);
    let (value, value_range, step) = main_quantity(&current, range, rules);
    if let (Some(value), Some([_, high])) = (value, value_range)
        && value < high
        && !(pyramid && current.kind == DoseKind::Reps)
    {
        let mut next = current.clone();
        set_main(&mut next, value.saturating_add(step).min(high));
        return Stepped::Dose(Dosed {
            exercise: dosed.exercise.clone(),
            prescription: next,
        });
    }
    if pyramid {
        return match each_set_by_one(&current, range, true) {
            Some(next) => Stepped::Dose(Dosed {
                exercise: dosed.exercise.clone(),
                prescription: next,
            }),
            None => ladder(catalog, entry.value.ladder.harder.as_deref()),
        };
    }
    if current.sets < range.sets[1] {
        let mut next = current.clone();
        next.sets = current
            .sets
            .saturating_add(rules.step_sets)
            .min(range.sets[1]);
        return Stepped::Dose(Dosed {
            exercise: dosed.exercise.clone(),
            prescription: next,
        });
    }
    ladder(catalog, entry.value.ladder.harder.as_deref())
}

/// One step easier: the main quantity by the program's step, else one set fewer, else the next
/// exercise down the ladder at its starting dose.
pub fn step_down(catalog: &Catalog, dosed: &Dosed, rules: &Progression) -> Stepped {
    let Some(entry) = catalog.exercises.get(&dosed.exercise) else {
        return Stepped::AtEnd;
    };
    let range = &entry.value.dose.range;
    let current = clamp_to_range(&dosed.prescription, range);
    let pyramid = per_set(&current);
    if pyramid && let Some(next) = each_set_by_one(&current, range, false) {
        return Stepped::Dose(Dosed {
            exercise: dosed.exercise.clone(),
            prescription: next,
        });
    }
    let (value, value_range, step) = main_quantity(&current, range, rules);
    if let (Some(value), Some([low, _])) = (value, value_range)
        && value > low
        && !(pyramid && current.kind == DoseKind::Reps)
    {
        let mut next = current.clone();
        set_main(&mut next, value.saturating_sub(step).max(low));
        return Stepped::Dose(Dosed {
            exercise: dosed.exercise.clone(),
            prescription: next,
        });
    }
    if current.sets > range.sets[0] {
        let mut next = current.clone();
        next.sets = current
            .sets
            .saturating_sub(rules.step_sets)
            .max(range.sets[0]);
        return Stepped::Dose(Dosed {
            exercise: dosed.exercise.clone(),
            prescription: next,
        });
    }
    ladder(catalog, entry.value.ladder.easier.as_deref())
}

/// Whether the dose gives its repetitions (or holds) set by set, as a pyramid such as 5-3-1.
fn per_set(p: &Prescription) -> bool {
    p.reps.as_ref().is_some_and(Reps::is_per_set)
}

/// A set-by-set dose one step up or down: one repetition (or hold) more in every set while the
/// largest stays inside the range (5-3-1 → 6-4-2), or one fewer in every set above the bottom of
/// the range (5-3-1 → 4-2-1). The pyramid keeps its shape and its sets. `None` at the end.
fn each_set_by_one(p: &Prescription, range: &DoseRange, up: bool) -> Option<Prescription> {
    let reps = p.reps.as_ref()?.fit(p.sets);
    let [low, high] = range.reps.unwrap_or(crate::model::SaneLimits::REPS);
    let next = if up {
        (reps.top() < high).then(|| reps.map(|v| v.saturating_add(1).min(high)))?
    } else {
        (reps.top() > low).then(|| reps.map(|v| v.saturating_sub(1).max(low)))?
    };
    let mut out = p.clone();
    out.reps = Some(next);
    Some(out)
}

fn ladder(catalog: &Catalog, target: Option<&str>) -> Stepped {
    match target.and_then(|id| catalog.exercises.get(id).map(|e| (id, e))) {
        Some((id, entry)) if !entry.value.draft => Stepped::Ladder(Dosed {
            exercise: id.to_owned(),
            prescription: starting_dose(&entry.value),
        }),
        _ => Stepped::AtEnd,
    }
}

/// The dose for a flare-up: sets (then the main quantity) cut to `percent`, never below the
/// bottom of the range. Walking stays as it is: during a flare-up the advice is to keep walking.
pub fn reduce_volume(catalog: &Catalog, dosed: &Dosed, percent: u32) -> Prescription {
    let Some(entry) = catalog.exercises.get(&dosed.exercise) else {
        return dosed.prescription.clone();
    };
    if entry.value.category == Category::Aerobic {
        return dosed.prescription.clone();
    }
    let range = &entry.value.dose.range;
    let mut p = clamp_to_range(&dosed.prescription, range);
    let scaled = |v: u32| (v * percent).div_ceil(100).max(1);
    let sets = scaled(p.sets).max(range.sets[0]);
    if sets < p.sets {
        p.sets = sets;
        p.reps = p.reps.map(|r| if r.is_per_set() { r.fit(sets) } else { r });
    } else if per_set(&p) && p.kind == DoseKind::Reps {
        p.reps = p.reps.map(|r| r.map(|v| clamp(scaled(v), range.reps)));
    } else {
        let (value, value_range, _) = main_quantity(&p, range, &Progression::default());
        if let Some(value) = value {
            set_main(&mut p, clamp(scaled(value), value_range));
        }
    }
    p
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::LoadOptions;

    fn catalog() -> Catalog {
        Catalog::load(&LoadOptions::shipped_only())
    }

    fn dosed(catalog: &Catalog, id: &str) -> Dosed {
        Dosed {
            exercise: id.into(),
            prescription: starting_dose(&catalog.exercises[id].value),
        }
    }

    #[test]
    fn bird_dog_goes_up_by_two_reps_then_sets_and_stops_at_its_top() {
        let catalog = catalog();
        let rules = Progression::default();
        let mut current = dosed(&catalog, "bird-dog");
        let mut seen = Vec::new();
        loop {
            match step_up(&catalog, &current, &rules) {
                Stepped::Dose(next) => {
                    let reps = next.prescription.reps.as_ref().map(Reps::top);
                    seen.push((next.prescription.sets, reps));
                    current = next;
                }
                // Swimming is no longer bird-dog's harder rung: it changes the position and adds
                // extension load, so it follows swan prep instead.
                Stepped::Ladder(next) => panic!("bird-dog stepped up to {}", next.exercise),
                Stepped::AtEnd => break,
            }
        }
        assert_eq!(seen, vec![(3, Some(8)), (3, Some(10)), (4, Some(10))]);
    }

    #[test]
    fn steps_down_end_on_the_easier_rung_and_stop_at_the_bottom() {
        let catalog = catalog();
        let rules = Progression::default();
        let mut current = dosed(&catalog, "bird-dog");
        let mut ladders = Vec::new();
        for _ in 0..50 {
            match step_down(&catalog, &current, &rules) {
                Stepped::Dose(next) => current = next,
                Stepped::Ladder(next) => {
                    ladders.push(next.exercise.clone());
                    current = next;
                }
                Stepped::AtEnd => break,
            }
        }
        assert_eq!(ladders, vec!["quadruped-lift".to_owned()]);
        let range = &catalog.exercises["quadruped-lift"].value.dose.range;
        assert_eq!(current.prescription.sets, range.sets[0]);
    }

    #[test]
    fn a_pyramid_steps_one_hold_more_in_each_set_then_up_the_ladder() {
        let catalog = catalog();
        let rules = Progression::default();
        let mut current = dosed(&catalog, "mcgill-curl-up");
        assert_eq!(current.prescription.reps, Some(Reps::PerSet(vec![5, 3, 1])));
        let mut seen = Vec::new();
        let top = loop {
            match step_up(&catalog, &current, &rules) {
                Stepped::Dose(next) => {
                    assert_eq!(next.prescription.sets, 3, "a pyramid keeps its sets");
                    seen.push(crate::describe::reps_label(&next.prescription));
                    current = next;
                }
                Stepped::Ladder(next) => break next.exercise,
                Stepped::AtEnd => panic!("the curl-up has a harder rung"),
            }
        };
        assert_eq!(seen, ["6-4-2", "7-5-3", "8-6-4"]);
        assert_eq!(top, "mcgill-curl-up-elbows-up");
    }

    #[test]
    fn a_pyramid_steps_down_one_fewer_in_each_set_keeping_at_least_one() {
        let catalog = catalog();
        let rules = Progression::default();
        let mut current = dosed(&catalog, "mcgill-curl-up");
        let mut seen = Vec::new();
        for _ in 0..4 {
            let Stepped::Dose(next) = step_down(&catalog, &current, &rules) else {
                panic!("a 5-3-1 pyramid can get easier");
            };
            seen.push(crate::describe::reps_label(&next.prescription));
            current = next;
        }
        assert_eq!(seen, ["4-2-1", "3-1-1", "2-1-1", "1-1-1"]);
        let Stepped::Dose(next) = step_down(&catalog, &current, &rules) else {
            panic!("then the hold gets shorter");
        };
        assert!(next.prescription.hold_seconds < current.prescription.hold_seconds);
    }

    #[test]
    fn a_flare_up_cuts_a_pyramid_to_its_first_sets() {
        let catalog = catalog();
        let curl = dosed(&catalog, "mcgill-curl-up");
        let reduced = reduce_volume(&catalog, &curl, 50);
        assert_eq!(reduced.sets, 2);
        assert_eq!(crate::describe::reps_label(&reduced), "5-3");
    }

    #[test]
    fn walking_grows_by_ten_percent_rounded_to_ten_seconds() {
        let catalog = catalog();
        let walk = dosed(&catalog, "brisk-walking");
        let Stepped::Dose(next) = step_up(&catalog, &walk, &Progression::default()) else {
            panic!("walking can grow")
        };
        assert_eq!(next.prescription.duration_seconds, Some(660));
    }

    #[test]
    fn a_flare_up_halves_sets_but_stays_in_range() {
        let catalog = catalog();
        let bird = dosed(&catalog, "bird-dog");
        let reduced = reduce_volume(&catalog, &bird, 50);
        assert_eq!(
            reduced.sets, 2,
            "3 sets halved rounds up to 2, the bottom of the range"
        );
    }

    #[test]
    fn a_flare_up_keeps_the_walk() {
        let catalog = catalog();
        let walk = dosed(&catalog, "brisk-walking");
        assert_eq!(reduce_volume(&catalog, &walk, 50), walk.prescription);
    }
}
