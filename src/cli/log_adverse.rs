//! `kern log --adverse WHAT --severity mild|moderate|severe [--exercise ID] [--pain N] [--note TEXT]
//! [--at DATETIME]`: the patient records an adverse event (something that went wrong with or
//! around the exercises), its own kind of journal entry, listed in the report for the therapist.

use std::process::ExitCode;

use chrono::{DateTime, FixedOffset};

use crate::i18n::Msg;
use crate::journal::{Body, Entry, EntryKind, Journal, new_id};
use crate::safety::{AdverseEvent, AdverseKind, RecordedBy, Severity};

use super::Context;
use super::log::{Args, save_or_keep};

/// Reads what happened from the command line.
pub fn parse_kind(text: &str) -> Result<AdverseKind, String> {
    text.parse()
}

/// Reads a severity from the command line.
pub fn parse_severity(text: &str) -> Result<Severity, String> {
    text.parse()
}

/// Records the adverse event `what`.
pub fn log_adverse(
    context: &Context,
    journal: &Journal,
    args: &Args,
    what: AdverseKind,
    recorded: DateTime<FixedOffset>,
) -> anyhow::Result<ExitCode> {
    let Some(at) = super::log::moment(context, args, recorded) else {
        return Ok(ExitCode::from(2));
    };
    let Some(severity) = args.severity else {
        eprintln!("{}", context.t(Msg::new("log-adverse-severity")));
        return Ok(ExitCode::from(2));
    };
    if let Some(id) = &args.exercise
        && !context.catalog_for_display().exercises.contains_key(id)
    {
        eprintln!(
            "{}",
            context
                .t(Msg::new("log-adverse-unknown-exercise")
                    .arg("id", crate::neutral::one_line(id)))
        );
        return Ok(ExitCode::from(2));
    }
    let body = Body::AdverseEvent(AdverseEvent {
        what,
        severity,
        recorded_by: RecordedBy::Patient,
        exercise: args.exercise.clone(),
        pain: args.pain,
        note: args.note.clone().filter(|n| !n.trim().is_empty()),
    });
    let mut rng = fastrand::Rng::new();
    let entry = Entry::new(
        new_id(at, EntryKind::AdverseEvent, &mut rng),
        at,
        recorded,
        body,
    );
    let code = save_or_keep(context, journal, entry)?;
    if code == ExitCode::SUCCESS {
        println!(
            "{}",
            context.t(Msg::new("log-adverse-done")
                .arg(
                    "what",
                    crate::describe::wording::adverse_kind(&context.i18n, what.name())
                )
                .arg(
                    "severity",
                    crate::describe::wording::severity(&context.i18n, severity.name())
                )
                .arg("date", at.date_naive().to_string()))
        );
        if severity == Severity::Severe || what == AdverseKind::Fall {
            println!("{}", context.t(Msg::new("log-adverse-severe")));
        }
    }
    Ok(code)
}
