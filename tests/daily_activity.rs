//! The daily activity of a rest day on the real binary: `kern today` names the walk the phase
//! prescribes, `kern log --walked N [--on DATE]` records it as its own journal entry, and today,
//! the journal, the JSON and the CSV export show it. Refusals exit 2 with a sentence. Then a
//! scripted patient over weeks on the plan itself.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use chrono::{Datelike, Duration, Local, NaiveDate};
use kern::catalog::{Catalog, LoadOptions};
use kern::journal::{ActivityRecord, EntryKind, Journal, Query};
use kern::model::ActivityKind;

/// A config and a data folder of their own; runs kern on them in English unless told otherwise.
struct Folders {
    sandbox: support::Sandbox,
}

impl Folders {
    fn new() -> Folders {
        Folders {
            sandbox: support::Sandbox::new(),
        }
    }

    /// Runs `kern --lang LANG ARGS`; returns (exit code, stdout, stderr).
    fn run_in(&self, lang: &str, args: &[&str]) -> (i32, String, String) {
        self.sandbox.outcome(lang, args, "")
    }

    fn run(&self, args: &[&str]) -> (i32, String, String) {
        self.run_in("en", args)
    }

    fn walks(&self) -> Vec<ActivityRecord> {
        let loaded = Journal::new(&self.sandbox.data()).load(&Query {
            kinds: vec![EntryKind::Activity],
            ..Query::default()
        });
        assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
        loaded
            .entries
            .into_iter()
            .filter_map(|e| e.activity)
            .collect()
    }
}

fn today() -> NaiveDate {
    Local::now().date_naive()
}

/// Three exercise days that leave out today, tomorrow and the day after a week: `wed,fri,sun`
/// style names of today + 2, + 4 and + 6 days.
fn days_without_today() -> String {
    [2, 4, 6]
        .map(|n| {
            (today() + Duration::days(n))
                .weekday()
                .to_string()
                .to_lowercase()
        })
        .join(",")
}

/// Starts core-hip-strength today on days that make today a rest day.
fn started() -> Folders {
    let folders = Folders::new();
    let (code, _, err) = folders.run(&[
        "start",
        "core-hip-strength",
        "--days",
        &days_without_today(),
    ]);
    assert_eq!(code, 0, "{err}");
    folders
}

#[test]
fn a_rest_day_names_the_walk_and_a_logged_walk_counts() {
    let folders = started();
    let (code, out, _) = folders.run(&["today"]);
    assert_eq!(code, 0);
    assert!(
        out.contains("Rest day from exercises. Today: walk 10 minutes."),
        "{out}"
    );
    assert!(out.contains("kern log --walked 10"), "{out}");
    let (_, out, _) = folders.run_in("nl", &["today"]);
    assert!(
        out.contains("Rustdag zonder oefeningen. Vandaag: 10 minuten wandelen."),
        "{out}"
    );

    let (code, out, err) = folders.run(&["log", "--walked", "6"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains(&format!("Walked 6 minutes on {}", today())),
        "{out}"
    );
    let yesterday = (today() - Duration::days(1)).to_string();
    let (code, _, err) = folders.run(&["log", "--walked", "25", "--on", &yesterday]);
    assert_eq!(code, 0, "{err}");

    // Each walk is an entry of its own kind, for its own day.
    let mut walks = folders.walks();
    walks.sort_by_key(|w| w.on);
    let days: Vec<(String, u32)> = walks
        .iter()
        .map(|w| (w.on.to_string(), w.minutes))
        .collect();
    assert_eq!(days, [(yesterday.clone(), 25), (today().to_string(), 6)]);
    assert!(walks.iter().all(|w| w.kind == ActivityKind::Walking));

    // Only today's minutes count for today.
    let (_, out, _) = folders.run(&["today"]);
    assert!(out.contains("Walked today: 6 of 10 minutes."), "{out}");
    let (_, json, _) = folders.run(&["today", "--json"]);
    let day: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(day["status"], "rest-day");
    assert_eq!(day["activity"]["kind"], "walking");
    assert_eq!(day["activity"]["minutes"], 10);
    assert_eq!(day["activity"]["done"], 6);

    let (_, out, _) = folders.run(&["journal"]);
    assert!(
        out.contains(&format!("walked 25 min on {yesterday}")),
        "{out}"
    );
    let (_, csv, _) = folders.run(&["export", "--format", "csv"]);
    assert!(
        csv.lines()
            .any(|l| l.contains(",activity,walking-minutes,6,") && l.contains(&today().to_string())),
        "{csv}"
    );
}

#[test]
fn the_walk_grows_by_the_week_on_later_rest_days() {
    let folders = started();
    // A week and a day later: a rest day again (the exercise days are today + 2, 4 and 6), and
    // the walk has grown by 10% (one minute).
    let later = (today() + Duration::days(8)).to_string();
    let (_, json, _) = folders.run(&["today", "--date", &later, "--json"]);
    let day: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(day["status"], "rest-day", "{json}");
    assert_eq!(day["activity"]["minutes"], 11, "{json}");
    // A session day shows the session, not the walk.
    let session_day = (today() + Duration::days(2)).to_string();
    let (_, json, _) = folders.run(&["today", "--date", &session_day, "--json"]);
    let day: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(day["status"], "session-due", "{json}");
    assert!(day.get("activity").is_none(), "{json}");
}

#[test]
fn a_walk_in_the_future_or_of_no_minutes_is_refused_with_a_sentence() {
    let folders = started();
    let tomorrow = (today() + Duration::days(1)).to_string();
    let (code, _, err) = folders.run(&["log", "--walked", "20", "--on", &tomorrow]);
    assert_eq!(code, 2);
    assert!(err.contains("is in the future"), "{err}");
    let (code, _, err) = folders.run(&["log", "--walked", "0"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("give the minutes you walked, 1 to 600"),
        "{err}"
    );
    let (code, _, err) = folders.run_in("nl", &["log", "--walked", "601"]);
    assert_eq!(code, 2);
    assert!(err.contains("1 tot 600"), "{err}");
    // --on belongs to a walk, --avg to a pain entry.
    assert_eq!(folders.run(&["log", "--on", &tomorrow]).0, 2);
    assert_eq!(folders.run(&["log", "--avg", "3"]).0, 2);
    assert!(folders.walks().is_empty(), "nothing was written");
    let (code, out, _) = folders.run(&["log", "--help"]);
    assert_eq!(code, 0);
    assert!(
        out.contains("--walked <MINUTES>") && out.contains("--on <DATE>"),
        "{out}"
    );
}

/// A scripted patient over the weeks of core-hip-strength on the plan itself: the rest-day walk
/// grows at most 10% (at least a minute) per 7 days within a phase, is never below what an
/// earlier phase reached, and never above its phase's top.
#[test]
fn over_the_weeks_the_rest_day_walk_grows_gently_and_never_drops() {
    let catalog = Catalog::load(&LoadOptions::shipped_only());
    let program = &catalog.programs["core-hip-strength"].value;
    let start = NaiveDate::from_ymd_opt(2026, 1, 5).unwrap();
    let mut seen: Vec<(NaiveDate, u32)> = Vec::new();
    for offset in 0..i64::from(program.weeks) * 7 {
        let day = start + Duration::days(offset);
        let (kind, minutes) = kern::plan::activity_on(program, start, day).unwrap_or_else(|| {
            panic!("every phase of core-hip-strength prescribes walking ({day})")
        });
        assert_eq!(kind, ActivityKind::Walking);
        if let Some((_, last)) = seen.last() {
            assert!(minutes >= *last, "{day}: {last} → {minutes}");
        }
        let week_ago = seen.iter().find(|(d, _)| day - *d == Duration::days(7));
        if let Some((_, then)) = week_ago {
            assert!(
                minutes <= then + (then / 10).max(1)
                    || minutes == program_floor(program, start, day),
                "{day}: {then} a week before, {minutes} now"
            );
        }
        seen.push((day, minutes));
    }
    assert_eq!(
        kern::plan::activity_on(program, start, start + Duration::days(56)),
        None
    );
    let minutes: Vec<u32> = seen.iter().step_by(7).map(|(_, m)| *m).collect();
    assert_eq!(minutes, [10, 11, 15, 16, 17, 20, 22, 24], "week by week");
}

/// The minutes a phase writes for the phase `day` falls in (a new phase may ask for more than a
/// week's growth: it is the therapist's step, not the weekly rule's).
fn program_floor(program: &kern::model::Program, start: NaiveDate, day: NaiveDate) -> u32 {
    let week = u32::try_from((day - start).num_days() / 7).unwrap() + 1;
    program
        .phases
        .iter()
        .find(|p| p.weeks[0] <= week && week <= p.weeks[1])
        .and_then(|p| p.activity.as_ref())
        .map_or(0, |a| a.minutes)
}
