//! Joints, bones and poses: a keyframe resolved into a place for every joint.

use crate::model::{Keyframe, Limb, Point};

/// A named joint of the stick figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Joint {
    /// The centre of the head.
    Head,
    /// The base of the neck.
    Neck,
    /// The middle of the back (optional: when a figure leaves it out, the back is straight).
    Spine,
    /// The left shoulder.
    LeftShoulder,
    /// The right shoulder.
    RightShoulder,
    /// The left elbow.
    LeftElbow,
    /// The right elbow.
    RightElbow,
    /// The left hand.
    LeftHand,
    /// The right hand.
    RightHand,
    /// The left hip.
    LeftHip,
    /// The right hip.
    RightHip,
    /// The left knee.
    LeftKnee,
    /// The right knee.
    RightKnee,
    /// The left foot (ankle).
    LeftFoot,
    /// The right foot (ankle).
    RightFoot,
}

impl Joint {
    /// Every joint, in drawing order.
    pub const ALL: [Joint; 15] = [
        Joint::Head,
        Joint::Neck,
        Joint::Spine,
        Joint::LeftShoulder,
        Joint::RightShoulder,
        Joint::LeftElbow,
        Joint::RightElbow,
        Joint::LeftHand,
        Joint::RightHand,
        Joint::LeftHip,
        Joint::RightHip,
        Joint::LeftKnee,
        Joint::RightKnee,
        Joint::LeftFoot,
        Joint::RightFoot,
    ];

    /// The key that sets this joint alone (`left_knee`).
    pub fn key(self) -> &'static str {
        match self {
            Joint::Head => "head",
            Joint::Neck => "neck",
            Joint::Spine => "spine",
            Joint::LeftShoulder => "left_shoulder",
            Joint::RightShoulder => "right_shoulder",
            Joint::LeftElbow => "left_elbow",
            Joint::RightElbow => "right_elbow",
            Joint::LeftHand => "left_hand",
            Joint::RightHand => "right_hand",
            Joint::LeftHip => "left_hip",
            Joint::RightHip => "right_hip",
            Joint::LeftKnee => "left_knee",
            Joint::RightKnee => "right_knee",
            Joint::LeftFoot => "left_foot",
            Joint::RightFoot => "right_foot",
        }
    }

    /// The key that sets both sides at once (`knee`), for joints that have sides.
    pub fn both_key(self) -> Option<&'static str> {
        match self {
            Joint::LeftShoulder | Joint::RightShoulder => Some("shoulder"),
            Joint::LeftElbow | Joint::RightElbow => Some("elbow"),
            Joint::LeftHand | Joint::RightHand => Some("hand"),
            Joint::LeftHip | Joint::RightHip => Some("hip"),
            Joint::LeftKnee | Joint::RightKnee => Some("knee"),
            Joint::LeftFoot | Joint::RightFoot => Some("foot"),
            _ => None,
        }
    }

    /// A joint by its one-side key (`right_hand`).
    pub fn from_key(key: &str) -> Option<Joint> {
        Self::ALL.into_iter().find(|j| j.key() == key)
    }

    /// Where it is written in a keyframe: its own key, else the both-sides key.
    pub fn written(self, frame: &Keyframe) -> Option<(Point, &'static str)> {
        let (own, both) = self.fields(frame);
        own.map(|p| (p, self.key()))
            .or_else(|| both.zip(self.both_key()))
    }

    fn fields(self, f: &Keyframe) -> (Option<Point>, Option<Point>) {
        match self {
            Joint::Head => (f.head, None),
            Joint::Neck => (f.neck, None),
            Joint::Spine => (f.spine, None),
            Joint::LeftShoulder => (f.left_shoulder, f.shoulder),
            Joint::RightShoulder => (f.right_shoulder, f.shoulder),
            Joint::LeftElbow => (f.left_elbow, f.elbow),
            Joint::RightElbow => (f.right_elbow, f.elbow),
            Joint::LeftHand => (f.left_hand, f.hand),
            Joint::RightHand => (f.right_hand, f.hand),
            Joint::LeftHip => (f.left_hip, f.hip),
            Joint::RightHip => (f.right_hip, f.hip),
            Joint::LeftKnee => (f.left_knee, f.knee),
            Joint::RightKnee => (f.right_knee, f.knee),
            Joint::LeftFoot => (f.left_foot, f.foot),
            Joint::RightFoot => (f.right_foot, f.foot),
        }
    }

    /// The limb it belongs to.
    pub fn limb(self) -> Limb {
        match self {
            Joint::Head | Joint::Neck => Limb::Head,
            Joint::Spine => Limb::Trunk,
            Joint::LeftShoulder | Joint::LeftElbow | Joint::LeftHand => Limb::LeftArm,
            Joint::RightShoulder | Joint::RightElbow | Joint::RightHand => Limb::RightArm,
            Joint::LeftHip | Joint::LeftKnee | Joint::LeftFoot => Limb::LeftLeg,
            Joint::RightHip | Joint::RightKnee | Joint::RightFoot => Limb::RightLeg,
        }
    }
}

/// A bone: two joints drawn joined, whose distance stays the same in every keyframe.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bone {
    /// Its name in messages (`left_thigh`).
    pub name: &'static str,
    /// The joint nearer the trunk.
    pub from: Joint,
    /// The joint further out.
    pub to: Joint,
    /// The limb it belongs to.
    pub limb: Limb,
}

const fn bone(name: &'static str, from: Joint, to: Joint, limb: Limb) -> Bone {
    Bone {
        name,
        from,
        to,
        limb,
    }
}

/// The bones of the limbs (the trunk is drawn from the neck through the spine to the hips).
pub const LIMB_BONES: [Bone; 15] = [
    bone("neck", Joint::Neck, Joint::Head, Limb::Head),
    bone(
        "left_collarbone",
        Joint::Neck,
        Joint::LeftShoulder,
        Limb::LeftArm,
    ),
    bone(
        "right_collarbone",
        Joint::Neck,
        Joint::RightShoulder,
        Limb::RightArm,
    ),
    bone(
        "left_upper_arm",
        Joint::LeftShoulder,
        Joint::LeftElbow,
        Limb::LeftArm,
    ),
    bone(
        "right_upper_arm",
        Joint::RightShoulder,
        Joint::RightElbow,
        Limb::RightArm,
    ),
    bone(
        "left_forearm",
        Joint::LeftElbow,
        Joint::LeftHand,
        Limb::LeftArm,
    ),
    bone(
        "right_forearm",
        Joint::RightElbow,
        Joint::RightHand,
        Limb::RightArm,
    ),
    bone("pelvis", Joint::LeftHip, Joint::RightHip, Limb::Trunk),
    bone("left_thigh", Joint::LeftHip, Joint::LeftKnee, Limb::LeftLeg),
    bone(
        "right_thigh",
        Joint::RightHip,
        Joint::RightKnee,
        Limb::RightLeg,
    ),
    bone("left_shin", Joint::LeftKnee, Joint::LeftFoot, Limb::LeftLeg),
    bone(
        "right_shin",
        Joint::RightKnee,
        Joint::RightFoot,
        Limb::RightLeg,
    ),
    // Placeholders filled by `bones`: the trunk depends on whether the figure has a spine.
    bone("upper_back", Joint::Neck, Joint::Spine, Limb::Trunk),
    bone("lower_back", Joint::Spine, Joint::LeftHip, Limb::Trunk),
    bone("trunk", Joint::Neck, Joint::LeftHip, Limb::Trunk),
];

/// A place for every joint. Without a spine, the spine sits halfway between neck and hips.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Pose {
    points: [Point; 15],
    /// Whether the back bends at the spine joint.
    pub has_spine: bool,
}

impl Pose {
    /// Where a joint is.
    pub fn at(&self, joint: Joint) -> Point {
        self.points[joint as usize]
    }

    /// The middle of the hips.
    pub fn pelvis(&self) -> Point {
        mid(self.at(Joint::LeftHip), self.at(Joint::RightHip))
    }

    /// The pose `t` of the way (0 to 1) from `self` to `other`, each joint in a straight line.
    pub fn lerp(&self, other: &Pose, t: f64) -> Pose {
        let mut points = self.points;
        for (p, q) in points.iter_mut().zip(other.points) {
            *p = [p[0] + (q[0] - p[0]) * t, p[1] + (q[1] - p[1]) * t];
        }
        Pose {
            points,
            has_spine: self.has_spine,
        }
    }

    /// Moves a joint.
    pub fn set(&mut self, joint: Joint, point: Point) {
        self.points[joint as usize] = point;
    }

    /// Every joint's place, in [`Joint::ALL`] order.
    pub fn points(&self) -> &[Point; 15] {
        &self.points
    }

    /// The lengths that must not change: each limb bone, and the trunk (through the spine when
    /// the figure has one; to the middle of the hips).
    pub fn bone_lengths(&self) -> Vec<(Bone, f64)> {
        let pelvis = self.pelvis();
        let mut out: Vec<(Bone, f64)> = LIMB_BONES[..12]
            .iter()
            .map(|b| (*b, distance(self.at(b.from), self.at(b.to))))
            .collect();
        if self.has_spine {
            out.push((
                LIMB_BONES[12],
                distance(self.at(Joint::Neck), self.at(Joint::Spine)),
            ));
            out.push((LIMB_BONES[13], distance(self.at(Joint::Spine), pelvis)));
        } else {
            out.push((LIMB_BONES[14], distance(self.at(Joint::Neck), pelvis)));
        }
        out
    }
}

/// Resolves keyframes into poses: the first must place every joint (the spine is optional); a
/// later one takes each joint it leaves out from the first. Returns the joints the first leaves
/// out when it is incomplete.
pub fn resolve(frames: &[Keyframe]) -> Result<Vec<Pose>, Vec<Joint>> {
    let Some(first) = frames.first() else {
        return Ok(Vec::new());
    };
    let missing: Vec<Joint> = Joint::ALL
        .into_iter()
        .filter(|j| *j != Joint::Spine && j.written(first).is_none())
        .collect();
    if !missing.is_empty() {
        return Err(missing);
    }
    let has_spine = first.spine.is_some();
    let mut base = [[0.0; 2]; 15];
    for joint in Joint::ALL {
        base[joint as usize] = joint.written(first).map_or([0.0; 2], |(p, _)| p);
    }
    let mut poses = Vec::with_capacity(frames.len());
    for frame in frames {
        let mut points = base;
        for joint in Joint::ALL {
            if let Some((p, _)) = joint.written(frame) {
                points[joint as usize] = p;
            }
        }
        if !has_spine {
            let neck = points[Joint::Neck as usize];
            let hips = mid(
                points[Joint::LeftHip as usize],
                points[Joint::RightHip as usize],
            );
            points[Joint::Spine as usize] = mid(neck, hips);
        }
        poses.push(Pose { points, has_spine });
    }
    Ok(poses)
}

/// The point halfway between two points.
pub fn mid(a: Point, b: Point) -> Point {
    [(a[0] + b[0]) / 2.0, (a[1] + b[1]) / 2.0]
}

/// The distance between two points.
pub fn distance(a: Point, b: Point) -> f64 {
    (a[0] - b[0]).hypot(a[1] - b[1])
}
