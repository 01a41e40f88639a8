//! What each form is for, how it is built, and what happens when it is answered: the entries it
//! writes and the screen that comes next.

use crate::i18n::Msg;
use crate::journal::checkpoint::{self, Checkpoint};
use crate::journal::{
    ActivityScore, Body, CheckIn, CheckInContext, Decision, Enrolment, EnrolmentAction, Entry,
    EntryKind, FunctionScore, GlobalRating, NextMorning, Rating, RedFlagAnswer, RedFlagScreen,
    Score, new_id,
};
use crate::model::Weekday;
use crate::plan::{MeasureDue, SessionPlan};
use crate::safety::{RedFlag, Urgency, outcome};
use crate::session::{Engine, session_exercises};

use super::super::app::{App, Screen};
use super::super::form::{Answer, Form, Kind, Question};
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
#[derive(Debug, Clone)]
pub enum Purpose {
    /// The red-flag questions.
    RedFlags(Then),
    /// "Has a clinician checked you?" after a see-a-doctor answer.
    ClinicianCheck(Vec<RedFlagAnswer>, Then),
    /// Before a session.
    CheckIn(Box<SessionPlan>, Vec<Decision>, bool),
    /// After a session: the player waits inside.
    CheckOut(Box<Player>),
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

fn score(id: &'static str) -> Question {
    Question::new(Msg::new(id), Kind::Number { min: 0, max: 10 }).hint(Msg::new("form-pain-hint"))
}

/// The red-flag questions.
pub fn red_flags_form(_app: &App, then: Then) -> Screen {
    let questions = RedFlag::ALL
        .iter()
        .map(|f| Question::new(Msg::new(format!("red-flag-{}", f.id())), Kind::YesNo))
        .collect();
    Screen::Form(
        Box::new(Form::new(Msg::new("form-red-flags"), questions)),
        Purpose::RedFlags(then),
    )
}

/// The quick pain log.
pub fn pain_log_form() -> Screen {
    let questions = vec![
        score("checkin-pain-now"),
        score("checkin-pain-average"),
        Question::new(Msg::new("checkout-note"), Kind::Text { optional: true }),
    ];
    Screen::Form(
        Box::new(Form::new(Msg::new("form-pain-log"), questions)),
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
                .map(|a| {
                    Question::new(
                        Msg::new("form-function-activity").arg("activity", a.as_str()),
                        Kind::Number { min: 0, max: 10 },
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
                Msg::new("form-global-rating-question"),
                Kind::Number { min: -5, max: 5 },
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

/// The session's check-in, which leads into the player.
pub fn begin_session(app: &mut App) {
    let Some(today) = &app.today else { return };
    let Some(plan) = today.session.clone() else {
        return;
    };
    let decisions = today.changes.clone();
    let ask_flags = today.measures_due.contains(&MeasureDue::RedFlagCheck);
    let mut questions = vec![score("checkin-pain-now"), score("checkin-pain-average")];
    let ask_morning = !app.history.sessions.is_empty();
    if ask_morning {
        questions.push(Question::new(
            Msg::new("checkin-morning-settled"),
            Kind::YesNo,
        ));
        questions.push(score("checkin-morning-pain"));
    }
    if ask_flags {
        questions.push(Question::new(Msg::new("checkin-anything-new"), Kind::YesNo));
    }
    let form = Form::new(Msg::new("form-check-in"), questions);
    app.open(Screen::Form(
        Box::new(form),
        Purpose::CheckIn(Box::new(plan), decisions, ask_morning),
    ));
}

/// The question about a session cut off earlier.
pub fn resume_form(app: &App, saved: Checkpoint) -> Screen {
    let sets: usize = saved.session.exercises.iter().map(|e| e.sets.len()).sum();
    let question = Question::new(
        Msg::new("plain-resume")
            .arg("date", saved.session.planned_date.to_string())
            .num("sets", sets as i64),
        Kind::YesNo,
    );
    let _ = app;
    Screen::Form(
        Box::new(Form::new(Msg::new("form-resume"), vec![question])),
        Purpose::Resume(Box::new(saved)),
    )
}

fn answer_score(answers: &[Answer], i: usize) -> Option<Score> {
    answers.get(i).and_then(Answer::number).and_then(Score::new)
}

/// Carries out a finished form.
pub fn finish(app: &mut App, purpose: Purpose, answers: Vec<Answer>) {
    let now = app.wall;
    match purpose {
        Purpose::RedFlags(then) => {
            let answers: Vec<RedFlagAnswer> = RedFlag::ALL
                .iter()
                .zip(&answers)
                .map(|(flag, a)| RedFlagAnswer {
                    flag: *flag,
                    present: a.yes().unwrap_or(false),
                })
                .collect();
            let urgency = outcome(answers.iter().filter(|a| a.present).map(|a| a.flag));
            if urgency == Urgency::SeeDoctor {
                let question = Question::new(Msg::new("screen-clinician-checked"), Kind::YesNo)
                    .hint(Msg::new("screen-see-doctor"));
                app.replace(Screen::Form(
                    Box::new(Form::new(Msg::new("form-red-flags"), vec![question])),
                    Purpose::ClinicianCheck(answers, then),
                ));
                return;
            }
            save_screen(app, answers, urgency, false, then);
        }
        Purpose::ClinicianCheck(flags, then) => {
            let checked = answers.first().and_then(Answer::yes).unwrap_or(false);
            save_screen(app, flags, Urgency::SeeDoctor, checked, then);
        }
        Purpose::PainLog => {
            let Some(pain_now) = answer_score(&answers, 0) else {
                return;
            };
            let body = Body::CheckIn(CheckIn {
                context: CheckInContext::Diary,
                pain_now,
                pain_average: answer_score(&answers, 1),
                next_morning: None,
                red_flags_new: None,
                note: answers.get(2).and_then(Answer::text),
            });
            write(app, EntryKind::CheckIn, body);
            app.go_home();
        }
        Purpose::Function(activities) => {
            let week = app.today.as_ref().map(|_| program_week(app));
            let scores = activities
                .into_iter()
                .zip(&answers)
                .filter_map(|(activity, a)| {
                    Some(ActivityScore {
                        activity,
                        score: a.number().and_then(Score::new)?,
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
            let Some(rating) = answers
                .first()
                .and_then(Answer::number)
                .and_then(Rating::new)
            else {
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
        Purpose::CheckIn(plan, decisions, ask_morning) => {
            let (pain_now, pain_average) = (answer_score(&answers, 0), answer_score(&answers, 1));
            let next_morning = ask_morning
                .then(|| {
                    Some(NextMorning {
                        settled: answers.get(2)?.yes()?,
                        pain: answer_score(&answers, 3)?,
                    })
                })
                .flatten();
            let flag_index = if ask_morning { 4 } else { 2 };
            let red_flags_new = answers.get(flag_index).and_then(Answer::yes);
            let Some(pain_now) = pain_now else { return };
            let body = Body::CheckIn(CheckIn {
                context: CheckInContext::BeforeSession,
                pain_now,
                pain_average,
                next_morning,
                red_flags_new,
                note: None,
            });
            write(app, EntryKind::CheckIn, body);
            if red_flags_new == Some(true) {
                app.reload();
                app.replace(red_flags_form(app, Then::Home));
                return;
            }
            start_player(app, *plan, decisions, None);
        }
        Purpose::CheckOut(player) => super::player::finish_session(app, *player, &answers),
        Purpose::Activities(program, days) => {
            let activities: Vec<String> = answers.iter().filter_map(Answer::text).collect();
            let question = score("form-baseline");
            app.replace(Screen::Form(
                Box::new(Form::new(Msg::new("form-baseline-title"), vec![question])),
                Purpose::Baseline(program, days, activities),
            ));
        }
        Purpose::Baseline(program, days, activities) => {
            enrol(app, program, days, activities, answer_score(&answers, 0));
            app.go_home();
        }
        Purpose::Resume(saved) => {
            if answers.first().and_then(Answer::yes) == Some(true) {
                resume_player(app, *saved);
            } else {
                if let Err(failure) =
                    checkpoint::close_as_partial(&app.data_dir, *saved, now, &mut app.rng)
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

fn save_screen(
    app: &mut App,
    answers: Vec<RedFlagAnswer>,
    urgency: Urgency,
    clinician_checked: bool,
    then: Then,
) {
    write(
        app,
        EntryKind::RedFlags,
        Body::RedFlags(RedFlagScreen {
            answers,
            outcome: urgency,
            clinician_checked,
        }),
    );
    app.reload();
    match urgency {
        Urgency::Emergency => app.replace(Screen::Locked(Urgency::Emergency)),
        Urgency::SeeDoctor if !clinician_checked => app.replace(Screen::Locked(Urgency::SeeDoctor)),
        _ => match then {
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
    let action = if app.history.enrolment.is_some() {
        EnrolmentAction::Switch
    } else {
        EnrolmentAction::Start
    };
    let body = Body::Enrolment(Enrolment {
        action,
        program,
        program_version: entry.value.version,
        start_date: app.wall.date_naive(),
        weekdays: days,
        activities,
        usual_pain,
        reason: None,
    });
    write(app, EntryKind::Enrolment, body);
}

fn start_player(
    app: &mut App,
    plan: SessionPlan,
    decisions: Vec<Decision>,
    records: Option<(Vec<crate::journal::ExerciseRecord>, usize)>,
) {
    let stop = app
        .catalog
        .programs
        .get(&plan.program)
        .map_or(5, |p| p.value.progression.session_pain_stop);
    let exercises = session_exercises(&app.catalog, &plan);
    let mut engine = match records {
        Some((records, next)) => Engine::resume(exercises, stop, records, next, app.mono),
        None => Engine::new(exercises, stop),
    };
    engine.ensure_started(app.mono);
    if engine.current() == &crate::session::Step::CheckIn {
        engine.done(app.mono);
    }
    let player = Player::new(engine, plan, decisions, app.wall, app.mono);
    app.back.clear();
    app.replace(Screen::Player(Box::new(player)));
    app.transition();
}

fn resume_player(app: &mut App, saved: Checkpoint) {
    let plan = SessionPlan::from_record(&saved.session);
    let records = saved.session.exercises.clone();
    start_player(
        app,
        plan,
        saved.session.decisions.clone(),
        Some((records, saved.next_step as usize)),
    );
    if let Screen::Player(player) = &mut app.screen {
        player.started_at = saved.session.started_at;
    }
}
