//! Which exercises, programs and education cards cite each reference: the other half of the
//! `references = [...]` lists in those files.

use std::collections::BTreeMap;

use serde::Serialize;

use super::Catalog;

/// The kind of file that cites a reference.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum CiterKind {
    /// An exercise.
    Exercise,
    /// A program.
    Program,
    /// An education card.
    Education,
}

/// One exercise, program or card that cites a reference.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Citer {
    /// What it is.
    pub kind: CiterKind,
    /// Its id.
    pub id: String,
}

impl Catalog {
    /// Every reference id (known or not) with what cites it, programs first, then exercises,
    /// then cards, each by id.
    pub fn citations(&self) -> BTreeMap<String, Vec<Citer>> {
        let mut out: BTreeMap<String, Vec<Citer>> = BTreeMap::new();
        for (kind, id, refs) in self.citing_items() {
            for reference in refs {
                out.entry(reference.clone()).or_default().push(Citer {
                    kind,
                    id: id.to_owned(),
                });
            }
        }
        for citers in out.values_mut() {
            citers.sort_by(|a, b| (order(a.kind), &a.id).cmp(&(order(b.kind), &b.id)));
            citers.dedup();
        }
        out
    }

    /// The references one exercise, program or card cites, or `None` when no such item exists.
    pub fn cited_by(&self, item: &str) -> Option<&[String]> {
        self.citing_items()
            .find(|(_, id, _)| *id == item)
            .map(|(_, _, refs)| refs)
    }

    fn citing_items(&self) -> impl Iterator<Item = (CiterKind, &str, &[String])> {
        let programs = self.programs.iter().map(|(id, e)| {
            (
                CiterKind::Program,
                id.as_str(),
                e.value.references.as_slice(),
            )
        });
        let exercises = self.exercises.iter().map(|(id, e)| {
            (
                CiterKind::Exercise,
                id.as_str(),
                e.value.references.as_slice(),
            )
        });
        let cards = self.education.iter().map(|(id, e)| {
            (
                CiterKind::Education,
                id.as_str(),
                e.value.references.as_slice(),
            )
        });
        programs.chain(exercises).chain(cards)
    }
}

fn order(kind: CiterKind) -> u8 {
    match kind {
        CiterKind::Program => 0,
        CiterKind::Exercise => 1,
        CiterKind::Education => 2,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::LoadOptions;

    fn shipped() -> Catalog {
        Catalog::load(&LoadOptions {
            shipped: true,
            config_dir: None,
            paths: Vec::new(),
        })
    }

    #[test]
    fn a_program_and_a_card_cite_what_their_files_list() {
        let catalog = shipped();
        let citations = catalog.citations();
        let pilates = Citer {
            kind: CiterKind::Program,
            id: "pilates-chronic".into(),
        };
        assert!(citations["miyamoto-2018"].contains(&pilates));
        assert_eq!(
            catalog.cited_by("pilates-chronic"),
            Some(
                catalog.programs["pilates-chronic"]
                    .value
                    .references
                    .as_slice()
            )
        );
        assert_eq!(catalog.cited_by("no-such-thing"), None);
    }

    #[test]
    fn every_reference_is_cited_or_marked_as_background() {
        let catalog = shipped();
        let citations = catalog.citations();
        let loose: Vec<&String> = catalog
            .references
            .iter()
            .filter(|(id, e)| !e.value.background && !citations.contains_key(*id))
            .map(|(id, _)| id)
            .collect();
        assert!(loose.is_empty(), "neither cited nor background: {loose:?}");
        let background_but_cited: Vec<&String> = catalog
            .references
            .iter()
            .filter(|(id, e)| e.value.background && citations.contains_key(*id))
            .map(|(id, _)| id)
            .collect();
        assert!(
            background_but_cited.is_empty(),
            "marked background yet cited: {background_but_cited:?}"
        );
    }
}

#[cfg(test)]
mod article_tests {
    use crate::catalog::{Catalog, LoadOptions};

    /// The 20 studies and 5 guidelines of the seed article, as kern names them.
    const ARTICLE: [&str; 25] = [
        "atlas-2005",
        "avila-2023",
        "comachio-2025",
        "chou-2009",
        "chou-2015",
        "en-2020",
        "fernandez-rodriguez-2022",
        "friedly-2017",
        "gellhorn-2012",
        "gonzalez-gomez-2025",
        "jiang-2024",
        "li-2023",
        "rhon-2025",
        "ruffilli-2024",
        "shipton-2018",
        "van-middelkoop-2010",
        "wang-chen-2021",
        "yu-2024",
        "zaina-2016",
        "zhao-2019",
        "minerva-2018",
        "nice-ng59",
        "nass-2020",
        "vadod-2022",
        "who-2023",
    ];

    #[test]
    fn all_25_of_the_seed_articles_references_are_present_and_cited() {
        let catalog = Catalog::load(&LoadOptions {
            shipped: true,
            config_dir: None,
            paths: Vec::new(),
        });
        let citations = catalog.citations();
        for id in ARTICLE {
            assert!(catalog.references.contains_key(id), "{id} is missing");
            assert!(citations.contains_key(id), "{id} is not cited");
        }
    }

    #[test]
    fn an_unchecked_doi_is_a_note_and_a_checked_one_is_not() {
        let catalog = Catalog::load(&LoadOptions {
            shipped: true,
            config_dir: None,
            paths: Vec::new(),
        });
        let noted: Vec<String> = catalog
            .diagnostics
            .iter()
            .filter(|d| d.code() == "diag-doi-unchecked")
            .map(|d| format!("{:?}", d.message.args))
            .collect();
        for (id, entry) in &catalog.references {
            let r = &entry.value;
            let expected = r.doi.is_some() && r.checked != crate::model::Checked::Doi;
            let found = noted.iter().any(|n| n.contains(&format!("\"{id}\"")));
            assert_eq!(found, expected, "{id}: {noted:?}");
        }
    }
}
