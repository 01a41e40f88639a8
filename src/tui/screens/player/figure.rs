//! The exercise's figure in the player, to the right of the timer and the cues: it moves with a
//! set as the coach paces it (up, hold, down with the dose's tempo), shows the end position
//! during a hold, and waits in the start position while getting ready, resting or paused. Left
//! out on a small screen, during a question, and for an exercise without a figure. It only reads
//! the coach's state.

use ratatui::layout::{Constraint, Layout, Rect};

use crate::figure::{Stage, during};
use crate::session::{Millis, Step};

use super::super::super::widgets::figure::RepFigure;
use super::Player;

/// The widest the figure's column gets, in cells.
const MAX_WIDTH: u16 = 48;
/// How often a moving figure is drawn again: ten times a second of the session clock.
const FRAME_MS: Millis = 100;

/// Splits `area` into the text on the left and the figure's column on the right (two fifths of
/// the width), or leaves it whole when there is no figure to show or no room for one.
pub fn beside(area: Rect, show: bool) -> (Rect, Option<Rect>) {
    if !show {
        return (area, None);
    }
    let width = (area.width * 2 / 5).min(MAX_WIDTH);
    let [text, _, figure] = Layout::horizontal([
        Constraint::Min(0),
        Constraint::Length(1),
        Constraint::Length(width),
    ])
    .areas(area);
    if RepFigure::fits(figure) {
        (text, Some(figure))
    } else {
        (area, None)
    }
}

/// Where the figure is now: the moment of the current step of work on the coach's clock (the
/// time since the step began), the start position between sets, the clock stopped when paused
/// or after "this hurts".
pub fn moment(player: &Player, now: Millis) -> (Stage, f64) {
    let engine = player.coach.engine();
    match engine.current() {
        Step::Work { work, .. } => {
            let running = !engine.is_paused() && !engine.is_hurting();
            during(
                work,
                running.then(|| now.saturating_sub(engine.step_started())),
            )
        }
        _ => (Stage::Rest, 0.0),
    }
}

/// When to draw the figure again: a frame from `now` while it moves (a set of repetitions,
/// breaths or a timed bout, the clock running), never while it stands still.
pub fn next_frame(player: &Player, now: Millis) -> Option<Millis> {
    let engine = player.coach.engine();
    let moving = matches!(
        engine.current(),
        Step::Work { work, .. } if !matches!(work, crate::session::Work::Hold { .. })
    ) && !engine.is_paused()
        && !engine.is_hurting();
    moving.then_some(now + FRAME_MS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_figure_takes_two_fifths_where_it_fits_and_nothing_where_it_does_not() {
        let (text, figure) = beside(Rect::new(0, 0, 80, 15), true);
        assert_eq!(figure, Some(Rect::new(48, 0, 32, 15)));
        assert_eq!(text.width, 47);
        let (text, figure) = beside(Rect::new(0, 0, 160, 30), true);
        assert_eq!(figure.map(|f| f.width), Some(MAX_WIDTH));
        assert_eq!(text.width, 160 - MAX_WIDTH - 1);
        assert_eq!(
            beside(Rect::new(0, 0, 80, 3), true),
            (Rect::new(0, 0, 80, 3), None)
        );
        assert_eq!(beside(Rect::new(0, 0, 30, 10), true).1, None);
        assert_eq!(beside(Rect::new(0, 0, 80, 15), false).1, None);
    }
}
