# kern's English message catalog. Every id here must also be in nl.ftl (a test checks).

## Diagnostic levels
level-error = error
level-warning = warning
level-note = note
level-help = help

## Reading files
diag-read-folder = this is a folder, not a file
diag-read-folder-help = kern reads files ending in .toml; rename the folder or move the file out of it
diag-read-not-regular = this is not a regular file (a device, pipe or socket)
diag-read-io = cannot read this file: { $reason }
diag-read-too-large = this file is { $bytes } bytes; kern reads content files of at most { $limit } bytes
diag-read-too-large-help = an exercise or program file is a few kilobytes; check that this is the file you meant
diag-read-not-utf8 = this file is not valid UTF-8 text
diag-read-not-utf8-help = save the file as UTF-8 (most editors offer "UTF-8" under "Save as" or "Encoding")
diag-more-not-shown = { $count ->
    [one] one more problem in this file is not shown
   *[other] { $count } more problems in this file are not shown
  }; fix the ones above first

## Syntax and structure
diag-toml-syntax = TOML syntax error: { $detail }
diag-toml-syntax-help = check quotes, brackets and "key = value" on this line; text values need "double quotes"
diag-toml-syntax-more = { $count ->
    [one] one more syntax error is not shown
   *[other] { $count } more syntax errors are not shown
  }; fix the ones above first
diag-missing-format = this file has no 'format' line, so kern does not know what it is
diag-missing-format-help = add a first line such as: format = "{ $expected }"
diag-missing-format-any-help = add a first line that says what the file is, such as: format = "kern.exercise/1" (the formats are { $formats })
diag-format-not-text = 'format' must be text in quotes
diag-unknown-format = unknown format '{ $format }'
diag-format-too-new = '{ $format }' is format version { $version }, newer than this kern reads
diag-format-too-new-help = update kern, or write the file in the format this kern reads: { $supported }
diag-format-bad-version = '{ $format }' has no valid version number after the '/'
diag-unknown-key = unknown key '{ $key }'
diag-unknown-key-did-you-mean = did you mean '{ $suggestion }'?
diag-unknown-key-known = the keys allowed here are: { $known }
diag-unknown-value = '{ $value }' is not one of the allowed values
diag-allowed-values = allowed values: { $allowed }
diag-missing-key = required key '{ $key }' is missing
diag-missing-key-help = add '{ $key } = ...' to this table (see docs/formats.md or `kern schema`)
diag-invalid-value = invalid value: { $detail }
diag-invalid-value-help = see docs/formats.md or `kern schema` for what this key takes
diag-not-whole-number = { $found } is not a whole number of 0 or more
diag-not-whole-number-help = write a plain whole number without quotes, such as 12
diag-not-localized = { $found } is not a text in English and Dutch
diag-not-localized-help = write the text in both languages: {"{"} en = "...", nl = "..." {"}"}
diag-not-localized-list-help = write a list in both languages: en = ["...", "..."] and nl = ["...", "..."] in their own table

## Ids and links
diag-bad-file-name = the file name '{ $name }' is not a valid id
diag-bad-id = '{ $id }' is not a valid id
diag-bad-id-help = ids are lower-case letters and digits joined by single hyphens, such as 'bird-dog'
diag-id-not-file-name = id '{ $id }' does not match the file name '{ $stem }'
diag-id-not-file-name-help = rename the file to match, or set id = "{ $stem }"
diag-duplicate-id = { $kind } '{ $id }' is defined twice (also in { $other })
diag-duplicate-id-help = give one of them another id, or remove one
diag-replaces = { $kind } '{ $id }' replaces the one in { $other }
diag-duplicate-item = '{ $item }' is listed twice
diag-duplicate-order = order { $order } is already used by the card '{ $other }'
diag-duplicate-order-help = give every education card its own order number
diag-unknown-reference = unknown reference '{ $id }'
diag-unknown-reference-help = add it to programs/references.toml, or use an id listed there
diag-unknown-exercise = unknown exercise '{ $id }'
diag-unknown-exercise-help = use the id of an exercise file (its name without .toml); `kern exercises` lists them
diag-draft-in-program = '{ $id }' is a draft and cannot be part of a program
diag-draft-in-program-help = finish the exercise (both languages) and remove 'draft = true' first
diag-bad-doi = '{ $doi }' does not look like a DOI
diag-bad-doi-help = a DOI starts with '10.' and has a '/', such as 10.2519/jospt.2022.10671
diag-bad-url = '{ $url }' is not a web address starting with https:// or http://

## Texts
diag-missing-language = '{ $key }' has no text in '{ $lang }'
diag-missing-language-help = add { $lang } = "..." next to the other language
diag-empty-text = '{ $key }' is empty
diag-empty-list = '{ $key }' has no items
diag-list-length-mismatch = '{ $key }' has { $en } items in English but { $nl } in Dutch
diag-list-length-mismatch-help = item n in Dutch must translate item n in English

## Numbers and doses
diag-out-of-range = { $key } = { $value } is outside { $min }–{ $max }
diag-level-help = level runs from 1 (easiest) to 10 (hardest)
diag-dose-missing = a { $kind } dose needs '{ $key }'
diag-dose-missing-help = add { $key } = ... to [dose]
diag-range-missing = the safe range has no '{ $key }'
diag-range-missing-help = add { $key } = [lowest, highest] to [dose.range]
diag-range-reversed = range of { $key } runs from { $min } down to { $max }
diag-range-reversed-help = write the lowest value first: [lowest, highest]
diag-beyond-sane-limit = { $key } = { $value } is beyond the safe limits of { $min }–{ $max }
diag-beyond-sane-limit-help = no kern dose goes outside these limits; choose a value inside them
diag-default-outside-range = { $key } = { $value } is outside the exercise's own range { $min }–{ $max }
diag-default-outside-range-help = change the default or widen [dose.range]
diag-override-outside-range = { $key } = { $value } is outside the safe range { $min }–{ $max } of '{ $exercise }'
diag-override-outside-range-help = choose a value inside the range, or widen the range in exercises/{ $exercise }.toml if that is safe
diag-dose-key-not-for-kind = '{ $key }' does not apply to a { $kind } dose
diag-dose-key-not-for-kind-help = a dose of this kind takes: { $allowed }
diag-bad-tempo = tempo '{ $tempo }' is not seconds joined by hyphens
diag-bad-tempo-help = write the seconds to move, pause and return, such as "2-1-2"

## Programs
diag-more-sessions-than-days = { $sessions } sessions a week but only { $days ->
    [one] one weekday
   *[other] { $days } weekdays
  } to put them on
diag-more-sessions-than-days-help = add weekdays, or lower sessions_per_week
diag-no-phases = this program has no phases
diag-no-phases-help = add at least one [[phases]] table with weeks, minutes, name and exercises
diag-phase-weeks-invalid = phase weeks [{ $first }, { $last }] do not fit a { $weeks }-week program
diag-phase-weeks-invalid-help = write [first, last] with 1 ≤ first ≤ last ≤ { $weeks }
diag-phase-gap = weeks { $from }–{ $to } are in no phase
diag-phase-gap-help = phases must follow on without gaps or overlaps, from week 1 to the last week
diag-phase-overlap = weeks { $from }–{ $to } are in two phases
diag-phase-empty = this phase has no exercises
diag-post-surgery-clearance = a program for after surgery must require the surgeon's clearance
diag-post-surgery-clearance-help = add clearance = "surgeon"
diag-rule-order = { $low } = { $low_value } is above { $high } = { $high_value }
diag-rule-order-help = the pain allowed for progress or hold cannot be above the pain that triggers a regression
diag-weeks-not-increasing = weeks must be listed in increasing order, each once

## Ladders
diag-ladder-self = '{ $id }' names itself on its ladder
diag-ladder-not-mutual = '{ $id }' says its { $direction } step is '{ $other }', but '{ $other }' does not name '{ $id }' as its { $back } step
diag-ladder-not-mutual-help = add { $back } = "{ $id }" to the [ladder] of { $other }
diag-ladder-not-harder = the ladder between '{ $id }' (level { $level }) and '{ $other }' (level { $other_level }) does not go up in level
diag-ladder-not-harder-help = the harder exercise must have a higher level than the easier one
diag-ladder-cycle = the ladder goes round in a circle: { $cycle }
diag-ladder-cycle-help = a ladder runs one way from easiest to hardest; remove one of these links

## validate
validate-summary = Checked { $files ->
    [one] one file
   *[other] { $files } files
  }: { $errors ->
    [0] no errors
    [one] one error
   *[other] { $errors } errors
  }, { $warnings ->
    [0] no warnings
    [one] one warning
   *[other] { $warnings } warnings
  }.

## Doses
dose-reps = { $sets } × { $reps }
dose-hold-each = hold each { $seconds } s
dose-tempo = tempo { $tempo }
dose-hold-single = { $sets } × { $seconds } s hold
dose-holds = { $sets } × { $reps ->
    [one] one hold
   *[other] { $reps } holds
  } of { $seconds } s
dose-timed = { $sets ->
    [one] { $duration }
   *[other] { $sets } × { $duration }
  }
dose-breaths = { $sets } × { $breaths } breaths
dose-per-side = per side
dose-rest = rest { $seconds } s
duration-seconds = { $seconds } s
duration-minutes = { $minutes } min
duration-minutes-seconds = { $minutes } min { $seconds } s
range-sets = sets { $min }–{ $max }
range-reps = reps { $min }–{ $max }
range-hold-seconds = hold { $min }–{ $max } s
range-duration-seconds = duration { $min }–{ $max } s
range-breaths = breaths { $min }–{ $max }
range-rest-seconds = rest { $min }–{ $max } s

## Progression rules in plain words
rule-progress = Step up when, over the last { $window } sessions, all sets were done, pain during stayed at { $pain }/10 or less, effort at { $effort }/10 or less, and the next morning was no more than { $morning } point above your usual.
rule-step = One step is +{ $reps } reps, +{ $seconds } s per hold, +{ $sets } set or +{ $percent }% walking time, within the exercise's safe range; a dose given set by set, such as 5-3-1, gets one more in each set (6-4-2); at the top of the range, the next exercise up the ladder.
rule-hold = Stay at the same dose when pain during reaches { $pain }/10 or the next morning did not settle once.
rule-regress = Step back when pain during goes above { $pain }/10, effort reaches { $effort }/10 or more, or the next morning did not settle { $mornings } times.
rule-session-stop = During a session, pain above { $pain }/10 means: take the easier variant or stop. Never push through.
rule-flare-up = A flare-up (pain { $rise } or more points above usual for over { $hours } hours): the volume drops to { $percent }% for { $days } days; keep walking.
rule-long-gap = After a break of more than { $days } days, the phase restarts one step lower.
rule-review = If pain or function has not improved by 30% by week { $week }, talk to your physiotherapist or GP.
measure-pain = Pain (0–10) before, during and after every session, and the next morning.
measure-function = Function score on the activities you chose: at the start and every { $weeks } weeks.
measure-global-rating = How much you changed since the start (−5 to +5): in week { $weeks }.
measure-red-flags = A short check for warning signs every { $days } days.

## Command line
cli-about = kern is a terminal coach for a home-exercise program for low back pain: Pilates and core exercises, a progressive program, a session timer, and a private journal of your pain and progress.
cli-safety = kern supports a program agreed with your physiotherapist or doctor. It is not a diagnosis and not a substitute for medical care. Seek urgent help (emergency department or 112) for numbness around the genitals or buttocks, new trouble passing or holding urine or stools, or new weakness in the legs.
cli-safety-short = Stop and ask your physiotherapist or GP if pain spreads down your leg, or if an exercise makes your pain clearly worse.
cli-catalog-has-errors = Note: { $errors ->
    [one] one problem
   *[other] { $errors } problems
  } in the content files; run `kern validate` to see { $errors ->
    [one] it
   *[other] them
  }.
cli-no-such-exercise = There is no exercise '{ $id }'. `kern exercises` lists them.
cli-no-such-program = There is no program '{ $id }'. `kern programs` lists them.
summary-loaded = Loaded { $exercises } exercises, { $programs } programs and { $cards } education cards.
summary-commands = Commands:
    kern                      the coach (full screen)
    kern session --plain      today's session line by line
    kern start ID             start a program
    kern today                what is due today
    kern schedule             the coming sessions (--ics FILE for a calendar)
    kern log --pain N         a quick pain-diary entry
    kern journal              your entries
    kern export, backup       take your journal elsewhere
    kern programs, exercises  the library
    kern references           the studies behind the content
    kern validate [PATH...]   check exercise and program files
    kern --help               every command and option
exercises-title = Exercises ({ $count })
exercises-hint = Show one in full with `kern exercise ID`.
programs-title = Programs ({ $count })
programs-hint = Show one in full with `kern program ID`.
program-line = { $audience } · { $weeks } weeks · { $sessions } sessions a week
program-facts = { $weeks } weeks, { $sessions } sessions a week (suggested days: { $days }). Author: { $author }, version { $version }.
program-phase = { $first ->
    [0] Week { $last }
   *[other] Weeks { $first }–{ $last }
  }: { $name } (about { $minutes } min a session)

## Labels
label-draft = draft
label-level = level
label-level-title = Level
label-category = Category
label-position = Position
label-equipment = Equipment
label-dose = Dose
label-safe-range = Safe range
label-instructions = How to do it
label-cues = Remember
label-mistakes = Common mistakes
label-cautions = Take care
label-ladder = Ladder
label-easier = Easier:
label-harder = Harder:
label-references = References
label-for-whom = For whom
label-rules = How the program adapts
label-measures = What kern asks you

category-breathing = Breathing
category-core = Core and motor control
category-pilates = Pilates
category-hip = Hip
category-mobility = Mobility
category-functional = Everyday movement
category-aerobic = Walking and aerobic
position-supine = lying on your back
position-prone = lying on your front
position-side-lying = lying on your side
position-quadruped = on hands and knees
position-kneeling = kneeling
position-sitting = sitting
position-standing = standing
equipment-none = nothing
equipment-mat = mat
equipment-chair = chair
equipment-wall = wall
equipment-cushion = cushion
equipment-towel = towel
equipment-resistance-band = resistance band
equipment-ball = ball
equipment-dumbbell = dumbbell
equipment-kettlebell = kettlebell
equipment-barbell = barbell
equipment-machine = machine
equipment-cable = cable machine
equipment-foam-roller = foam roller
equipment-other = other
condition-osteoporosis = Osteoporosis
condition-pregnancy = Pregnancy
condition-shoulder-pain = Shoulder pain
condition-wrist-pain = Wrist pain
condition-knee-pain = Knee pain
condition-neck-pain = Neck pain
condition-high-blood-pressure = High blood pressure
condition-hip-replacement = Hip replacement
condition-leg-symptoms = Leg symptoms
condition-balance = Balance
condition-general = Good to know
audience-acute-subacute = recent back pain
audience-chronic = long-lasting back pain
audience-post-surgery = after surgery (with your surgeon's clearance)
weekday-mon = Monday
weekday-tue = Tuesday
weekday-wed = Wednesday
weekday-thu = Thursday
weekday-fri = Friday
weekday-sat = Saturday
weekday-sun = Sunday

## Journal
cli-no-data-dir = kern cannot find a folder for your journal; give one with --data-dir or KERN_DATA_DIR.
log-in-future = That moment is in the future; --at records something that already happened.
log-saved = Saved { $id } ({ $path }).
log-saved-elsewhere = Saved to { $path }. Move it into your journal folder later, or import it.
log-write-failed = Could not save the entry to { $path }: { $reason }. Nothing was lost yet.
log-kept-printed = Here is the entry, so that nothing is lost; save this text in a file:
log-offer-again = Press Enter to try again, or type a folder to save it in:
journal-unreadable = Skipped { $path }: { $reason }
journal-empty = The journal is empty.
journal-corrected = corrected
journal-pain = pain { $pain }/10
journal-pain-average = average { $pain }/10
journal-session = { $program }, phase { $phase }, { $status }: { $done } of { $exercises } exercises done, { $minutes } min
journal-function = function { $mean }/10 on { $activities } activities
journal-global-rating = change since the start { $rating }
journal-enrolment = { $action } { $program } from { $start }
journal-red-flags = { $yes ->
    [0] no warning signs
    [one] one warning sign
   *[other] { $yes } warning signs
  } ({ $outcome })
kind-check-in = check-in
kind-session = session
kind-function = function
kind-global-rating = global rating
kind-enrolment = enrolment
kind-red-flags = red flags
status-complete = complete
status-partial = partial
enrolment-start = started
enrolment-switch = switched to
enrolment-stop = stopped
urgency-clear = clear
urgency-see-doctor = see a doctor
urgency-emergency = emergency
doctor-config-dir = Config folder:  { $path }
doctor-data-dir = Data folder:    { $path }
doctor-journal-dir = Journal:        { $path }
doctor-entries = { $count ->
    [one] One entry:
   *[other] { $count } entries:
  }
doctor-no-problems = Every journal file can be read.
doctor-problems = { $count ->
    [one] One file cannot be read (it is kept as it is):
   *[other] { $count } files cannot be read (they are kept as they are):
  }
doctor-temp-files = { $count } unfinished temporary files from an interrupted write (harmless; never read as entries):
doctor-lock-held = Coach: open in another window.
doctor-lock-free = Coach: not running.
doctor-checkpoint = A session of { $program } is in progress (saved { $saved }); the coach offers to resume it.
doctor-no-checkpoint = No session in progress.
doctor-checkpoint-damaged = The saved session in progress cannot be read: { $reason }

## Progression decisions
unit-breaths = breaths
decision-stays = { $name }: stays at { $dose }
decision-sets = { $from } → { $to } { $to ->
    [one] set
   *[other] sets
  }
reason-progress = last { $sessions } sessions all sets done, pain during at most { $pain }/10, effort at most { $effort }/10{ $unsettled ->
    [0] , next mornings settled
   *[other] {""}
  }.
reason-regress-pain = pain during went above { $limit }/10 (it was { $pain }/10).
reason-regress-mornings = { $mornings } next mornings did not settle.
reason-flare-up = a flare-up: the volume is { $percent }% for a while; keep walking.
reason-restart = { $days } days since the last session: the phase restarts one step lower.
reason-hold-more-sessions = { $window } good sessions in a row are needed before a step up.
reason-hold-sets = not all sets were done yet.
reason-hold-pain = pain during reached { $pain }/10.
reason-hold-effort = effort was { $effort }/10; it should feel easier first.
reason-hold-morning = a next morning did not settle.
reason-hold-top = the top of this exercise's ladder.

## Plan
start-too-few-days = { $days } exercise days is too few for { $sessions } sessions a week; choose more days with --days.
start-activities-count = Choose 3 to 5 activities (you gave { $count }), separated by ';'.
start-done = You follow "{ $title }" from { $start }, on { $days }.
start-next-steps = `kern today` shows what is due; `kern schedule` the coming sessions.
today-title = { $date } · { $program } · { $done } of { $total } sessions done
today-not-enrolled = You do not follow a program yet. `kern programs` lists them; `kern start ID` starts one.
today-session = Session { $number } (week { $week }, { $phase }), about { $minutes } minutes:
today-done = Today's session is done. Well done.
today-done-partial = Today's session is saved: you stopped early, and that is fine. Rest now; the next session comes as planned.
today-rest = A rest day: no session today. A walk is always a good idea.
today-finished = You have done every session of this program. Talk to your physiotherapist about what comes next, or start the maintenance program.
today-paused = Your program is paused for your safety.
today-changes = What changed since last time:
today-next = Next session: { $date } (session { $number }).
today-measures = Also due:
due-function = your function score (how your chosen activities go, 0–10)
due-global-rating = how much you changed since the start (week { $week })
due-red-flag-check = the weekly check for warning signs
notice-answer-red-flags = You said something new came up: please answer the warning-sign questions before the next session.
notice-flare-up = A flare-up: your sessions are lighter until { $until }. Keep walking; a flare-up is not damage. Talk to your physiotherapist if it does not ease.
notice-restarted = { $days } days since your last session: this phase starts again, one step lower.
notice-review = Your pain and function have not improved by 30% by week { $week }. Talk to your physiotherapist or GP about your program.
schedule-title = Coming sessions of "{ $program }":
schedule-line = session { $number } · week { $week } · phase { $phase } · about { $minutes } min
schedule-ics-written = Wrote { $count ->
    [one] one session
   *[other] { $count } sessions
  } to { $path }, each at { $time } with a reminder { $minutes } minutes before. Open the file with your calendar app to add them.
schedule-ics-failed = Could not write the calendar file { $path }: { $reason }
ics-calendar-name = kern: { $program }
ics-summary = kern: { $program }, session { $number }
ics-description-phase = Phase { $phase } of { $phases }: { $name } · week { $week } · about { $minutes } min
ics-description-exercises = Exercises:
ics-description-today = On the day, `kern today` shows the dose of each exercise.
ics-alarm = { $program }: session { $number } starts in { $minutes } minutes.

## Export, import, backup and restore
export-written = { $count ->
    [one] Exported one entry to { $path }.
   *[other] Exported { $count } entries to { $path }.
  }
export-no-file-name = { $path } does not name a file.
export-write-failed = Could not write { $path }: { $reason }
export-incomplete = { $count ->
    [one] One journal file could not be read and is not in the export.
   *[other] { $count } journal files could not be read and are not in the export.
  }
export-delimiter-csv-only = --delimiter only applies to --format csv.
export-subject-fhir-only = --subject only applies to --format fhir.
export-bad-subject = '{ $subject }' cannot be a pseudonym: use 1 to 64 letters, digits, '-', '.' or '_', and never your name.
import-cannot-read = Cannot read { $path }: { $reason }
import-not-an-export = { $path } is not a kern journal export ({ $reason }). Make one with `kern export --format json`.
import-unknown-format = { $path } has the format '{ $format }'; this kern reads '{ $supported }'.
merge-summary = { $added ->
    [one] One entry added
   *[other] { $added } entries added
  }, { $present } already present, { $refused } refused.
merge-refused = Refused { $source }: { $reason }
merge-refused-unreadable = not a readable journal entry ({ $detail })
merge-refused-bad-id = the id '{ $detail }' cannot be a file name
merge-refused-conflict = your journal already holds a different entry with this id, which stays as it is
merge-refused-write-failed = could not be saved ({ $detail })
backup-written = { $count ->
    [one] Backed up one journal file to { $path }.
   *[other] Backed up { $count } journal files to { $path }.
  }
backup-exists = { $path } already exists (or is a folder that is not empty); kern never overwrites a backup. Choose another name.
backup-failed = Could not write the backup { $path }: { $reason }
restore-cannot-read = Cannot read the backup { $path }: { $reason }

## The plain-text coach
plain-use-plain = The full-screen coach is not available yet; run `kern session --plain` for the line-by-line coach.
plain-locked = Another kern coach is already open. Close it first; `kern journal` and `kern doctor` keep working meanwhile.
plain-keys = At each set: press Enter when done · h then Enter: this hurts · s: skip · q: stop and save.
plain-want-score = '{ $answer }' is not a whole number from 0 to 10. Please type a number and press Enter.
plain-want-yes-no = '{ $answer }' is not y or n. Please type y for yes or n for no.
plain-want-step = '{ $answer }' is not a choice here. Press Enter when done, or type h (this hurts), s (skip) or q (stop and save).
plain-want-choice = '{ $answer }' is not one of the choices. Type a number from 1 to { $max }.
plain-enter-to-skip = Enter to skip
plain-get-ready = Get ready for { $name } ({ $dose }). We start in { $seconds } seconds.
plain-set = { $name }, set { $set } of { $sets }{ $side }
plain-reps = { $reps } repetitions
plain-hold-each = hold each { $seconds } seconds
plain-hold = hold { $seconds } seconds ({ $hold } of { $of })
plain-breaths = { $breaths } slow breaths
plain-switch-side = Change sides: the right side is next.
plain-relax = Relax for { $seconds } seconds.
plain-rest = Rest { $seconds } seconds. Next: { $name }.
plain-session-saved = Session saved: { $done } of { $total } exercises fully done. Well done.
plain-partial-saved = Saved what you did as a partial session ({ $done } of { $total } exercises fully done).
plain-resume = A session planned for { $date } was cut off after { $sets ->
    [one] one completed set
   *[other] { $sets } completed sets
  }. Resume it where it stopped? (n saves it as a partial session)
plain-closed-partial = It is saved as a partial session.
side-left = left side
side-right = right side
checkin-pain-now = How much pain do you have now? (0 = none, 10 = the worst imaginable)
checkin-pain-average = And on average over the last 24 hours?
checkin-morning-settled = The morning after your last session, was your back back to how it usually is?
checkin-morning-pain = How much pain did you have that morning?
checkin-high-pain = Your pain is high today. Go gently: it is fine to do less, choose the easier variant, or just take a walk.
checkout-pain-during = What was your highest pain during the session?
checkout-effort = How hard did the session feel? (0 = no effort, 3 = easy, 5 = hard but fine, 7 = very hard, 10 = the most you could do)
checkout-pain-after = How much pain do you have now?
checkout-note = Anything you want to note for yourself or your physiotherapist?
hurt-pain = How much does it hurt right now?
hurt-what-now = What would you like to do?
hurt-easier = Do the easier variant: { $name }
hurt-skip = Skip this exercise
hurt-stop = Stop the session here (what you did is saved)
hurt-continue = Go on gently, within what feels acceptable
hurt-over-limit = That is above the limit your program sets. Please do not push through: take the easier variant, skip, or stop.
skip-why = Why skip this exercise?
skip-pain = it hurts
skip-time = no time
skip-equipment = no equipment or space
skip-too-hard = too hard
skip-other = another reason
screen-intro = Before you start, a few safety questions. Answer each with y (yes) or n (no). They are a safety net, not a diagnosis.
screen-see-doctor = One of your answers means a doctor should check you within a day or two before you start exercising.
screen-clinician-checked = Has a doctor or physiotherapist already checked this and agreed you can exercise?
screen-clear = Thank you. Nothing in your answers stands in the way of exercising.

## The coach
coach-no-terminal = kern's coach needs a terminal. Run `kern session --plain` for the line-by-line coach, or `kern overview` for the commands.
tui-tagline = your back-exercise coach
tui-too-small = This window is too small for kern. Please make it at least 40 columns wide and 12 lines high.
tui-saved = Saved.
tui-not-saved = Not saved yet ({ $reason }). It is kept; choose "Try saving again" on Home.
tui-session-saved = Session saved. Well done.
tui-partial-saved = What you did is saved as a partial session.
tui-too-few-days = { $days ->
    [one] One exercise day is
   *[other] { $days } exercise days are
  } too few for { $sessions } sessions a week; tick more days with Space.
home-start-session = Start today's session
home-retry = Try saving again ({ $count } kept)
home-log-pain = Log my pain now
home-progress = My progress
home-library = Exercises and programs
home-journal = My journal
home-settings = Settings
home-quit = Quit
home-progress-count = { $done } of { $total } sessions done
home-session-today = Today: a session of about { $minutes } minutes, { $count } exercises.
home-week = This week: { $done } of { $planned } sessions.
home-pain-30-days = Pain, 30 days ({ $days ->
    [one] one day logged
   *[other] { $days } days logged
  })
home-card = Good to know
form-want-number = Type a whole number from { $min } to { $max }, then Enter.
form-want-text = Please type something, then Enter.
form-want-yes-no = Press y for yes or n for no.
form-pain-hint = 0 = no pain · 5 = moderate · 10 = the worst imaginable
form-effort-hint = 0 = no effort · 3 = easy · 5 = hard but fine · 7 = very hard · 10 = the most you could do
form-red-flags = Safety questions
form-pain-log = Log my pain
form-check-in = Before the session
form-check-out = After the session
form-function = How do your activities go?
form-function-activity = { $activity }: how well can you do it now?
form-function-hint = 0 = I cannot do it · 10 = as well as before my back pain
form-no-activities = You chose no activities to score. Choose them when you start a program.
form-global-rating = Looking back
form-global-rating-question = Since you started, how has your back changed?
form-global-rating-hint = −5 = much worse · 0 = the same · +5 = much better
form-resume = A session was cut off
form-activities = Your activities
form-activity = Activity { $number } that your back makes hard
form-activity-hint = In your own words, such as "gardening" or "sitting for an hour". 3 are needed, 5 at most (Enter on an empty line to stop after 3).
form-baseline-title = Your usual pain
form-baseline = On a usual day these weeks, how much pain do you have?
first-run-about-title = What kern is, and is not
first-run-about-next = Next: a few safety questions, then you choose your program. Press Enter.
first-run-program = Choose your program (agree it with your physiotherapist if you have one)
first-run-weekdays = Your exercise days (Space to tick, Enter to confirm)
locked-title = Your program is paused
player-rest-next = Rest · next: { $name }
player-get-ready = Get ready: { $name }
player-reps = { $reps } reps
player-paused = PAUSED
player-timer = timer
player-session-progress = session { $percent }%
player-set = Set { $set } of { $sets }
player-hold-of = hold { $hold } of { $of }
player-enter-when-done = press Enter when the set is done
player-rest = Rest. Next up:
player-get-into-position = Get into position.
library-exercises = Exercises
library-programs = Programs
settings-language = Language
settings-bell = Sound (bell) at each change
settings-flash = Flash at each change
settings-contrast = High contrast
settings-program = Change program or days
settings-on = on
settings-off = off
help-title = Keys
help-close = Press any key to close.
progress-pain-title = Pain over time (0–10)
progress-daily-pain = daily pain
progress-pain-after = after a session
progress-meaningful-line = meaningful change
progress-meaningful = a meaningful change
progress-not-yet-meaningful = not yet a meaningful change
progress-pain-better = Your average pain is { $points } points lower than at the start: { $meaningful }.
progress-pain-worse = Your average pain is { $points } points higher than at the start: { $meaningful }. Talk to your physiotherapist if it stays so.
progress-pain-same = Your average pain is about the same as at the start.
progress-pain-no-data = Log your pain for a week or two to see how it changes.
progress-function-better = Your activities score { $points } points higher than at the start: { $meaningful }.
progress-function-worse = Your activities score { $points } points lower than at the start: { $meaningful }.
progress-function-same = Your activities score about the same as at the start.
progress-function-no-data = Score your activities twice to see how they change.
progress-sessions-per-week = Sessions per week (last 8 weeks): { $counts }
progress-changes = How your exercises changed
progress-no-changes = No dose changes yet.
key-move = move
key-open = open
key-log-pain = log pain
key-help = help
key-quit = quit
key-type-score = type a score
key-adjust = adjust
key-confirm = confirm
key-back = back
key-yes = yes
key-no = no
key-done = set done
key-pause = pause/resume
key-hurts = this hurts
key-skip = skip
key-instructions = instructions
key-stop-save = stop and save
key-toggle = change
key-continue = continue
key-clinician-checked = yes, I have been checked
key-scroll = scroll
key-switch-list = exercises/programs
key-name-space = Space
key-name-yes = y
home-due-function = Score my activities
home-due-global-rating = How much I changed (week { $week })
home-due-red-flag-check = Weekly check for warning signs
home-more-exercises = … and { $count } more
schema-written = Wrote { $path }

## Report for the physiotherapist (kern report)
report-title = Report for the physiotherapist
report-period = { $from } to { $until }
report-disclaimer = Made by kern from the patient's own entries, to support the program agreed with the physiotherapist. It is not a diagnosis and not a substitute for a clinical assessment.
report-made = Made on { $date } from { $entries } journal entries.
report-unreadable = { $count ->
    [one] One journal file could not be read and is left out.
   *[other] { $count } journal files could not be read and are left out.
  }
report-h-glance = At a glance
report-h-program = Program
report-h-adherence = Sessions planned and done
report-h-pain = Pain
report-h-function = Function on the patient's own activities
report-h-effort = Effort
report-h-rating = Global rating of change
report-h-decisions = Dose changes and why
report-h-flare-ups = Flare-ups
report-h-red-flags = Red flags
report-h-sessions = Sessions one by one
report-h-notes = The patient's notes
report-program-none = No program was followed in this period.
report-program-unknown = (not in this kern's catalog)
report-program-name = Program
report-program-author = Written by
report-program-start = Started on
report-program-days = Chosen days
report-program-dose = Planned dose
report-program-dose-value = { $per_week } sessions a week for { $weeks } weeks
report-program-completed = Sessions completed
report-program-completed-value = { $done } of { $total }
report-program-usual = Usual pain at the start
report-program-activities = Own activities (function score)
report-adherence = Planned { $planned }, done { $done }, partly done { $partial }, missed { $missed }: { $percent }% of the planned sessions were done, fully or partly.
report-adherence-no-program = No program was followed, so no sessions were planned.
report-adherence-nothing-planned = No sessions were planned in this period yet.
report-adherence-how = Planned: { $per_week } sessions a week on the chosen days ({ $days }) from { $start }, counting only days that have passed, and none once every session of the program is complete. Extra sessions do not make up for another week.
report-pain-better = Average pain fell from { $start } to { $now } out of 10 ({ $points } points, { $percent }%): { $meaningful }.
report-pain-worse = Average pain rose from { $start } to { $now } out of 10 ({ $points } points, { $percent }%): { $meaningful }.
report-pain-same = Average pain stayed about the same: { $start } at the start and { $now } now, out of 10.
report-pain-meaningful-yes = a meaningful change (2 points or 30%)
report-pain-meaningful-no = not a meaningful change (that takes 2 points or 30%)
report-pain-too-short = Pain was noted over less than a week: too short to compare the start with now.
report-pain-no-data = No pain was noted in this period.
report-pain-sessions = Pain around sessions (means out of 10): just before { $before }, highest during { $during }, after { $after }.
report-pain-how = Daily pain is the mean of the day's check-ins (the 24-hour average when given). The start is the mean of the first 7 days with pain noted; now is the mean of the last 7 days.
report-function-better = The mean score on the patient's own activities rose from { $start } to { $now } out of 10 ({ $points } points): { $meaningful }.
report-function-worse = The mean score on the patient's own activities fell from { $start } to { $now } out of 10 ({ $points } points): { $meaningful }.
report-function-same = The mean score on the patient's own activities stayed about the same: { $start } at the first scoring and { $now } at the latest, out of 10.
report-function-meaningful-yes = a meaningful change (about 2 points on the mean)
report-function-meaningful-no = not yet a meaningful change (about 2 points on the mean)
report-function-once = The activities were scored once ({ $mean } out of 10 on { $date }); a second score is needed to compare.
report-function-no-data = No function score in this period.
report-function-how = Each activity is scored from 0 (unable) to 10 (as before the back pain). A change of 3 points on one activity, or about 2 on the mean, is meaningful.
report-activity-meaningful = { $change } (meaningful)
report-effort = Effort after sessions: mean { $mean } out of 10 (from { $low } to { $high }) over { $count ->
    [one] one session
   *[other] { $count } sessions
  }.
report-effort-no-data = No effort was noted in this period.
report-rating-much-better = { $rating } (much better)
report-rating-none = No global rating of change in this period.
report-rating-how = From −5 (much worse) through 0 (no change) to +5 (much better), since the start; +4 or +5 counts as much better.
report-decisions-none = No dose changes in this period.
report-decisions-holds = { $count ->
    [one] Once a dose simply stayed (waiting for a second good session or for the days between two steps, or at the top of its ladder); that is left out.
   *[other] { $count } times a dose simply stayed (waiting for a second good session or for the days between two steps, or at the top of its ladder); these are left out.
  }
report-flare-up = Flare-up recognised on { $from }: sessions at { $percent }% volume until { $until }.
report-flare-ups-none = No flare-ups (pain { $rise } or more points above the usual { $usual }/10 for more than { $hours } hours).
report-red-flags-screen = { $answered } questions answered, { $yes ->
    [0] none with yes
    [one] one with yes
   *[other] { $yes } with yes
  } ({ $outcome }).
report-red-flags-checked = The patient confirmed a clinician has checked them.
report-red-flags-weekly = Weekly question "anything new?": answered no { $no ->
    [one] once
   *[other] { $no } times
  }{ $yes ->
    [0] {""}
    [one] , yes once ({ $dates })
   *[other] , yes { $yes } times ({ $dates })
  }.
report-red-flags-none = No red-flag questions were answered in this period.
report-glance-rating = Latest global rating of change: { $rating } on { $date }.
report-glance-flare-ups = { $count ->
    [0] No flare-ups.
    [one] One flare-up.
   *[other] { $count } flare-ups.
  }
report-glance-red-flags = Red flags at the latest screen ({ $date }): { $outcome }.
report-note-skip = skipped { $exercise }
report-replaced = replaced by an easier one
report-sessions-none = No sessions in this period.
report-notes-none = No notes in this period.
report-figure-empty-adherence = No weeks to show: nothing was planned in this period.
report-figure-empty-pain = No pain noted in this period: nothing to draw.
report-figure-empty-function = No function score in this period: nothing to draw.
report-axis-week = wk { $week }
report-legend-daily = daily pain
report-legend-before = just before a session
report-legend-after = after a session
report-legend-meaningful = a meaningful fall from the start
report-legend-flare-up = flare-up: lighter sessions
report-legend-mean = mean
report-legend-done = done
report-legend-partial = partly done
report-legend-missed = missed
report-row-mean = Mean
report-total = Total
report-col-week = Week
report-col-week-of = Monday
report-col-planned = Planned
report-col-done = Done
report-col-partial = Partly
report-col-missed = Missed
report-col-effort = Effort (mean)
report-col-pain-mean = Daily pain (mean)
report-col-pain-range = Lowest–highest
report-col-before = Before
report-col-after = After
report-col-during = During (max)
report-col-activity = Activity
report-col-change = Change
report-col-date = Date
report-col-rating = Rating
report-col-decision = What changed
report-col-reason = Why
report-col-phase = Phase
report-col-status = Status
report-col-minutes = Minutes
report-col-effort-short = Effort
report-col-exercises = Exercises done in full
report-col-where = With
report-col-note = Note
report-written = Wrote the report to { $path }.
report-bad-period = --since { $since } is after --until { $until }.

## Authoring: kern new, kern import free-exercise-db, kern program export and install
diag-placeholder-text = '{ $key }' still holds placeholder text
diag-placeholder-text-help = replace the text that starts with TODO (English) or TE DOEN (Dutch); in a draft this is a warning, otherwise an error
validate-drafts = { $drafts ->
    [one] One exercise is a draft: kern never offers it to a patient, and no program may use it.
   *[other] { $drafts } exercises are drafts: kern never offers them to a patient, and no program may use them.
  }
new-bad-id = '{ $id }' cannot be an id: use lower-case letters and digits in words joined by single hyphens, such as my-bridge.
new-exercise-taken = There is already an exercise '{ $id }' ({ $file }). Choose another id: a draft with this id would take its place.
new-no-config-dir = kern cannot find a config folder; give one with --config-dir or KERN_CONFIG_DIR, or write elsewhere with --dir.
new-exists = { $path } already exists; kern never overwrites a file. Choose another id, or remove the file first.
new-written = Wrote { $path }
new-schema-written = Wrote { $path } (editors that read TOML schemas check and complete the keys with it)
new-check-with = Check it with: { $command }
new-exercise-next = Replace every text that starts with TODO or TE DOEN, check the numbers, then remove 'draft = true'. Until then it is a draft: kern never offers it to a patient. The guide is docs/authoring.md.
new-program-next = Change it for your patient; a patient starts it with `kern start ID`. The guide is docs/authoring.md.
new-program-same-id = This program takes the place of the program '{ $id }' in { $file }.
program-usage = Give a program id (`kern program ID`) or a command: show, export or install. `kern programs` lists the programs.
export-program-has-errors = Program '{ $id }' or an exercise it uses has errors; fix them first (`kern validate` shows them):
export-program-not-empty = { $dir } already exists and is not empty; kern never overwrites files. Choose a new folder.
export-program-done = Exported program '{ $id }' to { $dir }: { $exercises ->
    [one] one exercise
   *[other] { $exercises } exercises
  } and { $references ->
    [one] one reference
   *[other] { $references } references
  }, with a README.txt.
export-program-next = Install it on another computer with: kern program install { $dir }
bundle-readme =
    kern program bundle: { $title } ("{ $id }", version { $version }, by { $author })

    This folder holds a kern program with everything it needs:
      programs/{ $id }.toml   the program
      exercises/   the { $exercises } exercises it can use: those of its phases and every rung of their ladders
      references.toml   the { $references } references they cite
      and schemas (.schema.json) for editors that check TOML, such as VS Code with Even Better TOML

    Check it:        kern validate <this folder>
    Install it:      kern program install <this folder>
    Then start it:   kern start { $id }
install-not-a-folder = { $path } is not a folder. Give the folder that `kern program export` wrote.
install-refused = Not installed: the bundle has { $errors ->
    [one] one error
   *[other] { $errors } errors
  } (shown above). Nothing was changed.
install-no-program = { $path } holds no program (programs/ID.toml); nothing was installed.
install-adds = adds       { $path }
install-replaces = replaces   { $path }
install-unchanged = unchanged  { $path }
install-same-as-shipped = shipped    { $path } (the same as kern's own: not copied)
install-in-place-of-shipped = (in place of the shipped one)
install-references = References: { $added } added, { $known } already known.
install-done = Installed program '{ $id }' into { $dir }. Start it with: kern start { $id }
install-config-errors = Your content now has { $errors ->
    [one] one error
   *[other] { $errors } errors
  }; `kern validate` shows them.
import-fedb-not-json = { $path } is not a free-exercise-db file ({ $reason }).
import-fedb-none = No exercise in { $path } passes the filters. Its categories: { $categories }. Its levels: { $levels }.
import-fedb-skipped = Skipped { $path }: the file is already there.
import-fedb-summary = Wrote { $written ->
    [one] one draft exercise
   *[other] { $written } draft exercises
  } to { $dir }{ $skipped ->
    [0] .
    [one] ; skipped one that was already there.
   *[other] ; skipped { $skipped } that were already there.
  }
import-fedb-next = They are drafts in English: kern never offers them to a patient and no program may use them. Check them with `kern validate { $dir }`; docs/authoring.md says how to finish one.
