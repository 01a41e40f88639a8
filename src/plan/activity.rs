//! The daily activity of a rest day: what the program's phase prescribes for a day without a
//! session (walking N minutes), grown by its weekly rule from the start of the phase, with the
//! minutes an earlier phase reached kept; and what the patient recorded for that day.

use chrono::NaiveDate;
use serde::Serialize;

use crate::journal::activity::minutes_on;
use crate::model::{ActivityKind, Program};

use super::history::History;

/// The activity of one rest day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct RestDayActivity {
    /// What to do (walking).
    pub kind: ActivityKind,
    /// Minutes to do today.
    pub minutes: u32,
    /// Minutes recorded for today so far.
    pub done: u32,
}

/// The activity the program prescribes for `date` (a day without a session), for a program
/// started on `start`: the phase's minutes, grown by its `growth_percent` for every 7 full days
/// of the phase, never above its `max_minutes`; a phase that follows one with the same activity
/// starts from what that one reached when it asks less. `None` outside the program's weeks or when
/// the phase prescribes nothing.
pub fn activity_on(
    program: &Program,
    start: NaiveDate,
    date: NaiveDate,
) -> Option<(ActivityKind, u32)> {
    let mut reached: Option<(ActivityKind, u32)> = None;
    for phase in &program.phases {
        let first = start + chrono::Duration::days(7 * i64::from(phase.weeks[0].max(1) - 1));
        let last = start + chrono::Duration::days(7 * i64::from(phase.weeks[1]) - 1);
        if date < first {
            return None;
        }
        let Some(activity) = &phase.activity else {
            if date <= last {
                return None;
            }
            reached = None;
            continue;
        };
        let carried = reached
            .filter(|(kind, _)| *kind == activity.kind)
            .map_or(0, |(_, minutes)| minutes);
        let from = activity.minutes.max(carried);
        let until = date.min(last);
        let weeks = u32::try_from((until - first).num_days() / 7).unwrap_or(0);
        let minutes = activity.grown(from, weeks);
        if date <= last {
            return Some((activity.kind, minutes));
        }
        reached = Some((activity.kind, minutes));
    }
    None
}

/// Today's activity with what was recorded for it, for the enrolled program.
pub fn rest_day_activity(
    program: &Program,
    history: &History,
    date: NaiveDate,
) -> Option<RestDayActivity> {
    let start = history.enrolment.as_ref()?.start_date;
    let (kind, minutes) = activity_on(program, start, date)?;
    let done = minutes_on(history.activities.iter().map(|a| &a.value), kind, date);
    Some(RestDayActivity {
        kind,
        minutes,
        done,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::{Catalog, LoadOptions};
    use crate::model::Activity;
    use crate::model::activity::walking;

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap_or_default()
    }

    fn program_with(activities: [Option<Activity>; 2]) -> Program {
        let catalog = Catalog::load(&LoadOptions::shipped_only());
        let mut program = catalog.programs["core-hip-strength"].value.clone();
        program.phases.truncate(2);
        program.phases[0].weeks = [1, 2];
        program.phases[1].weeks = [3, 8];
        for (phase, activity) in program.phases.iter_mut().zip(activities) {
            phase.activity = activity;
        }
        program
    }

    #[test]
    fn walking_grows_once_per_seven_days_of_the_phase() {
        let program = program_with([Some(walking(15)), Some(walking(10))]);
        let start = day("2026-11-02");
        let on = |d: &str| activity_on(&program, start, day(d)).map(|(_, m)| m);
        assert_eq!(on("2026-11-01"), None, "before the start");
        assert_eq!(on("2026-11-02"), Some(15));
        assert_eq!(on("2026-11-08"), Some(15), "day 7 is still the first week");
        assert_eq!(on("2026-11-09"), Some(16), "+10% (1.5 min, rounded down)");
        // The second phase writes 10 minutes, but the patient reached 16: that is kept.
        assert_eq!(on("2026-11-16"), Some(16));
        assert_eq!(on("2026-11-23"), Some(17));
        assert_eq!(
            on("2026-12-27"),
            Some(22),
            "week 8: five weekly steps later"
        );
        assert_eq!(on("2026-12-28"), None, "after the last week");
    }

    #[test]
    fn a_phase_without_an_activity_prescribes_none() {
        let program = program_with([None, Some(walking(12))]);
        let start = day("2026-11-02");
        assert_eq!(activity_on(&program, start, day("2026-11-05")), None);
        assert_eq!(
            activity_on(&program, start, day("2026-11-16")),
            Some((ActivityKind::Walking, 12)),
            "a new activity starts as written"
        );
    }
}
