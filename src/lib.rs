//! kern: a coach for a guided home-exercise program for non-specific low back pain.
//!
//! The library holds the domain and knows nothing of terminals:
//! - [`neutral`]: the one function that makes text from files and people safe to print;
//! - [`model`]: plain data of exercises, programs, education cards and references;
//! - [`author`]: starting files, drafts imported from free-exercise-db, program bundles;
//! - [`catalog`]: finding, reading, parsing and validating content files, with diagnostics;
//! - [`coach`]: the coach layer: session actions and the events every face shows or speaks;
//! - [`i18n`]: the English and Dutch message catalogs;
//! - [`describe`]: doses, rules and measures in plain words;
//! - [`journal`]: the patient's entries on disk, written atomically, never rewritten;
//! - [`plan`]: schedule, progression and today's session from the journal;
//! - [`report`]: the report for the physiotherapist, as HTML or Markdown;
//! - [`safety`]: the red-flag questions and what their answers mean;
//! - [`session`]: the steps of a session and the timed state machine that runs them;
//! - [`voice`]: what a session says aloud, through the system's speech program.
//!
//! The command line lives in [`cli`] and the full-screen coach in [`tui`]; `src/main.rs` only
//! calls the command line.

pub mod author;
pub mod catalog;
pub mod cert;
pub mod cli;
pub mod coach;
pub mod describe;
pub mod figure;
pub mod handout;
pub mod i18n;
pub mod journal;
pub mod model;
pub mod neutral;
pub mod plan;
pub mod report;
pub mod safety;
pub mod session;
pub mod tui;
pub mod voice;
