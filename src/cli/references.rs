//! `kern references [--cited-by ID] [--json]`: the publications kern's content rests on, each
//! with what cites it and how far its details were checked.

use std::process::ExitCode;

use serde::Serialize;

use crate::catalog::{Catalog, Citer};
use crate::i18n::Msg;
use crate::model::Reference;

use super::Context;

/// Arguments of `kern references`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Only the references this exercise, program or education card cites.
    #[arg(long, value_name = "ID")]
    pub cited_by: Option<String>,
    /// Print JSON (`kern.references/1` plus what cites each) instead of text.
    #[arg(long)]
    pub json: bool,
}

/// One reference in `--json` output.
#[derive(Debug, Serialize)]
struct ReferenceJson<'a> {
    #[serde(flatten)]
    reference: &'a Reference,
    cited_by: Vec<Citer>,
}

/// Lists the references.
pub fn run(context: &Context, args: &Args) -> anyhow::Result<ExitCode> {
    let catalog = context.catalog_for_display();
    let mut citations = catalog.citations();
    let selected: Vec<&Reference> = match &args.cited_by {
        None => catalog.references.values().map(|e| &e.value).collect(),
        Some(item) => {
            let Some(ids) = catalog.cited_by(item) else {
                eprintln!(
                    "{}",
                    context.t(Msg::new("references-no-such-item").arg("id", item.as_str()))
                );
                super::closest_hint(context, item, item_ids(&catalog).iter());
                return Ok(ExitCode::from(1));
            };
            ids.iter()
                .filter_map(|id| catalog.references.get(id).map(|e| &e.value))
                .collect()
        }
    };
    if args.json {
        let items: Vec<ReferenceJson<'_>> = selected
            .iter()
            .map(|r| ReferenceJson {
                reference: r,
                cited_by: citations.remove(&r.id).unwrap_or_default(),
            })
            .collect();
        let doc = serde_json::json!({ "format": "kern.references/1", "references": items });
        println!("{}", serde_json::to_string_pretty(&doc)?);
        return Ok(ExitCode::SUCCESS);
    }
    if let Some(item) = &args.cited_by {
        let key = if selected.is_empty() {
            "references-none"
        } else {
            "references-cited-by-title"
        };
        println!("{}\n", context.t(Msg::new(key).arg("id", item.as_str())));
    } else {
        println!(
            "{}\n",
            context.t(Msg::new("references-title").num("count", selected.len() as i64))
        );
    }
    for reference in selected {
        let citers = citations.remove(&reference.id).unwrap_or_default();
        print!("{}", describe(context, reference, &citers));
    }
    Ok(ExitCode::SUCCESS)
}

/// The ids that can cite: programs, exercises and cards.
fn item_ids(catalog: &Catalog) -> Vec<String> {
    let mut ids: Vec<String> = catalog.programs.keys().cloned().collect();
    ids.extend(catalog.exercises.keys().cloned());
    ids.extend(catalog.education.keys().cloned());
    ids
}

fn describe(context: &Context, r: &Reference, citers: &[Citer]) -> String {
    let mut out = format!(
        "{}\n  {} ({}). {}\n  {}\n",
        r.id, r.authors, r.year, r.title, r.source
    );
    if let Some(doi) = &r.doi {
        out.push_str(&format!("  doi:{doi}\n"));
    }
    if let Some(url) = &r.url {
        out.push_str(&format!("  {url}\n"));
    }
    if let Some(note) = &r.note {
        out.push_str(&format!("  {note}\n"));
    }
    out.push_str(&format!(
        "  {}\n",
        context.t(Msg::new("references-checked").arg("checked", r.checked.name()))
    ));
    let cited = if citers.is_empty() {
        context.i18n.text("references-not-cited")
    } else {
        let list: Vec<&str> = citers.iter().map(|c| c.id.as_str()).collect();
        context.t(Msg::new("references-cited-by").arg("list", list.join(", ")))
    };
    out.push_str(&format!("  {cited}\n\n"));
    out
}
