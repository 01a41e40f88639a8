//! The red-flag questions in the plain-text coach: before the first session, and again when the
//! patient says something new came up. Emergency answers stop everything with the 112 message.

use chrono::{DateTime, FixedOffset};

use crate::i18n::Msg;
use crate::journal::{Body, Entry, EntryKind, Journal, RedFlagAnswer, new_id};
use crate::safety::{self, AnsweredScreen, Screening, Urgency};

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

/// Asks the red-flag questions ([`safety::screen_questions`]: a lifelong fact a clinician has
/// cleared is asked only as "new since"), saves the answers, and says what they mean. After a
/// see-a-doctor answer, a "yes, a clinician has already checked this" is recorded as a clearance.
pub fn run(
    prompter: &mut Prompter<'_>,
    journal: &Journal,
    screening: &Screening,
    now: DateTime<FixedOffset>,
    rng: &mut fastrand::Rng,
) -> anyhow::Result<Screened> {
    prompter.tell(Msg::new("screen-intro"));
    let mut answers = Vec::new();
    for question in safety::screen_questions(screening) {
        let Some(present) = prompter.yes_no(question.msg()) else {
            return Ok(Screened::Ended);
        };
        answers.push(RedFlagAnswer {
            flag: question.flag,
            present,
        });
    }
    let screen = safety::screen(answers);
    let urgency = screen.outcome;
    let mut clinician_checked = false;
    if urgency == Urgency::SeeDoctor {
        prompter.tell(Msg::new("screen-see-doctor"));
        match prompter.yes_no(Msg::new("screen-clinician-checked")) {
            Some(answer) => clinician_checked = answer,
            None => return Ok(Screened::Ended),
        }
    }
    let entry = Entry::new(
        new_id(now, EntryKind::RedFlags, rng),
        now,
        now,
        Body::RedFlags(screen.clone()),
    );
    journal
        .write(&entry)
        .map_err(|failure| super::super::context::print_unsaved(prompter.i18n(), failure))?;
    let mut screening = screening.clone();
    screening.screens.push(AnsweredScreen {
        id: entry.id.clone(),
        at: entry.at,
        screen,
    });
    if clinician_checked
        && let Ok(clearance) =
            safety::clearance_entry(&screening, now.date_naive(), None, None, now, rng)
    {
        journal
            .write(&clearance)
            .map_err(|failure| super::super::context::print_unsaved(prompter.i18n(), failure))?;
        return Ok(clear(prompter));
    }
    Ok(match urgency {
        Urgency::Clear => clear(prompter),
        _ => {
            let lock = safety::lock_state(&screening);
            let since = lock.as_ref().map_or(now.date_naive(), |l| l.since);
            prompter.tell(safety::urgency_advice(urgency));
            prompter.tell(safety::record_advice(since));
            Screened::Stop
        }
    })
}

fn clear(prompter: &mut Prompter<'_>) -> Screened {
    prompter.tell(Msg::new("screen-clear"));
    Screened::Clear
}

/// Tells a patient whose program is paused where to go and how to record the check.
pub fn tell_lock(prompter: &mut Prompter<'_>, lock: &safety::Lock) {
    for msg in safety::advice(lock) {
        prompter.tell(msg);
    }
}
