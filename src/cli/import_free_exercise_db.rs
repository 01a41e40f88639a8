//! `kern import free-exercise-db FILE --out DIR [--category C] [--level L]`: the public-domain
//! free-exercise-db (its `dist/exercises.json`) as kern exercise files, each a draft in English
//! for a therapist to check and finish. Files already in DIR are kept and reported as skipped.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::author::free_exercise_db::{self, Filter};
use crate::author::{write_new_file, write_schema};
use crate::catalog::{Catalog, FileKind};
use crate::i18n::Msg;

use super::Context;

/// Arguments of `kern import free-exercise-db`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The source file: dist/exercises.json of github.com/yuhonas/free-exercise-db.
    pub file: PathBuf,
    /// The folder to write the exercise files into (made when missing).
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
    /// Only this source category: strength, stretching, cardio, plyometrics, powerlifting,
    /// "olympic weightlifting" or strongman.
    #[arg(long, value_name = "CATEGORY")]
    pub category: Option<String>,
    /// Only this source level: beginner, intermediate or expert.
    #[arg(long, value_name = "LEVEL")]
    pub level: Option<String>,
}

/// The exercise ids a draft must not take: every exercise kern knows (shipped or in the config
/// folder), except those in the output folder itself, which a second import finds again.
fn reserved_ids(catalog: &Catalog, out: &Path) -> BTreeSet<String> {
    let out = out.canonicalize().ok();
    catalog
        .exercises
        .iter()
        .filter(|(_, entry)| {
            let folder = catalog.sources[entry.source]
                .fs_path
                .as_deref()
                .and_then(Path::parent)
                .and_then(|p| p.canonicalize().ok());
            folder.is_none() || folder != out
        })
        .map(|(id, _)| id.clone())
        .collect()
}

/// Converts and writes the drafts.
pub fn run(context: &Context, args: &Args) -> anyhow::Result<ExitCode> {
    let shown = args.file.display().to_string();
    let text = match std::fs::read_to_string(&args.file) {
        Ok(text) => text,
        Err(err) => {
            eprintln!(
                "{}",
                context.t(Msg::new("import-cannot-read")
                    .arg("path", shown)
                    .arg("reason", err.to_string()))
            );
            return Ok(ExitCode::from(1));
        }
    };
    let records = match free_exercise_db::parse(&text) {
        Ok(records) => records,
        Err(err) => {
            eprintln!(
                "{}",
                context.t(Msg::new("import-fedb-not-json")
                    .arg("path", shown)
                    .arg("reason", err.to_string()))
            );
            return Ok(ExitCode::from(1));
        }
    };
    let filter = Filter {
        category: args.category.clone(),
        level: args.level.clone(),
    };
    let catalog = context.load_catalog(&[]);
    let drafts = free_exercise_db::convert(&records, &filter, &reserved_ids(&catalog, &args.out));
    if drafts.is_empty() {
        let values = |get: fn(&free_exercise_db::Record) -> Option<&String>| {
            let set: BTreeSet<&str> = records.iter().filter_map(get).map(String::as_str).collect();
            set.into_iter().collect::<Vec<_>>().join(", ")
        };
        eprintln!(
            "{}",
            context.t(Msg::new("import-fedb-none")
                .arg("path", shown)
                .arg("categories", values(|r| r.category.as_ref()))
                .arg("levels", values(|r| r.level.as_ref())))
        );
        return Ok(ExitCode::from(1));
    }
    std::fs::create_dir_all(&args.out)?;
    let mut written = 0usize;
    let mut skipped = Vec::new();
    for draft in &drafts {
        let path = args.out.join(format!("{}.toml", draft.id));
        match write_new_file(&path, &draft.text) {
            Ok(()) => written += 1,
            Err(err) if err.kind() == std::io::ErrorKind::AlreadyExists => skipped.push(path),
            Err(err) => return Err(anyhow::anyhow!("{}: {err}", path.display())),
        }
    }
    let mut ids: BTreeSet<String> = catalog.exercises.keys().cloned().collect();
    ids.extend(drafts.iter().map(|d| d.id.clone()));
    let ids: Vec<String> = ids.into_iter().collect();
    write_schema(&args.out, FileKind::Exercise, &ids)?;
    let dir = args.out.display().to_string();
    for path in &skipped {
        println!(
            "{}",
            context.t(Msg::new("import-fedb-skipped").arg("path", path.display().to_string()))
        );
    }
    println!(
        "{}",
        context.t(Msg::new("import-fedb-summary")
            .num("written", written as i64)
            .num("skipped", skipped.len() as i64)
            .arg("dir", dir.as_str()))
    );
    println!(
        "{}",
        context.t(Msg::new("import-fedb-next").arg("dir", dir))
    );
    Ok(ExitCode::SUCCESS)
}
