//! Runs one session step by step on stdin and stdout: the check-in, every set and rest, "this
//! hurts", skips and quitting, the check-out. A checkpoint is saved after every completed set;
//! at the end of input what was done is saved as a partial session.

use std::path::Path;

use chrono::{DateTime, Duration, FixedOffset};

use crate::catalog::Catalog;
use crate::i18n::Msg;
use crate::journal::checkpoint::{self, CHECKPOINT_FORMAT, Checkpoint};
use crate::journal::{
    Body, CheckIn, CheckInContext, Decision, Entry, EntryKind, Journal, NextMorning, SkipReason,
    new_id,
};
use crate::plan::SessionPlan;
use crate::session::{CheckOut, Engine, Event, Step, session_record};

use super::clock::Clock;
use super::prompt::{Prompter, StepKey};
use super::steps::{describe_step, worth_saying};

/// Everything one run of a session needs.
pub struct Run<'a> {
    /// The catalog (names, easier variants).
    pub catalog: &'a Catalog,
    /// The session's plan.
    pub plan: SessionPlan,
    /// The decisions that set its doses.
    pub decisions: Vec<Decision>,
    /// The data folder (checkpoints).
    pub data_dir: &'a Path,
    /// The journal.
    pub journal: &'a Journal,
    /// Wall-clock time the session started (earlier than `wall_origin` when resumed).
    pub started_at: DateTime<FixedOffset>,
    /// Wall-clock time when this run's monotonic clock read zero.
    pub wall_origin: DateTime<FixedOffset>,
    /// Whether to ask about the morning after the last session.
    pub ask_morning: bool,
    /// Whether the weekly red-flag question is due.
    pub ask_red_flags: bool,
    /// Random ids.
    pub rng: fastrand::Rng,
}

/// How a run ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Saved as a complete or partial session.
    Saved,
    /// The patient reported something new: the red-flag questions come next.
    NewRedFlag,
}

impl Run<'_> {
    fn wall(&self, clock: &Clock) -> DateTime<FixedOffset> {
        self.wall_origin + Duration::milliseconds(i64::try_from(clock.now()).unwrap_or(i64::MAX))
    }

    fn save_checkpoint(&self, engine: &Engine, clock: &Clock) {
        let wall = self.wall(clock);
        let record = session_record(
            &self.plan,
            engine.records(),
            &self.decisions,
            false,
            self.started_at,
            wall,
            engine.active_ms(clock.now()),
            no_answers(),
            None,
        );
        let checkpoint = Checkpoint {
            format: CHECKPOINT_FORMAT.to_owned(),
            saved_at: wall,
            next_step: u32::try_from(engine.index()).unwrap_or(u32::MAX),
            session: record,
        };
        if let Err(err) = checkpoint::save(self.data_dir, &checkpoint) {
            eprintln!("kern: {err}");
        }
    }

    /// Runs the engine from wherever it stands to the end.
    pub fn run(
        &mut self,
        prompter: &mut Prompter<'_>,
        mut engine: Engine,
        mut clock: Clock,
    ) -> anyhow::Result<Outcome> {
        let mut check_out = no_answers();
        let mut note = None;
        prompter.tell(Msg::new("plain-keys"));
        engine.ensure_started(clock.now());
        while engine.ended().is_none() {
            let step = engine.current().clone();
            let events = match step {
                Step::CheckIn => match self.check_in(prompter, &clock)? {
                    Some(true) => engine.done(clock.now()),
                    Some(false) => return Ok(Outcome::NewRedFlag),
                    None => engine.quit(clock.now()),
                },
                Step::CheckOut => match self.check_out(prompter) {
                    Some((answers, text)) => {
                        check_out = answers;
                        note = text;
                        engine.check_out_done(clock.now())
                    }
                    None => engine.quit(clock.now()),
                },
                Step::Work {
                    work: crate::session::Work::Reps { .. },
                    ..
                } => {
                    let line = describe_step(self.catalog, prompter_i18n(prompter), &engine);
                    match prompter.step(&line) {
                        Some(StepKey::Enter) => engine.done(clock.now()),
                        Some(StepKey::Hurts) => self.hurts(prompter, &mut engine, &clock),
                        Some(StepKey::Skip) => self.skip(prompter, &mut engine, &clock),
                        Some(StepKey::Quit) | None => engine.quit(clock.now()),
                    }
                }
                _ => {
                    prompter.say(&describe_step(
                        self.catalog,
                        prompter_i18n(prompter),
                        &engine,
                    ));
                    let deadline = engine.deadline().unwrap_or(clock.now());
                    let total = deadline.saturating_sub(clock.now()).div_ceil(1000);
                    clock.wait_until(deadline, |left| {
                        if worth_saying(left, total) {
                            println!("  {left}…");
                        }
                    });
                    engine.advance(clock.now())
                }
            };
            for event in events {
                if let Event::SetCompleted { .. } = event {
                    self.save_checkpoint(&engine, &clock);
                }
            }
        }
        let complete = engine.ended() == Some(true);
        let record = session_record(
            &self.plan,
            engine.records(),
            &self.decisions,
            complete,
            self.started_at,
            self.wall(&clock),
            engine.active_ms(clock.now()),
            check_out,
            note,
        );
        let done = record
            .exercises
            .iter()
            .filter(|e| e.all_sets_done())
            .count();
        let total = record.exercises.len();
        let entry = Entry::new(
            new_id(self.started_at, EntryKind::Session, &mut self.rng),
            self.started_at,
            self.wall(&clock),
            Body::Session(Box::new(record)),
        );
        self.journal
            .write(&entry)
            .map_err(|failure| crate::cli::log::print_unsaved(prompter.i18n(), failure))?;
        let _ = checkpoint::clear(self.data_dir);
        let id = if complete {
            "plain-session-saved"
        } else {
            "plain-partial-saved"
        };
        prompter.tell(
            Msg::new(id)
                .num("done", done as i64)
                .num("total", total as i64),
        );
        Ok(Outcome::Saved)
    }

    /// The check-in: `Some(true)` to go on, `Some(false)` when something new came up, `None` when
    /// the input ended.
    fn check_in(
        &mut self,
        prompter: &mut Prompter<'_>,
        clock: &Clock,
    ) -> anyhow::Result<Option<bool>> {
        let Some(pain_now) = prompter.score(Msg::new("checkin-pain-now")) else {
            return Ok(None);
        };
        let Some(pain_average) = prompter.score(Msg::new("checkin-pain-average")) else {
            return Ok(None);
        };
        let mut next_morning = None;
        if self.ask_morning {
            let Some(settled) = prompter.yes_no(Msg::new("checkin-morning-settled")) else {
                return Ok(None);
            };
            let Some(pain) = prompter.score(Msg::new("checkin-morning-pain")) else {
                return Ok(None);
            };
            next_morning = Some(NextMorning { settled, pain });
        }
        let mut red_flags_new = None;
        if self.ask_red_flags {
            let Some(answer) = prompter.yes_no(Msg::new("checkin-anything-new")) else {
                return Ok(None);
            };
            red_flags_new = Some(answer);
        }
        let at = self.wall(clock);
        let body = Body::CheckIn(CheckIn {
            context: CheckInContext::BeforeSession,
            pain_now,
            pain_average: Some(pain_average),
            next_morning,
            red_flags_new,
            note: None,
        });
        let entry = Entry::new(new_id(at, EntryKind::CheckIn, &mut self.rng), at, at, body);
        self.journal
            .write(&entry)
            .map_err(|failure| crate::cli::log::print_unsaved(prompter.i18n(), failure))?;
        if red_flags_new == Some(true) {
            return Ok(Some(false));
        }
        if u32::from(pain_now.get()) > 7 {
            prompter.tell(Msg::new("checkin-high-pain"));
        }
        Ok(Some(true))
    }

    fn check_out(&mut self, prompter: &mut Prompter<'_>) -> Option<(CheckOut, Option<String>)> {
        let pain_during_max = prompter.score(Msg::new("checkout-pain-during"))?;
        let effort = prompter.score(Msg::new("checkout-effort"))?;
        let pain_after = prompter.score(Msg::new("checkout-pain-after"))?;
        let note = prompter.text(Msg::new("checkout-note"))?;
        Some((
            CheckOut {
                pain_during_max: Some(pain_during_max),
                effort: Some(effort),
                pain_after: Some(pain_after),
            },
            note,
        ))
    }

    fn hurts(
        &mut self,
        prompter: &mut Prompter<'_>,
        engine: &mut Engine,
        clock: &Clock,
    ) -> Vec<Event> {
        let mut events = engine.hurts(clock.now());
        let Some(pain) = prompter.score(Msg::new("hurt-pain")) else {
            events.extend(engine.quit(clock.now()));
            return events;
        };
        let options = engine.hurt_pain(pain);
        let i18n = prompter_i18n(prompter);
        let choices = crate::describe::hurt_choices(i18n, self.catalog, &options);
        if !options.may_continue {
            prompter.tell(Msg::new("hurt-over-limit"));
        }
        let labels: Vec<String> = choices.iter().map(|(label, _)| label.clone()).collect();
        match prompter.choose(Msg::new("hurt-what-now"), &labels) {
            Some(i) => events.extend(engine.hurt_choice(clock.now(), choices[i].1)),
            None => events.extend(engine.quit(clock.now())),
        }
        events
    }

    fn skip(
        &mut self,
        prompter: &mut Prompter<'_>,
        engine: &mut Engine,
        clock: &Clock,
    ) -> Vec<Event> {
        let reasons = [
            SkipReason::Pain,
            SkipReason::Time,
            SkipReason::Equipment,
            SkipReason::TooHard,
            SkipReason::Other,
        ];
        let i18n = prompter_i18n(prompter);
        let labels: Vec<String> = reasons
            .iter()
            .map(|r| i18n.text(&format!("skip-{}", crate::describe::serde_name(r))))
            .collect();
        match prompter.choose(Msg::new("skip-why"), &labels) {
            Some(i) => engine.skip(clock.now(), reasons[i]),
            None => engine.quit(clock.now()),
        }
    }
}

fn no_answers() -> CheckOut {
    CheckOut {
        pain_during_max: None,
        effort: None,
        pain_after: None,
    }
}

fn prompter_i18n<'b>(prompter: &Prompter<'b>) -> &'b crate::i18n::I18n {
    prompter.i18n()
}
