//! Reading what the lock needs from the whole journal: views that read only the current
//! program's weeks must still see a red flag answered before it started, and its clearance.

use chrono::{DateTime, FixedOffset};

use crate::journal::index::{Check, Index};
use crate::journal::store::apply_corrections;
use crate::journal::{Entry, EntryKind, Journal, read_entry};

/// The kinds the lock is worked out from.
pub const KINDS: [EntryKind; 2] = [EntryKind::RedFlags, EntryKind::Cleared];

/// Adds to `entries` every red-flag screen and clearance of the journal up to `now` that is not
/// there yet, keeping the order oldest first. They are found through the journal index (checked
/// against the month folders first: a file added, removed or renamed is seen), which knows the
/// months that hold them, so a long journal is not listed whole; the files themselves are read.
/// Files that cannot be read are left to the caller's own load to report.
pub fn add_screening_entries(
    journal: &Journal,
    entries: &mut Vec<Entry>,
    now: DateTime<FixedOffset>,
) {
    let before = entries.len();
    let found: Vec<Entry> = Index::open(journal, Check::Quick)
        .paths_of(&KINDS)
        .iter()
        .filter_map(|path| read_entry(path).ok())
        .collect();
    // As the journal reads them: a corrected screen as its newest correction.
    for entry in apply_corrections(found) {
        if KINDS.contains(&entry.kind)
            && entry.at <= now
            && !entries.iter().any(|e| e.id == entry.id)
        {
            entries.push(entry);
        }
    }
    if entries.len() > before {
        entries.sort_by(|a, b| a.at.cmp(&b.at).then_with(|| a.id.cmp(&b.id)));
    }
}

#[cfg(test)]
mod tests {
    use chrono::{NaiveDate, TimeZone};

    use super::*;
    use crate::journal::export::sample;
    use crate::journal::{Query, sample as years};

    fn now() -> DateTime<FixedOffset> {
        FixedOffset::east_opt(3600)
            .unwrap()
            .with_ymd_and_hms(2026, 11, 30, 12, 0, 0)
            .unwrap()
    }

    /// What reading every file gives.
    fn from_files(journal: &Journal) -> Vec<String> {
        let loaded = journal.load(&Query {
            until: Some(now().date_naive()),
            kinds: KINDS.to_vec(),
            ..Query::default()
        });
        loaded
            .entries
            .into_iter()
            .filter(|e| e.at <= now())
            .map(|e| e.id)
            .collect()
    }

    fn found(journal: &Journal) -> Vec<String> {
        let mut entries = Vec::new();
        add_screening_entries(journal, &mut entries, now());
        entries.into_iter().map(|e| e.id).collect()
    }

    #[test]
    fn screens_and_clearances_are_found_however_long_the_journal() {
        let dir = tempfile::tempdir().unwrap();
        let journal = Journal::new(dir.path());
        let mut entries = years::entries(NaiveDate::from_ymd_opt(2026, 10, 30).unwrap(), 800, 4);
        entries.extend(sample::journal());
        years::write_quickly(&journal, &entries).unwrap();
        let want = from_files(&journal);
        assert!(want.len() >= 2, "{want:?}");
        assert_eq!(found(&journal), want);
        // A screen copied in by hand, two years back, is seen; a removed one is gone.
        let screen = entries
            .iter()
            .find(|e| e.kind == EntryKind::RedFlags)
            .unwrap();
        let mut old = screen.clone();
        old.id = "2024-10-01T0900-red-flags-byhand".to_owned();
        old.at = FixedOffset::east_opt(3600)
            .unwrap()
            .with_ymd_and_hms(2024, 10, 1, 9, 0, 0)
            .unwrap();
        let by_hand = journal.path_of(old.at, &old.id);
        std::fs::write(&by_hand, old.to_toml().unwrap()).unwrap();
        assert!(found(&journal).contains(&old.id));
        assert_eq!(found(&journal), from_files(&journal));
        std::fs::remove_file(journal.path_of(screen.at, &screen.id)).unwrap();
        assert!(!found(&journal).contains(&screen.id));
        assert_eq!(found(&journal), from_files(&journal));
    }
}
