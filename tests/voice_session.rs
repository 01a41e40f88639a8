//! A whole hands-free session spoken, on a fake clock: the coach layer runs a short session from
//! the check-in to the check-out with no other action (sets paced by their tempo end by
//! themselves, rests run, the next exercise follows its get-ready count or rest), the voice turns
//! every moment's events into words and an in-process recording speaker "says" them, taking
//! 70 ms of the fake clock per character, one at a time. The utterances and when each began are
//! snapshot in English and in Dutch; nothing began later than its moment allows; and a speech
//! command that hangs holds up nothing: the same session runs to its check-out on the voice's
//! own thread while the command still hangs.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use chrono::{DateTime, FixedOffset, NaiveDate};

use kern::catalog::{Catalog, LoadOptions};
use kern::coach::{Action, Answer, Answers, Coach, CoachEvent, Setup, Stage};
use kern::i18n::I18n;
use kern::model::{DoseKind, Lang, Prescription};
use kern::plan::{PlannedExercise, SessionPlan};
use kern::session::Millis;
use kern::voice::{Heard, Recorder, SpeechProgram, SpeechThread, Voice, utterances};

/// How often the fake clock moves on (the coach is also asked at each moment it names).
const STEP: Millis = 50;

fn dose(kind: DoseKind, sets: u32, reps: u32, hold: Option<u32>, per_side: bool) -> Prescription {
    Prescription {
        kind,
        sets,
        reps: Some(reps.into()),
        hold_seconds: hold,
        duration_seconds: None,
        breaths: None,
        tempo: None,
        rest_seconds: 15,
        per_side,
    }
}

/// A short session: a glute bridge (2 × 3 at the default tempo), a clamshell (1 × 2 per side at
/// its written 2-1-2), a side plank on the knees (1 × 12 s per side), and two slow breaths.
fn coach(catalog: &Catalog, dir: &Path) -> Coach {
    let exercises = [
        ("glute-bridge", dose(DoseKind::Reps, 2, 3, None, false)),
        (
            "clamshell",
            Prescription {
                tempo: Some("2-1-2".into()),
                ..dose(DoseKind::Reps, 1, 2, None, true)
            },
        ),
        (
            "side-plank-knees",
            dose(DoseKind::Hold, 1, 1, Some(12), true),
        ),
        (
            "breathing",
            Prescription {
                reps: None,
                breaths: Some(2),
                ..dose(DoseKind::Breaths, 1, 0, None, false)
            },
        ),
    ];
    let plan = SessionPlan {
        program: "core-hip-strength".into(),
        program_version: 1,
        phase: 1,
        number: 1,
        week: 1,
        date: NaiveDate::from_ymd_opt(2026, 1, 7).unwrap(),
        minutes: 10,
        exercises: exercises
            .iter()
            .enumerate()
            .map(|(slot, (id, p))| PlannedExercise {
                slot,
                exercise: (*id).into(),
                prescription: p.clone(),
            })
            .collect(),
    };
    let setup = Setup {
        plan,
        decisions: Vec::new(),
        ask_morning: false,
        ask_red_flags: false,
        weekly_since: None,
    };
    let wall: DateTime<FixedOffset> =
        DateTime::parse_from_rfc3339("2026-01-07T09:00:00+01:00").unwrap();
    let mut coach = Coach::new(setup, catalog, dir, wall, 0);
    coach.set_hands_free(true);
    coach
}

fn check_in() -> Action {
    Action::CheckIn(
        Answers::new()
            .with("pain_now", Answer::Number(2))
            .with("pain_average", Answer::Number(3)),
    )
}

fn check_out() -> Action {
    Action::Finish(
        Answers::new()
            .with("pain_during", Answer::Number(2))
            .with("effort", Answer::Number(4))
            .with("pain_after", Answer::Number(2)),
    )
}

/// Runs the session hands-free from the check-in to the saved session, handing each moment's
/// events to `hear` with their time. The only actions are the check-in and the check-out
/// answers; returns when the check-out was reached.
fn run_session(coach: &mut Coach, mut hear: impl FnMut(Millis, &[CoachEvent])) -> Millis {
    let mut now = 0;
    let events = coach.act(now, check_in());
    hear(now, &events);
    while coach.stage() != Stage::CheckOut {
        assert!(
            now < 3_600_000,
            "a hands-free session reaches its check-out by itself"
        );
        let next = coach.next_wake(now).unwrap_or(now + STEP);
        now = next.clamp(now + 1, now + STEP);
        let events = coach.tick(now);
        hear(now, &events);
    }
    let checked_out_at = now;
    now += 20_000;
    let events = coach.act(now, check_out());
    hear(now, &events);
    assert!(
        events.iter().any(|e| matches!(e, CoachEvent::Done { .. })),
        "{events:?}"
    );
    checked_out_at
}

fn clock(ms: Millis) -> String {
    format!("{:02}:{:02}.{:03}", ms / 60_000, ms / 1000 % 60, ms % 1000)
}

/// The session spoken in `lang`: each utterance with when it began, and whether it was in time.
fn spoken(lang: Lang) -> Vec<Heard> {
    let dir = tempfile::tempdir().unwrap();
    let catalog = Catalog::load(&LoadOptions::shipped_only());
    let i18n = I18n::new(lang);
    let (recorder, heard) = Recorder::new(70);
    let mut voice = Voice::new(Box::new(recorder));
    let mut coach = coach(&catalog, dir.path());
    let mut last = 0;
    run_session(&mut coach, |now, events| {
        // The voice is looked at every few milliseconds between the coach's moments.
        for t in (last..now).step_by(10) {
            voice.pump(t);
        }
        voice.hear(utterances(events, &i18n, &catalog, now));
        voice.pump(now);
        last = now;
    });
    for t in (last..last + 30_000).step_by(10) {
        voice.pump(t);
    }
    drop(voice);
    heard.lock().unwrap().clone()
}

fn transcript(heard: &[Heard]) -> String {
    heard
        .iter()
        .map(|h| {
            format!(
                "{}  (for {})  {}",
                clock(h.started),
                clock(h.utterance.at),
                h.utterance.text
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn a_whole_session_spoken_in_english() {
    let heard = spoken(Lang::En);
    insta::assert_snapshot!(transcript(&heard));
}

#[test]
fn a_whole_session_spoken_in_dutch() {
    let heard = spoken(Lang::Nl);
    insta::assert_snapshot!(transcript(&heard));
}

#[test]
fn nothing_is_said_late_and_every_count_is_said_on_its_moment_or_not_at_all() {
    for lang in [Lang::En, Lang::Nl] {
        let heard = spoken(lang);
        assert!(heard.len() > 20, "a session says a good deal: {heard:?}");
        for h in &heard {
            assert!(
                h.started >= h.utterance.at
                    && h.started <= h.utterance.at + h.utterance.stale_after,
                "said at {} what was for {} (may wait {} ms): {:?}",
                h.started,
                h.utterance.at,
                h.utterance.stale_after,
                h.utterance.text
            );
        }
        for pair in heard.windows(2) {
            assert!(pair[1].started > pair[0].started, "one at a time");
        }
    }
}

#[cfg(unix)]
#[test]
fn a_speech_command_that_hangs_never_delays_the_session() {
    let dir = tempfile::tempdir().unwrap();
    let record = dir.path().join("said.txt");
    let gate = dir.path().join("gate");
    std::fs::write(&gate, "").unwrap();
    let script = dir.path().join("say.sh");
    std::fs::write(
        &script,
        format!(
            "#!/bin/sh\nprintf '%s|%s\\n' \"$1\" \"$2\" >> '{}'\nwhile [ -e '{}' ]; do sleep 0.02; done\n",
            record.display(),
            gate.display()
        ),
    )
    .unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    let program = SpeechProgram::choose(Some(&format!("'{}'", script.display())), |_| None)
        .unwrap()
        .unwrap();
    let fake = Arc::new(AtomicU64::new(0));
    let reading = Arc::clone(&fake);
    let voice = SpeechThread::spawn(
        Box::new(kern::voice::ProgramSpeaker::new(program)),
        move || reading.load(Ordering::SeqCst),
    );
    let catalog = Catalog::load(&LoadOptions::shipped_only());
    let i18n = I18n::new(Lang::En);

    // The same session without a voice, for the moments its sets end.
    let quiet_dir = tempfile::tempdir().unwrap();
    let mut quiet = Vec::new();
    run_session(&mut coach(&catalog, quiet_dir.path()), |now, events| {
        quiet.extend(
            events
                .iter()
                .filter(|e| matches!(e, CoachEvent::SetDone { .. }))
                .map(|_| now),
        );
    });

    let data = tempfile::tempdir().unwrap();
    let mut spoken = Vec::new();
    let end = run_session(&mut coach(&catalog, data.path()), |now, events| {
        fake.store(now, Ordering::SeqCst);
        voice.say(utterances(events, &i18n, &catalog, now));
        spoken.extend(
            events
                .iter()
                .filter(|e| matches!(e, CoachEvent::SetDone { .. }))
                .map(|_| now),
        );
    });
    assert!(gate.exists(), "the speech command still hangs");
    assert_eq!(
        spoken, quiet,
        "every set ended on its moment, as without a voice"
    );
    // Never piling up: one command at a time, a hanging one cut off after LONGEST_UTTERANCE_MS of
    // the session's clock, so at most one start per that much of the session.
    let said = std::fs::read_to_string(&record).unwrap_or_default();
    let most = end / kern::voice::voice::LONGEST_UTTERANCE_MS + 2;
    assert!(
        (said.lines().count() as u64) <= most,
        "{} commands started over {end} ms (at most {most}):\n{said}",
        said.lines().count()
    );
    std::fs::remove_file(&gate).unwrap();
    drop(voice);
}
