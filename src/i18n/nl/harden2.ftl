# Verharding (2): datums die kern bijhoudt, groottes die kern leest, ids die een bestandsnaam kunnen zijn, back-ups, herstel.
harden2-date-out-of-range = { $date } valt buiten de datums die kern bijhoudt ({ $first } tot { $last }); geef een datum binnen die periode, geschreven als JJJJ-MM-DD (bijvoorbeeld 2026-11-24)
harden2-id-reserved = '{ $id }' kan geen bestandsnaam zijn: Windows houdt de namen CON, PRN, AUX, NUL, COM0–COM9 en LPT0–LPT9 (in hoofd- of kleine letters, met elke extensie) voor apparaten
harden2-id-option = '{ $id }' kan geen bestandsnaam zijn: het begint met '-', zodat opdrachten het als optie lezen
harden2-id-help = kies een andere id, bijvoorbeeld twee woorden verbonden met een koppelteken ('con-stretch', 'bird-dog')
merge-refused-too-large = het item is { $detail } bytes, meer dan kern terugleest ({ $limit } bytes); het werd niet toegevoegd. Maak de notitie korter, of laat het item weg
harden2-import-too-large = { $path } is { $size } bytes; kern importeert exportbestanden van hoogstens { $limit } bytes. Exporteer een kortere periode (kern export --since, --until) en importeer de delen een voor een.
harden2-import-not-a-file = { $path } is geen gewoon bestand (het is een map, een apparaat of een pijp); geef het bestand dat 'kern export --format json' maakte, of '-' om de standaardinvoer te lezen
harden2-temp-removed = { $path } verwijderd (een tijdelijk bestand van een onderbroken schrijfbeurt).
harden2-temp-not-removed = Kon { $path } niet verwijderen: { $reason }
harden2-temp-removed-count = { $count ->
    [0] Geen tijdelijk bestand ouder dan een uur om te verwijderen.
    [one] 1 tijdelijk bestand ouder dan een uur verwijderd.
   *[other] { $count } tijdelijke bestanden ouder dan een uur verwijderd.
}
harden2-temp-repair-hint = 'kern doctor --repair' verwijdert de bestanden die ouder zijn dan een uur (nooit een item).
harden2-link-outside = dit is een symbolische koppeling naar een plaats buiten de map die gelezen wordt; kern volgt ze niet en leest niets van waar ze naar wijst
harden2-link-outside-help = kopieer het bestand in de map (een bundel bevat zijn eigen bestanden), of verwijder de koppeling
harden2-backup-skipped = { $path } weggelaten: het heeft de naam van een dagboekitem maar is geen bestand (een pijp, een socket, een apparaat, een map of een koppeling naar niets). kern heeft het nooit geschreven; haal het uit de dagboekmap.
harden2-backup-checkpoint = De lopende sessie zit ook in de back-up; 'kern restore' zet ze terug.
harden2-restore-checkpoint = De lopende sessie uit de back-up is terug: de coach stelt voor om ze verder te zetten.
harden2-restore-checkpoint-kept = De back-up bevat een lopende sessie, maar hier loopt er al een; de jouwe blijft zoals ze is.
harden2-restore-checkpoint-unreadable = De lopende sessie in de back-up is onleesbaar ({ $reason }); ze werd weggelaten.
