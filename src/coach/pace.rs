//! Pacing within a step: the repetitions of a set timed by the tempo ("2-1-2", the default where
//! none is written), and which seconds of a countdown are worth saying. Pure arithmetic on
//! milliseconds since the step began.

use crate::session::Millis;

use super::event::TempoPhase;

/// The tempo used where a dose names none: 2 s to move, 1 s to pause, 2 s to return.
pub const DEFAULT_TEMPO: [u32; 3] = [2, 1, 2];

/// The seconds of each phase of one repetition: the written tempo (or the default), with the
/// pause as long as the hold at the end of each repetition when there is one.
pub fn tempo(written: Option<&str>, hold_seconds: Option<u32>) -> [u32; 3] {
    let parsed: Option<Vec<u32>> = written.map(|t| {
        t.split('-')
            .map(|p| p.trim().parse::<u32>().unwrap_or(0))
            .collect()
    });
    let mut phases = match parsed.as_deref() {
        Some([a, b, c]) if a + b + c > 0 => [*a, *b, *c],
        Some([a, c]) if a + c > 0 => [*a, 0, *c],
        _ => DEFAULT_TEMPO,
    };
    if let Some(hold) = hold_seconds {
        phases[1] = phases[1].max(hold);
    }
    phases
}

/// One phase of one repetition, with when it starts (ms since the set began).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Beat {
    /// The repetition (1-based).
    pub rep: u32,
    /// The phase.
    pub phase: TempoPhase,
    /// When it starts, in milliseconds since the set began.
    pub at: Millis,
    /// How long it lasts, in seconds.
    pub seconds: u32,
}

/// Every beat of a set of `reps` repetitions, phases of zero seconds left out.
pub fn beats(reps: u32, tempo: [u32; 3]) -> Vec<Beat> {
    let phases = [TempoPhase::Move, TempoPhase::Hold, TempoPhase::Return];
    let mut at = 0;
    let mut out = Vec::new();
    for rep in 1..=reps {
        for (phase, seconds) in phases.iter().zip(tempo) {
            if seconds == 0 {
                continue;
            }
            out.push(Beat {
                rep,
                phase: *phase,
                at,
                seconds,
            });
            at += Millis::from(seconds) * 1000;
        }
    }
    out
}

/// How long a paced set of repetitions takes.
pub fn set_length(reps: u32, tempo: [u32; 3]) -> Millis {
    Millis::from(reps) * Millis::from(tempo.iter().sum::<u32>()) * 1000
}

/// Whether to say the seconds left at this moment of a countdown of `total` seconds: every ten
/// seconds (every minute for bouts over three minutes), and the last three.
pub fn worth_saying(left: u32, total: u32) -> bool {
    if left == 0 || left >= total {
        return false;
    }
    if left <= 3 {
        return true;
    }
    if total > 180 {
        return left.is_multiple_of(60);
    }
    left.is_multiple_of(10)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_written_tempo_paces_the_repetitions_and_a_hold_lengthens_the_pause() {
        assert_eq!(tempo(Some("2-1-3"), None), [2, 1, 3]);
        assert_eq!(tempo(None, None), DEFAULT_TEMPO);
        assert_eq!(tempo(Some("nonsense"), None), DEFAULT_TEMPO);
        assert_eq!(tempo(None, Some(10)), [2, 10, 2]);
        let beats = beats(2, [2, 1, 2]);
        assert_eq!(beats.len(), 6);
        assert_eq!(beats[3].rep, 2);
        assert_eq!(beats[3].at, 5_000);
        assert_eq!(set_length(2, [2, 1, 2]), 10_000);
    }

    #[test]
    fn a_countdown_says_every_ten_seconds_and_the_last_three() {
        let said: Vec<u32> = (0..=30).rev().filter(|s| worth_saying(*s, 30)).collect();
        assert_eq!(said, [20, 10, 3, 2, 1]);
        let long: Vec<u32> = (0..=300).rev().filter(|s| worth_saying(*s, 300)).collect();
        assert_eq!(long, [240, 180, 120, 60, 3, 2, 1]);
    }
}
