//! A problem found in a content file: how bad it is, where it is, what is wrong and how to fix it.

use std::ops::Range;

use crate::i18n::Msg;

/// How serious a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The file, or the catalog, cannot be used as it is.
    Error,
    /// Usable, but something needs attention.
    Warning,
    /// For information, such as a user file replacing a shipped one.
    Note,
}

/// One step of a path into a TOML document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PathSeg {
    /// A key of a table.
    Key(String),
    /// An item of an array.
    Index(usize),
}

impl From<&str> for PathSeg {
    fn from(key: &str) -> Self {
        PathSeg::Key(key.to_owned())
    }
}

impl From<usize> for PathSeg {
    fn from(index: usize) -> Self {
        PathSeg::Index(index)
    }
}

/// Builds a path from keys and indices: `path!["phases", 2, "exercises"]`.
#[macro_export]
macro_rules! path {
    ($($seg:expr),* $(,)?) => {
        vec![$($crate::catalog::PathSeg::from($seg)),*]
    };
}

/// Where in its file a diagnostic points.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    /// The file as a whole.
    File,
    /// A byte range of the file's text.
    Span(Range<usize>),
    /// A value, by its path of keys; a missing key points at its parent table.
    Path(Vec<PathSeg>),
}

/// A problem in one source file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// How serious it is.
    pub severity: Severity,
    /// Index of the file in the catalog's sources.
    pub source: usize,
    /// Where it is.
    pub location: Location,
    /// What is wrong.
    pub message: Msg,
    /// How to fix it, when there is something to say.
    pub help: Option<Msg>,
}

impl Diagnostic {
    /// An error at a location.
    pub fn error(source: usize, location: Location, message: Msg) -> Self {
        Self {
            severity: Severity::Error,
            source,
            location,
            message,
            help: None,
        }
    }

    /// A warning at a location.
    pub fn warning(source: usize, location: Location, message: Msg) -> Self {
        Self {
            severity: Severity::Warning,
            ..Self::error(source, location, message)
        }
    }

    /// A note at a location.
    pub fn note(source: usize, location: Location, message: Msg) -> Self {
        Self {
            severity: Severity::Note,
            ..Self::error(source, location, message)
        }
    }

    /// Adds advice on how to fix it.
    pub fn with_help(mut self, help: Msg) -> Self {
        self.help = Some(help);
        self
    }

    /// The message id (a stable code for tools and tests).
    pub fn code(&self) -> &str {
        &self.message.id
    }
}

/// Collects the diagnostics of one file while it is checked.
#[derive(Debug)]
pub struct Sink<'a> {
    /// Index of the file being checked.
    pub source: usize,
    /// Where the diagnostics go.
    pub out: &'a mut Vec<Diagnostic>,
}

impl Sink<'_> {
    /// Records an error at a path.
    pub fn error(&mut self, path: Vec<PathSeg>, message: Msg, help: Option<Msg>) {
        let mut diag = Diagnostic::error(self.source, Location::Path(path), message);
        diag.help = help;
        self.out.push(diag);
    }

    /// Records a warning at a path.
    pub fn warning(&mut self, path: Vec<PathSeg>, message: Msg, help: Option<Msg>) {
        let mut diag = Diagnostic::warning(self.source, Location::Path(path), message);
        diag.help = help;
        self.out.push(diag);
    }

    /// Records a note at a path.
    pub fn note(&mut self, path: Vec<PathSeg>, message: Msg, help: Option<Msg>) {
        let mut diag = Diagnostic::note(self.source, Location::Path(path), message);
        diag.help = help;
        self.out.push(diag);
    }
}
