//! Tests of `store`.
use super::*;
use crate::journal::entry::{Body, CheckIn, CheckInContext};
use crate::journal::score::Score;

fn at(text: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(text).unwrap()
}

fn diary(rng: &mut fastrand::Rng, when: &str, pain: i64) -> Entry {
    let when = at(when);
    let body = Body::CheckIn(CheckIn {
        context: CheckInContext::Diary,
        pain_now: Score::new(pain).unwrap(),
        pain_average: None,
        next_morning: None,
        red_flags_new: None,
        note: Some("after gardening".into()),
    });
    Entry::new(new_id(when, EntryKind::CheckIn, rng), when, when, body)
}

#[test]
fn ids_carry_date_kind_and_randomness() {
    let mut rng = fastrand::Rng::with_seed(7);
    let id = new_id(
        at("2026-11-25T09:30:00+01:00"),
        EntryKind::Session,
        &mut rng,
    );
    assert!(id.starts_with("2026-11-25T0930-session-"), "{id}");
    let file = file_ref(PathBuf::from(format!("{id}.toml")));
    assert_eq!(file.kind, Some(EntryKind::Session));
    assert_eq!(file.date, NaiveDate::from_ymd_opt(2026, 11, 25));
}

#[test]
fn written_entries_read_back_identically() {
    let dir = tempfile::tempdir().unwrap();
    let journal = Journal::new(dir.path());
    let mut rng = fastrand::Rng::with_seed(1);
    let entry = diary(&mut rng, "2026-11-25T08:00:00+01:00", 3);
    let path = journal.write(&entry).unwrap();
    assert!(path.starts_with(dir.path().join("journal/2026/11")));
    let loaded = journal.load(&Query::default());
    assert_eq!(loaded.entries, vec![entry.clone()]);
    assert!(loaded.problems.is_empty());
    assert!(
        journal.write(&entry).is_err(),
        "the same id is never overwritten"
    );
}

#[test]
fn damaged_and_future_files_are_reported_and_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let journal = Journal::new(dir.path());
    let mut rng = fastrand::Rng::with_seed(2);
    let good = diary(&mut rng, "2026-11-20T08:00:00+01:00", 2);
    journal.write(&good).unwrap();
    let month = dir.path().join("journal/2026/11");
    fs::write(
        month.join("2026-11-21T0800-check-in-broken.toml"),
        "format = \"kern.journal/1\"\nid = ",
    )
    .unwrap();
    let future = good
        .to_toml()
        .unwrap()
        .replace("kern.journal/1", "kern.journal/2")
        .replace(&good.id, "2026-11-22T0800-check-in-future")
        + "mood = 3\n";
    fs::write(month.join("2026-11-22T0800-check-in-future.toml"), future).unwrap();
    fs::write(
        month.join("2026-11-23T0800-check-in-toohigh.toml"),
        good.to_toml()
            .unwrap()
            .replace(&good.id, "2026-11-23T0800-check-in-toohigh")
            .replace("pain_now = 2", "pain_now = 11"),
    )
    .unwrap();
    fs::write(month.join(".tmp-half.toml"), "format = \"kern.jo").unwrap();
    let loaded = journal.load(&Query::default());
    assert_eq!(loaded.entries, vec![good]);
    assert_eq!(loaded.problems.len(), 3, "{:?}", loaded.problems);
    assert!(
        loaded
            .problems
            .iter()
            .any(|p| p.reason.contains("newer kern")),
        "{:?}",
        loaded.problems
    );
    assert!(
        loaded.problems.iter().any(|p| p.reason.contains("0 to 10")),
        "{:?}",
        loaded.problems
    );
    assert_eq!(journal.leftover_temp_files().len(), 1);
    assert!(
        month.join("2026-11-21T0800-check-in-broken.toml").exists(),
        "never deleted"
    );
}

#[test]
fn queries_pick_dates_and_kinds_by_name() {
    let dir = tempfile::tempdir().unwrap();
    let journal = Journal::new(dir.path());
    let mut rng = fastrand::Rng::with_seed(3);
    for day in ["2026-09-30", "2026-10-15", "2026-11-01"] {
        journal
            .write(&diary(&mut rng, &format!("{day}T08:00:00+01:00"), 4))
            .unwrap();
    }
    let query = Query {
        since: NaiveDate::from_ymd_opt(2026, 10, 1),
        until: NaiveDate::from_ymd_opt(2026, 10, 31),
        kinds: vec![EntryKind::CheckIn],
    };
    assert_eq!(journal.files(&query).unwrap().len(), 1);
    assert_eq!(journal.load(&query).entries.len(), 1);
    let sessions = Query {
        kinds: vec![EntryKind::Session],
        ..Query::default()
    };
    assert!(journal.load(&sessions).entries.is_empty());
}

fn enrolment(
    rng: &mut fastrand::Rng,
    when: &str,
    action: crate::journal::entry::EnrolmentAction,
    program: &str,
) -> Entry {
    let when = at(when);
    let body = Body::Enrolment(crate::journal::entry::Enrolment {
        action,
        program: program.into(),
        program_version: 1,
        start_date: when.date_naive(),
        weekdays: Vec::new(),
        activities: Vec::new(),
        usual_pain: None,
        reason: None,
    });
    Entry::new(new_id(when, EntryKind::Enrolment, rng), when, when, body)
}

#[test]
fn the_today_path_reads_the_newest_program_from_its_start() {
    use crate::journal::entry::EnrolmentAction;
    let dir = tempfile::tempdir().unwrap();
    let journal = Journal::new(dir.path());
    let mut rng = fastrand::Rng::with_seed(5);
    let write = |entry: &Entry| journal.write(entry).unwrap();
    let old = enrolment(
        &mut rng,
        "2026-01-05T09:00:00+01:00",
        EnrolmentAction::Start,
        "gentle-start",
    );
    let switch = enrolment(
        &mut rng,
        "2026-09-01T09:00:00+02:00",
        EnrolmentAction::Switch,
        "core-hip-strength",
    );
    let later = enrolment(
        &mut rng,
        "2026-12-01T09:00:00+01:00",
        EnrolmentAction::Switch,
        "pilates-chronic",
    );
    let under_old = diary(&mut rng, "2026-03-10T08:00:00+01:00", 6);
    let before_switch = diary(&mut rng, "2026-08-15T08:00:00+02:00", 5);
    let after_switch = diary(&mut rng, "2026-09-10T08:00:00+02:00", 4);
    let recent = diary(&mut rng, "2026-11-20T08:00:00+01:00", 3);
    let after_today = diary(&mut rng, "2026-11-30T08:00:00+01:00", 2);
    for entry in [
        &old,
        &switch,
        &later,
        &under_old,
        &before_switch,
        &after_switch,
        &recent,
        &after_today,
    ] {
        write(entry);
    }
    // Newer than the switch but no enrolment to use: a damaged one, and a check-in whose
    // file name does not tell its kind.
    let broken = dir
        .path()
        .join("journal/2026/11/2026-11-10T0900-enrolment-brokn1.toml");
    fs::write(&broken, "format = \"kern.journal/1\"\nkind = ").unwrap();
    let mut odd = diary(&mut rng, "2026-11-15T08:00:00+01:00", 4);
    odd.id = "odd-name".into();
    write(&odd);
    let today = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
    let ids =
        |loaded: &Loaded| -> Vec<String> { loaded.entries.iter().map(|e| e.id.clone()).collect() };

    let (current, loaded) = journal.current_program(today, 28);
    assert_eq!(
        current.as_ref(),
        Some(&switch),
        "the newest enrolment up to today"
    );
    let problems: Vec<&Path> = loaded.problems.iter().map(|p| p.path.as_path()).collect();
    assert_eq!(problems, vec![broken.as_path()], "reported once");
    assert_eq!(
        ids(&loaded),
        vec![
            switch.id.clone(),
            after_switch.id.clone(),
            odd.id.clone(),
            recent.id.clone()
        ],
        "from the switch's start to today"
    );

    let (current, loaded) = journal.current_program(today, 120);
    assert_eq!(current, Some(switch.clone()));
    assert_eq!(
        ids(&loaded),
        vec![
            before_switch.id.clone(),
            switch.id.clone(),
            after_switch.id.clone(),
            odd.id.clone(),
            recent.id.clone()
        ],
        "from the lookback when it reaches further back"
    );
}

#[test]
fn the_today_path_without_an_enrolment_reads_the_lookback() {
    let dir = tempfile::tempdir().unwrap();
    let journal = Journal::new(dir.path());
    let mut rng = fastrand::Rng::with_seed(6);
    let old = diary(&mut rng, "2026-10-01T08:00:00+02:00", 5);
    let recent = diary(&mut rng, "2026-11-20T08:00:00+01:00", 3);
    journal.write(&old).unwrap();
    journal.write(&recent).unwrap();
    let today = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
    let (current, loaded) = journal.current_program(today, 28);
    assert_eq!(current, None);
    assert_eq!(loaded.entries, vec![recent]);
    let (current, loaded) = Journal::new(&dir.path().join("none")).current_program(today, 28);
    assert!(current.is_none() && loaded.entries.is_empty() && loaded.problems.is_empty());
}

#[test]
fn the_newest_correction_replaces_the_entry() {
    let dir = tempfile::tempdir().unwrap();
    let journal = Journal::new(dir.path());
    let mut rng = fastrand::Rng::with_seed(4);
    let original = diary(&mut rng, "2026-11-20T08:00:00+01:00", 7);
    journal.write(&original).unwrap();
    for (pain, minute) in [(5, "01"), (4, "02")] {
        let mut fix = diary(&mut rng, "2026-11-20T08:00:00+01:00", pain);
        fix.recorded_at = at(&format!("2026-11-20T09:{minute}:00+01:00"));
        fix.amends = Some(original.id.clone());
        journal.write(&fix).unwrap();
    }
    let loaded = journal.load(&Query::default());
    assert_eq!(loaded.entries.len(), 1);
    assert_eq!(
        loaded.entries[0]
            .check_in
            .as_ref()
            .map(|c| c.pain_now.get()),
        Some(4)
    );
}

#[test]
fn repair_removes_only_temporary_files_older_than_the_age_given() {
    use std::time::Duration;
    let dir = tempfile::tempdir().unwrap();
    let journal = Journal::new(dir.path());
    let mut rng = fastrand::Rng::with_seed(7);
    let entry = diary(&mut rng, "2026-11-21T08:00:00+01:00", 3);
    let entry_path = journal.write(&entry).unwrap();
    let month = entry_path.parent().unwrap().to_path_buf();
    let temp = month.join(".tmp-abc123.toml");
    fs::write(&temp, "half").unwrap();
    // One left beside the journal by an index written when kern was killed.
    let beside = dir.path().join(".tmp-index9.toml");
    fs::write(&beside, "half an index").unwrap();
    let index = dir.path().join("journal.index");
    fs::write(&index, "an index").unwrap();
    let checkpoint = dir.path().join("in-progress");
    fs::create_dir_all(&checkpoint).unwrap();
    let session = checkpoint.join(".tmp-session1.toml");
    fs::write(&session, "half a checkpoint").unwrap();
    assert_eq!(
        journal.leftover_temp_files(),
        [beside.clone(), session.clone(), temp.clone()]
    );
    let other = month.join("notes.txt");
    fs::write(&other, "mine").unwrap();
    let hidden = month.join(".keep");
    fs::write(&hidden, "").unwrap();
    let changed = fs::metadata(&temp).unwrap().modified().unwrap();
    let hour = Duration::from_secs(3600);

    let young = journal.remove_stale_temp_files(changed + Duration::from_secs(1800), hour);
    assert!(young.is_empty(), "{young:?}");
    assert!(temp.exists());

    let old = journal.remove_stale_temp_files(changed + 2 * hour, hour);
    assert_eq!(old.len(), 3);
    assert_eq!(old[2].0, temp);
    assert!(old.iter().all(|(_, outcome)| outcome.is_ok()));
    assert!(!temp.exists() && !beside.exists() && !session.exists());
    for kept in [&entry_path, &other, &hidden, &index] {
        assert!(kept.exists(), "{} kept", kept.display());
    }
    assert!(journal.leftover_temp_files().is_empty());
}

#[test]
fn entries_dated_outside_1970_to_2100_are_not_read() {
    let dir = tempfile::tempdir().unwrap();
    let journal = Journal::new(dir.path());
    let mut rng = fastrand::Rng::with_seed(9);
    let good = diary(&mut rng, "2026-11-21T08:00:00+01:00", 3);
    let path = journal.write(&good).unwrap();
    let text = fs::read_to_string(&path).unwrap();
    for (year, shown) in [("1900", "1900-11-21"), ("2101", "2101-11-21")] {
        fs::write(
            &path,
            text.replace("2026-11-21T08:00:00", &format!("{year}-11-21T08:00:00")),
        )
        .unwrap();
        let reason = read_entry(&path).unwrap_err();
        assert!(
            reason.contains(shown) && reason.contains("1970-01-01 to 2100-12-31"),
            "{reason}"
        );
    }
}

#[test]
fn a_names_day_is_read_as_chrono_reads_it() {
    let names = [
        "2026-11-05",
        "2026-02-30",
        "0000-01-01",
        "9999-12-31",
        "2026-1-051",
        "02026-1-05",
        "2026-11-0x",
        "+2026-1-05",
        "2026/11/05",
        "2026-13-01",
        "2026-00-10",
        "abcd-ef-gh",
    ];
    for name in names {
        let chrono = NaiveDate::parse_from_str(name, "%Y-%m-%d").ok();
        assert_eq!(day_of_name(name), chrono, "{name}");
    }
}
