//! The coach's safety questions, the same in every face: the red-flag screen (a lifelong fact a
//! clinician has cleared is asked only as "new since"), "has a clinician already checked this?"
//! after a see-a-doctor answer, the weekly check (all 11 topics on one screen, a yes opens the
//! full screen) and the confirmation that a doctor or physiotherapist has checked the patient,
//! the only thing that lifts a pause. The coach decides what the answers mean and saves them.

use chrono::{DateTime, FixedOffset, NaiveDate};

use crate::i18n::Msg;
use crate::journal::{Body, Entry, EntryKind, Journal, RedFlagAnswer, WriteFailure, new_id};
use crate::safety::{self, Lock, RedFlag, Refused, Screening, Urgency, WeeklyCheck};

use super::questions::{Answers, Kind, Question};

/// The answer name of "has a clinician already checked this?" after a see-a-doctor answer.
pub const CLINICIAN_CHECKED: &str = "clinician_checked";
/// The answer name of "has a doctor or physiotherapist checked you since DATE?" on a pause.
pub const CHECKED_SINCE: &str = "checked_since";
/// The answer name of the weekly check.
pub const ANYTHING_NEW: &str = "anything_new";

/// The red-flag screen: 11 yes/no questions, each answered by its warning sign's id.
pub fn screen_questions(screening: &Screening) -> Vec<Question> {
    safety::screen_questions(screening)
        .iter()
        .map(|q| Question::new(q.flag.id(), q.msg(), Kind::YesNo))
        .collect()
}

/// The answers of a red-flag screen, in its order; `None` while one is missing (the form was
/// left, the input ended): an incomplete screen is never saved.
pub fn screen_answers(screening: &Screening, answers: &Answers) -> Option<Vec<RedFlagAnswer>> {
    safety::screen_questions(screening)
        .iter()
        .map(|q| {
            Some(RedFlagAnswer {
                flag: q.flag,
                present: answers.yes(q.flag.id())?,
            })
        })
        .collect()
}

/// Whether the answers ask a doctor to see the patient first (then
/// [`clinician_checked_question`] follows before the screen is saved).
pub fn needs_doctor(answers: &[RedFlagAnswer]) -> bool {
    safety::screen(answers.to_vec()).outcome == Urgency::SeeDoctor
}

/// After a see-a-doctor answer: has a doctor or physiotherapist already checked this?
pub fn clinician_checked_question() -> Question {
    Question::new(
        CLINICIAN_CHECKED,
        Msg::new("screen-clinician-checked"),
        Kind::YesNo,
    )
    .hint(Msg::new("screen-see-doctor"))
}

/// The weekly check: "since DATE, has any of these come up new?" with the 11 topics listed under
/// it ([`safety::weekly_check`] gives the date). Without a date, "since your last check".
pub fn weekly_question(since: Option<NaiveDate>) -> Question {
    let check = WeeklyCheck {
        since: since.unwrap_or_default(),
        topics: RedFlag::ALL.to_vec(),
    };
    let prompt = match since {
        Some(_) => check.ask_msg(),
        None => Msg::new("weekly-check-ask-undated"),
    };
    Question::new(ANYTHING_NEW, prompt, Kind::YesNo).list(check.topic_msgs())
}

/// On a pause: "Has a doctor or physiotherapist checked you since DATE?"
pub fn checked_since_question(lock: &Lock) -> Question {
    Question::new(
        CHECKED_SINCE,
        safety::checked_since_question(lock),
        Kind::YesNo,
    )
}

/// What a saved screen means.
#[derive(Debug)]
pub struct Screened {
    /// What the answers say.
    pub urgency: Urgency,
    /// The pause that holds now, if any (also when an entry could not be written: answers that
    /// stop still stop).
    pub lock: Option<Lock>,
    /// An entry that could not be written (kept by the face to be tried again).
    pub unsaved: Option<WriteFailure>,
}

/// Saves a red-flag screen, and with it a clinician's check the patient confirmed
/// ([`CLINICIAN_CHECKED`]) after a see-a-doctor answer, and says whether the program is paused.
/// A check is recorded only after its screen was written; an emergency is never cleared here.
pub fn save_screen(
    journal: &Journal,
    screening: &Screening,
    answers: Vec<RedFlagAnswer>,
    clinician_checked: bool,
    now: DateTime<FixedOffset>,
    rng: &mut fastrand::Rng,
) -> Screened {
    let screen = safety::screen(answers);
    let urgency = screen.outcome;
    let entry = Entry::new(
        new_id(now, EntryKind::RedFlags, rng),
        now,
        now,
        Body::RedFlags(screen),
    );
    let mut screening = screening.clone();
    screening.add(&entry);
    let mut unsaved = journal.write(&entry).err();
    if unsaved.is_none()
        && clinician_checked
        && urgency == Urgency::SeeDoctor
        && let Ok(clearance) =
            safety::clearance_entry(&screening, now.date_naive(), None, None, now, rng)
    {
        match journal.write(&clearance) {
            Ok(_) => screening.add(&clearance),
            Err(failure) => unsaved = Some(failure),
        }
    }
    let lock = safety::lock_state(&screening).or_else(|| {
        // Not written: the answers still stop here.
        (unsaved.is_some() && urgency != Urgency::Clear).then(|| safety::Lock {
            urgency,
            since: now.date_naive(),
            screen: entry.id.clone(),
            flags: Vec::new(),
        })
    });
    Screened {
        urgency,
        lock,
        unsaved,
    }
}

/// Why a confirmed check was not recorded.
#[derive(Debug)]
pub enum NotRecorded {
    /// Nothing to clear, or a date the pause does not allow.
    Refused(Refused),
    /// The journal could not be written (the entry is kept in the failure).
    Unsaved(WriteFailure),
}

/// The patient confirmed on `checked_on` that a doctor or physiotherapist has checked them since
/// the pause began: the clearance is saved, and the program goes on unless another warning sign
/// still holds it (the lock that remains is returned).
pub fn confirm_check(
    journal: &Journal,
    screening: &Screening,
    checked_on: NaiveDate,
    now: DateTime<FixedOffset>,
    rng: &mut fastrand::Rng,
) -> Result<Option<Lock>, NotRecorded> {
    let entry = safety::clearance_entry(screening, checked_on, None, None, now, rng)
        .map_err(NotRecorded::Refused)?;
    journal.write(&entry).map_err(NotRecorded::Unsaved)?;
    let mut screening = screening.clone();
    screening.add(&entry);
    Ok(safety::lock_state(&screening))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::coach::Answer;

    fn at(day: u32) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(&format!("2026-11-{day:02}T09:00:00+01:00")).unwrap()
    }

    fn answers(yes: &[RedFlag]) -> Answers {
        let mut answers = Answers::new();
        for flag in RedFlag::ALL {
            answers.set(flag.id(), Answer::YesNo(yes.contains(&flag)));
        }
        answers
    }

    fn screening(journal: &Journal) -> Screening {
        Screening::from_entries(&journal.load(&crate::journal::Query::default()).entries)
    }

    #[test]
    fn a_screen_is_read_by_name_and_never_saved_half_answered() {
        let screening = Screening::default();
        let questions = screen_questions(&screening);
        assert_eq!(questions.len(), 11);
        let full = answers(&[RedFlag::SaddleNumbness]);
        let read = screen_answers(&screening, &full).unwrap();
        assert!(
            read.iter()
                .any(|a| a.flag == RedFlag::SaddleNumbness && a.present)
        );
        let mut half = Answers::new();
        half.set(questions[0].name.clone(), Answer::YesNo(false));
        assert_eq!(screen_answers(&screening, &half), None);
    }

    #[test]
    fn an_emergency_locks_and_answering_no_again_does_not_lift_it() {
        let dir = tempfile::tempdir().unwrap();
        let journal = Journal::new(dir.path());
        let mut rng = fastrand::Rng::with_seed(1);
        let flags = screen_answers(&Screening::default(), &answers(&[RedFlag::SaddleNumbness]));
        let first = save_screen(
            &journal,
            &screening(&journal),
            flags.unwrap(),
            true,
            at(2),
            &mut rng,
        );
        assert_eq!(first.urgency, Urgency::Emergency);
        assert!(
            first.lock.is_some(),
            "an emergency is never cleared by the screen"
        );
        let again = screen_answers(&Screening::default(), &answers(&[])).unwrap();
        let second = save_screen(
            &journal,
            &screening(&journal),
            again,
            false,
            at(3),
            &mut rng,
        );
        assert_eq!(second.urgency, Urgency::Clear);
        assert!(
            second.lock.is_some(),
            "answering no again never lifts a pause"
        );
        let lock = second.lock.unwrap();
        assert_eq!(lock.since, at(2).date_naive());
        let confirmed = confirm_check(
            &journal,
            &screening(&journal),
            at(4).date_naive(),
            at(4),
            &mut rng,
        );
        assert!(matches!(confirmed, Ok(None)), "{confirmed:?}");
        assert_eq!(safety::lock_state(&screening(&journal)), None);
    }

    #[test]
    fn a_see_doctor_answer_is_cleared_only_when_the_patient_says_a_clinician_checked() {
        let dir = tempfile::tempdir().unwrap();
        let journal = Journal::new(dir.path());
        let mut rng = fastrand::Rng::with_seed(2);
        let flags = screen_answers(&Screening::default(), &answers(&[RedFlag::Trauma])).unwrap();
        assert!(needs_doctor(&flags));
        let not_checked = save_screen(
            &journal,
            &screening(&journal),
            flags.clone(),
            false,
            at(2),
            &mut rng,
        );
        assert!(not_checked.lock.is_some());
        let confirmed = confirm_check(
            &journal,
            &screening(&journal),
            at(1).date_naive(),
            at(3),
            &mut rng,
        );
        assert!(
            matches!(
                confirmed,
                Err(NotRecorded::Refused(Refused::BeforeLock { .. }))
            ),
            "a check before the answer that paused does not count: {confirmed:?}"
        );
        let checked = save_screen(&journal, &screening(&journal), flags, true, at(3), &mut rng);
        assert_eq!(
            checked.lock, None,
            "a check since the first answer covers both"
        );
        assert!(checked.unsaved.is_none());
    }

    #[test]
    fn a_check_before_the_pause_or_with_nothing_paused_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let journal = Journal::new(dir.path());
        let mut rng = fastrand::Rng::with_seed(3);
        let nothing = confirm_check(
            &journal,
            &Screening::default(),
            at(3).date_naive(),
            at(3),
            &mut rng,
        );
        assert!(matches!(
            nothing,
            Err(NotRecorded::Refused(Refused::NothingLocked))
        ));
        let flags =
            screen_answers(&Screening::default(), &answers(&[RedFlag::BowelControl])).unwrap();
        save_screen(
            &journal,
            &screening(&journal),
            flags,
            false,
            at(5),
            &mut rng,
        );
        let early = confirm_check(
            &journal,
            &screening(&journal),
            at(4).date_naive(),
            at(5),
            &mut rng,
        );
        assert!(matches!(
            early,
            Err(NotRecorded::Refused(Refused::BeforeLock { .. }))
        ));
        assert!(safety::lock_state(&screening(&journal)).is_some());
    }

    #[test]
    fn the_weekly_check_lists_all_eleven_topics_under_one_dated_question() {
        let question = weekly_question(None);
        assert_eq!(question.list.len(), 11);
        assert_eq!(question.prompt.id.as_ref(), "weekly-check-ask-undated");
        let dated = weekly_question(Some(at(2).date_naive()));
        assert_eq!(dated.prompt.id.as_ref(), "weekly-check-ask");
        assert_eq!(dated.list.len(), 11);
    }
}
