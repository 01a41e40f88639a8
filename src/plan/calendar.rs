//! The coming sessions as an iCalendar file (RFC 5545), for a phone's or a computer's calendar:
//! one event per session at a local time of the patient's choosing, with a reminder before it.
//!
//! Times are written in UTC (`DTSTART:20261130T170000Z`): the local time of the patient's choosing
//! is turned into UTC with the patient's time zone for that very date (summer time included), so
//! every calendar program shows the session at the same moment. (Floating times, without a zone,
//! are read differently by different programs.) Everything is derived from the inputs, `now` and
//! the zone included, so the same schedule gives the same file: a UID names the program, the
//! session number and the date, so importing the file again updates the events instead of
//! doubling them.

use chrono::{DateTime, Duration, FixedOffset, NaiveDateTime, NaiveTime, TimeZone, Utc};
use icalendar::{Alarm, Calendar, Component, Event, EventLike, Property};

use crate::catalog::Catalog;
use crate::i18n::{I18n, Msg};
use crate::model::{Lang, Program};

use super::ScheduledSession;

/// How long before a session the reminder goes off.
pub const REMINDER_MINUTES: u32 = 30;

/// The product identifier written into every calendar.
const PRODID: &str = "-//kern//kern schedule//EN";

/// What a calendar of sessions is built from.
#[derive(Clone, Copy)]
pub struct CalendarSource<'a> {
    /// The program's id (part of every UID).
    pub program_id: &'a str,
    /// The program.
    pub program: &'a Program,
    /// The catalog, for the exercises' names.
    pub catalog: &'a Catalog,
    /// The messages in the patient's language.
    pub i18n: &'a I18n,
    /// The local time each session starts at.
    pub at: NaiveTime,
    /// When the calendar is made (its DTSTAMP).
    pub now: DateTime<FixedOffset>,
    /// The patient's UTC offset at a local date and time (their time zone's rules; the command
    /// line passes the system's zone).
    pub offset_at: &'a dyn Fn(NaiveDateTime) -> FixedOffset,
}

/// The calendar of `sessions` as RFC 5545 text (CRLF line ends, lines folded at 75 octets).
pub fn calendar(source: &CalendarSource<'_>, sessions: &[ScheduledSession]) -> String {
    let mut calendar = Calendar::empty();
    calendar
        .append_property(Property::new("VERSION", "2.0"))
        .append_property(Property::new("PRODID", PRODID))
        .append_property(Property::new("CALSCALE", "GREGORIAN"))
        .name(&calendar_name(source));
    for session in sessions {
        calendar.push(event(source, session));
    }
    calendar.to_string()
}

/// The stable UID of a session's event.
pub fn uid(program_id: &str, session: &ScheduledSession) -> String {
    format!(
        "kern-{program_id}-{}-{}@kern.local",
        session.number, session.date
    )
}

fn calendar_name(source: &CalendarSource<'_>) -> String {
    source
        .i18n
        .format(&Msg::new("ics-calendar-name").arg("program", program_title(source)))
}

fn program_title<'a>(source: &CalendarSource<'a>) -> &'a str {
    source.program.title.get(source.i18n.lang())
}

fn event(source: &CalendarSource<'_>, session: &ScheduledSession) -> Event {
    let uid = uid(source.program_id, session);
    let (start, end) = times(source, session);
    Event::new()
        .uid(&uid)
        .timestamp(source.now.with_timezone(&Utc))
        .summary(&crate::neutral::one_line(&summary(source, session)))
        .description(&crate::neutral::neutralise(
            &description(source, session),
            crate::neutral::Layout::Lines,
        ))
        .starts(start)
        .ends(end)
        .alarm(reminder(source, session, &uid))
        .done()
}

/// Start and end of a session in UTC, from the local time in the patient's zone that day.
fn times(
    source: &CalendarSource<'_>,
    session: &ScheduledSession,
) -> (DateTime<Utc>, DateTime<Utc>) {
    let local = session.date.and_time(source.at);
    let offset = (source.offset_at)(local);
    let start = offset
        .from_local_datetime(&local)
        .single()
        .map_or_else(|| local.and_utc(), |at| at.with_timezone(&Utc));
    let end = start + Duration::minutes(i64::from(session.minutes));
    (start, end)
}

fn summary(source: &CalendarSource<'_>, session: &ScheduledSession) -> String {
    source.i18n.format(
        &Msg::new("ics-summary")
            .arg("program", program_title(source))
            .num("number", session.number),
    )
}

/// The phase, the estimated minutes and the phase's exercises, one a line.
fn description(source: &CalendarSource<'_>, session: &ScheduledSession) -> String {
    let lang = source.i18n.lang();
    let phase = source
        .program
        .phases
        .get((session.phase as usize).saturating_sub(1));
    let mut lines = vec![
        source.i18n.format(
            &Msg::new("ics-description-phase")
                .num("phase", session.phase)
                .num("phases", source.program.phases.len() as i64)
                .arg("name", phase.map_or("", |p| p.name.get(lang)))
                .num("week", session.week)
                .num("minutes", session.minutes),
        ),
    ];
    let names = phase.map_or_else(Vec::new, |p| {
        exercise_names(source.catalog, &p.exercises, lang)
    });
    if !names.is_empty() {
        lines.push(String::new());
        lines.push(source.i18n.text("ics-description-exercises"));
        lines.extend(names.iter().map(|name| format!("- {name}")));
    }
    lines.push(String::new());
    lines.push(source.i18n.text("ics-description-today"));
    lines.join("\n")
}

/// The names of a phase's exercises in `lang` (the id when the catalog lacks one).
fn exercise_names(
    catalog: &Catalog,
    exercises: &[crate::model::PhaseExercise],
    lang: Lang,
) -> Vec<String> {
    exercises
        .iter()
        .map(|e| catalog.exercise_name(&e.exercise, lang).to_owned())
        .collect()
}

/// A display reminder before the session. The alarm gets its own UID (RFC 9074) and the
/// calendar's DTSTAMP: without them the `icalendar` crate would invent a random one and read the
/// clock.
fn reminder(source: &CalendarSource<'_>, session: &ScheduledSession, uid: &str) -> Alarm {
    let text = source.i18n.format(
        &Msg::new("ics-alarm")
            .arg("program", program_title(source))
            .num("number", session.number)
            .num("minutes", REMINDER_MINUTES),
    );
    Alarm::display(&text, -Duration::minutes(i64::from(REMINDER_MINUTES)))
        .uid(&format!("alarm-{uid}"))
        .timestamp(source.now.with_timezone(&Utc))
        .done()
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::catalog::LoadOptions;

    fn shipped() -> Catalog {
        Catalog::load(&LoadOptions {
            shipped: true,
            ..LoadOptions::default()
        })
    }

    fn sessions() -> Vec<ScheduledSession> {
        let date = |d| NaiveDate::from_ymd_opt(2026, 1, d).unwrap();
        vec![
            ScheduledSession {
                date: date(5),
                number: 1,
                week: 1,
                phase: 1,
                minutes: 30,
            },
            ScheduledSession {
                date: date(7),
                number: 2,
                week: 1,
                phase: 1,
                minutes: 30,
            },
        ]
    }

    /// Central European time: +02:00 from the last Sunday of March to the last Sunday of
    /// October, else +01:00 (to the day, which is enough for sessions at 18:00).
    fn brussels(local: NaiveDateTime) -> FixedOffset {
        use chrono::Datelike;
        let last_sunday = |month: u32| {
            let last = NaiveDate::from_ymd_opt(local.year(), month, 31).unwrap();
            last - Duration::days(i64::from(last.weekday().num_days_from_sunday()))
        };
        let summer = local.date() >= last_sunday(3) && local.date() < last_sunday(10);
        FixedOffset::east_opt(if summer { 7200 } else { 3600 }).unwrap()
    }

    /// The calendar of `sessions` of core-hip-strength at 18:00 in Brussels, made at `now`.
    fn render_at(lang: Lang, now: &str, sessions: &[ScheduledSession]) -> String {
        let catalog = shipped();
        let program = &catalog.programs["core-hip-strength"].value;
        let i18n = I18n::new(lang);
        let source = CalendarSource {
            program_id: "core-hip-strength",
            program,
            catalog: &catalog,
            i18n: &i18n,
            at: NaiveTime::from_hms_opt(18, 0, 0).unwrap(),
            now: DateTime::parse_from_rfc3339(now).unwrap(),
            offset_at: &brussels,
        };
        calendar(&source, sessions)
    }

    fn render(lang: Lang) -> String {
        render_at(lang, "2026-01-01T09:30:00+01:00", &sessions())
    }

    #[test]
    fn the_same_schedule_gives_the_same_file() {
        let text = render(Lang::En);
        assert_eq!(text, render(Lang::En));
        assert_eq!(text.matches("BEGIN:VEVENT").count(), 2);
        assert_eq!(text.matches("BEGIN:VALARM").count(), 2);
        assert_eq!(text.matches("DTSTAMP:20260101T083000Z").count(), 4);
        assert!(text.contains("UID:kern-core-hip-strength-1-2026-01-05@kern.local\r\n"));
        assert!(text.contains("DTSTART:20260105T170000Z\r\n"), "{text}");
        assert!(text.contains("DTEND:20260105T173000Z\r\n"));
        assert!(text.contains("TRIGGER:-PT1800S\r\n"));
        assert!(text.contains("SUMMARY:kern: Trunk and hip strength\\, session 1\r\n"));
    }

    #[test]
    fn times_are_utc_from_the_zone_of_each_date() {
        let on = |y, m, d| ScheduledSession {
            date: NaiveDate::from_ymd_opt(y, m, d).unwrap(),
            number: 1,
            week: 1,
            phase: 1,
            minutes: 30,
        };
        let sessions = [on(2026, 3, 27), on(2026, 3, 30)];
        let text = render_at(Lang::En, "2026-03-20T09:30:00+01:00", &sessions);
        // Before and after the clocks go forward: 18:00 local both times.
        assert!(text.contains("DTSTART:20260327T170000Z\r\n"), "{text}");
        assert!(text.contains("DTSTART:20260330T160000Z\r\n"), "{text}");
        let times = text
            .lines()
            .filter(|l| l.starts_with("DTSTART") || l.starts_with("DTEND"));
        assert!(
            times.clone().count() == 4 && times.clone().all(|l| l.ends_with('Z')),
            "no floating time"
        );
    }

    #[test]
    fn the_description_names_the_phase_and_its_exercises_in_the_language() {
        let unfolded = render(Lang::Nl).replace("\r\n ", "");
        assert!(unfolded.contains("Fase 1 van 3"), "{unfolded}");
        assert!(unfolded.contains("Controle"), "{unfolded}");
        assert!(unfolded.contains("\\n- "), "{unfolded}");
        assert!(!unfolded.contains("glute-bridge\\n"), "{unfolded}");
    }
}
