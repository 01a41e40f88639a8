//! The report as Markdown, for mail and plain text: the same sentences and tables as the HTML
//! page, without the figures (the table beside each figure holds its numbers). Text is escaped with
//! HTML character references (not backslashes, which some renderers ignore) so that a note with
//! `*`, `_`, `|` or `<script>` in it shows as written.

use std::fmt::Write as _;

use super::document::{Block, Document};
use super::tables::Table;

/// Escapes the characters Markdown (or the HTML it allows) would read as markup with character
/// references, after neutralising the text to one line.
pub fn escape(text: &str) -> String {
    let text = crate::neutral::neutralise(text, crate::neutral::Layout::OneLine);
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '#' | '~' | '!' | '$' => {
                out.push_str(&format!("&#{};", u32::from(c)));
            }
            c => out.push(c),
        }
    }
    out
}

/// The Markdown text of a report document.
pub fn render(doc: &Document) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "# {}\n\n{}\n\n> {}\n",
        escape(&doc.title),
        escape(&doc.subtitle),
        escape(&doc.disclaimer)
    );
    for block in &doc.blocks {
        out.push('\n');
        write_block(&mut out, block);
    }
    let _ = write!(out, "\n---\n\n_{}_\n", escape(&doc.footer));
    out.replace("\n\n\n", "\n\n")
}

fn write_block(out: &mut String, block: &Block) {
    match block {
        Block::Heading(_, text) => {
            let _ = writeln!(out, "## {}", escape(text));
        }
        Block::Para(text) => {
            let _ = writeln!(out, "{}", escape(text));
        }
        Block::Fine(text) => {
            let _ = writeln!(out, "_{}_", escape(text));
        }
        Block::List(items) => {
            for item in items {
                let _ = writeln!(out, "- {}", escape(item));
            }
        }
        Block::Facts(facts) => {
            for (label, value) in facts {
                let _ = writeln!(out, "- **{}:** {}", escape(label), escape(value));
            }
        }
        Block::Table(table) => write_table(out, table),
        Block::Figure(..) | Block::Exercises(_) => {}
    }
}

fn write_table(out: &mut String, table: &Table) {
    let row = |cells: &[String]| {
        let cells: Vec<String> = cells
            .iter()
            .map(|c| escape(&c.replace('\n', "; ")))
            .collect();
        format!("| {} |\n", cells.join(" | "))
    };
    out.push_str(&row(&table.head));
    let rule: Vec<String> = (0..table.head.len())
        .map(|i| {
            if table.numeric.contains(&i) {
                "---:".to_owned()
            } else {
                "---".to_owned()
            }
        })
        .collect();
    let _ = writeln!(out, "| {} |", rule.join(" | "));
    let last = table.rows.len().saturating_sub(1);
    for (r, cells) in table.rows.iter().enumerate() {
        if table.total && r == last {
            let bold: Vec<String> = cells
                .iter()
                .map(|c| {
                    if c.is_empty() {
                        String::new()
                    } else {
                        format!("**{}**", escape(c))
                    }
                })
                .collect();
            let _ = writeln!(out, "| {} |", bold.join(" | "));
        } else {
            out.push_str(&row(cells));
        }
    }
}
