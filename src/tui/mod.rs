//! The coach: a full-screen terminal UI over the library (ratatui + crossterm). It holds no domain
//! logic: the plan, the session engine and the journal decide; the screens show and ask.
//!
//! - [`app`]: the model and its `update` (the Elm shape);
//! - [`screens`]: one file per screen, each drawing itself and handling its keys;
//! - [`run`]: the terminal guard, the event loop (input, the next deadline, a steady redraw tick),
//!   signals, and the crash report;
//! - [`voice`]: the coach's voice and bell patterns.

pub mod app;
pub mod form;
pub mod log;
pub mod run;
pub mod screens;
pub mod settings;
pub mod theme;
pub mod tty;
pub mod voice;
pub mod widgets;

pub use app::{App, Message, Screen};
pub use run::run;
