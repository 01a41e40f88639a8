//! Checks of the exercise ladders: links name real exercises, point both ways, go up in level and
//! never come back round in a cycle. Every check is linear in the number of exercises.

use std::collections::{BTreeSet, HashMap};

use crate::catalog::{Catalog, Diagnostic, Sink};
use crate::i18n::Msg;
use crate::model::Exercise;
use crate::path;

use super::suggestion;

#[derive(Clone, Copy)]
enum Direction {
    Easier,
    Harder,
}

impl Direction {
    fn key(self) -> &'static str {
        match self {
            Direction::Easier => "easier",
            Direction::Harder => "harder",
        }
    }

    fn link(self, exercise: &Exercise) -> Option<&str> {
        match self {
            Direction::Easier => exercise.ladder.easier.as_deref(),
            Direction::Harder => exercise.ladder.harder.as_deref(),
        }
    }

    fn back(self) -> Direction {
        match self {
            Direction::Easier => Direction::Harder,
            Direction::Harder => Direction::Easier,
        }
    }
}

/// Checks every ladder link of every exercise.
pub fn check(catalog: &Catalog, out: &mut Vec<Diagnostic>) {
    let known: Vec<&str> = catalog.exercises.keys().map(String::as_str).collect();
    for (id, entry) in &catalog.exercises {
        let mut sink = Sink {
            source: entry.source,
            out,
        };
        for direction in [Direction::Easier, Direction::Harder] {
            let Some(target) = direction.link(&entry.value) else {
                continue;
            };
            let at = path!["ladder", direction.key()];
            if target == id {
                sink.error(
                    at,
                    Msg::new("diag-ladder-self").arg("id", id.as_str()),
                    None,
                );
                continue;
            }
            let Some(other) = catalog.exercises.get(target) else {
                sink.error(
                    at,
                    Msg::new("diag-unknown-exercise").arg("id", target),
                    Some(suggestion(target, &known, "diag-unknown-exercise-help")),
                );
                continue;
            };
            if direction.back().link(&other.value) != Some(id.as_str()) {
                sink.error(
                    at.clone(),
                    Msg::new("diag-ladder-not-mutual")
                        .arg("id", id.as_str())
                        .arg("other", target)
                        .arg("direction", direction.key())
                        .arg("back", direction.back().key()),
                    Some(
                        Msg::new("diag-ladder-not-mutual-help")
                            .arg("id", id.as_str())
                            .arg("other", target)
                            .arg("back", direction.back().key()),
                    ),
                );
            }
            let (lower, higher) = match direction {
                Direction::Harder => (&entry.value, &other.value),
                Direction::Easier => (&other.value, &entry.value),
            };
            if higher.level <= lower.level {
                sink.error(
                    at,
                    Msg::new("diag-ladder-not-harder")
                        .arg("id", id.as_str())
                        .arg("other", target)
                        .num("level", entry.value.level)
                        .num("other_level", other.value.level),
                    Some(Msg::new("diag-ladder-not-harder-help")),
                );
            }
        }
    }
    report_cycles(catalog, out);
}

/// Follows `harder` (then `easier`) links from every exercise; a walk that meets itself is a
/// cycle, reported once at its first id in alphabetical order. Every exercise is walked through
/// once per direction (a walk stops where an earlier one passed), so the check is linear in the
/// number of exercises. A link to itself is already reported as such, not again as a cycle.
fn report_cycles(catalog: &Catalog, out: &mut Vec<Diagnostic>) {
    let mut reported: BTreeSet<String> = BTreeSet::new();
    for direction in [Direction::Harder, Direction::Easier] {
        // The walk that first reached each exercise, and its place in that walk.
        let mut seen: HashMap<&str, (usize, usize)> = HashMap::new();
        for (walk_number, start) in catalog.exercises.keys().enumerate() {
            if seen.contains_key(start.as_str()) {
                continue;
            }
            let mut walk: Vec<&str> = vec![start.as_str()];
            seen.insert(start.as_str(), (walk_number, 0));
            let mut current = start.as_str();
            while let Some(next) = catalog
                .exercises
                .get(current)
                .and_then(|e| direction.link(&e.value))
            {
                if next == current {
                    break;
                }
                match seen.get(next) {
                    Some(&(number, pos)) if number == walk_number => {
                        report_cycle(catalog, &walk[pos..], direction, &mut reported, out);
                        break;
                    }
                    Some(_) => break,
                    None => {}
                }
                if !catalog.exercises.contains_key(next) {
                    break;
                }
                seen.insert(next, (walk_number, walk.len()));
                walk.push(next);
                current = next;
            }
        }
    }
}

/// Reports one cycle at its first id in alphabetical order, unless it was reported already.
fn report_cycle(
    catalog: &Catalog,
    cycle: &[&str],
    direction: Direction,
    reported: &mut BTreeSet<String>,
    out: &mut Vec<Diagnostic>,
) {
    let Some(first) = cycle.iter().min().copied() else {
        return;
    };
    if !reported.insert(first.to_owned()) {
        return;
    }
    let Some(entry) = catalog.exercises.get(first) else {
        return;
    };
    let mut shown: Vec<&str> = cycle.to_vec();
    shown.push(cycle[0]);
    out.push(
        Diagnostic::error(
            entry.source,
            crate::catalog::Location::Path(path!["ladder", direction.key()]),
            Msg::new("diag-ladder-cycle").arg("cycle", shown.join(" → ")),
        )
        .with_help(Msg::new("diag-ladder-cycle-help")),
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::{Entry, LoadOptions};

    /// A catalog of `rungs` copies of one shipped exercise, each `harder` than the one before it
    /// (levels rising as far as levels go), the last pointing back to the first when `closed`.
    fn chain(rungs: usize, closed: bool) -> Catalog {
        let shipped = Catalog::load(&LoadOptions {
            shipped: true,
            ..LoadOptions::default()
        });
        let base = shipped.exercises["bird-dog"].value.clone();
        let id = |i: usize| format!("rung-{i:05}");
        let mut catalog = Catalog::default();
        for i in 0..rungs {
            let mut exercise = base.clone();
            exercise.level = u32::try_from(1 + i * 9 / rungs).unwrap();
            exercise.ladder.easier = (i > 0).then(|| id(i - 1));
            exercise.ladder.harder = (i + 1 < rungs).then(|| id(i + 1));
            if closed && i + 1 == rungs {
                exercise.ladder.harder = Some(id(0));
            }
            if closed && i == 0 {
                exercise.ladder.easier = Some(id(rungs - 1));
            }
            let entry = Entry {
                value: exercise,
                source: 0,
                replaces: None,
            };
            catalog.exercises.insert(id(i), entry);
        }
        catalog
    }

    fn cycles(catalog: &Catalog) -> Vec<String> {
        let mut out = Vec::new();
        check(catalog, &mut out);
        let i18n = crate::i18n::I18n::new(crate::model::Lang::En);
        out.iter()
            .filter(|d| d.code() == "diag-ladder-cycle")
            .map(|d| i18n.format(&d.message))
            .collect()
    }

    #[test]
    fn a_ten_thousand_rung_ladder_is_checked_and_its_one_cycle_found_once_per_direction() {
        let open = chain(10_000, false);
        assert_eq!(cycles(&open), Vec::<String>::new());
        let closed = cycles(&chain(10_000, true));
        // Once following `harder`, once following `easier`; both start at the first id.
        assert_eq!(
            closed.len(),
            1,
            "{:?}",
            closed.iter().map(|c| &c[..60]).collect::<Vec<_>>()
        );
        assert!(
            closed[0].contains("rung-00000 → rung-00001"),
            "{}",
            &closed[0][..80]
        );
        assert_eq!(closed[0].matches('→').count(), 10_000);
    }
}
