//! The red-flag lock on the real binary: `kern cleared` (help, refusals, the entry it writes),
//! `kern today` showing the advice until a clinician's check is recorded, and the plain-text coach
//! staying locked when the patient answers "no" again.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use chrono::{DateTime, Duration, FixedOffset, Local, NaiveDate};
use kern::journal::{Body, Entry, EntryKind, Journal, Query, RedFlagAnswer, new_id};
use kern::safety::{self, Clinician, RedFlag};

/// A config and a data folder of their own.
struct Folders {
    sandbox: support::Sandbox,
}

impl Folders {
    fn new() -> Folders {
        Folders {
            sandbox: support::Sandbox::new(),
        }
    }

    /// Runs kern (in English unless ARGS start with `--lang LANG`); returns (exit code, stdout,
    /// stderr).
    fn run(&self, args: &[&str], stdin: &str) -> (i32, String, String) {
        self.sandbox.outcome_of(args, stdin)
    }

    fn journal(&self) -> Journal {
        Journal::new(&self.sandbox.data())
    }

    fn entries(&self, kind: EntryKind) -> Vec<Entry> {
        let loaded = self.journal().load(&Query {
            kinds: vec![kind],
            ..Query::default()
        });
        assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
        loaded.entries
    }

    /// A red-flag screen answered at `at`: "yes" to `yes`, "no" to the rest.
    fn screen(&self, at: DateTime<FixedOffset>, yes: &[RedFlag]) {
        let answers = RedFlag::ALL
            .into_iter()
            .map(|flag| RedFlagAnswer {
                flag,
                present: yes.contains(&flag),
            })
            .collect();
        let mut rng = fastrand::Rng::with_seed(3);
        let entry = Entry::new(
            new_id(at, EntryKind::RedFlags, &mut rng),
            at,
            at,
            Body::RedFlags(safety::screen(answers)),
        );
        self.journal().write(&entry).unwrap();
    }
}

fn now() -> DateTime<FixedOffset> {
    Local::now().fixed_offset()
}

fn today() -> NaiveDate {
    now().date_naive()
}

/// The screen answers for the plain coach: "yes" to the question numbered `yes` (1-based).
fn answers(yes: Option<usize>) -> String {
    (1..=11)
        .map(|n| if Some(n) == yes { "y\n" } else { "n\n" })
        .collect()
}

#[test]
fn the_help_says_what_a_clearance_means() {
    let folders = Folders::new();
    let (code, out, _) = folders.run(&["cleared", "--help"], "");
    assert_eq!(code, 0);
    assert!(
        out.contains("a doctor or physiotherapist has checked you since"),
        "{out}"
    );
    assert!(out.contains("--on <DATE>") && out.contains("--by") && out.contains("--note"));
    let (code, out, _) = folders.run(&["--lang", "nl", "cleared", "--help"], "");
    assert_eq!(code, 0);
    assert!(out.contains("kinesitherapeut"), "{out}");
    let (_, out, _) = folders.run(&["--help"], "");
    assert!(out.contains("cleared"), "the command list names it: {out}");
}

#[test]
fn wrong_usage_is_exit_code_2() {
    let folders = Folders::new();
    for args in [
        &["cleared"][..],
        &["cleared", "--on", "yesterday"],
        &["cleared", "--on", "2026-11-02", "--by", "nurse"],
    ] {
        let (code, _, err) = folders.run(args, "");
        assert_eq!(code, 2, "{args:?}: {err}");
    }
}

#[test]
fn it_refuses_when_nothing_is_locked() {
    let folders = Folders::new();
    let (code, _, err) = folders.run(&["cleared", "--on", &today().to_string()], "");
    assert_eq!(code, 1);
    assert!(err.contains("Nothing to record"), "{err}");
    folders.screen(now() - Duration::days(2), &[]);
    let (code, _, err) = folders.run(&["cleared", "--on", &today().to_string()], "");
    assert_eq!(code, 1, "a clear screen locks nothing: {err}");
    assert!(folders.entries(EntryKind::Cleared).is_empty());
}

#[test]
fn it_refuses_a_check_before_the_locking_answer_or_in_the_future() {
    let folders = Folders::new();
    let answered = now() - Duration::days(3);
    folders.screen(answered, &[RedFlag::Trauma]);
    let before = (answered.date_naive() - Duration::days(1)).to_string();
    let (code, _, err) = folders.run(&["cleared", "--on", &before], "");
    assert_eq!(code, 1);
    assert!(
        err.contains("before") && err.contains(&answered.date_naive().to_string()),
        "{err}"
    );
    let tomorrow = (today() + Duration::days(1)).to_string();
    let (code, _, err) = folders.run(&["cleared", "--on", &tomorrow], "");
    assert_eq!(code, 1);
    assert!(err.contains("in the future"), "{err}");
    assert!(folders.entries(EntryKind::Cleared).is_empty());
}

#[test]
fn today_shows_the_advice_until_the_check_is_recorded_and_the_entry_reads_back() {
    let folders = Folders::new();
    let start = (today() - Duration::days(3)).to_string();
    let (code, _, err) = folders.run(&["start", "gentle-start", "--on", &start], "");
    assert_eq!(code, 0, "{err}");
    let answered = now() - Duration::days(2);
    folders.screen(answered, &[RedFlag::SaddleNumbness]);
    // Answering every question "no" again does not lift it.
    folders.screen(now() - Duration::days(1), &[]);

    for _ in 0..2 {
        let (code, out, _) = folders.run(&["today"], "");
        assert_eq!(code, 0);
        assert!(out.contains("call 112"), "{out}");
        assert!(out.contains("kern cleared --on DATE"), "{out}");
        assert!(out.contains(&answered.date_naive().to_string()), "{out}");
        assert!(!out.contains("Session 1"), "no session while locked: {out}");
    }
    let (_, json, _) = folders.run(&["today", "--json"], "");
    let day: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(day["status"], "paused");
    assert_eq!(day["notices"][0]["kind"], "red-flag");
    assert_eq!(day["notices"][0]["urgency"], "emergency");
    assert_eq!(day["notices"][0]["flags"][0], "saddle-numbness");

    let on = (today() - Duration::days(1)).to_string();
    let (code, out, err) = folders.run(
        &[
            "cleared",
            "--on",
            &on,
            "--by",
            "physio",
            "--note",
            "checked, fine to go on",
        ],
        "",
    );
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("a physiotherapist checked you on"), "{out}");

    let cleared = folders.entries(EntryKind::Cleared);
    assert_eq!(cleared.len(), 1);
    let body = cleared[0].cleared.clone().unwrap();
    assert_eq!(body.checked_on.to_string(), on);
    assert_eq!(body.by, Some(Clinician::Physio));
    assert_eq!(body.note.as_deref(), Some("checked, fine to go on"));
    let screens = folders.entries(EntryKind::RedFlags);
    assert_eq!(body.clears.as_deref(), Some(screens[0].id.as_str()));
    let file = folders.journal().path_for(&cleared[0]);
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(
        text.contains("kind = \"cleared\"") && text.contains("[cleared]"),
        "{text}"
    );
    assert_eq!(Entry::from_toml(&text).unwrap(), cleared[0]);

    let (_, out, _) = folders.run(&["today"], "");
    assert!(!out.contains("112"), "{out}");
    assert!(out.contains("Session"), "{out}");
    let (_, out, _) = folders.run(&["journal"], "");
    assert!(out.contains("checked by a physiotherapist on"), "{out}");
    let (code, _, _) = folders.run(&["cleared", "--on", &on], "");
    assert_eq!(code, 1, "nothing left to clear");
}

#[test]
fn a_locked_patient_answering_no_again_in_the_plain_coach_stays_locked() {
    let folders = Folders::new();
    folders.run(&["start", "gentle-start"], "");
    // First run: "yes" to new loss of bowel control (question 3).
    let (code, out, _) = folders.run(&["session", "--plain", "--no-wait"], &answers(Some(3)));
    assert_eq!(code, 0);
    assert!(out.contains("call 112"), "{out}");
    assert_eq!(folders.entries(EntryKind::RedFlags).len(), 1);

    // Again, ready to answer every question "no": the questions are not even the way out.
    for _ in 0..2 {
        let (code, out, _) = folders.run(&["session", "--plain", "--no-wait"], &answers(None));
        assert_eq!(code, 0);
        assert!(out.contains("call 112"), "{out}");
        assert!(out.contains("kern cleared --on DATE"), "{out}");
        assert!(
            !out.contains("[Enter]"),
            "no session step while locked: {out}"
        );
    }
    // Even a later all-"no" screen in the journal does not lift it.
    folders.screen(now(), &[]);
    let (_, out, _) = folders.run(&["session", "--plain", "--no-wait"], &answers(None));
    assert!(out.contains("call 112"), "{out}");
    let (_, out, _) = folders.run(&["today"], "");
    assert!(out.contains("paused"), "{out}");
}

#[test]
fn see_a_doctor_in_the_plain_coach_and_an_earlier_check_is_recorded_as_a_clearance() {
    let folders = Folders::new();
    folders.run(&["start", "gentle-start"], "");
    // "Yes" to the fall (question 8), then "a clinician has already checked this": yes.
    let mut input = answers(Some(8));
    input.push_str("y\n");
    let (code, out, _) = folders.run(&["session", "--plain", "--no-wait"], &input);
    assert_eq!(code, 0);
    assert!(out.contains("a doctor should check you"), "{out}");
    let cleared = folders.entries(EntryKind::Cleared);
    assert_eq!(cleared.len(), 1, "{out}");
    assert_eq!(cleared[0].cleared.as_ref().unwrap().checked_on, today());
    let (_, out, _) = folders.run(&["today"], "");
    assert!(!out.contains("paused"), "{out}");
}

#[test]
fn a_see_doctor_answer_without_a_check_locks_and_says_see_your_gp() {
    let folders = Folders::new();
    folders.run(&["start", "gentle-start"], "");
    let mut input = answers(Some(10));
    input.push_str("n\n");
    let (_, out, _) = folders.run(&["session", "--plain", "--no-wait"], &input);
    assert!(out.contains("see your GP within a day or two"), "{out}");
    let (_, out, _) = folders.run(&["session", "--plain", "--no-wait"], &answers(None));
    assert!(out.contains("see your GP within a day or two"), "{out}");
    assert!(folders.entries(EntryKind::Cleared).is_empty());
}

#[test]
fn the_plain_coach_asks_whether_a_clinician_checked_and_a_yes_lifts_the_pause() {
    let folders = Folders::new();
    folders.run(&["start", "gentle-start"], "");
    // An emergency answer at the first run (question 3: loss of bowel control).
    let (_, out, _) = folders.run(&["session", "--plain", "--no-wait"], &answers(Some(3)));
    assert!(out.contains("call 112"), "{out}");
    let since = today().to_string();
    let question = format!("Has a doctor or physiotherapist checked you since {since}?");

    // "No": still paused, nothing recorded.
    let (code, out, _) = folders.run(&["session", "--plain", "--no-wait"], "n\n");
    assert_eq!(code, 0);
    assert!(out.contains(&question), "{out}");
    assert!(folders.entries(EntryKind::Cleared).is_empty());
    assert!(!out.contains("[Enter]"), "no session while paused: {out}");

    // "Yes": the check is recorded today and the coach goes on to the session's check-in.
    let (code, out, _) = folders.run(&["session", "--plain", "--no-wait"], "y\n");
    assert_eq!(code, 0);
    assert!(
        out.contains("Recorded: a doctor or physiotherapist"),
        "{out}"
    );
    let cleared = folders.entries(EntryKind::Cleared);
    assert_eq!(cleared.len(), 1, "{out}");
    assert_eq!(cleared[0].cleared.as_ref().unwrap().checked_on, today());
    let (_, out, _) = folders.run(&["today"], "");
    assert!(!out.contains("paused"), "{out}");

    // In Dutch, j is yes.
    let folders = Folders::new();
    folders.run(&["start", "gentle-start"], "");
    folders.run(&["session", "--plain", "--no-wait"], &answers(Some(3)));
    let (_, out, _) = folders.run(&["--lang", "nl", "session", "--plain", "--no-wait"], "j\n");
    assert!(
        out.contains("Heeft een arts of kinesitherapeut je sinds"),
        "{out}"
    );
    assert_eq!(folders.entries(EntryKind::Cleared).len(), 1, "{out}");
}

#[test]
fn the_plain_weekly_check_lists_all_eleven_topics_and_a_yes_opens_the_full_questions() {
    let folders = Folders::new();
    let start = (today() - Duration::days(14)).to_string();
    folders.run(
        &[
            "start",
            "gentle-start",
            "--on",
            &start,
            "--days",
            "mon,tue,wed,thu,fri,sat,sun",
        ],
        "",
    );
    let screened = now() - Duration::days(10);
    folders.screen(screened, &[]);
    // Pain now, pain on average, then the weekly check: "yes", then every question "no".
    let input = format!("2\n2\ny\n{}", answers(None));
    let (code, out, _) = folders.run(&["session", "--plain", "--no-wait"], &input);
    assert_eq!(code, 0, "{out}");
    let asked = format!(
        "Since {}, has any of these come up new?",
        screened.date_naive()
    );
    assert!(out.contains(&asked), "{out}");
    for topic in [
        "  - numbness or tingling around your genitals",
        "  - sudden chest pain or shortness of breath",
        "  - pain all the time, severe at night",
    ] {
        assert!(out.contains(topic), "{topic} missing: {out}");
    }
    assert!(
        out.contains("Before you start, a few safety questions"),
        "{out}"
    );
    assert_eq!(folders.entries(EntryKind::RedFlags).len(), 2, "{out}");
    let check_ins = folders.entries(EntryKind::CheckIn);
    assert_eq!(
        check_ins[0].check_in.as_ref().unwrap().red_flags_new,
        Some(true)
    );
}
