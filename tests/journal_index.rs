//! The journal index on the real `kern` binary: it is only ever a copy of the entry files, so the
//! journal shows the same with it, without it, and after a kern writing it was killed at any
//! moment; `kern doctor` says how it is and `--reindex` rebuilds it. Nothing here asserts timings.

use std::error::Error;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use chrono::NaiveDate;
use kern::journal::index::{Check, Found, INDEX_FILE, Index, WHOLE_FILE};
use kern::journal::{Journal, sample};

type Fallible<T = ()> = Result<T, Box<dyn Error>>;

/// A data folder with two years of journal, and an empty config folder.
struct Sandbox {
    root: tempfile::TempDir,
}

impl Sandbox {
    fn new(days: u32) -> Fallible<Sandbox> {
        let root = tempfile::tempdir()?;
        fs::create_dir(root.path().join("config"))?;
        let journal = Journal::new(&root.path().join("data"));
        let last = NaiveDate::from_ymd_opt(2026, 11, 25).ok_or("date")?;
        sample::write_quickly(&journal, &sample::entries(last, days, 11))?;
        Ok(Sandbox { root })
    }

    fn data(&self) -> PathBuf {
        self.root.path().join("data")
    }

    fn index(&self) -> PathBuf {
        self.data().join(INDEX_FILE)
    }

    fn kern(&self) -> Command {
        self.kern_in("en")
    }

    fn kern_in(&self, lang: &str) -> Command {
        let mut command = Command::new(env!("CARGO_BIN_EXE_kern"));
        command
            .env("KERN_CONFIG_DIR", self.root.path().join("config"))
            .env("KERN_DATA_DIR", self.data())
            .env("NO_COLOR", "1")
            .env_remove("KERN_LANG")
            .args(["--lang", lang])
            .stdin(Stdio::null());
        command
    }

    /// `kern journal` and `kern doctor`'s entry counts, as text.
    fn views(&self) -> Fallible<String> {
        let journal = self.kern().arg("journal").output()?;
        assert!(journal.status.success(), "{journal:?}");
        let doctor = self.kern().arg("doctor").output()?;
        let counts: String = String::from_utf8(doctor.stdout)?
            .lines()
            .filter(|l| l.starts_with("  ") || l.contains("entries") || l.contains("problem"))
            .collect::<Vec<_>>()
            .join("\n");
        Ok(String::from_utf8(journal.stdout)? + &counts)
    }

    /// The views, then the three exports (which read the index's copy of the whole entries).
    fn views_and_exports(&self) -> Fallible<String> {
        let mut text = self.views()?;
        for format in ["json", "csv", "fhir"] {
            let export = self.kern().args(["export", "--format", format]).output()?;
            assert!(export.status.success(), "{export:?}");
            text += &String::from_utf8(export.stdout)?;
        }
        Ok(text)
    }
}

fn remove_if_there(path: &Path) -> Fallible {
    match fs::remove_file(path) {
        Err(err) if err.kind() != std::io::ErrorKind::NotFound => Err(err.into()),
        _ => Ok(()),
    }
}

#[test]
fn the_journal_shows_the_same_with_and_without_the_index() -> Fallible {
    let sandbox = Sandbox::new(400)?;
    let without = sandbox.views_and_exports()?;
    assert!(sandbox.index().is_file(), "the first look builds the index");
    let with = sandbox.views_and_exports()?;
    assert_eq!(with, without);
    assert!(with.lines().count() > 400, "{with}");
    remove_if_there(&sandbox.index())?;
    fs::write(sandbox.index(), b"damaged")?;
    assert_eq!(sandbox.views_and_exports()?, without);
    let whole = sandbox.data().join(WHOLE_FILE);
    assert!(whole.is_file(), "exports keep the whole entries");
    fs::write(&whole, b"damaged")?;
    assert_eq!(sandbox.views_and_exports()?, without);
    Ok(())
}

#[test]
fn doctor_reports_the_index_and_rebuilds_it() -> Fallible {
    let sandbox = Sandbox::new(60)?;
    let text = |output: std::process::Output| String::from_utf8_lossy(&output.stdout).into_owned();
    let first = text(sandbox.kern().arg("doctor").output()?);
    assert!(
        first.contains(&sandbox.index().display().to_string()),
        "{first}"
    );
    assert!(
        first.contains("There was no index yet: built from"),
        "{first}"
    );
    let rebuilt = text(sandbox.kern().args(["doctor", "--reindex"]).output()?);
    assert!(rebuilt.contains("The index was rebuilt from"), "{rebuilt}");
    fs::write(sandbox.index(), b"damaged")?;
    let damaged = text(sandbox.kern().arg("doctor").output()?);
    assert!(damaged.contains("The index could not be used"), "{damaged}");
    let nl = sandbox
        .kern_in("nl")
        .args(["doctor", "--reindex"])
        .output()?;
    assert!(text(nl).contains("De index is opnieuw opgebouwd uit"));
    Ok(())
}

/// A kern killed while it writes the index leaves the old index or the new one, never half of one,
/// and the journal shows the same afterwards.
#[cfg(unix)]
#[test]
fn a_kern_killed_while_writing_the_index_leaves_a_usable_one() -> Fallible {
    let sandbox = Sandbox::new(700)?;
    let want = sandbox.views()?;
    let journal = Journal::new(&sandbox.data());
    let mut rng = fastrand::Rng::with_seed(14);
    // How long a whole rebuild takes here, so that the kills fall anywhere in it, the writing too.
    let started = std::time::Instant::now();
    let done = sandbox.kern().args(["doctor", "--reindex"]).output()?;
    assert!(done.status.success(), "{done:?}");
    let whole = started.elapsed().as_millis() as u64 + 1;
    // `kern doctor --reindex`, killed with SIGKILL at a random moment of it.
    let kill_while_reindexing = |rng: &mut fastrand::Rng| -> Fallible {
        let mut child = sandbox
            .kern()
            .args(["doctor", "--reindex"])
            .stdout(Stdio::null())
            .spawn()?;
        std::thread::sleep(Duration::from_millis(rng.u64(0..whole)));
        child.kill()?;
        child.wait()?;
        Ok(())
    };
    for round in 0..16 {
        if round % 3 == 0 {
            remove_if_there(&sandbox.index())?;
        }
        kill_while_reindexing(&mut rng)?;
        let index = Index::open(&journal, Check::Quick);
        assert!(
            !matches!(index.status.found, Found::Unusable(_)),
            "round {round}: {:?}",
            index.status
        );
        remove_if_there(&sandbox.index())?;
        kill_while_reindexing(&mut rng)?;
        assert_eq!(sandbox.views()?, want, "round {round}");
    }
    Ok(())
}
