//! The coach's settings (language, sounds, flash, high contrast, voice, hands-free), kept in `<config dir>/settings.toml`
//! and written atomically.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::model::Lang;

/// What the patient can change in Settings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Settings {
    /// Language of the coach.
    pub lang: Option<Lang>,
    /// Ring the terminal bell at each transition.
    pub bell: bool,
    /// Flash the screen at each transition.
    pub flash: bool,
    /// High-contrast colours.
    pub high_contrast: bool,
    /// Speak the session aloud.
    pub voice: bool,
    /// Sets, rests and the next exercise run by themselves.
    pub hands_free: bool,
    /// What the file said of settings a command-line flag turned on for this run only: saving
    /// keeps the file's value unless the patient changes that setting here.
    #[serde(skip)]
    pub run_only: RunOnly,
}

/// The file's values of settings turned on by a flag (`--voice`, `--hands-free`) for one run.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RunOnly {
    /// The file's voice setting, while `--voice` holds it on.
    pub voice: Option<bool>,
    /// The file's hands-free setting, while `--hands-free` holds it on.
    pub hands_free: Option<bool>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            lang: None,
            bell: true,
            flash: true,
            high_contrast: false,
            voice: false,
            hands_free: false,
            run_only: RunOnly::default(),
        }
    }
}

impl Settings {
    /// The settings file in a config folder.
    pub fn path(config_dir: &Path) -> PathBuf {
        config_dir.join("settings.toml")
    }

    /// Reads the settings; a missing or unreadable file gives the defaults.
    pub fn load(config_dir: Option<&Path>) -> Settings {
        config_dir
            .and_then(|dir| std::fs::read_to_string(Self::path(dir)).ok())
            .and_then(|text| toml::from_str(&text).ok())
            .unwrap_or_default()
    }

    /// Turns on what `--voice` and `--hands-free` ask for, for this run only.
    pub fn with_flags(mut self, voice: bool, hands_free: bool) -> Settings {
        if voice && !self.voice {
            self.run_only.voice = Some(self.voice);
            self.voice = true;
        }
        if hands_free && !self.hands_free {
            self.run_only.hands_free = Some(self.hands_free);
            self.hands_free = true;
        }
        self
    }

    /// The patient turns the voice on or off: their choice is kept.
    pub fn toggle_voice(&mut self) {
        self.voice = !self.voice;
        self.run_only.voice = None;
    }

    /// The patient turns hands-free on or off: their choice is kept.
    pub fn toggle_hands_free(&mut self) {
        self.hands_free = !self.hands_free;
        self.run_only.hands_free = None;
    }

    /// What the file keeps: the patient's choices, not this run's flags.
    fn kept(&self) -> Settings {
        let mut kept = self.clone();
        if let Some(voice) = self.run_only.voice {
            kept.voice = voice;
        }
        if let Some(hands_free) = self.run_only.hands_free {
            kept.hands_free = hands_free;
        }
        kept
    }

    /// Saves the settings atomically (without what a flag turned on for this run only).
    pub fn save(&self, config_dir: &Path) -> std::io::Result<()> {
        let text = toml::to_string(&self.kept())
            .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e.to_string()))?;
        crate::journal::atomic::replace(&Self::path(config_dir), text.as_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_flag_for_one_run_is_not_saved_but_a_choice_made_here_is() {
        let dir = tempfile::tempdir().unwrap();
        let mut settings = Settings::load(Some(dir.path())).with_flags(true, true);
        assert!(settings.voice && settings.hands_free);
        settings.bell = false;
        settings.save(dir.path()).unwrap();
        let saved = Settings::load(Some(dir.path()));
        assert!(!saved.bell, "the change made here is kept");
        assert!(!saved.voice && !saved.hands_free, "the flags are not");

        let mut settings = Settings::load(Some(dir.path())).with_flags(true, true);
        settings.toggle_hands_free();
        settings.toggle_hands_free();
        settings.save(dir.path()).unwrap();
        let saved = Settings::load(Some(dir.path()));
        assert!(
            saved.hands_free,
            "turned off and on again here: the patient's choice"
        );
        assert!(!saved.voice);
    }
}
