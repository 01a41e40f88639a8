//! The mapping, checked on a small committed sample of the source (`tests/data/`).

use super::*;
use crate::catalog::{Catalog, LoadOptions, Severity};
use crate::model::Exercise;
use crate::model::{Category, DoseKind, Equipment, Position};

const SAMPLE: &str = include_str!("../../../tests/data/free-exercise-db-sample.json");

fn shipped_ids() -> BTreeSet<String> {
    Catalog::load(&LoadOptions::shipped_only())
        .exercises
        .keys()
        .cloned()
        .collect()
}

fn drafts(filter: &Filter) -> Vec<Draft> {
    convert(&parse(SAMPLE).unwrap(), filter, &shipped_ids())
}

fn exercise(drafts: &[Draft], id: &str) -> Exercise {
    let draft = drafts.iter().find(|d| d.id == id).unwrap();
    toml::from_str(&draft.text).unwrap()
}

#[test]
fn ids_are_kebab_case_and_never_take_a_shipped_id() {
    let ids: Vec<String> = drafts(&Filter::default())
        .into_iter()
        .map(|d| d.id)
        .collect();
    assert_eq!(
        ids,
        [
            "3-4-sit-up",
            "adductor",
            "bicycling",
            "plank-imported",
            "side-bridge"
        ]
    );
    assert_eq!(
        kebab_id("Barbell_Ab_Rollout_-_On_Knees").as_deref(),
        Some("barbell-ab-rollout-on-knees")
    );
    assert_eq!(kebab_id("__"), None);
    assert!(kebab_id(&"a_".repeat(50)).unwrap().len() <= 64);
    let taken: BTreeSet<String> = ["plank".into(), "plank-imported".into()].into();
    assert_eq!(unique_id("plank", &taken), "plank-imported-2");
}

#[test]
fn fields_are_mapped() {
    let all = drafts(&Filter::default());
    let sit_up = exercise(&all, "3-4-sit-up");
    assert!(sit_up.draft);
    assert_eq!(sit_up.category, Category::Core);
    assert_eq!(sit_up.level, 2);
    assert_eq!(sit_up.position, Position::Supine);
    assert_eq!(sit_up.equipment, [Equipment::Mat]);
    assert_eq!(sit_up.dose.kind, DoseKind::Reps);
    assert_eq!(sit_up.dose.reps, Some(8.into()));
    assert_eq!(sit_up.name.en.as_deref(), Some("3/4 Sit-Up"));
    assert_eq!(sit_up.name.nl, None);
    assert_eq!(
        sit_up.purpose.en.as_deref(),
        Some("A strength exercise for the abdominals.")
    );
    assert_eq!(sit_up.instructions.en.as_ref().map(Vec::len), Some(5));

    let adductor = exercise(&all, "adductor");
    assert_eq!(adductor.category, Category::Mobility);
    assert_eq!(adductor.level, 5);
    assert_eq!(adductor.position, Position::Prone);
    assert_eq!(adductor.equipment, [Equipment::FoamRoller]);
    assert_eq!(
        (adductor.dose.kind, adductor.dose.hold_seconds),
        (DoseKind::Hold, Some(20))
    );

    let bike = exercise(&all, "bicycling");
    assert_eq!(bike.category, Category::Aerobic);
    assert_eq!(bike.equipment, [Equipment::Other]);
    assert_eq!(
        (bike.dose.kind, bike.dose.duration_seconds),
        (DoseKind::Timed, Some(600))
    );

    let plank = exercise(&all, "plank-imported");
    assert_eq!(plank.dose.kind, DoseKind::Hold);
    let text = &all.iter().find(|d| d.id == "plank-imported").unwrap().text;
    assert!(
        text.contains("The Unlicense") && text.contains("Images are missing"),
        "{text}"
    );
    assert!(text.contains("kern already has an exercise with that id"));
}

#[test]
fn every_draft_loads_with_warnings_only() {
    let all = drafts(&Filter::default());
    let files: Vec<(String, &str)> = all
        .iter()
        .map(|d| (format!("exercises/{}.toml", d.id), d.text.as_str()))
        .collect();
    let files: Vec<(&str, &str)> = files.iter().map(|(p, t)| (p.as_str(), *t)).collect();
    let catalog = Catalog::from_texts(true, &files);
    assert_eq!(
        catalog.count(Severity::Error),
        0,
        "{:#?}",
        catalog.diagnostics
    );
    assert!(catalog.count(Severity::Warning) >= all.len());
    assert!(all.iter().all(|d| catalog.exercises[&d.id].value.draft));
    // The source gives no steps for the side bridge: a placeholder says so.
    let side = exercise(&all, "side-bridge");
    assert!(side.instructions.en.unwrap()[0].starts_with("TODO"));
}

#[test]
fn filters_use_the_source_values() {
    let stretching = Filter {
        category: Some("stretching".into()),
        level: None,
    };
    assert_eq!(drafts(&stretching).len(), 1);
    let beginner_strength = Filter {
        category: Some("Strength".into()),
        level: Some("beginner".into()),
    };
    assert_eq!(drafts(&beginner_strength).len(), 3);
    let none = Filter {
        category: None,
        level: Some("expert".into()),
    };
    assert!(drafts(&none).is_empty());
}
