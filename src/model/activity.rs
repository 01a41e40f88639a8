//! A daily activity a program phase prescribes for the days without a session (walking N minutes
//! on rest days), and the weekly rule it grows by.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// What the patient does on a rest day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ActivityKind {
    /// Walking at a comfortable, brisk pace.
    Walking,
}

impl ActivityKind {
    /// The kebab-case name used in files and on the command line.
    pub fn name(self) -> &'static str {
        match self {
            ActivityKind::Walking => "walking",
        }
    }

    /// The name of its minutes in exports (CSV measure, FHIR code).
    pub fn minutes_measure(self) -> &'static str {
        match self {
            ActivityKind::Walking => "walking-minutes",
        }
    }
}

/// The daily activity of a phase: minutes on each day without a session, growing by at most
/// `growth_percent` every 7 days up to `max_minutes`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Activity {
    /// What to do (walking).
    pub kind: ActivityKind,
    /// Minutes on each rest day at the start of the phase (more when an earlier phase reached
    /// more: what the patient reached is kept).
    pub minutes: u32,
    /// Percent the minutes grow every 7 days of the phase (at least one minute a step), 0 to
    /// [`Activity::MAX_GROWTH_PERCENT`]; 10 when left out.
    #[serde(default = "default_growth")]
    pub growth_percent: u32,
    /// The most minutes the growth reaches; 30 when left out.
    #[serde(default = "default_max_minutes")]
    pub max_minutes: u32,
}

fn default_growth() -> u32 {
    Activity::DEFAULT_GROWTH_PERCENT
}

fn default_max_minutes() -> u32 {
    Activity::DEFAULT_MAX_MINUTES
}

impl Activity {
    /// Growth per 7 days when a program does not say (CLINICAL.md: walking +10% a week).
    pub const DEFAULT_GROWTH_PERCENT: u32 = 10;
    /// The fastest growth a program may ask: about 10% a week whatever the sessions.
    pub const MAX_GROWTH_PERCENT: u32 = 10;
    /// The most minutes when a program does not say (brisk walking 10–30 min).
    pub const DEFAULT_MAX_MINUTES: u32 = 30;
    /// Minutes no file may pass, whatever it says (inclusive).
    pub const SANE_MINUTES: [u32; 2] = [1, 120];

    /// The minutes after `weeks` full weeks at this activity, starting from `from`: each week
    /// adds `growth_percent` (rounded down, at least one minute), never above `max_minutes` (nor
    /// below `from`).
    pub fn grown(&self, from: u32, weeks: u32) -> u32 {
        let cap = self.max_minutes.max(from);
        let mut minutes = from;
        if self.growth_percent == 0 {
            return minutes;
        }
        for _ in 0..weeks.min(520) {
            if minutes >= cap {
                break;
            }
            let step = (minutes.saturating_mul(self.growth_percent) / 100).max(1);
            minutes = minutes.saturating_add(step).min(cap);
        }
        minutes
    }
}

/// Walking from `minutes`, +10% a week up to 30 minutes, for tests.
#[cfg(test)]
pub fn walking(minutes: u32) -> Activity {
    Activity {
        kind: ActivityKind::Walking,
        minutes,
        growth_percent: 10,
        max_minutes: 30,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn walking_grows_at_most_ten_percent_a_week_and_stops_at_its_top() {
        let walk = walking(15);
        let weeks: Vec<u32> = (0..6).map(|w| walk.grown(15, w)).collect();
        assert_eq!(weeks, [15, 16, 17, 18, 19, 20]);
        for pair in weeks.windows(2) {
            // 10% rounded down, but at least one minute.
            assert!(pair[1] - pair[0] <= (pair[0] / 10).max(1));
        }
        assert_eq!(walk.grown(15, 100), 30);
        assert_eq!(walk.grown(25, 3), 30, "capped at max_minutes");
        assert_eq!(walk.grown(40, 3), 40, "what was reached never goes down");
    }

    #[test]
    fn no_growth_keeps_the_minutes() {
        let walk = Activity {
            growth_percent: 0,
            ..walking(10)
        };
        assert_eq!(walk.grown(10, 8), 10);
    }

    #[test]
    fn left_out_keys_take_the_clinical_defaults() {
        let walk: Activity =
            toml::from_str("kind = \"walking\"\nminutes = 10").unwrap_or(walking(0));
        assert_eq!((walk.growth_percent, walk.max_minutes), (10, 30));
    }
}
