//! `kern session --plain [--date DATE] [--no-wait]`: the plain coach, a face of the coach layer
//! line by line on stdin and stdout, for screen readers, for terminals where a full-screen coach
//! is unwelcome, and for scripts. The coach layer records everything, as for the full-screen
//! coach.

mod bells;
mod clock;
mod flow;
mod prompt;
mod screen;
mod steps;
mod voice;

use std::io::BufRead;
use std::process::ExitCode;

use chrono::NaiveDate;

use crate::coach::{self, Coach, CutOff, Setup};
use crate::i18n::Msg;
use crate::journal::{EntryKind, Journal, LockError, Query};
use crate::plan::{DayStatus, Notice, SessionPlan, today};
use crate::safety::{Screening, lock_state};

use super::Context;
use super::enrolled::Enrolled;
use super::time::parse_date;
use clock::Clock;
use flow::{Face, Outcome};
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
    let data_dir = context.require_data_dir()?;
    let _lock = match coach::lock(&data_dir) {
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
    let now = super::time::moment(args.date);

    if let Some(code) = offer_checkpoint(context, &mut prompter, &data_dir, args, &mut rng)? {
        return Ok(code);
    }
    let screened_before = !journal
        .files(&Query {
            kinds: vec![EntryKind::RedFlags],
            ..Query::default()
        })
        .unwrap_or_default()
        .is_empty();
    if !screened_before
        && screen::run(
            &mut prompter,
            &journal,
            &Screening::default(),
            now,
            &mut rng,
        )? != Screened::Clear
    {
        return Ok(ExitCode::SUCCESS);
    }
    loop {
        let enrolled = Enrolled::load(context, now)?;
        if let Some(lock) = lock_state(&enrolled.history.screening) {
            // Answering the questions again never lifts the lock: only a recorded check does.
            screen::tell_lock(&mut prompter, &lock);
            let screening = &enrolled.history.screening;
            if screen::confirm_check(&mut prompter, &journal, &lock, screening, now, &mut rng)? {
                continue;
            }
            return Ok(ExitCode::SUCCESS);
        }
        let Some((id, program)) = enrolled.program() else {
            println!("{}", context.i18n.text("today-not-enrolled"));
            return Ok(ExitCode::SUCCESS);
        };
        let day = today(&enrolled.catalog, id, program, &enrolled.history, now);
        if day.notices.contains(&Notice::AnswerRedFlags) {
            let screening = &enrolled.history.screening;
            match screen::run(&mut prompter, &journal, screening, now, &mut rng)? {
                Screened::Clear => continue,
                _ => return Ok(ExitCode::SUCCESS),
            }
        }
        let setup = Setup::for_today(&day, &enrolled.history);
        let (DayStatus::SessionDue, Some(setup)) = (day.status, setup) else {
            let text = crate::describe::today(&context.i18n, &enrolled.catalog, program, &day);
            print!(
                "{}",
                crate::neutral::neutralise(&text, crate::neutral::Layout::Lines)
            );
            return Ok(ExitCode::SUCCESS);
        };
        engine_intro(context, &enrolled, program, &setup.plan);
        let mut face = face(context, &mut prompter, &enrolled.catalog, args);
        let mut coach = Coach::new(setup, &enrolled.catalog, &data_dir, now, face.clock.now());
        coach.set_hands_free(context.hands_free);
        match face.run(&mut coach)? {
            Outcome::Saved => return Ok(ExitCode::SUCCESS),
            Outcome::NewRedFlag => {
                let screening = &enrolled.history.screening;
                let now = super::time::now();
                if screen::run(&mut prompter, &journal, screening, now, &mut rng)?
                    != Screened::Clear
                {
                    return Ok(ExitCode::SUCCESS);
                }
            }
        }
    }
}

/// The face of one session: its clock, the voice (`--voice`) and the bells (the Sounds setting
/// the full-screen coach's Settings change, on a terminal).
fn face<'a, 'p>(
    context: &Context,
    prompter: &'a mut Prompter<'p>,
    catalog: &'a crate::catalog::Catalog,
    args: &Args,
) -> Face<'a, 'p> {
    let clock = Clock::new(args.no_wait);
    let voice = voice::PlainVoice::new(context.voice, &clock, &context.i18n);
    let sounds = crate::tui::settings::Settings::load(context.config_dir.as_deref()).bell;
    Face {
        prompter,
        catalog,
        clock,
        voice,
        bells: bells::Bells::for_terminal(sounds),
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
    data_dir: &std::path::Path,
    args: &Args,
    rng: &mut fastrand::Rng,
) -> anyhow::Result<Option<ExitCode>> {
    let saved = match coach::cut_off(data_dir) {
        CutOff::Waiting(saved) => saved,
        CutOff::Nothing => return Ok(None),
        CutOff::Damaged(reason) => {
            eprintln!(
                "{}",
                context.t(Msg::new("doctor-checkpoint-damaged").arg("reason", reason))
            );
            return Ok(None);
        }
    };
    let Some(resume) = prompter.yes_no(coach::resume_question(&saved).prompt) else {
        return Ok(Some(ExitCode::SUCCESS));
    };
    if !resume {
        coach::close_cut_off(data_dir, *saved, super::time::now(), rng)
            .map_err(|f| anyhow::anyhow!("{f}"))?;
        prompter.tell(Msg::new("plain-closed-partial"));
        return Ok(None);
    }
    let catalog = context.catalog_for_display();
    let mut face = face(context, prompter, &catalog, args);
    let wall = super::time::now();
    let mut coach = Coach::resume(&saved, &catalog, data_dir, wall, face.clock.now());
    coach.set_hands_free(context.hands_free);
    face.run(&mut coach)?;
    Ok(Some(ExitCode::SUCCESS))
}
