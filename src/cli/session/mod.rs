//! `kern session --plain [--date DATE] [--no-wait]`: the session engine line by line on stdin and
//! stdout, for screen readers, for terminals where a full-screen coach is unwelcome, and for
//! scripts. It records everything to the journal exactly as the coach does.

mod clock;
mod flow;
mod prompt;
mod screen;
mod steps;

use std::io::BufRead;
use std::process::ExitCode;

use chrono::NaiveDate;

use crate::i18n::Msg;
use crate::journal::checkpoint;
use crate::journal::{CoachLock, EntryKind, Journal, LockError, Query};
use crate::plan::{DayStatus, MeasureDue, Notice, SessionPlan, today};
use crate::session::{Engine, session_exercises};

use super::Context;
use super::enrolled::Enrolled;
use super::time::parse_date;
use clock::Clock;
use flow::{Outcome, Run};
use prompt::Prompter;
use screen::Screened;

/// Arguments of `kern session`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Line by line on stdin and stdout instead of the full-screen coach.
    #[arg(long)]
    pub plain: bool,
    /// Do the session planned for another day (2026-11-26).
    #[arg(long, value_parser = parse_date)]
    pub date: Option<NaiveDate>,
    /// Do not wait out holds and rests (for tests and demos).
    #[arg(long)]
    pub no_wait: bool,
}

/// Runs a session in plain text.
pub fn run(context: &Context, args: &Args) -> anyhow::Result<ExitCode> {
    if !args.plain {
        return super::coach::run(context, 1.0);
    }
    let data_dir = context.require_data_dir()?;
    let _lock = match CoachLock::try_acquire(&data_dir) {
        Ok(lock) => lock,
        Err(LockError::Busy(_)) => {
            eprintln!("{}", context.i18n.text("plain-locked"));
            return Ok(ExitCode::from(1));
        }
        Err(err) => return Err(err.into()),
    };
    let journal = Journal::new(&data_dir);
    let stdin = std::io::stdin();
    let input: Box<dyn BufRead> = Box::new(stdin.lock());
    let mut prompter = Prompter::new(input, &context.i18n);
    let mut rng = fastrand::Rng::new();
    let now = super::today::moment(args.date);

    if let Some(code) =
        offer_checkpoint(context, &mut prompter, &journal, &data_dir, args, &mut rng)?
    {
        return Ok(code);
    }
    let screened_before = !journal
        .files(&Query {
            kinds: vec![EntryKind::RedFlags],
            ..Query::default()
        })
        .unwrap_or_default()
        .is_empty();
    if !screened_before && screen::run(&mut prompter, &journal, now, &mut rng)? != Screened::Clear {
        return Ok(ExitCode::SUCCESS);
    }
    loop {
        let enrolled = Enrolled::load(context, now)?;
        let Some((id, program)) = enrolled.program() else {
            println!("{}", context.i18n.text("today-not-enrolled"));
            return Ok(ExitCode::SUCCESS);
        };
        let day = today(&enrolled.catalog, id, program, &enrolled.history, now);
        if day.notices.contains(&Notice::AnswerRedFlags)
            || day
                .notices
                .iter()
                .any(|n| matches!(n, Notice::RedFlag { .. }))
        {
            match screen::run(&mut prompter, &journal, now, &mut rng)? {
                Screened::Clear => continue,
                _ => return Ok(ExitCode::SUCCESS),
            }
        }
        let (DayStatus::SessionDue, Some(plan)) = (day.status, day.session.clone()) else {
            print!(
                "{}",
                super::today::render(context, &enrolled, program, &day)
            );
            return Ok(ExitCode::SUCCESS);
        };
        let engine = Engine::new(
            session_exercises(&enrolled.catalog, &plan),
            program.progression.session_pain_stop,
        );
        let mut run = Run {
            catalog: &enrolled.catalog,
            plan,
            decisions: day.changes.clone(),
            data_dir: &data_dir,
            journal: &journal,
            started_at: now,
            wall_origin: now,
            ask_morning: !enrolled.history.sessions.is_empty(),
            ask_red_flags: day.measures_due.contains(&MeasureDue::RedFlagCheck),
            rng: fastrand::Rng::new(),
        };
        engine_intro(context, &enrolled, program, &run.plan);
        match run.run(&mut prompter, engine, Clock::new(args.no_wait))? {
            Outcome::Saved => return Ok(ExitCode::SUCCESS),
            Outcome::NewRedFlag => {
                if screen::run(&mut prompter, &journal, super::time::now(), &mut rng)?
                    != Screened::Clear
                {
                    return Ok(ExitCode::SUCCESS);
                }
            }
        }
    }
}

fn engine_intro(
    context: &Context,
    enrolled: &Enrolled,
    program: &crate::model::Program,
    plan: &SessionPlan,
) {
    let phase = program
        .phases
        .get(plan.phase as usize - 1)
        .map_or("", |p| p.name.get(context.lang));
    println!(
        "{}",
        context.t(Msg::new("today-session")
            .num("number", plan.number)
            .num("week", plan.week)
            .arg("phase", phase)
            .num("minutes", plan.minutes))
    );
    for planned in &plan.exercises {
        let name = enrolled
            .catalog
            .exercises
            .get(&planned.exercise)
            .map_or(planned.exercise.as_str(), |e| {
                e.value.name.get(context.lang)
            });
        println!(
            "  - {name}: {}",
            crate::describe::prescription(&context.i18n, &planned.prescription)
        );
    }
}

/// A session cut off earlier: resume it, or close it as a partial session. `Some(code)` when the
/// command is done.
fn offer_checkpoint(
    context: &Context,
    prompter: &mut Prompter<'_>,
    journal: &Journal,
    data_dir: &std::path::Path,
    args: &Args,
    rng: &mut fastrand::Rng,
) -> anyhow::Result<Option<ExitCode>> {
    let saved = match checkpoint::load(data_dir) {
        Ok(Some(saved)) => saved,
        Ok(None) => return Ok(None),
        Err(reason) => {
            eprintln!(
                "{}",
                context.t(Msg::new("doctor-checkpoint-damaged").arg("reason", reason))
            );
            return Ok(None);
        }
    };
    if checkpoint::already_saved(data_dir, &saved) {
        // Stopped between saving the session and removing its checkpoint: nothing to resume.
        let _ = checkpoint::clear(data_dir);
        return Ok(None);
    }
    let sets: usize = saved.session.exercises.iter().map(|e| e.sets.len()).sum();
    let question = Msg::new("plain-resume")
        .arg("date", saved.session.planned_date.to_string())
        .num("sets", sets as i64);
    let Some(resume) = prompter.yes_no(question) else {
        return Ok(Some(ExitCode::SUCCESS));
    };
    if !resume {
        checkpoint::close_as_partial(data_dir, saved, super::time::now(), rng)
            .map_err(|f| anyhow::anyhow!("{f}"))?;
        prompter.tell(Msg::new("plain-closed-partial"));
        return Ok(None);
    }
    let catalog = context.catalog_for_display();
    let plan = SessionPlan::from_record(&saved.session);
    let stop_pain = catalog
        .programs
        .get(&plan.program)
        .map_or(5, |p| p.value.progression.session_pain_stop);
    let clock = Clock::new(args.no_wait);
    let engine = Engine::resume(
        session_exercises(&catalog, &plan),
        stop_pain,
        saved.session.exercises.clone(),
        saved.next_step as usize,
        clock.now(),
    );
    let mut run = Run {
        catalog: &catalog,
        plan,
        decisions: saved.session.decisions.clone(),
        data_dir,
        journal,
        started_at: saved.session.started_at,
        wall_origin: super::time::now(),
        ask_morning: false,
        ask_red_flags: false,
        rng: fastrand::Rng::new(),
    };
    run.run(prompter, engine, clock)?;
    Ok(Some(ExitCode::SUCCESS))
}
