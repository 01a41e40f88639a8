//! `kern completions bash|zsh|fish|elvish|powershell` and `kern man`: shell completions and a man
//! page, generated from the command-line definition so they never drift from it.

use std::process::ExitCode;

use clap::CommandFactory;

use super::{Cli, Context};

/// Arguments of `kern completions`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The shell.
    pub shell: clap_complete::Shell,
}

/// Prints the completion script for a shell.
pub fn run(_context: &Context, args: &Args) -> anyhow::Result<ExitCode> {
    let mut command = Cli::command();
    clap_complete::generate(args.shell, &mut command, "kern", &mut std::io::stdout());
    Ok(ExitCode::SUCCESS)
}

/// Prints the man page (roff) on stdout: `kern man > kern.1`.
pub fn man(_context: &Context) -> anyhow::Result<ExitCode> {
    let page = clap_mangen::Man::new(Cli::command());
    page.render(&mut std::io::stdout())?;
    Ok(ExitCode::SUCCESS)
}
