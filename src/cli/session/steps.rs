//! Words for each step of the plain-text coach: "Bird-dog, set 2 of 3, left side: 6 repetitions,
//! hold each 10 seconds".

use crate::coach::Coach;
use crate::describe;
use crate::i18n::{I18n, Msg};
use crate::session::{Step, Work};

fn side_text(i18n: &I18n, side: Option<crate::journal::Side>) -> String {
    side.map_or_else(String::new, |s| {
        format!(", {}", describe::wording::side(i18n, s))
    })
}

/// The sentence for the current step.
pub fn describe_step(i18n: &I18n, coach: &Coach) -> String {
    let engine = coach.engine();
    // An exercise replaced by its easier variant goes on under the variant's name.
    let exercise_name = |i: usize| coach.exercise(i).name.get(i18n.lang()).to_owned();
    match engine.current() {
        Step::CheckIn | Step::CheckOut => String::new(),
        Step::GetReady => {
            let first = engine.exercises().first();
            i18n.format(
                &Msg::new("plain-get-ready")
                    .arg("name", first.map(|_| exercise_name(0)).unwrap_or_default())
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::{Catalog, LoadOptions};
    use crate::coach::{Action, Answer, Answers, Setup};
    use crate::journal::Score;
    use crate::model::{DoseKind, Lang, Prescription};
    use crate::plan::{PlannedExercise, SessionPlan};
    use crate::session::HurtChoice;

    #[test]
    fn the_easier_variant_is_named_once_it_takes_over() {
        let catalog = Catalog::load(&LoadOptions::shipped_only());
        let i18n = I18n::new(Lang::En);
        let dir = tempfile::tempdir().unwrap();
        let plan = SessionPlan {
            program: "core-hip-strength".into(),
            program_version: 1,
            phase: 1,
            number: 1,
            week: 1,
            date: chrono::NaiveDate::from_ymd_opt(2026, 1, 7).unwrap(),
            minutes: 10,
            exercises: vec![PlannedExercise {
                slot: 0,
                exercise: "glute-bridge".into(),
                prescription: Prescription {
                    kind: DoseKind::Reps,
                    sets: 2,
                    reps: Some(10.into()),
                    hold_seconds: None,
                    duration_seconds: None,
                    breaths: None,
                    tempo: None,
                    rest_seconds: 30,
                    per_side: false,
                },
            }],
        };
        let setup = Setup {
            plan,
            decisions: Vec::new(),
            ask_morning: false,
            ask_red_flags: false,
            weekly_since: None,
        };
        let wall = chrono::DateTime::parse_from_rfc3339("2026-01-07T09:00:00+01:00").unwrap();
        let mut coach = crate::coach::Coach::new(setup, &catalog, dir.path(), wall, 0);
        let answers = Answers::new().with("pain_now", Answer::Number(2));
        coach.act(0, Action::CheckIn(answers));
        coach.tick(10_000);
        assert!(describe_step(&i18n, &coach).starts_with("Glute bridge, set 1"));
        coach.act(11_000, Action::Hurts);
        coach.act(11_500, Action::HurtPain(Score::new(3).unwrap()));
        coach.act(12_000, Action::HurtChoice(HurtChoice::Easier));
        let line = describe_step(&i18n, &coach);
        assert!(line.starts_with("Pelvic tilt, set 1"), "{line}");
    }
}
