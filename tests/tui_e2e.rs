//! The full-screen coach end to end, driven with keys only: the release binary runs in a tmux
//! session of 100×30 with a fresh data and config folder and its clock at `--speed 200`; the test
//! goes through the first run (language, about, the 11 red-flag questions, the gentle-start
//! program, the weekdays, three activities and the usual pain) and one whole session (check-in,
//! every set, check-out), quits with `q`, and then reads `kern journal --json`: the session is
//! complete with its exercises and sets as planned and the check-out scores, and the check-in,
//! red-flag and enrolment entries are there.
//!
//! Every step waits by polling `tmux capture-pane` for the text it expects (never a fixed sleep
//! alone) and fails after [`TIMEOUT`] with the last screen. The release binary is built once with
//! `cargo build --profile e2e --bin kern` (a no-op when it is up to date). Without tmux the test
//! fails when `CI` is set and is skipped with a note otherwise.
//!
//! A second run does the same session with `--hands-free --voice`: no key from the end of the
//! check-in to the check-out, a recording speech command hearing the voice.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use serde_json::Value;

/// Longest one wait for the screen may take.
const TIMEOUT: Duration = Duration::from_secs(60);
/// Time between two looks at the screen.
const POLL: Duration = Duration::from_millis(30);
/// How much faster than real time the coach's clock runs.
const SPEED: &str = "200";
/// The hint on a set of repetitions, which waits for Enter.
const REPS_HINT: &str = "press Enter when the set is done";

/// Builds the release binary (once; cargo does nothing when it is up to date) and returns its path.
fn release_binary() -> PathBuf {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let output = Command::new(cargo)
        .args([
            "build",
            "--profile",
            "e2e",
            "--bin",
            "kern",
            "--message-format=json-render-diagnostics",
        ])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stderr(Stdio::inherit())
        .output()
        .expect("cargo runs");
    assert!(
        output.status.success(),
        "cargo build --profile e2e --bin kern failed"
    );
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter_map(|line| serde_json::from_str::<Value>(line).ok())
        .filter(|message| message["reason"] == "compiler-artifact")
        .filter(|message| message["target"]["name"] == "kern")
        .find_map(|message| message["executable"].as_str().map(PathBuf::from))
        .expect("cargo names the kern executable")
}

/// Whether tmux can be used here; without it the test fails on CI and is skipped elsewhere.
fn tmux_available() -> bool {
    let found = Command::new("tmux")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success());
    if !found {
        assert!(
            std::env::var_os("CI").is_none(),
            "tmux is needed for the coach's end-to-end test (CI is set): install tmux"
        );
        eprintln!("note: tmux is not installed; the coach's end-to-end test is skipped");
    }
    found
}

/// Quotes a word for `sh`.
fn quote(word: &str) -> String {
    format!("'{}'", word.replace('\'', r"'\''"))
}

/// A coach running in its own tmux server (its own socket, no configuration file), killed when
/// dropped.
struct Coach {
    socket: String,
    target: String,
    /// The server's socket file, removed when dropped.
    socket_path: Option<PathBuf>,
}

impl Coach {
    /// Starts `kern --lang en --speed SPEED` on a 100×30 screen over the given folders. When kern
    /// leaves, the pane says `kern exited: <code>` and stays open.
    fn start(kern: &Path, data: &Path, config: &Path) -> Coach {
        Coach::start_with(kern, data, config, "", "")
    }

    /// Starts the coach with more environment (`env`, already quoted `NAME=value` words) and more
    /// arguments (`args`, already quoted).
    fn start_with(kern: &Path, data: &Path, config: &Path, env: &str, args: &str) -> Coach {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos());
        let name = format!("kern-e2e-{}-{nanos}", std::process::id());
        let command = format!(
            "env KERN_DATA_DIR={} KERN_CONFIG_DIR={} {env} {} --lang en --speed {SPEED} {args}; \
             echo \"kern exited: $?\"; sleep 600",
            quote(&data.display().to_string()),
            quote(&config.display().to_string()),
            quote(&kern.display().to_string()),
        );
        let mut coach = Coach {
            socket: name.clone(),
            target: name.clone(),
            socket_path: None,
        };
        let status = coach
            .tmux()
            .args(["new-session", "-d", "-s", &name, "-x", "100", "-y", "30"])
            .arg(command)
            .status()
            .expect("tmux runs");
        assert!(status.success(), "tmux could not start a session");
        coach.socket_path = coach
            .tmux()
            .args(["display-message", "-p", "#{socket_path}"])
            .output()
            .ok()
            .map(|o| PathBuf::from(String::from_utf8_lossy(&o.stdout).trim()))
            .filter(|path| path.is_absolute());
        coach
    }

    fn tmux(&self) -> Command {
        let mut command = Command::new("tmux");
        command.args(["-L", &self.socket, "-f", "/dev/null"]);
        command
    }

    /// The screen as text.
    fn screen(&self) -> String {
        let output = self
            .tmux()
            .args(["capture-pane", "-p", "-t", &self.target])
            .output()
            .expect("tmux capture-pane runs");
        String::from_utf8_lossy(&output.stdout).into_owned()
    }

    /// Presses keys (tmux key names: `Enter`, `Space`, `Down`, `n`).
    fn keys(&self, keys: &[&str]) {
        let status = self
            .tmux()
            .args(["send-keys", "-t", &self.target])
            .args(keys)
            .status()
            .expect("tmux send-keys runs");
        assert!(status.success(), "tmux send-keys {keys:?} failed");
    }

    /// Types text literally.
    fn type_text(&self, text: &str) {
        let status = self
            .tmux()
            .args(["send-keys", "-t", &self.target, "-l", text])
            .status()
            .expect("tmux send-keys runs");
        assert!(status.success(), "tmux send-keys -l {text:?} failed");
    }

    /// Waits until the screen fulfils `ready` and returns it; fails with the last screen after
    /// [`TIMEOUT`].
    fn wait_until(&self, what: &str, mut ready: impl FnMut(&str) -> bool) -> String {
        let started = Instant::now();
        loop {
            let screen = self.screen();
            if ready(&screen) {
                return screen;
            }
            assert!(
                started.elapsed() < TIMEOUT,
                "waited {TIMEOUT:?} for {what}; the screen is:\n{screen}"
            );
            thread::sleep(POLL);
        }
    }

    /// Waits until the screen shows `text`.
    fn wait_for(&self, text: &str) -> String {
        self.wait_until(&format!("{text:?}"), |screen| screen.contains(text))
    }
}

impl Drop for Coach {
    fn drop(&mut self) {
        let _ = self
            .tmux()
            .arg("kill-server")
            .stderr(Stdio::null())
            .status();
        if let Some(path) = &self.socket_path {
            let _ = std::fs::remove_file(path);
        }
    }
}

/// The selected line of a list (the one marked ▶).
fn selected_line(screen: &str) -> Option<String> {
    screen
        .lines()
        .find(|line| line.trim_start().starts_with('▶'))
        .map(|line| line.trim().to_owned())
}

/// What tells one set of repetitions from the next: the screen without its top line (the clock)
/// and its last two (status and keys).
fn set_identity(screen: &str) -> String {
    let lines: Vec<&str> = screen.lines().collect();
    let end = lines.len().saturating_sub(2).max(1);
    lines[1.min(end)..end].join("\n")
}

/// The first run, from the language to Home.
fn first_run(coach: &Coach) {
    coach.wait_for("Choose your language");
    coach.wait_for("▶ English");
    coach.keys(&["Enter"]);
    coach.wait_for("What kern is, and is not");
    coach.keys(&["Enter"]);
    coach.wait_for("Safety questions");
    for question in 1..=11 {
        coach.wait_for(&format!("{question}/11"));
        coach.keys(&["n"]);
    }
    coach.wait_for("Choose your program");
    for _ in 0..10 {
        let screen = coach.wait_for("Choose your program");
        if screen.contains("▶ Gentle start") {
            break;
        }
        let before = selected_line(&screen);
        coach.keys(&["Down"]);
        coach.wait_until("the next program", |s| selected_line(s) != before);
    }
    coach.wait_for("▶ Gentle start");
    coach.keys(&["Enter"]);
    // Gentle start asks for every day: untick Monday, see that it is refused, tick it again.
    coach.wait_for("Your exercise days");
    coach.wait_for("▶ [x] Monday");
    coach.keys(&["Space"]);
    coach.wait_for("▶ [ ] Monday");
    coach.keys(&["Enter"]);
    coach.wait_for("6 exercise days are too few for 7 sessions a week");
    coach.keys(&["Space"]);
    coach.wait_for("▶ [x] Monday");
    coach.keys(&["Enter"]);
    for (number, activity) in ["Putting on socks", "Squatting down? (q)", "Sitting an hour"]
        .iter()
        .enumerate()
    {
        coach.wait_for(&format!(
            "Activity {} that your back makes hard",
            number + 1
        ));
        coach.type_text(activity);
        coach.wait_for(&format!("> {activity}_"));
        coach.keys(&["Enter"]);
    }
    coach.wait_for("Activity 4 that your back makes hard");
    coach.keys(&["Enter"]);
    coach.wait_for("On a usual day these weeks, how much pain do you have?");
    coach.keys(&["3", "Enter"]);
    coach.wait_for("Gentle start");
    coach.wait_for("▶ Start today's session");
}

/// Answers a score question once it is on screen.
fn score(coach: &Coach, question: &str, value: &str) {
    coach.wait_for(question);
    coach.keys(&[value]);
    coach.wait_for(&format!("> {value}_"));
    coach.keys(&["Enter"]);
}

/// One whole session from Home: check-in, every set, check-out; back on Home.
fn session(coach: &Coach) {
    coach.keys(&["Enter"]);
    coach.wait_for("Before the session");
    score(coach, "How much pain do you have now?", "4");
    score(coach, "And on average over the last 24 hours?", "3");
    // Timed steps run by themselves; a set of repetitions waits for Enter. A screen counts only
    // when two looks in a row agree, so that a half-drawn screen is never answered.
    let mut sets_done: Vec<String> = Vec::new();
    loop {
        let mut previous = String::new();
        let screen = coach.wait_until("a set of repetitions or the check-out", |screen| {
            if screen.contains("After the session") {
                return true;
            }
            let stable = std::mem::replace(&mut previous, screen.to_owned()) == screen;
            stable && screen.contains(REPS_HINT) && !sets_done.contains(&set_identity(screen))
        });
        if screen.contains("After the session") {
            break;
        }
        sets_done.push(set_identity(&screen));
        coach.keys(&["Enter"]);
    }
    // Pelvic tilt ×2, knee sways left and right, cat-camel.
    assert_eq!(sets_done.len(), 5, "sets of repetitions: {sets_done:#?}");
    score(coach, "What was your highest pain during the session?", "4");
    score(coach, "How hard did the session feel?", "5");
    score(coach, "How much pain do you have now?", "2");
    coach.wait_for("Anything you want to note");
    coach.type_text("felt fine");
    coach.wait_for("> felt fine_");
    coach.keys(&["Enter"]);
    coach.wait_for("Session saved. Well done.");
    coach.wait_for("Today's session is done.");
    coach.wait_for("one day logged");
}

/// `kern journal --json` over the data folder.
fn journal(kern: &Path, data: &Path, config: &Path) -> Vec<Value> {
    let output = Command::new(kern)
        .args(["--lang", "en", "journal", "--json"])
        .env("KERN_DATA_DIR", data)
        .env("KERN_CONFIG_DIR", config)
        .output()
        .expect("kern journal runs");
    assert!(
        output.status.success(),
        "kern journal --json failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let list: Value = serde_json::from_slice(&output.stdout).expect("journal JSON");
    assert_eq!(list["problems"], Value::Array(Vec::new()), "{list:#}");
    list["entries"].as_array().expect("entries").clone()
}

fn only<'a>(entries: &'a [Value], kind: &str) -> &'a Value {
    let found: Vec<&Value> = entries.iter().filter(|e| e["kind"] == kind).collect();
    assert_eq!(found.len(), 1, "one {kind} entry in {entries:#?}");
    found[0]
}

/// The first phase of the shipped gentle-start program: its exercises with their doses.
fn gentle_start_first_phase() -> Vec<toml::Table> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("programs/gentle-start.toml");
    let program: toml::Table = toml::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    program["phases"][0]["exercises"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e.as_table().unwrap().clone())
        .collect()
}

/// The session is complete, with every exercise and set as planned and the check-out scores.
fn check_session(session: &Value) {
    assert_eq!(session["status"], "complete", "{session:#}");
    assert_eq!(session["program"], "gentle-start");
    assert_eq!(session["pain_during_max"], 4);
    assert_eq!(session["effort"], 5);
    assert_eq!(session["pain_after"], 2);
    assert_eq!(session["note"], "felt fine");
    let planned = gentle_start_first_phase();
    let exercises = session["exercises"].as_array().unwrap();
    let ids: Vec<&str> = exercises
        .iter()
        .map(|e| e["exercise"].as_str().unwrap())
        .collect();
    let expected: Vec<&str> = planned
        .iter()
        .map(|e| e["exercise"].as_str().unwrap())
        .collect();
    assert_eq!(ids, expected, "the exercises of gentle start, week 1");
    for (record, program) in exercises.iter().zip(&planned) {
        let dose = &record["planned"];
        for key in [
            "sets",
            "reps",
            "hold_seconds",
            "duration_seconds",
            "breaths",
        ] {
            if let Some(value) = program.get(key) {
                assert_eq!(
                    dose[key].as_i64(),
                    value.as_integer(),
                    "{key} of {record:#}"
                );
            }
        }
        let sides = if dose["per_side"] == true { 2 } else { 1 };
        let sets = dose["sets"].as_u64().unwrap();
        let done = record["sets"].as_array().unwrap();
        assert_eq!(done.len() as u64, sets * sides, "sets of {record:#}");
        assert!(record.get("skipped").is_none(), "{record:#}");
        assert!(record.get("replaced_by").is_none(), "{record:#}");
        for (i, set) in done.iter().enumerate() {
            assert_eq!(
                set["set"].as_u64(),
                Some(i as u64 / sides + 1),
                "{record:#}"
            );
            let want = match dose["kind"].as_str().unwrap() {
                "reps" => [("reps", &dose["reps"])].to_vec(),
                "hold" => [("seconds", &dose["hold_seconds"])].to_vec(),
                "timed" => [("seconds", &dose["duration_seconds"])].to_vec(),
                "breaths" => [("breaths", &dose["breaths"])].to_vec(),
                other => panic!("unknown dose kind {other}"),
            };
            for (key, value) in want {
                assert_eq!(&set[key], value, "{key} of set {i} in {record:#}");
            }
        }
    }
}

#[test]
fn first_run_and_one_whole_session_with_keys_only() {
    if !tmux_available() {
        return;
    }
    let kern = release_binary();
    let folders = tempfile::tempdir().unwrap();
    let data = folders.path().join("data");
    let config = folders.path().join("config");
    std::fs::create_dir_all(&data).unwrap();
    std::fs::create_dir_all(&config).unwrap();

    let coach = Coach::start(&kern, &data, &config);
    first_run(&coach);
    session(&coach);
    coach.keys(&["q"]);
    coach.wait_for("kern exited: 0");
    drop(coach);

    let entries = journal(&kern, &data, &config);
    check_session(&only(&entries, "session")["session"]);

    let check_in = &only(&entries, "check-in")["check_in"];
    assert_eq!(check_in["context"], "before-session", "{check_in:#}");
    assert_eq!(check_in["pain_now"], 4);
    assert_eq!(check_in["pain_average"], 3);

    let flags = &only(&entries, "red-flags")["red_flags"];
    assert_eq!(flags["outcome"], "clear", "{flags:#}");
    let answers = flags["answers"].as_array().unwrap();
    assert_eq!(answers.len(), 11, "{flags:#}");
    assert!(answers.iter().all(|a| a["present"] == false), "{flags:#}");

    let enrolment = &only(&entries, "enrolment")["enrolment"];
    assert_eq!(enrolment["program"], "gentle-start", "{enrolment:#}");
    assert_eq!(enrolment["usual_pain"], 3);
    assert_eq!(
        enrolment["activities"],
        serde_json::json!(["Putting on socks", "Squatting down? (q)", "Sitting an hour"])
    );
    assert_eq!(enrolment["weekdays"].as_array().map(Vec::len), Some(7));
    assert_eq!(entries.len(), 4, "nothing else was written: {entries:#?}");
}

/// `kern --hands-free --voice`: from the end of the check-in to the check-out no key is pressed;
/// every set (repetitions paced by their tempo, holds, breaths, the walk) and every rest runs by
/// itself, the session is saved complete as planned, and the voice (a recording
/// `KERN_SPEECH_COMMAND`) was heard in English.
#[cfg(unix)]
#[test]
fn hands_free_a_whole_session_runs_from_check_in_to_check_out_without_a_key() {
    if !tmux_available() {
        return;
    }
    let kern = release_binary();
    let folders = tempfile::tempdir().unwrap();
    let data = folders.path().join("data");
    let config = folders.path().join("config");
    std::fs::create_dir_all(&data).unwrap();
    std::fs::create_dir_all(&config).unwrap();
    let said = folders.path().join("said.txt");
    let script = folders.path().join("say.sh");
    std::fs::write(
        &script,
        format!(
            "#!/bin/sh\nprintf '%s|%s\\n' \"$1\" \"$2\" >> {}\n",
            quote(&said.display().to_string())
        ),
    )
    .unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    let speech = quote(&format!(
        "KERN_SPEECH_COMMAND={}",
        quote(&script.display().to_string())
    ));

    let coach = Coach::start_with(&kern, &data, &config, &speech, "--hands-free --voice");
    first_run(&coach);
    coach.keys(&["Enter"]);
    coach.wait_for("Before the session");
    score(&coach, "How much pain do you have now?", "4");
    score(&coach, "And on average over the last 24 hours?", "3");
    // No key from here to the check-out: the sets of repetitions pace themselves.
    let mut screens = 0;
    coach.wait_until("the check-out, with no key pressed", |screen| {
        assert!(
            !screen.contains(REPS_HINT),
            "hands-free, no set asks for Enter:\n{screen}"
        );
        screens += 1;
        screen.contains("After the session")
    });
    assert!(
        screens > 1,
        "the session ran on screen before its check-out"
    );
    score(
        &coach,
        "What was your highest pain during the session?",
        "4",
    );
    score(&coach, "How hard did the session feel?", "5");
    score(&coach, "How much pain do you have now?", "2");
    coach.wait_for("Anything you want to note");
    coach.type_text("felt fine");
    coach.wait_for("> felt fine_");
    coach.keys(&["Enter"]);
    coach.wait_for("Today's session is done.");
    coach.keys(&["q"]);
    coach.wait_for("kern exited: 0");
    drop(coach);

    let entries = journal(&kern, &data, &config);
    check_session(&only(&entries, "session")["session"]);
    let heard = std::fs::read_to_string(&said).unwrap_or_default();
    // On a loaded machine the queue drops what would come late (never speaking late), so which
    // announcements survive varies; an exercise is named at least once in the session.
    assert!(
        heard.lines().any(|l| l.starts_with("en|Get ready for")
            || l.starts_with("en|Next: ")
            || l.contains(". Set 1 of")),
        "the voice named an exercise: {heard}"
    );
    assert!(heard.lines().all(|l| l.starts_with("en|")), "{heard}");
}

/// How soon after its terminal goes away (or a SIGTERM) the coach must be gone with its lock free.
const GONE_WITHIN: Duration = Duration::from_secs(2);

/// A coach on its first screen, with the process id it wrote into its lock file.
fn coach_on_first_screen(kern: &Path, data: &Path, config: &Path) -> (Coach, i32) {
    let coach = Coach::start(kern, data, config);
    coach.wait_for("Choose your language");
    let pid = std::fs::read_to_string(data.join("coach.lock"))
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    (coach, pid)
}

/// Whether the process runs (a zombie, dead but not yet reaped, does not).
fn running(pid: i32) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/stat")).is_ok_and(|stat| {
        stat.rsplit_once(')')
            .is_some_and(|(_, rest)| !rest.trim_start().starts_with('Z'))
    })
}

/// Waits until the coach's process is gone and its lock can be taken; fails after [`GONE_WITHIN`].
fn assert_gone_and_unlocked(pid: i32, data: &Path, what: &str) {
    let started = Instant::now();
    loop {
        let gone = !running(pid);
        let free = gone && kern::journal::CoachLock::try_acquire(data).is_ok();
        if free {
            return;
        }
        assert!(
            started.elapsed() < GONE_WITHIN,
            "{what}: after {GONE_WITHIN:?} the coach (pid {pid}) is {} and its lock is {}",
            if gone { "gone" } else { "still running" },
            if free { "free" } else { "held" },
        );
        thread::sleep(POLL);
    }
}

#[test]
fn the_coach_does_not_outlive_its_terminal() {
    if !tmux_available() {
        return;
    }
    let kern = release_binary();
    let folders = tempfile::tempdir().unwrap();
    let (data, config) = (folders.path().join("data"), folders.path().join("config"));
    let (coach, pid) = coach_on_first_screen(&kern, &data, &config);
    let status = coach
        .tmux()
        .args(["kill-session", "-t", &coach.target])
        .status()
        .unwrap();
    assert!(status.success(), "tmux kill-session failed");
    assert_gone_and_unlocked(pid, &data, "tmux kill-session");
}

#[test]
fn sigterm_ends_the_coach() {
    if !tmux_available() {
        return;
    }
    let kern = release_binary();
    let folders = tempfile::tempdir().unwrap();
    let (data, config) = (folders.path().join("data"), folders.path().join("config"));
    let (coach, pid) = coach_on_first_screen(&kern, &data, &config);
    let status = Command::new("kill")
        .args(["-TERM", &pid.to_string()])
        .status()
        .unwrap();
    assert!(status.success(), "kill -TERM failed");
    assert_gone_and_unlocked(pid, &data, "SIGTERM");
    coach.wait_for("kern exited: 0");
}
