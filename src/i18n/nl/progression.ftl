# Progressie: redenen voor dosiswijzigingen en de regels bij een programma.
reason-hold-pain-after = je pijn na de sessie steeg met 2 of meer punten, en je zei dat deze oefening pijn deed.
