//! The measures over the period: pain (daily, week by week, and around sessions), function on the
//! patient's own activities, effort after sessions, and the global rating of change, with
//! CLINICAL.md's meaningful changes: pain 2 points or 30% ([`crate::plan::outcomes`]), function
//! about 2 points on the mean and 3 on one activity, "much better" at +4 or +5.

use chrono::{Duration, NaiveDate};

use crate::journal::{CheckInContext, Entry, Score};
use crate::plan::outcomes::{Change, daily_pain, function_change, pain_change};

use super::ProgramInfo;
use super::adherence::monday;

/// A change on one activity that matters (Stratford 1995).
pub const ACTIVITY_MEANINGFUL: f64 = 3.0;

/// Pain, one week.
#[derive(Debug, Clone, PartialEq)]
pub struct PainWeek {
    /// Its Monday.
    pub monday: NaiveDate,
    /// The mean of the daily pain.
    pub mean: Option<f64>,
    /// The lowest daily pain.
    pub low: Option<f64>,
    /// The highest daily pain.
    pub high: Option<f64>,
    /// The mean pain in the check-ins just before sessions.
    pub before: Option<f64>,
    /// The mean pain after sessions.
    pub after: Option<f64>,
}

/// Pain over the period, 0–10.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Pain {
    /// Each day's check-ins averaged (the 24-hour average when given), oldest first.
    pub daily: Vec<(NaiveDate, f64)>,
    /// Pain in the check-ins just before a session.
    pub before: Vec<(NaiveDate, u8)>,
    /// The highest pain during each session.
    pub during: Vec<(NaiveDate, u8)>,
    /// Pain after each session.
    pub after: Vec<(NaiveDate, u8)>,
    /// Week by week, for weeks with any pain noted.
    pub weeks: Vec<PainWeek>,
    /// The first week with data against the last (when at least a week apart).
    pub change: Option<Change>,
    /// The patient's usual pain (the enrolment's, else the first week's median).
    pub usual: Option<Score>,
}

impl Pain {
    /// The pain level a meaningful fall from the start reaches: 2 points or 30% lower, whichever
    /// comes first, and at least 1 point.
    pub fn meaningful_level(&self) -> Option<f64> {
        let start = self.change?.start;
        let drop = (0.3 * start).clamp(1.0, 2.0);
        Some((start - drop).max(0.0))
    }
}

/// The function score at one time.
#[derive(Debug, Clone, PartialEq)]
pub struct Scoring {
    /// The day.
    pub date: NaiveDate,
    /// The mean of the activities.
    pub mean: f64,
}

/// One activity over the period.
#[derive(Debug, Clone, PartialEq)]
pub struct ActivityTrend {
    /// The activity in the patient's words.
    pub name: String,
    /// Its score at each scoring (in [`Function::scorings`] order), when scored then.
    pub scores: Vec<Option<u8>>,
}

impl ActivityTrend {
    /// The first and the latest score, and whether they differ by 3 points or more.
    pub fn change(&self) -> Option<Change> {
        let mut scored = self.scores.iter().flatten();
        let first = f64::from(*scored.next()?);
        let last = f64::from(*scored.next_back()?);
        Some(Change {
            start: first,
            now: last,
            meaningful: (last - first).abs() >= ACTIVITY_MEANINGFUL,
        })
    }
}

/// Function on the patient's own activities, 0 (unable) to 10 (as before).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Function {
    /// Every scoring, oldest first.
    pub scorings: Vec<Scoring>,
    /// Each activity: the enrolment's first, then any other in the order first scored.
    pub activities: Vec<ActivityTrend>,
    /// The first mean against the latest.
    pub change: Option<Change>,
}

/// Effort after sessions, 0–10.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Effort {
    /// Each session's effort, oldest first.
    pub sessions: Vec<(NaiveDate, u8)>,
}

impl Effort {
    /// The mean, lowest and highest effort.
    pub fn summary(&self) -> Option<(f64, u8, u8)> {
        let values: Vec<u8> = self.sessions.iter().map(|(_, e)| *e).collect();
        let mean = values.iter().map(|v| f64::from(*v)).sum::<f64>() / values.len() as f64;
        Some((mean, *values.iter().min()?, *values.iter().max()?))
    }
}

/// One global rating of change.
#[derive(Debug, Clone, PartialEq)]
pub struct RatingRow {
    /// The day.
    pub date: NaiveDate,
    /// −5 (much worse) to +5 (much better).
    pub rating: i8,
    /// The program week it was asked in.
    pub week: Option<u32>,
}

impl RatingRow {
    /// Whether the patient rates themselves much better (+4 or +5).
    pub fn much_better(&self) -> bool {
        self.rating >= 4
    }
}

fn mean(values: &[f64]) -> Option<f64> {
    (!values.is_empty()).then(|| values.iter().sum::<f64>() / values.len() as f64)
}

/// Pain from the entries of the period.
pub fn pain(entries: &[Entry], from: NaiveDate, until: NaiveDate, usual: Option<Score>) -> Pain {
    let daily = daily_pain(entries);
    let before: Vec<(NaiveDate, u8)> = entries
        .iter()
        .filter_map(|e| {
            let c = e.check_in.as_ref()?;
            (c.context == CheckInContext::BeforeSession)
                .then(|| (e.at.date_naive(), c.pain_now.get()))
        })
        .collect();
    let sessions = || {
        entries
            .iter()
            .filter_map(|e| Some((e.at.date_naive(), e.session.as_ref()?)))
    };
    let during = sessions()
        .filter_map(|(d, s)| Some((d, s.pain_during_max?.get())))
        .collect();
    let after: Vec<(NaiveDate, u8)> = sessions()
        .filter_map(|(d, s)| Some((d, s.pain_after?.get())))
        .collect();
    let mut weeks = Vec::new();
    let mut week = monday(from);
    while week <= until {
        let in_week = |d: &NaiveDate| *d >= week && *d < week + Duration::days(7);
        let days: Vec<f64> = daily
            .iter()
            .filter(|(d, _)| in_week(d))
            .map(|(_, v)| *v)
            .collect();
        let of = |list: &[(NaiveDate, u8)]| {
            let values: Vec<f64> = list
                .iter()
                .filter(|(d, _)| in_week(d))
                .map(|(_, v)| f64::from(*v))
                .collect();
            mean(&values)
        };
        let row = PainWeek {
            monday: week,
            mean: mean(&days),
            low: days.iter().copied().reduce(f64::min),
            high: days.iter().copied().reduce(f64::max),
            before: of(&before),
            after: of(&after),
        };
        if row.mean.is_some() || row.before.is_some() || row.after.is_some() {
            weeks.push(row);
        }
        week += Duration::days(7);
    }
    Pain {
        change: pain_change(entries),
        daily,
        before,
        during,
        after,
        weeks,
        usual,
    }
}

/// Function scores from the entries of the period.
pub fn function(entries: &[Entry], program: Option<&ProgramInfo>) -> Function {
    let scored: Vec<(NaiveDate, &crate::journal::FunctionScore)> = entries
        .iter()
        .filter_map(|e| Some((e.at.date_naive(), e.function.as_ref()?)))
        .filter(|(_, f)| !f.activities.is_empty())
        .collect();
    let mut names: Vec<String> = program.map(|p| p.activities.clone()).unwrap_or_default();
    for (_, f) in &scored {
        for a in &f.activities {
            if !names.contains(&a.activity) {
                names.push(a.activity.clone());
            }
        }
    }
    let activities = names
        .into_iter()
        .map(|name| ActivityTrend {
            scores: scored
                .iter()
                .map(|(_, f)| {
                    f.activities
                        .iter()
                        .find(|a| a.activity == name)
                        .map(|a| a.score.get())
                })
                .collect(),
            name,
        })
        .filter(|a| a.scores.iter().any(Option::is_some))
        .collect();
    Function {
        scorings: scored
            .iter()
            .filter_map(|(date, f)| {
                Some(Scoring {
                    date: *date,
                    mean: f.mean()?,
                })
            })
            .collect(),
        activities,
        change: function_change(entries),
    }
}

/// Effort after each session of the period.
pub fn effort(entries: &[Entry]) -> Effort {
    Effort {
        sessions: entries
            .iter()
            .filter_map(|e| Some((e.at.date_naive(), e.session.as_ref()?.effort?.get())))
            .collect(),
    }
}

/// Global ratings of change in the period.
pub fn ratings(entries: &[Entry]) -> Vec<RatingRow> {
    entries
        .iter()
        .filter_map(|e| {
            let g = e.global_rating.as_ref()?;
            Some(RatingRow {
                date: e.at.date_naive(),
                rating: g.rating.get(),
                week: g.week,
            })
        })
        .collect()
}
