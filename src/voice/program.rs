//! The system's speech program, found once at start: `KERN_SPEECH_COMMAND` when set, else
//! speech-dispatcher (`spd-say`) or `espeak-ng` on Linux, `say` on macOS, the built-in speech of
//! Windows (PowerShell's System.Speech). Each utterance is one run of the program.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::model::Lang;

/// The environment variable that names a speech command of one's own.
pub const SPEECH_COMMAND_VAR: &str = "KERN_SPEECH_COMMAND";

/// A speech program and how to call it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SpeechProgram {
    /// `KERN_SPEECH_COMMAND`: the program and its own arguments; the language tag and the text
    /// come after them.
    Custom(Vec<String>),
    /// speech-dispatcher's `spd-say` (waits until it has spoken).
    SpdSay(PathBuf),
    /// `espeak-ng`.
    EspeakNg(PathBuf),
    /// macOS `say`.
    Say(PathBuf),
    /// Windows PowerShell with System.Speech.
    PowerShell(PathBuf),
}

/// Makes a speech program from where it was found.
type MakeProgram = fn(PathBuf) -> SpeechProgram;

/// Why a speech command of one's own cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("KERN_SPEECH_COMMAND '{0}' is not a command line kern can split (check the quotes)")]
pub struct BadCommand(pub String);

/// The script PowerShell runs: the language and the text come in environment variables, so no
/// text is ever read as code.
const POWERSHELL_SCRIPT: &str = "Add-Type -AssemblyName System.Speech; \
$s = New-Object System.Speech.Synthesis.SpeechSynthesizer; \
$v = $s.GetInstalledVoices() | Where-Object { $_.VoiceInfo.Culture.TwoLetterISOLanguageName -eq $env:KERN_SAY_LANG } | Select-Object -First 1; \
if ($v) { $s.SelectVoice($v.VoiceInfo.Name) }; \
$s.Speak($env:KERN_SAY_TEXT)";

impl SpeechProgram {
    /// The speech program to use: `custom` (the value of `KERN_SPEECH_COMMAND`) when given, else
    /// the first of the system's programs that `find` locates. `None` when there is none.
    pub fn choose(
        custom: Option<&str>,
        find: impl Fn(&str) -> Option<PathBuf>,
    ) -> Result<Option<SpeechProgram>, BadCommand> {
        if let Some(line) = custom.filter(|l| !l.trim().is_empty()) {
            let words = shlex::split(line)
                .filter(|w| !w.is_empty())
                .ok_or_else(|| BadCommand(line.to_owned()))?;
            return Ok(Some(SpeechProgram::Custom(words)));
        }
        let candidates: &[(&str, MakeProgram)] = if cfg!(target_os = "macos") {
            &[("say", SpeechProgram::Say)]
        } else if cfg!(windows) {
            &[
                ("powershell.exe", SpeechProgram::PowerShell),
                ("pwsh.exe", SpeechProgram::PowerShell),
            ]
        } else {
            &[
                ("spd-say", SpeechProgram::SpdSay),
                ("espeak-ng", SpeechProgram::EspeakNg),
            ]
        };
        Ok(candidates
            .iter()
            .find_map(|(name, make)| find(name).map(make)))
    }

    /// Finds the speech program from this process's environment (`KERN_SPEECH_COMMAND`, `PATH`).
    pub fn from_env() -> Result<Option<SpeechProgram>, BadCommand> {
        let custom = std::env::var(SPEECH_COMMAND_VAR).ok();
        let path = std::env::var_os("PATH").unwrap_or_default();
        SpeechProgram::choose(custom.as_deref(), |name| on_path(&path, name))
    }

    /// A short name for notes ("espeak-ng").
    pub fn name(&self) -> String {
        match self {
            SpeechProgram::Custom(words) => words.first().cloned().unwrap_or_default(),
            SpeechProgram::SpdSay(_) => "spd-say".to_owned(),
            SpeechProgram::EspeakNg(_) => "espeak-ng".to_owned(),
            SpeechProgram::Say(_) => "say".to_owned(),
            SpeechProgram::PowerShell(_) => "PowerShell System.Speech".to_owned(),
        }
    }

    /// The command that says `text` in `lang` (not yet started).
    pub fn command(&self, lang: Lang, text: &str) -> Command {
        let tag = lang.code();
        // A text starting with "-" would be read as an option.
        let text = text.trim_start_matches('-').trim();
        match self {
            SpeechProgram::Custom(words) => {
                let mut command = Command::new(&words[0]);
                command.args(&words[1..]).arg(tag).arg(text);
                command
            }
            SpeechProgram::SpdSay(path) => {
                let mut command = Command::new(path);
                command.args(["--wait", "-l", tag, "--"]).arg(text);
                command
            }
            SpeechProgram::EspeakNg(path) => {
                let mut command = Command::new(path);
                command.args(["-v", tag, "--"]).arg(text);
                command
            }
            SpeechProgram::Say(path) => {
                let mut command = Command::new(path);
                if lang == Lang::Nl {
                    // The Flemish voice that macOS ships.
                    command.args(["-v", "Ellen"]);
                }
                command.arg("--").arg(text);
                command
            }
            SpeechProgram::PowerShell(path) => {
                let mut command = Command::new(path);
                command
                    .args([
                        "-NoProfile",
                        "-NonInteractive",
                        "-Command",
                        POWERSHELL_SCRIPT,
                    ])
                    .env("KERN_SAY_LANG", tag)
                    .env("KERN_SAY_TEXT", text);
                command
            }
        }
    }
}

/// The program `name` in one of the folders of a `PATH` value, if it is there.
pub fn on_path(path: &std::ffi::OsStr, name: &str) -> Option<PathBuf> {
    std::env::split_paths(path)
        .map(|dir| dir.join(name))
        .find(|candidate| is_program(candidate))
}

fn is_program(path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        path.metadata()
            .is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
    }
    #[cfg(not(unix))]
    {
        path.is_file()
    }
}

/// The words a command line is made of, for tests and notes.
pub fn command_words(command: &Command) -> Vec<OsString> {
    std::iter::once(command.get_program().to_owned())
        .chain(command.get_args().map(ToOwned::to_owned))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(program: &SpeechProgram, lang: Lang, text: &str) -> Vec<String> {
        command_words(&program.command(lang, text))
            .iter()
            .map(|w| w.to_string_lossy().into_owned())
            .collect()
    }

    #[test]
    fn the_own_command_gets_the_language_and_the_text_as_two_more_arguments() {
        let program = SpeechProgram::choose(Some("/opt/say.sh --loud 'two words'"), |_| None)
            .unwrap()
            .unwrap();
        assert_eq!(
            words(&program, Lang::Nl, "Rust 30 seconden"),
            [
                "/opt/say.sh",
                "--loud",
                "two words",
                "nl",
                "Rust 30 seconden"
            ]
        );
    }

    #[test]
    fn a_broken_own_command_is_a_clear_error() {
        let err = SpeechProgram::choose(Some("say 'unclosed"), |_| None).unwrap_err();
        assert!(err.to_string().contains("KERN_SPEECH_COMMAND"));
    }

    #[test]
    fn the_own_command_comes_before_the_system_s() {
        let program = SpeechProgram::choose(Some("rec"), |_| Some(PathBuf::from("/usr/bin/x")));
        assert!(matches!(program, Ok(Some(SpeechProgram::Custom(_)))));
    }

    #[cfg(all(unix, not(target_os = "macos")))]
    #[test]
    fn on_linux_speech_dispatcher_comes_first_then_espeak_ng() {
        let only_espeak =
            |name: &str| (name == "espeak-ng").then(|| PathBuf::from("/usr/bin/espeak-ng"));
        let program = SpeechProgram::choose(None, only_espeak).unwrap().unwrap();
        assert_eq!(
            words(&program, Lang::En, "Switch sides"),
            ["/usr/bin/espeak-ng", "-v", "en", "--", "Switch sides"]
        );
        let both = |name: &str| Some(PathBuf::from(format!("/usr/bin/{name}")));
        let program = SpeechProgram::choose(None, both).unwrap().unwrap();
        assert_eq!(program.name(), "spd-say");
        assert_eq!(
            words(&program, Lang::Nl, "Wissel van kant"),
            [
                "/usr/bin/spd-say",
                "--wait",
                "-l",
                "nl",
                "--",
                "Wissel van kant"
            ]
        );
        assert_eq!(SpeechProgram::choose(None, |_| None), Ok(None));
    }

    #[test]
    fn text_is_never_read_as_an_option() {
        let program = SpeechProgram::Custom(vec!["rec".into()]);
        assert_eq!(
            words(&program, Lang::En, "--help me"),
            ["rec", "en", "help me"]
        );
    }

    #[test]
    fn windows_speech_gets_the_text_outside_its_script() {
        let program = SpeechProgram::PowerShell(PathBuf::from("powershell.exe"));
        let command = program.command(Lang::Nl, "$(rm -rf) Rust");
        assert!(
            !words(&program, Lang::Nl, "$(rm -rf) Rust")
                .iter()
                .any(|w| w.contains("rm -rf"))
        );
        let envs: Vec<_> = command.get_envs().collect();
        assert!(envs.iter().any(|(k, v)| *k == "KERN_SAY_TEXT"
            && v.is_some_and(|v| v.to_string_lossy().contains("Rust"))));
    }
}
