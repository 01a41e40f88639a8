//! One session line by line, a face of the coach layer: it asks the coach's questions, turns
//! lines into coach actions, and prints what the coach says (each step, the countdown, what was
//! saved). The coach saves the check-in, a checkpoint after every set and the session; at the end
//! of input what was done is saved as a partial session.

use crate::catalog::Catalog;
use crate::coach::{Action, Coach, CoachEvent, Ending, Stage};
use crate::i18n::Msg;
use crate::journal::SkipReason;
use crate::session::{Step, Work};

use super::bells::Bells;
use super::clock::Clock;
use super::prompt::{Prompter, StepKey};
use super::steps::describe_step;
use super::voice::PlainVoice;

/// How a run ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Saved as a complete or partial session.
    Saved,
    /// The patient reported something new: the red-flag questions come next.
    NewRedFlag,
}

/// The plain coach's face over one session.
pub struct Face<'a, 'p> {
    /// Questions and answers.
    pub prompter: &'a mut Prompter<'p>,
    /// Names of exercises.
    pub catalog: &'a Catalog,
    /// The session's clock.
    pub clock: Clock,
    /// The voice (`--voice`).
    pub voice: PlainVoice,
    /// The bells (the Sounds setting, on a terminal).
    pub bells: Bells,
}

impl Face<'_, '_> {
    /// Runs the session from wherever the coach stands to its end.
    pub fn run(&mut self, coach: &mut Coach) -> anyhow::Result<Outcome> {
        self.prompter.tell(Msg::new("plain-keys"));
        let mut events = if coach.stage() == Stage::CheckIn {
            let asked = self.prompter.ask_all(&coach.check_in_questions());
            let action = if asked.ended {
                Action::Quit
            } else {
                Action::CheckIn(asked.answers)
            };
            coach.act(self.clock.now(), action)
        } else {
            coach.act(self.clock.now(), Action::Start)
        };
        self.hear(&events);
        loop {
            if let Some(outcome) = self.show(coach, &events)? {
                return Ok(outcome);
            }
            events = match coach.stage() {
                // A step speaks its events as they come.
                Stage::Exercises => self.step(coach),
                Stage::CheckOut => {
                    let events = self.check_out(coach);
                    self.hear(&events);
                    events
                }
                Stage::CheckIn | Stage::HurtPain | Stage::HurtChoice | Stage::Ended => {
                    let events = coach.act(self.clock.now(), Action::Quit);
                    self.hear(&events);
                    events
                }
            };
        }
    }

    /// Speaks the coach's events of this moment (when the voice is on).
    fn hear(&mut self, events: &[CoachEvent]) {
        let now = self.clock.now();
        self.bells.hear(events);
        self.voice
            .hear(events, self.prompter.i18n(), self.catalog, now);
    }

    /// Prints what the coach said that this face shows; `Some` when the session is over.
    fn show(
        &mut self,
        coach: &mut Coach,
        events: &[CoachEvent],
    ) -> anyhow::Result<Option<Outcome>> {
        for event in events {
            match event {
                CoachEvent::HighPain => self.prompter.tell(Msg::new("checkin-high-pain")),
                CoachEvent::SomethingNew => return Ok(Some(Outcome::NewRedFlag)),
                CoachEvent::HoldTick { seconds_left, .. } => println!("  {seconds_left}…"),
                CoachEvent::NotSaved { reason } => {
                    // A journal entry not written stops here, printed so it is not lost; a
                    // checkpoint not written is only said.
                    if let Some(failure) = coach.take_unsaved().into_iter().next() {
                        return Err(super::super::context::print_unsaved(
                            self.prompter.i18n(),
                            failure,
                        ));
                    }
                    eprintln!("kern: {reason}");
                }
                CoachEvent::Done {
                    ending,
                    done,
                    total,
                    saved,
                } => {
                    if !saved {
                        anyhow::bail!("the session was not saved");
                    }
                    let id = match ending {
                        Ending::Complete => "plain-session-saved",
                        Ending::Partial => "plain-partial-saved",
                    };
                    self.prompter.tell(
                        Msg::new(id)
                            .num("done", *done as i64)
                            .num("total", *total as i64),
                    );
                    return Ok(Some(Outcome::Saved));
                }
                _ => {}
            }
        }
        Ok(None)
    }

    /// One step: a set of repetitions waits for Enter (or h, s, q); a timed step is said and
    /// counted down.
    fn step(&mut self, coach: &mut Coach) -> Vec<CoachEvent> {
        let line = describe_step(self.prompter.i18n(), coach);
        let reps = matches!(
            coach.engine().current(),
            Step::Work {
                work: Work::Reps { .. },
                ..
            }
        );
        // Hands-free, a set of repetitions runs by itself like a hold.
        if reps && !coach.hands_free() {
            let now = self.clock.now();
            let events = match self.prompter.step(&line) {
                Some(StepKey::Enter) => coach.act(now, Action::SetDone),
                Some(StepKey::Hurts) => self.hurts(coach),
                Some(StepKey::Skip) => self.skip(coach),
                Some(StepKey::Quit) | None => coach.act(now, Action::Quit),
            };
            self.hear(&events);
            return events;
        }
        self.prompter.say(&line);
        let index = coach.engine().index();
        let mut events = Vec::new();
        while coach.stage() == Stage::Exercises && coach.engine().index() == index {
            let now = self.clock.now();
            let wake = if self.clock.is_virtual() && !reps {
                coach.engine().deadline()
            } else {
                coach.next_wake(now)
            };
            let Some(wake) = wake else {
                break;
            };
            self.clock.wait_until(wake);
            let said = coach.tick(self.clock.now());
            self.hear(&said);
            for event in &said {
                if let CoachEvent::HoldTick { seconds_left, .. } = event {
                    println!("  {seconds_left}…");
                }
            }
            events.extend(
                said.into_iter()
                    .filter(|e| !matches!(e, CoachEvent::HoldTick { .. })),
            );
        }
        events
    }

    /// The check-out questions; at the end of input the answers already given are kept (an
    /// optional question left unanswered is no answer).
    fn check_out(&mut self, coach: &mut Coach) -> Vec<CoachEvent> {
        let mut asked = self.prompter.ask_all(&coach.check_out_questions());
        if !asked.ended
            && let Some(question) = coach.hurt_question(&asked.answers)
            && let Some(answer) = self.prompter.ask(&question)
        {
            // The end of input here is no answer: the whole session counts, as before.
            asked.answers.set(question.name, answer);
        }
        let action = if asked.ended {
            Action::Quit
        } else {
            Action::Finish(asked.answers)
        };
        coach.act(self.clock.now(), action)
    }

    fn hurts(&mut self, coach: &mut Coach) -> Vec<CoachEvent> {
        let mut events = coach.act(self.clock.now(), Action::Hurts);
        let Some(pain) = self.prompter.score(Msg::new("hurt-pain")) else {
            events.extend(coach.act(self.clock.now(), Action::Quit));
            return events;
        };
        events.extend(coach.act(self.clock.now(), Action::HurtPain(pain)));
        let Some(options) = coach.hurt_options().cloned() else {
            return events;
        };
        let i18n = self.prompter.i18n();
        let choices = crate::describe::hurt_choices(i18n, self.catalog, &options);
        if !options.may_continue {
            self.prompter.tell(Msg::new("hurt-over-limit"));
        }
        let labels: Vec<String> = choices.iter().map(|(label, _)| label.clone()).collect();
        let action = match self.prompter.choose(Msg::new("hurt-what-now"), &labels) {
            Some(i) => Action::HurtChoice(choices[i].1),
            None => Action::Quit,
        };
        events.extend(coach.act(self.clock.now(), action));
        events
    }

    fn skip(&mut self, coach: &mut Coach) -> Vec<CoachEvent> {
        let reasons = [
            SkipReason::Pain,
            SkipReason::Time,
            SkipReason::Equipment,
            SkipReason::TooHard,
            SkipReason::Other,
        ];
        let i18n = self.prompter.i18n();
        let labels: Vec<String> = reasons
            .iter()
            .map(|r| crate::describe::wording::skip_reason(i18n, *r))
            .collect();
        let action = match self.prompter.choose(Msg::new("skip-why"), &labels) {
            Some(i) => Action::Skip(reasons[i]),
            None => Action::Quit,
        };
        coach.act(self.clock.now(), action)
    }
}
