-- Demo project "Gemeente Voorbeeldstad": a fictional municipality, for trying the
-- workbook and for the screenshots and tests. Applied by rk-make-demo to a freshly
-- created project of the current schema, in one transaction. Text is Markdown.

UPDATE project SET
    gemeente = 'Gemeente Voorbeeldstad',
    title = 'Samen tegen eenzaamheid',
    start_year = 2025,
    horizon_years = 3;

UPDATE chapter_state SET status = 2, notes = '## Wat weten we?

Volgens de **Gezondheidsmonitor 2022** van de GGD voelt **47%** van de volwassen inwoners van
Voorbeeldstad zich eenzaam; **13%** is ernstig eenzaam. In de wijken *De Horst* en *Kanaalzone*
ligt dat duidelijk hoger (52% en 55%).

Opvallend:

- Niet alleen ouderen: ook inwoners van 45 tot 65 jaar zijn vaak eenzaam.
- Inwoners met een bijstandsuitkering lopen extra risico.
- Veel mensen kennen het aanbod niet; de sociale kaart is verouderd.

## Wie is al actief?

Het welzijnswerk (Stichting Welzijn Voorbeeldstad), de bibliotheek, drie kerken, de voedselbank
en een paar bewonersinitiatieven. Ze werken nog weinig samen.

## Persona''s

We maakten vier persona''s om te laten zien hoe verschillend eenzaamheid eruitziet, onder
meer *Henk (71)*, weduwnaar sinds vorig jaar, en *Samira (38)*, alleenstaande moeder die net
is verhuisd.' WHERE chapter = 'verkenning';

UPDATE chapter_state SET status = 1, notes = '## Doelen voor 2025-2027

1. Minder inwoners voelen zich ernstig eenzaam: van 13% naar 11% in 2027.
2. Meer inwoners weten waar ze terechtkunnen met vragen over eenzaamheid.
3. Professionals en vrijwilligers herkennen eenzaamheid en durven erover te beginnen.

Bij elk doel horen indicatoren, zodat we kunnen zien of we op koers liggen.

## Budget en planning

Per jaar **€ 85.000** uit het sociaal domein, plus inzet van partners. Het plan gaat in
januari naar de raad.' WHERE chapter = 'plan_van_aanpak';

UPDATE chapter_state SET status = 1, notes = 'De gemeente trekt, maar de doelen en indicatoren stellen we **samen met de partners** vast.

- Startbijeenkomst met 23 organisaties in maart: iedereen noemde één bijdrage.
- Afspraken per doel leggen we vast in een korte samenwerkingsverklaring.
- Nog open: de rol van de huisartsen en de woningcorporatie.' WHERE chapter = 'commitment';

UPDATE chapter_state SET status = 1, notes = '## Ons netwerk

Het netwerk telt nu ruim **40 organisaties**: welzijn, zorg, sportverenigingen, het
kunstencentrum, de voedselbank, kerken, de bibliotheek en ook ondernemers, zoals de
hoorwinkel in het centrum.

## Hoe we het laten groeien

- Collega''s van andere afdelingen vragen welke organisaties zij kennen.
- Organisaties uitnodigen met de vraag of eenzaamheid bij hen speelt.
- Eén-op-één contact houden, ook als er even niets te doen is.
- Aansluiten bij bestaande netwerken in plaats van iets nieuws te beginnen.' WHERE chapter = 'sterk_netwerk';

UPDATE chapter_state SET status = 1, notes = 'We volgen de indicatoren elk halfjaar en bespreken ze met de kerngroep.

*Vraag voor de evaluatie:* werken onze activiteiten ook voor de middengroep (45-65 jaar)?' WHERE chapter = 'monitoren_evalueren';

UPDATE chapter_state SET status = 2, notes = '## Campagne "Voorbeeldstad doet mee"

- **Doelgroep:** eerst de signaleerders (buren, winkelpersoneel, kappers), daarna de inwoners zelf.
- **Kanalen:** huis-aan-huisblad, wijkkrant, lokale omroep, sociale media en een kaart voor
  alle inwoners van 75 jaar en ouder.
- Tijdens de **Week tegen Eenzaamheid** (vanaf de laatste donderdag van september) houden we
  de *Week van de Ontmoeting*, met activiteiten in alle wijken.' WHERE chapter = 'bewustwording';

UPDATE chapter_state SET status = 1, notes = 'We richten ons op drie levensgebeurtenissen:

1. **Overlijden van een partner**: na ongeveer drie maanden een bezoek van een vrijwilliger.
2. **Pensioen**: informatie via werkgevers en de bibliotheek.
3. **Verhuizing**: een welkomstpakket van de woningcorporatie.

Vindplaatsen: huisartsenpraktijken, de voedselbank, notarissen, de apotheek en het Wmo-loket.' WHERE chapter = 'preventie';

UPDATE chapter_state SET status = 1, notes = '## Signaleren

We trainen medewerkers van het Wmo-loket, de thuiszorg, de woningcorporatie (ook de
huismeester) en vrijwilligers om eenzaamheid te herkennen en bespreekbaar te maken.
*Luisteren is vaak belangrijker dan meteen een oplossing.*

## Meldpunt

Het meldpunt zit bij het Wmo-loket. Medewerkers daar zijn al gewend om door te vragen.
We houden alleen **aantallen** meldingen bij, nooit gegevens over personen.' WHERE chapter = 'signaleren_bespreken';

UPDATE chapter_state SET status = 0, notes = 'Het aanbod moet gevarieerd zijn, niet alleen ontmoeting:

- telefooncirkels en een online huiskamer;
- maatjes en praktische hulp door vrijwilligers;
- cultuurprojecten met het kunstencentrum;
- aandacht voor mensen die niet online zijn.

Let op: iemand doorverwijzen naar een activiteit waar hij zich niet thuis voelt, kan de
eenzaamheid juist vergroten.' WHERE chapter = 'ondersteunen_activeren';

-- The workbooks: answers to the guidance questions, the checklists and the chapter tables.

INSERT INTO question_answer (id, chapter, question_key, answer, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000001', 'verkenning', 'probleem', 'Volgens de Gezondheidsmonitor 2022 is 47% van de volwassenen eenzaam en 13% ernstig eenzaam. In De Horst (52%) en Kanaalzone (55%) is het het hoogst.', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO question_answer (id, chapter, question_key, answer, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000002', 'verkenning', 'groepen', 'Ouderen die alleen wonen, inwoners van 45 tot 65 jaar zonder werk, inwoners met een bijstandsuitkering en mantelzorgers.', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO question_answer (id, chapter, question_key, answer, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000003', 'verkenning', 'aanbod', 'Er zijn veel ontmoetingsactiviteiten in het centrum. In de wijken aan de rand en voor mensen die niet online zijn, is weinig aanbod.', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO question_answer (id, chapter, question_key, answer, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000004', 'verkenning', 'actief', 'Stichting Welzijn Voorbeeldstad, de bibliotheek, drie kerken, de voedselbank, de Zonnebloem en twee bewonersinitiatieven.', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO question_answer (id, chapter, question_key, answer, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000005', 'verkenning', 'ambitie', 'Het coalitieakkoord noemt eenzaamheid als speerpunt: iedereen moet ergens bij kunnen horen.', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO question_answer (id, chapter, question_key, answer, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000006', 'plan_van_aanpak', 'doelen', 'Minder ernstige eenzaamheid (van 13% naar 11%), meer inwoners die weten waar ze terechtkunnen, en getrainde signaleerders in elke wijk.', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO question_answer (id, chapter, question_key, answer, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000007', 'plan_van_aanpak', 'meten', 'Met de Gezondheidsmonitor (2024 en 2026), een korte peiling in het inwonerspanel en de aantallen van het meldpunt.', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO question_answer (id, chapter, question_key, answer, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000008', 'plan_van_aanpak', 'activiteiten', 'De campagne, trainingen voor signaleerders, het meldpunt, huisbezoeken na overlijden van een partner en maatjes.', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO question_answer (id, chapter, question_key, answer, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000009', 'plan_van_aanpak', 'budget', '85.000 euro per jaar uit het sociaal domein; partners zetten daarnaast eigen uren in.', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO question_answer (id, chapter, question_key, answer, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000010', 'plan_van_aanpak', 'planning', 'Start in januari 2025; elk halfjaar een tussenstand in de kerngroep en elk jaar een brief aan de raad.', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO question_answer (id, chapter, question_key, answer, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000011', 'commitment', 'trekker', 'De gemeente trekt; de kerngroep van vijf partners is samen eigenaar van de aanpak.', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO question_answer (id, chapter, question_key, answer, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000012', 'commitment', 'bijdragen', 'Welzijn coördineert de maatjes, de bibliotheek de cultuurprojecten, de woningcorporatie traint huismeesters.', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO question_answer (id, chapter, question_key, answer, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000013', 'commitment', 'afspraken', 'In een samenwerkingsverklaring van twee pagina''s, getekend tijdens de Week tegen Eenzaamheid.', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO question_answer (id, chapter, question_key, answer, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000014', 'commitment', 'bestuur', 'De wethouder opent elke netwerkbijeenkomst; de raad krijgt elk jaar een informatiebrief.', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO question_answer (id, chapter, question_key, answer, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000015', 'sterk_netwerk', 'partners', 'Zorg, welzijn, sport, cultuur, kerken en ondernemers doen mee. Huisartsen en het onderwijs ontbreken nog.', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO question_answer (id, chapter, question_key, answer, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000016', 'sterk_netwerk', 'groei', 'Via collega''s van andere afdelingen en door aan te sluiten bij het netwerk rond mantelzorg.', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO question_answer (id, chapter, question_key, answer, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000017', 'sterk_netwerk', 'contact', 'Twee keer per jaar een netwerkbijeenkomst en tussendoor één-op-één contact.', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO question_answer (id, chapter, question_key, answer, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000018', 'sterk_netwerk', 'bestaand', 'Het mantelzorgnetwerk en het wijkoverleg in De Horst.', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO question_answer (id, chapter, question_key, answer, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000019', 'monitoren_evalueren', 'wanneer', 'Elk halfjaar met de kerngroep, in maart en september.', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO question_answer (id, chapter, question_key, answer, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000020', 'monitoren_evalueren', 'werkt', 'Het meldpunt: meer meldingen dan verwacht, en de meeste mensen vinden passend aanbod.', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO question_answer (id, chapter, question_key, answer, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000021', 'monitoren_evalueren', 'beter', 'De middengroep (45-65 jaar) bereiken we nog slecht; daar richten we de volgende ronde op.', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO question_answer (id, chapter, question_key, answer, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000022', 'monitoren_evalueren', 'verhalen', 'Een deelnemer van de telefooncirkel vertelde dat het ochtendtelefoontje haar dag structuur geeft.', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO question_answer (id, chapter, question_key, answer, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000023', 'bewustwording', 'doelgroep', 'Eerst signaleerders zoals buren, kappers en winkelpersoneel; daarna eenzame inwoners zelf.', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO question_answer (id, chapter, question_key, answer, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000024', 'bewustwording', 'boodschap', 'Eenzaamheid kan iedereen overkomen. Een klein gebaar maakt verschil.', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO question_answer (id, chapter, question_key, answer, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000025', 'bewustwording', 'kanalen', 'Huis-aan-huisblad, wijkkrant, lokale omroep, sociale media en een kaart voor alle 75-plussers.', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO question_answer (id, chapter, question_key, answer, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000026', 'bewustwording', 'effect', 'Meer meldingen bij het meldpunt en meer aanmeldingen van vrijwilligers na de campagne.', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO question_answer (id, chapter, question_key, answer, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000027', 'preventie', 'gebeurtenissen', 'Overlijden van een partner, pensioen en verhuizing: daar zien we de meeste nieuwe eenzaamheid.', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO question_answer (id, chapter, question_key, answer, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000028', 'preventie', 'vindplaatsen', 'Huisartsenpraktijken, de voedselbank, notarissen, de apotheek en het Wmo-loket.', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO question_answer (id, chapter, question_key, answer, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000029', 'preventie', 'timing', 'Na overlijden wachten we ongeveer drie maanden voordat een vrijwilliger langsgaat.', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO question_answer (id, chapter, question_key, answer, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000030', 'preventie', 'samenwerking', 'Met de uitvaartondernemers, de woningcorporatie en de huisartsen.', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO question_answer (id, chapter, question_key, answer, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000031', 'signaleren_bespreken', 'signaleerders', 'Medewerkers van het Wmo-loket, de thuiszorg, huismeesters van de woningcorporatie en vrijwilligers.', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO question_answer (id, chapter, question_key, answer, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000032', 'signaleren_bespreken', 'training', 'Een training van twee dagdelen, twee keer per jaar, door Stichting Welzijn.', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO question_answer (id, chapter, question_key, answer, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000033', 'signaleren_bespreken', 'opvolging', 'Het meldpunt belt binnen een week terug en zoekt samen met de inwoner wat past.', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO question_answer (id, chapter, question_key, answer, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000034', 'signaleren_bespreken', 'meldpunt', 'Bij het Wmo-loket, bereikbaar via één telefoonnummer en een webformulier.', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO question_answer (id, chapter, question_key, answer, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000035', 'ondersteunen_activeren', 'aanbod', 'Ontmoeting in buurthuizen, telefooncirkels, maatjes, een online huiskamer en cultuurprojecten.', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO question_answer (id, chapter, question_key, answer, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000036', 'ondersteunen_activeren', 'gaten', 'Weinig aanbod voor de middengroep (45-65 jaar) en voor mensen met een migratieachtergrond.', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO question_answer (id, chapter, question_key, answer, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000037', 'ondersteunen_activeren', 'toeleiding', 'Een gesprek vooraf met de consulent of het maatje, zodat het aanbod echt past.', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO question_answer (id, chapter, question_key, answer, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000038', 'ondersteunen_activeren', 'eigen_kracht', 'Ervaringsdeskundigen denken mee in de kerngroep en leiden zelf de wandelgroep.', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO checklist_answer (id, chapter, item_key, answer, comment, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000039', 'verkenning', 'k1a', 1, '', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO checklist_answer (id, chapter, item_key, answer, comment, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000040', 'verkenning', 'k1b', 1, 'Per wijk, nog niet per leeftijdsgroep in alle wijken.', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO checklist_answer (id, chapter, item_key, answer, comment, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000041', 'verkenning', 'k1c', 1, '', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO checklist_answer (id, chapter, item_key, answer, comment, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000042', 'verkenning', 'k1d', 2, 'Inwoners nog weinig betrokken.', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO checklist_answer (id, chapter, item_key, answer, comment, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000043', 'plan_van_aanpak', 'k2a', 1, '', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO checklist_answer (id, chapter, item_key, answer, comment, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000044', 'plan_van_aanpak', 'k2b', 1, '', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO checklist_answer (id, chapter, item_key, answer, comment, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000045', 'plan_van_aanpak', 'k2c', 2, 'Voor de peiling in het inwonerspanel nog niet.', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO checklist_answer (id, chapter, item_key, answer, comment, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000046', 'plan_van_aanpak', 'k2d', 1, '', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO checklist_answer (id, chapter, item_key, answer, comment, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000047', 'commitment', 'k3a', 2, '', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO checklist_answer (id, chapter, item_key, answer, comment, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000048', 'commitment', 'k3b', 3, 'Nog te veel losse activiteiten.', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO checklist_answer (id, chapter, item_key, answer, comment, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000049', 'commitment', 'k3c', 1, '', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO checklist_answer (id, chapter, item_key, answer, comment, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000050', 'sterk_netwerk', 'n1', 1, 'Sport, cultuur en ondernemers doen mee.', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO checklist_answer (id, chapter, item_key, answer, comment, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000051', 'sterk_netwerk', 'n2', 2, '', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO checklist_answer (id, chapter, item_key, answer, comment, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000052', 'sterk_netwerk', 'n3', 1, 'De hoorwinkel en de supermarkt.', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO checklist_answer (id, chapter, item_key, answer, comment, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000053', 'monitoren_evalueren', 'k4a', 2, '', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO checklist_answer (id, chapter, item_key, answer, comment, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000054', 'monitoren_evalueren', 'k5a', 3, '', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO checklist_answer (id, chapter, item_key, answer, comment, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000055', 'monitoren_evalueren', 'k5b', 2, 'Bezoekersaantallen wel, verhalen nog niet.', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO checklist_answer (id, chapter, item_key, answer, comment, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000056', 'monitoren_evalueren', 'p01', 1, '', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO checklist_answer (id, chapter, item_key, answer, comment, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000057', 'monitoren_evalueren', 'p02', 1, 'De kerngroep.', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO checklist_answer (id, chapter, item_key, answer, comment, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000058', 'monitoren_evalueren', 'p03', 2, '', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO checklist_answer (id, chapter, item_key, answer, comment, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000059', 'monitoren_evalueren', 'p04', 2, '', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO checklist_answer (id, chapter, item_key, answer, comment, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000060', 'monitoren_evalueren', 'p05', 1, '', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO checklist_answer (id, chapter, item_key, answer, comment, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000061', 'monitoren_evalueren', 'p06', 3, 'Wordt opgenomen in de training van Wmo-consulenten.', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO checklist_answer (id, chapter, item_key, answer, comment, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000062', 'monitoren_evalueren', 'p07', 2, '', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO checklist_answer (id, chapter, item_key, answer, comment, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000063', 'monitoren_evalueren', 'p08', 1, '', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO checklist_answer (id, chapter, item_key, answer, comment, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000064', 'monitoren_evalueren', 'p09', 2, 'Tekort aan vrijwilligers in Kanaalzone.', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO checklist_answer (id, chapter, item_key, answer, comment, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000065', 'monitoren_evalueren', 'p10', 2, '', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO checklist_answer (id, chapter, item_key, answer, comment, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000066', 'monitoren_evalueren', 'p11', 3, '', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO checklist_answer (id, chapter, item_key, answer, comment, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000067', 'bewustwording', 'c1', 1, '', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO checklist_answer (id, chapter, item_key, answer, comment, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000068', 'bewustwording', 'c2', 1, 'Kaart per post voor 75-plussers.', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO checklist_answer (id, chapter, item_key, answer, comment, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000069', 'bewustwording', 'c3', 1, '', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO checklist_answer (id, chapter, item_key, answer, comment, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000070', 'preventie', 'v1', 1, '', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO checklist_answer (id, chapter, item_key, answer, comment, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000071', 'preventie', 'v2', 2, '', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO checklist_answer (id, chapter, item_key, answer, comment, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000072', 'preventie', 'v3', 1, '', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO checklist_answer (id, chapter, item_key, answer, comment, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000073', 'signaleren_bespreken', 's1', 2, '60 van de 90 signaleerders getraind.', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO checklist_answer (id, chapter, item_key, answer, comment, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000074', 'signaleren_bespreken', 's2', 1, '', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO checklist_answer (id, chapter, item_key, answer, comment, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000075', 'signaleren_bespreken', 's3', 1, '', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO checklist_answer (id, chapter, item_key, answer, comment, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000076', 'ondersteunen_activeren', 'o1', 1, '', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO checklist_answer (id, chapter, item_key, answer, comment, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000077', 'ondersteunen_activeren', 'o2', 2, '', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO local_figure (id, position, area, subject, value, unit, year, source, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000078', 0, 'Voorbeeldstad', 'Eenzaam (18+)', 47.0, '%', 2022, 'GGD Gezondheidsmonitor', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO local_figure (id, position, area, subject, value, unit, year, source, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000079', 1, 'Voorbeeldstad', 'Ernstig eenzaam (18+)', 13.0, '%', 2022, 'GGD Gezondheidsmonitor', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO local_figure (id, position, area, subject, value, unit, year, source, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000080', 2, 'De Horst', 'Eenzaam (18+)', 52.0, '%', 2022, 'GGD Gezondheidsmonitor', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO local_figure (id, position, area, subject, value, unit, year, source, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000081', 3, 'Kanaalzone', 'Eenzaam (18+)', 55.0, '%', 2022, 'GGD Gezondheidsmonitor', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO local_figure (id, position, area, subject, value, unit, year, source, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000082', 4, 'Voorbeeldstad', 'Eenzaam (65+)', 51.0, '%', 2022, 'GGD Gezondheidsmonitor', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO local_figure (id, position, area, subject, value, unit, year, source, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000083', 5, 'Voorbeeldstad', 'Alleenwonende 75-plussers', 2140, 'personen', 2024, 'Basisregistratie (aantal)', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO persona (id, position, name, age_group, situation, life_events, helps, does_not_help, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000084', 0, 'Henk', '65+', 'Weduwnaar, woont alleen in een flat in De Horst. Zijn kinderen wonen ver weg.', 'Overlijden partner; gestopt met autorijden', 'Een vaste buurman die langskomt; de biljartclub', 'Groepsactiviteiten met veel onbekenden', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO persona (id, position, name, age_group, situation, life_events, helps, does_not_help, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000085', 1, 'Samira', '25-45', 'Alleenstaande moeder van twee kinderen, net verhuisd naar Kanaalzone.', 'Scheiding; verhuizing', 'Contact met andere ouders op school; een maatje', 'Aanbod alleen overdag', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO persona (id, position, name, age_group, situation, life_events, helps, does_not_help, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000086', 2, 'Peter', '45-65', 'Sinds een jaar werkloos, met een bijstandsuitkering. Schaamt zich.', 'Baanverlies; bijstand', 'Vrijwilligerswerk waarin hij zijn vak kan gebruiken', 'Doorverwezen worden zonder gesprek', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO persona (id, position, name, age_group, situation, life_events, helps, does_not_help, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000087', 3, 'Fenna', '18-25', 'Student die voor haar studie naar Voorbeeldstad kwam en weinig mensen kent.', 'Verhuizing; start studie', 'Sportvereniging; een studentenvereniging', 'Campagnes die alleen over ouderen gaan', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO life_event_focus (id, position, life_event, vindplaatsen, signallers, approach, timing, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000088', 0, 'Overlijden van een partner', 'Uitvaartondernemers, notarissen, huisartsen', 'Uitvaartondernemer, huisarts', 'Huisbezoek door een getrainde vrijwilliger', 'Ongeveer drie maanden na het overlijden', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO life_event_focus (id, position, life_event, vindplaatsen, signallers, approach, timing, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000089', 1, 'Pensioen', 'Werkgevers, bibliotheek', 'HR-afdelingen van grote werkgevers', 'Informatieavond over vrijwilligerswerk en clubs', 'Een halfjaar voor het pensioen', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO life_event_focus (id, position, life_event, vindplaatsen, signallers, approach, timing, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000090', 2, 'Verhuizing', 'Woningcorporatie', 'Huismeesters, verhuurconsulenten', 'Welkomstpakket met activiteiten in de buurt', 'In de eerste maand na de verhuizing', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO campaign (id, position, name, audience, channels, start_date, end_date, message, result, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000091', 0, 'Voorbeeldstad doet mee', 0, 'krant;wijkkrant;omroep;sociale_media', '2025-09-25', '2025-10-02', 'Eenzaamheid kan iedereen overkomen. Een klein gebaar maakt verschil.', 'Veel reacties op sociale media; 35 extra meldingen in oktober.', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO campaign (id, position, name, audience, channels, start_date, end_date, message, result, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000092', 1, 'Kaart voor 75-plussers', 1, 'post', '2025-09-25', '2025-09-25', 'U bent niet alleen: bel gerust het meldpunt.', '2.140 kaarten verstuurd, 48 telefoontjes naar het meldpunt.', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO campaign (id, position, name, audience, channels, start_date, end_date, message, result, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000093', 2, 'Week van de Ontmoeting 2026', 2, 'krant;sociale_media;website;bijeenkomst', '2026-09-24', '2026-10-01', 'Kom kennismaken in uw buurt.', '', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO signaller (id, position, who, where_met, trained, trained_on, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000094', 0, 'Wmo-consulenten', 'Keukentafelgesprekken bij inwoners thuis', 1, '2025-04-15', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO signaller (id, position, who, where_met, trained, trained_on, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000095', 1, 'Huismeesters woningcorporatie', 'In en rond de flats van De Horst en Kanaalzone', 1, '2025-05-20', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO signaller (id, position, who, where_met, trained, trained_on, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000096', 2, 'Thuiszorgmedewerkers', 'Bij cliënten thuis', 0, '', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO signaller (id, position, who, where_met, trained, trained_on, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000097', 3, 'Kappers en winkelpersoneel', 'In de winkelcentra', 0, '', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO meldpunt_count (id, position, period_start, reports, offers, note, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000098', 0, '2025-01-01', 9, 4, '', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO meldpunt_count (id, position, period_start, reports, offers, note, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000099', 1, '2025-02-01', 12, 6, '', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO meldpunt_count (id, position, period_start, reports, offers, note, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000100', 2, '2025-03-01', 14, 5, '', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO meldpunt_count (id, position, period_start, reports, offers, note, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000101', 3, '2025-04-01', 15, 9, '', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO meldpunt_count (id, position, period_start, reports, offers, note, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000102', 4, '2025-05-01', 13, 7, '', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO meldpunt_count (id, position, period_start, reports, offers, note, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000103', 5, '2025-06-01', 11, 6, 'Zomer: rustiger', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO meldpunt_count (id, position, period_start, reports, offers, note, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000104', 6, '2025-07-01', 10, 3, '', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO meldpunt_count (id, position, period_start, reports, offers, note, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000105', 7, '2025-08-01', 12, 4, '', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO meldpunt_count (id, position, period_start, reports, offers, note, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000106', 8, '2025-09-01', 21, 11, 'Campagne gestart', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO meldpunt_count (id, position, period_start, reports, offers, note, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000107', 9, '2025-10-01', 35, 14, 'Na de Week van de Ontmoeting', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO meldpunt_count (id, position, period_start, reports, offers, note, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000108', 10, '2025-11-01', 24, 9, '', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO meldpunt_count (id, position, period_start, reports, offers, note, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000109', 11, '2025-12-01', 19, 8, '', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO offer (id, position, activity, kind, for_whom, provider, reach, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000110', 0, 'Buurtkamer De Horst', 0, 'Alle buurtbewoners', 'Stichting Welzijn Voorbeeldstad', 120, '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO offer (id, position, activity, kind, for_whom, provider, reach, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000111', 1, 'Telefooncirkel', 3, 'Ouderen die weinig buiten komen', 'Stichting Welzijn Voorbeeldstad', 24, '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO offer (id, position, activity, kind, for_whom, provider, reach, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000112', 2, 'Maatjesproject', 5, 'Inwoners die zich eenzaam voelen', 'Humanitas Voorbeeldstad', 38, '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO offer (id, position, activity, kind, for_whom, provider, reach, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000113', 3, 'Klussendienst', 2, 'Ouderen en mensen met een beperking', 'Vrijwilligerscentrale', 65, '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO offer (id, position, activity, kind, for_whom, provider, reach, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000114', 4, 'Verhalenatelier', 4, 'Ouderen die graag schrijven of vertellen', 'Bibliotheek en kunstencentrum', 18, '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO offer (id, position, activity, kind, for_whom, provider, reach, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000115', 5, 'Wandelgroep Kanaalzone', 0, 'Alle leeftijden', 'Sportvereniging VVK', 30, '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');

-- Goals with indicators and their measurements, and activities.

INSERT INTO goal (id, position, title, description, target_group, horizon_date, status, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000116', 0, 'Minder inwoners voelen zich ernstig eenzaam', 'Het aandeel volwassenen dat zich ernstig eenzaam voelt, daalt van 13% naar 11%.', 'Alle volwassen inwoners', '2027-12-31', 1, '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO goal (id, position, title, description, target_group, horizon_date, status, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000117', 1, 'Meer inwoners weten waar ze terechtkunnen', 'Inwoners en hun naasten kennen het meldpunt en het aanbod in hun wijk.', 'Alle inwoners, vooral 75-plussers', '2027-12-31', 1, '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO goal (id, position, title, description, target_group, horizon_date, status, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000118', 2, 'Signaleerders herkennen eenzaamheid en bespreken het', 'Professionals en vrijwilligers zijn getraind en weten waar ze heen kunnen met een signaal.', 'Professionals en vrijwilligers', '2027-06-30', 1, '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO goal (id, position, title, description, target_group, horizon_date, status, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000119', 3, 'De middengroep (45-65 jaar) beter in beeld', 'We weten wat eenzame inwoners van 45 tot 65 jaar nodig hebben.', 'Inwoners van 45 tot 65 jaar', '2027-12-31', 0, '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO indicator (id, goal_id, position, name, unit, unit_label, direction, baseline_value, baseline_date, target_value, target_date, source, notes, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000120', '00000000-0000-4000-8000-000000000116', 0, 'Ernstig eenzaam (18+)', 0, '', 1, 13.0, '2022-09-01', 11.0, '2027-12-31', 'GGD Gezondheidsmonitor', 'Landelijk was dit 14% in 2022.', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO indicator (id, goal_id, position, name, unit, unit_label, direction, baseline_value, baseline_date, target_value, target_date, source, notes, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000121', '00000000-0000-4000-8000-000000000116', 1, 'Eenzaam (18+)', 0, '', 1, 47.0, '2022-09-01', 44.0, '2027-12-31', 'GGD Gezondheidsmonitor', '', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO indicator (id, goal_id, position, name, unit, unit_label, direction, baseline_value, baseline_date, target_value, target_date, source, notes, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000122', '00000000-0000-4000-8000-000000000117', 2, 'Inwoners die het meldpunt kennen', 0, '', 0, 18.0, '2025-01-15', 40.0, '2027-12-31', 'Inwonerspanel', 'Peiling onder ongeveer 800 panelleden.', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO indicator (id, goal_id, position, name, unit, unit_label, direction, baseline_value, baseline_date, target_value, target_date, source, notes, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000123', '00000000-0000-4000-8000-000000000117', 3, 'Meldingen bij het meldpunt per maand', 1, '', 0, 9.0, '2025-01-01', 18.0, '2026-12-01', 'Registratie meldpunt (aantallen)', '', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO indicator (id, goal_id, position, name, unit, unit_label, direction, baseline_value, baseline_date, target_value, target_date, source, notes, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000124', '00000000-0000-4000-8000-000000000118', 4, 'Getrainde signaleerders', 1, '', 0, 0.0, '2025-01-01', 120.0, '2027-06-30', 'Presentielijsten trainingen', '', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO indicator (id, goal_id, position, name, unit, unit_label, direction, baseline_value, baseline_date, target_value, target_date, source, notes, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000125', '00000000-0000-4000-8000-000000000118', 5, 'Inwoners die zich gehoord voelen', 2, '', 0, 6.1, '2025-03-01', 7.0, '2027-12-31', 'Cliëntervaringsonderzoek Wmo', 'Rapportcijfer van 1 tot 10; de eerste meting volgt in 2026.', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO measurement (id, indicator_id, position, date, value, source, note, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000126', '00000000-0000-4000-8000-000000000120', 0, '2022-09-01', 13.0, 'GGD Gezondheidsmonitor 2022', '', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO measurement (id, indicator_id, position, date, value, source, note, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000127', '00000000-0000-4000-8000-000000000120', 1, '2024-09-01', 12.1, 'GGD Gezondheidsmonitor 2024', '', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO measurement (id, indicator_id, position, date, value, source, note, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000128', '00000000-0000-4000-8000-000000000121', 2, '2022-09-01', 47.0, 'GGD Gezondheidsmonitor 2022', '', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO measurement (id, indicator_id, position, date, value, source, note, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000129', '00000000-0000-4000-8000-000000000121', 3, '2024-09-01', 47.8, 'GGD Gezondheidsmonitor 2024', '', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO measurement (id, indicator_id, position, date, value, source, note, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000130', '00000000-0000-4000-8000-000000000122', 4, '2025-01-15', 18.0, 'Inwonerspanel', '', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO measurement (id, indicator_id, position, date, value, source, note, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000131', '00000000-0000-4000-8000-000000000122', 5, '2025-07-01', 24.0, 'Inwonerspanel', '', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO measurement (id, indicator_id, position, date, value, source, note, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000132', '00000000-0000-4000-8000-000000000122', 6, '2026-01-15', 31.0, 'Inwonerspanel', '', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO measurement (id, indicator_id, position, date, value, source, note, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000133', '00000000-0000-4000-8000-000000000123', 7, '2025-01-01', 9.0, 'Registratie meldpunt', '', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO measurement (id, indicator_id, position, date, value, source, note, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000134', '00000000-0000-4000-8000-000000000123', 8, '2025-02-01', 12.0, 'Registratie meldpunt', '', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO measurement (id, indicator_id, position, date, value, source, note, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000135', '00000000-0000-4000-8000-000000000123', 9, '2025-03-01', 14.0, 'Registratie meldpunt', '', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO measurement (id, indicator_id, position, date, value, source, note, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000136', '00000000-0000-4000-8000-000000000123', 10, '2025-04-01', 15.0, 'Registratie meldpunt', '', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO measurement (id, indicator_id, position, date, value, source, note, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000137', '00000000-0000-4000-8000-000000000123', 11, '2025-05-01', 13.0, 'Registratie meldpunt', '', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO measurement (id, indicator_id, position, date, value, source, note, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000138', '00000000-0000-4000-8000-000000000123', 12, '2025-06-01', 11.0, 'Registratie meldpunt', '', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO measurement (id, indicator_id, position, date, value, source, note, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000139', '00000000-0000-4000-8000-000000000123', 13, '2025-07-01', 10.0, 'Registratie meldpunt', '', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO measurement (id, indicator_id, position, date, value, source, note, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000140', '00000000-0000-4000-8000-000000000123', 14, '2025-08-01', 12.0, 'Registratie meldpunt', '', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO measurement (id, indicator_id, position, date, value, source, note, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000141', '00000000-0000-4000-8000-000000000123', 15, '2025-09-01', 21.0, 'Registratie meldpunt', '', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO measurement (id, indicator_id, position, date, value, source, note, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000142', '00000000-0000-4000-8000-000000000123', 16, '2025-10-01', 35.0, 'Registratie meldpunt', '', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO measurement (id, indicator_id, position, date, value, source, note, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000143', '00000000-0000-4000-8000-000000000123', 17, '2025-11-01', 24.0, 'Registratie meldpunt', '', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO measurement (id, indicator_id, position, date, value, source, note, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000144', '00000000-0000-4000-8000-000000000123', 18, '2025-12-01', 19.0, 'Registratie meldpunt', '', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO measurement (id, indicator_id, position, date, value, source, note, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000145', '00000000-0000-4000-8000-000000000124', 19, '2025-06-30', 35.0, 'Presentielijsten', '', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO measurement (id, indicator_id, position, date, value, source, note, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000146', '00000000-0000-4000-8000-000000000124', 20, '2025-12-31', 60.0, 'Presentielijsten', '', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO activity (id, position, title, goal_id, chapter, owner, start_date, end_date, status, budget, target_group, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000147', 0, 'Campagne Voorbeeldstad doet mee', '00000000-0000-4000-8000-000000000117', 'bewustwording', 'Gemeente, afdeling communicatie', '2025-09-01', '2025-10-31', 2, 12000.0, 'Alle inwoners', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO activity (id, position, title, goal_id, chapter, owner, start_date, end_date, status, budget, target_group, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000148', 1, 'Kaart voor alle 75-plussers', '00000000-0000-4000-8000-000000000117', 'bewustwording', 'Gemeente', '2025-09-15', '2025-09-30', 2, 4500.0, 'Inwoners van 75 jaar en ouder', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO activity (id, position, title, goal_id, chapter, owner, start_date, end_date, status, budget, target_group, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000149', 2, 'Training signaleren en bespreken', '00000000-0000-4000-8000-000000000118', 'signaleren_bespreken', 'Stichting Welzijn Voorbeeldstad', '2025-03-01', '2027-06-30', 1, 18000.0, 'Professionals en vrijwilligers', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO activity (id, position, title, goal_id, chapter, owner, start_date, end_date, status, budget, target_group, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000150', 3, 'Meldpunt bij het Wmo-loket', '00000000-0000-4000-8000-000000000117', 'signaleren_bespreken', 'Gemeente, Wmo-loket', '2025-01-01', '2027-12-31', 1, 22000.0, 'Alle inwoners', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO activity (id, position, title, goal_id, chapter, owner, start_date, end_date, status, budget, target_group, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000151', 4, 'Huisbezoek na overlijden partner', '00000000-0000-4000-8000-000000000116', 'preventie', 'Humanitas Voorbeeldstad', '2025-04-01', '2027-12-31', 1, 9000.0, 'Weduwen en weduwnaars', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO activity (id, position, title, goal_id, chapter, owner, start_date, end_date, status, budget, target_group, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000152', 5, 'Maatjesproject uitbreiden naar Kanaalzone', '00000000-0000-4000-8000-000000000116', 'ondersteunen_activeren', 'Humanitas Voorbeeldstad', '2026-01-01', '2026-12-31', 0, 15000.0, 'Inwoners van Kanaalzone', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
INSERT INTO activity (id, position, title, goal_id, chapter, owner, start_date, end_date, status, budget, target_group, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000153', 6, 'Gesprekken met inwoners van 45-65 jaar', '00000000-0000-4000-8000-000000000119', 'verkenning', 'Gemeente, beleid', '2026-03-01', '2026-06-30', 0, 3000.0, 'Inwoners van 45 tot 65 jaar', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z');
