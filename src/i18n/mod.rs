//! The message catalogs: every sentence kern prints for people, in English and Dutch (Fluent).
//!
//! Code names a message by its id and gives its arguments in a [`Msg`]; [`I18n::format`] turns it
//! into text in the chosen language. Unicode isolation marks are off: a terminal shows them.
//!
//! Each language is a folder of `.ftl` files, one per area (`src/i18n/en/core.ftl`,
//! `src/i18n/en/voice.ftl`, ...); every file in `en/` has its twin in `nl/` with the same ids.

use std::borrow::Cow;
use std::sync::OnceLock;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use unic_langid::{LanguageIdentifier, langid};

use crate::model::Lang;

use include_dir::{Dir, include_dir};

/// The English catalog files.
static EN_FILES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/src/i18n/en");
/// The Dutch catalog files.
static NL_FILES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/src/i18n/nl");

/// One argument of a message.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(untagged)]
pub enum Arg {
    /// Text, shown as it is.
    Text(String),
    /// A whole number (drives plural forms).
    Number(i64),
}

/// A message to show: its id in the catalogs and its arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Msg {
    /// The message id, such as `diag-unknown-key`.
    pub id: Cow<'static, str>,
    /// Named arguments.
    pub args: Vec<(&'static str, Arg)>,
}

impl Msg {
    /// A message without arguments yet.
    pub fn new(id: impl Into<Cow<'static, str>>) -> Self {
        Self {
            id: id.into(),
            args: Vec::new(),
        }
    }

    /// Adds a text argument.
    pub fn arg(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.args.push((name, Arg::Text(value.into())));
        self
    }

    /// Adds a number argument.
    pub fn num(mut self, name: &'static str, value: impl Into<i64>) -> Self {
        self.args.push((name, Arg::Number(value.into())));
        self
    }
}

/// The catalog of one language, ready to format messages.
pub struct I18n {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
}

impl std::fmt::Debug for I18n {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("I18n").field("lang", &self.lang).finish()
    }
}

fn language_id(lang: Lang) -> LanguageIdentifier {
    match lang {
        Lang::En => langid!("en"),
        Lang::Nl => langid!("nl"),
    }
}

/// The catalog files of a language, as (file name, Fluent source), sorted by name.
pub fn files(lang: Lang) -> Vec<(&'static str, &'static str)> {
    let dir = match lang {
        Lang::En => &EN_FILES,
        Lang::Nl => &NL_FILES,
    };
    let mut files: Vec<_> = dir
        .files()
        .filter(|file| file.path().extension().is_some_and(|ext| ext == "ftl"))
        .filter_map(|file| Some((file.path().to_str()?, file.contents_utf8()?)))
        .collect();
    files.sort_unstable_by_key(|(name, _)| *name);
    files
}

/// The whole Fluent source of a language's catalog: its files joined, built once.
pub fn source(lang: Lang) -> &'static str {
    static EN: OnceLock<String> = OnceLock::new();
    static NL: OnceLock<String> = OnceLock::new();
    let cell = match lang {
        Lang::En => &EN,
        Lang::Nl => &NL,
    };
    cell.get_or_init(|| {
        files(lang)
            .into_iter()
            .map(|(_, source)| source)
            .collect::<Vec<_>>()
            .join("\n")
    })
}

impl I18n {
    /// Loads the catalog of `lang`. The catalogs are part of the binary and checked by tests, so a
    /// broken entry only loses that entry (its id is shown instead).
    pub fn new(lang: Lang) -> Self {
        let mut bundle = FluentBundle::new(vec![language_id(lang)]);
        bundle.set_use_isolating(false);
        let resource = match FluentResource::try_new(source(lang).to_owned()) {
            Ok(resource) => resource,
            Err((partial, _errors)) => partial,
        };
        // Duplicate ids are caught by the catalog tests; keep what loaded.
        let _ = bundle.add_resource(resource);
        Self { lang, bundle }
    }

    /// The language of this catalog.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The text of a message without arguments.
    pub fn text(&self, id: &str) -> String {
        self.format(&Msg::new(id.to_owned()))
    }

    /// The text of a message with its arguments filled in. Text arguments (names, notes, paths,
    /// values quoted from files) are neutralised first: no control or bidi character of theirs
    /// reaches a terminal, report or file through a message.
    pub fn format(&self, msg: &Msg) -> String {
        let Some(pattern) = self.bundle.get_message(&msg.id).and_then(|m| m.value()) else {
            return msg.id.to_string();
        };
        let mut args = FluentArgs::new();
        for (name, value) in &msg.args {
            match value {
                Arg::Text(text) => args.set(
                    *name,
                    FluentValue::from(crate::neutral::neutralise(
                        text,
                        crate::neutral::Layout::Lines,
                    )),
                ),
                Arg::Number(n) => args.set(*name, FluentValue::from(*n)),
            }
        }
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, Some(&args), &mut errors)
            .into_owned()
    }
}

/// The ids of every message in a Fluent source, in file order, and the errors that parsing it met.
pub fn message_ids(source: &str) -> (Vec<String>, Vec<String>) {
    let (resource, errors) = match fluent_syntax::parser::parse(source) {
        Ok(resource) => (resource, Vec::new()),
        Err((resource, errors)) => (resource, errors.iter().map(|e| format!("{e:?}")).collect()),
    };
    let ids = resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(message) => Some(message.id.name.to_owned()),
            _ => None,
        })
        .collect();
    (ids, errors)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_arguments_are_neutralised() {
        let i18n = I18n::new(Lang::En);
        let text = i18n.format(
            &Msg::new("journal-unreadable")
                .arg("path", "a\u{1b}[2J\rb")
                .arg("reason", "x\u{202e}y"),
        );
        assert!(
            !text.contains('\u{1b}') && !text.contains('\r') && !text.contains('\u{202e}'),
            "{text:?}"
        );
        assert!(text.contains("a\u{FFFD}[2J\nb"), "{text:?}");
    }

    #[test]
    fn both_catalogs_parse_cleanly_and_hold_the_same_keys() {
        let en_files = files(Lang::En);
        let nl_files = files(Lang::Nl);
        let names =
            |files: &[(&str, &str)]| files.iter().map(|(n, _)| n.to_string()).collect::<Vec<_>>();
        assert_eq!(
            names(&en_files),
            names(&nl_files),
            "every en/ file has its nl/ twin"
        );
        assert!(en_files.iter().any(|(name, _)| *name == "core.ftl"));
        for ((name, en_source), (_, nl_source)) in en_files.iter().zip(&nl_files) {
            let (en, en_errors) = message_ids(en_source);
            let (nl, nl_errors) = message_ids(nl_source);
            assert!(en_errors.is_empty(), "en/{name}: {en_errors:?}");
            assert!(nl_errors.is_empty(), "nl/{name}: {nl_errors:?}");
            let missing_nl: Vec<_> = en.iter().filter(|id| !nl.contains(id)).collect();
            let missing_en: Vec<_> = nl.iter().filter(|id| !en.contains(id)).collect();
            assert!(
                missing_nl.is_empty(),
                "missing in nl/{name}: {missing_nl:?}"
            );
            assert!(
                missing_en.is_empty(),
                "missing in en/{name}: {missing_en:?}"
            );
        }
        let (all, _) = message_ids(source(Lang::En));
        let mut unique = all.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(
            unique.len(),
            all.len(),
            "duplicate ids across the en/ files"
        );
    }

    #[test]
    fn arguments_are_filled_in_without_isolation_marks() {
        let en = I18n::new(Lang::En);
        let text = en.format(&Msg::new("diag-unknown-key").arg("key", "nmae"));
        assert!(text.contains("'nmae'"), "{text}");
        assert!(!text.contains('\u{2068}'));
    }

    #[test]
    fn unknown_ids_show_the_id() {
        assert_eq!(
            I18n::new(Lang::Nl).text("no-such-message"),
            "no-such-message"
        );
    }
}
