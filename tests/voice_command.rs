//! The voice through a speech command of one's own (the `KERN_SPEECH_COMMAND` form: a command
//! line that gets the language tag and the text as two more arguments), on the voice's own thread
//! and a fake clock: a recording script appends its arguments to a file. A slow command (one that
//! waits for a gate file to go) never holds up whoever hands the voice its utterances, never has
//! a second copy started beside it, and what went stale while it spoke is dropped, not said late
//! (a command hanging longer than `LONGEST_UTTERANCE_MS` of the session's clock is cut off).
//!
//! The waits below poll the record file for what it must come to hold (failing after a minute);
//! no test asserts how long anything took.

#![cfg(unix)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use kern::model::Lang;
use kern::voice::{ProgramSpeaker, SpeechProgram, SpeechThread, Utterance};

/// A recording speech command: appends "lang|text" to `record`, after waiting while `gate` exists.
fn script(dir: &Path, record: &Path, gate: &Path) -> PathBuf {
    let path = dir.join("say.sh");
    std::fs::write(
        &path,
        format!(
            "#!/bin/sh\nprintf '%s|%s\\n' \"$1\" \"$2\" >> '{}'\nwhile [ -e '{}' ]; do sleep 0.02; done\n",
            record.display(),
            gate.display()
        ),
    )
    .unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
    path
}

fn lines(record: &Path) -> Vec<String> {
    std::fs::read_to_string(record)
        .unwrap_or_default()
        .lines()
        .map(str::to_owned)
        .collect()
}

/// Waits until the record holds `n` lines (failing after a minute with what it holds).
fn wait_for_lines(record: &Path, n: usize) -> Vec<String> {
    let start = Instant::now();
    loop {
        let now = lines(record);
        if now.len() >= n {
            return now;
        }
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "the speech command was run {} times, not {n}: {now:?}",
            now.len()
        );
        std::thread::sleep(Duration::from_millis(10));
    }
}

struct Setup {
    _dir: tempfile::TempDir,
    record: PathBuf,
    gate: PathBuf,
    clock: Arc<AtomicU64>,
    voice: SpeechThread,
}

fn setup() -> Setup {
    let dir = tempfile::tempdir().unwrap();
    let record = dir.path().join("said.txt");
    let gate = dir.path().join("gate");
    let command = script(dir.path(), &record, &gate);
    let line = format!("'{}'", command.display());
    let program = SpeechProgram::choose(Some(&line), |_| None)
        .unwrap()
        .unwrap();
    let clock = Arc::new(AtomicU64::new(0));
    let reading = Arc::clone(&clock);
    let voice = SpeechThread::spawn(Box::new(ProgramSpeaker::new(program)), move || {
        reading.load(Ordering::SeqCst)
    });
    Setup {
        _dir: dir,
        record,
        gate,
        clock,
        voice,
    }
}

#[test]
fn the_command_gets_the_language_tag_and_the_text() {
    let s = setup();
    s.voice
        .say(vec![Utterance::news("Rest 30 seconds.", Lang::En, 0)]);
    wait_for_lines(&s.record, 1);
    s.voice
        .say(vec![Utterance::news("Rust 30 seconden.", Lang::Nl, 0)]);
    let said = wait_for_lines(&s.record, 2);
    assert_eq!(said, ["en|Rest 30 seconds.", "nl|Rust 30 seconden."]);
}

#[test]
fn a_slow_speech_command_never_holds_up_the_timer_and_nothing_is_said_late() {
    let s = setup();
    std::fs::write(&s.gate, "").unwrap();
    s.voice.say(vec![Utterance::timing("count 0", Lang::En, 0)]);
    wait_for_lines(&s.record, 1);
    // The command now hangs on the gate. A quarter of a minute of the session's clock runs (less
    // than the voice lets one utterance take), a count every half second handed to the voice:
    // every hand-over returns at once.
    for t in (500..=15_000).step_by(500) {
        s.clock.store(t, Ordering::SeqCst);
        s.voice
            .say(vec![Utterance::timing(format!("count {t}"), Lang::En, t)]);
    }
    assert!(s.gate.exists());
    assert_eq!(
        lines(&s.record),
        ["en|count 0"],
        "one speaking command at a time: nothing started beside the slow one"
    );
    // The slow command ends with the clock at 18 s: the last count is 3 s old, too late to say.
    s.clock.store(18_000, Ordering::SeqCst);
    std::fs::remove_file(&s.gate).unwrap();
    s.voice
        .say(vec![Utterance::timing("count 18000", Lang::En, 18_000)]);
    let said = wait_for_lines(&s.record, 2);
    assert_eq!(said, ["en|count 0", "en|count 18000"]);
    drop(s.voice);
    assert_eq!(lines(&s.record).len(), 2, "no stale count came after");
}
