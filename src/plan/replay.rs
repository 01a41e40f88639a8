//! Where a patient stands in a program: replays the sessions of the journal in time order, counting
//! completed sessions (which set the week and phase), deciding each exercise's dose after each
//! session from what the rules see (nothing steps up during a flare-up; an exercise steps up at
//! most once per `min_days_between_steps`, walking at most once a week; a rise in next-morning
//! pain over two weeks steps back), carrying earned doses into a new phase (a step down the last
//! session of a phase called for carries too), and restarting a phase one step lower after a long
//! break. Same history in, same position out.

use chrono::{DateTime, FixedOffset, NaiveDate};

use crate::catalog::Catalog;
use crate::journal::{
    Change, Decision, DecisionInputs, Score, SessionRecord, SessionStatus, SkipReason,
};
use crate::model::{Prescription, Program, Progression};

use super::flare::{flare_up_until, morning_trend_rose};
use super::history::History;
use super::hurt;
use super::rules::{Observation, decide};
use super::step::{
    Dosed, Stepped, clamp_to_range, min_days_between_steps, reduce_volume, step_down, step_up,
};

/// One exercise of the current phase, at its current dose.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Slot {
    /// Its place in the phase's list.
    pub index: usize,
    /// The exercise (after any ladder steps) and its dose.
    pub dosed: Dosed,
    /// What the sessions at this dose showed.
    observations: Vec<Seen>,
    /// The exercise the phase writes in this place (before any ladder steps).
    pub(super) written: String,
    /// When this place last stepped up (a dose or a rung), for the rate limit.
    pub(super) last_step_up: Option<NaiveDate>,
}

/// One session's observation of an exercise, with when the session ended and whether the
/// session's next morning counts for this exercise (not when the patient named others as the
/// ones that hurt).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Seen {
    ended: DateTime<FixedOffset>,
    observation: Observation,
    morning_counts: bool,
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
    /// The phase just ended, until the decisions its last session calls for are taken: a step
    /// down carries into the new phase.
    ended: Vec<Slot>,
    /// What changed from the doses reached when the new phase started, until told.
    phase_changes: Vec<Decision>,
    /// Exercises done at least once (the starting rule applies to the first time).
    tried: Vec<String>,
    /// Next-morning answers up to here were already acted on for a rising trend.
    trend_acted: Option<DateTime<FixedOffset>>,
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
                    written: item.exercise.clone(),
                    last_step_up: None,
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
            ended: Vec::new(),
            phase_changes: Vec::new(),
            tried: Vec::new(),
            trend_acted: None,
        };
        let mut pending = false;
        let mut last_end: Option<DateTime<FixedOffset>> = None;
        for session in history.sessions.iter().filter(|s| s.at < now) {
            self.before_session(&mut position, history, &mut pending, last_end, session.at);
            let before = pain_before(history, session.at);
            self.record(&mut position, &session.value, before, &mut pending);
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
        let finished = position.completed >= self.total_sessions();
        if gap > i64::from(self.rules().long_gap_days) && !finished {
            self.restart(position, gap);
            position.ended.clear();
            position.phase_changes.clear();
            *pending = false;
            return;
        }
        if *pending {
            position.changes = std::mem::take(&mut position.phase_changes);
            let (decided, trend) = self.decide_all(position, history, at);
            position.changes.extend(decided);
            let ended = std::mem::take(&mut position.ended);
            let carried = self.carry_step_downs(&mut position.slots, &ended, history, at, trend);
            position.changes.extend(carried);
            position.restarted = false;
            *pending = false;
        }
    }

    fn restart(&self, position: &mut Position, gap: i64) {
        position.completed = position
            .completed
            .min(self.first_session_of_phase(position.phase));
        let phase = self.phase_after(position.completed);
        // One step below what was reached (the phase's own doses when it had not started yet).
        let fresh: Vec<Slot> = if phase == position.phase {
            position
                .slots
                .iter()
                .map(|s| Slot {
                    observations: Vec::new(),
                    ..s.clone()
                })
                .collect()
        } else {
            self.phase_slots(phase)
        };
        position.phase = phase;
        let held: Vec<&str> = fresh.iter().map(|s| s.dosed.exercise.as_str()).collect();
        position.changes = fresh
            .iter()
            .map(|slot| {
                let stepped = step_down(self.catalog, &slot.dosed, self.rules());
                let lower = match unless_held(stepped, &held) {
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
    fn record(
        &self,
        position: &mut Position,
        session: &SessionRecord,
        pain_before: Option<Score>,
        pending: &mut bool,
    ) {
        let rose = hurt::pain_rose(pain_before, session.pain_after);
        let mut observed = vec![false; position.slots.len()];
        for record in &session.exercises {
            // Each slot takes one record a session: the same exercise twice feeds two slots.
            let Some((slot, seen)) = position
                .slots
                .iter_mut()
                .zip(observed.iter_mut())
                .find(|(s, seen)| !**seen && s.dosed.exercise == record.exercise)
            else {
                continue;
            };
            *seen = true;
            let first_time = !position.tried.contains(&record.exercise);
            if record
                .skipped
                .as_ref()
                .is_some_and(|s| s.reason != SkipReason::Pain)
            {
                continue;
            }
            // Never reached (the session stopped earlier): it says nothing about this exercise.
            if record.sets.is_empty() && record.skipped.is_none() && record.replaced_by.is_none() {
                continue;
            }
            // A lighter dose than the slot's (a flare-up's) cannot earn a step up. The session's
            // pain belongs to this exercise unless the patient named others.
            let blamed = hurt::blamed(session, &record.exercise);
            let observation = Observation {
                all_sets_done: record.all_sets_done()
                    && !lighter(&record.planned, &slot.dosed.prescription),
                pain_during: record
                    .pain_during
                    .or(session.pain_during_max.filter(|_| blamed)),
                effort: record.effort.or(session.effort),
                morning_settled: None,
                pain_after_rose: rose && hurt::named(session, &record.exercise),
                first_time,
            };
            if first_time {
                position.tried.push(record.exercise.clone());
            }
            slot.observations.push(Seen {
                ended: session.ended_at,
                observation,
                morning_counts: blamed,
            });
        }
        if session.status == SessionStatus::Complete {
            position.completed += 1;
        }
        let phase = self.phase_after(position.completed);
        if phase != position.phase {
            position.phase = phase;
            let date = session.ended_at.date_naive();
            let (slots, changes) = self.carry_into(phase, &position.slots, date);
            position.ended = std::mem::replace(&mut position.slots, slots);
            position.phase_changes = changes;
            position.changes.clear();
        }
        *pending = true;
    }

    /// What an exercise's sessions at its dose showed, with the morning answers known by `at`.
    fn observed(
        &self,
        slot: &Slot,
        history: &History,
        at: DateTime<FixedOffset>,
    ) -> Vec<Observation> {
        slot.observations
            .iter()
            .map(|seen| Observation {
                morning_settled: self
                    .morning_after(history, seen.ended, at)
                    .filter(|_| seen.morning_counts),
                ..seen.observation
            })
            .collect()
    }

    /// After the last session of a phase called for a step down (pain above the limit, mornings
    /// that did not settle, effort, a rising morning trend), each exercise that goes on into the new phase starts one step below
    /// the new phase's dose; exercises new to the phase start as written.
    fn carry_step_downs(
        &self,
        slots: &mut [Slot],
        ended: &[Slot],
        history: &History,
        at: DateTime<FixedOffset>,
        trend: bool,
    ) -> Vec<Decision> {
        let mut decisions = Vec::new();
        for old in ended.iter().filter(|s| !s.observations.is_empty()) {
            let observed = self.observed(old, history, at);
            let (mut change, mut inputs) = decide(&observed, self.rules(), self.usual_pain);
            if trend {
                inputs.morning_trend = true;
                change = Change::Regress;
            }
            let going_on = slots
                .iter()
                .position(|s| s.dosed.exercise == old.dosed.exercise);
            let Some(i) = going_on.filter(|_| change == Change::Regress) else {
                continue;
            };
            let others: Vec<&str> = slots
                .iter()
                .enumerate()
                .filter(|(j, _)| *j != i)
                .map(|(_, s)| s.dosed.exercise.as_str())
                .collect();
            let stepped = step_down(self.catalog, &slots[i].dosed, self.rules());
            let (change, next) = match unless_held(stepped, &others) {
                Stepped::Dose(d) => (Change::Regress, d),
                Stepped::Ladder(d) => (Change::LadderDown, d),
                Stepped::AtEnd => (Change::Hold, slots[i].dosed.clone()),
            };
            decisions.push(decision(&slots[i], change, &next, inputs));
            slots[i].dosed = next;
        }
        decisions
    }

    fn decide_all(
        &self,
        position: &mut Position,
        history: &History,
        at: DateTime<FixedOffset>,
    ) -> (Vec<Decision>, bool) {
        let mut decisions = Vec::new();
        let slots = &mut position.slots;
        let mut held: Vec<String> = slots.iter().map(|s| s.dosed.exercise.clone()).collect();
        let before = held.clone();
        let rules = self.rules();
        let known = history.check_ins.partition_point(|c| c.at <= at);
        let flare_up = flare_up_until(
            &history.check_ins[..known],
            self.usual_pain,
            rules,
            at.date_naive(),
        );
        // A flare-up has its own rule: the mornings it spoils do not count as a trend later.
        let trend = flare_up.is_none()
            && morning_trend_rose(&history.check_ins[..known], rules, position.trend_acted, at);
        if trend || flare_up.is_some() {
            position.trend_acted = Some(at);
        }
        for (i, slot) in slots.iter_mut().enumerate() {
            if slot.observations.is_empty() {
                continue;
            }
            let observed = self.observed(slot, history, at);
            let (mut change, mut inputs) = decide(&observed, rules, self.usual_pain);
            if trend {
                inputs.morning_trend = true;
                change = Change::Regress;
            }
            if change == Change::Progress
                && let Some(days) = self.too_soon(slot, at.date_naive())
            {
                inputs.days_since_step = Some(days);
                change = Change::Hold;
            }
            if flare_up.is_some() && change != Change::Regress {
                // Nothing steps up during a flare-up: the session is lighter instead, and the
                // dose stays for when it is over.
                let percent = rules.flare_up_volume_percent;
                let lighter = Dosed {
                    exercise: slot.dosed.exercise.clone(),
                    prescription: reduce_volume(self.catalog, &slot.dosed, percent),
                };
                decisions.push(decision(slot, Change::FlareUp, &lighter, inputs));
                continue;
            }
            let stepped = match change {
                Change::Progress => step_up(self.catalog, &slot.dosed, rules),
                Change::Regress => step_down(self.catalog, &slot.dosed, rules),
                _ => Stepped::AtEnd,
            };
            // Not onto an exercise another place holds, or held before this round: a rung
            // another place just left would come back at its starting dose.
            let others: Vec<&str> = held
                .iter()
                .enumerate()
                .filter(|(j, _)| *j != i)
                .map(|(_, id)| id.as_str())
                .chain(before.iter().map(String::as_str))
                .filter(|id| *id != slot.dosed.exercise)
                .collect();
            let (change, next) = match (change, unless_held(stepped, &others)) {
                (Change::Progress, Stepped::Dose(d)) => (Change::Progress, d),
                (Change::Progress, Stepped::Ladder(d)) => (Change::LadderUp, d),
                (Change::Regress, Stepped::Dose(d)) => (Change::Regress, d),
                (Change::Regress, Stepped::Ladder(d)) => (Change::LadderDown, d),
                _ => (Change::Hold, slot.dosed.clone()),
            };
            decisions.push(decision(slot, change, &next, inputs));
            if change != Change::Hold {
                held[i].clone_from(&next.exercise);
                slot.dosed = next;
                slot.observations.clear();
            }
            if matches!(change, Change::Progress | Change::LadderUp) {
                slot.last_step_up = Some(at.date_naive());
            }
        }
        (decisions, trend)
    }

    /// Days since this place last stepped up, when that is too recent for another step:
    /// `min_days_between_steps`, and at least 7 days for walking and other timed exercise
    /// (at most one step of `step_duration_percent` a week).
    fn too_soon(&self, slot: &Slot, date: NaiveDate) -> Option<u32> {
        let last = slot.last_step_up?;
        let days = u32::try_from((date - last).num_days().max(0)).unwrap_or(u32::MAX);
        let dosed = &slot.dosed;
        let every = min_days_between_steps(
            self.catalog,
            self.rules(),
            &dosed.exercise,
            &dosed.prescription,
        );
        (days < every).then_some(days)
    }

    /// The first next-morning answer given after a session ended, by `until` and by the time the
    /// next session started (an answer is about the last session before it, so it counts for one
    /// only): settled when the pain that morning was at most usual + `morning_pain_above_usual`,
    /// or as the patient said when their usual pain is not known.
    fn morning_after(
        &self,
        history: &History,
        ended: DateTime<FixedOffset>,
        until: DateTime<FixedOffset>,
    ) -> Option<bool> {
        let next = history.sessions.iter().map(|s| s.at).find(|t| *t >= ended);
        let allowance = self.rules().morning_pain_above_usual;
        history
            .check_ins
            .iter()
            .filter(|c| c.at > ended && c.at <= until && next.is_none_or(|n| c.at <= n))
            .find_map(|c| c.value.next_morning)
            .map(|m| match self.usual_pain {
                Some(usual) => u32::from(m.pain.get()) <= u32::from(usual.get()) + allowance,
                None => m.settled,
            })
    }
}

/// Whether a dose asks for less than another: fewer sets, or less of any quantity.
fn lighter(planned: &Prescription, dose: &Prescription) -> bool {
    let less = |a: Option<u32>, b: Option<u32>| matches!((a, b), (Some(a), Some(b)) if a < b);
    let fewer_reps = (1..=planned.sets.min(dose.sets))
        .any(|set| less(planned.reps_in_set(set), dose.reps_in_set(set)));
    planned.sets < dose.sets
        || fewer_reps
        || less(planned.hold_seconds, dose.hold_seconds)
        || less(planned.duration_seconds, dose.duration_seconds)
        || less(planned.breaths, dose.breaths)
}

/// A ladder step onto an exercise the session already holds in another slot is not taken: the
/// patient would do it twice. The exercise stays where it is, as at the end of its ladder.
fn unless_held(stepped: Stepped, held: &[&str]) -> Stepped {
    match stepped {
        Stepped::Ladder(d) if held.contains(&d.exercise.as_str()) => Stepped::AtEnd,
        other => other,
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

/// The pain the patient gave at the check-in just before a session (the same day).
fn pain_before(history: &History, start: DateTime<FixedOffset>) -> Option<Score> {
    history
        .check_ins
        .iter()
        .rev()
        .find(|c| c.at <= start && c.at.date_naive() == start.date_naive())
        .map(|c| c.value.pain_now)
}

#[cfg(test)]
#[path = "replay_tests.rs"]
mod tests;
