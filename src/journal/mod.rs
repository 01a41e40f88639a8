//! The journal: every check-in, session, score and enrolment, one small TOML file per entry in the
//! data folder, written atomically and durably, never rewritten, readable without kern.
//!
//! - [`entry`]: what an entry holds;
//! - [`store`]: where entries live, writing them, and reading them back by date and kind;
//! - [`checkpoint`]: the session in progress, saved after every set;
//! - [`dates`]: the range of dates kern keeps (1970 to 2100), checked wherever a date enters;
//! - [`lock`]: one coach window at a time;
//! - [`export`]: CSV, JSON and FHIR exports, import, backup and restore;
//! - [`summary`] and [`index`]: what the views show of each entry, kept in a derived index file so
//!   that a long journal is listed and charted without reading every file;
//! - [`atomic`]: the durable write underneath all of it.

pub mod activity;
pub mod atomic;
pub mod checkpoint;
pub mod dates;
pub mod entry;
pub mod export;
pub mod index;
pub mod lock;
#[doc(hidden)]
pub mod sample;
pub mod score;
pub mod store;
pub mod summary;

pub use activity::ActivityRecord;
pub use entry::{
    ActivityScore, Body, Change, CheckIn, CheckInContext, Decision, DecisionInputs, ENTRY_FORMAT,
    Enrolment, EnrolmentAction, Entry, EntryKind, ExerciseRecord, FunctionScore, GlobalRating,
    HurtAnswer, NextMorning, RedFlagAnswer, RedFlagScreen, SessionRecord, SessionStatus, SetRecord,
    Side, Skip, SkipReason,
};
pub use lock::{CoachLock, LockError};
pub use score::{Rating, Score};
pub use store::{FileRef, Journal, Loaded, Problem, Query, WriteFailure, new_id, read_entry};
pub use summary::{Facts, Measured, Summary};
