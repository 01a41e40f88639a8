//! Line-by-line questions for the plain-text coach. Every prompt ends with the answer it expects in
//! brackets; an answer that does not fit is explained and the question asked again. `None` means
//! the input ended.

use std::io::{BufRead, Write};

use crate::i18n::{I18n, Msg};
use crate::journal::Score;

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

    /// A 0–10 score.
    pub fn score(&mut self, question: Msg) -> Option<Score> {
        let prompt = format!("{} [0-10]", self.i18n.format(&question));
        loop {
            let answer = self.line(&prompt)?;
            if let Some(score) = answer.parse::<i64>().ok().and_then(Score::new) {
                return Some(score);
            }
            self.tell(Msg::new("plain-want-score").arg("answer", answer));
        }
    }

    /// Yes or no.
    pub fn yes_no(&mut self, question: Msg) -> Option<bool> {
        let prompt = format!("{} [y/n]", self.i18n.format(&question));
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
}
