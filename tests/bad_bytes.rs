//! Files no one means to write, made at test time in a temporary folder: empty, random bytes, not
//! UTF-8, NUL bytes, far too large, deeply nested, one enormous line, numbers no integer holds, a
//! folder or a pipe with a `.toml` name, symbolic links in a loop. For each, `kern validate` must
//! finish quickly, never panic, exit 1 and say what is wrong in a few lines; a byte-order mark is
//! fine.

// Test helpers: a failed expectation is a failed test.
#![allow(clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::Output;
use std::time::Duration;

use serde_json::Value;

/// A folder of generated files, and an empty config folder so that no user file leaks in.
struct Scratch {
    dir: tempfile::TempDir,
    config: tempfile::TempDir,
}

impl Scratch {
    fn new() -> Self {
        Self {
            dir: tempfile::tempdir().expect("temp dir"),
            config: tempfile::tempdir().expect("temp dir"),
        }
    }

    /// Writes a file (folders created as needed) and returns its path.
    fn write(&self, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        let path = self.dir.path().join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("folder");
        }
        std::fs::write(&path, bytes).expect("written");
        path
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// Runs `kern validate` on `path`, in JSON or for people.
    fn run(&self, path: &Path, json: bool) -> Output {
        let mut cmd = assert_cmd::cargo::cargo_bin_cmd!("kern");
        cmd.env("KERN_CONFIG_DIR", self.config.path())
            .env("KERN_LANG", "en")
            .env("NO_COLOR", "1")
            .arg("validate");
        if json {
            cmd.args(["--format", "json"]);
        }
        cmd.arg(path)
            .timeout(Duration::from_secs(20))
            .output()
            .expect("kern runs")
    }

    /// Checks that `path` is refused with exit 1, without a panic, and with an error whose code is
    /// one of `codes`; returns the JSON report.
    fn refused(&self, path: &Path, codes: &[&str]) -> Value {
        let output = self.run(path, true);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(!stderr.contains("panicked"), "{}: {stderr}", path.display());
        assert_eq!(
            output.status.code(),
            Some(1),
            "{}: stdout {} stderr {stderr}",
            path.display(),
            String::from_utf8_lossy(&output.stdout)
        );
        let report: Value = serde_json::from_slice(&output.stdout).expect("a JSON report");
        let errors: Vec<&Value> = report["diagnostics"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|d| d["severity"] == "error")
            .collect();
        assert!(!errors.is_empty(), "{}: {report:#}", path.display());
        for error in &errors {
            let code = error["code"].as_str().unwrap_or_default();
            assert!(
                codes.contains(&code),
                "{}: {code} is not one of {codes:?}: {report:#}",
                path.display()
            );
            assert!(
                !error["message"].as_str().unwrap_or_default().is_empty(),
                "{error}"
            );
        }
        report
    }

    /// The human output for `path`, which must stay under `limit` bytes.
    fn short_human_output(&self, path: &Path, limit: usize) -> String {
        let output = self.run(path, false);
        assert_eq!(output.status.code(), Some(1));
        let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
        assert!(
            stdout.len() < limit,
            "{}: {} bytes of output:\n{}",
            path.display(),
            stdout.len(),
            &stdout[..stdout.len().min(3000)]
        );
        stdout
    }
}

/// The first error of a report.
fn first_error(report: &Value) -> &Value {
    report["diagnostics"]
        .as_array()
        .and_then(|all| all.iter().find(|d| d["severity"] == "error"))
        .expect("an error")
}

/// A small, fixed pseudo-random generator (xorshift64*), so every run makes the same bytes.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn bytes(&mut self, len: usize) -> Vec<u8> {
        (0..len).map(|_| (self.next() >> 56) as u8).collect()
    }

    /// Printable ASCII and TOML punctuation, with newlines now and then.
    fn toml_like(&mut self, len: usize) -> String {
        const ALPHABET: &[u8] = b"ab1 =.,[]{}\"'#-_\n\n";
        (0..len)
            .map(|_| ALPHABET[(self.next() % ALPHABET.len() as u64) as usize] as char)
            .collect()
    }
}

/// A valid education card: it depends on no other file.
const CARD: &str = "format = \"kern.education/1\"\norder = 90\ntitle = { en = \"Keep moving\", nl = \"Blijf bewegen\" }\nbody = { en = \"Moving helps.\", nl = \"Bewegen helpt.\" }\n";

/// A small exercise whose `level` is written as `level`.
fn exercise_with_level(level: &str) -> String {
    format!(
        "format = \"kern.exercise/1\"\ncategory = \"core\"\nlevel = {level}\nposition = \"supine\"\n\
         name = {{ en = \"A\", nl = \"B\" }}\npurpose = {{ en = \"A\", nl = \"B\" }}\n\
         [instructions]\nen = [\"A\"]\nnl = [\"B\"]\n\
         [dose]\nkind = \"reps\"\nsets = 2\nreps = 5\n[dose.range]\nsets = [1, 3]\nreps = [3, 8]\n"
    )
}

#[test]
fn an_empty_file_has_no_format() {
    let s = Scratch::new();
    let report = s.refused(&s.write("empty.toml", ""), &["diag-missing-format"]);
    assert!(first_error(&report).get("line").is_none(), "{report:#}");
    let only_bom = s.write("bom-only.toml", "\u{feff}");
    s.refused(&only_bom, &["diag-missing-format"]);
    s.refused(
        &s.write("blank.toml", "\n\n   \n# only a comment\n"),
        &["diag-missing-format"],
    );
}

#[test]
fn random_bytes_are_refused() {
    let s = Scratch::new();
    let mut random = Random(0x9E37_79B9_7F4A_7C15);
    for size in [1, 7, 64, 4096, 65_536, 1_000_000] {
        let path = s.write(&format!("random-{size}.toml"), random.bytes(size));
        s.refused(
            &path,
            &[
                "diag-read-not-utf8",
                "diag-toml-syntax",
                "diag-missing-format",
            ],
        );
    }
    // Large random bytes are never valid UTF-8.
    let report = s.refused(&s.path("random-65536.toml"), &["diag-read-not-utf8"]);
    assert_eq!(first_error(&report)["code"], "diag-read-not-utf8");
}

#[test]
fn random_toml_like_text_is_refused_in_a_few_lines() {
    let s = Scratch::new();
    let mut random = Random(42);
    for size in [100, 10_000, 500_000] {
        let path = s.write(&format!("junk-{size}.toml"), random.toml_like(size));
        s.refused(&path, &["diag-toml-syntax", "diag-missing-format"]);
        s.short_human_output(&path, 20_000);
    }
    // Hundreds of syntax errors: the first few are shown, the rest counted.
    let report = s.refused(&s.path("junk-500000.toml"), &["diag-toml-syntax"]);
    let codes: Vec<&str> = report["diagnostics"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|d| d["code"].as_str())
        .collect();
    assert_eq!(
        codes.iter().filter(|c| **c == "diag-toml-syntax").count(),
        20
    );
    assert_eq!(codes.last(), Some(&"diag-toml-syntax-more"), "{codes:?}");
}

#[test]
fn invalid_utf8_is_named_at_its_first_bad_byte() {
    let s = Scratch::new();
    let path = s.write(
        "latin1.toml",
        b"format = \"kern.exercise/1\"\nname = { en = \"Caf\xe9\" }\n",
    );
    let report = s.refused(&path, &["diag-read-not-utf8"]);
    let error = first_error(&report);
    assert_eq!(
        (error["line"].as_u64(), error["column"].as_u64()),
        (Some(2), Some(19))
    );
    assert!(error["help"].as_str().unwrap_or_default().contains("UTF-8"));

    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(
        "format = \"kern.exercise/1\"\n"
            .encode_utf16()
            .flat_map(u16::to_le_bytes),
    );
    s.refused(&s.write("utf16.toml", utf16), &["diag-read-not-utf8"]);
}

#[test]
fn nul_bytes_are_syntax_errors() {
    let s = Scratch::new();
    let in_string = s.write(
        "nul-in-string.toml",
        "format = \"kern.exercise/1\"\nlevel = \"a\0b\"\n",
    );
    let report = s.refused(&in_string, &["diag-toml-syntax"]);
    assert_eq!(first_error(&report)["line"], 2);
    let at_top = s.write("nul-at-top.toml", "format = \"kern.exercise/1\"\n\0\n");
    let report = s.refused(&at_top, &["diag-toml-syntax"]);
    assert_eq!(first_error(&report)["line"], 2);
    let all_nul = s.write("all-nul.toml", vec![0u8; 4096]);
    s.refused(&all_nul, &["diag-toml-syntax"]);
    s.short_human_output(&all_nul, 20_000);
}

#[test]
fn a_ten_megabyte_file_is_not_read() {
    let s = Scratch::new();
    let mut text = String::from("format = \"kern.exercise/1\"\n");
    while text.len() < 10 * 1024 * 1024 {
        text.push_str("# filler filler filler filler filler filler filler filler filler filler\n");
    }
    let report = s.refused(&s.write("huge.toml", text), &["diag-read-too-large"]);
    let error = first_error(&report);
    assert!(error.get("line").is_none(), "{error}");
    assert!(
        error["message"]
            .as_str()
            .unwrap_or_default()
            .contains("at most 1048576 bytes"),
        "{error}"
    );
}

#[test]
fn deep_nesting_is_refused_without_overflowing_the_stack() {
    let s = Scratch::new();
    let head = "format = \"kern.exercise/1\"\nlevel = ";
    let cases = [
        (
            "open-brackets.toml",
            format!("{head}{}\n", "[".repeat(20_000)),
        ),
        (
            "balanced-brackets.toml",
            format!("{head}{}{}\n", "[".repeat(20_000), "]".repeat(20_000)),
        ),
        (
            "inline-tables.toml",
            format!("{head}{}1{}\n", "{ a = ".repeat(20_000), "}".repeat(20_000)),
        ),
        (
            "dotted-header.toml",
            format!(
                "format = \"kern.exercise/1\"\n[{}]\n",
                vec!["a"; 20_000].join(".")
            ),
        ),
    ];
    for (name, text) in cases {
        let path = s.write(name, text);
        s.refused(&path, &["diag-toml-syntax"]);
        s.short_human_output(&path, 5_000);
    }
}

#[test]
fn a_two_megabyte_line_is_refused_in_a_few_lines() {
    let s = Scratch::new();
    let line = format!(
        "format = \"kern.exercise/1\" {}\n",
        "x".repeat(2 * 1024 * 1024)
    );
    let path = s.write("long-line.toml", line);
    s.refused(&path, &["diag-read-too-large"]);
    s.short_human_output(&path, 5_000);
}

#[test]
fn a_long_line_under_the_limit_is_shown_cut_to_the_problem() {
    let s = Scratch::new();
    let text = format!(
        "format = \"kern.exercise/1\"\nname = \"{}\" oops\n",
        "y".repeat(1_000_000)
    );
    let path = s.write("long-line.toml", text);
    let report = s.refused(&path, &["diag-toml-syntax"]);
    assert_eq!(first_error(&report)["line"], 2);
    let human = s.short_human_output(&path, 5_000);
    assert!(human.contains('…') && human.contains('^'), "{human}");
}

#[test]
fn a_long_list_of_mistakes_is_cut_short() {
    let s = Scratch::new();
    let references = vec!["\"no-such-ref\""; 60_000].join(", ");
    let text = exercise_with_level("5").replacen(
        "level = 5\n",
        &format!("level = 5\nreferences = [{references}]\n"),
        1,
    );
    let path = s.write("exercises/many-refs.toml", text);
    let report = s.refused(&path, &["diag-unknown-reference"]);
    let notes: Vec<&Value> = report["diagnostics"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|d| d["code"] == "diag-more-not-shown")
        .collect();
    assert_eq!(notes.len(), 1, "{report:#}");
    assert!(
        notes[0]["message"]
            .as_str()
            .unwrap_or_default()
            .contains("more problems in this file are not shown"),
        "{report:#}"
    );
    s.short_human_output(&path, 50_000);
}

#[test]
fn numbers_no_integer_holds_are_refused() {
    let s = Scratch::new();
    for (name, level) in [
        ("overflow", "99999999999999999999"),
        ("overflow-i128", &"9".repeat(60)),
        ("negative-overflow", "-99999999999999999999"),
        ("u32-overflow", "4294967296"),
        ("huge-float", "1e999"),
        ("negative", "-1"),
    ] {
        let path = s.write(
            &format!("exercises/{name}.toml"),
            exercise_with_level(level),
        );
        let report = s.refused(
            &path,
            &[
                "diag-not-whole-number",
                "diag-number-negative",
                "diag-number-too-large",
                "diag-toml-syntax",
            ],
        );
        assert_eq!(first_error(&report)["line"], 3, "{name}: {report:#}");
    }
}

#[test]
fn nan_and_inf_are_not_whole_numbers() {
    let s = Scratch::new();
    for level in ["nan", "+nan", "-nan", "inf", "+inf", "-inf"] {
        let path = s.write("exercises/not-a-number.toml", exercise_with_level(level));
        let report = s.refused(&path, &["diag-not-whole-number"]);
        let error = first_error(&report);
        assert_eq!(
            (error["line"].as_u64(), error["column"].as_u64()),
            (Some(3), Some(9))
        );
        assert!(
            error["message"]
                .as_str()
                .unwrap_or_default()
                .contains(&format!("{level} is not a whole number")),
            "{error}"
        );
    }
}

#[test]
fn a_folder_named_like_a_file_is_refused() {
    let s = Scratch::new();
    let folder = s.path("x.toml");
    std::fs::create_dir(&folder).expect("folder");
    s.write("x.toml/inside.toml", CARD);
    s.refused(&folder, &["diag-read-folder"]);
    // Found while walking a folder, too, and not entered.
    let report = s.refused(s.dir.path(), &["diag-read-folder"]);
    assert_eq!(
        report["diagnostics"].as_array().map(Vec::len),
        Some(1),
        "{report:#}"
    );
}

#[cfg(unix)]
#[test]
fn symbolic_link_loops_are_refused() {
    use std::os::unix::fs::symlink;
    let s = Scratch::new();
    symlink(s.path("b.toml"), s.path("a.toml")).expect("link");
    symlink(s.path("a.toml"), s.path("b.toml")).expect("link");
    s.refused(&s.path("a.toml"), &["diag-read-io"]);
    let report = s.refused(s.dir.path(), &["diag-read-io"]);
    assert_eq!(
        report["diagnostics"].as_array().map(Vec::len),
        Some(2),
        "{report:#}"
    );

    let t = Scratch::new();
    std::fs::create_dir(t.path("content")).expect("folder");
    t.write("content/card.toml", CARD);
    symlink(t.path("content"), t.path("content/again")).expect("link");
    let report = t.refused(&t.path("content"), &["diag-read-io"]);
    let error = first_error(&report);
    assert!(
        error["message"]
            .as_str()
            .unwrap_or_default()
            .contains("symbolic link loop"),
        "{error}"
    );
}

#[cfg(unix)]
#[test]
fn a_pipe_is_not_read() {
    let s = Scratch::new();
    let pipe = s.path("p.toml");
    let made = std::process::Command::new("mkfifo")
        .arg(&pipe)
        .status()
        .expect("mkfifo runs");
    assert!(made.success());
    // Reading a pipe nobody writes to would block: kern must not open it.
    s.refused(&pipe, &["diag-read-not-regular"]);
    s.refused(s.dir.path(), &["diag-read-not-regular"]);
}

#[test]
fn a_byte_order_mark_and_windows_line_ends_are_fine() {
    let s = Scratch::new();
    let with_bom = s.write("education/with-bom.toml", format!("\u{feff}{CARD}"));
    let crlf = s.write("education/crlf.toml", CARD.replace('\n', "\r\n"));
    for path in [with_bom, crlf] {
        let output = s.run(&path, true);
        let report: Value = serde_json::from_slice(&output.stdout).expect("a JSON report");
        assert_eq!(output.status.code(), Some(0), "{report:#}");
        assert_eq!(report["errors"], 0, "{report:#}");
    }
}

#[test]
fn a_byte_order_mark_does_not_shift_columns() {
    let s = Scratch::new();
    let path = s.write(
        "education/bom-typo.toml",
        format!("\u{feff}{CARD}titel = 1\n"),
    );
    let report = s.refused(&path, &["diag-unknown-key"]);
    let error = first_error(&report);
    assert_eq!(
        (error["line"].as_u64(), error["column"].as_u64()),
        (Some(5), Some(1))
    );
}
