//! The catalog: every exercise, figure, program, education card and reference kern knows, loaded from the
//! shipped set, the config directory and any given paths, with every problem found on the way.
//!
//! Loading never stops at the first bad file: each file is read, parsed and checked on its own,
//! then the catalog as a whole (ladders, links, references). A later origin replaces an earlier
//! file with the same id (config over shipped, given paths over both) and says so in a note.

mod citations;
mod diagnostic;
mod discover;
mod keys;
mod locate;
mod parse;
pub mod report;
pub mod schema;
mod source;
mod validate;

use std::collections::BTreeMap;
use std::path::PathBuf;

use crate::i18n::Msg;
use crate::model::{EducationCard, Exercise, Figure, Program, Reference};
use crate::path;

pub use citations::{Citer, CiterKind};
pub use diagnostic::{Diagnostic, Location, PathSeg, Severity, Sink};
pub use discover::shipped_text;
pub use keys::closest;
pub use locate::{Position, line_column, resolve};
pub use source::{MAX_FILE_BYTES, Origin, ReadProblem, SourceFile};
pub use validate::is_kebab_id;

use discover::Found;
use parse::Parsed;

/// The most problems reported for one file; the rest are counted in a note.
pub const MAX_DIAGNOSTICS_PER_FILE: usize = 100;

/// The kinds of content file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FileKind {
    /// `kern.exercise/1`.
    Exercise,
    /// `kern.program/1`.
    Program,
    /// `kern.education/1`.
    Education,
    /// `kern.references/1`.
    References,
    /// `kern.figure/1`.
    Figure,
}

impl FileKind {
    /// Every kind.
    pub const ALL: [FileKind; 5] = [
        FileKind::Exercise,
        FileKind::Program,
        FileKind::Education,
        FileKind::References,
        FileKind::Figure,
    ];

    /// The name used on the command line (`kern schema exercise`).
    pub fn name(self) -> &'static str {
        match self {
            FileKind::Exercise => "exercise",
            FileKind::Program => "program",
            FileKind::Education => "education",
            FileKind::References => "references",
            FileKind::Figure => "figure",
        }
    }

    /// The format name without its version (`kern.exercise`).
    pub fn format_name(self) -> &'static str {
        match self {
            FileKind::Exercise => "kern.exercise",
            FileKind::Program => "kern.program",
            FileKind::Education => "kern.education",
            FileKind::References => "kern.references",
            FileKind::Figure => "kern.figure",
        }
    }

    /// The full `format` value this kern reads.
    pub fn format(self) -> &'static str {
        match self {
            FileKind::Exercise => crate::model::EXERCISE_FORMAT,
            FileKind::Program => crate::model::PROGRAM_FORMAT,
            FileKind::Education => crate::model::EDUCATION_FORMAT,
            FileKind::References => crate::model::REFERENCES_FORMAT,
            FileKind::Figure => crate::model::FIGURE_FORMAT,
        }
    }

    /// A title for its JSON Schema.
    pub fn title(self) -> &'static str {
        match self {
            FileKind::Exercise => "kern exercise",
            FileKind::Program => "kern program",
            FileKind::Education => "kern education card",
            FileKind::References => "kern references",
            FileKind::Figure => "kern figure",
        }
    }

    /// Where files of this kind belong: `exercises/`, `programs/`, `education/`, or the
    /// references file's own name.
    pub fn folder(self) -> &'static str {
        match self {
            FileKind::Exercise => "exercises/",
            FileKind::Program => "programs/",
            FileKind::Education => "education/",
            FileKind::References => "references.toml",
            FileKind::Figure => "exercises/figures/",
        }
    }

    /// Parses a name given on the command line.
    pub fn from_name(name: &str) -> Option<FileKind> {
        Self::ALL.into_iter().find(|k| k.name() == name)
    }

    /// The kind a file's place suggests: `exercises/x.toml`, `programs/x.toml`,
    /// `education/x.toml`, `references.toml`, `figures/x.toml`.
    pub fn guess_from_path(path: &str) -> Option<FileKind> {
        let mut parts = path.rsplit(['/', '\\', ':']);
        let name = parts.next()?;
        if name == "references.toml" {
            return Some(FileKind::References);
        }
        match parts.next()? {
            "exercises" => Some(FileKind::Exercise),
            "programs" => Some(FileKind::Program),
            "education" => Some(FileKind::Education),
            "figures" => Some(FileKind::Figure),
            _ => None,
        }
    }
}

/// One loaded item and the file it came from.
#[derive(Debug, Clone)]
pub struct Entry<T> {
    /// The item.
    pub value: T,
    /// Index of its file in [`Catalog::sources`].
    pub source: usize,
    /// The file it replaced (a shipped one, usually).
    pub replaces: Option<usize>,
}

/// What to load.
#[derive(Debug, Clone, Default)]
pub struct LoadOptions {
    /// Load the shipped set.
    pub shipped: bool,
    /// The config directory (its `exercises/` and `programs/` folders), if any.
    pub config_dir: Option<PathBuf>,
    /// Files or folders given by the user.
    pub paths: Vec<PathBuf>,
}

impl LoadOptions {
    /// Only the shipped set.
    pub fn shipped_only() -> Self {
        Self {
            shipped: true,
            ..Self::default()
        }
    }
}

/// Everything kern loaded, and every problem it found.
#[derive(Debug, Default)]
pub struct Catalog {
    /// Every file read, in load order.
    pub sources: Vec<SourceFile>,
    /// Every problem found, in the order found.
    pub diagnostics: Vec<Diagnostic>,
    /// Exercises by id.
    pub exercises: BTreeMap<String, Entry<Exercise>>,
    /// Programs by id.
    pub programs: BTreeMap<String, Entry<Program>>,
    /// Education cards by id.
    pub education: BTreeMap<String, Entry<EducationCard>>,
    /// References by id.
    pub references: BTreeMap<String, Entry<Reference>>,
    /// Figures by the id of the exercise they show.
    pub figures: BTreeMap<String, Entry<Figure>>,
}

impl Catalog {
    /// Loads and checks everything `options` names.
    pub fn load(options: &LoadOptions) -> Catalog {
        let mut catalog = Catalog::default();
        if options.shipped {
            catalog.add_all(discover::shipped());
        }
        if let Some(dir) = &options.config_dir {
            catalog.add_all(discover::config_dir(dir));
        }
        for path in &options.paths {
            catalog.add_all(discover::given(path));
        }
        validate::validate(&mut catalog);
        catalog.cap_per_file();
        catalog
    }

    /// Loads files from text directly (for tests and fuzzing): `(display path, text)` pairs, as if
    /// given on the command line, on top of the shipped set when `shipped` is true.
    pub fn from_texts(shipped: bool, files: &[(&str, &str)]) -> Catalog {
        Self::from_found(
            shipped,
            files
                .iter()
                .map(|(display, text)| given((*display).to_owned(), Ok((*text).to_owned())))
                .collect(),
        )
    }

    /// Loads files from raw bytes (for fuzzing): like [`Catalog::from_texts`], but each file is
    /// decoded as a file on disk is (a byte-order mark dropped, bad UTF-8 reported).
    pub fn from_bytes(shipped: bool, files: &[(&str, &[u8])]) -> Catalog {
        Self::from_found(
            shipped,
            files
                .iter()
                .map(|(display, bytes)| {
                    given((*display).to_owned(), source::decode(bytes.to_vec()))
                })
                .collect(),
        )
    }

    fn from_found(shipped: bool, files: Vec<Found>) -> Catalog {
        let mut catalog = Catalog::default();
        if shipped {
            catalog.add_all(discover::shipped());
        }
        catalog.add_all(files);
        validate::validate(&mut catalog);
        catalog.cap_per_file();
        catalog
    }

    /// The number of diagnostics of a severity.
    pub fn count(&self, severity: Severity) -> usize {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == severity)
            .count()
    }

    /// Whether any error was found.
    pub fn has_errors(&self) -> bool {
        self.count(Severity::Error) > 0
    }

    /// An exercise's name in `lang`, or its id when kern does not know it.
    pub fn exercise_name<'a>(&'a self, id: &'a str, lang: crate::model::Lang) -> &'a str {
        self.exercises
            .get(id)
            .map_or(id, |e| e.value.name.get(lang))
    }

    /// The figure of an exercise, if it has one.
    pub fn figure(&self, exercise: &str) -> Option<&Figure> {
        self.figures.get(exercise).map(|e| &e.value)
    }

    /// Exercises a patient may be offered (drafts left out).
    pub fn patient_exercises(&self) -> impl Iterator<Item = (&String, &Entry<Exercise>)> {
        self.exercises.iter().filter(|(_, e)| !e.value.draft)
    }

    /// Keeps the first [`MAX_DIAGNOSTICS_PER_FILE`] problems of each file and counts the rest in a
    /// note: a file of junk then neither floods the screen nor takes long to report.
    fn cap_per_file(&mut self) {
        let mut counts: BTreeMap<usize, usize> = BTreeMap::new();
        self.diagnostics.retain(|d| {
            let count = counts.entry(d.source).or_default();
            *count += 1;
            *count <= MAX_DIAGNOSTICS_PER_FILE
        });
        for (source, count) in counts {
            if count > MAX_DIAGNOSTICS_PER_FILE {
                self.diagnostics.push(Diagnostic::note(
                    source,
                    Location::File,
                    Msg::new("diag-more-not-shown")
                        .num("count", (count - MAX_DIAGNOSTICS_PER_FILE) as i64),
                ));
            }
        }
    }

    fn add_all(&mut self, found: Vec<Found>) {
        for file in found {
            self.add(file);
        }
    }

    fn add(&mut self, found: Found) {
        let index = self.sources.len();
        let (text, problem) = match found.text {
            Ok(text) => (text, None),
            Err(ReadProblem::NotUtf8 { offset, lossy }) => (
                lossy,
                Some(ReadProblem::NotUtf8 {
                    offset,
                    lossy: String::new(),
                }),
            ),
            Err(problem) => (String::new(), Some(problem)),
        };
        self.sources.push(SourceFile {
            origin: found.origin,
            display: found.display,
            fs_path: found.fs_path,
            text,
        });
        if let Some(problem) = problem {
            self.diagnostics.push(read_problem(index, problem));
            return;
        }
        let source = &self.sources[index];
        let hint = FileKind::guess_from_path(&source.display);
        let Some(parsed) = parse::parse(index, &source.text, hint, &mut self.diagnostics) else {
            return;
        };
        let stem = source.stem();
        if let Some(folder) = hint
            && parsed.kind() != folder
        {
            self.diagnostics.push(
                Diagnostic::error(
                    index,
                    Location::File,
                    Msg::new("diag-misplaced-file")
                        .arg("kind", parsed.kind().name())
                        .arg("folder", folder.folder()),
                )
                .with_help(
                    Msg::new("diag-misplaced-file-help").arg("folder", parsed.kind().folder()),
                ),
            );
            return;
        }
        match parsed {
            Parsed::Exercise(exercise) => {
                self.insert_item(FileKind::Exercise, stem, *exercise, index)
            }
            Parsed::Program(program) => self.insert_item(FileKind::Program, stem, *program, index),
            Parsed::Education(card) => self.insert_item(FileKind::Education, stem, *card, index),
            Parsed::Figure(figure) => self.insert_item(FileKind::Figure, stem, *figure, index),
            Parsed::References(file) => {
                for (i, reference) in file.references.into_iter().enumerate() {
                    let id = reference.id.clone();
                    self.insert_reference(id, reference, index, i);
                }
            }
        }
    }

    fn insert_item<T: Item>(&mut self, kind: FileKind, id: String, value: T, source: usize) {
        let (sources, map) = T::parts(self);
        let replaced = insert_entry(sources, map, id.clone(), value, source);
        self.report_insert(kind, &id, source, Location::Path(Vec::new()), replaced);
    }

    fn insert_reference(&mut self, id: String, value: Reference, source: usize, index: usize) {
        let location = Location::Path(path!["references", index, "id"]);
        let replaced = insert_entry(
            &self.sources,
            &mut self.references,
            id.clone(),
            value,
            source,
        );
        self.report_insert(FileKind::References, &id, source, location, replaced);
    }

    fn report_insert(
        &mut self,
        kind: FileKind,
        id: &str,
        source: usize,
        location: Location,
        replaced: Replaced,
    ) {
        match replaced {
            Replaced::No => {}
            Replaced::Earlier(earlier) => {
                let earlier = self.sources[earlier].display.clone();
                self.diagnostics.push(Diagnostic::note(
                    source,
                    location,
                    Msg::new("diag-replaces")
                        .arg("kind", kind.name())
                        .arg("id", id)
                        .arg("other", earlier),
                ));
            }
            Replaced::Duplicate(first) => {
                let first = self.sources[first].display.clone();
                self.diagnostics.push(
                    Diagnostic::error(
                        source,
                        location,
                        Msg::new("diag-duplicate-id")
                            .arg("kind", kind.name())
                            .arg("id", id)
                            .arg("other", first),
                    )
                    .with_help(Msg::new("diag-duplicate-id-help")),
                );
            }
        }
    }
}

/// A kind of item kept in its own map of the catalog.
trait Item: Sized {
    /// The sources and the map this kind of item goes in.
    fn parts(catalog: &mut Catalog) -> (&[SourceFile], &mut BTreeMap<String, Entry<Self>>);
}

impl Item for Exercise {
    fn parts(c: &mut Catalog) -> (&[SourceFile], &mut BTreeMap<String, Entry<Self>>) {
        (&c.sources, &mut c.exercises)
    }
}

impl Item for Program {
    fn parts(c: &mut Catalog) -> (&[SourceFile], &mut BTreeMap<String, Entry<Self>>) {
        (&c.sources, &mut c.programs)
    }
}

impl Item for EducationCard {
    fn parts(c: &mut Catalog) -> (&[SourceFile], &mut BTreeMap<String, Entry<Self>>) {
        (&c.sources, &mut c.education)
    }
}

impl Item for Figure {
    fn parts(c: &mut Catalog) -> (&[SourceFile], &mut BTreeMap<String, Entry<Self>>) {
        (&c.sources, &mut c.figures)
    }
}

/// What inserting an item did to an existing one with the same id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Replaced {
    /// Nothing had the id.
    No,
    /// It replaced the item from this earlier-origin source.
    Earlier(usize),
    /// The same origin already had the id (from this source): kept the first, an error.
    Duplicate(usize),
}

fn insert_entry<T>(
    sources: &[SourceFile],
    map: &mut BTreeMap<String, Entry<T>>,
    id: String,
    value: T,
    source: usize,
) -> Replaced {
    match map.get(&id) {
        None => {
            map.insert(
                id,
                Entry {
                    value,
                    source,
                    replaces: None,
                },
            );
            Replaced::No
        }
        Some(existing) if sources[existing.source].origin < sources[source].origin => {
            let earlier = existing.source;
            map.insert(
                id,
                Entry {
                    value,
                    source,
                    replaces: Some(earlier),
                },
            );
            Replaced::Earlier(earlier)
        }
        Some(existing) => Replaced::Duplicate(existing.source),
    }
}

/// A file given as if on the command line, without a place on disk.
fn given(display: String, text: Result<String, ReadProblem>) -> Found {
    Found {
        origin: Origin::Given,
        display,
        fs_path: None,
        text,
    }
}

fn read_problem(source: usize, problem: ReadProblem) -> Diagnostic {
    match problem {
        ReadProblem::Folder => {
            Diagnostic::error(source, Location::File, Msg::new("diag-read-folder"))
                .with_help(Msg::new("diag-read-folder-help"))
        }
        ReadProblem::NotRegular => {
            Diagnostic::error(source, Location::File, Msg::new("diag-read-not-regular"))
        }
        ReadProblem::TooLarge(bytes) => Diagnostic::error(
            source,
            Location::File,
            Msg::new("diag-read-too-large")
                .num("bytes", i64::try_from(bytes).unwrap_or(i64::MAX))
                .num("limit", MAX_FILE_BYTES as i64),
        )
        .with_help(Msg::new("diag-read-too-large-help")),
        ReadProblem::Io(reason) => Diagnostic::error(
            source,
            Location::File,
            Msg::new("diag-read-io").arg("reason", reason),
        ),
        ReadProblem::LinkOutside => {
            Diagnostic::error(source, Location::File, Msg::new("harden2-link-outside"))
                .with_help(Msg::new("harden2-link-outside-help"))
        }
        ReadProblem::Skipped(rename_to) => {
            Diagnostic::warning(source, Location::File, Msg::new("diag-skipped-file"))
                .with_help(Msg::new("diag-skipped-file-help").arg("name", rename_to))
        }
        // The text kept is decoded lossily: the bad byte became U+FFFD there.
        ReadProblem::NotUtf8 { offset, .. } => Diagnostic::error(
            source,
            Location::Span(offset..offset + char::REPLACEMENT_CHARACTER.len_utf8()),
            Msg::new("diag-read-not-utf8"),
        )
        .with_help(Msg::new("diag-read-not-utf8-help")),
    }
}
