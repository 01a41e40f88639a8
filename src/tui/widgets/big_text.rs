//! Large text for the player: a five-row block font for the countdown digits, and a spaced, bold
//! title for the exercise name, both readable from a mat a few metres from the screen.

use ratatui::style::Style;
use ratatui::text::{Line, Span};

/// Rows of each glyph, 3 wide and 5 high.
fn glyph(c: char) -> [&'static str; 5] {
    match c {
        '0' => ["███", "█ █", "█ █", "█ █", "███"],
        '1' => [" █ ", "██ ", " █ ", " █ ", "███"],
        '2' => ["███", "  █", "███", "█  ", "███"],
        '3' => ["███", "  █", "███", "  █", "███"],
        '4' => ["█ █", "█ █", "███", "  █", "  █"],
        '5' => ["███", "█  ", "███", "  █", "███"],
        '6' => ["███", "█  ", "███", "█ █", "███"],
        '7' => ["███", "  █", "  █", "  █", "  █"],
        '8' => ["███", "█ █", "███", "█ █", "███"],
        '9' => ["███", "█ █", "███", "  █", "███"],
        ':' => ["   ", " █ ", "   ", " █ ", "   "],
        _ => ["   ", "   ", "   ", "   ", "   "],
    }
}

/// Digits (and ':') in the block font; any other text is shown as it is on the middle row.
pub fn big_digits(text: &str, style: Style) -> Vec<Line<'static>> {
    if text.is_empty() {
        return Vec::new();
    }
    if !text.chars().all(|c| c.is_ascii_digit() || c == ':') {
        return vec![
            Line::from(""),
            Line::from(""),
            Line::from(Span::styled(text.to_owned(), style)),
        ];
    }
    (0..5)
        .map(|row| {
            let line: String = text
                .chars()
                .map(|c| glyph(c)[row])
                .collect::<Vec<_>>()
                .join(" ");
            Line::from(Span::styled(line, style))
        })
        .collect()
}

/// A title with its letters spaced out (when it fits), bold.
pub fn lines(text: &str, _scale: u16, style: Style) -> Vec<Line<'static>> {
    let spaced: String = text.chars().flat_map(|c| [c, ' ']).collect();
    vec![
        Line::from(""),
        Line::from(Span::styled(spaced.trim_end().to_owned(), style)),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_are_five_rows_of_block_glyphs() {
        let rows = big_digits("45", Style::default());
        assert_eq!(rows.len(), 5);
        assert_eq!(rows[0].to_string(), "█ █ ███");
        assert_eq!(rows[4].to_string(), "  █ ███");
    }
}
