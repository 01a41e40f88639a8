# Progressie: redenen voor dosiswijzigingen en de regels bij een programma.
reason-hold-pain-after = je pijn na de sessie steeg met 2 of meer punten, en je zei dat deze oefening pijn deed.
reason-regress-effort = de inspanning was { $effort }/10, ruim boven wat een stap hoger toelaat.
reason-regress-trend = je pijn 's ochtends na het oefenen steeg de laatste { $days } dagen.
reason-start-too-hard = de eerste sessie moet licht aanvoelen (inspanning hoogstens { $effort_max }/10, pijn hoogstens { $pain_max }/10); het was inspanning { $effort }/10, pijn { $pain }/10.
reason-new-phase = de nieuwe fase begint met deze dosis, meer dan je al bereikt had.
reason-hold-rate = ze ging { $days } { $days ->
    [one] dag
   *[other] dagen
} geleden een stap hoger; hoogstens één stap per { $every } dagen.

rule-rate = Elke oefening gaat hoogstens één keer per { $days } dagen een stap hoger; wandelen en andere oefeningen met een vaste duur hoogstens één keer per { $aerobic } dagen, zodat ze niet meer dan { $percent }% per week groeien.
rule-start = De eerste sessie van elke oefening moet licht aanvoelen: inspanning { $effort }/10 of minder en pijn tijdens het oefenen { $pain }/10 of minder. Was het zwaarder, dan is de volgende sessie een stap makkelijker.
rule-trend = Stijgt je pijn 's ochtends na het oefenen over { $days } dagen (de laatste { $half } dagen gemiddeld { $rise } punt of meer boven de { $half } dagen ervoor), dan ga je één stap terug.
rule-hurt = Bereikt de pijn tijdens het oefenen { $pain }/10, of is je pijn na een sessie { $rise } of meer punten hoger dan ervoor, dan vraagt kern welke oefening(en) het waren: alleen die blijven of gaan een stap terug. Weet je het niet? Dan telt de hele sessie.
rule-carry = Begint er een nieuwe fase, dan houdt een oefening die je blijft doen de dosis die je bereikte als die hoger is dan wat de fase voorschrijft; een nieuwe oefening begint met de voorgeschreven dosis.
diag-effort-order = regress_effort = { $high_value } moet hoger liggen dan effort_max = { $low_value }
diag-effort-order-help = de inspanning die een dosis terugzet moet hoger liggen dan de inspanning die een stap hoger toelaat (effort_max)
