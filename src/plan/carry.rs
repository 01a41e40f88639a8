//! Doses the patient has earned, carried into a new phase: an exercise in both phases keeps the
//! larger of its earned and its written dose, quantity by quantity (a harder rung reached on the
//! ladder stays), a new exercise starts as written, and any change from what the patient had is a
//! decision with its reason.

use chrono::NaiveDate;

use crate::catalog::Catalog;
use crate::journal::{Change, Decision, DecisionInputs};
use crate::model::{DoseKind, Prescription, Reps};

use super::replay::{Planner, Slot};

/// How much work a dose asks, to compare two doses of one exercise: the repetitions of all sets
/// (× the hold for a hold dose), or sets × the main quantity.
pub fn volume(p: &Prescription) -> u64 {
    let sets = p.sets.max(1);
    let reps = u64::from(p.reps.as_ref().map_or(sets, |r| r.total(sets)));
    match p.kind {
        DoseKind::Reps => reps,
        DoseKind::Hold => u64::from(p.hold_seconds.unwrap_or(1)) * reps,
        DoseKind::Timed => u64::from(sets) * u64::from(p.duration_seconds.unwrap_or(1)),
        DoseKind::Breaths => u64::from(sets) * u64::from(p.breaths.unwrap_or(1)),
    }
}

/// Each quantity at the larger of the dose reached and the dose the new phase writes (rest and
/// tempo as written): nothing the patient reached goes down, and nothing the phase asks for is
/// left out.
pub fn larger(earned: &Prescription, written: &Prescription) -> Prescription {
    if earned.kind != written.kind {
        return written.clone();
    }
    let sets = earned.sets.max(written.sets);
    let reps = match (&earned.reps, &written.reps) {
        (Some(a), Some(b)) => Some(a.larger(b, sets)),
        (a, b) => a.clone().or_else(|| b.clone()),
    };
    Prescription {
        sets,
        reps,
        hold_seconds: earned.hold_seconds.max(written.hold_seconds),
        duration_seconds: earned.duration_seconds.max(written.duration_seconds),
        breaths: earned.breaths.max(written.breaths),
        ..written.clone()
    }
}

/// The numbers of a dose that say how much: sets, the most reps of any set, the reps of all sets
/// together (for a pyramid: 5-3 → 5-3-1 adds a set, 5-3-1 → 6-4-2 adds to each), hold, duration,
/// breaths. A dose that asks no less of any of them asks no less work.
pub fn quantities(p: &Prescription) -> [Option<u32>; 6] {
    let reps = p.reps.as_ref().map(|r| r.fit(p.sets));
    [
        Some(p.sets),
        reps.as_ref().map(Reps::top),
        reps.as_ref().map(|r| r.total(p.sets)),
        p.hold_seconds,
        p.duration_seconds,
        p.breaths,
    ]
}

/// Whether two doses ask the same amount (rest and tempo aside), set by set.
fn same_amount(a: &Prescription, b: &Prescription) -> bool {
    let reps = |p: &Prescription| p.reps.as_ref().map(|r| r.fit(p.sets));
    quantities(a) == quantities(b) && reps(a) == reps(b)
}

/// Whether `to` lies above `from` on `from`'s ladder.
pub fn is_harder(catalog: &Catalog, from: &str, to: &str) -> bool {
    let mut current = from.to_owned();
    for _ in 0..32 {
        let next = catalog
            .exercises
            .get(&current)
            .and_then(|e| e.value.ladder.harder.clone());
        match next {
            Some(id) if id == to => return true,
            Some(id) => current = id,
            None => return false,
        }
    }
    false
}

impl Planner<'_> {
    /// The slots of `phase`, starting on `date`, after the `ended` phase: what goes on keeps what
    /// was earned when that is more than the new phase writes. Returns the slots and a decision
    /// for every exercise whose dose differs from what the patient had reached.
    pub(super) fn carry_into(
        &self,
        phase: usize,
        ended: &[Slot],
        date: NaiveDate,
    ) -> (Vec<Slot>, Vec<Decision>) {
        let mut slots = self.phase_slots(phase);
        let written: Vec<String> = slots.iter().map(|s| s.dosed.exercise.clone()).collect();
        let mut used = vec![false; ended.len()];
        let mut decisions = Vec::new();
        for slot in &mut slots {
            let id = slot.dosed.exercise.clone();
            let same = (0..ended.len()).find(|&i| !used[i] && ended[i].dosed.exercise == id);
            // A harder rung reached from the exercise this phase writes again stays.
            let climbed = || {
                (0..ended.len()).find(|&i| {
                    let reached = &ended[i].dosed.exercise;
                    !used[i]
                        && ended[i].written == id
                        && !written.contains(reached)
                        && is_harder(self.catalog, &id, reached)
                })
            };
            let Some(i) = same.or_else(climbed) else {
                continue;
            };
            used[i] = true;
            let earned = &ended[i];
            slot.last_step_up = earned.last_step_up;
            if earned.dosed.exercise != id {
                slot.dosed = earned.dosed.clone();
                continue;
            }
            let kept = larger(&earned.dosed.prescription, &slot.dosed.prescription);
            slot.dosed.prescription = kept;
            if same_amount(&slot.dosed.prescription, &earned.dosed.prescription) {
                continue;
            }
            // The new phase asks for more than was reached: that is this exercise's step.
            slot.last_step_up = Some(date);
            decisions.push(Decision {
                exercise: id,
                change: Change::NewPhase,
                from: earned.dosed.prescription.clone(),
                to: slot.dosed.prescription.clone(),
                to_exercise: None,
                inputs: DecisionInputs {
                    usual_pain: self.usual_pain,
                    ..DecisionInputs::default()
                },
            });
        }
        (slots, decisions)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::LoadOptions;

    #[test]
    fn a_harder_rung_lies_above_and_not_below() {
        let catalog = Catalog::load(&LoadOptions::shipped_only());
        assert!(is_harder(&catalog, "quadruped-lift", "bird-dog"));
        assert!(!is_harder(&catalog, "bird-dog", "quadruped-lift"));
        // Swimming follows swan prep (both lying face down), not the hands-and-knees ladder.
        assert!(is_harder(&catalog, "swan-prep", "swimming"));
        assert!(!is_harder(&catalog, "quadruped-lift", "swimming"));
    }

    #[test]
    fn more_sets_or_more_reps_is_more_work() {
        let catalog = Catalog::load(&LoadOptions::shipped_only());
        let base = catalog.exercises["bird-dog"].value.dose.prescription();
        let more = Prescription {
            sets: base.sets + 1,
            ..base.clone()
        };
        assert!(volume(&more) > volume(&base));
    }
}
