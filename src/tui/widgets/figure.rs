//! A figure on a Braille canvas: one position, the start and end side by side, or the figure
//! moving with the work of a set (the player's). The same shapes
//! as on paper (`figure::draw`); the near limbs bright, the far ones dim, the moving part in the
//! highlight colour (plain when `NO_COLOR`; white on black in high contrast).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Color;
use ratatui::symbols::Marker;
use ratatui::widgets::Widget;
use ratatui::widgets::canvas::{Canvas, Circle, Context, Line};

use crate::figure::draw::{self, Ink, Shape};
use crate::figure::{Animation, Pose, Stage};
use crate::i18n::I18n;
use crate::model::Figure;
use crate::tui::theme::Theme;

/// One position of a figure, drawn to fill an area (keeping its shape: the figure's box is
/// centred in the area at the largest size that fits).
pub struct FigureView<'a> {
    figure: &'a Figure,
    pose: Pose,
    arrows: bool,
    theme: Theme,
}

impl<'a> FigureView<'a> {
    /// A pose of a figure.
    pub fn new(figure: &'a Figure, pose: Pose, theme: Theme) -> Self {
        Self {
            figure,
            pose,
            arrows: false,
            theme,
        }
    }

    /// Also draws the arrows along the moving joints' paths.
    pub fn with_arrows(mut self) -> Self {
        self.arrows = true;
        self
    }
}

/// The size in cells that shows a box of `width` × `height` cm undistorted within `area`
/// (a cell is about twice as tall as wide; Braille gives 2 × 4 dots a cell).
pub fn fit(width: f64, height: f64, area: Rect) -> Rect {
    if area.width == 0 || area.height == 0 || width <= 0.0 || height <= 0.0 {
        return Rect::new(area.x, area.y, 0, 0);
    }
    let by_height = (f64::from(area.height) * 2.0 * width / height).floor();
    let (cols, rows) = if by_height <= f64::from(area.width) {
        (by_height as u16, area.height)
    } else {
        let rows = (f64::from(area.width) * height / (2.0 * width)).floor() as u16;
        (area.width, rows)
    };
    Rect::new(
        area.x + (area.width - cols) / 2,
        area.y + (area.height - rows) / 2,
        cols,
        rows,
    )
}

impl Widget for FigureView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let animation = Animation::new(self.figure);
        let width = self.figure.size[0];
        let height = animation
            .as_ref()
            .map_or(self.figure.size[1], |a| draw::used_height(self.figure, a));
        let inner = fit(width, height, area);
        if inner.width < 4 || inner.height < 2 {
            return;
        }
        let radius = animation
            .as_ref()
            .map_or(8.0, |a| draw::head_radius(&a.start()));
        let mut shapes = draw::props(self.figure);
        shapes.extend(draw::body(self.figure, &self.pose, radius));
        if self.arrows
            && let Some(animation) = &animation
        {
            shapes.extend(draw::arrows(self.figure, animation));
        }
        let theme = self.theme;
        Canvas::default()
            .marker(Marker::Braille)
            .x_bounds([0.0, width])
            .y_bounds([0.0, height])
            .paint(|ctx| paint(ctx, &shapes, theme))
            .render(inner, buf);
    }
}

fn paint(ctx: &mut Context<'_>, shapes: &[Shape], theme: Theme) {
    for shape in shapes {
        match shape {
            Shape::Line { from, to, ink } => ctx.draw(&Line {
                x1: from[0],
                y1: from[1],
                x2: to[0],
                y2: to[1],
                color: colour(*ink, theme),
            }),
            Shape::Circle {
                centre,
                radius,
                ink,
            } => ctx.draw(&Circle {
                x: centre[0],
                y: centre[1],
                radius: *radius,
                color: colour(*ink, theme),
            }),
            Shape::Rect { min, max, ink } => {
                let color = colour(*ink, theme);
                for (a, b) in [
                    ([min[0], min[1]], [max[0], min[1]]),
                    ([min[0], max[1]], [max[0], max[1]]),
                    ([min[0], min[1]], [min[0], max[1]]),
                    ([max[0], min[1]], [max[0], max[1]]),
                ] {
                    ctx.draw(&Line {
                        x1: a[0],
                        y1: a[1],
                        x2: b[0],
                        y2: b[1],
                        color,
                    });
                }
            }
            Shape::Arrow { points } => {
                let color = colour(Ink::Arrow, theme);
                for pair in points.windows(2) {
                    ctx.draw(&Line {
                        x1: pair[0][0],
                        y1: pair[0][1],
                        x2: pair[1][0],
                        y2: pair[1][1],
                        color,
                    });
                }
            }
        }
    }
}

/// The colour of an ink: none without colour, white and yellow in high contrast.
fn colour(ink: Ink, theme: Theme) -> Color {
    if !theme.color {
        return Color::Reset;
    }
    match (ink, theme.high_contrast) {
        (
            Ink::Body {
                highlight: true, ..
            },
            false,
        ) => Color::LightCyan,
        (
            Ink::Body {
                highlight: true, ..
            },
            true,
        ) => Color::LightYellow,
        (Ink::Body { near: true, .. }, _) => Color::White,
        (Ink::Body { near: false, .. }, false) => Color::Gray,
        (Ink::Body { near: false, .. }, true) => Color::White,
        (Ink::Prop, false) => Color::DarkGray,
        (Ink::Prop, true) => Color::White,
        (Ink::Arrow, false) => Color::Yellow,
        (Ink::Arrow, true) => Color::LightYellow,
    }
}

/// The start and end positions side by side, each under its label, as plain text lines for
/// `kern exercise ID --figure` (no colour: it may go to a file or a pipe).
pub fn print(figure: &Figure, i18n: &I18n) -> Option<String> {
    let animation = Animation::new(figure)?;
    let height = draw::used_height(figure, &animation);
    let panel = fit(figure.size[0], height, Rect::new(0, 0, 38, 14));
    let (cols, rows) = (panel.width.max(12), panel.height.max(4));
    let total = Rect::new(0, 0, cols * 2 + 3, rows + 1);
    let mut buf = Buffer::empty(total);
    let theme = Theme::new(false, false);
    for (i, (label, pose)) in [
        (i18n.text("figure-start"), animation.start()),
        (i18n.text("figure-end"), animation.end()),
    ]
    .into_iter()
    .enumerate()
    {
        let x = i as u16 * (cols + 3);
        buf.set_stringn(
            x,
            0,
            &label,
            usize::from(cols),
            ratatui::style::Style::default(),
        );
        let view = FigureView::new(figure, pose, theme);
        let view = if i == 1 { view.with_arrows() } else { view };
        view.render(Rect::new(x, 1, cols, rows), &mut buf);
    }
    let mut out = String::new();
    for y in 0..total.height {
        let line: String = (0..total.width)
            .map(|x| buf[(x, y)].symbol().to_owned())
            .collect();
        out.push_str(line.trim_end());
        out.push('\n');
    }
    Some(out.trim_end_matches('\n').to_owned())
}

/// The start and end positions side by side, each under its label; nothing when the area is too
/// small to show a figure recognisably.
pub struct StartEnd<'a> {
    figure: &'a Figure,
    labels: [String; 2],
    theme: Theme,
}

impl<'a> StartEnd<'a> {
    /// A figure's two positions, labelled in the reader's language.
    pub fn new(figure: &'a Figure, i18n: &I18n, theme: Theme) -> Self {
        Self {
            figure,
            labels: [i18n.text("figure-start"), i18n.text("figure-end")],
            theme,
        }
    }
}

/// The smallest area (columns, rows) a figure is drawn in.
pub const MIN_SIZE: (u16, u16) = (12, 5);

impl Widget for StartEnd<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let Some(animation) = Animation::new(self.figure) else {
            return;
        };
        let half = area.width.saturating_sub(2) / 2;
        if half < MIN_SIZE.0 || area.height < MIN_SIZE.1 + 1 {
            return;
        }
        let [start_label, end_label] = self.labels;
        for (i, (label, pose)) in [
            (start_label, animation.start()),
            (end_label, animation.end()),
        ]
        .into_iter()
        .enumerate()
        {
            let x = area.x + i as u16 * (half + 2);
            buf.set_stringn(x, area.y, &label, usize::from(half), self.theme.dim());
            let view = FigureView::new(self.figure, pose, self.theme);
            let view = if i == 1 { view.with_arrows() } else { view };
            view.render(Rect::new(x, area.y + 1, half, area.height - 1), buf);
        }
    }
}

/// The figure of the exercise being done, at a moment of the work (see
/// [`crate::figure::during`]): the player embeds it where the screen has room.
pub struct RepFigure<'a> {
    figure: &'a Figure,
    stage: Stage,
    progress: f64,
    theme: Theme,
}

impl<'a> RepFigure<'a> {
    /// The figure `progress` (0 to 1) of the way through `stage` of a repetition.
    pub fn new(figure: &'a Figure, (stage, progress): (Stage, f64), theme: Theme) -> Self {
        Self {
            figure,
            stage,
            progress,
            theme,
        }
    }

    /// Whether an area is large enough to show a figure recognisably (at 40×12 it is left out).
    pub fn fits(area: Rect) -> bool {
        area.width >= 16 && area.height >= 6
    }
}

impl Widget for RepFigure<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        if !Self::fits(area) {
            return;
        }
        let Some(animation) = Animation::new(self.figure) else {
            return;
        };
        let pose = animation.at(self.stage, self.progress);
        // At the top of the area, beside the timer, rather than in its middle.
        let height = draw::used_height(self.figure, &animation);
        let inner = fit(self.figure.size[0], height, area);
        let top = Rect { y: area.y, ..inner };
        FigureView::new(self.figure, pose, self.theme).render(top, buf);
    }
}
