//! The report for the physiotherapist (`kern report`): what the patient's journal shows over a
//! period, gathered into plain numbers by [`gather`] and rendered, in English or Dutch, as one
//! self-contained HTML file ([`html`], for screen and A4 paper) or as Markdown ([`markdown`], for
//! mail and plain text).
//!
//! - [`adherence`]: sessions planned (from the enrolment's days), done, partial and missed, a week;
//! - [`measures`]: pain, function, effort and the global rating, with CLINICAL.md's markers of a
//!   meaningful change;
//! - [`events`]: the sessions one by one, dose decisions, flare-ups, red-flag answers and notes;
//! - [`words`]: the plain sentences and numbers in the chosen language;
//! - [`chart`]: the figures, drawn with plotters into SVG text;
//! - [`tables`] and [`document`]: what the report says, in order, shared by both renderings.
//!
//! Gathering reads no clock and no file: the caller passes the entries, the catalog and `now`.

pub mod adherence;
mod axis;
pub mod chart;
pub mod document;
pub mod events;
pub mod html;
pub mod markdown;
pub mod measures;
pub mod tables;
pub mod walking;
pub mod words;

use chrono::{DateTime, FixedOffset, NaiveDate};

use crate::catalog::Catalog;
use crate::i18n::I18n;
use crate::journal::{Enrolment, Entry, Score};
use crate::model::{LocalizedText, Progression, Weekday};
use crate::plan::History;

pub use adherence::{Adherence, Week};
pub use events::{
    Adverse, Cleared, DatedDecision, FlareUp, Note, NoteKind, RedFlags, Screen, SessionRow,
};
pub use measures::{ActivityTrend, Effort, Function, Pain, PainWeek, RatingRow, Scoring};

/// How a report is written out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// One self-contained HTML page.
    Html,
    /// Markdown, for mail and plain text.
    Markdown,
}

/// The report as text, in `i18n`'s language.
pub fn render(report: &Report, i18n: &I18n, catalog: &Catalog, format: Format) -> String {
    let words = words::Words { i18n, catalog };
    let doc = document::document(report, &words);
    match format {
        Format::Html => html::render(&doc, i18n.lang().code()),
        Format::Markdown => markdown::render(&doc),
    }
}

/// What a report is made from.
#[derive(Debug, Clone, Copy)]
pub struct Input<'a> {
    /// Journal entries, oldest first, corrections applied (as [`crate::journal::Journal::load`]
    /// gives them). Entries before `since` may be included: the enrolment is looked for there.
    pub entries: &'a [Entry],
    /// The catalog, for the program and the exercises' names.
    pub catalog: &'a Catalog,
    /// The first day to report on (default: the program's start, else the first entry).
    pub since: Option<NaiveDate>,
    /// The last day to report on (default, and at most: the day of `now`).
    pub until: Option<NaiveDate>,
    /// When the report is made. Nothing after it is counted, not even a session planned later
    /// that day.
    pub now: DateTime<FixedOffset>,
    /// Journal files that could not be read (the report says so).
    pub unreadable: usize,
}

/// The program followed, as the enrolment and the catalog describe it.
#[derive(Debug, Clone, PartialEq)]
pub struct ProgramInfo {
    /// The program's id.
    pub id: String,
    /// Its title, when the catalog knows the program.
    pub title: Option<LocalizedText>,
    /// Who wrote it, when the catalog knows the program.
    pub author: Option<String>,
    /// The version the patient enrolled on.
    pub version: u32,
    /// The first day.
    pub start_date: NaiveDate,
    /// The patient's chosen days.
    pub weekdays: Vec<Weekday>,
    /// The patient's own activities for the function score.
    pub activities: Vec<String>,
    /// The patient's usual pain at the start.
    pub usual_pain: Option<Score>,
    /// Sessions a week.
    pub sessions_per_week: u32,
    /// Length in weeks.
    pub weeks: u32,
    /// Complete sessions from the start up to the report's last day.
    pub completed: u32,
    /// The progression rules (for the decisions' reasons).
    pub rules: Progression,
}

impl ProgramInfo {
    /// Sessions in the whole program.
    pub fn total_sessions(&self) -> u32 {
        self.weeks * self.sessions_per_week
    }
}

/// Everything the report shows, in numbers; [`words`] turns it into sentences.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// When it was made.
    pub made: DateTime<FixedOffset>,
    /// The first day covered.
    pub from: NaiveDate,
    /// The last day covered.
    pub until: NaiveDate,
    /// The program in force on the last day, if any.
    pub program: Option<ProgramInfo>,
    /// Starts, switches and stops within the period, with their dates.
    pub enrolments: Vec<(NaiveDate, Enrolment)>,
    /// Sessions planned and done, a week.
    pub adherence: Adherence,
    /// Walks recorded (the daily activity of rest days).
    pub walking: walking::Walking,
    /// Pain over time.
    pub pain: Pain,
    /// Function on the patient's own activities.
    pub function: Function,
    /// Effort after sessions.
    pub effort: Effort,
    /// Global ratings of change.
    pub ratings: Vec<RatingRow>,
    /// Every session, oldest first.
    pub sessions: Vec<SessionRow>,
    /// Dose decisions worth telling, oldest first.
    pub decisions: Vec<DatedDecision>,
    /// Decisions left out because a dose simply stayed (waiting for a second good session, or at
    /// the top of its ladder).
    pub routine_holds: usize,
    /// Flare-ups recognised in the period.
    pub flare_ups: Vec<FlareUp>,
    /// Red-flag screens and weekly answers.
    pub red_flags: RedFlags,
    /// Adverse events, oldest first.
    pub adverse_events: Vec<Adverse>,
    /// The patient's notes, oldest first.
    pub notes: Vec<Note>,
    /// Journal entries within the period.
    pub entries: usize,
    /// Journal files that could not be read.
    pub unreadable: usize,
}

/// Gathers the report: the period, the program, and every measure and event within the period.
pub fn gather(input: &Input<'_>) -> Report {
    let today = input.now.date_naive();
    let until = input.until.map_or(today, |u| u.min(today));
    let known: Vec<Entry> = input
        .entries
        .iter()
        .filter(|e| e.at <= input.now && e.at.date_naive() <= until)
        .cloned()
        .collect();
    let history = History::from_entries(&known);
    let program = history
        .enrolment
        .as_ref()
        .map(|e| program_info(e, input.catalog, &history, until));
    let from = input
        .since
        .or(program.as_ref().map(|p| p.start_date))
        .or(known.first().map(|e| e.at.date_naive()))
        .unwrap_or(until)
        .min(until);
    let within: Vec<Entry> = known
        .into_iter()
        .filter(|e| e.at.date_naive() >= from)
        .collect();
    let rules = program
        .as_ref()
        .map_or_else(Progression::default, |p| p.rules.clone());
    let usual = crate::plan::today::usual(&history);
    let (decisions, routine_holds) = events::decisions(&within, &rules);
    Report {
        made: input.now,
        from,
        until,
        adherence: adherence::adherence(program.as_ref(), &history, from, until, today),
        walking: walking::walking(&within),
        enrolments: within
            .iter()
            .filter_map(|e| Some((e.at.date_naive(), e.enrolment.clone()?)))
            .collect(),
        pain: measures::pain(&within, from, until, usual),
        function: measures::function(&within, program.as_ref()),
        effort: measures::effort(&within),
        ratings: measures::ratings(&within),
        sessions: events::sessions(&within),
        decisions,
        routine_holds,
        flare_ups: events::flare_ups(&history, usual, &rules, from, until),
        red_flags: RedFlags {
            locked: crate::safety::lock_state(&history.screening),
            ..events::red_flags(&within)
        },
        adverse_events: events::adverse_events(&within),
        notes: events::notes(&within),
        entries: within.len(),
        unreadable: input.unreadable,
        program,
    }
}

fn program_info(
    enrolment: &Enrolment,
    catalog: &Catalog,
    history: &History,
    until: NaiveDate,
) -> ProgramInfo {
    let program = catalog.programs.get(&enrolment.program).map(|p| &p.value);
    let completed = history
        .sessions
        .iter()
        .filter(|s| s.at.date_naive() <= until)
        .filter(|s| s.value.status == crate::journal::SessionStatus::Complete)
        .count() as u32;
    ProgramInfo {
        id: enrolment.program.clone(),
        title: program.map(|p| p.title.clone()),
        author: program.map(|p| p.author.clone()),
        version: enrolment.program_version,
        start_date: enrolment.start_date,
        weekdays: if enrolment.weekdays.is_empty() {
            program.map(|p| p.weekdays.clone()).unwrap_or_default()
        } else {
            enrolment.weekdays.clone()
        },
        activities: enrolment.activities.clone(),
        usual_pain: enrolment.usual_pain,
        sessions_per_week: program.map_or(0, |p| p.sessions_per_week),
        weeks: program.map_or(0, |p| p.weeks),
        completed,
        rules: program.map(|p| p.progression.clone()).unwrap_or_default(),
    }
}
