//! `kern cleared --on DATE [--by doctor|physio] [--note TEXT]`: records that a doctor or
//! physiotherapist has checked the patient since a warning sign paused the program. It is the
//! only thing that lifts the pause (answering the questions again never does).

use std::process::ExitCode;

use chrono::NaiveDate;

use crate::i18n::Msg;
use crate::journal::{Journal, Query};
use crate::safety::{self, Clinician, Screening};

use super::Context;
use super::time::{now, parse_date};

/// Arguments of `kern cleared`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The day the doctor or physiotherapist checked you (2026-11-26): not before the answer that
    /// paused your program, not in the future.
    #[arg(long = "on", value_name = "DATE", value_parser = parse_date)]
    pub on: NaiveDate,
    /// Who checked you: doctor (your GP, the emergency department, a specialist) or physio.
    #[arg(long, value_name = "doctor|physio", value_parser = parse_clinician)]
    pub by: Option<Clinician>,
    /// A note in your own words (what they said).
    #[arg(long)]
    pub note: Option<String>,
}

fn parse_clinician(text: &str) -> Result<Clinician, String> {
    text.parse()
}

/// Checks the date against the lock in force and writes the clearance.
pub fn run(context: &Context, args: &Args) -> anyhow::Result<ExitCode> {
    let data_dir = context.require_data_dir()?;
    let journal = Journal::new(&data_dir);
    let now = now();
    let loaded = journal.load(&Query {
        until: Some(now.date_naive()),
        kinds: safety::load::KINDS.to_vec(),
        ..Query::default()
    });
    for problem in &loaded.problems {
        eprintln!(
            "{}",
            context.t(Msg::new("journal-unreadable")
                .arg("path", problem.path.display().to_string())
                .arg("reason", problem.reason.as_str()))
        );
    }
    let entries: Vec<_> = loaded.entries.into_iter().filter(|e| e.at <= now).collect();
    let screening = Screening::from_entries(&entries);
    let mut rng = fastrand::Rng::new();
    let entry = match safety::clearance_entry(
        &screening,
        args.on,
        args.by,
        args.note.clone(),
        now,
        &mut rng,
    ) {
        Ok(entry) => entry,
        Err(refused) => {
            eprintln!("{}", context.t(refused.msg()));
            return Ok(ExitCode::from(1));
        }
    };
    let code = super::log::save_or_keep(context, &journal, entry.clone())?;
    if code != ExitCode::SUCCESS {
        return Ok(code);
    }
    println!(
        "{}",
        context.t(Msg::new("cleared-done")
            .arg("by", args.by.map_or("unknown", Clinician::name))
            .arg("date", args.on.to_string()))
    );
    let mut after = entries;
    after.push(entry);
    if let Some(lock) = safety::lock_state(&Screening::from_entries(&after)) {
        println!("{}", context.t(Msg::new("cleared-still-locked")));
        for msg in safety::advice(&lock) {
            println!("{}", context.t(msg));
        }
    }
    Ok(ExitCode::SUCCESS)
}
