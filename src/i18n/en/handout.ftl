# The home-exercise handout (kern handout).

handout-title = Your home exercises
handout-therapist = Made with your physiotherapist { $name }.
handout-therapist-unknown = Made with your physiotherapist.
handout-phase = Phase { $number } · { $name }
handout-phase-when = Weeks { $first }–{ $last } · { $sessions ->
    [one] 1 session a week
   *[other] { $sessions } sessions a week
  } · about { $minutes } minutes
handout-dose = Dose
handout-cautions = Take care
handout-log = Your log: tick a box after each session and write the date
handout-log-week = Week
handout-log-session = Session
handout-log-pain = Pain (0–10)
handout-log-notes = Notes
handout-safety = Safety
handout-safety-stop = Exercise may feel like effort and mild discomfort that settles within a day. Stop an exercise that causes sharp pain, or pain, tingling or numbness spreading down a leg, and tell your physiotherapist.
handout-call-physio = Questions, or pain that does not settle: call your physiotherapist, { $name }.
handout-call-physio-unknown = Questions, or pain that does not settle: call your physiotherapist.
handout-call-doctor = New or worsening symptoms, fever, unexplained weight loss or pain at night that does not ease: see your GP.
handout-call-emergency = Numbness around the genitals or buttocks, new trouble passing or holding urine or stools, or new weakness in the legs: go to the emergency department or call 112 at once.
handout-written = Handout written to { $path }.
handout-no-program = You do not follow a program yet, and no program was named: give one, such as `kern handout gentle-start`.
handout-unknown-program = There is no program '{ $id }'.
handout-no-phase = This program has no phase { $phase } (it has { $count }).
