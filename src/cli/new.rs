//! `kern new exercise ID [--dir DIR]` and `kern new program ID [--from PROGRAM] [--dir DIR]`:
//! annotated starting files for therapists, written into the config folder's `exercises/` or
//! `programs/` (or DIR) with the schema next to them. An existing file is never overwritten.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::author::{template, write_new_file, write_schema};
use crate::catalog::{Catalog, FileKind, Origin, is_kebab_id};
use crate::i18n::Msg;

use super::Context;

/// Arguments of `kern new`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// What to write.
    #[command(subcommand)]
    pub what: What,
}

/// The kinds of starting file.
#[derive(Debug, clap::Subcommand)]
pub enum What {
    /// A new exercise: a draft whose texts are placeholders (TODO / TE DOEN) to replace.
    Exercise(ExerciseArgs),
    /// A new program: small, annotated and valid as it is, or a copy of one (--from).
    Program(ProgramArgs),
}

/// Arguments of `kern new exercise`.
#[derive(Debug, clap::Args)]
pub struct ExerciseArgs {
    /// The new exercise's id (kebab-case, such as my-bridge): the file is ID.toml.
    pub id: String,
    /// The folder to write into (default: the config folder's exercises/).
    #[arg(long, value_name = "DIR")]
    pub dir: Option<PathBuf>,
}

/// Arguments of `kern new program`.
#[derive(Debug, clap::Args)]
pub struct ProgramArgs {
    /// The new program's id (kebab-case, such as steady-back): the file is ID.toml.
    pub id: String,
    /// Start from a copy of this program (shipped or installed), with its content and comments.
    #[arg(long, value_name = "PROGRAM")]
    pub from: Option<String>,
    /// The folder to write into (default: the config folder's programs/).
    #[arg(long, value_name = "DIR")]
    pub dir: Option<PathBuf>,
}

/// Writes the starting file.
pub fn run(context: &Context, args: &Args) -> anyhow::Result<ExitCode> {
    match &args.what {
        What::Exercise(args) => exercise(context, args),
        What::Program(args) => program(context, args),
    }
}

fn origin_name(origin: Origin) -> &'static str {
    match origin {
        Origin::Shipped => "shipped",
        Origin::Config => "installed",
        Origin::Given => "given",
    }
}

fn exercise(context: &Context, args: &ExerciseArgs) -> anyhow::Result<ExitCode> {
    if !is_kebab_id(&args.id) {
        return Ok(bad_id(context, &args.id));
    }
    let dir = target_dir(context, args.dir.as_deref(), "exercises")?;
    let path = dir.join(format!("{}.toml", args.id));
    if path.exists() {
        let shown = path.display().to_string();
        eprintln!("{}", context.t(Msg::new("new-exists").arg("path", shown)));
        return Ok(ExitCode::from(1));
    }
    let catalog = context.load_catalog(&[]);
    if let Some(entry) = catalog.exercises.get(&args.id) {
        let source = &catalog.sources[entry.source];
        eprintln!(
            "{}",
            context.t(Msg::new("new-exercise-taken")
                .arg("id", args.id.as_str())
                .arg("file", source.display.as_str()))
        );
        return Ok(ExitCode::from(1));
    }
    let text = template::exercise(&args.id);
    let target = Target {
        dir: &dir,
        in_config: args.dir.is_none(),
    };
    let code = write(
        context,
        &catalog,
        &target,
        &args.id,
        FileKind::Exercise,
        &text,
    )?;
    if code == ExitCode::SUCCESS {
        write_figure(context, &dir, &args.id)?;
        println!("{}", context.t(Msg::new("new-exercise-next")));
    }
    Ok(code)
}

/// Writes a starting figure beside the new exercise (`figures/<id>.toml`, with its schema), unless
/// one is there already.
fn write_figure(context: &Context, dir: &Path, id: &str) -> anyhow::Result<()> {
    let figures = dir.join("figures");
    std::fs::create_dir_all(&figures)?;
    let path = figures.join(format!("{id}.toml"));
    match crate::author::write_new_file(&path, &template::figure(id)) {
        Ok(()) => {
            crate::author::write_schema(&figures, FileKind::Figure, &[])?;
            println!(
                "{}",
                context.t(Msg::new("new-written").arg("path", path.display().to_string()))
            );
        }
        Err(err) if err.kind() == std::io::ErrorKind::AlreadyExists => {}
        Err(err) => return Err(anyhow::anyhow!("{}: {err}", path.display())),
    }
    Ok(())
}

fn program(context: &Context, args: &ProgramArgs) -> anyhow::Result<ExitCode> {
    if !is_kebab_id(&args.id) {
        return Ok(bad_id(context, &args.id));
    }
    let catalog = context.load_catalog(&[]);
    let text = match &args.from {
        None => template::program(&args.id),
        Some(from) => {
            let Some(entry) = catalog.programs.get(from) else {
                eprintln!(
                    "{}",
                    context.t(Msg::new("cli-no-such-program").arg("id", from.as_str()))
                );
                super::closest_hint(context, from, catalog.programs.keys());
                return Ok(ExitCode::from(1));
            };
            let source = &catalog.sources[entry.source];
            template::program_copy(&source.text, &args.id, from, origin_name(source.origin))
        }
    };
    let dir = target_dir(context, args.dir.as_deref(), "programs")?;
    let target = Target {
        dir: &dir,
        in_config: args.dir.is_none(),
    };
    let code = write(
        context,
        &catalog,
        &target,
        &args.id,
        FileKind::Program,
        &text,
    )?;
    if code == ExitCode::SUCCESS {
        if let Some(entry) = catalog.programs.get(&args.id) {
            let source = &catalog.sources[entry.source];
            println!(
                "{}",
                context.t(Msg::new("new-program-same-id")
                    .arg("id", args.id.as_str())
                    .arg("file", source.display.as_str()))
            );
        }
        println!("{}", context.t(Msg::new("new-program-next")));
    }
    Ok(code)
}

fn bad_id(context: &Context, id: &str) -> ExitCode {
    match crate::model::unsafe_file_name(id) {
        Some(why) => eprintln!(
            "{} {}",
            context.t(Msg::new(why.message_id()).arg("id", id)),
            context.i18n.text("harden2-id-help")
        ),
        None => eprintln!("{}", context.t(Msg::new("new-bad-id").arg("id", id))),
    }
    ExitCode::from(2)
}

fn target_dir(context: &Context, dir: Option<&Path>, sub: &str) -> anyhow::Result<PathBuf> {
    dir.map(Path::to_path_buf)
        .or_else(|| context.config_dir.as_ref().map(|c| c.join(sub)))
        .ok_or_else(|| anyhow::anyhow!(context.i18n.text("new-no-config-dir")))
}

/// Where a new file goes: a folder, and whether it is the config folder's (which `kern validate`
/// reads without being told).
struct Target<'a> {
    dir: &'a Path,
    in_config: bool,
}

/// Writes `text` as `dir/ID.toml` (never over a file) and the kind's schema next to it.
fn write(
    context: &Context,
    catalog: &Catalog,
    target: &Target<'_>,
    id: &str,
    kind: FileKind,
    text: &str,
) -> anyhow::Result<ExitCode> {
    let dir = target.dir;
    std::fs::create_dir_all(dir)?;
    let path = dir.join(format!("{id}.toml"));
    let shown = path.display().to_string();
    match write_new_file(&path, text) {
        Ok(()) => {}
        Err(err) if err.kind() == std::io::ErrorKind::AlreadyExists => {
            eprintln!("{}", context.t(Msg::new("new-exists").arg("path", shown)));
            return Ok(ExitCode::from(1));
        }
        Err(err) => return Err(anyhow::anyhow!("{shown}: {err}")),
    }
    let mut ids: Vec<String> = catalog.exercises.keys().cloned().collect();
    if kind == FileKind::Exercise {
        ids.push(id.to_owned());
        ids.sort();
    }
    let schema = write_schema(dir, kind, &ids)?;
    println!(
        "{}",
        context.t(Msg::new("new-written").arg("path", shown.as_str()))
    );
    println!(
        "{}",
        context.t(Msg::new("new-schema-written").arg("path", schema.display().to_string()))
    );
    let check = if target.in_config {
        "kern validate".to_owned()
    } else {
        format!("kern validate {shown}")
    };
    println!(
        "{}",
        context.t(Msg::new("new-check-with").arg("command", check))
    );
    Ok(ExitCode::SUCCESS)
}
