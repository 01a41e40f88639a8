//! Words for each step of the plain-text coach: "Bird-dog, set 2 of 3, left side: 6 repetitions,
//! hold each 10 seconds".

use crate::catalog::Catalog;
use crate::describe;
use crate::i18n::{I18n, Msg};
use crate::journal::Side;
use crate::session::{Engine, Step, Work};

fn name(catalog: &Catalog, i18n: &I18n, id: &str) -> String {
    catalog.exercise_name(id, i18n.lang()).to_owned()
}

fn side_text(i18n: &I18n, side: Option<Side>) -> String {
    match side {
        Some(Side::Left) => format!(", {}", i18n.text("side-left")),
        Some(Side::Right) => format!(", {}", i18n.text("side-right")),
        None => String::new(),
    }
}

/// The sentence for the current step.
pub fn describe_step(catalog: &Catalog, i18n: &I18n, engine: &Engine) -> String {
    // An exercise replaced by its easier variant goes on under the variant's name.
    let exercise_name = |i: usize| {
        let id = engine.records()[i]
            .replaced_by
            .as_deref()
            .unwrap_or(&engine.exercises()[i].id);
        name(catalog, i18n, id)
    };
    match engine.current() {
        Step::CheckIn | Step::CheckOut => String::new(),
        Step::GetReady => {
            let first = engine.exercises().first();
            i18n.format(
                &Msg::new("plain-get-ready")
                    .arg(
                        "name",
                        first
                            .map(|e| name(catalog, i18n, &e.id))
                            .unwrap_or_default(),
                    )
                    .arg(
                        "dose",
                        first
                            .map(|e| describe::prescription(i18n, &e.dose))
                            .unwrap_or_default(),
                    )
                    .num(
                        "seconds",
                        i64::from(crate::session::steps::GET_READY_SECONDS),
                    ),
            )
        }
        Step::Work {
            exercise,
            set,
            sets,
            side,
            work,
            ..
        } => {
            let head = i18n.format(
                &Msg::new("plain-set")
                    .arg("name", exercise_name(*exercise))
                    .num("set", *set)
                    .num("sets", *sets)
                    .arg("side", side_text(i18n, *side)),
            );
            let what = match work {
                Work::Reps {
                    reps,
                    hold_seconds,
                    tempo,
                } => {
                    let mut t = i18n.format(&Msg::new("plain-reps").num("reps", *reps));
                    if let Some(hold) = hold_seconds {
                        t.push_str(&format!(
                            ", {}",
                            i18n.format(&Msg::new("plain-hold-each").num("seconds", *hold))
                        ));
                    }
                    if let Some(tempo) = tempo {
                        t.push_str(&format!(
                            ", {}",
                            i18n.format(&Msg::new("dose-tempo").arg("tempo", tempo.as_str()))
                        ));
                    }
                    t
                }
                Work::Hold { hold, of, seconds } => i18n.format(
                    &Msg::new("plain-hold")
                        .num("seconds", *seconds)
                        .num("hold", *hold)
                        .num("of", *of),
                ),
                Work::Timed { seconds } => describe::duration(i18n, *seconds),
                Work::Breaths { breaths } => {
                    i18n.format(&Msg::new("plain-breaths").num("breaths", *breaths))
                }
            };
            format!("{head}: {what}")
        }
        Step::SwitchSide { .. } => i18n.text("plain-switch-side"),
        Step::Relax { .. } => i18n.format(
            &Msg::new("plain-relax")
                .num("seconds", i64::from(crate::session::steps::RELAX_SECONDS)),
        ),
        Step::Rest { seconds, next } => i18n.format(
            &Msg::new("plain-rest")
                .num("seconds", *seconds)
                .arg("name", exercise_name(*next)),
        ),
    }
}

/// Whether to say the seconds left at this moment of a countdown: every ten seconds (every
/// minute for long bouts), and the last three.
pub fn worth_saying(left: u64, total: u64) -> bool {
    if left <= 3 {
        return true;
    }
    if total > 180 {
        return left.is_multiple_of(60);
    }
    left.is_multiple_of(10)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::LoadOptions;
    use crate::journal::Score;
    use crate::model::{DoseKind, Lang, Prescription};
    use crate::session::{HurtChoice, SessionExercise};

    fn reps(sets: u32, reps: u32) -> Prescription {
        Prescription {
            kind: DoseKind::Reps,
            sets,
            reps: Some(reps),
            hold_seconds: None,
            duration_seconds: None,
            breaths: None,
            tempo: None,
            rest_seconds: 30,
            per_side: false,
        }
    }

    #[test]
    fn the_easier_variant_is_named_once_it_takes_over() {
        let catalog = Catalog::load(&LoadOptions::shipped_only());
        let i18n = I18n::new(Lang::En);
        let mut engine = Engine::new(
            vec![SessionExercise {
                id: "glute-bridge".into(),
                dose: reps(2, 10),
                easier: Some(("pelvic-tilt".into(), reps(2, 8))),
            }],
            5,
        );
        engine.start(0);
        engine.done(0);
        engine.advance(10_000);
        assert!(describe_step(&catalog, &i18n, &engine).starts_with("Glute bridge, set 1"));
        engine.hurts(11_000);
        engine.hurt_pain(Score::new(3).unwrap());
        engine.hurt_choice(12_000, HurtChoice::Easier);
        let line = describe_step(&catalog, &i18n, &engine);
        assert!(line.starts_with("Pelvic tilt, set 1 of 2: 8"), "{line}");
    }
}
