//! Flare-ups, the patient's usual pain and the next-morning pain trend, from the check-ins
//! (CLINICAL.md: pain 2 or more above usual for more than 48 hours halves the volume for a week;
//! next-morning pain that rose over 2 weeks steps back).

use chrono::{DateTime, Duration, FixedOffset, NaiveDate};

use crate::journal::{CheckIn, Score};
use crate::model::Progression;

use super::history::Dated;

/// The patient's usual pain: the enrolment's baseline, else the median of the first week's
/// check-ins.
pub fn usual_pain(baseline: Option<Score>, check_ins: &[Dated<CheckIn>]) -> Option<Score> {
    if baseline.is_some() {
        return baseline;
    }
    let first = check_ins.first()?.at;
    let mut week: Vec<Score> = check_ins
        .iter()
        .take_while(|c| c.at < first + Duration::days(7))
        .map(|c| c.value.pain_average.unwrap_or(c.value.pain_now))
        .collect();
    week.sort();
    week.get(week.len() / 2).copied()
}

/// The last day of a flare-up's lower volume, if one is in force on `today`: the latest run of
/// check-ins all at least `flare_up_pain_rise` above usual whose first and last are at least
/// `flare_up_hours` apart (the pain lasted that long, and likely longer), plus `flare_up_days` from
/// when it was recognised.
pub fn flare_up_until(
    check_ins: &[Dated<CheckIn>],
    usual: Option<Score>,
    rules: &Progression,
    today: NaiveDate,
) -> Option<NaiveDate> {
    let usual = u32::from(usual?.get());
    let threshold = usual + rules.flare_up_pain_rise;
    let mut run_start: Option<DateTime<FixedOffset>> = None;
    let mut recognised: Option<DateTime<FixedOffset>> = None;
    for check_in in check_ins.iter().filter(|c| c.at.date_naive() <= today) {
        let pain = u32::from(check_in.value.pain_now.get());
        if pain >= threshold {
            let start = *run_start.get_or_insert(check_in.at);
            // Pain raised at check-ins 48 hours apart has lasted at least that long: daily
            // check-ins at the same hour on three days are a flare-up.
            if check_in.at - start >= Duration::hours(i64::from(rules.flare_up_hours))
                && recognised.is_none()
            {
                recognised = Some(check_in.at);
            }
        } else {
            run_start = None;
            if let Some(at) = recognised
                && at.date_naive() + Duration::days(i64::from(rules.flare_up_days))
                    < check_in.at.date_naive()
            {
                recognised = None;
            }
        }
    }
    let until = recognised?.date_naive() + Duration::days(i64::from(rules.flare_up_days));
    (today <= until).then_some(until)
}

/// Whether next-morning pain rose over the last `morning_trend_days` days up to `at`: the
/// answers of the later half average at least `morning_trend_rise` above those of the earlier
/// half, with at least two answers in each half. Answers up to `acted` (when an earlier rise was
/// already acted on) are left out, so one rise steps back once.
pub fn morning_trend_rose(
    check_ins: &[Dated<CheckIn>],
    rules: &Progression,
    acted: Option<DateTime<FixedOffset>>,
    at: DateTime<FixedOffset>,
) -> bool {
    let days = i64::from(rules.morning_trend_days);
    if days < 2 || rules.morning_trend_rise == 0 {
        return false;
    }
    let from = at - Duration::days(days);
    let middle = at - Duration::days(days) / 2;
    let (mut early, mut late) = (Vec::new(), Vec::new());
    for c in check_ins {
        let Some(morning) = c.value.next_morning else {
            continue;
        };
        if c.at <= from || c.at > at || acted.is_some_and(|a| c.at <= a) {
            continue;
        }
        let pain = u32::from(morning.pain.get());
        if c.at <= middle {
            early.push(pain);
        } else {
            late.push(pain);
        }
    }
    if early.len() < 2 || late.len() < 2 {
        return false;
    }
    // Compare the sums over a common denominator: late/n_late >= early/n_early + rise.
    let (n_early, n_late) = (early.len() as u32, late.len() as u32);
    let (sum_early, sum_late): (u32, u32) = (early.iter().sum(), late.iter().sum());
    sum_late * n_early >= (sum_early + rules.morning_trend_rise * n_early) * n_late
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::CheckInContext;

    fn check_in(day: u32, hour: u32, pain: i64) -> Dated<CheckIn> {
        Dated {
            at: DateTime::parse_from_rfc3339(&format!("2026-11-{day:02}T{hour:02}:00:00+01:00"))
                .unwrap(),
            value: CheckIn {
                context: CheckInContext::Diary,
                pain_now: Score::new(pain).unwrap(),
                pain_average: None,
                next_morning: None,
                red_flags_new: None,
                note: None,
            },
        }
    }

    fn date(day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, day).unwrap()
    }

    #[test]
    fn pain_two_above_usual_for_over_48_hours_is_a_flare_up_for_a_week() {
        let rules = Progression::default();
        let usual = Score::new(3);
        let days = [
            check_in(1, 8, 3),
            check_in(2, 8, 5),
            check_in(3, 8, 6),
            check_in(4, 9, 5),
        ];
        assert_eq!(
            flare_up_until(&days, usual, &rules, date(4)),
            Some(date(11))
        );
        assert_eq!(flare_up_until(&days, usual, &rules, date(12)), None);
    }

    #[test]
    fn three_daily_check_ins_at_the_same_hour_are_a_flare_up() {
        let rules = Progression::default();
        let days = [check_in(1, 18, 6), check_in(2, 18, 6), check_in(3, 18, 6)];
        assert_eq!(flare_up_until(&days, Score::new(3), &rules, date(2)), None);
        assert_eq!(
            flare_up_until(&days, Score::new(3), &rules, date(3)),
            Some(date(10))
        );
    }

    #[test]
    fn a_short_spike_is_not_a_flare_up() {
        let rules = Progression::default();
        let days = [check_in(1, 8, 6), check_in(2, 8, 6), check_in(3, 8, 3)];
        assert_eq!(flare_up_until(&days, Score::new(3), &rules, date(3)), None);
    }

    fn morning(day: u32, pain: i64) -> Dated<CheckIn> {
        let mut c = check_in(day, 8, 3);
        c.value.next_morning = Some(crate::journal::NextMorning {
            settled: true,
            pain: Score::new(pain).unwrap(),
        });
        c
    }

    #[test]
    fn next_morning_pain_rising_over_two_weeks_is_a_trend_once() {
        let rules = Progression::default();
        let now = check_in(16, 9, 3).at;
        let rising = [morning(3, 2), morning(6, 2), morning(11, 3), morning(14, 4)];
        assert!(morning_trend_rose(&rising, &rules, None, now));
        assert!(!morning_trend_rose(
            &rising,
            &rules,
            Some(rising[3].at),
            now
        ));
        let steady = [morning(3, 3), morning(6, 3), morning(11, 3), morning(14, 4)];
        assert!(!morning_trend_rose(&steady, &rules, None, now));
        assert!(
            !morning_trend_rose(&rising[1..], &rules, None, now),
            "one early answer"
        );
    }

    #[test]
    fn usual_pain_defaults_to_the_first_week_median() {
        let days = [
            check_in(1, 8, 2),
            check_in(2, 8, 4),
            check_in(3, 8, 3),
            check_in(20, 8, 9),
        ];
        assert_eq!(usual_pain(None, &days), Score::new(3));
        assert_eq!(usual_pain(Score::new(5), &days), Score::new(5));
    }
}
