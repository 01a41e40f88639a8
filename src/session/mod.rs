//! The session engine: the steps of a session and the state machine that runs them on a monotonic
//! clock given by the caller. No clock is read here; the coach and the plain-text coach pass `now`.

pub mod build;
pub mod engine;
pub mod steps;

pub use build::{CheckOut, session_exercises, session_record};
pub use engine::{Engine, Event, HurtChoice, HurtOptions, Millis, SessionExercise};
pub use steps::{Step, Work};

#[cfg(test)]
mod tests;
