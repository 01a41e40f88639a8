//! `kern log --pain N [--avg N] [--note TEXT] [--at DATETIME]`: a quick pain-diary entry; and
//! `kern log --walked N [--on DATE]`: the minutes walked on a day (the daily activity of a rest
//! day), its own kind of entry; and `kern log --adverse WHAT --severity S` (see
//! [`super::log_adverse`]): an adverse event.

use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use crate::i18n::Msg;
use crate::journal::activity::{ActivityRefused, MAX_MINUTES, activity_entry};
use crate::journal::{
    ActivityRecord, Body, CheckIn, CheckInContext, Entry, EntryKind, Journal, Score, WriteFailure,
    new_id,
};

use crate::model::ActivityKind;

use super::Context;
use super::time::{now, parse_date, parse_datetime};

/// Arguments of `kern log`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Pain now, 0 (none) to 10 (worst imaginable); with --adverse, the pain then.
    #[arg(long, value_parser = parse_score, required_unless_present_any = ["walked", "adverse"])]
    pub pain: Option<Score>,
    /// Average pain over the last 24 hours, 0 to 10.
    #[arg(long, value_parser = parse_score, requires = "pain")]
    pub avg: Option<Score>,
    /// Minutes you walked (on a rest day, or any day): 1 to 600.
    #[arg(long, value_name = "MINUTES")]
    pub walked: Option<u32>,
    /// The day you walked, if not today (2026-11-24).
    #[arg(long = "on", value_name = "DATE", value_parser = parse_date, requires = "walked")]
    pub on: Option<chrono::NaiveDate>,
    /// Something that went wrong with or around the exercises: pain-during-exercise, flare-up,
    /// new-symptom, fall, injury, faint or other (recorded for your physiotherapist).
    #[arg(long, value_name = "WHAT", value_parser = super::log_adverse::parse_kind,
          conflicts_with_all = ["walked", "avg"])]
    pub adverse: Option<crate::safety::AdverseKind>,
    /// With --adverse, how bad: mild (passed by itself), moderate (changed or stopped your
    /// exercising) or severe (you needed a doctor or physiotherapist).
    #[arg(long, value_parser = super::log_adverse::parse_severity, requires = "adverse")]
    pub severity: Option<crate::safety::Severity>,
    /// With --adverse, the exercise it happened in (its id, see `kern exercises`).
    #[arg(long, value_name = "ID", requires = "adverse")]
    pub exercise: Option<String>,
    /// A note in your own words.
    #[arg(long)]
    pub note: Option<String>,
    /// When the pain (or the adverse event) was, if not now: 2026-11-24 20:00.
    #[arg(long, value_parser = parse_datetime)]
    pub at: Option<chrono::DateTime<chrono::FixedOffset>>,
}

/// Reads a 0–10 score from the command line.
pub fn parse_score(text: &str) -> Result<Score, String> {
    text.trim()
        .parse::<i64>()
        .ok()
        .and_then(Score::new)
        .ok_or_else(|| format!("'{text}' is not a whole number from 0 to 10"))
}

/// Writes the entry, or keeps it safe when it cannot be written.
pub fn run(context: &Context, args: &Args) -> anyhow::Result<ExitCode> {
    let data_dir = context.require_data_dir()?;
    let recorded = now();
    let journal = Journal::new(&data_dir);
    if let Some(what) = args.adverse {
        return super::log_adverse::log_adverse(context, &journal, args, what, recorded);
    }
    if args.pain.is_none() && args.at.is_some() {
        // --at is the moment of a pain or an adverse event; a walk's day is --on.
        eprintln!("{}", context.t(Msg::new("log-walked-use-on")));
        return Ok(ExitCode::from(2));
    }
    if let Some(minutes) = args.walked {
        let code = log_walk(context, &journal, args, minutes, recorded)?;
        if code != ExitCode::SUCCESS || args.pain.is_none() {
            return Ok(code);
        }
    }
    let Some(pain) = args.pain else {
        return Ok(ExitCode::SUCCESS);
    };
    let Some(at) = moment(context, args, recorded) else {
        return Ok(ExitCode::from(2));
    };
    let body = Body::CheckIn(CheckIn {
        context: CheckInContext::Diary,
        pain_now: pain,
        pain_average: args.avg,
        next_morning: None,
        red_flags_new: None,
        note: args.note.clone().filter(|n| !n.trim().is_empty()),
    });
    let mut rng = fastrand::Rng::new();
    let entry = Entry::new(new_id(at, EntryKind::CheckIn, &mut rng), at, recorded, body);
    save_or_keep(context, &journal, entry)
}

/// The moment an entry is about (`--at`, or now); `None`, said on stderr, when it is more than
/// a few minutes in the future.
pub fn moment(
    context: &Context,
    args: &Args,
    recorded: chrono::DateTime<chrono::FixedOffset>,
) -> Option<chrono::DateTime<chrono::FixedOffset>> {
    let at = args.at.unwrap_or(recorded);
    if at > recorded + chrono::Duration::minutes(5) {
        eprintln!("{}", context.t(Msg::new("log-in-future")));
        return None;
    }
    Some(at)
}

/// Records a walk of `minutes` on `--on` (today when left out).
fn log_walk(
    context: &Context,
    journal: &Journal,
    args: &Args,
    minutes: u32,
    recorded: chrono::DateTime<chrono::FixedOffset>,
) -> anyhow::Result<ExitCode> {
    let record = ActivityRecord {
        kind: ActivityKind::Walking,
        on: args.on.unwrap_or(recorded.date_naive()),
        minutes,
        // A note goes with the pain entry when both are given.
        note: args.note.clone().filter(|_| args.pain.is_none()),
    };
    let on = record.on;
    let entry = match activity_entry(record, recorded, &mut fastrand::Rng::new()) {
        Ok(entry) => entry,
        Err(ActivityRefused::InFuture { on, today }) => {
            eprintln!(
                "{}",
                context.t(Msg::new("log-walked-in-future")
                    .arg("date", on.to_string())
                    .arg("today", today.to_string()))
            );
            return Ok(ExitCode::from(2));
        }
        Err(ActivityRefused::Minutes { minutes }) => {
            eprintln!(
                "{}",
                context.t(Msg::new("log-walked-minutes")
                    .num("minutes", minutes)
                    .num("max", MAX_MINUTES))
            );
            return Ok(ExitCode::from(2));
        }
    };
    let code = save_or_keep(context, journal, entry)?;
    if code == ExitCode::SUCCESS {
        println!(
            "{}",
            context.t(Msg::new("log-walked-saved")
                .num("minutes", minutes)
                .arg("date", on.to_string()))
        );
    }
    Ok(code)
}

/// Saves an entry; on failure never drops it: offers to try again or to save it elsewhere when a
/// person is at the terminal, else prints it so that it can be kept.
pub fn save_or_keep(
    context: &Context,
    journal: &Journal,
    entry: Entry,
) -> anyhow::Result<ExitCode> {
    let mut pending = entry;
    loop {
        match journal.write(&pending) {
            Ok(path) => {
                println!(
                    "{}",
                    context.t(Msg::new("log-saved")
                        .arg("id", pending.id.as_str())
                        .arg("path", path.display().to_string()))
                );
                return Ok(ExitCode::SUCCESS);
            }
            Err(failure) => match offer_again(context, failure)? {
                Some(entry) => pending = entry,
                None => return Ok(ExitCode::from(1)),
            },
        }
    }
}

/// Tells what went wrong; returns the entry to try again, or `None` when it was saved elsewhere
/// or printed.
fn offer_again(context: &Context, failure: WriteFailure) -> anyhow::Result<Option<Entry>> {
    eprintln!(
        "{}",
        context.t(Msg::new("log-write-failed")
            .arg("path", failure.path.display().to_string())
            .arg("reason", failure.error.to_string()))
    );
    let text = failure.entry.to_toml()?;
    let stdin = std::io::stdin();
    if !stdin.is_terminal() {
        eprintln!("{}", context.t(Msg::new("log-kept-printed")));
        print!("{text}");
        return Ok(None);
    }
    loop {
        eprint!("{} ", context.t(Msg::new("log-offer-again")));
        std::io::stderr().flush()?;
        let mut answer = String::new();
        if stdin.lock().read_line(&mut answer)? == 0 {
            print!("{text}");
            return Ok(None);
        }
        let answer = answer.trim();
        if answer.is_empty() {
            return Ok(Some(*failure.entry));
        }
        let target = PathBuf::from(answer).join(format!("{}.toml", failure.entry.id));
        match crate::journal::atomic::write_new(
            target.parent().unwrap_or(std::path::Path::new(".")),
            &format!("{}.toml", failure.entry.id),
            text.as_bytes(),
        ) {
            Ok(path) => {
                println!(
                    "{}",
                    context
                        .t(Msg::new("log-saved-elsewhere").arg("path", path.display().to_string()))
                );
                return Ok(None);
            }
            Err(err) => eprintln!(
                "{}",
                context.t(Msg::new("log-write-failed")
                    .arg("path", target.display().to_string())
                    .arg("reason", err.to_string()))
            ),
        }
    }
}
