//! A made-up journal for benchmarks and tests (not part of kern's interface): years of a patient
//! who checks in every morning, trains three times a week, scores function every two weeks, rates
//! change every four, and starts or switches program every twelve. The same seed and dates always
//! give the same entries, ids included.

use std::collections::HashSet;
use std::fs;
use std::io;
use std::path::PathBuf;

use chrono::{DateTime, Datelike, Days, FixedOffset, NaiveDate, Offset, TimeZone, Utc};

use crate::model::{DoseKind, Prescription, Weekday};

use super::entry::{
    ActivityScore, Body, Change, CheckIn, CheckInContext, Decision, DecisionInputs, Enrolment,
    EnrolmentAction, Entry, EntryKind, ExerciseRecord, FunctionScore, GlobalRating, SessionRecord,
    SessionStatus, SetRecord, Side,
};
use super::score::{Rating, Score};
use super::store::{Journal, new_id};

/// Shipped exercise ids the sessions draw from.
const EXERCISES: [&str; 16] = [
    "bird-dog",
    "cat-camel",
    "clamshell",
    "dead-bug",
    "drawing-in",
    "glute-bridge",
    "heel-slides",
    "knee-sways",
    "mcgill-curl-up",
    "pelvic-tilt",
    "plank-knees",
    "side-plank-knees",
    "single-leg-bridge",
    "sit-to-stand",
    "swimming",
    "toe-taps",
];

/// The shipped programs, in the order the patient follows them.
const PROGRAMS: [&str; 4] = [
    "gentle-start",
    "core-hip-strength",
    "pilates-chronic",
    "back-to-activity",
];

/// The patient's own activities for the function score.
const ACTIVITIES: [&str; 4] = [
    "Putting on socks",
    "Gardening for an hour",
    "Sitting through a film",
    "Carrying the shopping",
];

/// Days between two enrolments (twelve weeks).
const ENROLMENT_EVERY: u64 = 84;

/// Generates the journal of `days` days that ends on `last_day` (both included), oldest first.
/// Ten years (`days` = 3,652) make about 7,000 entries.
pub fn entries(last_day: NaiveDate, days: u32, seed: u64) -> Vec<Entry> {
    let mut patient = Patient::new(seed);
    let first_day = last_day - Days::new(u64::from(days.saturating_sub(1)));
    first_day
        .iter_days()
        .take_while(|day| *day <= last_day)
        .enumerate()
        .flat_map(|(index, day)| patient.day(day, index as u64))
        .collect()
}

/// Writes entries into a journal quickly: plain writes, no temporary files and no flushing to disk,
/// for building a large journal to measure. Returns the number of files written.
pub fn write_quickly(journal: &Journal, entries: &[Entry]) -> io::Result<usize> {
    let mut made: HashSet<PathBuf> = HashSet::new();
    for entry in entries {
        let path = journal.path_for(entry);
        if let Some(dir) = path.parent()
            && made.insert(dir.to_path_buf())
        {
            fs::create_dir_all(dir)?;
        }
        let text = entry
            .to_toml()
            .map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e.to_string()))?;
        fs::write(&path, text)?;
    }
    Ok(entries.len())
}

/// One made-up check-in, for tests and for measuring a single write.
pub fn check_in(at: DateTime<FixedOffset>, pain: u8, rng: &mut fastrand::Rng) -> Entry {
    let body = Body::CheckIn(CheckIn {
        context: CheckInContext::Diary,
        pain_now: score(i64::from(pain)),
        pain_average: None,
        next_morning: None,
        red_flags_new: None,
        note: Some("after gardening".to_owned()),
    });
    Entry::new(new_id(at, EntryKind::CheckIn, rng), at, at, body)
}

/// The made-up patient: a random walk of usual pain and the program being followed.
struct Patient {
    rng: fastrand::Rng,
    offset: FixedOffset,
    pain: i64,
    program: usize,
    program_start: NaiveDate,
}

impl Patient {
    fn new(seed: u64) -> Patient {
        Patient {
            rng: fastrand::Rng::with_seed(seed),
            offset: FixedOffset::east_opt(3600).unwrap_or(Utc.fix()),
            pain: 5,
            program: 0,
            program_start: NaiveDate::MIN,
        }
    }

    /// Everything written on one day; `index` counts days from the journal's first.
    fn day(&mut self, day: NaiveDate, index: u64) -> Vec<Entry> {
        self.pain = (self.pain + self.rng.i64(-1..=1)).clamp(1, 7);
        let mut out = Vec::new();
        if index.is_multiple_of(ENROLMENT_EVERY) {
            out.extend(self.enrolment(day, index));
        }
        out.extend(self.diary(day));
        let weekday = day.weekday();
        if matches!(
            weekday,
            chrono::Weekday::Mon | chrono::Weekday::Wed | chrono::Weekday::Fri
        ) {
            out.extend(self.before_session(day));
            out.extend(self.session(day));
        }
        if weekday == chrono::Weekday::Sun && (index / 7) % 2 == 1 {
            out.extend(self.function(day));
        }
        if weekday == chrono::Weekday::Sun && (index / 7) % 4 == 3 {
            out.extend(self.global_rating(day));
        }
        out
    }

    fn at(&self, day: NaiveDate, hour: u32, minute: u32) -> Option<DateTime<FixedOffset>> {
        let naive = day.and_hms_opt(hour, minute, 0)?;
        self.offset.from_local_datetime(&naive).single()
    }

    fn entry(&mut self, at: DateTime<FixedOffset>, body: Body) -> Entry {
        let id = new_id(at, body.kind(), &mut self.rng);
        let recorded = at + chrono::Duration::minutes(self.rng.i64(0..30));
        Entry::new(id, at, recorded, body)
    }

    fn enrolment(&mut self, day: NaiveDate, index: u64) -> Option<Entry> {
        let at = self.at(day, 7, 45)?;
        let action = if index == 0 {
            EnrolmentAction::Start
        } else {
            EnrolmentAction::Switch
        };
        self.program = (index / ENROLMENT_EVERY) as usize % PROGRAMS.len();
        self.program_start = day;
        let body = Body::Enrolment(Enrolment {
            action,
            program: PROGRAMS[self.program].to_owned(),
            program_version: 1,
            start_date: day,
            weekdays: vec![Weekday::Mon, Weekday::Wed, Weekday::Fri],
            activities: ACTIVITIES.iter().map(|a| (*a).to_owned()).collect(),
            usual_pain: Some(score(self.pain)),
            reason: (action == EnrolmentAction::Switch).then(|| "next step".to_owned()),
        });
        Some(self.entry(at, body))
    }

    fn diary(&mut self, day: NaiveDate) -> Option<Entry> {
        let minute = self.rng.u32(0..30);
        let at = self.at(day, 8, minute)?;
        let note = (self.rng.u8(0..10) == 0).then(|| "stiff after a long drive".to_owned());
        let body = Body::CheckIn(CheckIn {
            context: CheckInContext::Diary,
            pain_now: score(self.pain),
            pain_average: Some(score(self.pain + self.rng.i64(-1..=1))),
            next_morning: None,
            red_flags_new: None,
            note,
        });
        Some(self.entry(at, body))
    }

    fn before_session(&mut self, day: NaiveDate) -> Option<Entry> {
        let at = self.at(day, 17, 55)?;
        let body = Body::CheckIn(CheckIn {
            context: CheckInContext::BeforeSession,
            pain_now: score(self.pain),
            pain_average: None,
            next_morning: Some(super::entry::NextMorning {
                settled: self.rng.u8(0..10) > 0,
                pain: score(self.pain),
            }),
            red_flags_new: (day.weekday() == chrono::Weekday::Mon).then_some(false),
            note: None,
        });
        Some(self.entry(at, body))
    }

    fn session(&mut self, day: NaiveDate) -> Option<Entry> {
        let started = self.at(day, 18, 0)?;
        let count = self.rng.usize(6..=10);
        let mut pool = EXERCISES.to_vec();
        self.rng.shuffle(&mut pool);
        let exercises: Vec<ExerciseRecord> =
            pool[..count].iter().map(|id| self.exercise(id)).collect();
        let minutes = 20 + self.rng.i64(0..20);
        let complete = self.rng.u8(0..20) > 0;
        let decisions: Vec<Decision> = exercises
            .first()
            .map(|e| self.decision(e))
            .into_iter()
            .collect();
        let phase = (day - self.program_start).num_weeks() / 4 + 1;
        let body = Body::Session(Box::new(SessionRecord {
            program: PROGRAMS[self.program].to_owned(),
            program_version: 1,
            phase: u32::try_from(phase.clamp(1, 3)).unwrap_or(1),
            planned_date: day,
            status: if complete {
                SessionStatus::Complete
            } else {
                SessionStatus::Partial
            },
            started_at: started,
            ended_at: started + chrono::Duration::minutes(minutes),
            active_seconds: u32::try_from(minutes * 45).unwrap_or(0),
            pain_during_max: Some(score(self.pain + 1)),
            effort: Some(score(self.rng.i64(3..=7))),
            pain_after: Some(score(self.pain)),
            note: None,
            decisions,
            hurt: None,
            exercises,
        }));
        Some(self.entry(started, body))
    }

    fn prescription(&mut self) -> Prescription {
        Prescription {
            kind: DoseKind::Reps,
            sets: self.rng.u32(2..=3),
            reps: Some(self.rng.u32(6..=10).into()),
            hold_seconds: self.rng.bool().then_some(5),
            duration_seconds: None,
            breaths: None,
            tempo: None,
            rest_seconds: 30,
            per_side: self.rng.bool(),
        }
    }

    fn exercise(&mut self, id: &str) -> ExerciseRecord {
        let planned = self.prescription();
        let sides: &[Option<Side>] = if planned.per_side {
            &[Some(Side::Left), Some(Side::Right)]
        } else {
            &[None]
        };
        let sets = (1..=planned.sets)
            .flat_map(|set| {
                let reps = planned.reps_in_set(set);
                sides.iter().map(move |side| SetRecord {
                    set,
                    side: *side,
                    reps,
                    seconds: None,
                    breaths: None,
                })
            })
            .collect();
        ExerciseRecord {
            exercise: id.to_owned(),
            planned,
            replaced_by: None,
            sets,
            skipped: None,
            pain_during: Some(score(self.pain)),
            effort: Some(score(self.rng.i64(3..=7))),
        }
    }

    fn decision(&mut self, done: &ExerciseRecord) -> Decision {
        let mut to = done.planned.clone();
        let progress = self.rng.u8(0..3) == 0;
        if progress {
            to.reps = to.reps.map(|r| r.map(|v| v + 1));
        }
        Decision {
            exercise: done.exercise.clone(),
            change: if progress {
                Change::Progress
            } else {
                Change::Hold
            },
            from: done.planned.clone(),
            to,
            to_exercise: None,
            inputs: DecisionInputs {
                sessions: 2,
                all_sets_done: true,
                max_pain_during: done.pain_during,
                max_effort: done.effort,
                unsettled_mornings: 0,
                usual_pain: Some(score(self.pain)),
                ..DecisionInputs::default()
            },
        }
    }

    fn function(&mut self, day: NaiveDate) -> Option<Entry> {
        let at = self.at(day, 20, 0)?;
        let activities = ACTIVITIES
            .iter()
            .map(|activity| ActivityScore {
                activity: (*activity).to_owned(),
                score: score(10 - self.pain + self.rng.i64(-1..=1)),
            })
            .collect();
        let body = Body::Function(FunctionScore {
            activities,
            week: Some(self.program_week(day)),
        });
        Some(self.entry(at, body))
    }

    fn global_rating(&mut self, day: NaiveDate) -> Option<Entry> {
        let at = self.at(day, 20, 5)?;
        let body = Body::GlobalRating(GlobalRating {
            rating: Rating::new(5 - self.pain).unwrap_or(Rating::ZERO),
            week: Some(self.program_week(day)),
        });
        Some(self.entry(at, body))
    }

    fn program_week(&self, day: NaiveDate) -> u32 {
        u32::try_from((day - self.program_start).num_weeks() + 1).unwrap_or(1)
    }
}

/// A 0–10 score, clamped into range.
fn score(value: i64) -> Score {
    Score::new(value.clamp(0, 10)).unwrap_or(Score::MIN)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::store::Query;

    #[test]
    fn ten_years_make_about_seven_thousand_valid_entries() {
        let last = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
        let entries = entries(last, 3652, 42);
        assert!((6500..=7500).contains(&entries.len()), "{}", entries.len());
        let ids: HashSet<&str> = entries.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids.len(), entries.len(), "ids are unique");
        assert!(entries.iter().all(|e| e.check().is_ok()));
        let enrolments = entries
            .iter()
            .filter(|e| e.kind == EntryKind::Enrolment)
            .count();
        assert_eq!(enrolments, 44);
        assert_eq!(entries, super::entries(last, 3652, 42), "deterministic");
    }

    #[test]
    fn quickly_written_entries_read_back() {
        let dir = tempfile::tempdir().unwrap();
        let journal = Journal::new(dir.path());
        let last = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
        let entries = entries(last, 60, 7);
        assert_eq!(write_quickly(&journal, &entries).unwrap(), entries.len());
        let loaded = journal.load(&Query::default());
        assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
        assert_eq!(loaded.entries.len(), entries.len());
    }
}
