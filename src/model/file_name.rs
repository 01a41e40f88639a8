//! Ids that become file names must be file names everywhere: not a name Windows keeps for a
//! device (`CON`, `nul`, `com1.toml`, any case, with or without an extension), and not starting
//! with `-` (a shell reads `-rf.toml` as an option).

/// The device names Windows keeps, whatever the case or extension.
const RESERVED: [&str; 4] = ["con", "prn", "aux", "nul"];

/// Whether `name` is a name Windows keeps for a device: `CON`, `PRN`, `AUX`, `NUL`, `COM0`–`COM9`
/// or `LPT0`–`LPT9`, in any case, alone or followed by an extension (`nul.toml`, `Com1.tar.gz`).
pub fn reserved_on_windows(name: &str) -> bool {
    let base = name.split('.').next().unwrap_or_default().trim_end();
    let lower = base.to_ascii_lowercase();
    if RESERVED.contains(&lower.as_str()) {
        return true;
    }
    let bytes = lower.as_bytes();
    bytes.len() == 4
        && (lower.starts_with("com") || lower.starts_with("lpt"))
        && bytes[3].is_ascii_digit()
}

/// Why an id cannot become a file name (`None` when it can): reserved by Windows, or starting
/// with `-`. Other rules (which characters) are the caller's.
pub fn unsafe_file_name(name: &str) -> Option<UnsafeName> {
    if name.starts_with('-') {
        Some(UnsafeName::LooksLikeOption)
    } else if reserved_on_windows(name) {
        Some(UnsafeName::ReservedOnWindows)
    } else {
        None
    }
}

/// Why a name cannot be a file name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnsafeName {
    /// A device name on Windows (`CON`, `nul`, `com1` ...).
    ReservedOnWindows,
    /// Starts with `-`, so a command would take it for an option.
    LooksLikeOption,
}

impl UnsafeName {
    /// The message id that explains it (`harden2-id-reserved`, `harden2-id-option`); it takes
    /// the argument `id`.
    pub fn message_id(self) -> &'static str {
        match self {
            UnsafeName::ReservedOnWindows => "harden2-id-reserved",
            UnsafeName::LooksLikeOption => "harden2-id-option",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_device_names_are_reserved_in_any_case_and_with_any_extension() {
        for name in [
            "CON",
            "con",
            "Con",
            "nul",
            "NUL.toml",
            "aux.tar.gz",
            "prn",
            "com1",
            "COM9.txt",
            "lpt1",
            "Lpt3.toml",
            "con .toml",
        ] {
            assert!(reserved_on_windows(name), "{name}");
            assert_eq!(unsafe_file_name(name), Some(UnsafeName::ReservedOnWindows));
        }
        for name in [
            "console",
            "con-stretch",
            "nuls",
            "com",
            "com10",
            "comx",
            "lpt",
            "bird-dog",
            "2026-11-25T0930-session-k3f9q2",
        ] {
            assert!(!reserved_on_windows(name), "{name}");
            assert_eq!(unsafe_file_name(name), None);
        }
    }

    #[test]
    fn names_starting_with_a_hyphen_look_like_options() {
        assert_eq!(unsafe_file_name("-rf"), Some(UnsafeName::LooksLikeOption));
        assert_eq!(
            unsafe_file_name("--help"),
            Some(UnsafeName::LooksLikeOption)
        );
        assert_eq!(unsafe_file_name("a-rf"), None);
    }
}
