//! The index file on disk: a magic line, a header (index version and a fingerprint of this kern),
//! then one length-prefixed chunk per month folder, then a checksum of everything before it.
//! A month chunk starts with the folder's own details (so that a quick look can skip it whole)
//! and then holds one record per entry file. Everything is [postcard](https://docs.rs/postcard);
//! any doubt (bad magic, other version or kern, bad checksum, a chunk that does not decode) makes
//! the whole file unusable, and it is rebuilt from the entry files.

use serde::{Deserialize, Serialize};

use super::super::entry::{ENTRY_FORMAT, EntryKind};
use super::super::summary::Summary;

/// The first bytes of an index file.
pub const MAGIC: &[u8; 16] = b"kern-jnl-index\n\0";

/// The first bytes of the file of whole entries beside it ([`super::whole`]).
pub const WHOLE_MAGIC: &[u8; 16] = b"kern-jnl-whole\n\0";

/// Raise this when [`Summary`], [`super::super::summary::Facts`] or this layout changes.
pub const INDEX_VERSION: u32 = 4;

/// The size, times and inode of a file or folder: what tells that it changed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stat {
    /// Bytes.
    pub len: u64,
    /// Last change of the content, nanoseconds since 1970.
    pub mtime: i64,
    /// Last change of the content or the details, nanoseconds since 1970 (cannot be set back).
    pub ctime: i64,
    /// The inode (a file replaced by another has another).
    pub ino: u64,
}

impl Stat {
    /// The details of a file or folder.
    pub fn of(meta: &std::fs::Metadata) -> Stat {
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            Stat {
                len: meta.len(),
                mtime: meta.mtime() * 1_000_000_000 + meta.mtime_nsec(),
                ctime: meta.ctime() * 1_000_000_000 + meta.ctime_nsec(),
                ino: meta.ino(),
            }
        }
        #[cfg(not(unix))]
        {
            let mtime = meta
                .modified()
                .ok()
                .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                .map_or(0, |d| d.as_nanos() as i64);
            Stat {
                len: meta.len(),
                mtime,
                ctime: mtime,
                ino: 0,
            }
        }
    }
}

/// What the index knows of one entry file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FileRecord {
    /// The file's details when it was read.
    pub stat: Stat,
    /// What was read.
    pub outcome: Outcome,
}

/// What reading an entry file gave.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Outcome {
    /// The entry's summary (its id is the file name without `.toml`).
    Entry(Summary),
    /// The file could not be read: its name without `.toml`, and why (never trusted: read again
    /// at every look).
    Problem {
        /// File name without `.toml`.
        name: String,
        /// Why it could not be read.
        reason: String,
    },
}

impl FileRecord {
    /// The file name without `.toml`.
    pub fn name(&self) -> &str {
        match &self.outcome {
            Outcome::Entry(summary) => &summary.id,
            Outcome::Problem { name, .. } => name,
        }
    }
}

/// The first part of a month chunk: enough to tell whether the folder changed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MonthHead {
    /// The year folder's number.
    pub year: i32,
    /// The month folder's number.
    pub month: u32,
    /// The month folder's details (a file added, removed or renamed changes them).
    pub dir: Stat,
    /// The newest change time of its files (files changed just before the index was written are
    /// read again: their times may not show a change made in the same clock tick).
    pub newest_ctime: i64,
    /// Files that could not be read.
    pub problems: u32,
}

/// One month chunk, encoded: its head, then its records.
#[derive(Debug, Clone)]
pub struct Chunk {
    /// The head, decoded.
    pub head: MonthHead,
    /// The whole chunk as stored (head and records).
    pub bytes: Vec<u8>,
}

impl Chunk {
    /// Encodes a month.
    pub fn encode(head: MonthHead, files: &[FileRecord]) -> Result<Chunk, postcard::Error> {
        let mut bytes = postcard::to_stdvec(&head)?;
        bytes.extend(postcard::to_stdvec(files)?);
        Ok(Chunk { head, bytes })
    }

    /// The records of this month.
    pub fn files(&self) -> Result<Vec<FileRecord>, postcard::Error> {
        let (_, rest) = postcard::take_from_bytes::<MonthHead>(&self.bytes)?;
        postcard::from_bytes(rest)
    }
}

#[derive(Serialize, Deserialize)]
struct Header {
    version: u32,
    fingerprint: String,
}

/// What kern wrote the index: the index version, kern's version, the entry format and the kinds
/// it knows. Any difference and the index is rebuilt.
fn fingerprint() -> String {
    let kinds: Vec<&str> = EntryKind::ALL.iter().map(|k| k.name()).collect();
    format!(
        "{INDEX_VERSION} {} {ENTRY_FORMAT} {}",
        env!("CARGO_PKG_VERSION"),
        kinds.join(",")
    )
}

/// 64-bit FNV-1a.
fn checksum(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in bytes {
        hash ^= u64::from(*byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash
}

fn push_part(out: &mut Vec<u8>, part: &[u8]) {
    out.extend((part.len() as u32).to_le_bytes());
    out.extend(part);
}

/// The bytes of a file (starting with `magic`) for these month chunks.
pub fn encode(magic: &[u8; 16], chunks: &[Chunk]) -> Result<Vec<u8>, postcard::Error> {
    let mut out = magic.to_vec();
    push_part(
        &mut out,
        &postcard::to_stdvec(&Header {
            version: INDEX_VERSION,
            fingerprint: fingerprint(),
        })?,
    );
    for chunk in chunks {
        push_part(&mut out, &chunk.bytes);
    }
    let sum = checksum(&out);
    out.extend(sum.to_le_bytes());
    Ok(out)
}

/// The month chunks of a file (starting with `magic`), or why it cannot be used.
pub fn decode(magic: &[u8; 16], bytes: &[u8]) -> Result<Vec<Chunk>, String> {
    let body = bytes
        .strip_prefix(magic.as_slice())
        .ok_or("not a kern journal index")?;
    let split = bytes.len().checked_sub(8).ok_or("cut short")?;
    let (content, sum) = bytes.split_at(split);
    let sum = u64::from_le_bytes(sum.try_into().map_err(|_| "cut short")?);
    if checksum(content) != sum {
        return Err("damaged (the checksum does not match)".to_owned());
    }
    let mut rest = &body[..body.len() - 8];
    let mut next = || -> Result<Option<&[u8]>, String> {
        if rest.is_empty() {
            return Ok(None);
        }
        let len = rest
            .get(..4)
            .and_then(|b| b.try_into().ok())
            .map(u32::from_le_bytes)
            .ok_or("cut short")? as usize;
        let part = rest.get(4..4 + len).ok_or("cut short")?;
        rest = &rest[4 + len..];
        Ok(Some(part))
    };
    let header: Header = postcard::from_bytes(next()?.ok_or("no header")?)
        .map_err(|e| format!("damaged header: {e}"))?;
    if header.version != INDEX_VERSION || header.fingerprint != fingerprint() {
        return Err(format!(
            "written by another kern ({}); this kern writes {}",
            header.fingerprint,
            fingerprint()
        ));
    }
    let mut chunks = Vec::new();
    while let Some(part) = next()? {
        let (head, _) = postcard::take_from_bytes::<MonthHead>(part)
            .map_err(|e| format!("damaged month: {e}"))?;
        chunks.push(Chunk {
            head,
            bytes: part.to_vec(),
        });
    }
    Ok(chunks)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chunk(month: u32) -> Chunk {
        let head = MonthHead {
            year: 2026,
            month,
            dir: Stat::default(),
            newest_ctime: 0,
            problems: 1,
        };
        let files = vec![FileRecord {
            stat: Stat {
                len: 10,
                mtime: 1,
                ctime: 2,
                ino: 3,
            },
            outcome: Outcome::Problem {
                name: "x".into(),
                reason: "bad".into(),
            },
        }];
        Chunk::encode(head, &files).unwrap()
    }

    #[test]
    fn an_index_reads_back_what_was_written() {
        let bytes = encode(MAGIC, &[chunk(10), chunk(11)]).unwrap();
        let chunks = decode(MAGIC, &bytes).unwrap();
        assert_eq!(chunks.len(), 2);
        assert_eq!(chunks[1].head.month, 11);
        assert_eq!(chunks[0].files().unwrap()[0].name(), "x");
    }

    #[test]
    fn any_damage_makes_the_index_unusable() {
        let bytes = encode(MAGIC, &[chunk(10)]).unwrap();
        for cut in [0, 5, bytes.len() / 2, bytes.len() - 1] {
            assert!(decode(MAGIC, &bytes[..cut]).is_err(), "cut at {cut}");
        }
        for at in [20, bytes.len() / 2, bytes.len() - 3] {
            let mut flipped = bytes.clone();
            flipped[at] ^= 0x10;
            assert!(decode(MAGIC, &flipped).is_err(), "flip at {at}");
        }
        assert!(decode(MAGIC, b"garbage").is_err());
        assert!(
            decode(WHOLE_MAGIC, &bytes).is_err(),
            "an index is not a file of whole entries"
        );
    }
}
