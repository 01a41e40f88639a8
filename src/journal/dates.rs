//! The dates kern keeps: from 1970-01-01 to 2100-12-31. Every date that enters kern (typed on the
//! command line, imported, restored, or read back from a journal file) is checked here, so that an
//! entry dated in year 1 or 9999 is refused at the door instead of being "added" and then lost.

use chrono::{Datelike, NaiveDate};

use crate::i18n::Msg;

/// The first year kern keeps.
pub const FIRST_YEAR: i32 = 1970;
/// The last year kern keeps.
pub const LAST_YEAR: i32 = 2100;

/// A date outside the range kern keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OutOfRange {
    /// The date that was given.
    pub date: NaiveDate,
}

impl OutOfRange {
    /// The message for people: the date, the range, and how to fix it.
    pub fn msg(&self) -> Msg {
        Msg::new("harden2-date-out-of-range")
            .arg("date", self.date.to_string())
            .arg("first", first().to_string())
            .arg("last", last().to_string())
    }
}

impl std::fmt::Display for OutOfRange {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "the date {} is outside the dates kern keeps ({} to {})",
            self.date,
            first(),
            last()
        )
    }
}

/// The first date kern keeps (1970-01-01).
pub fn first() -> NaiveDate {
    NaiveDate::from_yo_opt(FIRST_YEAR, 1).unwrap_or(NaiveDate::MIN)
}

/// The last date kern keeps (2100-12-31).
pub fn last() -> NaiveDate {
    NaiveDate::from_ymd_opt(LAST_YEAR, 12, 31).unwrap_or(NaiveDate::MAX)
}

/// Checks that `date` lies in the range kern keeps; the one check every date goes through.
pub fn check(date: NaiveDate) -> Result<NaiveDate, OutOfRange> {
    if (FIRST_YEAR..=LAST_YEAR).contains(&date.year()) {
        Ok(date)
    } else {
        Err(OutOfRange { date })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn the_range_is_1970_to_2100_inclusive() {
        assert_eq!(first(), date(1970, 1, 1));
        assert_eq!(last(), date(2100, 12, 31));
        for good in [date(1970, 1, 1), date(2026, 11, 30), date(2100, 12, 31)] {
            assert_eq!(check(good), Ok(good));
        }
        for bad in [
            date(1, 1, 1),
            date(-44, 3, 15),
            date(1900, 6, 1),
            date(1969, 12, 31),
            date(2101, 1, 1),
            date(9999, 12, 31),
        ] {
            let err = check(bad).unwrap_err();
            assert_eq!(err.date, bad);
            assert!(err.to_string().contains("1970-01-01 to 2100-12-31"));
        }
    }
}
