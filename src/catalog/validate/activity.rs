//! Checks of a phase's daily activity (`[phases.activity]`): minutes inside sane limits, a top
//! not below the start, and growth no faster than about 10% a week.

use crate::catalog::Sink;
use crate::i18n::Msg;
use crate::model::Activity;
use crate::path;

use super::program::in_range;

/// Checks the activity of phase `p`.
pub fn check_activity(sink: &mut Sink<'_>, p: usize, activity: &Activity) {
    let [low, high] = Activity::SANE_MINUTES;
    let at = |key: &str| path!["phases", p, "activity", key];
    in_range(sink, at("minutes"), "minutes", activity.minutes, low, high);
    in_range(
        sink,
        at("max_minutes"),
        "max_minutes",
        activity.max_minutes,
        activity.minutes.clamp(low, high),
        high,
    );
    if activity.growth_percent > Activity::MAX_GROWTH_PERCENT {
        sink.error(
            at("growth_percent"),
            Msg::new("diag-activity-growth")
                .num("value", activity.growth_percent)
                .num("max", Activity::MAX_GROWTH_PERCENT),
            Some(Msg::new("diag-activity-growth-help").num("max", Activity::MAX_GROWTH_PERCENT)),
        );
    }
}
