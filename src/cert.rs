//! The CERT checklist of a program (Consensus on Exercise Reporting Template, Slade et al. 2016):
//! its 16 items answered from the program file, its exercises and cards, and what kern itself
//! does, with "not stated" where the file is silent.

use serde::Serialize;

use crate::catalog::Catalog;
use crate::i18n::{I18n, Msg};
use crate::model::{Equipment, LocalizedText, Program};
use crate::neutral::{Layout, neutralise};
use crate::report::markdown::escape;

/// One item of the checklist.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CertItem {
    /// 1 to 16 (items with parts a and b are one item).
    pub number: u32,
    /// What the item asks.
    pub item: String,
    /// The answer, or "not stated".
    pub answer: String,
    /// Where the answer comes from.
    pub source: String,
    /// Whether the program (or kern) states it.
    #[serde(skip)]
    pub stated: bool,
}

/// The 16 items for a program.
pub fn checklist(i18n: &I18n, catalog: &Catalog, program: &Program) -> Vec<CertItem> {
    let cert = &program.cert;
    let lang = i18n.lang();
    let text = |t: &Option<LocalizedText>| {
        t.as_ref()
            .map(|t| t.get(lang).trim().to_owned())
            .filter(|t| !t.is_empty())
    };
    let not_stated = i18n.text("cert-not-stated");
    let file = |key: &str| i18n.format(&Msg::new("cert-source-file").arg("key", key));
    let kern = i18n.text("cert-source-kern");
    let mut items = Vec::new();
    let mut push = |number: u32, answer: Option<String>, source: String| {
        let stated = answer.is_some();
        items.push(CertItem {
            number,
            item: i18n.text(&format!("cert-item-{number}")),
            answer: answer.unwrap_or_else(|| not_stated.clone()),
            source: if stated {
                source
            } else {
                i18n.text("cert-source-none")
            },
            stated,
        });
    };

    // 1. Equipment: the file's specifics, and what the exercises name.
    let equipment = equipment_names(i18n, catalog, program);
    push(
        1,
        text(&cert.equipment).map(|t| {
            i18n.format(
                &Msg::new("cert-equipment")
                    .arg("text", t)
                    .arg("list", equipment.as_str()),
            )
        }),
        file("cert.equipment"),
    );
    // 2. Provider.
    push(2, text(&cert.provider), file("cert.provider"));
    // 3. Individual or group.
    push(
        3,
        cert.delivery
            .map(|d| i18n.text(&format!("cert-delivery-{}", d.name()))),
        file("cert.delivery"),
    );
    // 4. Supervised or not, and how it is delivered.
    push(
        4,
        cert.supervision.map(|s| {
            let mut answer = i18n.text(&format!("cert-supervision-{}", s.name()));
            if let Some(how) = text(&cert.delivered_how) {
                answer.push(' ');
                answer.push_str(&how);
            }
            answer.push(' ');
            answer.push_str(&i18n.text("cert-kern-delivers"));
            answer
        }),
        file("cert.supervision, cert.delivered_how"),
    );
    // 5. Adherence: kern's session log.
    push(5, Some(i18n.text("cert-kern-adherence")), kern.clone());
    // 6. Motivation.
    push(6, text(&cert.motivation), file("cert.motivation"));
    // 7. Progression rules and how the program progresses.
    push(
        7,
        Some(progression(i18n, program)),
        file("[progression], [[phases]]"),
    );
    // 8. Replicable descriptions.
    push(
        8,
        Some(i18n.format(
            &Msg::new("cert-kern-descriptions").num("count", exercise_ids(program).len() as i64),
        )),
        i18n.text("cert-source-exercises"),
    );
    // 9. Home component.
    push(9, text(&cert.home), file("cert.home"));
    // 10. Non-exercise components: education cards by week.
    push(10, education(i18n, catalog, program), file("[[education]]"));
    // 11. Adverse events.
    push(
        11,
        Some(i18n.text("cert-kern-adverse-events")),
        kern.clone(),
    );
    // 12. Setting.
    push(12, text(&cert.setting), file("cert.setting"));
    // 13. Dose, including intensity.
    push(
        13,
        Some(dose(i18n, catalog, program)),
        file("weeks, sessions_per_week, [[phases]]"),
    );
    // 14. Generic or tailored, and how.
    push(
        14,
        text(&cert.tailoring).map(|t| format!("{t} {}", i18n.text("cert-kern-tailors"))),
        file("cert.tailoring"),
    );
    // 15. Starting level.
    push(15, text(&cert.starting_level), file("cert.starting_level"));
    // 16. Adherence and fidelity: planned versus done.
    push(16, Some(i18n.text("cert-kern-fidelity")), kern);
    items
}

/// The exercise ids the phases name, in first-use order.
fn exercise_ids(program: &Program) -> Vec<&str> {
    let mut ids: Vec<&str> = Vec::new();
    for phase in &program.phases {
        for item in &phase.exercises {
            if !ids.contains(&item.exercise.as_str()) {
                ids.push(&item.exercise);
            }
        }
    }
    ids
}

fn equipment_names(i18n: &I18n, catalog: &Catalog, program: &Program) -> String {
    let mut all: Vec<Equipment> = Vec::new();
    for id in exercise_ids(program) {
        if let Some(entry) = catalog.exercises.get(id) {
            for e in &entry.value.equipment {
                if !all.contains(e) {
                    all.push(*e);
                }
            }
        }
    }
    if all.is_empty() {
        return i18n.text("cert-no-equipment");
    }
    all.iter()
        .map(|e| i18n.text(&format!("equipment-{}", crate::describe::serde_name(e))))
        .collect::<Vec<_>>()
        .join(", ")
}

fn progression(i18n: &I18n, program: &Program) -> String {
    let mut answer = crate::describe::rules(i18n, &program.progression).join(" ");
    let weeks: Vec<String> = program
        .phases
        .iter()
        .map(|p| format!("{}–{}", p.weeks[0], p.weeks[1]))
        .collect();
    answer.push(' ');
    answer.push_str(
        &i18n.format(
            &Msg::new("cert-phases")
                .num("count", program.phases.len() as i64)
                .arg("weeks", weeks.join(", ")),
        ),
    );
    answer
}

fn education(i18n: &I18n, catalog: &Catalog, program: &Program) -> Option<String> {
    if program.education.is_empty() {
        return None;
    }
    let lang = i18n.lang();
    let weeks: Vec<String> = program
        .education
        .iter()
        .map(|w| {
            let titles: Vec<String> = w
                .cards
                .iter()
                .map(|id| {
                    catalog
                        .education
                        .get(id)
                        .map_or_else(|| id.clone(), |e| format!("“{}”", e.value.title.get(lang)))
                })
                .collect();
            i18n.format(
                &Msg::new("cert-education-week")
                    .num("week", w.week)
                    .arg("cards", titles.join(", ")),
            )
        })
        .collect();
    Some(i18n.format(&Msg::new("cert-education").arg("weeks", weeks.join("; "))))
}

fn dose(i18n: &I18n, catalog: &Catalog, program: &Program) -> String {
    let lang = i18n.lang();
    let days: Vec<String> = program
        .weekdays
        .iter()
        .map(|d| i18n.text(&format!("weekday-{}", d.name())))
        .collect();
    let mut answer = i18n.format(
        &Msg::new("cert-dose")
            .num("weeks", program.weeks)
            .num("sessions", program.sessions_per_week)
            .arg("days", days.join(", ")),
    );
    for phase in &program.phases {
        let effort = match phase.effort {
            Some([low, high]) => {
                i18n.format(&Msg::new("cert-effort").num("low", low).num("high", high))
            }
            None => i18n.text("cert-effort-not-stated"),
        };
        let exercises: Vec<String> = phase
            .exercises
            .iter()
            .map(|item| {
                let dose = catalog
                    .exercises
                    .get(&item.exercise)
                    .map(|e| {
                        crate::describe::dose(
                            i18n,
                            &e.value.dose.with_override(&item.dose_override()),
                        )
                    })
                    .unwrap_or_default();
                format!("{} {dose}", catalog.exercise_name(&item.exercise, lang))
            })
            .collect();
        answer.push(' ');
        answer.push_str(
            &i18n.format(
                &Msg::new("cert-dose-phase")
                    .num("first", phase.weeks[0])
                    .num("last", phase.weeks[1])
                    .num("minutes", phase.minutes)
                    .arg("effort", effort)
                    .arg("exercises", exercises.join("; ")),
            ),
        );
    }
    answer
}

/// The checklist as plain text.
pub fn to_text(i18n: &I18n, title: &str, items: &[CertItem]) -> String {
    let heading = neutralise(
        &i18n.format(&Msg::new("cert-title").arg("title", title)),
        Layout::OneLine,
    )
    .into_owned();
    let mut out = format!("{heading}\n{}\n", "=".repeat(heading.chars().count()));
    for item in items {
        let line = |s: &str| neutralise(s, Layout::OneLine).into_owned();
        out.push_str(&format!(
            "\n{:>2}. {}\n    {}\n    ({})\n",
            item.number,
            line(&item.item),
            line(&item.answer),
            line(&item.source)
        ));
    }
    out
}

/// The checklist as a Markdown table.
pub fn to_markdown(i18n: &I18n, title: &str, items: &[CertItem]) -> String {
    let cell = |s: &str| escape(s);
    let mut out = format!(
        "# {}\n\n| # | {} | {} | {} |\n|---|---|---|---|\n",
        cell(&i18n.format(&Msg::new("cert-title").arg("title", title))),
        i18n.text("cert-column-item"),
        i18n.text("cert-column-answer"),
        i18n.text("cert-column-source"),
    );
    for item in items {
        out.push_str(&format!(
            "| {} | {} | {} | {} |\n",
            item.number,
            cell(&item.item),
            cell(&item.answer),
            cell(&item.source)
        ));
    }
    out
}
