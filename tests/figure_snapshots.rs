//! Figures in the terminal: three shipped figures (a side view on hands and knees, a standing
//! movement with a chair, a front view lying on the side) at two sizes, drawn with Braille on
//! ratatui's test terminal; colour follows NO_COLOR and high contrast.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use kern::catalog::{Catalog, LoadOptions};
use kern::i18n::I18n;
use kern::model::Lang;
use kern::tui::theme::Theme;
use kern::tui::widgets::figure::StartEnd;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::style::Color;

const FIGURES: [&str; 3] = ["bird-dog", "sit-to-stand", "clamshell"];
const SIZES: [(u16, u16); 2] = [(80, 12), (120, 20)];

fn draw(id: &str, width: u16, height: u16, theme: Theme) -> Terminal<TestBackend> {
    let catalog = Catalog::load(&LoadOptions::shipped_only());
    let figure = catalog.figure(id).unwrap().clone();
    let i18n = I18n::new(Lang::En);
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal
        .draw(|frame| frame.render_widget(StartEnd::new(&figure, &i18n, theme), frame.area()))
        .unwrap();
    terminal
}

#[test]
fn three_figures_at_two_sizes() {
    for id in FIGURES {
        for (width, height) in SIZES {
            let terminal = draw(id, width, height, Theme::new(true, false));
            insta::assert_snapshot!(format!("figure_{id}_{width}x{height}"), terminal.backend());
        }
    }
}

#[test]
fn too_small_draws_nothing() {
    let terminal = draw("bird-dog", 20, 5, Theme::new(true, false));
    let text = terminal.backend().to_string();
    assert!(!text.chars().any(|c| ('\u{2801}'..='\u{28ff}').contains(&c)));
}

fn colours(terminal: &Terminal<TestBackend>) -> Vec<Color> {
    let buffer = terminal.backend().buffer();
    let mut seen: Vec<Color> = Vec::new();
    for cell in buffer.content() {
        if ('\u{2801}'..='\u{28ff}').contains(&cell.symbol().chars().next().unwrap_or(' '))
            && !seen.contains(&cell.fg)
        {
            seen.push(cell.fg);
        }
    }
    seen
}

#[test]
fn no_color_draws_without_colour_and_high_contrast_in_bright_colours() {
    let plain = colours(&draw("bird-dog", 80, 12, Theme::new(false, false)));
    assert_eq!(plain, [Color::Reset]);
    let normal = colours(&draw("bird-dog", 80, 12, Theme::new(true, false)));
    assert!(normal.contains(&Color::LightCyan), "{normal:?}");
    assert!(normal.contains(&Color::Gray), "{normal:?}");
    let contrast = colours(&draw("bird-dog", 80, 12, Theme::new(true, true)));
    assert!(
        contrast
            .iter()
            .all(|c| matches!(c, Color::White | Color::LightYellow)),
        "{contrast:?}"
    );
}

#[test]
fn mid_rep_the_figure_is_between_start_and_end() {
    use kern::figure::during;
    use kern::session::Work;
    use kern::tui::widgets::figure::RepFigure;
    let catalog = Catalog::load(&LoadOptions::shipped_only());
    let figure = catalog.figure("glute-bridge").unwrap().clone();
    let work = Work::Reps {
        reps: 10,
        hold_seconds: Some(3),
        tempo: None,
    };
    let frame_at = |ms: u64, width: u16, height: u16| {
        let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
        terminal
            .draw(|frame| {
                frame.render_widget(
                    RepFigure::new(&figure, during(&work, Some(ms)), Theme::new(false, false)),
                    frame.area(),
                )
            })
            .unwrap();
        terminal.backend().to_string()
    };
    // 2 s up, 3 s held at the end, 2 s down: 1 s in is halfway up.
    let mid = frame_at(1_000, 40, 10);
    insta::assert_snapshot!("figure_glute-bridge_mid_rep_40x10", mid);
    let start = frame_at(0, 40, 10);
    let held = frame_at(3_500, 40, 10);
    let top = frame_at(2_000, 40, 10);
    assert_ne!(mid, start);
    assert_ne!(mid, held);
    assert_eq!(held, top, "the hold shows the end position");
    assert_eq!(
        frame_at(7_000, 40, 10),
        start,
        "the next rep starts at the start"
    );
    assert!(
        !frame_at(1_000, 15, 5)
            .chars()
            .any(|c| ('\u{2801}'..='\u{28ff}').contains(&c)),
        "left out where it does not fit"
    );
}
