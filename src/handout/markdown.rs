//! The handout as Markdown, for mail and plain text: the same words, each figure as an inline SVG
//! image (a `data:` address, nothing fetched), the log table with empty boxes to tick.

use std::fmt::Write as _;

use super::{Handout, PhasePage};
use crate::report::markdown::escape;

/// The Markdown text of a handout.
pub fn render(handout: &Handout) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "# {}\n\n**{}**\n\n{}\n\n",
        escape(&handout.title),
        escape(&handout.program),
        escape(&handout.therapist)
    );
    for page in &handout.phases {
        phase(&mut out, handout, page);
    }
    let _ = writeln!(out, "## {}\n", escape(&handout.headings.safety));
    for line in handout.safety.iter().chain(&handout.call) {
        let _ = writeln!(out, "{}\n", escape(line));
    }
    out
}

fn phase(out: &mut String, handout: &Handout, page: &PhasePage) {
    let h = &handout.headings;
    let _ = write!(
        out,
        "## {}\n\n**{}**\n\n",
        escape(&page.title),
        escape(&page.when)
    );
    if !page.focus.trim().is_empty() {
        let _ = write!(out, "{}\n\n", escape(&page.focus));
    }
    if let Some(rest_days) = &page.rest_days {
        let _ = write!(out, "{}\n\n", escape(rest_days));
    }
    for item in &page.items {
        let _ = write!(
            out,
            "### {}\n\n**{}:** {}\n\n",
            escape(&item.name),
            escape(&h.dose),
            escape(&item.dose)
        );
        if let Some(svg) = &item.figure {
            let _ = write!(
                out,
                "![{}](data:image/svg+xml;base64,{})\n\n",
                escape(&item.name),
                base64(svg.as_bytes())
            );
        }
        let _ = write!(out, "{}\n\n", escape(&item.purpose));
        for (heading, items, numbered) in [
            (&h.steps, &item.steps, true),
            (&h.cues, &item.cues, false),
            (&h.cautions, &item.cautions, false),
        ] {
            if items.is_empty() {
                continue;
            }
            let _ = write!(out, "**{}**\n\n", escape(heading));
            for (i, line) in items.iter().enumerate() {
                if numbered {
                    let _ = writeln!(out, "{}. {}", i + 1, escape(line));
                } else {
                    let _ = writeln!(out, "- {}", escape(line));
                }
            }
            out.push('\n');
        }
    }
    let [week, session, pain, notes] = &handout.log_labels;
    let _ = write!(out, "**{}**\n\n| {} |", escape(&h.log), escape(week));
    for n in 1..=page.sessions_per_week {
        let _ = write!(out, " {} {n} |", escape(session));
    }
    let _ = write!(out, " {} | {} |\n|---|", escape(pain), escape(notes));
    for _ in 0..page.sessions_per_week + 2 {
        out.push_str("---|");
    }
    out.push('\n');
    for w in &page.weeks {
        let _ = write!(out, "| {w} |");
        for _ in 0..page.sessions_per_week {
            out.push_str(" ☐ |");
        }
        out.push_str("  |  |\n");
    }
    out.push('\n');
}

/// Standard base64 with padding.
fn base64(bytes: &[u8]) -> String {
    const TABLE: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for (i, shift) in [18, 12, 6, 0].into_iter().enumerate() {
            if i <= chunk.len() {
                out.push(char::from(TABLE[((n >> shift) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::base64;

    #[test]
    fn base64_matches_the_standard() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64(b"foobar"), "Zm9vYmFy");
    }
}
