//! The first run: language; what kern is and is not; the red-flag questions; then the program
//! (shipped or installed) with its overview, the weekdays, 3–5 activities and the usual pain.

use crossterm::event::{KeyCode, KeyEvent};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use crate::i18n::Msg;
use crate::model::{Lang, Weekday};

use super::super::app::{App, Screen};
use super::super::form::Form;
use super::form_purpose::{Purpose, Then, red_flags_form};
use super::layout::{KeyHint, fit, wrap};
use crate::coach::{Kind, Question};

/// The steps of the first run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Choose the language.
    Language,
    /// What kern is and is not.
    About,
    /// Choose a program.
    Program,
    /// Choose the weekdays.
    Weekdays,
}

/// The first run's state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FirstRun {
    /// The step.
    pub step: Step,
    /// The selected line.
    pub selected: usize,
    /// The chosen program.
    pub program: Option<String>,
    /// The chosen days.
    pub days: Vec<Weekday>,
}

impl FirstRun {
    /// From the start.
    pub fn new() -> FirstRun {
        FirstRun {
            step: Step::Language,
            selected: 0,
            program: None,
            days: Vec::new(),
        }
    }

    /// From the program choice (after the red flags, or when no program is followed).
    pub fn at_program() -> FirstRun {
        FirstRun {
            step: Step::Program,
            ..FirstRun::new()
        }
    }

    /// Whether text is being typed (never, on these steps).
    pub fn is_typing(&self) -> bool {
        false
    }
}

impl Default for FirstRun {
    fn default() -> Self {
        Self::new()
    }
}

fn programs(app: &App) -> Vec<String> {
    app.catalog.programs.keys().cloned().collect()
}

/// The keys of the first run.
pub fn keys(run: &FirstRun) -> Vec<KeyHint> {
    match run.step {
        Step::Weekdays => vec![
            ("↑↓", "key-move"),
            ("Space", "key-toggle"),
            ("Enter", "key-confirm"),
            ("Esc", "key-back"),
            ("q", "key-quit"),
        ],
        Step::About => vec![
            ("↑↓", "key-scroll"),
            ("Enter", "key-continue"),
            ("Esc", "key-back"),
            ("q", "key-quit"),
        ],
        _ => vec![
            ("↑↓", "key-move"),
            ("Enter", "key-confirm"),
            ("q", "key-quit"),
        ],
    }
}

/// Handles a key.
pub fn key(app: &mut App, key: KeyEvent) {
    let programs = programs(app);
    let Screen::FirstRun(run) = &mut app.screen else {
        return;
    };
    let count = match run.step {
        Step::Language => 2,
        // On "what kern is", ↑↓ scroll the text (a small window shows part of it).
        Step::About => 40,
        Step::Program => programs.len(),
        Step::Weekdays => 7,
    };
    match key.code {
        KeyCode::Char('q') => {
            app.quit = true;
        }
        KeyCode::Up => run.selected = run.selected.saturating_sub(1),
        KeyCode::Down | KeyCode::Tab => {
            run.selected = (run.selected + 1).min(count.saturating_sub(1))
        }
        KeyCode::Esc => match run.step {
            Step::About => {
                run.step = Step::Language;
                run.selected = 0;
            }
            Step::Weekdays => run.step = Step::Program,
            _ => {}
        },
        KeyCode::Char(' ') if run.step == Step::Weekdays => {
            let day = Weekday::ALL[run.selected.min(6)];
            if let Some(i) = run.days.iter().position(|d| *d == day) {
                run.days.remove(i);
            } else {
                run.days.push(day);
                run.days.sort();
            }
        }
        KeyCode::Enter => confirm(app, &programs),
        _ => {}
    }
}

fn confirm(app: &mut App, programs: &[String]) {
    let Screen::FirstRun(run) = &mut app.screen else {
        return;
    };
    match run.step {
        Step::Language => {
            let lang = if run.selected == 1 {
                Lang::Nl
            } else {
                Lang::En
            };
            run.step = Step::About;
            run.selected = 0;
            app.set_lang(lang);
            if let Some(dir) = &app.config_dir {
                let _ = app.settings.save(dir);
            }
        }
        Step::About => {
            let screen = red_flags_form(app, Then::FirstRunProgram);
            app.replace(screen);
        }
        Step::Program => {
            let Some(id) = programs.get(run.selected).cloned() else {
                return;
            };
            run.days = app
                .catalog
                .programs
                .get(&id)
                .map(|p| p.value.weekdays.clone())
                .unwrap_or_default();
            run.program = Some(id);
            run.step = Step::Weekdays;
            run.selected = 0;
        }
        Step::Weekdays => {
            let Some(program) = run.program.clone() else {
                return;
            };
            let needed = app
                .catalog
                .programs
                .get(&program)
                .map_or(1, |p| p.value.sessions_per_week) as usize;
            if run.days.len() < needed {
                let have = run.days.len() as i64;
                app.status = Some(
                    app.t(Msg::new("tui-too-few-days")
                        .num("days", have)
                        .num("sessions", needed as i64)),
                );
                return;
            }
            let days = run.days.clone();
            let mut questions = Vec::new();
            for i in 0..5 {
                let question = Question::new(
                    super::form_purpose::activity(i as usize),
                    Msg::new("form-activity").num("number", i + 1),
                    Kind::Text { optional: i >= 3 },
                )
                .hint(Msg::new("form-activity-hint"));
                questions.push(question);
            }
            app.replace(Screen::Form(
                Box::new(Form::new(Msg::new("form-activities"), questions).stop_on_empty()),
                Purpose::Activities(program, days),
            ));
        }
    }
}

/// Draws the current step.
pub fn draw(app: &App, frame: &mut Frame<'_>, area: Rect) {
    let Screen::FirstRun(run) = &app.screen else {
        return;
    };
    let mut lines: Vec<Line<'static>> = Vec::new();
    let item = |i: usize, label: String| {
        let style = if i == run.selected {
            app.theme.selected()
        } else {
            app.theme.text()
        };
        Line::from(Span::styled(
            format!("{} {label}", if i == run.selected { "▶" } else { " " }),
            style,
        ))
    };
    match run.step {
        Step::Language => {
            lines.push(Line::from(Span::styled(
                "Welcome · Welkom",
                app.theme.title(),
            )));
            lines.push(Line::from("Choose your language · Kies je taal"));
            lines.push(Line::from(""));
            lines.push(item(0, "English".into()));
            lines.push(item(1, "Nederlands".into()));
        }
        Step::About => {
            lines.push(Line::from(Span::styled(
                app.i18n.text("first-run-about-title"),
                app.theme.title(),
            )));
            let about = Line::from(app.i18n.text("cli-about"));
            let safety = Line::from(Span::styled(app.i18n.text("cli-safety"), app.theme.warn()));
            // On a small screen what matters most, the safety text, comes first.
            if super::layout::compact(frame.area()) {
                lines.extend([safety, Line::from(""), about]);
            } else {
                lines.extend([about, Line::from(""), safety]);
            }
            lines.push(Line::from(""));
            lines.push(Line::from(app.i18n.text("first-run-about-next")));
        }
        Step::Program => {
            lines.push(Line::from(Span::styled(
                app.i18n.text("first-run-program"),
                app.theme.title(),
            )));
            let ids = programs(app);
            for (i, id) in ids.iter().enumerate() {
                let title = app
                    .catalog
                    .programs
                    .get(id)
                    .map_or(id.as_str(), |p| p.value.title.get(app.lang));
                lines.push(item(i, title.to_owned()));
            }
            if let Some(program) = ids
                .get(run.selected)
                .and_then(|id| app.catalog.programs.get(id))
            {
                let p = &program.value;
                let details = [
                    (
                        app.t(Msg::new("program-line")
                            .arg(
                                "audience",
                                app.i18n.text(&format!("audience-{}", p.audience.name())),
                            )
                            .num("weeks", p.weeks)
                            .num("sessions", p.sessions_per_week)),
                        app.theme.dim(),
                    ),
                    (p.summary.get(app.lang).to_owned(), app.theme.text()),
                    (p.for_whom.get(app.lang).to_owned(), app.theme.dim()),
                ];
                // The details fill the room below the list; what does not fit ends in "…".
                let used: usize = lines
                    .iter()
                    .map(|l| wrap(&l.to_string(), area.width).len())
                    .sum();
                let mut left = usize::from(area.height).saturating_sub(used + 1);
                lines.push(Line::from(""));
                for (text, style) in details {
                    if left == 0 {
                        break;
                    }
                    let rows = fit(&text, area.width, left as u16);
                    left -= rows.len();
                    lines.extend(rows.into_iter().map(|r| Line::from(Span::styled(r, style))));
                }
            }
        }
        Step::Weekdays => {
            lines.push(Line::from(Span::styled(
                app.i18n.text("first-run-weekdays"),
                app.theme.title(),
            )));
            for (i, day) in Weekday::ALL.iter().enumerate() {
                let mark = if run.days.contains(day) { "[x]" } else { "[ ]" };
                lines.push(item(
                    i,
                    format!(
                        "{mark} {}",
                        crate::describe::wording::weekday(&app.i18n, *day)
                    ),
                ));
            }
        }
    }
    let scroll = if run.step == Step::About {
        u16::try_from(run.selected).unwrap_or(0)
    } else {
        0
    };
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .scroll((scroll, 0)),
        area,
    );
}
