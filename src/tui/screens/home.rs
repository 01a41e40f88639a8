//! Home: today's session (exercises, minutes, what changed and why) or the next session date, this
//! week's sessions, a 30-day pain sparkline, the education card of the day, what is due, and the
//! menu.

use chrono::{Datelike, Duration};
use crossterm::event::{KeyCode, KeyEvent};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, List, ListItem, Paragraph, Sparkline, Wrap};

use crate::describe;
use crate::i18n::Msg;
use crate::journal::Change;
use crate::plan::{DayStatus, MeasureDue};

use super::super::app::{App, Screen};
use super::layout::{KeyHint, compact};
use super::{form_purpose, journal, library};

/// What a menu line does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Item {
    /// Start today's session.
    Session,
    /// A measure that is due.
    Due(usize),
    /// Log pain now.
    LogPain,
    /// Progress charts.
    Progress,
    /// The library.
    Library,
    /// The journal.
    Journal,
    /// Settings.
    Settings,
    /// Try saving kept entries again.
    Retry,
    /// Leave.
    Quit,
}

/// The menu, in order, with each line's text.
pub fn menu(app: &App) -> Vec<(Item, String)> {
    let mut items = Vec::new();
    if app
        .today
        .as_ref()
        .is_some_and(|t| t.status == DayStatus::SessionDue)
    {
        items.push((Item::Session, app.i18n.text("home-start-session")));
    }
    if !app.unsaved.is_empty() {
        items.push((
            Item::Retry,
            app.t(Msg::new("home-retry").num("count", app.unsaved.len() as i64)),
        ));
    }
    if let Some(today) = &app.today {
        for (i, due) in today.measures_due.iter().enumerate() {
            let msg = match due {
                MeasureDue::Function => Msg::new("due-function"),
                MeasureDue::GlobalRating { week } => {
                    Msg::new("due-global-rating").num("week", *week)
                }
                MeasureDue::RedFlagCheck => Msg::new("due-red-flag-check"),
            };
            items.push((Item::Due(i), capitalise(&app.t(msg))));
        }
    }
    for (item, id) in [
        (Item::LogPain, "home-log-pain"),
        (Item::Progress, "home-progress"),
        (Item::Library, "home-library"),
        (Item::Journal, "home-journal"),
        (Item::Settings, "home-settings"),
        (Item::Quit, "home-quit"),
    ] {
        items.push((item, app.i18n.text(id)));
    }
    items
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |c| {
        c.to_uppercase().collect::<String>() + chars.as_str()
    })
}

/// The keys of Home.
pub fn keys() -> Vec<KeyHint> {
    vec![
        ("↑↓", "key-move"),
        ("Enter", "key-open"),
        ("l", "key-log-pain"),
        ("?", "key-help"),
        ("q", "key-quit"),
    ]
}

/// Handles a key on Home.
pub fn key(app: &mut App, key: KeyEvent) {
    let items = menu(app);
    let Screen::Home { selected } = &mut app.screen else {
        return;
    };
    match key.code {
        KeyCode::Up => *selected = selected.saturating_sub(1),
        KeyCode::Down | KeyCode::Tab => {
            *selected = (*selected + 1).min(items.len().saturating_sub(1))
        }
        KeyCode::Char('l') => activate(app, Item::LogPain),
        KeyCode::Char('q') | KeyCode::Esc => super::save_and_quit(app),
        KeyCode::Enter => {
            let chosen = items.get(*selected).map(|(item, _)| *item);
            if let Some(item) = chosen {
                activate(app, item);
            }
        }
        _ => {}
    }
}

fn activate(app: &mut App, item: Item) {
    match item {
        Item::Session => form_purpose::begin_session(app),
        Item::Due(i) => {
            let due = app
                .today
                .as_ref()
                .and_then(|t| t.measures_due.get(i).cloned());
            if let Some(due) = due {
                form_purpose::open_measure(app, &due);
            }
        }
        Item::LogPain => {
            let form = form_purpose::pain_log_form();
            app.open(form);
        }
        Item::Progress => app.open(Screen::Progress { scroll: 0 }),
        Item::Library => app.open(Screen::Library(library::Library::default())),
        Item::Journal => app.open(Screen::Journal(journal::JournalView::default())),
        Item::Settings => app.open(Screen::Settings { selected: 0 }),
        Item::Retry => app.retry_unsaved(),
        Item::Quit => super::save_and_quit(app),
    }
}

/// Draws Home.
pub fn draw(app: &App, frame: &mut Frame<'_>, area: Rect) {
    let small = compact(frame.area());
    let menu_items = menu(app);
    let menu_height = (menu_items.len() as u16 + 2).min(area.height / 2).max(3);
    let [top, bottom] =
        Layout::vertical([Constraint::Min(3), Constraint::Length(menu_height)]).areas(area);
    if small {
        frame.render_widget(
            Paragraph::new(today_lines(app, true)).wrap(Wrap { trim: true }),
            top,
        );
    } else {
        let [left, right] =
            Layout::horizontal([Constraint::Percentage(58), Constraint::Percentage(42)]).areas(top);
        frame.render_widget(
            Paragraph::new(today_lines(app, false)).wrap(Wrap { trim: true }),
            left,
        );
        draw_side(app, frame, right);
    }
    let selected = match app.screen {
        Screen::Home { selected } => selected,
        _ => 0,
    };
    let list: Vec<ListItem<'_>> = menu_items
        .iter()
        .enumerate()
        .map(|(i, (_, label))| {
            let marker = if i == selected { "▶ " } else { "  " };
            let style = if i == selected {
                app.theme.selected()
            } else {
                app.theme.text()
            };
            ListItem::new(Line::from(Span::styled(format!("{marker}{label}"), style)))
        })
        .collect();
    frame.render_widget(
        List::new(list).block(Block::default().borders(Borders::TOP)),
        bottom,
    );
}

fn today_lines(app: &App, small: bool) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    let Some(today) = &app.today else {
        lines.push(Line::from(app.i18n.text("today-not-enrolled")));
        return lines;
    };
    let program = app
        .history
        .enrolment
        .as_ref()
        .and_then(|e| app.catalog.programs.get(&e.program));
    let title = program
        .map(|p| p.value.title.get(app.lang).to_owned())
        .unwrap_or_default();
    lines.push(Line::from(Span::styled(title, app.theme.title())));
    lines.push(Line::from(
        app.t(Msg::new("home-progress-count")
            .num("done", today.completed)
            .num("total", today.total)),
    ));
    for notice in &today.notices {
        lines.push(Line::from(Span::styled(
            super::locked::notice_text(app, notice),
            app.theme.warn(),
        )));
    }
    match (&today.status, &today.session) {
        (DayStatus::SessionDue, Some(session)) => {
            lines.push(Line::from(Span::styled(
                app.t(Msg::new("home-session-today")
                    .num("minutes", session.minutes)
                    .num("count", session.exercises.len() as i64)),
                app.theme.good(),
            )));
            let shown = if small { 3 } else { session.exercises.len() };
            for planned in session.exercises.iter().take(shown) {
                let name = app
                    .catalog
                    .exercises
                    .get(&planned.exercise)
                    .map_or(planned.exercise.as_str(), |e| e.value.name.get(app.lang));
                lines.push(Line::from(format!(
                    "  · {name}: {}",
                    describe::prescription(&app.i18n, &planned.prescription)
                )));
            }
            if session.exercises.len() > shown {
                lines.push(Line::from(format!(
                    "  · … (+{})",
                    session.exercises.len() - shown
                )));
            }
        }
        (DayStatus::DoneToday, _) => lines.push(Line::from(Span::styled(
            app.i18n.text("today-done"),
            app.theme.good(),
        ))),
        (DayStatus::RestDay, _) => lines.push(Line::from(app.i18n.text("today-rest"))),
        (DayStatus::Finished, _) => lines.push(Line::from(app.i18n.text("today-finished"))),
        (DayStatus::Paused, _) => lines.push(Line::from(Span::styled(
            app.i18n.text("today-paused"),
            app.theme.alarm(),
        ))),
        _ => {}
    }
    if let Some(next) = &today.next {
        lines.push(Line::from(
            app.t(Msg::new("today-next")
                .arg("date", next.date.to_string())
                .num("number", next.number)),
        ));
    }
    if !small {
        let program = program.map(|p| &p.value);
        let changes: Vec<_> = today
            .changes
            .iter()
            .filter(|d| d.change != Change::Hold)
            .collect();
        if let (Some(program), false) = (program, changes.is_empty()) {
            lines.push(Line::from(Span::styled(
                app.i18n.text("today-changes"),
                app.theme.title(),
            )));
            for change in changes {
                lines.push(Line::from(format!(
                    "  · {}",
                    describe::decision(&app.i18n, &app.catalog, &program.progression, change)
                )));
            }
        }
    }
    lines
}

fn draw_side(app: &App, frame: &mut Frame<'_>, area: Rect) {
    let [week, spark, card] = Layout::vertical([
        Constraint::Length(2),
        Constraint::Length(4),
        Constraint::Min(3),
    ])
    .areas(area);
    let monday = app.wall.date_naive()
        - Duration::days(i64::from(app.wall.weekday().num_days_from_monday()));
    let done = app
        .history
        .sessions
        .iter()
        .filter(|s| s.at.date_naive() >= monday)
        .count();
    let planned = app
        .history
        .enrolment
        .as_ref()
        .and_then(|e| app.catalog.programs.get(&e.program))
        .map_or(0, |p| p.value.sessions_per_week);
    frame.render_widget(
        Paragraph::new(
            app.t(Msg::new("home-week")
                .num("done", done as i64)
                .num("planned", planned)),
        ),
        week,
    );
    let pains = pain_by_day(app, 30);
    let known = pains.iter().filter(|p| p.is_some()).count();
    let data: Vec<u64> = pains
        .iter()
        .map(|p| p.map_or(0, |v| u64::from(v) + 1))
        .collect();
    let title = app.t(Msg::new("home-pain-30-days").num("days", known as i64));
    frame.render_widget(
        Sparkline::default()
            .block(Block::default().title(title).borders(Borders::TOP))
            .data(&data)
            .max(11),
        spark,
    );
    if let Some((title, body)) = card_of_the_day(app) {
        let text = vec![
            Line::from(Span::styled(title, app.theme.title())),
            Line::from(body),
        ];
        frame.render_widget(
            Paragraph::new(text).wrap(Wrap { trim: true }).block(
                Block::default()
                    .borders(Borders::TOP)
                    .title(app.i18n.text("home-card")),
            ),
            card,
        );
    }
}

/// The pain of each of the last `days` days (average of the day's check-ins), oldest first.
pub fn pain_by_day(app: &App, days: i64) -> Vec<Option<u8>> {
    let today = app.wall.date_naive();
    (0..days)
        .rev()
        .map(|back| {
            let day = today - Duration::days(back);
            let values: Vec<u32> = app
                .entries
                .iter()
                .filter(|e| e.at.date_naive() == day)
                .filter_map(|e| e.check_in.as_ref())
                .map(|c| u32::from(c.pain_average.unwrap_or(c.pain_now).get()))
                .collect();
            (!values.is_empty()).then(|| (values.iter().sum::<u32>() / values.len() as u32) as u8)
        })
        .collect()
}

/// The education card of the day: one card a day, in order, round and round.
pub fn card_of_the_day(app: &App) -> Option<(String, String)> {
    let mut cards: Vec<_> = app.catalog.education.values().map(|e| &e.value).collect();
    cards.sort_by_key(|c| c.order);
    if cards.is_empty() {
        return None;
    }
    let index = app
        .wall
        .date_naive()
        .num_days_from_ce()
        .rem_euclid(cards.len() as i32) as usize;
    let card = cards[index];
    Some((
        card.title.get(app.lang).to_owned(),
        card.body.get(app.lang).to_owned(),
    ))
}
