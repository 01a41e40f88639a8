//! What the voice says for the coach's events, in the session's language, all from the Fluent
//! catalogs (`voice.ftl`): the exercise and its dose (and one cue), the get-ready count, paced
//! repetitions ("3, up." "Hold." "And down."), the hold countdown at 10 seconds and 3-2-1, switch
//! sides, the rest and its length, what comes next, the last set, the end. Pure: the events of one
//! moment in, the utterances for that moment out.

use crate::catalog::Catalog;
use crate::coach::{CoachEvent, Countdown, ExerciseRef, TempoPhase};
use crate::i18n::{I18n, Msg};
use crate::journal::Side;
use crate::model::{DoseKind, Prescription, Reps};
use crate::session::{Millis, Work};

use super::utterance::Utterance;

/// The utterances for the events of one moment (`at` on the session's clock; a count or a
/// countdown second carries its own moment), in the order to say them. Events of one moment are read together: the last set is said with the set it
/// starts, and a set's own announcement stands for its first "up".
pub fn utterances(
    events: &[CoachEvent],
    i18n: &I18n,
    catalog: &Catalog,
    at: Millis,
) -> Vec<Utterance> {
    let lang = i18n.lang();
    let last_set = events
        .iter()
        .any(|e| matches!(e, CoachEvent::LastSet { .. }));
    let set_started = events
        .iter()
        .any(|e| matches!(e, CoachEvent::SetStarted { .. }));
    let mut out = Vec::new();
    let timing = |text: String| Utterance::timing(text, lang, at);
    let news = |text: String| Utterance::news(text, lang, at);
    for event in events {
        match event {
            CoachEvent::GetReady { exercise, dose, .. } => {
                out.push(news(
                    i18n.format(
                        &Msg::new("voice-get-ready")
                            .arg("name", name(exercise, i18n))
                            .arg("dose", spoken_dose(i18n, dose)),
                    ),
                ));
                out.extend(cue(catalog, exercise, i18n).map(news));
            }
            CoachEvent::NextUp { exercise, dose } => {
                out.push(news(
                    i18n.format(
                        &Msg::new("voice-next-up")
                            .arg("name", name(exercise, i18n))
                            .arg("dose", spoken_dose(i18n, dose)),
                    ),
                ));
                out.extend(cue(catalog, exercise, i18n).map(news));
            }
            CoachEvent::Rest { seconds, .. } => {
                out.push(news(
                    i18n.format(&Msg::new("voice-rest").num("seconds", *seconds)),
                ));
            }
            CoachEvent::SetStarted {
                exercise,
                set,
                sets,
                side,
                work,
                first,
                ..
            } => out.push(timing(set_words(
                i18n,
                exercise,
                SetAt {
                    set: *set,
                    sets: *sets,
                    side: *side,
                    first: *first,
                    last: last_set && *sets > 1,
                },
                work,
            ))),
            CoachEvent::Count {
                rep,
                of,
                phase,
                seconds,
                at: moment,
                ..
            } => {
                let said_by_set = set_started && *rep == 1 && *phase == TempoPhase::Move;
                if !said_by_set {
                    let words = count_words(i18n, *rep, *of, *phase, *seconds);
                    out.push(Utterance::timing(words, lang, *moment));
                }
            }
            CoachEvent::HoldTick {
                during,
                seconds_left,
                of,
                at: moment,
            } => out.extend(
                tick_words(i18n, *during, *seconds_left, *of)
                    .map(|words| Utterance::timing(words, lang, *moment)),
            ),
            CoachEvent::SwitchSide { to, .. } => out.push(timing(
                i18n.format(&Msg::new("voice-switch-side").arg("side", side_key(Some(*to)))),
            )),
            CoachEvent::Relax { .. } => out.push(timing(i18n.text("voice-relax"))),
            CoachEvent::Paused => out.push(timing(i18n.text("voice-paused"))),
            CoachEvent::Resumed => out.push(timing(i18n.text("voice-resumed"))),
            CoachEvent::Skipped { .. } => out.push(timing(i18n.text("voice-skipped"))),
            CoachEvent::Replaced { by, .. } => out.push(news(
                i18n.format(&Msg::new("voice-replaced").arg("name", name(by, i18n))),
            )),
            CoachEvent::CheckOut => out.push(news(i18n.text("voice-check-out"))),
            CoachEvent::Done { ending, .. } => out.push(news(i18n.text(match ending {
                crate::coach::Ending::Complete => "voice-done",
                crate::coach::Ending::Partial => "voice-partial",
            }))),
            // Said on screen (and by a screen reader), not aloud: questions and problems.
            CoachEvent::LastSet { .. }
            | CoachEvent::SetDone { .. }
            | CoachEvent::HighPain
            | CoachEvent::SomethingNew
            | CoachEvent::HurtAsked
            | CoachEvent::NotSaved { .. } => {}
        }
    }
    out
}

fn name(exercise: &ExerciseRef, i18n: &I18n) -> String {
    exercise.name.get(i18n.lang()).to_owned()
}

/// The exercise's first cue, if it has one.
fn cue(catalog: &Catalog, exercise: &ExerciseRef, i18n: &I18n) -> Option<String> {
    catalog
        .exercises
        .get(&exercise.id)?
        .value
        .cues
        .get(i18n.lang())
        .first()
        .cloned()
}

fn side_key(side: Option<Side>) -> &'static str {
    match side {
        Some(Side::Left) => "left",
        Some(Side::Right) => "right",
        None => "none",
    }
}

fn yes(on: bool) -> &'static str {
    if on { "yes" } else { "no" }
}

/// Where a set stands.
struct SetAt {
    set: u32,
    sets: u32,
    side: Option<Side>,
    first: bool,
    last: bool,
}

/// "Bird-dog. Set 1 of 3, left side. Go." (the name only on the exercise's first set).
fn set_words(i18n: &I18n, exercise: &ExerciseRef, at: SetAt, work: &Work) -> String {
    let mut parts = Vec::new();
    if at.first {
        parts.push(i18n.format(&Msg::new("voice-first").arg("name", name(exercise, i18n))));
    }
    let hold_of_several = matches!(work, Work::Hold { hold, of, .. } if *of > 1 && *hold > 1);
    if !hold_of_several && at.sets == 1 && at.side.is_some() {
        parts.push(i18n.format(&Msg::new("voice-side").arg("side", side_key(at.side))));
    } else if !hold_of_several && at.sets > 1 {
        parts.push(
            i18n.format(
                &Msg::new("voice-set")
                    .num("set", at.set)
                    .num("sets", at.sets)
                    .arg("last", yes(at.last))
                    .arg("side", side_key(at.side)),
            ),
        );
    }
    parts.push(match work {
        Work::Reps { .. } => i18n.text("voice-go"),
        Work::Hold { hold, of, seconds } if *of > 1 => i18n.format(
            &Msg::new("voice-hold-of")
                .num("hold", *hold)
                .num("of", *of)
                .num("seconds", *seconds),
        ),
        Work::Hold { seconds, .. } => i18n.format(&Msg::new("voice-hold").num("seconds", *seconds)),
        Work::Timed { seconds } => i18n.format(
            &Msg::new("voice-timed")
                .num("minutes", seconds / 60)
                .num("seconds", *seconds),
        ),
        Work::Breaths { breaths } => {
            i18n.format(&Msg::new("voice-breaths").num("breaths", *breaths))
        }
    });
    parts.join(" ")
}

/// "3, up." "Hold." "And down." (and "Last one, up.").
fn count_words(i18n: &I18n, rep: u32, of: u32, phase: TempoPhase, seconds: u32) -> String {
    match phase {
        TempoPhase::Move => i18n.format(
            &Msg::new("voice-count-move")
                .num("rep", rep)
                .arg("last", yes(rep == of && of > 1)),
        ),
        TempoPhase::Hold => i18n.format(&Msg::new("voice-count-hold").num("seconds", seconds)),
        TempoPhase::Return => i18n.text("voice-count-return"),
    }
}

/// A countdown says 10 seconds and 3-2-1 (and the minutes of a long timed bout); nothing else.
fn tick_words(i18n: &I18n, during: Countdown, left: u32, of: u32) -> Option<String> {
    match left {
        1..=3 => Some(i18n.format(&Msg::new("voice-tick").num("seconds", left))),
        10 if of > 10 => Some(i18n.format(&Msg::new("voice-seconds-left").num("seconds", 10))),
        _ if during == Countdown::Timed && left >= 60 && left.is_multiple_of(60) && left < of => {
            Some(i18n.format(&Msg::new("voice-minutes-left").num("minutes", left / 60)))
        }
        _ => None,
    }
}

/// Numbers as they are said one after the other: "5, 3, 1" (a speech engine reads "5-3-1" as a
/// sum).
fn spoken_list(values: &[u32]) -> String {
    values
        .iter()
        .map(u32::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

/// A dose as it is said: "3 sets of 6 repetitions, on each side".
pub fn spoken_dose(i18n: &I18n, dose: &Prescription) -> String {
    let reps = dose.reps.as_ref().map_or(1, Reps::top);
    let seconds = dose.hold_seconds.unwrap_or(0);
    let per_set = dose
        .reps
        .as_ref()
        .filter(|r| r.is_per_set())
        .map(|r| spoken_list(&r.fit(dose.sets).values()));
    let msg = match (dose.kind, per_set) {
        (DoseKind::Reps, Some(list)) => Msg::new("voice-dose-reps-per-set")
            .num("sets", dose.sets)
            .arg("reps", list),
        (DoseKind::Hold, Some(list)) => Msg::new("voice-dose-holds-per-set")
            .num("sets", dose.sets)
            .arg("reps", list)
            .num("seconds", seconds),
        (kind, _) => match kind {
            DoseKind::Reps => Msg::new("voice-dose-reps")
                .num("sets", dose.sets)
                .num("reps", reps),
            DoseKind::Hold if reps == 1 => Msg::new("voice-dose-hold-single")
                .num("sets", dose.sets)
                .num("seconds", seconds),
            DoseKind::Hold => Msg::new("voice-dose-holds")
                .num("sets", dose.sets)
                .num("reps", reps)
                .num("seconds", seconds),
            DoseKind::Timed => {
                let total = dose.duration_seconds.unwrap_or(0);
                Msg::new("voice-dose-timed")
                    .num("minutes", total / 60)
                    .num("seconds", total)
            }
            DoseKind::Breaths => Msg::new("voice-dose-breaths")
                .num("sets", dose.sets)
                .num("breaths", dose.breaths.unwrap_or(0)),
        },
    };
    let text = i18n.format(&msg);
    if dose.per_side {
        i18n.format(&Msg::new("voice-dose-per-side").arg("dose", text))
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::LoadOptions;
    use crate::model::{Lang, LocalizedText};

    fn bird_dog() -> ExerciseRef {
        ExerciseRef {
            index: 0,
            id: "bird-dog".into(),
            name: LocalizedText::new("Bird-dog", "Vogel-hond"),
        }
    }

    fn dose() -> Prescription {
        Prescription {
            kind: DoseKind::Reps,
            sets: 3,
            reps: Some(6.into()),
            hold_seconds: Some(10),
            duration_seconds: None,
            breaths: None,
            tempo: None,
            rest_seconds: 30,
            per_side: true,
        }
    }

    fn said(events: &[CoachEvent], lang: Lang) -> Vec<String> {
        let catalog = Catalog::load(&LoadOptions::shipped_only());
        utterances(events, &I18n::new(lang), &catalog, 1000)
            .into_iter()
            .map(|u| u.text)
            .collect()
    }

    fn set(set: u32, side: Side, first: bool) -> CoachEvent {
        CoachEvent::SetStarted {
            exercise: bird_dog(),
            dose: dose(),
            set,
            sets: 3,
            side: Some(side),
            work: Work::Reps {
                reps: 6,
                hold_seconds: Some(10),
                tempo: None,
            },
            first,
        }
    }

    fn count(rep: u32, phase: TempoPhase, seconds: u32) -> CoachEvent {
        CoachEvent::Count {
            exercise: bird_dog(),
            rep,
            of: 6,
            phase,
            seconds,
            at: 1000,
        }
    }

    #[test]
    fn the_exercise_its_dose_and_a_cue_before_it_starts() {
        let get_ready = CoachEvent::GetReady {
            exercise: bird_dog(),
            dose: dose(),
            seconds: 10,
        };
        let en = said(std::slice::from_ref(&get_ready), Lang::En);
        assert_eq!(
            en[0],
            "Get ready for Bird-dog: 3 sets of 6 repetitions, on each side."
        );
        assert_eq!(en.len(), 2, "and one cue: {en:?}");
        let nl = said(&[get_ready], Lang::Nl);
        assert_eq!(
            nl[0],
            "Maak je klaar voor Vogel-hond: 3 reeksen van 6 herhalingen, aan elke kant."
        );
    }

    #[test]
    fn a_set_says_its_place_and_side_and_the_last_set_is_named() {
        assert_eq!(
            said(&[set(1, Side::Left, true)], Lang::En),
            ["Bird-dog. Set 1 of 3, left side. Go."]
        );
        let last = [
            CoachEvent::LastSet {
                exercise: bird_dog(),
            },
            set(3, Side::Left, false),
        ];
        assert_eq!(said(&last, Lang::En), ["Last set, left side. Go."]);
        assert_eq!(said(&last, Lang::Nl), ["Laatste reeks, linkerkant. Start."]);
    }

    #[test]
    fn repetitions_are_counted_up_hold_down_and_the_set_stands_for_the_first_up() {
        assert_eq!(said(&[count(2, TempoPhase::Move, 2)], Lang::En), ["2, up."]);
        assert_eq!(
            said(&[count(2, TempoPhase::Hold, 10)], Lang::En),
            ["Hold 10 seconds."]
        );
        assert_eq!(
            said(&[count(6, TempoPhase::Move, 2)], Lang::Nl),
            ["Laatste, omhoog."]
        );
        assert_eq!(
            said(&[count(2, TempoPhase::Return, 2)], Lang::Nl),
            ["En omlaag."]
        );
        let start = [set(1, Side::Left, false), count(1, TempoPhase::Move, 2)];
        assert_eq!(said(&start, Lang::En), ["Set 1 of 3, left side. Go."]);
    }

    #[test]
    fn a_countdown_says_ten_seconds_and_three_two_one_only() {
        let tick = |left| CoachEvent::HoldTick {
            during: Countdown::Hold,
            seconds_left: left,
            of: 30,
            at: 1000,
        };
        let all: Vec<String> = (0..30)
            .rev()
            .flat_map(|left| said(&[tick(left)], Lang::En))
            .collect();
        assert_eq!(all, ["10 seconds.", "3.", "2.", "1."]);
        assert_eq!(said(&[tick(10)], Lang::Nl), ["Nog 10 seconden."]);
    }

    #[test]
    fn switch_sides_rest_next_up_and_the_end() {
        let events = [
            CoachEvent::Rest {
                seconds: 30,
                next: bird_dog(),
            },
            CoachEvent::NextUp {
                exercise: bird_dog(),
                dose: dose(),
            },
        ];
        let nl = said(&events, Lang::Nl);
        assert_eq!(nl[0], "Rust 30 seconden.");
        assert_eq!(
            nl[1],
            "Hierna: Vogel-hond, 3 reeksen van 6 herhalingen, aan elke kant."
        );
        assert_eq!(
            said(
                &[CoachEvent::SwitchSide {
                    exercise: bird_dog(),
                    to: Side::Right,
                    seconds: 5
                }],
                Lang::En
            ),
            ["Switch sides: right side next."]
        );
        assert_eq!(
            said(&[CoachEvent::CheckOut], Lang::En),
            ["That was the last exercise. Well done. A few questions to close."]
        );
    }

    #[test]
    fn every_dose_kind_is_said_in_words_without_symbols() {
        let i18n = I18n::new(Lang::En);
        let timed = Prescription {
            kind: DoseKind::Timed,
            sets: 1,
            reps: None,
            hold_seconds: None,
            duration_seconds: Some(600),
            per_side: false,
            ..dose()
        };
        assert_eq!(spoken_dose(&i18n, &timed), "10 minutes");
        let holds = Prescription {
            kind: DoseKind::Hold,
            reps: Some(1.into()),
            per_side: false,
            ..dose()
        };
        assert_eq!(spoken_dose(&i18n, &holds), "3 holds of 10 seconds");
        let breaths = Prescription {
            kind: DoseKind::Breaths,
            sets: 1,
            breaths: Some(5),
            per_side: false,
            ..dose()
        };
        assert_eq!(
            spoken_dose(&I18n::new(Lang::Nl), &breaths),
            "één reeks van 5 rustige ademhalingen"
        );
        let pyramid = Prescription {
            kind: DoseKind::Hold,
            reps: Some(Reps::PerSet(vec![5, 3, 1])),
            per_side: false,
            ..dose()
        };
        assert_eq!(
            spoken_dose(&i18n, &pyramid),
            "3 sets: 5, 3, 1 holds of 10 seconds"
        );
        assert_eq!(
            spoken_dose(&I18n::new(Lang::Nl), &pyramid),
            "3 reeksen: 5, 3, 1 keer 10 seconden vasthouden"
        );
    }
}
