//! Checks of one program: its length and week, phases that tile it, exercises that exist with
//! doses inside their ranges, rule parameters in range, measures inside the program.

use crate::catalog::{Catalog, PathSeg, Sink};
use crate::i18n::Msg;
use crate::model::{Audience, Clearance, Program};
use crate::path;

use super::{dose, suggestion, texts};

fn range_error(sink: &mut Sink<'_>, path: Vec<PathSeg>, key: &str, value: u32, min: u32, max: u32) {
    sink.error(
        path,
        Msg::new("diag-out-of-range")
            .arg("key", key)
            .num("value", value)
            .num("min", min)
            .num("max", max),
        None,
    );
}

pub(super) fn in_range(
    sink: &mut Sink<'_>,
    path: Vec<PathSeg>,
    key: &str,
    value: u32,
    min: u32,
    max: u32,
) {
    if value < min || value > max {
        range_error(sink, path, key, value, min, max);
    }
}

/// Checks everything a program says on its own and about the exercises it names.
pub fn check(sink: &mut Sink<'_>, catalog: &Catalog, program: &Program) {
    texts::text(sink, path!["title"], &program.title, false);
    texts::text(sink, path!["summary"], &program.summary, false);
    texts::text(sink, path!["for_whom"], &program.for_whom, false);
    if program.author.trim().is_empty() {
        sink.error(
            path!["author"],
            Msg::new("diag-empty-text").arg("key", "author"),
            None,
        );
    }
    in_range(
        sink,
        path!["version"],
        "version",
        program.version,
        1,
        1_000_000,
    );
    in_range(sink, path!["weeks"], "weeks", program.weeks, 1, 52);
    in_range(
        sink,
        path!["sessions_per_week"],
        "sessions_per_week",
        program.sessions_per_week,
        1,
        7,
    );
    check_weekdays(sink, program);
    if program.audience == Audience::PostSurgery && program.clearance != Clearance::Surgeon {
        // Without a clearance line (the default, none) the audience is what asks for one.
        let at = if program.clearance == Clearance::None {
            path!["audience"]
        } else {
            path!["clearance"]
        };
        sink.error(
            at,
            Msg::new("diag-post-surgery-clearance"),
            Some(Msg::new("diag-post-surgery-clearance-help")),
        );
    }
    check_phases(sink, catalog, program);
    check_progression(sink, program);
    check_measures(sink, program);
    super::cert::check(sink, catalog, program);
}

fn check_weekdays(sink: &mut Sink<'_>, program: &Program) {
    let mut seen = Vec::new();
    for (i, day) in program.weekdays.iter().enumerate() {
        if seen.contains(day) {
            sink.error(
                path!["weekdays", i],
                Msg::new("diag-duplicate-item").arg("item", day.name()),
                None,
            );
        } else {
            seen.push(*day);
        }
    }
    if (program.sessions_per_week as usize) > seen.len() {
        sink.error(
            path!["sessions_per_week"],
            Msg::new("diag-more-sessions-than-days")
                .num("sessions", program.sessions_per_week)
                .num("days", seen.len() as i64),
            Some(Msg::new("diag-more-sessions-than-days-help")),
        );
    }
}

fn check_phases(sink: &mut Sink<'_>, catalog: &Catalog, program: &Program) {
    if program.phases.is_empty() {
        sink.error(
            path!["phases"],
            Msg::new("diag-no-phases"),
            Some(Msg::new("diag-no-phases-help")),
        );
        return;
    }
    // Phases out of order would read as both a gap and an overlap: say what it is instead.
    let out_of_order = program
        .phases
        .windows(2)
        .position(|pair| pair[1].weeks[0] < pair[0].weeks[0]);
    if let Some(before) = out_of_order {
        let (a, b) = (&program.phases[before], &program.phases[before + 1]);
        sink.error(
            path!["phases", before + 1, "weeks"],
            Msg::new("diag-phases-out-of-order")
                .num("phase", before as i64 + 2)
                .num("first", b.weeks[0])
                .num("last", b.weeks[1])
                .num("previous", before as i64 + 1)
                .num("previous_first", a.weeks[0])
                .num("previous_last", a.weeks[1]),
            Some(Msg::new("diag-phases-out-of-order-help")),
        );
    }
    let mut next_week = 1u32;
    for (p, phase) in program.phases.iter().enumerate() {
        let [first, last] = phase.weeks;
        texts::text(sink, path!["phases", p, "name"], &phase.name, false);
        if phase.focus.en.is_some() || phase.focus.nl.is_some() {
            texts::text(sink, path!["phases", p, "focus"], &phase.focus, false);
        }
        in_range(
            sink,
            path!["phases", p, "minutes"],
            "minutes",
            phase.minutes,
            1,
            180,
        );
        if let Some(activity) = &phase.activity {
            super::activity::check_activity(sink, p, activity);
        }
        if first == 0 || first > last || last > program.weeks {
            sink.error(
                path!["phases", p, "weeks"],
                Msg::new("diag-phase-weeks-invalid")
                    .num("first", first)
                    .num("last", last)
                    .num("weeks", program.weeks),
                Some(Msg::new("diag-phase-weeks-invalid-help").num("weeks", program.weeks)),
            );
        } else if out_of_order.is_some() {
            // Said once above: no gap or overlap follows from the order.
        } else if first > next_week {
            sink.error(
                path!["phases", p, "weeks"],
                Msg::new("diag-phase-gap")
                    .num("from", next_week)
                    .num("to", first - 1),
                Some(Msg::new("diag-phase-gap-help")),
            );
        } else if first < next_week {
            sink.error(
                path!["phases", p, "weeks"],
                Msg::new("diag-phase-overlap")
                    .num("from", first)
                    .num("to", (next_week - 1).min(last)),
                Some(Msg::new("diag-phase-gap-help")),
            );
        }
        next_week = next_week.max(last.saturating_add(1));
        check_phase_exercises(sink, catalog, program, p);
    }
    if next_week <= program.weeks && out_of_order.is_none() {
        let last = program.phases.len() - 1;
        sink.error(
            path!["phases", last, "weeks"],
            Msg::new("diag-phase-gap")
                .num("from", next_week)
                .num("to", program.weeks),
            Some(Msg::new("diag-phase-gap-help")),
        );
    }
}

fn check_phase_exercises(sink: &mut Sink<'_>, catalog: &Catalog, program: &Program, p: usize) {
    let phase = &program.phases[p];
    if phase.exercises.is_empty() {
        sink.error(
            path!["phases", p, "exercises"],
            Msg::new("diag-phase-empty"),
            None,
        );
    }
    let known: Vec<&str> = catalog
        .patient_exercises()
        .map(|(id, _)| id.as_str())
        .collect();
    for (i, item) in phase.exercises.iter().enumerate() {
        let base = path!["phases", p, "exercises", i];
        if let Some(earlier) = phase.exercises[..i]
            .iter()
            .position(|e| e.exercise == item.exercise)
        {
            let mut at = base.clone();
            at.push(PathSeg::Key("exercise".into()));
            sink.error(
                at,
                Msg::new("diag-exercise-twice-in-phase")
                    .arg("id", item.exercise.as_str())
                    .num("earlier", earlier as i64 + 1),
                Some(Msg::new("diag-exercise-twice-in-phase-help")),
            );
            continue;
        }
        let Some(entry) = catalog.exercises.get(&item.exercise) else {
            let mut at = base.clone();
            at.push(PathSeg::Key("exercise".into()));
            sink.error(
                at,
                Msg::new("diag-unknown-exercise").arg("id", item.exercise.as_str()),
                Some(suggestion(
                    &item.exercise,
                    &known,
                    "diag-unknown-exercise-help",
                )),
            );
            continue;
        };
        if entry.value.draft {
            let mut at = base.clone();
            at.push(PathSeg::Key("exercise".into()));
            sink.error(
                at,
                Msg::new("diag-draft-in-program").arg("id", item.exercise.as_str()),
                Some(Msg::new("diag-draft-in-program-help")),
            );
        }
        dose::check_override(
            sink,
            &base,
            &item.dose_override(),
            &entry.value.dose,
            &item.exercise,
        );
    }
}

fn check_progression(sink: &mut Sink<'_>, program: &Program) {
    let rules = &program.progression;
    let at = |key: &str| path!["progression", key];
    let checks: [(&str, u32, u32, u32); 25] = [
        ("window_sessions", rules.window_sessions, 1, 10),
        ("pain_during_max", rules.pain_during_max, 0, 10),
        ("pain_during_hold", rules.pain_during_hold, 0, 10),
        ("effort_max", rules.effort_max, 0, 10),
        (
            "morning_pain_above_usual",
            rules.morning_pain_above_usual,
            0,
            10,
        ),
        ("regress_pain_during", rules.regress_pain_during, 0, 10),
        (
            "regress_unsettled_mornings",
            rules.regress_unsettled_mornings,
            1,
            10,
        ),
        ("step_reps", rules.step_reps, 1, 20),
        ("step_hold_seconds", rules.step_hold_seconds, 1, 60),
        ("step_sets", rules.step_sets, 1, 3),
        ("step_duration_percent", rules.step_duration_percent, 1, 100),
        ("step_breaths", rules.step_breaths, 1, 10),
        ("flare_up_pain_rise", rules.flare_up_pain_rise, 1, 10),
        ("flare_up_hours", rules.flare_up_hours, 1, 336),
        (
            "flare_up_volume_percent",
            rules.flare_up_volume_percent,
            10,
            100,
        ),
        ("flare_up_days", rules.flare_up_days, 1, 28),
        ("long_gap_days", rules.long_gap_days, 1, 90),
        ("session_pain_stop", rules.session_pain_stop, 0, 10),
        ("review_week", rules.review_week, 1, program.weeks.max(1)),
        (
            "min_days_between_steps",
            rules.min_days_between_steps,
            1,
            28,
        ),
        ("regress_effort", rules.regress_effort, 1, 10),
        ("start_effort_max", rules.start_effort_max, 0, 10),
        ("start_pain_max", rules.start_pain_max, 0, 10),
        ("morning_trend_days", rules.morning_trend_days, 0, 56),
        ("morning_trend_rise", rules.morning_trend_rise, 0, 10),
    ];
    for (key, value, min, max) in checks {
        in_range(sink, at(key), key, value, min, max);
    }
    if rules.pain_during_max > rules.regress_pain_during {
        sink.error(
            at("pain_during_max"),
            Msg::new("diag-rule-order")
                .arg("low", "pain_during_max")
                .num("low_value", rules.pain_during_max)
                .arg("high", "regress_pain_during")
                .num("high_value", rules.regress_pain_during),
            Some(Msg::new("diag-rule-order-help")),
        );
    }
    if rules.effort_max >= rules.regress_effort {
        sink.error(
            at("regress_effort"),
            Msg::new("diag-effort-order")
                .num("low_value", rules.effort_max)
                .num("high_value", rules.regress_effort),
            Some(Msg::new("diag-effort-order-help")),
        );
    }
    if rules.pain_during_hold > rules.regress_pain_during {
        sink.error(
            at("pain_during_hold"),
            Msg::new("diag-rule-order")
                .arg("low", "pain_during_hold")
                .num("low_value", rules.pain_during_hold)
                .arg("high", "regress_pain_during")
                .num("high_value", rules.regress_pain_during),
            Some(Msg::new("diag-rule-order-help")),
        );
    }
}

fn check_measures(sink: &mut Sink<'_>, program: &Program) {
    let measures = &program.measures;
    in_range(
        sink,
        path!["measures", "function_every_weeks"],
        "function_every_weeks",
        measures.function_every_weeks,
        0,
        program.weeks.max(1),
    );
    in_range(
        sink,
        path!["measures", "red_flag_check_days"],
        "red_flag_check_days",
        measures.red_flag_check_days,
        1,
        30,
    );
    let mut previous = 0;
    for (i, week) in measures.global_rating_weeks.iter().enumerate() {
        let at = path!["measures", "global_rating_weeks", i];
        if *week == 0 || *week > program.weeks {
            range_error(sink, at, "global_rating_weeks", *week, 1, program.weeks);
        } else if *week <= previous {
            sink.error(at, Msg::new("diag-weeks-not-increasing"), None);
        }
        previous = *week;
    }
}
