//! Turning a diagnostic's location into a byte range, a line and a column of its file.

use std::ops::Range;

use toml::de::{DeTable, DeValue};

use super::{Location, PathSeg};

/// A location resolved against a file's text: byte range plus 1-based line and column (in
/// characters) of its start and end.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Position {
    /// 1-based line of the start.
    pub line: usize,
    /// 1-based column (in characters) of the start.
    pub column: usize,
    /// 1-based line of the end.
    pub end_line: usize,
    /// 1-based column (in characters) just past the end.
    pub end_column: usize,
    /// The byte range.
    #[serde(skip)]
    pub span: Range<usize>,
}

/// Line and column (1-based, column in characters) of a byte offset.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let offset = floor_char_boundary(text, offset.min(text.len()));
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    (line, column)
}

fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    while offset > 0 && !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// Resolves a location to a position, or `None` for the file as a whole.
pub fn resolve(text: &str, location: &Location) -> Option<Position> {
    Locator::new(text).resolve(location)
}

/// One file's text made ready to resolve many locations quickly: where each line starts, and its
/// TOML parsed once (when a path first needs it) instead of once per location.
pub struct Locator<'a> {
    text: &'a str,
    line_starts: Vec<usize>,
    root: Option<toml::Spanned<DeTable<'a>>>,
}

impl<'a> Locator<'a> {
    /// Prepares a file's text.
    pub fn new(text: &'a str) -> Self {
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Self {
            text,
            line_starts,
            root: None,
        }
    }

    /// Line and column (1-based, column in characters) of a byte offset.
    pub fn line_column(&self, offset: usize) -> (usize, usize) {
        let offset = floor_char_boundary(self.text, offset.min(self.text.len()));
        let line = self.line_starts.partition_point(|start| *start <= offset);
        let line_start = self.line_starts[line.saturating_sub(1)];
        (line, self.text[line_start..offset].chars().count() + 1)
    }

    /// Resolves a location to a position, or `None` for the file as a whole.
    pub fn resolve(&mut self, location: &Location) -> Option<Position> {
        let text = self.text;
        let span = match location {
            Location::File => return None,
            Location::Span(span) => span.clone(),
            Location::Path(path) => {
                let root = self
                    .root
                    .get_or_insert_with(|| DeTable::parse_recoverable(text).0);
                span_in(root.get_ref(), path).or_else(|| first_line(text))?
            }
        };
        let start = floor_char_boundary(text, span.start.min(text.len()));
        let mut end = floor_char_boundary(text, span.end.min(text.len())).max(start);
        // A table spans many lines: point at its first line only.
        if let Some(newline) = text[start..end].find('\n') {
            end = start + newline;
        }
        let (line, column) = self.line_column(start);
        let (end_line, end_column) = self.line_column(end);
        Some(Position {
            line,
            column,
            end_line,
            end_column,
            span: start..end,
        })
    }
}

/// The byte range of the value at `path` in a parsed document; for a key that is missing, the
/// nearest existing parent; `None` when not even the first key exists. For a key, the range covers
/// the key itself when the value is a table (a header reads better).
fn span_in(root: &DeTable<'_>, path: &[PathSeg]) -> Option<Range<usize>> {
    let mut best: Option<Range<usize>> = None;
    let mut current: Option<&DeValue<'_>> = None;
    let mut table: Option<&DeTable<'_>> = Some(root);
    for seg in path {
        match (seg, table, current) {
            (PathSeg::Key(key), Some(t), _) => {
                let Some((k, v)) = t.get_key_value(key.as_str()) else {
                    break;
                };
                best = Some(match v.get_ref() {
                    DeValue::Table(_) => k.span(),
                    DeValue::Array(items)
                        if items
                            .iter()
                            .any(|i| matches!(i.get_ref(), DeValue::Table(_))) =>
                    {
                        k.span()
                    }
                    _ => v.span(),
                });
                current = Some(v.get_ref());
                table = match v.get_ref() {
                    DeValue::Table(inner) => Some(inner),
                    _ => None,
                };
            }
            (PathSeg::Index(i), _, Some(DeValue::Array(items))) => {
                let Some(item) = items.get(*i) else { break };
                best = Some(item.span());
                current = Some(item.get_ref());
                table = match item.get_ref() {
                    DeValue::Table(inner) => Some(inner),
                    _ => None,
                };
            }
            _ => break,
        }
    }
    best
}

fn first_line(text: &str) -> Option<Range<usize>> {
    // The `format` line is the best anchor for "missing at the top level"; else line 1.
    let start = text
        .lines()
        .scan(0usize, |offset, line| {
            let here = *offset;
            *offset += line.len() + 1;
            Some((here, line))
        })
        .find(|(_, line)| line.trim_start().starts_with("format"))
        .map_or(0, |(offset, _)| offset);
    let end = text[start..].find('\n').map_or(text.len(), |i| start + i);
    Some(start..end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::path;

    const DOC: &str = "format = \"kern.exercise/1\"\nlevel = 5\n\n[dose]\nkind = \"reps\"\n\n[[phases]]\nweeks = [1, 2]\n[[phases]]\nweeks = [3, 4]\n";

    #[test]
    fn lines_and_columns_are_one_based() {
        assert_eq!(line_column(DOC, 0), (1, 1));
        assert_eq!(line_column(DOC, DOC.find("level").unwrap_or(0)), (2, 1));
        assert_eq!(line_column("é = 1\nx", 4), (1, 4));
    }

    #[test]
    fn the_locator_agrees_with_counting_from_the_start() {
        let text = "é = 1\n\nname = \"x\"\nlast";
        let locator = Locator::new(text);
        for offset in 0..=text.len() + 2 {
            assert_eq!(
                locator.line_column(offset),
                line_column(text, offset),
                "{offset}"
            );
        }
    }

    #[test]
    fn paths_find_values_inside_tables_and_arrays() {
        let pos = resolve(DOC, &Location::Path(path!["dose", "kind"])).unwrap_or_else(|| panic!());
        assert_eq!((pos.line, pos.column), (5, 8));
        let pos =
            resolve(DOC, &Location::Path(path!["phases", 1, "weeks"])).unwrap_or_else(|| panic!());
        assert_eq!((pos.line, pos.column), (10, 9));
    }

    #[test]
    fn a_missing_key_points_at_its_parent() {
        let pos = resolve(DOC, &Location::Path(path!["dose", "sets"])).unwrap_or_else(|| panic!());
        assert_eq!(pos.line, 4);
        let pos = resolve(DOC, &Location::Path(path!["name"])).unwrap_or_else(|| panic!());
        assert_eq!(pos.line, 1);
    }
}
