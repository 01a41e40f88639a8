//! What every command needs: the language, the folders in use, and a way to load the catalog.

use std::path::PathBuf;

use crate::catalog::{Catalog, LoadOptions};
use crate::i18n::{I18n, Msg};
use crate::model::Lang;

use super::Cli;

/// The language the environment asks for (`LC_ALL`, `LC_MESSAGES`, `LANG` ...), else English.
pub fn default_lang() -> Lang {
    sys_locale::get_locale()
        .and_then(|locale| Lang::from_locale(&locale))
        .unwrap_or(Lang::En)
}

/// The platform folders kern uses, from `directories`.
fn project_dirs() -> Option<directories::ProjectDirs> {
    directories::ProjectDirs::from("", "", "kern")
}

/// Shared state of one kern run.
pub struct Context {
    /// The chosen language.
    pub lang: Lang,
    /// Whether the language was asked for (`--lang` or `KERN_LANG`), not taken from the locale.
    pub lang_given: bool,
    /// Its message catalog.
    pub i18n: I18n,
    /// The config folder, if one could be found.
    pub config_dir: Option<PathBuf>,
    /// The data folder, if one could be found.
    pub data_dir: Option<PathBuf>,
    /// `--voice`: speak the session aloud.
    pub voice: bool,
    /// `--hands-free`: sets, rests and the next exercise run by themselves.
    pub hands_free: bool,
}

impl Context {
    /// Builds the context from the parsed command line.
    pub fn new(cli: &Cli) -> Self {
        let lang = cli.lang.unwrap_or_else(default_lang);
        let dirs = project_dirs();
        Self {
            lang,
            lang_given: cli.lang.is_some(),
            i18n: I18n::new(lang),
            config_dir: cli
                .config_dir
                .clone()
                .or_else(|| dirs.as_ref().map(|d| d.config_dir().to_path_buf())),
            data_dir: cli
                .data_dir
                .clone()
                .or_else(|| dirs.as_ref().map(|d| d.data_dir().to_path_buf())),
            voice: cli.voice,
            hands_free: cli.hands_free,
        }
    }

    /// A message in the chosen language.
    pub fn t(&self, msg: Msg) -> String {
        self.i18n.format(&msg)
    }

    /// Loads the shipped content, the config folder's, and `paths`.
    pub fn load_catalog(&self, paths: &[PathBuf]) -> Catalog {
        Catalog::load(&LoadOptions {
            shipped: true,
            config_dir: self.config_dir.clone(),
            paths: paths.to_vec(),
        })
    }

    /// Loads the catalog for a command that shows content: problems are mentioned on stderr, and
    /// what loaded is still shown.
    pub fn catalog_for_display(&self) -> Catalog {
        let catalog = self.load_catalog(&[]);
        let errors = catalog.count(crate::catalog::Severity::Error);
        if errors > 0 {
            eprintln!(
                "{}",
                self.t(Msg::new("cli-catalog-has-errors").num("errors", errors as i64))
            );
        }
        catalog
    }

    /// The data folder, or an error for people when none could be found.
    pub fn require_data_dir(&self) -> anyhow::Result<PathBuf> {
        self.data_dir
            .clone()
            .ok_or_else(|| anyhow::anyhow!(self.i18n.text("cli-no-data-dir")))
    }

    /// Whether to colour output: only on a terminal, and never with `NO_COLOR` set.
    pub fn color(&self) -> bool {
        use std::io::IsTerminal;
        std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && std::io::stdout().is_terminal()
    }
}

/// For writes inside a longer flow (a session, a screen): says what failed and prints the entry so
/// that it is not lost, then gives the error to return.
pub fn print_unsaved(
    i18n: &crate::i18n::I18n,
    failure: crate::journal::WriteFailure,
) -> anyhow::Error {
    eprintln!(
        "{}",
        i18n.format(
            &crate::i18n::Msg::new("log-write-failed")
                .arg("path", failure.path.display().to_string())
                .arg("reason", failure.error.to_string())
        )
    );
    eprintln!("{}", i18n.text("log-kept-printed"));
    if let Ok(text) = failure.entry.to_toml() {
        print!("{text}");
    }
    anyhow::anyhow!("{failure}")
}
