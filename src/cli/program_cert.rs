//! `kern program cert ID [--json] [--format md]`: the program's CERT checklist (Slade et al. 2016),
//! 16 items answered from the program file and what kern itself does.

use std::process::ExitCode;

use crate::cert::{checklist, to_markdown, to_text};
use crate::i18n::Msg;

use super::Context;

/// Arguments of `kern program cert`.
#[derive(Debug, clap::Args)]
pub struct CertArgs {
    /// The program id, such as pilates-chronic.
    pub id: String,
    /// Print JSON (`{"format": "kern.cert/1", "program": ID, "items": [...]}`) instead of text.
    #[arg(long)]
    pub json: bool,
    /// text (the default) or md (a Markdown table, for a report or a paper's appendix).
    #[arg(long, value_parser = ["text", "md"], default_value = "text")]
    pub format: String,
}

/// Prints the checklist.
pub fn run(context: &Context, args: &CertArgs) -> anyhow::Result<ExitCode> {
    let catalog = context.catalog_for_display();
    let Some(entry) = catalog.programs.get(&args.id) else {
        eprintln!(
            "{}",
            context.t(Msg::new("cli-no-such-program").arg("id", args.id.as_str()))
        );
        super::closest_hint(context, &args.id, catalog.programs.keys());
        return Ok(ExitCode::from(1));
    };
    let program = &entry.value;
    let items = checklist(&context.i18n, &catalog, program);
    if args.json {
        let doc = serde_json::json!({
            "format": "kern.cert/1",
            "program": args.id,
            "items": items,
        });
        println!("{}", serde_json::to_string_pretty(&doc)?);
        return Ok(ExitCode::SUCCESS);
    }
    let title = program.title.get(context.lang);
    if args.format == "md" {
        print!("{}", to_markdown(&context.i18n, title, &items));
    } else {
        print!("{}", to_text(&context.i18n, title, &items));
    }
    Ok(ExitCode::SUCCESS)
}
