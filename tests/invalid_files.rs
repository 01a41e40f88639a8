//! One bad content file per rule: every case under `tests/invalid/` is run through the real
//! `kern validate --format json`, must exit 1, and must report exactly the problems its
//! `# expect:` lines name (code, file, line:column, a piece of the English message and, when
//! given, of the help).
//!
//! A case is a file (`exercise-unknown-key.toml`) or, when it needs several files or a particular
//! file name, a folder (`ladder-cycle/exercises/step-a.toml` ...). Each file carries the
//! expectations for the problems found in it, in its leading comment lines:
//!
//! ```toml
//! # expect: diag-unknown-key 12:1 'unknown key 'nmae'' help~ 'did you mean'
//! ```
//!
//! `-` in place of `line:column` means a problem with the file as a whole. A case folder with a
//! `config/` folder uses it as the config folder (`KERN_CONFIG_DIR`) and gives the rest on the
//! command line, so that one origin can replace another.

// Test helpers: a failed expectation is a failed test.
#![allow(clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::Output;
use std::time::Duration;

use serde_json::Value;

/// Fewer cases than this means some were lost.
const MIN_CASES: usize = 45;

/// One `# expect:` line.
#[derive(Debug)]
struct Expect {
    /// The file the problem is in.
    file: PathBuf,
    /// The diagnostic code (its message id).
    code: String,
    /// Line and column of its start; `None` for the file as a whole.
    position: Option<(u64, u64)>,
    /// A piece of the English message.
    message: String,
    /// A piece of the English help, if the line gives one.
    help: Option<String>,
}

impl Expect {
    fn describe(&self) -> String {
        let position = self
            .position
            .map_or_else(|| "-".to_owned(), |(l, c)| format!("{l}:{c}"));
        format!(
            "{} {} {position} '{}'{}",
            self.file.display(),
            self.code,
            self.message,
            self.help
                .as_ref()
                .map_or_else(String::new, |h| format!(" help~ '{h}'"))
        )
    }

    fn matches(&self, diag: &Value) -> bool {
        let text = |key: &str| diag.get(key).and_then(Value::as_str).unwrap_or_default();
        let number = |key: &str| diag.get(key).and_then(Value::as_u64);
        let position = number("line").zip(number("column"));
        Path::new(text("file")) == self.file
            && text("code") == self.code
            && position == self.position
            && text("message").contains(&self.message)
            && self.help.as_ref().is_none_or(|h| text("help").contains(h))
    }
}

fn invalid_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/invalid")
}

/// Every case, sorted: the files and folders right under `tests/invalid/`.
fn cases() -> Vec<PathBuf> {
    let mut cases: Vec<PathBuf> = std::fs::read_dir(invalid_root())
        .expect("tests/invalid exists")
        .map(|entry| entry.expect("readable entry").path())
        .collect();
    cases.sort();
    cases
}

/// The content files of a case.
fn files_of(case: &Path) -> Vec<PathBuf> {
    walkdir::WalkDir::new(case)
        .sort_by_file_name()
        .into_iter()
        .map(|entry| entry.expect("readable entry"))
        .filter(|entry| entry.file_type().is_file())
        .map(|entry| entry.into_path())
        .collect()
}

/// Reads one `# expect:` line (without the `# expect:` prefix).
fn parse_expect(file: &Path, rest: &str) -> Result<Expect, String> {
    let bad = || format!("{}: cannot read '# expect:{rest}'", file.display());
    let (code, rest) = rest.trim().split_once(' ').ok_or_else(bad)?;
    let (position, rest) = rest.split_once(' ').ok_or_else(bad)?;
    let position = match position {
        "-" => None,
        _ => {
            let (line, column) = position.split_once(':').ok_or_else(bad)?;
            Some((
                line.parse().map_err(|_| bad())?,
                column.parse().map_err(|_| bad())?,
            ))
        }
    };
    let (message, help) = match rest.rsplit_once(" help~ ") {
        Some((message, help)) => (message, Some(help)),
        None => (rest, None),
    };
    let quoted = |s: &str| {
        s.trim()
            .strip_prefix('\'')
            .and_then(|s| s.strip_suffix('\''))
            .map(str::to_owned)
            .ok_or_else(bad)
    };
    Ok(Expect {
        file: file.to_path_buf(),
        code: code.to_owned(),
        position,
        message: quoted(message)?,
        help: help.map(quoted).transpose()?,
    })
}

/// The expectations in the leading comment lines of a file.
fn expectations(file: &Path) -> Result<Vec<Expect>, String> {
    let text = std::fs::read_to_string(file).map_err(|e| format!("{}: {e}", file.display()))?;
    text.lines()
        .take_while(|line| line.starts_with('#'))
        .filter_map(|line| line.strip_prefix("# expect:"))
        .map(|rest| parse_expect(file, rest))
        .collect()
}

/// Runs `kern validate` on a case; `extra` goes before the paths.
fn validate(case: &Path, extra: &[&str]) -> Output {
    let empty_config = tempfile::tempdir().expect("temp dir");
    let config = case.join("config");
    let (config_dir, paths): (&Path, Vec<PathBuf>) = if config.is_dir() {
        let others = std::fs::read_dir(case)
            .expect("case folder")
            .map(|e| e.expect("entry").path())
            .filter(|p| *p != config)
            .collect();
        (&config, others)
    } else {
        (empty_config.path(), vec![case.to_path_buf()])
    };
    assert_cmd::cargo::cargo_bin_cmd!("kern")
        .env("KERN_CONFIG_DIR", config_dir)
        .env("KERN_LANG", "en")
        .env("NO_COLOR", "1")
        .arg("validate")
        .args(extra)
        .args(&paths)
        .timeout(Duration::from_secs(20))
        .output()
        .expect("kern runs")
}

/// Checks one case; returns what is wrong with it, if anything.
fn check_case(case: &Path) -> Vec<String> {
    let name = case.strip_prefix(invalid_root()).unwrap_or(case).display();
    let mut expects = Vec::new();
    for file in files_of(case) {
        match expectations(&file) {
            Ok(found) => expects.extend(found),
            Err(err) => return vec![err],
        }
    }
    if expects.is_empty() {
        return vec![format!("{name}: no '# expect:' line")];
    }
    let output = validate(case, &["--format", "json"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    let report: Value = match serde_json::from_slice(&output.stdout) {
        Ok(report) => report,
        Err(err) => return vec![format!("{name}: no JSON report ({err}); stderr: {stderr}")],
    };
    let diagnostics = report["diagnostics"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let mut problems = Vec::new();
    if output.status.code() != Some(1) {
        problems.push(format!(
            "{name}: exit code {:?}, not 1",
            output.status.code()
        ));
    }
    if stderr.contains("panicked") {
        problems.push(format!("{name}: kern panicked: {stderr}"));
    }
    let mut matched = vec![false; diagnostics.len()];
    for expect in &expects {
        match diagnostics.iter().position(|d| expect.matches(d)) {
            Some(i) => matched[i] = true,
            None => problems.push(format!("{name}: not reported: {}", expect.describe())),
        }
    }
    // Each case holds exactly the mistakes it names: no other error or warning may appear.
    for (diag, matched) in diagnostics.iter().zip(matched) {
        if !matched && diag["severity"] != "note" {
            problems.push(format!("{name}: not expected: {diag}"));
        }
    }
    problems
}

#[test]
fn every_invalid_case_reports_exactly_what_it_expects() {
    let cases = cases();
    let problems: Vec<String> = std::thread::scope(|scope| {
        let handles: Vec<_> = cases
            .chunks(cases.len().div_ceil(8).max(1))
            .map(|chunk| scope.spawn(move || chunk.iter().flat_map(|c| check_case(c)).collect()))
            .collect();
        handles
            .into_iter()
            .flat_map(|h| {
                h.join()
                    .unwrap_or_else(|_| vec!["a checker panicked".into()])
            })
            .collect()
    });
    assert!(
        problems.is_empty(),
        "{} problem(s):\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn the_suite_cannot_silently_shrink() {
    let cases = cases();
    assert!(
        cases.len() >= MIN_CASES,
        "only {} cases in tests/invalid",
        cases.len()
    );
    for case in &cases {
        let expects: usize = files_of(case)
            .iter()
            .map(|f| expectations(f).map_or(0, |e| e.len()))
            .sum();
        assert!(expects > 0, "{} has no '# expect:' line", case.display());
    }
}

/// Codes tested elsewhere or not the main message of a problem: advice shown as help, problems
/// reading a file and notes on files of junk (tests/bad_bytes.rs), a replaced file
/// (tests/valid_files.rs), and the last resort for a message from the TOML reader that kern has
/// no plainer words for (every known one has them; src/catalog/parse_tests.rs).
const NOT_HERE: [&str; 12] = [
    "diag-invalid-value",
    "diag-unknown-key-did-you-mean",
    "diag-unknown-key-known",
    "diag-allowed-values",
    "diag-read-folder",
    "diag-read-not-regular",
    "diag-read-io",
    "diag-read-too-large",
    "diag-read-not-utf8",
    "diag-toml-syntax-more",
    "diag-more-not-shown",
    "diag-replaces",
];

#[test]
fn every_rule_has_a_bad_file() {
    let catalog = kern::i18n::source(kern::model::Lang::En);
    let covered: String = cases()
        .iter()
        .flat_map(|c| files_of(c))
        .filter_map(|f| std::fs::read_to_string(f).ok())
        .collect();
    let missing: Vec<&str> = catalog
        .lines()
        .filter_map(|line| line.split_once(" = ").map(|(id, _)| id.trim()))
        .filter(|id| id.starts_with("diag-") && !id.ends_with("-help"))
        .filter(|id| !NOT_HERE.contains(id))
        .filter(|id| !covered.contains(&format!("# expect: {id} ")))
        .collect();
    assert!(
        missing.is_empty(),
        "no case in tests/invalid for: {missing:?}"
    );
}

#[test]
fn human_output_points_at_the_problem() {
    let output = validate(&invalid_root().join("exercise-unknown-key.toml"), &[]);
    assert_eq!(output.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&output.stdout);
    let expect = expectations(&invalid_root().join("exercise-unknown-key.toml"))
        .expect("readable")
        .remove(0);
    let (line, column) = expect.position.expect("a position");
    let place = format!("exercise-unknown-key.toml:{line}:{column}");
    assert!(stdout.contains(&place), "no {place} in:\n{stdout}");
    assert!(
        stdout.contains("error: unknown key 'equipmnet'"),
        "{stdout}"
    );
    assert!(stdout.contains("equipmnet = [\"mat\"]"), "{stdout}");
    assert!(stdout.contains("^^^^^^^^^"), "no underline in:\n{stdout}");
    assert!(
        stdout.contains("help: did you mean 'equipment'?"),
        "{stdout}"
    );
    assert!(
        stdout.contains("1 error") || stdout.contains("one error"),
        "{stdout}"
    );
}
