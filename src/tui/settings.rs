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

    /// Saves the settings atomically.
    pub fn save(&self, config_dir: &Path) -> std::io::Result<()> {
        let text = toml::to_string(self)
            .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e.to_string()))?;
        crate::journal::atomic::replace(&Self::path(config_dir), text.as_bytes())
    }
}
