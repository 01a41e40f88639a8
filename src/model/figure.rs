//! A figure (`kern.figure/1`): a stick figure of an exercise, drawn by kern from named joints in a
//! few keyframes (at least `start` and `end`), with props such as a mat, a chair or a wall.
//!
//! A figure lives in its own file beside the exercises (`exercises/figures/<exercise-id>.toml`).
//! Coordinates are in centimetres of a box `box = [width, height]`, measured from its bottom-left
//! corner: `y = 0` is the floor, `y` grows upwards.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A point `[x, y]` in centimetres from the box's bottom-left corner.
pub type Point = [f64; 2];

/// Which way the figure is seen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum View {
    /// From the side, the person's right side towards you: right limbs are in front.
    RightSide,
    /// From the side, the person's left side towards you: left limbs are in front.
    LeftSide,
    /// From the front (the person's left is on your right).
    Front,
}

impl View {
    /// The kebab-case name used in files.
    pub fn name(self) -> &'static str {
        match self {
            View::RightSide => "right-side",
            View::LeftSide => "left-side",
            View::Front => "front",
        }
    }
}

/// A thing drawn with the figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum PropKind {
    /// The floor: a line at `y = 0` from `from` to `to` (the whole box when left out).
    Floor,
    /// An exercise mat on the floor, from `from` to `to`.
    Mat,
    /// A chair whose seat's front edge is at `x`, seat `height` cm high (45), facing `facing`.
    Chair,
    /// A wall: a vertical line at `x`, `height` cm high (the whole box when left out).
    Wall,
    /// A step or stair from `from` to `to`, `height` cm high (18).
    Step,
}

impl PropKind {
    /// The kebab-case name used in files.
    pub fn name(self) -> &'static str {
        match self {
            PropKind::Floor => "floor",
            PropKind::Mat => "mat",
            PropKind::Chair => "chair",
            PropKind::Wall => "wall",
            PropKind::Step => "step",
        }
    }
}

/// Left or right, as drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Facing {
    /// Towards the left of the picture.
    Left,
    /// Towards the right of the picture.
    Right,
}

/// A prop: a floor line, mat, chair, wall or step.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Prop {
    /// What it is.
    pub kind: PropKind,
    /// Left end (floor, mat, step), in cm.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<f64>,
    /// Right end (floor, mat, step), in cm.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<f64>,
    /// Where it stands (chair: the seat's front edge; wall: the wall's face), in cm.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub x: Option<f64>,
    /// How high (chair: the seat, 45; step: 18; wall: the whole box), in cm.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub height: Option<f64>,
    /// Which way a chair faces (the way a person sitting on it looks).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub facing: Option<Facing>,
}

/// The positions of the joints in one keyframe. `shoulder`, `elbow`, `hand`, `hip`, `knee` and
/// `foot` set both sides at once; `left_...` and `right_...` set one side where the sides differ.
/// A joint left out keeps its place from the first keyframe (which must place every joint).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Keyframe {
    /// Its name: `start`, `end`, or another position passed on the way.
    pub name: String,
    /// The centre of the head.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub head: Option<Point>,
    /// The base of the neck, between the shoulders.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub neck: Option<Point>,
    /// The middle of the back, for a back that bends (cat-camel); optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub spine: Option<Point>,
    /// Both shoulders.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shoulder: Option<Point>,
    /// The left shoulder.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub left_shoulder: Option<Point>,
    /// The right shoulder.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub right_shoulder: Option<Point>,
    /// Both elbows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub elbow: Option<Point>,
    /// The left elbow.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub left_elbow: Option<Point>,
    /// The right elbow.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub right_elbow: Option<Point>,
    /// Both hands.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hand: Option<Point>,
    /// The left hand.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub left_hand: Option<Point>,
    /// The right hand.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub right_hand: Option<Point>,
    /// Both hips.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hip: Option<Point>,
    /// The left hip.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub left_hip: Option<Point>,
    /// The right hip.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub right_hip: Option<Point>,
    /// Both knees.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub knee: Option<Point>,
    /// The left knee.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub left_knee: Option<Point>,
    /// The right knee.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub right_knee: Option<Point>,
    /// Both feet (the ankles).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub foot: Option<Point>,
    /// The left foot (ankle).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub left_foot: Option<Point>,
    /// The right foot (ankle).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub right_foot: Option<Point>,
}

/// How the feet are held.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Feet {
    /// At a right angle to the shin, as when standing.
    #[default]
    Flexed,
    /// Pointed, nearly in line with the shin, as when lying face down or kneeling.
    Pointed,
}

/// A part of the body, for highlights and for limbs that turn out of the picture.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Limb {
    /// Head and neck.
    Head,
    /// From the neck to the hips.
    Trunk,
    /// The left arm.
    LeftArm,
    /// The right arm.
    RightArm,
    /// The left leg.
    LeftLeg,
    /// The right leg.
    RightLeg,
}

impl Limb {
    /// The name used in files.
    pub fn name(self) -> &'static str {
        match self {
            Limb::Head => "head",
            Limb::Trunk => "trunk",
            Limb::LeftArm => "left_arm",
            Limb::RightArm => "right_arm",
            Limb::LeftLeg => "left_leg",
            Limb::RightLeg => "right_leg",
        }
    }
}

/// Which keyframes each part of a repetition passes through; the seconds come from the dose's
/// tempo ("2-1-2": up, hold, down).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Motion {
    /// The keyframes passed through while moving, in order (default: `["end"]`).
    #[serde(default = "end_only")]
    pub up: Vec<String>,
    /// The keyframe held (default: `end`).
    #[serde(default = "end_name")]
    pub hold: String,
    /// The keyframes passed through on the way back, in order (default: `["start"]`).
    #[serde(default = "start_only")]
    pub down: Vec<String>,
}

impl Default for Motion {
    fn default() -> Self {
        Self {
            up: end_only(),
            hold: end_name(),
            down: start_only(),
        }
    }
}

fn end_only() -> Vec<String> {
    vec![end_name()]
}

fn start_only() -> Vec<String> {
    vec!["start".to_owned()]
}

fn end_name() -> String {
    "end".to_owned()
}

/// A figure file (`kern.figure/1`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Figure {
    /// Always `kern.figure/1`.
    pub format: String,
    /// The exercise it shows; optional, and when given it must equal the file name without `.toml`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exercise: Option<String>,
    /// How it is seen: right-side, left-side or front.
    pub view: View,
    /// Width and height of the picture, in cm.
    #[serde(rename = "box")]
    pub size: [f64; 2],
    /// How the feet are held: flexed (as when standing) or pointed (lying face down, kneeling).
    #[serde(default, skip_serializing_if = "is_flexed")]
    pub feet: Feet,
    /// Parts drawn in the highlight colour: the moving part.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub highlight: Vec<Limb>,
    /// Joints whose path from start to end gets an arrow, such as `right_hand`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub arrows: Vec<String>,
    /// Limbs that turn towards or away from you, so that their drawn length may change.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub out_of_plane: Vec<Limb>,
    /// Floor, mat, chair, wall, step.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub props: Vec<Prop>,
    /// Which keyframes a repetition passes through.
    #[serde(default)]
    pub motion: Motion,
    /// The positions: the first is `start`, and one is named `end`.
    pub keyframes: Vec<Keyframe>,
}

fn is_flexed(feet: &Feet) -> bool {
    *feet == Feet::Flexed
}
