//! A daily activity done (a walk on a rest day): its own kind of journal entry, written by
//! `kern log --walked N`.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::model::ActivityKind;

/// An activity done on one day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActivityRecord {
    /// What was done (walking).
    pub kind: ActivityKind,
    /// The day it was done.
    pub on: NaiveDate,
    /// How many minutes.
    pub minutes: u32,
    /// A note in the patient's own words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// Minutes of `kind` recorded for `day`, over every record given (the newest correction of an
/// entry is expected to have replaced the older one already).
pub fn minutes_on<'a>(
    records: impl IntoIterator<Item = &'a ActivityRecord>,
    kind: ActivityKind,
    day: NaiveDate,
) -> u32 {
    records
        .into_iter()
        .filter(|r| r.kind == kind && r.on == day)
        .fold(0, |sum, r| sum.saturating_add(r.minutes))
}

/// The most minutes one entry may record (ten hours: more is a typing error).
pub const MAX_MINUTES: u32 = 600;

/// Why an activity cannot be recorded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ActivityRefused {
    /// The day lies after today.
    #[error("{on} is in the future (today is {today})")]
    InFuture {
        /// The day given.
        on: NaiveDate,
        /// Today.
        today: NaiveDate,
    },
    /// No minutes, or more than [`MAX_MINUTES`].
    #[error("{minutes} minutes is not between 1 and {MAX_MINUTES}")]
    Minutes {
        /// The minutes given.
        minutes: u32,
    },
}

/// The journal entry of an activity done on `on`, recorded at `now`: it applies to `now` when
/// `on` is today, else to noon of `on` (on `now`'s clock). Refuses a day after today and minutes
/// outside 1..=[`MAX_MINUTES`]. The caller writes it.
pub fn activity_entry(
    record: ActivityRecord,
    now: chrono::DateTime<chrono::FixedOffset>,
    rng: &mut fastrand::Rng,
) -> Result<super::Entry, ActivityRefused> {
    let today = now.date_naive();
    if record.on > today {
        return Err(ActivityRefused::InFuture {
            on: record.on,
            today,
        });
    }
    if !(1..=MAX_MINUTES).contains(&record.minutes) {
        return Err(ActivityRefused::Minutes {
            minutes: record.minutes,
        });
    }
    let at = if record.on == today {
        now
    } else {
        record
            .on
            .and_hms_opt(12, 0, 0)
            .and_then(|noon| noon.and_local_timezone(*now.offset()).single())
            .unwrap_or(now)
    };
    let record = ActivityRecord {
        note: record.note.filter(|n| !n.trim().is_empty()),
        ..record
    };
    Ok(super::Entry::new(
        super::new_id(at, super::EntryKind::Activity, rng),
        at,
        now,
        super::Body::Activity(record),
    ))
}

/// A walk of `minutes` on `on`, recorded on 2026-11-30, for tests of the views and exports.
#[cfg(test)]
pub fn sample_walk(on: &str, minutes: u32, note: Option<&str>) -> super::Entry {
    let now = chrono::DateTime::parse_from_rfc3339("2026-11-30T18:30:00+01:00").unwrap();
    let record = ActivityRecord {
        kind: ActivityKind::Walking,
        on: on.parse().unwrap(),
        minutes,
        note: note.map(str::to_owned),
    };
    activity_entry(record, now, &mut fastrand::Rng::with_seed(7)).unwrap()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn walk(on: &str, minutes: u32) -> ActivityRecord {
        ActivityRecord {
            kind: ActivityKind::Walking,
            on: on.parse().unwrap_or_default(),
            minutes,
            note: None,
        }
    }

    fn now() -> chrono::DateTime<chrono::FixedOffset> {
        chrono::DateTime::parse_from_rfc3339("2026-11-30T18:30:00+01:00").unwrap_or_default()
    }

    #[test]
    fn a_walk_today_applies_now_and_an_earlier_one_at_its_noon() {
        let mut rng = fastrand::Rng::with_seed(1);
        let today = activity_entry(walk("2026-11-30", 20), now(), &mut rng);
        assert_eq!(today.map(|e| e.at), Ok(now()));
        let before = activity_entry(walk("2026-11-28", 15), now(), &mut rng);
        let entry = before.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(entry.at.to_rfc3339(), "2026-11-28T12:00:00+01:00");
        assert_eq!(entry.recorded_at, now());
        assert_eq!(entry.check(), Ok(()));
        // Readable TOML, read back the same.
        let text = entry.to_toml().unwrap_or_default();
        assert!(
            text.contains("[activity]\nkind = \"walking\"\non = \"2026-11-28\"\nminutes = 15\n"),
            "{text}"
        );
        assert_eq!(super::super::Entry::from_toml(&text), Ok(entry));
    }

    #[test]
    fn a_future_day_or_no_minutes_is_refused() {
        let mut rng = fastrand::Rng::with_seed(1);
        assert!(matches!(
            activity_entry(walk("2026-12-01", 20), now(), &mut rng),
            Err(ActivityRefused::InFuture { .. })
        ));
        for minutes in [0, MAX_MINUTES + 1] {
            assert_eq!(
                activity_entry(walk("2026-11-30", minutes), now(), &mut rng).map(|_| ()),
                Err(ActivityRefused::Minutes { minutes })
            );
        }
    }

    #[test]
    fn minutes_add_up_per_day_and_kind() {
        let records = [
            walk("2026-11-30", 10),
            walk("2026-11-30", 5),
            walk("2026-11-29", 30),
        ];
        let day = "2026-11-30".parse().unwrap_or_default();
        assert_eq!(minutes_on(&records, ActivityKind::Walking, day), 15);
    }
}
