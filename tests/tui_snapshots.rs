//! Snapshots of every screen of the coach and its states, at 80×24 and at the smallest size it
//! supports (40×12), in English and in Dutch, drawn on ratatui's test terminal at a fixed moment.
//! Regenerate with `INSTA_UPDATE=always INSTA_FORCE_PASS=1 cargo test --test tui_snapshots`, then
//! read every file in tests/snapshots as a patient would.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod tui_support;

use crossterm::event::KeyCode;
use kern::model::{Lang, Weekday};
use kern::safety::RedFlag;
use kern::session::{Step, Work};
use kern::tui::Screen;
use kern::tui::screens::home::{Item, menu};
use tui_support::{Coach, Script, enter_until, in_hold, in_player, session_day, step};

const SIZES: [(u16, u16); 2] = [(80, 24), (40, 12)];
const LANGS: [Lang; 2] = [Lang::En, Lang::Nl];

fn code(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "en",
        Lang::Nl => "nl",
    }
}

/// Snapshots of one state at both sizes.
fn snap(name: &str, lang: Lang, coach: &Coach) {
    for (width, height) in SIZES {
        let backend = coach.draw(width, height);
        insta::assert_snapshot!(format!("{name}_{}_{width}x{height}", code(lang)), backend);
    }
}

/// Snapshots of a state built the same way in both languages.
fn both(name: &str, build: impl Fn(Lang) -> Coach) {
    for lang in LANGS {
        let coach = build(lang);
        snap(name, lang, &coach);
    }
}

/// Chooses a line of Home's menu.
fn choose(coach: &mut Coach, item: Item) {
    assert!(
        matches!(coach.app.screen, Screen::Home { .. }),
        "not on Home"
    );
    let index = menu(&coach.app)
        .iter()
        .position(|(i, _)| *i == item)
        .unwrap_or_else(|| panic!("{item:?} is not on the menu"));
    while !matches!(coach.app.screen, Screen::Home { selected } if selected == index) {
        coach.key(if index > 0 {
            KeyCode::Down
        } else {
            KeyCode::Up
        });
    }
    coach.enter();
}

// ---------------------------------------------------------------------------------------------
// First run

/// The first run up to the language chosen (by keys).
fn first_run_language(lang: Lang) -> Coach {
    let mut coach = Coach::first_run();
    if lang == Lang::Nl {
        coach.key(KeyCode::Down);
    }
    coach
}

fn first_run_about(lang: Lang) -> Coach {
    let mut coach = first_run_language(lang);
    coach.enter();
    coach
}

fn first_run_red_flags(lang: Lang) -> Coach {
    let mut coach = first_run_about(lang);
    coach.enter();
    coach
}

fn first_run_program(lang: Lang) -> Coach {
    let mut coach = first_run_red_flags(lang);
    for _ in RedFlag::ALL {
        coach.ch('n');
    }
    coach
}

fn first_run_weekdays(lang: Lang) -> Coach {
    let mut coach = first_run_program(lang);
    coach.key(KeyCode::Down).enter(); // core-hip-strength
    coach.key(KeyCode::Down); // on Tuesday
    coach
}

fn first_run_activities(lang: Lang) -> Coach {
    let mut coach = first_run_weekdays(lang);
    coach.enter();
    coach.answer("Putting on socks").type_text("Gardening");
    coach
}

fn first_run_baseline(lang: Lang) -> Coach {
    let mut coach = first_run_weekdays(lang);
    coach.enter();
    coach
        .answer("Putting on socks")
        .answer("Gardening for an hour")
        .answer("Sitting through a film")
        .enter(); // an empty line: no more activities
    coach
}

#[test]
fn first_run() {
    both("first_run_1_language", first_run_language);
    both("first_run_2_about", first_run_about);
    both("first_run_2_about_scrolled", |lang| {
        let mut coach = first_run_about(lang);
        coach
            .key(KeyCode::Down)
            .key(KeyCode::Down)
            .key(KeyCode::Down);
        coach
    });
    both("first_run_3_red_flags", first_run_red_flags);
    both("first_run_4_program", first_run_program);
    both("first_run_5_weekdays", first_run_weekdays);
    both("first_run_6_activities", first_run_activities);
    both("first_run_7_usual_pain", first_run_baseline);
    both("first_run_8_home", |lang| {
        let mut coach = first_run_baseline(lang);
        coach.answer("4");
        assert!(matches!(coach.app.screen, Screen::Home { .. }));
        coach
    });
}

#[test]
fn red_flag_forms() {
    // A "see a doctor" answer asks whether a clinician has checked it.
    both("red_flags_clinician_check", |lang| {
        let mut coach = first_run_red_flags(lang);
        for flag in RedFlag::ALL {
            coach.ch(if flag == RedFlag::Trauma { 'y' } else { 'n' });
        }
        coach
    });
    // A wrong key on a yes/no question.
    both("red_flags_wrong_key", |lang| {
        let mut coach = first_run_red_flags(lang);
        coach.ch('n').enter();
        coach
    });
}

// ---------------------------------------------------------------------------------------------
// Home

/// A few weeks of "core-hip-strength": sessions three times a week with pain going down, diary
/// entries between, function scores at the start and after two weeks. Today a session is due, and
/// so are the function score, the global rating of week 4 and the red-flag check.
fn few_weeks() -> Script {
    let mut script = Script::new();
    script.enrol("core-hip-strength", "2025-12-08", 5);
    script.function("2025-12-08T08:40", [3, 4, 2]);
    let sessions = [
        ("2025-12-08", 5),
        ("2025-12-10", 5),
        ("2025-12-12", 4),
        ("2025-12-15", 4),
        ("2025-12-17", 4),
        ("2025-12-19", 3),
        ("2025-12-22", 3),
        ("2025-12-24", 3),
        ("2025-12-26", 3),
        ("2025-12-29", 2),
        ("2025-12-31", 3),
        ("2026-01-02", 2),
        ("2026-01-05", 2),
    ];
    for (day, pain) in sessions {
        script.session(&format!("{day}T10:00"), pain);
        if day == "2025-12-22" {
            script.function("2025-12-22T11:00", [5, 5, 4]);
        }
        let next = tui_support::date(day) + chrono::Duration::days(1);
        script.diary(&format!("{next}T20:00"), pain);
    }
    script
}

#[test]
fn home() {
    both("home_session_due", session_day);
    // back-to-activity prescribes walking on the days without a session: 15 minutes in week 1.
    both("home_rest_day", |lang| {
        let mut script = Script::new();
        script.enrol("back-to-activity", "2026-01-06", 4);
        Coach::with(lang, &script.entries)
    });
    // A walk recorded this morning (before "now", 09:00) counts for today; yesterday's does not.
    both("home_rest_day_walked", |lang| {
        let mut script = Script::new();
        script.enrol("back-to-activity", "2025-12-23", 4);
        script.walked("2026-01-06T18:00", 30);
        script.walked("2026-01-07T08:00", 10);
        Coach::with(lang, &script.entries)
    });
    both("home_due_measures", |lang| {
        Coach::with(lang, &few_weeks().entries)
    });
    both("home_flare_up", |lang| {
        let mut script = Script::new();
        script.enrol("core-hip-strength", "2025-12-29", 3);
        script.session("2025-12-29T10:00", 3);
        script.session("2025-12-31T10:00", 3);
        script.session("2026-01-02T10:00", 3);
        script.diary("2026-01-04T08:00", 7);
        script.diary("2026-01-05T08:00", 7);
        script.diary("2026-01-06T09:00", 7);
        let coach = Coach::with(lang, &script.entries);
        assert!(
            coach
                .app
                .today
                .as_ref()
                .unwrap()
                .notices
                .iter()
                .any(|n| matches!(n, kern::plan::Notice::FlareUp { .. })),
            "no flare-up"
        );
        coach
    });
    both("home_restart", |lang| {
        let mut script = Script::new();
        script.enrol("core-hip-strength", "2025-12-01", 4);
        script.session("2025-12-01T10:00", 4);
        script.session("2025-12-03T10:00", 4);
        script.session("2025-12-05T10:00", 4);
        let coach = Coach::with(lang, &script.entries);
        assert!(
            coach
                .app
                .today
                .as_ref()
                .unwrap()
                .notices
                .iter()
                .any(|n| matches!(n, kern::plan::Notice::Restarted { .. })),
            "no restart"
        );
        coach
    });
    both("home_done_today", |lang| {
        let mut coach = in_player(lang);
        finish_session(&mut coach);
        coach
    });
    both("home_not_saved", |lang| {
        // The journal holds December; January cannot be written (a file stands where its folder
        // would go), so a new entry is kept and offered again.
        let mut script = Script::new();
        script.enrol_on("core-hip-strength", "2025-12-29", 4, Weekday::ALL.to_vec());
        let coach = Coach::with(lang, &script.entries);
        std::fs::write(coach.data().join("journal").join("2026"), "").unwrap();
        let mut coach = Coach::reopen(coach);
        coach.ch('l').answer("3").answer("3").enter();
        assert_eq!(coach.app.unsaved.len(), 1);
        coach
    });
    both("home_help", |lang| {
        let mut coach = session_day(lang);
        coach.ch('?');
        coach
    });
}

// ---------------------------------------------------------------------------------------------
// Forms from Home

#[test]
fn forms() {
    both("form_check_in", |lang| {
        let mut coach = session_day(lang);
        choose(&mut coach, Item::Session);
        coach.type_text("4");
        coach
    });
    both("form_check_in_morning", |lang| {
        let mut coach = Coach::with(lang, &few_weeks().entries);
        choose(&mut coach, Item::Session);
        coach.answer("2").answer("2");
        coach
    });
    both("form_check_in_out_of_range", |lang| {
        let mut coach = session_day(lang);
        choose(&mut coach, Item::Session);
        coach.answer("12");
        coach
    });
    both("form_pain_log_note", |lang| {
        let mut coach = session_day(lang);
        coach
            .ch('l')
            .answer("3")
            .answer("2")
            .type_text("stiff after gardening");
        coach
    });
    both("form_function", |lang| {
        let mut coach = Coach::with(lang, &few_weeks().entries);
        choose(&mut coach, Item::Due(0));
        coach.answer("6");
        coach
    });
    both("form_global_rating", |lang| {
        let mut coach = Coach::with(lang, &few_weeks().entries);
        choose(&mut coach, Item::Due(1));
        coach.type_text("+3");
        coach
    });
    both("form_resume", |lang| {
        let mut coach = in_player(lang);
        coach.enter().enter(); // get ready, first set done: a checkpoint
        assert!(coach.checkpoint().exists());
        Coach::reopen(coach)
    });
}

// ---------------------------------------------------------------------------------------------
// The player

fn finish_session(coach: &mut Coach) {
    tui_support::run_to_check_out(coach);
    coach.answer("3").answer("4").answer("2").enter();
}

#[test]
fn player() {
    both("player_get_ready", |lang| {
        let mut coach = in_player(lang);
        coach.tick(3_400);
        coach
    });
    both("player_reps", |lang| {
        let mut coach = in_player(lang);
        coach.enter();
        coach
    });
    both("player_rest", |lang| {
        let mut coach = in_player(lang);
        coach.enter().enter().tick(12_000);
        assert!(matches!(step(&coach), Some(Step::Rest { .. })));
        coach
    });
    both("player_rest_between_exercises", |lang| {
        let mut coach = in_player(lang);
        enter_until(&mut coach, |s| matches!(s, Step::Rest { next: 1, .. }));
        coach.tick(5_000);
        coach
    });
    both("player_hold", in_hold);
    both("player_relax", |lang| {
        let mut coach = in_player(lang);
        enter_until(&mut coach, |s| matches!(s, Step::Relax { .. }));
        coach
    });
    both("player_switch_side", |lang| {
        let mut coach = in_player(lang);
        enter_until(&mut coach, |s| matches!(s, Step::SwitchSide { .. }));
        coach
    });
    both("player_paused", |lang| {
        let mut coach = in_hold(lang);
        coach.ch(' ');
        coach
    });
    both("player_instructions", |lang| {
        let mut coach = in_player(lang);
        coach.enter().ch('i');
        coach
    });
    both("player_hurt_pain", |lang| {
        let mut coach = in_hold(lang);
        coach.ch('h').type_text("3");
        coach
    });
    both("player_hurt_within_limit", |lang| {
        let mut coach = in_hold(lang);
        coach.ch('h').answer("3");
        coach
    });
    both("player_hurt_above_limit", |lang| {
        let mut coach = in_hold(lang);
        coach.ch('h').answer("8");
        coach
    });
    both("player_skip_reasons", |lang| {
        let mut coach = in_player(lang);
        coach.enter().ch('s').key(KeyCode::Down);
        coach
    });
    both("player_walking", |lang| {
        let mut coach = in_player(lang);
        enter_until(&mut coach, |s| {
            matches!(
                s,
                Step::Work {
                    work: Work::Timed { .. },
                    ..
                }
            )
        });
        coach.tick(61_000);
        coach
    });
    both("player_help", |lang| {
        let mut coach = in_player(lang);
        coach.ch('?');
        coach
    });
    both("check_out", |lang| {
        let mut coach = in_player(lang);
        tui_support::run_to_check_out(&mut coach);
        coach.answer("3");
        coach
    });
}

// ---------------------------------------------------------------------------------------------
// Progress, library, journal, settings

#[test]
fn progress() {
    both("progress", |lang| {
        let mut coach = Coach::with(lang, &few_weeks().entries);
        choose(&mut coach, Item::Progress);
        coach
    });
    both("progress_scrolled", |lang| {
        let mut coach = Coach::with(lang, &few_weeks().entries);
        choose(&mut coach, Item::Progress);
        coach.key(KeyCode::Down).key(KeyCode::Down);
        coach
    });
    both("progress_no_data", |lang| {
        let mut coach = session_day(lang);
        choose(&mut coach, Item::Progress);
        coach
    });
}

#[test]
fn library() {
    both("library_exercises", |lang| {
        let mut coach = session_day(lang);
        choose(&mut coach, Item::Library);
        coach.key(KeyCode::Down);
        coach
    });
    both("library_exercise_open", |lang| {
        let mut coach = session_day(lang);
        choose(&mut coach, Item::Library);
        coach.key(KeyCode::Down).enter();
        coach
    });
    both("library_programs", |lang| {
        let mut coach = session_day(lang);
        choose(&mut coach, Item::Library);
        coach.key(KeyCode::Tab);
        coach
    });
    both("library_program_open", |lang| {
        let mut coach = session_day(lang);
        choose(&mut coach, Item::Library);
        coach.key(KeyCode::Tab).key(KeyCode::Down).enter();
        coach
    });
}

#[test]
fn journal() {
    both("journal_list", |lang| {
        let mut coach = Coach::with(lang, &few_weeks().entries);
        choose(&mut coach, Item::Journal);
        coach
    });
    both("journal_entry_open", |lang| {
        let mut coach = Coach::with(lang, &few_weeks().entries);
        choose(&mut coach, Item::Journal);
        coach.key(KeyCode::Down).enter();
        coach
    });
}

#[test]
fn settings() {
    both("settings", |lang| {
        let mut coach = session_day(lang);
        choose(&mut coach, Item::Settings);
        coach.key(KeyCode::Down);
        coach
    });
}

// ---------------------------------------------------------------------------------------------
// Locked, too small

#[test]
fn locked() {
    both("locked_emergency", |lang| {
        let mut script = Script::new();
        script.enrol("core-hip-strength", "2026-01-05", 4);
        script.red_flags("2026-01-06T20:00", Some(RedFlag::BowelControl));
        let coach = Coach::with(lang, &script.entries);
        assert!(matches!(coach.app.screen, Screen::Locked(_)));
        coach
    });
    both("locked_see_doctor", |lang| {
        let mut script = Script::new();
        script.enrol("core-hip-strength", "2026-01-05", 4);
        script.red_flags("2026-01-06T20:00", Some(RedFlag::Trauma));
        let coach = Coach::with(lang, &script.entries);
        assert!(matches!(coach.app.screen, Screen::Locked(_)));
        coach
    });
}

#[test]
fn too_small() {
    for lang in LANGS {
        let coach = session_day(lang);
        for (width, height) in [(30, 10), (39, 24), (80, 11)] {
            insta::assert_snapshot!(
                format!("too_small_{}_{width}x{height}", code(lang)),
                coach.draw(width, height)
            );
        }
    }
}

// ---------------------------------------------------------------------------------------------
// No message ids

/// Every snapshot shows text, never a Fluent message id (such as `key-move` or `diag-…`): an id
/// on screen means a message is missing from a catalog or its name is misspelt. Any hyphenated
/// word that starts like a message id (`key-…`, `home-…`) is suspect unless it is a real word.
#[test]
fn no_snapshot_shows_a_message_id() {
    const REAL_WORDS: [&str; 1] = ["home-exercise"];
    let ids: std::collections::BTreeSet<String> = [
        kern::i18n::source(kern::model::Lang::En),
        kern::i18n::source(kern::model::Lang::Nl),
    ]
    .iter()
    .flat_map(|source| kern::i18n::message_ids(source).0)
    .collect();
    let prefixes: std::collections::BTreeSet<&str> =
        ids.iter().filter_map(|id| id.split('-').next()).collect();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots");
    let mut problems = Vec::new();
    let mut seen = 0;
    for file in std::fs::read_dir(&dir).unwrap() {
        let path = file.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if !name.starts_with("tui_snapshots__") || !name.ends_with(".snap") {
            continue;
        }
        seen += 1;
        let text = std::fs::read_to_string(&path).unwrap();
        // The drawn screen only, after insta's header.
        let body = text.splitn(3, "---").nth(2).unwrap_or(&text);
        let words = body
            .split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
            .map(|w| w.trim_matches('-'))
            .filter(|w| w.contains('-'));
        for word in words {
            let first = word.split('-').next().unwrap_or_default();
            let suspect =
                ids.contains(word) || (prefixes.contains(first) && !REAL_WORDS.contains(&word));
            if suspect {
                problems.push(format!("{name}: {word}"));
            }
        }
    }
    assert!(
        seen > 100,
        "only {seen} snapshots found in {}",
        dir.display()
    );
    assert!(
        problems.is_empty(),
        "message ids on screen:\n{}",
        problems.join("\n")
    );
}

/// Whether a drawn screen holds any Braille dots (a figure).
fn has_figure(backend: &ratatui::backend::TestBackend) -> bool {
    backend.buffer().content().iter().any(|cell| {
        cell.symbol()
            .chars()
            .any(|c| ('\u{2801}'..='\u{28ff}').contains(&c))
    })
}

/// The player halfway up the first repetition of the glute bridge (2 s up, a 2 s hold, 2 s
/// down): the figure beside the cues at 80×24 and 120×40, moving with the tempo, left out at
/// 40×12; NO_COLOR and high contrast respected.
#[test]
fn player_mid_rep() {
    let mut coach = in_player(Lang::En);
    coach.enter(); // Ready: the first set of glute bridges begins.
    let started = coach.app.mono;
    assert!(matches!(
        step(&coach),
        Some(Step::Work {
            work: Work::Reps { .. },
            ..
        })
    ));
    let at_start = coach.draw(80, 24);
    coach.tick(started + 1_000);
    for (width, height) in [(80, 24), (120, 40)] {
        let backend = coach.draw(width, height);
        assert!(has_figure(&backend), "{width}x{height}");
        insta::assert_snapshot!(format!("player_mid_rep_en_{width}x{height}"), backend);
    }
    let mid = coach.draw(80, 24);
    assert_ne!(mid, at_start, "the figure moves with the set");
    let next_frame = |coach: &Coach| match &coach.app.screen {
        kern::tui::Screen::Player(player) => {
            kern::tui::screens::player::next_frame(player, coach.app.mono)
        }
        _ => None,
    };
    assert!(
        next_frame(&coach).is_some(),
        "drawn again soon while it moves"
    );
    // At the top of the repetition it holds the end position for the dose's 2 s.
    coach.tick(started + 2_200);
    let held = coach.draw(80, 24);
    coach.tick(started + 3_800);
    assert_eq!(coach.draw(80, 24), held, "a hold shows the end position");
    assert_ne!(held, mid);
    assert!(!has_figure(&coach.draw(40, 12)), "no room at 40x12");
    coach.ch(' ');
    assert_eq!(next_frame(&coach), None, "paused, it stands still");
    coach.ch(' ');

    // Colour: none with NO_COLOR (the test coach's theme), bright ones in high contrast.
    let colours = |coach: &Coach| {
        let backend = coach.draw(80, 24);
        let mut seen = Vec::new();
        for cell in backend.buffer().content() {
            if cell
                .symbol()
                .chars()
                .any(|c| ('\u{2801}'..='\u{28ff}').contains(&c))
                && !seen.contains(&cell.fg)
            {
                seen.push(cell.fg);
            }
        }
        seen
    };
    use ratatui::style::Color;
    assert_eq!(colours(&coach), [Color::Reset]);
    coach.app.theme = kern::tui::theme::Theme::new(true, true);
    let contrast = colours(&coach);
    assert!(
        contrast
            .iter()
            .all(|c| matches!(c, Color::White | Color::LightYellow)),
        "{contrast:?}"
    );
}
