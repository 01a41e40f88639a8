//! The red-flag questions in the plain-text coach: before the first session, and again when the
//! patient says something new came up. Emergency answers stop everything with the 112 message.

use chrono::{DateTime, FixedOffset};

use crate::coach::{self, safety::NotRecorded};
use crate::i18n::Msg;
use crate::journal::Journal;
use crate::safety::{self, Screening};

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

/// Asks the red-flag questions ([`coach::safety::screen_questions`]: a lifelong fact a clinician
/// has cleared is asked only as "new since"); after a see-a-doctor answer, whether a clinician
/// has already checked it; the coach saves the answers and says what they mean.
pub fn run(
    prompter: &mut Prompter<'_>,
    journal: &Journal,
    screening: &Screening,
    now: DateTime<FixedOffset>,
    rng: &mut fastrand::Rng,
) -> anyhow::Result<Screened> {
    prompter.tell(Msg::new("screen-intro"));
    let asked = prompter.ask_all(&coach::safety::screen_questions(screening));
    let Some(flags) = coach::safety::screen_answers(screening, &asked.answers) else {
        return Ok(Screened::Ended);
    };
    let mut clinician_checked = false;
    if coach::safety::needs_doctor(&flags) {
        let question = coach::safety::clinician_checked_question();
        if let Some(hint) = &question.hint {
            prompter.tell(hint.clone());
        }
        match prompter.yes_no(question.prompt) {
            Some(answer) => clinician_checked = answer,
            None => return Ok(Screened::Ended),
        }
    }
    let screened =
        coach::safety::save_screen(journal, screening, flags, clinician_checked, now, rng);
    if let Some(failure) = screened.unsaved {
        return Err(super::super::context::print_unsaved(
            prompter.i18n(),
            failure,
        ));
    }
    Ok(match screened.lock {
        None => {
            prompter.tell(Msg::new("screen-clear"));
            Screened::Clear
        }
        Some(lock) => {
            tell_lock(prompter, &lock);
            Screened::Stop
        }
    })
}

/// Tells a patient whose program is paused where to go and how to record the check.
pub fn tell_lock(prompter: &mut Prompter<'_>, lock: &safety::Lock) {
    for msg in safety::advice(lock) {
        prompter.tell(msg);
    }
}

/// On a pause: "Has a doctor or physiotherapist checked you since DATE?" A yes records the check
/// today through the coach; true when the program may go on.
pub fn confirm_check(
    prompter: &mut Prompter<'_>,
    journal: &Journal,
    lock: &safety::Lock,
    screening: &Screening,
    now: DateTime<FixedOffset>,
    rng: &mut fastrand::Rng,
) -> anyhow::Result<bool> {
    let question = coach::safety::checked_since_question(lock);
    if prompter.yes_no(question.prompt) != Some(true) {
        return Ok(false);
    }
    match coach::safety::confirm_check(journal, screening, now.date_naive(), now, rng) {
        Ok(still) => {
            prompter.tell(Msg::new("safety-check-recorded"));
            Ok(still.is_none())
        }
        Err(NotRecorded::Unsaved(failure)) => Err(super::super::context::print_unsaved(
            prompter.i18n(),
            failure,
        )),
        Err(NotRecorded::Refused(refused)) => {
            prompter.tell(refused.msg());
            Ok(false)
        }
    }
}
