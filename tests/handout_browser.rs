//! The handout in a real browser: `kern handout --all` for a shipped program, printed to PDF and
//! photographed as PNG by headless Chromium; the page count is sane and no exercise is split
//! across two pages (each exercise's title and its last line, `kern: <id>`, are on the same page,
//! read back with pdftotext). Skipped with a note when Chromium or poppler-utils are missing,
//! except under CI=true, where they must be there (.ci/run installs them).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use std::process::Command;

fn tool(name: &str) -> Option<String> {
    let found = Command::new("which").arg(name).output().ok()?;
    found
        .status
        .success()
        .then(|| String::from_utf8_lossy(&found.stdout).trim().to_owned())
}

/// The browser and the PDF tools, or `None` (with a note) when they are missing outside CI.
fn tools() -> Option<String> {
    let chromium = tool("chromium").or_else(|| tool("chromium-browser"));
    let poppler = tool("pdfinfo").and(tool("pdftotext"));
    match (chromium, poppler) {
        (Some(chromium), Some(_)) => Some(chromium),
        _ if std::env::var("CI").is_ok_and(|v| v == "true") => {
            panic!("CI=true but chromium or poppler-utils is missing: .ci/run must install them")
        }
        _ => {
            eprintln!(
                "note: chromium or poppler-utils not installed; the browser check is skipped"
            );
            None
        }
    }
}

fn chromium(browser: &str, dir: &Path, extra: &[String], page: &Path) {
    let profile = tempfile::tempdir().unwrap();
    let status = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--hide-scrollbars",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(extra)
        .arg(format!("file://{}", page.display()))
        .current_dir(dir)
        .output()
        .unwrap();
    assert!(
        status.status.success(),
        "{}",
        String::from_utf8_lossy(&status.stderr)
    );
}

fn page_text(pdf: &Path, page: usize) -> String {
    let out = Command::new("pdftotext")
        .args(["-f", &page.to_string(), "-l", &page.to_string(), "-layout"])
        .arg(pdf)
        .arg("-")
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn the_handout_prints_on_a4_without_splitting_an_exercise() {
    let Some(browser) = tools() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let html = dir.path().join("handout.html");
    let run = assert_cmd::cargo::cargo_bin_cmd!("kern")
        .env("KERN_CONFIG_DIR", dir.path().join("config"))
        .env("KERN_DATA_DIR", dir.path().join("data"))
        .args([
            "--lang",
            "en",
            "handout",
            "pilates-chronic",
            "--all",
            "--out",
        ])
        .arg(&html)
        .output()
        .unwrap();
    assert!(run.status.success(), "{run:?}");
    let text = std::fs::read_to_string(&html).unwrap();
    let pdf = dir.path().join("handout.pdf");
    let png = dir.path().join("handout.png");
    chromium(
        &browser,
        dir.path(),
        &[
            format!("--print-to-pdf={}", pdf.display()),
            "--no-pdf-header-footer".into(),
        ],
        &html,
    );
    chromium(
        &browser,
        dir.path(),
        &[
            format!("--screenshot={}", png.display()),
            "--window-size=1000,1400".into(),
        ],
        &html,
    );
    let png_bytes = std::fs::read(&png).unwrap();
    assert!(png_bytes.starts_with(b"\x89PNG") && png_bytes.len() > 10_000);

    let info = Command::new("pdfinfo").arg(&pdf).output().unwrap();
    let info = String::from_utf8_lossy(&info.stdout);
    let pages: usize = info
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .expect("a page count");
    assert!(
        info.lines()
            .any(|l| l.starts_with("Page size:") && l.contains("(A4)")),
        "not A4: {info}"
    );
    // The exercises in the order the page lists them: (title, id).
    let exercises: Vec<(String, String)> = text
        .split("<article class=\"exercise\">")
        .skip(1)
        .map(|block| {
            let title = block
                .split("<h3>")
                .nth(1)
                .and_then(|s| s.split("</h3>").next())
                .unwrap()
                .replace("&#39;", "'");
            let id = block
                .split("<p class=\"code\">kern: ")
                .nth(1)
                .and_then(|s| s.split("</p>").next())
                .unwrap()
                .to_owned();
            (title, id)
        })
        .collect();
    assert!(exercises.len() >= 8, "{exercises:?}");
    // Each exercise takes at most half a page or so, each phase starts a page, and the safety
    // note is at most one more.
    let phases = text.matches("<section class=\"phase\">").count();
    assert!(
        pages >= phases && pages <= exercises.len() / 2 + 2 * phases + 2,
        "{pages} pages for {} exercises in {phases} phases",
        exercises.len()
    );
    let texts: Vec<String> = (1..=pages).map(|p| page_text(&pdf, p)).collect();
    let mut page = 0;
    for (title, id) in &exercises {
        let start = (page..pages)
            .find(|p| texts[*p].contains(title.as_str()))
            .unwrap_or_else(|| panic!("'{title}' is not on any page from {}", page + 1));
        let end_mark = format!("kern: {id}");
        let end = (start..pages)
            .find(|p| texts[*p].contains(&end_mark))
            .unwrap_or_else(|| panic!("the end of '{title}' is missing"));
        assert_eq!(
            start,
            end,
            "'{title}' starts on page {} and ends on page {}",
            start + 1,
            end + 1
        );
        page = start;
    }
}
