//! A progression decision in plain words: "Bird-dog: 6 → 8 per side — last 2 sessions all sets
//! done, pain during at most 3, effort at most 4."

use crate::catalog::Catalog;
use crate::i18n::{I18n, Msg};
use crate::journal::{Change, Decision};
use crate::model::{DoseKind, Lang, Prescription, Progression, Reps};

/// The whole sentence for one decision.
pub fn decision(i18n: &I18n, catalog: &Catalog, rules: &Progression, d: &Decision) -> String {
    let (what, why) = decision_parts(i18n, catalog, rules, d);
    format!("{what} — {why}")
}

/// The two halves of [`decision`]: what changed ("Bird-dog: 6 → 8 per side") and why.
pub fn decision_parts(
    i18n: &I18n,
    catalog: &Catalog,
    rules: &Progression,
    d: &Decision,
) -> (String, String) {
    let lang = i18n.lang();
    let name = exercise_name(catalog, &d.exercise, lang);
    let what = match (&d.to_exercise, d.change) {
        (Some(to), _) => format!(
            "{name} → {} ({})",
            exercise_name(catalog, to, lang),
            super::prescription(i18n, &d.to)
        ),
        (None, _) if d.change == Change::Hold || d.from == d.to => i18n.format(
            &Msg::new("decision-stays")
                .arg("name", name)
                .arg("dose", super::prescription(i18n, &d.from)),
        ),
        (None, _) => format!("{name}: {}", change_of(i18n, &d.from, &d.to)),
    };
    (what, reason(i18n, catalog, rules, d))
}

fn exercise_name(catalog: &Catalog, id: &str, lang: Lang) -> String {
    catalog.exercise_name(id, lang).to_owned()
}

/// "6 → 8 per side", "3 → 4 sets", "10 → 15 s", or the whole doses when several numbers moved.
fn change_of(i18n: &I18n, from: &Prescription, to: &Prescription) -> String {
    let side = if to.per_side {
        format!(" {}", i18n.text("dose-per-side"))
    } else {
        String::new()
    };
    if let Some(words) = per_set_change(i18n, from, to) {
        return format!("{words}{side}");
    }
    let main = |p: &Prescription| match p.kind {
        DoseKind::Reps => p.reps.as_ref().map(Reps::top),
        DoseKind::Hold => p.hold_seconds,
        DoseKind::Timed => p.duration_seconds,
        DoseKind::Breaths => p.breaths,
    };
    let unit = match to.kind {
        DoseKind::Hold => " s".to_owned(),
        DoseKind::Timed => String::new(),
        DoseKind::Breaths => format!(" {}", i18n.text("unit-breaths")),
        DoseKind::Reps => String::new(),
    };
    let same_except_main = Prescription {
        sets: to.sets,
        ..from.clone()
    } == Prescription {
        sets: to.sets,
        ..to.clone()
    } || main(from) == main(to);
    match (main(from), main(to)) {
        (Some(a), Some(b)) if a != b && from.sets == to.sets && same_except_main => {
            if to.kind == DoseKind::Timed {
                format!(
                    "{} → {}",
                    super::duration(i18n, a),
                    super::duration(i18n, b)
                )
            } else {
                format!("{a} → {b}{unit}{side}")
            }
        }
        (a, b) if a == b && from.sets != to.sets => i18n.format(
            &Msg::new("decision-sets")
                .num("from", from.sets)
                .num("to", to.sets),
        ),
        _ => format!(
            "{} → {}",
            super::prescription(i18n, from),
            super::prescription(i18n, to)
        ),
    }
}

/// A set-by-set dose whose numbers moved and nothing else: "5-3-1 → 6-4-2 (one more in each
/// set)".
fn per_set_change(i18n: &I18n, from: &Prescription, to: &Prescription) -> Option<String> {
    let (a, b) = (from.reps.as_ref()?, to.reps.as_ref()?);
    let only_reps = Prescription {
        reps: None,
        ..from.clone()
    } == Prescription {
        reps: None,
        ..to.clone()
    };
    if !(a.is_per_set() || b.is_per_set()) || !only_reps || a == b {
        return None;
    }
    let id = if b.top() > a.top() || b.total(to.sets) > a.total(from.sets) {
        "decision-per-set-up"
    } else {
        "decision-per-set-down"
    };
    Some(
        i18n.format(
            &Msg::new(id)
                .arg("from", super::reps_label(from))
                .arg("to", super::reps_label(to)),
        ),
    )
}

/// Why, from the decision's inputs and the program's rules.
fn reason(i18n: &I18n, catalog: &Catalog, rules: &Progression, d: &Decision) -> String {
    let inputs = &d.inputs;
    let pain = inputs.max_pain_during.map_or(0, |p| i64::from(p.get()));
    let effort = inputs.max_effort.map_or(0, |e| i64::from(e.get()));
    let mornings = inputs.unsettled_mornings >= rules.regress_unsettled_mornings;
    let pain_over = pain > i64::from(rules.regress_pain_during);
    let effort_over = effort >= i64::from(rules.regress_effort);
    let start_too_hard = inputs.first_session
        && (effort > i64::from(rules.start_effort_max) || pain > i64::from(rules.start_pain_max));
    // Why the rules stepped (or, at the bottom of the ladder, would step) down.
    let down = || {
        if mornings {
            Some(Msg::new("reason-regress-mornings").num("mornings", inputs.unsettled_mornings))
        } else if pain_over {
            Some(
                Msg::new("reason-regress-pain")
                    .num("pain", pain)
                    .num("limit", rules.regress_pain_during),
            )
        } else if effort_over {
            Some(Msg::new("reason-regress-effort").num("effort", effort))
        } else if inputs.morning_trend {
            Some(Msg::new("reason-regress-trend").num("days", rules.morning_trend_days))
        } else if start_too_hard {
            Some(
                Msg::new("reason-start-too-hard")
                    .num("effort", effort)
                    .num("pain", pain)
                    .num("effort_max", rules.start_effort_max)
                    .num("pain_max", rules.start_pain_max),
            )
        } else {
            None
        }
    };
    let msg = match d.change {
        Change::Progress | Change::LadderUp => Msg::new("reason-progress")
            .num("sessions", inputs.sessions)
            .num("pain", pain)
            .num("effort", effort)
            .num("unsettled", inputs.unsettled_mornings),
        Change::Regress | Change::LadderDown => down().unwrap_or_else(|| {
            Msg::new("reason-regress-pain")
                .num("pain", pain)
                .num("limit", rules.regress_pain_during)
        }),
        Change::FlareUp => {
            Msg::new("reason-flare-up").num("percent", rules.flare_up_volume_percent)
        }
        Change::Restart => Msg::new("reason-restart").num("days", inputs.gap_days.unwrap_or(0)),
        Change::NewPhase => Msg::new("reason-new-phase"),
        Change::Hold => match (inputs.days_since_step, down()) {
            (Some(days), _) => Msg::new("reason-hold-rate").num("days", days).num(
                "every",
                crate::plan::step::min_days_between_steps(catalog, rules, &d.exercise, &d.from),
            ),
            // At the bottom of its ladder, an exercise the rules would step down stays.
            (None, Some(msg)) if !pain_over => msg,
            (None, _) if pain_over => Msg::new("reason-hold-pain").num("pain", pain),
            (None, _) if inputs.sessions < rules.window_sessions => {
                Msg::new("reason-hold-more-sessions").num("window", rules.window_sessions)
            }
            (None, _) if !inputs.all_sets_done => Msg::new("reason-hold-sets"),
            (None, _)
                if pain >= i64::from(rules.pain_during_hold)
                    || pain > i64::from(rules.pain_during_max) =>
            {
                Msg::new("reason-hold-pain").num("pain", pain)
            }
            (None, _) if effort > i64::from(rules.effort_max) => {
                Msg::new("reason-hold-effort").num("effort", effort)
            }
            (None, _) if inputs.unsettled_mornings > 0 => Msg::new("reason-hold-morning"),
            (None, _) if inputs.pain_after_rose => Msg::new("reason-hold-pain-after"),
            (None, _) => Msg::new("reason-hold-top"),
        },
    };
    i18n.format(&msg)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::LoadOptions;
    use crate::journal::DecisionInputs;
    use crate::model::Lang;

    #[test]
    fn a_flare_up_that_changes_nothing_reads_as_staying() {
        let catalog = Catalog::load(&LoadOptions::shipped_only());
        let walk = catalog.exercises["brisk-walking"].value.dose.prescription();
        let rules = Progression::default();
        let d = Decision {
            exercise: "brisk-walking".into(),
            change: Change::FlareUp,
            from: walk.clone(),
            to: walk,
            to_exercise: None,
            inputs: DecisionInputs::default(),
        };
        let text = decision(&I18n::new(Lang::En), &catalog, &rules, &d);
        assert!(
            text.starts_with("Brisk walking: stays at 10 min — a flare-up"),
            "{text}"
        );
    }

    #[test]
    fn a_step_down_at_the_bottom_of_the_ladder_says_why_it_stays() {
        let catalog = Catalog::load(&LoadOptions::shipped_only());
        let walk = catalog.exercises["brisk-walking"].value.dose.prescription();
        let rules = Progression::default();
        let hold = |inputs: DecisionInputs| Decision {
            exercise: "brisk-walking".into(),
            change: Change::Hold,
            from: walk.clone(),
            to: walk.clone(),
            to_exercise: None,
            inputs,
        };
        let en = I18n::new(Lang::En);
        let mornings = hold(DecisionInputs {
            sessions: 2,
            unsettled_mornings: 2,
            ..DecisionInputs::default()
        });
        let text = decision(&en, &catalog, &rules, &mornings);
        assert!(
            text.ends_with("— 2 next mornings did not settle."),
            "{text}"
        );
        let pain = hold(DecisionInputs {
            sessions: 1,
            max_pain_during: crate::journal::Score::new(7),
            ..DecisionInputs::default()
        });
        let text = decision(&en, &catalog, &rules, &pain);
        assert!(text.ends_with("— pain during reached 7/10."), "{text}");
    }
}
