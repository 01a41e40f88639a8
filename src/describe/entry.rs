//! One line about a journal entry, for `kern journal` and the coach's journal screen: when, what,
//! and its main numbers.

use chrono::{Datelike, Timelike};

use crate::i18n::{I18n, Msg};
use crate::journal::{Entry, Facts, Summary};

use super::wording;

/// One line about an entry: when, what, and its main numbers; neutralised, so a note can neither
/// break the line nor steer the terminal.
pub fn entry_line(i18n: &I18n, entry: &Entry) -> String {
    let summary = Summary::of(entry);
    line(i18n, &summary, &detail(i18n, &summary.facts))
}

/// The same line from an entry's summary (the journal index's, or [`Summary::of`] an entry read
/// from its file), so that a list needs no entry file opened. A kind the summaries do not
/// describe ([`Facts::Other`]) has no detail here: read its entry and use [`entry_line`].
pub fn summary_line(i18n: &I18n, summary: &Summary) -> String {
    line(i18n, summary, &detail(i18n, &summary.facts))
}

fn line(i18n: &I18n, summary: &Summary, detail: &str) -> String {
    // Written out by hand: a format string is parsed again at every call, for every line.
    let at = summary.at.at();
    let when = format!(
        "{:04}-{:02}-{:02} {:02}:{:02}",
        at.year(),
        at.month(),
        at.day(),
        at.hour(),
        at.minute()
    );
    let kind = wording::entry_kind(i18n, summary.kind);
    let amended = if summary.amends.is_some() {
        format!(" ({})", i18n.text("journal-corrected"))
    } else {
        String::new()
    };
    crate::neutral::one_line(&format!("{when}  {kind:<16} {detail}{amended}"))
}

/// A value a summary keeps by its name, as its type again.
fn named<T: serde::de::DeserializeOwned>(name: &str) -> Option<T> {
    serde_json::from_value(serde_json::Value::String(name.to_owned())).ok()
}

fn detail(i18n: &I18n, facts: &Facts) -> String {
    match facts {
        Facts::CheckIn {
            pain_now,
            pain_average,
            note,
        } => {
            let mut text = i18n.format(&Msg::new("journal-pain").num("pain", *pain_now));
            if let Some(avg) = pain_average {
                text.push_str(&format!(
                    ", {}",
                    i18n.format(&Msg::new("journal-pain-average").num("pain", *avg))
                ));
            }
            if let Some(note) = note {
                text.push_str(&format!(" — {note}"));
            }
            text
        }
        Facts::Session {
            program,
            phase,
            status,
            done,
            exercises,
            active_seconds,
            ..
        } => i18n.format(
            &Msg::new("journal-session")
                .arg("program", program.as_str())
                .num("phase", *phase)
                .arg(
                    "status",
                    named(status).map_or_else(|| status.clone(), |s| wording::status(i18n, s)),
                )
                .num("done", i64::from(*done))
                .num("exercises", i64::from(*exercises))
                .num("minutes", i64::from(active_seconds / 60)),
        ),
        Facts::Function { mean, activities } => i18n.format(
            &Msg::new("journal-function")
                .arg("mean", format!("{:.1}", mean.unwrap_or(0.0)))
                .num("activities", i64::from(*activities)),
        ),
        Facts::GlobalRating { rating } => {
            i18n.format(&Msg::new("journal-global-rating").arg("rating", format!("{rating:+}")))
        }
        Facts::Enrolment {
            action,
            program,
            start,
        } => i18n.format(
            &Msg::new("journal-enrolment")
                .arg(
                    "action",
                    named(action)
                        .map_or_else(|| action.clone(), |a| wording::enrolment_action(i18n, a)),
                )
                .arg("program", program.as_str())
                .arg("start", start.to_string()),
        ),
        Facts::RedFlags { yes, outcome } => i18n.format(
            &Msg::new("journal-red-flags")
                .num("yes", i64::from(*yes))
                .arg(
                    "outcome",
                    named(outcome).map_or_else(|| outcome.clone(), |u| wording::urgency(i18n, u)),
                ),
        ),
        Facts::Cleared { checked_on, by } => i18n.format(
            &Msg::new("journal-cleared")
                .arg("by", by.as_deref().unwrap_or("unknown"))
                .arg("date", checked_on.to_string()),
        ),
        Facts::Activity {
            kind,
            on,
            minutes,
            note,
        } => {
            let mut text = i18n.format(
                &Msg::new(format!("journal-activity-{kind}"))
                    .num("minutes", *minutes)
                    .arg("date", on.to_string()),
            );
            if let Some(note) = note {
                text.push_str(&format!(" — {note}"));
            }
            text
        }
        Facts::AdverseEvent {
            what,
            severity,
            exercise,
            pain,
        } => adverse_detail(i18n, what, severity, exercise.as_deref(), *pain),
        Facts::Other => String::new(),
    }
}

/// An adverse event in words: what, how bad, where and the pain ("a fall (moderate), pain 6/10").
pub fn adverse_detail(
    i18n: &I18n,
    what: &str,
    severity: &str,
    exercise: Option<&str>,
    pain: Option<u8>,
) -> String {
    let mut text = i18n.format(
        &Msg::new("journal-adverse-event")
            .arg("what", wording::adverse_kind(i18n, what))
            .arg("severity", wording::severity(i18n, severity)),
    );
    if let Some(exercise) = exercise {
        text.push_str(", ");
        text.push_str(&i18n.format(&Msg::new("adverse-in-exercise").arg("exercise", exercise)));
    }
    if let Some(pain) = pain {
        text.push_str(", ");
        text.push_str(&i18n.format(&Msg::new("adverse-pain").num("pain", i64::from(pain))));
    }
    text
}
