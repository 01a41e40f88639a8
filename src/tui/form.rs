//! A form of questions answered one at a time: a score typed as digits then Enter (or chosen with
//! ←/→), y/n, or a line of text. Used for the check-in, the check-out, the red-flag questions, the
//! function score, the global rating and the quick pain log.

use crossterm::event::{KeyCode, KeyEvent};

use crate::i18n::Msg;

/// What kind of answer a question takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A whole number in a range (0–10 pain, −5…+5 rating).
    Number {
        /// Lowest.
        min: i64,
        /// Highest.
        max: i64,
    },
    /// Yes or no.
    YesNo,
    /// A line of text (may be empty when `optional`).
    Text {
        /// Whether an empty answer is fine.
        optional: bool,
    },
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

    /// The text, if this is some.
    pub fn text(&self) -> Option<String> {
        match self {
            Answer::Text(t) if !t.trim().is_empty() => Some(t.trim().to_owned()),
            _ => None,
        }
    }
}

/// One question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Question {
    /// The question's message.
    pub prompt: Msg,
    /// A short help line under it (scale anchors), if any.
    pub hint: Option<Msg>,
    /// What it takes.
    pub kind: Kind,
}

impl Question {
    /// A question without a hint.
    pub fn new(prompt: Msg, kind: Kind) -> Question {
        Question {
            prompt,
            hint: None,
            kind,
        }
    }

    /// Adds a hint.
    pub fn hint(mut self, hint: Msg) -> Question {
        self.hint = Some(hint);
        self
    }
}

/// The state of a form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Form {
    /// Its title.
    pub title: Msg,
    /// The questions.
    pub questions: Vec<Question>,
    /// The answers so far.
    pub answers: Vec<Answer>,
    /// What is being typed.
    pub input: String,
    /// A message after a wrong answer.
    pub error: Option<Msg>,
    /// Whether an empty answer to an optional text question ends the form (the activities: Enter
    /// on an empty line stops after the ones that are needed).
    pub stop_on_empty: bool,
}

/// What a key did to a form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormStep {
    /// Still answering.
    Open,
    /// Every question is answered.
    Done,
    /// Esc on the first question: leave the form.
    Cancelled,
}

impl Form {
    /// A new form.
    pub fn new(title: Msg, questions: Vec<Question>) -> Form {
        Form {
            title,
            questions,
            answers: Vec::new(),
            input: String::new(),
            error: None,
            stop_on_empty: false,
        }
    }

    /// Ends the form at the first optional text question answered with an empty line.
    pub fn stop_on_empty(mut self) -> Form {
        self.stop_on_empty = true;
        self
    }

    /// The question being asked.
    pub fn current(&self) -> Option<&Question> {
        self.questions.get(self.answers.len())
    }

    /// Handles a key.
    pub fn key(&mut self, key: KeyEvent) -> FormStep {
        let Some(question) = self.current().cloned() else {
            return FormStep::Done;
        };
        match (question.kind, key.code) {
            (_, KeyCode::Esc) => {
                self.error = None;
                if self.answers.pop().is_none() {
                    return FormStep::Cancelled;
                }
                self.input.clear();
            }
            (Kind::Number { min, max }, KeyCode::Left | KeyCode::Right) => {
                let current = self
                    .input
                    .parse::<i64>()
                    .unwrap_or(if key.code == KeyCode::Left {
                        min + 1
                    } else {
                        min - 1
                    });
                let next = if key.code == KeyCode::Left {
                    current - 1
                } else {
                    current + 1
                };
                self.input = next.clamp(min, max).to_string();
            }
            (Kind::Number { min, .. }, KeyCode::Char(c))
                if self.input.len() < 3
                    && (c.is_ascii_digit()
                        || ((c == '-' || c == '+') && min < 0 && self.input.is_empty())) =>
            {
                self.input.push(c);
            }
            (Kind::YesNo, KeyCode::Char(c)) if "yYjJ".contains(c) => {
                return self.accept(Answer::YesNo(true));
            }
            (Kind::YesNo, KeyCode::Char(c)) if "nN".contains(c) => {
                return self.accept(Answer::YesNo(false));
            }
            (Kind::Text { .. }, KeyCode::Char(c)) if self.input.chars().count() < 200 => {
                self.input.push(c);
            }
            (_, KeyCode::Backspace) => {
                self.input.pop();
            }
            (Kind::Number { min, max }, KeyCode::Enter) => {
                match self.input.trim_start_matches('+').parse::<i64>() {
                    Ok(n) if (min..=max).contains(&n) => return self.accept(Answer::Number(n)),
                    _ => {
                        self.error =
                            Some(Msg::new("form-want-number").num("min", min).num("max", max))
                    }
                }
            }
            (Kind::Text { optional }, KeyCode::Enter) => {
                if optional || !self.input.trim().is_empty() {
                    let text = std::mem::take(&mut self.input);
                    let skipped = text.trim().is_empty();
                    let step = self.accept(Answer::Text(text));
                    if skipped && self.stop_on_empty {
                        return FormStep::Done;
                    }
                    return step;
                }
                self.error = Some(Msg::new("form-want-text"));
            }
            (Kind::YesNo, KeyCode::Enter) => self.error = Some(Msg::new("form-want-yes-no")),
            _ => {}
        }
        FormStep::Open
    }

    fn accept(&mut self, answer: Answer) -> FormStep {
        self.answers.push(answer);
        self.input.clear();
        self.error = None;
        if self.answers.len() >= self.questions.len() {
            FormStep::Done
        } else {
            FormStep::Open
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crossterm::event::KeyModifiers;

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    fn pain_form() -> Form {
        Form::new(
            Msg::new("t"),
            vec![
                Question::new(Msg::new("pain"), Kind::Number { min: 0, max: 10 }),
                Question::new(Msg::new("ok"), Kind::YesNo),
            ],
        )
    }

    #[test]
    fn digits_then_enter_answer_a_score_and_out_of_range_is_refused() {
        let mut form = pain_form();
        form.key(key(KeyCode::Char('1')));
        form.key(key(KeyCode::Char('2')));
        assert_eq!(form.key(key(KeyCode::Enter)), FormStep::Open);
        assert!(form.error.is_some(), "12 is refused");
        form.key(key(KeyCode::Backspace));
        assert_eq!(form.key(key(KeyCode::Enter)), FormStep::Open);
        assert_eq!(form.answers, vec![Answer::Number(1)]);
        assert_eq!(form.key(key(KeyCode::Char('n'))), FormStep::Done);
    }

    #[test]
    fn arrows_choose_a_score_within_bounds() {
        let mut form = pain_form();
        for _ in 0..15 {
            form.key(key(KeyCode::Right));
        }
        assert_eq!(form.input, "10");
        form.key(key(KeyCode::Left));
        assert_eq!(form.input, "9");
    }

    #[test]
    fn an_empty_optional_line_ends_a_form_that_stops_on_empty() {
        let text = |optional| Question::new(Msg::new("a"), Kind::Text { optional });
        let questions = vec![text(false), text(true), text(true)];
        let mut form = Form::new(Msg::new("t"), questions.clone()).stop_on_empty();
        assert_eq!(
            form.key(key(KeyCode::Enter)),
            FormStep::Open,
            "the first is needed"
        );
        form.key(key(KeyCode::Char('x')));
        assert_eq!(form.key(key(KeyCode::Enter)), FormStep::Open);
        assert_eq!(form.key(key(KeyCode::Enter)), FormStep::Done);
        let mut form = Form::new(Msg::new("t"), questions);
        form.key(key(KeyCode::Char('x')));
        form.key(key(KeyCode::Enter));
        assert_eq!(
            form.key(key(KeyCode::Enter)),
            FormStep::Open,
            "without it, ask on"
        );
    }

    #[test]
    fn escape_goes_back_a_question_then_leaves() {
        let mut form = pain_form();
        form.key(key(KeyCode::Char('3')));
        form.key(key(KeyCode::Enter));
        assert_eq!(form.key(key(KeyCode::Esc)), FormStep::Open);
        assert!(form.answers.is_empty());
        assert_eq!(form.key(key(KeyCode::Esc)), FormStep::Cancelled);
    }
}
