## Dosissen per reeks (een piramide zoals 5-3-1) en dagelijkse activiteit op rustdagen

dose-reps-per-set = { $reps } herhalingen
dose-holds-per-set = { $reps } keer { $seconds } s vasthouden
decision-per-set-up = { $from } → { $to } (één meer in elke reeks)
decision-per-set-down = { $from } → { $to } (één minder in elke reeks)

## Gesproken
voice-dose-reps-per-set = { $sets } reeksen: { $reps } herhalingen
voice-dose-holds-per-set = { $sets } reeksen: { $reps } keer { $seconds } seconden vasthouden

## Controles van herhalingen per reeks
diag-reps-list-empty = reps = [] geeft voor geen enkele reeks een getal
diag-reps-list-empty-help = schrijf één getal per reeks, zoals reps = [5, 3, 1], of één getal voor alle reeksen, zoals reps = 8
diag-reps-list-too-long = reps geeft { $count } getallen, maar de dosis heeft maar { $sets } { $sets ->
    [one] reeks
   *[other] reeksen
  }
diag-reps-list-too-long-help = geef hoogstens één getal per reeks ({ $sets }), of zet sets = { $count }
diag-reps-set-outside-range = reeks { $set } vraagt { $value } herhalingen, buiten het veilige bereik { $min }–{ $max }
diag-reps-list-sets-outside-range = reps geeft { $count } getallen, dus { $count } reeksen, buiten het veilige bereik van { $min }–{ $max } reeksen van '{ $exercise }'
diag-reps-list-sets-outside-range-help = geef tussen { $min } en { $max } getallen, of schrijf sets = N met minder getallen (het laatste getal wordt herhaald)

## Dagelijkse activiteit op rustdagen
activity-rest-day = Rustdag zonder oefeningen. Vandaag: { $activity }.
activity-walking = { $minutes ->
    [one] 1 minuut
   *[other] { $minutes } minuten
  } wandelen
activity-done-walking = Vandaag gewandeld: { $done } van { $minutes } minuten.
activity-log-hint = Gedaan? Noteer het: kern log --walked { $minutes }

## kern log --walked
log-walked-saved = { $minutes } minuten gewandeld op { $date }: genoteerd.
log-walked-in-future = { $date } ligt in de toekomst (vandaag is het { $today }); --on noteert een wandeling die al gebeurd is.
log-walked-minutes = { $minutes } minuten kan niet genoteerd worden: geef de minuten die je gewandeld hebt, 1 tot { $max }.

## Dagboek en export
kind-activity = activiteit
journal-activity-walking = { $minutes } min gewandeld op { $date }
fhir-walking-minutes = Minuten gewandeld (dagelijkse activiteit)

## Controles van de dagelijkse activiteit van een fase
diag-activity-growth = growth_percent = { $value } laat de dagelijkse activiteit sneller groeien dan { $max }% per week
diag-activity-growth-help = wandel- en andere conditietijd groeit best met hoogstens ongeveer 10% per week; schrijf growth_percent = { $max } of minder

## Verslag
report-walking = Genoteerde wandelingen (de dagelijkse activiteit op rustdagen): { $minutes } minuten in totaal, op { $days ->
    [one] 1 dag
   *[other] { $days } dagen
  }.
activity-phase = Op dagen zonder sessie: { $activity }{ $percent ->
    [0] {""}
   *[other] , elke 7 dagen { $percent }% meer (naar beneden afgerond, minstens 1 minuut), tot { $max } minuten
  }.

## Start
home-log-walk = Ik heb vandaag gewandeld ({ $minutes } min)
home-walk-saved = Genoteerd: je hebt vandaag { $minutes } minuten gewandeld.
