//! The red-flag lock in the full-screen coach, driven by keys: it holds at every start, enrolled or
//! not, whatever was answered after; only the patient's yes to "has a doctor or physiotherapist
//! checked you since DATE?" (which writes a `cleared` entry) lifts it; lifelong facts once cleared are asked only as "new since"; the
//! weekly question lists all 11 topics.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod tui_support;

use crossterm::event::KeyCode;
use kern::journal::{Entry, EntryKind};
use kern::model::Lang;
use kern::safety::{RedFlag, Urgency};
use kern::tui::Screen;
use kern::tui::screens::form_purpose::{Purpose, Then, red_flags_form};
use kern::tui::screens::home::{Item, menu};
use tui_support::{Coach, Script};

fn locked(coach: &Coach) -> Option<Urgency> {
    match coach.app.screen {
        Screen::Locked(urgency) => Some(urgency),
        _ => None,
    }
}

fn cleared(coach: &Coach) -> Vec<Entry> {
    coach
        .journal()
        .into_iter()
        .filter(|e| e.kind == EntryKind::Cleared)
        .collect()
}

/// The first run with "yes" to `yes` and "no" to every other question.
fn first_run_answering(yes: Option<RedFlag>) -> Coach {
    let mut coach = Coach::first_run();
    coach.enter().enter(); // English; what kern is
    for flag in RedFlag::ALL {
        coach.ch(if Some(flag) == yes { 'y' } else { 'n' });
    }
    coach
}

#[test]
fn an_emergency_at_the_first_run_locks_at_every_start_until_a_check_is_recorded() {
    let coach = first_run_answering(Some(RedFlag::SuddenChestPainOrBreathless));
    assert_eq!(locked(&coach), Some(Urgency::Emergency));
    // Not enrolled yet, and still locked when the coach opens again.
    let mut coach = Coach::reopen(coach);
    assert_eq!(locked(&coach), Some(Urgency::Emergency));
    let text = format!("{:?}", coach.draw(80, 24));
    assert!(text.contains("112"), "{text}");
    // The lock screen asks the clinician's confirmation as a yes/no question.
    assert!(
        text.contains("Has a doctor or physiotherapist checked you since 2026-01-07?"),
        "{text}"
    );
    coach.key(KeyCode::Enter).ch('x').ch('n').ch('c');
    assert_eq!(locked(&coach), Some(Urgency::Emergency));
    assert!(cleared(&coach).is_empty(), "only a yes records a check");

    coach.ch('y');
    assert!(
        matches!(coach.app.screen, Screen::FirstRun(_)),
        "{:?}",
        coach.app.screen
    );
    let entries = cleared(&coach);
    assert_eq!(entries.len(), 1);
    let body = entries[0].cleared.clone().unwrap();
    assert_eq!(body.checked_on, tui_support::now().date_naive());
    let screen_id = coach
        .journal()
        .into_iter()
        .find(|e| e.kind == EntryKind::RedFlags)
        .unwrap()
        .id;
    assert_eq!(body.clears, Some(screen_id));
    let coach = Coach::reopen(coach);
    assert_eq!(locked(&coach), None);
}

#[test]
fn answering_every_question_no_again_keeps_the_lock() {
    for (flag, urgency) in [
        (RedFlag::BowelControl, Urgency::Emergency),
        (RedFlag::InfectionRisk, Urgency::SeeDoctor),
    ] {
        let mut script = Script::new();
        script.enrol("core-hip-strength", "2026-01-05", 4);
        script.red_flags("2026-01-06T20:00", Some(flag));
        let coach = Coach::with(Lang::En, &script.entries);
        assert_eq!(locked(&coach), Some(urgency));

        // The questions answered again, all "no", in the coach itself: still locked.
        let mut coach = coach;
        let form = red_flags_form(&coach.app, Then::Home);
        coach.app.screen = form;
        for _ in RedFlag::ALL {
            coach.ch('n');
        }
        assert_eq!(locked(&coach), Some(urgency), "{flag:?}");
        let screens = coach
            .journal()
            .into_iter()
            .filter(|e| e.kind == EntryKind::RedFlags)
            .count();
        assert_eq!(
            screens, 3,
            "the answers are kept: the first screen, the flag, the no's"
        );
        let coach = Coach::reopen(coach);
        assert_eq!(locked(&coach), Some(urgency), "{flag:?} after reopening");
        assert!(
            coach
                .app
                .today
                .as_ref()
                .is_some_and(|t| t.session.is_none())
        );
    }
}

#[test]
fn a_see_doctor_answer_already_checked_is_recorded_as_a_clearance() {
    let mut coach = first_run_answering(Some(RedFlag::Trauma));
    assert!(matches!(
        coach.app.screen,
        Screen::Form(_, Purpose::ClinicianCheck(..))
    ));
    coach.ch('y');
    assert_eq!(locked(&coach), None);
    assert!(matches!(coach.app.screen, Screen::FirstRun(_)));
    assert_eq!(cleared(&coach).len(), 1);
}

#[test]
fn a_lifelong_fact_once_cleared_is_asked_only_as_new_since() {
    let mut script = Script::new();
    script.enrol("core-hip-strength", "2026-01-05", 4);
    script.red_flags("2026-01-05T20:00", Some(RedFlag::Trauma));
    let mut coach = Coach::with(Lang::En, &script.entries);
    assert_eq!(locked(&coach), Some(Urgency::SeeDoctor));
    let Screen::Form(form, _) = red_flags_form(&coach.app, Then::Home) else {
        panic!("not a form")
    };
    assert_eq!(
        form.questions[7].prompt.id, "red-flag-trauma",
        "not cleared yet"
    );
    coach.ch('y');
    assert_eq!(locked(&coach), None);
    let Screen::Form(form, _) = red_flags_form(&coach.app, Then::Home) else {
        panic!("not a form")
    };
    assert_eq!(form.questions.len(), 11);
    assert_eq!(form.questions[7].prompt.id, "red-flag-trauma-since");
    assert_eq!(
        form.questions[8].prompt.id,
        "red-flag-cancer-or-weight-loss"
    );
    let text = coach.app.t(form.questions[7].prompt.clone());
    assert!(text.starts_with("Since 2026-01-05"), "{text}");
}

#[test]
fn the_weekly_question_before_a_session_lists_all_eleven_topics() {
    let mut script = Script::new();
    script.enrol("core-hip-strength", "2025-12-22", 4);
    let mut coach = Coach::with(Lang::En, &script.entries);
    let index = menu(&coach.app)
        .iter()
        .position(|(i, _)| *i == Item::Session)
        .unwrap();
    for _ in 0..index {
        coach.key(KeyCode::Down);
    }
    coach.enter();
    let Screen::Form(form, Purpose::CheckIn(..)) = &coach.app.screen else {
        panic!("not the check-in: {:?}", coach.app.screen)
    };
    // The coach layer asks it (by name "anything_new"): one question, dated, with all 11 topics
    // listed under it on one screen.
    let weekly = form.questions.last().unwrap().clone();
    assert_eq!(weekly.name, "anything_new");
    let text = coach.app.t(weekly.prompt.clone());
    assert!(text.starts_with("Since 2025-12-22"), "{text}");
    assert_eq!(weekly.list.len(), 11);
    while matches!(&coach.app.screen, Screen::Form(f, _) if f.current().is_some_and(|q| q.name != "anything_new"))
    {
        coach.ch('2').enter();
    }
    let drawn = coach.draw(80, 24);
    let screen = format!("{drawn:?}");
    for flag in RedFlag::ALL {
        let topic = coach.app.i18n.text(&flag.topic_id());
        let start: String = topic.chars().take(30).collect();
        assert!(screen.contains(&start), "{flag:?} missing from:\n{screen}");
    }
    insta::assert_snapshot!("weekly_check_80x24", drawn);
}

#[test]
fn the_dutch_lock_screen_takes_j_for_yes() {
    let mut script = Script::new();
    script.enrol("core-hip-strength", "2026-01-05", 4);
    script.red_flags("2026-01-06T20:00", Some(RedFlag::LegWeakness));
    let mut coach = Coach::with(Lang::Nl, &script.entries);
    assert_eq!(locked(&coach), Some(Urgency::Emergency));
    let text = format!("{:?}", coach.draw(80, 24));
    assert!(
        text.contains("Heeft een arts of kinesitherapeut je sinds 2026-01-06 onderzocht?"),
        "{text}"
    );
    coach.ch('n');
    assert_eq!(locked(&coach), Some(Urgency::Emergency));
    coach.ch('j');
    assert_eq!(locked(&coach), None);
    assert_eq!(cleared(&coach).len(), 1);
}
