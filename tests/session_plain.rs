//! `kern session --plain` driven like a person at a keyboard, on the real binary: the test reads
//! what kern prints, recognises each prompt by the answer it asks for in brackets (`[y/n]`,
//! `[0-10]`, `[Enter]`, `[1-N]`, `[Enter to skip]`) and answers it, never by counting answers
//! in advance. Covered: a full first session (red flags, check-in, every set, check-out) against
//! the plan `kern today --json` gave beforehand; "this hurts" above the program's limit; skipping
//! with a reason; the easier variant chosen on the right side of a set; quitting; answers that do
//! not fit; the end of input mid-session; the coach lock; a cut-off session closed as partial; a
//! checkpoint left behind after its session was saved; and a session killed with SIGKILL at 30
//! random moments (seeded; set `KERN_KILL_SEED` to try others) and resumed from its checkpoint,
//! which must continue after the last completed set, with nothing lost and nothing twice.
//!
//! The coach lock is a `flock`, which a child process shares from the moment it is forked until
//! it starts `kern`. So that the lock this process holds in the lock test is not still held by a
//! child another test is just spawning, every spawn takes [`SPAWNING`] for reading and the lock
//! test takes it for writing.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeMap;
use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::sync::{Mutex, PoisonError, RwLock, RwLockReadGuard};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

use kern::journal::checkpoint::{self, Checkpoint};
use kern::journal::{CoachLock, Entry, EntryKind, Journal, Query};
use serde_json::Value;

/// Longest a single run of kern may take before the test gives up on it.
const TIMEOUT: Duration = Duration::from_secs(30);

/// Held for reading around every spawn, for writing by the test that holds the coach lock.
static SPAWNING: RwLock<()> = RwLock::new(());

fn spawning() -> RwLockReadGuard<'static, ()> {
    SPAWNING.read().unwrap_or_else(PoisonError::into_inner)
}

// ------------------------------------------------------------------------------------------------
// A data folder of its own

/// A data folder and an empty config folder, removed afterwards.
struct Kern {
    root: tempfile::TempDir,
}

impl Kern {
    fn new() -> Kern {
        let root = tempfile::tempdir().unwrap();
        fs::create_dir(root.path().join("config")).unwrap();
        fs::create_dir(root.path().join("data")).unwrap();
        Kern { root }
    }

    /// A new folder holding a copy of `template`'s data folder.
    fn copy_of(template: &Kern) -> Kern {
        let kern = Kern::new();
        copy_tree(&template.data(), &kern.data());
        kern
    }

    fn data(&self) -> PathBuf {
        self.root.path().join("data")
    }

    /// `kern --lang en ARGS` on this data folder, with nothing on stdin.
    fn command(&self, args: &[&str]) -> Command {
        let mut command = Command::new(env!("CARGO_BIN_EXE_kern"));
        command
            .env("KERN_CONFIG_DIR", self.root.path().join("config"))
            .env("KERN_DATA_DIR", self.data())
            .env("NO_COLOR", "1")
            .env_remove("KERN_LANG")
            .args(["--lang", "en"])
            .args(args)
            .stdin(Stdio::null());
        command
    }

    /// Runs kern to the end; it must succeed. Returns stdout.
    fn run(&self, args: &[&str]) -> String {
        let output = {
            let _spawning = spawning();
            self.command(args).output().unwrap()
        };
        assert!(
            output.status.success(),
            "kern {args:?} failed: {}{}",
            text(&output.stdout),
            text(&output.stderr)
        );
        text(&output.stdout)
    }

    /// `kern start core-hip-strength --usual-pain 3` today; returns the day of the first session
    /// (today, unless today is not one of the program's days).
    fn enrol(&self) -> String {
        self.run(&["start", "core-hip-strength", "--usual-pain", "3"]);
        let today: Value = serde_json::from_str(&self.run(&["today", "--json"])).unwrap();
        if today["status"] == "session-due" {
            return today["date"].as_str().unwrap().to_owned();
        }
        today["next"]["date"].as_str().unwrap().to_owned()
    }

    /// The plan of `kern today --json --date DATE`.
    fn plan(&self, date: &str) -> Vec<Planned> {
        let today: Value =
            serde_json::from_str(&self.run(&["today", "--json", "--date", date])).unwrap();
        assert_eq!(today["status"], "session-due", "{today:#}");
        today["session"]["exercises"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| {
                let p = &e["prescription"];
                Planned {
                    exercise: e["exercise"].as_str().unwrap().to_owned(),
                    kind: p["kind"].as_str().unwrap().to_owned(),
                    sets: u32::try_from(p["sets"].as_u64().unwrap()).unwrap(),
                    per_side: p["per_side"].as_bool().unwrap(),
                }
            })
            .collect()
    }

    /// `kern journal --json`: the entries, newest first. There must be no problem files.
    fn journal(&self) -> Vec<Value> {
        let doc: Value = serde_json::from_str(&self.run(&["journal", "--json"])).unwrap();
        assert_eq!(doc["format"], "kern.journal-list/1");
        assert_eq!(doc["problems"], Value::Array(Vec::new()), "{doc:#}");
        doc["entries"].as_array().unwrap().clone()
    }

    /// The session entries, newest first.
    fn sessions(&self) -> Vec<Value> {
        self.journal()
            .into_iter()
            .filter(|e| e["kind"] == "session")
            .collect()
    }

    /// The session entries, read here rather than by `kern journal` (quicker).
    fn sessions_on_disk(&self) -> Vec<Entry> {
        let query = Query {
            kinds: vec![EntryKind::Session],
            ..Query::default()
        };
        let loaded = Journal::new(&self.data()).load(&query);
        assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
        loaded.entries
    }

    /// The only session entry.
    fn session_entry(&self) -> Value {
        let sessions = self.sessions();
        assert_eq!(sessions.len(), 1, "one session entry: {sessions:#?}");
        sessions[0]["session"].clone()
    }

    /// The checkpoint, if there is one; it must never be damaged.
    fn checkpoint(&self) -> Option<Checkpoint> {
        checkpoint::load(&self.data()).unwrap()
    }

    /// Starts `kern session --plain --no-wait --date DATE`.
    fn session(&self, date: &str) -> Driver {
        Driver::spawn(self.command(&["session", "--plain", "--no-wait", "--date", date]))
    }
}

fn copy_tree(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for item in fs::read_dir(from).unwrap() {
        let item = item.unwrap();
        let target = to.join(item.file_name());
        if item.file_type().unwrap().is_dir() {
            copy_tree(&item.path(), &target);
        } else {
            fs::copy(item.path(), &target).unwrap();
        }
    }
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// One exercise of the day's plan.
#[derive(Debug, Clone)]
struct Planned {
    exercise: String,
    kind: String,
    sets: u32,
    per_side: bool,
}

impl Planned {
    /// Every (set, side) the plan asks for, in order.
    fn pairs(&self) -> Vec<Pair> {
        let sides: &[Option<&str>] = if self.per_side {
            &[Some("left"), Some("right")]
        } else {
            &[None]
        };
        (1..=self.sets)
            .flat_map(|set| sides.iter().map(move |side| (set, side.map(str::to_owned))))
            .collect()
    }

    /// Prompts the plain coach shows for this exercise: one per set (and side) of repetitions;
    /// holds, timed bouts and breaths run by themselves.
    fn prompts(&self) -> usize {
        if self.kind == "reps" {
            self.pairs().len()
        } else {
            0
        }
    }
}

/// A set as recorded: its number and side.
type Pair = (u32, Option<String>);

/// The (set, side) pairs of a journal exercise record (JSON).
fn json_pairs(exercise: &Value) -> Vec<Pair> {
    exercise["sets"]
        .as_array()
        .map(|sets| {
            sets.iter()
                .map(|s| {
                    (
                        u32::try_from(s["set"].as_u64().unwrap()).unwrap(),
                        s["side"].as_str().map(str::to_owned),
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

/// The (set, side) pairs of every exercise in a checkpoint.
fn checkpoint_pairs(checkpoint: &Checkpoint) -> Vec<(String, Vec<Pair>)> {
    checkpoint
        .session
        .exercises
        .iter()
        .map(|e| {
            let pairs = e
                .sets
                .iter()
                .map(|s| {
                    let side = s.side.map(|side| {
                        serde_json::to_value(side)
                            .unwrap()
                            .as_str()
                            .unwrap()
                            .to_owned()
                    });
                    (s.set, side)
                })
                .collect();
            (e.exercise.clone(), pairs)
        })
        .collect()
}

/// No (set, side) twice, and in the order they are done: set by set, left before right.
fn assert_in_order(what: &str, pairs: &[Pair]) {
    let rank = |(set, side): &Pair| (*set, side.as_deref() == Some("right"));
    for pair in pairs.windows(2) {
        assert!(
            rank(&pair[0]) < rank(&pair[1]),
            "{what}: sets out of order or twice: {pairs:?}"
        );
    }
}

// ------------------------------------------------------------------------------------------------
// Driving the plain coach

/// What a prompt asks for, from its brackets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ask {
    /// `[y/n]`
    YesNo,
    /// `[0-10]`
    Score,
    /// `[Enter]`: one set of repetitions.
    Step,
    /// `[Enter to skip]`: free text.
    Note,
    /// `[1-N]`: one of N numbered choices.
    Choice(usize),
}

/// A question kern is waiting on.
#[derive(Debug, Clone)]
struct Prompt {
    ask: Ask,
    /// The question, on its line.
    question: String,
    /// Everything printed since the last answer, the question included.
    printed: String,
}

impl Prompt {
    fn new(printed: String) -> Prompt {
        let line = printed.rsplit('\n').next().unwrap_or_default().to_owned();
        let open = line.rfind('[').expect("a prompt has brackets");
        let bracket = &line[open + 1..line.len() - 2];
        let ask = match bracket {
            "y/n" => Ask::YesNo,
            "0-10" => Ask::Score,
            "Enter" => Ask::Step,
            "Enter to skip" => Ask::Note,
            other => {
                let max = other
                    .strip_prefix("1-")
                    .and_then(|n| n.parse().ok())
                    .unwrap_or_else(|| panic!("unknown prompt: {line}"));
                Ask::Choice(max)
            }
        };
        Prompt {
            ask,
            question: line,
            printed,
        }
    }

    fn has(&self, words: &str) -> bool {
        self.question.contains(words)
    }

    /// The 1-based number of the numbered choice that contains `words`.
    fn choice(&self, words: &str) -> Option<usize> {
        self.printed.lines().find_map(|line| {
            let (number, label) = line.trim().split_once(". ")?;
            label.contains(words).then(|| number.parse().ok())?
        })
    }
}

/// The usual answer: no red flags, low pain, every set done, a short note; "y" to resume.
fn usual(prompt: &Prompt) -> String {
    match prompt.ask {
        Ask::YesNo if prompt.has("Resume it") => "y".into(),
        Ask::YesNo => "n".into(),
        Ask::Score if prompt.has("highest pain during") => "4".into(),
        Ask::Score if prompt.has("How hard") => "5".into(),
        Ask::Score if prompt.has("(0 = none") => "2".into(),
        Ask::Score if prompt.has("average") => "3".into(),
        Ask::Score if prompt.has("How much pain do you have now?") => "1".into(),
        Ask::Score => "2".into(),
        Ask::Step => String::new(),
        Ask::Note => "felt fine".into(),
        Ask::Choice(_) => "1".into(),
    }
}

/// What to do at a prompt.
enum Reply {
    /// Type this line.
    Line(String),
    /// Close stdin.
    EndInput,
}

/// A running `kern session --plain`, read byte by byte and answered prompt by prompt.
struct Driver {
    child: Child,
    stdin: Option<ChildStdin>,
    chunks: Receiver<Vec<u8>>,
    stderr: Option<JoinHandle<String>>,
    out: Vec<u8>,
    /// Where the output not yet answered starts.
    mark: usize,
    started: Instant,
    /// Every prompt answered, with its answer.
    log: Vec<(Prompt, Option<String>)>,
}

/// A finished run.
#[derive(Debug)]
struct Finished {
    status: ExitStatus,
    out: String,
    err: String,
    log: Vec<(Prompt, Option<String>)>,
}

impl Finished {
    /// The questions of every `[Enter]` prompt, in order.
    fn steps(&self) -> Vec<String> {
        self.log
            .iter()
            .filter(|(p, _)| p.ask == Ask::Step)
            .map(|(p, _)| p.question.clone())
            .collect()
    }

    fn asked(&self, ask: Ask) -> usize {
        self.log.iter().filter(|(p, _)| p.ask == ask).count()
    }
}

impl Driver {
    fn spawn(mut command: Command) -> Driver {
        let mut child = {
            let _spawning = spawning();
            command
                .stdin(Stdio::piped())
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        };
        let mut stdout = child.stdout.take().unwrap();
        let mut stderr = child.stderr.take().unwrap();
        let (send, chunks) = mpsc::channel();
        thread::spawn(move || {
            let mut buffer = [0u8; 4096];
            loop {
                match stdout.read(&mut buffer) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => {
                        if send.send(buffer[..n].to_vec()).is_err() {
                            break;
                        }
                    }
                }
            }
        });
        let stderr = thread::spawn(move || {
            let mut text = String::new();
            let _ = stderr.read_to_string(&mut text);
            text
        });
        Driver {
            stdin: child.stdin.take(),
            child,
            chunks,
            stderr: Some(stderr),
            out: Vec::new(),
            mark: 0,
            started: Instant::now(),
            log: Vec::new(),
        }
    }

    fn transcript(&self) -> String {
        text(&self.out)
    }

    /// Whether the output not yet answered ends in a prompt: "... [...] " on its last line.
    fn waiting(&self) -> bool {
        let pending = &self.out[self.mark..];
        let line = pending.rsplit(|b| *b == b'\n').next().unwrap_or_default();
        line.ends_with(b"] ") && line.contains(&b'[')
    }

    /// Waits for the next prompt; `None` once kern has closed its output (it is ending).
    fn next_prompt(&mut self) -> Option<Prompt> {
        loop {
            if self.waiting() {
                return Some(Prompt::new(text(&self.out[self.mark..])));
            }
            let left = TIMEOUT.saturating_sub(self.started.elapsed());
            match self.chunks.recv_timeout(left) {
                Ok(chunk) => self.out.extend_from_slice(&chunk),
                Err(RecvTimeoutError::Disconnected) => return None,
                Err(RecvTimeoutError::Timeout) => {
                    let _ = self.child.kill();
                    panic!("kern hangs; it printed:\n{}", self.transcript());
                }
            }
        }
    }

    /// Answers the prompt just read.
    fn answer(&mut self, prompt: Prompt, reply: Reply) {
        self.mark = self.out.len();
        match reply {
            Reply::Line(line) => {
                if let Some(stdin) = self.stdin.as_mut() {
                    // kern may be gone already (a kill); what it did not read does not matter.
                    let _ = stdin.write_all(format!("{line}\n").as_bytes());
                    let _ = stdin.flush();
                }
                self.log.push((prompt, Some(line)));
            }
            Reply::EndInput => {
                self.stdin = None;
                self.log.push((prompt, None));
            }
        }
    }

    /// Answers every prompt with `reply` until kern ends.
    fn drive(mut self, mut reply: impl FnMut(&Prompt) -> Reply) -> Finished {
        while let Some(prompt) = self.next_prompt() {
            let answer = reply(&prompt);
            self.answer(prompt, answer);
        }
        self.wait()
    }

    /// Writes all of `lines` at once, whatever kern asks.
    fn feed(&mut self, lines: &[String]) {
        let mut script = lines.join("\n");
        script.push('\n');
        if let Some(stdin) = self.stdin.as_mut() {
            let _ = stdin.write_all(script.as_bytes());
            let _ = stdin.flush();
        }
    }

    /// SIGKILL, then wait.
    fn kill(mut self) -> Finished {
        let _ = self.child.kill();
        self.wait()
    }

    fn wait(mut self) -> Finished {
        self.stdin = None;
        // Collect what is left of stdout (after a kill, up to the pipe closing).
        let deadline = self.started + TIMEOUT;
        loop {
            match self
                .chunks
                .recv_timeout(deadline.saturating_duration_since(Instant::now()))
            {
                Ok(chunk) => self.out.extend_from_slice(&chunk),
                Err(RecvTimeoutError::Disconnected) => break,
                Err(RecvTimeoutError::Timeout) => {
                    let _ = self.child.kill();
                    panic!("kern does not end; it printed:\n{}", self.transcript());
                }
            }
        }
        let status = self.child.wait().unwrap();
        let err = self
            .stderr
            .take()
            .map(|h| h.join().unwrap_or_default())
            .unwrap_or_default();
        Finished {
            status,
            out: text(&self.out),
            err,
            log: std::mem::take(&mut self.log),
        }
    }
}

/// Answers with `usual` everywhere.
fn usually(prompt: &Prompt) -> Reply {
    Reply::Line(usual(prompt))
}

/// A new data folder enrolled in core-hip-strength; returns it, the session's day and its plan.
fn enrolled() -> (Kern, String, Vec<Planned>) {
    let kern = Kern::new();
    let date = kern.enrol();
    let plan = kern.plan(&date);
    (kern, date, plan)
}

fn assert_ok(run: &Finished) {
    assert!(
        run.status.success(),
        "kern session failed ({:?}):\n{}\n{}",
        run.status,
        run.out,
        run.err
    );
}

// ------------------------------------------------------------------------------------------------
// Whole sessions

#[test]
fn a_full_first_session_records_every_set_and_every_answer() {
    let (kern, date, plan) = enrolled();
    let run = kern.session(&date).drive(usually);
    assert_ok(&run);
    assert!(run.out.contains("Session saved"), "{}", run.out);
    assert_eq!(
        run.asked(Ask::YesNo),
        11,
        "the red-flag questions, first time"
    );
    assert_eq!(
        run.asked(Ask::Step),
        plan.iter().map(Planned::prompts).sum::<usize>(),
        "one [Enter] per set of repetitions:\n{}",
        run.out
    );
    assert!(kern.checkpoint().is_none(), "no checkpoint once saved");

    let journal = kern.journal();
    let session = kern.session_entry();
    assert_eq!(session["status"], "complete");
    assert_eq!(session["program"], "core-hip-strength");
    assert_eq!(session["planned_date"], date.as_str());
    assert_eq!(session["pain_during_max"], 4);
    assert_eq!(session["effort"], 5);
    assert_eq!(session["pain_after"], 1);
    assert_eq!(session["note"], "felt fine");
    let done = session["exercises"].as_array().unwrap();
    assert_eq!(done.len(), plan.len());
    for (planned, record) in plan.iter().zip(done) {
        assert_eq!(record["exercise"], planned.exercise.as_str());
        assert_eq!(json_pairs(record), planned.pairs(), "{record:#}");
        assert!(record.get("skipped").is_none());
    }

    let check_in = journal
        .iter()
        .find(|e| e["kind"] == "check-in")
        .expect("a check-in");
    assert_eq!(check_in["check_in"]["context"], "before-session");
    assert_eq!(check_in["check_in"]["pain_now"], 2);
    assert_eq!(check_in["check_in"]["pain_average"], 3);
    let red_flags = journal
        .iter()
        .find(|e| e["kind"] == "red-flags")
        .expect("a red-flags entry");
    let answers = red_flags["red_flags"]["answers"].as_array().unwrap();
    assert_eq!(answers.len(), 11);
    assert!(answers.iter().all(|a| a["present"] == false));
    assert_eq!(red_flags["red_flags"]["outcome"], "clear");
}

#[test]
fn pain_above_the_limit_offers_no_going_on() {
    let (kern, date, plan) = enrolled();
    // Both have an easier variant.
    assert_eq!(plan[0].exercise, "glute-bridge");
    assert_eq!(plan[1].exercise, "bird-dog");
    let mut hurt = 0;
    let mut offered = Vec::new();
    let run = kern.session(&date).drive(|p| {
        let line = match p.ask {
            // "This hurts" at the first set of each of the first two exercises.
            Ask::Step
                if (hurt == 0 && p.has("Glute bridge, set 1"))
                    || (hurt == 1 && p.has("Bird-dog, set 1 of 2, left")) =>
            {
                hurt += 1;
                "h".into()
            }
            Ask::Score if p.has("hurt right now") => "7".into(),
            // After the check-out, a pain of 7 during asks which exercise hurt.
            Ask::Choice(_) if p.printed.contains("Which exercise") => "1".into(),
            Ask::Choice(_) => {
                offered.push(p.printed.clone());
                assert!(p.printed.contains("above the limit"), "{}", p.printed);
                assert!(p.choice("Go on").is_none(), "{}", p.printed);
                let pick = if hurt == 1 { "easier variant" } else { "Skip" };
                p.choice(pick).unwrap().to_string()
            }
            _ => usual(p),
        };
        Reply::Line(line)
    });
    assert_ok(&run);
    assert_eq!(offered.len(), 2);
    let session = kern.session_entry();
    let records = session["exercises"].as_array().unwrap();
    let easier = &records[0];
    assert_eq!(easier["exercise"], "glute-bridge");
    assert_eq!(easier["replaced_by"], "pelvic-tilt");
    assert_eq!(easier["pain_during"], 7);
    assert_eq!(
        json_pairs(easier),
        plan[0].pairs(),
        "both sets, of the easier one"
    );
    let skipped = &records[1];
    assert_eq!(skipped["exercise"], "bird-dog");
    assert_eq!(skipped["skipped"]["reason"], "pain");
    assert_eq!(skipped["pain_during"], 7);
    assert_eq!(json_pairs(skipped), Vec::<Pair>::new());
    assert_eq!(session["pain_during_max"], 7, "the pain during counts");
}

#[test]
fn the_easier_variant_on_the_right_side_keeps_the_left_side_done() {
    let (kern, date, plan) = enrolled();
    let bird_dog = plan.iter().position(|p| p.exercise == "bird-dog").unwrap();
    let mut hurt = false;
    let run = kern.session(&date).drive(|p| {
        let line = match p.ask {
            Ask::Step if !hurt && p.has("Bird-dog, set 1 of 2, right side") => {
                hurt = true;
                "h".into()
            }
            Ask::Score if p.has("hurt right now") => "3".into(),
            Ask::Choice(_) => {
                assert!(
                    p.choice("Go on").is_some(),
                    "within the limit: {}",
                    p.printed
                );
                p.choice("easier variant").unwrap().to_string()
            }
            _ => usual(p),
        };
        Reply::Line(line)
    });
    assert_ok(&run);
    assert!(hurt);
    let session = kern.session_entry();
    let record = &session["exercises"][bird_dog];
    assert_eq!(record["replaced_by"], "quadruped-lift");
    let pairs = json_pairs(record);
    assert_in_order("bird-dog", &pairs);
    assert_eq!(
        pairs,
        plan[bird_dog].pairs(),
        "one of each, the left side once"
    );
}

#[test]
fn a_skip_keeps_its_reason() {
    let (kern, date, plan) = enrolled();
    let second = plan[1].exercise.clone();
    let mut skipped = false;
    let run = kern.session(&date).drive(|p| {
        let line = match p.ask {
            Ask::Step if !skipped && p.has("Bird-dog") => {
                skipped = true;
                "s".into()
            }
            Ask::Choice(5) => {
                assert!(p.printed.contains("Why skip"), "{}", p.printed);
                p.choice("no time").unwrap().to_string()
            }
            _ => usual(p),
        };
        Reply::Line(line)
    });
    assert_ok(&run);
    let session = kern.session_entry();
    assert_eq!(session["status"], "complete");
    let record = &session["exercises"][1];
    assert_eq!(record["exercise"], second.as_str());
    assert_eq!(record["skipped"]["reason"], "time");
    assert_eq!(json_pairs(record), Vec::<Pair>::new());
    assert!(
        !run.steps()
            .iter()
            .any(|s| s.contains("Bird-dog, set 1 of 2, right")),
        "nothing more of a skipped exercise"
    );
    let third = &session["exercises"][2];
    assert_eq!(json_pairs(third), plan[2].pairs(), "the next one is done");
}

#[test]
fn quitting_saves_a_partial_session() {
    let (kern, date, plan) = enrolled();
    let mut sets = 0;
    let run = kern.session(&date).drive(|p| {
        let line = match p.ask {
            Ask::Step if sets == 3 => "q".into(),
            Ask::Step => {
                sets += 1;
                String::new()
            }
            _ => usual(p),
        };
        Reply::Line(line)
    });
    assert_ok(&run);
    assert!(run.out.contains("partial session"), "{}", run.out);
    assert_eq!(run.asked(Ask::Note), 0, "no check-out after q");
    let session = kern.session_entry();
    assert_eq!(session["status"], "partial");
    let records = session["exercises"].as_array().unwrap();
    assert_eq!(
        json_pairs(&records[0]),
        plan[0].pairs(),
        "glute bridge: 2 sets"
    );
    assert_eq!(json_pairs(&records[1]), vec![(1, Some("left".into()))]);
    assert!(records[2..].iter().all(|r| json_pairs(r).is_empty()));
    assert!(kern.checkpoint().is_none(), "the journal has it now");
    // The day says so: stopped early, saved, and fine; not "done, well done".
    let today = kern.run(&["today", "--date", &date]);
    assert!(today.contains("you stopped early"), "{today}");
    assert!(!today.contains("Well done"), "{today}");
}

#[test]
fn answers_that_do_not_fit_are_explained_and_asked_again() {
    let (kern, date, _plan) = enrolled();
    let mut tried = [false; 4];
    let mut no_time = None;
    let run = kern.session(&date).drive(|p| {
        let line = match p.ask {
            Ask::YesNo if !tried[0] => {
                tried[0] = true;
                "maybe".into()
            }
            Ask::Score if !tried[1] => {
                tried[1] = true;
                "eleven".into()
            }
            Ask::Step if !tried[2] => {
                tried[2] = true;
                "x".into()
            }
            Ask::Step if !tried[3] => "s".into(),
            Ask::Choice(_) if !tried[3] => {
                tried[3] = true;
                no_time = p.choice("no time");
                "9".into()
            }
            // Asked again without the list.
            Ask::Choice(_) => no_time.unwrap().to_string(),
            _ => usual(p),
        };
        Reply::Line(line)
    });
    assert_ok(&run);
    let after = |bad: &str| {
        let at = run
            .log
            .iter()
            .position(|(_, a)| a.as_deref() == Some(bad))
            .unwrap_or_else(|| panic!("'{bad}' was never typed"));
        (run.log[at].0.clone(), run.log[at + 1].0.clone())
    };
    for (bad, why) in [
        ("maybe", "'maybe' is not y or n"),
        ("eleven", "'eleven' is not a whole number from 0 to 10"),
        ("x", "'x' is not a choice here"),
        (
            "9",
            "'9' is not one of the choices. Type a number from 1 to 5",
        ),
    ] {
        let (asked, again) = after(bad);
        assert!(again.printed.contains(why), "{bad}: {}", again.printed);
        assert_eq!(again.ask, asked.ask, "{bad}: asked again");
        assert_eq!(again.question, asked.question, "{bad}: the same question");
    }
    let session = kern.session_entry();
    assert_eq!(session["status"], "complete");
    assert_eq!(session["exercises"][0]["skipped"]["reason"], "time");
    let check_in = kern
        .journal()
        .into_iter()
        .find(|e| e["kind"] == "check-in")
        .unwrap();
    assert_eq!(check_in["check_in"]["pain_now"], 2, "the answer that fit");
}

#[test]
fn the_end_of_input_mid_session_saves_what_was_done() {
    let (kern, date, _plan) = enrolled();
    let mut sets = 0;
    let run = kern.session(&date).drive(|p| match p.ask {
        Ask::Step if sets == 5 => Reply::EndInput,
        Ask::Step => {
            sets += 1;
            Reply::Line(String::new())
        }
        _ => Reply::Line(usual(p)),
    });
    assert_ok(&run);
    assert!(run.out.contains("partial session"), "{}", run.out);
    let session = kern.session_entry();
    assert_eq!(session["status"], "partial");
    let reps_sets: usize = session["exercises"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["planned"]["kind"] == "reps")
        .map(|e| json_pairs(e).len())
        .sum();
    assert_eq!(reps_sets, 5, "the five sets confirmed");
    assert!(kern.checkpoint().is_none());
}

#[test]
fn a_second_coach_is_refused_while_one_is_open() {
    let (kern, date, _plan) = enrolled();
    let _alone = SPAWNING.write().unwrap_or_else(PoisonError::into_inner);
    let lock = CoachLock::try_acquire(&kern.data()).unwrap();
    let output = kern
        .command(&["session", "--plain", "--no-wait", "--date", &date])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(text(&output.stderr).contains("already open"), "{output:?}");
    assert!(
        output.stdout.is_empty(),
        "not a single question: {output:?}"
    );
    drop(lock);
    let output = kern
        .command(&["session", "--plain", "--no-wait", "--date", &date])
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    assert!(text(&output.stdout).contains("[y/n]"), "{output:?}");
}

#[test]
fn a_session_cut_off_can_be_closed_as_partial_instead() {
    let (kern, date, _plan) = enrolled();
    let mut driver = kern.session(&date);
    let mut sets = 0;
    while let Some(p) = driver.next_prompt() {
        if p.ask == Ask::Step {
            if sets == 4 {
                break;
            }
            sets += 1;
        }
        let line = usual(&p);
        driver.answer(p, Reply::Line(line));
    }
    driver.kill();
    let saved = kern.checkpoint().expect("a checkpoint after four sets");
    assert_eq!(
        saved
            .session
            .exercises
            .iter()
            .map(|e| e.sets.len())
            .sum::<usize>(),
        4
    );
    let run = kern.session(&date).drive(|p| {
        assert!(p.has("Resume it"), "{}", p.printed);
        assert!(p.has("after 4 completed sets"), "{}", p.question);
        Reply::Line("n".into())
    });
    assert_ok(&run);
    assert_eq!(run.log.len(), 1, "nothing more to do today");
    assert!(
        run.out.contains("saved as a partial session"),
        "{}",
        run.out
    );
    assert!(kern.checkpoint().is_none());
    let sessions = kern.sessions();
    assert_eq!(sessions.len(), 1);
    assert_eq!(sessions[0]["session"]["status"], "partial");
}

#[test]
fn a_checkpoint_already_in_the_journal_is_not_resumed_twice() {
    // A kill between saving the session and removing its checkpoint leaves both behind.
    let (kern, date, _plan) = enrolled();
    let stale = kern.data().join("stale.toml");
    let live = kern.data().join("in-progress").join("session.toml");
    let mut sets = 0;
    let run = kern.session(&date).drive(|p| {
        if p.ask == Ask::Step {
            sets += 1;
            if sets == 3 {
                fs::copy(&live, &stale).unwrap();
            }
        }
        usually(p)
    });
    assert_ok(&run);
    assert_eq!(kern.sessions().len(), 1);
    fs::rename(&stale, &live).unwrap();
    let again = kern.session(&date).drive(|p| {
        assert!(!p.has("Resume it"), "offered again: {}", p.question);
        usually(p)
    });
    assert_ok(&again);
    assert!(kern.checkpoint().is_none(), "the stale checkpoint is gone");
    assert_eq!(kern.sessions().len(), 1, "still one session");
}

// ------------------------------------------------------------------------------------------------
// Killed at random moments

/// What the patient does in one run of the kill test.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Scenario {
    /// Every set done.
    Plain,
    /// Clamshell skipped for lack of time.
    Skip,
    /// Bird-dog hurts on the right side of set 1: the easier variant takes over.
    Easier,
}

impl Scenario {
    fn reply(self, prompt: &Prompt) -> String {
        match (self, prompt.ask) {
            (Scenario::Skip, Ask::Step) if prompt.has("Clamshell") => "s".into(),
            (Scenario::Skip, Ask::Choice(5)) => prompt.choice("no time").unwrap().to_string(),
            (Scenario::Easier, Ask::Step) if prompt.has("Bird-dog, set 1 of 2, right side") => {
                "h".into()
            }
            (Scenario::Easier, Ask::Score) if prompt.has("hurt right now") => "3".into(),
            (Scenario::Easier, Ask::Choice(_)) => {
                prompt.choice("easier variant").unwrap().to_string()
            }
            _ => usual(prompt),
        }
    }
}

/// When to kill.
#[derive(Debug, Clone, Copy)]
enum Moment {
    /// When the n-th `[Enter]` prompt shows (1-based); answer it first if `answered`, then wait
    /// `micros`.
    AtStep {
        step: usize,
        answered: bool,
        micros: u64,
    },
    /// All answers written at once, kill after this many thousandths of the time a whole
    /// session takes.
    Scripted { permille: u32 },
}

#[test]
fn a_session_killed_at_random_moments_resumes_after_the_last_completed_set() {
    let seed = std::env::var("KERN_KILL_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x6b65_726e);
    let mut rng = fastrand::Rng::with_seed(seed);
    let template = Kern::new();
    let date = template.enrol();
    let plan = template.plan(&date);

    // A reference run: the [Enter] prompts of a whole session, in order, the answers a whole
    // session takes (for the scripted runs) and how long it takes on this machine.
    let timer = Instant::now();
    let reference = Kern::copy_of(&template).session(&date).drive(usually);
    let whole = timer.elapsed();
    assert_ok(&reference);
    let all_steps = reference.steps();
    assert_eq!(
        all_steps.len(),
        plan.iter().map(Planned::prompts).sum::<usize>()
    );
    let script: Vec<String> = reference
        .log
        .iter()
        .map(|(_, answer)| answer.clone().unwrap())
        .collect();

    let rounds: Vec<(Scenario, Moment)> = (0..30)
        .map(|_| {
            let scenario = match rng.u8(0..10) {
                0..=5 => Scenario::Plain,
                6..=7 => Scenario::Skip,
                _ => Scenario::Easier,
            };
            let moment = if scenario == Scenario::Plain && rng.bool() {
                Moment::Scripted {
                    permille: rng.u32(0..1_200),
                }
            } else {
                Moment::AtStep {
                    step: rng.usize(1..=all_steps.len()),
                    answered: rng.bool(),
                    micros: rng.u64(0..2_000),
                }
            };
            (scenario, moment)
        })
        .collect();
    let next = AtomicUsize::new(0);
    let outcomes = Mutex::new(BTreeMap::new());
    let timer = Instant::now();
    thread::scope(|scope| {
        for _ in 0..3 {
            scope.spawn(|| {
                loop {
                    let round = next.fetch_add(1, Ordering::Relaxed);
                    let Some(&(scenario, moment)) = rounds.get(round) else {
                        break;
                    };
                    let what =
                        format!("round {round} (seed {seed}): {scenario:?}, killed {moment:?}");
                    let kern = Kern::copy_of(&template);
                    let killed = kill_once(&kern, &date, &script, whole, scenario, moment);
                    let outcome =
                        check_after_kill(&kern, &date, &plan, &all_steps, scenario, &killed, &what);
                    *outcomes
                        .lock()
                        .unwrap_or_else(PoisonError::into_inner)
                        .entry(outcome)
                        .or_insert(0) += 1;
                }
            });
        }
    });
    eprintln!(
        "30 kills in {:?}: {:?}",
        timer.elapsed(),
        outcomes
            .into_inner()
            .unwrap_or_else(PoisonError::into_inner)
    );
}

/// Runs a session as `scenario` and kills it at `moment`.
fn kill_once(
    kern: &Kern,
    date: &str,
    script: &[String],
    whole: Duration,
    scenario: Scenario,
    moment: Moment,
) -> Finished {
    let mut driver = kern.session(date);
    match moment {
        Moment::Scripted { permille } => {
            driver.feed(script);
            thread::sleep(whole * permille / 1_000);
        }
        Moment::AtStep {
            step,
            answered,
            micros,
        } => {
            let mut steps = 0;
            while let Some(p) = driver.next_prompt() {
                let last = p.ask == Ask::Step && {
                    steps += 1;
                    steps == step
                };
                if last && !answered {
                    break;
                }
                let line = scenario.reply(&p);
                driver.answer(p, Reply::Line(line));
                if last {
                    thread::sleep(Duration::from_micros(micros));
                    break;
                }
            }
        }
    }
    driver.kill()
}

/// After a kill: resume from the checkpoint (or start again when there is none) and check the
/// journal holds exactly one session with every set once, in order, the checkpoint's included.
fn check_after_kill(
    kern: &Kern,
    date: &str,
    plan: &[Planned],
    all_steps: &[String],
    scenario: Scenario,
    killed: &Finished,
    what: &str,
) -> &'static str {
    let context = |more: &str| format!("{what}: {more}\nkilled run printed:\n{}", killed.out);
    let saved = kern.checkpoint();
    let before = kern.sessions_on_disk();
    let saved_pairs = saved.as_ref().map(checkpoint_pairs).unwrap_or_default();
    if saved.is_some() {
        for (exercise, pairs) in &saved_pairs {
            assert_in_order(&context(exercise), pairs);
        }
        assert!(
            saved_pairs.iter().any(|(_, p)| !p.is_empty()),
            "{}",
            context("a checkpoint with no set")
        );
        assert!(before.len() <= 1, "{}", context("two sessions"));
    }

    let outcome = match (&saved, before.len()) {
        (Some(_), 0) => "resumed",
        (Some(_), _) => "saved, checkpoint not yet removed",
        (None, 0) => "killed before the first set",
        (None, _) => "saved",
    };
    let resumed = match (&saved, before.len()) {
        // Cut off mid-session: resume it.
        (Some(_), 0) => {
            let mut first = true;
            let run = kern.session(date).drive(|p| {
                if first {
                    assert!(p.has("Resume it"), "{}", context(&p.question));
                    first = false;
                }
                Reply::Line(scenario.reply(p))
            });
            assert_ok(&run);
            assert_eq!(
                run.asked(Ask::YesNo),
                1,
                "{}",
                context("only the resume question")
            );
            Some(run)
        }
        // Saved and not yet cleared, or never started, or already done: run again.
        _ => {
            let run = kern.session(date).drive(|p| {
                assert!(!p.has("Resume it"), "{}", context("resume offered twice"));
                Reply::Line(scenario.reply(p))
            });
            assert_ok(&run);
            None
        }
    };
    assert!(
        kern.checkpoint().is_none(),
        "{}",
        context("checkpoint left")
    );

    let sessions = kern.sessions();
    assert_eq!(
        sessions.len(),
        1,
        "{}",
        context("exactly one session entry")
    );
    let session = &sessions[0]["session"];
    let records = session["exercises"].as_array().unwrap();
    assert_eq!(records.len(), plan.len());
    for (i, (planned, record)) in plan.iter().zip(records).enumerate() {
        let pairs = json_pairs(record);
        assert_in_order(&context(&planned.exercise), &pairs);
        if let Some((_, kept)) = saved_pairs.get(i) {
            assert!(
                pairs.starts_with(kept),
                "{}",
                context(&format!(
                    "{}: {kept:?} lost from {pairs:?}",
                    planned.exercise
                ))
            );
        }
        if scenario == Scenario::Skip && planned.exercise == "clamshell" {
            assert_eq!(record["skipped"]["reason"], "time", "{}", context("skip"));
            assert!(pairs.is_empty(), "{}", context("skipped, yet done"));
        } else {
            assert_eq!(pairs, planned.pairs(), "{}", context(&planned.exercise));
        }
        if scenario == Scenario::Easier && planned.exercise == "bird-dog" {
            assert_eq!(
                record["replaced_by"],
                "quadruped-lift",
                "{}",
                context("easier")
            );
        }
    }
    assert_eq!(session["status"], "complete", "{}", context("finished"));

    // Resumed right after the last completed set: the [Enter] prompts left are exactly those of
    // the sets not in the checkpoint.
    if let (Some(run), Scenario::Plain) = (&resumed, scenario) {
        let done: usize = plan
            .iter()
            .zip(&saved_pairs)
            .filter(|(p, _)| p.kind == "reps")
            .map(|(_, (_, pairs))| pairs.len())
            .sum();
        assert_eq!(
            run.steps(),
            all_steps[done..].to_vec(),
            "{}",
            context(&format!("resumed run printed:\n{}", run.out))
        );
    }
    outcome
}

#[test]
fn the_end_of_input_at_the_note_keeps_every_answer_and_saves_a_complete_session() {
    // Issue 11: the note is optional, so the end of input there means "no note".
    let (kern, date, _plan) = enrolled();
    let run = kern.session(&date).drive(|p| match p.ask {
        Ask::Note => Reply::EndInput,
        _ => Reply::Line(usual(p)),
    });
    assert_ok(&run);
    assert!(run.out.contains("Session saved"), "{}", run.out);
    let session = kern.session_entry();
    assert_eq!(session["status"], "complete");
    assert_eq!(session["pain_during_max"], 4);
    assert_eq!(session["effort"], 5);
    assert_eq!(session["pain_after"], 1);
    assert!(session.get("note").is_none(), "{session:#}");
    assert!(kern.checkpoint().is_none());
}

#[test]
fn pain_after_that_rose_asks_which_exercise_hurt() {
    let (kern, date, plan) = enrolled();
    let mut asked = None;
    let run = kern.session(&date).drive(|p| {
        if p.printed.contains("Which exercise") {
            asked = Some(p.printed.clone());
            return Reply::Line("2".into());
        }
        match p.ask {
            Ask::Score if p.has("How much pain do you have now?") && !p.has("(0 = none") => {
                Reply::Line("6".into())
            }
            _ => Reply::Line(usual(p)),
        }
    });
    assert_ok(&run);
    let printed = asked.expect("the question came");
    assert!(printed.contains("Not sure"), "{printed}");
    let session = kern.session_entry();
    assert_eq!(session["pain_after"], 6);
    assert_eq!(
        session["hurt"]["exercises"],
        serde_json::json!([plan[1].exercise])
    );
}
