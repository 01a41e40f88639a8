//! The red-flag questions in the plain-text coach: before the first session, and again when the
//! patient says something new came up. Emergency answers stop everything with the 112 message.

use chrono::{DateTime, FixedOffset};

use crate::i18n::Msg;
use crate::journal::{Body, Entry, EntryKind, Journal, RedFlagAnswer, RedFlagScreen, new_id};
use crate::safety::{RedFlag, Urgency, outcome};

use super::prompt::Prompter;

/// What the screen decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screened {
    /// Go on with the session.
    Clear,
    /// Stop here (an emergency, or a doctor must see the patient first).
    Stop,
    /// The input ended before all questions were answered.
    Ended,
}

/// Asks every red-flag question, saves the answers, and says what they mean.
pub fn run(
    prompter: &mut Prompter<'_>,
    journal: &Journal,
    now: DateTime<FixedOffset>,
    rng: &mut fastrand::Rng,
) -> anyhow::Result<Screened> {
    prompter.tell(Msg::new("screen-intro"));
    let mut answers = Vec::new();
    for flag in RedFlag::ALL {
        let Some(present) = prompter.yes_no(Msg::new(format!("red-flag-{}", flag.id()))) else {
            return Ok(Screened::Ended);
        };
        answers.push(RedFlagAnswer { flag, present });
    }
    let urgency = outcome(answers.iter().filter(|a| a.present).map(|a| a.flag));
    let mut clinician_checked = false;
    if urgency == Urgency::SeeDoctor {
        prompter.tell(Msg::new("screen-see-doctor"));
        match prompter.yes_no(Msg::new("screen-clinician-checked")) {
            Some(answer) => clinician_checked = answer,
            None => return Ok(Screened::Ended),
        }
    }
    let screen = RedFlagScreen {
        answers,
        outcome: urgency,
        clinician_checked,
    };
    let entry = Entry::new(
        new_id(now, EntryKind::RedFlags, rng),
        now,
        now,
        Body::RedFlags(screen),
    );
    journal
        .write(&entry)
        .map_err(|failure| super::super::context::print_unsaved(prompter.i18n(), failure))?;
    Ok(match urgency {
        Urgency::Emergency => {
            prompter.tell(Msg::new("notice-red-flag-emergency"));
            Screened::Stop
        }
        Urgency::SeeDoctor if !clinician_checked => {
            prompter.tell(Msg::new("notice-red-flag-doctor"));
            Screened::Stop
        }
        _ => {
            prompter.tell(Msg::new("screen-clear"));
            Screened::Clear
        }
    })
}
