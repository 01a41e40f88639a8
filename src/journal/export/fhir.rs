//! The journal as FHIR R4: a `Bundle` of type `collection` holding one `Observation` per measure,
//! built from small serde structs (only the elements kern fills). Every measure has its own code in
//! kern's system `urn:kern:measure`; a pain rating of the moment (pain now, pain after a session)
//! also carries LOINC 72514-3, which is what that code means (average pain and next-morning pain do
//! not fit it and have only their own). `code.text` is in the export's language. Each observation
//! is dated when what it measures happened: a next-morning answer on the morning it describes.
//! The patient is a pseudonymous identifier, never a name. Every `fullUrl` is a version 5 UUID
//! (the `uuid` crate) of the entry id and the measure, so the same journal always gives the same
//! bundle; there is no export time in it. docs/export.md lists every code.

use chrono::{DateTime, FixedOffset, NaiveDate, SecondsFormat};
use serde::Serialize;
use uuid::Uuid;

use crate::i18n::I18n;
use crate::journal::entry::Entry;

/// The subject identifier used when none is given.
pub const DEFAULT_SUBJECT: &str = "kern-patient";
/// kern's code system for its measures.
pub const MEASURE_SYSTEM: &str = "urn:kern:measure";
/// The identifier system of the subject pseudonym.
pub const SUBJECT_SYSTEM: &str = "urn:kern:subject";
/// The identifier system of an observation: `<entry id>/<measure>`.
pub const ENTRY_SYSTEM: &str = "urn:kern:entry";
/// The code system of red-flag questions (their kebab-case ids).
pub const RED_FLAG_SYSTEM: &str = "urn:kern:red-flag";
/// The code system of red-flag outcomes: clear, see-doctor, emergency.
pub const URGENCY_SYSTEM: &str = "urn:kern:urgency";
const LOINC: &str = "http://loinc.org";
const PAIN_CODE: &str = "72514-3";
const PAIN_DISPLAY: &str = "Pain severity - 0-10 verbal numeric rating [Score] - Reported";
const CATEGORY_SYSTEM: &str = "http://terminology.hl7.org/CodeSystem/observation-category";
const UCUM: &str = "http://unitsofmeasure.org";

/// Whether a subject pseudonym is acceptable: 1–64 ASCII letters, digits, `-`, `.` and `_` (so no
/// spaces, which keeps full names out).
pub fn valid_subject(subject: &str) -> bool {
    (1..=64).contains(&subject.len())
        && subject
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '_'))
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct BundleEntry {
    full_url: String,
    resource: Observation,
}

#[derive(Debug, Clone, Serialize)]
struct Coding {
    system: &'static str,
    code: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    display: Option<&'static str>,
}

#[derive(Debug, Clone, Serialize)]
struct CodeableConcept {
    coding: Vec<Coding>,
    text: String,
}

#[derive(Debug, Clone, Serialize)]
struct Identifier {
    system: &'static str,
    value: String,
}

#[derive(Debug, Clone, Serialize)]
struct Reference {
    identifier: Identifier,
}

#[derive(Debug, Clone, Serialize)]
struct Period {
    start: String,
    end: String,
}

#[derive(Debug, Clone, Serialize)]
struct Quantity {
    value: serde_json::Number,
    unit: &'static str,
    system: &'static str,
    code: &'static str,
}

#[derive(Debug, Clone, Serialize)]
struct Annotation {
    text: String,
}

/// The `value[x]` of an observation or component.
#[derive(Debug, Clone, Serialize)]
enum Value {
    #[serde(rename = "valueInteger")]
    Integer(i64),
    #[serde(rename = "valueBoolean")]
    Boolean(bool),
    #[serde(rename = "valueQuantity")]
    Quantity(Quantity),
    #[serde(rename = "valueCodeableConcept")]
    Concept(CodeableConcept),
    #[serde(rename = "valueString")]
    String(String),
}

/// The `effective[x]` of an observation.
#[derive(Debug, Clone, Serialize)]
enum Effective {
    #[serde(rename = "effectiveDateTime")]
    DateTime(String),
    #[serde(rename = "effectivePeriod")]
    Period(Period),
}

#[derive(Debug, Clone, Serialize)]
struct Component {
    code: CodeableConcept,
    #[serde(flatten)]
    value: Value,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
struct Observation {
    resource_type: &'static str,
    identifier: Vec<Identifier>,
    status: &'static str,
    category: Vec<CodeableConcept>,
    code: CodeableConcept,
    subject: Reference,
    #[serde(flatten)]
    effective: Effective,
    issued: String,
    #[serde(flatten)]
    value: Value,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    note: Vec<Annotation>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    component: Vec<Component>,
}

fn time(at: DateTime<FixedOffset>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Secs, false)
}

fn category(code: &'static str, display: &'static str) -> CodeableConcept {
    CodeableConcept {
        coding: vec![Coding {
            system: CATEGORY_SYSTEM,
            code: code.to_owned(),
            display: Some(display),
        }],
        text: display.to_owned(),
    }
}

/// What one observation measures: kern's code (its text is the message `fhir-<key>`), and whether
/// LOINC 72514-3 (a 0–10 pain rating of the moment) fits it.
#[derive(Debug, Clone, Copy)]
struct Measure {
    key: &'static str,
    loinc_pain: bool,
    survey: bool,
}

/// A 0–10 pain rating of the moment: LOINC 72514-3 and kern's code, category survey.
const fn pain_now(key: &'static str) -> Measure {
    Measure {
        key,
        loinc_pain: true,
        survey: true,
    }
}

/// One of kern's own questions (a pain rating over a time, too): kern's code, category survey.
const fn own(key: &'static str) -> Measure {
    Measure {
        key,
        loinc_pain: false,
        survey: true,
    }
}

/// Something measured of the activity itself: kern's code, category activity.
const fn activity(key: &'static str) -> Measure {
    Measure {
        key,
        loinc_pain: false,
        survey: false,
    }
}

impl Measure {
    /// The measure's name in the export's language (looked up once per export).
    fn text(self, i18n: &I18n, texts: &mut Texts) -> String {
        texts
            .entry(self.key)
            .or_insert_with(|| i18n.text(&format!("fhir-{}", self.key)))
            .clone()
    }

    fn code(self, text: String) -> CodeableConcept {
        let mut coding = Vec::new();
        if self.loinc_pain {
            coding.push(Coding {
                system: LOINC,
                code: PAIN_CODE.to_owned(),
                display: Some(PAIN_DISPLAY),
            });
        }
        coding.push(Coding {
            system: MEASURE_SYSTEM,
            code: self.key.to_owned(),
            display: None,
        });
        CodeableConcept { coding, text }
    }
}

/// The measures' names in the export's language, by key, as they are looked up.
type Texts = std::collections::HashMap<&'static str, String>;

/// Builds the observations of one entry.
struct Builder<'a> {
    entry: &'a Entry,
    subject: &'a str,
    namespace: Uuid,
    i18n: &'a I18n,
    texts: &'a mut Texts,
    /// The day of the last session before this entry (a next-morning answer is about the morning
    /// after it).
    last_session: Option<NaiveDate>,
    out: Vec<BundleEntry>,
}

impl Builder<'_> {
    /// A measure's name in the export's language.
    fn text(&mut self, measure: Measure) -> String {
        measure.text(self.i18n, self.texts)
    }

    fn push(&mut self, measure: Measure, suffix: &str, value: Value) -> &mut Observation {
        let text = self.text(measure);
        self.push_text(measure, suffix, text, value)
    }

    fn push_text(
        &mut self,
        measure: Measure,
        suffix: &str,
        text: String,
        value: Value,
    ) -> &mut Observation {
        let name = format!("{}/{}{suffix}", self.entry.id, measure.key);
        let observation = Observation {
            resource_type: "Observation",
            identifier: vec![Identifier {
                system: ENTRY_SYSTEM,
                value: name.clone(),
            }],
            status: if self.entry.amends.is_some() {
                "amended"
            } else {
                "final"
            },
            category: vec![if measure.survey {
                category("survey", "Survey")
            } else {
                category("activity", "Activity")
            }],
            code: measure.code(text),
            subject: Reference {
                identifier: Identifier {
                    system: SUBJECT_SYSTEM,
                    value: self.subject.to_owned(),
                },
            },
            effective: Effective::DateTime(time(self.entry.at)),
            issued: time(self.entry.recorded_at),
            value,
            note: Vec::new(),
            component: Vec::new(),
        };
        let full_url = format!(
            "urn:uuid:{}",
            Uuid::new_v5(&self.namespace, name.as_bytes()).hyphenated()
        );
        self.out.push(BundleEntry {
            full_url,
            resource: observation,
        });
        let last = self.out.len() - 1;
        &mut self.out[last].resource
    }
}

fn int(value: impl Into<i64>) -> Value {
    Value::Integer(value.into())
}

fn add_notes(observation: &mut Observation, note: Option<&String>) {
    if let Some(note) = note.filter(|n| !n.trim().is_empty()) {
        observation.note.push(Annotation { text: note.clone() });
    }
}

mod measures;

mod writer;

pub use writer::{FhirWriter, to_fhir};
