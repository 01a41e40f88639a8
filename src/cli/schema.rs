//! `kern schema exercise|program|education|references`: print a format's JSON Schema.

use std::process::ExitCode;

use crate::catalog::FileKind;
use crate::catalog::schema::schema_for;

use super::Context;

/// Arguments of `kern schema`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The format: exercise, program, education or references.
    #[arg(value_parser = ["exercise", "program", "education", "references"])]
    pub kind: String,
}

/// Prints the schema as pretty JSON.
pub fn run(_context: &Context, args: &Args) -> anyhow::Result<ExitCode> {
    let kind = FileKind::from_name(&args.kind)
        .ok_or_else(|| anyhow::anyhow!("unknown format '{}'", args.kind))?;
    println!("{}", serde_json::to_string_pretty(&schema_for(kind, None))?);
    Ok(ExitCode::SUCCESS)
}
