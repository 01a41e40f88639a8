//! `kern schema exercise|program|education|references|figure` prints a format's JSON Schema;
//! `kern schema --write DIR` writes them all, with the exercise ids kern knows as the allowed
//! values of ladder links and program exercises, for editors that complete them.

use std::path::PathBuf;
use std::process::ExitCode;

use crate::catalog::FileKind;
use crate::catalog::schema::schema_for;
use crate::i18n::Msg;

use super::Context;

/// Arguments of `kern schema`.
#[derive(Debug, clap::Args)]
#[command(group(clap::ArgGroup::new("what").required(true).args(["kind", "write"])))]
pub struct Args {
    /// The format: exercise, program, education, references or figure.
    #[arg(value_parser = ["exercise", "program", "education", "references", "figure"])]
    pub kind: Option<String>,
    /// Write every schema (`<kind>.schema.json`) into this folder.
    #[arg(long, value_name = "DIR")]
    pub write: Option<PathBuf>,
}

/// Prints one schema, or writes them all.
pub fn run(context: &Context, args: &Args) -> anyhow::Result<ExitCode> {
    if let Some(dir) = &args.write {
        let catalog = context.catalog_for_display();
        let ids: Vec<String> = catalog.exercises.keys().cloned().collect();
        for kind in FileKind::ALL {
            let path = dir.join(format!("{}.schema.json", kind.name()));
            let text = serde_json::to_string_pretty(&schema_for(kind, Some(&ids)))? + "\n";
            crate::journal::atomic::replace(&path, text.as_bytes())?;
            println!(
                "{}",
                context.t(Msg::new("schema-written").arg("path", path.display().to_string()))
            );
        }
        return Ok(ExitCode::SUCCESS);
    }
    let name = args.kind.as_deref().unwrap_or_default();
    let kind =
        FileKind::from_name(name).ok_or_else(|| anyhow::anyhow!("unknown format '{name}'"))?;
    println!("{}", serde_json::to_string_pretty(&schema_for(kind, None))?);
    Ok(ExitCode::SUCCESS)
}
