//! `kern report`: the report for the physiotherapist, from the scripted demo journal in
//! `tests/demo/` (five weeks of "Trunk and hip strength" with a partial session, a missed week, a
//! flare-up, pain falling from 6 to 3, three function scores, two red-flag screens and a global
//! rating). The tests check the report's numbers and sentences in both formats and languages, the
//! command's file handling, and that `docs/sample-report.html` and `docs/sample-report.md` are
//! what this kern makes of the demo (`UPDATE_GOLDEN=1` rewrites them).

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
mod demo;

use std::path::PathBuf;

use chrono::NaiveDate;
use common::CATALOG;
use kern::i18n::I18n;
use kern::journal::{Change, SessionStatus};
use kern::model::Lang;
use kern::report::{self, Format, Input, Report};

fn date(month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, month, day).unwrap()
}

fn gather(since: Option<NaiveDate>) -> Report {
    gather_from(&demo::entries(), since)
}

/// The report of `entries` up to the demo's last day, as the demo's "now" sees them.
fn gather_from(entries: &[kern::journal::Entry], since: Option<NaiveDate>) -> Report {
    report::gather(&Input {
        entries,
        catalog: &CATALOG,
        since,
        until: Some(demo::until()),
        now: demo::now(),
        unreadable: 0,
    })
}

fn render(report: &Report, lang: Lang, format: Format) -> String {
    report::render(report, &I18n::new(lang), &CATALOG, format)
}

#[test]
fn sessions_planned_done_partial_and_missed_follow_the_script() {
    let r = gather(None);
    assert_eq!((r.from, r.until), (demo::start(), demo::until()));
    let weeks: Vec<(u32, NaiveDate, u32, u32, u32, u32)> = r
        .adherence
        .weeks
        .iter()
        .map(|w| (w.number, w.monday, w.planned, w.done, w.partial, w.missed))
        .collect();
    assert_eq!(
        weeks,
        [
            (1, date(10, 5), 3, 3, 0, 0),
            (2, date(10, 12), 3, 2, 1, 0),
            (3, date(10, 19), 3, 0, 0, 3),
            (4, date(10, 26), 3, 3, 0, 0),
            (5, date(11, 2), 3, 1, 1, 1),
        ]
    );
    let a = &r.adherence;
    assert_eq!(
        (a.planned(), a.done(), a.partial(), a.missed()),
        (15, 9, 2, 4)
    );
    assert_eq!(a.percent(), Some(73));
    assert_eq!(a.weeks[1].effort, Some(5.0));
    assert_eq!(a.weeks[2].effort, None);
    let program = r.program.as_ref().unwrap();
    assert_eq!((program.completed, program.total_sessions()), (9, 24));
    assert_eq!(r.sessions.len(), 11);
    let partial: Vec<NaiveDate> = r
        .sessions
        .iter()
        .filter(|s| s.status == SessionStatus::Partial)
        .map(|s| s.date)
        .collect();
    assert_eq!(partial, [date(10, 14), date(11, 4)]);
    assert_eq!(
        (r.sessions[4].exercises_done, r.sessions[4].exercises),
        (1, 7)
    );
    assert_eq!(r.sessions[4].pain_during, Some(6));
    assert_eq!(r.effort.summary(), Some((4.545454545454546, 4, 5)));
}

#[test]
fn a_later_start_counts_only_its_weeks() {
    let r = gather(Some(date(10, 26)));
    assert_eq!(r.from, date(10, 26));
    let a = &r.adherence;
    assert_eq!(
        (a.planned(), a.done(), a.partial(), a.missed()),
        (6, 4, 1, 1)
    );
    assert_eq!(a.weeks[0].number, 4);
    assert_eq!(r.sessions.len(), 5);
    // The program's start lies before the period, and still names the program.
    assert_eq!(r.program.as_ref().unwrap().start_date, demo::start());
}

#[test]
fn pain_falls_from_six_to_three_a_meaningful_change() {
    let r = gather(None);
    let change = r.pain.change.unwrap();
    assert_eq!((change.start, change.now), (6.0, 3.0));
    assert!(change.meaningful);
    assert!((r.pain.meaningful_level().unwrap() - 4.2).abs() < 1e-9);
    let weekly: Vec<String> = r
        .pain
        .weeks
        .iter()
        .map(|w| format!("{:.1}", w.mean.unwrap()))
        .collect();
    assert_eq!(weekly, ["6.0", "5.0", "6.3", "4.0", "3.0"]);
    assert_eq!(r.pain.weeks[2].high, Some(8.0));
    assert_eq!(r.pain.before.len(), 11);
    assert_eq!(r.pain.after.first(), Some(&(date(10, 5), 5)));
    assert_eq!(r.pain.daily.len(), 35);
    let flares: Vec<(NaiveDate, NaiveDate)> = r
        .flare_ups
        .iter()
        .map(|f| (f.recognised, f.until))
        .collect();
    assert_eq!(flares, [(date(10, 22), date(10, 29))]);
}

#[test]
fn function_rises_meaningfully_on_the_mean_and_on_one_activity() {
    let r = gather(None);
    let f = &r.function;
    let means: Vec<String> = f
        .scorings
        .iter()
        .map(|s| format!("{:.2}", s.mean))
        .collect();
    assert_eq!(means, ["3.00", "4.00", "5.33"]);
    let change = f.change.unwrap();
    assert_eq!(change.start, 3.0);
    assert!(change.meaningful);
    let activities: Vec<(&str, f64, bool)> = f
        .activities
        .iter()
        .map(|a| {
            let c = a.change().unwrap();
            (a.name.as_str(), c.difference(), c.meaningful)
        })
        .collect();
    assert_eq!(
        activities,
        [
            ("Putting on socks", 3.0, true),
            ("Gardening for an hour", 2.0, false),
            ("Sitting through a film", 2.0, false),
        ]
    );
    assert_eq!(r.ratings.len(), 1);
    assert_eq!((r.ratings[0].rating, r.ratings[0].week), (4, Some(5)));
    assert!(r.ratings[0].much_better());
}

#[test]
fn red_flags_and_notes_are_all_there() {
    let r = gather(None);
    let screens: Vec<(NaiveDate, usize, usize)> = r
        .red_flags
        .screens
        .iter()
        .map(|s| (s.date, s.answered, s.present.len()))
        .collect();
    assert_eq!(screens, [(date(10, 5), 11, 0), (date(10, 26), 11, 0)]);
    assert_eq!(r.red_flags.weekly_no, 4);
    assert_eq!(r.red_flags.weekly_yes, [date(10, 26)]);
    let notes: Vec<&str> = r.notes.iter().map(|n| n.text.as_str()).collect();
    assert_eq!(
        notes,
        [
            "Stiff after a long car drive",
            "Stopped: the bird-dog hurt today",
            "Carried boxes all weekend when moving house",
            "Ran out of time before dinner",
        ]
    );
}

#[test]
fn every_decision_reads_as_a_sentence_with_its_reason() {
    let r = gather(None);
    let changes: Vec<Change> = r.decisions.iter().map(|d| d.decision.change).collect();
    assert!(changes.contains(&Change::Progress));
    assert!(changes.contains(&Change::Regress));
    assert_eq!(changes.iter().filter(|c| **c == Change::FlareUp).count(), 7);
    assert!(r.routine_holds > 0);
    let md = render(&r, Lang::En, Format::Markdown);
    for sentence in [
        "Bird-dog: 2 × 6 per side, hold each 5 s, rest 30 s → 2 × 8 per side, hold each 5 s, rest 30 s",
        "Last 2 sessions all sets done, pain during at most 3/10, effort at most 4/10, next mornings settled.",
        "McGill curl-up: 5-3-1 → 6-4-2 (one more in each set)",
        "Bird-dog: 2 × 8 per side, hold each 5 s, rest 30 s → 2 × 6 per side, hold each 5 s, rest 30 s",
        "Pain during went above 5/10 (it was 6/10).",
        "Brisk walking: stays at 12 min 10 s",
        "A flare-up: the volume is 50% for a while; keep walking.",
    ] {
        assert!(md.contains(sentence), "missing {sentence:?} in\n{md}");
    }
    assert!(
        md.contains("|  | Bird-dog: 2 × 8 per side, hold each 5 s, rest 30 s → 2 × 6 per side"),
        "{md}"
    );
}

#[test]
fn markdown_has_the_numbers_and_the_sentences() {
    let md = render(&gather(None), Lang::En, Format::Markdown);
    for expected in [
        "# Report for the physiotherapist",
        "2026-10-05 to 2026-11-08 · Trunk and hip strength",
        "Planned 15, done 9, partly done 2, missed 4: 73% of the planned sessions were done",
        "| wk 2 | 2026-10-12 | 3 | 2 | 1 | 0 | 5.0 |",
        "| wk 3 | 2026-10-19 | 3 | 0 | 0 | 3 | – |",
        "| **Total** |  | **15** | **9** | **2** | **4** | **4.5** |",
        "Average pain fell from 6.0 to 3.0 out of 10 (3.0 points, 50%): a meaningful change (2 points or 30%).",
        "| wk 3 | 2026-10-19 | 6.3 | 5.0–8.0 | – | – |",
        "rose from 3.0 to 5.3 out of 10 (2.3 points): a meaningful change",
        "| Putting on socks | 3 | 4 | 6 | +3 (meaningful) |",
        "| Gardening for an hour | 4 | 5 | 6 | +2 |",
        "| 2026-11-06 | wk 5 | +4 (much better) |",
        "Flare-up recognised on 2026-10-22: sessions at 50% volume until 2026-10-29.",
        "2026-10-26: 11 questions answered, none with yes (clear).",
        "answered no 4 times, yes once (2026-10-26).",
        "| 2026-10-14 | 1 | partial | 15 | 5 | 6 | 4 | 5 | 1/7 |",
        "| 2026-10-20 | check-in | Carried boxes all weekend when moving house |",
        "Effort after sessions: mean 4.5 out of 10 (from 4 to 5) over 11 sessions.",
    ] {
        assert!(md.contains(expected), "missing {expected:?} in\n{md}");
    }
    assert!(!md.contains("<svg"));
    assert!(!md.contains("report-"), "an unresolved message id:\n{md}");
}

#[test]
fn html_is_one_self_contained_page_for_screen_and_a4() {
    let html = render(&gather(None), Lang::En, Format::Html);
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
    assert!(html.contains("@page { size: A4; margin: 15mm; }"));
    assert!(html.contains("@media print"));
    // Three charts, and the figure of each exercise whose dose changed.
    let exercise_figures = html.matches("<figure class=\"exercise\">").count();
    assert!(exercise_figures >= 1, "figures beside the dose changes");
    assert_eq!(
        html.matches("<svg ").count(),
        3 + exercise_figures,
        "three charts and the exercises' figures"
    );
    for banned in [
        "<script", "<link", "<img", "src=", "href=", "url(", "@import",
    ] {
        assert!(!html.contains(banned), "{banned} in the page");
    }
    let outside: Vec<&str> = html
        .match_indices("http")
        .map(|(i, _)| &html[i..(i + 30).min(html.len())])
        .filter(|s| !s.starts_with("http://www.w3.org/2000/svg"))
        .collect();
    assert!(outside.is_empty(), "{outside:?}");
    assert!(html.contains("Average pain fell from 6.0 to 3.0 out of 10"));
    assert!(html.contains("<td class=\"num\">73</td>") || html.contains("73% of the planned"));
    assert!(html.contains("Carried boxes all weekend when moving house"));
    assert!(html.contains("class=\"key\""), "legends");
}

#[test]
fn the_report_speaks_flemish_dutch() {
    let r = gather(None);
    let md = render(&r, Lang::Nl, Format::Markdown);
    for expected in [
        "# Verslag voor de kinesitherapeut",
        "2026-10-05 tot en met 2026-11-08 · ",
        "Gepland 15, gedaan 9, deels gedaan 2, gemist 4: 73% van de geplande sessies",
        "De gemiddelde pijn daalde van 6,0 naar 3,0 op 10 (3,0 punten, 50%): een betekenisvolle verandering",
        "| wk 3 | 2026-10-19 | 6,3 | 5,0–8,0 | – | – |",
        "| Putting on socks | 3 | 4 | 6 | +3 (betekenisvol) |",
        "Opstoot vastgesteld op 2026-10-22",
        "+4 (veel beter)",
        "niets gevonden",
        "De pijn tijdens het oefenen ging boven 5/10 (ze was 6/10).",
        "**Gekozen dagen:** maandag, woensdag, vrijdag",
    ] {
        assert!(md.contains(expected), "missing {expected:?} in\n{md}");
    }
    assert!(!md.contains("report-"), "an unresolved message id:\n{md}");
    let html = render(&r, Lang::Nl, Format::Html);
    assert!(html.contains("<html lang=\"nl\">"));
    assert!(html.contains("pijn per dag"), "the legend in Dutch");
}

#[test]
fn an_empty_journal_says_so_instead_of_drawing_nothing() {
    let r = report::gather(&Input {
        entries: &[],
        catalog: &CATALOG,
        since: None,
        until: None,
        now: demo::now(),
        unreadable: 2,
    });
    let html = render(&r, Lang::En, Format::Html);
    assert!(!html.contains("<svg"));
    for expected in [
        "No pain noted in this period: nothing to draw.",
        "No function score in this period: nothing to draw.",
        "No program was followed, so no sessions were planned.",
        "No red-flag questions were answered in this period.",
        "2 journal files could not be read and are left out.",
    ] {
        assert!(html.contains(expected), "missing {expected:?}");
    }
    let md = render(&r, Lang::Nl, Format::Markdown);
    assert!(md.contains("In deze periode werd geen pijn genoteerd."));
}

#[test]
fn the_command_prints_writes_and_never_overwrites_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let kern = demo::kern_with_demo(dir.path());
    let out = kern()
        .args(["report", "--until", "2026-11-08", "--format", "md"])
        .assert()
        .success();
    let md = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(
        md.contains("| wk 5 | 2026-11-02 | 3 | 1 | 1 | 1 | 4.0 |"),
        "{md}"
    );
    kern()
        .args(["report", "--until", "2026-11-08", "--out", "report.html"])
        .assert()
        .success()
        .stdout(predicates::str::contains("Wrote the report to report.html"));
    let html = std::fs::read_to_string(dir.path().join("report.html")).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    std::fs::write(dir.path().join("mine.md"), "keep me").unwrap();
    kern()
        .args(["report", "--out", "mine.md"])
        .assert()
        .code(1)
        .stderr(predicates::str::contains("already exists"));
    assert_eq!(
        std::fs::read_to_string(dir.path().join("mine.md")).unwrap(),
        "keep me"
    );
    kern()
        .args(["report", "--out", "mine.md", "--force", "--lang", "nl"])
        .assert()
        .success();
    let replaced = std::fs::read_to_string(dir.path().join("mine.md")).unwrap();
    assert!(
        replaced.starts_with("# Verslag voor de kinesitherapeut"),
        "{replaced}"
    );
    let mut names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        ["data", "mine.md", "report.html"],
        "no temporary files left"
    );
    kern()
        .args(["report", "--since", "2026-11-01", "--until", "2026-10-01"])
        .assert()
        .code(2);
}

/// Compares a sample in `docs/` with what this kern makes (`UPDATE_GOLDEN=1` writes it).
fn check_sample(name: &str, text: &str) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("docs")
        .join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some_and(|v| v == "1") {
        std::fs::write(&path, text).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == text,
        "docs/{name} is not what kern makes of the demo journal; run \
         `UPDATE_GOLDEN=1 cargo test --test report` and look at the difference"
    );
}

#[test]
fn the_samples_in_docs_are_current() {
    let r = gather(None);
    check_sample("sample-report.html", &render(&r, Lang::En, Format::Html));
    check_sample("sample-report.md", &render(&r, Lang::En, Format::Markdown));
}

/// The demo with a fall answered on 4 November, and a physiotherapist's check recorded on
/// `cleared` (none: the program stays paused).
fn gather_with_a_fall(cleared: Option<NaiveDate>) -> Report {
    use kern::journal::{Body, Entry, EntryKind, RedFlagAnswer, new_id};
    use kern::safety::{self, Clearance, Clinician, RedFlag};
    let mut rng = fastrand::Rng::with_seed(7);
    let mut entries = demo::entries();
    let answered = common::at(date(11, 4), 8, 0);
    let answers = RedFlag::ALL
        .into_iter()
        .map(|flag| RedFlagAnswer {
            flag,
            present: flag == RedFlag::Trauma,
        })
        .collect();
    let screen = Entry::new(
        new_id(answered, EntryKind::RedFlags, &mut rng),
        answered,
        answered,
        Body::RedFlags(safety::screen(answers)),
    );
    let screen_id = screen.id.clone();
    entries.push(screen);
    if let Some(day) = cleared {
        let at = common::at(day, 19, 0);
        entries.push(Entry::new(
            new_id(at, EntryKind::Cleared, &mut rng),
            at,
            at,
            Body::Cleared(Clearance {
                checked_on: date(11, 5),
                by: Some(Clinician::Physio),
                clears: Some(screen_id),
                note: Some("Bruise only\u{1b}[2J".into()),
            }),
        ));
    }
    entries.sort_by_key(|e| e.at);
    gather_from(&entries, None)
}

#[test]
fn a_clinicians_check_is_in_the_red_flag_section_and_a_pause_that_holds_is_said() {
    let paused = gather_with_a_fall(None);
    let lock = paused.red_flags.locked.as_ref().expect("paused at the end");
    assert_eq!(lock.since, date(11, 4));
    let md = render(&paused, Lang::En, Format::Markdown);
    assert!(md.contains("The program is paused since"), "{md}");

    let cleared = gather_with_a_fall(Some(date(11, 6)));
    assert_eq!(cleared.red_flags.locked, None);
    assert_eq!(cleared.red_flags.clearances.len(), 1);
    let c = &cleared.red_flags.clearances[0];
    assert_eq!((c.recorded, c.checked_on), (date(11, 6), date(11, 5)));
    for (lang, words) in [
        (Lang::En, "Cleared by a physiotherapist on"),
        (Lang::Nl, "Vrijgegeven door een kinesitherapeut op"),
    ] {
        for format in [Format::Markdown, Format::Html] {
            let text = render(&cleared, lang, format);
            assert!(text.contains(words), "{lang:?} {format:?}: {text}");
            assert!(!text.contains("paused since") && !text.contains("gepauzeerd sinds"));
            assert!(text.contains("Bruise only"), "the note is there");
            assert!(!text.contains('\u{1b}'), "and neutralised");
        }
    }
}

#[test]
fn walks_on_rest_days_are_counted_in_both_languages() {
    let mut entries = demo::entries();
    let mut rng = fastrand::Rng::with_seed(5);
    for (day, minutes) in [(27, 20), (28, 15), (28, 10)] {
        let record = kern::journal::ActivityRecord {
            kind: kern::model::ActivityKind::Walking,
            on: date(10, day),
            minutes,
            note: None,
        };
        entries
            .push(kern::journal::activity::activity_entry(record, demo::now(), &mut rng).unwrap());
    }
    let r = gather_from(&entries, None);
    assert_eq!((r.walking.days, r.walking.minutes), (2, 45));
    let en = render(&r, Lang::En, Format::Markdown);
    assert!(
        en.contains(
            "Walks recorded (the daily activity of rest days): 45 minutes in all, on 2 days."
        ),
        "{en}"
    );
    let nl = render(&r, Lang::Nl, Format::Html);
    assert!(nl.contains("45 minuten in totaal, op 2 dagen"), "{nl}");
    // Without walks the sentence is left out.
    assert!(!render(&gather(None), Lang::En, Format::Markdown).contains("Walks recorded"));
}

#[test]
fn adverse_events_are_listed_with_what_how_bad_and_who_recorded_them() {
    use kern::journal::{Body, Entry, EntryKind, Score, new_id};
    use kern::safety::{AdverseEvent, AdverseKind, RecordedBy, Severity};
    let none = gather(None);
    assert!(none.adverse_events.is_empty());
    let md = render(&none, Lang::En, Format::Markdown);
    assert!(md.contains("No adverse events were recorded"), "{md}");

    let mut rng = fastrand::Rng::with_seed(9);
    let mut entries = demo::entries();
    let at = common::at(date(10, 14), 18, 20);
    entries.push(Entry::new(
        new_id(at, EntryKind::AdverseEvent, &mut rng),
        at,
        at,
        Body::AdverseEvent(AdverseEvent {
            what: AdverseKind::PainDuringExercise,
            severity: Severity::Moderate,
            recorded_by: RecordedBy::Coach,
            exercise: Some("bird-dog".into()),
            pain: Score::new(7),
            note: None,
        }),
    ));
    entries.sort_by_key(|e| e.at);
    let r = gather_from(&entries, None);
    assert_eq!(r.adverse_events.len(), 1);
    let md = render(&r, Lang::En, Format::Markdown);
    assert!(
        md.contains("2026-10-14: pain during an exercise above the agreed limit (moderate), during Bird-dog, pain 7/10 (recorded by the coach)"),
        "{md}"
    );
    let nl = render(&r, Lang::Nl, Format::Html);
    assert!(nl.contains("Ongewenste voorvallen"), "{nl}");
    assert!(nl.contains("(matig)"), "{nl}");
}
