//! `kern backup --out FILE`: a copy of the journal folder and the session in progress, byte for
//! byte: a `.tar` archive when FILE ends in `.tar`, else a new folder. All or nothing (written
//! under a temporary name, then renamed); an existing backup is never overwritten; things named
//! like entries that are not files (a pipe, a folder, a link to nothing) are named and left out.

use std::path::PathBuf;
use std::process::ExitCode;

use crate::i18n::Msg;
use crate::journal::Journal;
use crate::journal::export::backup::backup;

use super::Context;

/// Arguments of `kern backup`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Where to write the backup: a new FILE.tar, or a new (or empty) folder.
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
}

/// Writes the backup.
pub fn run(context: &Context, args: &Args) -> anyhow::Result<ExitCode> {
    let data_dir = context.require_data_dir()?;
    let shown = args.out.display().to_string();
    match backup(&Journal::new(&data_dir), &args.out) {
        Ok(written) => {
            for path in &written.skipped {
                eprintln!(
                    "{}",
                    context
                        .t(Msg::new("harden2-backup-skipped")
                            .arg("path", path.display().to_string()))
                );
            }
            println!(
                "{}",
                context.t(Msg::new("backup-written")
                    .num("count", written.entries as i64)
                    .arg("path", shown))
            );
            if written.checkpoint {
                println!("{}", context.i18n.text("harden2-backup-checkpoint"));
            }
            Ok(ExitCode::SUCCESS)
        }
        Err(err) if err.kind() == std::io::ErrorKind::AlreadyExists => {
            eprintln!(
                "{}",
                context.t(Msg::new("backup-exists").arg("path", shown))
            );
            Ok(ExitCode::from(1))
        }
        Err(err) => {
            eprintln!(
                "{}",
                context.t(Msg::new("backup-failed")
                    .arg("path", shown)
                    .arg("reason", err.to_string()))
            );
            Ok(ExitCode::from(1))
        }
    }
}
