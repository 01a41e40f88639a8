//! The progression rules (the pain-monitoring model, CLINICAL.md) as a pure decision: from an
//! exercise's last sessions at its current dose, the next-morning answers and the program's
//! parameters, decide to progress, hold or regress, and keep the facts it was decided from. The
//! first session of an exercise is also checked against the starting rule (it should feel light).

use crate::journal::{Change, DecisionInputs, Score};
use crate::model::Progression;

/// What one session says about one exercise.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Observation {
    /// Every planned set and side done.
    pub all_sets_done: bool,
    /// Highest pain during (the exercise's own, else the session's).
    pub pain_during: Option<Score>,
    /// Effort (the exercise's own, else the session's).
    pub effort: Option<Score>,
    /// Whether the next morning settled (None when not asked yet).
    pub morning_settled: Option<bool>,
    /// Pain after the session rose by 2 or more and the patient named this exercise.
    pub pain_after_rose: bool,
    /// The first session in which the patient did this exercise at all (its starting dose).
    pub first_time: bool,
}

/// Decides for one exercise from its observations at the current dose, oldest first. Only the
/// last `window_sessions` count. A next morning nobody asked about is neutral: it neither blocks a
/// step up nor counts as unsettled.
pub fn decide(
    observations: &[Observation],
    rules: &Progression,
    usual_pain: Option<Score>,
) -> (Change, DecisionInputs) {
    let window = rules.window_sessions.max(1) as usize;
    let recent = &observations[observations.len().saturating_sub(window)..];
    let max_pain = recent.iter().filter_map(|o| o.pain_during).max();
    let max_effort = recent.iter().filter_map(|o| o.effort).max();
    let unsettled = recent
        .iter()
        .filter(|o| o.morning_settled == Some(false))
        .count() as u32;
    let all_done = !recent.is_empty() && recent.iter().all(|o| o.all_sets_done);
    let inputs = DecisionInputs {
        sessions: recent.len() as u32,
        all_sets_done: all_done,
        max_pain_during: max_pain,
        max_effort,
        unsettled_mornings: unsettled,
        usual_pain,
        gap_days: None,
        pain_after_rose: recent.iter().any(|o| o.pain_after_rose),
        first_session: observations.len() == 1 && observations[0].first_time,
        ..DecisionInputs::default()
    };
    let latest_pain = recent
        .last()
        .and_then(|o| o.pain_during)
        .map_or(0, |p| u32::from(p.get()));
    let pain = max_pain.map_or(0, |p| u32::from(p.get()));
    let effort = max_effort.map_or(0, |e| u32::from(e.get()));
    let change = if latest_pain > rules.regress_pain_during
        || unsettled >= rules.regress_unsettled_mornings
        || effort >= rules.regress_effort
        || (inputs.first_session && too_hard_to_start(recent, rules))
    {
        Change::Regress
    } else if recent.len() < window
        || !all_done
        || pain >= rules.pain_during_hold
        || pain > rules.pain_during_max
        || effort > rules.effort_max
        || unsettled > 0
        || inputs.pain_after_rose
    {
        Change::Hold
    } else {
        Change::Progress
    };
    (change, inputs)
}

/// The starting rule: the first dose should be done at effort and pain no higher than the
/// program's starting limits.
fn too_hard_to_start(recent: &[Observation], rules: &Progression) -> bool {
    recent.iter().any(|o| {
        o.effort
            .is_some_and(|e| u32::from(e.get()) > rules.start_effort_max)
            || o.pain_during
                .is_some_and(|p| u32::from(p.get()) > rules.start_pain_max)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn obs(done: bool, pain: i64, effort: i64, settled: Option<bool>) -> Observation {
        Observation {
            all_sets_done: done,
            pain_during: Score::new(pain),
            effort: Score::new(effort),
            morning_settled: settled,
            pain_after_rose: false,
            first_time: false,
        }
    }

    fn change(observations: &[Observation]) -> Change {
        decide(observations, &Progression::default(), Score::new(3)).0
    }

    #[test]
    fn two_good_sessions_progress() {
        let good = obs(true, 3, 4, Some(true));
        assert_eq!(change(&[good, good]), Change::Progress);
    }

    #[test]
    fn one_session_is_not_enough_to_progress() {
        assert_eq!(change(&[obs(true, 2, 3, Some(true))]), Change::Hold);
    }

    #[test]
    fn pain_of_five_holds_and_above_five_regresses() {
        let good = obs(true, 3, 4, Some(true));
        assert_eq!(change(&[good, obs(true, 5, 4, Some(true))]), Change::Hold);
        assert_eq!(
            change(&[good, obs(true, 6, 4, Some(true))]),
            Change::Regress
        );
    }

    #[test]
    fn mornings_that_do_not_settle_hold_once_and_regress_twice() {
        assert_eq!(
            change(&[obs(true, 2, 3, Some(true)), obs(true, 2, 3, Some(false))]),
            Change::Hold
        );
        assert_eq!(
            change(&[obs(true, 2, 3, Some(false)), obs(true, 2, 3, Some(false))]),
            Change::Regress
        );
    }

    #[test]
    fn missed_sets_or_high_effort_hold() {
        let good = obs(true, 2, 3, Some(true));
        assert_eq!(change(&[good, obs(false, 2, 3, Some(true))]), Change::Hold);
        assert_eq!(change(&[good, obs(true, 2, 6, Some(true))]), Change::Hold);
    }

    #[test]
    fn effort_two_above_the_ceiling_steps_down() {
        let good = obs(true, 2, 3, Some(true));
        assert_eq!(change(&[good, obs(true, 2, 6, Some(true))]), Change::Hold);
        assert_eq!(
            change(&[good, obs(true, 2, 7, Some(true))]),
            Change::Regress
        );
    }

    #[test]
    fn a_first_session_that_felt_too_hard_steps_down_and_a_light_one_waits() {
        let first = |pain, effort| Observation {
            first_time: true,
            ..obs(true, pain, effort, None)
        };
        assert_eq!(change(&[first(3, 4)]), Change::Hold);
        assert_eq!(change(&[first(4, 4)]), Change::Regress);
        assert_eq!(change(&[first(2, 5)]), Change::Regress);
        // Only the very first session: later ones follow the usual rules.
        assert_eq!(change(&[obs(true, 4, 5, None)]), Change::Hold);
    }

    #[test]
    fn the_decision_keeps_its_inputs() {
        let (_, inputs) = decide(
            &[obs(true, 2, 3, Some(true)), obs(true, 3, 4, Some(true))],
            &Progression::default(),
            Score::new(3),
        );
        assert_eq!(inputs.sessions, 2);
        assert_eq!(inputs.max_pain_during, Score::new(3));
        assert_eq!(inputs.max_effort, Score::new(4));
        assert!(inputs.all_sets_done);
    }
}
