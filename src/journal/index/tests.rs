use std::fs;

use chrono::NaiveDate;
use proptest::prelude::*;

use super::*;
use crate::journal::export::{backup, json, merge, sample};
use crate::journal::{Entry, EntryKind, sample as years};

pub(super) fn written(entries: &[Entry]) -> (tempfile::TempDir, Journal) {
    let dir = tempfile::tempdir().unwrap();
    let journal = Journal::new(dir.path());
    years::write_quickly(&journal, entries).unwrap();
    (dir, journal)
}

/// A generated journal of `days` days up to 2026-11-25, with the sample's corrections when asked:
/// what the property tests start from.
pub(super) fn random_journal(
    days: u32,
    seed: u64,
    with_corrections: bool,
) -> (tempfile::TempDir, Journal) {
    let mut entries = years::entries(NaiveDate::from_ymd_opt(2026, 11, 25).unwrap(), days, seed);
    if with_corrections {
        entries.extend(sample::journal());
    }
    written(&entries)
}

/// What the views would show reading every file.
fn from_files(journal: &Journal, query: &Query) -> Summaries {
    let loaded = journal.load(query);
    Summaries {
        entries: loaded.entries.iter().map(Summary::of).collect(),
        problems: loaded.problems,
    }
}

/// The index agrees with the files, at both levels of checking, for every kind and for all.
fn assert_agrees(journal: &Journal) {
    let mut queries = vec![Query::default()];
    for kind in EntryKind::ALL {
        queries.push(Query {
            kinds: vec![kind],
            ..Query::default()
        });
    }
    for query in &queries {
        let want = from_files(journal, query);
        for check in [Check::Full, Check::Quick] {
            let got = Index::open(journal, check).summaries(query);
            assert_eq!(got, want, "{check:?} {query:?}");
        }
    }
}

fn a_year() -> Vec<Entry> {
    years::entries(NaiveDate::from_ymd_opt(2026, 11, 25).unwrap(), 70, 7)
}

fn one_file(journal: &Journal) -> PathBuf {
    journal.files(&Query::default()).unwrap()[5].path.clone()
}

#[test]
fn a_new_index_is_built_then_used_as_it_is() {
    let (_dir, journal) = written(&a_year());
    let first = Index::open(&journal, Check::Full);
    assert_eq!(first.status.found, Found::Missing);
    assert_eq!(first.status.written, Ok(true));
    assert!(index_path(&journal).is_file());
    let files = journal.files(&Query::default()).unwrap().len();
    assert_eq!(first.file_count(), files);
    // Files written less than a second before the index are read once more, and the index is
    // written again; then none.
    std::thread::sleep(std::time::Duration::from_millis(1100));
    let second = Index::open(&journal, Check::Quick);
    assert!(second.status.files_read > 0, "{:?}", second.status);
    assert_eq!(second.status.written, Ok(true));
    for check in [Check::Full, Check::Quick] {
        let again = Index::open(&journal, check);
        assert_eq!(again.status.found, Found::UpToDate, "{check:?}");
        assert_eq!(again.status.files_read, 0, "{check:?}");
        assert_eq!(again.status.written, Ok(false), "{check:?}");
    }
    assert_agrees(&journal);
}

#[test]
fn no_journal_gives_no_index_and_no_entries() {
    let dir = tempfile::tempdir().unwrap();
    let journal = Journal::new(dir.path());
    let index = Index::open(&journal, Check::Full);
    assert_eq!(index.summaries(&Query::default()), Summaries::default());
    assert!(!index_path(&journal).exists());
}

#[test]
fn entries_written_by_another_process_are_seen() {
    let (_dir, journal) = written(&a_year());
    Index::open(&journal, Check::Full);
    let other = Journal::new(journal.dir().parent().unwrap());
    let mut rng = fastrand::Rng::with_seed(1);
    let at = chrono::DateTime::parse_from_rfc3339("2026-11-25T21:00:00+01:00").unwrap();
    other.write(&years::check_in(at, 9, &mut rng)).unwrap();
    for check in [Check::Quick, Check::Full] {
        let summaries = Index::open(&journal, check).summaries(&Query::default());
        assert!(
            summaries.entries.iter().any(|s| s.at.at() == at),
            "{check:?}"
        );
    }
    assert_agrees(&journal);
}

#[test]
fn entries_imported_or_restored_are_seen() {
    let (_dir, journal) = written(&a_year());
    Index::open(&journal, Check::Quick);
    let export = json::to_json(&sample::journal()).unwrap();
    merge::merge(&journal, json::parse(&export).unwrap()).unwrap();
    assert_agrees(&journal);
    let count = |j: &Journal| Index::open(j, Check::Quick).file_count();
    assert_eq!(
        count(&journal),
        journal.files(&Query::default()).unwrap().len()
    );

    let (_other_dir, other) = written(&years::entries(
        NaiveDate::from_ymd_opt(2025, 3, 1).unwrap(),
        20,
        3,
    ));
    let tar = tempfile::tempdir().unwrap();
    let archive = tar.path().join("backup.tar");
    backup::backup(&other, &archive).unwrap();
    merge::merge(&journal, backup::read_backup(&archive).unwrap().entries).unwrap();
    assert_eq!(
        count(&journal),
        journal.files(&Query::default()).unwrap().len()
    );
    assert_agrees(&journal);
}

#[test]
fn a_file_copied_in_by_hand_is_seen_even_in_a_new_month() {
    let (_dir, journal) = written(&a_year());
    Index::open(&journal, Check::Quick);
    let (_other_dir, other) = written(&sample::journal());
    for file in other.files(&Query::default()).unwrap() {
        let month = file
            .path
            .parent()
            .unwrap()
            .strip_prefix(other.dir())
            .unwrap();
        let target = journal.dir().join(month);
        fs::create_dir_all(&target).unwrap();
        fs::copy(&file.path, target.join(file.path.file_name().unwrap())).unwrap();
    }
    assert_agrees(&journal);
}

#[test]
fn a_removed_file_disappears_and_a_removed_month_too() {
    let (_dir, journal) = written(&a_year());
    Index::open(&journal, Check::Quick);
    fs::remove_file(one_file(&journal)).unwrap();
    assert_agrees(&journal);
    let newest = journal.month_dirs().unwrap().pop().unwrap().2;
    fs::remove_dir_all(newest).unwrap();
    assert_agrees(&journal);
}

#[test]
fn a_file_damaged_in_place_is_a_problem_at_the_next_full_check() {
    let (_dir, journal) = written(&a_year());
    Index::rebuild(&journal);
    let path = one_file(&journal);
    // In place: same file, same folder; even the same size, in the same second.
    let text = fs::read_to_string(&path).unwrap();
    fs::write(&path, "x".repeat(text.len())).unwrap();
    let index = Index::open(&journal, Check::Full);
    let summaries = index.summaries(&Query::default());
    assert_eq!(summaries.problems.len(), 1);
    assert_eq!(summaries.problems[0].path, path);
    assert_eq!(summaries, from_files(&journal, &Query::default()));
    // Mended: read again, and counted again.
    fs::write(&path, text).unwrap();
    assert_eq!(
        Index::open(&journal, Check::Full).summaries(&Query::default()),
        from_files(&journal, &Query::default())
    );
}

#[test]
fn a_file_damaged_by_an_editor_is_seen_by_the_quick_check() {
    let (_dir, journal) = written(&a_year());
    Index::open(&journal, Check::Quick);
    let path = one_file(&journal);
    let text = fs::read_to_string(&path).unwrap();
    // Editors write a new file and rename it over the old one.
    let temp = path.with_extension("swp");
    fs::write(&temp, text.replace("pain_now = ", "pain_now = 1")).unwrap();
    fs::rename(&temp, &path).unwrap();
    assert_agrees(&journal);
    assert_eq!(
        Index::open(&journal, Check::Quick)
            .summaries(&Query::default())
            .problems
            .len(),
        1
    );
}

#[test]
fn a_damaged_or_foreign_index_is_rebuilt() {
    let (_dir, journal) = written(&a_year());
    Index::open(&journal, Check::Quick);
    let path = index_path(&journal);
    let bytes = fs::read(&path).unwrap();
    for damaged in [
        bytes[..bytes.len() / 2].to_vec(),
        b"not an index".to_vec(),
        Vec::new(),
    ] {
        fs::write(&path, damaged).unwrap();
        let index = Index::open(&journal, Check::Quick);
        assert!(
            matches!(index.status.found, Found::Unusable(_)),
            "{:?}",
            index.status
        );
        assert_eq!(index.status.written, Ok(true));
        assert_agrees(&journal);
    }
}

#[cfg(unix)]
#[test]
fn an_index_that_cannot_be_saved_costs_only_time() {
    use std::os::unix::fs::PermissionsExt;
    let (dir, journal) = written(&a_year());
    fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o500)).unwrap();
    let index = Index::open(&journal, Check::Full);
    let summaries = index.summaries(&Query::default());
    fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o700)).unwrap();
    assert_eq!(summaries, from_files(&journal, &Query::default()));
    // Root may write anyway; then it is saved, which is also right.
    if index.status.written.is_err() {
        assert!(!index_path(&journal).exists());
    }
}

/// One change made to a journal between two looks.
#[derive(Debug, Clone)]
pub(super) enum Change {
    Damage(usize),
    Remove(usize),
    Add(u64),
}

pub(super) fn apply(journal: &Journal, change: &Change) {
    let files = journal.files(&Query::default()).unwrap_or_default();
    match change {
        Change::Damage(i) if !files.is_empty() => {
            fs::write(&files[i % files.len()].path, "[broken").unwrap();
        }
        Change::Remove(i) if !files.is_empty() => {
            fs::remove_file(&files[i % files.len()].path).unwrap();
        }
        Change::Add(seed) => {
            let mut rng = fastrand::Rng::with_seed(*seed);
            let day =
                NaiveDate::from_ymd_opt(2026, 1, 1).unwrap() + chrono::Days::new(rng.u64(0..400));
            let at = day
                .and_hms_opt(rng.u32(0..24), 0, 0)
                .unwrap()
                .and_local_timezone(chrono::FixedOffset::east_opt(3600).unwrap())
                .unwrap();
            journal
                .write(&years::check_in(at, rng.u8(0..=10), &mut rng))
                .unwrap();
        }
        _ => {}
    }
}

pub(super) fn change() -> impl Strategy<Value = Change> {
    prop_oneof![
        any::<usize>().prop_map(Change::Damage),
        any::<usize>().prop_map(Change::Remove),
        any::<u64>().prop_map(Change::Add),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(12))]

    /// Whatever the journal and whatever happens to it, the views show the same with the index
    /// as without it.
    #[test]
    fn the_index_always_shows_what_the_files_hold(
        days in 1u32..120,
        seed in any::<u64>(),
        with_corrections in any::<bool>(),
        changes in proptest::collection::vec(change(), 0..6),
        since in proptest::option::of(0u64..200),
        kind in proptest::option::of(0usize..6),
    ) {
        let (_dir, journal) = random_journal(days, seed, with_corrections);
        let query = Query {
            since: since.map(|d| NaiveDate::from_ymd_opt(2026, 6, 1).unwrap() + chrono::Days::new(d)),
            until: None,
            kinds: kind.map(|k| vec![EntryKind::ALL[k]]).unwrap_or_default(),
        };
        prop_assert_eq!(Index::open(&journal, Check::Quick).summaries(&query), from_files(&journal, &query));
        for change in &changes {
            apply(&journal, change);
            let want = from_files(&journal, &query);
            prop_assert_eq!(Index::open(&journal, Check::Full).summaries(&query), want);
        }
    }
}
