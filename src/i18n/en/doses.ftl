## Doses given set by set (a pyramid such as 5-3-1) and daily activity on rest days

dose-reps-per-set = { $reps } repetitions
dose-holds-per-set = { $reps } holds of { $seconds } s
decision-per-set-up = { $from } → { $to } (one more in each set)
decision-per-set-down = { $from } → { $to } (one fewer in each set)

## Spoken
voice-dose-reps-per-set = { $sets } sets: { $reps } repetitions
voice-dose-holds-per-set = { $sets } sets: { $reps } holds of { $seconds } seconds

## Checks of reps given set by set
diag-reps-list-empty = reps = [] gives no number for any set
diag-reps-list-empty-help = write one number per set, such as reps = [5, 3, 1], or one number for every set, such as reps = 8
diag-reps-list-too-long = reps gives { $count } numbers, but the dose has only { $sets } { $sets ->
    [one] set
   *[other] sets
  }
diag-reps-list-too-long-help = give at most one number per set ({ $sets }), or set sets = { $count }
diag-reps-set-outside-range = set { $set } asks { $value } reps, outside the safe range { $min }–{ $max }
diag-reps-list-sets-outside-range = reps gives { $count } numbers, so { $count } sets, outside the safe range { $min }–{ $max } sets of '{ $exercise }'
diag-reps-list-sets-outside-range-help = give between { $min } and { $max } numbers, or write sets = N with fewer numbers (the last number repeats)

## Daily activity on rest days
activity-rest-day = Rest day from exercises. Today: { $activity }.
activity-walking = walk { $minutes ->
    [one] 1 minute
   *[other] { $minutes } minutes
  }
activity-done-walking = Walked today: { $done } of { $minutes } minutes.
activity-log-hint = Done? Record it: kern log --walked { $minutes }

## kern log --walked
log-walked-saved = Walked { $minutes } minutes on { $date }: recorded.
log-walked-in-future = { $date } is in the future (today is { $today }); --on records a walk already done.
log-walked-minutes = { $minutes } minutes cannot be recorded: give the minutes you walked, 1 to { $max }.

## Journal and exports
kind-activity = activity
journal-activity-walking = walked { $minutes } min on { $date }
fhir-walking-minutes = Minutes walked (daily activity)

## Checks of a phase's daily activity
diag-activity-growth = growth_percent = { $value } grows the daily activity faster than { $max }% a week
diag-activity-growth-help = walking and other aerobic time should grow by about 10% a week at most; write growth_percent = { $max } or less

## Report
report-walking = Walks recorded (the daily activity of rest days): { $minutes } minutes in all, on { $days ->
    [one] 1 day
   *[other] { $days } days
  }.
activity-phase = On days without a session: { $activity }{ $percent ->
    [0] {""}
   *[other] , { $percent }% more every 7 days (rounded down, at least 1 minute), up to { $max } minutes
  }.

## Home
home-log-walk = I walked today ({ $minutes } min)
home-walk-saved = Recorded: you walked { $minutes } minutes today.
