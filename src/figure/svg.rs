//! A figure as SVG for paper: the start and the end position side by side, each with its label,
//! the moving joints' arrows on the end position. Plain SVG 1.1: no scripts, no links, no ids.

use std::fmt::Write;

use super::draw::{self, Ink, Shape};
use super::motion::Animation;
use crate::model::{Figure, Point};
use crate::report::html::escape;

/// The words an SVG shows (already in the reader's language).
#[derive(Debug, Clone, Copy)]
pub struct Labels<'a> {
    /// A title for screen readers (the exercise's name).
    pub title: &'a str,
    /// Above the start position.
    pub start: &'a str,
    /// Above the end position.
    pub end: &'a str,
}

/// Space between the two positions and above them for the label, in cm.
const GAP: f64 = 12.0;
const LABEL: f64 = 14.0;
const MARGIN: f64 = 4.0;
/// Pixels per centimetre when the SVG is opened on its own.
const PIXELS_PER_CM: f64 = 1.6;

/// The figure's start and end positions side by side; `None` when its keyframes do not resolve.
pub fn svg(figure: &Figure, labels: Labels<'_>) -> Option<String> {
    let animation = Animation::new(figure)?;
    let radius = draw::head_radius(&animation.start());
    let width = figure.size[0];
    let height = draw::used_height(figure, &animation);
    let total_w = width * 2.0 + GAP + MARGIN * 2.0;
    let total_h = height + LABEL + MARGIN * 2.0;
    let mut out = String::new();
    let _ = write!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"kern-figure\" role=\"img\" \
         viewBox=\"0 0 {} {}\" width=\"{}\" height=\"{}\">",
        num(total_w),
        num(total_h),
        num(total_w * PIXELS_PER_CM),
        num(total_h * PIXELS_PER_CM)
    );
    let _ = write!(out, "<title>{}</title>", escape(labels.title));
    for (index, (label, pose)) in [
        (labels.start, animation.start()),
        (labels.end, animation.end()),
    ]
    .into_iter()
    .enumerate()
    {
        let left = MARGIN + index as f64 * (width + GAP);
        let place = Place {
            left,
            top: MARGIN + LABEL,
            height,
        };
        let _ = write!(
            out,
            "<text x=\"{}\" y=\"{}\" font-family=\"sans-serif\" font-size=\"9\" \
             fill=\"#333\">{}</text>",
            num(left + 1.0),
            num(MARGIN + 8.0),
            escape(label)
        );
        let _ = write!(
            out,
            "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"none\" \
             stroke=\"#ddd\" stroke-width=\"0.6\"/>",
            num(left),
            num(MARGIN + LABEL),
            num(width),
            num(height)
        );
        let mut shapes = draw::props(figure);
        shapes.extend(draw::body(figure, &pose, radius));
        if index == 1 {
            shapes.extend(draw::arrows(figure, &animation));
        }
        for shape in &shapes {
            place.shape(&mut out, shape);
        }
    }
    out.push_str("</svg>");
    Some(out)
}

/// Where one position goes: its left edge and top in the SVG, and the figure's height (y turns
/// upside down: a figure's y grows upwards, an SVG's downwards).
struct Place {
    left: f64,
    top: f64,
    height: f64,
}

impl Place {
    fn x(&self, p: Point) -> String {
        num(self.left + p[0])
    }

    fn y(&self, p: Point) -> String {
        num(self.top + self.height - p[1])
    }

    fn shape(&self, out: &mut String, shape: &Shape) {
        match shape {
            Shape::Line { from, to, ink } => {
                let _ = write!(
                    out,
                    "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" {}/>",
                    self.x(*from),
                    self.y(*from),
                    self.x(*to),
                    self.y(*to),
                    stroke(*ink)
                );
            }
            Shape::Circle {
                centre,
                radius,
                ink,
            } => {
                let _ = write!(
                    out,
                    "<circle cx=\"{}\" cy=\"{}\" r=\"{}\" fill=\"#fff\" {}/>",
                    self.x(*centre),
                    self.y(*centre),
                    num(*radius),
                    stroke(*ink)
                );
            }
            Shape::Rect { min, max, .. } => {
                let _ = write!(
                    out,
                    "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"#e6e6e6\" \
                     stroke=\"#999\" stroke-width=\"0.8\"/>",
                    self.x(*min),
                    self.y([min[0], max[1]]),
                    num(max[0] - min[0]),
                    num(max[1] - min[1])
                );
            }
            Shape::Arrow { points } => self.arrow(out, points),
        }
    }

    fn arrow(&self, out: &mut String, points: &[Point]) {
        let (Some(last), Some(before)) = (points.last(), points.len().checked_sub(2)) else {
            return;
        };
        let before = points[before];
        let mut d = String::new();
        for (i, p) in points.iter().enumerate() {
            let _ = write!(
                d,
                "{}{} {} ",
                if i == 0 { "M" } else { "L" },
                self.x(*p),
                self.y(*p)
            );
        }
        let _ = write!(
            out,
            "<path d=\"{}\" fill=\"none\" stroke=\"{ARROW}\" stroke-width=\"1.6\" \
             stroke-dasharray=\"3 2\"/>",
            d.trim_end()
        );
        let (dx, dy) = (last[0] - before[0], last[1] - before[1]);
        let length = dx.hypot(dy);
        if length < 1e-9 {
            return;
        }
        let (ux, uy) = (dx / length, dy / length);
        let size = 5.0;
        let tip = [last[0] + ux * size * 0.6, last[1] + uy * size * 0.6];
        let left = [
            last[0] - ux * size * 0.4 - uy * size * 0.5,
            last[1] - uy * size * 0.4 + ux * size * 0.5,
        ];
        let right = [
            last[0] - ux * size * 0.4 + uy * size * 0.5,
            last[1] - uy * size * 0.4 - ux * size * 0.5,
        ];
        let _ = write!(
            out,
            "<polygon points=\"{},{} {},{} {},{}\" fill=\"{ARROW}\"/>",
            self.x(tip),
            self.y(tip),
            self.x(left),
            self.y(left),
            self.x(right),
            self.y(right)
        );
    }
}

const ARROW: &str = "#c0561b";

fn stroke(ink: Ink) -> String {
    let (colour, width) = match ink {
        Ink::Body {
            near: true,
            highlight: false,
        } => ("#222", 3.2),
        Ink::Body {
            near: false,
            highlight: false,
        } => ("#9a9a9a", 2.8),
        Ink::Body {
            near: true,
            highlight: true,
        } => ("#1f63a8", 3.6),
        Ink::Body {
            near: false,
            highlight: true,
        } => ("#86acd6", 3.0),
        Ink::Prop => ("#8a8a8a", 1.4),
        Ink::Arrow => (ARROW, 1.6),
    };
    format!(
        "stroke=\"{colour}\" stroke-width=\"{}\" stroke-linecap=\"round\"",
        num(width)
    )
}

/// A number with at most one decimal, without a trailing `.0`.
fn num(value: f64) -> String {
    let rounded = (value * 10.0).round() / 10.0;
    if rounded == rounded.trunc() {
        format!("{}", rounded as i64)
    } else {
        format!("{rounded:.1}")
    }
}
