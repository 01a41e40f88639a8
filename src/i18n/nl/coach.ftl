# De coachlaag en haar gezichten (engineer "coach").
key-tick = aanvinken
plain-want-rating = '{ $answer }' is geen geheel getal van -5 tot +5. Typ een getal en druk op Enter.
plain-want-choices = '{ $answer }' is geen lijst van de keuzes. Typ een of meer getallen van 1 tot { $max }, gescheiden door spaties.
hurt-which = Welke oefening of oefeningen deden pijn? Je programma past dan alleen die aan.
hurt-which-option = { $nl }
hurt-not-sure = Weet ik niet zeker
plain-pick-many = Typ een of meer getallen, gescheiden door spaties.
