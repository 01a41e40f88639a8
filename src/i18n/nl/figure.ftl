# Figuren: controles van figuurbestanden, labels op het scherm en op papier.

diag-figure-unknown-exercise = er bestaat geen oefening '{ $id }' die deze figuur kan tonen
diag-figure-unknown-exercise-help = geef het figuurbestand de naam van de oefening die het toont: exercises/figures/<oefening-id>.toml
diag-figure-exercise-help = de oefening van een figuur is haar bestandsnaam; schrijf exercise = "{ $stem }" of laat de regel weg
diag-figure-bad-box = een zijde van het kader is { $value } cm, buiten 20–400 cm
diag-figure-bad-box-help = box = [breedte, hoogte] in centimeter; een staande volwassene past in [120, 200]
diag-figure-unknown-joint = onbekend gewricht '{ $name }'
diag-figure-unknown-joint-help = de gewrichten zijn head, neck, spine, en left_ of right_ shoulder, elbow, hand, hip, knee, foot
diag-figure-joints-missing = het eerste sleutelbeeld moet elk gewricht plaatsen; ontbreekt: { $joints }
diag-figure-joints-missing-help = voeg elk toe als [x, y]; shoulder, elbow, hand, hip, knee en foot plaatsen beide kanten tegelijk
diag-figure-few-keyframes = een figuur heeft minstens twee sleutelbeelden nodig
diag-figure-few-keyframes-help = het eerste sleutelbeeld heet "start" en één heet "end"
diag-figure-first-not-start = het eerste sleutelbeeld moet "start" heten, niet '{ $name }'
diag-figure-no-end = geen enkel sleutelbeeld heet "end"
diag-figure-duplicate-keyframe = twee sleutelbeelden heten '{ $name }'
diag-figure-unknown-keyframe = er is geen sleutelbeeld met de naam '{ $name }'
diag-figure-unknown-keyframe-help = de sleutelbeelden zijn: { $names }
diag-figure-bone-length = het bot { $bone } is { $length } cm lang in '{ $name }' maar { $first } cm bij de start ({ $percent }% verschil)
diag-figure-bone-length-help = een bot houdt zijn lengte (op 5% na): verplaats dit gewricht in de richting van het bot, of zet het lidmaat onder out_of_plane als het naar je toe draait
diag-figure-joint-range = { $joint } buigt { $angle }° in '{ $name }', buiten { $min }° tot { $max }°
diag-figure-joint-range-help = zo buigt een lichaam niet: controleer de plaats van het gewricht, en of view (right-side of left-side) de kant is die je tekent
diag-figure-outside-box = { $joint } in '{ $name }' staat op [{ $x }, { $y }], buiten het kader van { $width } × { $height } cm
diag-figure-outside-box-help = verplaats het naar binnen, of maak het kader groter (y = 0 is de vloer)
diag-figure-prop-needs = een { $kind } heeft '{ $key }' nodig
diag-figure-prop-outside = { $key } = { $value } ligt buiten het kader (0–{ $limit } cm)

figure-start = Beginhouding
figure-end = Eindhouding
figure-none = { $id } heeft nog geen figuur.
