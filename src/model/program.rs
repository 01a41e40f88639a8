//! A program as a therapist writes it: who it is for, its weeks and phases, the dose of each
//! exercise, the progression rules and the measures to ask.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Activity, Cert, DoseOverride, LocalizedText, Reps, WeekCards};

/// Who a program is written for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Audience {
    /// Back pain of less than about 12 weeks.
    AcuteSubacute,
    /// Back pain of more than about 12 weeks.
    Chronic,
    /// After back surgery, with the surgeon's clearance.
    PostSurgery,
}

impl Audience {
    /// The kebab-case name used in files.
    pub fn name(self) -> &'static str {
        match self {
            Audience::AcuteSubacute => "acute-subacute",
            Audience::Chronic => "chronic",
            Audience::PostSurgery => "post-surgery",
        }
    }
}

/// Who must agree before a patient starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Clearance {
    /// Nobody in particular.
    #[default]
    None,
    /// A doctor.
    Doctor,
    /// The surgeon.
    Surgeon,
}

/// A day of the week.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Weekday {
    /// Monday.
    Mon,
    /// Tuesday.
    Tue,
    /// Wednesday.
    Wed,
    /// Thursday.
    Thu,
    /// Friday.
    Fri,
    /// Saturday.
    Sat,
    /// Sunday.
    Sun,
}

impl Weekday {
    /// Monday to Sunday.
    pub const ALL: [Weekday; 7] = [
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
        Weekday::Sat,
        Weekday::Sun,
    ];

    /// The three-letter name used in files.
    pub fn name(self) -> &'static str {
        match self {
            Weekday::Mon => "mon",
            Weekday::Tue => "tue",
            Weekday::Wed => "wed",
            Weekday::Thu => "thu",
            Weekday::Fri => "fri",
            Weekday::Sat => "sat",
            Weekday::Sun => "sun",
        }
    }

    /// The same day in chrono's terms.
    pub fn to_chrono(self) -> chrono::Weekday {
        match self {
            Weekday::Mon => chrono::Weekday::Mon,
            Weekday::Tue => chrono::Weekday::Tue,
            Weekday::Wed => chrono::Weekday::Wed,
            Weekday::Thu => chrono::Weekday::Thu,
            Weekday::Fri => chrono::Weekday::Fri,
            Weekday::Sat => chrono::Weekday::Sat,
            Weekday::Sun => chrono::Weekday::Sun,
        }
    }
}

/// One exercise of a phase, with the dose values the phase sets.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct PhaseExercise {
    /// The exercise id.
    pub exercise: String,
    /// Sets.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sets: Option<u32>,
    /// Repetitions or holds per set: one number, or one per set such as `[5, 3, 1]` (the sets
    /// follow the list's length when `sets` is left out).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reps: Option<Reps>,
    /// Hold length in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hold_seconds: Option<u32>,
    /// Bout length in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration_seconds: Option<u32>,
    /// Breaths per set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub breaths: Option<u32>,
    /// Rest between sets in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rest_seconds: Option<u32>,
    /// Tempo such as "2-1-2".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tempo: Option<String>,
}

impl PhaseExercise {
    /// The dose values this entry sets.
    pub fn dose_override(&self) -> DoseOverride {
        DoseOverride {
            sets: self.sets,
            reps: self.reps.clone(),
            hold_seconds: self.hold_seconds,
            duration_seconds: self.duration_seconds,
            breaths: self.breaths,
            rest_seconds: self.rest_seconds,
            tempo: self.tempo.clone(),
        }
    }
}

/// A block of weeks with its own exercises.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Phase {
    /// First and last week, inclusive.
    pub weeks: [u32; 2],
    /// Estimated minutes for one session.
    pub minutes: u32,
    /// The phase's name.
    pub name: LocalizedText,
    /// What the phase works on.
    #[serde(default)]
    pub focus: LocalizedText,
    /// The target effort for this phase, lowest and highest on kern's 0–10 scale (CERT item 13).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effort: Option<[u32; 2]>,
    /// The exercises, in order.
    pub exercises: Vec<PhaseExercise>,
    /// What to do on the days without a session (walking N minutes), if anything.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub activity: Option<Activity>,
}

/// The progression rules and their parameters (defaults from CLINICAL.md).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
#[schemars(deny_unknown_fields)]
pub struct Progression {
    /// Decide from the last N sessions of an exercise.
    pub window_sessions: u32,
    /// Progress only if pain during stayed at or below this (NRS 0–10).
    pub pain_during_max: u32,
    /// Pain during equal to this holds the dose.
    pub pain_during_hold: u32,
    /// Progress only if effort stayed at or below this (0–10).
    pub effort_max: u32,
    /// Next-morning pain at most usual + this counts as settled.
    pub morning_pain_above_usual: u32,
    /// Pain during above this regresses one step.
    pub regress_pain_during: u32,
    /// This many unsettled mornings within the window regress one step.
    pub regress_unsettled_mornings: u32,
    /// Repetitions added by one step.
    pub step_reps: u32,
    /// Seconds added to a hold by one step.
    pub step_hold_seconds: u32,
    /// Sets added by one step.
    pub step_sets: u32,
    /// Percent added to a timed bout by one step.
    pub step_duration_percent: u32,
    /// Breaths added by one step.
    pub step_breaths: u32,
    /// A flare-up is pain this much above usual ...
    pub flare_up_pain_rise: u32,
    /// ... for longer than this many hours ...
    pub flare_up_hours: u32,
    /// ... and brings the volume down to this percent ...
    pub flare_up_volume_percent: u32,
    /// ... for this many days.
    pub flare_up_days: u32,
    /// A break longer than this restarts the phase one step lower.
    pub long_gap_days: u32,
    /// Pain above this during a session offers the easier variant or to stop.
    pub session_pain_stop: u32,
    /// Less than 30% gain in pain or function by this week suggests a review.
    pub review_week: u32,
    /// Any one exercise steps up at most once in this many days (timed exercise such as walking
    /// at most once in 7 days, whatever this says).
    pub min_days_between_steps: u32,
    /// Effort at or above this steps back one step.
    pub regress_effort: u32,
    /// The first session of an exercise should feel light: effort at most this ...
    pub start_effort_max: u32,
    /// ... and pain during at most this; else the next session is one step easier.
    pub start_pain_max: u32,
    /// Next-morning pain over this many days is watched for a rise (0 turns it off) ...
    pub morning_trend_days: u32,
    /// ... and the later half's average this much above the earlier half's steps back.
    pub morning_trend_rise: u32,
}

impl Default for Progression {
    fn default() -> Self {
        Self {
            window_sessions: 2,
            pain_during_max: 5,
            pain_during_hold: 5,
            effort_max: 5,
            morning_pain_above_usual: 1,
            regress_pain_during: 5,
            regress_unsettled_mornings: 2,
            step_reps: 2,
            step_hold_seconds: 5,
            step_sets: 1,
            step_duration_percent: 10,
            step_breaths: 1,
            flare_up_pain_rise: 2,
            flare_up_hours: 48,
            flare_up_volume_percent: 50,
            flare_up_days: 7,
            long_gap_days: 14,
            session_pain_stop: 5,
            review_week: 6,
            min_days_between_steps: 7,
            regress_effort: 7,
            start_effort_max: 4,
            start_pain_max: 3,
            morning_trend_days: 14,
            morning_trend_rise: 1,
        }
    }
}

/// What to ask the patient, and when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
#[schemars(deny_unknown_fields)]
pub struct Measures {
    /// Pain before, during and after each session and the next morning.
    pub pain_nrs: bool,
    /// Function score (PSFS-style) at the start and every N weeks; 0 turns it off.
    pub function_every_weeks: u32,
    /// Global rating of change at these weeks.
    pub global_rating_weeks: Vec<u32>,
    /// Ask "anything new?" about red flags this often, in days.
    pub red_flag_check_days: u32,
}

impl Default for Measures {
    fn default() -> Self {
        Self {
            pain_nrs: true,
            function_every_weeks: 2,
            global_rating_weeks: vec![6, 12],
            red_flag_check_days: 7,
        }
    }
}

/// A program file (`kern.program/1`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Program {
    /// Always `kern.program/1`.
    pub format: String,
    /// Optional; when given it must equal the file name without `.toml`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The content's version; raise it when the program changes.
    pub version: u32,
    /// Who wrote it.
    pub author: String,
    /// Who it is for.
    pub audience: Audience,
    /// Who must agree before starting.
    #[serde(default)]
    pub clearance: Clearance,
    /// Length in weeks.
    pub weeks: u32,
    /// Sessions in a week.
    pub sessions_per_week: u32,
    /// Suggested weekdays.
    pub weekdays: Vec<Weekday>,
    /// Ids of the references behind it.
    #[serde(default)]
    pub references: Vec<String>,
    /// Its title.
    pub title: LocalizedText,
    /// A short summary.
    pub summary: LocalizedText,
    /// Who it suits, and who should ask first.
    pub for_whom: LocalizedText,
    /// The phases, in order.
    pub phases: Vec<Phase>,
    /// The progression rules.
    #[serde(default)]
    pub progression: Progression,
    /// The measures to ask.
    #[serde(default)]
    pub measures: Measures,
    /// Education cards the coach shows in given weeks (CERT item 10).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub education: Vec<WeekCards>,
    /// What the program states for the CERT items kern cannot know (`kern program cert`).
    #[serde(default, skip_serializing_if = "Cert::is_empty")]
    pub cert: Cert,
}

impl Program {
    /// The phase a program week (1-based) falls in.
    pub fn phase_for_week(&self, week: u32) -> Option<(usize, &Phase)> {
        self.phases
            .iter()
            .enumerate()
            .find(|(_, p)| p.weeks[0] <= week && week <= p.weeks[1])
    }
}
