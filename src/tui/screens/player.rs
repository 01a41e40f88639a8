//! The session player: the exercise name large, the set, side and dose, a large countdown for
//! holds and rests and a rep counter for reps, a gauge for the timer and one for the session, the
//! cues (or the full instructions), what comes next during rests, and "this hurts".

use chrono::{DateTime, Duration, FixedOffset};
use crossterm::event::{KeyCode, KeyEvent};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Gauge, Paragraph, Wrap};

use crate::describe;
use crate::i18n::Msg;
use crate::journal::checkpoint::{self, CHECKPOINT_FORMAT, Checkpoint};
use crate::journal::{Body, Decision, Entry, EntryKind, Score, SkipReason, new_id};
use crate::plan::SessionPlan;
use crate::session::{CheckOut, Engine, Event, HurtChoice, Millis, Step, Work, session_record};

use super::super::app::{App, Screen};
use super::super::form::{Answer, Form, Kind, Question};
use super::super::widgets::big_text;
use super::form_purpose::Purpose;
use super::layout::{KeyHint, compact, fit, truncate};

/// What the player is asking, besides the session itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mode {
    /// Running the steps.
    Running,
    /// "This hurts": typing the pain now.
    HurtPain(String),
    /// "This hurts": choosing what to do.
    HurtChoice(Vec<(String, HurtChoice)>, usize),
    /// Choosing why to skip.
    SkipReason(usize),
}

/// The player's state.
#[derive(Debug, Clone)]
pub struct Player {
    /// The engine.
    pub engine: Engine,
    /// The plan.
    pub plan: SessionPlan,
    /// The decisions behind the doses.
    pub decisions: Vec<Decision>,
    /// Wall-clock start.
    pub started_at: DateTime<FixedOffset>,
    /// Monotonic time at the wall-clock origin.
    pub mono_origin: Millis,
    /// Wall-clock time at `mono_origin`.
    pub wall_origin: DateTime<FixedOffset>,
    /// Full instructions instead of cues.
    pub instructions: bool,
    /// What is being asked.
    pub mode: Mode,
}

const SKIP_REASONS: [SkipReason; 5] = [
    SkipReason::Pain,
    SkipReason::Time,
    SkipReason::Equipment,
    SkipReason::TooHard,
    SkipReason::Other,
];

impl Player {
    /// A player over a started engine.
    pub fn new(
        engine: Engine,
        plan: SessionPlan,
        decisions: Vec<Decision>,
        wall: DateTime<FixedOffset>,
        mono: Millis,
    ) -> Player {
        Player {
            engine,
            plan,
            decisions,
            started_at: wall,
            mono_origin: mono,
            wall_origin: wall,
            instructions: false,
            mode: Mode::Running,
        }
    }

    fn wall_at(&self, mono: Millis) -> DateTime<FixedOffset> {
        self.wall_origin
            + Duration::milliseconds(
                i64::try_from(mono.saturating_sub(self.mono_origin)).unwrap_or(0),
            )
    }

    fn record(
        &self,
        mono: Millis,
        complete: bool,
        check_out: CheckOut,
        note: Option<String>,
    ) -> crate::journal::SessionRecord {
        session_record(
            &self.plan,
            self.engine.records(),
            &self.decisions,
            complete,
            self.started_at,
            self.wall_at(mono),
            self.engine.active_ms(mono),
            check_out,
            note,
        )
    }
}

/// The keys of the player.
pub fn keys(app: &App) -> Vec<KeyHint> {
    let Screen::Player(player) = &app.screen else {
        return Vec::new();
    };
    match player.mode {
        Mode::Running => vec![
            ("Enter", "key-done"),
            ("Space", "key-pause"),
            ("h", "key-hurts"),
            ("s", "key-skip"),
            ("i", "key-instructions"),
            ("q", "key-stop-save"),
            ("?", "key-help"),
        ],
        Mode::HurtPain(_) => vec![("0-10", "key-type-score"), ("Enter", "key-confirm")],
        Mode::HurtChoice(..) => vec![("↑↓", "key-move"), ("Enter", "key-confirm")],
        Mode::SkipReason(_) => vec![
            ("↑↓", "key-move"),
            ("Enter", "key-confirm"),
            ("Esc", "key-back"),
        ],
    }
}

/// Saves a checkpoint after each completed set; moves to the check-out when the steps are done;
/// rings and flashes at each transition.
pub fn after_events(app: &mut App, events: Vec<Event>) {
    let mut transition = false;
    for event in &events {
        match event {
            Event::SetCompleted { .. } => save_checkpoint(app),
            Event::StepStarted(_) | Event::TimerEnded(_) => transition = true,
            _ => {}
        }
    }
    if transition {
        app.transition();
    }
    let Screen::Player(player) = &app.screen else {
        return;
    };
    if player.engine.ended() == Some(false) {
        quit_session(app);
    } else if player.engine.current() == &Step::CheckOut {
        open_check_out(app);
    }
}

fn save_checkpoint(app: &mut App) {
    let Screen::Player(player) = &app.screen else {
        return;
    };
    let checkpoint = Checkpoint {
        format: CHECKPOINT_FORMAT.to_owned(),
        saved_at: player.wall_at(app.mono),
        next_step: u32::try_from(player.engine.index()).unwrap_or(u32::MAX),
        session: player.record(app.mono, false, no_answers(), None),
    };
    if let Err(err) = checkpoint::save(&app.data_dir, &checkpoint) {
        app.status = Some(app.t(Msg::new("tui-not-saved").arg("reason", err.to_string())));
    }
}

fn no_answers() -> CheckOut {
    CheckOut {
        pain_during_max: None,
        effort: None,
        pain_after: None,
    }
}

fn open_check_out(app: &mut App) {
    let Screen::Player(player) = std::mem::replace(&mut app.screen, Screen::Home { selected: 0 })
    else {
        return;
    };
    let score = |id: &'static str, hint: &'static str| {
        Question::new(Msg::new(id), Kind::Number { min: 0, max: 10 }).hint(Msg::new(hint))
    };
    let questions = vec![
        score("checkout-pain-during", "form-pain-hint"),
        // The effort question names its scale itself.
        Question::new(
            Msg::new("checkout-effort"),
            Kind::Number { min: 0, max: 10 },
        ),
        score("checkout-pain-after", "form-pain-hint"),
        Question::new(Msg::new("checkout-note"), Kind::Text { optional: true }),
    ];
    app.replace(Screen::Form(
        Box::new(Form::new(Msg::new("form-check-out"), questions)),
        Purpose::CheckOut(player),
    ));
}

/// Writes the session after the check-out (or with whatever was answered).
pub fn finish_session(app: &mut App, mut player: Player, answers: &[Answer]) {
    let score = |i: usize| answers.get(i).and_then(Answer::number).and_then(Score::new);
    let check_out = CheckOut {
        pain_during_max: score(0),
        effort: score(1),
        pain_after: score(2),
    };
    let note = answers.get(3).and_then(Answer::text);
    player.engine.check_out_done(app.mono);
    let complete = player.engine.ended() == Some(true);
    let record = player.record(app.mono, complete, check_out, note);
    let entry = Entry::new(
        new_id(player.started_at, EntryKind::Session, &mut app.rng),
        player.started_at,
        app.wall,
        Body::Session(Box::new(record)),
    );
    if app.save(entry) {
        let _ = checkpoint::clear(&app.data_dir);
        app.go_home();
        app.status = Some(app.i18n.text("tui-session-saved"));
    } else {
        app.go_home();
    }
}

/// Quits the session now, saving what was done as a partial session.
fn quit_session(app: &mut App) {
    let Screen::Player(mut player) =
        std::mem::replace(&mut app.screen, Screen::Home { selected: 0 })
    else {
        return;
    };
    player.engine.quit(app.mono);
    let record = player.record(app.mono, false, no_answers(), None);
    let entry = Entry::new(
        new_id(player.started_at, EntryKind::Session, &mut app.rng),
        player.started_at,
        app.wall,
        Body::Session(Box::new(record)),
    );
    if app.save(entry) {
        let _ = checkpoint::clear(&app.data_dir);
    }
    app.go_home();
    app.status = Some(app.i18n.text("tui-partial-saved"));
}

/// On leaving the coach: a running session is saved as partial.
pub fn save_if_running(app: &mut App) {
    match &app.screen {
        Screen::Player(_) => quit_session(app),
        Screen::Form(_, Purpose::CheckOut(_)) => {
            if let Screen::Form(_, Purpose::CheckOut(player)) =
                std::mem::replace(&mut app.screen, Screen::Home { selected: 0 })
            {
                finish_session(app, *player, &[]);
            }
        }
        _ => {}
    }
}

/// Handles a key in the player.
pub fn key(app: &mut App, key: KeyEvent) {
    let now = app.mono;
    let Screen::Player(player) = &mut app.screen else {
        return;
    };
    let events = match (&mut player.mode, key.code) {
        (Mode::Running, KeyCode::Enter) => player.engine.done(now),
        (Mode::Running, KeyCode::Char(' ')) => {
            if player.engine.is_paused() {
                player.engine.resume_clock(now)
            } else {
                player.engine.pause(now)
            }
        }
        (Mode::Running, KeyCode::Char('i')) => {
            player.instructions = !player.instructions;
            Vec::new()
        }
        (Mode::Running, KeyCode::Char('h')) => {
            let events = player.engine.hurts(now);
            if player.engine.is_hurting() {
                player.mode = Mode::HurtPain(String::new());
            }
            events
        }
        (Mode::Running, KeyCode::Char('s')) => {
            player.engine.pause(now);
            player.mode = Mode::SkipReason(0);
            Vec::new()
        }
        (Mode::Running, KeyCode::Char('q') | KeyCode::Esc) => player.engine.quit(now),
        (Mode::HurtPain(input), KeyCode::Char(c)) if c.is_ascii_digit() && input.len() < 2 => {
            input.push(c);
            Vec::new()
        }
        (Mode::HurtPain(input), KeyCode::Backspace) => {
            input.pop();
            Vec::new()
        }
        (Mode::HurtPain(input), KeyCode::Enter) => {
            if let Some(pain) = input.parse::<i64>().ok().and_then(Score::new) {
                let options = player.engine.hurt_pain(pain);
                player.mode = Mode::HurtChoice(
                    crate::describe::hurt_choices(&app.i18n, &app.catalog, &options),
                    0,
                );
            }
            Vec::new()
        }
        (Mode::HurtChoice(choices, selected), KeyCode::Up) => {
            *selected = selected.saturating_sub(1);
            let _ = choices;
            Vec::new()
        }
        (Mode::HurtChoice(choices, selected), KeyCode::Down) => {
            *selected = (*selected + 1).min(choices.len().saturating_sub(1));
            Vec::new()
        }
        (Mode::HurtChoice(choices, selected), KeyCode::Enter) => {
            let choice = choices.get(*selected).map_or(HurtChoice::Skip, |(_, c)| *c);
            player.mode = Mode::Running;
            player.engine.hurt_choice(now, choice)
        }
        (Mode::SkipReason(selected), KeyCode::Up) => {
            *selected = selected.saturating_sub(1);
            Vec::new()
        }
        (Mode::SkipReason(selected), KeyCode::Down) => {
            *selected = (*selected + 1).min(SKIP_REASONS.len() - 1);
            Vec::new()
        }
        (Mode::SkipReason(selected), KeyCode::Enter) => {
            let reason = SKIP_REASONS[*selected];
            player.mode = Mode::Running;
            player.engine.resume_clock(now);
            player.engine.skip(now, reason)
        }
        (Mode::SkipReason(_), KeyCode::Esc) => {
            player.mode = Mode::Running;
            player.engine.resume_clock(now)
        }
        _ => Vec::new(),
    };
    after_events(app, events);
}

/// Draws the player.
pub fn draw(app: &App, frame: &mut Frame<'_>, area: Rect) {
    let Screen::Player(player) = &app.screen else {
        return;
    };
    let engine = &player.engine;
    let small = compact(frame.area());
    // Getting ready is for the first exercise.
    let exercise = match engine.current() {
        Step::GetReady => Some(0),
        step => step.exercise(),
    }
    .and_then(|i| engine.exercises().get(i));
    let details = exercise
        .and_then(|e| app.catalog.exercises.get(&e.id))
        .map(|e| &e.value);
    let name = details.map_or_else(String::new, |e| e.name.get(app.lang).to_owned());
    let heading = match engine.current() {
        Step::Rest { .. } => app.t(Msg::new("player-rest-next").arg("name", name.clone())),
        Step::GetReady => app.t(Msg::new("player-get-ready").arg("name", name.clone())),
        _ => name.clone(),
    };
    if small && player.mode != Mode::Running {
        // A question in the middle of a set: on a small screen it gets all the room.
        let [title, rest] =
            Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(area);
        frame.render_widget(
            Paragraph::new(Span::styled(
                truncate(&heading, title.width),
                app.theme.title(),
            )),
            title,
        );
        frame.render_widget(
            Paragraph::new(mode_lines(app, player, details)).wrap(Wrap { trim: false }),
            rest,
        );
        return;
    }
    let big_height = if small || player.instructions { 1 } else { 5 };
    let [title, what, big, gauges, rest] = Layout::vertical([
        Constraint::Length(if small { 1 } else { 3 }),
        Constraint::Length(2),
        Constraint::Length(big_height),
        Constraint::Length(2),
        Constraint::Min(0),
    ])
    .areas(area);
    let spaced_fits = heading.chars().count() * 2 <= usize::from(title.width);
    if small || !spaced_fits {
        let rows = if small {
            vec![Line::from(Span::styled(
                truncate(&heading, title.width),
                app.theme.title(),
            ))]
        } else {
            vec![
                Line::from(""),
                Line::from(Span::styled(
                    truncate(&heading.to_uppercase(), title.width),
                    app.theme.title(),
                )),
            ]
        };
        frame.render_widget(Paragraph::new(rows), title);
    } else {
        frame.render_widget(
            Paragraph::new(big_text::lines(
                &heading.to_uppercase(),
                1,
                app.theme.title(),
            )),
            title,
        );
    }
    let step_lines: Vec<Line<'_>> = step_line(app, player, small)
        .iter()
        .flat_map(|l| fit(l, what.width, 2))
        .take(2)
        .map(Line::from)
        .collect();
    frame.render_widget(Paragraph::new(step_lines), what);
    let remaining = engine.remaining(app.mono);
    let counter = match (engine.current(), remaining) {
        (_, Some(ms)) => format_seconds(ms.div_ceil(1000)),
        (
            Step::Work {
                work: Work::Reps { reps, .. },
                ..
            },
            None,
        ) => app.t(Msg::new("player-reps").num("reps", *reps)),
        _ => String::new(),
    };
    let paused = if engine.is_paused() {
        format!("  {}", app.i18n.text("player-paused"))
    } else {
        String::new()
    };
    if small {
        frame.render_widget(
            Paragraph::new(Span::styled(
                format!("{counter}{paused}"),
                app.theme.title(),
            )),
            big,
        );
    } else {
        let mut lines = big_text::big_digits(&counter, app.theme.title());
        if !paused.is_empty()
            && let Some(first) = lines.first_mut()
        {
            first.push_span(Span::styled(paused, app.theme.warn()));
        }
        frame.render_widget(Paragraph::new(lines), big);
    }
    let [timer_gauge, session_gauge] =
        Layout::vertical([Constraint::Length(1), Constraint::Length(1)]).areas(gauges);
    let timer_ratio = match (engine.current().duration_ms(), remaining) {
        (Some(total), Some(left)) if total > 0 => 1.0 - left as f64 / total as f64,
        _ => 0.0,
    };
    if remaining.is_some() {
        frame.render_widget(
            Gauge::default()
                .ratio(timer_ratio.clamp(0.0, 1.0))
                .label(app.i18n.text("player-timer"))
                .gauge_style(app.theme.good()),
            timer_gauge,
        );
    }
    let session_ratio = engine.index() as f64 / engine.steps().len().max(1) as f64;
    frame.render_widget(
        Gauge::default().ratio(session_ratio.clamp(0.0, 1.0)).label(
            app.t(
                Msg::new("player-session-progress").num("percent", (session_ratio * 100.0) as i64)
            ),
        ),
        session_gauge,
    );
    frame.render_widget(
        Paragraph::new(mode_lines(app, player, details)).wrap(Wrap { trim: false }),
        rest,
    );
}

/// The lower part: the cues (or the instructions), or what "this hurts" or a skip asks.
fn mode_lines(
    app: &App,
    player: &Player,
    details: Option<&crate::model::Exercise>,
) -> Vec<Line<'static>> {
    match &player.mode {
        Mode::Running => cues(app, player, details),
        Mode::HurtPain(input) => vec![
            Line::from(Span::styled(app.i18n.text("hurt-pain"), app.theme.warn())),
            Line::from(Span::styled(
                format!("[0…10]  > {input}_"),
                app.theme.title(),
            )),
        ],
        Mode::HurtChoice(choices, selected) => choice_lines(
            app,
            &app.i18n.text("hurt-what-now"),
            choices.iter().map(|(l, _)| l.clone()),
            *selected,
            !choices.iter().any(|(_, c)| *c == HurtChoice::Continue),
        ),
        Mode::SkipReason(selected) => {
            let labels = SKIP_REASONS.iter().map(|r| {
                app.i18n
                    .text(&format!("skip-{}", crate::describe::serde_name(r)))
            });
            choice_lines(app, &app.i18n.text("skip-why"), labels, *selected, false)
        }
    }
}

fn choice_lines(
    app: &App,
    title: &str,
    labels: impl Iterator<Item = String>,
    selected: usize,
    over_limit: bool,
) -> Vec<Line<'static>> {
    let mut lines = vec![Line::from(Span::styled(title.to_owned(), app.theme.warn()))];
    if over_limit {
        lines.push(Line::from(Span::styled(
            app.i18n.text("hurt-over-limit"),
            app.theme.warn(),
        )));
    }
    for (i, label) in labels.enumerate() {
        let style = if i == selected {
            app.theme.selected()
        } else {
            app.theme.text()
        };
        let marker = if i == selected { "▶ " } else { "  " };
        lines.push(Line::from(Span::styled(format!("{marker}{label}"), style)));
    }
    lines
}

/// What the step asks and the dose, one line each (the "press Enter" reminder only on a full
/// screen: the footer says it too).
fn step_line(app: &App, player: &Player, small: bool) -> Vec<String> {
    let engine = &player.engine;
    let text = match engine.current() {
        Step::Work {
            set,
            sets,
            side,
            work,
            exercise,
            ..
        } => {
            let side = match side {
                Some(crate::journal::Side::Left) => format!(" · {}", app.i18n.text("side-left")),
                Some(crate::journal::Side::Right) => format!(" · {}", app.i18n.text("side-right")),
                None => String::new(),
            };
            let dose = engine
                .exercises()
                .get(*exercise)
                .map(|e| dose_text(app, &e.dose, small))
                .unwrap_or_default();
            let what = match work {
                Work::Hold { hold, of, .. } if *of > 1 => format!(
                    " · {}",
                    app.t(Msg::new("player-hold-of").num("hold", *hold).num("of", *of))
                ),
                Work::Reps { .. } if !small => {
                    format!(" · {}", app.i18n.text("player-enter-when-done"))
                }
                _ => String::new(),
            };
            app.t(Msg::new("player-set").num("set", *set).num("sets", *sets))
                + &side
                + &what
                + &format!("\n{dose}")
        }
        Step::SwitchSide { .. } => app.i18n.text("plain-switch-side"),
        Step::Relax { .. } => app.t(Msg::new("plain-relax").num("seconds", 3)),
        Step::Rest { next, .. } => {
            let dose = engine
                .exercises()
                .get(*next)
                .map(|e| dose_text(app, &e.dose, small))
                .unwrap_or_default();
            app.t(Msg::new("player-rest")) + &format!("\n{dose}")
        }
        Step::GetReady => {
            let dose = engine
                .exercises()
                .first()
                .map(|e| dose_text(app, &e.dose, small))
                .unwrap_or_default();
            app.i18n.text("player-get-into-position") + &format!("\n{dose}")
        }
        Step::CheckIn | Step::CheckOut => String::new(),
    };
    text.lines().map(str::to_owned).collect()
}

/// The dose in words; on a small screen without the rest between sets (a rest shows itself when
/// it comes).
fn dose_text(app: &App, dose: &crate::model::Prescription, small: bool) -> String {
    if small {
        let dose = crate::model::Prescription {
            rest_seconds: 0,
            ..dose.clone()
        };
        describe::prescription(&app.i18n, &dose)
    } else {
        describe::prescription(&app.i18n, dose)
    }
}

fn cues(
    app: &App,
    player: &Player,
    details: Option<&crate::model::Exercise>,
) -> Vec<Line<'static>> {
    let Some(exercise) = details else {
        return Vec::new();
    };
    let (title, items) = if player.instructions {
        (
            app.i18n.text("label-instructions"),
            exercise.instructions.get(app.lang),
        )
    } else {
        (app.i18n.text("label-cues"), exercise.cues.get(app.lang))
    };
    let mut lines = vec![Line::from(Span::styled(title, app.theme.dim()))];
    for (i, item) in items.iter().enumerate() {
        let marker = if player.instructions {
            format!("{}. ", i + 1)
        } else {
            "· ".to_owned()
        };
        lines.push(Line::from(format!("{marker}{item}")));
    }
    lines
}

fn format_seconds(seconds: u64) -> String {
    if seconds >= 60 {
        format!("{}:{:02}", seconds / 60, seconds % 60)
    } else {
        seconds.to_string()
    }
}
