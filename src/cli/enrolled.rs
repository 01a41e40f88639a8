//! Loading what the plan commands share: the catalog, the current enrolment and its history, and
//! the enrolled program.

use chrono::{DateTime, FixedOffset};

use crate::catalog::Catalog;
use crate::i18n::Msg;
use crate::journal::Journal;
use crate::model::Program;
use crate::plan::History;

use super::Context;

/// Days of check-ins to read before a program's start (for the usual pain and flare-ups).
const LOOKBACK_DAYS: u32 = 28;

/// The catalog and the journal history of the current enrolment.
pub struct Enrolled {
    /// Everything kern loaded.
    pub catalog: Catalog,
    /// The history of the current enrolment (no enrolment: `history.enrolment` is `None`).
    pub history: History,
}

impl Enrolled {
    /// Loads the catalog and the journal as of `now`; unreadable journal files are named on
    /// stderr.
    pub fn load(context: &Context, now: DateTime<FixedOffset>) -> anyhow::Result<Enrolled> {
        let catalog = context.catalog_for_display();
        let data_dir = context.require_data_dir()?;
        let journal = Journal::new(&data_dir);
        let (_, mut loaded) = journal.current_program(now.date_naive(), LOOKBACK_DAYS);
        loaded
            .entries
            .retain(|e| e.at <= now || e.enrolment.is_some());
        crate::safety::add_screening_entries(&journal, &mut loaded.entries, now);
        for problem in &loaded.problems {
            eprintln!(
                "{}",
                context.t(Msg::new("journal-unreadable")
                    .arg("path", problem.path.display().to_string())
                    .arg("reason", problem.reason.as_str()))
            );
        }
        Ok(Enrolled {
            catalog,
            history: History::from_entries(&loaded.entries),
        })
    }

    /// The enrolled program's id and file, if the patient follows one that kern knows.
    pub fn program(&self) -> Option<(&str, &Program)> {
        let id = &self.history.enrolment.as_ref()?.program;
        self.catalog
            .programs
            .get(id)
            .map(|e| (id.as_str(), &e.value))
    }
}
