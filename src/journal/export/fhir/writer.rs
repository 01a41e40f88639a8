//! The bundle written as a stream: its head, each entry's observations as they come, its end.

use std::io::{self, Write};

use chrono::NaiveDate;
use uuid::Uuid;

use super::{Builder, Texts, measures};
use crate::i18n::I18n;
use crate::journal::entry::Entry;
use crate::journal::export::EntryWriter;

/// The bundle written entry by entry: its head first, then each entry's observations as it comes
/// (oldest first: the caller's order; a next-morning answer is dated by the session before it),
/// then its end; the bytes of printing the whole bundle at once (no `entry` array when there is
/// no observation).
pub struct FhirWriter<'a, W: Write> {
    out: W,
    subject: &'a str,
    i18n: &'a I18n,
    texts: Texts,
    namespace: Uuid,
    /// The day of the last session written.
    last_session: Option<NaiveDate>,
    /// Observations written.
    written: usize,
    /// Where one entry is printed before it is written.
    scratch: Vec<u8>,
}

impl<'a, W: Write> FhirWriter<'a, W> {
    /// Writes the head of the bundle. `subject` should pass [`super::valid_subject`]; the texts are in
    /// `i18n`'s language.
    pub fn start(mut out: W, subject: &'a str, i18n: &'a I18n) -> io::Result<FhirWriter<'a, W>> {
        out.write_all(b"{\n  \"resourceType\": \"Bundle\",\n  \"type\": \"collection\"")?;
        Ok(FhirWriter {
            out,
            subject,
            i18n,
            texts: Texts::new(),
            namespace: Uuid::new_v5(&Uuid::NAMESPACE_URL, b"urn:kern:journal"),
            last_session: None,
            written: 0,
            scratch: Vec::new(),
        })
    }

    /// The writer written to.
    pub fn into_inner(self) -> W {
        self.out
    }
}

impl<W: Write> EntryWriter for FhirWriter<'_, W> {
    fn entry(&mut self, entry: &Entry) -> io::Result<()> {
        let mut builder = Builder {
            entry,
            subject: self.subject,
            namespace: self.namespace,
            i18n: self.i18n,
            texts: &mut self.texts,
            last_session: self.last_session,
            out: Vec::new(),
        };
        measures::add(&mut builder);
        for observation in &builder.out {
            let gap: &[u8] = if self.written == 0 {
                b",\n  \"entry\": [\n    "
            } else {
                b",\n    "
            };
            self.out.write_all(gap)?;
            super::super::write_pretty_at(&mut self.out, &mut self.scratch, 2, observation)?;
            self.written += 1;
        }
        if let Some(session) = &entry.session {
            self.last_session = Some(session.ended_at.date_naive());
        }
        Ok(())
    }

    fn finish(&mut self) -> io::Result<()> {
        let end: &[u8] = if self.written == 0 {
            b"\n}\n"
        } else {
            b"\n  ]\n}\n"
        };
        self.out.write_all(end)?;
        self.out.flush()
    }
}

/// The FHIR R4 bundle of `entries` (in the order given, oldest first) as pretty-printed JSON with
/// a final newline, its texts in `i18n`'s language. `subject` should pass [`super::valid_subject`].
pub fn to_fhir(entries: &[Entry], subject: &str, i18n: &I18n) -> Result<String, serde_json::Error> {
    let write = || -> io::Result<Vec<u8>> {
        let mut writer = FhirWriter::start(Vec::new(), subject, i18n)?;
        for entry in entries {
            writer.entry(entry)?;
        }
        writer.finish()?;
        Ok(writer.into_inner())
    };
    write()
        .and_then(super::super::utf8)
        .map_err(serde_json::Error::io)
}
