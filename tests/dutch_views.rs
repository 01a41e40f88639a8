//! No English in a Dutch view: every shipped program, exercise and education card, shown in
//! Dutch, holds none of a short list of English tell-tale words. Citations are left out of the
//! check: a study's title is a name, kept in the language it was published in.

use kern::catalog::{Catalog, LoadOptions};
use kern::describe::{exercise_sheet, program_sheet};
use kern::i18n::I18n;
use kern::model::Lang;

/// Words that give English away (whole words, any case), and a file extension a person should
/// never read.
const TELL_TALES: [&str; 5] = ["after", "the", "and", "with", "your"];

fn shipped() -> Catalog {
    Catalog::load(&LoadOptions {
        shipped: true,
        config_dir: None,
        paths: Vec::new(),
    })
}

/// The part of a sheet above its list of references.
fn without_citations(sheet: &str, i18n: &I18n) -> String {
    let label = i18n.text("label-references");
    match sheet.find(&format!("\n{label}\n")) {
        Some(at) => sheet[..at].to_owned(),
        None => sheet.to_owned(),
    }
}

/// The tell-tales found in a text, with the line they are on.
fn english_in(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for line in text.lines() {
        if line.contains(".md") {
            found.push(format!("'.md' in: {line}"));
        }
        // The shipped programs' author, as the English views name it.
        if line.contains("kern project") {
            found.push(format!("'kern project' in: {line}"));
        }
        for word in line.split(|c: char| !c.is_alphanumeric() && c != '\'') {
            let lower = word.to_lowercase();
            if TELL_TALES.contains(&lower.as_str()) {
                found.push(format!("'{word}' in: {line}"));
            }
        }
    }
    found
}

#[test]
fn the_dutch_views_hold_no_english_tell_tales() {
    let catalog = shipped();
    let nl = I18n::new(Lang::Nl);
    let mut problems = Vec::new();
    for (id, entry) in &catalog.programs {
        let sheet = without_citations(&program_sheet(&nl, &catalog, &entry.value), &nl);
        problems.extend(
            english_in(&sheet)
                .into_iter()
                .map(|p| format!("program {id}: {p}")),
        );
    }
    for (id, entry) in &catalog.exercises {
        let sheet = without_citations(&exercise_sheet(&nl, &catalog, &entry.value), &nl);
        problems.extend(
            english_in(&sheet)
                .into_iter()
                .map(|p| format!("exercise {id}: {p}")),
        );
    }
    for (id, entry) in &catalog.education {
        let card = &entry.value;
        let text = format!("{}\n{}", card.title.get(Lang::Nl), card.body.get(Lang::Nl));
        problems.extend(
            english_in(&text)
                .into_iter()
                .map(|p| format!("card {id}: {p}")),
        );
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_check_finds_english_when_there_is_some() {
    assert_eq!(
        english_in("Auteur: kern project, after CLINICAL.md").len(),
        3
    );
    assert!(english_in("Auteur: het kern-project, versie 2.").is_empty());
    assert!(english_in("Hou de houding zo lang als aangegeven vast.").is_empty());
    // Dutch words that merely contain a tell-tale are not flagged.
    assert!(english_in("Adem rustig; theedoek, afterparty, handen").is_empty());
}
