//! Checks of a dose: the keys its kind needs, ranges that make sense, values inside the range and
//! inside the sane limits no file may pass.

use crate::catalog::{PathSeg, Sink};
use crate::i18n::Msg;
use crate::model::{Category, Dose, DoseKey, DoseKind, DoseOverride, Reps, SaneLimits};

fn at(base: &[PathSeg], key: DoseKey) -> Vec<PathSeg> {
    let mut path = base.to_vec();
    path.push(PathSeg::Key(key.name().to_owned()));
    path
}

fn out_of_range(key: DoseKey, value: u32, [min, max]: [u32; 2], msg: &'static str) -> Msg {
    Msg::new(msg)
        .arg("key", key.name())
        .num("value", value)
        .num("min", min)
        .num("max", max)
}

/// Checks an exercise's own dose and range. `base` is the path of the `[dose]` table.
pub fn check_exercise_dose(sink: &mut Sink<'_>, base: &[PathSeg], dose: &Dose) {
    let mut range_path = base.to_vec();
    range_path.push(PathSeg::Key("range".to_owned()));
    for key in DoseKey::NUMBERS {
        let value = dose.value(key).filter(|_| {
            key != DoseKey::RestSeconds
                || dose.rest_seconds > 0
                || dose.range.rest_seconds.is_some()
        });
        let range = dose.range.for_key(key);
        // Reps given set by set are checked number by number below.
        let per_set = key == DoseKey::Reps && dose.reps.as_ref().is_some_and(Reps::is_per_set);
        if !key.applies_to(dose.kind) {
            if value.is_some() {
                not_for_kind(sink, at(base, key), key, dose.kind);
            }
            if range.is_some() {
                not_for_kind(sink, at(&range_path, key), key, dose.kind);
            }
            continue;
        }
        let is_main = key == dose.kind.main_key();
        if is_main && value.is_none() {
            sink.error(
                at(base, key),
                Msg::new("diag-dose-missing")
                    .arg("key", key.name())
                    .arg("kind", dose.kind.name()),
                Some(Msg::new("diag-dose-missing-help").arg("key", key.name())),
            );
        }
        if (is_main || key == DoseKey::Sets) && range.is_none() {
            sink.error(
                at(&range_path, key),
                Msg::new("diag-range-missing").arg("key", key.name()),
                Some(Msg::new("diag-range-missing-help").arg("key", key.name())),
            );
        }
        let limits = SaneLimits::for_key(key).unwrap_or([0, u32::MAX]);
        if let Some([low, high]) = range {
            let mut range_ok = true;
            if low > high {
                range_ok = false;
                sink.error(
                    at(&range_path, key),
                    Msg::new("diag-range-reversed")
                        .arg("key", key.name())
                        .num("min", low)
                        .num("max", high),
                    Some(Msg::new("diag-range-reversed-help")),
                );
            }
            for end in [low, high] {
                if end < limits[0] || end > limits[1] {
                    range_ok = false;
                    sink.error(
                        at(&range_path, key),
                        out_of_range(key, end, limits, "diag-beyond-sane-limit"),
                        Some(Msg::new("diag-beyond-sane-limit-help")),
                    );
                    break;
                }
            }
            if range_ok
                && !per_set
                && let Some(v) = value
                && (v < low || v > high)
            {
                sink.error(
                    at(base, key),
                    out_of_range(key, v, [low, high], "diag-default-outside-range"),
                    Some(Msg::new("diag-default-outside-range-help")),
                );
            }
        } else if let Some(v) = value
            && !per_set
            && (v < limits[0] || v > limits[1])
        {
            sink.error(
                at(base, key),
                out_of_range(key, v, limits, "diag-beyond-sane-limit"),
                Some(Msg::new("diag-beyond-sane-limit-help")),
            );
        }
    }
    if let Some(reps) = &dose.reps
        && DoseKey::Reps.applies_to(dose.kind)
    {
        let range = dose.range.reps.filter(|[low, high]| low <= high);
        check_per_set(sink, base, reps, Some(dose.sets), range, None);
    }
    if let Some(tempo) = &dose.tempo {
        check_tempo(sink, at(base, DoseKey::Tempo), tempo, dose.kind);
    }
}

/// Checks a program's dose values for an exercise against that exercise's kind and range.
pub fn check_override(
    sink: &mut Sink<'_>,
    base: &[PathSeg],
    over: &DoseOverride,
    exercise: &Dose,
    exercise_id: &str,
) {
    for (key, value) in over.numbers() {
        if !key.applies_to(exercise.kind) {
            not_for_kind(sink, at(base, key), key, exercise.kind);
            continue;
        }
        if key == DoseKey::Reps
            && exercise.range.reps.is_some()
            && let Some(reps) = over.reps.as_ref().filter(|r| r.is_per_set())
        {
            let range = exercise.range.reps;
            check_per_set(sink, base, reps, over.sets, range, Some(exercise_id));
            check_derived_sets(sink, base, reps, over.sets, exercise, exercise_id);
            continue;
        }
        let limits = SaneLimits::for_key(key).unwrap_or([0, u32::MAX]);
        if value < limits[0] || value > limits[1] {
            sink.error(
                at(base, key),
                out_of_range(key, value, limits, "diag-beyond-sane-limit"),
                Some(Msg::new("diag-beyond-sane-limit-help")),
            );
        } else if key != DoseKey::RestSeconds && exercise.range.for_key(key).is_none() {
            // A value the exercise gives no safe range for (a hold on an exercise without one).
            sink.error(
                at(base, key),
                Msg::new("diag-override-no-range")
                    .arg("key", key.name())
                    .arg("exercise", exercise_id),
                Some(Msg::new("diag-override-no-range-help").arg("key", key.name())),
            );
        } else if let Some([low, high]) = exercise.range.for_key(key)
            && (value < low || value > high)
        {
            sink.error(
                at(base, key),
                out_of_range(key, value, [low, high], "diag-override-outside-range")
                    .arg("exercise", exercise_id),
                Some(Msg::new("diag-override-outside-range-help").arg("exercise", exercise_id)),
            );
        }
    }
    if let Some(tempo) = &over.tempo {
        check_tempo(sink, at(base, DoseKey::Tempo), tempo, exercise.kind);
    }
}

/// Reps given set by set: at least one number, no more numbers than sets (when the sets are
/// given), and every number inside the safe range (`range`, else the sane limits). `exercise`
/// names the exercise whose range it is, for a program's dose.
fn check_per_set(
    sink: &mut Sink<'_>,
    base: &[PathSeg],
    reps: &Reps,
    sets: Option<u32>,
    range: Option<[u32; 2]>,
    exercise: Option<&str>,
) {
    let Reps::PerSet(list) = reps else {
        return;
    };
    let path = at(base, DoseKey::Reps);
    if list.is_empty() {
        sink.error(
            path,
            Msg::new("diag-reps-list-empty"),
            Some(Msg::new("diag-reps-list-empty-help")),
        );
        return;
    }
    let count = u32::try_from(list.len()).unwrap_or(u32::MAX);
    if let Some(sets) = sets
        && count > sets
    {
        let mut extra = path.clone();
        extra.push(PathSeg::Index(sets as usize));
        sink.error(
            extra,
            Msg::new("diag-reps-list-too-long")
                .num("count", count)
                .num("sets", sets),
            Some(
                Msg::new("diag-reps-list-too-long-help")
                    .num("count", count)
                    .num("sets", sets),
            ),
        );
    }
    let [low, high] = range.unwrap_or(SaneLimits::REPS);
    for (i, value) in list.iter().enumerate() {
        if *value < low || *value > high {
            let mut item = path.clone();
            item.push(PathSeg::Index(i));
            let set = u32::try_from(i + 1).unwrap_or(u32::MAX);
            let help = match exercise {
                Some(id) => Msg::new("diag-override-outside-range-help").arg("exercise", id),
                None if range.is_some() => Msg::new("diag-default-outside-range-help"),
                None => Msg::new("diag-beyond-sane-limit-help"),
            };
            sink.error(
                item,
                Msg::new("diag-reps-set-outside-range")
                    .num("set", set)
                    .num("value", *value)
                    .num("min", low)
                    .num("max", high),
                Some(help),
            );
        }
    }
}

/// A program's reps list without `sets` sets the sets by its length: that count must lie in the
/// exercise's safe range of sets.
fn check_derived_sets(
    sink: &mut Sink<'_>,
    base: &[PathSeg],
    reps: &Reps,
    sets: Option<u32>,
    exercise: &Dose,
    exercise_id: &str,
) {
    let (Reps::PerSet(list), None) = (reps, sets) else {
        return;
    };
    let count = u32::try_from(list.len()).unwrap_or(u32::MAX);
    let [low, high] = exercise.range.sets;
    if !list.is_empty() && (count < low || count > high) {
        sink.error(
            at(base, DoseKey::Reps),
            Msg::new("diag-reps-list-sets-outside-range")
                .num("count", count)
                .num("min", low)
                .num("max", high)
                .arg("exercise", exercise_id),
            Some(
                Msg::new("diag-reps-list-sets-outside-range-help")
                    .num("min", low)
                    .num("max", high),
            ),
        );
    }
}

/// `per_side` only where a body has two sides to do: not on breathing, and not on walking or
/// other whole-body activity ("10 minutes per side").
pub fn check_sides(sink: &mut Sink<'_>, base: &[PathSeg], dose: &Dose, category: Category) {
    let one_sided = dose.kind == DoseKind::Breaths
        || matches!(category, Category::Breathing | Category::Aerobic);
    if dose.per_side && one_sided {
        let mut path = base.to_vec();
        path.push(PathSeg::Key("per_side".to_owned()));
        sink.error(
            path,
            Msg::new("diag-per-side-meaningless").arg("category", category.name()),
            Some(Msg::new("diag-per-side-meaningless-help")),
        );
    }
}

fn not_for_kind(sink: &mut Sink<'_>, path: Vec<PathSeg>, key: DoseKey, kind: DoseKind) {
    let allowed: Vec<&str> = [DoseKey::Sets, DoseKey::RestSeconds]
        .into_iter()
        .chain(kind.allowed_keys().iter().copied())
        .filter(|k| *k != DoseKey::Tempo)
        .map(DoseKey::name)
        .collect();
    sink.error(
        path,
        Msg::new("diag-dose-key-not-for-kind")
            .arg("key", key.name())
            .arg("kind", kind.name()),
        Some(Msg::new("diag-dose-key-not-for-kind-help").arg("allowed", allowed.join(", "))),
    );
}

fn check_tempo(sink: &mut Sink<'_>, path: Vec<PathSeg>, tempo: &str, kind: DoseKind) {
    if kind != DoseKind::Reps {
        not_for_kind(sink, path, DoseKey::Tempo, kind);
        return;
    }
    let parts: Vec<&str> = tempo.split('-').collect();
    let valid = (2..=4).contains(&parts.len())
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.len() <= 2 && p.bytes().all(|b| b.is_ascii_digit()));
    if !valid {
        sink.error(
            path,
            Msg::new("diag-bad-tempo").arg("tempo", tempo),
            Some(Msg::new("diag-bad-tempo-help")),
        );
    }
}
