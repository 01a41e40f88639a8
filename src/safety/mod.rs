//! Red flags: the 11 warning signs asked before the first session and, briefly, every week; what
//! an answer means; the lock an alarming answer puts on the program, which only a recorded
//! clinician's check lifts; and the advice shown until then (CLINICAL.md). Screening is a safety
//! net, not a diagnosis.
//!
//! - [`flags`]: the warning signs, their urgency, lifelong facts versus new symptoms;
//! - [`lock`]: the lock derived from the journal ([`lock_state`]);
//! - [`clearance`]: the `cleared` journal entry and its checks ([`clearance_entry`]);
//! - [`questions`]: which questions a screen asks, and the weekly check's topics;
//! - [`advice`]: the words for a paused program.

pub mod adverse;
pub mod advice;
pub mod clearance;
pub mod flags;
pub mod load;
pub mod lock;
pub mod questions;

pub use adverse::{AdverseEvent, AdverseKind, RecordedBy, Severity};
pub use advice::{advice, checked_since_question, record_advice, screen, urgency_advice};
pub use clearance::{Clearance, Clinician, Refused, check_date, clearance_entry};
pub use flags::{Nature, RedFlag, Urgency, outcome};
pub use load::add_screening_entries;
pub use lock::{AnsweredScreen, Lock, RecordedClearance, Screening, WeeklyAnswer, lock_state};
pub use questions::{Question, WeeklyCheck, screen_questions, weekly_check};

#[cfg(test)]
mod tests;
