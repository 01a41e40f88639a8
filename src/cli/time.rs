//! The wall clock and date parsing for commands. The library never reads the clock; commands read
//! it here once and pass `now` down.

use std::cell::Cell;

use chrono::{
    DateTime, FixedOffset, Local, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Timelike,
};

use crate::i18n::I18n;
use crate::journal::dates;
use crate::model::Lang;

thread_local! {
    /// The language of the messages the value parsers below give (they run inside clap, before
    /// the command's context exists).
    static MESSAGE_LANG: Cell<Lang> = const { Cell::new(Lang::En) };
}

/// Sets the language of the parsers' messages (done once, before the arguments are parsed).
pub fn set_message_lang(lang: Lang) {
    MESSAGE_LANG.with(|l| l.set(lang));
}

/// A date given on the command line, refused (in the user's language) when it lies outside the
/// range kern keeps.
fn in_range(date: NaiveDate) -> Result<NaiveDate, String> {
    dates::check(date).map_err(|err| I18n::new(MESSAGE_LANG.with(Cell::get)).format(&err.msg()))
}

/// Now, in the local time zone.
pub fn now() -> DateTime<FixedOffset> {
    let now = Local::now().fixed_offset();
    now.with_nanosecond(0).unwrap_or(now)
}

/// Reads a date and time given by a person: RFC 3339 (`2026-11-24T20:00:00+01:00`),
/// `2026-11-24T20:00`, `2026-11-24 20:00`, or a date alone (noon). Local time unless an offset is
/// given.
pub fn parse_datetime(text: &str) -> Result<DateTime<FixedOffset>, String> {
    let text = text.trim();
    if let Ok(at) = DateTime::parse_from_rfc3339(text) {
        in_range(at.date_naive())?;
        return Ok(at);
    }
    let naive = [
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M",
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%d %H:%M:%S",
    ]
    .iter()
    .find_map(|format| NaiveDateTime::parse_from_str(text, format).ok())
    .or_else(|| {
        NaiveDate::parse_from_str(text, "%Y-%m-%d")
            .ok()
            .and_then(|d| NaiveTime::from_hms_opt(12, 0, 0).map(|t| d.and_time(t)))
    })
    .ok_or_else(|| format!("'{text}' is not a date and time such as 2026-11-24 20:00"))?;
    in_range(naive.date())?;
    Local
        .from_local_datetime(&naive)
        .earliest()
        .map(|at| at.fixed_offset())
        .ok_or_else(|| format!("'{text}' does not exist in the local time zone"))
}

/// Reads a date such as `2026-11-24`.
pub fn parse_date(text: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
        .map_err(|_| format!("'{text}' is not a date such as 2026-11-24"))
        .and_then(in_range)
}

/// Reads a time of day such as `18:00` or `7:30`.
pub fn parse_time(text: &str) -> Result<NaiveTime, String> {
    NaiveTime::parse_from_str(text.trim(), "%H:%M")
        .map_err(|_| format!("'{text}' is not a time of day such as 18:00"))
}

/// The moment a `--date` stands for: that day at the current time of day (or noon).
pub fn moment(date: Option<NaiveDate>) -> chrono::DateTime<chrono::FixedOffset> {
    let current = now();
    match date {
        None => current,
        Some(date) => chrono::Local
            .from_local_datetime(&date.and_time(current.time().max(NaiveTime::MIN)))
            .earliest()
            .map_or(current, |m| m.fixed_offset()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn several_ways_of_writing_a_moment_are_understood() {
        let with_offset = parse_datetime("2026-11-24T20:00:00+01:00").unwrap();
        assert_eq!(with_offset.to_rfc3339(), "2026-11-24T20:00:00+01:00");
        assert_eq!(
            parse_datetime("2026-11-24 20:00")
                .unwrap()
                .naive_local()
                .to_string(),
            "2026-11-24 20:00:00"
        );
        assert_eq!(
            parse_datetime("2026-11-24")
                .unwrap()
                .naive_local()
                .to_string(),
            "2026-11-24 12:00:00"
        );
        assert!(parse_datetime("yesterday").is_err());
        assert!(parse_date("2026-13-01").is_err());
        assert_eq!(parse_time("7:30").unwrap().to_string(), "07:30:00");
        assert!(parse_time("25:00").is_err());
    }

    #[test]
    fn dates_outside_1970_to_2100_are_refused_with_the_range() {
        for text in [
            "0001-01-01",
            "1900-01-01",
            "1969-12-31",
            "2101-01-01",
            "9999-12-31",
        ] {
            let err = parse_date(text).unwrap_err();
            assert!(
                err.contains("1970-01-01") && err.contains("2100-12-31"),
                "{err}"
            );
            assert!(parse_datetime(text).is_err(), "{text}");
        }
        assert!(parse_datetime("0001-01-01T10:00:00+00:00").is_err());
        assert!(parse_datetime("9999-12-31 10:00").is_err());
        assert!(parse_date("1970-01-01").is_ok() && parse_date("2100-12-31").is_ok());
    }
}
