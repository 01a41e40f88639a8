//! Plain data that kern's content files describe: exercises, their figures, programs, education
//! cards and references. Nothing here reads files or checks meaning; see `catalog` for that.

pub(crate) mod activity;
mod cert;
mod dose;
mod education;
mod exercise;
mod figure;
mod file_name;
mod localized;
mod program;
mod reference;

pub use activity::{Activity, ActivityKind};
pub use cert::{Cert, Delivery, Supervision, WeekCards};
pub use dose::{Dose, DoseKey, DoseKind, DoseOverride, DoseRange, Prescription, Reps, SaneLimits};
pub use education::EducationCard;
pub use exercise::{Category, Caution, CautionCondition, Equipment, Exercise, Ladder, Position};
pub use figure::{Facing, Feet, Figure, Keyframe, Limb, Motion, Point, Prop, PropKind, View};
pub use file_name::{UnsafeName, reserved_on_windows, unsafe_file_name};
pub use localized::{Lang, LocalizedList, LocalizedText};
pub use program::{
    Audience, Clearance, Measures, Phase, PhaseExercise, Program, Progression, Weekday,
};
pub use reference::{Checked, Reference, ReferenceKind, ReferencesFile};

/// The `format` line every kind of content file starts with, at the version this kern reads.
pub const EXERCISE_FORMAT: &str = "kern.exercise/1";
/// See [`EXERCISE_FORMAT`].
pub const PROGRAM_FORMAT: &str = "kern.program/1";
/// See [`EXERCISE_FORMAT`].
pub const EDUCATION_FORMAT: &str = "kern.education/1";
/// See [`EXERCISE_FORMAT`].
pub const REFERENCES_FORMAT: &str = "kern.references/1";
/// See [`EXERCISE_FORMAT`].
pub const FIGURE_FORMAT: &str = "kern.figure/1";
