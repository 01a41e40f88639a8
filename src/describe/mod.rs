//! Plain-language descriptions of domain objects (a dose, a program's rules) in the chosen
//! language, shared by the command line and the coach.

mod decision;
mod entry;
mod sheets;
mod today;
pub mod wording;

pub use decision::{decision, decision_parts};
pub use entry::{adverse_detail, entry_line, summary_line};
pub use sheets::{exercise_sheet, program_sheet, references_section};
pub use today::{activity_hint, activity_rule, activity_words, rest_day, today};

use crate::catalog::Catalog;
use crate::i18n::{I18n, Msg};
use crate::model::{Dose, DoseKey, DoseKind, DoseRange, Measures, Prescription, Progression, Reps};
use crate::session::{HurtChoice, HurtOptions};

/// An exercise's default dose in words: "3 × 6 per side, hold each 10 s, rest 30 s".
pub fn dose(i18n: &I18n, dose: &Dose) -> String {
    prescription(i18n, &dose.prescription())
}

/// A prescribed dose in words: "3 × 6 per side, hold each 10 s, rest 30 s".
pub fn prescription(i18n: &I18n, dose: &Prescription) -> String {
    let sets = i64::from(dose.sets);
    let per_set = dose.reps.as_ref().filter(|r| r.is_per_set());
    let reps = dose.reps.as_ref().map_or(1, Reps::top);
    let base = match dose.kind {
        DoseKind::Reps if per_set.is_some() => Msg::new("dose-reps-per-set")
            .num("sets", sets)
            .arg("reps", reps_label(dose)),
        DoseKind::Hold if per_set.is_some() => Msg::new("dose-holds-per-set")
            .num("sets", sets)
            .arg("reps", reps_label(dose))
            .num("seconds", dose.hold_seconds.unwrap_or(0)),
        DoseKind::Reps => Msg::new("dose-reps").num("sets", sets).num("reps", reps),
        DoseKind::Hold if reps == 1 => Msg::new("dose-hold-single")
            .num("sets", sets)
            .num("seconds", dose.hold_seconds.unwrap_or(0)),
        DoseKind::Hold => Msg::new("dose-holds")
            .num("sets", sets)
            .num("reps", reps)
            .num("seconds", dose.hold_seconds.unwrap_or(0)),
        DoseKind::Timed => Msg::new("dose-timed").num("sets", sets).arg(
            "duration",
            duration(i18n, dose.duration_seconds.unwrap_or(0)),
        ),
        DoseKind::Breaths => Msg::new("dose-breaths")
            .num("sets", sets)
            .num("breaths", dose.breaths.unwrap_or(0)),
    };
    let mut parts = vec![i18n.format(&base)];
    if dose.per_side {
        parts[0].push(' ');
        parts[0].push_str(&i18n.text("dose-per-side"));
    }
    if dose.kind == DoseKind::Reps {
        if let Some(hold) = dose.hold_seconds {
            parts.push(i18n.format(&Msg::new("dose-hold-each").num("seconds", hold)));
        }
        if let Some(tempo) = &dose.tempo {
            parts.push(i18n.format(&Msg::new("dose-tempo").arg("tempo", tempo.as_str())));
        }
    }
    if dose.rest_seconds > 0 && dose.sets > 1 {
        parts.push(i18n.format(&Msg::new("dose-rest").num("seconds", dose.rest_seconds)));
    }
    parts.join(", ")
}

/// The repetitions (or holds) of a dose as people read them: "10", or "5-3-1" with one number
/// for each of its sets.
pub fn reps_label(dose: &Prescription) -> String {
    dose.reps
        .as_ref()
        .map_or_else(|| "1".to_owned(), |r| r.fit(dose.sets).label())
}

/// The kebab-case name serde gives a unit enum value ("too-hard" for `SkipReason::TooHard`).
pub fn serde_name<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// What "this hurts" offers, in words and in order: the easier variant when there is one, skip,
/// stop, and going on only when the pain is within the program's limit. The coach and the
/// plain-text coach show the same choices.
pub fn hurt_choices(
    i18n: &I18n,
    catalog: &Catalog,
    options: &HurtOptions,
) -> Vec<(String, HurtChoice)> {
    let mut choices = Vec::new();
    if let Some(easier) = &options.easier {
        let name = catalog.exercise_name(easier, i18n.lang());
        choices.push((
            i18n.format(&Msg::new("hurt-easier").arg("name", name)),
            HurtChoice::Easier,
        ));
    }
    choices.push((i18n.text("hurt-skip"), HurtChoice::Skip));
    choices.push((i18n.text("hurt-stop"), HurtChoice::Stop));
    if options.may_continue {
        choices.push((i18n.text("hurt-continue"), HurtChoice::Continue));
    }
    choices
}

/// A length of time in words: "45 s", "10 min", "1 min 30 s".
pub fn duration(i18n: &I18n, seconds: u32) -> String {
    let (minutes, rest) = (seconds / 60, seconds % 60);
    match (minutes, rest) {
        (0, s) => i18n.format(&Msg::new("duration-seconds").num("seconds", s)),
        (m, 0) => i18n.format(&Msg::new("duration-minutes").num("minutes", m)),
        (m, s) => i18n.format(
            &Msg::new("duration-minutes-seconds")
                .num("minutes", m)
                .num("seconds", s),
        ),
    }
}

/// The safe range of a dose in words: "sets 2–4, reps 4–10, hold 5–10 s".
pub fn range(i18n: &I18n, dose: &Dose) -> String {
    range_of(i18n, &dose.range)
}

/// A safe range in words.
pub fn range_of(i18n: &I18n, range: &DoseRange) -> String {
    DoseKey::NUMBERS
        .iter()
        .filter_map(|key| {
            range.for_key(*key).map(|[low, high]| {
                i18n.format(
                    &Msg::new(format!("range-{}", key.name().replace('_', "-")))
                        .num("min", low)
                        .num("max", high),
                )
            })
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// A program's progression rules, one plain sentence each.
pub fn rules(i18n: &I18n, rules: &Progression) -> Vec<String> {
    rule_messages(rules)
        .iter()
        .map(|msg| i18n.format(msg))
        .collect()
}

/// The messages of [`rules`], in order, with the program's numbers: every one is a rule the plan
/// applies (`tests/plan_rules.rs` drives each with a journal).
pub fn rule_messages(rules: &Progression) -> Vec<Msg> {
    let m = |id: &'static str| Msg::new(id);
    vec![
        m("rule-start")
            .num("effort", rules.start_effort_max)
            .num("pain", rules.start_pain_max),
        m("rule-progress")
            .num("window", rules.window_sessions)
            .num("pain", rules.pain_during_max)
            .num("effort", rules.effort_max)
            .num("morning", rules.morning_pain_above_usual),
        m("rule-step")
            .num("reps", rules.step_reps)
            .num("seconds", rules.step_hold_seconds)
            .num("sets", rules.step_sets)
            .num("percent", rules.step_duration_percent),
        m("rule-rate")
            .num("days", rules.min_days_between_steps)
            .num(
                "aerobic",
                rules
                    .min_days_between_steps
                    .max(crate::plan::step::AEROBIC_STEP_DAYS),
            )
            .num("percent", rules.step_duration_percent),
        m("rule-hold").num("pain", rules.pain_during_hold),
        m("rule-regress")
            .num("pain", rules.regress_pain_during)
            .num("effort", rules.regress_effort)
            .num("mornings", rules.regress_unsettled_mornings),
        m("rule-trend")
            .num("days", rules.morning_trend_days)
            .num("half", rules.morning_trend_days / 2)
            .num("rise", rules.morning_trend_rise),
        m("rule-hurt")
            .num(
                "pain",
                rules.pain_during_hold.min(rules.pain_during_max + 1),
            )
            .num("rise", crate::plan::hurt::PAIN_AFTER_RISE),
        m("rule-carry"),
        m("rule-session-stop").num("pain", rules.session_pain_stop),
        m("rule-flare-up")
            .num("rise", rules.flare_up_pain_rise)
            .num("hours", rules.flare_up_hours)
            .num("percent", rules.flare_up_volume_percent)
            .num("days", rules.flare_up_days),
        m("rule-long-gap").num("days", rules.long_gap_days),
        m("rule-review").num("week", rules.review_week),
    ]
    .into_iter()
    .filter(|msg| {
        let trend_off = rules.morning_trend_days < 2 || rules.morning_trend_rise == 0;
        msg.id != "rule-trend" || !trend_off
    })
    .collect()
}

/// The measures a program asks for, one plain sentence each.
pub fn measures(i18n: &I18n, measures: &Measures) -> Vec<String> {
    let mut lines = Vec::new();
    if measures.pain_nrs {
        lines.push(i18n.text("measure-pain"));
    }
    if measures.function_every_weeks > 0 {
        lines.push(
            i18n.format(&Msg::new("measure-function").num("weeks", measures.function_every_weeks)),
        );
    }
    if !measures.global_rating_weeks.is_empty() {
        let weeks: Vec<String> = measures
            .global_rating_weeks
            .iter()
            .map(u32::to_string)
            .collect();
        lines.push(i18n.format(&Msg::new("measure-global-rating").arg("weeks", weeks.join(", "))));
    }
    lines.push(
        i18n.format(&Msg::new("measure-red-flags").num("days", measures.red_flag_check_days)),
    );
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::{Catalog, LoadOptions};
    use crate::model::Lang;

    #[test]
    fn bird_dog_dose_reads_plainly_in_both_languages() {
        let catalog = Catalog::load(&LoadOptions::shipped_only());
        let bird_dog = &catalog.exercises["bird-dog"].value.dose;
        assert_eq!(
            dose(&I18n::new(Lang::En), bird_dog),
            "3 × 6 per side, hold each 10 s, rest 30 s"
        );
        assert_eq!(
            dose(&I18n::new(Lang::Nl), bird_dog),
            "3 × 6 per kant, telkens 10 s vasthouden, 30 s rust"
        );
    }

    #[test]
    fn a_pyramid_reads_as_5_3_1_in_both_languages() {
        let catalog = Catalog::load(&LoadOptions::shipped_only());
        let curl_up = &catalog.exercises["mcgill-curl-up"].value.dose;
        assert_eq!(
            dose(&I18n::new(Lang::En), curl_up),
            "5-3-1 holds of 10 s, rest 30 s"
        );
        assert_eq!(
            dose(&I18n::new(Lang::Nl), curl_up),
            "5-3-1 keer 10 s vasthouden, 30 s rust"
        );
        let mut reps = catalog.exercises["bird-dog"].value.dose.prescription();
        reps.reps = Some(Reps::PerSet(vec![8, 6]));
        assert_eq!(
            prescription(&I18n::new(Lang::En), &reps),
            "8-6-6 repetitions per side, hold each 10 s, rest 30 s",
            "a short list repeats its last number over the sets"
        );
    }

    #[test]
    fn durations_use_minutes_when_whole() {
        let en = I18n::new(Lang::En);
        assert_eq!(duration(&en, 45), "45 s");
        assert_eq!(duration(&en, 600), "10 min");
        assert_eq!(duration(&en, 90), "1 min 30 s");
    }
}
