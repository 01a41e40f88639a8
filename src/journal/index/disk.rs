//! The index file on disk: a magic line, a header (index version and a fingerprint of this kern),
//! then one length-prefixed chunk per month folder, then a checksum of everything before it.
//! A month chunk starts with the folder's own details (so that a quick look can skip it whole)
//! and then holds one record per entry file. Everything is [postcard](https://docs.rs/postcard);
//! any doubt (bad magic, other version or kern, bad checksum, a chunk that does not decode) makes
//! the whole file unusable, and it is rebuilt from the entry files.
//!
//! A file is read and written month by month ([`PartFile`], [`PartWriter`]): opening it reads it
//! once, block by block, to check it and note where each month starts; a month's records are read
//! again from the open file when they are wanted. So a view holds a month at a time, never the
//! whole file, whatever the journal's length.

use std::fs::File;
use std::io::{self, BufReader, BufWriter, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::super::entry::{ENTRY_FORMAT, EntryKind};
use super::super::summary::{Stamp, Summary};

/// The first bytes of an index file.
pub const MAGIC: &[u8; 16] = b"kern-jnl-index\n\0";

/// The first bytes of the file of whole entries beside it ([`super::whole`]).
pub const WHOLE_MAGIC: &[u8; 16] = b"kern-jnl-whole\n\0";

/// Raise this when [`Summary`], [`super::super::summary::Facts`] or this layout changes.
pub const INDEX_VERSION: u32 = 8;

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
    /// Entries that correct another one (a view applying corrections looks for them first, in
    /// the months that have any).
    pub amends: u32,
    /// The kinds of entry the month holds (bit `i` for [`EntryKind::ALL`]`[i]`; an unreadable
    /// file by the kind in its name), so that the few entries of a rare kind can be found
    /// without reading every month.
    pub kinds: u32,
    /// The earliest moment of the month's entries (an export in time order holds back what a
    /// later folder could still overtake, down to the next folders' earliest moments).
    pub earliest: Option<Stamp>,
}

/// The bit of a kind in [`MonthHead::kinds`].
pub fn kind_bit(kind: EntryKind) -> u32 {
    EntryKind::ALL
        .iter()
        .position(|k| *k == kind)
        .map_or(0, |i| 1 << i)
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
}

/// The records of a month chunk's bytes.
pub fn records_of(bytes: &[u8]) -> Result<Vec<FileRecord>, postcard::Error> {
    let (_, rest) = postcard::take_from_bytes::<MonthHead>(bytes)?;
    postcard::from_bytes(rest)
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

/// A 64-bit checksum fed piece by piece, eight bytes at a time (FNV-1a's step on words instead of
/// bytes: each step is one-to-one, so any single changed word changes the sum; a cut is caught by
/// the length mixed in at the end). It guards against damage, not against tampering.
struct Checksum {
    hash: u64,
    pending: [u8; 8],
    filled: usize,
    len: u64,
}

impl Checksum {
    const PRIME: u64 = 0x0100_0000_01b3;

    fn new() -> Checksum {
        Checksum {
            hash: 0xcbf2_9ce4_8422_2325,
            pending: [0; 8],
            filled: 0,
            len: 0,
        }
    }

    fn word(&mut self, word: u64) {
        self.hash = (self.hash ^ word).wrapping_mul(Self::PRIME);
    }

    fn update(&mut self, mut bytes: &[u8]) {
        self.len += bytes.len() as u64;
        if self.filled > 0 {
            let take = (8 - self.filled).min(bytes.len());
            self.pending[self.filled..self.filled + take].copy_from_slice(&bytes[..take]);
            self.filled += take;
            bytes = &bytes[take..];
            if self.filled < 8 {
                return;
            }
            self.word(u64::from_le_bytes(self.pending));
            self.filled = 0;
        }
        let mut words = bytes.chunks_exact(8);
        for chunk in &mut words {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.word(u64::from_le_bytes(word));
        }
        let rest = words.remainder();
        self.pending[..rest.len()].copy_from_slice(rest);
        self.filled = rest.len();
    }

    fn finish(&self) -> u64 {
        let mut last = Checksum { ..*self };
        if last.filled > 0 {
            let mut word = [0u8; 8];
            word[..last.filled].copy_from_slice(&last.pending[..last.filled]);
            last.word(u64::from_le_bytes(word));
        }
        last.word(last.len);
        last.hash
    }
}

#[cfg(test)]
fn checksum(bytes: &[u8]) -> u64 {
    let mut sum = Checksum::new();
    sum.update(bytes);
    sum.finish()
}

fn header_bytes() -> Result<Vec<u8>, postcard::Error> {
    postcard::to_stdvec(&Header {
        version: INDEX_VERSION,
        fingerprint: fingerprint(),
    })
}

/// Checks a decoded header: this kern's version and fingerprint, or why not.
fn check_header(bytes: &[u8]) -> Result<(), String> {
    let header: Header = postcard::from_bytes(bytes).map_err(|e| format!("damaged header: {e}"))?;
    if header.version != INDEX_VERSION || header.fingerprint != fingerprint() {
        return Err(format!(
            "written by another kern ({}); this kern writes {}",
            header.fingerprint,
            fingerprint()
        ));
    }
    Ok(())
}

/// Where one month's chunk is in a file.
#[derive(Debug, Clone, PartialEq)]
pub struct Part {
    /// The month's head.
    pub head: MonthHead,
    offset: u64,
    len: u32,
}

/// Why a file could not be opened as a chunked file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unopened {
    /// There is none (or it cannot be opened).
    Missing,
    /// It cannot be used: why.
    Unusable(String),
}

/// A chunked file, checked whole when opened and kept open: its months are read one at a time.
#[derive(Debug)]
pub struct PartFile {
    file: File,
    stat: Stat,
    parts: Vec<Part>,
}

impl PartFile {
    /// Opens a file and checks it (magic, header, every month's framing and head, checksum),
    /// reading it once in blocks.
    pub fn open(path: &Path, magic: &[u8; 16]) -> Result<PartFile, Unopened> {
        let file = File::open(path).map_err(|_| Unopened::Missing)?;
        let stat = file
            .metadata()
            .map(|m| Stat::of(&m))
            .map_err(|_| Unopened::Missing)?;
        let parts = scan(&file, stat.len, magic).map_err(Unopened::Unusable)?;
        Ok(PartFile { file, stat, parts })
    }

    /// Its months, in the file's order.
    pub fn parts(&self) -> &[Part] {
        &self.parts
    }

    /// When it was written (nanoseconds since 1970).
    pub fn written_at(&self) -> i64 {
        self.stat.mtime
    }

    /// The bytes of one month's chunk (refused when the file changed since it was opened: kern
    /// never writes one in place).
    pub fn read(&self, part: &Part) -> Result<Vec<u8>, String> {
        let now = self.file.metadata().map_err(|e| e.to_string())?;
        if Stat::of(&now) != self.stat {
            return Err("the file changed since it was opened".to_owned());
        }
        let mut bytes = vec![0; part.len as usize];
        let mut file = &self.file;
        file.seek(SeekFrom::Start(part.offset))
            .and_then(|_| file.read_exact(&mut bytes))
            .map_err(|e| e.to_string())?;
        Ok(bytes)
    }

    /// The records of one month.
    pub fn records(&self, part: &Part) -> Result<Vec<FileRecord>, String> {
        records_of(&self.read(part)?).map_err(|e| e.to_string())
    }
}

/// Reads a whole file once: checks it and notes where each month is.
fn scan(file: &File, len: u64, magic: &[u8; 16]) -> Result<Vec<Part>, String> {
    let cut = |_| "cut short".to_owned();
    let content_len = len
        .checked_sub(8)
        .filter(|l| *l >= magic.len() as u64)
        .ok_or("cut short")?;
    let mut reader = BufReader::with_capacity(64 * 1024, file);
    let mut sum = Checksum::new();
    let mut start = [0u8; 16];
    reader.read_exact(&mut start).map_err(cut)?;
    if &start != magic {
        return Err("not a kern journal index".to_owned());
    }
    sum.update(&start);
    let mut pos = start.len() as u64;
    let mut buf = Vec::new();
    let mut parts = Vec::new();
    let mut header_seen = false;
    while pos < content_len {
        let mut len_bytes = [0u8; 4];
        reader.read_exact(&mut len_bytes).map_err(cut)?;
        sum.update(&len_bytes);
        let part_len = u32::from_le_bytes(len_bytes);
        let offset = pos + 4;
        if offset + u64::from(part_len) > content_len {
            return Err("cut short".to_owned());
        }
        buf.resize(part_len as usize, 0);
        reader.read_exact(&mut buf).map_err(cut)?;
        sum.update(&buf);
        pos = offset + u64::from(part_len);
        if !header_seen {
            check_header(&buf)?;
            header_seen = true;
            continue;
        }
        let (head, _) = postcard::take_from_bytes::<MonthHead>(&buf)
            .map_err(|e| format!("damaged month: {e}"))?;
        parts.push(Part {
            head,
            offset,
            len: part_len,
        });
    }
    if !header_seen {
        return Err("no header".to_owned());
    }
    let mut end = [0u8; 8];
    reader.read_exact(&mut end).map_err(cut)?;
    if u64::from_le_bytes(end) != sum.finish() {
        return Err("damaged (the checksum does not match)".to_owned());
    }
    Ok(parts)
}

/// A chunked file written month by month under a temporary name, put in place whole by
/// [`PartWriter::finish`] (a crash before leaves the old file as it was).
pub struct PartWriter {
    out: BufWriter<tempfile::NamedTempFile>,
    sum: Checksum,
    pos: u64,
    parts: Vec<Part>,
    path: PathBuf,
}

impl PartWriter {
    /// Starts a new file that will replace `path`.
    pub fn create(path: &Path, magic: &[u8; 16]) -> io::Result<PartWriter> {
        let dir = path
            .parent()
            .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "path has no folder"))?;
        super::super::atomic::create_private_dir(dir)?;
        let temp = super::super::atomic::temp_in(dir)?;
        let mut writer = PartWriter {
            out: BufWriter::with_capacity(64 * 1024, temp),
            sum: Checksum::new(),
            pos: 0,
            parts: Vec::new(),
            path: path.to_path_buf(),
        };
        writer.put(magic)?;
        let header = header_bytes().map_err(io::Error::other)?;
        writer.put_part(&header)?;
        Ok(writer)
    }

    fn put(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.out.write_all(bytes)?;
        self.sum.update(bytes);
        self.pos += bytes.len() as u64;
        Ok(())
    }

    fn put_part(&mut self, bytes: &[u8]) -> io::Result<(u64, u32)> {
        let len = u32::try_from(bytes.len()).map_err(io::Error::other)?;
        self.put(&len.to_le_bytes())?;
        let offset = self.pos;
        self.put(bytes)?;
        Ok((offset, len))
    }

    /// Adds one month's chunk (its head, and its whole bytes as [`Chunk::bytes`]).
    pub fn push(&mut self, head: &MonthHead, bytes: &[u8]) -> io::Result<()> {
        let (offset, len) = self.put_part(bytes)?;
        self.parts.push(Part {
            head: head.clone(),
            offset,
            len,
        });
        Ok(())
    }

    /// Ends the file with its checksum and puts it in place; gives it back, open.
    pub fn finish(mut self) -> io::Result<PartFile> {
        let sum = self.sum.finish();
        self.out.write_all(&sum.to_le_bytes())?;
        let temp = self.out.into_inner().map_err(|e| e.into_error())?;
        let file = super::super::atomic::put_in_place(temp, &self.path)?;
        let stat = Stat::of(&file.metadata()?);
        Ok(PartFile {
            file,
            stat,
            parts: self.parts,
        })
    }
}

#[cfg(test)]
fn push_part(out: &mut Vec<u8>, part: &[u8]) {
    out.extend((part.len() as u32).to_le_bytes());
    out.extend(part);
}

/// The bytes of a file (starting with `magic`) for these month chunks.
#[cfg(test)]
pub fn encode(magic: &[u8; 16], chunks: &[Chunk]) -> Result<Vec<u8>, postcard::Error> {
    let mut out = magic.to_vec();
    push_part(&mut out, &header_bytes()?);
    for chunk in chunks {
        push_part(&mut out, &chunk.bytes);
    }
    let sum = checksum(&out);
    out.extend(sum.to_le_bytes());
    Ok(out)
}

/// The month chunks of a file (starting with `magic`), or why it cannot be used.
#[cfg(test)]
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
    check_header(next()?.ok_or("no header")?)?;
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
            amends: 0,
            kinds: 0,
            earliest: None,
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
        assert_eq!(records_of(&chunks[0].bytes).unwrap()[0].name(), "x");
    }

    fn written(dir: &Path, months: &[u32]) -> (PathBuf, PartFile) {
        let path = dir.join("journal.index");
        let mut writer = PartWriter::create(&path, MAGIC).unwrap();
        for month in months {
            let chunk = chunk(*month);
            writer.push(&chunk.head, &chunk.bytes).unwrap();
        }
        (path.clone(), writer.finish().unwrap())
    }

    #[test]
    fn a_file_written_month_by_month_reads_back_month_by_month() {
        let dir = tempfile::tempdir().unwrap();
        let (path, made) = written(dir.path(), &[10, 11, 12]);
        // The same bytes as the whole-file encoding.
        let whole = encode(MAGIC, &[chunk(10), chunk(11), chunk(12)]).unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), whole);
        let opened = PartFile::open(&path, MAGIC).unwrap();
        assert_eq!(opened.parts(), made.parts());
        let months: Vec<u32> = opened.parts().iter().map(|p| p.head.month).collect();
        assert_eq!(months, [10, 11, 12]);
        for file in [&opened, &made] {
            let records = file.records(&file.parts()[1]).unwrap();
            assert_eq!(records[0].name(), "x");
            assert_eq!(file.read(&file.parts()[2]).unwrap(), chunk(12).bytes);
        }
        let leftovers = std::fs::read_dir(dir.path()).unwrap().count();
        assert_eq!(leftovers, 1, "no temporary file is left");
    }

    #[test]
    fn a_file_changed_after_it_was_opened_is_not_read() {
        let dir = tempfile::tempdir().unwrap();
        let (path, _) = written(dir.path(), &[10, 11]);
        let opened = PartFile::open(&path, MAGIC).unwrap();
        // Changed in place (kern never does this), a byte longer.
        std::fs::OpenOptions::new()
            .append(true)
            .open(&path)
            .unwrap()
            .write_all(&[0])
            .unwrap();
        assert!(opened.read(&opened.parts()[0]).is_err());
        assert!(PartFile::open(&path, MAGIC).is_err());
    }

    #[test]
    fn any_damage_makes_a_file_unusable_when_opened() {
        let dir = tempfile::tempdir().unwrap();
        let (path, _) = written(dir.path(), &[10, 11]);
        let bytes = std::fs::read(&path).unwrap();
        let damaged = dir.path().join("damaged");
        let mut cases: Vec<Vec<u8>> = [0, 5, 17, bytes.len() / 2, bytes.len() - 1]
            .iter()
            .map(|cut| bytes[..*cut].to_vec())
            .collect();
        for at in [3, 20, bytes.len() / 2, bytes.len() - 3] {
            let mut flipped = bytes.clone();
            flipped[at] ^= 0x10;
            cases.push(flipped);
        }
        for case in cases {
            std::fs::write(&damaged, &case).unwrap();
            assert!(
                matches!(PartFile::open(&damaged, MAGIC), Err(Unopened::Unusable(_))),
                "{} bytes",
                case.len()
            );
        }
        assert!(matches!(
            PartFile::open(&path, WHOLE_MAGIC),
            Err(Unopened::Unusable(_))
        ));
        assert!(matches!(
            PartFile::open(&dir.path().join("none"), MAGIC),
            Err(Unopened::Missing)
        ));
    }

    #[test]
    fn the_checksum_does_not_depend_on_how_the_bytes_come() {
        let bytes: Vec<u8> = (0..100u8).collect();
        let whole = checksum(&bytes);
        for split in [0, 1, 3, 7, 8, 9, 50, 99, 100] {
            let mut sum = Checksum::new();
            for piece in bytes[..split].chunks(3).chain(bytes[split..].chunks(5)) {
                sum.update(piece);
            }
            assert_eq!(sum.finish(), whole, "split at {split}");
        }
        assert_ne!(checksum(&bytes[..99]), whole, "a cut changes the sum");
        assert_ne!(checksum(&[0; 8]), checksum(&[0; 16]), "so do zeros added");
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
