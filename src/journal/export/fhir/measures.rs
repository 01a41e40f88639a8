//! Which observations each kind of entry gives, and how each is coded.

use chrono::Duration;

use crate::i18n::Msg;

use super::{
    Builder, CodeableConcept, Coding, Component, Effective, Measure, Period, Quantity,
    RED_FLAG_SYSTEM, UCUM, URGENCY_SYSTEM, Value, activity, add_notes, int, own, pain_now, time,
};

const PAIN_NOW: Measure = pain_now("pain-now");
const PAIN_AVERAGE: Measure = own("pain-average");
const NEXT_MORNING_PAIN: Measure = own("next-morning-pain");
const NEXT_MORNING_SETTLED: Measure = own("next-morning-settled");
const RED_FLAGS_NEW: Measure = own("red-flags-new");
const SESSION_TIME: Measure = activity("session-active-time");
const PAIN_DURING: Measure = own("session-pain-during-max");
const EFFORT: Measure = own("session-effort");
const PAIN_AFTER: Measure = pain_now("session-pain-after");
const FUNCTION_MEAN: Measure = own("function-mean");
const FUNCTION_ACTIVITY: Measure = own("function-activity");
const GLOBAL_RATING: Measure = own("global-rating-of-change");
const USUAL_PAIN: Measure = own("usual-pain");
const RED_FLAG_SCREEN: Measure = own("red-flag-screen");
const RED_FLAG_CLEARANCE: Measure = own("red-flag-clearance");
/// The code system of who checked the patient: doctor, physio, or unknown.
const CLINICIAN_SYSTEM: &str = "urn:kern:clinician";
const WALKING: Measure = activity("walking-minutes");
const ADVERSE_EVENT: Measure = own("adverse-event");
/// The code system of what happened (`fall`, `pain-during-exercise`, …).
const ADVERSE_SYSTEM: &str = "urn:kern:adverse-event";
/// The code system of the parts of an adverse event: severity, exercise, pain.
const ADVERSE_PART_SYSTEM: &str = "urn:kern:adverse-event-part";

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
            // The morning after the last session (the check-in's own day when none is known),
            // to the day: the question asks about that morning, not about now.
            let morning = b
                .last_session
                .map_or(entry.at.date_naive(), |day| day + Duration::days(1))
                .min(entry.at.date_naive());
            let on = Effective::DateTime(morning.format("%Y-%m-%d").to_string());
            b.push(NEXT_MORNING_PAIN, "", int(m.pain.get())).effective = on.clone();
            b.push(NEXT_MORNING_SETTLED, "", Value::Boolean(m.settled))
                .effective = on;
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
        let text = b.i18n.format(
            &Msg::new("fhir-session-active-time-detail")
                .arg("measure", b.text(SESSION_TIME))
                .arg("program", s.program.as_str())
                .num("phase", s.phase)
                .arg("status", b.i18n.text(&format!("status-{status}")))
                .num("done", done as i64)
                .num("exercises", s.exercises.len() as i64),
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
            let text = format!("{}: {}", b.text(FUNCTION_ACTIVITY), activity.activity);
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
    if let Some(a) = &entry.adverse_event {
        add_adverse_event(b, a);
    }
    if let Some(c) = &entry.cleared {
        let by = c.by.map_or("unknown", crate::safety::Clinician::name);
        let value = Value::Concept(CodeableConcept {
            coding: vec![Coding {
                system: CLINICIAN_SYSTEM,
                code: by.to_owned(),
                display: None,
            }],
            text: by.to_owned(),
        });
        let cleared = b.push(RED_FLAG_CLEARANCE, "", value);
        // When the check took place (the entry itself is when the patient recorded it).
        cleared.effective = super::Effective::DateTime(c.checked_on.to_string());
        add_notes(cleared, c.note.as_ref());
    }
    if let Some(a) = &entry.activity {
        let measure = match a.kind {
            crate::model::ActivityKind::Walking => WALKING,
        };
        let minutes = Value::Quantity(Quantity {
            value: a.minutes.into(),
            unit: "min",
            system: UCUM,
            code: "min",
        });
        let observation = b.push(measure, "", minutes);
        observation.effective = Effective::DateTime(a.on.format("%Y-%m-%d").to_string());
        add_notes(observation, a.note.as_ref());
    }
}

/// An adverse event: what happened as the value; its severity, the exercise and the pain as
/// components; the patient's words as a note.
fn add_adverse_event(b: &mut Builder<'_>, a: &crate::safety::AdverseEvent) {
    let concept = |system: &'static str, code: &str| CodeableConcept {
        coding: vec![Coding {
            system,
            code: code.to_owned(),
            display: None,
        }],
        text: code.to_owned(),
    };
    let mut parts = vec![Component {
        code: concept(ADVERSE_PART_SYSTEM, "severity"),
        value: Value::Concept(concept(ADVERSE_PART_SYSTEM, a.severity.name())),
    }];
    if let Some(exercise) = &a.exercise {
        parts.push(Component {
            code: concept(ADVERSE_PART_SYSTEM, "exercise"),
            value: Value::String(exercise.clone()),
        });
    }
    if let Some(pain) = a.pain {
        parts.push(Component {
            code: concept(ADVERSE_PART_SYSTEM, "pain"),
            value: int(pain.get()),
        });
    }
    let event = b.push(
        ADVERSE_EVENT,
        "",
        Value::Concept(concept(ADVERSE_SYSTEM, a.what.name())),
    );
    event.component = parts;
    add_notes(event, a.note.as_ref());
}

#[cfg(test)]
mod tests {
    use crate::i18n::I18n;
    use crate::journal::export::fhir::{DEFAULT_SUBJECT, to_fhir, valid_subject};
    use crate::journal::export::sample;
    use crate::model::Lang;
    use serde_json::Value;

    fn bundle_in(lang: Lang) -> Value {
        let text = to_fhir(&sample::journal(), DEFAULT_SUBJECT, &I18n::new(lang)).unwrap();
        serde_json::from_str(&text).unwrap()
    }

    fn bundle() -> Value {
        bundle_in(Lang::En)
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
        // Pain now and pain after a session are ratings of the moment; nothing else is.
        let loinc = with_code(&bundle, "72514-3");
        assert_eq!(loinc.len(), 5);
        for observation in loinc {
            let own = &observation["code"]["coding"][1]["code"];
            assert!(own == "pain-now" || own == "session-pain-after", "{own}");
        }
    }

    #[test]
    fn average_and_next_morning_pain_have_codes_of_their_own() {
        let bundle = bundle();
        for key in [
            "pain-average",
            "next-morning-pain",
            "usual-pain",
            "session-pain-during-max",
        ] {
            let found = with_code(&bundle, key);
            assert!(!found.is_empty(), "{key}");
            for observation in found {
                let codings = observation["code"]["coding"].as_array().unwrap();
                assert_eq!(codings.len(), 1, "{key}: {codings:?}");
                assert_eq!(codings[0]["system"], "urn:kern:measure");
            }
        }
    }

    #[test]
    fn the_next_morning_is_dated_the_morning_it_describes() {
        let journal = sample::journal();
        let session_day = journal
            .iter()
            .filter_map(|e| e.session.as_ref())
            .map(|s| s.ended_at.date_naive())
            .next()
            .unwrap();
        let check_in = journal
            .iter()
            .find(|e| {
                e.check_in
                    .as_ref()
                    .is_some_and(|c| c.next_morning.is_some())
            })
            .unwrap();
        let bundle = bundle();
        let morning = with_code(&bundle, "next-morning-pain");
        let expected = (session_day + chrono::Duration::days(1)).to_string();
        assert_eq!(morning[0]["effectiveDateTime"], expected.as_str());
        assert_ne!(
            morning[0]["effectiveDateTime"],
            super::time(check_in.at).as_str(),
            "not the time of the check-in"
        );
        assert_eq!(
            with_code(&bundle, "next-morning-settled")[0]["effectiveDateTime"],
            expected.as_str()
        );
    }

    #[test]
    fn the_code_text_is_in_the_export_language() {
        let nl = bundle_in(Lang::Nl);
        assert_eq!(
            with_code(&nl, "pain-now")[0]["code"]["text"],
            "Pijn nu (0-10)"
        );
        let time = with_code(&nl, "session-active-time");
        assert!(
            time[0]["code"]["text"].as_str().unwrap().contains("fase 1"),
            "{}",
            time[0]["code"]["text"]
        );
        assert_eq!(
            with_code(&bundle(), "pain-now")[0]["code"]["text"],
            "Pain now (0-10)"
        );
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
        let adverse = with_code(&bundle, "adverse-event");
        assert_eq!(adverse.len(), 1);
        assert_eq!(
            adverse[0]["valueCodeableConcept"]["coding"][0]["code"],
            "new-symptom"
        );
        let parts = adverse[0]["component"].as_array().unwrap();
        assert_eq!(
            parts[0]["valueCodeableConcept"]["coding"][0]["code"],
            "mild"
        );
        assert_eq!(parts[1]["valueString"], "bird-dog");
        assert_eq!(parts[2]["valueInteger"], 3);
        let cleared = with_code(&bundle, "red-flag-clearance");
        assert_eq!(cleared.len(), 1);
        assert_eq!(cleared[0]["effectiveDateTime"], "2026-11-02");
        assert_eq!(
            cleared[0]["valueCodeableConcept"]["coding"][0]["code"],
            "physio"
        );
        assert_eq!(
            cleared[0]["note"][0]["text"],
            "Seen by my physio after the fall: fine to exercise"
        );
        assert_eq!(
            cleared[0]["code"]["text"],
            "A doctor or physiotherapist checked the patient after a warning sign (the program may go on)"
        );
    }

    #[test]
    fn full_urls_are_stable_and_unique() {
        let i18n = I18n::new(Lang::En);
        let text = to_fhir(&sample::journal(), "study-17", &i18n).unwrap();
        assert_eq!(
            text,
            to_fhir(&sample::journal(), "study-17", &i18n).unwrap()
        );
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
        let text = to_fhir(&[], DEFAULT_SUBJECT, &I18n::new(Lang::En)).unwrap();
        assert_eq!(
            text,
            "{\n  \"resourceType\": \"Bundle\",\n  \"type\": \"collection\"\n}\n"
        );
        assert!(valid_subject("kern-patient") && valid_subject("P.0042_a"));
        assert!(!valid_subject("Jan Peeters") && !valid_subject(""));
    }

    #[test]
    fn a_walk_is_an_activity_observation_in_minutes_on_its_day() {
        let walk = crate::journal::activity::sample_walk("2026-11-28", 25, None);
        let text = to_fhir(&[walk], DEFAULT_SUBJECT, &I18n::new(Lang::Nl)).unwrap();
        let bundle: Value = serde_json::from_str(&text).unwrap();
        let walks = with_code(&bundle, "walking-minutes");
        assert_eq!(walks.len(), 1);
        assert_eq!(walks[0]["category"][0]["coding"][0]["code"], "activity");
        assert_eq!(walks[0]["valueQuantity"]["value"], 25);
        assert_eq!(walks[0]["valueQuantity"]["code"], "min");
        assert_eq!(walks[0]["effectiveDateTime"], "2026-11-28");
        assert_eq!(
            walks[0]["code"]["text"],
            "Minuten gewandeld (dagelijkse activiteit)"
        );
    }
}
