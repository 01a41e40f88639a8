//! Text from people and files never steers an output: a note with ESC sequences, BEL, backspace,
//! CR, DEL, a C1 control and a bidi override is logged through the binary, then read back from
//! every output kern has — `kern journal`, the HTML and the Markdown report, the CSV export — and
//! none of those characters arrives; the CR cannot start a fake journal line. The Markdown report
//! is also rendered with Python-Markdown (pinned in .ci/requirements.txt): a `<script>` in a note
//! stays text there.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod scripted;

use scripted::{kern, python, python_has};

/// A note written to do harm: clear the screen, ring, back up, return to the line's start and
/// draw a fake entry, DEL, a C1 CSI, a right-to-left override, and markup.
const HOSTILE: &str = "ok\u{1b}[2J\u{7}\u{8}\r2026-01-01 00:00  fake entry\u{7f}\u{9b}31m\u{202e}evil <script>alert(1)</script> *x*";

/// Every character that must not reach an output.
fn unsafe_chars(text: &str) -> Vec<char> {
    text.chars()
        .filter(|&c| {
            (c.is_control() && c != '\n' && c != '\t')
                || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
        })
        .collect()
}

/// A journal with the sample entries and the hostile note on 2026-11-05.
fn journal() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    scripted::write_journal(dir.path());
    kern(dir.path())
        .args(["log", "--pain", "3", "--at", "2026-11-05T21:00:00+01:00"])
        .arg(format!("--note={HOSTILE}"))
        .assert()
        .success();
    dir
}

#[test]
fn the_journal_on_the_terminal_shows_the_note_on_its_own_line_without_controls() {
    let dir = journal();
    let out = kern(dir.path()).arg("journal").output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(unsafe_chars(&text), [] as [char; 0], "{text:?}");
    let line = text.lines().find(|l| l.contains("fake entry")).unwrap();
    assert!(line.starts_with("2026-11-05 21:00"), "{line:?}");
    assert!(!text.lines().any(|l| l.starts_with("2026-01-01")), "{text}");
}

#[test]
fn the_html_and_markdown_reports_carry_no_controls_and_no_markup_from_a_note() {
    let dir = journal();
    for name in ["report.html", "report.md"] {
        let path = dir.path().join(name);
        kern(dir.path())
            .args([
                "report",
                "--since",
                "2026-11-01",
                "--until",
                "2026-11-30",
                "--out",
            ])
            .arg(&path)
            .assert()
            .success();
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains("fake entry"), "{name} shows the note");
        assert_eq!(unsafe_chars(&text), [] as [char; 0], "{name}");
        assert!(!text.contains("<script>"), "{name}");
    }
    let markdown = dir.path().join("report.md");
    if !python_has("markdown") {
        return;
    }
    let html = python(
        "import sys, markdown; print(markdown.markdown(open(sys.argv[1], encoding='utf-8').read(), extensions=['tables']))",
        &[&markdown.to_string_lossy()],
    );
    assert!(!html.contains("<script>"), "Python-Markdown made a tag");
    assert!(html.contains("&lt;script&gt;alert(1)"), "the note is text");
    assert!(!html.contains("<em>x</em>"), "the stars are text");
}

#[test]
fn the_csv_export_carries_no_controls() {
    let dir = journal();
    for delimiter in [",", ";"] {
        let out = kern(dir.path())
            .args(["export", "--format", "csv", "--delimiter", delimiter])
            .output()
            .unwrap();
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(text.contains("fake entry"));
        let body: String = text.replace("\r\n", "\n");
        assert_eq!(
            unsafe_chars(&body),
            [] as [char; 0],
            "delimiter {delimiter}"
        );
    }
}
