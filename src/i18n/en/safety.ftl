## Red flags: the 11 warning signs (CLINICAL.md), the lock after an alarming answer, the
## clinician's check that lifts it (`kern cleared`), and the weekly check.

## The questions, in order: 1–7 mean "go to the emergency department or call 112 now",
## 8–11 mean "see your GP within a day or two".
red-flag-saddle-numbness = Do you have new numbness or tingling between your inner thighs, around your genitals, anus or buttocks?
red-flag-bladder-change = Do you have new trouble starting or holding your urine, leaking, or not feeling when your bladder is full?
red-flag-bowel-control = Have you newly lost control of your bowels?
red-flag-sexual-function = Have you noticed a new change in sexual function or in feeling around your genitals?
red-flag-leg-weakness = Is there new or worsening weakness in a leg, or do you have new pain, numbness or tingling in both legs?
red-flag-sudden-severe-pain = Do you have sudden, severe pain in your back or belly with a throbbing feeling (whether or not you feel faint)?
red-flag-sudden-chest-pain-or-breathless = Do you have sudden pain in your chest, or are you suddenly short of breath?
red-flag-trauma = Did your pain start after a serious fall or accident (or a small one if you have brittle bones (osteoporosis), take steroid tablets such as cortisone for a long time, or are over 70)?
red-flag-cancer-or-weight-loss = Have you ever had cancer, or have you lost weight without trying?
red-flag-infection-risk = Do you have a fever, a weakened immune system (for example from chemotherapy, medicines after a transplant, steroid tablets taken for a long time, or HIV), or do you inject drugs?
red-flag-constant-or-night-pain = Is your pain there all the time whatever position you take, or severe at night, or is it mainly in your upper back and not like your usual back pain?
# The question kern asked before the list changed; only shown for old answers.
red-flag-chest-or-breathing = (earlier question) Was your pain mainly in your chest or upper back, or were you short of breath?
## Lifelong facts a doctor or physiotherapist has already checked: only what is new is asked.
red-flag-trauma-since = Since { $date }, have you had a serious fall or accident (or a small one if you have brittle bones, take steroid tablets for a long time, or are over 70)?
red-flag-cancer-or-weight-loss-since = Since { $date }, have you been told you have cancer, or have you lost weight without trying?

## The weekly check: one short topic per warning sign.
red-flag-topic-saddle-numbness = numbness or tingling around your genitals, anus or buttocks
red-flag-topic-bladder-change = trouble passing or holding urine
red-flag-topic-bowel-control = losing control of your bowels
red-flag-topic-sexual-function = a change in sexual function or in feeling around your genitals
red-flag-topic-leg-weakness = weakness in a leg, or symptoms in both legs
red-flag-topic-sudden-severe-pain = sudden severe back or belly pain with a throbbing feeling
red-flag-topic-sudden-chest-pain-or-breathless = sudden chest pain or shortness of breath
red-flag-topic-trauma = a serious fall or accident
red-flag-topic-cancer-or-weight-loss = cancer, or losing weight without trying
red-flag-topic-infection-risk = fever, a weakened immune system, or injecting drugs
red-flag-topic-constant-or-night-pain = pain all the time, severe at night, or mainly in your upper back
red-flag-topic-chest-or-breathing = pain mainly in the chest or upper back, or shortness of breath
weekly-check-title = Weekly check for warning signs
weekly-check-ask = Since { $date }, has any of these come up new?
weekly-check-question = Since { $date }, has any of these come up new: { red-flag-topic-saddle-numbness }; { red-flag-topic-bladder-change }; { red-flag-topic-bowel-control }; { red-flag-topic-sexual-function }; { red-flag-topic-leg-weakness }; { red-flag-topic-sudden-severe-pain }; { red-flag-topic-sudden-chest-pain-or-breathless }; { red-flag-topic-trauma }; { red-flag-topic-cancer-or-weight-loss }; { red-flag-topic-infection-risk }; { red-flag-topic-constant-or-night-pain }?
# Without a date (no screen to date it from).
weekly-check-ask-undated = Since your last check, has any of these come up new?

## The advice while the program is paused.
notice-red-flag-emergency = You reported a warning sign that needs help now: go to the emergency department or call 112. Do not wait.
notice-red-flag-doctor = You reported a warning sign: see your GP within a day or two, before you go on with your exercises.
safety-record-check = Your program stays paused until a doctor or physiotherapist has checked you. Once they have, record it: kern cleared --on DATE (the day of the check: { $since } or later).
safety-locked-unlock = Answer yes once a doctor or physiotherapist has checked you since { $since } and agreed that you can exercise. For a check on another day: kern cleared --on DATE.
safety-checked-since = Has a doctor or physiotherapist checked you since { $since }?
safety-still-paused = Your program stays paused until a doctor or physiotherapist has checked you.
key-not-yet = not yet
safety-check-recorded = Recorded: a doctor or physiotherapist has checked you. Your program goes on.

## `kern cleared`
cleared-about = Record that a doctor or physiotherapist has checked you since a warning sign paused your program. Only this lifts the pause: answering the safety questions again does not.
cleared-done = Recorded: { $by ->
    [doctor] a doctor
    [physio] a physiotherapist
   *[other] a doctor or physiotherapist
  } checked you on { $date }. Your program continues.
cleared-nothing-locked = Nothing to record: no warning sign is waiting for a check. (kern cleared is for after a warning sign has paused your program.)
cleared-before-lock = { $date } is before { $since }, the day of the answer that paused your program. Give the day of a check on { $since } or later.
cleared-in-future = { $date } is in the future (today is { $today }). Give the day the check took place.
cleared-still-locked = Your program is still paused: a warning sign answered later also needs a check.

## Journal, report and export
kind-cleared = clinician's check
journal-cleared = checked by { $by ->
    [doctor] a doctor
    [physio] a physiotherapist
   *[other] a doctor or physiotherapist
  } on { $date }
report-red-flags-cleared = Cleared by { $by ->
    [doctor] a doctor
    [physio] a physiotherapist
   *[other] a doctor or physiotherapist
  } on { $date } (recorded { $recorded }).
report-red-flags-locked = The program is paused since { $since }: waiting for a doctor or physiotherapist to check the patient.

## Short names of the warning signs (report).
report-flag-saddle-numbness = new numbness or tingling in the saddle area
report-flag-bladder-change = new trouble starting or holding urine
report-flag-bowel-control = new loss of bowel control
report-flag-sexual-function = new change in sexual function or genital sensation
report-flag-leg-weakness = new or worsening leg weakness, or new symptoms in both legs
report-flag-sudden-severe-pain = sudden severe back or belly pain with a throbbing feeling (faint or not)
report-flag-sudden-chest-pain-or-breathless = sudden chest pain or sudden shortness of breath
report-flag-trauma = pain after a major fall or accident
report-flag-cancer-or-weight-loss = history of cancer, or weight loss without trying
report-flag-infection-risk = fever, a weakened immune system, or injecting drug use
report-flag-constant-or-night-pain = constant pain whatever the position, severe pain at night, or pain mainly in the upper back
report-flag-chest-or-breathing = pain mainly in the chest or upper back, or shortness of breath (earlier question)
