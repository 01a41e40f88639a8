//! Questions the coach asks (check-in, check-out, red flags, scores) and the answers, read by
//! name (`answers.score("pain_after")`), never by position. Bounds come from the types
//! ([`Score::MAX`], [`Rating::MAX`]). Both faces ask the same questions: the full-screen coach as
//! a form, the plain coach line by line.

use std::collections::BTreeMap;

use crate::i18n::Msg;
use crate::journal::{Rating, Score};

/// What kind of answer a question takes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    /// A 0–10 score (pain, effort, function).
    Score,
    /// A global rating of change, −5…+5.
    Rating,
    /// Yes or no.
    YesNo,
    /// A line of text (may be empty when `optional`).
    Text {
        /// Whether no answer is fine.
        optional: bool,
    },
    /// One or more of a list (`many`), each option in words; `none` is the label of an option
    /// that stands alone ("not sure") and is answered as an empty pick.
    Pick {
        /// The options, in order.
        options: Vec<Msg>,
        /// Whether several may be picked.
        many: bool,
        /// An extra last option meaning "none of these / not sure".
        none: Option<Msg>,
    },
}

impl Kind {
    /// The bounds of a number question, from the type it fills.
    pub fn bounds(&self) -> Option<(i64, i64)> {
        match self {
            Kind::Score => Some((i64::from(Score::MIN.get()), i64::from(Score::MAX.get()))),
            Kind::Rating => Some((i64::from(Rating::MIN.get()), i64::from(Rating::MAX.get()))),
            _ => None,
        }
    }
}

/// One question, with the name its answer is read by.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Question {
    /// The name of the answer (`pain_now`, `effort`, `note`, …).
    pub name: String,
    /// The question's message.
    pub prompt: Msg,
    /// A short help line under it (scale anchors), if any.
    pub hint: Option<Msg>,
    /// Items listed under the question, one per line (the weekly check's topics).
    pub list: Vec<Msg>,
    /// What it takes.
    pub kind: Kind,
}

impl Question {
    /// A question without a hint.
    pub fn new(name: impl Into<String>, prompt: Msg, kind: Kind) -> Question {
        Question {
            name: name.into(),
            prompt,
            hint: None,
            list: Vec::new(),
            kind,
        }
    }

    /// A 0–10 pain score with the scale's anchors as its hint.
    pub fn pain(name: impl Into<String>, prompt: &'static str) -> Question {
        Question::new(name, Msg::new(prompt), Kind::Score).hint(Msg::new("form-pain-hint"))
    }

    /// Adds a hint.
    pub fn hint(mut self, hint: Msg) -> Question {
        self.hint = Some(hint);
        self
    }

    /// Adds items listed under the question.
    pub fn list(mut self, items: Vec<Msg>) -> Question {
        self.list = items;
        self
    }

    /// Whether an answer fits this question.
    pub fn accepts(&self, answer: &Answer) -> bool {
        match (&self.kind, answer) {
            (kind @ (Kind::Score | Kind::Rating), Answer::Number(n)) => kind
                .bounds()
                .is_some_and(|(min, max)| (min..=max).contains(n)),
            (Kind::YesNo, Answer::YesNo(_)) => true,
            (Kind::Text { optional }, Answer::Text(t)) => *optional || !t.trim().is_empty(),
            (Kind::Pick { options, many, .. }, Answer::Picked(picked)) => {
                (*many || picked.len() <= 1) && picked.iter().all(|i| *i < options.len())
            }
            _ => false,
        }
    }
}

/// An answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    /// A number.
    Number(i64),
    /// Yes or no.
    YesNo(bool),
    /// Text (empty when skipped).
    Text(String),
    /// The options picked (indexes into the question's options; empty: "not sure").
    Picked(Vec<usize>),
}

impl Answer {
    /// The number, if this is one.
    pub fn number(&self) -> Option<i64> {
        match self {
            Answer::Number(n) => Some(*n),
            _ => None,
        }
    }

    /// The yes/no, if this is one.
    pub fn yes(&self) -> Option<bool> {
        match self {
            Answer::YesNo(b) => Some(*b),
            _ => None,
        }
    }

    /// The text, if this is some (blank text is no answer).
    pub fn text(&self) -> Option<String> {
        match self {
            Answer::Text(t) if !t.trim().is_empty() => Some(t.trim().to_owned()),
            _ => None,
        }
    }
}

/// The answers to a set of questions, by name. A question not answered (the input ended, the form
/// was left) has no answer.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Answers(BTreeMap<String, Answer>);

impl Answers {
    /// No answers yet.
    pub fn new() -> Answers {
        Answers::default()
    }

    /// Records the answer to the question named `name`.
    pub fn set(&mut self, name: impl Into<String>, answer: Answer) {
        self.0.insert(name.into(), answer);
    }

    /// With one more answer (for tests and scripts).
    pub fn with(mut self, name: &str, answer: Answer) -> Answers {
        self.set(name, answer);
        self
    }

    /// The answer named `name`, if given.
    pub fn get(&self, name: &str) -> Option<&Answer> {
        self.0.get(name)
    }

    /// A 0–10 score, if given.
    pub fn score(&self, name: &str) -> Option<Score> {
        self.get(name)?.number().and_then(Score::new)
    }

    /// A rating of change, if given.
    pub fn rating(&self, name: &str) -> Option<Rating> {
        self.get(name)?.number().and_then(Rating::new)
    }

    /// Yes or no, if given.
    pub fn yes(&self, name: &str) -> Option<bool> {
        self.get(name)?.yes()
    }

    /// Text, if given and not blank.
    pub fn text(&self, name: &str) -> Option<String> {
        self.get(name)?.text()
    }

    /// The options picked, if the question was answered.
    pub fn picked(&self, name: &str) -> Option<&[usize]> {
        match self.get(name)? {
            Answer::Picked(p) => Some(p),
            _ => None,
        }
    }

    /// Adds the answers of a follow-up.
    pub fn extend(&mut self, more: Answers) {
        self.0.extend(more.0);
    }

    /// Whether nothing was answered.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// The questions before a session: pain now and on average, the morning after the last session
/// (from the second session on), and the weekly check for warning signs when it is due
/// ([`super::safety::weekly_question`]).
pub fn check_in(ask_morning: bool, weekly: Option<Question>) -> Vec<Question> {
    let mut questions = vec![
        Question::pain("pain_now", "checkin-pain-now"),
        Question::pain("pain_average", "checkin-pain-average"),
    ];
    if ask_morning {
        questions.push(Question::new(
            "morning_settled",
            Msg::new("checkin-morning-settled"),
            Kind::YesNo,
        ));
        questions.push(Question::pain("morning_pain", "checkin-morning-pain"));
    }
    questions.extend(weekly);
    questions
}

/// The questions after a session: pain during, effort, pain after, and a note.
pub fn check_out() -> Vec<Question> {
    vec![
        Question::pain("pain_during", "checkout-pain-during"),
        // The effort question names its scale itself.
        Question::new("effort", Msg::new("checkout-effort"), Kind::Score),
        Question::pain("pain_after", "checkout-pain-after"),
        Question::new(
            "note",
            Msg::new("checkout-note"),
            Kind::Text { optional: true },
        ),
    ]
}

/// The quick pain-diary entry.
pub fn pain_log() -> Vec<Question> {
    vec![
        Question::pain("pain_now", "checkin-pain-now"),
        Question::pain("pain_average", "checkin-pain-average"),
        Question::new(
            "note",
            Msg::new("checkout-note"),
            Kind::Text { optional: true },
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_are_read_by_name_and_bounded_by_their_type() {
        let answers = Answers::new()
            .with("pain_after", Answer::Number(3))
            .with("effort", Answer::Number(11))
            .with("note", Answer::Text("  ".into()));
        assert_eq!(answers.score("pain_after"), Score::new(3));
        assert_eq!(answers.score("effort"), None, "11 is no score");
        assert_eq!(answers.text("note"), None, "blank is no note");
        assert_eq!(answers.score("pain_during"), None, "not answered");
        let effort = &check_out()[1];
        assert!(effort.accepts(&Answer::Number(i64::from(Score::MAX.get()))));
        assert!(!effort.accepts(&Answer::Number(i64::from(Score::MAX.get()) + 1)));
    }

    #[test]
    fn the_check_in_asks_about_the_morning_only_after_a_first_session() {
        let names = |q: Vec<Question>| q.into_iter().map(|q| q.name).collect::<Vec<_>>();
        assert_eq!(names(check_in(false, None)), ["pain_now", "pain_average"]);
        let weekly = super::super::safety::weekly_question(None);
        assert_eq!(
            names(check_in(true, Some(weekly))),
            [
                "pain_now",
                "pain_average",
                "morning_settled",
                "morning_pain",
                "anything_new"
            ]
        );
    }
}
