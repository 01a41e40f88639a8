//! Checks that text a person reads is there in English and in Dutch, that lists match, that no
//! text is empty to the eye (only spaces or invisible characters), holds no control character or
//! terminal escape, and that Dutch is not a copy of the English.

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

/// Whether a character shows nothing: white space, and the format characters that take no room
/// (zero-width space and joiners, word joiner, byte-order mark, soft hyphen, bidi marks, fillers).
pub fn is_invisible(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '\u{00AD}'
                | '\u{034F}'
                | '\u{061C}'
                | '\u{115F}'
                | '\u{1160}'
                | '\u{17B4}'
                | '\u{17B5}'
                | '\u{180B}'..='\u{180F}'
                | '\u{200B}'..='\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2060}'..='\u{206F}'
                | '\u{2800}'
                | '\u{3164}'
                | '\u{FE00}'..='\u{FE0F}'
                | '\u{FEFF}'
                | '\u{FFA0}'
        )
}

/// The first character of a text that must not be in content: a control character (an escape
/// sequence starts with one) or a bidi override. Line breaks and tabs are allowed; a CR only
/// before a line feed (a file saved with Windows line ends).
fn forbidden_char(text: &str) -> Option<(usize, char)> {
    let mut chars = text.chars().enumerate().peekable();
    while let Some((i, c)) = chars.next() {
        if c == '\r' && chars.peek().is_some_and(|(_, next)| *next == '\n') {
            continue;
        }
        if crate::neutral::is_unsafe(c) || c == '\r' {
            return Some((i + 1, c));
        }
    }
    None
}

/// The checks every text in one language gets: not empty to the eye, no control characters, not
/// a placeholder. Returns whether the text is sound.
fn one(sink: &mut Sink<'_>, at: Vec<PathSeg>, text: &str, draft: bool) -> bool {
    if text.chars().all(is_invisible) {
        let msg = if text.trim().is_empty() {
            Msg::new("diag-empty-text").arg("key", key_name(&at))
        } else {
            Msg::new("diag-invisible-text").arg("key", key_name(&at))
        };
        sink.error(at, msg, Some(Msg::new("diag-invisible-text-help")));
        return false;
    }
    if let Some((position, c)) = forbidden_char(text) {
        sink.error(
            at.clone(),
            Msg::new("diag-control-character")
                .arg("key", key_name(&at))
                .arg("char", format!("U+{:04X}", u32::from(c)))
                .num("position", position as i64),
            Some(Msg::new("diag-control-character-help")),
        );
        return false;
    }
    if is_placeholder(text) {
        placeholder(sink, at, draft);
        return false;
    }
    true
}

/// How many words a text must have before an identical English and Dutch text counts as a copy
/// (short names such as "Bird dog" are often the same in both languages).
const COPY_MIN_WORDS: usize = 3;

/// A warning when the Dutch text is the English one, unchanged: a copy, not a translation.
fn same_in_both(sink: &mut Sink<'_>, path: &[PathSeg], en: &str, nl: &str) {
    if en.trim() == nl.trim() && en.split_whitespace().count() >= COPY_MIN_WORDS {
        sink.warning(
            with(path, Lang::Nl),
            Msg::new("diag-same-in-both-languages").arg("key", key_name(path)),
            Some(Msg::new("diag-same-in-both-languages-help")),
        );
    }
}

/// One text in both languages, neither empty. In a draft a missing Dutch text is a warning.
pub fn text(sink: &mut Sink<'_>, path: Vec<PathSeg>, text: &LocalizedText, draft: bool) {
    let mut sound = Vec::new();
    for lang in Lang::ALL {
        match text.exact(lang) {
            None => missing(sink, &path, lang, draft),
            Some(t) => {
                if one(sink, with(&path, lang), t, draft) {
                    sound.push(t);
                }
            }
        }
    }
    if let [en, nl] = sound[..] {
        same_in_both(sink, &path, en, nl);
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
                    let mut at = with(&path, lang);
                    at.push(PathSeg::Index(i));
                    one(sink, at, item, draft);
                }
                lengths.push((lang, items.len()));
            }
        }
    }
    if let (Some(en), Some(nl)) = (list.exact(Lang::En), list.exact(Lang::Nl))
        && !en.is_empty()
        && en == nl
    {
        same_in_both(sink, &path, &en.join(" "), &nl.join(" "));
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
