//! `kern help [COMMAND...]`: the long help of kern or of one of its commands (`kern help program
//! export`), the same text as `kern COMMAND --help`. `kern help --help` explains itself.

use std::process::ExitCode;

use super::Context;

/// Arguments of `kern help`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The command (and its subcommand) to explain, such as `start` or `program export`.
    #[arg(value_name = "COMMAND")]
    pub command: Vec<String>,
}

/// Prints the help of the command named by `args`; an unknown command is a usage error.
pub fn run(context: &Context, args: &Args) -> anyhow::Result<ExitCode> {
    let mut command = super::command(&context.i18n);
    command.build();
    let mut current = &mut command;
    for name in &args.command {
        match current.find_subcommand_mut(name) {
            Some(sub) => current = sub,
            None => {
                eprintln!(
                    "kern: '{}' is not a kern command; `kern --help` lists them.",
                    name.chars().filter(|c| !c.is_control()).collect::<String>()
                );
                return Ok(ExitCode::from(2));
            }
        }
    }
    current.print_long_help()?;
    Ok(ExitCode::SUCCESS)
}
