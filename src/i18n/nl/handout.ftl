# De oefenfiche voor thuis (kern handout).

handout-title = Je oefeningen voor thuis
handout-therapist = Opgesteld met je kinesitherapeut { $name }.
handout-therapist-unknown = Opgesteld met je kinesitherapeut.
handout-phase = Fase { $number } · { $name }
handout-phase-when = Weken { $first }–{ $last } · { $sessions ->
    [one] 1 sessie per week
   *[other] { $sessions } sessies per week
  } · ongeveer { $minutes } minuten
handout-dose = Dosis
handout-cautions = Let op
handout-log = Je logboek: vink na elke sessie een vakje aan en noteer de datum
handout-log-week = Week
handout-log-session = Sessie
handout-log-pain = Pijn (0–10)
handout-log-notes = Opmerkingen
handout-safety = Veiligheid
handout-safety-stop = Oefenen mag aanvoelen als inspanning en wat ongemak dat binnen een dag wegtrekt. Stop een oefening die scherpe pijn geeft, of pijn, tintelingen of een doof gevoel dat naar een been uitstraalt, en meld het aan je kinesitherapeut.
handout-call-physio = Vragen, of pijn die niet wegtrekt: bel je kinesitherapeut, { $name }.
handout-call-physio-unknown = Vragen, of pijn die niet wegtrekt: bel je kinesitherapeut.
handout-call-doctor = Nieuwe of erger wordende klachten, koorts, onverklaard gewichtsverlies of nachtelijke pijn die niet beter wordt: ga naar je huisarts.
handout-call-emergency = Een doof gevoel rond de geslachtsdelen of de billen, nieuwe moeite om plas of stoelgang op te houden of kwijt te raken, of nieuw krachtverlies in de benen: ga meteen naar spoedgevallen of bel 112.
handout-written = Oefenfiche geschreven naar { $path }.
handout-no-program = Je volgt nog geen programma en er is geen programma opgegeven: geef er een, zoals `kern handout gentle-start`.
handout-unknown-program = Er bestaat geen programma '{ $id }'.
handout-no-phase = Dit programma heeft geen fase { $phase } (het heeft er { $count }).
