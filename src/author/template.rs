//! Annotated starting files for `kern new`: a draft exercise whose every text is a placeholder to
//! replace, a small program that is valid as it is, and a copy of an existing program.

use crate::catalog::FileKind;

use super::{schema_line, title_from_id, with_schema_line};

/// The marker that starts an English placeholder text.
pub const PLACEHOLDER_EN: &str = "TODO";
/// The marker that starts a Dutch placeholder text.
pub const PLACEHOLDER_NL: &str = "TE DOEN";

const EXERCISE: &str = r#"# A new kern exercise, "@ID@" (the id is the file name). Every text that starts with TODO
# (English) or TE DOEN (Dutch) is a placeholder: replace it, check the numbers, then remove the
# `draft = true` line. `kern validate` lists what is left to do; the guide is docs/authoring.md.
format = "kern.exercise/1"   # what this file is, and the format version: leave it as it is

# An unfinished exercise: kern never offers it to a patient and no program may use it. While this
# line is here, placeholder texts are warnings; without it they are errors.
draft = true

category = "core"            # pilates | core | mobility | hip | breathing | functional | aerobic
level = 3                    # 1 (easiest) … 10 (hardest); a ladder's harder rung needs a higher level
position = "supine"          # supine | prone | side-lying | quadruped | kneeling | sitting | standing
equipment = ["mat"]          # mat | chair | wall | cushion | towel | resistance-band | ball | dumbbell |
                             # kettlebell | barbell | machine | cable | foam-roller | other ([] for none)
references = ["kern-clinical-defaults"]   # ids from references.toml that support the exercise

# The name shown in lists and in the player, and one or two sentences on what it trains and why.
name = { en = "TODO: the name (for example: Bridge with a band)", nl = "TE DOEN: de naam (bijvoorbeeld: Brug met een band)" }
purpose = { en = "TODO: what it trains and why, in one or two plain sentences.", nl = "TE DOEN: wat het traint en waarom, in één of twee eenvoudige zinnen." }

[instructions]               # numbered steps in plain second person ("you"); at least one
en = [                       # item n in Dutch translates item n in English
  "TODO: the starting position (for example: Lie on your back with your knees bent and your feet flat on the floor).",
  "TODO: the movement, and how you breathe during it.",
  "TODO: how you come back to the start.",
]
nl = [
  "TE DOEN: de starthouding (bijvoorbeeld: Lig op je rug met je knieën gebogen en je voeten plat op de grond).",
  "TE DOEN: de beweging, en hoe je daarbij ademt.",
  "TE DOEN: hoe je terugkeert naar de start.",
]

[cues]                       # optional: short reminders shown while the exercise runs
en = ["TODO: one short reminder, such as: Keep breathing calmly."]
nl = ["TE DOEN: één korte herinnering, zoals: Blijf rustig ademen."]

[mistakes]                   # optional: common mistakes and how to correct them
en = ["TODO: a common mistake, and how to correct it."]
nl = ["TE DOEN: een veelgemaakte fout, en hoe je die verbetert."]

[[cautions]]                 # zero or more care points; delete this table when there are none
condition = "general"        # osteoporosis | pregnancy | shoulder-pain | wrist-pain | knee-pain | neck-pain |
                             # high-blood-pressure | hip-replacement | leg-symptoms | balance | general
en = "TODO: for whom this needs care, and what to do instead or how to adapt."
nl = "TE DOEN: voor wie dit voorzichtigheid vraagt, en wat je in de plaats doet of hoe je aanpast."

[dose]                       # the default dose; a program may change any number inside the range
kind = "reps"                # what one set counts: reps | hold | timed | breaths
sets = 2
reps = 8                     # reps: repetitions per set (hold: holds per set, 1 when left out)
hold_seconds = 3             # reps: a pause at the end of each repetition (hold: the hold, required)
# duration_seconds = 600     # timed: the length of one bout (required for timed)
# breaths = 5                # breaths: breaths per set (required for breaths)
# tempo = "2-1-2"            # reps, optional: seconds to move, pause and return
rest_seconds = 30            # rest between sets
per_side = false             # true: every set is done on the left, then on the right

[dose.range]                 # the safe range [lowest, highest]: programs and progression stay inside
sets = [1, 3]                # always needed
reps = [6, 12]               # the quantity the kind counts (reps, hold_seconds, ...) is needed too
hold_seconds = [2, 5]
rest_seconds = [20, 60]

# [ladder]                   # optional: where progression goes at the ends of the range
# easier = "pelvic-tilt"     # links are mutual: that exercise must name this one as its harder,
# harder = "bird-dog"        # and the harder rung must have a higher level
"#;

const PROGRAM: &str = r#"# A new kern program, "@ID@" (the id is the file name; a patient starts it with
# `kern start @ID@`). It is valid as it is: change it for your patient, then run `kern validate`.
# The guide is docs/authoring.md; every key is described in docs/formats.md.
format = "kern.program/1"    # what this file is, and the format version: leave it as it is
version = 1                  # raise it whenever you change the content; the journal records it
author = "Your name, physiotherapist"   # who wrote it
audience = "chronic"         # acute-subacute | chronic | post-surgery
# clearance = "doctor"       # none | doctor | surgeon: who must agree first (post-surgery: surgeon)
weeks = 6                    # length in weeks, 1–52
sessions_per_week = 2        # 1–7
weekdays = ["mon", "thu"]    # suggested days (mon … sun); at least sessions_per_week of them
references = ["nice-ng59", "kern-clinical-defaults"]   # ids from references.toml

# Texts the patient reads, in English and Dutch (Flemish wording); the title comes from the id.
title = { en = "@TITLE@", nl = "@TITLE@" }
summary = { en = "Six weeks, two sessions a week of about 25 minutes: calm breathing, gentle exercises for your back and hips, and a brisk walk.", nl = "Zes weken, twee sessies per week van ongeveer 25 minuten: rustig ademen, zachte oefeningen voor je rug en heupen, en een stevige wandeling." }
for_whom = { en = "For adults with low back pain, as agreed with their physiotherapist. Ask your physiotherapist or GP first if pain or tingling spreads down your leg.", nl = "Voor volwassenen met lage rugpijn, zoals afgesproken met hun kinesitherapeut. Vraag eerst raad aan je kinesitherapeut of huisarts als pijn of tintelingen naar je been uitstralen." }

[[phases]]                   # phases follow on from week 1 to the last week, without gaps or overlaps
weeks = [1, 3]               # first and last week, inclusive
minutes = 25                 # about how long one session takes
name = { en = "Getting started", nl = "Rustig beginnen" }
focus = { en = "Calm breathing and gentle movement: your back may move.", nl = "Rustig ademen en zacht bewegen: je rug mag bewegen." }

[[phases.exercises]]         # in the order they are done; `kern exercises` lists the ids
exercise = "breathing"       # without more keys, the exercise's own default dose

[[phases.exercises]]
exercise = "pelvic-tilt"

[[phases.exercises]]
exercise = "glute-bridge"
sets = 2                     # any dose number may be changed, inside the exercise's safe range:
reps = 8                     # sets reps hold_seconds duration_seconds breaths rest_seconds tempo

[[phases.exercises]]
exercise = "brisk-walking"
duration_seconds = 600

[[phases]]
weeks = [4, 6]
minutes = 30
name = { en = "Building up", nl = "Opbouwen" }
focus = { en = "A little more each week, as long as your back settles by the next morning.", nl = "Elke week een beetje meer, zolang je rug de volgende ochtend weer tot rust komt." }

[[phases.exercises]]
exercise = "glute-bridge"
reps = 12

[[phases.exercises]]
exercise = "bird-dog"
sets = 2
hold_seconds = 5

[[phases.exercises]]
exercise = "side-plank-knees"

[[phases.exercises]]
exercise = "brisk-walking"
duration_seconds = 900

[progression]                # every key is optional; these are kern's defaults (CLINICAL.md)
window_sessions = 2          # decide from the last 2 sessions of an exercise
pain_during_max = 5          # step up only if pain during stayed at or below this (0–10) ...
pain_during_hold = 5         # ... pain during at this level holds the dose ...
effort_max = 5               # ... effort stayed at or below this (0–10), all sets were done ...
morning_pain_above_usual = 1 # ... and the next morning settled: pain at most usual + this
regress_pain_during = 5      # pain during above this: one step back
regress_unsettled_mornings = 2   # this many unsettled mornings in the window: one step back
step_reps = 2                # one step is 2 repetitions more or fewer ...
step_hold_seconds = 5        # ... or 5 seconds of hold ...
step_sets = 1                # ... or one set, when the main quantity is at the end of its range
step_duration_percent = 10   # ... or 10% of a timed bout
step_breaths = 1             # ... or one breath
flare_up_pain_rise = 2       # a flare-up is pain this much above usual ...
flare_up_hours = 48          # ... for longer than this ...
flare_up_volume_percent = 50 # ... and cuts the volume to this share ...
flare_up_days = 7            # ... for this many days
long_gap_days = 14           # a break longer than this restarts the phase one step lower
session_pain_stop = 5        # pain above this during a session: offer the easier variant or stop
review_week = 6              # less than 30% better in pain or function by this week: advise a review
min_days_between_steps = 7   # an exercise steps up at most once in this many days (walking: 7 at least)
regress_effort = 7           # effort at or above this: one step back
start_effort_max = 4         # the first session of an exercise should feel light: effort at most this ...
start_pain_max = 3           # ... and pain during at most this; else one step easier
morning_trend_days = 14      # next-morning pain rising over this many days (0: off) ...
morning_trend_rise = 1       # ... by this much (later half's average over the earlier half's): one step back

[measures]
pain_nrs = true              # pain before, during and after each session, and the next morning
function_every_weeks = 2     # the function score (the patient's own activities) every 2 weeks; 0: never
global_rating_weeks = [6]    # "how much have you changed?" in these weeks
red_flag_check_days = 7      # a short check of warning signs this often
"#;

/// The starting file of a new exercise: a draft whose texts are placeholders in both languages.
pub fn exercise(id: &str) -> String {
    format!(
        "{}\n{}",
        schema_line(FileKind::Exercise),
        EXERCISE.replace("@ID@", id)
    )
}

/// The starting file of a new program: small, annotated, and valid as it is.
pub fn program(id: &str) -> String {
    let title = title_from_id(id);
    format!(
        "{}\n{}",
        schema_line(FileKind::Program),
        PROGRAM.replace("@ID@", id).replace("@TITLE@", &title)
    )
}

/// A copy of an existing program's file under a new id, with its content and comments: the
/// schema line points next to it, a declared `id` line is dropped (the file name is the id), and
/// a comment says where it came from.
pub fn program_copy(text: &str, new_id: &str, from_id: &str, from_origin: &str) -> String {
    let text = with_schema_line(text, FileKind::Program);
    let mut lines = text.lines();
    let mut out = String::new();
    if let Some(first) = lines.next() {
        out.push_str(first);
        out.push('\n');
    }
    out.push_str(&format!(
        "# \"{new_id}\": a copy of the {from_origin} program \"{from_id}\".\n# Change it for your \
         patient, raise `version` when you change it, and check it with `kern validate`.\n"
    ));
    let mut in_root = true;
    for line in lines {
        let trimmed = line.trim_start();
        if trimmed.starts_with('[') {
            in_root = false;
        }
        let is_id = trimmed
            .strip_prefix("id")
            .is_some_and(|rest| rest.trim_start().starts_with('='));
        if in_root && is_id {
            continue;
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// Whether a text is a placeholder left to replace (it starts with TODO or TE DOEN).
pub fn is_placeholder(text: &str) -> bool {
    let text = text.trim_start();
    text.starts_with(PLACEHOLDER_EN) || text.starts_with(PLACEHOLDER_NL)
}

/// The starting figure of a new exercise: a person standing (start) who lifts both arms forward
/// (end), to move joint by joint into the exercise's own positions.
pub fn figure(id: &str) -> String {
    format!(
        "{}\n{FIGURE_BODY}",
        schema_line(FileKind::Figure),
        FIGURE_BODY = FIGURE_BODY.replace("{id}", id)
    )
}

const FIGURE_BODY: &str = r#"# The figure of {id}: a starting point. Move the joints (x, y in cm; y = 0 is the floor) into the
# exercise's start and end positions; `kern exercise {id} --svg > {id}.svg` shows it in a browser,
# `kern validate` checks it. The guide: docs/authoring.md, "A figure for an exercise".
format = "kern.figure/1"
view = "right-side"            # right-side, left-side or front
box = [130, 185]               # width and height in cm
highlight = ["left_arm", "right_arm"]
arrows = ["right_hand"]

[[props]]
kind = "floor"                 # floor, mat (from, to), chair (x), wall (x), step (from, to)

[[keyframes]]
name = "start"
head = [60, 163]
neck = [60, 147]
shoulder = [60, 144]
elbow = [60, 115]
hand = [60, 87]
hip = [60, 92]
knee = [60, 48]
foot = [60, 4]

[[keyframes]]
name = "end"                   # only the joints that move
elbow = [89, 144]
hand = [117, 144]
"#;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::{Catalog, Severity};

    #[test]
    fn the_new_exercise_is_a_draft_with_warnings_only() {
        let text = exercise("my-bridge");
        assert!(text.starts_with("#:schema exercise.schema.json\n"));
        let catalog = Catalog::from_texts(true, &[("exercises/my-bridge.toml", &text)]);
        assert_eq!(
            catalog.count(Severity::Error),
            0,
            "{:?}",
            catalog.diagnostics
        );
        assert!(catalog.count(Severity::Warning) > 0);
        assert!(catalog.exercises["my-bridge"].value.draft);
    }

    #[test]
    fn the_new_program_is_valid_as_it_is() {
        let text = program("my-program");
        let catalog = Catalog::from_texts(true, &[("programs/my-program.toml", &text)]);
        assert!(catalog.diagnostics.is_empty(), "{:?}", catalog.diagnostics);
        assert_eq!(
            catalog.programs["my-program"].value.title.en.as_deref(),
            Some("My program")
        );
    }

    #[test]
    fn a_copy_keeps_the_content_and_drops_a_declared_id() {
        let original = "#:schema ../docs/schemas/program.schema.json\n# note\nid = \"old\"\n\
                        format = \"kern.program/1\"\n[[phases]]\nid = 3\n";
        let copy = program_copy(original, "new", "old", "shipped");
        assert!(copy.starts_with("#:schema program.schema.json\n# \"new\": a copy"));
        assert!(copy.contains("# note\nformat"));
        assert!(!copy.contains("id = \"old\""));
        assert!(copy.contains("[[phases]]\nid = 3"));
    }

    #[test]
    fn placeholders_are_recognised_in_both_languages() {
        assert!(is_placeholder("TODO: a name"));
        assert!(is_placeholder("  TE DOEN: een naam"));
        assert!(!is_placeholder("Todo list"));
        assert!(!is_placeholder("Te doen: rustig ademen"));
    }
}
