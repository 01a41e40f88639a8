//! The program in motion: where the patient stands (replaying the journal), what each exercise's
//! dose is and why it changed, which dates the sessions fall on (also as a calendar file), and
//! what is due today. Pure functions of the program, the catalog, the journal history and an
//! injected date.

pub mod activity;
pub mod calendar;
pub mod carry;
pub mod flare;
pub mod history;
pub mod hurt;
pub mod outcomes;
pub mod replay;
pub mod rules;
pub mod schedule;
pub mod step;
pub mod today;

pub use activity::{RestDayActivity, activity_on, rest_day_activity};
pub use calendar::{CalendarSource, calendar};
pub use history::{Dated, History};
pub use hurt::{hurt_choices, needs_hurt_question};
pub use replay::{Planner, Position, Slot};
pub use schedule::{ScheduledSession, upcoming};
pub use step::{Dosed, Stepped, starting_dose};
pub use today::{DayStatus, MeasureDue, Notice, PlannedExercise, SessionPlan, Today, today};
