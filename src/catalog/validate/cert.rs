//! Checks of what a program states for its CERT report: texts in both languages, a target
//! effort range per phase inside 0–10, education cards that exist in weeks of the program.

use crate::catalog::{Catalog, Sink};
use crate::i18n::Msg;
use crate::model::Program;
use crate::path;

use super::{suggestion, texts};

/// Checks the `[cert]` table, each phase's `effort` and the `[[education]]` weeks.
pub fn check(sink: &mut Sink<'_>, catalog: &Catalog, program: &Program) {
    for (key, text) in program.cert.texts() {
        if let Some(text) = text {
            texts::text(sink, path!["cert", key], text, false);
        }
    }
    for (p, phase) in program.phases.iter().enumerate() {
        if let Some([low, high]) = phase.effort
            && (low > high || high > 10)
        {
            sink.error(
                path!["phases", p, "effort"],
                Msg::new("diag-effort-range")
                    .num("low", low)
                    .num("high", high),
                Some(Msg::new("diag-effort-range-help")),
            );
        }
    }
    let known: Vec<&str> = catalog.education.keys().map(String::as_str).collect();
    for (w, week) in program.education.iter().enumerate() {
        if week.week == 0 || week.week > program.weeks {
            sink.error(
                path!["education", w, "week"],
                Msg::new("diag-out-of-range")
                    .arg("key", "week")
                    .num("value", week.week)
                    .num("min", 1)
                    .num("max", program.weeks),
                None,
            );
        }
        for (c, card) in week.cards.iter().enumerate() {
            if !catalog.education.contains_key(card) {
                sink.error(
                    path!["education", w, "cards", c],
                    Msg::new("diag-unknown-card").arg("id", card.as_str()),
                    Some(suggestion(card, &known, "diag-unknown-card-help")),
                );
            }
        }
    }
}
