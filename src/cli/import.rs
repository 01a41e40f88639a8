//! `kern import journal FILE`: adds the entries of a `kern export --format json` file to the
//! journal, each with its own id; entries already there are never replaced.
//! `kern import free-exercise-db FILE --out DIR` (in `import_free_exercise_db`) converts the
//! public-domain free-exercise-db into draft exercise files.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::i18n::Msg;
use crate::journal::Journal;
use crate::journal::export::json::{self, EXPORT_FORMAT, MAX_IMPORT_BYTES, ParseError};
use crate::journal::export::merge::{MergeReport, merge};
use crate::journal::store::MAX_ENTRY_BYTES;

use super::Context;

/// Arguments of `kern import`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// What to import.
    #[command(subcommand)]
    pub what: What,
}

/// The sources kern imports from.
#[derive(Debug, clap::Subcommand)]
pub enum What {
    /// Add the entries of a `kern export --format json` file to your journal (entries already
    /// there are kept as they are).
    Journal(JournalArgs),
    /// Convert the public-domain free-exercise-db (dist/exercises.json) into draft kern exercise
    /// files, in English, for a therapist to check and finish.
    FreeExerciseDb(super::import_free_exercise_db::Args),
}

/// Arguments of `kern import journal`.
#[derive(Debug, clap::Args)]
pub struct JournalArgs {
    /// The export file ('-' reads standard input).
    pub file: PathBuf,
}

/// Runs the import.
pub fn run(context: &Context, args: &Args) -> anyhow::Result<ExitCode> {
    match &args.what {
        What::Journal(args) => journal(context, args),
        What::FreeExerciseDb(args) => super::import_free_exercise_db::run(context, args),
    }
}

/// Why an export file was not read.
enum ReadFailure {
    /// Reading failed.
    Io(std::io::Error),
    /// It holds more than [`MAX_IMPORT_BYTES`] bytes (at least this many).
    TooLarge(u64),
    /// It is a folder, a device or a pipe.
    NotAFile,
}

/// Reads an export file (or standard input), never more than [`MAX_IMPORT_BYTES`]: the size is
/// checked before reading, and the read stops one byte past the limit.
fn read_text(path: &Path) -> Result<String, ReadFailure> {
    let reader: Box<dyn Read> = if path == Path::new("-") {
        Box::new(std::io::stdin())
    } else {
        // Looked at before it is opened: opening a pipe would wait for a writer forever.
        let meta = std::fs::metadata(path).map_err(ReadFailure::Io)?;
        if !meta.is_file() {
            return Err(ReadFailure::NotAFile);
        }
        if meta.len() > MAX_IMPORT_BYTES {
            return Err(ReadFailure::TooLarge(meta.len()));
        }
        Box::new(std::fs::File::open(path).map_err(ReadFailure::Io)?)
    };
    let mut bytes = Vec::new();
    reader
        .take(MAX_IMPORT_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(ReadFailure::Io)?;
    if bytes.len() as u64 > MAX_IMPORT_BYTES {
        return Err(ReadFailure::TooLarge(bytes.len() as u64));
    }
    String::from_utf8(bytes)
        .map_err(|e| ReadFailure::Io(std::io::Error::new(std::io::ErrorKind::InvalidData, e)))
}

fn journal(context: &Context, args: &JournalArgs) -> anyhow::Result<ExitCode> {
    let data_dir = context.require_data_dir()?;
    let shown = args.file.display().to_string();
    let text = match read_text(&args.file) {
        Ok(text) => text,
        Err(failure) => {
            let msg = match failure {
                ReadFailure::Io(err) => Msg::new("import-cannot-read")
                    .arg("path", shown)
                    .arg("reason", err.to_string()),
                ReadFailure::TooLarge(size) => Msg::new("harden2-import-too-large")
                    .arg("path", shown)
                    .arg("size", size.to_string())
                    .arg("limit", MAX_IMPORT_BYTES.to_string()),
                ReadFailure::NotAFile => Msg::new("harden2-import-not-a-file").arg("path", shown),
            };
            eprintln!("{}", context.t(msg));
            return Ok(ExitCode::from(1));
        }
    };
    let incoming = match json::parse(&text) {
        Ok(incoming) => incoming,
        Err(ParseError::NotAnExport(reason)) => {
            eprintln!(
                "{}",
                context.t(Msg::new("import-not-an-export")
                    .arg("path", shown)
                    .arg("reason", reason))
            );
            return Ok(ExitCode::from(1));
        }
        Err(ParseError::UnknownFormat(format)) => {
            eprintln!(
                "{}",
                context.t(Msg::new("import-unknown-format")
                    .arg("path", shown)
                    .arg("format", format)
                    .arg("supported", EXPORT_FORMAT))
            );
            return Ok(ExitCode::from(1));
        }
    };
    let report = merge(&Journal::new(&data_dir), incoming)?;
    Ok(print_report(context, &report))
}

/// Prints what a merge did: the counts, then every refusal with its reason. Exit code 1 when
/// anything was refused.
pub fn print_report(context: &Context, report: &MergeReport) -> ExitCode {
    println!(
        "{}",
        context.t(Msg::new("merge-summary")
            .num("added", report.added.len() as i64)
            .num("present", report.present.len() as i64)
            .num("refused", report.refused.len() as i64))
    );
    for (source, refusal) in &report.refused {
        let reason = match crate::model::unsafe_file_name(refusal.detail()) {
            Some(why) if refusal.code() == "bad-id" => {
                context.t(Msg::new(why.message_id()).arg("id", refusal.detail()))
            }
            _ => context.t(Msg::new(format!("merge-refused-{}", refusal.code()))
                .arg("detail", refusal.detail())
                .arg("limit", MAX_ENTRY_BYTES.to_string())),
        };
        eprintln!(
            "{}",
            context.t(Msg::new("merge-refused")
                .arg("source", source.as_str())
                .arg("reason", reason))
        );
    }
    if report.refused.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}
