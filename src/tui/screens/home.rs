//! Home: today's session (exercises, minutes, what changed and why) or the next session date, this
//! week's sessions, a 30-day pain sparkline, the education card of the day, what is due, and the
//! menu.

use chrono::{Datelike, Duration};
use crossterm::event::{KeyCode, KeyEvent};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, List, ListItem, ListState, Paragraph, Sparkline};

use crate::describe;
use crate::i18n::Msg;
use crate::journal::activity::activity_entry;
use crate::journal::{ActivityRecord, Change};
use crate::plan::{DayStatus, MeasureDue, RestDayActivity};

use super::super::app::{App, Screen};
use super::layout::{KeyHint, compact, fit, truncate, wrap};
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
    /// Record the rest of today's walk (a rest day's activity) as done.
    LogWalk,
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
    if let Some(walk) = walk_to_do(app) {
        let minutes = walk.minutes - walk.done;
        items.push((
            Item::LogWalk,
            app.t(Msg::new("home-log-walk").num("minutes", minutes)),
        ));
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
                MeasureDue::Function => Msg::new("home-due-function"),
                MeasureDue::GlobalRating { week } => {
                    Msg::new("home-due-global-rating").num("week", *week)
                }
                MeasureDue::RedFlagCheck => Msg::new("home-due-red-flag-check"),
            };
            items.push((Item::Due(i), app.t(msg)));
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
        KeyCode::Char('w') => activate(app, Item::LogWalk),
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

/// Today's walk when it is a rest day and not all of it is recorded yet.
fn walk_to_do(app: &App) -> Option<RestDayActivity> {
    app.today
        .as_ref()
        .and_then(|t| t.activity)
        .filter(|a| a.done < a.minutes)
}

/// Records the rest of today's walk as done: `kern log --walked N` in one key.
fn log_walk(app: &mut App) {
    let Some(walk) = walk_to_do(app) else {
        return;
    };
    let minutes = walk.minutes - walk.done;
    let record = ActivityRecord {
        kind: walk.kind,
        on: app.wall.date_naive(),
        minutes,
        note: None,
    };
    let Ok(entry) = activity_entry(record, app.wall, &mut app.rng) else {
        return;
    };
    let saved = app.save(entry);
    app.reload();
    if saved {
        app.status = Some(app.t(Msg::new("home-walk-saved").num("minutes", minutes)));
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
        Item::LogWalk => log_walk(app),
        Item::Progress => {
            app.ensure_progress();
            app.open(Screen::Progress { scroll: 0 });
        }
        Item::Library => app.open(Screen::Library(library::Library::default())),
        Item::Journal => {
            app.ensure_journal_pages();
            app.open(Screen::Journal(journal::JournalView::default()));
        }
        Item::Settings => app.open(Screen::Settings { selected: 0 }),
        Item::Retry => app.retry_unsaved(),
        Item::Quit => super::save_and_quit(app),
    }
}

/// Draws Home.
pub fn draw(app: &App, frame: &mut Frame<'_>, area: Rect) {
    let small = compact(frame.area());
    let menu_items = menu(app);
    let full_menu = menu_items.len() as u16 + 1;
    // The menu is whole on a full screen; on a small one today's text comes first and the menu
    // scrolls, keeping at least two lines of it.
    let menu_height = if small {
        let wanted = today_lines(app, true, area.width, u16::MAX).len() as u16;
        area.height
            .saturating_sub(wanted)
            .clamp(full_menu.min(3), full_menu)
    } else {
        full_menu.min(area.height / 2 + 1)
    };
    let [top, bottom] =
        Layout::vertical([Constraint::Min(1), Constraint::Length(menu_height)]).areas(area);
    if small {
        frame.render_widget(
            Paragraph::new(today_lines(app, true, top.width, top.height)),
            top,
        );
    } else {
        let [left, _, right] = Layout::horizontal([
            Constraint::Percentage(57),
            Constraint::Length(1),
            Constraint::Min(10),
        ])
        .areas(top);
        frame.render_widget(
            Paragraph::new(today_lines(app, false, left.width, left.height)),
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
            let text = truncate(&format!("{marker}{label}"), bottom.width);
            ListItem::new(Line::from(Span::styled(text, style)))
        })
        .collect();
    let mut state = ListState::default().with_selected(Some(selected));
    frame.render_stateful_widget(
        List::new(list).block(Block::default().borders(Borders::TOP)),
        bottom,
        &mut state,
    );
}

/// Today's text, wrapped to `width` and cut to `height` lines: the program, the notices, what
/// the day holds with the exercises (one line each, "… and N more" when they do not all fit), the
/// next session, and on a full screen what changed since last time.
fn today_lines(app: &App, small: bool, width: u16, height: u16) -> Vec<Line<'static>> {
    let mut head: Vec<(String, Style)> = Vec::new();
    let add = |to: &mut Vec<(String, Style)>, text: &str, style: Style| {
        to.extend(wrap(text, width).into_iter().map(|l| (l, style)));
    };
    let Some(today) = &app.today else {
        add(
            &mut head,
            &app.i18n.text("today-not-enrolled"),
            app.theme.text(),
        );
        return finish(head, width, height);
    };
    let program = app
        .history
        .enrolment
        .as_ref()
        .and_then(|e| app.catalog.programs.get(&e.program));
    let title = program
        .map(|p| p.value.title.get(app.lang).to_owned())
        .unwrap_or_default();
    head.push((truncate(&title, width), app.theme.title()));
    if !small {
        let count = app.t(Msg::new("home-progress-count")
            .num("done", today.completed)
            .num("total", today.total));
        add(&mut head, &count, app.theme.text());
    }
    for notice in &today.notices {
        add(
            &mut head,
            &super::locked::notice_text(app, notice),
            app.theme.warn(),
        );
    }
    let mut exercises: Vec<String> = Vec::new();
    match (&today.status, &today.session) {
        (DayStatus::SessionDue, Some(session)) => {
            let text = app.t(Msg::new("home-session-today")
                .num("minutes", session.minutes)
                .num("count", session.exercises.len() as i64));
            add(&mut head, &text, app.theme.good());
            for planned in &session.exercises {
                let name = app.catalog.exercise_name(&planned.exercise, app.lang);
                // The rest between sets is for the player; here the dose itself.
                let dose = crate::model::Prescription {
                    rest_seconds: 0,
                    ..planned.prescription.clone()
                };
                let line = format!("· {name}: {}", describe::prescription(&app.i18n, &dose));
                exercises.push(truncate(&line, width));
            }
        }
        (DayStatus::DoneToday, _) if today.stopped_early => add(
            &mut head,
            &app.i18n.text("today-done-partial"),
            app.theme.good(),
        ),
        (DayStatus::DoneToday, _) => add(&mut head, &app.i18n.text("today-done"), app.theme.good()),
        (DayStatus::RestDay, _) => {
            // The phase's activity for a day without a session, and what was recorded of it.
            add(
                &mut head,
                &describe::rest_day(&app.i18n, today),
                app.theme.text(),
            );
            if let Some(hint) = describe::activity_hint(&app.i18n, today) {
                add(&mut head, &hint, app.theme.text());
            }
        }
        (DayStatus::Finished, _) => add(
            &mut head,
            &app.i18n.text("today-finished"),
            app.theme.text(),
        ),
        (DayStatus::Paused, _) => add(&mut head, &app.i18n.text("today-paused"), app.theme.alarm()),
        _ => {}
    }
    let mut next = Vec::new();
    if let Some(upcoming) = &today.next {
        let text = app.t(Msg::new("today-next")
            .arg("date", upcoming.date.to_string())
            .num("number", upcoming.number));
        add(&mut next, &text, app.theme.text());
    }
    let mut changes: Vec<Vec<(String, Style)>> = Vec::new();
    if !small {
        let program = program.map(|p| &p.value);
        let changed: Vec<_> = today
            .changes
            .iter()
            .filter(|d| d.change != Change::Hold)
            .collect();
        if let (Some(program), false) = (program, changed.is_empty()) {
            // The heading goes with the first change, never alone.
            let mut paragraph = Vec::new();
            add(
                &mut paragraph,
                &app.i18n.text("today-changes"),
                app.theme.title(),
            );
            for change in changed {
                let text = format!(
                    "· {}",
                    describe::decision(&app.i18n, &app.catalog, &program.progression, change)
                );
                add(&mut paragraph, &text, app.theme.text());
                changes.push(std::mem::take(&mut paragraph));
            }
        }
    }
    // The exercises get the room the rest leaves; when they do not all fit, the last line says
    // how many more there are. What changed comes last, in whole paragraphs, when there is room.
    let room = usize::from(height).saturating_sub(head.len() + next.len());
    if exercises.len() > room {
        // "… and 7 more" alone says nothing the line above did not: then none at all.
        let more = exercises.len() - room.saturating_sub(1);
        exercises.truncate(room.saturating_sub(1));
        if !exercises.is_empty() {
            exercises.push(app.t(Msg::new("home-more-exercises").num("count", more as i64)));
        }
    }
    let mut lines = finish(head, width, height);
    lines.extend(exercises.into_iter().map(Line::from));
    if lines.len() + next.len() <= usize::from(height) {
        lines.extend(finish(next, width, height));
    }
    for paragraph in changes {
        if lines.len() + paragraph.len() > usize::from(height) {
            break;
        }
        lines.extend(finish(paragraph, width, height));
    }
    lines
}

/// Styled lines cut to `height`; the last line shown ends in "…" when something was left out.
fn finish(mut lines: Vec<(String, Style)>, width: u16, height: u16) -> Vec<Line<'static>> {
    let height = usize::from(height);
    if lines.len() > height {
        lines.truncate(height);
        if let Some((last, _)) = lines.last_mut() {
            let shorter = truncate(last, width.saturating_sub(1));
            if !shorter.ends_with('…') {
                *last = format!("{shorter}…");
            } else {
                *last = shorter;
            }
        }
    }
    lines
        .into_iter()
        .map(|(text, style)| Line::from(Span::styled(text, style)))
        .collect()
}

fn draw_side(app: &App, frame: &mut Frame<'_>, area: Rect) {
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
    let week_text = fit(
        &app.t(Msg::new("home-week")
            .num("done", done as i64)
            .num("planned", planned)),
        area.width,
        2,
    );
    let pains = &app.pain_days;
    let known = pains.iter().filter(|p| p.is_some()).count();
    let data: Vec<u64> = pains
        .iter()
        .map(|p| p.map_or(0, |v| u64::from(v) + 1))
        .collect();
    let spark_title = fit(
        &app.t(Msg::new("home-pain-30-days").num("days", known as i64)),
        area.width,
        2,
    );
    let [week, spark_head, spark, _, card] = Layout::vertical([
        Constraint::Length(week_text.len() as u16),
        Constraint::Length(spark_title.len() as u16),
        Constraint::Length(3),
        Constraint::Length(1),
        Constraint::Min(0),
    ])
    .areas(area);
    frame.render_widget(Paragraph::new(lines_of(week_text, app.theme.text())), week);
    frame.render_widget(
        Paragraph::new(lines_of(spark_title, app.theme.dim())),
        spark_head,
    );
    frame.render_widget(Sparkline::default().data(&data).max(11), spark);
    if let Some((title, body)) = card_of_the_day(app)
        && card.height >= 3
    {
        let mut text = vec![Line::from(Span::styled(
            truncate(&app.i18n.text("home-card"), card.width),
            app.theme.dim(),
        ))];
        text.push(Line::from(Span::styled(
            truncate(&title, card.width),
            app.theme.title(),
        )));
        text.extend(lines_of(
            fit(&body, card.width, card.height - 2),
            app.theme.text(),
        ));
        frame.render_widget(Paragraph::new(text), card);
    }
}

fn lines_of(lines: Vec<String>, style: Style) -> Vec<Line<'static>> {
    lines
        .into_iter()
        .map(|l| Line::from(Span::styled(l, style)))
        .collect()
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

/// The education card of the day: the cards the program links to this week first (one a day,
/// round and round), else every card in order.
pub fn card_of_the_day(app: &App) -> Option<(String, String)> {
    let mut cards = cards_of_the_week(app);
    if cards.is_empty() {
        cards = app.catalog.education.values().map(|e| &e.value).collect();
        cards.sort_by_key(|c| c.order);
    }
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

/// The cards the current program links to the current program week (`[[education]]`).
fn cards_of_the_week(app: &App) -> Vec<&crate::model::EducationCard> {
    let Some(enrolment) = app.history.enrolment.as_ref() else {
        return Vec::new();
    };
    let Some(program) = app.catalog.programs.get(&enrolment.program) else {
        return Vec::new();
    };
    let days = (app.wall.date_naive() - enrolment.start_date)
        .num_days()
        .max(0);
    let week = u32::try_from(days / 7 + 1).unwrap_or(u32::MAX);
    program
        .value
        .education
        .iter()
        .filter(|w| w.week == week)
        .flat_map(|w| &w.cards)
        .filter_map(|id| app.catalog.education.get(id).map(|e| &e.value))
        .collect()
}
