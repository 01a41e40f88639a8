//! Full, readable sheets of an exercise and a program, shared by `kern exercise`, `kern program`
//! and the coach's library.

use crate::catalog::Catalog;
use crate::i18n::{I18n, Msg};
use crate::model::{Exercise, Program};

/// The full text of an exercise for reading in a terminal or a file.
pub fn exercise_sheet(i18n: &I18n, catalog: &Catalog, ex: &Exercise) -> String {
    let lang = i18n.lang();
    let name_of = |id: &str| catalog.exercise_name(id, lang).to_owned();
    let mut out = String::new();
    let title = ex.name.get(lang);
    out.push_str(&format!("{title}\n{}\n", "=".repeat(title.chars().count())));
    if ex.draft {
        out.push_str(&format!("[{}]\n", i18n.text("label-draft")));
    }
    out.push_str(&format!("{}\n\n", ex.purpose.get(lang)));
    let equipment: Vec<String> = ex
        .equipment
        .iter()
        .map(|e| i18n.text(&format!("equipment-{}", e.name())))
        .collect();
    let facts = [
        (
            "label-category",
            i18n.text(&format!("category-{}", ex.category.name())),
        ),
        ("label-level-title", format!("{}/10", ex.level)),
        (
            "label-position",
            i18n.text(&format!("position-{}", ex.position.name())),
        ),
        (
            "label-equipment",
            if equipment.is_empty() {
                i18n.text("equipment-none")
            } else {
                equipment.join(", ")
            },
        ),
        ("label-dose", super::dose(i18n, &ex.dose)),
        ("label-safe-range", super::range(i18n, &ex.dose)),
    ];
    for (label, value) in facts {
        out.push_str(&format!(
            "{:<16} {value}\n",
            format!("{}:", i18n.text(label))
        ));
    }
    section(
        &mut out,
        &i18n.text("label-instructions"),
        ex.instructions.get(lang),
        true,
    );
    section(&mut out, &i18n.text("label-cues"), ex.cues.get(lang), false);
    section(
        &mut out,
        &i18n.text("label-mistakes"),
        ex.mistakes.get(lang),
        false,
    );
    if !ex.cautions.is_empty() {
        out.push_str(&format!("\n{}\n", i18n.text("label-cautions")));
        for caution in &ex.cautions {
            out.push_str(&format!(
                "  - {}: {}\n",
                i18n.text(&format!("condition-{}", caution.condition.name())),
                caution.text().get(lang)
            ));
        }
    }
    if ex.ladder.easier.is_some() || ex.ladder.harder.is_some() {
        out.push_str(&format!("\n{}\n", i18n.text("label-ladder")));
        if let Some(easier) = &ex.ladder.easier {
            out.push_str(&format!(
                "  {} {} ({easier})\n",
                i18n.text("label-easier"),
                name_of(easier)
            ));
        }
        if let Some(harder) = &ex.ladder.harder {
            out.push_str(&format!(
                "  {} {} ({harder})\n",
                i18n.text("label-harder"),
                name_of(harder)
            ));
        }
    }
    out.push_str(&references_section(i18n, catalog, &ex.references));
    out.push_str(&format!("\n{}\n", i18n.text("cli-safety-short")));
    out
}

fn section(out: &mut String, title: &str, items: &[String], numbered: bool) {
    if items.is_empty() {
        return;
    }
    out.push_str(&format!("\n{title}\n"));
    for (i, item) in items.iter().enumerate() {
        if numbered {
            out.push_str(&format!("  {}. {item}\n", i + 1));
        } else {
            out.push_str(&format!("  - {item}\n"));
        }
    }
}

/// The overview of a program for reading.
pub fn program_sheet(i18n: &I18n, catalog: &Catalog, p: &Program) -> String {
    let lang = i18n.lang();
    let mut out = String::new();
    let title = p.title.get(lang);
    out.push_str(&format!(
        "{title}\n{}\n{}\n\n",
        "=".repeat(title.chars().count()),
        p.summary.get(lang)
    ));
    out.push_str(&format!(
        "{}\n  {}\n\n",
        i18n.text("label-for-whom"),
        p.for_whom.get(lang)
    ));
    let days = super::wording::weekdays(i18n, &p.weekdays);
    out.push_str(&format!(
        "{}\n",
        i18n.format(
            &Msg::new("program-facts")
                .num("weeks", p.weeks)
                .num("sessions", p.sessions_per_week)
                .arg("days", days)
                .arg("author", super::wording::author(i18n, &p.author))
                .num("version", p.version)
        )
    ));
    for phase in &p.phases {
        out.push_str(&format!(
            "\n{}\n",
            i18n.format(
                &Msg::new("program-phase")
                    .num(
                        "first",
                        if phase.weeks[0] == phase.weeks[1] {
                            0
                        } else {
                            phase.weeks[0]
                        },
                    )
                    .num("last", phase.weeks[1])
                    .arg("name", phase.name.get(lang))
                    .num("minutes", phase.minutes)
            )
        ));
        let focus = phase.focus.get(lang);
        if !focus.is_empty() {
            out.push_str(&format!("  {focus}\n"));
        }
        for item in &phase.exercises {
            let dose = catalog
                .exercises
                .get(&item.exercise)
                .map(|e| super::dose(i18n, &e.value.dose.with_override(&item.dose_override())))
                .unwrap_or_default();
            out.push_str(&format!(
                "  - {:<32} {dose}\n",
                catalog.exercise_name(&item.exercise, lang)
            ));
        }
        if let Some(activity) = &phase.activity {
            out.push_str(&format!(
                "  {}\n",
                super::today::activity_rule(i18n, activity)
            ));
        }
    }
    out.push_str(&format!("\n{}\n", i18n.text("label-rules")));
    for line in super::rules(i18n, &p.progression) {
        out.push_str(&format!("  - {line}\n"));
    }
    out.push_str(&format!("\n{}\n", i18n.text("label-measures")));
    for line in super::measures(i18n, &p.measures) {
        out.push_str(&format!("  - {line}\n"));
    }
    out.push_str(&references_section(i18n, catalog, &p.references));
    out.push_str(&format!("\n{}\n", i18n.text("cli-safety-short")));
    out
}

/// "References" and one short citation per id.
pub fn references_section(i18n: &I18n, catalog: &Catalog, ids: &[String]) -> String {
    if ids.is_empty() {
        return String::new();
    }
    let mut out = format!("\n{}\n", i18n.text("label-references"));
    for id in ids {
        match catalog.references.get(id) {
            Some(entry) => {
                let r = &entry.value;
                let doi = r
                    .doi
                    .as_ref()
                    .map(|d| format!(" doi:{d}"))
                    .unwrap_or_default();
                out.push_str(&format!(
                    "  - {} ({}). {}. {}.{doi}\n",
                    r.authors, r.year, r.title, r.source
                ));
            }
            None => out.push_str(&format!("  - {id}\n")),
        }
    }
    out
}
