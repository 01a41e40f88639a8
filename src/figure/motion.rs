//! Where the figure is at a moment of a repetition: moving up through the `up` keyframes, holding
//! the `hold` one, coming back through the `down` ones.

use super::blend::blend;
use super::pose::Pose;
use crate::model::Figure;

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
