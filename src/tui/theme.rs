//! Colours and styles. `NO_COLOR` turns colour off; a high-contrast theme exists; nothing relies on
//! colour alone (every state also has a word or a symbol).

use ratatui::style::{Color, Modifier, Style};

/// The styles the screens use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    /// Whether colours are used at all.
    pub color: bool,
    /// Whether the high-contrast palette is used.
    pub high_contrast: bool,
}

impl Theme {
    /// A theme; `color` is false when `NO_COLOR` is set.
    pub fn new(color: bool, high_contrast: bool) -> Theme {
        Theme {
            color,
            high_contrast,
        }
    }

    fn fg(&self, normal: Color, contrast: Color) -> Style {
        if !self.color {
            Style::default()
        } else if self.high_contrast {
            Style::default().fg(contrast)
        } else {
            Style::default().fg(normal)
        }
    }

    /// Titles.
    pub fn title(&self) -> Style {
        self.fg(Color::Cyan, Color::White)
            .add_modifier(Modifier::BOLD)
    }

    /// Ordinary text.
    pub fn text(&self) -> Style {
        self.fg(Color::Reset, Color::White)
    }

    /// Less important text.
    pub fn dim(&self) -> Style {
        if self.high_contrast {
            self.text()
        } else {
            self.fg(Color::DarkGray, Color::White)
        }
    }

    /// The selected line.
    pub fn selected(&self) -> Style {
        if self.color {
            self.fg(Color::Black, Color::Black)
                .bg(if self.high_contrast {
                    Color::White
                } else {
                    Color::Cyan
                })
        } else {
            Style::default().add_modifier(Modifier::REVERSED)
        }
    }

    /// Good news.
    pub fn good(&self) -> Style {
        self.fg(Color::Green, Color::LightGreen)
    }

    /// Warnings and safety messages.
    pub fn warn(&self) -> Style {
        self.fg(Color::Yellow, Color::LightYellow)
            .add_modifier(Modifier::BOLD)
    }

    /// Emergencies.
    pub fn alarm(&self) -> Style {
        self.fg(Color::Red, Color::LightRed)
            .add_modifier(Modifier::BOLD)
    }

    /// The key hints in the footer.
    pub fn keys(&self) -> Style {
        self.dim()
    }

    /// The whole screen during a flash.
    pub fn flash(&self) -> Style {
        Style::default().add_modifier(Modifier::REVERSED)
    }
}
