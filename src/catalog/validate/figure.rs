//! Checks of a figure file: it shows a known exercise, its keyframes place every joint, bones
//! keep their length, joints bend within what a body does, everything stays inside the box, and
//! the motion names keyframes that exist.

use crate::catalog::{Catalog, PathSeg, Sink};
use crate::figure::pose::{self, Joint, Pose};
use crate::i18n::Msg;
use crate::model::{Figure, Keyframe, PropKind, View};
use crate::path;

use super::suggestion;

/// How much a bone's length may differ from the start position: 5 %, and at least 2 cm (so that
/// bones drawn nearly end-on, such as the pelvis seen from the side, are not held to a fraction).
const BONE_TOLERANCE: f64 = 0.05;
const BONE_SLACK_CM: f64 = 2.0;

/// The smallest and largest box side, in cm.
const BOX_RANGE: [f64; 2] = [20.0, 400.0];

/// Checks every figure in the catalog.
pub fn check_all(catalog: &Catalog, out: &mut Vec<crate::catalog::Diagnostic>) {
    let known: Vec<&str> = catalog.exercises.keys().map(String::as_str).collect();
    for (id, entry) in &catalog.figures {
        let mut sink = Sink {
            source: entry.source,
            out,
        };
        super::check_id_only(&mut sink, id);
        if let Some(named) = &entry.value.exercise
            && named != id
        {
            sink.error(
                path!["exercise"],
                Msg::new("diag-id-not-file-name")
                    .arg("id", named.as_str())
                    .arg("stem", id.as_str()),
                Some(Msg::new("diag-figure-exercise-help").arg("stem", id.as_str())),
            );
        }
        if !catalog.exercises.contains_key(id) {
            sink.error(
                match entry.value.exercise {
                    Some(_) => path!["exercise"],
                    None => Vec::new(),
                },
                Msg::new("diag-figure-unknown-exercise").arg("id", id.as_str()),
                Some(suggestion(id, &known, "diag-figure-unknown-exercise-help")),
            );
        }
        check(&mut sink, &entry.value);
    }
}

/// Checks one figure on its own.
pub fn check(sink: &mut Sink<'_>, figure: &Figure) {
    let [width, height] = figure.size;
    for (i, side) in figure.size.iter().enumerate() {
        if !(BOX_RANGE[0]..=BOX_RANGE[1]).contains(side) {
            sink.error(
                path!["box", i],
                Msg::new("diag-figure-bad-box").arg("value", cm(*side)),
                Some(Msg::new("diag-figure-bad-box-help")),
            );
        }
    }
    check_names(sink, figure);
    check_props(sink, figure);
    for (i, name) in figure.arrows.iter().enumerate() {
        if Joint::from_key(name).is_none() {
            let keys: Vec<&str> = Joint::ALL.iter().map(|j| j.key()).collect();
            sink.error(
                path!["arrows", i],
                Msg::new("diag-figure-unknown-joint").arg("name", name.as_str()),
                Some(suggestion(name, &keys, "diag-figure-unknown-joint-help")),
            );
        }
    }
    let poses = match pose::resolve(&figure.keyframes) {
        Ok(poses) => poses,
        Err(missing) => {
            let names: Vec<&str> = missing.iter().map(|j| j.key()).collect();
            sink.error(
                path!["keyframes", 0],
                Msg::new("diag-figure-joints-missing").arg("joints", names.join(", ")),
                Some(Msg::new("diag-figure-joints-missing-help")),
            );
            return;
        }
    };
    let Some(start) = poses.first() else {
        return;
    };
    let start_bones = start.bone_lengths();
    for (i, (frame, pose)) in figure.keyframes.iter().zip(&poses).enumerate() {
        check_inside(sink, i, frame, pose, width, height);
        check_angles(sink, figure, i, frame, pose);
        if i == 0 {
            continue;
        }
        for ((bone, first), (_, now)) in start_bones.iter().zip(pose.bone_lengths()) {
            if figure.out_of_plane.contains(&bone.limb) {
                continue;
            }
            let allowed = (first * BONE_TOLERANCE).max(BONE_SLACK_CM);
            if (now - first).abs() > allowed {
                let percent = if *first > 0.0 {
                    ((now - first).abs() / first * 100.0).round() as i64
                } else {
                    100
                };
                sink.error(
                    at_joint(i, frame, bone.to).unwrap_or_else(|| {
                        at_joint(i, frame, bone.from).unwrap_or_else(|| at_name(i))
                    }),
                    Msg::new("diag-figure-bone-length")
                        .arg("bone", bone.name)
                        .arg("name", frame.name.as_str())
                        .arg("length", cm(now))
                        .arg("first", cm(*first))
                        .num("percent", percent),
                    Some(Msg::new("diag-figure-bone-length-help")),
                );
            }
        }
    }
}

fn check_names(sink: &mut Sink<'_>, figure: &Figure) {
    let frames = &figure.keyframes;
    if frames.len() < 2 {
        sink.error(
            path!["keyframes"],
            Msg::new("diag-figure-few-keyframes"),
            Some(Msg::new("diag-figure-few-keyframes-help")),
        );
    }
    if let Some(first) = frames.first()
        && first.name != "start"
    {
        sink.error(
            path!["keyframes", 0, "name"],
            Msg::new("diag-figure-first-not-start").arg("name", first.name.as_str()),
            None,
        );
    }
    if !frames.iter().any(|k| k.name == "end") && frames.len() >= 2 {
        sink.error(
            path!["keyframes"],
            Msg::new("diag-figure-no-end"),
            Some(Msg::new("diag-figure-few-keyframes-help")),
        );
    }
    for (i, frame) in frames.iter().enumerate() {
        if frames[..i].iter().any(|k| k.name == frame.name) {
            sink.error(
                path!["keyframes", i, "name"],
                Msg::new("diag-figure-duplicate-keyframe").arg("name", frame.name.as_str()),
                None,
            );
        }
    }
    let names: Vec<&str> = frames.iter().map(|k| k.name.as_str()).collect();
    let mut named: Vec<(Vec<PathSeg>, &str)> = Vec::new();
    for (key, list) in [("up", &figure.motion.up), ("down", &figure.motion.down)] {
        for (i, name) in list.iter().enumerate() {
            named.push((path!["motion", key, i], name));
        }
    }
    named.push((path!["motion", "hold"], &figure.motion.hold));
    for (at, name) in named {
        // A missing start or end is reported above, once.
        if !names.contains(&name) && name != "start" && name != "end" {
            sink.error(
                at,
                Msg::new("diag-figure-unknown-keyframe").arg("name", name),
                Some(match super::closest(name, &names) {
                    Some(best) => Msg::new("diag-unknown-key-did-you-mean").arg("suggestion", best),
                    None => {
                        Msg::new("diag-figure-unknown-keyframe-help").arg("names", names.join(", "))
                    }
                }),
            );
        }
    }
}

fn check_props(sink: &mut Sink<'_>, figure: &Figure) {
    let [width, height] = figure.size;
    for (i, prop) in figure.props.iter().enumerate() {
        let needs: &[&str] = match prop.kind {
            PropKind::Floor => &[],
            PropKind::Mat | PropKind::Step => &["from", "to"],
            PropKind::Chair | PropKind::Wall => &["x"],
        };
        for key in needs {
            let given = match *key {
                "from" => prop.from,
                "to" => prop.to,
                _ => prop.x,
            };
            if given.is_none() {
                sink.error(
                    path!["props", i],
                    Msg::new("diag-figure-prop-needs")
                        .arg("kind", prop.kind.name())
                        .arg("key", *key),
                    None,
                );
            }
        }
        for (key, value, limit) in [
            ("from", prop.from, width),
            ("to", prop.to, width),
            ("x", prop.x, width),
            ("height", prop.height, height),
        ] {
            if let Some(value) = value
                && !(0.0..=limit).contains(&value)
            {
                sink.error(
                    path!["props", i, key],
                    Msg::new("diag-figure-prop-outside")
                        .arg("key", key)
                        .arg("value", cm(value))
                        .arg("limit", cm(limit)),
                    Some(Msg::new("diag-figure-outside-box-help")),
                );
            }
        }
    }
}

fn check_inside(
    sink: &mut Sink<'_>,
    i: usize,
    frame: &Keyframe,
    pose: &Pose,
    width: f64,
    height: f64,
) {
    let radius = crate::figure::draw::head_radius(pose);
    for joint in Joint::ALL {
        if joint == Joint::Spine && !pose.has_spine {
            continue;
        }
        let p = pose.at(joint);
        let margin = if joint == Joint::Head { radius } else { 0.0 };
        let inside = p[0] - margin >= 0.0
            && p[0] + margin <= width
            && p[1] - margin >= 0.0
            && p[1] + margin <= height;
        if !inside && p.iter().all(|v| v.is_finite()) || p.iter().any(|v| !v.is_finite()) {
            sink.error(
                at_joint(i, frame, joint).unwrap_or_else(|| at_name(i)),
                Msg::new("diag-figure-outside-box")
                    .arg("joint", joint.key())
                    .arg("name", frame.name.as_str())
                    .arg("x", cm(p[0]))
                    .arg("y", cm(p[1]))
                    .arg("width", cm(width))
                    .arg("height", cm(height)),
                Some(Msg::new("diag-figure-outside-box-help")),
            );
            // One joint outside is enough to say: the rest usually follow it.
            return;
        }
    }
}

/// The range a joint may bend, in degrees: (joint, low, high). Flexion is positive; a little
/// over-straightening is allowed, as a drawing is never exact.
const RANGES: [(Joint, f64, f64); 6] = [
    (Joint::LeftKnee, -10.0, 165.0),
    (Joint::RightKnee, -10.0, 165.0),
    (Joint::LeftElbow, -15.0, 165.0),
    (Joint::RightElbow, -15.0, 165.0),
    (Joint::LeftHip, -35.0, 165.0),
    (Joint::RightHip, -35.0, 165.0),
];
/// How far the head may tip from the line of the upper back, either way.
const NECK_MAX: f64 = 80.0;

fn check_angles(sink: &mut Sink<'_>, figure: &Figure, i: usize, frame: &Keyframe, pose: &Pose) {
    let mirror = match figure.view {
        View::RightSide => 1.0,
        View::LeftSide => -1.0,
        View::Front => 0.0,
    };
    for (joint, low, high) in RANGES {
        if figure.out_of_plane.contains(&joint.limb()) {
            continue;
        }
        let Some(angle) = flexion(pose, joint) else {
            continue;
        };
        let (angle, low) = if mirror == 0.0 {
            // Seen from the front only the size of a bend shows, not its direction.
            (angle.abs(), 0.0)
        } else {
            (angle * mirror, low)
        };
        if angle < low || angle > high {
            report_angle(sink, i, frame, joint, angle, low, high);
        }
    }
    let up = sub(pose.at(Joint::Neck), pose.at(Joint::Spine));
    let head = sub(pose.at(Joint::Head), pose.at(Joint::Neck));
    if let Some(angle) = signed_angle(up, head)
        && angle.abs() > NECK_MAX
    {
        report_angle(sink, i, frame, Joint::Head, angle, -NECK_MAX, NECK_MAX);
    }
}

fn report_angle(
    sink: &mut Sink<'_>,
    i: usize,
    frame: &Keyframe,
    joint: Joint,
    angle: f64,
    low: f64,
    high: f64,
) {
    sink.error(
        at_joint(i, frame, joint).unwrap_or_else(|| at_name(i)),
        Msg::new("diag-figure-joint-range")
            .arg("joint", joint.key())
            .arg("name", frame.name.as_str())
            .num("angle", angle.round() as i64)
            .num("min", low.round() as i64)
            .num("max", high.round() as i64),
        Some(Msg::new("diag-figure-joint-range-help")),
    );
}

/// How far a joint is bent, seen from the right (flexion positive), in degrees.
fn flexion(pose: &Pose, joint: Joint) -> Option<f64> {
    use Joint::*;
    let (a, b, c) = match joint {
        LeftKnee => (LeftHip, LeftKnee, LeftFoot),
        RightKnee => (RightHip, RightKnee, RightFoot),
        LeftElbow => (LeftShoulder, LeftElbow, LeftHand),
        RightElbow => (RightShoulder, RightElbow, RightHand),
        LeftHip | RightHip => {
            let knee = if joint == LeftHip {
                LeftKnee
            } else {
                RightKnee
            };
            let hip = pose.at(joint);
            let down = sub(hip, pose.at(Spine));
            return signed_angle(down, sub(pose.at(knee), hip));
        }
        _ => return None,
    };
    let first = sub(pose.at(b), pose.at(a));
    let second = sub(pose.at(c), pose.at(b));
    let turn = signed_angle(first, second)?;
    // Seen from the right, a knee bends clockwise and an elbow anticlockwise.
    Some(if matches!(joint, LeftKnee | RightKnee) {
        -turn
    } else {
        turn
    })
}

/// The angle from `a` to `b`, anticlockwise positive, in degrees; `None` for a zero-length side.
fn signed_angle(a: [f64; 2], b: [f64; 2]) -> Option<f64> {
    if a[0].hypot(a[1]) < 1e-6 || b[0].hypot(b[1]) < 1e-6 {
        return None;
    }
    let cross = a[0] * b[1] - a[1] * b[0];
    let dot = a[0] * b[0] + a[1] * b[1];
    Some(cross.atan2(dot).to_degrees())
}

fn sub(a: [f64; 2], b: [f64; 2]) -> [f64; 2] {
    [a[0] - b[0], a[1] - b[1]]
}

fn at_joint(i: usize, frame: &Keyframe, joint: Joint) -> Option<Vec<PathSeg>> {
    joint
        .written(frame)
        .map(|(_, key)| path!["keyframes", i, key])
}

fn at_name(i: usize) -> Vec<PathSeg> {
    path!["keyframes", i, "name"]
}

/// A length in cm for a message: one decimal at most.
fn cm(value: f64) -> String {
    let rounded = (value * 10.0).round() / 10.0;
    if rounded == rounded.trunc() {
        format!("{}", rounded as i64)
    } else {
        format!("{rounded:.1}")
    }
}
