//! `kern handout`: the program the patient follows by default, a named program, one phase or all,
//! HTML or Markdown, text from files escaped, an existing file kept without `--force`, and the
//! samples in docs/ (both languages) current. `UPDATE_GOLDEN=1` rewrites the samples.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

use assert_cmd::Command;

struct Home {
    dir: tempfile::TempDir,
}

impl Home {
    fn new() -> Home {
        Home {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    fn kern(&self) -> Command {
        let mut cmd = assert_cmd::cargo::cargo_bin_cmd!("kern");
        cmd.env("KERN_CONFIG_DIR", self.dir.path().join("config"))
            .env("KERN_DATA_DIR", self.dir.path().join("data"))
            .env("NO_COLOR", "1");
        cmd
    }

    fn run(&self, args: &[&str]) -> (bool, String, String) {
        let out = self.kern().args(args).output().unwrap();
        (
            out.status.success(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    }
}

#[test]
fn without_a_program_followed_it_says_which_to_name() {
    let home = Home::new();
    let (ok, _, err) = home.run(&["--lang", "en", "handout"]);
    assert!(!ok);
    assert!(err.contains("kern handout gentle-start"), "{err}");
}

#[test]
fn the_followed_program_is_the_default_at_its_current_phase() {
    let home = Home::new();
    let (ok, _, err) = home.run(&["--lang", "en", "start", "core-hip-strength"]);
    assert!(ok, "{err}");
    let (ok, page, err) = home.run(&["--lang", "en", "handout"]);
    assert!(ok, "{err}");
    assert!(page.starts_with("<!DOCTYPE html>"));
    assert!(page.contains("Phase 1 ·"), "the current phase");
    assert!(!page.contains("Phase 2 ·"), "only the current phase");
    assert!(page.contains("<svg"), "figures inline");
    assert!(
        page.contains("<p class=\"rest-days\">On days without a session: walk 10 minutes"),
        "the phase's walk on the other days"
    );
    assert!(!page.contains("http://") || !page.contains("src=\"http"));
    assert!(!page.contains("<script"));
    let (ok, all, _) = home.run(&["--lang", "nl", "handout", "--all"]);
    assert!(ok);
    assert!(all.contains("Fase 2 ·") && all.contains("kinesitherapeut"));
    assert!(
        all.contains("Op dagen zonder sessie: 15 minuten wandelen"),
        "phase 2's walk"
    );
    let (ok, _, err) = home.run(&["--lang", "en", "handout", "--phase", "9"]);
    assert!(!ok);
    assert!(err.contains("no phase 9"), "{err}");
}

#[test]
fn markdown_keeps_the_figures_inline_and_the_log_to_tick() {
    let home = Home::new();
    let (ok, md, err) = home.run(&["--lang", "en", "handout", "gentle-start", "--format", "md"]);
    assert!(ok, "{err}");
    assert!(md.starts_with("# Your home exercises"));
    assert!(md.contains("](data:image/svg+xml;base64,"));
    assert!(md.contains("| ☐ |"));
    assert!(md.contains("112"));
}

#[test]
fn an_existing_file_is_replaced_only_with_force() {
    let home = Home::new();
    let out = home.dir.path().join("handout.html");
    std::fs::write(&out, "mine").unwrap();
    let path = out.to_str().unwrap();
    let (ok, _, _) = home.run(&["handout", "gentle-start", "--out", path]);
    assert!(!ok);
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "mine");
    let (ok, _, err) = home.run(&["handout", "gentle-start", "--out", path, "--force"]);
    assert!(ok, "{err}");
    assert!(
        std::fs::read_to_string(&out)
            .unwrap()
            .starts_with("<!DOCTYPE html>")
    );
}

#[test]
fn text_from_a_program_file_is_escaped() {
    let home = Home::new();
    let programs = home.dir.path().join("config/programs");
    std::fs::create_dir_all(&programs).unwrap();
    let shipped = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("programs/gentle-start.toml"),
    )
    .unwrap();
    let hostile = shipped
        .lines()
        .map(|line| {
            if line.starts_with("author = ") {
                "author = \"Dr <script>alert(1)</script> & \\u202e co\"".to_owned()
            } else {
                line.to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    std::fs::write(programs.join("gentle-start.toml"), hostile).unwrap();
    let (ok, page, err) = home.run(&["--lang", "en", "handout", "gentle-start"]);
    assert!(ok, "{err}");
    assert!(page.contains("Dr &lt;script&gt;alert(1)&lt;/script&gt; &amp;"));
    assert!(!page.contains("<script>"));
    assert!(!page.contains('\u{202e}'));
    // The author of a program in the config folder is the physiotherapist to call; a shipped
    // program's author (the kern project) is not.
    assert!(
        page.contains("call your physiotherapist, Dr &lt;script&gt;"),
        "{page}"
    );
    let (ok, page, err) = Home::new().run(&["--lang", "en", "handout", "gentle-start"]);
    assert!(ok, "{err}");
    assert!(
        page.contains("Made with your physiotherapist.</p>"),
        "{page}"
    );
    assert!(!page.contains("physiotherapist, kern project"), "{page}");
}

#[test]
fn the_samples_in_docs_are_current() {
    let docs = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs");
    for lang in ["en", "nl"] {
        let home = Home::new();
        let (ok, page, err) = home.run(&["--lang", lang, "handout", "core-hip-strength", "--all"]);
        assert!(ok, "{err}");
        let path = docs.join(format!("sample-handout.{lang}.html"));
        if std::env::var("UPDATE_GOLDEN").is_ok() {
            std::fs::write(&path, &page).unwrap();
        }
        let kept = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            kept == page,
            "{} is stale: run UPDATE_GOLDEN=1 cargo test --test handout",
            path.display()
        );
    }
}
