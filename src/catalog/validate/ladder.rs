//! Checks of the exercise ladders: links name real exercises, point both ways, go up in level and
//! never come back round in a cycle.

use std::collections::BTreeSet;

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

/// Follows `harder` links from every exercise; a walk that meets itself is a cycle, reported once
/// at its first id in alphabetical order. A link to itself is already reported as such, not again
/// as a cycle.
fn report_cycles(catalog: &Catalog, out: &mut Vec<Diagnostic>) {
    let mut reported: BTreeSet<String> = BTreeSet::new();
    for direction in [Direction::Harder, Direction::Easier] {
        for start in catalog.exercises.keys() {
            let mut walk: Vec<&str> = vec![start.as_str()];
            let mut current = start.as_str();
            while let Some(next) = catalog
                .exercises
                .get(current)
                .and_then(|e| direction.link(&e.value))
            {
                if next == current {
                    break;
                }
                if let Some(pos) = walk.iter().position(|id| *id == next) {
                    let cycle: Vec<&str> = walk[pos..].to_vec();
                    let first = cycle.iter().min().copied().unwrap_or(next);
                    if reported.insert(first.to_owned())
                        && let Some(entry) = catalog.exercises.get(first)
                    {
                        let mut shown: Vec<&str> = cycle.clone();
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
                    break;
                }
                if walk.len() > catalog.exercises.len() {
                    break;
                }
                walk.push(next);
                current = next;
            }
        }
    }
}
