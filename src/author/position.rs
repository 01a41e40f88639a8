//! Guesses from an exercise's English name and first steps: its starting position, and whether it
//! is done on each side. Plain word matching; an imported file says that these are guesses.

use crate::model::Position;

/// Lower-case words of `text` separated by single spaces, with a space at both ends, so that
/// `" lie down "` can be found as a phrase.
fn words(text: &str) -> String {
    let mut out = String::from(" ");
    for c in text.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.ends_with(' ') {
            out.push(' ');
        }
    }
    if !out.ends_with(' ') {
        out.push(' ');
    }
    out
}

/// Phrases that name each position, tried in this order (lying on the front before lying at all).
const POSITIONS: [(Position, &[&str]); 6] = [
    (
        Position::Prone,
        &[
            " face down ",
            " on your stomach ",
            " on your belly ",
            " prone ",
            " facedown ",
        ],
    ),
    (
        Position::SideLying,
        &[
            " on your side ",
            " side lying ",
            " lie on one side ",
            " side bridge ",
        ],
    ),
    (
        Position::Quadruped,
        &[" all fours ", " hands and knees ", " quadruped "],
    ),
    (
        Position::Supine,
        &[
            " on your back ",
            " sit up ",
            " lie ",
            " lie down ",
            " lying ",
            " supine ",
            " lay ",
            " flat bench ",
            " decline bench ",
        ],
    ),
    (
        Position::Kneeling,
        &[" kneel ", " kneeling ", " kneel down "],
    ),
    (
        Position::Sitting,
        &[
            " sit ",
            " sit down ",
            " seated ",
            " sitting ",
            " seat yourself ",
            " sit on ",
        ],
    ),
];

/// The starting position the first step (else the name) suggests, and the phrase that said so;
/// standing when nothing does.
pub fn guess_position(name: &str, first_step: &str) -> (Position, Option<&'static str>) {
    let name = words(name);
    let step = words(first_step);
    for text in [&step, &name] {
        for (position, phrases) in POSITIONS {
            if let Some(phrase) = phrases.iter().find(|p| text.contains(**p)) {
                return (position, Some(phrase.trim()));
            }
        }
    }
    (Position::Standing, None)
}

const PER_SIDE: [&str; 9] = [
    " other side ",
    " each side ",
    " switch sides ",
    " other leg ",
    " other arm ",
    " each leg ",
    " each arm ",
    " opposite side ",
    " both sides ",
];

/// Whether the steps say to do it on one side and then the other.
pub fn guess_per_side(steps: &[String]) -> bool {
    steps.iter().any(|step| {
        let step = words(step);
        PER_SIDE.iter().any(|p| step.contains(p))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_come_from_the_name_then_the_first_step() {
        assert_eq!(
            guess_position("3/4 Sit-Up", "Lie down on the floor and secure your feet.").0,
            Position::Supine
        );
        assert_eq!(guess_position("Sit-Up", "").0, Position::Supine);
        assert_eq!(guess_position("Side Bridge", "").0, Position::SideLying);
        assert_eq!(
            guess_position("Crunch", "Lie down on the floor.").0,
            Position::Supine
        );
        assert_eq!(
            guess_position("Adductor", "Lie face down with one leg on a foam roll.").0,
            Position::Prone
        );
        assert_eq!(
            guess_position("Bicycling", "To begin, seat yourself on the bike.").0,
            Position::Sitting
        );
        assert_eq!(
            guess_position("Squat", "Stand with your feet apart.").0,
            Position::Standing
        );
        assert_eq!(words("Sit-Up, then  LIE"), " sit up then lie ");
    }

    #[test]
    fn per_side_needs_a_phrase_about_sides() {
        assert!(guess_per_side(&["Repeat on the other side.".to_owned()]));
        assert!(!guess_per_side(&["Reposition yourself.".to_owned()]));
    }
}
