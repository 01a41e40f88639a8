//! `kern program ID` or `kern program show ID` (one program in full), `kern program export ID
//! --out DIR` (a bundle to share: the program, every exercise it can reach, the references they
//! cite, a README.txt) and `kern program install PATH` (a bundle, checked against the shipped
//! set, copied into the config folder).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::author::bundle::{self, ExportError};
use crate::author::install::{self, Change};
use crate::author::write_new_file;
use crate::catalog::report::render_human;
use crate::catalog::{Catalog, LoadOptions};
use crate::i18n::Msg;

use super::Context;
use super::programs::{self, ShowArgs};

/// Arguments of `kern program`.
#[derive(Debug, clap::Args)]
#[command(
    args_conflicts_with_subcommands = true,
    subcommand_negates_reqs = true,
    arg_required_else_help = true
)]
pub struct Args {
    /// What to do with programs; without one, `kern program ID` shows the program.
    #[command(subcommand)]
    pub action: Option<Action>,
    /// The program id, such as pilates-chronic (the same as `kern program show ID`).
    pub id: Option<String>,
    /// Print JSON (`kern.program/1` plus id and origin) instead of text.
    #[arg(long)]
    pub json: bool,
}

/// The program commands.
#[derive(Debug, clap::Subcommand)]
pub enum Action {
    /// Show one program: phases, weekly dose, rules in plain words.
    Show(ShowArgs),
    /// Write a bundle to share: the program, every exercise it can reach, the references they
    /// cite and a README.txt.
    Export(ExportArgs),
    /// Check a bundle against the shipped set and install it into the config folder.
    Install(InstallArgs),
    /// The program's CERT checklist (16 items): what the file states and what kern does.
    Cert(super::program_cert::CertArgs),
}

/// Arguments of `kern program export`.
#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    /// The program id.
    pub id: String,
    /// The bundle folder to write (new, or empty).
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
}

/// Arguments of `kern program install`.
#[derive(Debug, clap::Args)]
pub struct InstallArgs {
    /// The bundle folder (as `kern program export` writes it).
    pub path: PathBuf,
}

/// Runs the program command.
pub fn run(context: &Context, args: &Args) -> anyhow::Result<ExitCode> {
    match (&args.action, &args.id) {
        (Some(Action::Show(show)), _) => programs::show(context, show),
        (Some(Action::Export(export_args)), _) => export(context, export_args),
        (Some(Action::Install(install_args)), _) => install(context, install_args),
        (Some(Action::Cert(cert_args)), _) => super::program_cert::run(context, cert_args),
        (None, Some(id)) => programs::show(
            context,
            &ShowArgs {
                id: id.clone(),
                json: args.json,
            },
        ),
        (None, None) => {
            eprintln!("{}", context.i18n.text("program-usage"));
            Ok(ExitCode::from(2))
        }
    }
}

fn is_empty_dir(path: &Path) -> bool {
    std::fs::read_dir(path).is_ok_and(|mut entries| entries.next().is_none())
}

fn export(context: &Context, args: &ExportArgs) -> anyhow::Result<ExitCode> {
    let catalog = context.catalog_for_display();
    let bundle = match bundle::export(&catalog, &args.id) {
        Ok(bundle) => bundle,
        Err(ExportError::UnknownProgram) => {
            eprintln!(
                "{}",
                context.t(Msg::new("cli-no-such-program").arg("id", args.id.as_str()))
            );
            super::closest_hint(context, &args.id, catalog.programs.keys());
            return Ok(ExitCode::from(1));
        }
        Err(ExportError::HasErrors(files)) => {
            eprintln!(
                "{}",
                context.t(Msg::new("export-program-has-errors").arg("id", args.id.as_str()))
            );
            for file in files {
                eprintln!("  {file}");
            }
            return Ok(ExitCode::from(1));
        }
    };
    let out = &args.out;
    if out.exists() && !is_empty_dir(out) {
        eprintln!(
            "{}",
            context.t(Msg::new("export-program-not-empty").arg("dir", out.display().to_string()))
        );
        return Ok(ExitCode::from(1));
    }
    for file in &bundle.files {
        let path = out.join(&file.path);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        write_new_file(&path, &file.text)
            .map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
    }
    let dir = out.display().to_string();
    println!(
        "{}",
        context.t(Msg::new("export-program-done")
            .arg("id", args.id.as_str())
            .arg("dir", dir.as_str())
            .num("exercises", bundle.exercises.len() as i64)
            .num("references", bundle.references.len() as i64))
    );
    println!(
        "{}",
        context.t(Msg::new("export-program-next").arg("dir", dir))
    );
    Ok(ExitCode::SUCCESS)
}

fn install(context: &Context, args: &InstallArgs) -> anyhow::Result<ExitCode> {
    let shown = args.path.display().to_string();
    if !args.path.is_dir() {
        eprintln!(
            "{}",
            context.t(Msg::new("install-not-a-folder").arg("path", shown))
        );
        return Ok(ExitCode::from(1));
    }
    let config_dir = context
        .config_dir
        .clone()
        .ok_or_else(|| anyhow::anyhow!(context.i18n.text("new-no-config-dir")))?;
    let bundle = Catalog::load(&LoadOptions {
        shipped: true,
        config_dir: None,
        paths: vec![args.path.clone()],
    });
    if bundle.has_errors() {
        print!("{}", render_human(&bundle, &context.i18n, context.color()));
        eprintln!(
            "{}",
            context.t(Msg::new("install-refused").num(
                "errors",
                bundle.count(crate::catalog::Severity::Error) as i64
            ))
        );
        return Ok(ExitCode::from(1));
    }
    let config = Catalog::load(&LoadOptions {
        shipped: false,
        config_dir: Some(config_dir.clone()),
        paths: Vec::new(),
    });
    let config_refs: BTreeSet<String> = config.references.keys().cloned().collect();
    let plan = install::plan_install(&bundle, &config_dir, &config_refs);
    if plan.programs.is_empty() {
        eprintln!(
            "{}",
            context.t(Msg::new("install-no-program").arg("path", shown))
        );
        return Ok(ExitCode::from(1));
    }
    let mut ids: BTreeSet<String> = bundle.exercises.keys().cloned().collect();
    ids.extend(config.exercises.keys().cloned());
    let ids: Vec<String> = ids.into_iter().collect();
    install::apply(&plan, &config_dir, &ids)?;
    for file in &plan.files {
        let id = match file.change {
            Change::Adds => "install-adds",
            Change::Replaces => "install-replaces",
            Change::Unchanged => "install-unchanged",
            Change::SameAsShipped => "install-same-as-shipped",
        };
        let mut line = context.t(Msg::new(id).arg("path", file.path.as_str()));
        if file.in_place_of_shipped {
            line.push(' ');
            line.push_str(&context.i18n.text("install-in-place-of-shipped"));
        }
        println!("  {line}");
    }
    println!(
        "{}",
        context.t(Msg::new("install-references")
            .num("added", plan.references_added as i64)
            .num("known", plan.references_known as i64))
    );
    let dir = config_dir.display().to_string();
    for id in &plan.programs {
        println!(
            "{}",
            context.t(Msg::new("install-done")
                .arg("id", id.as_str())
                .arg("dir", dir.as_str()))
        );
    }
    let after = context.load_catalog(&[]);
    if after.has_errors() {
        eprintln!(
            "{}",
            context.t(Msg::new("install-config-errors").num(
                "errors",
                after.count(crate::catalog::Severity::Error) as i64
            ))
        );
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}
