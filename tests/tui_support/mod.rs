//! Helpers for the coach's tests: an app over the shipped catalog in a temporary data folder at a
//! fixed moment, keys and ticks to drive it, drawing it on a test terminal, and journal entries
//! built the way the coach writes them (an enrolment, a red-flag screen, check-ins, function
//! scores, and sessions done as planned, with the plan's own decisions).

#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::path::PathBuf;

use chrono::{DateTime, Duration, FixedOffset, NaiveDate};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use kern::catalog::{Catalog, LoadOptions};
use kern::journal::{
    ActivityScore, Body, CheckIn, CheckInContext, Enrolment, EnrolmentAction, Entry, EntryKind,
    ExerciseRecord, FunctionScore, Journal, NextMorning, RedFlagAnswer, RedFlagScreen, Score,
    SetRecord, Side, new_id,
};
use kern::model::{DoseKind, Lang, Prescription, Weekday};
use kern::plan::{DayStatus, History, today};
use kern::safety::{RedFlag, Urgency};
use kern::session::{CheckOut, session_record};
use kern::tui::settings::Settings;
use kern::tui::{App, Message};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tempfile::TempDir;

/// The fixed "now" of every test: Wednesday 7 January 2026, 09:00 in Central European time.
pub fn now() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2026-01-07T09:00:00+01:00").unwrap()
}

/// A moment on the patient's clock, such as `"2026-01-05T10:00"`.
pub fn at(text: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(&format!("{text}:00+01:00")).unwrap()
}

/// A date such as `"2026-01-05"`.
pub fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

/// The shipped catalog.
pub fn catalog() -> Catalog {
    Catalog::load(&LoadOptions::shipped_only())
}

/// A 0–10 score.
pub fn score(value: i64) -> Score {
    Score::new(value).unwrap()
}

/// A coach in a temporary folder.
pub struct Coach {
    /// The model.
    pub app: App,
    /// The folder that holds `data` and `config`.
    pub dir: TempDir,
}

impl Coach {
    /// A coach on its very first run (no language chosen, nothing in the journal).
    pub fn first_run() -> Coach {
        Coach::start(None, &[])
    }

    /// A coach in `lang` whose journal holds `entries`.
    pub fn with(lang: Lang, entries: &[Entry]) -> Coach {
        Coach::start(Some(lang), entries)
    }

    /// A coach whose settings have `lang` and whose journal holds `entries`.
    pub fn start(lang: Option<Lang>, entries: &[Entry]) -> Coach {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("data");
        let journal = Journal::new(&data);
        for entry in entries {
            journal.write(entry).unwrap();
        }
        let config = dir.path().join("config");
        std::fs::create_dir_all(&config).unwrap();
        let settings = Settings {
            lang,
            ..Settings::default()
        };
        let mut app = App::new(
            lang.unwrap_or(Lang::En),
            catalog(),
            data,
            Some(config),
            settings,
            false,
            now(),
        );
        app.rng = fastrand::Rng::with_seed(7);
        Coach { app, dir }
    }

    /// The coach started again over the same folders (as after leaving and coming back).
    pub fn reopen(coach: Coach) -> Coach {
        let Coach { app, dir } = coach;
        let settings = app.settings.clone();
        let mut app = App::new(
            app.lang,
            catalog(),
            app.data_dir.clone(),
            app.config_dir.clone(),
            settings,
            false,
            now(),
        );
        app.rng = fastrand::Rng::with_seed(8);
        Coach { app, dir }
    }

    /// The data folder.
    pub fn data(&self) -> PathBuf {
        self.dir.path().join("data")
    }

    /// The checkpoint of a session in progress.
    pub fn checkpoint(&self) -> PathBuf {
        self.data().join("in-progress").join("session.toml")
    }

    /// Presses a key.
    pub fn key(&mut self, code: KeyCode) -> &mut Coach {
        self.app
            .update(Message::Key(KeyEvent::new(code, KeyModifiers::NONE)));
        self
    }

    /// Presses a character key.
    pub fn ch(&mut self, c: char) -> &mut Coach {
        self.key(KeyCode::Char(c))
    }

    /// Presses Enter.
    pub fn enter(&mut self) -> &mut Coach {
        self.key(KeyCode::Enter)
    }

    /// Types text (each character a key), without Enter.
    pub fn type_text(&mut self, text: &str) -> &mut Coach {
        for c in text.chars() {
            self.ch(c);
        }
        self
    }

    /// Types an answer and presses Enter.
    pub fn answer(&mut self, text: &str) -> &mut Coach {
        self.type_text(text).enter()
    }

    /// Lets the monotonic clock reach `mono` milliseconds (the wall clock moves with it).
    pub fn tick(&mut self, mono: u64) -> &mut Coach {
        let wall = now() + Duration::milliseconds(i64::try_from(mono).unwrap());
        self.app.update(Message::Tick { mono, wall });
        self
    }

    /// Draws the coach on a `width` × `height` test terminal.
    pub fn draw(&self, width: u16, height: u16) -> TestBackend {
        let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
        terminal
            .draw(|f| kern::tui::screens::view(&self.app, f))
            .unwrap();
        terminal.backend().clone()
    }

    /// Everything in the journal, oldest first.
    pub fn journal(&self) -> Vec<Entry> {
        let mut entries = Journal::new(&self.data())
            .load(&kern::journal::Query::default())
            .entries;
        entries.sort_by_key(|e| e.at);
        entries
    }
}

fn entry(at: DateTime<FixedOffset>, body: Body, rng: &mut fastrand::Rng) -> Entry {
    let kind: EntryKind = body.kind();
    Entry::new(new_id(at, kind, rng), at, at, body)
}

/// A scripted journal: entries in the order they happened, with ids from a fixed seed.
pub struct Script {
    /// The entries so far.
    pub entries: Vec<Entry>,
    rng: fastrand::Rng,
    catalog: Catalog,
}

impl Default for Script {
    fn default() -> Self {
        Script::new()
    }
}

impl Script {
    /// An empty journal.
    pub fn new() -> Script {
        Script {
            entries: Vec::new(),
            rng: fastrand::Rng::with_seed(42),
            catalog: catalog(),
        }
    }

    fn push(&mut self, at: DateTime<FixedOffset>, body: Body) -> &mut Script {
        let e = entry(at, body, &mut self.rng);
        self.entries.push(e);
        self
    }

    /// Starts a program on `start` (at 08:30) with its own weekdays, three activities and a usual
    /// pain of `usual`; a clear red-flag screen goes before it.
    pub fn enrol(&mut self, program: &str, start: &str, usual: i64) -> &mut Script {
        let weekdays: Vec<Weekday> = self.catalog.programs[program].value.weekdays.clone();
        self.enrol_on(program, start, usual, weekdays)
    }

    /// Starts a program on chosen weekdays.
    pub fn enrol_on(
        &mut self,
        program: &str,
        start: &str,
        usual: i64,
        weekdays: Vec<Weekday>,
    ) -> &mut Script {
        self.red_flags(&format!("{start}T08:25"), None);
        let version = self.catalog.programs[program].value.version;
        self.push(
            at(&format!("{start}T08:30")),
            Body::Enrolment(Enrolment {
                action: EnrolmentAction::Start,
                program: program.to_owned(),
                program_version: version,
                start_date: date(start),
                weekdays,
                activities: vec![
                    "Putting on socks".to_owned(),
                    "Gardening for an hour".to_owned(),
                    "Sitting through a film".to_owned(),
                ],
                usual_pain: Some(score(usual)),
                reason: None,
            }),
        )
    }

    /// A red-flag screen: every answer "no", or one flag "yes" (not yet checked by a clinician).
    pub fn red_flags(&mut self, when: &str, flag: Option<RedFlag>) -> &mut Script {
        let answers = RedFlag::ALL
            .iter()
            .map(|f| RedFlagAnswer {
                flag: *f,
                present: Some(*f) == flag,
            })
            .collect();
        let outcome = flag.map_or(Urgency::Clear, |f| kern::safety::outcome([f]));
        self.push(
            at(when),
            Body::RedFlags(RedFlagScreen {
                answers,
                outcome,
                clinician_checked: false,
            }),
        )
    }

    /// Minutes walked, recorded `when` for that day (`kern log --walked N`).
    pub fn walked(&mut self, when: &str, minutes: u32) -> &mut Script {
        self.push(
            at(when),
            Body::Activity(kern::journal::ActivityRecord {
                kind: kern::model::ActivityKind::Walking,
                on: date(&when[..10]),
                minutes,
                note: None,
            }),
        )
    }

    /// A diary check-in.
    pub fn diary(&mut self, when: &str, pain: i64) -> &mut Script {
        self.push(
            at(when),
            Body::CheckIn(CheckIn {
                context: CheckInContext::Diary,
                pain_now: score(pain),
                pain_average: Some(score(pain)),
                next_morning: None,
                red_flags_new: None,
                note: None,
            }),
        )
    }

    /// A function score on the three activities.
    pub fn function(&mut self, when: &str, scores: [i64; 3]) -> &mut Script {
        let names = [
            "Putting on socks",
            "Gardening for an hour",
            "Sitting through a film",
        ];
        let activities = names
            .iter()
            .zip(scores)
            .map(|(a, s)| ActivityScore {
                activity: (*a).to_owned(),
                score: score(s),
            })
            .collect();
        self.push(
            at(when),
            Body::Function(FunctionScore {
                activities,
                week: None,
            }),
        )
    }

    /// A session on `when` as the plan has it that day, every set done: a check-in (pain
    /// `pain`, the last session's next morning settled) ten minutes before, and the check-out
    /// (pain during, effort 4, pain after `pain - 1`). Panics when no session is due then.
    pub fn session(&mut self, when: &str, pain: i64) -> &mut Script {
        let start = at(when);
        let history = History::from_entries(&self.entries);
        let had_sessions = !history.sessions.is_empty();
        let program_id = history.enrolment.as_ref().unwrap().program.clone();
        let program = &self.catalog.programs[&program_id].value;
        let day = today(&self.catalog, &program_id, program, &history, start);
        assert_eq!(
            day.status,
            DayStatus::SessionDue,
            "no session due on {when}"
        );
        let plan = day.session.unwrap();
        self.push(
            start - Duration::minutes(10),
            Body::CheckIn(CheckIn {
                context: CheckInContext::BeforeSession,
                pain_now: score(pain),
                pain_average: Some(score(pain)),
                next_morning: had_sessions.then(|| NextMorning {
                    settled: true,
                    pain: score(pain),
                }),
                red_flags_new: None,
                note: None,
            }),
        );
        let records: Vec<ExerciseRecord> = plan
            .exercises
            .iter()
            .map(|p| performed(&p.exercise, &p.prescription))
            .collect();
        let check_out = CheckOut {
            pain_during_max: Some(score(pain)),
            effort: Some(score(4)),
            pain_after: Some(score((pain - 1).max(0))),
        };
        let record = session_record(
            &plan,
            &records,
            &day.changes,
            true,
            start,
            start + Duration::minutes(30),
            25 * 60 * 1000,
            check_out,
            None,
        );
        self.push(start, Body::Session(Box::new(record)))
    }
}

/// An exercise done in full at its planned dose.
pub fn performed(exercise: &str, planned: &Prescription) -> ExerciseRecord {
    let sides: &[Option<Side>] = if planned.per_side {
        &[Some(Side::Left), Some(Side::Right)]
    } else {
        &[None]
    };
    let mut sets = Vec::new();
    for set in 1..=planned.sets {
        for side in sides {
            sets.push(SetRecord {
                set,
                side: *side,
                reps: planned.reps_in_set(set),
                seconds: match planned.kind {
                    DoseKind::Timed => planned.duration_seconds,
                    _ => planned.hold_seconds,
                },
                breaths: planned.breaths,
            });
        }
    }
    ExerciseRecord {
        exercise: exercise.to_owned(),
        planned: planned.clone(),
        replaced_by: None,
        sets,
        skipped: None,
        pain_during: None,
        effort: None,
    }
}

/// A coach enrolled today in "core-hip-strength" (a session is due), on Home.
pub fn session_day(lang: Lang) -> Coach {
    let mut script = Script::new();
    script.enrol("core-hip-strength", "2026-01-07", 4);
    Coach::with(lang, &script.entries)
}

/// The session's check-in answered (pain 3, average 3): the player, getting ready.
pub fn in_player(lang: Lang) -> Coach {
    let mut coach = session_day(lang);
    coach.enter(); // Start today's session
    coach.answer("3").answer("3");
    coach
}

/// Whether the coach is in the player.
pub fn in_player_now(coach: &Coach) -> bool {
    matches!(coach.app.screen, kern::tui::Screen::Player(_))
}

/// The player's current step, if the player is open.
pub fn step(coach: &Coach) -> Option<kern::session::Step> {
    match &coach.app.screen {
        kern::tui::Screen::Player(p) => Some(p.coach.engine().current().clone()),
        _ => None,
    }
}

/// Presses Enter in the player until `until` holds for the current step (at most 200 times).
pub fn enter_until(coach: &mut Coach, until: impl Fn(&kern::session::Step) -> bool) {
    for _ in 0..200 {
        match step(coach) {
            Some(s) if until(&s) => return,
            Some(_) => {
                coach.enter();
            }
            None => panic!("the player closed before the step was reached"),
        }
    }
    panic!("the step was not reached");
}

/// Runs the session to its check-out as a patient would: every timer runs out (a tick at its
/// deadline), every set of repetitions is confirmed with Enter.
pub fn run_to_check_out(coach: &mut Coach) {
    for _ in 0..500 {
        let remaining = match &coach.app.screen {
            kern::tui::Screen::Player(p) => p.coach.engine().remaining(coach.app.mono),
            _ => return,
        };
        match remaining {
            Some(ms) => {
                let at = coach.app.mono + ms;
                coach.tick(at);
            }
            None => {
                coach.enter();
            }
        }
    }
    panic!("the session did not reach its check-out");
}

/// The player in the first hold (side plank on knees), 4.2 s into it.
pub fn in_hold(lang: Lang) -> Coach {
    let mut coach = in_player(lang);
    enter_until(&mut coach, |s| {
        matches!(
            s,
            kern::session::Step::Work {
                work: kern::session::Work::Hold { .. },
                ..
            }
        )
    });
    let at = coach.app.mono + 4_200;
    coach.tick(at);
    coach
}
