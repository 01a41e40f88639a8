//! The patient's home program on paper: for each phase, each exercise with its figure (start and
//! end side by side), its steps and cues, the dose in words and its cautions, and a table of
//! tick-boxes to log the sessions of each week by hand; then the safety note, who to call and the
//! physiotherapist's name. Gathered here in the reader's language, written as HTML or Markdown.

mod html;
mod markdown;

use crate::catalog::Catalog;
use crate::i18n::{I18n, Msg};
use crate::model::{Prescription, Program};

pub use html::render as html;
pub use markdown::render as markdown;

/// One exercise of a phase on paper.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    /// Its id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// What it is for.
    pub purpose: String,
    /// The figure as SVG (start and end), when the exercise has one.
    pub figure: Option<String>,
    /// The dose in words.
    pub dose: String,
    /// The steps.
    pub steps: Vec<String>,
    /// Short reminders.
    pub cues: Vec<String>,
    /// Care points, each with what it is about.
    pub cautions: Vec<String>,
}

/// One phase on paper.
#[derive(Debug, Clone, PartialEq)]
pub struct PhasePage {
    /// "Phase 1 · Getting started" and its weeks.
    pub title: String,
    /// "Weeks 1–2 · 3 sessions a week · about 20 minutes".
    pub when: String,
    /// What the phase works on.
    pub focus: String,
    /// What to do on the days without a session ("On days without a session: walk 10 minutes,
    /// ..."), when the phase prescribes it.
    pub rest_days: Option<String>,
    /// The exercises, in order.
    pub items: Vec<Item>,
    /// The program weeks of the phase, for the log table.
    pub weeks: Vec<u32>,
    /// Sessions a week: tick-boxes on each row of the log table.
    pub sessions_per_week: u32,
}

/// The whole handout, in one language.
#[derive(Debug, Clone, PartialEq)]
pub struct Handout {
    /// The language code (`en`, `nl`).
    pub lang: &'static str,
    /// "Your home exercises".
    pub title: String,
    /// The program's title.
    pub program: String,
    /// "Made with your physiotherapist ...".
    pub therapist: String,
    /// The phases shown.
    pub phases: Vec<PhasePage>,
    /// Labels of the log table: week, session, notes.
    pub log_labels: [String; 4],
    /// Headings: the log, steps, cues, cautions, safety.
    pub headings: Headings,
    /// The safety note, a sentence a line.
    pub safety: Vec<String>,
    /// Who to call, a sentence a line.
    pub call: Vec<String>,
}

/// The headings a handout uses.
#[derive(Debug, Clone, PartialEq)]
pub struct Headings {
    /// Above each exercise's dose.
    pub dose: String,
    /// Above the steps.
    pub steps: String,
    /// Above the cues.
    pub cues: String,
    /// Above the cautions.
    pub cautions: String,
    /// Above the log table.
    pub log: String,
    /// Above the safety note.
    pub safety: String,
}

/// One phase to show: its index in the program and each exercise with the dose to print.
#[derive(Debug, Clone, PartialEq)]
pub struct PhaseDoses {
    /// Index of the phase in the program.
    pub phase: usize,
    /// Exercise id and its dose, in the phase's order.
    pub exercises: Vec<(String, Prescription)>,
}

/// Gathers a handout for `program` with the given phases and doses.
pub fn gather(
    i18n: &I18n,
    catalog: &Catalog,
    program: &Program,
    therapist: Option<&str>,
    phases: &[PhaseDoses],
) -> Handout {
    let lang = i18n.lang();
    let t = |id: &str| i18n.text(id);
    let pages = phases
        .iter()
        .filter_map(|doses| {
            let phase = program.phases.get(doses.phase)?;
            let [first, last] = phase.weeks;
            let items = doses
                .exercises
                .iter()
                .filter_map(|(id, dose)| item(i18n, catalog, id, dose))
                .collect();
            Some(PhasePage {
                title: i18n.format(
                    &Msg::new("handout-phase")
                        .num("number", doses.phase as i64 + 1)
                        .arg("name", phase.name.get(lang)),
                ),
                when: i18n.format(
                    &Msg::new("handout-phase-when")
                        .num("first", first)
                        .num("last", last)
                        .num("sessions", program.sessions_per_week)
                        .num("minutes", phase.minutes),
                ),
                focus: phase.focus.get(lang).to_owned(),
                rest_days: phase
                    .activity
                    .as_ref()
                    .map(|a| crate::describe::activity_rule(i18n, a)),
                items,
                weeks: (first..=last).collect(),
                sessions_per_week: program.sessions_per_week,
            })
        })
        .collect();
    let author = therapist.map_or("", str::trim);
    Handout {
        lang: lang.code(),
        title: t("handout-title"),
        program: program.title.get(lang).to_owned(),
        therapist: if author.is_empty() {
            t("handout-therapist-unknown")
        } else {
            i18n.format(&Msg::new("handout-therapist").arg("name", author))
        },
        phases: pages,
        log_labels: [
            t("handout-log-week"),
            t("handout-log-session"),
            t("handout-log-pain"),
            t("handout-log-notes"),
        ],
        headings: Headings {
            dose: t("handout-dose"),
            steps: t("label-instructions"),
            cues: t("label-cues"),
            cautions: t("handout-cautions"),
            log: t("handout-log"),
            safety: t("handout-safety"),
        },
        safety: vec![t("handout-safety-stop"), t("cli-safety")],
        call: vec![
            if author.is_empty() {
                t("handout-call-physio-unknown")
            } else {
                i18n.format(&Msg::new("handout-call-physio").arg("name", author))
            },
            t("handout-call-doctor"),
            t("handout-call-emergency"),
        ],
    }
}

fn item(i18n: &I18n, catalog: &Catalog, id: &str, dose: &Prescription) -> Option<Item> {
    let lang = i18n.lang();
    let exercise = &catalog.exercises.get(id)?.value;
    let name = exercise.name.get(lang).to_owned();
    let figure = catalog.figure(id).and_then(|figure| {
        let start = i18n.text("figure-start");
        let end = i18n.text("figure-end");
        crate::figure::svg(
            figure,
            crate::figure::Labels {
                title: &name,
                start: &start,
                end: &end,
            },
        )
    });
    Some(Item {
        id: id.to_owned(),
        purpose: exercise.purpose.get(lang).to_owned(),
        figure,
        dose: crate::describe::prescription(i18n, dose),
        steps: exercise.instructions.get(lang).to_vec(),
        cues: exercise.cues.get(lang).to_vec(),
        cautions: exercise
            .cautions
            .iter()
            .filter_map(|c| {
                let text = c.text();
                let text = text.get(lang);
                (!text.trim().is_empty()).then(|| {
                    format!(
                        "{}: {text}",
                        i18n.text(&format!("condition-{}", c.condition.name()))
                    )
                })
            })
            .collect(),
        name,
    })
}
