//! `kern completions bash|zsh|fish|elvish|powershell`: shell completions that ask kern itself at
//! each TAB, so `kern start <TAB>` offers the program ids and `kern exercise <TAB>` the exercise
//! ids of the catalog in use (shipped, config folder), not file names.
//!
//! The printed script is a small shell function that runs `COMPLETE=<shell> kern -- <words>`;
//! [`complete_if_asked`] answers that call before anything else runs.

use std::ffi::OsString;
use std::process::ExitCode;

use clap::{Command, Parser};
use clap_complete::env::{Bash, Elvish, EnvCompleter, Fish, Powershell, Zsh};
use clap_complete::{ArgValueCandidates, CompleteEnv, CompletionCandidate};

use super::{Cli, Context};

/// The environment variable that turns a run of kern into a completion request.
const COMPLETE_VAR: &str = "COMPLETE";

/// The shells kern writes completions for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Shell {
    /// GNU Bash.
    Bash,
    /// Z shell.
    Zsh,
    /// The friendly interactive shell.
    Fish,
    /// Elvish.
    Elvish,
    /// PowerShell.
    Powershell,
}

/// Arguments of `kern completions`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The shell.
    #[arg(value_enum)]
    pub shell: Shell,
}

/// What a command's value names: the catalog's program or exercise ids.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ids {
    Programs,
    Exercises,
}

/// Which arguments take an id: (command path, argument id, what it names). An entry whose
/// command or argument does not exist is skipped.
const ID_ARGUMENTS: [(&[&str], &str, Ids); 9] = [
    (&["start"], "program", Ids::Programs),
    (&["program"], "id", Ids::Programs),
    (&["program", "show"], "id", Ids::Programs),
    (&["program", "export"], "id", Ids::Programs),
    (&["program", "cert"], "id", Ids::Programs),
    (&["handout"], "program", Ids::Programs),
    (&["exercise"], "id", Ids::Exercises),
    (&["new", "exercise"], "from", Ids::Exercises),
    (&["new", "program"], "from", Ids::Programs),
];

/// Prints the completion script for a shell.
pub fn run(_context: &Context, args: &Args) -> anyhow::Result<ExitCode> {
    let mut out = Vec::new();
    write_script(args.shell, &mut out)?;
    std::io::Write::write_all(&mut std::io::stdout(), &out)?;
    Ok(ExitCode::SUCCESS)
}

/// Writes the script that registers kern's completions in `shell`.
pub fn write_script(shell: Shell, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    let completer: &dyn EnvCompleter = match shell {
        Shell::Bash => &Bash,
        Shell::Zsh => &Zsh,
        Shell::Fish => &Fish,
        Shell::Elvish => &Elvish,
        Shell::Powershell => &Powershell,
    };
    completer.write_registration(COMPLETE_VAR, "kern", "kern", "kern", out)
}

/// Answers a completion request from one of the scripts (`COMPLETE=bash kern -- kern start ...`)
/// and exits; does nothing on a normal run.
pub fn complete_if_asked() {
    CompleteEnv::with_factory(completing_command)
        .var(COMPLETE_VAR)
        .complete();
}

/// The command line with the id completers attached.
pub fn completing_command() -> Command {
    let mut command = <Cli as clap::CommandFactory>::command();
    for (path, arg, ids) in ID_ARGUMENTS {
        command = with_ids(command, path, arg, ids);
    }
    command
}

/// Attaches the id completer to `arg` of the command at `path`, when both exist.
fn with_ids(command: Command, path: &[&str], arg: &str, ids: Ids) -> Command {
    match path.split_first() {
        None => {
            if command.get_arguments().any(|a| a.get_id() == arg) {
                command.mut_arg(arg, |a| {
                    a.add(ArgValueCandidates::new(move || candidates(ids)))
                })
            } else {
                command
            }
        }
        Some((first, rest)) => {
            if command.find_subcommand(first).is_some() {
                command.mut_subcommand(first, |sub| with_ids(sub, rest, arg, ids))
            } else {
                command
            }
        }
    }
}

/// The ids of the catalog kern would load now (shipped set and config folder from the
/// environment), drafts left out.
fn candidates(ids: Ids) -> Vec<CompletionCandidate> {
    let Ok(cli) = Cli::try_parse_from([OsString::from("kern")]) else {
        return Vec::new();
    };
    let catalog = Context::new(&cli).load_catalog(&[]);
    match ids {
        Ids::Programs => catalog
            .programs
            .keys()
            .map(|id| CompletionCandidate::new(id.as_str()))
            .collect(),
        Ids::Exercises => catalog
            .exercises
            .iter()
            .filter(|(_, entry)| !entry.value.draft)
            .map(|(id, _)| CompletionCandidate::new(id.as_str()))
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn candidates_for(args: &[&str]) -> Vec<String> {
        let mut command = completing_command();
        let args: Vec<OsString> = args.iter().map(OsString::from).collect();
        let index = args.len() - 1;
        clap_complete::engine::complete(&mut command, args, index, None)
            .unwrap_or_default()
            .into_iter()
            .map(|c| c.get_value().to_string_lossy().into_owned())
            .collect()
    }

    #[test]
    fn program_ids_complete_after_start_and_program() {
        let ids = candidates_for(&["kern", "start", "core"]);
        assert_eq!(ids, ["core-hip-strength"]);
        let ids = candidates_for(&["kern", "program", "export", "gen"]);
        assert_eq!(ids, ["gentle-start"]);
    }

    #[test]
    fn exercise_ids_complete_after_exercise() {
        let ids = candidates_for(&["kern", "exercise", "bird"]);
        assert!(ids.contains(&"bird-dog".to_owned()), "{ids:?}");
        assert!(ids.iter().all(|id| id.starts_with("bird")), "{ids:?}");
    }

    #[test]
    fn every_path_in_the_table_that_exists_gets_its_completer() {
        let command = completing_command();
        let attached = |path: &[&str], arg: &str| {
            let mut sub = &command;
            for name in path {
                match sub.find_subcommand(name) {
                    Some(found) => sub = found,
                    None => return None,
                }
            }
            sub.get_arguments()
                .find(|a| a.get_id() == arg)
                .map(|a| a.get::<ArgValueCandidates>().is_some())
        };
        assert_eq!(attached(&["start"], "program"), Some(true));
        assert_eq!(attached(&["exercise"], "id"), Some(true));
        for (path, arg, _) in ID_ARGUMENTS {
            assert_ne!(attached(path, arg), Some(false), "{path:?} {arg}");
        }
    }

    #[test]
    fn the_scripts_call_kern_back() {
        for shell in [Shell::Bash, Shell::Zsh, Shell::Fish] {
            let mut out = Vec::new();
            write_script(shell, &mut out).unwrap_or_default();
            let script = String::from_utf8_lossy(&out);
            assert!(script.contains("COMPLETE"), "{shell:?}: {script}");
            assert!(script.contains("kern"), "{shell:?}");
        }
    }
}
