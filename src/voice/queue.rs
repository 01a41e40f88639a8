//! The speech queue: what waits to be said. It never piles up: a stale utterance is dropped, a
//! newer count replaces an older one still waiting, and news is capped at a few items. Pure: the
//! caller gives `now`.

use std::collections::VecDeque;

use crate::session::Millis;

use super::utterance::{Urgency, Utterance};

/// At most this much news waits at once (the oldest goes first).
pub const MAX_NEWS: usize = 3;

/// Utterances waiting for the speaker.
#[derive(Debug, Clone, Default)]
pub struct Queue {
    waiting: VecDeque<Utterance>,
    dropped: Vec<Utterance>,
}

impl Queue {
    /// An empty queue.
    pub fn new() -> Queue {
        Queue::default()
    }

    /// Adds an utterance. A timing utterance replaces every timing one still waiting (only the
    /// newest count matters); news beyond [`MAX_NEWS`] pushes out the oldest news.
    pub fn push(&mut self, utterance: Utterance) {
        if utterance.urgency == Urgency::Timing {
            let (old, keep): (Vec<_>, Vec<_>) = self
                .waiting
                .drain(..)
                .partition(|u| u.urgency == Urgency::Timing);
            self.dropped.extend(old);
            self.waiting = keep.into();
        } else if self
            .waiting
            .iter()
            .filter(|u| u.urgency == Urgency::News)
            .count()
            >= MAX_NEWS
            && let Some(oldest) = self.waiting.iter().position(|u| u.urgency == Urgency::News)
            && let Some(old) = self.waiting.remove(oldest)
        {
            self.dropped.push(old);
        }
        self.waiting.push_back(utterance);
    }

    /// The next utterance to say at `now`, if any: stale ones are dropped first; a timing
    /// utterance whose moment has come goes before news; nothing is said before its moment.
    pub fn pop(&mut self, now: Millis) -> Option<Utterance> {
        let (stale, fresh): (Vec<_>, Vec<_>) =
            self.waiting.drain(..).partition(|u| u.is_stale(now));
        self.dropped.extend(stale);
        self.waiting = fresh.into();
        let due = |u: &Utterance| u.at <= now;
        let index = self
            .waiting
            .iter()
            .position(|u| due(u) && u.urgency == Urgency::Timing)
            .or_else(|| self.waiting.iter().position(due))?;
        self.waiting.remove(index)
    }

    /// Whether nothing waits.
    pub fn is_empty(&self) -> bool {
        self.waiting.is_empty()
    }

    /// How many utterances wait.
    pub fn len(&self) -> usize {
        self.waiting.len()
    }

    /// The utterances dropped so far (stale or replaced), taken out.
    pub fn take_dropped(&mut self) -> Vec<Utterance> {
        std::mem::take(&mut self.dropped)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Lang;

    fn count(n: u32, at: Millis) -> Utterance {
        Utterance::timing(n.to_string(), Lang::En, at)
    }

    #[test]
    fn a_newer_count_replaces_the_one_still_waiting() {
        let mut queue = Queue::new();
        queue.push(count(1, 1000));
        queue.push(count(2, 2000));
        assert_eq!(queue.len(), 1);
        assert_eq!(queue.pop(2000).map(|u| u.text), Some("2".to_owned()));
        assert_eq!(queue.take_dropped().len(), 1);
    }

    #[test]
    fn a_stale_count_is_dropped_instead_of_said_late() {
        let mut queue = Queue::new();
        queue.push(count(3, 1000));
        assert_eq!(queue.pop(1000 + crate::voice::TIMING_STALE_MS + 1), None);
        assert!(queue.is_empty());
        assert_eq!(queue.take_dropped()[0].text, "3");
    }

    #[test]
    fn news_waits_a_little_and_a_count_goes_first() {
        let mut queue = Queue::new();
        queue.push(Utterance::news("Rest 30 seconds", Lang::En, 1000));
        queue.push(count(3, 1500));
        assert_eq!(queue.pop(1500).map(|u| u.text), Some("3".to_owned()));
        assert_eq!(
            queue.pop(4000).map(|u| u.text),
            Some("Rest 30 seconds".to_owned())
        );
    }

    #[test]
    fn nothing_is_said_before_its_moment() {
        let mut queue = Queue::new();
        queue.push(count(1, 5000));
        assert_eq!(queue.pop(4999), None);
        assert!(queue.pop(5000).is_some());
    }

    #[test]
    fn news_never_piles_up() {
        let mut queue = Queue::new();
        for i in 0..10 {
            queue.push(Utterance::news(format!("news {i}"), Lang::En, i));
        }
        assert_eq!(queue.len(), MAX_NEWS);
        assert_eq!(queue.pop(10).map(|u| u.text), Some("news 7".to_owned()));
    }
}
