//! Bounded scores: pain and effort (0–10), function (0–10) and global rating of change (−5…+5).
//! A value outside its bounds cannot be built or read from a file.

use std::fmt;

use serde::{Deserialize, Serialize};

/// A 0–10 score: pain (numeric rating scale), effort, or function on one activity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "i64", into = "u8")]
pub struct Score(u8);

impl Score {
    /// The lowest score.
    pub const MIN: Score = Score(0);
    /// The highest score.
    pub const MAX: Score = Score(10);

    /// A score, if `value` is 0–10.
    pub fn new(value: i64) -> Option<Score> {
        u8::try_from(value).ok().filter(|v| *v <= 10).map(Score)
    }

    /// The value, 0–10.
    pub fn get(self) -> u8 {
        self.0
    }
}

impl TryFrom<i64> for Score {
    type Error = String;

    fn try_from(value: i64) -> Result<Self, Self::Error> {
        Score::new(value).ok_or_else(|| format!("{value} is not a score from 0 to 10"))
    }
}

impl From<Score> for u8 {
    fn from(score: Score) -> u8 {
        score.0
    }
}

impl fmt::Display for Score {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// A global rating of change since the start, −5 (much worse) to +5 (much better).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "i64", into = "i8")]
pub struct Rating(i8);

impl Rating {
    /// No change.
    pub const ZERO: Rating = Rating(0);
    /// Much worse.
    pub const MIN: Rating = Rating(-5);
    /// Much better.
    pub const MAX: Rating = Rating(5);

    /// A rating, if `value` is −5…+5.
    pub fn new(value: i64) -> Option<Rating> {
        i8::try_from(value)
            .ok()
            .filter(|v| (-5..=5).contains(v))
            .map(Rating)
    }

    /// The value, −5…+5.
    pub fn get(self) -> i8 {
        self.0
    }
}

impl TryFrom<i64> for Rating {
    type Error = String;

    fn try_from(value: i64) -> Result<Self, Self::Error> {
        Rating::new(value).ok_or_else(|| format!("{value} is not a rating from -5 to +5"))
    }
}

impl From<Rating> for i8 {
    fn from(rating: Rating) -> i8 {
        rating.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_stay_inside_their_bounds() {
        assert_eq!(Score::new(0).map(Score::get), Some(0));
        assert_eq!(Score::new(10).map(Score::get), Some(10));
        assert!(Score::new(11).is_none());
        assert!(Score::new(-1).is_none());
        assert!(Rating::new(-5).is_some() && Rating::new(6).is_none());
    }

    #[test]
    fn out_of_range_values_in_files_are_refused() {
        #[derive(Deserialize)]
        struct Row {
            #[allow(dead_code)]
            pain: Score,
        }
        assert!(toml::from_str::<Row>("pain = 4").is_ok());
        assert!(toml::from_str::<Row>("pain = 11").is_err());
        assert!(toml::from_str::<Row>("pain = -3").is_err());
    }
}
