//! Moving between two poses the way a body does: each bone turns about the joint it hangs from
//! (its length kept), and only the pelvis slides. A straight line for every joint would shorten an
//! arm halfway through a swing.

use std::f64::consts::PI;

use super::pose::{Joint, Pose};
use crate::model::Point;

/// Each joint and the joint it hangs from; the pelvis (the middle of the hips) is the root.
const TREE: [(Option<Joint>, Joint); 15] = [
    (None, Joint::LeftHip),
    (None, Joint::RightHip),
    (Some(Joint::LeftHip), Joint::LeftKnee),
    (Some(Joint::RightHip), Joint::RightKnee),
    (Some(Joint::LeftKnee), Joint::LeftFoot),
    (Some(Joint::RightKnee), Joint::RightFoot),
    (None, Joint::Spine),
    (Some(Joint::Spine), Joint::Neck),
    (Some(Joint::Neck), Joint::Head),
    (Some(Joint::Neck), Joint::LeftShoulder),
    (Some(Joint::Neck), Joint::RightShoulder),
    (Some(Joint::LeftShoulder), Joint::LeftElbow),
    (Some(Joint::RightShoulder), Joint::RightElbow),
    (Some(Joint::LeftElbow), Joint::LeftHand),
    (Some(Joint::RightElbow), Joint::RightHand),
];

/// The pose `t` of the way (0 to 1) from `a` to `b`.
pub fn blend(a: &Pose, b: &Pose, t: f64) -> Pose {
    let t = t.clamp(0.0, 1.0);
    let pelvis = lerp(a.pelvis(), b.pelvis(), t);
    let mut out = a.lerp(b, t);
    let place = |out: &mut Pose, parent: Option<Joint>, joint: Joint| {
        let (pa, pb, base) = match parent {
            None => (a.pelvis(), b.pelvis(), pelvis),
            Some(p) => (a.at(p), b.at(p), out.at(p)),
        };
        let v = turn(sub(a.at(joint), pa), sub(b.at(joint), pb), t);
        out.set(joint, [base[0] + v[0], base[1] + v[1]]);
    };
    for (parent, joint) in TREE {
        place(&mut out, parent, joint);
    }
    out
}

/// The vector `t` of the way from `u` to `v`, turning the short way round and changing length
/// evenly.
fn turn(u: Point, v: Point, t: f64) -> Point {
    let (lu, lv) = (u[0].hypot(u[1]), v[0].hypot(v[1]));
    if lu < 1e-9 || lv < 1e-9 {
        return lerp(u, v, t);
    }
    let (au, av) = (u[1].atan2(u[0]), v[1].atan2(v[0]));
    let mut d = av - au;
    while d > PI {
        d -= 2.0 * PI;
    }
    while d < -PI {
        d += 2.0 * PI;
    }
    let angle = au + d * t;
    let length = lu + (lv - lu) * t;
    [length * angle.cos(), length * angle.sin()]
}

fn lerp(a: Point, b: Point, t: f64) -> Point {
    [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t]
}

fn sub(a: Point, b: Point) -> Point {
    [a[0] - b[0], a[1] - b[1]]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::figure::pose::{distance, resolve};
    use crate::model::Keyframe;

    fn frame(name: &str, hand: Point) -> Keyframe {
        Keyframe {
            name: name.into(),
            head: Some([50.0, 160.0]),
            neck: Some([50.0, 145.0]),
            shoulder: Some([50.0, 143.0]),
            elbow: Some([50.0, 113.0]),
            hand: Some(hand),
            hip: Some([50.0, 92.0]),
            knee: Some([50.0, 48.0]),
            foot: Some([50.0, 4.0]),
            ..Keyframe::default()
        }
    }

    #[test]
    fn a_forearm_keeps_its_length_halfway_through_a_bend() {
        let poses = resolve(&[frame("start", [50.0, 85.0]), frame("end", [78.0, 113.0])])
            .unwrap_or_default();
        let half = blend(&poses[0], &poses[1], 0.5);
        let length = distance(half.at(Joint::RightElbow), half.at(Joint::RightHand));
        assert!((length - 28.0).abs() < 1e-6, "{length}");
        // A straight line between the two hands would have cut the corner.
        let straight = poses[0].lerp(&poses[1], 0.5);
        let cut = distance(
            straight.at(Joint::RightElbow),
            straight.at(Joint::RightHand),
        );
        assert!(cut < 21.0, "{cut}");
    }

    #[test]
    fn the_ends_are_the_keyframes() {
        let poses = resolve(&[frame("start", [50.0, 85.0]), frame("end", [78.0, 113.0])])
            .unwrap_or_default();
        for (t, pose) in [(0.0, &poses[0]), (1.0, &poses[1])] {
            let got = blend(&poses[0], &poses[1], t);
            for joint in Joint::ALL {
                assert!(
                    distance(got.at(joint), pose.at(joint)) < 1e-6,
                    "{joint:?} at {t}"
                );
            }
        }
    }
}
