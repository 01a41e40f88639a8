//! Which observations each kind of entry gives, and how each is coded.

use super::{
    Builder, CodeableConcept, Coding, Component, Effective, Measure, Period, Quantity,
    RED_FLAG_SYSTEM, UCUM, URGENCY_SYSTEM, Value, activity, add_notes, int, own, pain, time,
};

const PAIN_NOW: Measure = pain("pain-now", "Pain now (0-10)");
const PAIN_AVERAGE: Measure = pain("pain-average", "Average pain over the last 24 hours (0-10)");
const NEXT_MORNING_PAIN: Measure = pain(
    "next-morning-pain",
    "Pain the morning after an exercise session (0-10)",
);
const NEXT_MORNING_SETTLED: Measure = own(
    "next-morning-settled",
    "Pain settled to the usual level by the morning after an exercise session",
);
const RED_FLAGS_NEW: Measure = own(
    "red-flags-new",
    "New warning signs reported at the weekly check",
);
const SESSION_TIME: Measure = activity("session-active-time", "Active time of an exercise session");
const PAIN_DURING: Measure = pain(
    "session-pain-during-max",
    "Highest pain during an exercise session (0-10)",
);
const EFFORT: Measure = own("session-effort", "Effort of an exercise session (0-10)");
const PAIN_AFTER: Measure = pain(
    "session-pain-after",
    "Pain after an exercise session (0-10)",
);
const FUNCTION_MEAN: Measure = own(
    "function-mean",
    "Function on own activities, mean (PSFS-style, 0-10)",
);
const FUNCTION_ACTIVITY: Measure = own("function-activity", "Function on own activity (0-10)");
const GLOBAL_RATING: Measure = own(
    "global-rating-of-change",
    "Global rating of change since the start (-5 to +5)",
);
const USUAL_PAIN: Measure = pain("usual-pain", "Usual pain at the start of a program (0-10)");
const RED_FLAG_SCREEN: Measure = own("red-flag-screen", "Red-flag screening outcome");

fn plain<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// Adds the observations of the builder's entry.
pub(super) fn add(b: &mut Builder<'_>) {
    let entry = b.entry;
    if let Some(c) = &entry.check_in {
        let now = b.push(PAIN_NOW, "", int(c.pain_now.get()));
        add_notes(now, c.note.as_ref());
        if let Some(avg) = c.pain_average {
            b.push(PAIN_AVERAGE, "", int(avg.get()));
        }
        if let Some(m) = c.next_morning {
            b.push(NEXT_MORNING_PAIN, "", int(m.pain.get()));
            b.push(NEXT_MORNING_SETTLED, "", Value::Boolean(m.settled));
        }
        if let Some(new) = c.red_flags_new {
            b.push(RED_FLAGS_NEW, "", Value::Boolean(new));
        }
    }
    if let Some(s) = &entry.session {
        let period = Effective::Period(Period {
            start: time(s.started_at),
            end: time(s.ended_at),
        });
        let ended = Effective::DateTime(time(s.ended_at));
        let minutes = Value::Quantity(Quantity {
            value: ((s.active_seconds + 30) / 60).into(),
            unit: "min",
            system: UCUM,
            code: "min",
        });
        let done = s.exercises.iter().filter(|e| e.all_sets_done()).count();
        let status = plain(&s.status);
        let text = format!(
            "{} ({}, phase {}, {status}: {done} of {} exercises done)",
            SESSION_TIME.text,
            s.program,
            s.phase,
            s.exercises.len()
        );
        let session = b.push_text(SESSION_TIME, "", text, minutes);
        session.effective = period.clone();
        add_notes(session, s.note.as_ref());
        if let Some(p) = s.pain_during_max {
            b.push(PAIN_DURING, "", int(p.get())).effective = period;
        }
        if let Some(e) = s.effort {
            b.push(EFFORT, "", int(e.get())).effective = ended.clone();
        }
        if let Some(p) = s.pain_after {
            b.push(PAIN_AFTER, "", int(p.get())).effective = ended;
        }
    }
    if let Some(f) = &entry.function {
        if let Some(mean) = f.mean() {
            let mean = serde_json::Number::from_f64((mean * 100.0).round() / 100.0)
                .unwrap_or_else(|| 0.into());
            let score = Value::Quantity(Quantity {
                value: mean,
                unit: "score",
                system: UCUM,
                code: "{score}",
            });
            b.push(FUNCTION_MEAN, "", score);
        }
        for (i, activity) in f.activities.iter().enumerate() {
            let text = format!("{}: {}", FUNCTION_ACTIVITY.text, activity.activity);
            let suffix = format!("-{}", i + 1);
            b.push_text(FUNCTION_ACTIVITY, &suffix, text, int(activity.score.get()));
        }
    }
    if let Some(g) = &entry.global_rating {
        b.push(GLOBAL_RATING, "", int(g.rating.get()));
    }
    if let Some(e) = &entry.enrolment
        && let Some(p) = e.usual_pain
    {
        b.push(USUAL_PAIN, "", int(p.get()));
    }
    if let Some(r) = &entry.red_flags {
        let outcome = plain(&r.outcome);
        let value = Value::Concept(CodeableConcept {
            coding: vec![Coding {
                system: URGENCY_SYSTEM,
                code: outcome.clone(),
                display: None,
            }],
            text: outcome,
        });
        let screen = b.push(RED_FLAG_SCREEN, "", value);
        screen.component = r
            .answers
            .iter()
            .map(|answer| Component {
                code: CodeableConcept {
                    coding: vec![Coding {
                        system: RED_FLAG_SYSTEM,
                        code: answer.flag.id().to_owned(),
                        display: None,
                    }],
                    text: answer.flag.id().to_owned(),
                },
                value: Value::Boolean(answer.present),
            })
            .collect();
    }
}

#[cfg(test)]
mod tests {
    use crate::journal::export::fhir::{DEFAULT_SUBJECT, to_fhir, valid_subject};
    use crate::journal::export::sample;
    use serde_json::Value;

    fn bundle() -> Value {
        serde_json::from_str(&to_fhir(&sample::journal(), DEFAULT_SUBJECT).unwrap()).unwrap()
    }

    fn with_code<'a>(bundle: &'a Value, code: &str) -> Vec<&'a Value> {
        bundle["entry"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| &e["resource"])
            .filter(|r| {
                r["code"]["coding"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|c| c["code"] == code)
            })
            .collect()
    }

    #[test]
    fn pain_is_a_loinc_survey_with_an_integer() {
        let bundle = bundle();
        assert_eq!(bundle["resourceType"], "Bundle");
        assert_eq!(bundle["type"], "collection");
        let pain = with_code(&bundle, "pain-now");
        assert_eq!(pain.len(), 4, "three check-ins and the correction");
        let first = pain[0];
        assert_eq!(first["status"], "final");
        assert_eq!(first["code"]["coding"][0]["system"], "http://loinc.org");
        assert_eq!(first["code"]["coding"][0]["code"], "72514-3");
        assert_eq!(first["category"][0]["coding"][0]["code"], "survey");
        assert_eq!(first["valueInteger"], 4);
        assert_eq!(first["effectiveDateTime"], "2026-11-03T18:00:00+01:00");
        assert_eq!(
            first["subject"]["identifier"]["value"], "kern-patient",
            "a pseudonym, never a name"
        );
        assert_eq!(pain[3]["status"], "amended");
        assert_eq!(with_code(&bundle, "72514-3").len(), 9);
    }

    #[test]
    fn kern_measures_use_kern_codes() {
        let bundle = bundle();
        let mean = with_code(&bundle, "function-mean");
        assert_eq!(mean[0]["valueQuantity"]["value"], 4.67);
        assert_eq!(mean[0]["valueQuantity"]["code"], "{score}");
        assert_eq!(mean[0]["category"][0]["coding"][0]["code"], "survey");
        assert_eq!(mean[0]["code"]["coding"][0]["system"], "urn:kern:measure");
        assert_eq!(with_code(&bundle, "function-activity").len(), 6);
        assert_eq!(
            with_code(&bundle, "global-rating-of-change")[0]["valueInteger"],
            2
        );
        let effort = with_code(&bundle, "session-effort");
        assert_eq!(effort[0]["effectiveDateTime"], "2026-11-03T18:40:00+01:00");
        let during = with_code(&bundle, "session-pain-during-max");
        assert_eq!(
            during[0]["effectivePeriod"]["start"],
            "2026-11-03T18:05:00+01:00"
        );
        let time = with_code(&bundle, "session-active-time");
        assert_eq!(time[0]["valueQuantity"]["value"], 25);
        assert_eq!(time[0]["category"][0]["coding"][0]["code"], "activity");
        let screen = with_code(&bundle, "red-flag-screen");
        assert_eq!(
            screen[0]["valueCodeableConcept"]["coding"][0]["code"],
            "see-doctor"
        );
        assert_eq!(screen[0]["component"].as_array().unwrap().len(), 11);
    }

    #[test]
    fn full_urls_are_stable_and_unique() {
        let text = to_fhir(&sample::journal(), "study-17").unwrap();
        assert_eq!(text, to_fhir(&sample::journal(), "study-17").unwrap());
        let bundle: Value = serde_json::from_str(&text).unwrap();
        let urls: Vec<&str> = bundle["entry"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["fullUrl"].as_str().unwrap())
            .collect();
        let unique: std::collections::HashSet<_> = urls.iter().collect();
        assert_eq!(unique.len(), urls.len());
        assert!(
            urls.iter()
                .all(|u| u.starts_with("urn:uuid:") && u.len() == 45)
        );
        assert!(
            !text.contains("\"id\""),
            "no resource ids needed in a collection"
        );
    }

    #[test]
    fn an_empty_journal_is_an_empty_bundle() {
        let text = to_fhir(&[], DEFAULT_SUBJECT).unwrap();
        assert_eq!(
            text,
            "{\n  \"resourceType\": \"Bundle\",\n  \"type\": \"collection\"\n}\n"
        );
        assert!(valid_subject("kern-patient") && valid_subject("P.0042_a"));
        assert!(!valid_subject("Jan Peeters") && !valid_subject(""));
    }
}
