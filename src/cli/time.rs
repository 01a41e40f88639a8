//! The wall clock and date parsing for commands. The library never reads the clock; commands read
//! it here once and pass `now` down.

use chrono::{
    DateTime, FixedOffset, Local, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Timelike,
};

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
}
