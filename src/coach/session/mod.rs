//! A session in the coach's hands: the check-in, every set, pause, skip, "this hurts", the
//! check-out, quitting. It runs the engine, turns what happens into [`CoachEvent`]s, saves the
//! checkpoint after every set and the session at its end. The only place that does.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Duration, FixedOffset};

use crate::catalog::Catalog;
use crate::journal::checkpoint::Checkpoint;
use crate::journal::{Decision, Score, WriteFailure};
use crate::model::LocalizedText;
use crate::plan::{History, MeasureDue, SessionPlan, Today};
use crate::session::{Engine, HurtOptions, Millis, Step, session_exercises};

use super::Action;
use super::event::{CoachEvent, Ending, ExerciseRef};
use super::questions::{self, Answers, Question};
use ticks::Said;

mod hurt;
mod save;
mod ticks;

pub use hurt::HURT_WHICH;

/// Pain now at the check-in above which the coach advises care before going on.
pub const HIGH_PAIN: u8 = 7;

/// What a session needs from the day: its plan, the decisions behind its doses, and which
/// check-in questions are due.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Setup {
    /// The plan.
    pub plan: SessionPlan,
    /// The decisions that set its doses.
    pub decisions: Vec<Decision>,
    /// Ask about the morning after the last session (from the second session on).
    pub ask_morning: bool,
    /// Ask the weekly check for warning signs.
    pub ask_red_flags: bool,
    /// The day the weekly check asks "since" (the last screen or weekly answer).
    pub weekly_since: Option<chrono::NaiveDate>,
}

impl Setup {
    /// Today's session, if one is due.
    pub fn for_today(today: &Today, history: &History) -> Option<Setup> {
        Some(Setup {
            plan: today.session.clone()?,
            decisions: today.changes.clone(),
            ask_morning: !history.sessions.is_empty(),
            ask_red_flags: today.measures_due.contains(&MeasureDue::RedFlagCheck),
            weekly_since: crate::safety::weekly_check(&history.screening).map(|w| w.since),
        })
    }
}

/// Where the session stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// The check-in questions are asked.
    CheckIn,
    /// Sets and rests.
    Exercises,
    /// "This hurts": waiting for the pain score.
    HurtPain,
    /// "This hurts": waiting for a choice.
    HurtChoice,
    /// The check-out questions are asked.
    CheckOut,
    /// Over (saved, or left at the check-in).
    Ended,
}

/// A session run by the coach.
#[derive(Debug)]
pub struct Coach {
    engine: Engine,
    plan: SessionPlan,
    decisions: Vec<Decision>,
    names: Vec<(String, LocalizedText)>,
    data_dir: PathBuf,
    started_at: DateTime<FixedOffset>,
    wall_origin: DateTime<FixedOffset>,
    mono_origin: Millis,
    ask_morning: bool,
    ask_red_flags: bool,
    weekly_since: Option<chrono::NaiveDate>,
    stop_pain: u32,
    rules: Option<crate::model::Progression>,
    pain_before: Option<Score>,
    hands_free: bool,
    hurt: Option<HurtOptions>,
    ended: bool,
    said: Said,
    unsaved: Vec<WriteFailure>,
    rng: fastrand::Rng,
}

impl Coach {
    /// A new session at its check-in, at wall-clock `wall` and monotonic `mono`.
    pub fn new(
        setup: Setup,
        catalog: &Catalog,
        data_dir: &Path,
        wall: DateTime<FixedOffset>,
        mono: Millis,
    ) -> Coach {
        let stop_pain = stop_pain(catalog, &setup.plan);
        let engine = Engine::new(session_exercises(catalog, &setup.plan), stop_pain);
        Coach::over(engine, setup, stop_pain, catalog, data_dir, wall, mono)
    }

    /// Resumes a session cut off earlier from its checkpoint; it goes on right after the last set
    /// recorded (the check-in was answered then), its clock running from `mono`.
    pub fn resume(
        saved: &Checkpoint,
        catalog: &Catalog,
        data_dir: &Path,
        wall: DateTime<FixedOffset>,
        mono: Millis,
    ) -> Coach {
        let plan = SessionPlan::from_record(&saved.session);
        let stop_pain = stop_pain(catalog, &plan);
        let mut engine = Engine::resume(
            session_exercises(catalog, &plan),
            stop_pain,
            saved.session.exercises.clone(),
            saved.next_step as usize,
            mono,
        );
        if engine.current() == &Step::CheckIn {
            engine.done(mono);
        }
        let setup = Setup {
            plan,
            decisions: saved.session.decisions.clone(),
            ask_morning: false,
            ask_red_flags: false,
            weekly_since: None,
        };
        let mut coach = Coach::over(engine, setup, stop_pain, catalog, data_dir, wall, mono);
        coach.started_at = saved.session.started_at;
        coach
    }

    #[allow(clippy::too_many_arguments)]
    fn over(
        engine: Engine,
        setup: Setup,
        stop_pain: u32,
        catalog: &Catalog,
        data_dir: &Path,
        wall: DateTime<FixedOffset>,
        mono: Millis,
    ) -> Coach {
        let mut names: Vec<(String, LocalizedText)> = Vec::new();
        for exercise in engine.exercises() {
            let ids = std::iter::once(&exercise.id).chain(exercise.easier.as_ref().map(|e| &e.0));
            for id in ids {
                let name = catalog.exercises.get(id).map_or_else(
                    || LocalizedText::new(id.as_str(), id.as_str()),
                    |e| e.value.name.clone(),
                );
                names.push((id.clone(), name));
            }
        }
        let rules = catalog
            .programs
            .get(&setup.plan.program)
            .map(|p| p.value.progression.clone());
        Coach {
            engine,
            plan: setup.plan,
            decisions: setup.decisions,
            names,
            data_dir: data_dir.to_path_buf(),
            started_at: wall,
            wall_origin: wall,
            mono_origin: mono,
            ask_morning: setup.ask_morning,
            ask_red_flags: setup.ask_red_flags,
            weekly_since: setup.weekly_since,
            stop_pain,
            rules,
            pain_before: None,
            hands_free: false,
            hurt: None,
            ended: false,
            said: Said::default(),
            unsaved: Vec::new(),
            rng: fastrand::Rng::new(),
        }
    }

    /// Sets with a tempo run by themselves (hands-free): the repetitions are paced by the tempo
    /// and the set ends after the last one.
    pub fn set_hands_free(&mut self, on: bool) {
        self.hands_free = on;
    }

    /// Whether sets of repetitions end by themselves.
    pub fn hands_free(&self) -> bool {
        self.hands_free
    }

    /// The engine, to read (faces draw from it; only the coach moves it).
    pub fn engine(&self) -> &Engine {
        &self.engine
    }

    /// When the current step began on the session clock (moved on by pauses): the moment the
    /// events of a step's start are for.
    pub fn step_started(&self) -> Millis {
        self.engine.step_started()
    }

    /// The session's plan.
    pub fn plan(&self) -> &SessionPlan {
        &self.plan
    }

    /// The program's limit for pain during a session.
    pub fn stop_pain(&self) -> u32 {
        self.stop_pain
    }

    /// Where the session stands.
    pub fn stage(&self) -> Stage {
        if self.ended {
            return Stage::Ended;
        }
        if self.engine.is_hurting() {
            return if self.hurt.is_some() {
                Stage::HurtChoice
            } else {
                Stage::HurtPain
            };
        }
        match self.engine.current() {
            Step::CheckIn => Stage::CheckIn,
            Step::CheckOut => Stage::CheckOut,
            _ => Stage::Exercises,
        }
    }

    /// What "this hurts" offers, once the pain score is given.
    pub fn hurt_options(&self) -> Option<&HurtOptions> {
        self.hurt.as_ref()
    }

    /// The check-in questions due today.
    pub fn check_in_questions(&self) -> Vec<Question> {
        questions::check_in(
            self.ask_morning,
            self.ask_red_flags
                .then(|| super::safety::weekly_question(self.weekly_since)),
        )
    }

    /// The check-out questions.
    pub fn check_out_questions(&self) -> Vec<Question> {
        questions::check_out()
    }

    /// The exercise at `index` as the faces name it (the easier variant once it took over).
    pub fn exercise(&self, index: usize) -> ExerciseRef {
        let id = self
            .engine
            .records()
            .get(index)
            .and_then(|r| r.replaced_by.clone())
            .or_else(|| self.engine.exercises().get(index).map(|e| e.id.clone()))
            .unwrap_or_default();
        self.named(index, id)
    }

    pub(super) fn named(&self, index: usize, id: String) -> ExerciseRef {
        let name = self
            .names
            .iter()
            .find(|(known, _)| *known == id)
            .map_or_else(
                || LocalizedText::new(id.as_str(), id.as_str()),
                |(_, n)| n.clone(),
            );
        ExerciseRef { index, id, name }
    }

    /// Ties the session's clock to the wall clock again: `wall` is the time at monotonic `mono`.
    /// A face whose session clock runs faster than real time (`--speed`) calls it before each
    /// action, so that entries carry the real time of day.
    pub fn anchor(&mut self, wall: DateTime<FixedOffset>, mono: Millis) {
        self.wall_origin = wall;
        self.mono_origin = mono;
    }

    /// The wall-clock time at monotonic `mono`.
    pub fn wall_at(&self, mono: Millis) -> DateTime<FixedOffset> {
        self.wall_origin
            + Duration::milliseconds(
                i64::try_from(mono.saturating_sub(self.mono_origin)).unwrap_or(i64::MAX),
            )
    }

    /// Entries the journal refused (a full disk, a folder gone): the face offers them again or
    /// prints them so nothing is lost.
    pub fn take_unsaved(&mut self) -> Vec<WriteFailure> {
        std::mem::take(&mut self.unsaved)
    }

    /// When the coach wants to be asked again (`tick`) at the latest: the end of a timer, the
    /// next paced repetition, the next second of a countdown.
    pub fn next_wake(&self, now: Millis) -> Option<Millis> {
        self.wake(now)
    }

    /// Time passed: ends every timer whose deadline has passed (each exactly at its deadline),
    /// paces the repetitions, counts down.
    pub fn tick(&mut self, now: Millis) -> Vec<CoachEvent> {
        if self.ended {
            return Vec::new();
        }
        let engine_events = self.engine.advance(now);
        let mut events = self.translate(now, engine_events);
        self.after(now, &mut events);
        events
    }

    /// Carries out an action of the patient at monotonic `now`.
    pub fn act(&mut self, now: Millis, action: Action) -> Vec<CoachEvent> {
        if self.ended {
            return Vec::new();
        }
        let passed = self.engine.advance(now);
        let mut events = self.translate(now, passed);
        let engine_events = match action {
            Action::CheckIn(answers) => return self.check_in(now, &answers, events),
            Action::Start => {
                let started = self.engine.ensure_started(now);
                if started.is_empty() && self.stage() == Stage::Exercises {
                    // Resumed: say where the session stands.
                    self.said = Said::default();
                    events.extend(self.step_events(self.engine.index()));
                }
                started
            }
            Action::SetDone => self.engine.done(now),
            Action::Pause => {
                let was = self.engine.is_paused();
                let e = self.engine.pause(now);
                if !was && self.engine.is_paused() {
                    events.push(CoachEvent::Paused);
                }
                e
            }
            Action::Resume => {
                if self.engine.is_paused() && !self.engine.is_hurting() {
                    events.push(CoachEvent::Resumed);
                }
                self.engine.resume_clock(now)
            }
            Action::Skip(reason) => self.engine.skip(now, reason),
            Action::Hurts => {
                let e = self.engine.hurts(now);
                if self.engine.is_hurting() {
                    self.hurt = None;
                    events.push(CoachEvent::HurtAsked);
                }
                e
            }
            Action::HurtPain(pain) => {
                if self.engine.is_hurting() {
                    self.hurt = Some(self.engine.hurt_pain(pain));
                }
                Vec::new()
            }
            Action::HurtChoice(choice) => {
                self.hurt = None;
                self.record_adverse_event(now, choice, &mut events);
                self.engine.hurt_choice(now, choice)
            }
            Action::Finish(answers) => {
                events.extend(self.finish(now, &answers));
                return events;
            }
            Action::Quit => {
                let e = self.engine.quit(now);
                events.extend(self.translate(now, e));
                events.extend(self.save_session(now, Ending::Partial, &Answers::new()));
                return events;
            }
        };
        let translated = self.translate(now, engine_events);
        events.extend(translated);
        self.after(now, &mut events);
        events
    }

    /// After the engine moved: paced counts and countdowns; a session stopped early is saved.
    fn after(&mut self, now: Millis, events: &mut Vec<CoachEvent>) {
        events.extend(self.paced(now));
    }
}

fn stop_pain(catalog: &Catalog, plan: &SessionPlan) -> u32 {
    catalog
        .programs
        .get(&plan.program)
        .map_or(5, |p| p.value.progression.session_pain_stop)
}
