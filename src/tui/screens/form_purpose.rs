//! What each form is for, how it is built, and what happens when it is answered: the entries it
//! writes and the screen that comes next.

use crate::coach::{self, Action, Answers, Coach, CoachEvent, Kind, Question, Setup};
use crate::i18n::Msg;
use crate::journal::checkpoint::Checkpoint;
use crate::journal::{
    ActivityScore, Body, CheckIn, CheckInContext, Entry, EntryKind, FunctionScore, GlobalRating,
    RedFlagAnswer, Score, new_id,
};
use crate::model::Weekday;
use crate::plan::MeasureDue;

use super::super::app::{App, Screen};
use super::super::form::Form;
use super::player::Player;

/// Where to go after the red-flag questions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Then {
    /// Home.
    Home,
    /// The first run's program choice.
    FirstRunProgram,
}

/// What a form is for.
#[derive(Debug)]
pub enum Purpose {
    /// The red-flag questions.
    RedFlags(Then),
    /// "Has a clinician checked you?" after a see-a-doctor answer.
    ClinicianCheck(Vec<RedFlagAnswer>, Then),
    /// Before a session: the coach waits for the check-in.
    CheckIn(Box<Coach>),
    /// After a session: the player waits inside.
    CheckOut(Box<Player>),
    /// After the check-out: which exercise(s) hurt (the check-out's answers kept).
    HurtWhich(Box<Player>, Answers),
    /// A quick pain-diary entry.
    PainLog,
    /// The function score on the patient's activities.
    Function(Vec<String>),
    /// The global rating of change at a week.
    GlobalRating(u32),
    /// First run: activities for the function score.
    Activities(String, Vec<Weekday>),
    /// First run: the usual pain, then enrol.
    Baseline(String, Vec<Weekday>, Vec<String>),
    /// A session cut off earlier: resume it?
    Resume(Box<Checkpoint>),
}

/// The red-flag questions.
pub fn red_flags_form(app: &App, then: Then) -> Screen {
    let questions = coach::safety::screen_questions(&app.history.screening);
    Screen::Form(
        Box::new(Form::new(Msg::new("form-red-flags"), questions)),
        Purpose::RedFlags(then),
    )
}

/// The quick pain log.
pub fn pain_log_form() -> Screen {
    Screen::Form(
        Box::new(Form::new(
            Msg::new("form-pain-log"),
            coach::forms::pain_log(),
        )),
        Purpose::PainLog,
    )
}

/// Opens the form for a measure that is due.
pub fn open_measure(app: &mut App, due: &MeasureDue) {
    let screen = match due {
        MeasureDue::Function => {
            let activities = app
                .history
                .enrolment
                .as_ref()
                .map(|e| e.activities.clone())
                .unwrap_or_default();
            if activities.is_empty() {
                app.status = Some(app.i18n.text("form-no-activities"));
                return;
            }
            let questions = activities
                .iter()
                .enumerate()
                .map(|(i, a)| {
                    Question::new(
                        activity(i),
                        Msg::new("form-function-activity").arg("activity", a.as_str()),
                        Kind::Score,
                    )
                    .hint(Msg::new("form-function-hint"))
                })
                .collect();
            Screen::Form(
                Box::new(Form::new(Msg::new("form-function"), questions)),
                Purpose::Function(activities),
            )
        }
        MeasureDue::GlobalRating { week } => {
            let question = Question::new(
                "rating",
                Msg::new("form-global-rating-question"),
                Kind::Rating,
            )
            .hint(Msg::new("form-global-rating-hint"));
            Screen::Form(
                Box::new(Form::new(Msg::new("form-global-rating"), vec![question])),
                Purpose::GlobalRating(*week),
            )
        }
        MeasureDue::RedFlagCheck => red_flags_form(app, Then::Home),
    };
    app.open(screen);
}

/// The name of the answer about the patient's activity number `i` (0-based).
pub fn activity(i: usize) -> String {
    format!("activity_{}", i + 1)
}

/// The session's check-in, which leads into the player: the coach takes the session from here.
pub fn begin_session(app: &mut App) {
    let Some(today) = &app.today else { return };
    let Some(setup) = Setup::for_today(today, &app.history) else {
        return;
    };
    let coach = Coach::new(setup, &app.catalog, &app.data_dir, app.wall, app.mono);
    let form = Form::new(Msg::new("form-check-in"), coach.check_in_questions());
    app.open(Screen::Form(
        Box::new(form),
        Purpose::CheckIn(Box::new(coach)),
    ));
}

/// The question about a session cut off earlier.
pub fn resume_form(saved: Checkpoint) -> Screen {
    let question = coach::resume_question(&saved);
    Screen::Form(
        Box::new(Form::new(Msg::new("form-resume"), vec![question])),
        Purpose::Resume(Box::new(saved)),
    )
}

/// Carries out a finished form, reading its answers by name.
pub fn finish(app: &mut App, purpose: Purpose, answers: Answers) {
    let now = app.wall;
    match purpose {
        Purpose::RedFlags(then) => {
            // A screen is saved only whole: a missing answer is never taken for "no".
            let Some(flags) = coach::safety::screen_answers(&app.history.screening, &answers)
            else {
                let form = red_flags_form(app, then);
                app.replace(form);
                return;
            };
            if coach::safety::needs_doctor(&flags) {
                app.replace(Screen::Form(
                    Box::new(Form::new(
                        Msg::new("form-red-flags"),
                        vec![coach::safety::clinician_checked_question()],
                    )),
                    Purpose::ClinicianCheck(flags, then),
                ));
                return;
            }
            save_screen(app, flags, false, then);
        }
        Purpose::ClinicianCheck(flags, then) => {
            let checked = answers
                .yes(coach::safety::CLINICIAN_CHECKED)
                .unwrap_or(false);
            save_screen(app, flags, checked, then);
        }
        Purpose::PainLog => {
            let Some(pain_now) = answers.score("pain_now") else {
                return;
            };
            let body = Body::CheckIn(CheckIn {
                context: CheckInContext::Diary,
                pain_now,
                pain_average: answers.score("pain_average"),
                next_morning: None,
                red_flags_new: None,
                note: answers.text("note"),
            });
            write(app, EntryKind::CheckIn, body);
            app.go_home();
        }
        Purpose::Function(activities) => {
            let week = app.today.as_ref().map(|_| program_week(app));
            let scores = activities
                .into_iter()
                .enumerate()
                .filter_map(|(i, activity)| {
                    Some(ActivityScore {
                        score: answers.score(&self::activity(i))?,
                        activity,
                    })
                })
                .collect();
            write(
                app,
                EntryKind::Function,
                Body::Function(FunctionScore {
                    activities: scores,
                    week,
                }),
            );
            app.go_home();
        }
        Purpose::GlobalRating(week) => {
            let Some(rating) = answers.rating("rating") else {
                return;
            };
            write(
                app,
                EntryKind::GlobalRating,
                Body::GlobalRating(GlobalRating {
                    rating,
                    week: Some(week),
                }),
            );
            app.go_home();
        }
        Purpose::CheckIn(mut coach) => {
            coach.anchor(app.wall, app.mono);
            let events = coach.act(app.mono, Action::CheckIn(answers));
            app.unsaved
                .extend(coach.take_unsaved().into_iter().map(|f| *f.entry));
            app.status = Some(app.i18n.text("tui-saved"));
            for event in &events {
                match event {
                    CoachEvent::NotSaved { reason } => {
                        app.status =
                            Some(app.t(Msg::new("tui-not-saved").arg("reason", reason.as_str())));
                    }
                    CoachEvent::HighPain => app.status = Some(app.i18n.text("checkin-high-pain")),
                    _ => {}
                }
            }
            if events.contains(&CoachEvent::SomethingNew) {
                app.reload();
                app.replace(red_flags_form(app, Then::Home));
                return;
            }
            start_player(app, *coach, events);
        }
        Purpose::CheckOut(player) => match player.coach.hurt_question(&answers) {
            Some(question) => app.replace(Screen::Form(
                Box::new(Form::new(Msg::new("form-check-out"), vec![question])),
                Purpose::HurtWhich(player, answers),
            )),
            None => super::player::finish_session(app, player, answers),
        },
        Purpose::HurtWhich(player, mut check_out) => {
            check_out.extend(answers);
            super::player::finish_session(app, player, check_out);
        }
        Purpose::Activities(program, days) => {
            let activities: Vec<String> = (0..5)
                .filter_map(|i| answers.text(&self::activity(i)))
                .collect();
            let question = Question::pain("usual_pain", "form-baseline");
            app.replace(Screen::Form(
                Box::new(Form::new(Msg::new("form-baseline-title"), vec![question])),
                Purpose::Baseline(program, days, activities),
            ));
        }
        Purpose::Baseline(program, days, activities) => {
            enrol(app, program, days, activities, answers.score("usual_pain"));
            app.go_home();
        }
        Purpose::Resume(saved) => {
            if answers.yes("resume") == Some(true) {
                let mut coach =
                    Coach::resume(&saved, &app.catalog, &app.data_dir, app.wall, app.mono);
                let events = coach.act(app.mono, Action::Start);
                start_player(app, coach, events);
            } else {
                if let Err(failure) = coach::close_cut_off(&app.data_dir, *saved, now, &mut app.rng)
                {
                    app.status = Some(
                        app.t(Msg::new("tui-not-saved").arg("reason", failure.error.to_string())),
                    );
                }
                app.go_home();
            }
        }
    }
}

fn program_week(app: &App) -> u32 {
    app.history.enrolment.as_ref().map_or(1, |e| {
        u32::try_from((app.wall.date_naive() - e.start_date).num_days().max(0) / 7 + 1).unwrap_or(1)
    })
}

fn write(app: &mut App, kind: EntryKind, body: Body) {
    let now = app.wall;
    let entry = Entry::new(new_id(now, kind, &mut app.rng), now, now, body);
    app.save(entry);
}

/// Saves a screen through the coach ([`coach::safety::save_screen`]; "a clinician has already
/// checked this" is recorded as a clearance). Then the lock decides: locked while any alarming
/// answer waits for a check, else on to `then`.
fn save_screen(app: &mut App, answers: Vec<RedFlagAnswer>, clinician_checked: bool, then: Then) {
    let now = app.wall;
    let screened = coach::safety::save_screen(
        &app.journal,
        &app.history.screening,
        answers,
        clinician_checked,
        now,
        &mut app.rng,
    );
    if let Some(failure) = screened.unsaved {
        app.keep_unsaved(failure);
    } else {
        app.status = Some(app.i18n.text("tui-saved"));
    }
    app.reload();
    match screened.lock {
        Some(lock) => app.replace(Screen::Locked(lock.urgency)),
        None => match then {
            Then::Home => app.go_home(),
            Then::FirstRunProgram => {
                app.replace(Screen::FirstRun(super::first_run::FirstRun::at_program()))
            }
        },
    }
}

/// Writes an enrolment (start, or switch when one is in force).
pub fn enrol(
    app: &mut App,
    program: String,
    days: Vec<Weekday>,
    activities: Vec<String>,
    usual_pain: Option<Score>,
) {
    let Some(entry) = app.catalog.programs.get(&program) else {
        return;
    };
    let enrol = coach::Enrol {
        program,
        start_date: app.wall.date_naive(),
        weekdays: days,
        activities,
        usual_pain,
    };
    let entry = coach::enrolment(
        enrol,
        &entry.value,
        app.history.enrolment.is_some(),
        app.wall,
        &mut app.rng,
    );
    app.save(entry);
}

/// The player takes over once the coach has started (or resumed) the session.
fn start_player(app: &mut App, mut coach: Coach, events: Vec<CoachEvent>) {
    coach.set_hands_free(app.settings.hands_free);
    app.back.clear();
    app.replace(Screen::Player(Box::new(Player::new(coach))));
    super::player::after_events(app, events);
    app.transition();
}
