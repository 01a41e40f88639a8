//! The one home for the words of domain values: a weekday, a side, a session's status, why an
//! exercise was skipped, an urgency, a kind of journal entry, a notice of the day, a measure that
//! is due. Every face (command line, coach, plain coach, report) takes them from here.

use crate::i18n::{I18n, Msg};
use crate::journal::{EnrolmentAction, EntryKind, SessionStatus, Side, SkipReason};
use crate::model::Weekday;
use crate::plan::{MeasureDue, Notice};
use crate::safety::Urgency;

/// "Monday".
pub fn weekday(i18n: &I18n, day: Weekday) -> String {
    i18n.text(&format!("weekday-{}", day.name()))
}

/// "Monday, Wednesday, Friday".
pub fn weekdays(i18n: &I18n, days: &[Weekday]) -> String {
    days.iter()
        .map(|d| weekday(i18n, *d))
        .collect::<Vec<_>>()
        .join(", ")
}

/// "left side" or "right side".
pub fn side(i18n: &I18n, side: Side) -> String {
    i18n.text(match side {
        Side::Left => "side-left",
        Side::Right => "side-right",
    })
}

/// "complete" or "partial".
pub fn status(i18n: &I18n, status: SessionStatus) -> String {
    i18n.text(match status {
        SessionStatus::Complete => "status-complete",
        SessionStatus::Partial => "status-partial",
    })
}

/// Why an exercise was skipped: "pain", "no time", ...
pub fn skip_reason(i18n: &I18n, reason: SkipReason) -> String {
    i18n.text(&format!("skip-{}", super::serde_name(&reason)))
}

/// What an urgency means.
pub fn urgency(i18n: &I18n, urgency: Urgency) -> String {
    i18n.text(match urgency {
        Urgency::Clear => "urgency-clear",
        Urgency::SeeDoctor => "urgency-see-doctor",
        Urgency::Emergency => "urgency-emergency",
    })
}

/// Who wrote a program: the shipped programs' author ("kern project") in the reader's language,
/// anyone else as written.
pub fn author(i18n: &I18n, author: &str) -> String {
    if author.trim() == "kern project" {
        i18n.text("author-kern-project")
    } else {
        author.to_owned()
    }
}

/// What happened in an adverse event, by its name (`fall`, …): "a fall", ...
pub fn adverse_kind(i18n: &I18n, name: &str) -> String {
    i18n.text(&format!("adverse-kind-{name}"))
}

/// How bad an adverse event was, by its name (`mild`, …).
pub fn severity(i18n: &I18n, name: &str) -> String {
    i18n.text(&format!("adverse-severity-{name}"))
}

/// A kind of journal entry: "check-in", "session", ...
pub fn entry_kind(i18n: &I18n, kind: EntryKind) -> String {
    i18n.text(&format!("kind-{}", kind.name()))
}

/// "started" or "switched to".
pub fn enrolment_action(i18n: &I18n, action: EnrolmentAction) -> String {
    i18n.text(&format!("enrolment-{}", super::serde_name(&action)))
}

/// The message of a notice of the day.
pub fn notice_msg(notice: &Notice) -> Msg {
    match notice {
        Notice::RedFlag { urgency, .. } => crate::safety::urgency_advice(*urgency),
        Notice::AnswerRedFlags => Msg::new("notice-answer-red-flags"),
        Notice::FlareUp { until } => Msg::new("notice-flare-up").arg("until", until.to_string()),
        Notice::Restarted { gap_days } => Msg::new("notice-restarted").num("days", *gap_days),
        Notice::Review { week } => Msg::new("notice-review").num("week", *week),
    }
}

/// A notice of the day in words; a paused program also says how to record the clinician's check.
pub fn notice(i18n: &I18n, notice: &Notice) -> String {
    let text = i18n.format(&notice_msg(notice));
    match notice {
        Notice::RedFlag { since, .. } => format!(
            "{text}\n  {}",
            i18n.format(&crate::safety::record_advice(*since))
        ),
        _ => text,
    }
}

/// A measure that is due, in words.
pub fn measure_due(i18n: &I18n, due: &MeasureDue) -> String {
    i18n.format(&match due {
        MeasureDue::Function => Msg::new("due-function"),
        MeasureDue::GlobalRating { week } => Msg::new("due-global-rating").num("week", *week),
        MeasureDue::RedFlagCheck => Msg::new("due-red-flag-check"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Lang;

    #[test]
    fn domain_values_read_in_both_languages() {
        let en = I18n::new(Lang::En);
        let nl = I18n::new(Lang::Nl);
        assert_eq!(
            skip_reason(&en, SkipReason::TooHard),
            en.text("skip-too-hard")
        );
        assert_ne!(
            skip_reason(&nl, SkipReason::Time),
            skip_reason(&en, SkipReason::Time)
        );
        assert_eq!(
            weekdays(&en, &[Weekday::Mon, Weekday::Fri]),
            format!("{}, {}", en.text("weekday-mon"), en.text("weekday-fri"))
        );
        for notice_value in [
            Notice::AnswerRedFlags,
            Notice::Review { week: 6 },
            Notice::Restarted { gap_days: 20 },
        ] {
            let text = notice(&nl, &notice_value);
            assert!(!text.is_empty() && !text.starts_with("notice-"), "{text}");
        }
    }
}
