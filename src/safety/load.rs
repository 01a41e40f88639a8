//! Reading what the lock needs from the whole journal: views that read only the current
//! program's weeks must still see a red flag answered before it started, and its clearance.

use chrono::{DateTime, FixedOffset};

use crate::journal::{Entry, EntryKind, Journal, Query};

/// The kinds the lock is worked out from.
pub const KINDS: [EntryKind; 2] = [EntryKind::RedFlags, EntryKind::Cleared];

/// Adds to `entries` every red-flag screen and clearance of the journal up to `now` that is not
/// there yet, keeping the order oldest first. Files that cannot be read are left to the caller's
/// own load to report.
pub fn add_screening_entries(
    journal: &Journal,
    entries: &mut Vec<Entry>,
    now: DateTime<FixedOffset>,
) {
    let loaded = journal.load(&Query {
        until: Some(now.date_naive()),
        kinds: KINDS.to_vec(),
        ..Query::default()
    });
    let before = entries.len();
    for entry in loaded.entries {
        if entry.at <= now && !entries.iter().any(|e| e.id == entry.id) {
            entries.push(entry);
        }
    }
    if entries.len() > before {
        entries.sort_by(|a, b| a.at.cmp(&b.at).then_with(|| a.id.cmp(&b.id)));
    }
}
