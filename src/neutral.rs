//! The one function that makes text from files and people safe to print or write: a terminal
//! control (ESC, BEL, backspace, CR, DEL, the C1 controls) or a bidirectional override in a note or
//! a name must never move the cursor, clear a screen, draw a fake line or turn text around. Every
//! output (terminal lines, the coach's screens, the HTML and Markdown report, CSV, calendar) passes
//! text through [`neutralise`] before its own escaping.

use std::borrow::Cow;

/// What the output can carry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// Line breaks and tabs are kept (a report paragraph, a CSV cell, a multi-line screen).
    Lines,
    /// Everything on one line: line breaks and tabs become spaces (a journal line, a table cell).
    OneLine,
}

/// What stands in for a character that must not reach the output.
pub const REPLACEMENT: char = '\u{FFFD}';

/// Whether a character is a bidirectional embedding, override or isolate (U+202A–U+202E,
/// U+2066–U+2069), which can make text read in another order than it is stored.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Whether a character must never reach an output as itself: C0 controls other than line feed and
/// tab, DEL, C1 controls and bidi controls. (CR is handled as a line break.)
pub fn is_unsafe(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t') || is_bidi_control(c)
}

/// Text made safe for `layout`: CR LF and a lone CR become a line break (a CR can no longer
/// return to the start of a line and overwrite it), the Unicode line and paragraph separators too;
/// every other control and bidi character becomes U+FFFD, so a reader sees that something was
/// there. In [`Layout::OneLine`] line breaks and tabs become spaces. Borrows when nothing changes.
pub fn neutralise(text: &str, layout: Layout) -> Cow<'_, str> {
    let clean = |c: char| {
        !is_unsafe(c)
            && c != '\r'
            && c != '\u{2028}'
            && c != '\u{2029}'
            && (layout == Layout::Lines || (c != '\n' && c != '\t'))
    };
    if text.chars().all(clean) {
        return Cow::Borrowed(text);
    }
    let break_as = match layout {
        Layout::Lines => '\n',
        Layout::OneLine => ' ',
    };
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push(break_as);
            }
            '\n' | '\u{2028}' | '\u{2029}' => out.push(break_as),
            '\t' if layout == Layout::OneLine => out.push(' '),
            c if is_unsafe(c) => out.push(REPLACEMENT),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// [`neutralise`] for one line, as an owned string.
pub fn one_line(text: &str) -> String {
    neutralise(text, Layout::OneLine).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_is_borrowed_unchanged() {
        let text = "Rug 5/10 — beter dan gisteren.\nMorgen: wandelen\t20 min";
        assert!(matches!(neutralise(text, Layout::Lines), Cow::Borrowed(t) if t == text));
    }

    #[test]
    fn every_terminal_control_is_replaced() {
        for c in [
            '\u{1b}', '\u{7}', '\u{8}', '\u{7f}', '\u{0}', '\u{85}', '\u{9b}', '\u{9f}',
        ] {
            let text = format!("a{c}b");
            assert_eq!(neutralise(&text, Layout::Lines), "a\u{FFFD}b", "{c:?}");
            assert_eq!(neutralise(&text, Layout::OneLine), "a\u{FFFD}b", "{c:?}");
        }
        assert_eq!(
            neutralise("name\u{1b}[2J\u{1b}]0;title\u{7}", Layout::OneLine),
            "name\u{FFFD}[2J\u{FFFD}]0;title\u{FFFD}"
        );
    }

    #[test]
    fn a_carriage_return_cannot_overwrite_a_line() {
        assert_eq!(
            neutralise("ok\r2026-01-01 fake", Layout::OneLine),
            "ok 2026-01-01 fake"
        );
        assert_eq!(neutralise("a\r\nb\rc", Layout::Lines), "a\nb\nc");
        assert_eq!(neutralise("a\r\nb", Layout::OneLine), "a b");
    }

    #[test]
    fn bidi_overrides_and_isolates_are_replaced() {
        for c in [
            '\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}', '\u{2066}', '\u{2069}',
        ] {
            assert_eq!(neutralise(&format!("x{c}y"), Layout::Lines), "x\u{FFFD}y");
        }
    }

    #[test]
    fn line_breaks_and_tabs_stay_where_the_output_allows() {
        assert_eq!(neutralise("a\nb\tc", Layout::Lines), "a\nb\tc");
        assert_eq!(neutralise("a\nb\tc\u{2028}d", Layout::OneLine), "a b c d");
    }

    #[test]
    fn nothing_unsafe_survives_any_text() {
        let samples = (0u32..0x3000)
            .filter_map(char::from_u32)
            .collect::<String>();
        for layout in [Layout::Lines, Layout::OneLine] {
            let out = neutralise(&samples, layout);
            assert!(
                !out.chars().any(|c| is_unsafe(c) || c == '\r'),
                "{layout:?}"
            );
        }
    }
}
