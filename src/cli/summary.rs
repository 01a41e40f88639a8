//! `kern` without a command: what kern is, what it has loaded, and the commands to try. (The coach
//! will open here once it exists.)

use std::process::ExitCode;

use crate::i18n::Msg;

use super::Context;

/// Prints the overview.
pub fn run(context: &Context) -> anyhow::Result<ExitCode> {
    let catalog = context.catalog_for_display();
    let i18n = &context.i18n;
    println!("{}\n", i18n.text("cli-about"));
    println!("{}\n", i18n.text("cli-safety"));
    println!(
        "{}\n",
        context.t(Msg::new("summary-loaded")
            .num("exercises", catalog.patient_exercises().count() as i64)
            .num("programs", catalog.programs.len() as i64)
            .num("cards", catalog.education.len() as i64))
    );
    println!("{}", i18n.text("summary-commands"));
    Ok(ExitCode::SUCCESS)
}
