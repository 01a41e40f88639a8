//! Where the figure is at a moment of a repetition: moving up through the `up` keyframes, holding
//! the `hold` one, coming back through the `down` ones, timed by the dose's tempo.

use super::blend::blend;
use super::pose::Pose;
use crate::model::Figure;
use crate::session::Work;

/// The part of a repetition.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Resting in the start position.
    Rest,
    /// Moving towards the end position.
    Up,
    /// Holding the end position.
    Hold,
    /// Coming back to the start.
    Down,
}

/// A figure's keyframes resolved into poses, ready to be shown at any moment.
#[derive(Debug, Clone)]
pub struct Animation {
    names: Vec<String>,
    poses: Vec<Pose>,
    up: Vec<usize>,
    hold: usize,
    down: Vec<usize>,
}

impl Animation {
    /// Prepares a figure; `None` when its keyframes do not resolve (a file that failed its checks).
    pub fn new(figure: &Figure) -> Option<Animation> {
        let poses = super::pose::resolve(&figure.keyframes).ok()?;
        if poses.is_empty() {
            return None;
        }
        let names: Vec<String> = figure.keyframes.iter().map(|k| k.name.clone()).collect();
        let find = |name: &str| names.iter().position(|n| n == name);
        let last = poses.len() - 1;
        let end = find("end").unwrap_or(last);
        let list = |names: &[String], fallback: usize| -> Vec<usize> {
            let found: Vec<usize> = names.iter().filter_map(|n| find(n)).collect();
            if found.is_empty() {
                vec![fallback]
            } else {
                found
            }
        };
        let up = list(&figure.motion.up, end);
        let hold = find(&figure.motion.hold).unwrap_or(end);
        let down = list(&figure.motion.down, 0);
        Some(Animation {
            names,
            poses,
            up,
            hold,
            down,
        })
    }

    /// The start position.
    pub fn start(&self) -> Pose {
        self.poses[0]
    }

    /// The end position (the keyframe named `end`, else the last).
    pub fn end(&self) -> Pose {
        let end = self.names.iter().position(|n| n == "end");
        self.poses[end.unwrap_or(self.poses.len() - 1)]
    }

    /// The pose `progress` (0 to 1) of the way through a stage.
    pub fn at(&self, stage: Stage, progress: f64) -> Pose {
        match stage {
            Stage::Rest => self.poses[0],
            Stage::Hold => self.poses[self.hold],
            Stage::Up => self.along(0, &self.up, progress),
            Stage::Down => self.along(self.hold, &self.down, progress),
        }
    }

    /// The pose `progress` of the way from keyframe `from` through `path`, each step taking an
    /// equal share of the time.
    fn along(&self, from: usize, path: &[usize], progress: f64) -> Pose {
        let steps = path.len().max(1) as f64;
        let scaled = progress.clamp(0.0, 1.0) * steps;
        let step = (scaled.floor() as usize).min(path.len().saturating_sub(1));
        let before = if step == 0 { from } else { path[step - 1] };
        let after = path.get(step).copied().unwrap_or(before);
        blend(
            &self.poses[before],
            &self.poses[after],
            scaled - step as f64,
        )
    }
}

/// The seconds of one repetition: moving, holding the end, coming back.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Tempo {
    /// Seconds to move to the end position.
    pub up: f64,
    /// Seconds held at the end position.
    pub hold: f64,
    /// Seconds to come back.
    pub down: f64,
}

impl From<[u32; 3]> for Tempo {
    /// The phases the coach paces a set by ([`crate::coach::tempo`]: the dose's "2-1-2", the
    /// pause as long as the dose's hold); a phase of no time is a blink.
    fn from(phases: [u32; 3]) -> Tempo {
        let [up, hold, down] = phases.map(f64::from);
        Tempo {
            up: up.max(0.5),
            hold,
            down: down.max(0.5),
        }
    }
}

impl Tempo {
    /// One slow breath (six seconds, as the coach paces them): the figure's movement in on the
    /// way in, a moment's pause, out on the way out.
    pub const BREATH: Tempo = Tempo {
        up: 2.5,
        hold: 0.5,
        down: 3.0,
    };
    /// An easy rhythm for a timed bout (walking): one stride each way.
    pub const STRIDE: Tempo = Tempo {
        up: 0.6,
        hold: 0.0,
        down: 0.6,
    };

    /// The length of one repetition, in seconds.
    pub fn seconds(&self) -> f64 {
        self.up + self.hold + self.down
    }

    /// Where a repetition stands `elapsed` seconds after it began: the stage and how far
    /// through it (0 to 1). Past the end it rests in the start position.
    pub fn moment(&self, elapsed: f64) -> (Stage, f64) {
        let t = elapsed.max(0.0);
        if t < self.up {
            (Stage::Up, t / self.up)
        } else if t < self.up + self.hold {
            (Stage::Hold, (t - self.up) / self.hold)
        } else if t < self.seconds() {
            (Stage::Down, (t - self.up - self.hold) / self.down)
        } else {
            (Stage::Rest, 0.0)
        }
    }
}

/// Where the figure is `elapsed_ms` into a step of work, the repetitions paced as the coach
/// paces them: a set of repetitions moves up, holds and comes back with the dose's tempo, one
/// after the other; a hold shows the end position; breaths rise and fall; a timed bout strides.
/// `None` for `elapsed_ms` while the clock is stopped: the figure waits in its start position
/// (in its end position during a hold).
pub fn during(work: &Work, elapsed_ms: Option<u64>) -> (Stage, f64) {
    let tempo = match work {
        Work::Hold { .. } => return (Stage::Hold, 0.0),
        Work::Reps {
            tempo,
            hold_seconds,
            ..
        } => Tempo::from(crate::coach::tempo(tempo.as_deref(), *hold_seconds)),
        Work::Breaths { .. } => Tempo::BREATH,
        Work::Timed { .. } => Tempo::STRIDE,
    };
    let Some(elapsed_ms) = elapsed_ms else {
        return (Stage::Rest, 0.0);
    };
    let seconds = elapsed_ms as f64 / 1000.0;
    tempo.moment(seconds % tempo.seconds())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reps(tempo: Option<&str>, hold_seconds: Option<u32>) -> Work {
        Work::Reps {
            reps: 10,
            hold_seconds,
            tempo: tempo.map(str::to_owned),
        }
    }

    #[test]
    fn a_repetition_moves_up_holds_and_comes_back_with_the_coachs_tempo() {
        let work = reps(Some("2-1-3"), None);
        assert_eq!(during(&work, Some(0)), (Stage::Up, 0.0));
        assert_eq!(during(&work, Some(1_000)), (Stage::Up, 0.5));
        assert_eq!(during(&work, Some(2_500)), (Stage::Hold, 0.5));
        assert_eq!(during(&work, Some(4_500)), (Stage::Down, 0.5));
        // The second repetition starts where the first began, 6 s later.
        assert_eq!(during(&work, Some(7_000)), (Stage::Up, 0.5));
        // A hold at the end of each repetition lengthens the pause; no tempo is 2-1-2.
        let held = reps(None, Some(10));
        assert_eq!(during(&held, Some(2_000)).0, Stage::Hold);
        assert_eq!(during(&held, Some(11_900)).0, Stage::Hold);
        assert_eq!(during(&held, Some(12_000)), (Stage::Down, 0.0));
    }

    #[test]
    fn a_hold_shows_the_end_and_a_stopped_clock_the_start() {
        let hold = Work::Hold {
            hold: 1,
            of: 1,
            seconds: 20,
        };
        assert_eq!(during(&hold, Some(7_000)), (Stage::Hold, 0.0));
        assert_eq!(during(&hold, None), (Stage::Hold, 0.0));
        assert_eq!(during(&reps(None, None), None), (Stage::Rest, 0.0));
        let (stage, _) = during(&Work::Breaths { breaths: 6 }, Some(2_600));
        assert_eq!(stage, Stage::Hold);
        let walking = Work::Timed { seconds: 60 };
        assert_eq!(during(&walking, Some(600)), (Stage::Down, 0.0));
    }

    #[test]
    fn a_phase_of_no_time_is_skipped() {
        let t = Tempo::from([2, 0, 2]);
        assert_eq!(t.moment(2.0), (Stage::Down, 0.0));
        assert_eq!(t.moment(4.0), (Stage::Rest, 0.0));
    }
}
