//! The command line: argument parsing (clap), the shared context every command gets, and dispatch.
//! One file per command, each with a `run` that returns the process exit code.

mod backup;
mod cleared;
mod coach;
mod completions;
mod context;
mod doctor;
mod enrolled;
mod exercises;
mod export;
mod handout;
mod help;
mod import;
mod import_free_exercise_db;
mod journal;
mod log;
mod log_adverse;
mod manual;
mod new;
mod out_file;
mod program;
mod program_cert;
mod programs;
mod references;
mod report;
mod restore;
mod schedule;
mod schema;
mod session;
mod start;
mod summary;
pub mod time;
mod today;
mod validate;

use std::ffi::OsString;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};

use crate::i18n::I18n;
use crate::model::Lang;

pub use context::Context;

/// kern: a terminal coach for a home-exercise program for low back pain.
#[derive(Debug, Parser)]
#[command(
    name = "kern",
    version,
    propagate_version = true,
    disable_help_subcommand = true
)]
pub struct Cli {
    /// Language of everything kern shows: en or nl (default: from the system's locale, else en).
    #[arg(long, global = true, value_parser = parse_lang, env = "KERN_LANG")]
    pub lang: Option<Lang>,
    /// Folder with your own or your therapist's exercises/ and programs/ (default: the platform
    /// config folder).
    #[arg(long, global = true, env = "KERN_CONFIG_DIR", value_name = "DIR")]
    pub config_dir: Option<PathBuf>,
    /// Folder where kern keeps your journal (default: the platform data folder).
    #[arg(long, global = true, env = "KERN_DATA_DIR", value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// Run the coach's clock this many times faster (for demos and tests).
    #[arg(
        long,
        global = true,
        default_value_t = 1.0,
        value_name = "FACTOR",
        hide_short_help = true
    )]
    pub speed: f64,
    /// Speak the session aloud through the system's speech program (spd-say, espeak-ng, say,
    /// Windows speech; `KERN_SPEECH_COMMAND` overrides).
    #[arg(long, global = true)]
    pub voice: bool,
    /// Sets with a tempo or a hold run by themselves, rests run, and the next exercise starts
    /// after its get-ready count: no key press from the check-in to the check-out.
    #[arg(long, global = true)]
    pub hands_free: bool,
    /// What to do; without a command kern opens the coach.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// kern's commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// A short overview of kern and its commands (without opening the coach).
    Overview,
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell).
    Completions(completions::Args),
    /// Print kern's man page (roff): `kern man > kern.1`.
    Man,
    /// Show the help of kern or of a command (`kern help program export`).
    Help(help::Args),
    /// Check exercise, program, education and reference files and report every problem.
    Validate(validate::Args),
    /// List the exercises.
    Exercises(exercises::ListArgs),
    /// Show one exercise in full.
    Exercise(exercises::ShowArgs),
    /// List the programs.
    Programs(programs::ListArgs),
    /// Show one program (`kern program ID`: phases, weekly dose, rules in plain words), or export
    /// and install program bundles to share.
    Program(program::Args),
    /// List the studies and guidelines behind the content, with what cites each.
    References(references::Args),
    /// Write an annotated starting file for a new exercise or program.
    New(new::Args),
    /// Print the JSON Schema of a file format, for editors.
    Schema(schema::Args),
    /// Start (or switch to) a program.
    Start(start::Args),
    /// What is due today, with each dose and why it changed.
    Today(today::Args),
    /// The coming sessions.
    Schedule(schedule::Args),
    /// Do today's session (`--plain`: line by line on stdin and stdout).
    Session(session::Args),
    /// Write a quick pain-diary entry.
    Log(log::Args),
    /// Record that a doctor or physiotherapist has checked you since a warning sign paused your
    /// program (`kern cleared --on DATE`); only this lifts the pause.
    Cleared(cleared::Args),
    /// List journal entries, newest first.
    Journal(journal::Args),
    /// Check the journal's health, the lock and the folders in use.
    Doctor(doctor::Args),
    /// Export the journal: csv for a spreadsheet, json (everything) or fhir for a health record.
    Export(export::Args),
    /// The report for your physiotherapist: sessions, pain, function and every dose change, as one
    /// HTML page (screen and A4 paper) or Markdown.
    Report(report::Args),
    /// Your home program on paper: each exercise with its figure, steps and dose, and a log to tick.
    Handout(handout::Args),
    /// Bring entries into the journal from a file (entries already there are kept).
    Import(import::Args),
    /// Copy the journal folder to a .tar archive or a new folder.
    Backup(backup::Args),
    /// Merge a backup back into the journal (never overwrites an entry).
    Restore(restore::Args),
}

fn parse_lang(value: &str) -> Result<Lang, String> {
    match value {
        "en" => Ok(Lang::En),
        "nl" => Ok(Lang::Nl),
        other => Err(format!(
            "'{other}' is not a language kern speaks; use en or nl"
        )),
    }
}

/// The language asked for before clap runs (for the help text): `--lang`, `KERN_LANG`, the
/// locale, else English.
fn early_lang(args: &[OsString]) -> Lang {
    let mut iter = args.iter().filter_map(|a| a.to_str());
    while let Some(arg) = iter.next() {
        if let Some(value) = arg.strip_prefix("--lang=") {
            if let Ok(lang) = parse_lang(value) {
                return lang;
            }
        } else if arg == "--lang"
            && let Some(lang) = iter.next().and_then(|v| parse_lang(v).ok())
        {
            return lang;
        }
    }
    context::default_lang()
}

/// Parses the arguments and runs the command; the exit code is 0 when all went well, 1 when the
/// command found a problem, 2 on wrong usage.
pub fn main_with_args(args: Vec<OsString>) -> ExitCode {
    let lang = early_lang(&args);
    time::set_message_lang(lang);
    let i18n = I18n::new(lang);
    let matches = match command(&i18n).try_get_matches_from(args) {
        Ok(matches) => matches,
        Err(err) => {
            let _ = err.print();
            return ExitCode::from(if err.use_stderr() { 2 } else { 0 });
        }
    };
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(err) => {
            let _ = err.print();
            return ExitCode::from(2);
        }
    };
    let context = Context::new(&cli);
    let result = match &cli.command {
        None => coach::run(&context, cli.speed),
        Some(Command::Overview) => summary::run(&context),
        Some(Command::Completions(args)) => completions::run(&context, args),
        Some(Command::Man) => manual::run(&context),
        Some(Command::Help(args)) => help::run(&context, args),
        Some(Command::Validate(args)) => validate::run(&context, args),
        Some(Command::Exercises(args)) => exercises::list(&context, args),
        Some(Command::Exercise(args)) => exercises::show(&context, args),
        Some(Command::Programs(args)) => programs::list(&context, args),
        Some(Command::Program(args)) => program::run(&context, args),
        Some(Command::References(args)) => references::run(&context, args),
        Some(Command::New(args)) => new::run(&context, args),
        Some(Command::Schema(args)) => schema::run(&context, args),
        Some(Command::Start(args)) => start::run(&context, args),
        Some(Command::Today(args)) => today::run(&context, args),
        Some(Command::Schedule(args)) => schedule::run(&context, args),
        // Without --plain, a session is the full-screen coach.
        Some(Command::Session(args)) if !args.plain => coach::run(&context, 1.0),
        Some(Command::Session(args)) => session::run(&context, args),
        Some(Command::Log(args)) => log::run(&context, args),
        Some(Command::Cleared(args)) => cleared::run(&context, args),
        Some(Command::Journal(args)) => journal::run(&context, args),
        Some(Command::Doctor(args)) => doctor::run(&context, args),
        Some(Command::Export(args)) => export::run(&context, args),
        Some(Command::Report(args)) => report::run(&context, args),
        Some(Command::Handout(args)) => handout::run(&context, args),
        Some(Command::Import(args)) => import::run(&context, args),
        Some(Command::Backup(args)) => backup::run(&context, args),
        Some(Command::Restore(args)) => restore::run(&context, args),
    };
    match result {
        Ok(code) => code,
        Err(err) => {
            eprintln!("kern: {err:#}");
            ExitCode::from(1)
        }
    }
}

/// The command-line definition with its about and safety text in the user's language.
fn command(i18n: &I18n) -> clap::Command {
    Cli::command()
        .about(i18n.text("cli-about"))
        .after_help(i18n.text("cli-safety"))
        .mut_subcommand("cleared", |c| c.long_about(i18n.text("cleared-about")))
}

/// Prints "did you mean ...?" on stderr when a known id is close to `wanted`.
pub fn closest_hint<'a>(context: &Context, wanted: &str, known: impl Iterator<Item = &'a String>) {
    let known: Vec<&str> = known.map(String::as_str).collect();
    if let Some(best) = crate::catalog::closest(wanted, &known) {
        eprintln!(
            "{}",
            context
                .t(crate::i18n::Msg::new("diag-unknown-key-did-you-mean").arg("suggestion", best))
        );
    }
}

/// Runs kern with the process's own arguments (or answers a shell's completion request).
pub fn main() -> ExitCode {
    completions::complete_if_asked();
    main_with_args(std::env::args_os().collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_command_line_is_well_formed() {
        Cli::command().debug_assert();
    }

    #[test]
    fn lang_is_found_before_parsing() {
        let args = |v: &[&str]| v.iter().map(OsString::from).collect::<Vec<_>>();
        assert_eq!(
            early_lang(&args(&["kern", "--lang", "nl", "exercises"])),
            Lang::Nl
        );
        assert_eq!(
            early_lang(&args(&["kern", "exercises", "--lang=en"])),
            Lang::En
        );
    }
}
