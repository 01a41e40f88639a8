//! Where a patient stands in a program: replays the sessions of the journal in time order, counting
//! completed sessions (which set the week and phase), deciding each exercise's dose after each
//! session from what the rules see, and restarting a phase one step lower after a long break.
//! Same history in, same position out.

use chrono::{DateTime, FixedOffset, NaiveDate};

use crate::catalog::Catalog;
use crate::journal::{
    Change, CheckIn, Decision, DecisionInputs, Score, SessionRecord, SessionStatus, SkipReason,
};
use crate::model::{Program, Progression};

use super::history::{Dated, History};
use super::rules::{Observation, decide};
use super::step::{Dosed, Stepped, clamp_to_range, step_down, step_up};

/// One exercise of the current phase, at its current dose.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Slot {
    /// Its place in the phase's list.
    pub index: usize,
    /// The exercise (after any ladder steps) and its dose.
    pub dosed: Dosed,
    /// What the sessions at this dose showed, with when each session ended.
    observations: Vec<(DateTime<FixedOffset>, Observation)>,
}

/// A patient's place in a program.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Position {
    /// Completed sessions that count towards the program.
    pub completed: u32,
    /// The current phase (0-based).
    pub phase: usize,
    /// The current phase's exercises at their current doses.
    pub slots: Vec<Slot>,
    /// Date of the last session done (complete or partial).
    pub last_session: Option<NaiveDate>,
    /// Decisions taken since the last session: what changed and why.
    pub changes: Vec<Decision>,
    /// Whether the phase was restarted one step lower after a long break.
    pub restarted: bool,
}

/// Computes positions for one program.
#[derive(Debug, Clone, Copy)]
pub struct Planner<'a> {
    /// Where the exercises come from.
    pub catalog: &'a Catalog,
    /// The program.
    pub program: &'a Program,
    /// The patient's usual pain (for the record of each decision).
    pub usual_pain: Option<Score>,
}

impl<'a> Planner<'a> {
    fn rules(&self) -> &'a Progression {
        &self.program.progression
    }

    /// Sessions in the whole program.
    pub fn total_sessions(&self) -> u32 {
        self.program.weeks * self.program.sessions_per_week
    }

    /// The phase (0-based) the next session falls in, after `completed` sessions.
    pub fn phase_after(&self, completed: u32) -> usize {
        let week = (completed / self.program.sessions_per_week.max(1) + 1).min(self.program.weeks);
        self.program.phase_for_week(week).map_or(0, |(i, _)| i)
    }

    /// The program week (1-based) of the next session after `completed` sessions.
    pub fn week_after(&self, completed: u32) -> u32 {
        (completed / self.program.sessions_per_week.max(1) + 1).min(self.program.weeks)
    }

    fn first_session_of_phase(&self, phase: usize) -> u32 {
        self.program
            .phases
            .get(phase)
            .map_or(0, |p| (p.weeks[0] - 1) * self.program.sessions_per_week)
    }

    /// A phase's exercises at the doses the program writes.
    pub fn phase_slots(&self, phase: usize) -> Vec<Slot> {
        let Some(phase) = self.program.phases.get(phase) else {
            return Vec::new();
        };
        phase
            .exercises
            .iter()
            .enumerate()
            .filter_map(|(index, item)| {
                let exercise = &self.catalog.exercises.get(&item.exercise)?.value;
                let prescription = clamp_to_range(
                    &exercise
                        .dose
                        .with_override(&item.dose_override())
                        .prescription(),
                    &exercise.dose.range,
                );
                Some(Slot {
                    index,
                    dosed: Dosed {
                        exercise: item.exercise.clone(),
                        prescription,
                    },
                    observations: Vec::new(),
                })
            })
            .collect()
    }

    /// The position at moment `now`, from the sessions before it.
    pub fn replay(&self, history: &History, now: DateTime<FixedOffset>) -> Position {
        let mut position = Position {
            completed: 0,
            phase: 0,
            slots: self.phase_slots(0),
            last_session: None,
            changes: Vec::new(),
            restarted: false,
        };
        let mut pending = false;
        let mut last_end: Option<DateTime<FixedOffset>> = None;
        for session in history.sessions.iter().filter(|s| s.at < now) {
            self.before_session(&mut position, history, &mut pending, last_end, session.at);
            self.record(&mut position, &session.value, &mut pending);
            last_end = Some(session.value.ended_at.max(session.at));
            position.last_session = Some(session.at.date_naive());
        }
        self.before_session(&mut position, history, &mut pending, last_end, now);
        position
    }

    /// What happens between two sessions: a restart after a long break, else the decisions the
    /// last session called for, with the morning answers known by `at`.
    fn before_session(
        &self,
        position: &mut Position,
        history: &History,
        pending: &mut bool,
        last_end: Option<DateTime<FixedOffset>>,
        at: DateTime<FixedOffset>,
    ) {
        let Some(last_end) = last_end else { return };
        let gap = (at.date_naive() - last_end.date_naive()).num_days();
        if gap > i64::from(self.rules().long_gap_days) {
            self.restart(position, gap);
            *pending = false;
            return;
        }
        if *pending {
            position.changes = self.decide_all(position, &history.check_ins, at);
            position.restarted = false;
            *pending = false;
        }
    }

    fn restart(&self, position: &mut Position, gap: i64) {
        position.completed = position
            .completed
            .min(self.first_session_of_phase(position.phase));
        position.phase = self.phase_after(position.completed);
        let fresh = self.phase_slots(position.phase);
        position.changes = fresh
            .iter()
            .map(|slot| {
                let lower = match step_down(self.catalog, &slot.dosed, self.rules()) {
                    Stepped::Dose(d) | Stepped::Ladder(d) => d,
                    Stepped::AtEnd => slot.dosed.clone(),
                };
                decision(
                    slot,
                    Change::Restart,
                    &lower,
                    DecisionInputs {
                        gap_days: u32::try_from(gap).ok(),
                        usual_pain: self.usual_pain,
                        ..DecisionInputs::default()
                    },
                )
            })
            .collect();
        position.slots = fresh
            .into_iter()
            .zip(&position.changes)
            .map(|(mut slot, d)| {
                slot.dosed = Dosed {
                    exercise: d.to_exercise.clone().unwrap_or_else(|| d.exercise.clone()),
                    prescription: d.to.clone(),
                };
                slot
            })
            .collect();
        position.restarted = true;
    }

    /// Adds a session's observations, counts it, and moves to the next phase when it is due.
    fn record(&self, position: &mut Position, session: &SessionRecord, pending: &mut bool) {
        for record in &session.exercises {
            let Some(slot) = position
                .slots
                .iter_mut()
                .find(|s| s.dosed.exercise == record.exercise)
            else {
                continue;
            };
            if record
                .skipped
                .as_ref()
                .is_some_and(|s| s.reason != SkipReason::Pain)
            {
                continue;
            }
            let observation = Observation {
                all_sets_done: record.all_sets_done(),
                pain_during: record.pain_during.or(session.pain_during_max),
                effort: record.effort.or(session.effort),
                morning_settled: None,
            };
            slot.observations.push((session.ended_at, observation));
        }
        if session.status == SessionStatus::Complete {
            position.completed += 1;
        }
        let phase = self.phase_after(position.completed);
        if phase != position.phase {
            position.phase = phase;
            position.slots = self.phase_slots(phase);
            position.changes.clear();
            *pending = false;
        } else {
            *pending = true;
        }
    }

    fn decide_all(
        &self,
        position: &mut Position,
        check_ins: &[Dated<CheckIn>],
        at: DateTime<FixedOffset>,
    ) -> Vec<Decision> {
        let mut decisions = Vec::new();
        for slot in &mut position.slots {
            if slot.observations.is_empty() {
                continue;
            }
            let observed: Vec<Observation> = slot
                .observations
                .iter()
                .map(|(ended, o)| Observation {
                    morning_settled: morning_after(check_ins, *ended, at),
                    ..*o
                })
                .collect();
            let (change, inputs) = decide(&observed, self.rules(), self.usual_pain);
            let stepped = match change {
                Change::Progress => step_up(self.catalog, &slot.dosed, self.rules()),
                Change::Regress => step_down(self.catalog, &slot.dosed, self.rules()),
                _ => Stepped::AtEnd,
            };
            let (change, next) = match (change, stepped) {
                (Change::Progress, Stepped::Dose(d)) => (Change::Progress, d),
                (Change::Progress, Stepped::Ladder(d)) => (Change::LadderUp, d),
                (Change::Regress, Stepped::Dose(d)) => (Change::Regress, d),
                (Change::Regress, Stepped::Ladder(d)) => (Change::LadderDown, d),
                _ => (Change::Hold, slot.dosed.clone()),
            };
            decisions.push(decision(slot, change, &next, inputs));
            if change != Change::Hold {
                slot.dosed = next;
                slot.observations.clear();
            }
        }
        decisions
    }
}

fn decision(slot: &Slot, change: Change, next: &Dosed, inputs: DecisionInputs) -> Decision {
    Decision {
        exercise: slot.dosed.exercise.clone(),
        change,
        from: slot.dosed.prescription.clone(),
        to: next.prescription.clone(),
        to_exercise: (next.exercise != slot.dosed.exercise).then(|| next.exercise.clone()),
        inputs,
    }
}

/// The first next-morning answer given after a session ended and before `until`.
fn morning_after(
    check_ins: &[Dated<CheckIn>],
    ended: DateTime<FixedOffset>,
    until: DateTime<FixedOffset>,
) -> Option<bool> {
    check_ins
        .iter()
        .filter(|c| c.at > ended && c.at <= until)
        .find_map(|c| c.value.next_morning.map(|m| m.settled))
}
