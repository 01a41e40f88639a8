//! What one journal entry holds. Each entry is one small TOML file: a header (format, id, kind,
//! when it applies, when it was written, what it amends) and exactly one body table named after
//! its kind. Files are read back with the same types, so what kern writes is what kern reads.

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::model::{Prescription, Weekday};
use crate::safety::{AdverseEvent, Clearance, RedFlag, Urgency};

use super::activity::ActivityRecord;
use super::score::{Rating, Score};

/// The `format` value of every journal entry this kern writes and reads.
pub const ENTRY_FORMAT: &str = "kern.journal/1";

/// The kinds of entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum EntryKind {
    /// Pain before a session, or alone as a daily diary.
    CheckIn,
    /// A session done (fully or partly).
    Session,
    /// A function score on the patient's own activities.
    Function,
    /// A global rating of change.
    GlobalRating,
    /// Starting, switching or stopping a program.
    Enrolment,
    /// Answers to the red-flag questions.
    RedFlags,
    /// A doctor or physiotherapist has checked the patient since a red flag paused the program.
    Cleared,
    /// A daily activity done, such as a walk on a rest day.
    Activity,
    /// Something that went wrong with or around the exercises.
    AdverseEvent,
}

impl EntryKind {
    /// Every kind.
    pub const ALL: [EntryKind; 9] = [
        EntryKind::CheckIn,
        EntryKind::Session,
        EntryKind::Function,
        EntryKind::GlobalRating,
        EntryKind::Enrolment,
        EntryKind::RedFlags,
        EntryKind::Cleared,
        EntryKind::Activity,
        EntryKind::AdverseEvent,
    ];

    /// The kebab-case name, used in files, file names and on the command line.
    pub fn name(self) -> &'static str {
        match self {
            EntryKind::CheckIn => "check-in",
            EntryKind::Session => "session",
            EntryKind::Function => "function",
            EntryKind::GlobalRating => "global-rating",
            EntryKind::Enrolment => "enrolment",
            EntryKind::RedFlags => "red-flags",
            EntryKind::Cleared => "cleared",
            EntryKind::Activity => "activity",
            EntryKind::AdverseEvent => "adverse-event",
        }
    }

    /// Parses a kebab-case name.
    pub fn from_name(name: &str) -> Option<EntryKind> {
        Self::ALL.into_iter().find(|k| k.name() == name)
    }
}

/// Why a check-in was made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CheckInContext {
    /// A daily pain diary entry.
    Diary,
    /// Just before a session.
    BeforeSession,
}

/// How the back was the morning after the last session.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NextMorning {
    /// Whether the pain had settled back to the usual level.
    pub settled: bool,
    /// Pain that morning.
    pub pain: Score,
}

/// A check-in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CheckIn {
    /// Diary or before a session.
    pub context: CheckInContext,
    /// Pain now.
    pub pain_now: Score,
    /// Average pain over the last 24 hours.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pain_average: Option<Score>,
    /// The morning after the last session.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_morning: Option<NextMorning>,
    /// The answer to the weekly "anything new?" red-flag question.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub red_flags_new: Option<bool>,
    /// Free note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// Whether a session was done to the end.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SessionStatus {
    /// Every step done or deliberately skipped.
    Complete,
    /// Stopped early (quit, pain, or closed from a checkpoint).
    Partial,
}

/// Left or right.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Side {
    /// Left side.
    Left,
    /// Right side.
    Right,
}

/// One set (or one side of a set) as done.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SetRecord {
    /// 1-based set number.
    pub set: u32,
    /// The side, for exercises done per side.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub side: Option<Side>,
    /// Repetitions (or holds) achieved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reps: Option<u32>,
    /// Seconds achieved (a hold or a timed bout).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seconds: Option<u32>,
    /// Breaths achieved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub breaths: Option<u32>,
}

/// Why an exercise was skipped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SkipReason {
    /// It hurt.
    Pain,
    /// No time.
    Time,
    /// Missing equipment or space.
    Equipment,
    /// Too hard.
    TooHard,
    /// Anything else.
    Other,
}

/// A skipped exercise and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Skip {
    /// The reason.
    pub reason: SkipReason,
    /// Free note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// One exercise of a session: planned versus done.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExerciseRecord {
    /// The exercise id as planned.
    pub exercise: String,
    /// The dose planned.
    pub planned: Prescription,
    /// The easier exercise done instead, after "this hurts".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replaced_by: Option<String>,
    /// Every set (or side of a set) done.
    #[serde(default)]
    pub sets: Vec<SetRecord>,
    /// Set when the exercise (or its rest) was skipped.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub skipped: Option<Skip>,
    /// Highest pain during this exercise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pain_during: Option<Score>,
    /// Effort of this exercise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effort: Option<Score>,
}

impl ExerciseRecord {
    /// Sets (counting both sides as one set) the plan asked for.
    pub fn planned_set_records(&self) -> u32 {
        self.planned.sets * if self.planned.per_side { 2 } else { 1 }
    }

    /// Whether every planned set (and side) was done at the planned amount.
    pub fn all_sets_done(&self) -> bool {
        if self.skipped.is_some() || self.replaced_by.is_some() {
            return false;
        }
        let planned = &self.planned;
        let full = |set: &SetRecord| {
            let reps_ok = set.reps.unwrap_or(0) >= planned.reps_in_set(set.set).unwrap_or(0)
                || planned.kind == crate::model::DoseKind::Timed
                || planned.kind == crate::model::DoseKind::Breaths;
            let seconds_ok = match planned.kind {
                crate::model::DoseKind::Hold => {
                    set.seconds.unwrap_or(0) >= planned.hold_seconds.unwrap_or(0)
                }
                crate::model::DoseKind::Timed => {
                    set.seconds.unwrap_or(0) >= planned.duration_seconds.unwrap_or(0)
                }
                _ => true,
            };
            let breaths_ok = set.breaths.unwrap_or(0) >= planned.breaths.unwrap_or(0);
            reps_ok && seconds_ok && breaths_ok
        };
        self.sets.iter().filter(|s| full(s)).count() as u32 >= self.planned_set_records()
    }
}

/// What a progression rule decided for one exercise.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Change {
    /// One step up within the range.
    Progress,
    /// Same dose.
    Hold,
    /// One step down within the range.
    Regress,
    /// Up the ladder to the harder exercise.
    LadderUp,
    /// Down the ladder to the easier exercise.
    LadderDown,
    /// Volume lowered for a flare-up.
    FlareUp,
    /// Phase restarted one step lower after a long gap.
    Restart,
    /// A new phase writes a larger dose than the one reached.
    NewPhase,
}

/// The facts a decision was taken from.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DecisionInputs {
    /// Sessions of this exercise looked at.
    pub sessions: u32,
    /// Whether all sets were done in all of them.
    pub all_sets_done: bool,
    /// Highest pain during.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_pain_during: Option<Score>,
    /// Highest effort.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_effort: Option<Score>,
    /// Next mornings that did not settle.
    #[serde(default)]
    pub unsettled_mornings: u32,
    /// The patient's usual pain.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub usual_pain: Option<Score>,
    /// Days since the last session, when that mattered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gap_days: Option<u32>,
    /// Pain after a session rose by 2 or more, and the patient named this exercise.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub pain_after_rose: bool,
    /// Decided after the first session of the exercise (the starting rule applies).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub first_session: bool,
    /// Days since the exercise last stepped up, when that held back a step up.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub days_since_step: Option<u32>,
    /// Next-morning pain rose over the program's trend window.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub morning_trend: bool,
}

/// One progression decision, with what it was based on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Decision {
    /// The exercise it is about.
    pub exercise: String,
    /// What changed.
    pub change: Change,
    /// The dose before.
    pub from: Prescription,
    /// The dose after.
    pub to: Prescription,
    /// The exercise after (differs on a ladder step).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to_exercise: Option<String>,
    /// The facts behind it.
    pub inputs: DecisionInputs,
}

/// A session as done.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SessionRecord {
    /// Program id.
    pub program: String,
    /// Program version.
    pub program_version: u32,
    /// Phase (1-based).
    pub phase: u32,
    /// The date the session was planned for.
    pub planned_date: NaiveDate,
    /// Complete or partial.
    pub status: SessionStatus,
    /// Start.
    pub started_at: DateTime<FixedOffset>,
    /// End.
    pub ended_at: DateTime<FixedOffset>,
    /// Seconds of exercise, pauses left out.
    pub active_seconds: u32,
    /// Highest pain during the session.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pain_during_max: Option<Score>,
    /// Effort of the session as a whole.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effort: Option<Score>,
    /// Pain after.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pain_after: Option<Score>,
    /// Free note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Every exercise, planned versus done.
    #[serde(default)]
    pub exercises: Vec<ExerciseRecord>,
    /// Progression decisions taken from this session.
    #[serde(default)]
    pub decisions: Vec<Decision>,
    /// Which exercise(s) hurt, when the patient was asked (pain during above the program's limit,
    /// or pain after 2 or more above the pain before). Absent in entries written before kern
    /// asked, and when the question did not come up.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hurt: Option<HurtAnswer>,
}

/// The answer to "which exercise(s) hurt?": the exercises named, or "not sure".
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HurtAnswer {
    /// The exercise ids the patient named (as planned in this session).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub exercises: Vec<String>,
    /// The patient could not say which: the whole session counts, as before.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub not_sure: bool,
}

impl HurtAnswer {
    /// Whether the pain of this session belongs to the exercise `id`: yes when the patient named
    /// it, or when they could not say which (or named none).
    pub fn blames(&self, id: &str) -> bool {
        self.not_sure || self.exercises.is_empty() || self.exercises.iter().any(|e| e == id)
    }
}

/// One activity's function score.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActivityScore {
    /// The activity in the patient's words.
    pub activity: String,
    /// 0 (unable) to 10 (as before the back pain).
    pub score: Score,
}

/// A function score (PSFS-style) on the patient's own 3–5 activities.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FunctionScore {
    /// Each activity's score.
    pub activities: Vec<ActivityScore>,
    /// Program week, if asked as part of a program.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub week: Option<u32>,
}

impl FunctionScore {
    /// The mean score, if any activity was scored.
    pub fn mean(&self) -> Option<f64> {
        if self.activities.is_empty() {
            return None;
        }
        let sum: u32 = self
            .activities
            .iter()
            .map(|a| u32::from(a.score.get()))
            .sum();
        Some(f64::from(sum) / self.activities.len() as f64)
    }
}

/// A global rating of change since the start.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GlobalRating {
    /// −5 (much worse) to +5 (much better).
    pub rating: Rating,
    /// Program week, if asked as part of a program.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub week: Option<u32>,
}

/// Starting, switching or stopping.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum EnrolmentAction {
    /// Start a program.
    Start,
    /// Switch to another program (the history stays).
    Switch,
    /// Stop following a program.
    Stop,
}

/// An enrolment entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Enrolment {
    /// Start, switch or stop.
    pub action: EnrolmentAction,
    /// Program id.
    pub program: String,
    /// Program version.
    pub program_version: u32,
    /// First day of the program.
    pub start_date: NaiveDate,
    /// The chosen weekdays.
    #[serde(default)]
    pub weekdays: Vec<Weekday>,
    /// The patient's 3–5 activities for the function score.
    #[serde(default)]
    pub activities: Vec<String>,
    /// The patient's usual pain at the start.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub usual_pain: Option<Score>,
    /// Why (for a switch or stop).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

/// One answer to a red-flag question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RedFlagAnswer {
    /// The question.
    pub flag: RedFlag,
    /// Whether it applies.
    pub present: bool,
}

/// A red-flag screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RedFlagScreen {
    /// Every answer given.
    pub answers: Vec<RedFlagAnswer>,
    /// What the answers mean.
    pub outcome: Urgency,
    /// Written by older kerns: the patient confirmed a clinician had checked them. Read as a
    /// clearance at the moment of this screen (see [`crate::safety::Screening`]); kern now records
    /// a `cleared` entry instead.
    #[serde(default)]
    pub clinician_checked: bool,
}

/// One journal entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// Always `kern.journal/1`.
    pub format: String,
    /// Unique id, also the file name without `.toml`.
    pub id: String,
    /// What kind of entry.
    pub kind: EntryKind,
    /// When it applies (the pain of that moment, the session's start).
    pub at: DateTime<FixedOffset>,
    /// When it was written.
    pub recorded_at: DateTime<FixedOffset>,
    /// The entry this one corrects; the newest correction wins.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amends: Option<String>,
    /// Body of a check-in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub check_in: Option<CheckIn>,
    /// Body of a session.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session: Option<SessionRecord>,
    /// Body of a function score.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub function: Option<FunctionScore>,
    /// Body of a global rating.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub global_rating: Option<GlobalRating>,
    /// Body of an enrolment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enrolment: Option<Enrolment>,
    /// Body of a red-flag screen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub red_flags: Option<RedFlagScreen>,
    /// Body of a clinician's clearance.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cleared: Option<Clearance>,
    /// Body of a daily activity done.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub activity: Option<ActivityRecord>,
    /// Body of an adverse event.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adverse_event: Option<AdverseEvent>,
}

/// The body of an entry, by kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Body {
    /// A check-in.
    CheckIn(CheckIn),
    /// A session.
    Session(Box<SessionRecord>),
    /// A function score.
    Function(FunctionScore),
    /// A global rating.
    GlobalRating(GlobalRating),
    /// An enrolment.
    Enrolment(Enrolment),
    /// A red-flag screen.
    RedFlags(RedFlagScreen),
    /// A clinician's clearance.
    Cleared(Clearance),
    /// A daily activity done.
    Activity(ActivityRecord),
    /// An adverse event.
    AdverseEvent(AdverseEvent),
}

impl Body {
    /// The kind of this body.
    pub fn kind(&self) -> EntryKind {
        match self {
            Body::CheckIn(_) => EntryKind::CheckIn,
            Body::Session(_) => EntryKind::Session,
            Body::Function(_) => EntryKind::Function,
            Body::GlobalRating(_) => EntryKind::GlobalRating,
            Body::Enrolment(_) => EntryKind::Enrolment,
            Body::RedFlags(_) => EntryKind::RedFlags,
            Body::Cleared(_) => EntryKind::Cleared,
            Body::Activity(_) => EntryKind::Activity,
            Body::AdverseEvent(_) => EntryKind::AdverseEvent,
        }
    }
}

impl Entry {
    /// A new entry with the given header and body (the id is set when it is written).
    pub fn new(
        id: String,
        at: DateTime<FixedOffset>,
        recorded_at: DateTime<FixedOffset>,
        body: Body,
    ) -> Entry {
        let mut entry = Entry {
            format: ENTRY_FORMAT.to_owned(),
            id,
            kind: body.kind(),
            at,
            recorded_at,
            amends: None,
            check_in: None,
            session: None,
            function: None,
            global_rating: None,
            enrolment: None,
            red_flags: None,
            cleared: None,
            activity: None,
            adverse_event: None,
        };
        match body {
            Body::CheckIn(b) => entry.check_in = Some(b),
            Body::Session(b) => entry.session = Some(*b),
            Body::Function(b) => entry.function = Some(b),
            Body::GlobalRating(b) => entry.global_rating = Some(b),
            Body::Enrolment(b) => entry.enrolment = Some(b),
            Body::RedFlags(b) => entry.red_flags = Some(b),
            Body::Cleared(b) => entry.cleared = Some(b),
            Body::Activity(b) => entry.activity = Some(b),
            Body::AdverseEvent(b) => entry.adverse_event = Some(b),
        }
        entry
    }

    /// Checks what the types cannot: the format version, and exactly one body that matches the
    /// kind. Returns a reason for people when something is wrong.
    pub fn check(&self) -> Result<(), String> {
        if self.format != ENTRY_FORMAT {
            return Err(match self.format.strip_prefix("kern.journal/") {
                Some(v) if v.parse::<u32>().is_ok_and(|v| v > 1) => format!(
                    "written by a newer kern (format '{}'); this kern reads '{ENTRY_FORMAT}'",
                    self.format
                ),
                _ => format!("unknown format '{}'", self.format),
            });
        }
        self.check_dates().map_err(|e| e.to_string())?;
        let bodies = [
            (EntryKind::CheckIn, self.check_in.is_some()),
            (EntryKind::Session, self.session.is_some()),
            (EntryKind::Function, self.function.is_some()),
            (EntryKind::GlobalRating, self.global_rating.is_some()),
            (EntryKind::Enrolment, self.enrolment.is_some()),
            (EntryKind::RedFlags, self.red_flags.is_some()),
            (EntryKind::Cleared, self.cleared.is_some()),
            (EntryKind::Activity, self.activity.is_some()),
            (EntryKind::AdverseEvent, self.adverse_event.is_some()),
        ];
        let present: Vec<EntryKind> = bodies.iter().filter(|(_, p)| *p).map(|(k, _)| *k).collect();
        match present.as_slice() {
            [kind] if *kind == self.kind => Ok(()),
            [] => Err(format!("no [{}] table", self.kind.name().replace('-', "_"))),
            _ => Err(format!(
                "kind is '{}' but the entry holds {}",
                self.kind.name(),
                present
                    .iter()
                    .map(|k| k.name())
                    .collect::<Vec<_>>()
                    .join(", ")
            )),
        }
    }

    /// Every date the entry holds, each inside the range kern keeps ([`super::dates`]).
    fn check_dates(&self) -> Result<(), super::dates::OutOfRange> {
        let mut dates = vec![self.at.date_naive(), self.recorded_at.date_naive()];
        if let Some(session) = &self.session {
            dates.extend([
                session.planned_date,
                session.started_at.date_naive(),
                session.ended_at.date_naive(),
            ]);
        }
        if let Some(enrolment) = &self.enrolment {
            dates.push(enrolment.start_date);
        }
        if let Some(cleared) = &self.cleared {
            dates.push(cleared.checked_on);
        }
        if let Some(activity) = &self.activity {
            dates.push(activity.on);
        }
        dates
            .into_iter()
            .try_for_each(|d| super::dates::check(d).map(drop))
    }

    /// The body, by kind.
    pub fn body(&self) -> Option<Body> {
        match self.kind {
            EntryKind::CheckIn => self.check_in.clone().map(Body::CheckIn),
            EntryKind::Session => self.session.clone().map(|s| Body::Session(Box::new(s))),
            EntryKind::Function => self.function.clone().map(Body::Function),
            EntryKind::GlobalRating => self.global_rating.clone().map(Body::GlobalRating),
            EntryKind::Enrolment => self.enrolment.clone().map(Body::Enrolment),
            EntryKind::RedFlags => self.red_flags.clone().map(Body::RedFlags),
            EntryKind::Cleared => self.cleared.clone().map(Body::Cleared),
            EntryKind::Activity => self.activity.clone().map(Body::Activity),
            EntryKind::AdverseEvent => self.adverse_event.clone().map(Body::AdverseEvent),
        }
    }

    /// The entry as TOML text (what goes in its file).
    pub fn to_toml(&self) -> Result<String, toml::ser::Error> {
        toml::to_string(self)
    }

    /// Reads an entry from its file's text, checked.
    pub fn from_toml(text: &str) -> Result<Entry, String> {
        match toml::from_str::<Entry>(text) {
            Ok(entry) => {
                entry.check()?;
                Ok(entry)
            }
            Err(err) => {
                // A future version may hold keys this kern does not know: name the version, not
                // the key. (Read only when the entry does not parse, so that a good file is
                // parsed once.)
                #[derive(Deserialize)]
                struct Head {
                    format: Option<String>,
                }
                if let Ok(Head {
                    format: Some(format),
                }) = toml::from_str::<Head>(text)
                    && format != ENTRY_FORMAT
                {
                    let probe = Entry {
                        format,
                        ..Entry::new(
                            String::new(),
                            DateTime::default(),
                            DateTime::default(),
                            Body::GlobalRating(GlobalRating {
                                rating: Rating::ZERO,
                                week: None,
                            }),
                        )
                    };
                    probe.check()?;
                }
                Err(err.to_string().trim().to_owned())
            }
        }
    }
}
