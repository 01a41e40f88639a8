//! `kern restore FILE`: merges the entries of a backup (a `.tar` archive or a folder made by
//! `kern backup`) back into the journal, and brings back the session in progress it holds. A file
//! already in the journal, or a session already in progress, is never overwritten.

use std::path::PathBuf;
use std::process::ExitCode;

use crate::i18n::Msg;
use crate::journal::Journal;
use crate::journal::checkpoint::{self, Restored};
use crate::journal::export::backup::read_backup;
use crate::journal::export::merge::merge;

use super::Context;
use super::import::print_report;

/// Arguments of `kern restore`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The backup: a .tar archive or a folder made by `kern backup`.
    pub file: PathBuf,
}

/// Restores the backup.
pub fn run(context: &Context, args: &Args) -> anyhow::Result<ExitCode> {
    let data_dir = context.require_data_dir()?;
    let incoming = match read_backup(&args.file) {
        Ok(incoming) => incoming,
        Err(err) => {
            eprintln!(
                "{}",
                context.t(Msg::new("restore-cannot-read")
                    .arg("path", args.file.display().to_string())
                    .arg("reason", err.to_string()))
            );
            return Ok(ExitCode::from(1));
        }
    };
    let report = merge(&Journal::new(&data_dir), incoming.entries)?;
    let code = print_report(context, &report);
    let Some(bytes) = incoming.checkpoint else {
        return Ok(code);
    };
    let (msg, ok) = match checkpoint::restore(&data_dir, &bytes)? {
        Restored::Restored => (Msg::new("harden2-restore-checkpoint"), true),
        Restored::KeptExisting => (Msg::new("harden2-restore-checkpoint-kept"), true),
        Restored::Unreadable(reason) => (
            Msg::new("harden2-restore-checkpoint-unreadable").arg("reason", reason),
            false,
        ),
    };
    if ok {
        println!("{}", context.t(msg));
        Ok(code)
    } else {
        eprintln!("{}", context.t(msg));
        Ok(ExitCode::from(1))
    }
}
