## Inhoud: referenties, CERT-rapporten, ongewenste voorvallen (issue 10)

diag-doi-unchecked = de DOI van '{ $id }' is niet nagekeken in een databank (checked = "{ $checked }")
diag-doi-unchecked-help = zoek de DOI op (doi.org, PubMed of de uitgever) en schrijf dan checked = "doi"; schrap een DOI die je niet kunt bevestigen

references-title = { $count ->
    [one] Eén referentie
   *[other] { $count } referenties
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
references-none = { $id } citeert geen referenties.

## The plain coach: the keys for yes and no (the full-screen coach uses the same)
plain-yes-no-keys = [j/n]
