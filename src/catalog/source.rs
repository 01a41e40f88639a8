//! Reading one content file safely: only regular files, at most 1 MiB, valid UTF-8.

use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};

/// Where a file comes from; a later origin overrides an earlier one with the same id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Origin {
    /// Shipped inside the kern binary.
    Shipped,
    /// The user's or therapist's config directory.
    Config,
    /// A path given on the command line.
    Given,
}

/// The largest content file kern reads.
pub const MAX_FILE_BYTES: u64 = 1024 * 1024;

/// One file kern read (or tried to read).
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// Where it comes from.
    pub origin: Origin,
    /// The path as shown to people (`shipped:exercises/bird-dog.toml` for shipped files).
    pub display: String,
    /// The path on disk, for files that have one.
    pub fs_path: Option<PathBuf>,
    /// Its text (lossily decoded when it is not valid UTF-8; empty when it could not be read).
    pub text: String,
}

impl SourceFile {
    /// The file name without `.toml`: the id of an exercise, program or education card.
    pub fn stem(&self) -> String {
        let name = self.display.rsplit(['/', '\\']).next().unwrap_or_default();
        name.strip_suffix(".toml").unwrap_or(name).to_owned()
    }
}

/// Why a file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadProblem {
    /// It is a folder.
    Folder,
    /// It is not a regular file (a device, a pipe, a socket).
    NotRegular,
    /// It is larger than [`MAX_FILE_BYTES`].
    TooLarge(u64),
    /// The system refused (missing, no permission, symlink loop ...).
    Io(String),
    /// Skipped: its name is close to a content file's but does not end in `.toml` (`x.TOML`,
    /// `x.toml.txt`); the name it would need.
    Skipped(String),
    /// A symbolic link (in a folder given on the command line, such as a bundle) to a file or
    /// folder outside that folder: not followed, and nothing of its target is read.
    LinkOutside,
    /// Not UTF-8 from this byte on; the text is decoded lossily.
    NotUtf8 {
        /// Byte offset of the first bad byte.
        offset: usize,
        /// The text with bad bytes replaced.
        lossy: String,
    },
}

/// Reads a content file, refusing anything that is not a small regular UTF-8 file.
pub fn read_text(path: &Path) -> Result<String, ReadProblem> {
    let meta = std::fs::metadata(path).map_err(|e| ReadProblem::Io(e.to_string()))?;
    if meta.is_dir() {
        return Err(ReadProblem::Folder);
    }
    if !meta.is_file() {
        return Err(ReadProblem::NotRegular);
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(ReadProblem::TooLarge(meta.len()));
    }
    let file = File::open(path).map_err(|e| ReadProblem::Io(e.to_string()))?;
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| ReadProblem::Io(e.to_string()))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(ReadProblem::TooLarge(bytes.len() as u64));
    }
    decode(bytes)
}

/// Decodes bytes as UTF-8 (dropping a byte-order mark).
pub fn decode(bytes: Vec<u8>) -> Result<String, ReadProblem> {
    let bytes = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => rest.to_vec(),
        None => bytes,
    };
    String::from_utf8(bytes).map_err(|e| {
        let offset = e.utf8_error().valid_up_to();
        ReadProblem::NotUtf8 {
            offset,
            lossy: String::from_utf8_lossy(e.as_bytes()).into_owned(),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_utf8_reports_the_first_bad_byte() {
        let err = decode(b"format = \"x\"\n\xff\xfe".to_vec()).unwrap_err();
        assert!(matches!(err, ReadProblem::NotUtf8 { offset: 13, .. }));
    }

    #[test]
    fn a_byte_order_mark_is_dropped() {
        assert_eq!(decode(b"\xEF\xBB\xBFa = 1".to_vec()).unwrap(), "a = 1");
    }

    #[test]
    fn folders_and_devices_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(read_text(dir.path()), Err(ReadProblem::Folder));
        assert_eq!(
            read_text(Path::new("/dev/null")),
            Err(ReadProblem::NotRegular)
        );
    }
}
