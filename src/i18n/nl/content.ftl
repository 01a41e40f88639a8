## Inhoud: referenties, CERT-rapporten, ongewenste voorvallen (issue 10)

diag-doi-unchecked = de DOI van '{ $id }' is niet nagekeken in een databank (checked = "{ $checked }")
diag-doi-unchecked-help = zoek de DOI op (doi.org, PubMed of de uitgever) en schrijf dan checked = "doi"; schrap een DOI die je niet kunt bevestigen

references-title = { $count ->
    [one] Eén bron
   *[other] { $count } bronnen
}
references-cited-by = Geciteerd door: { $list }
references-not-cited = Niet geciteerd: achtergrondlectuur
references-checked = Nagekeken in een databank: { $checked ->
    [doi] DOI en titel
    [title] titel en bron
   *[other] niet nagekeken
}
references-cited-by-title = Wat { $id } citeert:
references-no-such-item = Er is geen oefening, programma of infokaart met de naam '{ $id }'.
references-none = { $id } citeert geen bronnen.

## The plain coach: the keys for yes and no (the full-screen coach uses the same)
plain-yes-no-keys = [j/n]

## CERT-checklist (kern program cert ID)
cert-title = CERT-checklist: { $title }
cert-column-item = Item
cert-column-answer = Antwoord
cert-column-source = Bron
cert-not-stated = Niet vermeld.
cert-source-none = het programmabestand zegt er niets over
cert-source-file = programmabestand: { $key }
cert-source-kern = wat kern zelf doet
cert-source-exercises = de oefenbestanden
cert-item-1 = Materiaal: soort, afmetingen, weerstand of belasting
cert-item-2 = Zorgverlener: wie het programma geeft, kwalificaties en opleiding
cert-item-3 = Individueel of in groep
cert-item-4 = Met of zonder begeleiding, en hoe het gegeven wordt
cert-item-5 = Hoe therapietrouw gemeten en gerapporteerd wordt
cert-item-6 = Motivatiestrategieën
cert-item-7 = Opbouw: beslisregels (7a) en hoe het programma opbouwt (7b)
cert-item-8 = Elke oefening zo beschreven dat ze herhaald kan worden
cert-item-9 = Thuisprogramma
cert-item-10 = Onderdelen naast de oefeningen
cert-item-11 = Soort en aantal ongewenste voorvallen
cert-item-12 = Omgeving
cert-item-13 = Dosis: herhalingen, reeksen, sessies, duur en intensiteit
cert-item-14 = Algemeen of op maat (14a), en hoe op maat (14b)
cert-item-15 = Hoe het startniveau bepaald wordt
cert-item-16 = Therapietrouw en getrouwheid: hoe beoordeeld (16a), gegeven zoals gepland (16b)
cert-equipment = { $text } De oefeningen gebruiken: { $list }.
cert-no-equipment = geen materiaal
cert-delivery-individual = Individueel: één patiënt tegelijk.
cert-delivery-group = In groep.
cert-delivery-both = Deels individueel, deels in groep.
cert-supervision-supervised = Begeleid: elke sessie met een zorgverlener.
cert-supervision-unsupervised = Zonder begeleiding: de patiënt oefent alleen.
cert-supervision-both = Deels begeleid, deels alleen.
cert-kern-delivers = kern begeleidt elke sessie op de eigen computer van de patiënt, stap voor stap op een volledig scherm of regel per regel, en houdt de tijd bij van elke keer vasthouden en elke rustpauze.
cert-kern-adherence = Het dagboek van kern houdt elke sessie bij: elke oefening gedaan, ingekort, overgeslagen of gestopt, de gedane reeksen en herhalingen, pijn voor, tijdens en na, inspanning en pijn de ochtend erna. `kern report` toont de kinesitherapeut de geplande en gedane sessies, week per week.
cert-phases = { $count ->
    [one] Eén fase (weken { $weeks }) legt de oefeningen en startdosissen vast.
   *[other] { $count } fasen (weken { $weeks }) veranderen de oefeningen en startdosissen; een dosis die de patiënt al bereikte, blijft in de volgende fase behouden.
}
cert-kern-descriptions = Elk van de { $count } oefeningen heeft een doel, genummerde stappen, aandachtspunten, veelgemaakte fouten, voorzorgen en een veilig dosisbereik, in het Engels en het Nederlands (`kern exercise ID`), met het onderzoek waarop ze steunt.
cert-education = De coach toont infokaarten in de geest van cognitieve functionele therapie in vaste weken: { $weeks }.
cert-education-week = week { $week }: { $cards }
cert-kern-adverse-events = kern noteert ongewenste voorvallen als eigen dagboeknotities (wat er gebeurde, hoe erg, de oefening, de pijn, de woorden van de patiënt): de coach noteert pijn boven de afgesproken grens die een oefening lichter maakte, oversloeg of stopte, en de patiënt noteert een val, letsel, opstoot, nieuw symptoom en dergelijke met `kern log --adverse`. `kern report` zet ze op een rij voor de kinesitherapeut en de exports nemen ze mee. Een alarmsignaal pauzeert het programma tot een zorgverlener de patiënt onderzocht heeft.
cert-dose = { $weeks } weken, { $sessions } sessies per week (voorgestelde dagen: { $days }).
cert-dose-phase = Weken { $first }–{ $last }: ongeveer { $minutes } minuten per sessie, { $effort }; { $exercises }.
cert-effort = beoogde inspanning { $low } tot { $high } op 10
cert-effort-not-stated = beoogde inspanning niet vermeld
cert-kern-tailors = kern past de dosis van elke oefening aan de eigen pijn en inspanning van de patiënt aan, volgens de regels van item 7.
cert-kern-fidelity = Het dagboek bewaart voor elke sessie de geplande dosis van elke oefening en wat gedaan werd, zodat gepland en gedaan per oefening vergeleken kunnen worden; `kern report` zet geplande tegenover gedane sessies en toont elke dosiswijziging met de reden.

## Programmacontroles voor de CERT-items
diag-effort-range = de beoogde inspanning [{ $low }, { $high }] moet van laag naar hoog lopen, binnen 0 tot 10
diag-effort-range-help = schrijf twee getallen van 0 tot 10, het laagste eerst, zoals effort = [2, 4]
diag-unknown-card = er is geen infokaart '{ $id }'
diag-unknown-card-help = de infokaarten zijn de bestanden in programs/education/; gebruik een bestandsnaam zonder .toml
author-kern-project = het kern-project
