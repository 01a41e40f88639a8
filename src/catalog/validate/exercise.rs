//! Checks of one exercise on its own (links to others are checked in `ladder` and `mod`).

use crate::catalog::{PathSeg, Sink};
use crate::i18n::Msg;
use crate::model::Exercise;
use crate::path;

use super::{dose, texts};

/// Checks texts, level, equipment, cautions and dose.
pub fn check(sink: &mut Sink<'_>, exercise: &Exercise) {
    let draft = exercise.draft;
    texts::text(sink, path!["name"], &exercise.name, draft);
    texts::text(sink, path!["purpose"], &exercise.purpose, draft);
    texts::list(
        sink,
        path!["instructions"],
        &exercise.instructions,
        draft,
        true,
    );
    texts::list(sink, path!["cues"], &exercise.cues, draft, false);
    texts::list(sink, path!["mistakes"], &exercise.mistakes, draft, false);
    for (i, caution) in exercise.cautions.iter().enumerate() {
        texts::text(sink, path!["cautions", i], &caution.text(), draft);
    }
    if !(1..=10).contains(&exercise.level) {
        sink.error(
            path!["level"],
            Msg::new("diag-out-of-range")
                .arg("key", "level")
                .num("value", exercise.level)
                .num("min", 1)
                .num("max", 10),
            Some(Msg::new("diag-level-help")),
        );
    }
    let mut seen = Vec::new();
    for (i, item) in exercise.equipment.iter().enumerate() {
        if seen.contains(item) {
            sink.warning(
                path!["equipment", i],
                Msg::new("diag-duplicate-item").arg("item", item.name()),
                None,
            );
        } else {
            seen.push(*item);
        }
    }
    dose::check_exercise_dose(sink, &[PathSeg::Key("dose".into())], &exercise.dose);
    dose::check_sides(
        sink,
        &[PathSeg::Key("dose".into())],
        &exercise.dose,
        exercise.category,
    );
}
