//! Line-by-line questions for the plain-text coach. Every prompt ends with the answer it expects in
//! brackets; an answer that does not fit is explained and the question asked again. `None` means
//! the input ended.

use std::io::{BufRead, Write};

use crate::coach::{Answer, Answers, Kind, Question};
use crate::i18n::{I18n, Msg};
use crate::journal::{Rating, Score};

/// The answers to a list of questions; `ended` when the input ended at a question that needs an
/// answer (an optional question left at the end of input is simply not answered).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Asked {
    /// The answers given, by name.
    pub answers: Answers,
    /// Whether the input ended before a needed answer.
    pub ended: bool,
}

/// What the patient typed at a step prompt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StepKey {
    /// Enter: done, go on.
    Enter,
    /// `h`: this hurts.
    Hurts,
    /// `s`: skip this exercise.
    Skip,
    /// `q`: quit and save.
    Quit,
}

/// Reads answers from a line source and writes prompts to stdout.
pub struct Prompter<'a> {
    input: Box<dyn BufRead + 'a>,
    i18n: &'a I18n,
}

impl<'a> Prompter<'a> {
    /// Prompts over `input`.
    pub fn new(input: Box<dyn BufRead + 'a>, i18n: &'a I18n) -> Self {
        Prompter { input, i18n }
    }

    /// The message catalog in use.
    pub fn i18n(&self) -> &'a I18n {
        self.i18n
    }

    /// Prints a line.
    pub fn say(&self, text: &str) {
        println!("{text}");
    }

    /// Prints a message.
    pub fn tell(&self, msg: Msg) {
        println!("{}", self.i18n.format(&msg));
    }

    fn line(&mut self, prompt: &str) -> Option<String> {
        print!("{prompt} ");
        let _ = std::io::stdout().flush();
        let mut line = String::new();
        match self.input.read_line(&mut line) {
            Ok(0) | Err(_) => {
                println!();
                None
            }
            Ok(_) => Some(line.trim().to_owned()),
        }
    }

    /// Asks every question in turn, each answer by its question's name.
    pub fn ask_all(&mut self, questions: &[Question]) -> Asked {
        let mut asked = Asked::default();
        for question in questions {
            match self.ask(question) {
                Some(answer) => asked.answers.set(question.name.clone(), answer),
                None if matches!(question.kind, Kind::Text { optional: true }) => {}
                None => {
                    asked.ended = true;
                    break;
                }
            }
        }
        asked
    }

    /// One question, asked the way its kind wants; `None` when the input ended.
    pub fn ask(&mut self, question: &Question) -> Option<Answer> {
        let prompt = question.prompt.clone();
        for item in &question.list {
            println!("  - {}", self.i18n.format(item));
        }
        match &question.kind {
            Kind::Score => self
                .score(prompt)
                .map(|s| Answer::Number(i64::from(s.get()))),
            Kind::Rating => self
                .rating(prompt)
                .map(|r| Answer::Number(i64::from(r.get()))),
            Kind::YesNo => self.yes_no(prompt).map(Answer::YesNo),
            Kind::Text { .. } => self
                .text(prompt)
                .map(|t| Answer::Text(t.unwrap_or_default())),
            Kind::Pick {
                options,
                many,
                none,
            } => {
                let mut labels: Vec<String> = options.iter().map(|o| self.i18n.format(o)).collect();
                if let Some(none) = none {
                    labels.push(self.i18n.format(none));
                }
                let picked = if *many {
                    self.choose_many(prompt, &labels)?
                } else {
                    vec![self.choose(prompt, &labels)?]
                };
                // The extra last option ("not sure") stands alone: no option picked.
                let picked = if picked.iter().any(|i| *i >= options.len()) {
                    Vec::new()
                } else {
                    picked
                };
                Some(Answer::Picked(picked))
            }
        }
    }

    /// A 0–10 score.
    pub fn score(&mut self, question: Msg) -> Option<Score> {
        let prompt = format!(
            "{} [{}-{}]",
            self.i18n.format(&question),
            Score::MIN,
            Score::MAX
        );
        loop {
            let answer = self.line(&prompt)?;
            if let Some(score) = answer.parse::<i64>().ok().and_then(Score::new) {
                return Some(score);
            }
            self.tell(Msg::new("plain-want-score").arg("answer", answer));
        }
    }

    /// A rating of change, −5…+5.
    pub fn rating(&mut self, question: Msg) -> Option<Rating> {
        let prompt = format!(
            "{} [{}…+{}]",
            self.i18n.format(&question),
            Rating::MIN.get(),
            Rating::MAX.get()
        );
        loop {
            let answer = self.line(&prompt)?;
            if let Some(rating) = answer
                .trim_start_matches('+')
                .parse::<i64>()
                .ok()
                .and_then(Rating::new)
            {
                return Some(rating);
            }
            self.tell(Msg::new("plain-want-rating").arg("answer", answer));
        }
    }

    /// Yes or no.
    pub fn yes_no(&mut self, question: Msg) -> Option<bool> {
        let prompt = format!(
            "{} {}",
            self.i18n.format(&question),
            self.i18n.text("plain-yes-no-keys")
        );
        loop {
            let answer = self.line(&prompt)?.to_lowercase();
            match answer.as_str() {
                "y" | "yes" | "j" | "ja" => return Some(true),
                "n" | "no" | "nee" => return Some(false),
                _ => self.tell(Msg::new("plain-want-yes-no").arg("answer", answer)),
            }
        }
    }

    /// Free text; an empty line means none.
    pub fn text(&mut self, question: Msg) -> Option<Option<String>> {
        let prompt = format!(
            "{} [{}]",
            self.i18n.format(&question),
            self.i18n.text("plain-enter-to-skip")
        );
        let answer = self.line(&prompt)?;
        Some((!answer.is_empty()).then_some(answer))
    }

    /// Enter to go on, or h, s, q.
    pub fn step(&mut self, question: &str) -> Option<StepKey> {
        let prompt = format!("{question} [Enter]");
        loop {
            let answer = self.line(&prompt)?.to_lowercase();
            match answer.as_str() {
                "" => return Some(StepKey::Enter),
                "h" => return Some(StepKey::Hurts),
                "s" => return Some(StepKey::Skip),
                "q" => return Some(StepKey::Quit),
                _ => self.tell(Msg::new("plain-want-step").arg("answer", answer)),
            }
        }
    }

    /// One of several numbered choices (1-based), returned as an index.
    pub fn choose(&mut self, question: Msg, options: &[String]) -> Option<usize> {
        self.say(&self.i18n.format(&question));
        for (i, option) in options.iter().enumerate() {
            self.say(&format!("  {}. {option}", i + 1));
        }
        let prompt = format!("[1-{}]", options.len());
        loop {
            let answer = self.line(&prompt)?;
            match answer.parse::<usize>() {
                Ok(n) if (1..=options.len()).contains(&n) => return Some(n - 1),
                _ => self.tell(
                    Msg::new("plain-want-choice")
                        .arg("answer", answer)
                        .num("max", options.len() as i64),
                ),
            }
        }
    }

    /// Several of numbered choices (1-based, separated by spaces or commas), returned as indexes
    /// in order; the last option may stand alone ("not sure").
    pub fn choose_many(&mut self, question: Msg, options: &[String]) -> Option<Vec<usize>> {
        self.say(&self.i18n.format(&question));
        for (i, option) in options.iter().enumerate() {
            self.say(&format!("  {}. {option}", i + 1));
        }
        self.tell(Msg::new("plain-pick-many"));
        let prompt = format!("[1-{}]", options.len());
        loop {
            let answer = self.line(&prompt)?;
            let numbers: Option<Vec<usize>> = answer
                .split(|c: char| c == ',' || c.is_whitespace())
                .filter(|p| !p.is_empty())
                .map(|p| {
                    p.parse::<usize>()
                        .ok()
                        .filter(|n| (1..=options.len()).contains(n))
                })
                .collect();
            match numbers {
                Some(mut picked) if !picked.is_empty() => {
                    picked.sort_unstable();
                    picked.dedup();
                    return Some(picked.into_iter().map(|n| n - 1).collect());
                }
                _ => self.tell(
                    Msg::new("plain-want-choices")
                        .arg("answer", answer)
                        .num("max", options.len() as i64),
                ),
            }
        }
    }
}
