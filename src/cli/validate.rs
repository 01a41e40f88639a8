//! `kern validate [PATH...] [--format human|json]`: check content files and report every problem.

use std::path::PathBuf;
use std::process::ExitCode;

use crate::catalog::report::{render_human, resolve_all};

use super::Context;

/// Arguments of `kern validate`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Files or folders to check, beside the shipped set and the config folder (default: only
    /// those).
    pub paths: Vec<PathBuf>,
    /// Output for people (human) or for tools (json).
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
}

/// Output styles.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Messages with the offending text underlined.
    Human,
    /// One JSON document (`kern.validate/1`).
    Json,
}

/// Runs the check; exit code 1 when any file has an error.
pub fn run(context: &Context, args: &Args) -> anyhow::Result<ExitCode> {
    let catalog = context.load_catalog(&args.paths);
    match args.format {
        Format::Human => print!("{}", render_human(&catalog, &context.i18n, context.color())),
        Format::Json => println!(
            "{}",
            serde_json::to_string_pretty(&resolve_all(&catalog, &context.i18n))?
        ),
    }
    let code = if catalog.has_errors() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    };
    // The process ends right after this: handing the catalog's memory back piece by piece would
    // cost a tenth of the whole check on ten thousand files (measured; BENCHMARKS.md), for
    // nothing. The system takes it back at once when kern exits.
    std::mem::forget(catalog);
    Ok(code)
}
