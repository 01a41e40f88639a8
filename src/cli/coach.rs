//! `kern` (and `kern session` without `--plain`): opens the full-screen coach. Without a terminal
//! it says so and points to the plain-text coach.

use std::io::IsTerminal;
use std::process::ExitCode;

use crate::coach;
use crate::journal::LockError;
use crate::tui::{self, App, settings::Settings};

use super::Context;
use super::time::now;

/// Opens the coach.
pub fn run(context: &Context, speed: f64) -> anyhow::Result<ExitCode> {
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        eprintln!("{}", context.i18n.text("coach-no-terminal"));
        return Ok(ExitCode::from(1));
    }
    let data_dir = context.require_data_dir()?;
    let _lock = match coach::lock(&data_dir) {
        Ok(lock) => lock,
        Err(LockError::Busy(_)) => {
            eprintln!("{}", context.i18n.text("plain-locked"));
            return Ok(ExitCode::from(1));
        }
        Err(err) => return Err(err.into()),
    };
    // `--voice` and `--hands-free` turn them on for this run only (the Settings screen still can,
    // and only a change made there is saved).
    let settings =
        Settings::load(context.config_dir.as_deref()).with_flags(context.voice, context.hands_free);
    let lang = if context.lang_given {
        context.lang
    } else {
        settings.lang.unwrap_or(context.lang)
    };
    let catalog = context.catalog_for_display();
    let _log = tui::log::start(&data_dir);
    tracing::info!(version = env!("CARGO_PKG_VERSION"), "coach started");
    tui::run::install_crash_report(&data_dir);
    let color = std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    let app = App::new(
        lang,
        catalog,
        data_dir,
        context.config_dir.clone(),
        settings,
        color,
        now(),
    );
    let result = tui::run(app, speed, now);
    tracing::info!(ok = result.is_ok(), "coach closed");
    result?;
    Ok(ExitCode::SUCCESS)
}
