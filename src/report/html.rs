//! The report as one self-contained HTML file: inline CSS and SVG, no scripts, nothing fetched
//! from the network; readable on screen and printed on A4 (`@page { size: A4; margin: 15mm }`).

use std::fmt::Write as _;

use super::chart::{Figure, Mark};
use super::document::{Block, Document};
use super::tables::Table;

/// The page's style sheet.
const CSS: &str = include_str!("report.css");

/// Escapes text for HTML content and attribute values, after neutralising it (no controls or
/// bidi overrides reach the page).
pub fn escape(text: &str) -> String {
    let text = crate::neutral::neutralise(text, crate::neutral::Layout::Lines);
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The HTML page of a report document, in the language with code `lang`.
pub fn render(doc: &Document, lang: &str) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"kern\">\n<title>{} · {}</title>\n<style>\n{CSS}</style>\n\
         </head>\n<body>\n<main>\n<header>\n<p class=\"brand\">kern</p>\n<h1>{}</h1>\n\
         <p class=\"subtitle\">{}</p>\n<p class=\"disclaimer\">{}</p>\n</header>\n",
        escape(&doc.title),
        escape(&doc.subtitle),
        escape(&doc.title),
        escape(&doc.subtitle),
        escape(&doc.disclaimer),
    );
    let mut open = false;
    for block in &doc.blocks {
        if let Block::Heading(id, text) = block {
            if open {
                out.push_str("</section>\n");
            }
            let _ = writeln!(out, "<section id=\"{id}\">\n<h2>{}</h2>", escape(text));
            open = true;
        } else {
            write_block(&mut out, block);
        }
    }
    if open {
        out.push_str("</section>\n");
    }
    let _ = write!(
        out,
        "<footer>{}</footer>\n</main>\n</body>\n</html>\n",
        escape(&doc.footer)
    );
    out
}

fn write_block(out: &mut String, block: &Block) {
    match block {
        Block::Heading(..) => {}
        Block::Para(text) => {
            let _ = writeln!(out, "<p>{}</p>", escape(text));
        }
        Block::Fine(text) => {
            let _ = writeln!(out, "<p class=\"fine\">{}</p>", escape(text));
        }
        Block::List(items) => {
            out.push_str("<ul>\n");
            for item in items {
                let _ = writeln!(out, "<li>{}</li>", escape(item));
            }
            out.push_str("</ul>\n");
        }
        Block::Facts(facts) => {
            out.push_str("<table class=\"facts\">\n");
            for (label, value) in facts {
                let _ = writeln!(
                    out,
                    "<tr><th scope=\"row\">{}</th><td>{}</td></tr>",
                    escape(label),
                    escape(value)
                );
            }
            out.push_str("</table>\n");
        }
        Block::Table(table) => write_table(out, table),
        Block::Figure(Some(figure), _) => write_figure(out, figure),
        Block::Figure(None, empty) => {
            let _ = writeln!(out, "<p class=\"empty\">{}</p>", escape(empty));
        }
        Block::Exercises(figures) => {
            out.push_str("<div class=\"exercises\">\n");
            for figure in figures {
                let _ = write!(
                    out,
                    "<figure class=\"exercise\">\n{}\n<figcaption><strong>{}</strong>",
                    figure.svg.trim(),
                    escape(&figure.name)
                );
                for change in &figure.changes {
                    let _ = write!(out, "<span class=\"line\">{}</span>", escape(change));
                }
                out.push_str("</figcaption>\n</figure>\n");
            }
            out.push_str("</div>\n");
        }
    }
}

fn write_table(out: &mut String, table: &Table) {
    let class = |i: usize| {
        if table.numeric.contains(&i) {
            " class=\"num\""
        } else {
            ""
        }
    };
    let cell_class = |i: usize, cell: &str| match class(i) {
        "" if is_date(cell) => " class=\"date\"",
        other => other,
    };
    out.push_str("<table>\n<thead><tr>");
    for (i, head) in table.head.iter().enumerate() {
        let _ = write!(out, "<th scope=\"col\"{}>{}</th>", class(i), escape(head));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    let last = table.rows.len().saturating_sub(1);
    for (r, row) in table.rows.iter().enumerate() {
        let total = table.total && r == last;
        out.push_str(if total {
            "<tr class=\"total\">"
        } else {
            "<tr>"
        });
        for (i, cell) in row.iter().enumerate() {
            let text = if cell.contains('\n') {
                let lines: Vec<String> = cell.split('\n').map(escape).collect();
                format!(
                    "<span class=\"line\">{}</span>",
                    lines.join("</span><span class=\"line\">")
                )
            } else {
                escape(cell)
            };
            let _ = write!(out, "<td{}>{text}</td>", cell_class(i, cell));
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n");
}

/// Whether a cell is a date such as 2026-10-05 (kept on one line).
fn is_date(cell: &str) -> bool {
    let b = cell.as_bytes();
    b.len() == 10
        && b.iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        })
}

fn write_figure(out: &mut String, figure: &Figure) {
    out.push_str("<figure>\n");
    out.push_str(figure.svg.trim());
    out.push_str("\n<figcaption>");
    for (colour, mark, label) in &figure.legend {
        let class = match mark {
            Mark::Line => "",
            Mark::Thick => " class=\"thick\"",
            Mark::Dashed => " class=\"dashed\"",
            Mark::Dot => " class=\"dot\"",
            Mark::Triangle => " class=\"triangle\"",
            Mark::Box => " class=\"box\"",
        };
        let _ = write!(
            out,
            "<span class=\"key\"><i{class} style=\"--c: {}\"></i>{}</span>",
            escape(colour),
            escape(label)
        );
    }
    out.push_str("</figcaption>\n</figure>\n");
}
