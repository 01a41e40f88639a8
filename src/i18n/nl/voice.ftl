## De stem van de coach: wat kern hardop zegt tijdens een sessie (kort, om te horen, niet om te
## lezen), en de instellingen en meldingen over spraak.

voice-get-ready = Maak je klaar voor { $name }: { $dose }.
voice-next-up = Hierna: { $name }, { $dose }.
voice-rest = Rust { $seconds } seconden.
voice-set = { $last ->
    [yes] Laatste reeks
   *[no] Reeks { $set } van { $sets }
}{ $side ->
    [left] , linkerkant
    [right] , rechterkant
   *[none] {""}
}.
voice-side = { $side ->
    [left] Linkerkant.
   *[right] Rechterkant.
}
voice-go = Start.
voice-first = { $name }.
voice-hold = Hou { $seconds } seconden vast.
voice-hold-of = Keer { $hold } van { $of }: { $seconds } seconden vasthouden.
voice-timed = { $minutes ->
    [0] { $seconds } seconden. Start.
   *[other] { $minutes ->
        [one] Eén minuut
       *[other] { $minutes } minuten
    }. Start.
}
voice-breaths = Adem rustig, { $breaths } keer.
voice-count-move = { $last ->
    [yes] Laatste, omhoog.
   *[no] { $rep }, omhoog.
}
voice-count-hold = { $seconds ->
    [1] Vasthouden.
    [2] Vasthouden.
    [3] Vasthouden.
    [4] Vasthouden.
   *[other] Hou { $seconds } seconden vast.
}
voice-count-return = En omlaag.
voice-seconds-left = Nog { $seconds } seconden.
voice-minutes-left = { $minutes ->
    [one] Nog één minuut.
   *[other] Nog { $minutes } minuten.
}
voice-tick = { $seconds }.
voice-switch-side = Wissel van kant: { $side ->
    [left] nu de linkerkant.
   *[right] nu de rechterkant.
}
voice-relax = Ontspan.
voice-paused = Pauze.
voice-resumed = We gaan verder.
voice-skipped = Overgeslagen.
voice-replaced = De makkelijkere oefening: { $name }.
voice-check-out = Dat was de laatste oefening. Goed gedaan. Nog enkele vragen tot slot.
voice-done = Sessie bewaard. Tot de volgende keer.
voice-partial = Wat je deed, is bewaard.

## Dosis, gesproken
voice-dose-reps = { $sets ->
    [one] één reeks
   *[other] { $sets } reeksen
} van { $reps } herhalingen
voice-dose-holds = { $sets ->
    [one] één reeks
   *[other] { $sets } reeksen
} van { $reps } keer { $seconds } seconden vasthouden
voice-dose-hold-single = { $sets ->
    [one] één keer
   *[other] { $sets } keer
} { $seconds } seconden vasthouden
voice-dose-timed = { $minutes ->
    [0] { $seconds } seconden
    [one] één minuut
   *[other] { $minutes } minuten
}
voice-dose-breaths = { $sets ->
    [one] één reeks
   *[other] { $sets } reeksen
} van { $breaths } rustige ademhalingen
voice-dose-per-side = { $dose }, aan elke kant

## Instellingen en meldingen
settings-voice = Stem
settings-hands-free = Handenvrij
voice-none = kern vond geen spraakprogramma (installeer espeak-ng of speech-dispatcher, of zet KERN_SPEECH_COMMAND); de sessie gaat verder zonder stem.
voice-failed = kern kon niet spreken ({ $reason }); de sessie gaat verder zonder stem.
voice-bad-command = { $reason }; de sessie gaat verder zonder stem.
