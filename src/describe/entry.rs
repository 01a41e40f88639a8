//! One line about a journal entry, for `kern journal` and the coach's journal screen: when, what,
//! and its main numbers.

use crate::i18n::{I18n, Msg};
use crate::journal::Entry;

use super::wording;

/// One line about an entry: when, what, and its main numbers; neutralised, so a note can neither
/// break the line nor steer the terminal.
pub fn entry_line(i18n: &I18n, entry: &Entry) -> String {
    let when = entry.at.format("%Y-%m-%d %H:%M");
    let kind = wording::entry_kind(i18n, entry.kind);
    let detail = detail(i18n, entry);
    let amended = if entry.amends.is_some() {
        format!(" ({})", i18n.text("journal-corrected"))
    } else {
        String::new()
    };
    crate::neutral::one_line(&format!("{when}  {kind:<16} {detail}{amended}"))
}

fn detail(i18n: &I18n, entry: &Entry) -> String {
    if let Some(c) = &entry.check_in {
        let mut text = i18n.format(&Msg::new("journal-pain").num("pain", c.pain_now.get()));
        if let Some(avg) = c.pain_average {
            text.push_str(&format!(
                ", {}",
                i18n.format(&Msg::new("journal-pain-average").num("pain", avg.get()))
            ));
        }
        if let Some(note) = &c.note {
            text.push_str(&format!(" — {note}"));
        }
        return text;
    }
    if let Some(s) = &entry.session {
        let done = s.exercises.iter().filter(|e| e.all_sets_done()).count();
        return i18n.format(
            &Msg::new("journal-session")
                .arg("program", s.program.as_str())
                .num("phase", s.phase)
                .arg("status", wording::status(i18n, s.status))
                .num("done", done as i64)
                .num("exercises", s.exercises.len() as i64)
                .num("minutes", i64::from(s.active_seconds / 60)),
        );
    }
    if let Some(f) = &entry.function {
        return i18n.format(
            &Msg::new("journal-function")
                .arg("mean", format!("{:.1}", f.mean().unwrap_or(0.0)))
                .num("activities", f.activities.len() as i64),
        );
    }
    if let Some(g) = &entry.global_rating {
        return i18n.format(
            &Msg::new("journal-global-rating").arg("rating", format!("{:+}", g.rating.get())),
        );
    }
    if let Some(e) = &entry.enrolment {
        return i18n.format(
            &Msg::new("journal-enrolment")
                .arg("action", wording::enrolment_action(i18n, e.action))
                .arg("program", e.program.as_str())
                .arg("start", e.start_date.to_string()),
        );
    }
    if let Some(r) = &entry.red_flags {
        let yes = r.answers.iter().filter(|a| a.present).count();
        return i18n.format(
            &Msg::new("journal-red-flags")
                .num("yes", yes as i64)
                .arg("outcome", wording::urgency(i18n, r.outcome)),
        );
    }
    if let Some(c) = &entry.cleared {
        return i18n.format(
            &Msg::new("journal-cleared")
                .arg("by", c.by.map_or("unknown", crate::safety::Clinician::name))
                .arg("date", c.checked_on.to_string()),
        );
    }
    String::new()
}
