//! The handout as one self-contained HTML page: inline style and SVG figures, no scripts, nothing
//! from the network; A4 print styles keep each exercise and each log table on one page.

use std::fmt::Write as _;

use super::{Handout, Item, PhasePage};
use crate::report::html::escape;

/// The page's style sheet.
const CSS: &str = include_str!("handout.css");

/// The HTML page of a handout.
pub fn render(handout: &Handout) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"kern\">\n<title>{} · {}</title>\n<style>\n{CSS}</style>\n\
         </head>\n<body>\n<main>\n<header>\n<p class=\"brand\">kern</p>\n<h1>{}</h1>\n\
         <p class=\"subtitle\">{}</p>\n<p class=\"therapist\">{}</p>\n</header>\n",
        handout.lang,
        escape(&handout.title),
        escape(&handout.program),
        escape(&handout.title),
        escape(&handout.program),
        escape(&handout.therapist),
    );
    for page in &handout.phases {
        phase(&mut out, handout, page);
    }
    let _ = write!(
        out,
        "<section class=\"safety\">\n<h2>{}</h2>\n",
        escape(&handout.headings.safety)
    );
    for line in handout.safety.iter().chain(&handout.call) {
        let _ = writeln!(out, "<p>{}</p>", escape(line));
    }
    out.push_str("</section>\n");
    let _ = write!(
        out,
        "<footer>{}</footer>\n</main>\n</body>\n</html>\n",
        escape(&handout.therapist)
    );
    out
}

fn phase(out: &mut String, handout: &Handout, page: &PhasePage) {
    let _ = write!(
        out,
        "<section class=\"phase\">\n<h2>{}</h2>\n<p class=\"when\">{}</p>\n",
        escape(&page.title),
        escape(&page.when)
    );
    if !page.focus.trim().is_empty() {
        let _ = writeln!(out, "<p class=\"focus\">{}</p>", escape(&page.focus));
    }
    if let Some(rest_days) = &page.rest_days {
        let _ = writeln!(out, "<p class=\"rest-days\">{}</p>", escape(rest_days));
    }
    for item in &page.items {
        exercise(out, handout, item);
    }
    log(out, handout, page);
    out.push_str("</section>\n");
}

fn exercise(out: &mut String, handout: &Handout, item: &Item) {
    let h = &handout.headings;
    let _ = write!(
        out,
        "<article class=\"exercise\">\n<h3>{}</h3>\n<p class=\"dose\"><strong>{}:</strong> {}</p>\n",
        escape(&item.name),
        escape(&h.dose),
        escape(&item.dose)
    );
    // The figure across the card, large enough to read at arm's length.
    if let Some(svg) = &item.figure {
        let _ = writeln!(out, "<figure>{svg}</figure>");
    }
    out.push_str("<div class=\"columns\">\n<div>\n");
    let _ = writeln!(out, "<p class=\"purpose\">{}</p>", escape(&item.purpose));
    list(out, &h.steps, &item.steps, "ol", "");
    out.push_str("</div>\n<div>\n");
    list(out, &h.cues, &item.cues, "ul", "");
    list(
        out,
        &h.cautions,
        &item.cautions,
        "ul",
        " class=\"cautions\"",
    );
    out.push_str("</div>\n</div>\n");
    let _ = writeln!(
        out,
        "<p class=\"code\">kern: {}</p>\n</article>",
        escape(&item.id)
    );
}

fn list(out: &mut String, heading: &str, items: &[String], tag: &str, class: &str) {
    if items.is_empty() {
        return;
    }
    let _ = writeln!(out, "<h4>{}</h4>\n<{tag}{class}>", escape(heading));
    for item in items {
        let _ = writeln!(out, "<li>{}</li>", escape(item));
    }
    let _ = writeln!(out, "</{tag}>");
}

/// A table to tick each session of each week by hand, with the date, the pain and a note.
fn log(out: &mut String, handout: &Handout, page: &PhasePage) {
    let [week, session, pain, notes] = &handout.log_labels;
    let _ = write!(
        out,
        "<section class=\"log\">\n<h3>{}</h3>\n<table>\n<thead><tr><th scope=\"col\">{}</th>",
        escape(&handout.headings.log),
        escape(week)
    );
    for n in 1..=page.sessions_per_week {
        let _ = write!(out, "<th scope=\"col\">{} {n}</th>", escape(session));
    }
    let _ = write!(
        out,
        "<th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>\n",
        escape(pain),
        escape(notes)
    );
    for w in &page.weeks {
        let _ = write!(out, "<tr><th scope=\"row\">{w}</th>");
        for _ in 0..page.sessions_per_week {
            out.push_str(
                "<td class=\"tick\"><span class=\"box\"></span><span class=\"date\"></span></td>",
            );
        }
        out.push_str("<td></td><td class=\"notes\"></td></tr>\n");
    }
    out.push_str("</tbody>\n</table>\n</section>\n");
}
