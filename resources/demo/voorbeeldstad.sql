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

UPDATE chapter_state SET status = 0, notes = 'We volgen de indicatoren elk halfjaar en bespreken ze met de kerngroep.

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
