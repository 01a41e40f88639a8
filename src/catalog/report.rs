//! Showing diagnostics to people (rustc-style, with the offending text underlined) and to tools
//! (stable JSON, `kern.validate/1`).

use std::collections::BTreeMap;

use annotate_snippets::{AnnotationKind, Group, Level, Origin as SnippetOrigin, Renderer, Snippet};
use serde::Serialize;

use crate::i18n::{I18n, Msg};

use super::locate::Locator;
use super::{Catalog, Diagnostic, Position, Severity};

/// How many characters of a long line to show around the problem.
const WINDOW: usize = 60;

/// One diagnostic with its place resolved, as `--format json` prints it.
#[derive(Debug, Clone, Serialize)]
pub struct ResolvedDiagnostic {
    /// Index of the file in the catalog's sources (not printed).
    #[serde(skip)]
    pub source: usize,
    /// The file, as shown to people.
    pub file: String,
    /// Where the file comes from.
    pub origin: super::Origin,
    /// error, warning or note.
    pub severity: Severity,
    /// A stable code (the message id).
    pub code: String,
    /// What is wrong, in the chosen language.
    pub message: String,
    /// How to fix it, when there is advice.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub help: Option<String>,
    /// Line, column and their ends (absent for a problem with the file as a whole).
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    pub position: Option<Position>,
}

/// The whole result of a validation, as `--format json` prints it.
#[derive(Debug, Clone, Serialize)]
pub struct ValidationReport {
    /// Always `kern.validate/1`.
    pub format: &'static str,
    /// Files read.
    pub files: usize,
    /// Errors found.
    pub errors: usize,
    /// Warnings found.
    pub warnings: usize,
    /// Draft exercises loaded (never offered to a patient, refused in programs).
    pub drafts: usize,
    /// Every diagnostic, errors first, then by file and line.
    pub diagnostics: Vec<ResolvedDiagnostic>,
}

/// Resolves every diagnostic of a catalog, sorted by severity, file and place.
pub fn resolve_all(catalog: &Catalog, i18n: &I18n) -> ValidationReport {
    // One locator per file with problems: its TOML is parsed once, however many problems it has.
    let mut locators: BTreeMap<usize, Locator<'_>> = BTreeMap::new();
    let mut diagnostics: Vec<(usize, ResolvedDiagnostic)> = catalog
        .diagnostics
        .iter()
        .map(|d| {
            let locator = locators
                .entry(d.source)
                .or_insert_with(|| Locator::new(&catalog.sources[d.source].text));
            (d.source, resolve_one(catalog, d, locator, i18n))
        })
        .collect();
    diagnostics.sort_by(|(sa, a), (sb, b)| {
        let place =
            |d: &ResolvedDiagnostic| d.position.as_ref().map_or((0, 0), |p| (p.line, p.column));
        (a.severity, sa, place(a)).cmp(&(b.severity, sb, place(b)))
    });
    ValidationReport {
        format: "kern.validate/1",
        files: catalog.sources.len(),
        errors: catalog.count(Severity::Error),
        warnings: catalog.count(Severity::Warning),
        drafts: catalog.exercises.values().filter(|e| e.value.draft).count(),
        diagnostics: diagnostics.into_iter().map(|(_, d)| d).collect(),
    }
}

fn resolve_one(
    catalog: &Catalog,
    diag: &Diagnostic,
    locator: &mut Locator<'_>,
    i18n: &I18n,
) -> ResolvedDiagnostic {
    let source = &catalog.sources[diag.source];
    ResolvedDiagnostic {
        source: diag.source,
        file: source.display.clone(),
        origin: source.origin,
        severity: diag.severity,
        code: diag.code().to_owned(),
        message: i18n.format(&diag.message),
        help: diag.help.as_ref().map(|h| i18n.format(h)),
        position: locator.resolve(&diag.location),
    }
}

/// Renders every diagnostic for a person, then a one-line summary.
pub fn render_human(catalog: &Catalog, i18n: &I18n, color: bool) -> String {
    let report = resolve_all(catalog, i18n);
    let renderer = if color {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    let mut text = String::new();
    for diag in &report.diagnostics {
        let source = catalog
            .sources
            .get(diag.source)
            .map_or("", |s| s.text.as_str());
        text.push_str(&render_one(&renderer, diag, source, i18n));
        text.push_str("\n\n");
    }
    text.push_str(&i18n.format(&summary(&report)));
    text.push('\n');
    if report.drafts > 0 {
        let drafts = Msg::new("validate-drafts").num("drafts", report.drafts as i64);
        text.push_str(&i18n.format(&drafts));
        text.push('\n');
    }
    text
}

/// The closing line: files checked, errors and warnings.
pub fn summary(report: &ValidationReport) -> Msg {
    Msg::new("validate-summary")
        .num("files", report.files as i64)
        .num("errors", report.errors as i64)
        .num("warnings", report.warnings as i64)
}

fn level(severity: Severity, i18n: &I18n) -> Level<'static> {
    let (level, id) = match severity {
        Severity::Error => (Level::ERROR, "level-error"),
        Severity::Warning => (Level::WARNING, "level-warning"),
        Severity::Note => (Level::NOTE, "level-note"),
    };
    level.with_name(Some(i18n.text(id)))
}

fn render_one(renderer: &Renderer, diag: &ResolvedDiagnostic, text: &str, i18n: &I18n) -> String {
    let title = level(diag.severity, i18n).primary_title(diag.message.clone());
    let mut group = match &diag.position {
        Some(pos) => {
            let (line_text, span) = excerpt(text, pos);
            title.element(
                Snippet::source(line_text)
                    .line_start(pos.line)
                    .path(diag.file.clone())
                    .annotation(AnnotationKind::Primary.span(span)),
            )
        }
        None => title.element(SnippetOrigin::path(diag.file.clone())),
    };
    if let Some(help) = &diag.help {
        group = group.element(
            Level::HELP
                .with_name(Some(i18n.text("level-help")))
                .message(help.clone()),
        );
    }
    let groups: Vec<Group<'_>> = vec![group];
    renderer.render(&groups)
}

/// The line holding the problem (cut to a window around it when long, so that a 2 MB line never
/// floods the screen) and the problem's range within it.
fn excerpt(text: &str, pos: &Position) -> (String, std::ops::Range<usize>) {
    let start = pos.span.start.min(text.len());
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
    let line = &text[line_start..line_end];
    let col = start - line_start;
    let end = (pos.span.end.min(line_end) - line_start).max(col);
    // Only the characters near the problem are looked at: a line may be a megabyte long.
    if line.chars().nth(2 * WINDOW).is_none() {
        let end = if end == col {
            (col + line[col..].chars().next().map_or(0, char::len_utf8)).min(line.len())
        } else {
            end
        };
        return (line.to_owned(), col..end.max(col));
    }
    let from = line[..col]
        .char_indices()
        .rev()
        .take(WINDOW)
        .last()
        .map_or(col, |(i, _)| i);
    let to = line[col..]
        .char_indices()
        .nth(WINDOW)
        .map_or(line.len(), |(i, _)| col + i);
    let mut shown = String::from(if from > 0 { "…" } else { "" });
    let offset = shown.len();
    shown.push_str(&line[from..to]);
    if to < line.len() {
        shown.push('…');
    }
    let span_start = offset + (col - from);
    let span_end = offset + (end.min(to).max(col) - from);
    let span_end = if span_end == span_start {
        (span_start + shown[span_start..].chars().next().map_or(0, char::len_utf8)).min(shown.len())
    } else {
        span_end
    };
    (shown, span_start..span_end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_are_cut_to_a_window() {
        let line = format!("a = \"{}\" x", "y".repeat(10_000));
        let pos =
            super::super::resolve(&line, &super::super::Location::Span(10_007..10_008)).unwrap();
        let (shown, span) = excerpt(&line, &pos);
        assert!(shown.chars().count() <= 2 * WINDOW + 2, "{}", shown.len());
        assert_eq!(&shown[span], "x");
    }

    #[test]
    fn the_window_counts_characters_not_bytes() {
        let line = format!("a = \"{}\" x", "é".repeat(10_000));
        let offset = line.len() - 1;
        let pos = super::super::resolve(&line, &super::super::Location::Span(offset..offset + 1))
            .unwrap();
        let (shown, span) = excerpt(&line, &pos);
        assert_eq!(shown.chars().count(), WINDOW + 2, "{shown}");
        assert_eq!(&shown[span], "x");
        let pos = super::super::resolve(&line, &super::super::Location::Span(0..1)).unwrap();
        let (shown, span) = excerpt(&line, &pos);
        assert_eq!(shown.chars().count(), WINDOW + 1, "{shown}");
        assert_eq!(&shown[span], "a");
    }
}
