//! Checks that text a person reads is there in English and in Dutch, and that lists match.

use crate::author::template::is_placeholder;
use crate::catalog::{PathSeg, Sink};
use crate::i18n::Msg;
use crate::model::{Lang, LocalizedList, LocalizedText};

fn with(path: &[PathSeg], lang: Lang) -> Vec<PathSeg> {
    let mut path = path.to_vec();
    path.push(PathSeg::Key(lang.code().to_owned()));
    path
}

fn key_name(path: &[PathSeg]) -> String {
    path.iter()
        .map(|seg| match seg {
            PathSeg::Key(k) => k.clone(),
            PathSeg::Index(i) => (i + 1).to_string(),
        })
        .collect::<Vec<_>>()
        .join(".")
}

fn missing(sink: &mut Sink<'_>, path: &[PathSeg], lang: Lang, draft: bool) {
    let msg = Msg::new("diag-missing-language")
        .arg("key", key_name(path))
        .arg("lang", lang.code());
    let help = Some(Msg::new("diag-missing-language-help").arg("lang", lang.code()));
    if draft && lang == Lang::Nl {
        sink.warning(path.to_vec(), msg, help);
    } else {
        sink.error(path.to_vec(), msg, help);
    }
}

/// A text left as a placeholder (starting with TODO or TE DOEN, as `kern new` writes them): a
/// warning in a draft, an error anywhere else, since a patient would read it.
fn placeholder(sink: &mut Sink<'_>, path: Vec<PathSeg>, draft: bool) {
    let msg = Msg::new("diag-placeholder-text").arg("key", key_name(&path));
    let help = Some(Msg::new("diag-placeholder-text-help"));
    if draft {
        sink.warning(path, msg, help);
    } else {
        sink.error(path, msg, help);
    }
}

/// One text in both languages, neither empty. In a draft a missing Dutch text is a warning.
pub fn text(sink: &mut Sink<'_>, path: Vec<PathSeg>, text: &LocalizedText, draft: bool) {
    for lang in Lang::ALL {
        match text.exact(lang) {
            None => missing(sink, &path, lang, draft),
            Some(t) if t.trim().is_empty() => sink.error(
                with(&path, lang),
                Msg::new("diag-empty-text").arg("key", key_name(&with(&path, lang))),
                None,
            ),
            Some(t) if is_placeholder(t) => placeholder(sink, with(&path, lang), draft),
            Some(_) => {}
        }
    }
}

/// A list in both languages, with the same number of items, none empty. `required` lists must
/// have at least one item.
pub fn list(
    sink: &mut Sink<'_>,
    path: Vec<PathSeg>,
    list: &LocalizedList,
    draft: bool,
    required: bool,
) {
    let mut lengths = Vec::new();
    for lang in Lang::ALL {
        match list.exact(lang) {
            None if required => missing(sink, &path, lang, draft),
            None => {}
            Some(items) => {
                if required && items.is_empty() {
                    sink.error(
                        with(&path, lang),
                        Msg::new("diag-empty-list").arg("key", key_name(&with(&path, lang))),
                        None,
                    );
                }
                for (i, item) in items.iter().enumerate() {
                    if item.trim().is_empty() {
                        let mut at = with(&path, lang);
                        at.push(PathSeg::Index(i));
                        sink.error(
                            at.clone(),
                            Msg::new("diag-empty-text").arg("key", key_name(&at)),
                            None,
                        );
                    }
                }
                if let Some(i) = items.iter().position(|item| is_placeholder(item)) {
                    let mut at = with(&path, lang);
                    at.push(PathSeg::Index(i));
                    placeholder(sink, at, draft);
                }
                lengths.push((lang, items.len()));
            }
        }
    }
    if let [(_, en), (_, nl)] = lengths[..]
        && en != nl
    {
        sink.error(
            with(&path, Lang::Nl),
            Msg::new("diag-list-length-mismatch")
                .arg("key", key_name(&path))
                .num("en", en as i64)
                .num("nl", nl as i64),
            Some(Msg::new("diag-list-length-mismatch-help")),
        );
    } else if !required && lengths.len() == 1 && !draft {
        let present = lengths[0].0;
        let absent = if present == Lang::En {
            Lang::Nl
        } else {
            Lang::En
        };
        missing(sink, &path, absent, draft);
    }
}
