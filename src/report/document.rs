//! The report as a sequence of blocks (headings, sentences, lists, tables and figures) in the
//! chosen language: the one place that decides what the report says and in which order. The HTML
//! and Markdown renderers only lay the blocks out.

use chrono::NaiveDate;

use crate::i18n::Msg;

use super::Report;
use super::chart::{self, Figure};
use super::tables::{self, Table};
use super::words::Words;

/// One block of the report.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// A section heading, with an id for links.
    Heading(&'static str, String),
    /// A sentence or paragraph.
    Para(String),
    /// A smaller paragraph that says how something is counted.
    Fine(String),
    /// A list of sentences.
    List(Vec<String>),
    /// Label and value pairs.
    Facts(Vec<(String, String)>),
    /// A table.
    Table(Table),
    /// A figure, or the sentence that stands in for it when there is nothing to draw. Markdown
    /// leaves figures out: the table beside each one holds the same numbers.
    Figure(Option<Figure>, String),
    /// The exercises whose dose changed, each with its figure (start and end position) and its
    /// changes. Markdown leaves them out: the decisions table holds the same changes.
    Exercises(Vec<ExerciseFigure>),
}

/// An exercise drawn beside its dose changes.
#[derive(Debug, Clone, PartialEq)]
pub struct ExerciseFigure {
    /// The exercise's name.
    pub name: String,
    /// Its figure as SVG.
    pub svg: String,
    /// Its dose changes, one line each, with their dates.
    pub changes: Vec<String>,
}

/// The whole report.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    /// The title.
    pub title: String,
    /// The period and the program, under the title.
    pub subtitle: String,
    /// What the report is and is not.
    pub disclaimer: String,
    /// The blocks, in order.
    pub blocks: Vec<Block>,
    /// When, and from what, it was made.
    pub footer: String,
}

/// Lays out a report in words.
pub fn document(report: &Report, words: &Words<'_>) -> Document {
    let mut blocks = Vec::new();
    let heading = |id: &'static str| Block::Heading(id, words.text(&format!("report-h-{id}")));
    let table = |t: Option<Table>, blocks: &mut Vec<Block>| {
        if let Some(t) = t {
            blocks.push(Block::Table(t));
        }
    };
    blocks.push(heading("glance"));
    blocks.push(Block::List(glance(report, words)));
    program(report, words, &mut blocks);

    blocks.push(heading("adherence"));
    blocks.push(Block::Para(words.adherence(report)));
    if report.program.is_some() {
        blocks.push(Block::Figure(
            chart::adherence(report, words),
            words.text("report-figure-empty-adherence"),
        ));
    }
    table(tables::adherence(report, words), &mut blocks);
    blocks.extend(words.adherence_how(report).map(Block::Fine));
    if report.walking.days > 0 {
        blocks.push(Block::Para(
            words.t(Msg::new("report-walking")
                .num("days", report.walking.days)
                .num("minutes", report.walking.minutes)),
        ));
    }

    blocks.push(heading("pain"));
    blocks.push(Block::Para(words.pain(&report.pain)));
    blocks.extend(words.pain_sessions(&report.pain).map(Block::Para));
    blocks.push(Block::Figure(
        chart::pain(report, words),
        words.text("report-figure-empty-pain"),
    ));
    table(tables::pain(report, words), &mut blocks);
    blocks.push(Block::Fine(words.text("report-pain-how")));

    blocks.push(heading("function"));
    blocks.push(Block::Para(words.function(&report.function)));
    blocks.push(Block::Figure(
        chart::function(report, words),
        words.text("report-figure-empty-function"),
    ));
    table(tables::function(report, words), &mut blocks);
    blocks.push(Block::Fine(words.text("report-function-how")));

    blocks.push(heading("effort"));
    blocks.push(Block::Para(words.effort(&report.effort)));

    blocks.push(heading("rating"));
    match tables::ratings(report, words) {
        Some(t) => blocks.push(Block::Table(t)),
        None => blocks.push(Block::Para(words.text("report-rating-none"))),
    }
    blocks.push(Block::Fine(words.text("report-rating-how")));

    blocks.push(heading("decisions"));
    match tables::decisions(report, words) {
        Some(t) => blocks.push(Block::Table(t)),
        None => blocks.push(Block::Para(words.text("report-decisions-none"))),
    }
    let figures = exercise_figures(report, words);
    if !figures.is_empty() {
        blocks.push(Block::Exercises(figures));
    }
    if report.routine_holds > 0 {
        blocks.push(Block::Fine(words.t(
            Msg::new("report-decisions-holds").num("count", report.routine_holds as i64),
        )));
    }

    blocks.push(heading("flare-ups"));
    if report.flare_ups.is_empty() {
        blocks.push(Block::Para(words.no_flare_ups(report)));
    } else {
        let lines = report
            .flare_ups
            .iter()
            .map(|f| words.flare_up(f, report))
            .collect();
        blocks.push(Block::List(lines));
    }

    red_flags(report, words, &mut blocks);

    blocks.push(heading("adverse-events"));
    if report.adverse_events.is_empty() {
        blocks.push(Block::Para(words.text("report-adverse-none")));
    } else {
        let lines = report
            .adverse_events
            .iter()
            .map(|a| format!("{}: {}", words.date(a.date), words.adverse(&a.event)))
            .collect();
        blocks.push(Block::List(lines));
        blocks.push(Block::Fine(words.text("report-adverse-how")));
    }

    blocks.push(heading("sessions"));
    match tables::sessions(report, words) {
        Some(t) => blocks.push(Block::Table(t)),
        None => blocks.push(Block::Para(words.text("report-sessions-none"))),
    }

    blocks.push(heading("notes"));
    match tables::notes(report, words) {
        Some(t) => blocks.push(Block::Table(t)),
        None => blocks.push(Block::Para(words.text("report-notes-none"))),
    }

    let subtitle = match &report.program {
        Some(p) => format!("{} · {}", words.period(report), words.program_title(&p.id)),
        None => words.period(report),
    };
    let mut footer = words.t(Msg::new("report-made")
        .arg("date", report.made.format("%Y-%m-%d %H:%M").to_string())
        .num("entries", report.entries as i64));
    if report.unreadable > 0 {
        footer.push(' ');
        footer.push_str(
            &words.t(Msg::new("report-unreadable").num("count", report.unreadable as i64)),
        );
    }
    Document {
        title: words.text("report-title"),
        subtitle,
        disclaimer: words.text("report-disclaimer"),
        blocks,
        footer,
    }
}

/// The figure of each exercise whose dose changed (in the order of its first change), with its
/// changes; an exercise without a figure is left out.
fn exercise_figures(report: &Report, words: &Words<'_>) -> Vec<ExerciseFigure> {
    let lang = words.i18n.lang();
    let mut out: Vec<(String, ExerciseFigure)> = Vec::new();
    for dated in &report.decisions {
        let d = &dated.decision;
        let (what, _) = words.decision_parts(dated, report);
        let line = format!("{}: {what}", words.date(dated.date));
        for id in std::iter::once(&d.exercise).chain(d.to_exercise.as_ref()) {
            if let Some((_, figure)) = out.iter_mut().find(|(known, _)| known == id) {
                if !figure.changes.contains(&line) {
                    figure.changes.push(line.clone());
                }
                continue;
            }
            let Some(drawing) = words.catalog.figure(id) else {
                continue;
            };
            let name = words.catalog.exercise_name(id, lang).to_owned();
            let start = words.text("figure-start");
            let end = words.text("figure-end");
            let labels = crate::figure::Labels {
                title: &name,
                start: &start,
                end: &end,
            };
            if let Some(svg) = crate::figure::svg(drawing, labels) {
                out.push((
                    id.clone(),
                    ExerciseFigure {
                        name,
                        svg,
                        changes: vec![line.clone()],
                    },
                ));
            }
        }
    }
    out.into_iter().map(|(_, figure)| figure).collect()
}

/// The key findings, one sentence each.
fn glance(report: &Report, words: &Words<'_>) -> Vec<String> {
    let mut lines = vec![
        words.adherence(report),
        words.pain(&report.pain),
        words.function(&report.function),
    ];
    if let Some(last) = report.ratings.last() {
        lines.push(
            words.t(Msg::new("report-glance-rating")
                .arg("rating", words.rating(last))
                .arg("date", words.date(last.date))),
        );
    }
    let flare_ups = report.flare_ups.len() as i64;
    lines.push(words.t(Msg::new("report-glance-flare-ups").num("count", flare_ups)));
    lines.push(match report.red_flags.screens.last() {
        Some(s) => words.t(Msg::new("report-glance-red-flags")
            .arg("date", words.date(s.date))
            .arg("outcome", words.urgency(s.outcome))),
        None => words.text("report-red-flags-none"),
    });
    lines
}

fn program(report: &Report, words: &Words<'_>, blocks: &mut Vec<Block>) {
    blocks.push(Block::Heading("program", words.text("report-h-program")));
    let Some(p) = &report.program else {
        blocks.push(Block::Para(words.text("report-program-none")));
        return;
    };
    let mut name = format!("{} ({}, {})", words.program_title(&p.id), p.id, p.version);
    if p.title.is_none() {
        name.push(' ');
        name.push_str(&words.text("report-program-unknown"));
    }
    let fact = |id: &str, value: String| (words.text(&format!("report-program-{id}")), value);
    let mut facts = vec![fact("name", name)];
    if let Some(author) = &p.author {
        facts.push(fact(
            "author",
            crate::describe::wording::author(words.i18n, author),
        ));
    }
    facts.push(fact("start", words.date(p.start_date)));
    facts.push(fact("days", words.days(&p.weekdays)));
    if p.weeks > 0 {
        facts.push(fact(
            "dose",
            words.t(Msg::new("report-program-dose-value")
                .num("per_week", p.sessions_per_week)
                .num("weeks", p.weeks)),
        ));
        facts.push(fact(
            "completed",
            words.t(Msg::new("report-program-completed-value")
                .num("done", p.completed)
                .num("total", p.total_sessions())),
        ));
    }
    if let Some(usual) = p.usual_pain {
        facts.push(fact("usual", format!("{usual}/10")));
    }
    if !p.activities.is_empty() {
        facts.push(fact("activities", p.activities.join("; ")));
    }
    blocks.push(Block::Facts(facts));
    let changes: Vec<String> = report
        .enrolments
        .iter()
        .map(|(date, e)| {
            let mut line = format!(
                "{}: {}",
                words.date(*date),
                words.t(Msg::new("journal-enrolment")
                    .arg(
                        "action",
                        crate::describe::wording::enrolment_action(words.i18n, e.action),
                    )
                    .arg("program", words.program_title(&e.program))
                    .arg("start", words.date(e.start_date)))
            );
            if let Some(reason) = &e.reason {
                line.push_str(&format!(" ({reason})"));
            }
            line
        })
        .collect();
    if !changes.is_empty() {
        blocks.push(Block::List(changes));
    }
}

fn red_flags(report: &Report, words: &Words<'_>, blocks: &mut Vec<Block>) {
    blocks.push(Block::Heading(
        "red-flags",
        words.text("report-h-red-flags"),
    ));
    let flags = &report.red_flags;
    if flags.screens.is_empty() && flags.clearances.is_empty() {
        blocks.push(Block::Para(words.text("report-red-flags-none")));
    } else {
        // Screens and clinicians' checks in the order they were recorded.
        let mut lines: Vec<(NaiveDate, String)> = flags
            .screens
            .iter()
            .map(|s| {
                let mut line = format!("{}: {}", words.date(s.date), words.screen(s));
                if !s.present.is_empty() {
                    let names: Vec<String> = s.present.iter().map(|f| words.flag(*f)).collect();
                    line.push_str(&format!(" — {}", names.join("; ")));
                }
                (s.date, line)
            })
            .collect();
        for c in &flags.clearances {
            lines.push((
                c.recorded,
                format!("{}: {}", words.date(c.recorded), words.cleared(c)),
            ));
        }
        lines.sort_by_key(|(date, _)| *date);
        blocks.push(Block::List(lines.into_iter().map(|(_, l)| l).collect()));
    }
    if let Some(lock) = &flags.locked {
        blocks.push(Block::Para(words.t(
            Msg::new("report-red-flags-locked").arg("since", words.date(lock.since)),
        )));
    }
    blocks.extend(words.weekly(flags).map(Block::Para));
}
