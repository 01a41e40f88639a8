//! The coach driven by keys and ticks, without a terminal: the model's state and what it writes
//! (journal entries, the checkpoint of a session in progress) after each step a patient takes.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod tui_support;

use crossterm::event::KeyCode;
use kern::journal::{CheckInContext, Journal, SessionStatus, checkpoint};
use kern::model::Lang;
use kern::session::{HurtChoice, Step, Work};
use kern::tui::Message;
use kern::tui::Screen;
use kern::tui::screens::form_purpose::Purpose;
use kern::tui::screens::home::{Item, menu};
use kern::tui::screens::player::Mode;
use tui_support::{Coach, in_hold, in_player, run_to_check_out, session_day, step};

fn on_home(coach: &Coach) -> bool {
    matches!(coach.app.screen, Screen::Home { .. })
}

fn choose(coach: &mut Coach, item: Item) {
    let index = menu(&coach.app)
        .iter()
        .position(|(i, _)| *i == item)
        .unwrap_or_else(|| panic!("{item:?} is not on the menu"));
    for _ in 0..index {
        coach.key(KeyCode::Down);
    }
    coach.enter();
}

fn sessions(coach: &Coach) -> Vec<kern::journal::SessionRecord> {
    coach
        .journal()
        .into_iter()
        .filter_map(|e| e.session)
        .collect()
}

fn player_mode(coach: &Coach) -> Mode {
    match &coach.app.screen {
        Screen::Player(p) => p.mode.clone(),
        _ => panic!("not in the player"),
    }
}

fn remaining(coach: &Coach) -> Option<u64> {
    match &coach.app.screen {
        Screen::Player(p) => p.coach.engine().remaining(coach.app.mono),
        _ => None,
    }
}

#[test]
fn the_first_run_by_keys_ends_on_home_with_an_enrolment() {
    let mut coach = Coach::first_run();
    assert!(matches!(coach.app.screen, Screen::FirstRun(_)));
    coach.key(KeyCode::Down).enter(); // Nederlands
    assert_eq!(coach.app.lang, Lang::Nl);
    coach.enter(); // what kern is
    for _ in kern::safety::RedFlag::ALL {
        coach.ch('n');
    }
    coach.key(KeyCode::Down).enter(); // core-hip-strength
    coach.enter(); // its own weekdays
    coach
        .answer("Sokken aantrekken")
        .answer("Tuinieren")
        .answer("Een film uitzitten")
        .enter(); // no more activities
    coach.answer("4"); // usual pain
    assert!(on_home(&coach), "{:?}", coach.app.screen);
    assert!(coach.app.today.is_some());

    let entries = coach.journal();
    let screen = entries.iter().find_map(|e| e.red_flags.clone()).unwrap();
    assert!(screen.answers.iter().all(|a| !a.present));
    let enrolment = entries.iter().find_map(|e| e.enrolment.clone()).unwrap();
    assert_eq!(enrolment.program, "core-hip-strength");
    assert_eq!(enrolment.activities.len(), 3);
    assert_eq!(enrolment.usual_pain.map(|s| s.get()), Some(4));
    assert_eq!(enrolment.start_date, tui_support::now().date_naive());
    // The language is kept for next time.
    let settings = std::fs::read_to_string(coach.dir.path().join("config/settings.toml")).unwrap();
    assert!(settings.contains("nl"), "{settings}");
}

#[test]
fn too_few_weekdays_are_refused_with_a_message() {
    let mut coach = Coach::first_run();
    coach.enter().enter();
    for _ in kern::safety::RedFlag::ALL {
        coach.ch('n');
    }
    coach.key(KeyCode::Down).enter(); // core-hip-strength: Monday, Wednesday, Friday
    coach.ch(' '); // Monday off
    coach.enter();
    assert!(matches!(coach.app.screen, Screen::FirstRun(_)));
    assert!(coach.app.status.is_some());
}

#[test]
fn starting_a_session_goes_through_the_check_in_to_the_player() {
    let mut coach = session_day(Lang::En);
    choose(&mut coach, Item::Session);
    assert!(matches!(
        coach.app.screen,
        Screen::Form(_, Purpose::CheckIn(..))
    ));
    coach.answer("3").answer("2");
    assert!(matches!(step(&coach), Some(Step::GetReady)));
    let check_in = coach
        .journal()
        .into_iter()
        .find_map(|e| e.check_in)
        .unwrap();
    assert_eq!(check_in.context, CheckInContext::BeforeSession);
    assert_eq!(check_in.pain_now.get(), 3);
    assert_eq!(check_in.pain_average.map(|s| s.get()), Some(2));
}

#[test]
fn enter_completes_a_set_of_repetitions_and_a_checkpoint_is_saved() {
    let mut coach = in_player(Lang::En);
    coach.enter(); // ready
    assert!(matches!(
        step(&coach),
        Some(Step::Work {
            work: Work::Reps { .. },
            ..
        })
    ));
    assert!(!coach.checkpoint().exists());
    coach.enter(); // the set is done
    assert!(matches!(step(&coach), Some(Step::Rest { .. })));
    assert!(coach.checkpoint().exists());
    let saved = checkpoint::load(&coach.data()).unwrap().unwrap();
    assert_eq!(saved.session.exercises[0].sets.len(), 1);
    assert_eq!(saved.session.exercises[0].sets[0].reps, Some(10));
}

#[test]
fn space_pauses_and_time_does_not_run_while_paused() {
    let mut coach = in_player(Lang::En);
    coach.tick(2_000);
    assert_eq!(remaining(&coach), Some(8_000));
    coach.ch(' ');
    coach.tick(7_000);
    assert_eq!(
        remaining(&coach),
        Some(8_000),
        "paused: the timer stands still"
    );
    assert!(matches!(step(&coach), Some(Step::GetReady)));
    coach.tick(60_000);
    assert!(matches!(step(&coach), Some(Step::GetReady)));
    coach.ch(' '); // resume at 60 s
    coach.tick(67_000);
    assert_eq!(remaining(&coach), Some(1_000));
    coach.tick(68_000);
    assert!(matches!(step(&coach), Some(Step::Work { .. })));
}

#[test]
fn a_timer_that_runs_out_moves_on_by_itself() {
    let mut coach = in_hold(Lang::En);
    let Some(left) = remaining(&coach) else {
        panic!("a hold runs on a timer")
    };
    let at = coach.app.mono + left;
    coach.tick(at);
    assert!(!matches!(
        step(&coach),
        Some(Step::Work {
            work: Work::Hold { .. },
            set: 1,
            side: Some(kern::journal::Side::Left),
            ..
        })
    ));
    let saved = checkpoint::load(&coach.data()).unwrap().unwrap();
    let plank = &saved.session.exercises[2];
    assert_eq!(plank.sets.len(), 1);
    assert_eq!(plank.sets[0].seconds, Some(10), "the whole hold counts");
}

#[test]
fn this_hurts_above_the_limit_never_offers_going_on() {
    let mut coach = in_hold(Lang::En);
    coach.ch('h');
    assert!(matches!(player_mode(&coach), Mode::HurtPain(_)));
    let before = remaining(&coach);
    coach.tick(coach.app.mono + 30_000);
    assert_eq!(remaining(&coach), before, "the clock stops while it hurts");
    coach.answer("8");
    let Mode::HurtChoice(choices, _) = player_mode(&coach) else {
        panic!("no choices")
    };
    assert!(!choices.iter().any(|(_, c)| *c == HurtChoice::Continue));
    assert!(choices.iter().any(|(_, c)| *c == HurtChoice::Stop));

    let mut coach = in_hold(Lang::En);
    coach.ch('h').answer("3");
    let Mode::HurtChoice(choices, _) = player_mode(&coach) else {
        panic!("no choices")
    };
    assert!(choices.iter().any(|(_, c)| *c == HurtChoice::Continue));
}

#[test]
fn stopping_after_this_hurts_goes_to_the_check_out() {
    let mut coach = in_hold(Lang::En);
    coach.ch('h').answer("8");
    let Mode::HurtChoice(choices, _) = player_mode(&coach) else {
        panic!("no choices")
    };
    let stop = choices
        .iter()
        .position(|(_, c)| *c == HurtChoice::Stop)
        .unwrap();
    for _ in 0..stop {
        coach.key(KeyCode::Down);
    }
    coach.enter();
    assert!(matches!(
        coach.app.screen,
        Screen::Form(_, Purpose::CheckOut(_))
    ));
}

#[test]
fn a_skip_asks_why_and_esc_goes_back_to_the_set() {
    let mut coach = in_player(Lang::En);
    coach.enter().ch('s');
    assert!(matches!(player_mode(&coach), Mode::SkipReason(0)));
    coach.key(KeyCode::Esc);
    assert!(matches!(player_mode(&coach), Mode::Running));
    coach.ch('s').key(KeyCode::Down).enter(); // no time
    // Glute bridge is skipped: the next exercise is on.
    assert!(matches!(step(&coach), Some(Step::Rest { next: 1, .. })));
}

#[test]
fn q_in_the_player_saves_a_partial_session_and_removes_the_checkpoint() {
    let mut coach = in_player(Lang::En);
    coach.enter().enter(); // one set done
    assert!(coach.checkpoint().exists());
    coach.ch('q');
    assert!(on_home(&coach));
    assert!(
        !coach.app.quit,
        "q in the player leaves the session, not kern"
    );
    let saved = sessions(&coach);
    assert_eq!(saved.len(), 1);
    assert_eq!(saved[0].status, SessionStatus::Partial);
    assert_eq!(saved[0].exercises[0].sets.len(), 1);
    assert!(!coach.checkpoint().exists());
}

#[test]
fn a_shutdown_during_a_session_saves_it_like_q() {
    let mut coach = in_player(Lang::En);
    coach.enter().enter();
    coach.app.update(Message::Shutdown);
    assert!(coach.app.quit);
    let saved = sessions(&coach);
    assert_eq!(saved.len(), 1);
    assert_eq!(saved[0].status, SessionStatus::Partial);
    assert!(!coach.checkpoint().exists());
}

#[test]
fn a_shutdown_during_the_check_out_saves_the_session() {
    let mut coach = in_player(Lang::En);
    run_to_check_out(&mut coach);
    coach.answer("3");
    coach.app.update(Message::Shutdown);
    assert!(coach.app.quit);
    let saved = sessions(&coach);
    assert_eq!(saved.len(), 1);
    assert_eq!(
        saved[0].pain_during_max.map(|s| s.get()),
        Some(3),
        "the answer already given is kept"
    );
    assert_eq!(saved[0].effort, None, "the rest was not answered");
}

#[test]
fn help_opens_with_a_question_mark_and_any_key_closes_it() {
    let mut coach = session_day(Lang::En);
    coach.ch('?');
    assert!(coach.app.help);
    coach.key(KeyCode::Down);
    assert!(!coach.app.help);
    assert!(
        matches!(coach.app.screen, Screen::Home { selected: 0 }),
        "the key that closes help does nothing else"
    );
    // In the player too, and the clock keeps its place.
    let mut coach = in_player(Lang::En);
    coach.ch('?');
    assert!(coach.app.help);
    coach.enter();
    assert!(!coach.app.help);
    assert!(matches!(step(&coach), Some(Step::GetReady)));
}

#[test]
fn a_question_mark_is_a_letter_while_typing_a_note() {
    let mut coach = session_day(Lang::En);
    coach.ch('l').answer("3").answer("3").type_text("why?");
    assert!(!coach.app.help);
    let Screen::Form(form, _) = &coach.app.screen else {
        panic!("not in the form")
    };
    assert_eq!(form.input, "why?");
}

#[test]
fn esc_goes_back() {
    let mut coach = session_day(Lang::En);
    choose(&mut coach, Item::Library);
    assert!(matches!(coach.app.screen, Screen::Library(_)));
    coach.enter(); // open an exercise
    coach.key(KeyCode::Esc); // back to the list
    assert!(matches!(coach.app.screen, Screen::Library(_)));
    coach.key(KeyCode::Esc);
    assert!(on_home(&coach));

    coach.app.go_home(); // the menu's first line selected again
    choose(&mut coach, Item::Progress);
    assert!(matches!(coach.app.screen, Screen::Progress { .. }));
    // Worked out once when Progress opens, drawn from then on; a reload (a new entry) drops it.
    assert!(coach.app.progress.is_some());
    coach.key(KeyCode::Esc);
    assert!(on_home(&coach));
    coach.app.reload();
    assert!(coach.app.progress.is_none());

    coach.ch('l').answer("5");
    coach.key(KeyCode::Esc); // back to the first question
    let Screen::Form(form, _) = &coach.app.screen else {
        panic!("not in the form")
    };
    assert!(form.answers.is_empty());
    coach.key(KeyCode::Esc); // leave the form: nothing written
    assert!(on_home(&coach));
    assert!(coach.journal().iter().all(|e| e.check_in.is_none()));
}

#[test]
fn a_finished_session_is_saved_complete_with_the_check_out_answers() {
    let mut coach = in_player(Lang::En);
    run_to_check_out(&mut coach);
    assert!(matches!(
        coach.app.screen,
        Screen::Form(_, Purpose::CheckOut(_))
    ));
    coach
        .answer("3")
        .answer("4")
        .answer("2")
        .answer("felt good");
    assert!(on_home(&coach));
    let saved = sessions(&coach);
    assert_eq!(saved.len(), 1);
    let session = &saved[0];
    assert_eq!(session.status, SessionStatus::Complete);
    assert_eq!(session.pain_during_max.map(|s| s.get()), Some(3));
    assert_eq!(session.effort.map(|s| s.get()), Some(4));
    assert_eq!(session.pain_after.map(|s| s.get()), Some(2));
    assert_eq!(session.note.as_deref(), Some("felt good"));
    assert!(session.exercises.iter().all(|e| e.all_sets_done()));
    assert!(!coach.checkpoint().exists());
    // Today's session is done.
    assert!(!menu(&coach.app).iter().any(|(i, _)| *i == Item::Session));
}

#[test]
fn a_write_failure_keeps_the_entry_and_home_offers_to_try_again() {
    let mut coach = session_day(Lang::En);
    let good = coach.data();
    // A data folder under a regular file: every write fails (ENOTDIR).
    let blocker = coach.dir.path().join("blocker");
    std::fs::write(&blocker, "").unwrap();
    let bad = blocker.join("data");
    coach.app.data_dir = bad.clone();
    coach.app.journal = Journal::new(&bad);

    coach.ch('l').answer("3").answer("3").enter();
    assert!(on_home(&coach));
    assert_eq!(coach.app.unsaved.len(), 1);
    assert!(
        coach
            .app
            .status
            .as_deref()
            .unwrap()
            .contains("Try saving again")
    );
    let items = menu(&coach.app);
    let (_, label) = items.iter().find(|(i, _)| *i == Item::Retry).unwrap();
    assert!(label.starts_with("Try saving again"), "{label}");

    // Still failing: still kept.
    choose(&mut coach, Item::Retry);
    assert_eq!(coach.app.unsaved.len(), 1);

    // Once the folder can be written again, the kept entry is saved.
    coach.app.data_dir = good.clone();
    coach.app.journal = Journal::new(&good);
    coach.app.screen = Screen::Home { selected: 0 };
    choose(&mut coach, Item::Retry);
    assert!(coach.app.unsaved.is_empty());
    assert!(coach.journal().iter().any(|e| {
        e.check_in
            .as_ref()
            .is_some_and(|c| c.context == CheckInContext::Diary)
    }));
    assert!(!menu(&coach.app).iter().any(|(i, _)| *i == Item::Retry));
}

#[test]
fn a_session_cut_off_is_offered_again_and_resumes_where_it_stopped() {
    let mut coach = in_player(Lang::En);
    coach.enter().enter(); // one set of glute bridges
    let coach_again = Coach::reopen(coach);
    let mut coach = coach_again;
    assert!(matches!(
        coach.app.screen,
        Screen::Form(_, Purpose::Resume(_))
    ));
    coach.ch('y');
    // On after the set that was saved: the rest before the second set.
    assert!(matches!(step(&coach), Some(Step::Rest { next: 0, .. })));
}

#[test]
fn a_session_cut_off_and_not_resumed_is_saved_as_partial() {
    let mut coach = in_player(Lang::En);
    coach.enter().enter();
    let mut coach = Coach::reopen(coach);
    coach.ch('n');
    assert!(on_home(&coach));
    assert!(!coach.checkpoint().exists());
    let saved = sessions(&coach);
    assert_eq!(saved.len(), 1);
    assert_eq!(saved[0].status, SessionStatus::Partial);
}

#[test]
fn a_red_flag_locks_the_coach_until_a_clinician_has_checked() {
    let mut coach = Coach::first_run();
    coach.enter().enter();
    for flag in kern::safety::RedFlag::ALL {
        coach.ch(if flag == kern::safety::RedFlag::Trauma {
            'y'
        } else {
            'n'
        });
    }
    // "Has a clinician checked this?" — no: locked.
    coach.ch('n');
    assert!(matches!(
        coach.app.screen,
        Screen::Locked(kern::safety::Urgency::SeeDoctor)
    ));
    coach.key(KeyCode::Enter).ch('n');
    assert!(matches!(coach.app.screen, Screen::Locked(_)));
    // "Has a doctor or physiotherapist checked you since …?" — yes.
    coach.ch('y');
    assert!(matches!(coach.app.screen, Screen::FirstRun(_)));
}

#[test]
fn pain_during_above_the_limit_asks_which_exercise_hurt() {
    let mut coach = in_player(Lang::En);
    run_to_check_out(&mut coach);
    coach.answer("6").answer("5").answer("2").answer("");
    assert!(
        matches!(coach.app.screen, Screen::Form(_, Purpose::HurtWhich(..))),
        "which exercise hurt, after a pain of 6 during"
    );
    coach.ch(' ').enter();
    let saved = sessions(&coach);
    assert_eq!(saved.len(), 1);
    let hurt = saved[0].hurt.clone().expect("the answer is recorded");
    assert_eq!(hurt.exercises.len(), 1);
    assert!(!hurt.not_sure);
}

#[test]
fn on_a_rest_day_w_records_the_rest_of_todays_walk() {
    let mut script = tui_support::Script::new();
    script.enrol("back-to-activity", "2026-01-06", 4);
    script.walked("2026-01-07T08:00", 5);
    let mut coach = tui_support::Coach::with(Lang::En, &script.entries);
    let walk = coach.app.today.as_ref().and_then(|t| t.activity).unwrap();
    assert_eq!((walk.minutes, walk.done), (15, 5));
    assert!(
        menu(&coach.app)
            .iter()
            .any(|(i, text)| *i == Item::LogWalk && text.contains("10 min"))
    );
    coach.ch('w');
    assert!(on_home(&coach));
    let walks: Vec<(String, u32)> = coach
        .journal()
        .into_iter()
        .filter_map(|e| e.activity)
        .map(|a| (a.on.to_string(), a.minutes))
        .collect();
    assert_eq!(
        walks,
        [("2026-01-07".to_owned(), 5), ("2026-01-07".to_owned(), 10)]
    );
    let walk = coach.app.today.as_ref().and_then(|t| t.activity).unwrap();
    assert_eq!(walk.done, 15, "today's view counts it at once");
    assert!(
        menu(&coach.app).iter().all(|(i, _)| *i != Item::LogWalk),
        "a walk done is not offered again"
    );
    // On a session day there is no walk to record.
    let mut coach = session_day(Lang::En);
    coach.ch('w');
    assert!(coach.journal().iter().all(|e| e.activity.is_none()));
}
