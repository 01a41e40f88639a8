//! One thing to say: its words, its language, the moment it is for, and how long after that moment
//! it may still be said (a count said late is worse than a count not said).

use crate::model::Lang;
use crate::session::Millis;

/// How long after its moment a count or countdown may still begin.
pub const TIMING_STALE_MS: Millis = 500;
/// How long after its moment an announcement (an exercise, a rest, what comes next) may still
/// begin.
pub const NEWS_STALE_MS: Millis = 6_000;

/// Whether an utterance is tied to a moment (a count, "go", "switch sides") or is news that may
/// wait a little (the exercise and its dose, the rest, what comes next).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Urgency {
    /// Said on its moment or not at all; a newer one replaces an older one still waiting.
    Timing,
    /// Said when there is room, within a few seconds.
    News,
}

/// One thing to say.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Utterance {
    /// The words.
    pub text: String,
    /// Their language.
    pub lang: Lang,
    /// The moment on the session's clock this is for.
    pub at: Millis,
    /// How many milliseconds after `at` it may still begin.
    pub stale_after: Millis,
    /// Timing or news.
    pub urgency: Urgency,
}

impl Utterance {
    /// A count or cue tied to its moment.
    pub fn timing(text: impl Into<String>, lang: Lang, at: Millis) -> Utterance {
        Utterance {
            text: text.into(),
            lang,
            at,
            stale_after: TIMING_STALE_MS,
            urgency: Urgency::Timing,
        }
    }

    /// News that may wait a few seconds.
    pub fn news(text: impl Into<String>, lang: Lang, at: Millis) -> Utterance {
        Utterance {
            text: text.into(),
            lang,
            at,
            stale_after: NEWS_STALE_MS,
            urgency: Urgency::News,
        }
    }

    /// Whether it is too late to begin saying it at `now`.
    pub fn is_stale(&self, now: Millis) -> bool {
        now > self.at.saturating_add(self.stale_after)
    }
}
