//! From a day's plan to a session: the exercises with their easier variants, and the journal
//! record of what was done.

use chrono::{DateTime, FixedOffset};

use crate::catalog::Catalog;
use crate::journal::{Decision, ExerciseRecord, Score, SessionRecord, SessionStatus};
use crate::plan::{SessionPlan, starting_dose};

use super::engine::SessionExercise;

/// The session's exercises, each with the easier rung of its ladder (for "this hurts").
pub fn session_exercises(catalog: &Catalog, plan: &SessionPlan) -> Vec<SessionExercise> {
    plan.exercises
        .iter()
        .map(|planned| {
            let easier = catalog
                .exercises
                .get(&planned.exercise)
                .and_then(|e| e.value.ladder.easier.clone())
                .and_then(|id| {
                    let entry = catalog.exercises.get(&id)?;
                    (!entry.value.draft).then(|| (id.clone(), starting_dose(&entry.value)))
                });
            SessionExercise {
                id: planned.exercise.clone(),
                dose: planned.prescription.clone(),
                easier,
            }
        })
        .collect()
}

/// What the journal keeps of a session.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CheckOut {
    /// Highest pain during the session.
    pub pain_during_max: Option<Score>,
    /// Effort of the session.
    pub effort: Option<Score>,
    /// Pain after.
    pub pain_after: Option<Score>,
}

/// The journal record of a session from its plan, what was done, and the check-out answers.
#[allow(clippy::too_many_arguments)]
pub fn session_record(
    plan: &SessionPlan,
    records: &[ExerciseRecord],
    decisions: &[Decision],
    complete: bool,
    started_at: DateTime<FixedOffset>,
    ended_at: DateTime<FixedOffset>,
    active_ms: u64,
    check_out: CheckOut,
    note: Option<String>,
) -> SessionRecord {
    let pain_during_max = records
        .iter()
        .filter_map(|r| r.pain_during)
        .max()
        .max(check_out.pain_during_max);
    SessionRecord {
        program: plan.program.clone(),
        program_version: plan.program_version,
        phase: plan.phase,
        planned_date: plan.date,
        status: if complete {
            SessionStatus::Complete
        } else {
            SessionStatus::Partial
        },
        started_at,
        ended_at,
        active_seconds: u32::try_from(active_ms / 1000).unwrap_or(u32::MAX),
        pain_during_max,
        effort: check_out.effort,
        pain_after: check_out.pain_after,
        note,
        exercises: records.to_vec(),
        decisions: decisions.to_vec(),
        hurt: None,
    }
}
