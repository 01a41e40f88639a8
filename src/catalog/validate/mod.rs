//! Meaning checks, after every file parsed: texts in both languages, doses inside their ranges and
//! sane limits, phases that tile the program, ladders that go one way, links that resolve.

mod activity;
mod cert;
mod dose;
mod exercise;
mod figure;
mod ladder;
mod program;
mod texts;

use std::collections::BTreeMap;

use crate::i18n::Msg;
use crate::path;

use super::{Catalog, Diagnostic, PathSeg, Sink, closest};

/// Runs every meaning check and adds what it finds to the catalog's diagnostics.
pub fn validate(catalog: &mut Catalog) {
    let mut out = Vec::new();
    for (id, entry) in &catalog.exercises {
        let mut sink = Sink {
            source: entry.source,
            out: &mut out,
        };
        check_id(&mut sink, id, entry.value.id.as_deref());
        exercise::check(&mut sink, &entry.value);
        check_references(&mut sink, catalog, &entry.value.references);
    }
    for (id, entry) in &catalog.programs {
        let mut sink = Sink {
            source: entry.source,
            out: &mut out,
        };
        check_id(&mut sink, id, entry.value.id.as_deref());
        program::check(&mut sink, catalog, &entry.value);
        check_references(&mut sink, catalog, &entry.value.references);
    }
    check_education(catalog, &mut out);
    check_reference_entries(catalog, &mut out);
    ladder::check(catalog, &mut out);
    figure::check_all(catalog, &mut out);
    catalog.diagnostics.extend(out);
}

/// Whether an id is kebab-case: lower-case ASCII letters and digits, single hyphens between; and
/// a file name everywhere (not a Windows device name such as `con` or `com1`).
pub fn is_kebab_id(id: &str) -> bool {
    crate::model::unsafe_file_name(id).is_none()
        && !id.is_empty()
        && id.len() <= 64
        && id.split('-').all(|word| {
            !word.is_empty()
                && word
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

fn check_id(sink: &mut Sink<'_>, stem: &str, declared: Option<&str>) {
    check_id_only(sink, stem);
    if let Some(declared) = declared
        && declared != stem
    {
        sink.error(
            path!["id"],
            Msg::new("diag-id-not-file-name")
                .arg("id", declared)
                .arg("stem", stem),
            Some(Msg::new("diag-id-not-file-name-help").arg("stem", stem)),
        );
    }
}

/// A file name that is not a kebab-case id is an error.
fn check_id_only(sink: &mut Sink<'_>, stem: &str) {
    if let Some(why) = crate::model::unsafe_file_name(stem) {
        sink.error(
            Vec::new(),
            Msg::new(why.message_id()).arg("id", stem),
            Some(Msg::new("harden2-id-help")),
        );
    } else if !is_kebab_id(stem) {
        sink.error(
            Vec::new(),
            Msg::new("diag-bad-file-name").arg("name", stem),
            Some(Msg::new("diag-bad-id-help")),
        );
    }
}

fn check_references(sink: &mut Sink<'_>, catalog: &Catalog, ids: &[String]) {
    let known: Vec<&str> = catalog.references.keys().map(String::as_str).collect();
    let unknown = ids
        .iter()
        .enumerate()
        .filter(|(_, id)| !catalog.references.contains_key(*id));
    for (n, (i, id)) in unknown.enumerate() {
        // Only as many as a file shows get a suggestion: looking for one takes a while, and a
        // list may hold thousands.
        let help = if n < crate::catalog::MAX_DIAGNOSTICS_PER_FILE {
            suggestion(id, &known, "diag-unknown-reference-help")
        } else {
            Msg::new("diag-unknown-reference-help")
        };
        sink.error(
            path!["references", i],
            Msg::new("diag-unknown-reference").arg("id", id.as_str()),
            Some(help),
        );
    }
}

/// "Did you mean X?" when a known id is close, else the given fallback help.
fn suggestion(word: &str, known: &[&str], fallback: &'static str) -> Msg {
    match closest(word, known) {
        Some(best) => Msg::new("diag-unknown-key-did-you-mean").arg("suggestion", best),
        None => Msg::new(fallback),
    }
}

fn check_education(catalog: &Catalog, out: &mut Vec<Diagnostic>) {
    let mut orders: BTreeMap<u32, &str> = BTreeMap::new();
    for (id, entry) in &catalog.education {
        let mut sink = Sink {
            source: entry.source,
            out,
        };
        let card = &entry.value;
        check_id(&mut sink, id, card.id.as_deref());
        texts::text(&mut sink, path!["title"], &card.title, false);
        texts::text(&mut sink, path!["body"], &card.body, false);
        check_references(&mut sink, catalog, &card.references);
        if let Some(other) = orders.insert(card.order, id) {
            sink.error(
                path!["order"],
                Msg::new("diag-duplicate-order")
                    .num("order", card.order)
                    .arg("other", other),
                Some(Msg::new("diag-duplicate-order-help")),
            );
        }
    }
}

fn check_reference_entries(catalog: &Catalog, out: &mut Vec<Diagnostic>) {
    // A references file lists many; find each one's index in its file for the location (each
    // file is read once: a 1 MiB file holds thousands of references).
    let mut ids_by_source: BTreeMap<usize, Vec<String>> = BTreeMap::new();
    for (id, entry) in &catalog.references {
        let mut sink = Sink {
            source: entry.source,
            out,
        };
        let reference = &entry.value;
        let ids = ids_by_source
            .entry(entry.source)
            .or_insert_with(|| reference_ids(catalog, entry.source));
        let index = ids.iter().position(|other| other == id).unwrap_or(0);
        let at = |key: &str| -> Vec<PathSeg> { path!["references", index, key] };
        if let Some(why) = crate::model::unsafe_file_name(id) {
            sink.error(
                at("id"),
                Msg::new(why.message_id()).arg("id", id.as_str()),
                Some(Msg::new("harden2-id-help")),
            );
        } else if !is_kebab_id(id) {
            sink.error(
                at("id"),
                Msg::new("diag-bad-id").arg("id", id.as_str()),
                Some(Msg::new("diag-bad-id-help")),
            );
        }
        if !(1900..=2100).contains(&reference.year) {
            sink.error(
                at("year"),
                Msg::new("diag-out-of-range")
                    .arg("key", "year")
                    .num("value", reference.year)
                    .num("min", 1900)
                    .num("max", 2100),
                None,
            );
        }
        for (key, value) in [
            ("authors", &reference.authors),
            ("title", &reference.title),
            ("source", &reference.source),
        ] {
            if value.trim().is_empty() {
                sink.error(at(key), Msg::new("diag-empty-text").arg("key", key), None);
            }
        }
        if let Some(doi) = &reference.doi
            && !(doi.starts_with("10.") && doi.contains('/'))
        {
            sink.error(
                at("doi"),
                Msg::new("diag-bad-doi").arg("doi", doi.as_str()),
                Some(Msg::new("diag-bad-doi-help")),
            );
        }
        if reference.doi.is_some() && reference.checked != crate::model::Checked::Doi {
            sink.note(
                at("doi"),
                Msg::new("diag-doi-unchecked")
                    .arg("id", id.as_str())
                    .arg("checked", reference.checked.name()),
                Some(Msg::new("diag-doi-unchecked-help")),
            );
        }
        if let Some(url) = &reference.url
            && !(url.starts_with("https://") || url.starts_with("http://"))
        {
            sink.error(
                at("url"),
                Msg::new("diag-bad-url").arg("url", url.as_str()),
                None,
            );
        }
    }
}

/// The ids of a references file, in the order the file lists them.
fn reference_ids(catalog: &Catalog, source: usize) -> Vec<String> {
    let text = &catalog.sources[source].text;
    toml::from_str::<crate::model::ReferencesFile>(text)
        .map(|file| file.references.into_iter().map(|r| r.id).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kebab_ids() {
        assert!(is_kebab_id("bird-dog"));
        assert!(is_kebab_id("nice-ng59"));
        assert!(!is_kebab_id("Bird-dog"));
        assert!(!is_kebab_id("bird--dog"));
        assert!(!is_kebab_id("-bird"));
        assert!(!is_kebab_id("bird_dog"));
        assert!(!is_kebab_id(""));
    }
}
