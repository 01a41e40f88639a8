//! The copy of whole entries gives what the files hold, and is written only when something
//! changed.

use chrono::NaiveDate;
use proptest::prelude::*;

use super::super::super::Entry;
use super::super::tests::{apply, change, random_journal, written};
use super::super::{Check, Order};
use super::*;
use crate::journal::export::load_raw;
use crate::journal::{EntryKind, sample as years};

/// Makes every entry in the whole-entries file count as read long after its file changed (as it
/// is when the next export comes more than a second later).
pub(in super::super) fn settle(journal: &Journal) {
    let file = fs::File::options()
        .write(true)
        .open(whole_path(journal))
        .unwrap();
    let later = std::time::SystemTime::now() + std::time::Duration::from_secs(60);
    file.set_modified(later).unwrap();
}

/// What an export from the index hands over, in its order, and the files it could not read.
pub(in super::super) fn exported(
    journal: &Journal,
    query: &Query,
    order: Order,
) -> (Vec<Entry>, Vec<Problem>) {
    let mut entries = Vec::new();
    let problems = Index::open(journal, Check::Full)
        .for_each_entry(journal, query, order, |handed| {
            entries.push(handed.entry()?);
            Ok(())
        })
        .unwrap();
    (entries, problems)
}

/// The entries the copy holds.
fn kept(journal: &Journal) -> Option<usize> {
    let file = PartFile::open(&whole_path(journal), WHOLE_MAGIC).ok()?;
    let mut count = 0;
    for part in file.parts() {
        count += decode_month(&file.read(part).ok()?).ok()?.len();
    }
    Some(count)
}

/// The index's copy gives what reading every file gives, in the same order: raw (JSON export)
/// and corrected (CSV, FHIR).
fn agrees(journal: &Journal, query: &Query) -> Result<(), TestCaseError> {
    let (stored, problems) = exported(journal, query, Order::Stored);
    let raw = load_raw(journal, query);
    prop_assert_eq!(&stored, &raw.entries);
    prop_assert_eq!(&problems, &raw.problems);
    let (corrected, problems) = exported(journal, query, Order::Corrected);
    let loaded = journal.load(query);
    prop_assert_eq!(&corrected, &loaded.entries);
    prop_assert_eq!(&problems, &loaded.problems);
    Ok(())
}

fn a_year() -> Vec<Entry> {
    years::entries(NaiveDate::from_ymd_opt(2026, 11, 25).unwrap(), 70, 7)
}

#[test]
fn an_export_keeps_every_entry_and_the_next_one_reads_no_file() {
    let (_dir, journal) = written(&a_year());
    let (first, _) = exported(&journal, &Query::default(), Order::Stored);
    assert_eq!(kept(&journal), Some(first.len()));
    settle(&journal);
    let written_at = fs::metadata(whole_path(&journal))
        .unwrap()
        .modified()
        .unwrap();
    for order in [Order::Stored, Order::Corrected] {
        let (again, _) = exported(&journal, &Query::default(), order);
        assert_eq!(again.len(), first.len());
    }
    let now = fs::metadata(whole_path(&journal))
        .unwrap()
        .modified()
        .unwrap();
    assert_eq!(now, written_at, "nothing changed, nothing written");
}

#[test]
fn entries_read_too_soon_after_their_file_changed_are_trusted_from_the_next_export_on() {
    let (_dir, journal) = written(&a_year());
    let at = chrono::DateTime::parse_from_rfc3339("2026-11-20T09:00:00+01:00").unwrap();
    let mut rng = fastrand::Rng::with_seed(3);
    let new = journal.write(&years::check_in(at, 4, &mut rng)).unwrap();
    exported(&journal, &Query::default(), Order::Stored);
    // As if the copy had been written half a second after the new file: too soon to trust it.
    let changed = fs::metadata(&new).unwrap().modified().unwrap();
    let copy = || {
        fs::metadata(whole_path(&journal))
            .unwrap()
            .modified()
            .unwrap()
    };
    let file = fs::File::options()
        .write(true)
        .open(whole_path(&journal))
        .unwrap();
    file.set_modified(changed + std::time::Duration::from_millis(500))
        .unwrap();
    drop(file);
    let before = copy();
    std::thread::sleep(std::time::Duration::from_millis(1100));
    exported(&journal, &Query::default(), Order::Stored);
    let after = copy();
    assert!(after > before, "read from the file, so written again");
    exported(&journal, &Query::default(), Order::Stored);
    assert_eq!(copy(), after, "then trusted: nothing read, nothing written");
}

#[test]
fn a_damaged_copy_is_read_again_from_the_files() {
    let (_dir, journal) = written(&a_year());
    let want = load_raw(&journal, &Query::default()).entries;
    exported(&journal, &Query::default(), Order::Stored);
    let bytes = fs::read(whole_path(&journal)).unwrap();
    for damaged in [bytes[..bytes.len() / 2].to_vec(), b"junk".to_vec()] {
        fs::write(whole_path(&journal), damaged).unwrap();
        let (got, _) = exported(&journal, &Query::default(), Order::Stored);
        assert_eq!(got, want);
        assert_eq!(kept(&journal), Some(want.len()), "written again");
    }
}

#[test]
fn an_export_that_stops_early_leaves_the_copy_as_it_was() {
    let (_dir, journal) = written(&a_year());
    let index = Index::open(&journal, Check::Full);
    let mut handed = 0;
    let stopped = index.for_each_entry(&journal, &Query::default(), Order::Stored, |_| {
        handed += 1;
        if handed == 10 {
            return Err(std::io::Error::other("the reader went away"));
        }
        Ok(())
    });
    assert!(stopped.is_err());
    assert_eq!(handed, 10);
    assert!(!whole_path(&journal).exists(), "no half copy");
    let leftovers = fs::read_dir(journal.dir().parent().unwrap())
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .starts_with('.')
        })
        .count();
    assert_eq!(leftovers, 0, "no temporary file left");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(10))]

    /// Whatever the journal and whatever happens to it, an export from the index's copy holds
    /// what the files hold, in the same order.
    #[test]
    fn exports_from_the_index_are_what_the_files_hold(
        days in 1u32..90,
        seed in any::<u64>(),
        with_corrections in any::<bool>(),
        changes in proptest::collection::vec(change(), 0..5),
        since in proptest::option::of(0u64..200),
        kind in proptest::option::of(0usize..6),
    ) {
        let (_dir, journal) = random_journal(days, seed, with_corrections);
        let query = Query {
            since: since
                .map(|d| NaiveDate::from_ymd_opt(2026, 6, 1).unwrap() + chrono::Days::new(d)),
            until: None,
            kinds: kind.map(|k| vec![EntryKind::ALL[k]]).unwrap_or_default(),
        };
        agrees(&journal, &query)?;
        if whole_path(&journal).exists() {
            settle(&journal);
        }
        agrees(&journal, &query)?;
        agrees(&journal, &Query::default())?;
        for change in &changes {
            apply(&journal, change);
            agrees(&journal, &query)?;
        }
    }
}
