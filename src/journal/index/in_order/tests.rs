//! The order of an export read month by month is the order of reading every file, where month
//! folders and moments disagree: time zones across a month's end, a correction that moves an
//! entry to another month, an entry whose time was changed by hand in its old folder.

use chrono::{DateTime, Duration, FixedOffset, NaiveDate};

use super::super::super::Entry;
use super::super::Check;
use super::super::tests::written;
use super::super::whole::tests::{exported, settle};
use super::*;
use crate::journal::export::load_raw;
use crate::journal::sample as years;
use crate::journal::store::new_id;
use crate::journal::{EntryKind, Journal};

fn at(text: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(text).unwrap()
}

fn check_in(when: &str, seed: u64) -> Entry {
    years::check_in(at(when), 5, &mut fastrand::Rng::with_seed(seed))
}

/// A correction of `original` recorded `later` after it, saying it happened at `when`.
fn correction(original: &Entry, when: &str, later: i64, pain: u8, seed: u64) -> Entry {
    let mut rng = fastrand::Rng::with_seed(seed);
    let moment = at(when);
    let mut fixed = years::check_in(moment, pain, &mut rng);
    fixed.id = new_id(moment, EntryKind::CheckIn, &mut rng);
    fixed.amends = Some(original.id.clone());
    fixed.recorded_at = original.recorded_at + Duration::hours(later);
    fixed
}

/// Writes an entry into the folder of another moment (as when its time was changed by hand in
/// an editor: the file stays where it was).
fn misfiled(journal: &Journal, entry: &Entry, folder_of: &str) {
    let mut placed = entry.clone();
    placed.at = at(folder_of);
    let path = journal
        .path_for(&placed)
        .with_file_name(format!("{}.toml", entry.id));
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, entry.to_toml().unwrap()).unwrap();
}

/// Both exports, from the index (before and after its copy is made and trusted), are what
/// reading every file gives.
fn same_as_the_files(journal: &Journal, query: &Query) {
    for round in 0..3 {
        let raw = load_raw(journal, query);
        assert!(raw.problems.is_empty(), "{:?}", raw.problems);
        let (stored, _) = exported(journal, query, Order::Stored);
        let ids = |entries: &[Entry]| entries.iter().map(|e| e.id.clone()).collect::<Vec<_>>();
        assert_eq!(ids(&stored), ids(&raw.entries), "round {round}: {query:?}");
        assert_eq!(stored, raw.entries);
        let (corrected, _) = exported(journal, query, Order::Corrected);
        let loaded = journal.load(query).entries;
        assert_eq!(ids(&corrected), ids(&loaded), "round {round}: {query:?}");
        assert_eq!(corrected, loaded);
        settle(journal);
    }
}

fn queries() -> Vec<Query> {
    let day = |d| NaiveDate::from_ymd_opt(2026, 10, d);
    vec![
        Query::default(),
        Query {
            since: day(31),
            ..Query::default()
        },
        Query {
            until: day(31),
            ..Query::default()
        },
    ]
}

#[test]
fn entries_across_a_months_end_in_other_time_zones_come_by_their_moment() {
    let entries = vec![
        // In the November folder, but before everything in the October folder below.
        check_in("2026-11-01T00:30:00+14:00", 1),
        check_in("2026-11-01T09:00:00+02:00", 2),
        // In the October folder, but after the two above.
        check_in("2026-10-31T23:30:00-12:00", 3),
        check_in("2026-10-31T20:00:00-05:00", 4),
        // The same moment in two zones and folders: by when written, then id.
        check_in("2026-10-31T23:00:00-01:00", 5),
        check_in("2026-11-01T01:00:00+01:00", 6),
        check_in("2026-10-15T12:00:00+01:00", 7),
        check_in("2026-11-15T12:00:00+01:00", 8),
        check_in("2026-12-01T00:10:00+13:00", 9),
        check_in("2026-11-30T18:00:00-10:00", 10),
    ];
    let (_dir, journal) = written(&entries);
    for query in queries() {
        same_as_the_files(&journal, &query);
    }
    let (stored, _) = exported(&journal, &Query::default(), Order::Stored);
    assert_eq!(stored[1].id, entries[0].id, "November's first comes early");
}

#[test]
fn a_correction_that_moves_an_entry_to_another_month_comes_in_its_new_place() {
    let mut entries: Vec<Entry> = (0..40)
        .map(|i| {
            let day = NaiveDate::from_ymd_opt(2026, 9, 1).unwrap() + Duration::days(i * 3);
            check_in(&format!("{day}T10:00:00+02:00"), i as u64)
        })
        .collect();
    let moved_later = entries[3].clone();
    let moved_earlier = entries[35].clone();
    entries.push(correction(
        &moved_later,
        "2026-11-20T11:00:00+01:00",
        2,
        7,
        101,
    ));
    // Two corrections of one entry: the newest wins, wherever it is.
    entries.push(correction(
        &moved_earlier,
        "2026-12-28T10:00:00+01:00",
        1,
        2,
        102,
    ));
    entries.push(correction(
        &moved_earlier,
        "2026-09-02T08:00:00+02:00",
        5,
        3,
        103,
    ));
    // A correction of an entry that is not in the journal changes nothing.
    let gone = check_in("2026-10-10T10:00:00+02:00", 104);
    entries.push(correction(&gone, "2026-10-11T10:00:00+02:00", 1, 1, 105));
    let (_dir, journal) = written(&entries);
    for query in queries() {
        same_as_the_files(&journal, &query);
    }
    let (corrected, _) = exported(&journal, &Query::default(), Order::Corrected);
    let place = |amends: &str| {
        corrected
            .iter()
            .position(|e| e.amends.as_deref() == Some(amends))
            .unwrap()
    };
    assert_eq!(place(&moved_earlier.id), 1, "early September now");
    assert!(place(&moved_later.id) > 20, "late November now");
}

#[test]
fn an_entry_whose_time_was_changed_by_hand_comes_by_its_time_not_its_folder() {
    let entries: Vec<Entry> = (0..60)
        .map(|i| {
            let day = NaiveDate::from_ymd_opt(2026, 8, 1).unwrap() + Duration::days(i * 2);
            check_in(&format!("{day}T10:00:00+02:00"), i as u64)
        })
        .collect();
    let (_dir, journal) = written(&entries);
    // Far earlier and far later than the folder it stays in.
    let early = check_in("2026-08-02T07:00:00+02:00", 201);
    misfiled(&journal, &early, "2026-11-15T12:00:00+01:00");
    let late = check_in("2026-11-20T07:00:00+01:00", 202);
    misfiled(&journal, &late, "2026-08-20T12:00:00+02:00");
    for query in queries() {
        same_as_the_files(&journal, &query);
    }
    let (stored, _) = exported(&journal, &Query::default(), Order::Stored);
    assert_eq!(stored[1].id, early.id);
}

#[test]
fn an_export_holds_about_a_month_of_entries_whatever_the_journals_length() {
    let mut entries = years::entries(NaiveDate::from_ymd_opt(2026, 11, 25).unwrap(), 730, 21);
    // Across every month's end, another time zone.
    let mut day = NaiveDate::from_ymd_opt(2024, 12, 31).unwrap();
    for seed in 0..23 {
        entries.push(check_in(&format!("{day}T23:30:00-11:00"), 300 + seed));
        day = (day + Duration::days(1))
            .checked_add_months(chrono::Months::new(1))
            .unwrap()
            - Duration::days(1);
    }
    let (_dir, journal) = written(&entries);
    let biggest_month = journal
        .month_dirs()
        .unwrap()
        .iter()
        .map(|(_, _, dir)| std::fs::read_dir(dir).unwrap().count())
        .max()
        .unwrap();
    let index = Index::open(&journal, Check::Full);
    for order in [Order::Stored, Order::Corrected] {
        let mut most_held = 0;
        let mut handed = 0;
        index
            .walk(
                &journal,
                &Query::default(),
                order,
                |_| {
                    handed += 1;
                    Ok(())
                },
                &mut most_held,
            )
            .unwrap();
        assert!(handed > 1400, "{handed}");
        assert!(
            most_held <= 2 * biggest_month,
            "{order:?}: held {most_held} at once; the biggest month has {biggest_month}"
        );
    }
}
