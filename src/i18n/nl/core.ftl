# De Nederlandstalige berichten van kern (Vlaams). Elke id staat ook in en.ftl (een test kijkt dat na).

## Niveaus
level-error = fout
level-warning = waarschuwing
level-note = opmerking
level-help = tip

## Bestanden lezen
diag-read-folder = dit is een map, geen bestand
diag-read-folder-help = kern leest bestanden die op .toml eindigen; geef de map een andere naam of haal het bestand eruit
diag-read-not-regular = dit is geen gewoon bestand (een apparaat, pipe of socket)
diag-read-io = dit bestand kan niet gelezen worden: { $reason }
diag-read-too-large = dit bestand is { $bytes } bytes; kern leest inhoudsbestanden van hoogstens { $limit } bytes
diag-read-too-large-help = een oefening of programma is enkele kilobytes groot; kijk na of dit het bedoelde bestand is
diag-read-not-utf8 = dit bestand is geen geldige UTF-8-tekst
diag-read-not-utf8-help = bewaar het bestand als UTF-8 (de meeste editors bieden "UTF-8" aan bij "Opslaan als" of "Codering")
diag-more-not-shown = { $count ->
    [one] nog één probleem in dit bestand wordt niet getoond
   *[other] nog { $count } problemen in dit bestand worden niet getoond
  }; verbeter eerst de problemen hierboven

## Syntaxis en structuur
diag-toml-syntax = TOML-syntaxfout: { $detail }
diag-toml-syntax-help = kijk aanhalingstekens, haakjes en "sleutel = waarde" op deze regel na; tekst staat tussen "dubbele aanhalingstekens"
diag-toml-syntax-more = { $count ->
    [one] nog één syntaxfout wordt niet getoond
   *[other] nog { $count } syntaxfouten worden niet getoond
  }; verbeter eerst de fouten hierboven
diag-missing-format = dit bestand heeft geen 'format'-regel, dus kern weet niet wat het is
diag-missing-format-help = voeg een eerste regel toe zoals: format = "{ $expected }"
diag-missing-format-any-help = voeg een eerste regel toe die zegt wat het bestand is, zoals: format = "kern.exercise/1" (de formaten zijn { $formats })
diag-format-not-text = 'format' moet tekst tussen aanhalingstekens zijn
diag-unknown-format = onbekend formaat '{ $format }'
diag-format-too-new = '{ $format }' is formaatversie { $version }, nieuwer dan wat deze kern leest
diag-format-too-new-help = werk kern bij, of schrijf het bestand in het formaat dat deze kern leest: { $supported }
diag-format-bad-version = '{ $format }' heeft geen geldig versienummer na de '/'
diag-unknown-key = onbekende sleutel '{ $key }'
diag-unknown-key-did-you-mean = bedoelde je '{ $suggestion }'?
diag-unknown-key-known = toegelaten sleutels hier: { $known }
diag-unknown-value = '{ $value }' is geen toegelaten waarde
diag-allowed-values = toegelaten waarden: { $allowed }
diag-missing-key = de verplichte sleutel '{ $key }' ontbreekt
diag-missing-key-help = voeg '{ $key } = ...' toe aan deze tabel (zie docs/formats.md of `kern schema`)
diag-invalid-value = ongeldige waarde: { $detail }
diag-invalid-value-help = zie docs/formats.md of `kern schema` voor wat deze sleutel verwacht
diag-not-whole-number = { $found } is geen geheel getal van 0 of meer
diag-not-whole-number-help = schrijf een gewoon geheel getal zonder aanhalingstekens, zoals 12
diag-not-localized = { $found } is geen tekst in het Engels en het Nederlands
diag-not-localized-help = schrijf de tekst in beide talen: {"{"} en = "...", nl = "..." {"}"}
diag-not-localized-list-help = schrijf een lijst in beide talen: en = ["...", "..."] en nl = ["...", "..."] in een eigen tabel

## Id's en verwijzingen
diag-bad-file-name = de bestandsnaam '{ $name }' is geen geldige id
diag-bad-id = '{ $id }' is geen geldige id
diag-bad-id-help = een id bestaat uit kleine letters en cijfers, verbonden met enkele koppeltekens, zoals 'bird-dog'
diag-id-not-file-name = id '{ $id }' komt niet overeen met de bestandsnaam '{ $stem }'
diag-id-not-file-name-help = hernoem het bestand, of zet id = "{ $stem }"
diag-duplicate-id = { $kind } '{ $id }' is twee keer gedefinieerd (ook in { $other })
diag-duplicate-id-help = geef een van beide een andere id, of verwijder er een
diag-replaces = { $kind } '{ $id }' vervangt die in { $other }
diag-duplicate-item = '{ $item }' staat er twee keer in
diag-duplicate-order = volgnummer { $order } wordt al gebruikt door de kaart '{ $other }'
diag-duplicate-order-help = geef elke infokaart een eigen volgnummer
diag-unknown-reference = onbekende bron '{ $id }'
diag-unknown-reference-help = voeg de bron toe aan programs/references.toml, of gebruik een id die daar staat
diag-unknown-exercise = onbekende oefening '{ $id }'
diag-unknown-exercise-help = gebruik de id van een oefenbestand (de naam zonder .toml); `kern exercises` toont ze
diag-draft-in-program = '{ $id }' is een ontwerp en kan geen deel zijn van een programma
diag-draft-in-program-help = werk de oefening eerst af (beide talen) en verwijder 'draft = true'
diag-bad-doi = '{ $doi }' lijkt geen DOI
diag-bad-doi-help = een DOI begint met '10.' en bevat een '/', zoals 10.2519/jospt.2022.10671
diag-bad-url = '{ $url }' is geen webadres dat met https:// of http:// begint

## Teksten
diag-missing-language = '{ $key }' heeft geen tekst in '{ $lang }'
diag-missing-language-help = voeg { $lang } = "..." toe naast de andere taal
diag-empty-text = '{ $key }' is leeg
diag-empty-list = '{ $key }' heeft geen items
diag-list-length-mismatch = '{ $key }' heeft { $en } items in het Engels maar { $nl } in het Nederlands
diag-list-length-mismatch-help = item n in het Nederlands moet item n in het Engels vertalen

## Getallen en dosis
diag-out-of-range = { $key } = { $value } ligt buiten { $min }–{ $max }
diag-level-help = het niveau loopt van 1 (makkelijkst) tot 10 (moeilijkst)
diag-dose-missing = een dosis van het type { $kind } heeft '{ $key }' nodig
diag-dose-missing-help = voeg { $key } = ... toe aan [dose]
diag-range-missing = het veilige bereik heeft geen '{ $key }'
diag-range-missing-help = voeg { $key } = [laagste, hoogste] toe aan [dose.range]
diag-range-reversed = het bereik van { $key } loopt van { $min } naar { $max }, dus naar beneden
diag-range-reversed-help = schrijf de laagste waarde eerst: [laagste, hoogste]
diag-beyond-sane-limit = { $key } = { $value } ligt buiten de veiligheidsgrenzen { $min }–{ $max }
diag-beyond-sane-limit-help = geen enkele dosis in kern gaat buiten deze grenzen; kies een waarde daarbinnen
diag-default-outside-range = { $key } = { $value } ligt buiten het eigen bereik van de oefening, { $min }–{ $max }
diag-default-outside-range-help = pas de standaardwaarde aan of verruim [dose.range]
diag-override-outside-range = { $key } = { $value } ligt buiten het veilige bereik { $min }–{ $max } van '{ $exercise }'
diag-override-outside-range-help = kies een waarde binnen het bereik, of verruim het bereik in exercises/{ $exercise }.toml als dat veilig is
diag-dose-key-not-for-kind = '{ $key }' hoort niet bij een dosis van het type { $kind }
diag-dose-key-not-for-kind-help = een dosis van dit type gebruikt: { $allowed }
diag-bad-tempo = tempo '{ $tempo }' bestaat niet uit seconden verbonden met koppeltekens
diag-bad-tempo-help = schrijf de seconden om te bewegen, te pauzeren en terug te keren, zoals "2-1-2"

## Programma's
diag-more-sessions-than-days = { $sessions } sessies per week, maar slechts { $days ->
    [one] één weekdag
   *[other] { $days } weekdagen
  } om ze op te plannen
diag-more-sessions-than-days-help = voeg weekdagen toe, of verlaag sessions_per_week
diag-no-phases = dit programma heeft geen fasen
diag-no-phases-help = voeg minstens één [[phases]]-tabel toe met weeks, minutes, name en exercises
diag-phase-weeks-invalid = de weken [{ $first }, { $last }] van deze fase passen niet in een programma van { $weeks } weken
diag-phase-weeks-invalid-help = schrijf [eerste, laatste] met 1 ≤ eerste ≤ laatste ≤ { $weeks }
diag-phase-gap = de weken { $from }–{ $to } vallen in geen enkele fase
diag-phase-gap-help = fasen moeten op elkaar aansluiten, zonder gaten of overlap, van week 1 tot de laatste week
diag-phase-overlap = de weken { $from }–{ $to } vallen in twee fasen
diag-phase-empty = deze fase heeft geen oefeningen
diag-post-surgery-clearance = een programma na een operatie moet de toestemming van de chirurg vragen
diag-post-surgery-clearance-help = voeg clearance = "surgeon" toe
diag-rule-order = { $low } = { $low_value } ligt boven { $high } = { $high_value }
diag-rule-order-help = de pijn die vooruitgang of behoud toelaat, kan niet hoger liggen dan de pijn die een stap terug vraagt
diag-weeks-not-increasing = weken moeten in stijgende volgorde staan, elk één keer

## Ladders
diag-ladder-self = '{ $id }' noemt zichzelf op zijn ladder
diag-ladder-not-mutual = '{ $id }' noemt '{ $other }' als { $direction }-stap, maar '{ $other }' noemt '{ $id }' niet als { $back }-stap
diag-ladder-not-mutual-help = voeg { $back } = "{ $id }" toe aan de [ladder] van { $other }
diag-ladder-not-harder = de ladder tussen '{ $id }' (niveau { $level }) en '{ $other }' (niveau { $other_level }) gaat niet omhoog in niveau
diag-ladder-not-harder-help = de moeilijkere oefening moet een hoger niveau hebben dan de makkelijkere
diag-ladder-cycle = de ladder draait in een kring: { $cycle }
diag-ladder-cycle-help = een ladder loopt in één richting van makkelijkst naar moeilijkst; verwijder een van deze verwijzingen

## validate
validate-summary = { $files ->
    [one] Eén bestand
   *[other] { $files } bestanden
  } nagekeken: { $errors ->
    [0] geen fouten
    [one] één fout
   *[other] { $errors } fouten
  }, { $warnings ->
    [0] geen waarschuwingen
    [one] één waarschuwing
   *[other] { $warnings } waarschuwingen
  }.

## Dosis
dose-reps = { $sets } × { $reps }
dose-hold-each = telkens { $seconds } s vasthouden
dose-tempo = tempo { $tempo }
dose-hold-single = { $sets } × { $seconds } s vasthouden
dose-holds = { $sets } × { $reps ->
    [one] één keer
   *[other] { $reps } keer
  } { $seconds } s vasthouden
dose-timed = { $sets ->
    [one] { $duration }
   *[other] { $sets } × { $duration }
  }
dose-breaths = { $sets } × { $breaths } ademhalingen
dose-per-side = per kant
dose-rest = { $seconds } s rust
duration-seconds = { $seconds } s
duration-minutes = { $minutes } min
duration-minutes-seconds = { $minutes } min { $seconds } s
range-sets = reeksen { $min }–{ $max }
range-reps = herhalingen { $min }–{ $max }
range-hold-seconds = vasthouden { $min }–{ $max } s
range-duration-seconds = duur { $min }–{ $max } s
range-breaths = ademhalingen { $min }–{ $max }
range-rest-seconds = rust { $min }–{ $max } s

## Opbouwregels in gewone woorden
rule-progress = Je gaat een stap hoger als je de laatste { $window } sessies alle reeksen deed, de pijn tijdens het oefenen hoogstens { $pain }/10 was, de inspanning hoogstens { $effort }/10, en de ochtend erna niet meer dan { $morning } punt boven je gewone pijn.
rule-step = Eén stap is +{ $reps } herhalingen, +{ $seconds } s per keer vasthouden, +{ $sets } reeks of +{ $percent }% wandeltijd, binnen het veilige bereik van de oefening; een dosis per reeks, zoals 5-3-1, krijgt één meer in elke reeks (6-4-2); bovenaan het bereik volgt de volgende oefening op de ladder.
rule-hold = Je blijft op dezelfde dosis als de pijn tijdens het oefenen { $pain }/10 bereikt of de pijn de ochtend erna één keer niet gezakt was.
rule-regress = Je gaat een stap terug als de pijn tijdens het oefenen boven { $pain }/10 gaat, de inspanning { $effort }/10 of meer bereikt, of als de pijn de ochtend erna { $mornings } keer niet gezakt was.
rule-session-stop = Tijdens een sessie betekent pijn boven { $pain }/10: neem de makkelijkere variant of stop. Nooit doorbijten.
rule-flare-up = Bij een opstoot (pijn { $rise } of meer punten boven je gewone pijn, langer dan { $hours } uur) gaat het volume { $days } dagen naar { $percent }%; blijf wandelen.
rule-long-gap = Na een pauze van meer dan { $days } dagen begint de fase opnieuw, een stap lager.
rule-review = Als je pijn of functie tegen week { $week } niet met 30% verbeterd is, bespreek het dan met je kinesitherapeut of huisarts.
measure-pain = Pijn (0–10) voor, tijdens en na elke sessie, en de ochtend erna.
measure-function = Functiescore op de activiteiten die je koos: bij de start en om de { $weeks } weken.
measure-global-rating = Hoeveel je veranderd bent sinds de start (−5 tot +5): in week { $weeks }.
measure-red-flags = Een korte controle op alarmsignalen om de { $days } dagen.

## Opdrachtregel
cli-about = kern is een coach in de terminal voor een oefenprogramma thuis bij lage rugpijn: pilates- en rompoefeningen, een programma dat opbouwt, een timer voor elke sessie, en een privédagboek van je pijn en vooruitgang.
cli-safety = kern ondersteunt een programma dat je afsprak met je kinesitherapeut of arts. Het is geen diagnose en vervangt geen medische zorg. Zoek meteen hulp (spoedgevallen of 112) bij een doof gevoel rond de geslachtsdelen of het zitvlak, nieuwe moeite met plassen of met het ophouden van plas of stoelgang, of nieuw krachtverlies in de benen.
cli-safety-short = Stop en vraag raad aan je kinesitherapeut of huisarts als de pijn naar je been uitstraalt, of als een oefening je pijn duidelijk erger maakt.
cli-catalog-has-errors = Let op: { $errors ->
    [one] één probleem
   *[other] { $errors } problemen
  } in de inhoudsbestanden; `kern validate` toont { $errors ->
    [one] het
   *[other] ze
  }.
cli-no-such-exercise = Er is geen oefening '{ $id }'. `kern exercises` toont ze allemaal.
cli-no-such-program = Er is geen programma '{ $id }'. `kern programs` toont ze allemaal.
summary-loaded = { $exercises } oefeningen, { $programs } programma's en { $cards } infokaarten geladen.
summary-commands = Opdrachten:
    kern                      de coach (volledig scherm)
    kern session --plain      de sessie van vandaag regel per regel
    kern start ID             een programma starten
    kern today                wat er vandaag op het programma staat
    kern schedule             de komende sessies (--ics BESTAND voor een agenda)
    kern log --pain N         snel je pijn noteren
    kern journal              je dagboek
    kern export, backup       je dagboek meenemen
    kern programs, exercises  de bibliotheek
    kern references           de studies achter de inhoud
    kern validate [PAD...]    oefen- en programmabestanden nakijken
    kern --help               alle opdrachten en opties
exercises-title = Oefeningen ({ $count })
exercises-hint = Toon er één volledig met `kern exercise ID`.
programs-title = Programma's ({ $count })
programs-hint = Toon er één volledig met `kern program ID`.
program-line = { $audience } · { $weeks } weken · { $sessions } sessies per week
program-facts = { $weeks } weken, { $sessions } sessies per week (voorgestelde dagen: { $days }). Auteur: { $author }, versie { $version }.
program-phase = { $first ->
    [0] Week { $last }
   *[other] Weken { $first }–{ $last }
  }: { $name } (ongeveer { $minutes } min per sessie)

## Labels
label-draft = ontwerp
label-level = niveau
label-level-title = Niveau
label-category = Soort
label-position = Houding
label-equipment = Materiaal
label-dose = Dosis
label-safe-range = Veilig bereik
label-instructions = Zo doe je het
label-cues = Onthoud
label-mistakes = Veelgemaakte fouten
label-cautions = Let op
label-ladder = Ladder
label-easier = Makkelijker:
label-harder = Moeilijker:
label-references = Bronnen
label-for-whom = Voor wie
label-rules = Hoe het programma zich aanpast
label-measures = Wat kern je vraagt

category-breathing = Ademhaling
category-core = Romp en motorische controle
category-pilates = Pilates
category-hip = Heup
category-mobility = Mobiliteit
category-functional = Dagelijkse bewegingen
category-aerobic = Wandelen en uithouding
position-supine = op je rug
position-prone = op je buik
position-side-lying = op je zij
position-quadruped = op handen en knieën
position-kneeling = geknield
position-sitting = zittend
position-standing = staand
equipment-none = niets
equipment-mat = mat
equipment-chair = stoel
equipment-wall = muur
equipment-cushion = kussen
equipment-towel = handdoek
equipment-resistance-band = weerstandsband
equipment-ball = bal
equipment-dumbbell = halter
equipment-kettlebell = kettlebell
equipment-barbell = lange halter
equipment-machine = toestel
equipment-cable = kabeltoestel
equipment-foam-roller = foamroller
equipment-other = iets anders
condition-osteoporosis = Botontkalking (osteoporose)
condition-pregnancy = Zwangerschap
condition-shoulder-pain = Schouderpijn
condition-wrist-pain = Polspijn
condition-knee-pain = Kniepijn
condition-neck-pain = Nekpijn
condition-high-blood-pressure = Hoge bloeddruk
condition-hip-replacement = Heupprothese
condition-leg-symptoms = Klachten in het been
condition-balance = Evenwicht
condition-general = Goed om te weten
audience-acute-subacute = recente rugpijn
audience-chronic = langdurige rugpijn
audience-post-surgery = na een operatie (met toestemming van je chirurg)
weekday-mon = maandag
weekday-tue = dinsdag
weekday-wed = woensdag
weekday-thu = donderdag
weekday-fri = vrijdag
weekday-sat = zaterdag
weekday-sun = zondag

## Dagboek
cli-no-data-dir = kern vindt geen map voor je dagboek; geef er een op met --data-dir of KERN_DATA_DIR.
log-in-future = Dat moment ligt in de toekomst; --at noteert iets dat al gebeurd is.
log-saved = Bewaard: { $id } ({ $path }).
log-saved-elsewhere = Bewaard in { $path }. Zet het later in je dagboekmap, of importeer het.
log-write-failed = De notitie kon niet bewaard worden in { $path }: { $reason }. Er is nog niets verloren.
log-kept-printed = Hier is de notitie, zodat niets verloren gaat; bewaar deze tekst in een bestand:
log-offer-again = Druk op Enter om opnieuw te proberen, of typ een map om de notitie in te bewaren:
journal-unreadable = Overgeslagen: { $path }: { $reason }
journal-empty = Het dagboek is leeg.
journal-corrected = verbeterd
journal-pain = pijn { $pain }/10
journal-pain-average = gemiddeld { $pain }/10
journal-session = { $program }, fase { $phase }, { $status }: { $done } van { $exercises } oefeningen gedaan, { $minutes } min
journal-function = functie { $mean }/10 op { $activities } activiteiten
journal-global-rating = verandering sinds de start { $rating }
journal-enrolment = { $action } { $program } vanaf { $start }
journal-red-flags = { $yes ->
    [0] geen alarmsignalen
    [one] één alarmsignaal
   *[other] { $yes } alarmsignalen
  } ({ $outcome })
kind-check-in = check-in
kind-session = sessie
kind-function = functie
kind-global-rating = algemene verandering
kind-enrolment = inschrijving
kind-red-flags = alarmsignalen
status-complete = volledig
status-partial = gedeeltelijk
enrolment-start = gestart met
enrolment-switch = overgestapt naar
enrolment-stop = gestopt met
urgency-clear = niets gevonden
urgency-see-doctor = naar de huisarts
urgency-emergency = spoed
doctor-config-dir = Instellingenmap: { $path }
doctor-data-dir = Gegevensmap:     { $path }
doctor-journal-dir = Dagboek:         { $path }
doctor-entries = { $count ->
    [one] Eén notitie:
   *[other] { $count } notities:
  }
doctor-no-problems = Elk dagboekbestand is leesbaar.
doctor-problems = { $count ->
    [one] Eén bestand is niet leesbaar (het blijft zoals het is):
   *[other] { $count } bestanden zijn niet leesbaar (ze blijven zoals ze zijn):
  }
doctor-temp-files = { $count } onafgewerkte tijdelijke bestanden van een onderbroken schrijfactie (onschuldig; nooit gelezen als notitie):
doctor-lock-held = Coach: open in een ander venster.
doctor-lock-free = Coach: niet actief.
doctor-checkpoint = Een sessie van { $program } is bezig (bewaard { $saved }); de coach biedt aan ze verder te zetten.
doctor-no-checkpoint = Geen sessie bezig.
doctor-checkpoint-damaged = De bewaarde sessie in uitvoering is niet leesbaar: { $reason }

## Opbouwbeslissingen
unit-breaths = ademhalingen
decision-stays = { $name }: blijft op { $dose }
decision-sets = { $from } → { $to } { $to ->
    [one] reeks
   *[other] reeksen
  }
reason-progress = de laatste { $sessions } sessies alle reeksen gedaan, pijn tijdens hoogstens { $pain }/10, inspanning hoogstens { $effort }/10{ $unsettled ->
    [0] , de ochtend erna telkens gezakt
   *[other] {""}
  }.
reason-regress-pain = de pijn tijdens het oefenen ging boven { $limit }/10 (ze was { $pain }/10).
reason-regress-mornings = { $mornings } keer was de pijn de ochtend erna niet gezakt.
reason-flare-up = een opstoot: het volume is tijdelijk { $percent }%; blijf wandelen.
reason-restart = { $days } dagen sinds de laatste sessie: de fase begint opnieuw, een stap lager.
reason-hold-more-sessions = er zijn { $window } goede sessies na elkaar nodig voor een stap hoger.
reason-hold-sets = nog niet alle reeksen werden gedaan.
reason-hold-pain = de pijn tijdens het oefenen bereikte { $pain }/10.
reason-hold-effort = de inspanning was { $effort }/10; het moet eerst makkelijker aanvoelen.
reason-hold-morning = de pijn was één keer de ochtend erna niet gezakt.
reason-hold-top = de top van de ladder van deze oefening.

## Plan
start-too-few-days = { $days } oefendagen is te weinig voor { $sessions } sessies per week; kies meer dagen met --days.
start-activities-count = Kies 3 tot 5 activiteiten (je gaf er { $count }), gescheiden door ';'.
start-done = Je volgt "{ $title }" vanaf { $start }, op { $days }.
start-next-steps = `kern today` toont wat er vandaag op het programma staat; `kern schedule` de komende sessies.
today-title = { $date } · { $program } · { $done } van { $total } sessies gedaan
today-not-enrolled = Je volgt nog geen programma. `kern programs` toont ze; `kern start ID` start er een.
today-session = Sessie { $number } (week { $week }, { $phase }), ongeveer { $minutes } minuten:
today-done-partial = De sessie van vandaag is bewaard: je stopte vroeger, en dat is in orde. Rust nu; de volgende sessie komt zoals gepland.
today-done = De sessie van vandaag is gedaan. Goed zo.
today-rest = Een rustdag: vandaag geen sessie. Een wandeling is altijd een goed idee.
today-finished = Je hebt elke sessie van dit programma gedaan. Bespreek met je kinesitherapeut wat er nu komt, of start het onderhoudsprogramma.
today-paused = Je programma is gepauzeerd voor je veiligheid.
today-changes = Wat er veranderd is sinds de vorige keer:
today-next = Volgende sessie: { $date } (sessie { $number }).
today-measures = Ook te doen:
due-function = je functiescore (hoe je gekozen activiteiten gaan, 0–10)
due-global-rating = hoeveel je veranderd bent sinds de start (week { $week })
due-red-flag-check = de wekelijkse controle op alarmsignalen
notice-answer-red-flags = Je zei dat er iets nieuws is: beantwoord eerst de vragen over alarmsignalen voor de volgende sessie.
notice-flare-up = Een opstoot: je sessies zijn lichter tot { $until }. Blijf wandelen; een opstoot is geen schade. Praat erover met je kinesitherapeut als het niet beter wordt.
notice-restarted = { $days } dagen sinds je laatste sessie: deze fase begint opnieuw, een stap lager.
notice-review = Je pijn en functie zijn tegen week { $week } niet met 30% verbeterd. Bespreek je programma met je kinesitherapeut of huisarts.
schedule-title = Komende sessies van "{ $program }":
schedule-line = sessie { $number } · week { $week } · fase { $phase } · ongeveer { $minutes } min
schedule-ics-written = { $count ->
    [one] Eén sessie
   *[other] { $count } sessies
  } geschreven naar { $path }, telkens om { $time } met een herinnering { $minutes } minuten vooraf. Open het bestand met je agenda-app om ze toe te voegen.
schedule-ics-failed = Kon het agendabestand { $path } niet schrijven: { $reason }
ics-calendar-name = kern: { $program }
ics-summary = kern: { $program }, sessie { $number }
ics-description-phase = Fase { $phase } van { $phases }: { $name } · week { $week } · ongeveer { $minutes } min
ics-description-exercises = Oefeningen:
ics-description-today = Op de dag zelf toont `kern today` de dosis van elke oefening.
ics-alarm = { $program }: sessie { $number } begint over { $minutes } minuten.

## Exporteren, importeren, back-up en terugzetten
export-written = { $count ->
    [one] Eén notitie geëxporteerd naar { $path }.
   *[other] { $count } notities geëxporteerd naar { $path }.
  }
export-no-file-name = { $path } is geen bestandsnaam.
export-write-failed = Kon { $path } niet schrijven: { $reason }
export-incomplete = { $count ->
    [one] Eén dagboekbestand is niet leesbaar en staat niet in de export.
   *[other] { $count } dagboekbestanden zijn niet leesbaar en staan niet in de export.
  }
export-delimiter-csv-only = --delimiter geldt alleen voor --format csv.
export-subject-fhir-only = --subject geldt alleen voor --format fhir.
export-bad-subject = '{ $subject }' kan geen pseudoniem zijn: gebruik 1 tot 64 letters, cijfers, '-', '.' of '_', en nooit je naam.
import-cannot-read = Kan { $path } niet lezen: { $reason }
import-not-an-export = { $path } is geen dagboekexport van kern ({ $reason }). Maak er een met `kern export --format json`.
import-unknown-format = { $path } heeft het formaat '{ $format }'; deze kern leest '{ $supported }'.
merge-summary = { $added ->
    [one] Eén notitie toegevoegd
   *[other] { $added } notities toegevoegd
  }, { $present } al aanwezig, { $refused } geweigerd.
merge-refused = Geweigerd: { $source }: { $reason }
merge-refused-unreadable = geen leesbare dagboeknotitie ({ $detail })
merge-refused-bad-id = de id '{ $detail }' kan geen bestandsnaam zijn
merge-refused-conflict = je dagboek bevat al een andere notitie met deze id, en die blijft zoals ze is
merge-refused-write-failed = kon niet bewaard worden ({ $detail })
backup-written = { $count ->
    [one] Eén dagboekbestand bewaard in de back-up { $path }.
   *[other] { $count } dagboekbestanden bewaard in de back-up { $path }.
  }
backup-exists = { $path } bestaat al (of is een map die niet leeg is); kern overschrijft nooit een back-up. Kies een andere naam.
backup-failed = Kon de back-up { $path } niet schrijven: { $reason }
restore-cannot-read = Kan de back-up { $path } niet lezen: { $reason }

## De coach in tekstvorm
plain-use-plain = De coach op volledig scherm is er nog niet; gebruik `kern session --plain` voor de coach regel per regel.
plain-locked = Er is al een andere kern-coach open. Sluit die eerst; `kern journal` en `kern doctor` blijven intussen werken.
plain-keys = Bij elke reeks: druk op Enter als je klaar bent · h en Enter: dit doet pijn · s: overslaan · q: stoppen en bewaren.
plain-want-score = '{ $answer }' is geen geheel getal van 0 tot 10. Typ een getal en druk op Enter.
plain-want-yes-no = '{ $answer }' is geen j of n. Typ j voor ja of n voor nee.
plain-want-step = '{ $answer }' kan hier niet. Druk op Enter als je klaar bent, of typ h (dit doet pijn), s (overslaan) of q (stoppen en bewaren).
plain-want-choice = '{ $answer }' is geen van de keuzes. Typ een getal van 1 tot { $max }.
plain-enter-to-skip = Enter om over te slaan
plain-get-ready = Maak je klaar voor { $name } ({ $dose }). We beginnen over { $seconds } seconden.
plain-set = { $name }, reeks { $set } van { $sets }{ $side }
plain-reps = { $reps } herhalingen
plain-hold-each = telkens { $seconds } seconden vasthouden
plain-hold = { $seconds } seconden vasthouden ({ $hold } van { $of })
plain-breaths = { $breaths } rustige ademhalingen
plain-switch-side = Wissel van kant: nu de rechterkant.
plain-relax = Ontspan { $seconds } seconden.
plain-rest = Rust { $seconds } seconden. Hierna: { $name }.
plain-session-saved = Sessie bewaard: { $done } van { $total } oefeningen volledig gedaan. Goed gedaan.
plain-partial-saved = Wat je deed is bewaard als gedeeltelijke sessie ({ $done } van { $total } oefeningen volledig gedaan).
plain-resume = Een sessie gepland voor { $date } werd onderbroken na { $sets ->
    [one] één afgewerkte reeks
   *[other] { $sets } afgewerkte reeksen
  }. Verdergaan waar ze stopte? (n bewaart ze als gedeeltelijke sessie)
plain-closed-partial = Ze is bewaard als gedeeltelijke sessie.
side-left = linkerkant
side-right = rechterkant
checkin-pain-now = Hoeveel pijn heb je nu? (0 = geen, 10 = de ergste die je je kunt voorstellen)
checkin-pain-average = En gemiddeld over de laatste 24 uur?
checkin-morning-settled = Was je rug de ochtend na je vorige sessie weer zoals gewoonlijk?
checkin-morning-pain = Hoeveel pijn had je die ochtend?
checkin-high-pain = Je pijn is vandaag hoog. Doe het rustig aan: het is goed om minder te doen, de makkelijkere variant te kiezen, of gewoon te wandelen.
checkout-pain-during = Wat was je hoogste pijn tijdens de sessie?
checkout-effort = Hoe zwaar voelde de sessie? (0 = geen inspanning, 3 = licht, 5 = zwaar maar goed te doen, 7 = heel zwaar, 10 = het uiterste)
checkout-pain-after = Hoeveel pijn heb je nu?
checkout-note = Wil je iets noteren voor jezelf of je kinesitherapeut?
hurt-pain = Hoeveel pijn doet het nu?
hurt-what-now = Wat wil je doen?
hurt-easier = De makkelijkere variant doen: { $name }
hurt-skip = Deze oefening overslaan
hurt-stop = De sessie hier stoppen (wat je deed, wordt bewaard)
hurt-continue = Rustig verdergaan, binnen wat aanvaardbaar aanvoelt
hurt-over-limit = Dat ligt boven de grens die je programma stelt. Bijt niet door: neem de makkelijkere variant, sla over, of stop.
skip-why = Waarom sla je deze oefening over?
skip-pain = het doet pijn
skip-time = geen tijd
skip-equipment = geen materiaal of plaats
skip-too-hard = te moeilijk
skip-other = een andere reden
screen-intro = Voor je begint, enkele veiligheidsvragen. Antwoord telkens met j (ja) of n (nee). Ze zijn een vangnet, geen diagnose.
screen-see-doctor = Een van je antwoorden betekent dat een arts je binnen een dag of twee moet onderzoeken voor je begint te oefenen.
screen-clinician-checked = Heeft een arts of kinesitherapeut dit al bekeken en mag je oefenen?
screen-clear = Dank je. Niets in je antwoorden staat het oefenen in de weg.

## De coach
coach-no-terminal = De coach van kern heeft een terminal nodig. Gebruik `kern session --plain` voor de coach regel per regel, of `kern overview` voor de opdrachten.
tui-tagline = je coach voor rugoefeningen
tui-too-small = Dit venster is te klein voor kern. Maak het minstens 40 kolommen breed en 12 regels hoog.
tui-saved = Bewaard.
tui-not-saved = Nog niet bewaard ({ $reason }). Het wordt bijgehouden; kies "Opnieuw bewaren" op het beginscherm.
tui-session-saved = Sessie bewaard. Goed gedaan.
tui-partial-saved = Wat je deed, is bewaard als gedeeltelijke sessie.
tui-too-few-days = { $days ->
    [one] Eén oefendag is
   *[other] { $days } oefendagen is
  } te weinig voor { $sessions } sessies per week; vink meer dagen aan met de spatiebalk.
home-start-session = De sessie van vandaag starten
home-retry = Opnieuw bewaren ({ $count } in wacht)
home-log-pain = Mijn pijn nu noteren
home-progress = Mijn vooruitgang
home-library = Oefeningen en programma's
home-journal = Mijn dagboek
home-settings = Instellingen
home-quit = Afsluiten
home-progress-count = { $done } van { $total } sessies gedaan
home-session-today = Vandaag: een sessie van ongeveer { $minutes } minuten, { $count } oefeningen.
home-week = Deze week: { $done } van { $planned } sessies.
home-pain-30-days = Pijn, 30 dagen ({ $days ->
    [one] één dag
   *[other] { $days } dagen
  } genoteerd)
home-card = Goed om te weten
form-want-number = Typ een geheel getal van { $min } tot { $max } en druk op Enter.
form-want-text = Typ iets en druk op Enter.
form-want-yes-no = Druk op j voor ja of n voor nee.
form-pain-hint = 0 = geen pijn · 5 = matig · 10 = de ergste die je je kunt voorstellen
form-effort-hint = 0 = geen inspanning · 3 = licht · 5 = zwaar maar goed te doen · 7 = heel zwaar · 10 = het uiterste
form-red-flags = Veiligheidsvragen
form-pain-log = Mijn pijn noteren
form-check-in = Voor de sessie
form-check-out = Na de sessie
form-function = Hoe gaan je activiteiten?
form-function-activity = { $activity }: hoe goed lukt het nu?
form-function-hint = 0 = het lukt niet · 10 = even goed als voor mijn rugpijn
form-no-activities = Je koos geen activiteiten om te scoren. Kies ze als je een programma start.
form-global-rating = Terugblik
form-global-rating-question = Hoe is je rug veranderd sinds je begon?
form-global-rating-hint = −5 = veel slechter · 0 = hetzelfde · +5 = veel beter
form-resume = Een sessie werd onderbroken
form-activities = Jouw activiteiten
form-activity = Activiteit { $number } die moeilijk gaat door je rug
form-activity-hint = In je eigen woorden, zoals "tuinieren" of "een uur zitten". Er zijn er 3 nodig, hoogstens 5 (Enter op een lege regel om na 3 te stoppen).
form-baseline-title = Je gewone pijn
form-baseline = Hoeveel pijn heb je deze weken op een gewone dag?
first-run-about-title = Wat kern is, en wat niet
first-run-about-next = Hierna: enkele veiligheidsvragen, dan kies je je programma. Druk op Enter.
first-run-program = Kies je programma (spreek het af met je kinesitherapeut als je er een hebt)
first-run-weekdays = Je oefendagen (Spatie om aan te vinken, Enter om te bevestigen)
locked-title = Je programma is gepauzeerd
player-rest-next = Rust · hierna: { $name }
player-get-ready = Maak je klaar: { $name }
player-reps = { $reps } herhalingen
player-paused = GEPAUZEERD
player-timer = timer
player-session-progress = sessie { $percent }%
player-set = Reeks { $set } van { $sets }
player-hold-of = keer { $hold } van { $of }
player-enter-when-done = druk op Enter als de reeks klaar is
player-rest = Rust. Hierna:
player-get-into-position = Neem je houding aan.
library-exercises = Oefeningen
library-programs = Programma's
settings-language = Taal
settings-bell = Geluid (bel) bij elke wissel
settings-flash = Flits bij elke wissel
settings-contrast = Hoog contrast
settings-program = Programma of dagen wijzigen
settings-on = aan
settings-off = uit
help-title = Toetsen
help-close = Druk op een toets om te sluiten.
progress-pain-title = Pijn doorheen de tijd (0–10)
progress-daily-pain = pijn per dag
progress-pain-after = na een sessie
progress-meaningful-line = betekenisvolle verandering
progress-meaningful = een betekenisvolle verandering
progress-not-yet-meaningful = nog geen betekenisvolle verandering
progress-pain-better = Je gemiddelde pijn is { $points } punten lager dan bij de start: { $meaningful }.
progress-pain-worse = Je gemiddelde pijn is { $points } punten hoger dan bij de start: { $meaningful }. Praat erover met je kinesitherapeut als dat zo blijft.
progress-pain-same = Je gemiddelde pijn is ongeveer even hoog als bij de start.
progress-pain-no-data = Noteer je pijn een week of twee om te zien hoe ze verandert.
progress-function-better = Je activiteiten scoren { $points } punten hoger dan bij de start: { $meaningful }.
progress-function-worse = Je activiteiten scoren { $points } punten lager dan bij de start: { $meaningful }.
progress-function-same = Je activiteiten scoren ongeveer even hoog als bij de start.
progress-function-no-data = Scoor je activiteiten twee keer om te zien hoe ze veranderen.
progress-sessions-per-week = Sessies per week (laatste 8 weken): { $counts }
progress-changes = Hoe je oefeningen veranderden
progress-no-changes = Nog geen dosiswijzigingen.
key-move = bewegen
key-open = openen
key-log-pain = pijn noteren
key-help = hulp
key-quit = afsluiten
key-type-score = score typen
key-adjust = aanpassen
key-confirm = bevestigen
key-back = terug
key-yes = ja
key-no = nee
key-done = reeks klaar
key-pause = pauze/verder
key-hurts = dit doet pijn
key-skip = overslaan
key-instructions = uitleg
key-stop-save = stoppen en bewaren
key-toggle = wijzigen
key-continue = verder
key-clinician-checked = ja, ik werd onderzocht
key-scroll = scrollen
key-switch-list = oefeningen/programma's
key-name-space = Spatie
key-name-yes = j
home-due-function = Mijn activiteiten scoren
home-due-global-rating = Hoeveel ik veranderd ben (week { $week })
home-due-red-flag-check = Wekelijkse controle op alarmsignalen
home-more-exercises = … en nog { $count }
schema-written = { $path } geschreven

## Verslag voor de kinesitherapeut (kern report)
report-title = Verslag voor de kinesitherapeut
report-period = { $from } tot en met { $until }
report-disclaimer = Gemaakt door kern uit wat de patiënt zelf noteerde, als steun bij het programma dat met de kinesitherapeut is afgesproken. Het is geen diagnose en vervangt geen klinisch onderzoek.
report-made = Gemaakt op { $date } uit { $entries } notities in het dagboek.
report-unreadable = { $count ->
    [one] Eén dagboekbestand kon niet gelezen worden en ontbreekt.
   *[other] { $count } dagboekbestanden konden niet gelezen worden en ontbreken.
  }
report-h-glance = In het kort
report-h-program = Programma
report-h-adherence = Sessies: gepland en gedaan
report-h-pain = Pijn
report-h-function = Functie op de eigen activiteiten van de patiënt
report-h-effort = Inspanning
report-h-rating = Beoordeling van de algemene verandering
report-h-decisions = Dosiswijzigingen en waarom
report-h-flare-ups = Opstoten
report-h-red-flags = Alarmsignalen
report-h-sessions = De sessies één voor één
report-h-notes = Notities van de patiënt
report-program-none = In deze periode werd geen programma gevolgd.
report-program-unknown = (niet in de catalogus van deze kern)
report-program-name = Programma
report-program-author = Geschreven door
report-program-start = Gestart op
report-program-days = Gekozen dagen
report-program-dose = Geplande dosis
report-program-dose-value = { $per_week } sessies per week, { $weeks } weken lang
report-program-completed = Sessies volledig gedaan
report-program-completed-value = { $done } van { $total }
report-program-usual = Gewone pijn bij de start
report-program-activities = Eigen activiteiten (functiescore)
report-adherence = Gepland { $planned }, gedaan { $done }, deels gedaan { $partial }, gemist { $missed }: { $percent }% van de geplande sessies werd gedaan, volledig of deels.
report-adherence-no-program = Er werd geen programma gevolgd, dus er waren geen sessies gepland.
report-adherence-nothing-planned = In deze periode waren nog geen sessies gepland.
report-adherence-how = Gepland: { $per_week } sessies per week op de gekozen dagen ({ $days }) vanaf { $start }, enkel dagen die voorbij zijn, en geen meer zodra elke sessie van het programma volledig gedaan is. Extra sessies maken een andere week niet goed.
report-pain-better = De gemiddelde pijn daalde van { $start } naar { $now } op 10 ({ $points } punten, { $percent }%): { $meaningful }.
report-pain-worse = De gemiddelde pijn steeg van { $start } naar { $now } op 10 ({ $points } punten, { $percent }%): { $meaningful }.
report-pain-same = De gemiddelde pijn bleef ongeveer gelijk: { $start } bij de start en { $now } nu, op 10.
report-pain-meaningful-yes = een betekenisvolle verandering (2 punten of 30%)
report-pain-meaningful-no = geen betekenisvolle verandering (daarvoor is 2 punten of 30% nodig)
report-pain-too-short = De pijn werd minder dan een week lang genoteerd: te kort om de start met nu te vergelijken.
report-pain-no-data = In deze periode werd geen pijn genoteerd.
report-pain-sessions = Pijn rond de sessies (gemiddelden op 10): net voor { $before }, hoogste tijdens { $during }, na { $after }.
report-pain-how = De pijn per dag is het gemiddelde van de check-ins van die dag (het gemiddelde over 24 uur als dat gegeven is). De start is het gemiddelde van de eerste 7 dagen met pijn genoteerd; nu is het gemiddelde van de laatste 7 dagen.
report-function-better = De gemiddelde score op de eigen activiteiten van de patiënt steeg van { $start } naar { $now } op 10 ({ $points } punten): { $meaningful }.
report-function-worse = De gemiddelde score op de eigen activiteiten van de patiënt daalde van { $start } naar { $now } op 10 ({ $points } punten): { $meaningful }.
report-function-same = De gemiddelde score op de eigen activiteiten van de patiënt bleef ongeveer gelijk: { $start } bij de eerste score en { $now } bij de laatste, op 10.
report-function-meaningful-yes = een betekenisvolle verandering (ongeveer 2 punten op het gemiddelde)
report-function-meaningful-no = nog geen betekenisvolle verandering (ongeveer 2 punten op het gemiddelde)
report-function-once = De activiteiten werden één keer gescoord ({ $mean } op 10 op { $date }); om te vergelijken is een tweede score nodig.
report-function-no-data = In deze periode is er geen functiescore.
report-function-how = Elke activiteit krijgt een score van 0 (lukt niet) tot 10 (zoals voor de rugpijn). Een verandering van 3 punten op één activiteit, of ongeveer 2 op het gemiddelde, is betekenisvol.
report-activity-meaningful = { $change } (betekenisvol)
report-effort = Inspanning na de sessies: gemiddeld { $mean } op 10 (van { $low } tot { $high }) over { $count ->
    [one] één sessie
   *[other] { $count } sessies
  }.
report-effort-no-data = In deze periode werd geen inspanning genoteerd.
report-rating-much-better = { $rating } (veel beter)
report-rating-none = In deze periode is er geen beoordeling van de algemene verandering.
report-rating-how = Van −5 (veel slechter) over 0 (geen verandering) tot +5 (veel beter), sinds de start; +4 of +5 telt als veel beter.
report-decisions-none = In deze periode veranderde geen enkele dosis.
report-decisions-holds = { $count ->
    [one] Eén keer bleef een dosis gewoon gelijk (wachten op een tweede goede sessie of op de dagen tussen twee stappen, of bovenaan de ladder); die is weggelaten.
   *[other] { $count } keer bleef een dosis gewoon gelijk (wachten op een tweede goede sessie of op de dagen tussen twee stappen, of bovenaan de ladder); die zijn weggelaten.
  }
report-flare-up = Opstoot vastgesteld op { $from }: sessies op { $percent }% volume tot { $until }.
report-flare-ups-none = Geen opstoten (pijn { $rise } of meer punten boven de gewone { $usual }/10, langer dan { $hours } uur).
report-red-flags-screen = { $answered } vragen beantwoord, { $yes ->
    [0] geen met ja
    [one] één met ja
   *[other] { $yes } met ja
  } ({ $outcome }).
report-red-flags-checked = De patiënt bevestigde dat een arts of kinesitherapeut hem of haar onderzocht heeft.
report-red-flags-weekly = Wekelijkse vraag "iets nieuws?": { $no } keer nee{ $yes ->
    [0] {""}
   *[other] , { $yes } keer ja ({ $dates })
  }.
report-red-flags-none = In deze periode werden geen vragen over alarmsignalen beantwoord.
report-glance-rating = Laatste beoordeling van de algemene verandering: { $rating } op { $date }.
report-glance-flare-ups = { $count ->
    [0] Geen opstoten.
    [one] Eén opstoot.
   *[other] { $count } opstoten.
  }
report-glance-red-flags = Alarmsignalen bij de laatste controle ({ $date }): { $outcome }.
report-note-skip = { $exercise } overgeslagen
report-replaced = vervangen door een makkelijkere
report-sessions-none = In deze periode zijn er geen sessies.
report-notes-none = In deze periode zijn er geen notities.
report-figure-empty-adherence = Geen weken om te tonen: in deze periode was niets gepland.
report-figure-empty-pain = In deze periode werd geen pijn genoteerd: er valt niets te tekenen.
report-figure-empty-function = In deze periode is er geen functiescore: er valt niets te tekenen.
report-axis-week = wk { $week }
report-legend-daily = pijn per dag
report-legend-before = net voor een sessie
report-legend-after = na een sessie
report-legend-meaningful = een betekenisvolle daling sinds de start
report-legend-flare-up = opstoot: lichtere sessies
report-legend-mean = gemiddelde
report-legend-done = gedaan
report-legend-partial = deels gedaan
report-legend-missed = gemist
report-row-mean = Gemiddelde
report-total = Totaal
report-col-week = Week
report-col-week-of = Maandag
report-col-planned = Gepland
report-col-done = Gedaan
report-col-partial = Deels
report-col-missed = Gemist
report-col-effort = Inspanning (gem.)
report-col-pain-mean = Pijn per dag (gem.)
report-col-pain-range = Laagste–hoogste
report-col-before = Voor
report-col-after = Na
report-col-during = Tijdens (max.)
report-col-activity = Activiteit
report-col-change = Verandering
report-col-date = Datum
report-col-rating = Score
report-col-decision = Wat veranderde
report-col-reason = Waarom
report-col-phase = Fase
report-col-status = Status
report-col-minutes = Minuten
report-col-effort-short = Inspanning
report-col-exercises = Oefeningen volledig gedaan
report-col-where = Bij
report-col-note = Notitie
report-written = Het verslag staat in { $path }.
report-bad-period = --since { $since } valt na --until { $until }.

## Authoring: kern new, kern import free-exercise-db, kern program export and install
diag-placeholder-text = '{ $key }' bevat nog voorlopige tekst
diag-placeholder-text-help = vervang de tekst die begint met TODO (Engels) of TE DOEN (Nederlands); in een ontwerp is dit een waarschuwing, anders een fout
validate-drafts = { $drafts ->
    [one] Eén oefening is een ontwerp: kern biedt ze nooit aan een patiënt aan, en geen enkel programma mag ze gebruiken.
   *[other] { $drafts } oefeningen zijn ontwerpen: kern biedt ze nooit aan een patiënt aan, en geen enkel programma mag ze gebruiken.
  }
new-bad-id = '{ $id }' kan geen id zijn: gebruik kleine letters en cijfers, in woorden verbonden door één koppelteken, zoals mijn-brug.
new-exercise-taken = Er is al een oefening '{ $id }' ({ $file }). Kies een andere id: een ontwerp met deze id zou haar plaats innemen.
new-no-config-dir = kern vindt geen configuratiemap; geef er een op met --config-dir of KERN_CONFIG_DIR, of schrijf elders met --dir.
new-exists = { $path } bestaat al; kern overschrijft nooit een bestand. Kies een andere id, of verwijder eerst het bestand.
new-written = { $path } geschreven
new-schema-written = { $path } geschreven (editors die TOML-schema's lezen, controleren en vervolledigen er de sleutels mee)
new-check-with = Kijk het na met: { $command }
new-exercise-next = Vervang elke tekst die begint met TODO of TE DOEN, kijk de getallen na en verwijder dan 'draft = true'. Tot dan is het een ontwerp: kern biedt het nooit aan een patiënt aan. De handleiding staat in docs/authoring.md.
new-program-next = Pas het aan voor je patiënt; een patiënt start het met `kern start ID`. De handleiding staat in docs/authoring.md.
new-program-same-id = Dit programma neemt de plaats in van het programma '{ $id }' in { $file }.
program-usage = Geef een programma-id (`kern program ID`) of een opdracht: show, export of install. `kern programs` toont de programma's.
export-program-has-errors = Programma '{ $id }' of een oefening die het gebruikt, bevat fouten; verbeter die eerst (`kern validate` toont ze):
export-program-not-empty = { $dir } bestaat al en is niet leeg; kern overschrijft nooit bestanden. Kies een nieuwe map.
export-program-done = Programma '{ $id }' geëxporteerd naar { $dir }: { $exercises ->
    [one] één oefening
   *[other] { $exercises } oefeningen
  } en { $references ->
    [one] één bron
   *[other] { $references } bronnen
  }, met een README.txt.
export-program-next = Installeer het op een andere computer met: kern program install { $dir }
bundle-readme =
    kern-programmabundel: { $title } ("{ $id }", versie { $version }, door { $author })

    Deze map bevat een kern-programma met alles wat het nodig heeft:
      programs/{ $id }.toml   het programma
      exercises/   de { $exercises } oefeningen die het kan gebruiken: die van zijn fases en elke trede van hun ladders
      references.toml   de { $references } bronnen die ze vermelden
      en schema's (.schema.json) voor editors die TOML nakijken, zoals VS Code met Even Better TOML

    Nakijken:          kern validate <deze map>
    Installeren:       kern program install <deze map>
    Daarna starten:    kern start { $id }
install-not-a-folder = { $path } is geen map. Geef de map op die `kern program export` geschreven heeft.
install-refused = Niet geïnstalleerd: de bundel bevat { $errors ->
    [one] één fout
   *[other] { $errors } fouten
  } (hierboven). Er is niets veranderd.
install-no-program = { $path } bevat geen programma (programs/ID.toml); er is niets geïnstalleerd.
install-adds = voegt toe  { $path }
install-replaces = vervangt   { $path }
install-unchanged = ongewijzigd { $path }
install-same-as-shipped = meegeleverd { $path } (hetzelfde als dat van kern: niet gekopieerd)
install-in-place-of-shipped = (in de plaats van het meegeleverde)
install-references = Bronnen: { $added } toegevoegd, { $known } al gekend.
install-done = Programma '{ $id }' geïnstalleerd in { $dir }. Start het met: kern start { $id }
install-config-errors = Je inhoud bevat nu { $errors ->
    [one] één fout
   *[other] { $errors } fouten
  }; `kern validate` toont ze.
import-fedb-not-json = { $path } is geen free-exercise-db-bestand ({ $reason }).
import-fedb-none = Geen enkele oefening in { $path } voldoet aan de filters. Categorieën in het bestand: { $categories }. Niveaus: { $levels }.
import-fedb-skipped = { $path } overgeslagen: het bestand bestaat al.
import-fedb-summary = { $written ->
    [one] Eén ontwerpoefening
   *[other] { $written } ontwerpoefeningen
  } geschreven naar { $dir }{ $skipped ->
    [0] .
    [one] ; één overgeslagen die er al was.
   *[other] ; { $skipped } overgeslagen die er al waren.
  }
import-fedb-next = Het zijn ontwerpen in het Engels: kern biedt ze nooit aan een patiënt aan en geen enkel programma mag ze gebruiken. Kijk ze na met `kern validate { $dir }`; docs/authoring.md legt uit hoe je er een afwerkt.
