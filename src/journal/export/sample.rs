//! A small journal of three weeks with every kind of entry (and one correction), at fixed dates,
//! for tests and examples of the exports. It reads no clock and no file.

use chrono::{DateTime, FixedOffset};

use crate::journal::entry::{
    ActivityScore, Body, CheckIn, CheckInContext, Enrolment, EnrolmentAction, Entry, EntryKind,
    ExerciseRecord, FunctionScore, GlobalRating, NextMorning, RedFlagAnswer, RedFlagScreen,
    SessionRecord, SessionStatus, SetRecord, Side, Skip, SkipReason,
};
use crate::journal::score::{Rating, Score};
use crate::journal::store::new_id;
use crate::model::{DoseKind, Prescription, Weekday};
use crate::safety::{
    AdverseEvent, AdverseKind, Clearance, Clinician, RecordedBy, RedFlag, Severity, Urgency,
};

/// The program the sample follows.
pub const PROGRAM: &str = "core-hip-strength";

fn at(text: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(text).unwrap_or_default()
}

fn score(value: i64) -> Score {
    Score::new(value).unwrap_or(Score::MIN)
}

fn entry(rng: &mut fastrand::Rng, when: &str, body: Body) -> Entry {
    let when = at(when);
    let id = new_id(when, body.kind(), rng);
    Entry::new(id, when, when + chrono::Duration::minutes(1), body)
}

fn check_in(context: CheckInContext, pain: i64, note: Option<&str>) -> CheckIn {
    CheckIn {
        context,
        pain_now: score(pain),
        pain_average: None,
        next_morning: None,
        red_flags_new: None,
        note: note.map(str::to_owned),
    }
}

fn activities(scores: [i64; 3]) -> FunctionScore {
    let names = [
        "Tying my shoes",
        "Carrying groceries; 5 kg, \"heavy\"",
        "Zitten tijdens een film (ü)",
    ];
    FunctionScore {
        activities: names
            .iter()
            .zip(scores)
            .map(|(name, s)| ActivityScore {
                activity: (*name).to_owned(),
                score: score(s),
            })
            .collect(),
        week: None,
    }
}

fn bird_dog() -> ExerciseRecord {
    let planned = Prescription {
        kind: DoseKind::Reps,
        sets: 2,
        reps: Some(6.into()),
        hold_seconds: Some(5),
        duration_seconds: None,
        breaths: None,
        tempo: None,
        rest_seconds: 30,
        per_side: true,
    };
    let sets = (0..4)
        .map(|i| SetRecord {
            set: i / 2 + 1,
            side: Some(if i % 2 == 0 { Side::Left } else { Side::Right }),
            reps: Some(6),
            seconds: None,
            breaths: None,
        })
        .collect();
    ExerciseRecord {
        exercise: "bird-dog".into(),
        planned,
        replaced_by: None,
        sets,
        skipped: None,
        pain_during: Some(score(3)),
        effort: Some(score(5)),
    }
}

fn skipped_bridge() -> ExerciseRecord {
    ExerciseRecord {
        exercise: "glute-bridge".into(),
        planned: Prescription {
            kind: DoseKind::Hold,
            sets: 3,
            reps: Some(1.into()),
            hold_seconds: Some(20),
            duration_seconds: None,
            breaths: None,
            tempo: None,
            rest_seconds: 30,
            per_side: false,
        },
        replaced_by: None,
        sets: Vec::new(),
        skipped: Some(Skip {
            reason: SkipReason::Time,
            note: None,
        }),
        pain_during: None,
        effort: None,
    }
}

fn session() -> SessionRecord {
    SessionRecord {
        program: PROGRAM.into(),
        program_version: 1,
        phase: 1,
        planned_date: at("2026-11-03T18:05:00+01:00").date_naive(),
        status: SessionStatus::Partial,
        started_at: at("2026-11-03T18:05:00+01:00"),
        ended_at: at("2026-11-03T18:40:00+01:00"),
        active_seconds: 1500,
        pain_during_max: Some(score(3)),
        effort: Some(score(5)),
        pain_after: Some(score(2)),
        note: Some("Good, but the \"bird-dog\" was hard".into()),
        exercises: vec![bird_dog(), skipped_bridge()],
        decisions: Vec::new(),
        hurt: None,
    }
}

/// The sample journal, in the order it was written: enrolment, red-flag screen, function score,
/// check-ins, a session, a diary entry and its correction, a global rating, a second function
/// score. Ten entries; with the correction applied, nine.
pub fn journal() -> Vec<Entry> {
    let mut rng = fastrand::Rng::with_seed(2026);
    let rng = &mut rng;
    let enrolment = Body::Enrolment(Enrolment {
        action: EnrolmentAction::Start,
        program: PROGRAM.into(),
        program_version: 1,
        start_date: at("2026-11-02T09:00:00+01:00").date_naive(),
        weekdays: vec![Weekday::Mon, Weekday::Thu],
        activities: activities([0, 0, 0])
            .activities
            .into_iter()
            .map(|a| a.activity)
            .collect(),
        usual_pain: Some(score(4)),
        reason: None,
    });
    let red_flags = Body::RedFlags(RedFlagScreen {
        answers: RedFlag::ALL
            .iter()
            .map(|flag| RedFlagAnswer {
                flag: *flag,
                present: *flag == RedFlag::Trauma,
            })
            .collect(),
        outcome: Urgency::SeeDoctor,
        clinician_checked: false,
    });
    let mut before = check_in(CheckInContext::BeforeSession, 4, None);
    before.pain_average = Some(score(3));
    let mut second = check_in(CheckInContext::BeforeSession, 3, None);
    second.next_morning = Some(NextMorning {
        settled: true,
        pain: score(3),
    });
    second.red_flags_new = Some(false);
    let diary_note = "=after gardening, bent over";
    let diary = entry(
        rng,
        "2026-11-07T20:00:00+01:00",
        Body::CheckIn(check_in(CheckInContext::Diary, 6, Some(diary_note))),
    );
    let mut correction = entry(
        rng,
        "2026-11-07T20:00:00+01:00",
        Body::CheckIn(check_in(CheckInContext::Diary, 5, Some(diary_note))),
    );
    correction.recorded_at = at("2026-11-07T21:30:00+01:00");
    correction.amends = Some(diary.id.clone());
    let mut first_function = activities([3, 5, 6]);
    first_function.week = Some(1);
    let mut later_function = activities([5, 6, 8]);
    later_function.week = Some(2);
    let mut entries = vec![
        entry(rng, "2026-11-02T09:00:00+01:00", enrolment),
        entry(rng, "2026-11-02T09:05:00+01:00", red_flags),
        entry(
            rng,
            "2026-11-02T09:10:00+01:00",
            Body::Function(first_function),
        ),
        entry(rng, "2026-11-03T18:00:00+01:00", Body::CheckIn(before)),
        entry(
            rng,
            "2026-11-03T18:05:00+01:00",
            Body::Session(Box::new(session())),
        ),
        entry(rng, "2026-11-06T08:00:00+01:00", Body::CheckIn(second)),
        diary,
        correction,
        entry(
            rng,
            "2026-11-09T10:00:00+01:00",
            Body::GlobalRating(GlobalRating {
                rating: Rating::new(2).unwrap_or(Rating::ZERO),
                week: Some(2),
            }),
        ),
        entry(
            rng,
            "2026-11-09T10:05:00+01:00",
            Body::Function(later_function),
        ),
    ];
    // The physiotherapist's check of the fall, made last so that the ids above stay as they were.
    let screen = entries[1].id.clone();
    entries.push(entry(
        rng,
        "2026-11-02T09:06:00+01:00",
        Body::Cleared(Clearance {
            checked_on: at("2026-11-02T09:06:00+01:00").date_naive(),
            by: Some(Clinician::Physio),
            clears: Some(screen),
            note: Some("Seen by my physio after the fall: fine to exercise".into()),
        }),
    ));
    // A new symptom the patient recorded after the session.
    entries.push(entry(
        rng,
        "2026-11-03T20:30:00+01:00",
        Body::AdverseEvent(AdverseEvent {
            what: AdverseKind::NewSymptom,
            severity: Severity::Mild,
            recorded_by: RecordedBy::Patient,
            exercise: Some("bird-dog".into()),
            pain: Some(score(3)),
            note: Some("Tingling in my left calf after the bird-dog; gone within the hour".into()),
        }),
    ));
    entries.sort_by_key(|e| e.at);
    entries
}

/// How many entries of each kind the sample holds (corrections counted).
pub fn count(kind: EntryKind) -> usize {
    journal().iter().filter(|e| e.kind == kind).count()
}
