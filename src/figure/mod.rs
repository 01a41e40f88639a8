//! Figures: stick figures of the exercises drawn from a figure file's keyframes. Pure geometry —
//! resolving keyframes into poses, moving between them, turning them into shapes and SVG; the
//! terminal draws the same shapes on a Braille canvas (`tui::widgets::figure`).

mod blend;
pub mod draw;
mod motion;
pub mod pose;
pub mod svg;

pub use blend::blend;
pub use motion::{Animation, Stage, Tempo, during};
pub use pose::{Bone, Joint, Pose};
pub use svg::{Labels, svg};
