//! A form of the coach's questions answered one at a time: a score typed as digits then Enter (or
//! chosen with ←/→), y/n, a line of text, or a pick from a list (↑↓, Space to tick, Enter). The
//! answers are read by the names of their questions ([`Form::answered`]).

use crossterm::event::{KeyCode, KeyEvent};

use crate::coach::{Answer, Answers, Kind, Question};
use crate::i18n::Msg;

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
    /// The highlighted option of a pick question.
    pub cursor: usize,
    /// The options ticked so far in a pick question.
    pub picked: Vec<usize>,
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
            cursor: 0,
            picked: Vec::new(),
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

    /// The answers given so far, by the names of their questions.
    pub fn answered(&self) -> Answers {
        let mut answers = Answers::new();
        for (question, answer) in self.questions.iter().zip(&self.answers) {
            answers.set(question.name.clone(), answer.clone());
        }
        answers
    }

    fn pick_key(&mut self, key: KeyEvent, options: usize, many: bool, none: bool) -> FormStep {
        let last = options + usize::from(none);
        match key.code {
            KeyCode::Up => self.cursor = self.cursor.saturating_sub(1),
            KeyCode::Down | KeyCode::Tab => {
                self.cursor = (self.cursor + 1).min(last.saturating_sub(1));
            }
            KeyCode::Char(' ') if many && self.cursor < options => {
                if let Some(at) = self.picked.iter().position(|p| *p == self.cursor) {
                    self.picked.remove(at);
                } else {
                    self.picked.push(self.cursor);
                    self.picked.sort_unstable();
                }
            }
            KeyCode::Enter => {
                let picked = if self.cursor >= options {
                    Vec::new()
                } else if many && !self.picked.is_empty() {
                    std::mem::take(&mut self.picked)
                } else {
                    vec![self.cursor]
                };
                self.cursor = 0;
                self.picked.clear();
                return self.accept(Answer::Picked(picked));
            }
            _ => {}
        }
        FormStep::Open
    }

    /// Handles a key.
    pub fn key(&mut self, key: KeyEvent) -> FormStep {
        let Some(question) = self.current().cloned() else {
            return FormStep::Done;
        };
        if let (
            Kind::Pick {
                options,
                many,
                none,
            },
            code,
        ) = (&question.kind, key.code)
            && code != KeyCode::Esc
        {
            return self.pick_key(key, options.len(), *many, none.is_some());
        }
        let bounds = question.kind.bounds();
        match (question.kind, key.code) {
            (_, KeyCode::Esc) => {
                self.error = None;
                if self.answers.pop().is_none() {
                    return FormStep::Cancelled;
                }
                self.input.clear();
            }
            (Kind::Score | Kind::Rating, KeyCode::Left | KeyCode::Right) => {
                let (min, max) = bounds.unwrap_or((0, 0));
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
            (Kind::Score | Kind::Rating, KeyCode::Char(c))
                if self.input.len() < 3
                    && (c.is_ascii_digit()
                        || ((c == '-' || c == '+')
                            && bounds.is_some_and(|(min, _)| min < 0)
                            && self.input.is_empty())) =>
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
            (Kind::Score | Kind::Rating, KeyCode::Enter) => {
                let (min, max) = bounds.unwrap_or((0, 0));
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
                Question::new("pain", Msg::new("pain"), Kind::Score),
                Question::new("ok", Msg::new("ok"), Kind::YesNo),
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
        let answered = form.answered();
        assert_eq!(answered.score("pain").map(|s| s.get()), Some(1));
        assert_eq!(answered.yes("ok"), Some(false));
    }

    #[test]
    fn a_pick_of_many_ticks_with_space_and_the_last_option_is_none_of_them() {
        let question = Question::new(
            "which",
            Msg::new("which"),
            Kind::Pick {
                options: vec![Msg::new("a"), Msg::new("b"), Msg::new("c")],
                many: true,
                none: Some(Msg::new("not-sure")),
            },
        );
        let mut form = Form::new(Msg::new("t"), vec![question.clone()]);
        form.key(key(KeyCode::Char(' ')));
        form.key(key(KeyCode::Down));
        form.key(key(KeyCode::Down));
        form.key(key(KeyCode::Char(' ')));
        assert_eq!(form.key(key(KeyCode::Enter)), FormStep::Done);
        assert_eq!(form.answered().picked("which"), Some(&[0, 2][..]));
        let mut form = Form::new(Msg::new("t"), vec![question]);
        for _ in 0..5 {
            form.key(key(KeyCode::Down));
        }
        form.key(key(KeyCode::Char(' ')));
        assert_eq!(form.key(key(KeyCode::Enter)), FormStep::Done);
        assert_eq!(form.answered().picked("which"), Some(&[][..]), "not sure");
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
        let text = |optional| Question::new("a", Msg::new("a"), Kind::Text { optional });
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
