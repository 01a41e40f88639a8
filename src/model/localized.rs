//! Text given in English and Dutch, and the language a person reads it in.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The languages kern speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// English.
    En,
    /// Dutch, as written in Flanders.
    Nl,
}

impl Lang {
    /// Every language, in the order files list them.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Nl];

    /// The two-letter code (`en`, `nl`).
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Nl => "nl",
        }
    }

    /// Reads `en`, `nl`, or a locale such as `nl_BE.UTF-8` or `en-GB`; anything else is `None`.
    pub fn from_locale(locale: &str) -> Option<Lang> {
        let lower = locale.trim().to_ascii_lowercase();
        let primary = lower.split(['-', '_', '.', '@']).next().unwrap_or("");
        match primary {
            "en" => Some(Lang::En),
            "nl" => Some(Lang::Nl),
            _ => None,
        }
    }
}

/// One piece of text in each language. Both are optional here so that a missing translation is
/// reported by the validator with its place in the file, instead of stopping the parser.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct LocalizedText {
    /// English.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub en: Option<String>,
    /// Dutch (Flanders).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nl: Option<String>,
}

impl LocalizedText {
    /// Text in both languages.
    pub fn new(en: impl Into<String>, nl: impl Into<String>) -> Self {
        Self {
            en: Some(en.into()),
            nl: Some(nl.into()),
        }
    }

    /// The text in `lang`, falling back to English, then to an empty string.
    pub fn get(&self, lang: Lang) -> &str {
        let wanted = match lang {
            Lang::En => self.en.as_deref(),
            Lang::Nl => self.nl.as_deref(),
        };
        wanted.or(self.en.as_deref()).unwrap_or_default()
    }

    /// The text in exactly `lang`, if present.
    pub fn exact(&self, lang: Lang) -> Option<&str> {
        match lang {
            Lang::En => self.en.as_deref(),
            Lang::Nl => self.nl.as_deref(),
        }
    }
}

/// A list of texts (steps, cues) in each language; item *n* of one translates item *n* of the other.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct LocalizedList {
    /// English.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub en: Option<Vec<String>>,
    /// Dutch (Flanders).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nl: Option<Vec<String>>,
}

impl LocalizedList {
    /// The list in `lang`, falling back to English, then to an empty list.
    pub fn get(&self, lang: Lang) -> &[String] {
        let wanted = match lang {
            Lang::En => self.en.as_deref(),
            Lang::Nl => self.nl.as_deref(),
        };
        wanted.or(self.en.as_deref()).unwrap_or_default()
    }

    /// The list in exactly `lang`, if present.
    pub fn exact(&self, lang: Lang) -> Option<&[String]> {
        match lang {
            Lang::En => self.en.as_deref(),
            Lang::Nl => self.nl.as_deref(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locale_strings_map_to_languages() {
        assert_eq!(Lang::from_locale("nl_BE.UTF-8"), Some(Lang::Nl));
        assert_eq!(Lang::from_locale("en-GB"), Some(Lang::En));
        assert_eq!(Lang::from_locale("NL"), Some(Lang::Nl));
        assert_eq!(Lang::from_locale("fr_BE"), None);
        assert_eq!(Lang::from_locale(""), None);
    }

    #[test]
    fn missing_dutch_falls_back_to_english() {
        let text = LocalizedText {
            en: Some("Hello".into()),
            nl: None,
        };
        assert_eq!(text.get(Lang::Nl), "Hello");
        assert_eq!(text.exact(Lang::Nl), None);
    }
}
