//! The journal survives what real machines do to it, tested on the real `kern` binary: writers
//! killed with SIGKILL at random moments, two kern processes writing at once, a data folder that
//! cannot be written, damaged files and files from a newer kern, and a coach open in another
//! window. Nothing here asserts timings.
//!
//! The coach lock is a `flock`, which a child process shares from the moment it is forked until
//! it starts `kern` (the descriptor is close-on-exec). So that a lock dropped by this process is
//! not still held by a child another test is just spawning, the lock test runs alone: it takes
//! [`SPAWNING`] for writing, every other test for reading.

use std::collections::{BTreeMap, BTreeSet};
use std::error::Error;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::{PoisonError, RwLock, RwLockReadGuard};
use std::thread;
use std::time::{Duration, Instant};

use kern::journal::{CoachLock, Entry, read_entry};
use serde_json::Value;

type Fallible<T = ()> = Result<T, Box<dyn Error>>;

/// Held for reading by every test that starts kern, for writing by the one that holds the lock.
static SPAWNING: RwLock<()> = RwLock::new(());

/// Lets this test start kern processes (alongside every test but the lock test).
fn spawning() -> RwLockReadGuard<'static, ()> {
    SPAWNING.read().unwrap_or_else(PoisonError::into_inner)
}

/// A data folder and an empty config folder of their own, removed afterwards.
struct Sandbox {
    root: tempfile::TempDir,
}

impl Sandbox {
    fn new() -> Fallible<Sandbox> {
        let root = tempfile::tempdir()?;
        fs::create_dir(root.path().join("config"))?;
        Ok(Sandbox { root })
    }

    fn data(&self) -> PathBuf {
        self.root.path().join("data")
    }

    fn journal(&self) -> PathBuf {
        self.data().join("journal")
    }

    /// `kern` on this sandbox's data folder, in English, with no terminal on stdin.
    fn kern(&self) -> Command {
        self.kern_on(&self.data())
    }

    fn kern_on(&self, data_dir: &Path) -> Command {
        let mut command = Command::new(env!("CARGO_BIN_EXE_kern"));
        command
            .env("KERN_CONFIG_DIR", self.root.path().join("config"))
            .env("KERN_DATA_DIR", data_dir)
            .env("NO_COLOR", "1")
            .env_remove("KERN_LANG")
            .args(["--lang", "en"])
            .stdin(Stdio::null());
        command
    }

    /// Runs `kern log` to the end and returns the id it saved.
    fn log(&self, pain: u8, at: &str, note: &str) -> Fallible<String> {
        let output = self.kern().args(log_args(pain, at, note)).output()?;
        if !output.status.success() {
            return Err(format!("kern log failed: {}", text(&output.stderr)).into());
        }
        saved_id(&output.stdout).ok_or_else(|| format!("no id in {}", text(&output.stdout)).into())
    }

    /// `kern journal --json`, parsed.
    fn journal_json(&self) -> Fallible<Value> {
        let output = self.kern().args(["journal", "--json"]).output()?;
        if !output.status.success() {
            return Err(format!("kern journal --json failed: {}", text(&output.stderr)).into());
        }
        Ok(serde_json::from_slice(&output.stdout)?)
    }
}

fn log_args(pain: u8, at: &str, note: &str) -> Vec<String> {
    [
        "log",
        "--pain",
        &pain.to_string(),
        "--at",
        at,
        "--note",
        note,
    ]
    .map(str::to_owned)
    .to_vec()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// The id in kern log's "Saved <id> (<path>)." line, if it printed one.
fn saved_id(stdout: &[u8]) -> Option<String> {
    text(stdout).lines().find_map(|line| {
        let rest = line.strip_prefix("Saved ")?;
        let (id, _path) = rest.split_once(" (")?;
        Some(id.to_owned())
    })
}

/// What is in a journal folder: entry files (by id) and hidden temporary files.
#[derive(Debug, Default)]
struct OnDisk {
    entries: BTreeMap<String, PathBuf>,
    temps: Vec<PathBuf>,
}

fn on_disk(journal: &Path) -> Fallible<OnDisk> {
    let mut found = OnDisk::default();
    if !journal.exists() {
        return Ok(found);
    }
    for item in walkdir::WalkDir::new(journal) {
        let item = item?;
        let name = item.file_name().to_string_lossy().into_owned();
        if !item.file_type().is_file() {
            continue;
        }
        if name.starts_with(".tmp-") {
            found.temps.push(item.path().to_path_buf());
        } else if let Some(id) = name.strip_suffix(".toml") {
            found
                .entries
                .insert(id.to_owned(), item.path().to_path_buf());
        }
    }
    Ok(found)
}

/// Every file under a folder with its bytes, to prove nothing was changed; except the journal
/// index (a derived copy that kern may rewrite at any look, holding nothing the files do not).
fn snapshot(dir: &Path) -> Fallible<BTreeMap<PathBuf, Vec<u8>>> {
    let mut files = BTreeMap::new();
    for item in walkdir::WalkDir::new(dir) {
        let item = item?;
        if item.file_type().is_file() && item.file_name() != kern::journal::index::INDEX_FILE {
            files.insert(item.path().to_path_buf(), fs::read(item.path())?);
        }
    }
    Ok(files)
}

/// The ids of the entries in `kern journal --json`.
fn json_ids(doc: &Value) -> BTreeSet<String> {
    doc["entries"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|e| e["id"].as_str().map(str::to_owned))
        .collect()
}

/// The file names of the problems in `kern journal --json`.
fn json_problem_names(doc: &Value) -> BTreeSet<String> {
    doc["problems"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|p| p["path"].as_str())
        .filter_map(|p| Path::new(p).file_name())
        .map(|n| n.to_string_lossy().into_owned())
        .collect()
}

#[test]
fn writers_killed_at_random_moments_never_leave_a_half_entry() -> Fallible {
    let _spawning = spawning();
    let started = Instant::now();
    let sandbox = Sandbox::new()?;
    let mut rng = fastrand::Rng::with_seed(0x6b65_726e);
    let mut reported: BTreeMap<String, String> = BTreeMap::new();
    let mut killed = 0;
    for round in 0..50 {
        // Spread over months so that folders are being created when some kills land.
        let at = format!(
            "2025-{:02}-{:02} {:02}:{:02}",
            rng.u32(1..=12),
            rng.u32(1..=28),
            rng.u32(6..=22),
            rng.u32(0..60)
        );
        let note = format!("round {round}");
        let mut child = sandbox
            .kern()
            .args(log_args(rng.u8(0..=10), &at, &note))
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()?;
        thread::sleep(Duration::from_millis(rng.u64(0..=15)));
        let _ = child.kill(); // SIGKILL; an already finished writer is left as it is.
        let output = child.wait_with_output()?;
        match output.status.code() {
            None => killed += 1,
            Some(0) => {}
            Some(code) => {
                return Err(format!("kern log exited {code}: {}", text(&output.stderr)).into());
            }
        }
        if let Some(id) = saved_id(&output.stdout) {
            reported.insert(id, note);
        }
    }
    eprintln!("{killed} writers killed, {} reported saved", reported.len());

    // A hidden temporary file holding a whole valid entry must still never be read as one.
    let decoy_dir = sandbox.journal().join("2025/06");
    fs::create_dir_all(&decoy_dir)?;
    let decoy_id = "2025-06-01T0800-check-in-decoy2";
    let decoy = fs::read_to_string(decoy_template(&sandbox)?)?;
    let decoy = decoy.replace(&id_in(&decoy)?, decoy_id);
    fs::write(decoy_dir.join(".tmp-decoy.toml"), decoy)?;
    fs::write(decoy_dir.join(".tmp-half.toml"), "format = \"kern.jou")?;

    let disk = on_disk(&sandbox.journal())?;
    for (id, path) in &disk.entries {
        let entry = read_entry(path).map_err(|e| format!("{}: {e}", path.display()))?;
        assert_eq!(&entry.id, id);
    }
    for (id, note) in &reported {
        let path = disk
            .entries
            .get(id)
            .ok_or_else(|| format!("reported {id} is not on disk"))?;
        let entry = read_entry(path)?;
        assert_eq!(note_of(&entry), Some(note.as_str()), "{id}");
    }

    let doc = sandbox.journal_json()?;
    let listed = json_ids(&doc);
    let complete: BTreeSet<String> = disk.entries.keys().cloned().collect();
    assert_eq!(
        listed, complete,
        "kern journal lists exactly the complete files"
    );
    assert!(json_problem_names(&doc).is_empty(), "{}", doc["problems"]);
    assert!(!listed.contains(decoy_id) && listed.iter().all(|id| !id.starts_with('.')));

    let doctor = sandbox.kern().arg("doctor").output()?;
    let report = text(&doctor.stdout);
    assert_eq!(doctor.status.code(), Some(0), "{report}");
    assert!(report.contains("unfinished temporary files"), "{report}");
    for temp in &disk.temps {
        assert!(report.contains(&temp.display().to_string()), "{report}");
    }
    eprintln!(
        "{} entry files, {} temporary files left; took {:.1} s",
        disk.entries.len(),
        disk.temps.len(),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// An entry file to copy for the decoy: one the writers left, or a fresh one.
fn decoy_template(sandbox: &Sandbox) -> Fallible<PathBuf> {
    if let Some(path) = on_disk(&sandbox.journal())?.entries.into_values().next() {
        return Ok(path);
    }
    let id = sandbox.log(3, "2025-01-01 08:00", "template")?;
    Ok(on_disk(&sandbox.journal())?
        .entries
        .remove(&id)
        .ok_or("the template entry is missing")?)
}

/// The `id = "..."` value of an entry's text.
fn id_in(text: &str) -> Fallible<String> {
    let entry = Entry::from_toml(text)?;
    Ok(entry.id)
}

fn note_of(entry: &Entry) -> Option<&str> {
    entry.check_in.as_ref().and_then(|c| c.note.as_deref())
}

#[test]
fn two_kern_processes_writing_at_once_lose_nothing() -> Fallible {
    let _spawning = spawning();
    let sandbox = Sandbox::new()?;
    // Every entry in the same minute: same folder, same id prefix.
    let at = "2026-03-14 09:26";
    let results: Vec<Result<Vec<(String, String)>, String>> = thread::scope(|scope| {
        let writers: Vec<_> = (0..2)
            .map(|writer| {
                let sandbox = &sandbox;
                scope.spawn(move || {
                    (0..50)
                        .map(|i| {
                            let note = format!("writer {writer} #{i}");
                            let id = sandbox
                                .log((i % 11) as u8, at, &note)
                                .map_err(|e| e.to_string())?;
                            Ok((id, note))
                        })
                        .collect::<Result<Vec<_>, String>>()
                })
            })
            .collect();
        writers
            .into_iter()
            .map(|w| w.join().unwrap_or_else(|_| Err("a writer panicked".into())))
            .collect()
    });
    let mut saved = BTreeMap::new();
    for result in results {
        for (id, note) in result? {
            assert!(saved.insert(id.clone(), note).is_none(), "{id} twice");
        }
    }
    assert_eq!(saved.len(), 100, "every reported id is distinct");

    let disk = on_disk(&sandbox.journal())?;
    assert!(disk.temps.is_empty(), "{:?}", disk.temps);
    assert_eq!(
        disk.entries.keys().collect::<Vec<_>>(),
        saved.keys().collect::<Vec<_>>()
    );
    for (id, note) in &saved {
        let entry = read_entry(&disk.entries[id])?;
        assert_eq!(note_of(&entry), Some(note.as_str()));
    }
    let doc = sandbox.journal_json()?;
    assert_eq!(json_ids(&doc), saved.keys().cloned().collect());
    Ok(())
}

/// Checks a `kern log` that could not save: exit 1, a clear message, the entry on stdout.
fn assert_kept(output: &Output, pain: u8, note: &str) -> Fallible {
    let stderr = text(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("Could not save the entry"), "{stderr}");
    let entry = Entry::from_toml(&text(&output.stdout))
        .map_err(|e| format!("stdout is not the entry ({e}): {}", text(&output.stdout)))?;
    assert_eq!(
        entry.check_in.as_ref().map(|c| c.pain_now.get()),
        Some(pain)
    );
    assert_eq!(note_of(&entry), Some(note));
    Ok(())
}

#[test]
fn a_data_folder_inside_a_file_keeps_the_entry_on_stdout() -> Fallible {
    let _spawning = spawning();
    let sandbox = Sandbox::new()?;
    let blocker = sandbox.root.path().join("not-a-folder");
    fs::write(&blocker, "a regular file")?;
    let output = sandbox
        .kern_on(&blocker.join("data"))
        .args(log_args(4, "2026-11-20 08:00", "kept"))
        .output()?;
    assert_kept(&output, 4, "kept")?;
    assert_eq!(fs::read(&blocker)?, b"a regular file");
    Ok(())
}

#[test]
fn a_month_folder_that_is_a_file_leaves_other_entries_untouched() -> Fallible {
    let _spawning = spawning();
    let sandbox = Sandbox::new()?;
    sandbox.log(2, "2026-10-05 08:00", "earlier")?;
    fs::write(sandbox.journal().join("2026/11"), "in the way")?;
    let before = snapshot(&sandbox.data())?;
    let output = sandbox
        .kern()
        .args(log_args(6, "2026-11-20 08:00", "blocked"))
        .output()?;
    assert_kept(&output, 6, "blocked")?;
    assert_eq!(snapshot(&sandbox.data())?, before);
    Ok(())
}

/// Sets folders back to 0700 when dropped, so that the sandbox can be removed.
#[cfg(unix)]
struct Unlock(Vec<PathBuf>);

#[cfg(unix)]
impl Drop for Unlock {
    fn drop(&mut self) {
        use std::os::unix::fs::PermissionsExt;
        for dir in &self.0 {
            let _ = fs::set_permissions(dir, fs::Permissions::from_mode(0o700));
        }
    }
}

#[cfg(unix)]
#[test]
fn a_read_only_data_folder_keeps_the_entry_on_stdout() -> Fallible {
    let _spawning = spawning();
    use std::os::unix::fs::PermissionsExt;
    let sandbox = Sandbox::new()?;
    sandbox.log(2, "2026-10-05 08:00", "earlier")?;
    let month = sandbox.journal().join("2026/10");
    let dirs = vec![
        sandbox.data(),
        sandbox.journal(),
        sandbox.journal().join("2026"),
        month.clone(),
    ];
    let _unlock = Unlock(dirs.clone());
    for dir in &dirs {
        fs::set_permissions(dir, fs::Permissions::from_mode(0o500))?;
    }
    let probe = month.join("probe");
    if fs::write(&probe, "x").is_ok() {
        fs::remove_file(&probe)?;
        eprintln!("skipped: running as root, where 0500 does not stop writes");
        return Ok(());
    }
    let before = snapshot(&sandbox.data())?;
    let output = sandbox
        .kern()
        .args(log_args(5, "2026-10-06 08:00", "read-only"))
        .output()?;
    assert_kept(&output, 5, "read-only")?;
    assert_eq!(
        snapshot(&sandbox.data())?,
        before,
        "nothing changed or added"
    );
    Ok(())
}

#[test]
fn damaged_and_future_files_are_named_and_left_alone() -> Fallible {
    let _spawning = spawning();
    let sandbox = Sandbox::new()?;
    let good = [
        sandbox.log(3, "2026-11-20 08:00", "first")?,
        sandbox.log(4, "2026-11-21 08:00", "second")?,
    ];
    let month = sandbox.journal().join("2026/11");
    let template = fs::read_to_string(month.join(format!("{}.toml", good[0])))?;
    let future_id = "2026-11-23T0800-check-in-futur2";
    let bad: [(&str, Vec<u8>); 4] = [
        (
            "2026/11/2026-11-22T0800-check-in-brokn2.toml",
            template.as_bytes()[..template.len() / 2].to_vec(),
        ),
        (
            "2026/11/2026-11-23T0800-check-in-futur2.toml",
            (template
                .replace("kern.journal/1", "kern.journal/2")
                .replace(&good[0], future_id)
                + "mood = 3\n")
                .into_bytes(),
        ),
        (
            "2026/11/2026-11-24T0800-check-in-binry2.toml",
            vec![0xff, 0xfe, 0x00, 0x01],
        ),
        (
            "2026/10/2026-10-02T0800-session-grbge2.toml",
            b"hello = [".to_vec(),
        ),
    ];
    fs::create_dir_all(sandbox.journal().join("2026/10"))?;
    for (path, bytes) in &bad {
        fs::write(sandbox.journal().join(path), bytes)?;
    }
    let bad_names: BTreeSet<String> = bad
        .iter()
        .filter_map(|(p, _)| Path::new(p).file_name())
        .map(|n| n.to_string_lossy().into_owned())
        .collect();
    let before = snapshot(&sandbox.data())?;

    let listing = sandbox.kern().arg("journal").output()?;
    let (stdout, stderr) = (text(&listing.stdout), text(&listing.stderr));
    assert!(listing.status.success(), "{stderr}");
    assert!(stdout.contains("pain 3/10 — first"), "{stdout}");
    assert!(stdout.contains("pain 4/10 — second"), "{stdout}");
    assert_eq!(stdout.lines().count(), 2, "{stdout}");
    for name in &bad_names {
        assert!(
            stderr.contains(name.as_str()),
            "{name} not named in {stderr}"
        );
    }
    assert!(stderr.contains("newer kern"), "{stderr}");

    let doc = sandbox.journal_json()?;
    assert_eq!(json_ids(&doc), good.iter().cloned().collect());
    assert_eq!(json_problem_names(&doc), bad_names);

    let doctor = sandbox.kern().arg("doctor").output()?;
    let report = text(&doctor.stdout);
    assert_eq!(doctor.status.code(), Some(1), "{report}");
    for (path, _) in &bad {
        let shown = sandbox.journal().join(path).display().to_string();
        assert!(report.contains(&shown), "{shown} not in {report}");
    }

    assert_eq!(
        snapshot(&sandbox.data())?,
        before,
        "byte for byte unchanged"
    );
    Ok(())
}

#[test]
fn doctor_sees_a_coach_open_in_another_process() -> Fallible {
    let _alone = SPAWNING.write().unwrap_or_else(PoisonError::into_inner);
    let sandbox = Sandbox::new()?;
    let doctor = |sandbox: &Sandbox| -> Fallible<String> {
        let output = sandbox.kern().arg("doctor").output()?;
        assert!(output.status.success(), "{}", text(&output.stderr));
        Ok(text(&output.stdout))
    };
    let lock = CoachLock::try_acquire(&sandbox.data())?;
    let report = doctor(&sandbox)?;
    assert!(
        report.contains("Coach: open in another window."),
        "{report}"
    );
    drop(lock);
    let report = doctor(&sandbox)?;
    assert!(report.contains("Coach: not running."), "{report}");
    Ok(())
}
