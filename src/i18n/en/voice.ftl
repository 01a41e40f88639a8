## The coach's voice: what kern says aloud during a session (short, to be heard, not read), and
## the settings and notes about speech.

voice-get-ready = Get ready for { $name }: { $dose }.
voice-next-up = Next: { $name }, { $dose }.
voice-rest = Rest { $seconds } seconds.
voice-set = { $last ->
    [yes] Last set
   *[no] Set { $set } of { $sets }
}{ $side ->
    [left] , left side
    [right] , right side
   *[none] {""}
}.
voice-side = { $side ->
    [left] Left side.
   *[right] Right side.
}
voice-go = Go.
voice-first = { $name }.
voice-hold = Hold { $seconds } seconds.
voice-hold-of = Hold { $hold } of { $of }, { $seconds } seconds.
voice-timed = { $minutes ->
    [0] { $seconds } seconds. Go.
   *[other] { $minutes ->
        [one] One minute
       *[other] { $minutes } minutes
    }. Go.
}
voice-breaths = Breathe slowly, { $breaths } breaths.
voice-count-move = { $last ->
    [yes] Last one, up.
   *[no] { $rep }, up.
}
voice-count-hold = { $seconds ->
    [1] Hold.
    [2] Hold.
    [3] Hold.
    [4] Hold.
   *[other] Hold { $seconds } seconds.
}
voice-count-return = And down.
voice-seconds-left = { $seconds } seconds.
voice-minutes-left = { $minutes ->
    [one] One minute to go.
   *[other] { $minutes } minutes to go.
}
voice-tick = { $seconds }.
voice-switch-side = Switch sides: { $side ->
    [left] left side next.
   *[right] right side next.
}
voice-relax = Relax.
voice-paused = Paused.
voice-resumed = And on we go.
voice-skipped = Skipped.
voice-replaced = The easier one: { $name }.
voice-check-out = That was the last exercise. Well done. A few questions to close.
voice-done = Session saved. See you next time.
voice-partial = What you did is saved.

## Dose, as spoken
voice-dose-reps = { $sets ->
    [one] one set
   *[other] { $sets } sets
} of { $reps } repetitions
voice-dose-holds = { $sets ->
    [one] one set
   *[other] { $sets } sets
} of { $reps } holds of { $seconds } seconds
voice-dose-hold-single = { $sets ->
    [one] one hold
   *[other] { $sets } holds
} of { $seconds } seconds
voice-dose-timed = { $minutes ->
    [0] { $seconds } seconds
    [one] one minute
   *[other] { $minutes } minutes
}
voice-dose-breaths = { $sets ->
    [one] one set
   *[other] { $sets } sets
} of { $breaths } slow breaths
voice-dose-per-side = { $dose }, on each side

## Settings and notes
settings-voice = Voice
settings-hands-free = Hands-free
voice-none = kern found no speech program (install espeak-ng or speech-dispatcher, or set KERN_SPEECH_COMMAND); the session goes on without voice.
voice-failed = kern could not speak ({ $reason }); the session goes on without voice.
voice-bad-command = { $reason }; the session goes on without voice.
