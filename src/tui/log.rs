//! The coach's log: a daily file in `<data dir>/logs/` (tracing), never the screen. It records
//! what the coach did (screens, saves, failures) for support, not what the patient answered.

use std::path::Path;

use tracing_appender::non_blocking::WorkerGuard;

/// Starts logging to `<data dir>/logs/kern.log.<date>`; keep the guard alive while the coach runs.
pub fn start(data_dir: &Path) -> Option<WorkerGuard> {
    let dir = data_dir.join("logs");
    crate::journal::atomic::create_private_dir(&dir).ok()?;
    let appender = tracing_appender::rolling::daily(dir, "kern.log");
    let (writer, guard) = tracing_appender::non_blocking(appender);
    tracing_subscriber::fmt()
        .with_writer(writer)
        .with_ansi(false)
        .with_target(false)
        .try_init()
        .ok()?;
    Some(guard)
}
