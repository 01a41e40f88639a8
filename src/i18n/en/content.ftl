## Content: references, CERT reports, adverse events (issue 10)

diag-doi-unchecked = the DOI of '{ $id }' was not checked against a record (checked = "{ $checked }")
diag-doi-unchecked-help = look the DOI up (doi.org, PubMed or the publisher), then write checked = "doi"; remove a DOI you cannot confirm

references-title = { $count ->
    [one] One reference
   *[other] { $count } references
}
references-cited-by = Cited by: { $list }
references-not-cited = Not cited: background reading
references-checked = Checked against a record: { $checked ->
    [doi] DOI and title
    [title] title and source
   *[other] not checked
}
references-cited-by-title = What { $id } cites:
references-no-such-item = No exercise, program or education card is called '{ $id }'.
references-none = { $id } cites no references.

## The plain coach: the keys for yes and no (the full-screen coach uses the same)
plain-yes-no-keys = [y/n]

## CERT checklist (kern program cert ID)
cert-title = CERT checklist: { $title }
cert-column-item = Item
cert-column-answer = Answer
cert-column-source = Source
cert-not-stated = Not stated.
cert-source-none = the program file is silent
cert-source-file = program file: { $key }
cert-source-kern = what kern does
cert-source-exercises = the exercise files
cert-item-1 = Equipment: type, size, resistance or load
cert-item-2 = Provider: who delivers the program, qualifications and training
cert-item-3 = Individually or in a group
cert-item-4 = Supervised or unsupervised, and how it is delivered
cert-item-5 = How adherence is measured and reported
cert-item-6 = Motivation strategies
cert-item-7 = Progression: decision rules (7a) and how the program progresses (7b)
cert-item-8 = Each exercise described so it can be repeated
cert-item-9 = Home program component
cert-item-10 = Non-exercise components
cert-item-11 = Type and number of adverse events
cert-item-12 = Setting
cert-item-13 = Dose: repetitions, sets, sessions, duration and intensity
cert-item-14 = Generic or tailored (14a), and how it is tailored (14b)
cert-item-15 = How the starting level is decided
cert-item-16 = Adherence and fidelity: how assessed (16a), delivered as planned (16b)
cert-equipment = { $text } The exercises use: { $list }.
cert-no-equipment = no equipment
cert-delivery-individual = Individually: one patient at a time.
cert-delivery-group = In a group.
cert-delivery-both = Partly individually, partly in a group.
cert-supervision-supervised = Supervised: every session with a clinician.
cert-supervision-unsupervised = Unsupervised: the patient exercises alone.
cert-supervision-both = Partly supervised, partly alone.
cert-kern-delivers = kern guides each session on the patient's own computer, step by step on a full screen or line by line, and times every hold and rest.
cert-kern-adherence = kern's session log records every session: each exercise done, shortened, skipped or stopped, the sets and repetitions done, pain before, during and after, effort, and next-morning pain. `kern report` shows the therapist the sessions planned and done, week by week.
cert-phases = { $count ->
    [one] One phase (weeks { $weeks }) sets the exercises and starting doses.
   *[other] { $count } phases (weeks { $weeks }) change the exercises and starting doses; a dose the patient has earned is kept into the next phase.
}
cert-kern-descriptions = Each of the { $count } exercises has a purpose, numbered steps, cues, common mistakes, cautions and its safe dose range, in English and Dutch (`kern exercise ID`), with the research it rests on.
cert-education = The coach shows education cards in the spirit of cognitive functional therapy in set weeks: { $weeks }.
cert-education-week = week { $week }: { $cards }
cert-kern-adverse-events = kern records adverse events as their own journal entries (what happened, how bad, the exercise, the pain, the patient's words): the coach records pain above the agreed limit that made an exercise easier, skipped or stopped, and the patient records falls, injuries, flare-ups, new symptoms and the like with `kern log --adverse`. `kern report` lists them for the therapist, and the exports carry them. Red-flag answers lock the program until a clinician has checked the patient.
cert-dose = { $weeks } weeks, { $sessions } sessions a week (suggested days: { $days }).
cert-dose-phase = Weeks { $first }–{ $last }: about { $minutes } minutes a session, { $effort }; { $exercises }.
cert-effort = target effort { $low } to { $high } out of 10
cert-effort-not-stated = target effort not stated
cert-kern-tailors = kern adapts each exercise's dose to the patient's own pain and effort by the rules of item 7.
cert-kern-fidelity = The journal holds, for every session, the planned dose of each exercise and what was done, so planned and done can be compared exercise by exercise; `kern report` shows sessions planned against sessions done and every dose change with its reason.

## Program checks for the CERT items
diag-effort-range = the target effort [{ $low }, { $high }] must run from low to high within 0 to 10
diag-effort-range-help = write two numbers from 0 to 10, the lower first, such as effort = [2, 4]
diag-unknown-card = there is no education card '{ $id }'
diag-unknown-card-help = the cards are the files in programs/education/; use a file name without .toml
author-kern-project = the kern project
