//! From the engine's events to the coach's: each step said as what it is (get ready, a set, switch
//! sides, a rest and what comes next), each set recorded with a checkpoint, and within a step
//! the paced repetitions and the countdown seconds worth saying, none of them late.

use crate::journal::{Side, SkipReason};
use crate::session::steps::{GET_READY_SECONDS, RELAX_SECONDS, SWITCH_SIDE_SECONDS};
use crate::session::{Event, Millis, Step, Work};

use super::super::event::{CoachEvent, Countdown};
use super::super::pace;
use super::Coach;

/// A paced beat more than this late is not sent: a count is never said late.
const LATE_MS: Millis = 1000;

/// What was said of the current step, so nothing is said twice.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Said {
    beat: Option<usize>,
    tick: Option<u32>,
}

impl Coach {
    /// The engine's events in the coach's words; a checkpoint after every set.
    pub(super) fn translate(&mut self, now: Millis, events: Vec<Event>) -> Vec<CoachEvent> {
        let mut out = Vec::new();
        for event in events {
            match event {
                Event::StepStarted(i) => {
                    self.said = Said::default();
                    out.extend(self.step_events(i));
                }
                Event::SetCompleted { exercise, set } => {
                    out.push(CoachEvent::SetDone {
                        exercise: self.exercise(exercise),
                        set,
                    });
                    self.save_checkpoint(now, &mut out);
                }
                Event::ExerciseSkipped(i) => out.push(CoachEvent::Skipped {
                    exercise: self.exercise(i),
                    reason: self.engine.records()[i]
                        .skipped
                        .as_ref()
                        .map_or(SkipReason::Other, |s| s.reason),
                }),
                Event::ExerciseReplaced { exercise, by } => {
                    let planned = self.engine.exercises()[exercise].id.clone();
                    out.push(CoachEvent::Replaced {
                        exercise: self.named(exercise, planned),
                        by: self.named(exercise, by),
                    });
                }
                Event::TimerEnded(_) | Event::Ended { .. } => {}
            }
        }
        out
    }

    /// What the start of step `i` is, for the faces.
    pub(super) fn step_events(&self, i: usize) -> Vec<CoachEvent> {
        let steps = self.engine.steps();
        let Some(step) = steps.get(i) else {
            return Vec::new();
        };
        let dose = |e: usize| self.engine.exercises().get(e).map(|x| x.dose.clone());
        match step {
            Step::CheckIn => Vec::new(),
            Step::GetReady => dose(0)
                .map(|dose| CoachEvent::GetReady {
                    exercise: self.exercise(0),
                    dose,
                    seconds: GET_READY_SECONDS,
                })
                .into_iter()
                .collect(),
            Step::Work {
                exercise,
                set,
                sets,
                side,
                work,
                ..
            } => {
                let first = steps
                    .iter()
                    .position(|s| matches!(s, Step::Work { exercise: e, .. } if e == exercise))
                    == Some(i);
                let starts_set = *side != Some(Side::Right)
                    && !matches!(work, Work::Hold { hold, .. } if *hold > 1);
                let Some(dose) = dose(*exercise) else {
                    return Vec::new();
                };
                let mut events = vec![CoachEvent::SetStarted {
                    exercise: self.exercise(*exercise),
                    dose,
                    set: *set,
                    sets: *sets,
                    side: *side,
                    work: work.clone(),
                    first,
                }];
                if *sets > 1 && set == sets && starts_set {
                    events.push(CoachEvent::LastSet {
                        exercise: self.exercise(*exercise),
                    });
                }
                events
            }
            Step::SwitchSide { exercise } => vec![CoachEvent::SwitchSide {
                exercise: self.exercise(*exercise),
                to: Side::Right,
                seconds: SWITCH_SIDE_SECONDS,
            }],
            Step::Relax { .. } => vec![CoachEvent::Relax {
                seconds: RELAX_SECONDS,
            }],
            Step::Rest { seconds, next } => {
                let mut events = vec![CoachEvent::Rest {
                    seconds: *seconds,
                    next: self.exercise(*next),
                }];
                let between = i
                    .checked_sub(1)
                    .and_then(|p| steps.get(p))
                    .is_none_or(|prev| prev.exercise() != Some(*next));
                if let (true, Some(dose)) = (between, dose(*next)) {
                    events.push(CoachEvent::NextUp {
                        exercise: self.exercise(*next),
                        dose,
                    });
                }
                events
            }
            Step::CheckOut => vec![CoachEvent::CheckOut],
        }
    }

    fn running(&self) -> bool {
        !self.ended
            && self.engine.ended().is_none()
            && !self.engine.is_paused()
            && !self.engine.is_hurting()
    }

    /// Within the current step: the paced repetitions (a hands-free set ends after the last) and
    /// the countdown seconds worth saying.
    pub(super) fn paced(&mut self, now: Millis) -> Vec<CoachEvent> {
        let mut events = Vec::new();
        // Each turn ends a hands-free set; a session has finitely many.
        for _ in 0..self.engine.steps().len() + 1 {
            if !self.running() {
                break;
            }
            let step = self.engine.current().clone();
            let Step::Work {
                exercise,
                work:
                    Work::Reps {
                        reps,
                        hold_seconds,
                        tempo,
                    },
                ..
            } = step
            else {
                events.extend(self.countdown(now));
                break;
            };
            let tempo = pace::tempo(tempo.as_deref(), hold_seconds);
            let started = self.engine.step_started();
            let elapsed = now.saturating_sub(started);
            let length = pace::set_length(reps, tempo);
            if self.hands_free && elapsed >= length {
                let done = self.engine.done(started + length);
                events.extend(self.translate(now, done));
                let caught_up = self.engine.advance(now);
                events.extend(self.translate(now, caught_up));
                continue;
            }
            let beats = pace::beats(reps, tempo);
            if let Some(k) = beats.iter().rposition(|b| b.at <= elapsed)
                && self.said.beat.is_none_or(|said| k > said)
            {
                self.said.beat = Some(k);
                let beat = beats[k];
                if elapsed - beat.at < LATE_MS {
                    events.push(CoachEvent::Count {
                        exercise: self.exercise(exercise),
                        rep: beat.rep,
                        of: reps,
                        phase: beat.phase,
                        seconds: beat.seconds,
                        at: started + beat.at,
                    });
                }
            }
            break;
        }
        if self.engine.ended() == Some(false) && !self.ended {
            events.extend(self.save_session(
                now,
                super::super::event::Ending::Partial,
                &super::super::questions::Answers::new(),
            ));
        }
        events
    }

    fn countdown(&mut self, now: Millis) -> Option<CoachEvent> {
        let during = match self.engine.current() {
            Step::GetReady => Countdown::GetReady,
            Step::Work { work, .. } => match work {
                Work::Hold { .. } => Countdown::Hold,
                Work::Timed { .. } => Countdown::Timed,
                Work::Breaths { .. } => Countdown::Breaths,
                Work::Reps { .. } => return None,
            },
            Step::SwitchSide { .. } => Countdown::SwitchSide,
            Step::Relax { .. } => Countdown::Relax,
            Step::Rest { .. } => Countdown::Rest,
            Step::CheckIn | Step::CheckOut => return None,
        };
        let total = u32::try_from(self.engine.current().duration_ms()? / 1000).unwrap_or(u32::MAX);
        let left = u32::try_from(self.engine.remaining(now)?.div_ceil(1000)).unwrap_or(u32::MAX);
        let deadline = self.engine.deadline()?;
        if pace::worth_saying(left, total) && self.said.tick != Some(left) {
            self.said.tick = Some(left);
            return Some(CoachEvent::HoldTick {
                during,
                seconds_left: left,
                of: total,
                at: deadline.saturating_sub(u64::from(left) * 1000),
            });
        }
        None
    }

    /// The next moment something is due: a deadline, a paced beat, a countdown second.
    pub(super) fn wake(&self, now: Millis) -> Option<Millis> {
        if !self.running() {
            return None;
        }
        if let Step::Work {
            work:
                Work::Reps {
                    reps,
                    hold_seconds,
                    tempo,
                },
            ..
        } = self.engine.current()
        {
            let tempo = pace::tempo(tempo.as_deref(), *hold_seconds);
            let started = self.engine.step_started();
            let elapsed = now.saturating_sub(started);
            let next_beat = pace::beats(*reps, tempo)
                .iter()
                .map(|b| started + b.at)
                .find(|at| *at > now);
            let end = self
                .hands_free
                .then(|| started + pace::set_length(*reps, tempo))
                .filter(|_| elapsed < pace::set_length(*reps, tempo));
            return match (next_beat, end) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b).or(self.hands_free.then_some(now)),
            };
        }
        let deadline = self.engine.deadline()?;
        let left = deadline.saturating_sub(now);
        let next_second = match left % 1000 {
            0 => 1000,
            r => r,
        };
        Some((now + next_second).min(deadline))
    }
}
