//! Bell patterns: the terminal's bell rung a different number of times for the moments a patient
//! on the floor needs to tell apart without looking — a start (once), switch sides (twice), rest
//! over (three times), the session done (four times, slower). Pure: events in, ring times out.

use crate::coach::CoachEvent;
use crate::session::Millis;

/// A moment worth its own sound.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bell {
    /// An exercise starts (after getting ready, or after the rest before it).
    Start,
    /// Change sides.
    SwitchSide,
    /// The rest between two sets is over: the next set starts.
    RestOver,
    /// The exercises are done.
    Done,
}

impl Bell {
    /// The bell for the events of one moment, if any (the most telling one when several).
    pub fn for_events(events: &[CoachEvent]) -> Option<Bell> {
        let mut bell = None;
        for event in events {
            let this = match event {
                CoachEvent::CheckOut => Bell::Done,
                CoachEvent::SwitchSide { .. } => Bell::SwitchSide,
                CoachEvent::SetStarted { first: true, .. } => Bell::Start,
                CoachEvent::SetStarted { .. } => Bell::RestOver,
                _ => continue,
            };
            bell = Some(bell.map_or(this, |b: Bell| b.max_with(this)));
        }
        bell
    }

    fn rank(self) -> u8 {
        match self {
            Bell::Start => 0,
            Bell::RestOver => 1,
            Bell::SwitchSide => 2,
            Bell::Done => 3,
        }
    }

    fn max_with(self, other: Bell) -> Bell {
        if other.rank() > self.rank() {
            other
        } else {
            self
        }
    }

    /// When to ring, in milliseconds from the moment (real time: a bell pattern is not sped up).
    pub fn rings(self) -> &'static [Millis] {
        match self {
            Bell::Start => &[0],
            Bell::SwitchSide => &[0, 350],
            Bell::RestOver => &[0, 250, 500],
            Bell::Done => &[0, 500, 1000, 1500],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::coach::ExerciseRef;
    use crate::journal::Side;
    use crate::model::{DoseKind, LocalizedText, Prescription};
    use crate::session::Work;

    fn set(first: bool) -> CoachEvent {
        CoachEvent::SetStarted {
            exercise: ExerciseRef {
                index: 0,
                id: "clamshell".into(),
                name: LocalizedText::new("Clamshell", "Schelp"),
            },
            dose: Prescription {
                kind: DoseKind::Reps,
                sets: 2,
                reps: Some(12.into()),
                hold_seconds: None,
                duration_seconds: None,
                breaths: None,
                tempo: None,
                rest_seconds: 30,
                per_side: true,
            },
            set: 1,
            sets: 2,
            side: Some(Side::Left),
            work: Work::Reps {
                reps: 12,
                hold_seconds: None,
                tempo: None,
            },
            first,
        }
    }

    #[test]
    fn each_moment_has_its_own_number_of_rings() {
        let patterns: Vec<usize> = [Bell::Start, Bell::SwitchSide, Bell::RestOver, Bell::Done]
            .iter()
            .map(|b| b.rings().len())
            .collect();
        assert_eq!(patterns, [1, 2, 3, 4]);
        assert_eq!(Bell::for_events(&[set(true)]), Some(Bell::Start));
        assert_eq!(Bell::for_events(&[set(false)]), Some(Bell::RestOver));
        assert_eq!(Bell::for_events(&[CoachEvent::CheckOut]), Some(Bell::Done));
        assert_eq!(Bell::for_events(&[CoachEvent::Paused]), None);
    }
}
