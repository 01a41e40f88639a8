# Progression: reasons for dose changes and the rules shown with a program (engineer "progression").
reason-hold-pain-after = your pain after the session rose by 2 or more, and you said this exercise hurt.
reason-regress-effort = effort was { $effort }/10, well above what a step up allows.
reason-regress-trend = your next-morning pain rose over the last { $days } days.
reason-start-too-hard = the first session should feel light (effort at most { $effort_max }/10, pain at most { $pain_max }/10); it was effort { $effort }/10, pain { $pain }/10.
reason-new-phase = the new phase starts at this dose, more than you had reached.
reason-hold-rate = it stepped up { $days } { $days ->
    [one] day
   *[other] days
} ago; one step at most every { $every } days.

rule-rate = Each exercise steps up at most once every { $days } days; walking and other timed exercise at most once every { $aerobic } days, so it grows by no more than { $percent }% a week.
rule-start = The first session of each exercise should feel light: effort { $effort }/10 or less and pain during { $pain }/10 or less. If it felt harder, the next session is one step easier.
rule-trend = If your next-morning pain rises over { $days } days (the last { $half } days average { $rise } point or more above the { $half } days before), step back once.
rule-hurt = When pain during reaches { $pain }/10 or your pain after a session is { $rise } or more above the pain before, kern asks which exercise(s) it was: only those stay or step back. Not sure? Then the whole session counts.
rule-carry = When a new phase starts, an exercise you keep doing keeps the dose you reached if that is more than the phase writes; a new exercise starts at its written dose.
diag-effort-order = regress_effort = { $high_value } must be above effort_max = { $low_value }
diag-effort-order-help = the effort that steps a dose back must be above the effort a step up allows (effort_max)
