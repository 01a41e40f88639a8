//! `kern man`: kern's manual page (roff), written from the command-line definition so it never
//! drifts from it. One page holds every command (there are no `kern-<command>(1)` pages), the
//! environment variables kern reads, its files, exit codes and the safety note.

use std::process::ExitCode;

use clap::{Arg, ArgAction, Command};
use clap_mangen::roff::{Inline, Roff, bold, italic, roman};

use super::Context;

/// Environment variables kern reads that are not options (options with an `env` are found in the
/// command-line definition itself).
const MORE_ENVIRONMENT: [(&str, &str); 3] = [
    (
        "NO_COLOR",
        "When set (to anything), kern shows no colours (https://no-color.org).",
    ),
    (
        "KERN_SPEECH_COMMAND",
        "A command line kern runs once per spoken sentence, with two more arguments: the language \
         (en or nl) and the text. It replaces the speech program kern finds by itself.",
    ),
    (
        "LANG, LC_ALL, LC_MESSAGES",
        "The system locale; kern speaks Dutch when it starts with nl and no --lang or KERN_LANG \
         is given.",
    ),
];

/// Prints the man page on stdout: `kern man > kern.1`.
pub fn run(context: &Context) -> anyhow::Result<ExitCode> {
    let page = render(&super::command(&context.i18n));
    std::io::Write::write_all(&mut std::io::stdout(), page.as_bytes())?;
    Ok(ExitCode::SUCCESS)
}

/// The whole page as roff.
pub fn render(command: &Command) -> String {
    let mut roff = Roff::new();
    let version = command.get_version().unwrap_or_default();
    roff.control(
        "TH",
        ["KERN", "1", "", &format!("kern {version}"), "User Commands"],
    );

    roff.control("SH", ["NAME"]);
    roff.text([roman(
        "kern - a terminal coach for a home-exercise program for low back pain",
    )]);

    roff.control("SH", ["SYNOPSIS"]);
    roff.text([
        bold("kern"),
        roman(" ["),
        italic("OPTIONS"),
        roman("] ["),
        italic("COMMAND"),
        roman("] ["),
        italic("ARGS"),
        roman("]"),
    ]);

    roff.control("SH", ["DESCRIPTION"]);
    if let Some(about) = command.get_about() {
        roff.text([roman(about.to_string())]);
    }
    roff.control("PP", []);
    roff.text([roman(
        "Without a command kern opens the coach, a full-screen terminal program. Every part of it \
         is also a command, listed below; kern session --plain runs a session line by line for \
         screen readers and scripts.",
    )]);

    roff.control("SH", ["OPTIONS"]);
    roff.text([roman(
        "These options work with every command and may be given before or after it.",
    )]);
    for arg in visible_args(command) {
        option(&mut roff, arg);
    }

    roff.control("SH", ["COMMANDS"]);
    for sub in command.get_subcommands().filter(|sub| !sub.is_hide_set()) {
        subcommand(&mut roff, sub, "kern");
    }

    roff.control("SH", ["ENVIRONMENT"]);
    for arg in command.get_arguments() {
        if let Some(name) = arg.get_env() {
            roff.control("TP", []);
            roff.text([bold(name.to_string_lossy().into_owned())]);
            roff.text([roman(format!(
                "The same as {}.",
                long_name(arg).unwrap_or_default()
            ))]);
        }
    }
    for (name, text) in MORE_ENVIRONMENT {
        roff.control("TP", []);
        roff.text([bold(name)]);
        roff.text([roman(text)]);
    }

    roff.control("SH", ["FILES"]);
    for (path, text) in [
        (
            "~/.config/kern/exercises/, ~/.config/kern/programs/",
            "Your own or your therapist's exercises and programs; a file with the id of a shipped \
             one replaces it (--config-dir).",
        ),
        (
            "~/.local/share/kern/journal/YYYY/MM/",
            "Your journal: one small TOML file per entry, readable without kern (--data-dir).",
        ),
    ] {
        roff.control("TP", []);
        roff.text([italic(path)]);
        roff.text([roman(text)]);
    }
    roff.text([roman(
        "macOS and Windows use their own platform folders; kern doctor shows the folders in use.",
    )]);

    roff.control("SH", ["EXIT STATUS"]);
    for (code, text) in [
        ("0", "All went well."),
        (
            "1",
            "The command found a problem (for validate: a file has an error).",
        ),
        ("2", "Wrong usage: an unknown option or a missing argument."),
    ] {
        roff.control("TP", []);
        roff.text([bold(code)]);
        roff.text([roman(text)]);
    }

    roff.control("SH", ["SAFETY"]);
    if let Some(safety) = command.get_after_help() {
        roff.text([roman(safety.to_string())]);
    }

    roff.control("SH", ["EXAMPLES"]);
    for (example, text) in [
        (
            "kern start core-hip-strength --days mon,wed,fri --usual-pain 3",
            "Start a program.",
        ),
        (
            "kern today",
            "What is due today, each dose and why it changed.",
        ),
        ("kern session --plain", "Today's session, line by line."),
        (
            "kern report --out report.html",
            "A report for your physiotherapist.",
        ),
    ] {
        roff.control("TP", []);
        roff.text([bold(example)]);
        roff.text([roman(text)]);
    }
    roff.render()
}

/// The options of a command that a reader should see (hidden ones and `--help`/`--version` apart).
fn visible_args(command: &Command) -> impl Iterator<Item = &Arg> {
    command
        .get_arguments()
        .filter(|arg| !arg.is_hide_set())
        .filter(|arg| !matches!(arg.get_action(), ArgAction::Help | ArgAction::HelpShort))
}

/// `--long`, or `-s, --long`, with the value's name.
fn option_name(arg: &Arg) -> Vec<Inline> {
    let mut parts = Vec::new();
    if arg.is_positional() {
        parts.push(italic(format!("<{}>", value_name(arg))));
        return parts;
    }
    if let Some(short) = arg.get_short() {
        parts.push(bold(format!("-{short}")));
        if arg.get_long().is_some() {
            parts.push(roman(", "));
        }
    }
    if let Some(long) = arg.get_long() {
        parts.push(bold(format!("--{long}")));
    }
    if arg.get_action().takes_values() {
        parts.push(roman(" "));
        parts.push(italic(value_name(arg)));
    }
    parts
}

fn long_name(arg: &Arg) -> Option<String> {
    arg.get_long().map(|long| format!("--{long}"))
}

fn value_name(arg: &Arg) -> String {
    arg.get_value_names()
        .and_then(|names| names.first())
        .map(|name| name.to_string())
        .unwrap_or_else(|| arg.get_id().as_str().to_uppercase())
}

/// The help of an argument: the long help when there is one (options hidden from the short help
/// keep their text here).
fn help_text(arg: &Arg) -> String {
    let mut text = arg
        .get_long_help()
        .or(arg.get_help())
        .map(|help| help.to_string())
        .unwrap_or_default();
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|value| value.to_string_lossy().into_owned())
        .collect();
    if !defaults.is_empty() && arg.get_action().takes_values() {
        text.push_str(&format!(" [default: {}]", defaults.join(", ")));
    }
    let choices: Vec<String> = arg
        .get_possible_values()
        .iter()
        .filter(|value| !value.is_hide_set())
        .map(|value| value.get_name().to_owned())
        .collect();
    if !choices.is_empty() {
        text.push_str(&format!(" [one of: {}]", choices.join(", ")));
    }
    text.trim().to_owned()
}

fn option(roff: &mut Roff, arg: &Arg) {
    roff.control("TP", []);
    roff.text(option_name(arg));
    roff.text([roman(help_text(arg))]);
}

/// One command, its arguments and its own commands (`kern program export`).
fn subcommand(roff: &mut Roff, command: &Command, parent: &str) {
    let path = format!("{parent} {}", command.get_name());
    roff.control("TP", []);
    let mut usage = vec![bold(path.clone())];
    for arg in visible_args(command).filter(|arg| arg.is_positional()) {
        usage.push(roman(" "));
        usage.push(italic(if arg.is_required_set() {
            format!("<{}>", value_name(arg))
        } else {
            format!("[{}]", value_name(arg))
        }));
    }
    if command.get_subcommands().next().is_some() {
        usage.push(roman(" "));
        usage.push(italic("COMMAND"));
    }
    roff.text(usage);
    let about = command
        .get_long_about()
        .or(command.get_about())
        .map(|about| about.to_string())
        .unwrap_or_default();
    roff.text([roman(about)]);
    let options: Vec<&Arg> = visible_args(command)
        .filter(|arg| !arg.is_global_set())
        .collect();
    if !options.is_empty() {
        roff.control("RS", []);
        for arg in options {
            option(roff, arg);
        }
        roff.control("RE", []);
    }
    for sub in command.get_subcommands().filter(|sub| !sub.is_hide_set()) {
        subcommand(roff, sub, &path);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::I18n;
    use crate::model::Lang;

    fn page() -> String {
        render(&super::super::command(&I18n::new(Lang::En)))
    }

    #[test]
    fn the_name_line_names_kern_once() {
        let page = page();
        let name = page
            .lines()
            .skip_while(|line| *line != ".SH NAME")
            .nth(1)
            .unwrap_or_default();
        assert!(name.starts_with("kern \\- a terminal coach"), "{name}");
        assert!(!name.contains("kern:"), "{name}");
    }

    #[test]
    fn no_page_is_named_that_does_not_exist() {
        let page = page();
        assert!(!page.contains("kern\\-session(1)"));
        assert!(!page.contains("(1)"), "the page points to another page");
    }

    #[test]
    fn every_command_option_and_variable_is_on_the_page() {
        let page = page();
        let command = super::super::command(&I18n::new(Lang::En));
        for sub in command.get_subcommands().filter(|sub| !sub.is_hide_set()) {
            assert!(
                page.contains(&format!("kern {}", sub.get_name()).replace('-', "\\-")),
                "kern {} is missing",
                sub.get_name()
            );
        }
        for needle in [
            "\\-\\-speed",
            "KERN_LANG",
            "KERN_CONFIG_DIR",
            "KERN_DATA_DIR",
            "KERN_SPEECH_COMMAND",
            "NO_COLOR",
            ".SH SAFETY",
            "112",
            "EXIT STATUS",
        ] {
            assert!(page.contains(needle), "{needle} is missing");
        }
    }

    #[test]
    fn the_speed_option_keeps_its_text() {
        let page = page();
        let at = page.find("\\-\\-speed").unwrap_or(0);
        assert!(page[at..].contains("faster"), "--speed has no description");
    }
}
