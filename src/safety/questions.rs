//! Which red-flag questions to ask: the full screen (all 11, except that a lifelong fact a
//! clinician has cleared is asked only as "anything new since"), and the weekly check (all 11
//! topics in a short list, "has any of this come up new since DATE?"; a yes opens the screen).

use chrono::NaiveDate;

use crate::i18n::Msg;

use super::flags::{Nature, RedFlag};
use super::lock::Screening;

/// One question of the screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Question {
    /// The warning sign it is about (its answer is stored under this flag).
    pub flag: RedFlag,
    /// For a lifelong fact a clinician has cleared: ask only whether something of the kind is new
    /// since this day (the last time it was asked).
    pub new_since: Option<NaiveDate>,
}

impl Question {
    /// The question in words: `red-flag-<id>`, or `red-flag-<id>-since` with `$date`.
    pub fn msg(&self) -> Msg {
        match self.new_since {
            None => Msg::new(format!("red-flag-{}", self.flag.id())),
            Some(date) => {
                Msg::new(format!("red-flag-{}-since", self.flag.id())).arg("date", date.to_string())
            }
        }
    }
}

/// The questions of a red-flag screen given what was answered before: all 11 in order; a lifelong
/// fact that was answered "yes" and then cleared by a clinician is not asked again as such, only
/// whether something of the kind is new since it was last asked.
pub fn screen_questions(screening: &Screening) -> Vec<Question> {
    RedFlag::ALL
        .into_iter()
        .map(|flag| Question {
            flag,
            new_since: (flag.nature() == Nature::Lifelong)
                .then(|| cleared_lifelong(screening, flag))
                .flatten(),
        })
        .collect()
}

/// For a lifelong fact answered "yes" in a screen a clinician has cleared: the day of the last
/// screen that asked about it.
fn cleared_lifelong(screening: &Screening, flag: RedFlag) -> Option<NaiveDate> {
    let cleared_yes = screening
        .screens
        .iter()
        .any(|s| s.present().any(|f| f == flag) && screening.clearance_of(s).is_some());
    if !cleared_yes {
        return None;
    }
    screening
        .screens
        .iter()
        .rev()
        .find(|s| s.screen.answers.iter().any(|a| a.flag == flag))
        .map(|s| s.at.date_naive())
}

/// The weekly check: the topics of all 11 warning signs, and the day "since" refers to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WeeklyCheck {
    /// The last screen or weekly answer.
    pub since: NaiveDate,
    /// One short topic per warning sign, in question order.
    pub topics: Vec<RedFlag>,
}

impl WeeklyCheck {
    /// The question with every topic in one sentence (for a face that shows one line):
    /// `weekly-check-question` with `$date`.
    pub fn msg(&self) -> Msg {
        Msg::new("weekly-check-question").arg("date", self.since.to_string())
    }

    /// The question alone, without the topics (for a face that lists the topics itself:
    /// `red-flag-topic-<id>` each): `weekly-check-ask` with `$date`.
    pub fn ask_msg(&self) -> Msg {
        Msg::new("weekly-check-ask").arg("date", self.since.to_string())
    }

    /// The topic labels' message ids, in order.
    pub fn topic_msgs(&self) -> Vec<Msg> {
        self.topics.iter().map(|f| Msg::new(f.topic_id())).collect()
    }
}

/// The weekly check, or `None` before the first screen (then the full screen comes first).
pub fn weekly_check(screening: &Screening) -> Option<WeeklyCheck> {
    let last_screen = screening.screens.last().map(|s| s.at)?;
    let last_weekly = screening.weekly.last().map(|w| w.at);
    let since = last_weekly.map_or(last_screen, |w| w.max(last_screen));
    Some(WeeklyCheck {
        since: since.date_naive(),
        topics: RedFlag::ALL.to_vec(),
    })
}
