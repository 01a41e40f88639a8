//! The report's figures, drawn with plotters into SVG text: pain over time, function on each
//! activity, and sessions a week. Each figure is `None` when there is nothing to draw, so that the
//! page says so instead of showing an empty frame. Legends are left to the page (as HTML), where
//! long activity names wrap; the SVG holds only numbers and week labels. Colours are the
//! Okabe–Ito palette, told apart with colour blindness and in grey print, and every series also
//! differs by shape or line.

use std::error::Error;

use plotters::coord::Shift;
use plotters::prelude::*;

use super::Report;
use super::axis::{Axis, Weeks, score_axis};
use super::words::Words;

/// How a legend entry is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// A solid line.
    Line,
    /// A thick solid line.
    Thick,
    /// A dashed line.
    Dashed,
    /// A round dot.
    Dot,
    /// A triangle.
    Triangle,
    /// A filled box.
    Box,
}

/// A figure: the SVG and its legend (colour as `#rrggbb`, mark, label).
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    /// The SVG element.
    pub svg: String,
    /// What each colour and mark stands for.
    pub legend: Vec<(String, Mark, String)>,
}

/// The figure's width in SVG units (the text column of A4 paper with 15 mm margins is ~680 px).
const WIDTH: u32 = 680;
/// The labels' font size as plotters takes it (it draws text at size / 1.24: ~14.5 units, about
/// 10 pt on paper and 13 px on a screen).
const LABEL_SIZE: f64 = 18.0;
const BLUE: RGBColor = RGBColor(0x00, 0x72, 0xB2);
const SKY: RGBColor = RGBColor(0x56, 0xB4, 0xE9);
const VERMILLION: RGBColor = RGBColor(0xD5, 0x5E, 0x00);
const GREEN: RGBColor = RGBColor(0x00, 0x9E, 0x73);
const ORANGE: RGBColor = RGBColor(0xE6, 0x9F, 0x00);
const PURPLE: RGBColor = RGBColor(0xCC, 0x79, 0xA7);
const INK: RGBColor = RGBColor(0x22, 0x22, 0x22);
const GRID: RGBColor = RGBColor(0xDD, 0xDD, 0xDD);
const MISSED: RGBColor = RGBColor(0xF3, 0xC4, 0xA8);
/// Colours for the activities, in order (the mean is drawn in ink).
const ACTIVITY_COLOURS: [RGBColor; 5] = [BLUE, ORANGE, PURPLE, SKY, VERMILLION];

fn hex(c: RGBColor) -> String {
    format!("#{:02x}{:02x}{:02x}", c.0, c.1, c.2)
}

type Area<'a> = DrawingArea<SVGBackend<'a>, Shift>;
type Drawn = Result<(), Box<dyn Error>>;

/// Draws into an SVG string of `height` units; `None` when plotters fails.
fn svg(height: u32, draw: impl FnOnce(&Area<'_>) -> Drawn) -> Option<String> {
    let mut text = String::new();
    {
        let root = SVGBackend::with_string(&mut text, (WIDTH, height)).into_drawing_area();
        root.fill(&WHITE).ok()?;
        draw(&root).ok()?;
        root.present().ok()?;
    }
    Some(text)
}

fn label_font() -> TextStyle<'static> {
    ("sans-serif", LABEL_SIZE).into_font().color(&INK)
}

/// Pain over time: the daily line, pain before and after sessions, the level a meaningful fall
/// reaches, and the lighter weeks of flare-ups.
pub fn pain(report: &Report, words: &Words<'_>) -> Option<Figure> {
    let pain = &report.pain;
    if pain.daily.is_empty() && pain.before.is_empty() && pain.after.is_empty() {
        return None;
    }
    let weeks = Weeks::new(report);
    let level = pain.meaningful_level();
    let svg = svg(250, |root| {
        let mut chart = ChartBuilder::on(root)
            .margin(12)
            .x_label_area_size(30)
            .y_label_area_size(34)
            .build_cartesian_2d(
                Axis::new(-0.5..weeks.span + 0.5, weeks.ticks.clone()),
                score_axis(),
            )?;
        chart
            .configure_mesh()
            .light_line_style(TRANSPARENT)
            .bold_line_style(GRID)
            .axis_style(INK)
            .label_style(label_font())
            .x_label_formatter(&|x| weeks.label(words, *x))
            .y_label_formatter(&|y| format!("{y:.0}"))
            .draw()?;
        for flare in &report.flare_ups {
            let (a, b) = (weeks.x(flare.recognised), weeks.x(flare.until) + 1.0);
            let (a, b) = (a.max(-0.5), b.min(weeks.span + 0.5));
            if a < b {
                chart.draw_series(std::iter::once(Rectangle::new(
                    [(a, 0.0), (b, 10.0)],
                    ORANGE.mix(0.18).filled(),
                )))?;
            }
        }
        if let Some(level) = level {
            chart.draw_series(DashedLineSeries::new(
                vec![(-0.5, level), (weeks.span + 0.5, level)],
                6,
                4,
                GREEN.stroke_width(2),
            ))?;
        }
        let daily: Vec<(f64, f64)> = pain.daily.iter().map(|(d, v)| (weeks.x(*d), *v)).collect();
        // A line joins days at most two apart; across a longer gap only the dots stand.
        for run in daily.chunk_by(|a, b| b.0 - a.0 <= 2.0) {
            chart.draw_series(LineSeries::new(run.to_vec(), BLUE.stroke_width(2)))?;
        }
        chart.draw_series(daily.iter().map(|p| Circle::new(*p, 2, BLUE.filled())))?;
        chart.draw_series(
            pain.before
                .iter()
                .map(|(d, v)| Circle::new((weeks.x(*d), f64::from(*v)), 4, SKY.stroke_width(2))),
        )?;
        chart.draw_series(pain.after.iter().map(|(d, v)| {
            TriangleMarker::new((weeks.x(*d), f64::from(*v)), 5, VERMILLION.filled())
        }))?;
        Ok(())
    })?;
    let series = [
        (
            !pain.daily.is_empty(),
            BLUE,
            Mark::Line,
            "report-legend-daily",
        ),
        (
            !pain.before.is_empty(),
            SKY,
            Mark::Dot,
            "report-legend-before",
        ),
        (
            !pain.after.is_empty(),
            VERMILLION,
            Mark::Triangle,
            "report-legend-after",
        ),
    ];
    let mut legend: Vec<(String, Mark, String)> = series
        .into_iter()
        .filter(|(shown, ..)| *shown)
        .map(|(_, colour, mark, id)| (hex(colour), mark, words.text(id)))
        .collect();
    if level.is_some() {
        legend.push((
            hex(GREEN),
            Mark::Dashed,
            words.text("report-legend-meaningful"),
        ));
    }
    if !report.flare_ups.is_empty() {
        legend.push((hex(ORANGE), Mark::Box, words.text("report-legend-flare-up")));
    }
    Some(Figure { svg, legend })
}

/// Function over time: each activity, over the mean in a thick ink line.
pub fn function(report: &Report, words: &Words<'_>) -> Option<Figure> {
    let function = &report.function;
    if function.scorings.is_empty() {
        return None;
    }
    let weeks = Weeks::new(report);
    let xs: Vec<f64> = function.scorings.iter().map(|s| weeks.x(s.date)).collect();
    let svg = svg(230, |root| {
        let mut chart = ChartBuilder::on(root)
            .margin(12)
            .x_label_area_size(30)
            .y_label_area_size(34)
            .build_cartesian_2d(
                Axis::new(-0.5..weeks.span + 0.5, weeks.ticks.clone()),
                score_axis(),
            )?;
        chart
            .configure_mesh()
            .light_line_style(TRANSPARENT)
            .bold_line_style(GRID)
            .axis_style(INK)
            .label_style(label_font())
            .x_label_formatter(&|x| weeks.label(words, *x))
            .y_label_formatter(&|y| format!("{y:.0}"))
            .draw()?;
        // The mean first, so that an activity with the same scores still shows on top of it.
        let means: Vec<(f64, f64)> = xs
            .iter()
            .zip(&function.scorings)
            .map(|(x, s)| (*x, s.mean))
            .collect();
        chart.draw_series(LineSeries::new(means.clone(), INK.stroke_width(4)))?;
        chart.draw_series(means.iter().map(|p| Circle::new(*p, 4, INK.filled())))?;
        for (i, activity) in function.activities.iter().enumerate() {
            let colour = ACTIVITY_COLOURS[i % ACTIVITY_COLOURS.len()];
            let points: Vec<(f64, f64)> = xs
                .iter()
                .zip(&activity.scores)
                .filter_map(|(x, s)| Some((*x, f64::from((*s)?))))
                .collect();
            chart.draw_series(LineSeries::new(points.clone(), colour.stroke_width(2)))?;
            chart.draw_series(points.iter().map(|p| Circle::new(*p, 3, colour.filled())))?;
        }
        Ok(())
    })?;
    let mut legend: Vec<(String, Mark, String)> = function
        .activities
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let colour = ACTIVITY_COLOURS[i % ACTIVITY_COLOURS.len()];
            (hex(colour), Mark::Line, a.name.clone())
        })
        .collect();
    legend.push((hex(INK), Mark::Thick, words.text("report-legend-mean")));
    Some(Figure { svg, legend })
}

/// Sessions a week: done, partial and missed stacked in one bar a week.
pub fn adherence(report: &Report, words: &Words<'_>) -> Option<Figure> {
    let weeks = &report.adherence.weeks;
    if weeks.is_empty() {
        return None;
    }
    let top = weeks
        .iter()
        .map(|w| w.done + w.partial + w.missed)
        .max()
        .unwrap_or(1)
        .max(1);
    let n = weeks.len() as f64;
    let step = weeks.len().div_ceil(12).max(1);
    let ticks: Vec<f64> = (0..weeks.len()).step_by(step).map(|i| i as f64).collect();
    let label = |x: &f64| {
        weeks
            .get(x.round().max(0.0) as usize)
            .map_or_else(String::new, |w| {
                words.t(crate::i18n::Msg::new("report-axis-week").num("week", w.number))
            })
    };
    let svg = svg(200, |root| {
        let mut chart = ChartBuilder::on(root)
            .margin(12)
            .x_label_area_size(30)
            .y_label_area_size(34)
            .build_cartesian_2d(
                Axis::new(-0.5..n - 0.5, ticks.clone()),
                Axis::new(
                    0.0..f64::from(top) + 0.3,
                    (0..=top).map(f64::from).collect(),
                ),
            )?;
        chart
            .configure_mesh()
            .light_line_style(TRANSPARENT)
            .bold_line_style(GRID)
            .disable_x_mesh()
            .axis_style(INK)
            .label_style(label_font())
            .x_label_formatter(&label)
            .y_label_formatter(&|y| format!("{y:.0}"))
            .draw()?;
        for (i, w) in weeks.iter().enumerate() {
            let x = i as f64;
            let mut base = 0.0;
            for (count, colour) in [(w.done, GREEN), (w.partial, ORANGE), (w.missed, MISSED)] {
                if count == 0 {
                    continue;
                }
                let top = base + f64::from(count);
                chart.draw_series(std::iter::once(Rectangle::new(
                    [(x - 0.3, base), (x + 0.3, top)],
                    colour.filled(),
                )))?;
                chart.draw_series(std::iter::once(Rectangle::new(
                    [(x - 0.3, base), (x + 0.3, top)],
                    WHITE.stroke_width(1),
                )))?;
                base = top;
            }
        }
        Ok(())
    })?;
    let legend = vec![
        (hex(GREEN), Mark::Box, words.text("report-legend-done")),
        (hex(ORANGE), Mark::Box, words.text("report-legend-partial")),
        (hex(MISSED), Mark::Box, words.text("report-legend-missed")),
    ];
    Some(Figure { svg, legend })
}
