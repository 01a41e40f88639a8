//! `kern doctor`: the folders in use, the journal's health, the coach lock and any session in
//! progress. Exit code 1 when a journal file cannot be read.

use std::collections::BTreeMap;
use std::process::ExitCode;

use crate::i18n::Msg;
use crate::journal::index::{self, Check, Found, Index};
use crate::journal::{CoachLock, Journal, Query, checkpoint};

use super::Context;

/// Arguments of `kern doctor`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Build the journal index again from every entry file (it is only ever a copy of what the
    /// files say; kern rebuilds it by itself whenever it doubts it).
    #[arg(long)]
    pub reindex: bool,
    /// Remove temporary files left by an interrupted write that are more than an hour old
    /// (never an entry file); without it, doctor only lists them.
    #[arg(long)]
    pub repair: bool,
}

/// How old a temporary file must be before `--repair` removes it: no write takes an hour.
const STALE_AFTER: std::time::Duration = std::time::Duration::from_secs(3600);

/// Prints the check-up.
pub fn run(context: &Context, args: &Args) -> anyhow::Result<ExitCode> {
    let data_dir = context.require_data_dir()?;
    let journal = Journal::new(&data_dir);
    let t = |msg: Msg| context.t(msg);
    let shown =
        |p: Option<&std::path::Path>| p.map_or_else(|| "-".to_owned(), |p| p.display().to_string());
    println!(
        "{}",
        t(Msg::new("doctor-config-dir").arg("path", shown(context.config_dir.as_deref())))
    );
    println!(
        "{}",
        t(Msg::new("doctor-data-dir").arg("path", data_dir.display().to_string()))
    );
    println!(
        "{}",
        t(Msg::new("doctor-journal-dir").arg("path", journal.dir().display().to_string()))
    );
    let index = if args.reindex {
        Index::rebuild(&journal)
    } else {
        Index::open(&journal, Check::Full)
    };
    let loaded = index.summaries(&Query::default());
    let mut counts: BTreeMap<&str, i64> = BTreeMap::new();
    for entry in &loaded.entries {
        *counts.entry(entry.kind.name()).or_default() += 1;
    }
    println!(
        "{}",
        t(Msg::new("doctor-entries").num("count", loaded.entries.len() as i64))
    );
    for (kind, count) in counts {
        println!(
            "  {:<16} {count}",
            context.i18n.text(&format!("kind-{kind}"))
        );
    }
    if loaded.problems.is_empty() {
        println!("{}", context.i18n.text("doctor-no-problems"));
    } else {
        println!(
            "{}",
            t(Msg::new("doctor-problems").num("count", loaded.problems.len() as i64))
        );
        for problem in &loaded.problems {
            println!("  {}: {}", problem.path.display(), problem.reason);
        }
    }
    print_index(context, &journal, &index, args.reindex);
    print_temp_files(context, &journal, args.repair);
    let lock = if data_dir.join(crate::journal::lock::LOCK_FILE).exists()
        && CoachLock::is_held(&data_dir)
    {
        "doctor-lock-held"
    } else {
        "doctor-lock-free"
    };
    println!("{}", context.i18n.text(lock));
    match checkpoint::load(&data_dir) {
        Ok(Some(cp)) => println!(
            "{}",
            t(Msg::new("doctor-checkpoint")
                .arg("program", cp.session.program.as_str())
                .arg("saved", cp.saved_at.format("%Y-%m-%d %H:%M").to_string()))
        ),
        Ok(None) => println!("{}", context.i18n.text("doctor-no-checkpoint")),
        Err(reason) => println!(
            "{}",
            t(Msg::new("doctor-checkpoint-damaged").arg("reason", reason))
        ),
    }
    Ok(if loaded.problems.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// The temporary files left by interrupted writes: listed, or (with `--repair`) the ones older
/// than an hour removed, each named.
fn print_temp_files(context: &Context, journal: &Journal, repair: bool) {
    let t = |msg: Msg| context.t(msg);
    if repair {
        let removed = journal.remove_stale_temp_files(std::time::SystemTime::now(), STALE_AFTER);
        for (path, outcome) in &removed {
            let shown = path.display().to_string();
            let msg = match outcome {
                Ok(()) => Msg::new("harden2-temp-removed").arg("path", shown),
                Err(err) => Msg::new("harden2-temp-not-removed")
                    .arg("path", shown)
                    .arg("reason", err.to_string()),
            };
            println!("{}", t(msg));
        }
        let gone = removed.iter().filter(|(_, o)| o.is_ok()).count();
        println!(
            "{}",
            t(Msg::new("harden2-temp-removed-count").num("count", gone as i64))
        );
    }
    let leftovers = journal.leftover_temp_files();
    if !leftovers.is_empty() {
        println!(
            "{}",
            t(Msg::new("doctor-temp-files").num("count", leftovers.len() as i64))
        );
        for path in &leftovers {
            println!("  {}", path.display());
        }
        if !repair {
            println!("{}", context.i18n.text("harden2-temp-repair-hint"));
        }
    }
}

/// Where the index is, how it was found, and whether it could be saved.
fn print_index(context: &Context, journal: &Journal, index: &Index, rebuilt: bool) {
    let t = |msg: Msg| context.t(msg);
    let path = index::index_path(journal).display().to_string();
    println!("{}", t(Msg::new("doctor-index-path").arg("path", path)));
    let read = index.status.files_read as i64;
    let msg = match &index.status.found {
        _ if rebuilt => Msg::new("doctor-index-rebuilt").num("read", read),
        Found::UpToDate => Msg::new("doctor-index-fresh").num("files", index.file_count() as i64),
        Found::Stale => Msg::new("doctor-index-stale").num("read", read),
        Found::Missing => Msg::new("doctor-index-missing").num("read", read),
        Found::Unusable(reason) => Msg::new("doctor-index-unusable")
            .arg("reason", reason.as_str())
            .num("read", read),
    };
    println!("{}", t(msg));
    if let Err(reason) = &index.status.written {
        println!(
            "{}",
            t(Msg::new("doctor-index-not-saved").arg("reason", reason.as_str()))
        );
    }
}
