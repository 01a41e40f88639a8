//! The lock rule and the questions, on scripted journals.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::{DateTime, FixedOffset, NaiveDate};

use crate::journal::{Body, CheckIn, CheckInContext, Entry, RedFlagAnswer, Score};

use super::*;

fn at(text: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(&format!("{text}:00+01:00")).unwrap()
}

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

/// A screen answered at `when` with "yes" to `yes` and "no" to the rest.
fn screened(when: &str, yes: &[RedFlag]) -> Entry {
    let answers = RedFlag::ALL
        .into_iter()
        .map(|flag| RedFlagAnswer {
            flag,
            present: yes.contains(&flag),
        })
        .collect();
    let moment = at(when);
    Entry::new(
        format!("screen-{when}"),
        moment,
        moment,
        Body::RedFlags(screen(answers)),
    )
}

/// A clearance recorded at `when` for a check on `on`.
fn cleared(when: &str, on: &str) -> Entry {
    let moment = at(when);
    Entry::new(
        format!("cleared-{when}"),
        moment,
        moment,
        Body::Cleared(Clearance {
            checked_on: day(on),
            by: Some(Clinician::Physio),
            clears: None,
            note: None,
        }),
    )
}

fn weekly(when: &str, new: bool) -> Entry {
    let moment = at(when);
    Entry::new(
        format!("check-in-{when}"),
        moment,
        moment,
        Body::CheckIn(CheckIn {
            context: CheckInContext::BeforeSession,
            pain_now: Score::new(3).unwrap(),
            pain_average: None,
            next_morning: None,
            red_flags_new: Some(new),
            note: None,
        }),
    )
}

fn lock(entries: &[Entry]) -> Option<Lock> {
    lock_state(&Screening::from_entries(entries))
}

#[test]
fn a_clear_screen_does_not_lock() {
    assert_eq!(lock(&[screened("2026-11-02T09:00", &[])]), None);
    assert_eq!(lock(&[]), None);
}

#[test]
fn an_emergency_answer_locks_with_the_day_and_the_flag() {
    let lock = lock(&[screened("2026-11-02T09:00", &[RedFlag::BowelControl])]).unwrap();
    assert_eq!(lock.urgency, Urgency::Emergency);
    assert_eq!(lock.since, day("2026-11-02"));
    assert_eq!(lock.flags, [RedFlag::BowelControl]);
    assert_eq!(lock.screen, "screen-2026-11-02T09:00");
}

#[test]
fn sudden_chest_pain_is_an_emergency_now() {
    let lock = lock(&[screened(
        "2026-11-02T09:00",
        &[RedFlag::SuddenChestPainOrBreathless],
    )])
    .unwrap();
    assert_eq!(lock.urgency, Urgency::Emergency);
}

#[test]
fn a_see_doctor_answer_locks_too() {
    let lock = lock(&[screened("2026-11-02T09:00", &[RedFlag::InfectionRisk])]).unwrap();
    assert_eq!(lock.urgency, Urgency::SeeDoctor);
}

#[test]
fn answering_no_again_never_lifts_the_lock() {
    for flag in [RedFlag::SaddleNumbness, RedFlag::ConstantOrNightPain] {
        let entries = [
            screened("2026-11-02T09:00", &[flag]),
            screened("2026-11-02T09:05", &[]),
            screened("2026-11-09T09:00", &[]),
            weekly("2026-11-10T09:00", false),
        ];
        let lock = lock(&entries).unwrap();
        assert_eq!(lock.urgency, flag.urgency());
        assert_eq!(lock.since, day("2026-11-02"));
        assert_eq!(lock.flags, [flag]);
    }
}

#[test]
fn a_clearance_on_or_after_the_day_of_the_answer_lifts_it() {
    let locked = screened("2026-11-02T09:00", &[RedFlag::LegWeakness]);
    assert_eq!(
        lock(&[locked.clone(), cleared("2026-11-02T18:00", "2026-11-02")]),
        None
    );
    assert_eq!(
        lock(&[locked, cleared("2026-11-06T18:00", "2026-11-04")]),
        None
    );
}

#[test]
fn a_clearance_dated_before_the_locking_answer_does_not_clear() {
    let entries = [
        screened("2026-11-05T09:00", &[RedFlag::Trauma]),
        cleared("2026-11-06T09:00", "2026-11-04"),
    ];
    assert!(lock(&entries).is_some());
}

#[test]
fn a_clearance_recorded_before_the_answer_does_not_clear_it() {
    // Cleared in the morning, a new emergency the same afternoon: locked again.
    let entries = [
        screened("2026-11-02T09:00", &[RedFlag::Trauma]),
        cleared("2026-11-05T10:00", "2026-11-05"),
        screened("2026-11-05T15:00", &[RedFlag::BladderChange]),
    ];
    let lock = lock(&entries).unwrap();
    assert_eq!(lock.urgency, Urgency::Emergency);
    assert_eq!(lock.flags, [RedFlag::BladderChange]);
    assert_eq!(lock.since, day("2026-11-05"));
}

#[test]
fn a_new_emergency_after_a_clearance_locks_again_until_its_own_clearance() {
    let mut entries = vec![
        screened("2026-11-02T09:00", &[RedFlag::InfectionRisk]),
        cleared("2026-11-03T09:00", "2026-11-03"),
    ];
    assert_eq!(lock(&entries), None);
    entries.push(screened("2026-11-20T09:00", &[RedFlag::SaddleNumbness]));
    assert_eq!(lock(&entries).unwrap().urgency, Urgency::Emergency);
    entries.push(cleared("2026-11-21T09:00", "2026-11-20"));
    assert_eq!(lock(&entries), None);
}

#[test]
fn the_worst_uncleared_answer_decides_and_the_latest_sets_the_day() {
    let entries = [
        screened("2026-11-02T09:00", &[RedFlag::SexualFunction]),
        screened("2026-11-04T09:00", &[RedFlag::Trauma]),
    ];
    let lock = lock(&entries).unwrap();
    assert_eq!(lock.urgency, Urgency::Emergency);
    assert_eq!(lock.since, day("2026-11-04"));
    assert_eq!(lock.flags, [RedFlag::SexualFunction, RedFlag::Trauma]);
    assert_eq!(
        check_date(&lock, day("2026-11-03"), day("2026-11-10")),
        Err(Refused::BeforeLock {
            checked_on: day("2026-11-03"),
            since: day("2026-11-04")
        })
    );
}

#[test]
fn a_hand_edited_clear_outcome_over_a_yes_still_locks() {
    let mut entry = screened("2026-11-02T09:00", &[RedFlag::BowelControl]);
    if let Some(screen) = entry.red_flags.as_mut() {
        screen.outcome = Urgency::Clear;
    }
    assert_eq!(lock(&[entry]).unwrap().urgency, Urgency::Emergency);
}

#[test]
fn an_older_kerns_clinician_checked_screen_counts_as_a_clearance() {
    let mut old = screened("2026-11-02T09:00", &[RedFlag::Trauma]);
    if let Some(screen) = old.red_flags.as_mut() {
        screen.clinician_checked = true;
    }
    assert_eq!(lock(&[old]), None);
}

#[test]
fn recording_a_clearance_refuses_what_cannot_be_true() {
    let mut rng = fastrand::Rng::with_seed(1);
    let now = at("2026-11-10T12:00");
    let nothing = Screening::from_entries(&[screened("2026-11-02T09:00", &[])]);
    assert_eq!(
        clearance_entry(&nothing, day("2026-11-09"), None, None, now, &mut rng),
        Err(Refused::NothingLocked)
    );
    let locked = Screening::from_entries(&[screened("2026-11-05T09:00", &[RedFlag::Trauma])]);
    assert_eq!(
        clearance_entry(&locked, day("2026-11-11"), None, None, now, &mut rng),
        Err(Refused::InFuture {
            checked_on: day("2026-11-11"),
            today: day("2026-11-10")
        })
    );
    assert!(matches!(
        clearance_entry(&locked, day("2026-11-04"), None, None, now, &mut rng),
        Err(Refused::BeforeLock { .. })
    ));
    let entry = clearance_entry(
        &locked,
        day("2026-11-06"),
        Some(Clinician::Doctor),
        Some("GP: fine to exercise".into()),
        now,
        &mut rng,
    )
    .unwrap();
    let body = entry.cleared.clone().unwrap();
    assert_eq!(body.clears.as_deref(), Some("screen-2026-11-05T09:00"));
    assert_eq!(body.by, Some(Clinician::Doctor));
    assert_eq!(entry.check(), Ok(()));
    let read = Entry::from_toml(&entry.to_toml().unwrap()).unwrap();
    assert_eq!(read, entry);
    let mut entries = vec![screened("2026-11-05T09:00", &[RedFlag::Trauma])];
    entries.push(entry);
    assert_eq!(lock(&entries), None);
}

#[test]
fn the_first_screen_asks_all_eleven_in_full() {
    let questions = screen_questions(&Screening::default());
    assert_eq!(questions.len(), 11);
    assert!(questions.iter().all(|q| q.new_since.is_none()));
    let flags: Vec<RedFlag> = questions.iter().map(|q| q.flag).collect();
    assert_eq!(flags, RedFlag::ALL);
}

#[test]
fn lifelong_facts_a_clinician_cleared_are_asked_only_as_new_since() {
    let entries = [
        screened(
            "2026-11-02T09:00",
            &[RedFlag::Trauma, RedFlag::CancerOrWeightLoss],
        ),
        cleared("2026-11-04T09:00", "2026-11-04"),
    ];
    let questions = screen_questions(&Screening::from_entries(&entries));
    assert_eq!(questions.len(), 11);
    for q in &questions {
        let expected = (q.flag.nature() == Nature::Lifelong).then(|| day("2026-11-02"));
        assert_eq!(q.new_since, expected, "{:?}", q.flag);
    }
    assert_eq!(
        questions[7].msg().id,
        "red-flag-trauma-since",
        "the fall is not asked again"
    );
}

#[test]
fn lifelong_facts_not_yet_cleared_are_asked_in_full() {
    let uncleared = [screened("2026-11-02T09:00", &[RedFlag::Trauma])];
    let answered_no = [
        screened("2026-11-02T09:00", &[RedFlag::InfectionRisk]),
        cleared("2026-11-04T09:00", "2026-11-04"),
    ];
    for entries in [&uncleared[..], &answered_no[..]] {
        let questions = screen_questions(&Screening::from_entries(entries));
        assert!(questions.iter().all(|q| q.new_since.is_none()));
    }
}

#[test]
fn a_new_fall_after_the_clearance_locks_again() {
    let mut entries = vec![
        screened("2026-11-02T09:00", &[RedFlag::Trauma]),
        cleared("2026-11-04T09:00", "2026-11-04"),
    ];
    entries.push(screened("2026-11-20T09:00", &[RedFlag::Trauma]));
    assert_eq!(lock(&entries).unwrap().urgency, Urgency::SeeDoctor);
}

#[test]
fn the_weekly_check_lists_all_eleven_topics_since_the_last_check() {
    assert_eq!(weekly_check(&Screening::default()), None);
    let entries = [
        screened("2026-11-02T09:00", &[]),
        weekly("2026-11-09T09:00", false),
    ];
    let check = weekly_check(&Screening::from_entries(&entries)).unwrap();
    assert_eq!(check.topics, RedFlag::ALL);
    assert_eq!(check.since, day("2026-11-09"));
    assert_eq!(check.topic_msgs().len(), 11);
    let only_screen = weekly_check(&Screening::from_entries(&entries[..1])).unwrap();
    assert_eq!(only_screen.since, day("2026-11-02"));
}

#[test]
fn the_advice_says_where_to_go_and_how_to_record_the_check() {
    let emergency = lock(&[screened("2026-11-02T09:00", &[RedFlag::BowelControl])]).unwrap();
    let ids: Vec<String> = advice(&emergency)
        .iter()
        .map(|m| m.id.to_string())
        .collect();
    assert_eq!(ids, ["notice-red-flag-emergency", "safety-record-check"]);
    let doctor = lock(&[screened("2026-11-02T09:00", &[RedFlag::Trauma])]).unwrap();
    assert_eq!(advice(&doctor)[0].id, "notice-red-flag-doctor");
}
