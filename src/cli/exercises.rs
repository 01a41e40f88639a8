//! `kern exercises [--category C] [--json]` and `kern exercise ID [--json|--figure|--svg]`.

use std::process::ExitCode;

use serde::Serialize;

use crate::catalog::{Catalog, Entry, Origin, closest};
use crate::describe;
use crate::i18n::Msg;
use crate::model::{Category, Exercise, Figure};

use super::Context;

/// Arguments of `kern exercises`.
#[derive(Debug, clap::Args)]
pub struct ListArgs {
    /// Only this category: breathing, core, pilates, hip, mobility, functional or aerobic.
    #[arg(long, value_parser = Category::ALL.map(Category::name))]
    pub category: Option<String>,
    /// Print JSON (`kern.exercises/1`) instead of a table.
    #[arg(long)]
    pub json: bool,
}

/// Arguments of `kern exercise`.
#[derive(Debug, clap::Args)]
pub struct ShowArgs {
    /// The exercise id, such as bird-dog.
    pub id: String,
    /// Print JSON (`kern.exercise/1` plus id and origin) instead of text.
    #[arg(long)]
    pub json: bool,
    /// Draw the exercise's figure: its start and end position.
    #[arg(long, conflicts_with = "json")]
    pub figure: bool,
    /// Print the figure as SVG (start and end side by side), for a browser or a document.
    #[arg(long, conflicts_with_all = ["json", "figure"])]
    pub svg: bool,
}

/// One exercise in `--json` output: its id, where it comes from, and the file's content.
#[derive(Debug, Serialize)]
pub struct ExerciseJson<'a> {
    /// The id.
    pub id: &'a str,
    /// shipped, config or given.
    pub origin: Origin,
    /// The file's content.
    #[serde(flatten)]
    pub exercise: &'a Exercise,
    /// Its figure, when it has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub figure: Option<&'a Figure>,
}

fn to_json<'a>(catalog: &'a Catalog, id: &'a str, entry: &'a Entry<Exercise>) -> ExerciseJson<'a> {
    ExerciseJson {
        id,
        origin: catalog.sources[entry.source].origin,
        exercise: &entry.value,
        figure: catalog.figure(id),
    }
}

/// Lists exercises by category, drafts marked.
pub fn list(context: &Context, args: &ListArgs) -> anyhow::Result<ExitCode> {
    let catalog = context.catalog_for_display();
    let wanted = args.category.as_deref().and_then(Category::from_name);
    let selected: Vec<(&String, &Entry<Exercise>)> = catalog
        .exercises
        .iter()
        .filter(|(_, e)| wanted.is_none_or(|c| e.value.category == c))
        .collect();
    if args.json {
        let items: Vec<ExerciseJson<'_>> = selected
            .iter()
            .map(|(id, e)| to_json(&catalog, id, e))
            .collect();
        let doc = serde_json::json!({ "format": "kern.exercises/1", "exercises": items });
        println!("{}", serde_json::to_string_pretty(&doc)?);
        return Ok(ExitCode::SUCCESS);
    }
    let lang = context.lang;
    let i18n = &context.i18n;
    println!(
        "{}\n",
        context.t(Msg::new("exercises-title").num("count", selected.len() as i64))
    );
    for category in Category::ALL {
        let mut in_category: Vec<&(&String, &Entry<Exercise>)> = selected
            .iter()
            .filter(|(_, e)| e.value.category == category)
            .collect();
        if in_category.is_empty() {
            continue;
        }
        in_category.sort_by_key(|(id, e)| (e.value.level, id.as_str()));
        println!("{}", i18n.text(&format!("category-{}", category.name())));
        for (id, entry) in in_category {
            let ex = &entry.value;
            let draft = if ex.draft {
                format!(" [{}]", i18n.text("label-draft"))
            } else {
                String::new()
            };
            println!(
                "  {:<24} {:<34} {} {:<2}  {}{}",
                id,
                ex.name.get(lang),
                i18n.text("label-level"),
                ex.level,
                describe::dose(i18n, &ex.dose),
                draft
            );
        }
        println!();
    }
    println!("{}", i18n.text("exercises-hint"));
    Ok(ExitCode::SUCCESS)
}

/// Shows one exercise in full, or says which ids exist.
pub fn show(context: &Context, args: &ShowArgs) -> anyhow::Result<ExitCode> {
    let catalog = context.catalog_for_display();
    let Some(entry) = catalog.exercises.get(&args.id) else {
        let known: Vec<&str> = catalog.exercises.keys().map(String::as_str).collect();
        eprintln!(
            "{}",
            context.t(Msg::new("cli-no-such-exercise").arg("id", args.id.as_str()))
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
    if args.figure || args.svg {
        return show_figure(context, &catalog, &args.id, &entry.value, args.svg);
    }
    print!(
        "{}",
        crate::describe::exercise_sheet(&context.i18n, &catalog, &entry.value)
    );
    Ok(ExitCode::SUCCESS)
}

/// Draws an exercise's figure in the terminal, or prints it as SVG.
fn show_figure(
    context: &Context,
    catalog: &Catalog,
    id: &str,
    exercise: &Exercise,
    svg: bool,
) -> anyhow::Result<ExitCode> {
    let drawn = catalog.figure(id).and_then(|figure| {
        if svg {
            let name = exercise.name.get(context.lang);
            let start = context.i18n.text("figure-start");
            let end = context.i18n.text("figure-end");
            crate::figure::svg(
                figure,
                crate::figure::Labels {
                    title: name,
                    start: &start,
                    end: &end,
                },
            )
        } else {
            crate::tui::widgets::figure::print(figure, &context.i18n)
        }
    });
    match drawn {
        Some(text) => {
            println!("{text}");
            Ok(ExitCode::SUCCESS)
        }
        None => {
            eprintln!("{}", context.t(Msg::new("figure-none").arg("id", id)));
            Ok(ExitCode::from(1))
        }
    }
}
