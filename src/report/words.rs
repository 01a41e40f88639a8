//! The report in plain words, in the chosen language: numbers with the language's decimal mark,
//! dates, names, and one sentence for each finding. Both renderings use the same sentences, so
//! the HTML and the Markdown say the same thing.

use chrono::NaiveDate;

use crate::catalog::Catalog;
use crate::describe;
use crate::i18n::{I18n, Msg};
use crate::journal::{EntryKind, SessionStatus};
use crate::model::{Lang, Weekday};
use crate::plan::outcomes::Change;
use crate::safety::{RedFlag, Urgency};

use super::{
    ActivityTrend, DatedDecision, Effort, FlareUp, Function, Note, NoteKind, Pain, RatingRow,
    RedFlags, Report, Screen,
};

/// Turns a report's numbers into text.
#[derive(Debug, Clone, Copy)]
pub struct Words<'a> {
    /// The messages in the chosen language.
    pub i18n: &'a I18n,
    /// The catalog, for the names of programs and exercises.
    pub catalog: &'a Catalog,
}

/// The text with its first letter in upper case.
fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// Which way a change went, for a measure where higher (`true`) or lower is better.
fn direction(change: &Change, higher_is_better: bool) -> &'static str {
    let difference = change.difference();
    if difference.abs() < 0.5 {
        "same"
    } else if (difference > 0.0) == higher_is_better {
        "better"
    } else {
        "worse"
    }
}

impl Words<'_> {
    /// The language.
    pub fn lang(&self) -> Lang {
        self.i18n.lang()
    }

    /// A message.
    pub fn t(&self, msg: Msg) -> String {
        self.i18n.format(&msg)
    }

    /// A message without arguments.
    pub fn text(&self, id: &str) -> String {
        self.i18n.text(id)
    }

    /// A number with one decimal, with a decimal comma in Dutch.
    pub fn dec(&self, value: f64) -> String {
        let text = format!("{value:.1}");
        match self.lang() {
            Lang::Nl => text.replace('.', ","),
            Lang::En => text,
        }
    }

    /// A date, ISO 8601 (unambiguous in both languages).
    pub fn date(&self, date: NaiveDate) -> String {
        date.format("%Y-%m-%d").to_string()
    }

    /// "2026-10-05 to 2026-11-08".
    pub fn period(&self, report: &Report) -> String {
        self.t(Msg::new("report-period")
            .arg("from", self.date(report.from))
            .arg("until", self.date(report.until)))
    }

    /// A program's title in the language, else its id.
    pub fn program_title(&self, id: &str) -> String {
        self.catalog.programs.get(id).map_or_else(
            || id.to_owned(),
            |p| p.value.title.get(self.lang()).to_owned(),
        )
    }

    /// An exercise's name in the language, else its id.
    pub fn exercise(&self, id: &str) -> String {
        self.catalog.exercise_name(id, self.lang()).to_owned()
    }

    /// "Monday, Wednesday, Friday".
    pub fn days(&self, days: &[Weekday]) -> String {
        describe::wording::weekdays(self.i18n, days)
    }

    /// "complete" or "partial".
    pub fn status(&self, status: SessionStatus) -> String {
        describe::wording::status(self.i18n, status)
    }

    /// An optional 0–10 score, or a dash.
    pub fn opt(&self, value: Option<u8>) -> String {
        value.map_or_else(|| "–".to_owned(), |v| v.to_string())
    }

    /// An optional mean, or a dash.
    pub fn opt_dec(&self, value: Option<f64>) -> String {
        value.map_or_else(|| "–".to_owned(), |v| self.dec(v))
    }

    /// Whether a change is meaningful, in words, for the measure named by `id`.
    fn meaningful(&self, id: &str, change: &Change) -> String {
        let state = if change.meaningful { "yes" } else { "no" };
        self.text(&format!("report-{id}-meaningful-{state}"))
    }

    /// The sentence on pain, start against now.
    pub fn pain(&self, pain: &Pain) -> String {
        let Some(change) = pain.change else {
            let id = if pain.daily.is_empty() {
                "report-pain-no-data"
            } else {
                "report-pain-too-short"
            };
            return self.text(id);
        };
        let points = change.difference().abs();
        let percent = if change.start > 0.0 {
            (points / change.start * 100.0).round() as i64
        } else {
            0
        };
        self.t(
            Msg::new(format!("report-pain-{}", direction(&change, false)))
                .arg("start", self.dec(change.start))
                .arg("now", self.dec(change.now))
                .arg("points", self.dec(points))
                .num("percent", percent)
                .arg("meaningful", self.meaningful("pain", &change)),
        )
    }

    /// The sentence on pain around sessions, when any was noted.
    pub fn pain_sessions(&self, pain: &Pain) -> Option<String> {
        let mean = |list: &[(NaiveDate, u8)]| {
            (!list.is_empty())
                .then(|| list.iter().map(|(_, v)| f64::from(*v)).sum::<f64>() / list.len() as f64)
        };
        let (before, during, after) = (mean(&pain.before), mean(&pain.during), mean(&pain.after));
        if before.is_none() && during.is_none() && after.is_none() {
            return None;
        }
        Some(
            self.t(Msg::new("report-pain-sessions")
                .arg("before", self.opt_dec(before))
                .arg("during", self.opt_dec(during))
                .arg("after", self.opt_dec(after))),
        )
    }

    /// The sentence on function, first against latest.
    pub fn function(&self, function: &Function) -> String {
        let Some(change) = function.change else {
            return match function.scorings.first() {
                None => self.text("report-function-no-data"),
                Some(once) => self.t(Msg::new("report-function-once")
                    .arg("mean", self.dec(once.mean))
                    .arg("date", self.date(once.date))),
            };
        };
        self.t(
            Msg::new(format!("report-function-{}", direction(&change, true)))
                .arg("start", self.dec(change.start))
                .arg("now", self.dec(change.now))
                .arg("points", self.dec(change.difference().abs()))
                .arg("meaningful", self.meaningful("function", &change)),
        )
    }

    /// An activity's change: "+3 (meaningful)", or a dash when scored once.
    pub fn activity_change(&self, trend: &ActivityTrend) -> String {
        let Some(change) = trend.change() else {
            return "–".to_owned();
        };
        let difference = change.difference();
        let signed = if difference > 0.0 {
            format!("+{difference:.0}")
        } else {
            format!("{difference:.0}")
        };
        if change.meaningful {
            self.t(Msg::new("report-activity-meaningful").arg("change", signed))
        } else {
            signed
        }
    }

    /// The sentence on sessions planned and done.
    pub fn adherence(&self, report: &Report) -> String {
        let a = &report.adherence;
        let Some(percent) = a.percent() else {
            return self.text(match &report.program {
                None => "report-adherence-no-program",
                Some(_) => "report-adherence-nothing-planned",
            });
        };
        self.t(Msg::new("report-adherence")
            .num("planned", a.planned())
            .num("done", a.done())
            .num("partial", a.partial())
            .num("missed", a.missed())
            .num("percent", percent))
    }

    /// How planned sessions are counted.
    pub fn adherence_how(&self, report: &Report) -> Option<String> {
        let p = report.program.as_ref()?;
        Some(
            self.t(Msg::new("report-adherence-how")
                .num("per_week", p.sessions_per_week)
                .arg("days", self.days(&p.weekdays))
                .arg("start", self.date(p.start_date))),
        )
    }

    /// The sentence on effort.
    pub fn effort(&self, effort: &Effort) -> String {
        let Some((mean, low, high)) = effort.summary() else {
            return self.text("report-effort-no-data");
        };
        self.t(Msg::new("report-effort")
            .arg("mean", self.dec(mean))
            .num("low", low)
            .num("high", high)
            .num("count", effort.sessions.len() as i64))
    }

    /// A global rating: "+4 (much better)".
    pub fn rating(&self, row: &RatingRow) -> String {
        let value = if row.rating > 0 {
            format!("+{}", row.rating)
        } else {
            row.rating.to_string()
        };
        if row.much_better() {
            self.t(Msg::new("report-rating-much-better").arg("rating", value))
        } else {
            value
        }
    }

    /// One flare-up.
    pub fn flare_up(&self, flare: &FlareUp, report: &Report) -> String {
        let rules = report
            .program
            .as_ref()
            .map(|p| p.rules.clone())
            .unwrap_or_default();
        self.t(Msg::new("report-flare-up")
            .arg("from", self.date(flare.recognised))
            .arg("until", self.date(flare.until))
            .num("percent", rules.flare_up_volume_percent))
    }

    /// The sentence when there was no flare-up.
    pub fn no_flare_ups(&self, report: &Report) -> String {
        let rules = report
            .program
            .as_ref()
            .map(|p| p.rules.clone())
            .unwrap_or_default();
        let usual = report
            .pain
            .usual
            .map_or_else(|| "–".to_owned(), |u| u.get().to_string());
        self.t(Msg::new("report-flare-ups-none")
            .num("rise", rules.flare_up_pain_rise)
            .num("hours", rules.flare_up_hours)
            .arg("usual", usual))
    }

    /// What an urgency means, in words.
    pub fn urgency(&self, urgency: Urgency) -> String {
        describe::wording::urgency(self.i18n, urgency)
    }

    /// One red-flag screen.
    pub fn screen(&self, screen: &Screen) -> String {
        let mut line = self.t(Msg::new("report-red-flags-screen")
            .num("answered", screen.answered as i64)
            .num("yes", screen.present.len() as i64)
            .arg("outcome", self.urgency(screen.outcome)));
        if screen.clinician_checked && screen.outcome != Urgency::Clear {
            line.push(' ');
            line.push_str(&self.text("report-red-flags-checked"));
        }
        line
    }

    /// A clinician's check: "Cleared by a physiotherapist on DATE (recorded DATE)." and the note.
    pub fn cleared(&self, cleared: &super::Cleared) -> String {
        let mut line = self.t(Msg::new("report-red-flags-cleared")
            .arg(
                "by",
                cleared.by.map_or("unknown", crate::safety::Clinician::name),
            )
            .arg("date", self.date(cleared.checked_on))
            .arg("recorded", self.date(cleared.recorded)));
        if let Some(note) = &cleared.note {
            line.push_str(&format!(" “{note}”"));
        }
        line
    }

    /// An adverse event: what, how bad, the exercise by name, the pain, who recorded it, the
    /// patient's words.
    pub fn adverse(&self, event: &crate::safety::AdverseEvent) -> String {
        let exercise = event.exercise.as_deref().map(|id| self.exercise(id));
        let mut line = crate::describe::adverse_detail(
            self.i18n,
            event.what.name(),
            event.severity.name(),
            exercise.as_deref(),
            event.pain.map(|p| p.get()),
        );
        if event.recorded_by == crate::safety::RecordedBy::Coach {
            line.push_str(&format!(" ({})", self.text("adverse-by-coach")));
        }
        if let Some(note) = &event.note {
            line.push_str(&format!(" “{note}”"));
        }
        line
    }

    /// A red flag's short name.
    pub fn flag(&self, flag: RedFlag) -> String {
        self.text(&format!("report-flag-{}", flag.id()))
    }

    /// The weekly "anything new?" answers, when any were given.
    pub fn weekly(&self, flags: &RedFlags) -> Option<String> {
        if flags.weekly_no == 0 && flags.weekly_yes.is_empty() {
            return None;
        }
        let dates: Vec<String> = flags.weekly_yes.iter().map(|d| self.date(*d)).collect();
        Some(
            self.t(Msg::new("report-red-flags-weekly")
                .num("no", flags.weekly_no)
                .num("yes", flags.weekly_yes.len() as i64)
                .arg("dates", dates.join(", "))),
        )
    }

    /// A decision in plain words: what changed, and why.
    pub fn decision_parts(&self, d: &DatedDecision, report: &Report) -> (String, String) {
        let rules = report
            .program
            .as_ref()
            .map(|p| p.rules.clone())
            .unwrap_or_default();
        let (what, why) = describe::decision_parts(self.i18n, self.catalog, &rules, &d.decision);
        (what, capitalise(&why))
    }

    /// A decision as one sentence, as the coach shows it.
    pub fn decision(&self, d: &DatedDecision, report: &Report) -> String {
        let rules = report
            .program
            .as_ref()
            .map(|p| p.rules.clone())
            .unwrap_or_default();
        describe::decision(self.i18n, self.catalog, &rules, &d.decision)
    }

    /// Where a note was written.
    pub fn note_source(&self, note: &Note) -> String {
        match &note.kind {
            NoteKind::CheckIn => describe::wording::entry_kind(self.i18n, EntryKind::CheckIn),
            NoteKind::Session => describe::wording::entry_kind(self.i18n, EntryKind::Session),
            NoteKind::Enrolment => describe::wording::entry_kind(self.i18n, EntryKind::Enrolment),
            NoteKind::Skip(id) => {
                self.t(Msg::new("report-note-skip").arg("exercise", self.exercise(id)))
            }
        }
    }
}
