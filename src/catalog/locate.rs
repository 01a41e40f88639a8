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
    let span = match location {
        Location::File => return None,
        Location::Span(span) => span.clone(),
        Location::Path(path) => span_of_path(text, path)?,
    };
    let start = floor_char_boundary(text, span.start.min(text.len()));
    let mut end = floor_char_boundary(text, span.end.min(text.len())).max(start);
    // A table spans many lines: point at its first line only.
    if let Some(newline) = text[start..end].find('\n') {
        end = start + newline;
    }
    let (line, column) = line_column(text, start);
    let (end_line, end_column) = line_column(text, end);
    Some(Position {
        line,
        column,
        end_line,
        end_column,
        span: start..end,
    })
}

/// The byte range of the value at `path`; for a key that is missing, the nearest existing parent.
/// For a key, the range covers the key itself when the value is a table (a header reads better).
pub fn span_of_path(text: &str, path: &[PathSeg]) -> Option<Range<usize>> {
    let (root, _errors) = DeTable::parse_recoverable(text);
    let mut best: Option<Range<usize>> = None;
    let mut current: Option<&DeValue<'_>> = None;
    let mut table: Option<&DeTable<'_>> = Some(root.get_ref());
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
    best.or_else(|| first_line(text))
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
