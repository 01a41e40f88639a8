//! A figure as shapes to draw (lines, circles, rectangles, arrows), in the figure's own
//! centimetres: one list serves the SVG for paper and the Braille canvas in the terminal.

use super::motion::{Animation, Stage};
use super::pose::{Joint, LIMB_BONES, Pose, distance};
use crate::model::{Facing, Feet, Figure, Limb, Point, PropKind, View};

/// How a shape is inked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ink {
    /// A part of the body: nearer (drawn bold) or further away (drawn lighter), and whether it is
    /// the moving part the figure highlights.
    Body {
        /// On the side turned towards you.
        near: bool,
        /// A highlighted part.
        highlight: bool,
    },
    /// Floor, mat, chair, wall or step.
    Prop,
    /// The arrow along a moving joint's path.
    Arrow,
}

/// One thing to draw.
#[derive(Debug, Clone, PartialEq)]
pub enum Shape {
    /// A straight line.
    Line {
        /// One end.
        from: Point,
        /// The other end.
        to: Point,
        /// Its ink.
        ink: Ink,
    },
    /// A circle (the head).
    Circle {
        /// Its centre.
        centre: Point,
        /// Its radius.
        radius: f64,
        /// Its ink.
        ink: Ink,
    },
    /// A rectangle (mat, step), by its lower-left and upper-right corners.
    Rect {
        /// Lower-left corner.
        min: Point,
        /// Upper-right corner.
        max: Point,
        /// Its ink.
        ink: Ink,
    },
    /// A path through points that ends in an arrowhead.
    Arrow {
        /// The points, in order.
        points: Vec<Point>,
    },
}

/// The radius of the head, from the neck's length in the start position.
pub fn head_radius(start: &Pose) -> f64 {
    (distance(start.at(Joint::Head), start.at(Joint::Neck)) * 0.62).clamp(3.0, 14.0)
}

/// Which limbs are on the side turned towards you.
fn is_near(view: View, limb: Limb) -> bool {
    match view {
        View::RightSide => !matches!(limb, Limb::LeftArm | Limb::LeftLeg),
        View::LeftSide => !matches!(limb, Limb::RightArm | Limb::RightLeg),
        View::Front => true,
    }
}

/// The shapes of the body in a pose: far limbs first, then trunk and head, then near limbs.
pub fn body(figure: &Figure, pose: &Pose, head_radius: f64) -> Vec<Shape> {
    let ink = |limb: Limb| Ink::Body {
        near: is_near(figure.view, limb),
        highlight: figure.highlight.contains(&limb),
    };
    let mut far = Vec::new();
    let mut middle = Vec::new();
    let mut near = Vec::new();
    for bone in &LIMB_BONES[..12] {
        if bone.limb == Limb::Head {
            continue;
        }
        let shape = Shape::Line {
            from: pose.at(bone.from),
            to: pose.at(bone.to),
            ink: ink(bone.limb),
        };
        match bone.limb {
            Limb::Trunk => middle.push(shape),
            limb if is_near(figure.view, limb) => near.push(shape),
            _ => far.push(shape),
        }
    }
    for (knee, foot, limb) in [
        (Joint::LeftKnee, Joint::LeftFoot, Limb::LeftLeg),
        (Joint::RightKnee, Joint::RightFoot, Limb::RightLeg),
    ] {
        let toes = toes(figure, pose.at(knee), pose.at(foot), limb);
        let shape = Shape::Line {
            from: pose.at(foot),
            to: toes,
            ink: ink(limb),
        };
        if is_near(figure.view, limb) {
            near.push(shape);
        } else {
            far.push(shape);
        }
    }
    let neck = pose.at(Joint::Neck);
    let spine = pose.at(Joint::Spine);
    let pelvis = pose.pelvis();
    let trunk = ink(Limb::Trunk);
    middle.push(Shape::Line {
        from: neck,
        to: spine,
        ink: trunk,
    });
    middle.push(Shape::Line {
        from: spine,
        to: pelvis,
        ink: trunk,
    });
    let head = pose.at(Joint::Head);
    let to_head = [head[0] - neck[0], head[1] - neck[1]];
    let length = to_head[0].hypot(to_head[1]).max(1e-9);
    let reach = (length - head_radius).max(0.0) / length;
    middle.push(Shape::Line {
        from: neck,
        to: [neck[0] + to_head[0] * reach, neck[1] + to_head[1] * reach],
        ink: ink(Limb::Head),
    });
    middle.push(Shape::Circle {
        centre: head,
        radius: head_radius,
        ink: ink(Limb::Head),
    });
    far.extend(middle);
    far.extend(near);
    far
}

/// Where the toes are: a foot at a right angle to the shin, towards the front (side views), or a
/// short stub outwards (front view).
fn toes(figure: &Figure, knee: Point, ankle: Point, limb: Limb) -> Point {
    let shin = [ankle[0] - knee[0], ankle[1] - knee[1]];
    let length = shin[0].hypot(shin[1]).max(1e-9);
    let foot = length * 0.32;
    // Seen from the right the front is anticlockwise from the shin: a quarter turn for a flexed
    // foot, a little for a pointed one.
    let angle = match figure.feet {
        Feet::Flexed => std::f64::consts::FRAC_PI_2,
        Feet::Pointed => 0.3,
    };
    let angle = if figure.view == View::LeftSide {
        -angle
    } else {
        angle
    };
    let (sin, cos) = angle.sin_cos();
    let unit = [shin[0] / length, shin[1] / length];
    match figure.view {
        View::RightSide | View::LeftSide => {
            let toes = [
                (unit[0] * cos - unit[1] * sin) * foot,
                (unit[0] * sin + unit[1] * cos) * foot,
            ];
            // A flexed foot near the floor stands flat on it.
            if figure.feet == Feet::Flexed && ankle[1] <= FLAT_FOOT_HEIGHT && toes[0].abs() > 1e-6 {
                [ankle[0] + foot * toes[0].signum(), ankle[1]]
            } else {
                [ankle[0] + toes[0], ankle[1] + toes[1]]
            }
        }
        View::Front => {
            let out = if limb == Limb::LeftLeg { 1.0 } else { -1.0 };
            [ankle[0] + out * foot * 0.5, ankle[1]]
        }
    }
}

/// The props, in the figure's centimetres.
pub fn props(figure: &Figure) -> Vec<Shape> {
    let [width, height] = figure.size;
    let mut out = Vec::new();
    for prop in &figure.props {
        let from = prop.from.unwrap_or(0.0);
        let to = prop.to.unwrap_or(width);
        let x = prop.x.unwrap_or(width / 2.0);
        let line = |from: Point, to: Point| Shape::Line {
            from,
            to,
            ink: Ink::Prop,
        };
        match prop.kind {
            PropKind::Floor => out.push(line([from, 0.0], [to, 0.0])),
            PropKind::Mat => out.push(Shape::Rect {
                min: [from, 0.0],
                max: [to, MAT_THICKNESS],
                ink: Ink::Prop,
            }),
            PropKind::Step => out.push(Shape::Rect {
                min: [from, 0.0],
                max: [to, prop.height.unwrap_or(18.0)],
                ink: Ink::Prop,
            }),
            PropKind::Wall => out.push(line([x, 0.0], [x, prop.height.unwrap_or(height)])),
            PropKind::Chair => {
                let seat = prop.height.unwrap_or(45.0);
                let back = match prop.facing.unwrap_or(Facing::Right) {
                    Facing::Right => -CHAIR_DEPTH,
                    Facing::Left => CHAIR_DEPTH,
                };
                let rear = x + back;
                out.push(line([x, seat], [rear, seat]));
                out.push(line([x, 0.0], [x, seat]));
                out.push(line([rear, 0.0], [rear, seat + CHAIR_BACK]));
            }
        }
    }
    out
}

/// An ankle at most this high (cm) with a flexed foot has the foot flat on the floor.
pub const FLAT_FOOT_HEIGHT: f64 = 13.0;

/// The thickness of a mat, in cm.
pub const MAT_THICKNESS: f64 = 2.0;
/// The depth of a chair's seat, in cm.
pub const CHAIR_DEPTH: f64 = 42.0;
/// How far a chair's back rises above its seat, in cm.
pub const CHAIR_BACK: f64 = 42.0;

/// The arrows along the moving joints' paths from start to end (their first and last bits left
/// out, so the arrow does not cover the limb).
pub fn arrows(figure: &Figure, animation: &Animation) -> Vec<Shape> {
    const STEPS: usize = 24;
    figure
        .arrows
        .iter()
        .filter_map(|name| Joint::from_key(name))
        .map(|joint| {
            let points: Vec<Point> = (0..=STEPS)
                .map(|i| i as f64 / STEPS as f64)
                .filter(|t| (0.12..=0.88).contains(t))
                .map(|t| animation.at(Stage::Up, t).at(joint))
                .collect();
            Shape::Arrow { points }
        })
        .collect()
}

/// Room kept above the highest thing drawn, in cm.
const HEADROOM: f64 = 8.0;

/// How much of the box's height a picture needs: a little above the highest thing drawn in the
/// start and end positions (empty sky above a figure lying down wastes paper and screen).
pub fn used_height(figure: &Figure, animation: &Animation) -> f64 {
    let radius = head_radius(&animation.start());
    let mut drawn = body(figure, &animation.start(), radius);
    drawn.extend(body(figure, &animation.end(), radius));
    drawn.extend(props(figure));
    drawn.extend(arrows(figure, animation));
    let top = extent(&drawn).iter().map(|p| p[1]).fold(0.0_f64, f64::max);
    (top + HEADROOM).min(figure.size[1])
}

/// Every point a list of shapes reaches (for fitting and for checks).
pub fn extent(shapes: &[Shape]) -> Vec<Point> {
    let mut out = Vec::new();
    for shape in shapes {
        match shape {
            Shape::Line { from, to, .. } => out.extend([*from, *to]),
            Shape::Circle { centre, radius, .. } => {
                out.extend([
                    [centre[0] - radius, centre[1] - radius],
                    [centre[0] + radius, centre[1] + radius],
                ]);
            }
            Shape::Rect { min, max, .. } => out.extend([*min, *max]),
            Shape::Arrow { points } => out.extend(points.iter().copied()),
        }
    }
    out
}
