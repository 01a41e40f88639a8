# De index van het dagboek (kern doctor).
doctor-index-path = Index:           { $path }
doctor-index-fresh = De index is bijgewerkt ({ $files } bestanden).
doctor-index-stale = De index miste wijzigingen: { $read } bestanden opnieuw gelezen en de index bijgewerkt.
doctor-index-missing = Er was nog geen index: opgebouwd uit { $read } bestanden.
doctor-index-unusable = De index was onbruikbaar ({ $reason }): opnieuw opgebouwd uit { $read } bestanden.
doctor-index-rebuilt = De index is opnieuw opgebouwd uit { $read } bestanden.
doctor-index-not-saved = De index kon niet bewaard worden ({ $reason }); kern leest dan de bestanden zelf, wat trager is maar niets verliest.

# Progress lists the newest dose changes; the older ones stay in the journal.
progress-earlier-changes = { $count ->
    [one] …en nog één eerdere wijziging (bewaard in de dagboeknotitie van die sessie).
   *[other] …en nog { $count } eerdere wijzigingen (elk bewaard in de dagboeknotitie van die sessie).
}
