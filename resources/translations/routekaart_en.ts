<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>main</name>
    <message>
        <source>Werkboek voor de lokale aanpak van eenzaamheid, volgens de routekaart.</source>
        <translation>Workbook for the local approach to loneliness, following the routekaart.</translation>
    </message>
    <message>
        <source>Controleert een projectbestand zonder het te wijzigen en meldt of het te openen is (afsluitcode 0) of niet, of alleen-lezen (afsluitcode 2).</source>
        <translation>Checks a project file without changing it and reports whether it can be opened (exit code 0) or not, or only read-only (exit code 2).</translation>
    </message>
    <message>
        <source>bestand</source>
        <translation>file</translation>
    </message>
    <message>
        <source>project</source>
        <translation>project</translation>
    </message>
    <message>
        <source>Het projectbestand (.routekaart) om te openen.</source>
        <translation>The project file (.routekaart) to open.</translation>
    </message>
    <message>
        <source>Routekaart Werkboek</source>
        <translation>Routekaart Workbook</translation>
    </message>
    <message>
        <source>Leest metingen uit een CSV-bestand in bij de indicator die --indicator noemt, in het project dat als argument volgt. Alles of niets.</source>
        <translation>Imports measurements from a CSV file for the indicator named by --indicator, into the project given as argument. All or nothing.</translation>
    </message>
    <message>
        <source>csv</source>
        <translation>csv</translation>
    </message>
    <message>
        <source>De naam van de indicator.</source>
        <translation>The name of the indicator.</translation>
    </message>
    <message>
        <source>naam</source>
        <translation>name</translation>
    </message>
    <message>
        <source>De kolom met de datum (naam of nummer); anders gezocht op naam.</source>
        <translation>The column with the date (name or number); otherwise found by name.</translation>
    </message>
    <message>
        <source>kolom</source>
        <translation>column</translation>
    </message>
    <message>
        <source>De kolom met de waarde (naam of nummer); anders gezocht op naam.</source>
        <translation>The column with the value (name or number); otherwise found by name.</translation>
    </message>
    <message>
        <source>Gebruik: routekaart --import-measurements CSV PROJECT --indicator NAAM</source>
        <translation>Usage: routekaart --import-measurements CSV PROJECT --indicator NAME</translation>
    </message>
    <message>
        <source>Schrijft het rapport van het project als PDF, zonder venster.</source>
        <translation>Writes the project report as PDF, without a window.</translation>
    </message>
    <message>
        <source>pdf</source>
        <translation>pdf</translation>
    </message>
    <message>
        <source>Schrijft het rapport van het project als ODT (tekstverwerker), zonder venster.</source>
        <translation>Writes the project report as ODT (word processor), without a window.</translation>
    </message>
    <message>
        <source>odt</source>
        <translation>odt</translation>
    </message>
    <message>
        <source>Soort rapport: short (voor de raad, standaard) of full (volledig).</source>
        <translation>Kind of report: short (for the council, default) or full.</translation>
    </message>
    <message>
        <source>Taal: nl of en.</source>
        <translation>Language: nl or en.</translation>
    </message>
    <message>
        <source>Schrijft een schone kopie om te delen, zonder persoonsgegevens.</source>
        <translation>Writes a clean copy for sharing, without personal data.</translation>
    </message>
    <message>
        <source>kopie</source>
        <translation>copy</translation>
    </message>
    <message>
        <source>Schrijft een e-mailconcept (.eml) met een kopie van het project als bijlage.</source>
        <translation>Writes an email draft (.eml) with a copy of the project attached.</translation>
    </message>
    <message>
        <source>eml</source>
        <translation>eml</translation>
    </message>
    <message>
        <source>Het e-mailadres voor --write-eml.</source>
        <translation>The email address for --write-eml.</translation>
    </message>
    <message>
        <source>adres</source>
        <translation>address</translation>
    </message>
    <message>
        <source>Gebruik: routekaart --export-pdf UIT.pdf PROJECT</source>
        <translation>Usage: routekaart --export-pdf OUT.pdf PROJECT</translation>
    </message>
    <message>
        <source>Gebruik: routekaart --share-copy KOPIE PROJECT</source>
        <translation>Usage: routekaart --share-copy COPY PROJECT</translation>
    </message>
    <message>
        <source>Geopend in het venster van Routekaart Werkboek dat al open was.</source>
        <translation>Opened in the Routekaart Workbook window that was already open.</translation>
    </message>
    <message>
        <source>Houdt de gegevens van contactpersonen in de kopie (--share-copy) of in het rapport (--export-pdf, --export-odt).</source>
        <translation>Keeps the contact persons&apos; data in the copy (--share-copy) or in the report (--export-pdf, --export-odt).</translation>
    </message>
    <message>
        <source>Onbekende soort rapport &quot;%1&quot;: kies short of full.</source>
        <translation>Unknown kind of report &quot;%1&quot;: choose short or full.</translation>
    </message>
    <message>
        <source>Onbekende taal &quot;%1&quot;: kies nl of en.</source>
        <translation>Unknown language &quot;%1&quot;: choose nl or en.</translation>
    </message>
    <message>
        <source>Leest cijfers van de gezondheidsmonitor in uit een export van StatLine (CSV), met hun marges, in het project dat als argument volgt. Alles of niets.</source>
        <translation>Reads figures of the health monitor from a StatLine export (CSV), with their margins, into the project given as argument. All or nothing.</translation>
    </message>
    <message>
        <source>Het gebied waar de indicatoren over gaan, als code (GM0599).</source>
        <translation>The area the indicators are about, as a code (GM0599).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Een onderwerp uit de export (Eenzaam); mag vaker. Anders alle.</source>
        <translation>A topic of the export (Eenzaam); may be repeated. Otherwise all.</translation>
    </message>
    <message>
        <source>De leeftijdsgroep, als code uit de export.</source>
        <translation>The age group, as a code of the export.</translation>
    </message>
    <message>
        <source>groep</source>
        <translation>group</translation>
    </message>
    <message>
        <source>Een gebied om mee te vergelijken (NL01, een GGD-regio, een gemeente); mag vaker.</source>
        <translation>An area to compare with (NL01, a GGD region, a municipality); may be repeated.</translation>
    </message>
    <message>
        <source>Een codelijst of DataProperties van dezelfde tabel, voor namen; mag vaker.</source>
        <translation>A code list or DataProperties of the same table, for names; may be repeated.</translation>
    </message>
    <message>
        <source>Het doel waar nieuwe indicatoren bij komen; anders het eerste.</source>
        <translation>The goal new indicators go under; otherwise the first.</translation>
    </message>
    <message>
        <source>titel</source>
        <translation>title</translation>
    </message>
    <message>
        <source>Gebruik: routekaart --import-statline CSV PROJECT [--region CODE] [--measure NAAM] [--age GROEP]</source>
        <translation>Usage: routekaart --import-statline CSV PROJECT [--region CODE] [--measure NAME] [--age GROUP]</translation>
    </message>
    <message>
        <source>Toont de doelen met hun indicatoren en de organisaties, één per regel, gescheiden door tabs.</source>
        <translation>Shows the goals with their indicators, and the organisations, one per line, separated by tabs.</translation>
    </message>
    <message>
        <source>datum</source>
        <translation>date</translation>
    </message>
    <message>
        <source>Geen geldige peildatum: &quot;%1&quot;. Schrijf bijvoorbeeld 31-12-2026.</source>
        <translation>Not a valid reference date: &quot;%1&quot;. Write for example 31-12-2026.</translation>
    </message>
    <message>
        <source>De peildatum van het rapport (31-12-2026 of 2026-12-31): de stand op die dag. Standaard die van de laatste raadsrapportage, anders vandaag.</source>
        <translation>The reference date of the report (31-12-2026 or 2026-12-31): the state on that day. By default that of the latest council report, otherwise today.</translation>
    </message>
    <message>
        <source>Neemt de wijzigingen uit een teruggekomen kopie over in het project, als één stap.</source>
        <translation>Takes the changes from a returned copy over into the project, as one step.</translation>
    </message>
    <message>
        <source>Wat --merge overneemt: non-conflicting (standaard, wat geen conflict is) of all-theirs (alles, ook conflicten, de kopie wint).</source>
        <translation>What --merge takes over: non-conflicting (the default, what is no conflict) or all-theirs (everything, conflicts too, the copy wins).</translation>
    </message>
    <message>
        <source>Gebruik: routekaart --diff KOPIE PROJECT, of routekaart --merge KOPIE PROJECT [--accept non-conflicting|all-theirs]</source>
        <translation>Usage: routekaart --diff COPY PROJECT, or routekaart --merge COPY PROJECT [--accept non-conflicting|all-theirs]</translation>
    </message>
    <message>
        <source>Onbekende keuze &quot;%1&quot; bij --accept: kies non-conflicting of all-theirs.</source>
        <translation>Unknown choice &quot;%1&quot; for --accept: choose non-conflicting or all-theirs.</translation>
    </message>
    <message>
        <source>Neemt in het volledige rapport de wijzigingen op van die dag tot de peildatum (31-12-2026 of 2026-12-31).</source>
        <translation>Includes in the full report the changes from that day to the reference date (31-12-2026 or 2026-12-31).</translation>
    </message>
    <message>
        <source>Geen geldige datum bij --changes-since: &quot;%1&quot;. Schrijf bijvoorbeeld 1-9-2026.</source>
        <translation>Not a valid date for --changes-since: &quot;%1&quot;. Write for example 1-9-2026.</translation>
    </message>
    <message>
        <source>Toont wat er in een teruggekomen kopie is gewijzigd sinds die werd gedeeld, per regel, met tabs: wijziging (added, changed, removed), tabel, regel, veld, eerst, kopie, nu, conflict (leeg, both-changed, removed-by-you, changed-by-you, same-title, unknown-origin, personal-filled).</source>
        <translation>Shows what changed in a returned copy since it was shared, one change per line, with tabs: change (added, changed, removed), table, row, field, before, copy, now, conflict (empty, both-changed, removed-by-you, changed-by-you, same-title, unknown-origin, personal-filled).</translation>
    </message>
    <message>
        <source>--changes-since hoort bij het volledige rapport: voeg --report full toe.</source>
        <translation>--changes-since belongs to the full report: add --report full.</translation>
    </message>
    <message>
        <source>De datum bij --changes-since ligt na de peildatum: kies een eerdere datum of een latere peildatum.</source>
        <translation>The date of --changes-since is after the reference date: choose an earlier date or a later reference date.</translation>
    </message>
</context>
<context>
    <name>rk::Announcement</name>
    <message>
        <source>&amp;Map openen</source>
        <translation>&amp;Open folder</translation>
    </message>
</context>
<context>
    <name>rk::AnswerCommand</name>
    <message>
        <source>Antwoord bij %1 wijzigen</source>
        <translation>Change answer in %1</translation>
    </message>
</context>
<context>
    <name>rk::Chapter</name>
    <message>
        <source>Verkenning</source>
        <translation>Exploration</translation>
    </message>
    <message>
        <source>Plan van aanpak</source>
        <translation>Plan of approach</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <source>Sterk netwerk</source>
        <translation>Strong network</translation>
    </message>
    <message>
        <source>Monitoren en evalueren</source>
        <translation>Monitoring and evaluation</translation>
    </message>
    <message>
        <source>Bewustwordingscampagne</source>
        <translation>Awareness campaign</translation>
    </message>
    <message>
        <source>Preventie</source>
        <translation>Prevention</translation>
    </message>
    <message>
        <source>Signaleren en bespreken</source>
        <translation>Signalling and discussing</translation>
    </message>
    <message>
        <source>Ondersteunen en activeren</source>
        <translation>Support and activation</translation>
    </message>
    <message>
        <source>Niet gestart</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>Bezig</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Afgerond</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Deel A: Hoe organiseert u dat?</source>
        <translation>Part A: How do you organise it?</translation>
    </message>
    <message>
        <source>Deel B: Wat kunt u doen?</source>
        <translation>Part B: What can you do?</translation>
    </message>
</context>
<context>
    <name>rk::ChapterListModel</name>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Hoofdstuk</source>
        <translation>Chapter</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Overzicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>%1. %2 (status: %3)</source>
        <translation>%1. %2 (status: %3)</translation>
    </message>
</context>
<context>
    <name>rk::ChapterNotesCommand</name>
    <message>
        <source>Notities bij %1 wijzigen</source>
        <translation>Change notes of %1</translation>
    </message>
</context>
<context>
    <name>rk::ChapterPage</name>
    <message>
        <source>Status van het hoofdstuk</source>
        <translation>Status of the chapter</translation>
    </message>
    <message>
        <source>Opmaak</source>
        <translation>Formatting</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Notities</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Laatst gewijzigd: %1</source>
        <translation>Last changed: %1</translation>
    </message>
    <message>
        <source>Werkboek</source>
        <translation>Workbook</translation>
    </message>
    <message>
        <source>&amp;Vragen</source>
        <translation>&amp;Questions</translation>
    </message>
    <message>
        <source>&amp;Checklist</source>
        <translation>&amp;Checklist</translation>
    </message>
    <message>
        <source>&amp;Handreiking (F1)</source>
        <translation>&amp;Guidance (F1)</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>&amp;Doelen en indicatoren</source>
        <translation>&amp;Goals and indicators</translation>
    </message>
    <message>
        <source>V&amp;oortgang</source>
        <translation>P&amp;rogress</translation>
    </message>
    <message>
        <source>Netwerk&amp;overzicht</source>
        <translation>Network &amp;overview</translation>
    </message>
    <message>
        <source>Organisaties &amp;inlezen uit CSV...</source>
        <translation>&amp;Import organisations from CSV...</translation>
    </message>
    <message>
        <source>&amp;Wie draagt bij</source>
        <translation>&amp;Who contributes</translation>
    </message>
    <message>
        <source>Alles is beantwoord.</source>
        <translation>Everything is answered.</translation>
    </message>
    <message>
        <source>Markeren als afgerond</source>
        <translation>Mark as completed</translation>
    </message>
    <message>
        <source>Alle vragen en checklistpunten van dit hoofdstuk zijn beantwoord.</source>
        <translation>All questions and checklist items of this chapter are answered.</translation>
    </message>
    <message>
        <source>Dit hoofdstuk heeft antwoorden, rijen of notities, dus het is minstens &apos;Bezig&apos;. Afgerond kiest u zelf.</source>
        <translation>This chapter has answers, rows or notes, so it is at least &apos;In progress&apos;. You decide when it is completed.</translation>
    </message>
    <message>
        <source>&amp;Bijdragen bekijken</source>
        <translation>View contri&amp;butions</translation>
    </message>
    <message>
        <source>Wat de organisaties bijdragen aan de doelen, met de matrix (hoofdstuk Commitment)</source>
        <translation>What the organisations contribute to the goals, with the matrix (chapter Commitment)</translation>
    </message>
    <message>
        <source>Naar de &amp;organisatie</source>
        <translation>Go to the &amp;organisation</translation>
    </message>
    <message>
        <source>De organisatie van de gekozen bijdrage (hoofdstuk Sterk netwerk)</source>
        <translation>The organisation of the chosen contribution (chapter Strong network)</translation>
    </message>
    <message>
        <source>Onderdelen van %1</source>
        <translation>Parts of %1</translation>
    </message>
    <message>
        <source>%1 draagt nog niet bij aan een doel. Een bijdrage legt u vast bij hoofdstuk 3, Commitment, tab Bijdragen.</source>
        <translation>%1 does not contribute to a goal yet. Contributions are recorded in chapter 3, Commitment, tab Contributions.</translation>
    </message>
    <message>
        <source>W&amp;at werkt</source>
        <translation>Wh&amp;at works</translation>
    </message>
    <message>
        <source>&amp;Rondes</source>
        <translation>R&amp;ounds</translation>
    </message>
    <message>
        <source>&amp;Vaste momenten toevoegen...</source>
        <translation>Add &amp;fixed moments...</translation>
    </message>
    <message>
        <source>De Week tegen Eenzaamheid, de voorjaarsnota, de begroting, de monitorronde en een nieuwe ronde van de checklist voor een jaar</source>
        <translation>The Week against Loneliness, the spring memorandum, the budget, the monitor round and a new round of the checklist for one year</translation>
    </message>
    <message>
        <source>&amp;Jaaroverzicht</source>
        <translation>&amp;Year at a glance</translation>
    </message>
    <message>
        <source>bwkhs</source>
        <extracomment>The letters of the menu bar and of the page&apos;s Status and Handreiking labels, which the tabs must not take: Bestand, Bewerken, Bekijken, Help, Status, Handreiking.</extracomment>
        <translation>fevhsg</translation>
    </message>
    <message>
        <source>&amp;Kernboodschap voorstellen</source>
        <translation>Draft &amp;key messages</translation>
    </message>
    <message>
        <source>Maakt een concept van de kernboodschap uit de cijfers van het werkboek, en vult lege velden zoals afzender en peildatum</source>
        <translation>Drafts the key messages from the workbook&apos;s figures, and fills empty fields such as sender and reference date</translation>
    </message>
    <message>
        <source>Kies eerst een rapportage, of voeg er een toe met Insert.</source>
        <translation>First choose a report, or add one with Insert.</translation>
    </message>
    <message>
        <source>Kernboodschap voorstellen</source>
        <translation>Draft key messages</translation>
    </message>
    <message>
        <source>Deze rapportage heeft al een kernboodschap. Vervangen door een nieuw concept? U kunt dit ongedaan maken.</source>
        <translation>This report already has key messages. Replace them with a new draft? You can undo this.</translation>
    </message>
    <message>
        <source>Het concept staat in de kernboodschap. Herschrijf het in uw eigen woorden; het korte rapport neemt het over.</source>
        <translation>The draft is in the key messages. Rewrite it in your own words; the short report takes it over.</translation>
    </message>
</context>
<context>
    <name>rk::ChapterStatusCommand</name>
    <message>
        <source>Status van %1 op &quot;%2&quot; zetten</source>
        <translation>Set status of %1 to &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>rk::ChartTable</name>
    <message>
        <source>Reeks</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>Bij</source>
        <translation>At</translation>
    </message>
    <message>
        <source>Waarde</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Gegevens als tabel</source>
        <translation>Data as a table</translation>
    </message>
    <message>
        <source>Tabel verbergen</source>
        <translation>Hide table</translation>
    </message>
    <message>
        <source>Gegevens van %1 als tabel</source>
        <translation>Data of %1 as a table</translation>
    </message>
    <message>
        <source>Tabel: %1</source>
        <translation>Table: %1</translation>
    </message>
    <message>
        <source>Dezelfde gegevens als de grafiek, per punt een rij.</source>
        <translation>The same data as the chart, one row per point.</translation>
    </message>
    <message>
        <source>%1 tot %2</source>
        <translation>%1 to %2</translation>
    </message>
</context>
<context>
    <name>rk::ChecklistEntryCommand</name>
    <message>
        <source>Checklist bij %1 invullen</source>
        <translation>Fill in checklist of %1</translation>
    </message>
</context>
<context>
    <name>rk::ChecklistModel</name>
    <message>
        <source>Vraag</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Antwoord</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Comment</translation>
    </message>
</context>
<context>
    <name>rk::CommandLineTasks</name>
    <message>
        <source>Er is geen indicator met de naam &quot;%1&quot;.</source>
        <translation>There is no indicator named &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Er zijn meer indicatoren met de naam &quot;%1&quot;; maak de namen uniek.</source>
        <translation>Several indicators are named &quot;%1&quot;; make the names unique.</translation>
    </message>
    <message>
        <source>regel %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <source>Ingelezen metingen voor &quot;%1&quot;: %2.</source>
        <translation>Measurements imported for &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <source>Het concept %1 kon niet worden geschreven.</source>
        <translation>The draft %1 could not be written.</translation>
    </message>
    <message>
        <source>Kies met --region het gebied waar de indicatoren over gaan, bijvoorbeeld: %1.</source>
        <translation>Choose with --region the area the indicators are about, for example: %1.</translation>
    </message>
    <message>
        <source>Er is geen doel met de titel &quot;%1&quot;.</source>
        <translation>There is no goal with the title &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cijfers inlezen uit StatLine</source>
        <translation>Read figures from StatLine</translation>
    </message>
    <message>
        <source>Ingelezen uit %1 voor %2: %3.</source>
        <translation>Read from %1 for %2: %3.</translation>
    </message>
    <message>
        <source>Overgeslagen, want niet in de export (&quot;.&quot;): %1.</source>
        <translation>Skipped, as missing in the export (&quot;.&quot;): %1.</translation>
    </message>
    <message>
        <source>Niets ingelezen. Aantal regels met een fout: %1.</source>
        <translation>Nothing imported. Number of lines with an error: %1.</translation>
    </message>
    <message>
        <source>en nog 1 regel met een fout</source>
        <translation>and 1 more line with an error</translation>
    </message>
    <message>
        <source>en nog %1 regels met een fout</source>
        <translation>and %1 more lines with an error</translation>
    </message>
</context>
<context>
    <name>rk::CouncilReport</name>
    <message>
        <source>%1: nog geen metingen.</source>
        <translation>%1: no measurements yet.</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>%1 bereikt</source>
        <translation>%1 reached</translation>
    </message>
    <message>
        <source>%1 op koers</source>
        <translation>%1 on track</translation>
    </message>
    <message>
        <source>%1 niet aantoonbaar veranderd</source>
        <translation>%1 not measurably changed</translation>
    </message>
    <message>
        <source>%1 loopt achter</source>
        <translation>%1 falling behind</translation>
    </message>
    <message>
        <source>%1 nog niet gemeten</source>
        <translation>%1 not measured yet</translation>
    </message>
    <message>
        <source>%1 zonder streefwaarde</source>
        <translation>%1 without a target</translation>
    </message>
    <message>
        <source>Van de %1 indicatoren: %2.</source>
        <translation>Of the %1 indicators: %2.</translation>
    </message>
    <message>
        <source>%1 activiteiten lopen of zijn gepland.</source>
        <translation>Activities running or planned: %1.</translation>
    </message>
    <message>
        <source>Te laat: %1.</source>
        <translation>Late: %1.</translation>
    </message>
    <message>
        <source>Voor %1 is %2 begroot; uitgegeven is %3 en verplicht %4.</source>
        <translation>For %1, %2 is budgeted; %3 has been spent and %4 committed.</translation>
    </message>
    <message>
        <source>Voortgang %1 %2</source>
        <translation>Progress %1 %2</translation>
    </message>
    <message>
        <source>College van burgemeester en wethouders, %1</source>
        <translation>Mayor and aldermen, %1</translation>
    </message>
    <message>
        <source>%1: alleen de nulmeting is er, %2.</source>
        <translation>%1: only the baseline so far, %2.</translation>
    </message>
    <message>
        <source>nulmeting %1 in %2</source>
        <translation>baseline %1 in %2</translation>
    </message>
    <message>
        <source>doel %1 in %2</source>
        <translation>target %1 by %2</translation>
    </message>
    <message>
        <source>%1: niet aantoonbaar veranderd, met %2%3; het verschil valt binnen de marge.</source>
        <translation>%1: not measurably changed, at %2%3; the difference lies within the margin.</translation>
    </message>
    <message>
        <source>%1: %2%3; zonder streefwaarde is er geen oordeel.</source>
        <translation>%1: %2%3; without a target there is no verdict.</translation>
    </message>
    <message>
        <source>%1: %2, met %3%4.</source>
        <translation>%1: %2, at %3%4.</translation>
    </message>
    <message>
        <source>Let op: de laatste meting is van %1; er had al een nieuwe moeten zijn.</source>
        <translation>Note: the latest measurement is from %1; a new one was due.</translation>
    </message>
    <message>
        <source>%1 organisaties doen mee in het netwerk, waarvan %2 als actieve partner.</source>
        <translation>Organisations in the network: %1, of which %2 are active partners.</translation>
    </message>
</context>
<context>
    <name>rk::CsvFileDialog</name>
    <message>
        <source>CSV-bestand kiezen</source>
        <translation>Choose a CSV file</translation>
    </message>
    <message>
        <source>CSV-bestanden (*.csv *.txt);;Alle bestanden (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
</context>
<context>
    <name>rk::CsvReader</name>
    <message>
        <source>Het bestand is leeg.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>Dit is geen tekstbestand. Kies een CSV-bestand (bijvoorbeeld een export uit een spreadsheet).</source>
        <translation>This is not a text file. Choose a CSV file (for example an export from a spreadsheet).</translation>
    </message>
    <message>
        <source>Het inlezen is afgebroken.</source>
        <translation>Reading was cancelled.</translation>
    </message>
    <message>
        <source>Regel %1: een veld tussen aanhalingstekens wordt niet afgesloten.</source>
        <translation>Line %1: a quoted field is not closed.</translation>
    </message>
    <message>
        <source>Het bestand %1 bestaat niet.</source>
        <translation>The file %1 does not exist.</translation>
    </message>
    <message>
        <source>Het bestand is te groot (%1 MB). Er kan ten hoogste %2 MB tegelijk worden ingelezen; splits het bestand.</source>
        <translation>The file is too large (%1 MB). At most %2 MB can be read at once; split the file.</translation>
    </message>
    <message>
        <source>Het bestand %1 kan niet worden gelezen.</source>
        <translation>The file %1 cannot be read.</translation>
    </message>
    <message>
        <source>%1 is geen gewoon bestand en wordt niet gelezen.</source>
        <translation>%1 is not a regular file and is not read.</translation>
    </message>
    <message>
        <source>%1 is een map. Kies een CSV-bestand.</source>
        <translation>%1 is a folder. Choose a CSV file.</translation>
    </message>
</context>
<context>
    <name>rk::Dashboard</name>
    <message>
        <source>Hoofdstuk %1 is nog niet gestart</source>
        <translation>Chapter %1 has not started yet</translation>
    </message>
    <message>
        <source>Vraag: %1</source>
        <translation>Question: %1</translation>
    </message>
    <message>
        <source>Checklist: %1</source>
        <translation>Checklist: %1</translation>
    </message>
    <message>
        <source>Hoofdstuk %1: alles is beantwoord. Is het afgerond?</source>
        <translation>Chapter %1: everything is answered. Is it completed?</translation>
    </message>
    <message>
        <source>Activiteit %1: einddatum %2 voorbij, status nog &quot;%3&quot;</source>
        <translation>Activity %1: end date %2 passed, status still &quot;%3&quot;</translation>
    </message>
    <message>
        <source>Indicator %1: laatste meting %2, %3</source>
        <translation>Indicator %1: latest measurement %2, %3</translation>
    </message>
    <message>
        <source>Indicator %1: volgende meting vóór %2</source>
        <translation>Indicator %1: next measurement before %2</translation>
    </message>
    <message>
        <source> (meet: %1)</source>
        <translation> (measured by: %1)</translation>
    </message>
    <message>
        <source>Binnenkort: %1 (%2)</source>
        <translation>Coming up: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>rk::DashboardPage</name>
    <message>
        <source>Hoofdstuk</source>
        <translation>Chapter</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Vragen</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Voortgang per hoofdstuk</source>
        <translation>Progress per chapter</translation>
    </message>
    <message>
        <source>Open punten</source>
        <translation>Open items</translation>
    </message>
    <message>
        <source>&amp;Voortgang per hoofdstuk</source>
        <translation>&amp;Progress per chapter</translation>
    </message>
    <message>
        <source>&amp;Open punten (Enter of dubbelklik gaat erheen)</source>
        <translation>&amp;Open items (Enter or double-click goes there)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Periode %1 tot en met %2. %3 van de %4 hoofdstukken afgerond, %5 bezig. %6 van de %7 vragen beantwoord, %8 van de %9 checklistpunten ingevuld.</source>
        <translation>Period %1 to %2. %3 of %4 chapters completed, %5 in progress. %6 of %7 questions answered, %8 of %9 checklist items filled in.</translation>
    </message>
    <message>
        <source>%1 van %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>%1 (%2 open)</source>
        <translation>%1 (%2 open)</translation>
    </message>
    <message>
        <source>Open punt</source>
        <translation>Open item</translation>
    </message>
    <message>
        <source>%1 (alles beantwoord)</source>
        <translation>%1 (all answered)</translation>
    </message>
    <message>
        <source>Rijen in tabellen</source>
        <translation>Rows in tables</translation>
    </message>
    <message>
        <source>Open ronde van de checklist: %1, sinds %2.</source>
        <translation>Open round of the checklist: %1, since %2.</translation>
    </message>
    <message>
        <source>De checklist is in de eerste ronde.</source>
        <translation>The checklist is in its first round.</translation>
    </message>
</context>
<context>
    <name>rk::DateField</name>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>Kalender (Alt+Omlaag)</source>
        <translation>Calendar (Alt+Down)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is geen datum. Typ bijvoorbeeld %2, 31-12-28 of &quot;vandaag&quot;, of kies een datum in de kalender (Alt+Omlaag).</source>
        <translation>&quot;%1&quot; is not a date. Type for example %2, 31-12-28 or &quot;today&quot;, or pick a date in the calendar (Alt+Down).</translation>
    </message>
    <message>
        <source>&amp;Vandaag</source>
        <translation>&amp;Today</translation>
    </message>
</context>
<context>
    <name>rk::FileProblem</name>
    <message>
        <source>Het bestand %1 bestaat niet (meer). Misschien is het verplaatst of hernoemd.</source>
        <translation>The file %1 does not exist (any more). It may have been moved or renamed.</translation>
    </message>
    <message>
        <source>%1 is een map, geen projectbestand. Kies een bestand dat eindigt op .routekaart.</source>
        <translation>%1 is a folder, not a project file. Choose a file ending in .routekaart.</translation>
    </message>
    <message>
        <source>U hebt geen rechten om %1 te lezen.</source>
        <translation>You do not have permission to read %1.</translation>
    </message>
    <message>
        <source>Het bestand %1 is leeg. Het bevat geen project.</source>
        <translation>The file %1 is empty. It holds no project.</translation>
    </message>
    <message>
        <source>%1 is geen projectbestand van Routekaart Werkboek.</source>
        <translation>%1 is not a Routekaart Workbook project file.</translation>
    </message>
    <message>
        <source>Het bestand %1 is onvolledig. Misschien is het niet helemaal gedownload of gekopieerd. Vraag de afzender het opnieuw te sturen.</source>
        <translation>The file %1 is incomplete. It may not have been fully downloaded or copied. Ask the sender to send it again.</translation>
    </message>
    <message>
        <source>%1 is een database van een ander programma, geen project van Routekaart Werkboek.</source>
        <translation>%1 is a database of another program, not a Routekaart Workbook project.</translation>
    </message>
    <message>
        <source>Het bestand %1 is beschadigd en kan niet veilig worden geopend. Gebruik een eerdere kopie of vraag de afzender het opnieuw te sturen.</source>
        <translation>The file %1 is damaged and cannot be opened safely. Use an earlier copy or ask the sender to send it again.</translation>
    </message>
    <message>
        <source>Het bestand %1 is van buiten het programma aangepast en bevat onderdelen die hier niet horen. Het wordt daarom niet geopend.</source>
        <translation>The file %1 was changed outside the program and contains parts that do not belong there. It is therefore not opened.</translation>
    </message>
    <message>
        <source>Het bestand %1 is gemaakt met een nieuwere versie van Routekaart Werkboek en kan met deze versie niet worden gelezen. Werk het programma bij.</source>
        <translation>The file %1 was made with a newer version of Routekaart Workbook and cannot be read by this version. Please update the program.</translation>
    </message>
    <message>
        <source>Het bestand %1 heeft een onbekende, te oude indeling.</source>
        <translation>The file %1 has an unknown, too old layout.</translation>
    </message>
    <message>
        <source>Het bestand %1 bevat ongeldige gegevens en wordt daarom niet geopend.</source>
        <translation>The file %1 contains invalid data and is therefore not opened.</translation>
    </message>
    <message>
        <source>Het bestand %1 kon niet worden bijgewerkt naar de nieuwe indeling. Het bestand is niet veranderd.</source>
        <translation>The file %1 could not be updated to the new layout. The file has not been changed.</translation>
    </message>
    <message>
        <source>Het project kon niet worden opgeslagen als %1. Controleer of de map bestaat, of u er mag schrijven en of er genoeg ruimte is.</source>
        <translation>The project could not be saved as %1. Check that the folder exists, that you may write there and that there is enough space.</translation>
    </message>
    <message>
        <source>Er bestaat al een bestand %1. Kies een andere naam.</source>
        <translation>A file %1 already exists. Choose another name.</translation>
    </message>
    <message>
        <source>Het project is alleen-lezen geopend.</source>
        <translation>The project was opened read-only.</translation>
    </message>
    <message>
        <source>Het bestand of de map is alleen-lezen, dus wijzigingen kunnen niet worden opgeslagen. Kies &quot;Opslaan als...&quot; om een kopie te bewaren waarin u wel kunt werken.</source>
        <translation>The file or its folder is read-only, so changes cannot be saved. Choose &quot;Save as...&quot; to keep a copy you can work in.</translation>
    </message>
    <message>
        <source>Dit project is gemaakt met een nieuwere versie van Routekaart Werkboek. U kunt het bekijken, maar niet wijzigen. Werk het programma bij om het te bewerken.</source>
        <translation>This project was made with a newer version of Routekaart Workbook. You can view it, but not change it. Update the program to edit it.</translation>
    </message>
    <message>
        <source>Dit project is al geopend door %1. U kunt het bekijken, maar niet wijzigen, zolang het daar open is.</source>
        <translation>This project is already open by %1. You can view it, but not change it, while it is open there.</translation>
    </message>
    <message>
        <source>Dit project heeft een oudere indeling en staat op een plek waar niet geschreven kan worden. U ziet een bijgewerkte kopie. Kies &quot;Opslaan als...&quot; om die te bewaren.</source>
        <translation>This project has an older layout and is in a place that cannot be written to. You are seeing an updated copy. Choose &quot;Save as...&quot; to keep it.</translation>
    </message>
    <message>
        <source>Het project is alleen-lezen. De wijziging is niet opgeslagen.</source>
        <translation>The project is read-only. The change was not saved.</translation>
    </message>
    <message>
        <source>De schijf is vol. De laatste wijziging is niet opgeslagen; de rest van het project is veilig. Maak ruimte vrij en probeer het opnieuw.</source>
        <translation>The disk is full. The last change was not saved; the rest of the project is safe. Free some space and try again.</translation>
    </message>
    <message>
        <source>De wijziging kon niet worden opgeslagen. Het project is nog zoals het vóór deze wijziging was.</source>
        <translation>The change could not be saved. The project is still as it was before this change.</translation>
    </message>
    <message>
        <source>Het bestand %1 is op dit moment bezet: een ander programma schrijft erin. Er is niets veranderd. Probeer het over een paar seconden opnieuw.</source>
        <translation>The file %1 is busy right now: another program is writing to it. Nothing was changed. Try again in a few seconds.</translation>
    </message>
    <message>
        <source>%1 is geen gewoon bestand. Kies een bestand dat eindigt op .routekaart.</source>
        <translation>%1 is not a regular file. Choose a file whose name ends in .routekaart.</translation>
    </message>
    <message>
        <source>Het bestand %1 werd nog geschreven toen een programma stopte. Er is niets verloren: open het één keer in Routekaart Werkboek vanaf een plek waar u mag schrijven, dan wordt het afgerond. Verwijder het bestand dat ernaast staat en eindigt op -journal niet.</source>
        <translation>The file %1 was still being written when a program stopped. Nothing is lost: open it once in Routekaart Workbook from a place where you may write, and it is completed. Do not delete the file beside it whose name ends in -journal.</translation>
    </message>
    <message>
        <source>Het bestand %1 vraagt veel meer tijd of geheugen dan een project nodig heeft. Het is daarom niet geopend. Vraag de afzender het opnieuw te sturen.</source>
        <translation>The file %1 needs far more time or memory than a project does. It has therefore not been opened. Ask the sender to send it again.</translation>
    </message>
    <message>
        <source>De schijf is vol, dus wijzigingen kunnen niet worden opgeslagen. U kunt het project bekijken. Maak ruimte vrij en open het opnieuw om verder te werken.</source>
        <translation>The disk is full, so changes cannot be saved. You can view the project. Free some space and open it again to go on working.</translation>
    </message>
</context>
<context>
    <name>rk::GoalsPanel</name>
    <message>
        <source>Indicatoren: kies hierboven een doel</source>
        <translation>Indicators: choose a goal above</translation>
    </message>
    <message>
        <source>Indicatoren bij het gekozen doel</source>
        <translation>Indicators of the chosen goal</translation>
    </message>
    <message>
        <source>V&amp;oortgang van deze indicator</source>
        <translation>P&amp;rogress of this indicator</translation>
    </message>
</context>
<context>
    <name>rk::GuidanceLibrary</name>
    <message>
        <source>Waar gaat dit hoofdstuk over?</source>
        <translation>What is this chapter about?</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Tips</translation>
    </message>
    <message>
        <source>Vragen om over na te denken</source>
        <translation>Questions to think about</translation>
    </message>
    <message>
        <source>Hulpmiddelen</source>
        <translation>Tools</translation>
    </message>
    <message>
        <source>Zo deden andere gemeenten het</source>
        <translation>How other municipalities did it</translation>
    </message>
    <message>
        <source>Goed om te weten</source>
        <translation>Good to know</translation>
    </message>
    <message>
        <source>Meer weten</source>
        <translation>Find out more</translation>
    </message>
</context>
<context>
    <name>rk::GuidancePanel</name>
    <message>
        <source>Handreiking bij %1</source>
        <translation>Guidance for %1</translation>
    </message>
    <message>
        <source>De handreiking kon niet worden geladen.</source>
        <translation>The guidance could not be loaded.</translation>
    </message>
    <message>
        <source>Link openen</source>
        <translation>Open link</translation>
    </message>
    <message>
        <source>Er is geen webbrowser om deze pagina te openen. Het adres is: %1</source>
        <translation>There is no web browser to open this page. The address is: %1</translation>
    </message>
</context>
<context>
    <name>rk::HistoryDialog</name>
    <message>
        <source>Geschiedenis van het project</source>
        <translation>History of the project</translation>
    </message>
    <message>
        <source>Geschiedenis van deze regel</source>
        <translation>History of this row</translation>
    </message>
    <message>
        <source>Iedereen</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>Alle hoofdstukken</source>
        <translation>All chapters</translation>
    </message>
    <message>
        <source>Altijd</source>
        <translation>Always</translation>
    </message>
    <message>
        <source>Vandaag</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>De afgelopen 7 dagen</source>
        <translation>The last 7 days</translation>
    </message>
    <message>
        <source>De afgelopen 30 dagen</source>
        <translation>The last 30 days</translation>
    </message>
    <message>
        <source>Dit jaar</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>&amp;Wie:</source>
        <translation>&amp;Who:</translation>
    </message>
    <message>
        <source>&amp;Hoofdstuk:</source>
        <translation>&amp;Chapter:</translation>
    </message>
    <message>
        <source>&amp;Periode:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Waar</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Werd</source>
        <translation>Became</translation>
    </message>
    <message>
        <source>Stap</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Geen wijzigingen gevonden.</source>
        <translation>No changes found.</translation>
    </message>
    <message>
        <source>1 wijziging.</source>
        <translation>1 change.</translation>
    </message>
    <message>
        <source>%1 wijzigingen, de nieuwste bovenaan.</source>
        <translation>%1 changes, the newest at the top.</translation>
    </message>
    <message>
        <source>Geschiedenis van &quot;%1&quot;</source>
        <translation>History of &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>rk::HistoryText</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 regels toegevoegd</source>
        <translation>%1 rows added</translation>
    </message>
    <message>
        <source>Toegevoegd</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>%1 regels verwijderd</source>
        <translation>%1 rows removed</translation>
    </message>
    <message>
        <source>Verwijderd</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>(niet meer aanwezig)</source>
        <translation>(no longer there)</translation>
    </message>
    <message>
        <source>Vraag: %1</source>
        <translation>Question: %1</translation>
    </message>
    <message>
        <source>Antwoord</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Checklist: %1</source>
        <translation>Checklist: %1</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Projectgegevens</source>
        <translation>Project details</translation>
    </message>
    <message>
        <source>%1 &gt; %2</source>
        <translation>%1 &gt; %2</translation>
    </message>
</context>
<context>
    <name>rk::HouseStyleCheck</name>
    <message>
        <source>Het logo is te groot (meer dan 512 kB). Kies een kleinere afbeelding, bijvoorbeeld een PNG van 600 pixels breed.</source>
        <translation>The logo is too large (more than 512 kB). Choose a smaller picture, for example a PNG 600 pixels wide.</translation>
    </message>
    <message>
        <source>Dit SVG-bestand kan niet als logo dienen: het verwijst naar andere bestanden of bevat een script. Sla het logo op als eenvoudige SVG of als PNG.</source>
        <translation>This SVG file cannot be used as a logo: it refers to other files or contains a script. Save the logo as a plain SVG or as a PNG.</translation>
    </message>
    <message>
        <source>Dit PNG-bestand kan niet als logo dienen: het is beschadigd of groter dan 4000 bij 4000 pixels. Sla het logo opnieuw op, bijvoorbeeld 600 pixels breed.</source>
        <translation>This PNG file cannot be used as a logo: it is damaged or larger than 4000 by 4000 pixels. Save the logo again, for example 600 pixels wide.</translation>
    </message>
    <message>
        <source>Dit SVG-bestand kan niet als logo dienen: het is geen geldige SVG of heeft geen maat. Sla het logo opnieuw op als SVG met een breedte en hoogte, of als PNG.</source>
        <translation>This SVG file cannot be used as a logo: it is not a valid SVG or has no size. Save the logo again as an SVG with a width and height, or as a PNG.</translation>
    </message>
    <message>
        <source>Dit SVG-bestand kan niet als logo dienen: het is groter dan 4000 bij 4000. Sla het logo op met een kleinere breedte en hoogte.</source>
        <translation>This SVG file cannot be used as a logo: it is larger than 4000 by 4000. Save the logo with a smaller width and height.</translation>
    </message>
    <message>
        <source>Dit bestand is geen PNG- of SVG-afbeelding, ook al heet het zo. Sla het logo op als PNG of SVG en kies het opnieuw.</source>
        <translation>This file is not a PNG or SVG picture, even if its name says so. Save the logo as PNG or SVG and choose it again.</translation>
    </message>
</context>
<context>
    <name>rk::IndicatorChart</name>
    <message>
        <source>Metingen</source>
        <translation>Measurements</translation>
    </message>
    <message>
        <source>Pad naar de streefwaarde</source>
        <translation>Path to the target</translation>
    </message>
    <message>
        <source>Nulmeting</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Streefwaarde</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Waarde</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Nog geen metingen</source>
        <translation>No measurements yet</translation>
    </message>
    <message>
        <source>Grafiek van %1</source>
        <translation>Chart of %1</translation>
    </message>
    <message>
        <source>Marge (95%)</source>
        <translation>Margin (95%)</translation>
    </message>
</context>
<context>
    <name>rk::IndicatorPage</name>
    <message>
        <source>Metingen &amp;inlezen uit CSV...</source>
        <translation>&amp;Import measurements from CSV...</translation>
    </message>
    <message>
        <source>Deze indicator bestaat niet meer.</source>
        <translation>This indicator no longer exists.</translation>
    </message>
    <message>
        <source>Doel: %1</source>
        <translation>Goal: %1</translation>
    </message>
    <message>
        <source>Laatste meting: %1 op %2.</source>
        <translation>Latest measurement: %1 on %2.</translation>
    </message>
    <message>
        <source>Volgens het pad was %1 verwacht.</source>
        <translation>On the path, %1 was expected.</translation>
    </message>
    <message>
        <source>Nulmeting %1 op %2</source>
        <translation>Baseline %1 on %2</translation>
    </message>
    <message>
        <source>streefwaarde %1 op %2</source>
        <translation>target %1 on %2</translation>
    </message>
    <message>
        <source>lager is beter</source>
        <translation>lower is better</translation>
    </message>
    <message>
        <source>hoger is beter</source>
        <translation>higher is better</translation>
    </message>
    <message>
        <source>bron: %1</source>
        <translation>source: %1</translation>
    </message>
    <message>
        <source>Terug naar de voort&amp;gang</source>
        <translation>Back to pro&amp;gress</translation>
    </message>
    <message>
        <source>%1 procentpunt</source>
        <translation>%1 percentage points</translation>
    </message>
    <message>
        <source>Op koers betekent hier: niet hoger dan %1 (het pad, met %2 speling).</source>
        <translation>On track means here: not above %1 (the path, with %2 of slack).</translation>
    </message>
    <message>
        <source>Op koers betekent hier: niet lager dan %1 (het pad, met %2 speling).</source>
        <translation>On track means here: not below %1 (the path, with %2 of slack).</translation>
    </message>
    <message>
        <source>de voortgang</source>
        <translation>the progress overview</translation>
    </message>
    <message>
        <source>Terug naar %1</source>
        <translation>Back to %1</translation>
    </message>
    <message>
        <source>Terug naar %1 (%2)</source>
        <translation>Back to %1 (%2)</translation>
    </message>
    <message>
        <source>Notitie toevoegen...</source>
        <translation>Add a note...</translation>
    </message>
    <message>
        <source>Cijfers uit &amp;StatLine...</source>
        <translation>Figures from &amp;StatLine...</translation>
    </message>
    <message>
        <source>Cijfers van de gezondheidsmonitor inlezen, met hun marges en waarden om mee te vergelijken</source>
        <translation>Read figures of the health monitor, with their margins and values to compare with</translation>
    </message>
    <message>
        <source>Gebied</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Waarde (marge)</source>
        <translation>Value (margin)</translation>
    </message>
    <message>
        <source>Ten opzichte van de gemeente</source>
        <translation>Compared with the municipality</translation>
    </message>
    <message>
        <source>Activiteiten daar</source>
        <translation>Activities there</translation>
    </message>
    <message>
        <source>Wijken en buurten, hoogste waarde eerst</source>
        <translation>Districts and neighbourhoods, highest value first</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Over activiteit</source>
        <translation>About activity</translation>
    </message>
    <message>
        <source>Wat we deden, wat er veranderde</source>
        <translation>What we did, what changed</translation>
    </message>
    <message>
        <source>Logboek van deze indicator</source>
        <translation>Logbook of this indicator</translation>
    </message>
    <message>
        <source>&amp;Metingen</source>
        <translation>&amp;Measurements</translation>
    </message>
    <message>
        <source>&amp;Vergelijking</source>
        <translation>&amp;Comparison</translation>
    </message>
    <message>
        <source>Wijken en b&amp;uurten</source>
        <translation>&amp;Districts and neighbourhoods</translation>
    </message>
    <message>
        <source>&amp;Logboek</source>
        <translation>&amp;Logbook</translation>
    </message>
    <message>
        <source>Die meting is %1: het oordeel zegt weinig over nu.</source>
        <translation>That measurement is %1: the verdict says little about now.</translation>
    </message>
    <message>
        <source>Er zijn nog geen cijfers per wijk of buurt. Lees ze in uit StatLine, of voeg ze toe onder Vergelijking (soort gebied: wijk of buurt).</source>
        <translation>There are no figures by district or neighbourhood yet. Read them from StatLine, or add them under Comparison (kind of area: district or neighbourhood).</translation>
    </message>
    <message>
        <source>Cijfers van %1; de gemeente als geheel: %2. Wijk- en buurtcijfers zijn schattingen: alleen waar de marges elkaar niet raken is het verschil duidelijk.</source>
        <translation>Figures of %1; the municipality as a whole: %2. District and neighbourhood figures are estimates: only where the margins do not touch is the difference clear.</translation>
    </message>
    <message>
        <source>Cijfers van %1. Wijk- en buurtcijfers zijn schattingen met een marge.</source>
        <translation>Figures of %1. District and neighbourhood figures are estimates with a margin.</translation>
    </message>
    <message>
        <source>Niet te zeggen (geen marge)</source>
        <translation>Cannot tell (no margin)</translation>
    </message>
    <message>
        <source>Niet duidelijk anders</source>
        <translation>Not clearly different</translation>
    </message>
    <message>
        <source>Duidelijk hoger (slechter)</source>
        <translation>Clearly higher (worse)</translation>
    </message>
    <message>
        <source>Duidelijk hoger (beter)</source>
        <translation>Clearly higher (better)</translation>
    </message>
    <message>
        <source>Duidelijk lager (slechter)</source>
        <translation>Clearly lower (worse)</translation>
    </message>
    <message>
        <source>Duidelijk lager (beter)</source>
        <translation>Clearly lower (better)</translation>
    </message>
    <message>
        <source>Geen</source>
        <translation>None</translation>
    </message>
    <message>
        <source>&amp;Logboek (%1)</source>
        <translation>&amp;Logbook (%1)</translation>
    </message>
    <message>
        <source>Notitie in het logboek</source>
        <translation>Note in the logbook</translation>
    </message>
    <message>
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>Over &amp;activiteit:</source>
        <translation>About &amp;activity:</translation>
    </message>
    <message>
        <source>&amp;Wat we deden, wat er veranderde:</source>
        <translation>&amp;What we did, what changed:</translation>
    </message>
    <message>
        <source>Nieuwste eerst. Enter op een notitie gaat naar het logboek van hoofdstuk 5, waar u notities wijzigt en verwijdert.</source>
        <translation>Newest first. Enter on a note goes to the logbook of chapter 5, where you change and remove notes.</translation>
    </message>
    <message>
        <source>De nulmeting, %1, ligt binnen de marge van de laatste meting: het verschil kan toeval zijn.</source>
        <translation>The baseline, %1, lies within the margin of the latest measurement: the difference may be chance.</translation>
    </message>
    <message>
        <source>De marges van de laatste meting, %1, en van de nulmeting, %2, overlappen: het verschil kan toeval zijn.</source>
        <translation>The margins of the latest measurement, %1, and of the baseline, %2, overlap: the difference may be chance.</translation>
    </message>
    <message>
        <source>De marges van de laatste meting, %1, en van de nulmeting, %2, raken elkaar niet: het verschil is duidelijk.</source>
        <translation>The margins of the latest measurement, %1, and of the baseline, %2, do not touch: the difference is clear.</translation>
    </message>
    <message>
        <source>De nulmeting, %1, ligt buiten de marge van de laatste meting: het verschil is duidelijk.</source>
        <translation>The baseline, %1, lies outside the margin of the latest measurement: the difference is clear.</translation>
    </message>
</context>
<context>
    <name>rk::MainWindow</name>
    <message>
        <source>Routekaart-projecten (*.routekaart)</source>
        <translation>Routekaart projects (*.routekaart)</translation>
    </message>
    <message>
        <source>Hoofdstukken van de routekaart</source>
        <translation>Chapters of the routekaart</translation>
    </message>
    <message>
        <source>&amp;Nieuw project...</source>
        <translation>&amp;New project...</translation>
    </message>
    <message>
        <source>&amp;Openen...</source>
        <translation>&amp;Open...</translation>
    </message>
    <message>
        <source>Opslaan &amp;als...</source>
        <translation>Save &amp;as...</translation>
    </message>
    <message>
        <source>Bewaart een kopie van het project onder een andere naam en werkt daarin verder.</source>
        <translation>Saves a copy of the project under another name and continues working in it.</translation>
    </message>
    <message>
        <source>Project&amp;gegevens...</source>
        <translation>Project &amp;details...</translation>
    </message>
    <message>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>A&amp;fsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>Opnie&amp;uw</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Instellingen...</source>
        <translation>&amp;Settings...</translation>
    </message>
    <message>
        <source>&amp;Volgend hoofdstuk</source>
        <translation>&amp;Next chapter</translation>
    </message>
    <message>
        <source>V&amp;orig hoofdstuk</source>
        <translation>&amp;Previous chapter</translation>
    </message>
    <message>
        <source>&amp;Over Routekaart Werkboek</source>
        <translation>&amp;About Routekaart Workbook</translation>
    </message>
    <message>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Recent geopend</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <source>Be&amp;werken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Be&amp;kijken</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Project openen</source>
        <translation>Open project</translation>
    </message>
    <message>
        <source>Nieuw project</source>
        <translation>New project</translation>
    </message>
    <message>
        <source>Opslaan als</source>
        <translation>Save as</translation>
    </message>
    <message>
        <source>Kies een andere naam dan die van het geopende project.</source>
        <translation>Choose a name other than that of the open project.</translation>
    </message>
    <message>
        <source>Het bestand %1 kan niet worden vervangen, omdat het in gebruik of beveiligd is.</source>
        <translation>The file %1 cannot be replaced because it is in use or protected.</translation>
    </message>
    <message>
        <source>Opgeslagen als %1</source>
        <translation>Saved as %1</translation>
    </message>
    <message>
        <source>Project sluiten</source>
        <translation>Close project</translation>
    </message>
    <message>
        <source>De laatste wijziging in de notities kon niet worden opgeslagen. Als u nu sluit, gaat die wijziging verloren. Toch sluiten?</source>
        <translation>The last change to the notes could not be saved. If you close now, that change will be lost. Close anyway?</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(alleen-lezen)</source>
        <translation>(read-only)</translation>
    </message>
    <message>
        <source>&amp;Ongedaan maken: %1</source>
        <translation>&amp;Undo: %1</translation>
    </message>
    <message>
        <source>Opnie&amp;uw: %1</source>
        <translation>&amp;Redo: %1</translation>
    </message>
    <message>
        <source>Lijst &amp;wissen</source>
        <translation>&amp;Clear list</translation>
    </message>
    <message>
        <source>Opslaan als...</source>
        <translation>Save as...</translation>
    </message>
    <message>
        <source>Voorbeeldstad (voorbeeld).routekaart</source>
        <translation>Voorbeeldstad (example).routekaart</translation>
    </message>
    <message>
        <source>Voorbeeldproject</source>
        <translation>Example project</translation>
    </message>
    <message>
        <source>Over Routekaart Werkboek</source>
        <translation>About Routekaart Workbook</translation>
    </message>
    <message>
        <source>Routekaart Werkboek %1

Een werkboek voor gemeenten die met hun partners werken aan de lokale aanpak van eenzaamheid: de negen hoofdstukken van de routekaart, de doelen, de cijfers en het netwerk, in één bestand.

Vrije software onder de GNU GPL, versie 3 of later.</source>
        <translation>Routekaart Workbook %1

A workbook for municipalities that work with their partners on the local approach to loneliness: the nine chapters of the routekaart, the goals, the figures and the network, in one file.

Free software under the GNU GPL, version 3 or later.</translation>
    </message>
    <message>
        <source>O&amp;verzicht</source>
        <translation>O&amp;verview</translation>
    </message>
    <message>
        <source>&amp;Zoeken...</source>
        <translation>&amp;Find...</translation>
    </message>
    <message>
        <source>&amp;Handreiking bij dit hoofdstuk</source>
        <translation>&amp;Guidance for this chapter</translation>
    </message>
    <message>
        <source>Rapport &amp;maken...</source>
        <translation>&amp;Make report...</translation>
    </message>
    <message>
        <source>&amp;Delen per e-mail...</source>
        <translation>Share by &amp;email...</translation>
    </message>
    <message>
        <source>&amp;Kopie opslaan voor delen...</source>
        <translation>Save a &amp;copy for sharing...</translation>
    </message>
    <message>
        <source>Dit is een kopie die is gemaakt om te delen. De gegevens van contactpersonen zijn eruit gehaald.</source>
        <translation>This is a copy made for sharing. The contact persons&apos; data has been removed.</translation>
    </message>
    <message>
        <source>Dit is een kopie die is gemaakt om te delen, met de gegevens van contactpersonen.</source>
        <translation>This is a copy made for sharing, with the contact persons&apos; data.</translation>
    </message>
    <message>
        <source>Dit project staat in een gedeelde of gesynchroniseerde map. Zorg dat niet twee mensen het tegelijk bewerken: dan kan werk verloren gaan.</source>
        <translation>This project is in a shared or synchronised folder. Make sure two people do not edit it at the same time: work could be lost.</translation>
    </message>
    <message>
        <source>Volgend &amp;deelvenster</source>
        <translation>Next pan&amp;e</translation>
    </message>
    <message>
        <source>Vorig d&amp;eelvenster</source>
        <translation>Previous p&amp;ane</translation>
    </message>
    <message>
        <source>Alleen lezen</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <source>Elke wijziging wordt meteen opgeslagen</source>
        <translation>Every change is saved at once</translation>
    </message>
    <message>
        <source>Opgeslagen om %1</source>
        <translation>Saved at %1</translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation>%1 (in %2)</translation>
    </message>
    <message>
        <source>Nieuw project opslaan</source>
        <translation>Save new project</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>&amp;Lijst van hoofdstukken</source>
        <translation>&amp;List of chapters</translation>
    </message>
    <message>
        <source>&amp;Handreiking naast het werk</source>
        <translation>&amp;Guidance beside the work</translation>
    </message>
    <message>
        <source>het overzicht</source>
        <translation>the overview</translation>
    </message>
    <message>
        <source>de voortgang</source>
        <translation>the progress overview</translation>
    </message>
    <message>
        <source>Cijfers &amp;inlezen uit StatLine...</source>
        <translation>Read figures from &amp;StatLine...</translation>
    </message>
    <message>
        <source>&amp;Geschiedenis...</source>
        <translation>Histor&amp;y...</translation>
    </message>
    <message>
        <source>&amp;Wijzigingen van een kopie samenvoegen...</source>
        <translation>Mer&amp;ge changes from a copy...</translation>
    </message>
    <message>
        <source>Wijzigingen van een kopie samenvoegen</source>
        <translation>Merge changes from a copy</translation>
    </message>
    <message>
        <source>Dit is een kopie van uw project &quot;%1&quot;, gedeeld op %2.</source>
        <translation>This is a copy of your project &quot;%1&quot;, shared on %2.</translation>
    </message>
    <message>
        <source>Dit is een kopie van uw project &quot;%1&quot;, gedeeld op %2 met %3.</source>
        <translation>This is a copy of your project &quot;%1&quot;, shared on %2 with %3.</translation>
    </message>
    <message>
        <source>Er staat niets nieuws in sinds het delen.</source>
        <translation>It holds nothing new since it was shared.</translation>
    </message>
    <message>
        <source>Wilt u de wijzigingen bekijken en samenvoegen met uw project? Of de kopie zelf openen, in plaats van uw project?</source>
        <translation>Do you want to review the changes and merge them into your project? Or open the copy itself, instead of your project?</translation>
    </message>
    <message>
        <source>Kopie van uw project</source>
        <translation>Copy of your project</translation>
    </message>
    <message>
        <source>&amp;Wijzigingen bekijken</source>
        <translation>&amp;Review the changes</translation>
    </message>
    <message>
        <source>De &amp;kopie zelf openen</source>
        <translation>Open the &amp;copy itself</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Er is 1 wijziging sinds het delen.</source>
        <translation>There is 1 change since it was shared.</translation>
    </message>
    <message>
        <source>Er zijn %1 wijzigingen sinds het delen.</source>
        <translation>There are %1 changes since it was shared.</translation>
    </message>
</context>
<context>
    <name>rk::MarkdownEditor</name>
    <message>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>&amp;Vet</source>
        <translation>&amp;Bold</translation>
    </message>
    <message>
        <source>Vet (%1)</source>
        <translation>Bold (%1)</translation>
    </message>
    <message>
        <source>&amp;Cursief</source>
        <translation>&amp;Italic</translation>
    </message>
    <message>
        <source>Cursief (%1)</source>
        <translation>Italic (%1)</translation>
    </message>
    <message>
        <source>&amp;Opsomming</source>
        <translation>B&amp;ulleted list</translation>
    </message>
    <message>
        <source>Opsomming (%1)</source>
        <translation>Bulleted list (%1)</translation>
    </message>
    <message>
        <source>&amp;Genummerde lijst</source>
        <translation>N&amp;umbered list</translation>
    </message>
    <message>
        <source>Genummerde lijst (%1)</source>
        <translation>Numbered list (%1)</translation>
    </message>
</context>
<context>
    <name>rk::MeasurementImport</name>
    <message>
        <source>Kies welke kolom de datum en welke kolom de waarde bevat.</source>
        <translation>Choose which column holds the date and which the value.</translation>
    </message>
    <message>
        <source>Het bestand bevat geen regels met gegevens.</source>
        <translation>The file holds no lines with data.</translation>
    </message>
    <message>
        <source>te weinig kolommen</source>
        <translation>too few columns</translation>
    </message>
    <message>
        <source>geen datum</source>
        <translation>no date</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is geen geldige datum</source>
        <translation>&quot;%1&quot; is not a valid date</translation>
    </message>
    <message>
        <source>geen waarde</source>
        <translation>no value</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is geen getal</source>
        <translation>&quot;%1&quot; is not a number</translation>
    </message>
    <message>
        <source>een percentage ligt tussen 0 en 100</source>
        <translation>a percentage lies between 0 and 100</translation>
    </message>
    <message>
        <source>een aantal kan niet negatief zijn</source>
        <translation>a count cannot be negative</translation>
    </message>
    <message>
        <source>deze datum staat al eerder in het bestand</source>
        <translation>this date appears earlier in the file</translation>
    </message>
    <message>
        <source>er is al een meting op deze datum</source>
        <translation>there is already a measurement on this date</translation>
    </message>
    <message>
        <source>geef beide grenzen van de marge, of geen</source>
        <translation>give both bounds of the margin, or neither</translation>
    </message>
    <message>
        <source>ondergrens &quot;%1&quot; is geen getal</source>
        <translation>lower bound &quot;%1&quot; is not a number</translation>
    </message>
    <message>
        <source>bovengrens &quot;%1&quot; is geen getal</source>
        <translation>upper bound &quot;%1&quot; is not a number</translation>
    </message>
    <message>
        <source>de waarde ligt niet tussen de grenzen</source>
        <translation>the value does not lie between the bounds</translation>
    </message>
</context>
<context>
    <name>rk::MeasurementImportDialog</name>
    <message>
        <source>&amp;Inlezen</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Metingen inlezen voor %1</source>
        <translation>Import measurements for %1</translation>
    </message>
    <message>
        <source>Gekozen bestand</source>
        <translation>Chosen file</translation>
    </message>
    <message>
        <source>&amp;Bestand kiezen...</source>
        <translation>&amp;Choose file...</translation>
    </message>
    <message>
        <source>Bestand:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Kolom met de &amp;datum:</source>
        <translation>Column with the &amp;date:</translation>
    </message>
    <message>
        <source>Kolom met de &amp;waarde:</source>
        <translation>Column with the &amp;value:</translation>
    </message>
    <message>
        <source>Kolom met de b&amp;ron:</source>
        <translation>Column with the &amp;source:</translation>
    </message>
    <message>
        <source>Kolom met een &amp;opmerking:</source>
        <translation>Column with a &amp;note:</translation>
    </message>
    <message>
        <source>Kolom met de datum</source>
        <translation>Column with the date</translation>
    </message>
    <message>
        <source>Kolom met de waarde</source>
        <translation>Column with the value</translation>
    </message>
    <message>
        <source>Kolom met de bron</source>
        <translation>Column with the source</translation>
    </message>
    <message>
        <source>Kolom met een opmerking</source>
        <translation>Column with a note</translation>
    </message>
    <message>
        <source>Regel</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Bron</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Opmerking</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Probleem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Voorbeeld van de regels</source>
        <translation>Preview of the lines</translation>
    </message>
    <message>
        <source>Bestand inlezen...</source>
        <translation>Reading file...</translation>
    </message>
    <message>
        <source>Afbreken</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>kolom %1</source>
        <translation>column %1</translation>
    </message>
    <message>
        <source>Kies een CSV-bestand met een kopregel en per regel een datum en een waarde.</source>
        <translation>Choose a CSV file with a header line and a date and a value on each line.</translation>
    </message>
    <message>
        <source>%1 regels, waarvan %2 met een probleem (zie de laatste kolom). Er wordt niets ingelezen zolang er problemen zijn: pas het bestand of de kolommen aan.</source>
        <translation>%1 lines, %2 of them with a problem (see the last column). Nothing is imported while there are problems: adjust the file or the columns.</translation>
    </message>
    <message>
        <source>%1 regels kunnen worden ingelezen.</source>
        <translation>%1 lines can be imported.</translation>
    </message>
    <message>
        <source>%1 metingen ingelezen voor &quot;%2&quot;</source>
        <translation>%1 measurements imported for &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 regels kunnen worden ingelezen. Let op: %2 daarvan liggen vóór de nulmeting van %3. Klopt de datum van de nulmeting?</source>
        <translation>%1 lines can be imported. Note: %2 of them are dated before the baseline of %3. Is the date of the baseline right?</translation>
    </message>
    <message>
        <source>Kolom met de onder&amp;grens (95%):</source>
        <translation>Column with the &amp;lower bound (95%):</translation>
    </message>
    <message>
        <source>Kolom met de bovengren&amp;s (95%):</source>
        <translation>Column with the &amp;upper bound (95%):</translation>
    </message>
    <message>
        <source>Kolom met de ondergrens van de marge</source>
        <translation>Column with the lower bound of the margin</translation>
    </message>
    <message>
        <source>Kolom met de bovengrens van de marge</source>
        <translation>Column with the upper bound of the margin</translation>
    </message>
    <message>
        <source>Waarde (marge)</source>
        <translation>Value (margin)</translation>
    </message>
</context>
<context>
    <name>rk::MergeReviewDialog</name>
    <message>
        <source>Wijzigingen van een kopie samenvoegen</source>
        <translation>Merge changes from a copy</translation>
    </message>
    <message>
        <source>Kopie van &quot;%1&quot;, gedeeld op %2 met %3.</source>
        <translation>Copy of &quot;%1&quot;, shared on %2 with %3.</translation>
    </message>
    <message>
        <source>Kopie van &quot;%1&quot;, gedeeld op %2.</source>
        <translation>Copy of &quot;%1&quot;, shared on %2.</translation>
    </message>
    <message>
        <source>Kopie van &quot;%1&quot;.</source>
        <translation>Copy of &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Hieronder staat wat er in de kopie is veranderd sinds het delen. Vink uit wat u niet wilt overnemen. Bij een conflict kiest u zelf: de versie van de kopie of die van u.</source>
        <translation>Below is what changed in the copy since it was shared. Untick what you do not want to take over. Where there is a conflict, you choose: the copy&apos;s version or yours.</translation>
    </message>
    <message>
        <source>Daarom is de kopie vergeleken met uw project zoals het nu is, en is niet altijd te zien wie iets veranderde. Kies bij die wijzigingen zelf.</source>
        <translation>So the copy was compared with your project as it is now, and it cannot always be seen who changed something. Choose yourself for those changes.</translation>
    </message>
    <message>
        <source>De kopie ging zonder gegevens van contactpersonen; die blijven zoals ze bij u zijn, tenzij u iets overneemt wat in de kopie is ingevuld.</source>
        <translation>The copy went without contact persons&apos; data; those stay as they are in your project, unless you take over something filled in in the copy.</translation>
    </message>
    <message>
        <source>Wijziging</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Keuze</source>
        <translation>Choice</translation>
    </message>
    <message>
        <source>Eerst</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>In de kopie</source>
        <translation>In the copy</translation>
    </message>
    <message>
        <source>Nu bij u</source>
        <translation>Yours now</translation>
    </message>
    <message>
        <source>Wijzigingen in de kopie</source>
        <translation>Changes in the copy</translation>
    </message>
    <message>
        <source>Details van de gekozen wijziging</source>
        <translation>Details of the selected change</translation>
    </message>
    <message>
        <source>&amp;Alles zonder conflict overnemen</source>
        <translation>Take over &amp;all without conflict</translation>
    </message>
    <message>
        <source>&amp;Niets overnemen</source>
        <translation>Take over &amp;nothing</translation>
    </message>
    <message>
        <source>&amp;Kopie overnemen</source>
        <translation>Take the &amp;copy&apos;s</translation>
    </message>
    <message>
        <source>Neemt bij de gekozen wijziging de versie van de kopie over.</source>
        <translation>Takes the copy&apos;s version for the selected change.</translation>
    </message>
    <message>
        <source>&amp;Mijn versie houden</source>
        <translation>&amp;Keep mine</translation>
    </message>
    <message>
        <source>Houdt bij de gekozen wijziging uw eigen versie.</source>
        <translation>Keeps your own version for the selected change.</translation>
    </message>
    <message>
        <source>&amp;Samenvoegen</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <source>Projectgegevens</source>
        <translation>Project details</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Vraag: %1</source>
        <translation>Question: %1</translation>
    </message>
    <message>
        <source>Checklist: %1</source>
        <translation>Checklist: %1</translation>
    </message>
    <message>
        <source>Notities en status</source>
        <translation>Notes and status</translation>
    </message>
    <message>
        <source>Alleen in de kopie</source>
        <translation>Only in the copy</translation>
    </message>
    <message>
        <source>Toegevoegd in de kopie</source>
        <translation>Added in the copy</translation>
    </message>
    <message>
        <source>Verwijderd in de kopie</source>
        <translation>Removed in the copy</translation>
    </message>
    <message>
        <source>Gewijzigd in de kopie, bij u verwijderd</source>
        <translation>Changed in the copy, removed in yours</translation>
    </message>
    <message>
        <source>(niet gedeeld)</source>
        <translation>(not shared)</translation>
    </message>
    <message>
        <source>Overnemen</source>
        <translation>Take over</translation>
    </message>
    <message>
        <source>Niet overnemen</source>
        <translation>Leave out</translation>
    </message>
    <message>
        <source>Conflict: kies</source>
        <translation>Conflict: choose</translation>
    </message>
    <message>
        <source>Conflict: kopie</source>
        <translation>Conflict: copy</translation>
    </message>
    <message>
        <source>Conflict: uw versie</source>
        <translation>Conflict: yours</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Stoppen zonder samen te voegen? Uw keuzes gaan dan verloren.</source>
        <translation>Stop without merging? Your choices will then be lost.</translation>
    </message>
    <message>
        <source>&amp;Stoppen</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <source>&amp;Verder kiezen</source>
        <translation>&amp;Go on choosing</translation>
    </message>
    <message>
        <source>Er is niets nieuws in deze kopie: alles wat erin staat, staat ook in uw project.</source>
        <translation>There is nothing new in this copy: everything in it is in your project too.</translation>
    </message>
    <message>
        <source>(leeg)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Eerst:</source>
        <translation>Before:</translation>
    </message>
    <message>
        <source>In de kopie:</source>
        <translation>In the copy:</translation>
    </message>
    <message>
        <source>Nu bij u:</source>
        <translation>Yours now:</translation>
    </message>
    <message>
        <source>Wat de kopie heeft:</source>
        <translation>What the copy has:</translation>
    </message>
    <message>
        <source>In de kopie is dit verwijderd. Overnemen verwijdert het ook bij u, met wat erbij hoort.</source>
        <translation>This was removed in the copy. Taking it over removes it from yours too, with what belongs to it.</translation>
    </message>
    <message>
        <source>Conflict:</source>
        <translation>Conflict:</translation>
    </message>
    <message>
        <source>Kies een wijziging om die hier helemaal te zien.</source>
        <translation>Select a change to see it here in full.</translation>
    </message>
    <message>
        <source>Er is niets gekozen dat kan worden overgenomen.</source>
        <translation>Nothing that can be taken over has been chosen.</translation>
    </message>
    <message>
        <source>Toegevoegd in de kopie, met %1 regels eronder</source>
        <translation>Added in the copy, with %1 rows under it</translation>
    </message>
    <message>
        <source>Toegevoegd in de kopie, met 1 regel eronder</source>
        <translation>Added in the copy, with 1 row under it</translation>
    </message>
    <message>
        <source>1 wijziging in de kopie, %1 gekozen om over te nemen.</source>
        <translation>1 change in the copy, %1 chosen to take over.</translation>
    </message>
    <message>
        <source>%1 wijzigingen in de kopie, %2 gekozen om over te nemen.</source>
        <translation>%1 changes in the copy, %2 chosen to take over.</translation>
    </message>
    <message>
        <source>Nog 1 conflict om over te beslissen, met Spatie, &quot;Kopie overnemen&quot; of &quot;Mijn versie houden&quot;.</source>
        <translation>1 conflict still to decide, with Space, &quot;Take the copy&apos;s&quot; or &quot;Keep mine&quot;.</translation>
    </message>
    <message>
        <source>Nog %1 conflicten om over te beslissen, met Spatie, &quot;Kopie overnemen&quot; of &quot;Mijn versie houden&quot;.</source>
        <translation>%1 conflicts still to decide, with Space, &quot;Take the copy&apos;s&quot; or &quot;Keep mine&quot;.</translation>
    </message>
    <message>
        <source>1 wijziging overgenomen.</source>
        <translation>1 change taken over.</translation>
    </message>
    <message>
        <source>%1 wijzigingen overgenomen.</source>
        <translation>%1 changes taken over.</translation>
    </message>
    <message>
        <source>Met Ongedaan maken zet u alles in één keer terug.</source>
        <translation>Undo puts all of it back in one go.</translation>
    </message>
</context>
<context>
    <name>rk::MergeTasks</name>
    <message>
        <source>Vergeleken met het project zoals het nu is: %1</source>
        <translation>Compared with the project as it is now: %1</translation>
    </message>
    <message>
        <source>Niets nieuws om over te nemen.</source>
        <translation>Nothing new to take over.</translation>
    </message>
    <message>
        <source>1 wijziging overgenomen.</source>
        <translation>1 change taken over.</translation>
    </message>
    <message>
        <source>%1 wijzigingen overgenomen.</source>
        <translation>%1 changes taken over.</translation>
    </message>
    <message>
        <source>1 conflict niet overgenomen</source>
        <translation>1 conflict not taken over</translation>
    </message>
    <message>
        <source>%1 conflicten niet overgenomen</source>
        <translation>%1 conflicts not taken over</translation>
    </message>
    <message>
        <source>: bekijk ze in het programma, of neem alles van de kopie over met --accept all-theirs.</source>
        <translation>: review them in the program, or take everything from the copy with --accept all-theirs.</translation>
    </message>
</context>
<context>
    <name>rk::NetworkMatrixModel</name>
    <message>
        <source>✓ draagt bij</source>
        <translation>✓ contributes</translation>
    </message>
    <message>
        <source>✓ %1 bijdragen</source>
        <translation>✓ %1 contributions</translation>
    </message>
    <message>
        <source>%1 draagt niet bij aan &quot;%2&quot;. Enter maakt een bijdrage.</source>
        <translation>%1 does not contribute to &quot;%2&quot;. Enter creates a contribution.</translation>
    </message>
    <message>
        <source>%1 aan &quot;%2&quot;: %3</source>
        <translation>%1 to &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>%1
(nog niemand)</source>
        <translation>%1
(nobody yet)</translation>
    </message>
</context>
<context>
    <name>rk::NetworkMatrixView</name>
    <message>
        <source>Wie draagt bij aan welk doel</source>
        <translation>Who contributes to which goal</translation>
    </message>
    <message>
        <source>Per organisatie (regels) en doel (kolommen): wie draagt bij. Enter of dubbelklik opent de bijdrage, of maakt er een.</source>
        <translation>Per organisation (rows) and goal (columns): who contributes. Enter or double-click opens the contribution, or creates one.</translation>
    </message>
    <message>
        <source>Elk doel heeft minstens één organisatie die bijdraagt.</source>
        <translation>Every goal has at least one contributing organisation.</translation>
    </message>
    <message>
        <source>Nog niemand draagt bij aan: %1.</source>
        <translation>Nobody contributes yet to: %1.</translation>
    </message>
</context>
<context>
    <name>rk::NetworkOverview</name>
    <message>
        <source>Organisaties per soort</source>
        <translation>Organisations by kind</translation>
    </message>
    <message>
        <source>Organisaties per fase van betrokkenheid</source>
        <translation>Organisations by stage of involvement</translation>
    </message>
    <message>
        <source>Groei van het netwerk</source>
        <translation>Growth of the network</translation>
    </message>
    <message>
        <source>Vindplaatsen</source>
        <translation>Places to meet people</translation>
    </message>
    <message>
        <source>Signaleerders</source>
        <translation>Signallers</translation>
    </message>
    <message>
        <source>&amp;Vindplaatsen (zie ook Preventie)</source>
        <translation>&amp;Places to meet people (see also Prevention)</translation>
    </message>
    <message>
        <source>&amp;Signaleerders (zie ook Signaleren en bespreken)</source>
        <translation>&amp;Signallers (see also Signalling and discussing)</translation>
    </message>
    <message>
        <source>Per soort</source>
        <translation>By kind</translation>
    </message>
    <message>
        <source>Per fase van betrokkenheid</source>
        <translation>By stage of involvement</translation>
    </message>
    <message>
        <source>organisaties</source>
        <translation>organisations</translation>
    </message>
    <message>
        <source>Netwerkoverzicht</source>
        <translation>Network overview</translation>
    </message>
    <message>
        <source>Uit elke sector doet iemand mee.</source>
        <translation>Someone from every sector takes part.</translation>
    </message>
    <message>
        <source>Organisaties zonder sector: %1.</source>
        <translation>Organisations without a sector: %1.</translation>
    </message>
    <message>
        <source>Het netwerk telt %1 organisaties, van wie %2 afgehaakt.</source>
        <translation>The network has %1 organisations, %2 of which dropped out.</translation>
    </message>
    <message>
        <source>Het netwerk telt %1 organisaties.</source>
        <translation>The network has %1 organisations.</translation>
    </message>
    <message>
        <source>Rollen: %1.</source>
        <translation>Roles: %1.</translation>
    </message>
    <message>
        <source>Nog niemand doet mee uit: %1. (Wie alleen in beeld of benaderd is, telt nog niet mee.)</source>
        <translation>Nobody takes part yet from: %1. (Organisations only in view or approached do not count yet.)</translation>
    </message>
    <message>
        <source>In elk hoofdstuk van deel B werkt een partner mee.</source>
        <translation>A partner works along in every chapter of part B.</translation>
    </message>
    <message>
        <source>In deze hoofdstukken van deel B werkt nog geen partner mee: %1. Een partner werkt mee als hij een activiteit daar uitvoert, of bijdraagt aan een doel met een activiteit daar. De gemeente zelf telt hier niet als partner.</source>
        <translation>No partner works along yet in these chapters of part B: %1. A partner works along when it carries out an activity there, or contributes to a goal with an activity there. The municipality itself does not count as a partner here.</translation>
    </message>
</context>
<context>
    <name>rk::NoticeBar</name>
    <message>
        <source>Melding sluiten</source>
        <translation>Close message</translation>
    </message>
    <message>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>rk::OrganisationImportDialog</name>
    <message>
        <source>Ook organisaties &amp;inlezen waarvan de naam al bestaat</source>
        <translation>Also &amp;import organisations whose name exists already</translation>
    </message>
    <message>
        <source>&amp;Inlezen</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Organisaties inlezen</source>
        <translation>Import organisations</translation>
    </message>
    <message>
        <source>&amp;Bestand kiezen...</source>
        <translation>&amp;Choose file...</translation>
    </message>
    <message>
        <source>Regel</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Opmerking</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Voorbeeld van de regels</source>
        <translation>Preview of the lines</translation>
    </message>
    <message>
        <source>Kies een CSV-bestand met ten minste een kolom &quot;naam&quot;; &quot;soort&quot;, adres, contactpersoon, e-mail en telefoon worden meegenomen als ze er zijn.</source>
        <translation>Choose a CSV file with at least a column &quot;naam&quot; (name); &quot;soort&quot; (kind), address, contact person, email and phone are taken along when present.</translation>
    </message>
    <message>
        <source>naam bestaat al; wordt toch ingelezen</source>
        <translation>name exists already; imported anyway</translation>
    </message>
    <message>
        <source>naam bestaat al; wordt overgeslagen</source>
        <translation>name exists already; skipped</translation>
    </message>
    <message>
        <source>%1 regels hebben een probleem. Er wordt niets ingelezen zolang er problemen zijn.</source>
        <translation>%1 lines have a problem. Nothing is imported while there are problems.</translation>
    </message>
    <message>
        <source>Kies een bestand.</source>
        <translation>Choose a file.</translation>
    </message>
    <message>
        <source>%1 organisaties worden ingelezen; %2 namen bestaan al.</source>
        <translation>%1 organisations will be imported; %2 names exist already.</translation>
    </message>
    <message>
        <source>%1 organisaties ingelezen</source>
        <translation>%1 organisations imported</translation>
    </message>
</context>
<context>
    <name>rk::Progress</name>
    <message>
        <source>aantal</source>
        <translation>count</translation>
    </message>
    <message>
        <source>score</source>
        <translation>score</translation>
    </message>
    <message>
        <source>Vul een nulmeting en een streefwaarde in, elk met een datum.</source>
        <translation>Enter a baseline and a target, each with a date.</translation>
    </message>
    <message>
        <source>De streefdatum ligt niet na de datum van de nulmeting.</source>
        <translation>The target date is not after the baseline date.</translation>
    </message>
    <message>
        <source>De streefwaarde is gelijk aan de nulmeting.</source>
        <translation>The target equals the baseline.</translation>
    </message>
    <message>
        <source>De streefwaarde ligt de verkeerde kant op van de nulmeting, gezien de richting.</source>
        <translation>The target lies on the wrong side of the baseline, given the direction.</translation>
    </message>
    <message>
        <source>Nog geen metingen</source>
        <translation>No measurements yet</translation>
    </message>
    <message>
        <source>Geen streefwaarde</source>
        <translation>No target</translation>
    </message>
    <message>
        <source>Loopt achter</source>
        <translation>Falling behind</translation>
    </message>
    <message>
        <source>Op koers</source>
        <translation>On track</translation>
    </message>
    <message>
        <source>Bereikt</source>
        <translation>Reached</translation>
    </message>
    <message>
        <source>Niet aantoonbaar veranderd</source>
        <translation>Not measurably changed</translation>
    </message>
    <message>
        <source>ouder dan een maand</source>
        <translation>older than a month</translation>
    </message>
    <message>
        <source>ouder dan een kwartaal</source>
        <translation>older than a quarter</translation>
    </message>
    <message>
        <source>ouder dan twee jaar</source>
        <translation>older than two years</translation>
    </message>
    <message>
        <source>ouder dan vier jaar</source>
        <translation>older than four years</translation>
    </message>
    <message>
        <source>ouder dan een jaar</source>
        <translation>older than a year</translation>
    </message>
    <message>
        <source>Vul een streefwaarde met een streefdatum in (hoofdstuk 2, Plan van aanpak, bij de indicator).</source>
        <translation>Fill in a target with a target date (chapter 2, Plan of approach, with the indicator).</translation>
    </message>
    <message>
        <source>Vul een nulmeting met een datum in (hoofdstuk 2, Plan van aanpak, bij de indicator).</source>
        <translation>Fill in a baseline with a date (chapter 2, Plan of approach, with the indicator).</translation>
    </message>
</context>
<context>
    <name>rk::ProgressOverview</name>
    <message>
        <source>Voortgang van alle indicatoren</source>
        <translation>Progress of all indicators</translation>
    </message>
    <message>
        <source>Er zijn nog geen doelen. Voeg doelen en indicatoren toe bij hoofdstuk 2, Plan van aanpak.</source>
        <translation>There are no goals yet. Add goals and indicators in chapter 2, Plan of approach.</translation>
    </message>
    <message>
        <source>Dit doel heeft nog geen indicatoren.</source>
        <translation>This goal has no indicators yet.</translation>
    </message>
    <message>
        <source>%1 (laatste meting: %2)</source>
        <translation>%1 (latest measurement: %2)</translation>
    </message>
    <message>
        <source>Details van %1</source>
        <translation>Details of %1</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>%1 (laatste meting %2 op %3, %4)</source>
        <translation>%1 (latest measurement %2 on %3, %4)</translation>
    </message>
</context>
<context>
    <name>rk::ProjectDocument</name>
    <message>
        <source>De notitie is te lang (meer dan %1 tekens) en is niet opgeslagen.</source>
        <translation>The note is too long (more than %1 characters) and was not saved.</translation>
    </message>
    <message>
        <source>De projectgegevens zijn niet geldig en zijn niet opgeslagen.</source>
        <translation>The project details are not valid and were not saved.</translation>
    </message>
    <message>
        <source>Nog niet beantwoord</source>
        <translation>Not answered yet</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Deels</source>
        <translation>Partly</translation>
    </message>
    <message>
        <source>Nee</source>
        <translation>No</translation>
    </message>
    <message>
        <source>N.v.t.</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>Het antwoord is te lang (meer dan %1 tekens) en is niet opgeslagen.</source>
        <translation>The answer is too long (more than %1 characters) and was not saved.</translation>
    </message>
    <message>
        <source>De toelichting is te lang (meer dan %1 tekens) en is niet opgeslagen.</source>
        <translation>The comment is too long (more than %1 characters) and was not saved.</translation>
    </message>
    <message>
        <source>De waarde bij &quot;%1&quot; past niet en is niet opgeslagen.</source>
        <translation>The value for &quot;%1&quot; does not fit and was not saved.</translation>
    </message>
    <message>
        <source>Zoveel regels passen niet in één tabel (ten hoogste %1).</source>
        <translation>That many rows do not fit in one table (at most %1).</translation>
    </message>
    <message>
        <source>De waarde bij &quot;%1&quot; past niet: vul %2 in. Er is niets opgeslagen.</source>
        <translation>The value for &quot;%1&quot; does not fit: enter %2. Nothing was saved.</translation>
    </message>
    <message>
        <source>Een antwoord of notitie is te lang en er is niets opgeslagen.</source>
        <translation>An answer or note is too long and nothing was saved.</translation>
    </message>
    <message>
        <source>Het project kon niet opnieuw worden gelezen (%1). Sluit het en open het opnieuw.</source>
        <translation>The project could not be read again (%1). Close it and open it again.</translation>
    </message>
</context>
<context>
    <name>rk::ProjectInfoCommand</name>
    <message>
        <source>Projectgegevens wijzigen</source>
        <translation>Change project details</translation>
    </message>
</context>
<context>
    <name>rk::ProjectInfoDialog</name>
    <message>
        <source>Nieuw project</source>
        <translation>New project</translation>
    </message>
    <message>
        <source>Projectgegevens</source>
        <translation>Project details</translation>
    </message>
    <message>
        <source>Bijvoorbeeld: Gemeente Voorbeeldstad</source>
        <translation>For example: Gemeente Voorbeeldstad</translation>
    </message>
    <message>
        <source>Lokale aanpak eenzaamheid</source>
        <translation>Local approach to loneliness</translation>
    </message>
    <message>
        <source> jaar</source>
        <translation> years</translation>
    </message>
    <message>
        <source>&amp;Gemeente:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Startjaar:</source>
        <translation>&amp;Start year:</translation>
    </message>
    <message>
        <source>&amp;Looptijd:</source>
        <translation>&amp;Duration:</translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Startjaar</source>
        <translation>Start year</translation>
    </message>
    <message>
        <source>Looptijd in jaren</source>
        <translation>Duration in years</translation>
    </message>
    <message>
        <source>Een project bevat het werk van één gemeente aan de routekaart. Het wordt bewaard in één bestand dat u kunt mailen.</source>
        <translation>A project holds one municipality&apos;s work on the routekaart. It is kept in one file that you can send by email.</translation>
    </message>
    <message>
        <source>Periode: %1 tot en met %2</source>
        <translation>Period: %1 up to and including %2</translation>
    </message>
    <message>
        <source>Huisstijl van de rapporten</source>
        <translation>House style of the reports</translation>
    </message>
    <message>
        <source>L&amp;ogo kiezen...</source>
        <translation>Ch&amp;oose logo...</translation>
    </message>
    <message>
        <source>Logo &amp;weghalen</source>
        <translation>&amp;Remove logo</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>Stan&amp;daardkleur</source>
        <translation>De&amp;fault colour</translation>
    </message>
    <message>
        <source>Huis&amp;kleur:</source>
        <translation>House &amp;colour:</translation>
    </message>
    <message>
        <source>Standaard</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>Letterty&amp;pe:</source>
        <translation>Fo&amp;nt:</translation>
    </message>
    <message>
        <source>Bijvoorbeeld: Team Sociaal Domein</source>
        <translation>For example: Social Domain Team</translation>
    </message>
    <message>
        <source>&amp;Afzender:</source>
        <translation>S&amp;ender:</translation>
    </message>
    <message>
        <source>Afd&amp;eling:</source>
        <translation>De&amp;partment:</translation>
    </message>
    <message>
        <source>Logo kiezen</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <source>Logo weghalen</source>
        <translation>Remove logo</translation>
    </message>
    <message>
        <source>Lettertype van de rapporten</source>
        <translation>Font of the reports</translation>
    </message>
    <message>
        <source>Afzender</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>Afdeling</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Logo (PNG of SVG) (*.png *.svg)</source>
        <translation>Logo (PNG or SVG) (*.png *.svg)</translation>
    </message>
    <message>
        <source>Het bestand %1 kon niet worden gelezen.</source>
        <translation>The file %1 could not be read.</translation>
    </message>
    <message>
        <source>Huiskleur kiezen</source>
        <translation>Choose house colour</translation>
    </message>
    <message>
        <source>Geen logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <source>Logo van %1</source>
        <translation>Logo of %1</translation>
    </message>
    <message>
        <source>Standaard (zwart)</source>
        <translation>Default (black)</translation>
    </message>
    <message>
        <source>Huiskleur: standaard, zwart</source>
        <translation>House colour: default, black</translation>
    </message>
    <message>
        <source>Huiskleur: %1</source>
        <translation>House colour: %1</translation>
    </message>
    <message>
        <source>College van burgemeester en wethouders, %1</source>
        <translation>Mayor and aldermen, %1</translation>
    </message>
    <message>
        <source>%1 (niet op deze computer)</source>
        <translation>%1 (not on this computer)</translation>
    </message>
    <message>
        <source>Voor het PDF-rapport, het ODT-document en de afdruk. Leeg laten geeft de gewone opmaak. Afzender en afdeling gelden waar een raadsrapportage (hoofdstuk 5) ze zelf niet noemt.</source>
        <translation>For the PDF report, the ODT document and the printout. Left empty, the usual layout is used. Sender and department apply where a council report (chapter 5) does not name its own.</translation>
    </message>
    <message>
        <source>Deze kleur is te licht voor koppen op wit papier (contrast %1 op 1, minstens %2 op 1 nodig). Kies een donkerdere kleur.</source>
        <translation>This colour is too light for headings on white paper (contrast %1 to 1, at least %2 to 1 needed). Choose a darker colour.</translation>
    </message>
</context>
<context>
    <name>rk::ProjectLock</name>
    <message>
        <source>een andere gebruiker</source>
        <translation>another user</translation>
    </message>
    <message>
        <source>%1 op %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>%1 op %2 (sinds %3)</source>
        <translation>%1 on %2 (since %3)</translation>
    </message>
</context>
<context>
    <name>rk::ProjectOpener</name>
    <message>
        <source>Het project is bijgewerkt naar de nieuwe indeling. Een kopie van het oude bestand staat in %1.</source>
        <translation>The project has been updated to the new layout. A copy of the old file is in %1.</translation>
    </message>
</context>
<context>
    <name>rk::ProjectSearch</name>
    <message>
        <source>%1 - Notities</source>
        <translation>%1 - Notes</translation>
    </message>
    <message>
        <source>%1 - Vraag: %2</source>
        <translation>%1 - Question: %2</translation>
    </message>
    <message>
        <source>%1 - Checklist: %2</source>
        <translation>%1 - Checklist: %2</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <translation>%1 - %2</translation>
    </message>
</context>
<context>
    <name>rk::ProjectVerifier</name>
    <message>
        <source>GEWEIGERD: %1</source>
        <translation>REFUSED: %1</translation>
    </message>
    <message>
        <source>ALLEEN-LEZEN: %1 - %2, schema %3. %4</source>
        <translation>READ-ONLY: %1 - %2, schema %3. %4</translation>
    </message>
    <message>
        <source> (wordt bij openen bijgewerkt naar schema %1)</source>
        <translation> (will be updated to schema %1 when opened)</translation>
    </message>
</context>
<context>
    <name>rk::QuestionsPanel</name>
    <message>
        <source>Uw antwoord</source>
        <translation>Your answer</translation>
    </message>
    <message>
        <source>Vragen bij %1</source>
        <translation>Questions for %1</translation>
    </message>
</context>
<context>
    <name>rk::RecordCommands</name>
    <message>
        <source>Regel toevoegen aan %1</source>
        <translation>Add row to %1</translation>
    </message>
    <message>
        <source>Regel verwijderen uit %1</source>
        <translation>Remove row from %1</translation>
    </message>
    <message>
        <source>%1 wijzigen in %2</source>
        <translation>Change %1 in %2</translation>
    </message>
    <message>
        <source>Ongedaan gemaakt: %1</source>
        <translation>Undone: %1</translation>
    </message>
</context>
<context>
    <name>rk::RecordFieldDelegate</name>
    <message>
        <source>(leeg)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>rk::RecordForm</name>
    <message>
        <source>Persoonsgegeven van een contactpersoon</source>
        <translation>Personal data of a contact person</translation>
    </message>
    <message>
        <source>%1 (persoonsgegeven):</source>
        <translation>%1 (personal data):</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Kies een regel in de tabel om alle velden te zien.</source>
        <translation>Choose a row in the table to see all its fields.</translation>
    </message>
    <message>
        <source>Regel %1 (nog zonder naam)</source>
        <translation>Row %1 (no name yet)</translation>
    </message>
</context>
<context>
    <name>rk::RecordTableModel</name>
    <message>
        <source>Regel %1: %2</source>
        <translation>Row %1: %2</translation>
    </message>
</context>
<context>
    <name>rk::RecordTablePanel</name>
    <message>
        <source>Regel &amp;verwijderen</source>
        <translation>&amp;Remove row</translation>
    </message>
    <message>
        <source>Voegt een regel toe onder de huidige (Insert)</source>
        <translation>Adds a row below the current one (Insert)</translation>
    </message>
    <message>
        <source>Verwijdert de huidige regel (Ctrl+Delete). Ongedaan maken zet hem terug.</source>
        <translation>Removes the current row (Ctrl+Delete). Undo puts it back.</translation>
    </message>
    <message>
        <source>Regels</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Alleen aantallen: vul hier nooit namen of andere gegevens van inwoners in.</source>
        <translation>Counts only: never enter names or other data of residents here.</translation>
    </message>
    <message>
        <source>&amp;Exporteren naar CSV...</source>
        <translation>&amp;Export to CSV...</translation>
    </message>
    <message>
        <source>Filteren</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Filter op %1</source>
        <translation>Filter %1</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Exporteren naar CSV</source>
        <translation>Export to CSV</translation>
    </message>
    <message>
        <source>CSV-bestanden (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Het bestand %1 kon niet worden geschreven. Controleer of de map bestaat en of er genoeg ruimte is.</source>
        <translation>The file %1 could not be written. Check that the folder exists and that there is enough space.</translation>
    </message>
    <message>
        <source>Regel verwijderen</source>
        <translation>Remove row</translation>
    </message>
    <message>
        <source>Aan &quot;%1&quot; hangen nog %2 andere regels (zoals bijdragen, activiteiten of indicatoren). Bijdragen en onderliggende regels gaan mee; bij andere regels vervalt de koppeling. Ongedaan maken zet alles terug. Toch verwijderen?</source>
        <translation>%2 other rows still depend on &quot;%1&quot; (such as contributions, activities or indicators). Contributions and rows below it go too; other rows lose the link. Undo puts everything back. Remove anyway?</translation>
    </message>
    <message>
        <source>Kolommen</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Meer</source>
        <translation>More</translation>
    </message>
    <message>
        <source>Exporteren naar CSV en andere acties bij deze tabel</source>
        <translation>Export to CSV and other actions for this table</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Toont of verbergt alle velden van de gekozen regel onder de tabel</source>
        <translation>Shows or hides all fields of the chosen row below the table</translation>
    </message>
    <message>
        <source>Meer acties bij %1</source>
        <translation>More actions for %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: eerste kolom</source>
        <translation>%1: first column</translation>
    </message>
    <message>
        <source>&amp;Geschiedenis van deze regel...</source>
        <translation>&amp;History of this row...</translation>
    </message>
</context>
<context>
    <name>rk::Records</name>
    <message>
        <source>Lokale cijfers</source>
        <translation>Local figures</translation>
    </message>
    <message>
        <source>Gebied of wijk</source>
        <translation>Area or district</translation>
    </message>
    <message>
        <source>Onderwerp</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Waarde</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Eenheid</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Bron</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Persona&apos;s</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Leeftijdsgroep</source>
        <translation>Age group</translation>
    </message>
    <message>
        <source>Situatie</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Levensgebeurtenissen</source>
        <translation>Life events</translation>
    </message>
    <message>
        <source>Wat helpt</source>
        <translation>What helps</translation>
    </message>
    <message>
        <source>Wat helpt niet</source>
        <translation>What does not help</translation>
    </message>
    <message>
        <source>Levensgebeurtenis</source>
        <translation>Life event</translation>
    </message>
    <message>
        <source>Vindplaatsen</source>
        <translation>Places to meet people</translation>
    </message>
    <message>
        <source>Wie signaleert daar</source>
        <translation>Who signals there</translation>
    </message>
    <message>
        <source>Aanpak</source>
        <translation>Approach</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Timing</translation>
    </message>
    <message>
        <source>Campagnes</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <source>Doelgroep</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Kanalen</source>
        <translation>Channels</translation>
    </message>
    <message>
        <source>Van</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Tot en met</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Boodschap</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Resultaat</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Signaleerders</source>
        <translation>Signallers</translation>
    </message>
    <message>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Waar ze mensen tegenkomen</source>
        <translation>Where they meet people</translation>
    </message>
    <message>
        <source>Getraind</source>
        <translation>Trained</translation>
    </message>
    <message>
        <source>Getraind op</source>
        <translation>Trained on</translation>
    </message>
    <message>
        <source>Meldingen bij het meldpunt (aantallen)</source>
        <translation>Reports to the reporting point (counts)</translation>
    </message>
    <message>
        <source>Periode vanaf</source>
        <translation>Period from</translation>
    </message>
    <message>
        <source>Meldingen van inwoners</source>
        <translation>Reports from residents</translation>
    </message>
    <message>
        <source>Aanmeldingen om te helpen</source>
        <translation>Offers to help</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Lokaal aanbod</source>
        <translation>Local activities on offer</translation>
    </message>
    <message>
        <source>Activiteit</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Voor wie</source>
        <translation>For whom</translation>
    </message>
    <message>
        <source>Aanbieder</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Bereik (personen)</source>
        <translation>Reach (people)</translation>
    </message>
    <message>
        <source>Eenzame inwoners</source>
        <translation>Lonely residents</translation>
    </message>
    <message>
        <source>Alle inwoners</source>
        <translation>All residents</translation>
    </message>
    <message>
        <source>Ontmoeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Eén-op-één</source>
        <translation>One-to-one</translation>
    </message>
    <message>
        <source>Praktische hulp</source>
        <translation>Practical help</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Cultuur</source>
        <translation>Culture</translation>
    </message>
    <message>
        <source>Maatje</source>
        <translation>Buddy</translation>
    </message>
    <message>
        <source>Anders</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Lokale krant</source>
        <translation>Local paper</translation>
    </message>
    <message>
        <source>Wijkkrant</source>
        <translation>Neighbourhood paper</translation>
    </message>
    <message>
        <source>Lokale omroep</source>
        <translation>Local broadcaster</translation>
    </message>
    <message>
        <source>Kaart of brief per post</source>
        <translation>Card or letter by post</translation>
    </message>
    <message>
        <source>Posters en folders</source>
        <translation>Posters and leaflets</translation>
    </message>
    <message>
        <source>Bijeenkomst</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Sociale media</source>
        <translation>Social media</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>E-mailnieuwsbrief</source>
        <translation>Email newsletter</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Doelen</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>Doel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Beschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Te bereiken op</source>
        <translation>To reach by</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Indicatoren</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Eigen eenheid</source>
        <translation>Own unit</translation>
    </message>
    <message>
        <source>Richting</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Nulmeting</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Datum nulmeting</source>
        <translation>Baseline date</translation>
    </message>
    <message>
        <source>Streefwaarde</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Streefdatum</source>
        <translation>Target date</translation>
    </message>
    <message>
        <source>Metingen</source>
        <translation>Measurements</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Opmerking</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Activiteiten</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Voor doel</source>
        <translation>For goal</translation>
    </message>
    <message>
        <source>Hoofdstuk</source>
        <translation>Chapter</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Einde</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Concept</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Actief</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Bereikt</source>
        <translation>Reached</translation>
    </message>
    <message>
        <source>Gestopt</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation>Percentage</translation>
    </message>
    <message>
        <source>Aantal</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Euro</source>
        <translation>Euro</translation>
    </message>
    <message>
        <source>Hoger is beter</source>
        <translation>Higher is better</translation>
    </message>
    <message>
        <source>Lager is beter</source>
        <translation>Lower is better</translation>
    </message>
    <message>
        <source>Gepland</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Bezig</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Wie (organisatie)</source>
        <translation>Who (organisation)</translation>
    </message>
    <message>
        <source>Organisaties</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Rollen</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Betrokkenheid</source>
        <translation>Involvement</translation>
    </message>
    <message>
        <source>Sinds</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Wijken</source>
        <translation>Districts</translation>
    </message>
    <message>
        <source>Contactpersoon</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Functie</source>
        <translation>Function</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Bijdragen</source>
        <translation>Contributions</translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Wat ze bijdragen</source>
        <translation>What they contribute</translation>
    </message>
    <message>
        <source>Afgesproken op</source>
        <translation>Agreed on</translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Welzijn</source>
        <translation>Welfare</translation>
    </message>
    <message>
        <source>Zorg</source>
        <translation>Care</translation>
    </message>
    <message>
        <source>Huisartsenpraktijk</source>
        <translation>GP practice</translation>
    </message>
    <message>
        <source>Woningcorporatie</source>
        <translation>Housing corporation</translation>
    </message>
    <message>
        <source>Voedselbank</source>
        <translation>Food bank</translation>
    </message>
    <message>
        <source>Sport</source>
        <translation>Sport</translation>
    </message>
    <message>
        <source>Bibliotheek</source>
        <translation>Library</translation>
    </message>
    <message>
        <source>Onderwijs</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Kerk of levensbeschouwing</source>
        <translation>Church or faith group</translation>
    </message>
    <message>
        <source>Ondernemer</source>
        <translation>Business</translation>
    </message>
    <message>
        <source>Vrijwilligersorganisatie</source>
        <translation>Volunteers&apos; organisation</translation>
    </message>
    <message>
        <source>Bewonersinitiatief</source>
        <translation>Citizen initiative</translation>
    </message>
    <message>
        <source>Ervaringsdeskundigen</source>
        <translation>Experts by experience</translation>
    </message>
    <message>
        <source>Signaleerder</source>
        <translation>Signaller</translation>
    </message>
    <message>
        <source>Vindplaats</source>
        <translation>Place to meet people</translation>
    </message>
    <message>
        <source>Coalitiepartner</source>
        <translation>Coalition partner</translation>
    </message>
    <message>
        <source>Financier</source>
        <translation>Funder</translation>
    </message>
    <message>
        <source>In beeld</source>
        <translation>In view</translation>
    </message>
    <message>
        <source>Benaderd</source>
        <translation>Approached</translation>
    </message>
    <message>
        <source>Betrokken</source>
        <translation>Involved</translation>
    </message>
    <message>
        <source>Actief partner</source>
        <translation>Active partner</translation>
    </message>
    <message>
        <source>Afgehaakt</source>
        <translation>Dropped out</translation>
    </message>
    <message>
        <source>Voorgesteld</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>Afgesproken</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <source>Geleverd</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Cijfer toevoegen</source>
        <translation>Add figure</translation>
    </message>
    <message>
        <source>Persona toevoegen</source>
        <translation>Add persona</translation>
    </message>
    <message>
        <source>Levensgebeurtenis toevoegen</source>
        <translation>Add life event</translation>
    </message>
    <message>
        <source>Campagne toevoegen</source>
        <translation>Add campaign</translation>
    </message>
    <message>
        <source>Signaleerder toevoegen</source>
        <translation>Add signaller</translation>
    </message>
    <message>
        <source>Telling toevoegen</source>
        <translation>Add count</translation>
    </message>
    <message>
        <source>Aanbod toevoegen</source>
        <translation>Add activity on offer</translation>
    </message>
    <message>
        <source>Doel toevoegen</source>
        <translation>Add goal</translation>
    </message>
    <message>
        <source>Indicator toevoegen</source>
        <translation>Add indicator</translation>
    </message>
    <message>
        <source>Meting toevoegen</source>
        <translation>Add measurement</translation>
    </message>
    <message>
        <source>Activiteit toevoegen</source>
        <translation>Add activity</translation>
    </message>
    <message>
        <source>Organisatie toevoegen</source>
        <translation>Add organisation</translation>
    </message>
    <message>
        <source>Bijdrage toevoegen</source>
        <translation>Add contribution</translation>
    </message>
    <message>
        <source>Elke maand</source>
        <translation>Every month</translation>
    </message>
    <message>
        <source>Elk kwartaal</source>
        <translation>Every quarter</translation>
    </message>
    <message>
        <source>Elk jaar</source>
        <translation>Every year</translation>
    </message>
    <message>
        <source>Elke twee jaar</source>
        <translation>Every two years</translation>
    </message>
    <message>
        <source>Elke vier jaar</source>
        <translation>Every four years</translation>
    </message>
    <message>
        <source>Nederland</source>
        <translation>The Netherlands</translation>
    </message>
    <message>
        <source>GGD-regio</source>
        <translation>GGD region</translation>
    </message>
    <message>
        <source>Wijk</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Buurt</source>
        <translation>Neighbourhood</translation>
    </message>
    <message>
        <source>Hoe vaak gemeten</source>
        <translation>How often measured</translation>
    </message>
    <message>
        <source>Wie meet (organisatie)</source>
        <translation>Who measures (organisation)</translation>
    </message>
    <message>
        <source>Koppeling met StatLine</source>
        <translation>Link with StatLine</translation>
    </message>
    <message>
        <source>Ondergrens (95%)</source>
        <translation>Lower bound (95%)</translation>
    </message>
    <message>
        <source>Bovengrens (95%)</source>
        <translation>Upper bound (95%)</translation>
    </message>
    <message>
        <source>Gebied (wijk of buurt)</source>
        <translation>Area (district or neighbourhood)</translation>
    </message>
    <message>
        <source>Vergelijkingswaarden</source>
        <translation>Reference values</translation>
    </message>
    <message>
        <source>Gebied</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Gebiedscode</source>
        <translation>Area code</translation>
    </message>
    <message>
        <source>Soort gebied</source>
        <translation>Kind of area</translation>
    </message>
    <message>
        <source>Logboek</source>
        <translation>Logbook</translation>
    </message>
    <message>
        <source>Over indicator</source>
        <translation>About indicator</translation>
    </message>
    <message>
        <source>Over activiteit</source>
        <translation>About activity</translation>
    </message>
    <message>
        <source>Wat we deden, wat er veranderde</source>
        <translation>What we did, what changed</translation>
    </message>
    <message>
        <source>Vergelijkingswaarde toevoegen</source>
        <translation>Add reference value</translation>
    </message>
    <message>
        <source>Notitie toevoegen</source>
        <translation>Add note</translation>
    </message>
    <message>
        <source>Zorg, huisartsen en praktijkondersteuners</source>
        <translation>Care, GPs and practice nurses</translation>
    </message>
    <message>
        <source>Wijkteam</source>
        <translation>District team</translation>
    </message>
    <message>
        <source>Ouderenadviseurs</source>
        <translation>Advisers for older people</translation>
    </message>
    <message>
        <source>Wonen</source>
        <translation>Housing</translation>
    </message>
    <message>
        <source>Cultuur en bibliotheek</source>
        <translation>Culture and library</translation>
    </message>
    <message>
        <source>Levensbeschouwing</source>
        <translation>Faith and belief</translation>
    </message>
    <message>
        <source>Ondernemers</source>
        <translation>Businesses</translation>
    </message>
    <message>
        <source>Inwonersinitiatieven</source>
        <translation>Residents&apos; initiatives</translation>
    </message>
    <message>
        <source>Hoe het met inwoners gaat (bevolking)</source>
        <translation>How residents are doing (population)</translation>
    </message>
    <message>
        <source>Wat de aanpak bereikt (resultaat)</source>
        <translation>What the approach achieves (outcome)</translation>
    </message>
    <message>
        <source>Soort indicator</source>
        <translation>Kind of indicator</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Eén-op-één contact</source>
        <translation>One-to-one contact</translation>
    </message>
    <message>
        <source>Cultuur en bezigheden</source>
        <translation>Culture and things to do</translation>
    </message>
    <message>
        <source>In persoon</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>Telefonisch</source>
        <translation>By telephone</translation>
    </message>
    <message>
        <source>Op papier of per post</source>
        <translation>On paper or by post</translation>
    </message>
    <message>
        <source>Bezigheden</source>
        <translation>Things to do</translation>
    </message>
    <message>
        <source>Ontmoeten</source>
        <translation>Meeting people</translation>
    </message>
    <message>
        <source>Praktisch ondersteunen</source>
        <translation>Practical support</translation>
    </message>
    <message>
        <source>Betekenisvol contact</source>
        <translation>Meaningful contact</translation>
    </message>
    <message>
        <source>Sociale vaardigheden</source>
        <translation>Social skills</translation>
    </message>
    <message>
        <source>Realistische verwachtingen</source>
        <translation>Realistic expectations</translation>
    </message>
    <message>
        <source>Betekenisvolle rol</source>
        <translation>A meaningful role</translation>
    </message>
    <message>
        <source>Negatieve gedachten verminderen</source>
        <translation>Reducing negative thoughts</translation>
    </message>
    <message>
        <source>Beschermen: mensen zonder risicofactoren</source>
        <translation>Protect: people without risk factors</translation>
    </message>
    <message>
        <source>Steunen: mensen met risicofactoren</source>
        <translation>Support: people with risk factors</translation>
    </message>
    <message>
        <source>Erger voorkomen: mensen die eenzaam zijn</source>
        <translation>Prevent worsening: people who are lonely</translation>
    </message>
    <message>
        <source>Wat het doet</source>
        <translation>What it does</translation>
    </message>
    <message>
        <source>Hoe het mensen bereikt</source>
        <translation>How it reaches people</translation>
    </message>
    <message>
        <source>Werkzame elementen</source>
        <translation>Effective elements</translation>
    </message>
    <message>
        <source>Niveau van preventie</source>
        <translation>Level of prevention</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Deels</source>
        <translation>Partly</translation>
    </message>
    <message>
        <source>Nee</source>
        <translation>No</translation>
    </message>
    <message>
        <source>N.v.t.</source>
        <translation>N/a</translation>
    </message>
    <message>
        <source>Week tegen Eenzaamheid</source>
        <translation>Week against Loneliness</translation>
    </message>
    <message>
        <source>Begroting</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Voorjaarsnota</source>
        <translation>Spring memorandum</translation>
    </message>
    <message>
        <source>Jaarverslag en verantwoording</source>
        <translation>Annual report and accountability</translation>
    </message>
    <message>
        <source>Ronde van de Gezondheidsmonitor</source>
        <translation>Health monitor round</translation>
    </message>
    <message>
        <source>Nieuwe ronde van de checklist</source>
        <translation>New round of the checklist</translation>
    </message>
    <message>
        <source>Bijeenkomst van de coalitie</source>
        <translation>Meeting of the coalition</translation>
    </message>
    <message>
        <source>Rondes van de checklist</source>
        <translation>Rounds of the checklist</translation>
    </message>
    <message>
        <source>Ronde</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>Begonnen</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Afgesloten</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Wat we leerden</source>
        <translation>What we learned</translation>
    </message>
    <message>
        <source>Antwoorden van een ronde</source>
        <translation>Answers of a round</translation>
    </message>
    <message>
        <source>Vraag</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Antwoord</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Jaarplanning</source>
        <translation>Yearly planning</translation>
    </message>
    <message>
        <source>Moment</source>
        <translation>Moment</translation>
    </message>
    <message>
        <source>Nieuwe ronde beginnen</source>
        <translation>Begin a new round</translation>
    </message>
    <message>
        <source>Moment toevoegen</source>
        <translation>Add moment</translation>
    </message>
    <message>
        <source>Gemeentelijk budget</source>
        <translation>Municipal budget</translation>
    </message>
    <message>
        <source>Rijksmiddelen</source>
        <translation>National government funds</translation>
    </message>
    <message>
        <source>Fondsen</source>
        <translation>Charitable funds</translation>
    </message>
    <message>
        <source>Eigen bijdrage van partners</source>
        <translation>Partners&apos; own contribution</translation>
    </message>
    <message>
        <source>Definitief</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Ter kennisname</source>
        <translation>For information</translation>
    </message>
    <message>
        <source>Ter bespreking</source>
        <translation>For discussion</translation>
    </message>
    <message>
        <source>Ter besluitvorming</source>
        <translation>For decision</translation>
    </message>
    <message>
        <source>Geld per jaar</source>
        <translation>Money per year</translation>
    </message>
    <message>
        <source>Financieringsbron</source>
        <translation>Funding source</translation>
    </message>
    <message>
        <source>Begroot</source>
        <translation>Budgeted</translation>
    </message>
    <message>
        <source>Uitgegeven</source>
        <translation>Spent</translation>
    </message>
    <message>
        <source>Verplicht</source>
        <translation>Committed</translation>
    </message>
    <message>
        <source>Raadsrapportages</source>
        <translation>Council reports</translation>
    </message>
    <message>
        <source>Peildatum</source>
        <translation>Reference date</translation>
    </message>
    <message>
        <source>Kenmerk</source>
        <translation>Reference number</translation>
    </message>
    <message>
        <source>Afzender</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>Afdeling</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Portefeuillehouder</source>
        <translation>Alderman responsible</translation>
    </message>
    <message>
        <source>Kernboodschap (één punt per regel)</source>
        <translation>Key messages (one per line)</translation>
    </message>
    <message>
        <source>Aan de raad</source>
        <translation>To the council</translation>
    </message>
    <message>
        <source>Wat we de raad vragen</source>
        <translation>What we ask of the council</translation>
    </message>
    <message>
        <source>Bedrag toevoegen</source>
        <translation>Add amount</translation>
    </message>
    <message>
        <source>Rapportage toevoegen</source>
        <translation>Add report</translation>
    </message>
    <message>
        <source>een heel getal van %1 tot en met %2</source>
        <translation>a whole number from %1 to %2</translation>
    </message>
    <message>
        <source>een getal, zoals %1</source>
        <translation>a number, such as %1</translation>
    </message>
    <message>
        <source>een bedrag in euro, zoals %1</source>
        <translation>an amount in euros, such as %1</translation>
    </message>
    <message>
        <source>een datum, zoals %1</source>
        <translation>a date, such as %1</translation>
    </message>
    <message>
        <source>een tekst van hoogstens %1 tekens</source>
        <translation>a text of at most %1 characters</translation>
    </message>
    <message>
        <source>een van de keuzes in de lijst</source>
        <translation>one of the choices in the list</translation>
    </message>
</context>
<context>
    <name>rk::ReportBuilder</name>
    <message>
        <source>Inleiding</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <source>Stand van zaken per hoofdstuk</source>
        <translation>Progress per chapter</translation>
    </message>
    <message>
        <source>Doelen en indicatoren</source>
        <translation>Goals and indicators</translation>
    </message>
    <message>
        <source>Het netwerk en de aanpak in cijfers</source>
        <translation>The network and the approach in figures</translation>
    </message>
    <message>
        <source>Volgende stappen</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>Volledig werkboek</source>
        <translation>Full workbook</translation>
    </message>
    <message>
        <source>Periode %1 tot en met %2</source>
        <translation>Period %1 to %2</translation>
    </message>
    <message>
        <source>Inhoud</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Nog niets ingevuld.</source>
        <translation>Nothing filled in yet.</translation>
    </message>
    <message>
        <source>%1 van de %2 hoofdstukken zijn afgerond en %3 zijn bezig. %4 van de %5 vragen zijn beantwoord en %6 van de %7 checklistpunten ingevuld.</source>
        <translation>%1 of %2 chapters are completed and %3 are in progress. %4 of %5 questions are answered and %6 of %7 checklist items filled in.</translation>
    </message>
    <message>
        <source>%1 van %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Hoofdstuk</source>
        <translation>Chapter</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Vragen</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Er zijn nog geen doelen vastgelegd.</source>
        <translation>No goals have been recorded yet.</translation>
    </message>
    <message>
        <source>Bij dit doel zijn nog geen indicatoren vastgelegd.</source>
        <translation>No indicators have been recorded for this goal yet.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Nulmeting</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Streefwaarde</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Laatste meting</source>
        <translation>Latest measurement</translation>
    </message>
    <message>
        <source>Oordeel</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Activiteit</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Groepen signaleerders</source>
        <translation>Groups of signallers</translation>
    </message>
    <message>
        <source>Daarvan getraind</source>
        <translation>Of which trained</translation>
    </message>
    <message>
        <source>Campagnes</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <source>Activiteiten in het lokale aanbod</source>
        <translation>Local activities on offer</translation>
    </message>
    <message>
        <source>Bereik van het aanbod (personen)</source>
        <translation>Reach of the activity (people)</translation>
    </message>
    <message>
        <source>Onderwerp</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Aantal</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>%1. Status: %2.</source>
        <translation>%1. Status: %2.</translation>
    </message>
    <message>
        <source>Nog niet beantwoord.</source>
        <translation>Not answered yet.</translation>
    </message>
    <message>
        <source>Vraag</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Antwoord</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Organisaties in het netwerk</source>
        <translation>Organisations in the network</translation>
    </message>
    <message>
        <source>Daarvan actief partner</source>
        <translation>Of which active partner</translation>
    </message>
    <message>
        <source>Bijdragen aan doelen</source>
        <translation>Contributions to goals</translation>
    </message>
    <message>
        <source>De laatste %1 van %2 metingen; de grafiek toont ze allemaal.</source>
        <translation>The latest %1 of %2 measurements; the chart shows them all.</translation>
    </message>
    <message>
        <source>Contactpersonen en hun gegevens zijn weggelaten: dat zijn persoonsgegevens.</source>
        <translation>Contact persons and their details are left out: they are personal data.</translation>
    </message>
    <message>
        <source>%1 (meting %2)</source>
        <translation>%1 (measurement %2)</translation>
    </message>
    <message>
        <source>Waarde (marge 95%)</source>
        <translation>Value (95% margin)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Ter vergelijking (%1): %2.</source>
        <translation>For comparison (%1): %2.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Per wijk en buurt (%1), hoogste waarde eerst. Wijk- en buurtcijfers zijn schattingen; alleen waar de marges die van de gemeente niet raken, is het verschil duidelijk.</source>
        <translation>By district and neighbourhood (%1), highest value first. District and neighbourhood figures are estimates; only where their margins do not touch the municipality&apos;s is the difference clear.</translation>
    </message>
    <message>
        <source>niet te zeggen</source>
        <translation>cannot tell</translation>
    </message>
    <message>
        <source>niet duidelijk anders</source>
        <translation>not clearly different</translation>
    </message>
    <message>
        <source>duidelijk hoger (slechter)</source>
        <translation>clearly higher (worse)</translation>
    </message>
    <message>
        <source>duidelijk hoger (beter)</source>
        <translation>clearly higher (better)</translation>
    </message>
    <message>
        <source>duidelijk lager (slechter)</source>
        <translation>clearly lower (worse)</translation>
    </message>
    <message>
        <source>duidelijk lager (beter)</source>
        <translation>clearly lower (better)</translation>
    </message>
    <message>
        <source>Gebied</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Waarde (marge)</source>
        <translation>Value (margin)</translation>
    </message>
    <message>
        <source>Ten opzichte van de gemeente</source>
        <translation>Compared with the municipality</translation>
    </message>
    <message>
        <source>Activiteiten daar</source>
        <translation>Activities there</translation>
    </message>
    <message>
        <source>Wat we deden, wat er veranderde (uit het logboek):</source>
        <translation>What we did, what changed (from the logbook):</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Wat werkt</source>
        <translation>What works</translation>
    </message>
    <message>
        <source>Werkzaam element</source>
        <translation>Effective element</translation>
    </message>
    <message>
        <source>Dun of afwezig: %1.</source>
        <translation>Thin or missing: %1.</translation>
    </message>
    <message>
        <source>Niet aantoonbaar veranderd: de marge (95%) van de laatste meting overlapt die van de nulmeting. Het verschil kan dan toeval zijn; pas als de marges elkaar niet raken, is een stijging of daling duidelijk.</source>
        <translation>Not measurably changed: the margin (95%) of the latest measurement overlaps that of the baseline. The difference may then be chance; only when the margins do not touch is a rise or fall clear.</translation>
    </message>
    <message>
        <source>Peildatum: %1</source>
        <translation>Reference date: %1</translation>
    </message>
    <message>
        <source>Hoeveel onderdelen van het aanbod en geplande of lopende activiteiten elk werkzaam element hebben, per niveau van preventie (beschermen: mensen zonder risicofactoren; steunen: mensen met risicofactoren; erger voorkomen: mensen die eenzaam zijn).</source>
        <translation>How many activities on offer and planned or current activities have each effective element, per level of prevention (protect: people without risk factors; support: people with risk factors; prevent worsening: people who are lonely).</translation>
    </message>
    <message>
        <source>Totaal</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>De checklist door de jaren</source>
        <translation>The checklist over the years</translation>
    </message>
    <message>
        <source>Ronde %1: open sinds %2.</source>
        <translation>Round %1: open since %2.</translation>
    </message>
    <message>
        <source>Ronde %1: %2 tot %3.</source>
        <translation>Round %1: %2 to %3.</translation>
    </message>
    <message>
        <source>Wat we leerden: %1</source>
        <translation>What we learned: %1</translation>
    </message>
    <message>
        <source>Verloop</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>%1 (beter)</source>
        <translation>%1 (better)</translation>
    </message>
    <message>
        <source>%1 (minder)</source>
        <translation>%1 (worse)</translation>
    </message>
    <message>
        <source>Resultaten per doel</source>
        <translation>Results by goal</translation>
    </message>
    <message>
        <source>Geld</source>
        <translation>Money</translation>
    </message>
    <message>
        <source>Wat we leerden</source>
        <translation>What we learned</translation>
    </message>
    <message>
        <source>Voortgang van de aanpak: %1</source>
        <translation>Progress of the approach: %1</translation>
    </message>
    <message>
        <source>Voortgangsrapportage aan de gemeenteraad</source>
        <translation>Progress report to the municipal council</translation>
    </message>
    <message>
        <source>College van burgemeester en wethouders, %1</source>
        <translation>Mayor and aldermen, %1</translation>
    </message>
    <message>
        <source>Afzender</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>Afdeling</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Portefeuillehouder</source>
        <translation>Alderman responsible</translation>
    </message>
    <message>
        <source>Peildatum</source>
        <translation>Reference date</translation>
    </message>
    <message>
        <source>Kenmerk</source>
        <translation>Reference number</translation>
    </message>
    <message>
        <source>Periode van de aanpak</source>
        <translation>Period of the approach</translation>
    </message>
    <message>
        <source>%1 tot en met %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Kernboodschap</source>
        <translation>Key messages</translation>
    </message>
    <message>
        <source>Gevraagd aan de raad</source>
        <translation>Asked of the council</translation>
    </message>
    <message>
        <source>De raad neemt kennis van de voortgang van de aanpak van eenzaamheid.</source>
        <translation>The council takes note of the progress of the approach to loneliness.</translation>
    </message>
    <message>
        <source>In de grafieken: de doorgetrokken lijn met stippen zijn de metingen, met hun marge (95%) als lichte band; het vierkant is de nulmeting, de ster de streefwaarde en de stippellijn het pad daarheen.</source>
        <translation>In the charts: the solid line with dots shows the measurements, with their margin (95%) as a light band; the square is the baseline, the star the target and the dashed line the path to it.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Laatste meting: %1.</source>
        <translation>Latest measurement: %1.</translation>
    </message>
    <message>
        <source>Bron: %1, %2.</source>
        <translation>Source: %1, %2.</translation>
    </message>
    <message>
        <source>De activiteiten hebben samen een budget van %1. Wat per jaar begroot, uitgegeven en verplicht is, staat nog niet in het werkboek (hoofdstuk 2, tab Geld per jaar).</source>
        <translation>The activities have a budget of %1 together. What is budgeted, spent and committed per year is not in the workbook yet (chapter 2, Money per year tab).</translation>
    </message>
    <message>
        <source>Niet opgegeven</source>
        <translation>Not given</translation>
    </message>
    <message>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Bron</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Begroot</source>
        <translation>Budgeted</translation>
    </message>
    <message>
        <source>Uitgegeven</source>
        <translation>Spent</translation>
    </message>
    <message>
        <source>Verplicht</source>
        <translation>Committed</translation>
    </message>
    <message>
        <source>Nog vrij</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <source>Er staan geen activiteiten meer gepland.</source>
        <translation>No more activities are planned.</translation>
    </message>
    <message>
        <source>geen einddatum</source>
        <translation>no end date</translation>
    </message>
    <message>
        <source>%1 (te laat)</source>
        <translation>%1 (late)</translation>
    </message>
    <message>
        <source>nog niet bekend</source>
        <translation>not known yet</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Klaar op</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Nog %1 activiteiten staan niet in deze tabel; alle activiteiten staan in het volledige werkboek.</source>
        <translation>%1 more activities are not in this table; all activities are in the full workbook.</translation>
    </message>
    <message>
        <source>Activiteiten die op de peildatum klaar hadden moeten zijn en nog niet zijn afgerond: %1.</source>
        <translation>Activities that should have been finished by the reference date and are not: %1.</translation>
    </message>
    <message>
        <source>%1 (open)</source>
        <translation>%1 (open)</translation>
    </message>
    <message>
        <source>Sinds de eerste ronde: %1 beter, %2 minder.</source>
        <translation>Since the first round: %1 better, %2 worse.</translation>
    </message>
    <message>
        <source>Vervolg van de tabel hierboven:</source>
        <translation>The table above, continued:</translation>
    </message>
    <message>
        <source>(Concept, opgesteld uit de cijfers van het werkboek.)</source>
        <translation>(Draft, made from the workbook&apos;s figures.)</translation>
    </message>
    <message>
        <source>De raad bespreekt de voortgang van de aanpak van eenzaamheid.</source>
        <translation>The council discusses the progress of the approach to loneliness.</translation>
    </message>
    <message>
        <source>Per jaar en per financieringsbron: wat begroot is, wat is uitgegeven, wat al verplicht is (toegezegd maar nog niet betaald) en wat nog vrij is, tot en met het jaar van de peildatum.</source>
        <translation>By year and funding source, up to the year of the reference date: what is budgeted, what has been spent, what is committed (promised but not yet paid) and what remains.</translation>
    </message>
    <message>
        <source>Zonder onderwerp</source>
        <translation>Without a subject</translation>
    </message>
    <message>
        <source>Meldingen bij het meldpunt tot de peildatum</source>
        <translation>Reports to the reporting point up to the reference date</translation>
    </message>
    <message>
        <source>Grafiek van %1: %2</source>
        <translation>Chart of %1: %2</translation>
    </message>
    <message>
        <source>De metingen door de tijd, met het pad van de nulmeting naar de streefwaarde.</source>
        <translation>The measurements over time, with the path from the baseline to the target.</translation>
    </message>
    <message>
        <source>Laatste meting: %1 op %2.</source>
        <translation>Latest measurement: %1 on %2.</translation>
    </message>
    <message>
        <source>Logo van %1</source>
        <translation>Logo of %1</translation>
    </message>
    <message>
        <source>Nog geen metingen; de grafiek toont het pad van de nulmeting naar de streefwaarde.</source>
        <translation>No measurements yet; the chart shows the path from the baseline to the target.</translation>
    </message>
    <message>
        <source>Wijzigingen</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Waar</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Werd</source>
        <translation>Became</translation>
    </message>
    <message>
        <source>Wat er in het werkboek is veranderd van %1 tot en met %2: per onderdeel de stand aan het begin en aan het eind van die periode, het laatst veranderde eerst.</source>
        <translation>What changed in the workbook from %1 up to and including %2: for each item its state at the start and at the end of that period, the last changed first.</translation>
    </message>
    <message>
        <source>Er zijn in deze periode geen wijzigingen vastgelegd.</source>
        <translation>No changes were recorded in this period.</translation>
    </message>
</context>
<context>
    <name>rk::ReportDialog</name>
    <message>
        <source>&amp;Kort rapport voor de raad</source>
        <translation>&amp;Short report for the council</translation>
    </message>
    <message>
        <source>&amp;Volledig werkboek</source>
        <translation>&amp;Full workbook</translation>
    </message>
    <message>
        <source>Rapport maken</source>
        <translation>Make report</translation>
    </message>
    <message>
        <source>Voorbeeld van het rapport</source>
        <translation>Preview of the report</translation>
    </message>
    <message>
        <source>Hoofdstukken in het rapport</source>
        <translation>Chapters in the report</translation>
    </message>
    <message>
        <source>Een korte inleiding voor de lezer (mag leeg blijven)</source>
        <translation>A short introduction for the reader (may stay empty)</translation>
    </message>
    <message>
        <source>Inleiding</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <source>Soort rapport</source>
        <translation>Kind of report</translation>
    </message>
    <message>
        <source>&amp;Hoofdstukken:</source>
        <translation>&amp;Chapters:</translation>
    </message>
    <message>
        <source>&amp;Inleiding:</source>
        <translation>&amp;Introduction:</translation>
    </message>
    <message>
        <source>Opslaan als &amp;PDF...</source>
        <translation>Save as &amp;PDF...</translation>
    </message>
    <message>
        <source>Opslaan als &amp;ODT...</source>
        <translation>Save as &amp;ODT...</translation>
    </message>
    <message>
        <source>&amp;Afdrukken...</source>
        <translation>&amp;Print...</translation>
    </message>
    <message>
        <source>werkboek</source>
        <translation>workbook</translation>
    </message>
    <message>
        <source>raadsrapport</source>
        <translation>council report</translation>
    </message>
    <message>
        <source>Rapport maken...</source>
        <translation>Making report...</translation>
    </message>
    <message>
        <source>Afbreken</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Opslaan als PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Opslaan als ODT</source>
        <translation>Save as ODT</translation>
    </message>
    <message>
        <source>ODF-tekstdocumenten (*.odt)</source>
        <translation>ODF text documents (*.odt)</translation>
    </message>
    <message>
        <source>&amp;Contactpersonen opnemen (persoonsgegevens)</source>
        <translation>Include contact persons (personal &amp;data)</translation>
    </message>
    <message>
        <source>Alleen aanzetten als het rapport niet openbaar wordt: namen, functies, e-mailadressen en telefoonnummers van contactpersonen zijn persoonsgegevens.</source>
        <translation>Only switch this on if the report will not be made public: names, functions, e-mail addresses and telephone numbers of contact persons are personal data.</translation>
    </message>
    <message>
        <source>PDF opgeslagen in %1</source>
        <translation>PDF saved in %1</translation>
    </message>
    <message>
        <source>ODT opgeslagen in %1</source>
        <translation>ODT saved in %1</translation>
    </message>
    <message>
        <source>Kleiner</source>
        <translation>Smaller</translation>
    </message>
    <message>
        <source>Groter</source>
        <translation>Larger</translation>
    </message>
    <message>
        <source>Paginabreedte</source>
        <translation>Page width</translation>
    </message>
    <message>
        <source>Hele pagina</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <source>Vorige pagina</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>Volgende pagina</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>Pagina %1 van %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Breedte</source>
        <translation>Width</translation>
    </message>
    <message>
        <source>Peildatum</source>
        <translation>Reference date</translation>
    </message>
    <message>
        <source>Het rapport toont de stand op deze dag: latere metingen tellen niet mee, en activiteiten waarvan de einddatum dan voorbij was, staan als te laat.</source>
        <translation>The report shows the state on this day: later measurements do not count, and activities whose end date had passed by then are shown as overdue.</translation>
    </message>
    <message>
        <source>P&amp;eildatum:</source>
        <translation>R&amp;eference date:</translation>
    </message>
    <message>
        <source>Logo, huiskleur en lettertype: Bestand &gt; Projectgegevens.</source>
        <translation>Logo, house colour and font: File &gt; Project details.</translation>
    </message>
    <message>
        <source>&amp;Wijzigingen opnemen sinds:</source>
        <translation>Include chan&amp;ges since:</translation>
    </message>
    <message>
        <source>Wijzigingen sinds</source>
        <translation>Changes since</translation>
    </message>
    <message>
        <source>Alleen in het volledige werkboek: een lijst van wat er in deze periode is veranderd, tot de peildatum.</source>
        <translation>Only in the full workbook: a list of what changed in this period, up to the reference date.</translation>
    </message>
</context>
<context>
    <name>rk::ReportRenderer</name>
    <message>
        <source>Het rapport kon niet worden opgeslagen als %1: de schijf is vol. Er is geen half bestand achtergelaten.</source>
        <translation>The report could not be saved as %1: the disk is full. No partial file was left behind.</translation>
    </message>
    <message>
        <source>pagina %1 van %2</source>
        <translation>page %1 of %2</translation>
    </message>
    <message>
        <source>Kies een andere naam: het rapport zou het project zelf overschrijven.</source>
        <translation>Choose another name: the report would overwrite the project itself.</translation>
    </message>
    <message>
        <source>Het maken van het rapport is afgebroken.</source>
        <translation>Making the report was cancelled.</translation>
    </message>
    <message>
        <source>Het rapport kon niet worden opgeslagen als %1. Controleer of de map bestaat, of u er mag schrijven en of er genoeg ruimte is. Er is geen half bestand achtergelaten.</source>
        <translation>The report could not be saved as %1. Check that the folder exists, that you may write there and that there is enough space. No partial file was left behind.</translation>
    </message>
    <message>
        <source>Voortgangsrapportage %1 - %2</source>
        <translation>Progress report %1 - %2</translation>
    </message>
    <message>
        <source>Werkboek %1 - %2</source>
        <translation>Workbook %1 - %2</translation>
    </message>
    <message>
        <source>Naar %1</source>
        <translation>Go to %1</translation>
    </message>
    <message>
        <source>Link naar %1</source>
        <translation>Link to %1</translation>
    </message>
    <message>
        <source>Het rapport kon niet worden gemaakt (%1). Er is geen bestand opgeslagen.</source>
        <translation>The report could not be made (%1). No file has been saved.</translation>
    </message>
</context>
<context>
    <name>rk::Rounds</name>
    <message>
        <source>Huidige ronde</source>
        <translation>Current round</translation>
    </message>
    <message>
        <source>steeds %1</source>
        <translation>%1 throughout</translation>
    </message>
</context>
<context>
    <name>rk::RoundsView</name>
    <message>
        <source>Sluit de open ronde af en begin de volgende met dezelfde antwoorden; u past daarna aan wat veranderd is</source>
        <translation>Closes the open round and begins the next with the same answers; you then change what has changed</translation>
    </message>
    <message>
        <source>Antwoorden op de checklist per ronde</source>
        <translation>Answers to the checklist by round</translation>
    </message>
    <message>
        <source>Open ronde: %1, begonnen op %2.</source>
        <translation>Open round: %1, begun on %2.</translation>
    </message>
    <message>
        <source>Open ronde: de eerste.</source>
        <translation>Open round: the first.</translation>
    </message>
    <message>
        <source>Beantwoord de checklist elk jaar opnieuw, bijvoorbeeld met de kerngroep. Begin dan een nieuwe ronde: de antwoorden van nu blijven bewaard en de nieuwe ronde begint met dezelfde antwoorden.</source>
        <translation>Answer the checklist again every year, for example with the core group. Then begin a new round: today&apos;s answers are kept and the new round starts with the same answers.</translation>
    </message>
    <message>
        <source>Vraag</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>%1 (open)</source>
        <translation>%1 (open)</translation>
    </message>
    <message>
        <source>Verloop</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Hoofdstuk %1: %2</source>
        <translation>Chapter %1: %2</translation>
    </message>
    <message>
        <source>niet beantwoord</source>
        <translation>not answered</translation>
    </message>
    <message>
        <source>%1 (beter)</source>
        <translation>%1 (better)</translation>
    </message>
    <message>
        <source>%1 (minder)</source>
        <translation>%1 (worse)</translation>
    </message>
    <message>
        <source>Sinds de eerste ronde: %1 beter, %2 minder.</source>
        <translation>Since the first round: %1 better, %2 worse.</translation>
    </message>
    <message>
        <source>Nieuwe ronde beginnen</source>
        <translation>Begin a new round</translation>
    </message>
    <message>
        <source>De antwoorden van de open ronde worden bewaard onder de naam hieronder. De nieuwe ronde begint met dezelfde antwoorden: u past alleen aan wat veranderd is. U kunt dit ongedaan maken.</source>
        <translation>The answers of the open round are kept under the name below. The new round starts with the same answers: you only change what has changed. You can undo this.</translation>
    </message>
    <message>
        <source>Naam van de ronde die u &amp;afsluit:</source>
        <translation>Name of the round you &amp;close:</translation>
    </message>
    <message>
        <source>Naam van de &amp;nieuwe ronde:</source>
        <translation>Name of the &amp;new round:</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>Ronde &amp;beginnen</source>
        <translation>&amp;Begin round</translation>
    </message>
    <message>
        <source>Geef beide rondes een naam, bijvoorbeeld het jaar.</source>
        <translation>Give both rounds a name, for example the year.</translation>
    </message>
    <message>
        <source>Vul een geldige datum in, bijvoorbeeld %1.</source>
        <translation>Enter a valid date, for example %1.</translation>
    </message>
    <message>
        <source>Ronde %1 is begonnen. De antwoorden van %2 zijn bewaard.</source>
        <translation>Round %1 has begun. The answers of %2 are kept.</translation>
    </message>
    <message>
        <source>Nieuwe ronde be&amp;ginnen...</source>
        <translation>Be&amp;gin a new round...</translation>
    </message>
    <message>
        <source>Eerdere rondes bewaard: %1.</source>
        <translation>Earlier rounds kept: %1.</translation>
    </message>
    <message>
        <source>De nieuwe ronde heeft dezelfde naam als de ronde die u afsluit. Kies een andere naam, bijvoorbeeld het volgende jaar.</source>
        <translation>The new round has the same name as the round you are closing. Choose another name, for example the next year.</translation>
    </message>
    <message>
        <source>Er is al een ronde met de naam %1. Kies een andere naam.</source>
        <translation>There already is a round named %1. Choose another name.</translation>
    </message>
    <message>
        <source>De datum ligt voor het begin van de open ronde (%1). Kies %1 of later.</source>
        <translation>The date is before the start of the open round (%1). Choose %1 or later.</translation>
    </message>
</context>
<context>
    <name>rk::SearchDialog</name>
    <message>
        <source>Zoeken in het project</source>
        <translation>Search the project</translation>
    </message>
    <message>
        <source>Zoek in notities, antwoorden, checklists en tabellen</source>
        <translation>Search notes, answers, checklists and tables</translation>
    </message>
    <message>
        <source>Zoekterm</source>
        <translation>Search term</translation>
    </message>
    <message>
        <source>Waar</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Gevonden tekst</source>
        <translation>Text found</translation>
    </message>
    <message>
        <source>Zoekresultaten</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>&amp;Zoeken naar:</source>
        <translation>&amp;Search for:</translation>
    </message>
    <message>
        <source>Niets gevonden.</source>
        <translation>Nothing found.</translation>
    </message>
    <message>
        <source>Aantal treffers: %1.</source>
        <translation>Hits: %1.</translation>
    </message>
</context>
<context>
    <name>rk::SettingsDialog</name>
    <message>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Zoals het systeem</source>
        <translation>Same as the system</translation>
    </message>
    <message>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>&amp;Taal:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Een andere taal gaat meteen in. Uw werk blijft zoals het is, en u kunt nog steeds ongedaan maken wat u eerder deed.</source>
        <translation>A new language takes effect at once. Your work stays as it is, and you can still undo what you did before.</translation>
    </message>
    <message>
        <source>Uw naam</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Onder deze naam staan uw wijzigingen in de geschiedenis en de kopieën die u deelt. Leeg: de naam van uw account.</source>
        <translation>Your changes in the history and the copies you share are under this name. Empty: your account&apos;s name.</translation>
    </message>
    <message>
        <source>Uw &amp;naam:</source>
        <translation>Your &amp;name:</translation>
    </message>
</context>
<context>
    <name>rk::ShareDialog</name>
    <message>
        <source>&amp;Gegevens van contactpersonen meesturen</source>
        <translation>&amp;Include the contact persons&apos; data</translation>
    </message>
    <message>
        <source>Delen per e-mail</source>
        <translation>Share by email</translation>
    </message>
    <message>
        <source>Kopie opslaan voor delen</source>
        <translation>Save a copy for sharing</translation>
    </message>
    <message>
        <source>Er wordt een schone kopie van het project gemaakt en uw e-mailprogramma opent met die kopie als bijlage. Het project zelf blijft zoals het is.</source>
        <translation>A clean copy of the project is made and your email program opens with that copy attached. The project itself stays as it is.</translation>
    </message>
    <message>
        <source>Er wordt een schone kopie van het project gemaakt, die u zelf kunt versturen of ergens neerzetten. Het project zelf blijft zoals het is.</source>
        <translation>A clean copy of the project is made, which you can send or store yourself. The project itself stays as it is.</translation>
    </message>
    <message>
        <source>Let op: namen, e-mailadressen en telefoonnummers van contactpersonen zijn persoonsgegevens (AVG). Stuur ze alleen mee als de ontvanger ze nodig heeft en er zorgvuldig mee omgaat.</source>
        <translation>Note: names, email addresses and phone numbers of contact persons are personal data (GDPR). Only include them if the recipient needs them and handles them with care.</translation>
    </message>
    <message>
        <source>&amp;Delen</source>
        <translation>&amp;Share</translation>
    </message>
    <message>
        <source>&amp;Opslaan...</source>
        <translation>&amp;Save...</translation>
    </message>
    <message>
        <source>Voeg het bestand %1 toe als bijlage als uw e-mailprogramma dat niet zelf heeft gedaan. U kunt ook het concept %2 openen.</source>
        <translation>Add the file %1 as an attachment if your email program did not do so itself. You can also open the draft %2.</translation>
    </message>
    <message>
        <source>Routekaart-projecten (*.routekaart)</source>
        <translation>Routekaart projects (*.routekaart)</translation>
    </message>
    <message>
        <source>Het e-mailprogramma kon niet worden gestart. Het concept %1 staat klaar in %2: open het met uw e-mailprogramma, of voeg %3 zelf toe als bijlage.</source>
        <translation>The email program could not be started. The draft %1 is ready in %2: open it with your email program, or attach %3 yourself.</translation>
    </message>
    <message>
        <source>Kopie opgeslagen in %1</source>
        <translation>Copy saved in %1</translation>
    </message>
    <message>
        <source>Kopie en e-mailconcept staan in %1</source>
        <translation>The copy and the email draft are in %1</translation>
    </message>
    <message>
        <source>Op deze computer is geen e-mailprogramma ingesteld, dus er is geen e-mail geopend.

De kopie “%1” en het e-mailconcept “%2” staan in de map %3.

Na dit bericht staat onderin het venster de knop “Map openen”. Voeg de kopie als bijlage toe aan een e-mail, bijvoorbeeld in uw webmail.</source>
        <translation>This computer has no mail program set up, so no e-mail was opened.

The copy “%1” and the e-mail draft “%2” are in the folder %3.

After this message, the button “Open folder” is at the bottom of the window. Attach the copy to an e-mail, for example in your webmail.</translation>
    </message>
</context>
<context>
    <name>rk::StatLine</name>
    <message>
        <source>Eenzaam</source>
        <translation>Lonely</translation>
    </message>
    <message>
        <source>Ernstig of zeer ernstig eenzaam</source>
        <translation>Severely or very severely lonely</translation>
    </message>
    <message>
        <source>Emotioneel eenzaam</source>
        <translation>Emotionally lonely</translation>
    </message>
    <message>
        <source>Sociaal eenzaam</source>
        <translation>Socially lonely</translation>
    </message>
    <message>
        <source>Het bestand kan niet worden gelezen: %1</source>
        <translation>The file cannot be read: %1</translation>
    </message>
    <message>
        <source>Het bestand is groter dan 2 GB; zo groot is geen export van StatLine.</source>
        <translation>The file is larger than 2 GB; no StatLine export is that large.</translation>
    </message>
    <message>
        <source>Het bestand is leeg.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>Dit is geen tekstbestand.</source>
        <translation>This is not a text file.</translation>
    </message>
    <message>
        <source>De eerste regel is geen kopregel: een aanhalingsteken is niet gesloten.</source>
        <translation>The first line is not a header: a quote is not closed.</translation>
    </message>
    <message>
        <source>Dit is geen export van StatLine met cijfers per gebied: de kolommen Perioden en WijkenEnBuurten (of RegioS) ontbreken.</source>
        <translation>This is not a StatLine export with figures by area: the columns Perioden and WijkenEnBuurten (or RegioS) are missing.</translation>
    </message>
    <message>
        <source>Regel %1 heeft %2 velden, de kopregel %3. Is het bestand afgebroken of bewerkt?</source>
        <translation>Line %1 has %2 fields, the header %3. Was the file cut off or edited?</translation>
    </message>
    <message>
        <source>Dit bestand is te groot voor een codelijst.</source>
        <translation>This file is too large for a code list.</translation>
    </message>
    <message>
        <source>Dit is geen codelijst van StatLine: de kolommen Key en Title ontbreken.</source>
        <translation>This is not a StatLine code list: the columns Key and Title are missing.</translation>
    </message>
    <message>
        <source>Regel %1 van de codelijst is niet te lezen.</source>
        <translation>Line %1 of the code list cannot be read.</translation>
    </message>
    <message>
        <source>Op regel %1 is een aanhalingsteken niet gesloten.</source>
        <translation>On line %1 a quote is not closed.</translation>
    </message>
    <message>
        <source>Het bestand kan niet verder worden gelezen: %1</source>
        <translation>The file cannot be read further: %1</translation>
    </message>
    <message>
        <source>Er staan geen cijfers in dit bestand, alleen een kopregel.</source>
        <translation>There are no figures in this file, only a header.</translation>
    </message>
    <message>
        <source>In dit bestand staan geen kolommen met cijfers om in te lezen.</source>
        <translation>This file has no columns with figures to read.</translation>
    </message>
    <message>
        <source>Het gebied %1 staat niet in dit bestand.</source>
        <translation>The area %1 is not in this file.</translation>
    </message>
    <message>
        <source>Kies ten minste één onderwerp.</source>
        <translation>Choose at least one topic.</translation>
    </message>
    <message>
        <source>Het onderwerp %1 staat niet in dit bestand. Wel: %2.</source>
        <translation>The topic %1 is not in this file. It has: %2.</translation>
    </message>
    <message>
        <source>Kies een leeftijdsgroep: %1.</source>
        <translation>Choose an age group: %1.</translation>
    </message>
    <message>
        <source>De leeftijdsgroep %1 staat niet in dit bestand. Wel: %2.</source>
        <translation>The age group %1 is not in this file. It has: %2.</translation>
    </message>
    <message>
        <source>Het bestand is veranderd sinds het werd bekeken. Kies het opnieuw.</source>
        <translation>The file has changed since it was looked at. Choose it again.</translation>
    </message>
    <message>
        <source>Op regel %1 staat bij %2 geen getal: &quot;%3&quot;.</source>
        <translation>On line %1, %2 holds no number: &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Voor %1 staan bij deze keuze geen cijfers in het bestand (alleen ontbrekende waarden).</source>
        <translation>For %1 the file holds no figures for this choice (only missing values).</translation>
    </message>
    <message>
        <source>Eenzaamheid volgen met de gezondheidsmonitor</source>
        <translation>Following loneliness with the health monitor</translation>
    </message>
    <message>
        <source>Kies het doel waar de indicatoren bij horen.</source>
        <translation>Choose the goal the indicators belong to.</translation>
    </message>
    <message>
        <source>een nieuw doel</source>
        <translation>a new goal</translation>
    </message>
    <message>
        <source>nieuwe indicatoren: %1</source>
        <translation>new indicators: %1</translation>
    </message>
    <message>
        <source>al aanwezig en gelijk: %1</source>
        <translation>already there and the same: %1</translation>
    </message>
    <message>
        <source>nieuwe metingen: %1</source>
        <translation>new measurements: %1</translation>
    </message>
    <message>
        <source>metingen met een nieuwe waarde: %1</source>
        <translation>measurements with a new value: %1</translation>
    </message>
    <message>
        <source>Bij %1, %2, %3 ligt de waarde %4 (regel %5) niet tussen de grenzen %6 en %7 (regels %8 en %9). Er is niets ingelezen.</source>
        <translation>For %1, %2, %3 the value %4 (line %5) does not lie between the bounds %6 and %7 (lines %8 and %9). Nothing was read in.</translation>
    </message>
    <message>
        <source>cijfers om mee te vergelijken (andere gebieden, wijken en buurten): %1</source>
        <translation>figures to compare with (other areas, districts and neighbourhoods): %1</translation>
    </message>
</context>
<context>
    <name>rk::StatLineImportDialog</name>
    <message>
        <source>Afbreken</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Ook de &amp;wijken en buurten van het gebied (voor de tabel met wijken)</source>
        <translation>Also the &amp;districts and neighbourhoods of the area (for the district table)</translation>
    </message>
    <message>
        <source>&amp;Inlezen</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Cijfers inlezen uit StatLine</source>
        <translation>Read figures from StatLine</translation>
    </message>
    <message>
        <source>Download op StatLine de tabel met cijfers per gemeente, wijk en buurt (bijvoorbeeld 50120NED) als CSV. Leg de codelijsten (zoals DataProperties en WijkenEnBuurten) ernaast voor de namen; ze worden dan vanzelf gelezen.</source>
        <translation>Download from StatLine the table with figures by municipality, district and neighbourhood (for example 50120NED) as CSV. Put its code lists (such as DataProperties and WijkenEnBuurten) beside it for the names; they are then read as well.</translation>
    </message>
    <message>
        <source>Gekozen export</source>
        <translation>Chosen export</translation>
    </message>
    <message>
        <source>&amp;Bestand kiezen...</source>
        <translation>&amp;Choose file...</translation>
    </message>
    <message>
        <source>&amp;Codelijst toevoegen...</source>
        <translation>Add code &amp;list...</translation>
    </message>
    <message>
        <source>Gebied</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Onderwerpen</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>Leeftijdsgroep</source>
        <translation>Age group</translation>
    </message>
    <message>
        <source>Zoeken in de gebieden</source>
        <translation>Search the areas</translation>
    </message>
    <message>
        <source>Zoeken in de gebieden om mee te vergelijken</source>
        <translation>Search the areas to compare with</translation>
    </message>
    <message>
        <source>Vergelijken met</source>
        <translation>Compare with</translation>
    </message>
    <message>
        <source>Doel voor nieuwe indicatoren</source>
        <translation>Goal for new indicators</translation>
    </message>
    <message>
        <source>Nieuw doel: Eenzaamheid volgen met de gezondheidsmonitor</source>
        <translation>New goal: Following loneliness with the health monitor</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Export:</translation>
    </message>
    <message>
        <source>Codelijsten:</source>
        <translation>Code lists:</translation>
    </message>
    <message>
        <source>&amp;Gebied:</source>
        <translation>&amp;Area:</translation>
    </message>
    <message>
        <source>&amp;Onderwerpen:</source>
        <translation>&amp;Topics:</translation>
    </message>
    <message>
        <source>&amp;Leeftijdsgroep:</source>
        <translation>A&amp;ge group:</translation>
    </message>
    <message>
        <source>&amp;Vergelijken met:</source>
        <translation>Com&amp;pare with:</translation>
    </message>
    <message>
        <source>&amp;Doel:</source>
        <translation>G&amp;oal:</translation>
    </message>
    <message>
        <source>Onderwerp</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Waarde</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Marge (95%)</source>
        <translation>Margin (95%)</translation>
    </message>
    <message>
        <source>Voorbeeld: de cijfers van het gebied</source>
        <translation>Preview: the figures of the area</translation>
    </message>
    <message>
        <source>geen (de codes worden als namen getoond)</source>
        <translation>none (the codes are shown as names)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>De export bekijken...</source>
        <translation>Looking at the export...</translation>
    </message>
    <message>
        <source>Kies een export van StatLine (CSV).</source>
        <translation>Choose a StatLine export (CSV).</translation>
    </message>
    <message>
        <source>De gekozen cijfers lezen...</source>
        <translation>Reading the chosen figures...</translation>
    </message>
    <message>
        <source>Afgebroken. Pas de keuze aan om opnieuw te lezen.</source>
        <translation>Cancelled. Change the choice to read again.</translation>
    </message>
    <message>
        <source>%1 tot %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Alles staat er al zo in: er is niets nieuws in te lezen.</source>
        <translation>Everything is already there: there is nothing new to read in.</translation>
    </message>
    <message>
        <source>Wordt ingelezen: %1.</source>
        <translation>Will be read in: %1.</translation>
    </message>
    <message>
        <source>%1 cijfers ontbreken in de export (&quot;.&quot;) en worden overgeslagen.</source>
        <translation>%1 figures are missing in the export (&quot;.&quot;) and are skipped.</translation>
    </message>
    <message>
        <source>Ingelezen uit StatLine: %1</source>
        <translation>Read from StatLine: %1</translation>
    </message>
    <message>
        <source>Nieuwe indicatoren: %1. Hun nulmeting is het eerste jaar in de export; de streefwaarde vult u daarna zelf in, bij hoofdstuk 2.</source>
        <translation>New indicators: %1. Their baseline is the first year in the export; you fill in the target yourself afterwards, in chapter 2.</translation>
    </message>
</context>
<context>
    <name>rk::WelcomePage</name>
    <message>
        <source>&amp;Voorbeeldproject bekijken</source>
        <translation>&amp;View example project</translation>
    </message>
    <message>
        <source>Routekaart Werkboek</source>
        <translation>Routekaart Workbook</translation>
    </message>
    <message>
        <source>Werk stap voor stap aan de lokale aanpak van eenzaamheid, samen met uw partners. Alles wat u invult, wordt meteen bewaard in één projectbestand.</source>
        <translation>Work step by step on the local approach to loneliness, together with your partners. Everything you enter is saved at once in one project file.</translation>
    </message>
    <message>
        <source>&amp;Nieuw project...</source>
        <translation>&amp;New project...</translation>
    </message>
    <message>
        <source>Project &amp;openen...</source>
        <translation>&amp;Open project...</translation>
    </message>
    <message>
        <source>&amp;Recent geopend</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <source>Recent geopende projecten</source>
        <translation>Recently opened projects</translation>
    </message>
    <message>
        <source>Nog geen projecten geopend.</source>
        <translation>No projects opened yet.</translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation>%1 (in %2)</translation>
    </message>
</context>
<context>
    <name>rk::WhatWorksView</name>
    <message>
        <source>Werkzame elementen per niveau van preventie</source>
        <translation>Effective elements by level of prevention</translation>
    </message>
    <message>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Dun of afwezig: %1.</source>
        <translation>Thin or missing: %1.</translation>
    </message>
    <message>
        <source>Weinig voor: %1.</source>
        <translation>Little for: %1.</translation>
    </message>
    <message>
        <source>Wat werkt tegen eenzaamheid? Een Nederlands overzicht van 119 aanpakken vond zeven werkzame elementen (de eerste zeven rijen). Daarnaast werkt negatieve gedachten verminderen voor alle leeftijden (de laatste rij). De tabel telt per element en per niveau het aanbod (hoofdstuk 9) en de geplande en lopende activiteiten (hoofdstuk 2) waarbij het element is aangevinkt. Een lege of bijna lege plek is een vraag voor de coalitie: missen we hier iets?</source>
        <translation>What works against loneliness? A Dutch review of 119 interventions found seven effective elements (the first seven rows). Besides, reducing negative thoughts works at every age (the last row). The table counts, per element and per level, the activities on offer (chapter 9) and the planned and current activities (chapter 2) that have the element ticked. An empty or nearly empty place is a question for the coalition: are we missing something here?</translation>
    </message>
    <message>
        <source>Totaal</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Elk werkzaam element zit in ten minste twee onderdelen van het aanbod of activiteiten.</source>
        <translation>Every effective element is in at least two activities on offer or planned activities.</translation>
    </message>
    <message>
        <source>Zonder werkzaam element: %1 onderdelen van het aanbod of activiteiten. Vink bij elk aan welke werkzame elementen het heeft en voor welk niveau van preventie het is.</source>
        <translation>Without an effective element: %1 activities on offer or planned activities. Tick for each which effective elements it has and which level of prevention it is for.</translation>
    </message>
</context>
<context>
    <name>rk::YearPlan</name>
    <message>
        <source>Beantwoord de checklist opnieuw met de kerngroep en begin een nieuwe ronde (hoofdstuk 5, tab Rondes). Zo ziet u of de aanpak groeit.</source>
        <translation>Answer the checklist again with the core group and begin a new round (chapter 5, Rounds tab). That shows whether the approach is growing.</translation>
    </message>
    <message>
        <source>Geld voor volgend jaar vraagt u hier aan. Zorg dat de resultaten van de aanpak op tijd bij de wethouder liggen.</source>
        <translation>This is where you ask for next year&apos;s money. Make sure the alderman has the results of the approach in time.</translation>
    </message>
    <message>
        <source>De GGD houdt in het najaar de vragenlijst van de Gezondheidsmonitor. De cijfers komen het jaar daarna.</source>
        <translation>The GGD runs the health monitor&apos;s questionnaire in the autumn. The figures come the year after.</translation>
    </message>
    <message>
        <source>De landelijke week. De datum verschilt per jaar: controleer hem.</source>
        <translation>The national week. Its date differs each year: check it.</translation>
    </message>
    <message>
        <source>De raad bespreekt de begroting. Wat u voor de aanpak nodig hebt, moet erin staan.</source>
        <translation>The council debates the budget. What the approach needs must be in it.</translation>
    </message>
    <message>
        <source>Start: %1</source>
        <translation>Start: %1</translation>
    </message>
    <message>
        <source>Activiteit</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Einde: %1</source>
        <translation>End: %1</translation>
    </message>
    <message>
        <source>Meting verwacht: %1</source>
        <translation>Measurement due: %1</translation>
    </message>
    <message>
        <source>Meting</source>
        <translation>Measurement</translation>
    </message>
</context>
<context>
    <name>rk::YearPlanView</name>
    <message>
        <source>Het jaar in één overzicht: de vaste momenten uit de jaarplanning, het begin en einde van activiteiten en de metingen die eraan komen. Plan de aanpak rond de Week tegen Eenzaamheid en de begroting.</source>
        <translation>The year at a glance: the fixed moments of the yearly planning, the start and end of activities and the measurements coming up. Plan the approach around the Week against Loneliness and the budget.</translation>
    </message>
    <message>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>&amp;Jaar:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Jaaroverzicht</source>
        <translation>Year at a glance</translation>
    </message>
    <message>
        <source>%1 t/m %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Nog niets gepland in %1. Voeg de vaste momenten toe in de tab Jaarplanning.</source>
        <translation>Nothing planned in %1 yet. Add the fixed moments in the Yearly planning tab.</translation>
    </message>
    <message>
        <source>Vaste momenten toevoegen</source>
        <translation>Add fixed moments</translation>
    </message>
    <message>
        <source>De vaste momenten van een jaar. De datums zijn een voorstel: zet de datums van uw gemeente. De Week tegen Eenzaamheid valt elk jaar anders; controleer de datum.</source>
        <translation>The fixed moments of a year. The dates are a suggestion: set your municipality&apos;s dates. The Week against Loneliness falls differently each year; check the date.</translation>
    </message>
    <message>
        <source>Nieuwe ronde van de &amp;checklist</source>
        <translation>New round of the &amp;checklist</translation>
    </message>
    <message>
        <source>&amp;Voorjaarsnota</source>
        <translation>&amp;Spring memorandum</translation>
    </message>
    <message>
        <source>Ronde van de &amp;Gezondheidsmonitor</source>
        <translation>&amp;Health monitor round</translation>
    </message>
    <message>
        <source>&amp;Week tegen Eenzaamheid (eerste dag)</source>
        <translation>&amp;Week against Loneliness (first day)</translation>
    </message>
    <message>
        <source>&amp;Begroting in de raad</source>
        <translation>Council &amp;budget debate</translation>
    </message>
    <message>
        <source>Deze momenten staan al in de jaarplanning van %1.</source>
        <translation>These moments are already in the yearly planning of %1.</translation>
    </message>
    <message>
        <source>Jaa&amp;r:</source>
        <translation>Yea&amp;r:</translation>
    </message>
    <message>
        <source>Toegevoegd aan de jaarplanning van %1: %2 momenten.</source>
        <translation>Added to the yearly planning of %1: %2 moments.</translation>
    </message>
    <message>
        <source>%1 stonden er al in.</source>
        <translation>%1 were there already.</translation>
    </message>
</context>
<context>
    <name>rk::merge</name>
    <message>
        <source>Dit bestand is niet met Delen gemaakt, dus is niet bekend wat er ooit is verstuurd.</source>
        <translation>This file was not made with Share, so what was once sent is not known.</translation>
    </message>
    <message>
        <source>De kopie is gemaakt voordat dit programma bewaarde wat het verstuurde.</source>
        <translation>The copy was made before this program kept what it sent.</translation>
    </message>
    <message>
        <source>Dit project bewaart de verstuurde versie van deze kopie niet meer.</source>
        <translation>This project no longer keeps the version of this copy as it was sent.</translation>
    </message>
    <message>
        <source>De verstuurde versie van deze kopie kon niet worden gelezen.</source>
        <translation>The version of this copy as it was sent could not be read.</translation>
    </message>
    <message>
        <source>De verstuurde versie van deze kopie kon niet worden uitgepakt.</source>
        <translation>The version of this copy as it was sent could not be unpacked.</translation>
    </message>
    <message>
        <source>De verstuurde versie van deze kopie past niet bij de kopie.</source>
        <translation>The version of this copy as it was sent does not match the copy.</translation>
    </message>
    <message>
        <source>Dit is het project zelf, geen kopie ervan.</source>
        <translation>This is the project itself, not a copy of it.</translation>
    </message>
    <message>
        <source>Dit bestand is geen kopie van dit project, maar een ander project (&quot;%1&quot; van %2). Er is niets om samen te voegen.</source>
        <translation>This file is not a copy of this project, but another project (&quot;%1&quot; of %2). There is nothing to merge.</translation>
    </message>
    <message>
        <source>De volgorde lijkt omgedraaid: dit bestand is uw project en het andere een kopie die met Delen is gemaakt. Kies eerst de kopie en dan uw project.</source>
        <translation>The order seems reversed: this file is your project and the other a copy made with Share. Give the copy first, then your project.</translation>
    </message>
    <message>
        <source>De kopie klopt niet en wordt niet samengevoegd. %1</source>
        <translation>The copy is not consistent and is not merged. %1</translation>
    </message>
    <message>
        <source>Projectgegevens</source>
        <translation>Project details</translation>
    </message>
    <message>
        <source>(zonder naam)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 &gt; Vragen</source>
        <translation>%1 &gt; Questions</translation>
    </message>
    <message>
        <source>%1 &gt; Checklist</source>
        <translation>%1 &gt; Checklist</translation>
    </message>
    <message>
        <source>%1 &gt; %2</source>
        <translation>%1 &gt; %2</translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Startjaar</source>
        <translation>First year</translation>
    </message>
    <message>
        <source>Looptijd in jaren</source>
        <translation>Duration in years</translation>
    </message>
    <message>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Antwoord</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>(niet meer aanwezig)</source>
        <translation>(no longer there)</translation>
    </message>
    <message>
        <source>U hebt dit ook veranderd, maar anders dan in de kopie.</source>
        <translation>You changed this too, but differently from the copy.</translation>
    </message>
    <message>
        <source>U hebt verwijderd waar dit bij hoort of naar verwijst.</source>
        <translation>You removed what this belongs to or points to.</translation>
    </message>
    <message>
        <source>Zij hebben dit verwijderd, u hebt het (of wat erbij hoort) gewijzigd.</source>
        <translation>They removed this; you changed it (or what belongs to it).</translation>
    </message>
    <message>
        <source>U hebt ook iets met deze naam toegevoegd.</source>
        <translation>You also added something with this name.</translation>
    </message>
    <message>
        <source>Zonder de verstuurde versie is niet te zien wie dit veranderde.</source>
        <translation>Without the version as sent, who changed this cannot be seen.</translation>
    </message>
    <message>
        <source>De kopie ging zonder gegevens van contactpersonen. In de kopie is dit ingevuld, bij u staat iets anders. Neemt u dit over, dan blijven de andere gegevens van deze contactpersoon zoals ze bij u zijn.</source>
        <translation>The copy went without contact persons&apos; data. This was filled in in the copy, and yours holds something else. If you take it over, this contact person&apos;s other data stay as they are in yours.</translation>
    </message>
    <message>
        <source>Samengevoegd uit de kopie voor %1 van %2</source>
        <translation>Merged from the copy for %1 of %2</translation>
    </message>
    <message>
        <source>Samengevoegd uit de kopie van %1</source>
        <translation>Merged from the copy of %1</translation>
    </message>
    <message>
        <source>Samengevoegd uit een kopie</source>
        <translation>Merged from a copy</translation>
    </message>
    <message>
        <source>In de tabel &quot;%1&quot; verwijst een regel naar iets dat er niet is. Het bestand is misschien met een ander programma bewerkt.</source>
        <translation>In the table &quot;%1&quot; a row points to something that is not there. The file may have been edited with another program.</translation>
    </message>
    <message>
        <source>1 nieuwe regel niet overgenomen</source>
        <translation>1 new row not taken over</translation>
    </message>
    <message>
        <source>%1 nieuwe regels niet overgenomen</source>
        <translation>%1 new rows not taken over</translation>
    </message>
    <message>
        <source>: wat ze horen bij wordt niet overgenomen of is er niet meer.</source>
        <translation>: what they belong to is not taken over or no longer there.</translation>
    </message>
    <message>
        <source>1 verwijzing niet overgenomen</source>
        <translation>1 reference not taken over</translation>
    </message>
    <message>
        <source>%1 verwijzingen niet overgenomen</source>
        <translation>%1 references not taken over</translation>
    </message>
    <message>
        <source>: ze wijzen naar iets dat er na het samenvoegen niet meer is.</source>
        <translation>: they point to something that is no longer there after the merge.</translation>
    </message>
</context>
<context>
    <name>rk::network</name>
    <message>
        <source>Het e-mailadres lijkt niet te kloppen.</source>
        <translation>The email address does not look right.</translation>
    </message>
    <message>
        <source>Het telefoonnummer lijkt niet te kloppen.</source>
        <translation>The phone number does not look right.</translation>
    </message>
    <message>
        <source>Deze naam staat al eerder in de lijst.</source>
        <translation>This name appears earlier in the list.</translation>
    </message>
    <message>
        <source>Er is geen kolom &quot;naam&quot; (of &quot;organisatie&quot;) gevonden.</source>
        <translation>No column &quot;naam&quot; (or &quot;organisatie&quot;) was found.</translation>
    </message>
    <message>
        <source>geen naam</source>
        <translation>no name</translation>
    </message>
    <message>
        <source>onbekende soort &quot;%1&quot;: opgenomen als Anders</source>
        <translation>unknown kind &quot;%1&quot;: taken as Other</translation>
    </message>
    <message>
        <source>Adres: %1</source>
        <translation>Address: %1</translation>
    </message>
    <message>
        <source>Het bestand bevat geen regels met gegevens.</source>
        <translation>The file holds no lines with data.</translation>
    </message>
</context>
<context>
    <name>rk::share</name>
    <message>
        <source>Kies een andere naam: de kopie zou het project zelf overschrijven.</source>
        <translation>Choose another name: the copy would overwrite the project itself.</translation>
    </message>
    <message>
        <source>De kopie kon niet worden geschreven als %1. Controleer of de map bestaat, of u er mag schrijven en of er genoeg ruimte is.</source>
        <translation>The copy could not be written as %1. Check that the folder exists, that you may write there and that there is enough space.</translation>
    </message>
    <message>
        <source>De bijlage %1 kan niet worden gelezen.</source>
        <translation>The attachment %1 cannot be read.</translation>
    </message>
    <message>
        <source>Routekaart eenzaamheid: %1 - %2</source>
        <translation>Loneliness routekaart: %1 - %2</translation>
    </message>
    <message>
        <source>
Deze kopie bevat geen gegevens van contactpersonen.
</source>
        <translation>
This copy holds no contact persons&apos; data.
</translation>
    </message>
    <message>
        <source>
Met vriendelijke groet,
</source>
        <translation>
Kind regards,
</translation>
    </message>
    <message>
        <source>Het bestand %1 is geopend door %2 en wordt daarom niet vervangen. Kies een andere naam, of sluit het project daar eerst.</source>
        <translation>The file %1 is open by %2 and is therefore not replaced. Choose another name, or close the project there first.</translation>
    </message>
    <message>
        <source>Het adres &quot;%1&quot; bevat een regeleinde of een ander teken dat niet in een e-mailadres hoort.</source>
        <translation>The address &quot;%1&quot; contains a line break or another character that does not belong in an email address.</translation>
    </message>
    <message>
        <source>Dit project is gemaakt met een nieuwere versie van Routekaart Werkboek. Alleen die versie kan er een kopie zonder persoonsgegevens van maken. Werk het programma bij.</source>
        <translation>This project was made with a newer version of Routekaart Workbook. Only that version can make a copy of it without personal data. Update the program.</translation>
    </message>
    <message>
        <source>Goedendag,

In de bijlage staat het werkboek &quot;%1&quot; van %2. U opent het met Routekaart Werkboek.
</source>
        <translation>Hello,

Attached is the workbook &quot;%1&quot; of %2. You open it with Routekaart Workbook.
</translation>
    </message>
</context>
</TS>
