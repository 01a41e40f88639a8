## Alarmsignalen: de 11 waarschuwingstekens (CLINICAL.md), de pauze na een verontrustend antwoord,
## de controle door een arts of kinesitherapeut die ze opheft (`kern cleared`), en de wekelijkse controle.

## De vragen, in volgorde: 1–7 betekenen "ga nu naar spoedgevallen of bel 112",
## 8–11 betekenen "ga binnen een dag of twee naar je huisarts".
red-flag-saddle-numbness = Heb je een nieuw doof of tintelend gevoel tussen de binnenkant van je dijen, rond je geslachtsdelen, anus of zitvlak?
red-flag-bladder-change = Heb je nieuwe moeite om te beginnen plassen of je plas op te houden, verlies je urine, of voel je niet meer wanneer je blaas vol is?
red-flag-bowel-control = Heb je sinds kort geen controle meer over je stoelgang?
red-flag-sexual-function = Merk je een nieuwe verandering in je seksueel functioneren of in het gevoel rond je geslachtsdelen?
red-flag-leg-weakness = Heb je nieuw of toenemend krachtverlies in een been, of heb je nieuwe pijn, een doof gevoel of tintelingen in beide benen?
red-flag-sudden-severe-pain = Heb je plots hevige pijn in je rug of buik met een kloppend gevoel (of je je nu flauw voelt of niet)?
red-flag-sudden-chest-pain-or-breathless = Heb je plots pijn in je borst, of ben je plots kortademig?
red-flag-trauma = Begon je pijn na een zware val of een ongeval (of een lichte val als je broze botten (osteoporose) hebt, langdurig cortisonetabletten neemt of ouder bent dan 70)?
red-flag-cancer-or-weight-loss = Heb je ooit kanker gehad, of ben je vermagerd zonder dat je het probeerde?
red-flag-infection-risk = Heb je koorts, een verzwakte afweer (bijvoorbeeld door chemotherapie, geneesmiddelen na een transplantatie, langdurig cortisonetabletten, of hiv), of spuit je drugs?
red-flag-constant-or-night-pain = Is je pijn er altijd, in welke houding je ook zit of ligt, is ze 's nachts hevig, of zit ze vooral hoog in je rug en is ze anders dan je gewone rugpijn?
# De vraag die kern stelde voor de lijst veranderde; alleen getoond bij oude antwoorden.
red-flag-chest-or-breathing = (vroegere vraag) Zat je pijn vooral in je borst of bovenrug, of was je kortademig?
## Blijvende feiten die een arts of kinesitherapeut al bekeek: alleen wat nieuw is, wordt gevraagd.
red-flag-trauma-since = Ben je sinds { $date } zwaar gevallen of had je een ongeval (of een lichte val als je broze botten hebt, langdurig cortisonetabletten neemt of ouder bent dan 70)?
red-flag-cancer-or-weight-loss-since = Hoorde je sinds { $date } dat je kanker hebt, of ben je vermagerd zonder dat je het probeerde?

## De wekelijkse controle: een kort onderwerp per waarschuwingsteken.
red-flag-topic-saddle-numbness = een doof of tintelend gevoel rond je geslachtsdelen, anus of zitvlak
red-flag-topic-bladder-change = moeite met plassen of je plas ophouden
red-flag-topic-bowel-control = geen controle meer over je stoelgang
red-flag-topic-sexual-function = een verandering in je seksueel functioneren of het gevoel rond je geslachtsdelen
red-flag-topic-leg-weakness = krachtverlies in een been, of klachten in beide benen
red-flag-topic-sudden-severe-pain = plotse hevige rug- of buikpijn met een kloppend gevoel
red-flag-topic-sudden-chest-pain-or-breathless = plotse pijn in de borst of kortademigheid
red-flag-topic-trauma = een zware val of een ongeval
red-flag-topic-cancer-or-weight-loss = kanker, of vermageren zonder het te proberen
red-flag-topic-infection-risk = koorts, een verzwakte afweer, of drugs spuiten
red-flag-topic-constant-or-night-pain = pijn die er altijd is, 's nachts hevig is, of vooral hoog in je rug zit
red-flag-topic-chest-or-breathing = pijn vooral in de borst of bovenrug, of kortademigheid
weekly-check-title = Wekelijkse controle op alarmsignalen
weekly-check-ask = Is er sinds { $date } iets hiervan nieuw opgekomen?
weekly-check-question = Is er sinds { $date } iets hiervan nieuw opgekomen: { red-flag-topic-saddle-numbness }; { red-flag-topic-bladder-change }; { red-flag-topic-bowel-control }; { red-flag-topic-sexual-function }; { red-flag-topic-leg-weakness }; { red-flag-topic-sudden-severe-pain }; { red-flag-topic-sudden-chest-pain-or-breathless }; { red-flag-topic-trauma }; { red-flag-topic-cancer-or-weight-loss }; { red-flag-topic-infection-risk }; { red-flag-topic-constant-or-night-pain }?
# Without a date (no screen to date it from).
weekly-check-ask-undated = Is er sinds je vorige controle iets hiervan nieuw opgekomen?

## Het advies zolang het programma stilstaat.
notice-red-flag-emergency = Je meldde een alarmsignaal dat meteen hulp vraagt: ga naar spoedgevallen of bel 112. Wacht niet.
notice-red-flag-doctor = Je meldde een alarmsignaal: ga binnen een dag of twee naar je huisarts, voor je verdergaat met je oefeningen.
safety-record-check = Je programma blijft gepauzeerd tot een arts of kinesitherapeut je onderzocht heeft. Is dat gebeurd, noteer het dan: kern cleared --on DATUM (de dag van het onderzoek: { $since } of later).
safety-locked-unlock = Antwoord ja zodra een arts of kinesitherapeut je sinds { $since } onderzocht heeft en gezegd heeft dat je mag oefenen. Voor een onderzoek op een andere dag: kern cleared --on DATUM.
safety-checked-since = Heeft een arts of kinesitherapeut je sinds { $since } onderzocht?
safety-still-paused = Je programma blijft gepauzeerd tot een arts of kinesitherapeut je onderzocht heeft.
key-not-yet = nog niet
safety-check-recorded = Genoteerd: een arts of kinesitherapeut heeft je onderzocht. Je programma gaat verder.

## `kern cleared`
cleared-about = Noteer dat een arts of kinesitherapeut je onderzocht heeft nadat een alarmsignaal je programma pauzeerde. Alleen dat heft de pauze op: de veiligheidsvragen opnieuw beantwoorden doet dat niet.
cleared-done = Genoteerd: { $by ->
    [doctor] een arts
    [physio] een kinesitherapeut
   *[other] een arts of kinesitherapeut
  } heeft je onderzocht op { $date }. Je programma gaat verder.
cleared-nothing-locked = Niets te noteren: geen alarmsignaal wacht op een onderzoek. (kern cleared is voor nadat een alarmsignaal je programma pauzeerde.)
cleared-before-lock = { $date } ligt voor { $since }, de dag van het antwoord dat je programma pauzeerde. Geef de dag van een onderzoek op { $since } of later.
cleared-in-future = { $date } ligt in de toekomst (vandaag is het { $today }). Geef de dag waarop het onderzoek plaatsvond.
cleared-still-locked = Je programma is nog gepauzeerd: een alarmsignaal dat je later meldde, moet ook onderzocht worden.

## Dagboek, verslag en export
kind-cleared = onderzoek door arts of kine
journal-cleared = onderzocht door { $by ->
    [doctor] een arts
    [physio] een kinesitherapeut
   *[other] een arts of kinesitherapeut
  } op { $date }
report-red-flags-cleared = Vrijgegeven door { $by ->
    [doctor] een arts
    [physio] een kinesitherapeut
   *[other] een arts of kinesitherapeut
  } op { $date } (genoteerd { $recorded }).
report-red-flags-locked = Het programma is gepauzeerd sinds { $since }: in afwachting van onderzoek door een arts of kinesitherapeut.

## Korte namen van de waarschuwingstekens (verslag).
report-flag-saddle-numbness = nieuw doof gevoel of tintelingen in het zadelgebied
report-flag-bladder-change = nieuwe moeite met plassen of plas ophouden
report-flag-bowel-control = nieuw verlies van controle over de stoelgang
report-flag-sexual-function = nieuwe verandering in seksuele functie of gevoel aan de geslachtsdelen
report-flag-leg-weakness = nieuw of toenemend krachtverlies in een been, of nieuwe klachten in beide benen
report-flag-sudden-severe-pain = plotse hevige rug- of buikpijn met een kloppend gevoel (al dan niet met flauwte)
report-flag-sudden-chest-pain-or-breathless = plotse pijn in de borst of plotse kortademigheid
report-flag-trauma = pijn na een zware val of een ongeval
report-flag-cancer-or-weight-loss = kanker in de voorgeschiedenis, of vermageren zonder het te proberen
report-flag-infection-risk = koorts, een verzwakte afweer, of drugs spuiten
report-flag-constant-or-night-pain = constante pijn in elke houding, hevige nachtelijke pijn, of pijn vooral hoog in de rug
report-flag-chest-or-breathing = pijn vooral in de borst of bovenrug, of kortademigheid (vroegere vraag)
