//! `kern programs [--json]` and `kern program ID [--json]`: the programs and a readable overview
//! of one (phases, weekly dose, rules in plain words).

use std::process::ExitCode;

use serde::Serialize;

use crate::catalog::{Catalog, Entry, Origin, closest};
use crate::i18n::Msg;
use crate::model::Program;

use super::Context;

/// Arguments of `kern programs`.
#[derive(Debug, clap::Args)]
pub struct ListArgs {
    /// Print JSON (`kern.programs/1`) instead of a table.
    #[arg(long)]
    pub json: bool,
}

/// Arguments of `kern program`.
#[derive(Debug, clap::Args)]
pub struct ShowArgs {
    /// The program id, such as pilates-chronic.
    pub id: String,
    /// Print JSON (`kern.program/1` plus id and origin) instead of text.
    #[arg(long)]
    pub json: bool,
}

/// One program in `--json` output.
#[derive(Debug, Serialize)]
pub struct ProgramJson<'a> {
    /// The id.
    pub id: &'a str,
    /// shipped, config or given.
    pub origin: Origin,
    /// The file's content.
    #[serde(flatten)]
    pub program: &'a Program,
}

fn to_json<'a>(catalog: &'a Catalog, id: &'a str, entry: &'a Entry<Program>) -> ProgramJson<'a> {
    ProgramJson {
        id,
        origin: catalog.sources[entry.source].origin,
        program: &entry.value,
    }
}

/// Lists the programs.
pub fn list(context: &Context, args: &ListArgs) -> anyhow::Result<ExitCode> {
    let catalog = context.catalog_for_display();
    if args.json {
        let items: Vec<ProgramJson<'_>> = catalog
            .programs
            .iter()
            .map(|(id, e)| to_json(&catalog, id, e))
            .collect();
        let doc = serde_json::json!({ "format": "kern.programs/1", "programs": items });
        println!("{}", serde_json::to_string_pretty(&doc)?);
        return Ok(ExitCode::SUCCESS);
    }
    let lang = context.lang;
    println!(
        "{}\n",
        context.t(Msg::new("programs-title").num("count", catalog.programs.len() as i64))
    );
    for (id, entry) in &catalog.programs {
        let p = &entry.value;
        println!("  {:<20} {}", id, p.title.get(lang));
        println!(
            "  {:<20} {}",
            "",
            context.t(Msg::new("program-line")
                .arg(
                    "audience",
                    context
                        .i18n
                        .text(&format!("audience-{}", p.audience.name()))
                )
                .num("weeks", p.weeks)
                .num("sessions", p.sessions_per_week))
        );
        println!();
    }
    println!("{}", context.i18n.text("programs-hint"));
    Ok(ExitCode::SUCCESS)
}

/// Shows one program in full.
pub fn show(context: &Context, args: &ShowArgs) -> anyhow::Result<ExitCode> {
    let catalog = context.catalog_for_display();
    let Some(entry) = catalog.programs.get(&args.id) else {
        let known: Vec<&str> = catalog.programs.keys().map(String::as_str).collect();
        eprintln!(
            "{}",
            context.t(Msg::new("cli-no-such-program").arg("id", args.id.as_str()))
        );
        if let Some(best) = closest(&args.id, &known) {
            eprintln!(
                "{}",
                context.t(Msg::new("diag-unknown-key-did-you-mean").arg("suggestion", best))
            );
        }
        return Ok(ExitCode::from(1));
    };
    if args.json {
        println!(
            "{}",
            serde_json::to_string_pretty(&to_json(&catalog, &args.id, entry))?
        );
        return Ok(ExitCode::SUCCESS);
    }
    print!(
        "{}",
        crate::describe::program_sheet(&context.i18n, &catalog, &entry.value)
    );
    Ok(ExitCode::SUCCESS)
}
