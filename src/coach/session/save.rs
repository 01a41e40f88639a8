//! Saving what a session asks to keep: the check-in, the checkpoint after every set, and the
//! session itself at its end (then the checkpoint goes).

use crate::journal::checkpoint::{self, CHECKPOINT_FORMAT, Checkpoint};
use crate::journal::{
    Body, CheckIn, CheckInContext, Entry, EntryKind, Journal, NextMorning, SessionRecord, new_id,
};
use crate::session::{CheckOut, Millis, session_record};

use super::super::event::{CoachEvent, Ending};
use super::super::questions::Answers;
use super::{Coach, HIGH_PAIN, Stage};

impl Coach {
    /// The check-in: saved to the journal; something new stops the session before it starts,
    /// otherwise the session begins (get ready).
    pub(super) fn check_in(
        &mut self,
        now: Millis,
        answers: &Answers,
        mut events: Vec<CoachEvent>,
    ) -> Vec<CoachEvent> {
        if self.stage() != Stage::CheckIn {
            return events;
        }
        let Some(pain_now) = answers.score("pain_now") else {
            return events;
        };
        let next_morning = self
            .ask_morning
            .then(|| {
                Some(NextMorning {
                    settled: answers.yes("morning_settled")?,
                    pain: answers.score("morning_pain")?,
                })
            })
            .flatten();
        let red_flags_new = answers.yes(super::super::safety::ANYTHING_NEW);
        let at = self.wall_at(now);
        let body = Body::CheckIn(CheckIn {
            context: CheckInContext::BeforeSession,
            pain_now,
            pain_average: answers.score("pain_average"),
            next_morning,
            red_flags_new,
            note: None,
        });
        let entry = Entry::new(new_id(at, EntryKind::CheckIn, &mut self.rng), at, at, body);
        self.write(&entry, &mut events);
        self.pain_before = Some(pain_now);
        if red_flags_new == Some(true) {
            self.ended = true;
            events.push(CoachEvent::SomethingNew);
            return events;
        }
        if pain_now.get() > HIGH_PAIN {
            events.push(CoachEvent::HighPain);
        }
        self.started_at = at;
        let mut engine_events = self.engine.start(now);
        engine_events.extend(self.engine.done(now));
        events.extend(self.translate(now, engine_events));
        self.after(now, &mut events);
        events
    }

    /// The check-out answers (whatever was answered): the session is saved, complete unless it
    /// was stopped early.
    pub(super) fn finish(&mut self, now: Millis, answers: &Answers) -> Vec<CoachEvent> {
        let ended = self.engine.check_out_done(now);
        let mut events = self.translate(now, ended);
        let ending = match self.engine.ended() {
            Some(true) => Ending::Complete,
            Some(false) => Ending::Partial,
            None => {
                // Finished before the end of the exercises (the coach was left): partial.
                let e = self.engine.quit(now);
                events.extend(self.translate(now, e));
                Ending::Partial
            }
        };
        events.extend(self.save_session(now, ending, answers));
        events
    }

    fn record(&self, now: Millis, ending: Ending, answers: &Answers) -> SessionRecord {
        let mut record = session_record(
            &self.plan,
            self.engine.records(),
            &self.decisions,
            ending == Ending::Complete,
            self.started_at,
            self.wall_at(now),
            self.engine.active_ms(now),
            CheckOut {
                pain_during_max: answers.score("pain_during"),
                effort: answers.score("effort"),
                pain_after: answers.score("pain_after"),
            },
            answers.text("note"),
        );
        record.hurt = self.hurt_answer(answers);
        record
    }

    /// Saves the checkpoint (after a set).
    pub(super) fn save_checkpoint(&mut self, now: Millis, events: &mut Vec<CoachEvent>) {
        let checkpoint = Checkpoint {
            format: CHECKPOINT_FORMAT.to_owned(),
            saved_at: self.wall_at(now),
            next_step: u32::try_from(self.engine.index()).unwrap_or(u32::MAX),
            session: self.record(now, Ending::Partial, &Answers::new()),
        };
        if let Err(err) = checkpoint::save(&self.data_dir, &checkpoint) {
            events.push(CoachEvent::NotSaved {
                reason: err.to_string(),
            });
        }
    }

    /// Writes the session to the journal and removes its checkpoint.
    pub(super) fn save_session(
        &mut self,
        now: Millis,
        ending: Ending,
        answers: &Answers,
    ) -> Vec<CoachEvent> {
        let mut events = Vec::new();
        if self.ended {
            return events;
        }
        self.ended = true;
        let record = self.record(now, ending, answers);
        let done = record
            .exercises
            .iter()
            .filter(|e| e.all_sets_done())
            .count();
        let total = record.exercises.len();
        let entry = Entry::new(
            new_id(self.started_at, EntryKind::Session, &mut self.rng),
            self.started_at,
            self.wall_at(now),
            Body::Session(Box::new(record)),
        );
        let saved = self.write(&entry, &mut events);
        if saved {
            let _ = checkpoint::clear(&self.data_dir);
        }
        events.push(CoachEvent::Done {
            ending,
            done,
            total,
            saved,
        });
        events
    }

    /// "This hurts" with pain above the limit changed the exercise: an adverse event, recorded
    /// at once ([`crate::safety::adverse::from_hurt`]).
    pub(super) fn record_adverse_event(
        &mut self,
        now: Millis,
        choice: crate::session::HurtChoice,
        events: &mut Vec<CoachEvent>,
    ) {
        if !self.engine.is_hurting() {
            return;
        }
        let Some(record) = self
            .engine
            .current()
            .exercise()
            .and_then(|i| self.engine.records().get(i))
        else {
            return;
        };
        let Some(pain) = record.pain_during else {
            return;
        };
        // The exercise being done: the easier variant when it has taken over.
        let done = record.replaced_by.as_ref().unwrap_or(&record.exercise);
        let Some(event) = crate::safety::adverse::from_hurt(done, pain, self.stop_pain, choice)
        else {
            return;
        };
        let at = self.wall_at(now);
        let id = new_id(at, EntryKind::AdverseEvent, &mut self.rng);
        let entry = Entry::new(id, at, at, Body::AdverseEvent(event));
        self.write(&entry, events);
    }

    fn write(&mut self, entry: &Entry, events: &mut Vec<CoachEvent>) -> bool {
        match Journal::new(&self.data_dir).write(entry) {
            Ok(_) => true,
            Err(failure) => {
                events.push(CoachEvent::NotSaved {
                    reason: failure.error.to_string(),
                });
                self.unsaved.push(failure);
                false
            }
        }
    }
}
