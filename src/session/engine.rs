//! The session state machine. It advances on the patient's events (start, done, pause, resume,
//! skip, "this hurts", quit) and on time: `advance(now)` ends every timer whose deadline has
//! passed. Timers are deadlines on a monotonic clock given by the caller in milliseconds, never
//! accumulated ticks: a step that ends on time starts the next step at exactly its deadline, so a
//! whole session has no drift, and a pause moves the deadline by exactly the time paused.

use crate::journal::{ExerciseRecord, Score, SetRecord, Skip, SkipReason};
use crate::model::{DoseKind, Prescription};

use super::steps::{Step, Work, exercise_steps, session_steps};

/// Milliseconds on the session's monotonic clock.
pub type Millis = u64;

/// What happened, for the shell to show, sound or save.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    /// A new step began (its index).
    StepStarted(usize),
    /// A timed step reached its end (its index).
    TimerEnded(usize),
    /// A set (or one side of it) was completed: the moment to save a checkpoint.
    SetCompleted {
        /// Exercise index.
        exercise: usize,
        /// The set as recorded.
        set: SetRecord,
    },
    /// An exercise was skipped.
    ExerciseSkipped(usize),
    /// An exercise was replaced by its easier variant.
    ExerciseReplaced {
        /// Exercise index.
        exercise: usize,
        /// The easier exercise's id.
        by: String,
    },
    /// The session is over (every step done, stopped, or quit).
    Ended {
        /// Whether it ran to its end.
        complete: bool,
    },
}

/// An exercise of the session, with what "this hurts" can offer instead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionExercise {
    /// The exercise id.
    pub id: String,
    /// The dose.
    pub dose: Prescription,
    /// The easier variant and its starting dose, if the exercise has one.
    pub easier: Option<(String, Prescription)>,
}

/// What the patient may choose after "this hurts" and a pain score.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HurtOptions {
    /// Going on is offered only when the pain is within the program's limit.
    pub may_continue: bool,
    /// The easier variant, when there is one.
    pub easier: Option<String>,
}

/// The choice after "this hurts".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HurtChoice {
    /// Go on (only when the pain is within the limit).
    Continue,
    /// Do the easier variant for the rest of this exercise.
    Easier,
    /// Skip this exercise.
    Skip,
    /// Stop the session.
    Stop,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Timer {
    /// Waiting for the patient (or not started).
    Idle,
    /// Running until the deadline.
    Running(Millis),
    /// Paused at `at` with this much left (None: an untimed step).
    Paused {
        /// Time left on the timer.
        left: Option<Millis>,
        /// When the pause began.
        at: Millis,
    },
}

/// A session in progress.
#[derive(Debug, Clone)]
pub struct Engine {
    steps: Vec<Step>,
    exercises: Vec<SessionExercise>,
    records: Vec<ExerciseRecord>,
    index: usize,
    timer: Timer,
    step_started: Millis,
    hurting: bool,
    stop_pain: u32,
    active_ms: Millis,
    active_since: Option<Millis>,
    ended: Option<bool>,
    stopped_early: bool,
}

impl Engine {
    /// A session over these exercises. `stop_pain` is the program's `session_pain_stop`.
    pub fn new(exercises: Vec<SessionExercise>, stop_pain: u32) -> Engine {
        let doses: Vec<Prescription> = exercises.iter().map(|e| e.dose.clone()).collect();
        let records = exercises
            .iter()
            .map(|e| ExerciseRecord {
                exercise: e.id.clone(),
                planned: e.dose.clone(),
                replaced_by: None,
                sets: Vec::new(),
                skipped: None,
                pain_during: None,
                effort: None,
            })
            .collect();
        Engine {
            steps: session_steps(&doses),
            exercises,
            records,
            index: 0,
            timer: Timer::Idle,
            step_started: 0,
            hurting: false,
            stop_pain,
            active_ms: 0,
            active_since: None,
            ended: None,
            stopped_early: false,
        }
    }

    /// Continues a session from a checkpoint: the records so far and the next step to do. It
    /// continues right after the last set recorded (a checkpoint is saved right after one);
    /// `next_step` counts only when no set is recorded. An exercise replaced by its easier variant
    /// runs what is left of the variant, the sets already recorded left out.
    pub fn resume(
        exercises: Vec<SessionExercise>,
        stop_pain: u32,
        records: Vec<ExerciseRecord>,
        next_step: usize,
        now: Millis,
    ) -> Engine {
        let mut engine = Engine::new(exercises, stop_pain);
        for (slot, saved) in engine.records.iter_mut().zip(records) {
            *slot = saved;
        }
        // Rebuild the steps of replaced exercises from their first set, so the rest runs the
        // easier variant. `next_step` counted in the steps as they were then, which a replacement
        // may have lengthened or shortened: the place to go on is found from the records instead.
        let mut rest_of_replaced = vec![None; engine.records.len()];
        for (i, rest) in rest_of_replaced.iter_mut().enumerate() {
            let Some((id, dose)) = engine.exercises[i].easier.clone() else {
                continue;
            };
            let first = engine
                .steps
                .iter()
                .position(|s| matches!(s, Step::Work { exercise, .. } if *exercise == i));
            if let (Some(by), Some(first)) = (&engine.records[i].replaced_by, first)
                && *by == id
            {
                engine.replace_remaining(i, &dose, first, true);
                *rest = Some(first);
            }
        }
        let last_set = engine
            .records
            .iter()
            .enumerate()
            .rev()
            .find_map(|(i, r)| r.sets.last().map(|set| (i, set.clone())));
        let at = match last_set {
            None => Some(next_step),
            Some((exercise, _)) if rest_of_replaced[exercise].is_some() => {
                rest_of_replaced[exercise]
            }
            Some((exercise, last)) => engine
                .steps
                .iter()
                .position(|s| {
                    matches!(s, Step::Work { exercise: e, set, side, ends_set: true, .. }
                        if *e == exercise && *set == last.set && *side == last.side)
                })
                .map(|i| i + 1),
        };
        engine.index = at
            .unwrap_or(next_step)
            .min(engine.steps.len().saturating_sub(1));
        engine.active_since = Some(now);
        engine.begin_step(now);
        engine
    }

    /// Every step.
    pub fn steps(&self) -> &[Step] {
        &self.steps
    }

    /// The index of the current step.
    pub fn index(&self) -> usize {
        self.index
    }

    /// The current step.
    pub fn current(&self) -> &Step {
        &self.steps[self.index.min(self.steps.len() - 1)]
    }

    /// The exercises.
    pub fn exercises(&self) -> &[SessionExercise] {
        &self.exercises
    }

    /// What was done so far, exercise by exercise.
    pub fn records(&self) -> &[ExerciseRecord] {
        &self.records
    }

    /// Whether the session is over, and if so whether it ran to its end.
    pub fn ended(&self) -> Option<bool> {
        self.ended
    }

    /// Whether the clock is paused.
    pub fn is_paused(&self) -> bool {
        matches!(self.timer, Timer::Paused { .. })
    }

    /// Whether "this hurts" is waiting for a pain score and a choice.
    pub fn is_hurting(&self) -> bool {
        self.hurting
    }

    /// Milliseconds left on the current timer, if it runs on one.
    pub fn remaining(&self, now: Millis) -> Option<Millis> {
        match self.timer {
            Timer::Running(deadline) => Some(deadline.saturating_sub(now)),
            Timer::Paused { left, .. } => left,
            Timer::Idle => None,
        }
    }

    /// When the current step began (moved on by pauses).
    pub fn step_started(&self) -> Millis {
        self.step_started
    }

    /// The deadline of the running timer (for the shell to wake up at).
    pub fn deadline(&self) -> Option<Millis> {
        match self.timer {
            Timer::Running(deadline) => Some(deadline),
            _ => None,
        }
    }

    /// Milliseconds of the session spent not paused, up to `now`.
    pub fn active_ms(&self, now: Millis) -> Millis {
        self.active_ms
            + self
                .active_since
                .map_or(0, |since| now.saturating_sub(since))
    }

    /// Begins the session: the check-in comes first.
    pub fn start(&mut self, now: Millis) -> Vec<Event> {
        self.index = 0;
        self.active_since = Some(now);
        self.begin_step(now);
        vec![Event::StepStarted(0)]
    }

    /// Starts the session unless it already runs (a resumed session does).
    pub fn ensure_started(&mut self, now: Millis) -> Vec<Event> {
        if self.active_since.is_none() && self.ended.is_none() && !self.is_paused() {
            let index = self.index;
            self.active_since = Some(now);
            self.begin_step(now);
            return vec![Event::StepStarted(index)];
        }
        Vec::new()
    }

    fn begin_step(&mut self, at: Millis) {
        self.step_started = at;
        self.timer = match self.current().duration_ms() {
            Some(ms) => Timer::Running(at + ms),
            None => Timer::Idle,
        };
    }

    /// Moves to the next step at moment `at` (the old deadline for timed steps).
    fn next_step(&mut self, at: Millis, events: &mut Vec<Event>) {
        if self.index + 1 >= self.steps.len() {
            self.finish(at, true, events);
            return;
        }
        self.index += 1;
        self.begin_step(at);
        events.push(Event::StepStarted(self.index));
    }

    fn finish(&mut self, at: Millis, complete: bool, events: &mut Vec<Event>) {
        if self.ended.is_some() {
            return;
        }
        if let Some(since) = self.active_since.take() {
            self.active_ms += at.saturating_sub(since);
        }
        self.timer = Timer::Idle;
        self.ended = Some(complete);
        events.push(Event::Ended { complete });
    }

    /// Records the current work step as done, with `elapsed` milliseconds achieved.
    fn record_work(&mut self, elapsed: Millis, events: &mut Vec<Event>) {
        let Step::Work {
            exercise,
            set,
            side,
            work,
            ends_set,
            ..
        } = self.current().clone()
        else {
            return;
        };
        if !ends_set {
            return;
        }
        let seconds_done = u32::try_from(elapsed / 1000).unwrap_or(u32::MAX);
        let record = match work {
            Work::Reps { reps, .. } => SetRecord {
                set,
                side,
                reps: Some(reps),
                seconds: None,
                breaths: None,
            },
            Work::Hold { of, seconds, .. } => SetRecord {
                set,
                side,
                reps: Some(of),
                seconds: Some(seconds.min(seconds_done)),
                breaths: None,
            },
            Work::Timed { seconds } => SetRecord {
                set,
                side,
                reps: None,
                seconds: Some(seconds.min(seconds_done)),
                breaths: None,
            },
            Work::Breaths { breaths } => {
                let per = u64::from(super::steps::SECONDS_PER_BREATH) * 1000;
                let done = u32::try_from(elapsed / per)
                    .unwrap_or(u32::MAX)
                    .min(breaths);
                SetRecord {
                    set,
                    side,
                    reps: None,
                    seconds: None,
                    breaths: Some(done),
                }
            }
        };
        self.records[exercise].sets.push(record.clone());
        events.push(Event::SetCompleted {
            exercise,
            set: record,
        });
    }

    /// Ends every timer whose deadline has passed, each exactly at its deadline.
    pub fn advance(&mut self, now: Millis) -> Vec<Event> {
        let mut events = Vec::new();
        while self.ended.is_none() && !self.hurting {
            let Timer::Running(deadline) = self.timer else {
                break;
            };
            if deadline > now {
                break;
            }
            events.push(Event::TimerEnded(self.index));
            let elapsed = deadline - self.step_started;
            self.record_work(elapsed, &mut events);
            self.next_step(deadline, &mut events);
        }
        events
    }

    /// "Done": a set of repetitions is finished, a check-in or rest is over, or a timed step ends
    /// early (recorded with the time actually done).
    pub fn done(&mut self, now: Millis) -> Vec<Event> {
        let mut events = self.advance(now);
        if self.ended.is_some()
            || self.hurting
            || self.is_paused()
            || matches!(self.current(), Step::CheckOut)
        {
            return events;
        }
        let elapsed = now.saturating_sub(self.step_started);
        self.record_work(elapsed, &mut events);
        self.next_step(now, &mut events);
        events
    }

    /// Pauses the clock.
    pub fn pause(&mut self, now: Millis) -> Vec<Event> {
        let events = self.advance(now);
        if self.ended.is_none() && !self.is_paused() {
            let left = match self.timer {
                Timer::Running(deadline) => Some(deadline.saturating_sub(now)),
                _ => None,
            };
            self.timer = Timer::Paused { left, at: now };
            if let Some(since) = self.active_since.take() {
                self.active_ms += now.saturating_sub(since);
            }
        }
        events
    }

    /// Resumes the clock: the deadline moves by exactly the time paused.
    pub fn resume_clock(&mut self, now: Millis) -> Vec<Event> {
        if let Timer::Paused { left, at } = self.timer {
            self.step_started += now.saturating_sub(at);
            self.timer = match left {
                Some(left) => Timer::Running(now + left),
                None => Timer::Idle,
            };
            self.active_since = Some(now);
        }
        Vec::new()
    }

    /// Skips what is left of the current exercise (or the current rest) with a reason.
    pub fn skip(&mut self, now: Millis, reason: SkipReason) -> Vec<Event> {
        let mut events = self.advance(now);
        if self.ended.is_some() {
            return events;
        }
        self.resume_clock(now);
        let Some(exercise) = self.current().exercise() else {
            self.next_step(now, &mut events);
            return events;
        };
        if matches!(self.current(), Step::Rest { .. })
            && self.records[exercise].sets.is_empty()
            && reason == SkipReason::Other
        {
            // Skipping a rest only shortens the rest.
            self.next_step(now, &mut events);
            return events;
        }
        self.records[exercise].skipped = Some(Skip { reason, note: None });
        events.push(Event::ExerciseSkipped(exercise));
        while self.ended.is_none() && self.current().exercise() == Some(exercise) {
            self.next_step(now, &mut events);
        }
        events
    }

    /// "This hurts": the clock stops until a pain score and a choice are given.
    pub fn hurts(&mut self, now: Millis) -> Vec<Event> {
        let events = self.pause(now);
        if self.ended.is_none() && self.current().exercise().is_some() {
            self.hurting = true;
        }
        events
    }

    /// The pain now, after "this hurts": what may be chosen. Above the program's limit, going on
    /// is not offered.
    pub fn hurt_pain(&mut self, pain: Score) -> HurtOptions {
        let exercise = self.current().exercise().unwrap_or(0);
        let record = &mut self.records[exercise];
        record.pain_during = record.pain_during.max(Some(pain));
        HurtOptions {
            may_continue: u32::from(pain.get()) <= self.stop_pain,
            easier: self.exercises[exercise]
                .easier
                .as_ref()
                .map(|(id, _)| id.clone()),
        }
    }

    /// Carries out the choice after "this hurts".
    pub fn hurt_choice(&mut self, now: Millis, choice: HurtChoice) -> Vec<Event> {
        if !self.hurting {
            return Vec::new();
        }
        self.hurting = false;
        let exercise = self.current().exercise().unwrap_or(0);
        let allowed = self.records[exercise]
            .pain_during
            .is_none_or(|p| u32::from(p.get()) <= self.stop_pain);
        let mut events = Vec::new();
        match choice {
            HurtChoice::Continue if allowed => {
                self.resume_clock(now);
            }
            HurtChoice::Easier if self.exercises[exercise].easier.is_some() => {
                let Some((id, dose)) = self.exercises[exercise].easier.clone() else {
                    return events;
                };
                self.records[exercise].replaced_by = Some(id.clone());
                self.replace_remaining(exercise, &dose, self.index, false);
                self.resume_clock(now);
                self.begin_step(now);
                events.push(Event::ExerciseReplaced { exercise, by: id });
                events.push(Event::StepStarted(self.index));
            }
            HurtChoice::Stop => {
                self.resume_clock(now);
                self.records[exercise].skipped.get_or_insert(Skip {
                    reason: SkipReason::Pain,
                    note: None,
                });
                self.jump_to_check_out(now, &mut events);
            }
            // Skip, or a choice that is not on offer: never push through.
            _ => {
                events.extend(self.skip(now, SkipReason::Pain));
            }
        }
        events
    }

    /// Replaces the remaining steps of an exercise (from `from`) with those of its easier variant.
    /// Every set (and side) already recorded counts: only what is left is done, at the easier dose.
    /// Chosen mid-set, the variant starts straight away; `resuming`, the rest or side switch
    /// after the last set recorded comes first, as it would have.
    fn replace_remaining(
        &mut self,
        exercise: usize,
        dose: &Prescription,
        from: usize,
        resuming: bool,
    ) {
        let start = from.min(self.steps.len());
        let end = (start..self.steps.len())
            .find(|&i| self.steps[i].exercise() != Some(exercise))
            .unwrap_or(self.steps.len());
        let done = &self.records[exercise].sets;
        // A set done without sides covers both sides of the variant's set, and one side done
        // covers the variant's set without sides.
        let is_done = |step: &Step| match step {
            Step::Work { set, side, .. } => done
                .iter()
                .any(|d| d.set == *set && (d.side == *side || d.side.is_none() || side.is_none())),
            _ => false,
        };
        let steps = exercise_steps(exercise, dose);
        let after_done = steps.iter().rposition(is_done).map_or(0, |i| i + 1);
        let mut replacement: Vec<Step> = steps[after_done..]
            .iter()
            .filter(|s| !is_done(s))
            .cloned()
            .collect();
        while !resuming
            && matches!(
                replacement.first(),
                Some(Step::Rest { .. } | Step::SwitchSide { .. } | Step::Relax { .. })
            )
        {
            replacement.remove(0);
        }
        self.steps.splice(start..end, replacement);
        self.exercises[exercise].dose = dose.clone();
        if dose.kind != DoseKind::Reps {
            self.timer = Timer::Idle;
        }
    }

    /// The check-out questions are answered: the session ends, complete unless it was stopped
    /// early.
    pub fn check_out_done(&mut self, now: Millis) -> Vec<Event> {
        let mut events = Vec::new();
        if matches!(self.current(), Step::CheckOut) {
            let complete = !self.stopped_early;
            self.finish(now, complete, &mut events);
        }
        events
    }

    fn jump_to_check_out(&mut self, now: Millis, events: &mut Vec<Event>) {
        self.stopped_early = true;
        if let Some(last) = self.steps.iter().rposition(|s| *s == Step::CheckOut) {
            self.index = last;
            self.begin_step(now);
            events.push(Event::StepStarted(last));
        }
    }

    /// Quits and saves: the session ends here as a partial session.
    pub fn quit(&mut self, now: Millis) -> Vec<Event> {
        let mut events = Vec::new();
        self.resume_clock(now);
        self.hurting = false;
        self.finish(now, false, &mut events);
        events
    }

    /// Whether every exercise was done or deliberately skipped (for the session's status).
    pub fn all_exercises_done(&self) -> bool {
        self.records
            .iter()
            .all(|r| r.skipped.is_some() || r.all_sets_done() || r.replaced_by.is_some())
    }
}
