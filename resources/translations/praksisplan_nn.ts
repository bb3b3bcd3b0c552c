<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nn">
<context>
    <name>main</name>
    <message>
        <source>Plans practice placements.</source>
        <translation>Planlegg praksisplassar.</translation>
    </message>
    <message>
        <source>The plan file to open.</source>
        <translation>Planfila som skal opnast.</translation>
    </message>
    <message>
        <source>Start on this page.</source>
        <translation>Start på denne sida.</translation>
    </message>
</context>
<context>
    <name>praksis::AbsenceRepository</name>
    <message>
        <source>There is no absence record with id %1.</source>
        <translation>Det finst inga fråværsregistrering med id %1.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>The absence has no date.</source>
        <translation>Fråværet manglar dato. Skriv inn datoen.</translation>
    </message>
    <message>
        <source>The absence date %1 is outside the placement (%2 to %3).</source>
        <translation>Fråværsdatoen %1 er utanfor praksisperioden (%2 til %3). Vel ein dato innanfor perioden.</translation>
    </message>
    <message>
        <source>The hours of absence must be more than 0 and at most 24; %1 is not.</source>
        <translation>Timar fråvær må vere meir enn 0 og høgst 24; %1 er ikkje det.</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timar</translation>
    </message>
</context>
<context>
    <name>praksis::AbsenceTableModel</name>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timar</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Årsak</translation>
    </message>
</context>
<context>
    <name>praksis::ApplyPlanCommand</name>
    <message>
        <source>automatic plan for %1</source>
        <translation>automatisk plan for %1</translation>
    </message>
</context>
<context>
    <name>praksis::BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stoppar…</translation>
    </message>
</context>
<context>
    <name>praksis::BackupRotation</name>
    <message>
        <source>The backup folder “%1” could not be created.</source>
        <translation>Mappa for tryggingskopiar «%1» kunne ikkje opprettast. Kontroller at du har skrivetilgang.</translation>
    </message>
</context>
<context>
    <name>praksis::Calendar</name>
    <message>
        <source>week %1</source>
        <translation>veke %1</translation>
    </message>
    <message>
        <source>week %1, %2</source>
        <translation>veke %1, %2</translation>
    </message>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>Første nyttårsdag</translation>
    </message>
    <message>
        <source>Maundy Thursday</source>
        <translation>Skjærtorsdag</translation>
    </message>
    <message>
        <source>Good Friday</source>
        <translation>Langfredag</translation>
    </message>
    <message>
        <source>Easter Sunday</source>
        <translation>Første påskedag</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation>Andre påskedag</translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation>Arbeidarane sin dag</translation>
    </message>
    <message>
        <source>Constitution Day</source>
        <translation>Grunnlovsdagen</translation>
    </message>
    <message>
        <source>Ascension Day</source>
        <translation>Kristi himmelfartsdag</translation>
    </message>
    <message>
        <source>Whit Sunday</source>
        <translation>Første pinsedag</translation>
    </message>
    <message>
        <source>Whit Monday</source>
        <translation>Andre pinsedag</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>Første juledag</translation>
    </message>
    <message>
        <source>Boxing Day</source>
        <translation>Andre juledag</translation>
    </message>
</context>
<context>
    <name>praksis::ChangeLog</name>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kven</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samandrag</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>«%1» kunne ikkje skrivast: %2</translation>
    </message>
    <message>
        <source>added</source>
        <translation>lagt til</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>endra</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>fjerna</translation>
    </message>
    <message>
        <source>reloaded</source>
        <translation>lesen inn på nytt</translation>
    </message>
    <message>
        <source>school</source>
        <translation>utdanningsinstitusjon</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>studieprogram</translation>
    </message>
    <message>
        <source>student</source>
        <translation>student</translation>
    </message>
    <message>
        <source>site</source>
        <translation>praksisstad</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>praksisrettleiar</translation>
    </message>
    <message>
        <source>supervisor&apos;s absence</source>
        <translation>fråvær for rettleiar</translation>
    </message>
    <message>
        <source>period</source>
        <translation>praksisperiode</translation>
    </message>
    <message>
        <source>placement</source>
        <translation>praksisplass</translation>
    </message>
    <message>
        <source>assessment meeting</source>
        <translation>vurderingssamtale</translation>
    </message>
    <message>
        <source>absence</source>
        <translation>fråvær</translation>
    </message>
    <message>
        <source>welcome template</source>
        <translation>velkomstmal</translation>
    </message>
    <message>
        <source>welcome checklist</source>
        <translation>velkomstsjekkliste</translation>
    </message>
    <message>
        <source>preference</source>
        <translation>ønske</translation>
    </message>
    <message>
        <source>exclusion</source>
        <translation>utelukking</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>innstilling</translation>
    </message>
    <message>
        <source>whole plan</source>
        <translation>heile planen</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n post</numerusform>
            <numerusform>%n postar</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no. %2</source>
        <translation>%1: nr. %2</translation>
    </message>
    <message>
        <source>new hire</source>
        <translation>nytilsett</translation>
    </message>
    <message>
        <source>mentor</source>
        <translation>mentor</translation>
    </message>
    <message>
        <source>mentor conversation</source>
        <translation>mentorsamtale</translation>
    </message>
    <message>
        <source>conversation guide</source>
        <translation>samtaleguide</translation>
    </message>
</context>
<context>
    <name>praksis::ChangeLogDialog</name>
    <message>
        <source>Change log</source>
        <translation>Endringslogg</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>&amp;Postar:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>Eksporter som CSV…</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n oppføring</numerusform>
            <numerusform>%n oppføringar</numerusform>
        </translation>
    </message>
    <message>
        <source>change-log.csv</source>
        <translation>endringslogg.csv</translation>
    </message>
    <message>
        <source>Export the change log</source>
        <translation>Eksporter endringsloggen</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kven</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samandrag</translation>
    </message>
    <message>
        <source>no. %1 (no longer in the plan)</source>
        <translation>nr. %1 (ikkje lenger i planen)</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Endringar</translation>
    </message>
</context>
<context>
    <name>praksis::ChecklistDialog</name>
    <message>
        <source>Task</source>
        <translation>Oppgåve</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarleg</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Utført</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>Førehandsvising…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Lagre som PDF…</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Sjekkliste</translation>
    </message>
    <message>
        <source>Checklist – %1</source>
        <translation>Sjekkliste – %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Overdue: due %1 and not done.</source>
        <translation>Forfalle: fristen var %1, og punktet er ikkje utført.</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>forfalle</translation>
    </message>
    <message>
        <source>%1
%2 of %3 done, %4 overdue.</source>
        <translation>%1
%2 av %3 utført, %4 forfalne.</translation>
    </message>
    <message>
        <source>Tick off “%1”</source>
        <translation>Kryss av «%1»</translation>
    </message>
    <message>
        <source>Clear “%1”</source>
        <translation>Fjern krysset for «%1»</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Lagre som PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Welcome letter %1 %2</source>
        <translation>Velkomstbrev %1 %2</translation>
    </message>
</context>
<context>
    <name>praksis::Checklists</name>
    <message>
        <source>The time the item was done is missing.</source>
        <translation>Tidspunktet då punktet vart gjort, manglar.</translation>
    </message>
    <message>
        <source>The checklist item %1 does not exist.</source>
        <translation>Sjekklistepunktet %1 finst ikkje.</translation>
    </message>
    <message>
        <source>There is no placement with id %1.</source>
        <translation>Det finst ingen praksisplass med id %1.</translation>
    </message>
</context>
<context>
    <name>praksis::ConflictChecker</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 og %2</translation>
    </message>
    <message>
        <source>The period with id %1 does not exist.</source>
        <translation>Perioden med id %1 finst ikkje.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 has %2 placements at the same time (%3): %4.</source>
        <translation>%1 har %2 praksisplassar samstundes (%3): %4.</translation>
    </message>
    <message>
        <source>%1 has %2 students at a time (%3) but room for %4: %5.</source>
        <translation>%1 har %2 studentar samstundes (%3), men plass til %4: %5.</translation>
    </message>
    <message>
        <source>%1 (supervisor at %2) has %3 students at a time (%4) but may have at most %5: %6.</source>
        <translation>%1 (praksisrettleiar ved %2) har %3 studentar samstundes (%4), men kan ha høgst %5: %6.</translation>
    </message>
    <message>
        <source>%1 supervises %2 at %3, but is absent %4.</source>
        <translation>%1 er praksisrettleiar for %2 ved %3, men er borte %4.</translation>
    </message>
    <message>
        <source>%1&apos;s placement at %2 (%3) lies outside the period %4 (%5).</source>
        <translation>Praksisplassen til %1 ved %2 (%3) ligg utanfor perioden %4 (%5).</translation>
    </message>
    <message>
        <source>%1 is placed at %2, a site of the kind “%3”, which is not eligible in the period %4.</source>
        <translation>%1 har praksis ved %2, ein praksisstad av typen «%3», som ikkje er aktuell i perioden %4.</translation>
    </message>
    <message>
        <source>%1&apos;s first day at %2, %3 %4, is not a working day (%5); the next working day is %6 %7.</source>
        <translation>Første dagen for %1 ved %2, %3 %4, er ikkje ein arbeidsdag (%5); neste arbeidsdag er %6 %7.</translation>
    </message>
    <message>
        <source>a weekend</source>
        <translation>helg</translation>
    </message>
    <message>
        <source>A student has one placement at a time</source>
        <translation>Ein student har éin praksisplass om gongen</translation>
    </message>
    <message>
        <source>A site holds no more students than its capacity</source>
        <translation>Ein praksisstad har ikkje fleire studentar enn kapasiteten</translation>
    </message>
    <message>
        <source>A supervisor has no more students than her maximum, and none while absent</source>
        <translation>Ein praksisrettleiar har ikkje fleire studentar enn maksimum sitt, og ingen medan ho er borte</translation>
    </message>
    <message>
        <source>A placement lies inside its period, at an eligible site, from a working day</source>
        <translation>Ein praksisplass ligg innanfor perioden, på ein aktuell praksisstad, og byrjar på ein arbeidsdag</translation>
    </message>
    <message>
        <source>Absence stays within the limits</source>
        <translation>Fråværet held seg innanfor grensene</translation>
    </message>
    <message>
        <source>Assessment meetings are held by their due date</source>
        <translation>Vurderingssamtalar blir haldne innan fristen</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>Regel %1</translation>
    </message>
</context>
<context>
    <name>praksis::ConflictsPage</name>
    <message>
        <source>&amp;Show the conflicts of:</source>
        <translation>&amp;Vis konfliktane i:</translation>
    </message>
    <message>
        <source>the chosen period</source>
        <translation>den valde praksisperioden</translation>
    </message>
    <message>
        <source>the whole plan</source>
        <translation>heile planen</translation>
    </message>
    <message>
        <source>Conflicts, grouped by rule</source>
        <translation>Konfliktar, grupperte etter regel</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datoar</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Alvor</translation>
    </message>
    <message>
        <source>&amp;Open to fix</source>
        <translation>&amp;Opne for å rette</translation>
    </message>
    <message>
        <source>Opens the record the conflict is fixed in (Enter)</source>
        <translation>Opnar det konflikten blir retta i (Enter)</translation>
    </message>
    <message>
        <source>&amp;Placement…</source>
        <translation>&amp;Praksisplass …</translation>
    </message>
    <message>
        <source>S&amp;tudent…</source>
        <translation>S&amp;tudent …</translation>
    </message>
    <message>
        <source>S&amp;ite…</source>
        <translation>Praksis&amp;stad …</translation>
    </message>
    <message>
        <source>Supe&amp;rvisor…</source>
        <translation>Praksis&amp;rettleiar …</translation>
    </message>
    <message>
        <source>The plan has no period yet.</source>
        <translation>Planen har ingen praksisperiode enno.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Åtvaring</translation>
    </message>
    <message>
        <source>Rule %1: %2 (%3)</source>
        <extracomment>%1 the rule&apos;s number, %2 what it asks, %3 how many findings</extracomment>
        <translation>Regel %1: %2 (%3)</translation>
    </message>
    <message>
        <source>No conflicts in this period.</source>
        <translation>Ingen konfliktar i denne praksisperioden.</translation>
    </message>
    <message>
        <source>No conflicts in the plan.</source>
        <translation>Ingen konfliktar i planen.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) in this period</source>
        <translation>
            <numerusform>%n konflikt i denne praksisperioden</numerusform>
            <numerusform>%n konfliktar i denne praksisperioden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) in the plan</source>
        <translation>
            <numerusform>%n konflikt i planen</numerusform>
            <numerusform>%n konfliktar i planen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n of them only a warning</source>
        <extracomment>after &quot;4 conflicts in this period&quot;: how many of them are only warnings</extracomment>
        <translation>
            <numerusform>, %n av dei berre ei åtvaring</numerusform>
            <numerusform>, %n av dei berre åtvaringar</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflicts found</source>
        <translation>Konfliktar funne</translation>
    </message>
    <message>
        <source>The chosen conflict</source>
        <translation>Den valde konflikten</translation>
    </message>
</context>
<context>
    <name>praksis::ConversationGuide</name>
    <message>
        <source>The guide topic %1 does not exist.</source>
        <translation>Samtaletemaet %1 finst ikkje.</translation>
    </message>
    <message>
        <source>The guide question %1 does not exist.</source>
        <translation>Spørsmålet %1 i samtaleguiden finst ikkje.</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Spørsmål</translation>
    </message>
    <message>
        <source>The shipped conversation guide could not be read.</source>
        <translation>Den medfølgjande samtaleguiden kunne ikkje lesast.</translation>
    </message>
    <message>
        <source>The shipped conversation guide is damaged: a question in “%1” has no Bokmål text.</source>
        <translation>Den medfølgjande samtaleguiden er skadd: eit spørsmål i «%1» manglar tekst på bokmål.</translation>
    </message>
    <message>
        <source>The shipped conversation guide is damaged: a topic has no Bokmål title.</source>
        <translation>Den medfølgjande samtaleguiden er skadd: eit tema manglar tittel på bokmål.</translation>
    </message>
    <message>
        <source>The shipped conversation guide is empty.</source>
        <translation>Den medfølgjande samtaleguiden er tom.</translation>
    </message>
</context>
<context>
    <name>praksis::CsvReader</name>
    <message>
        <source>The quoted field that starts on line %1 is never closed: a closing quotation mark (&quot;) is missing.</source>
        <translation>Feltet i hermeteikn som byrjar på linje %1, blir aldri avslutta: eit avsluttande hermeteikn (&quot;) manglar.</translation>
    </message>
    <message>
        <source>There is text after the closing quotation mark of field %1. A quotation mark inside a quoted field must be doubled (&quot;&quot;).</source>
        <translation>Det står tekst etter det avsluttande hermeteiknet i felt %1. Eit hermeteikn inne i eit felt i hermeteikn må skrivast dobbelt (&quot;&quot;).</translation>
    </message>
    <message>
        <source>semicolon (;)</source>
        <translation>semikolon (;)</translation>
    </message>
    <message>
        <source>comma (,)</source>
        <translation>komma (,)</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulator</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 med BOM</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (vesteuropeisk)</translation>
    </message>
    <message>
        <source>UTF-16 little-endian</source>
        <translation>UTF-16 little-endian</translation>
    </message>
    <message>
        <source>UTF-16 big-endian</source>
        <translation>UTF-16 big-endian</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Fila er tom.</translation>
    </message>
    <message>
        <source>This is an Excel workbook or another zip file, not a CSV file. In Excel, choose File › Save As and the type “CSV UTF-8”.</source>
        <translation>Dette er ei Excel-arbeidsbok eller ei anna zip-fil, ikkje ei CSV-fil. Vel Fil › Lagre som i Excel og filtypen «CSV UTF-8».</translation>
    </message>
    <message>
        <source>The file holds binary data and is not a CSV file.</source>
        <translation>Fila inneheld binære data og er ikkje ei CSV-fil.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Fila kan ikkje lesast: %1</translation>
    </message>
    <message>
        <source>Field %1 is longer than %2 characters; no field of a register is that long. Is a quotation mark (&quot;) missing?</source>
        <translation>Felt %1 er lengre enn %2 teikn; ingen felt i eit register er så langt. Manglar det eit hermeteikn (&quot;)?</translation>
    </message>
    <message>
        <source>The line is longer than %1 characters; no record of a register is that long.</source>
        <translation>Linja er lengre enn %1 teikn; ingen post i eit register er så lang.</translation>
    </message>
    <message>
        <source>This is not a regular file (a device, a pipe or a folder); import a CSV file.</source>
        <translation>Dette er ikkje ei vanleg fil (ei eining, eit røyr eller ei mappe); importer ei CSV-fil.</translation>
    </message>
    <message>
        <source>The file is %1 MB; a CSV file to import may be at most %2 MB.</source>
        <translation>Fila er %1 MB; ei CSV-fil som skal importerast, kan vere høgst %2 MB.</translation>
    </message>
</context>
<context>
    <name>praksis::CsvWriter</name>
    <message>
        <source>Could not write the CSV file: %1</source>
        <translation>Kunne ikkje skrive CSV-fila: %1</translation>
    </message>
</context>
<context>
    <name>praksis::DemoGenerator</name>
    <message>
        <source>The number of demo students must be between 10 and 200,000; %1 was given.</source>
        <translation>Talet på demostudentar må vere mellom 10 og 200 000; %1 vart oppgitt.</translation>
    </message>
    <message>
        <source>The plan “%1” already holds data. Demo data is only put into an empty plan; nothing was written.</source>
        <translation>Planen «%1» inneheld allereie data. Demodata blir berre lagde inn i ein tom plan; ingenting vart skrive.</translation>
    </message>
    <message>
        <source>The demo name lists are missing from the program.</source>
        <translation>Namnelistene for demodata manglar i programmet.</translation>
    </message>
    <message>
        <source>The plan is not open.</source>
        <translation>Planen er ikkje open.</translation>
    </message>
    <message>
        <source>Making the demo plan was cancelled; nothing was written.</source>
        <translation>Demoplanen vart avbroten; ingenting vart skrive.</translation>
    </message>
    <message>
        <source>Demo data for “%1” could not be written: %2</source>
        <translation>Demodata for «%1» kunne ikkje skrivast: %2</translation>
    </message>
</context>
<context>
    <name>praksis::Dependents</name>
    <message>
        <source>1 placement</source>
        <translation>1 praksisplass</translation>
    </message>
    <message>
        <source>%1 placements</source>
        <translation>%1 praksisplassar</translation>
    </message>
    <message>
        <source>1 student</source>
        <translation>1 student</translation>
    </message>
    <message>
        <source>%1 students</source>
        <translation>%1 studentar</translation>
    </message>
    <message>
        <source>1 programme</source>
        <translation>1 studieprogram</translation>
    </message>
    <message>
        <source>%1 programmes</source>
        <translation>%1 studieprogram</translation>
    </message>
    <message>
        <source>1 supervisor</source>
        <translation>1 praksisrettleiar</translation>
    </message>
    <message>
        <source>%1 supervisors</source>
        <translation>%1 praksisrettleiarar</translation>
    </message>
    <message>
        <source>1 absence period</source>
        <translation>1 fråværsperiode</translation>
    </message>
    <message>
        <source>%1 absence periods</source>
        <translation>%1 fråværsperiodar</translation>
    </message>
    <message>
        <source>1 preference</source>
        <translation>1 ønske</translation>
    </message>
    <message>
        <source>%1 preferences</source>
        <translation>%1 ønske</translation>
    </message>
    <message>
        <source>1 exclusion</source>
        <translation>1 ikkje aktuelt (inhabil)</translation>
    </message>
    <message>
        <source>%1 exclusions</source>
        <translation>%1 ikkje aktuelt (inhabil)</translation>
    </message>
    <message>
        <source>1 period capacity</source>
        <translation>1 kapasitet i ein periode</translation>
    </message>
    <message>
        <source>%1 period capacities</source>
        <translation>%1 kapasitetar i periodar</translation>
    </message>
    <message>
        <source>1 period</source>
        <translation>1 periode</translation>
    </message>
    <message>
        <source>%1 periods</source>
        <translation>%1 periodar</translation>
    </message>
    <message>
        <source>its own welcome template</source>
        <translation>sin eigen velkomstmal</translation>
    </message>
    <message>
        <source>1 assessment meeting</source>
        <translation>1 vurderingssamtale</translation>
    </message>
    <message>
        <source>%1 assessment meetings</source>
        <translation>%1 vurderingssamtalar</translation>
    </message>
    <message>
        <source>1 absence record</source>
        <translation>1 fråværsregistrering</translation>
    </message>
    <message>
        <source>%1 absence records</source>
        <translation>%1 fråværsregistreringar</translation>
    </message>
    <message>
        <source>%1 cannot be deleted: it is still used by %2. Delete or move those first.</source>
        <translation>%1 kan ikkje slettast: han er framleis i bruk av %2. Slett eller flytt desse først.</translation>
    </message>
    <message>
        <source>%1 has %2. Deleting it deletes those too; confirm to go ahead.</source>
        <translation>%1 har %2. Slettar du, blir desse også sletta; stadfest for å halde fram.</translation>
    </message>
    <message>
        <source>1 ticked checklist item</source>
        <translation>1 avkryssa sjekklistepunkt</translation>
    </message>
    <message>
        <source>%1 ticked checklist items</source>
        <translation>%1 avkryssa sjekklistepunkt</translation>
    </message>
    <message>
        <source>1 new hire</source>
        <translation>1 nytilsett</translation>
    </message>
    <message>
        <source>%1 new hires</source>
        <translation>%1 nytilsette</translation>
    </message>
    <message>
        <source>1 mentorship</source>
        <translation>1 mentorordning</translation>
    </message>
    <message>
        <source>%1 mentorships</source>
        <translation>%1 mentorordningar</translation>
    </message>
    <message>
        <source>1 mentorship as mentor</source>
        <translation>1 mentorordning som mentor</translation>
    </message>
    <message>
        <source>%1 mentorships as mentor</source>
        <translation>%1 mentorordningar som mentor</translation>
    </message>
    <message>
        <source>1 mentor conversation held</source>
        <translation>1 gjennomført mentorsamtale</translation>
    </message>
    <message>
        <source>%1 mentor conversations held</source>
        <translation>%1 gjennomførte mentorsamtalar</translation>
    </message>
    <message>
        <source>1 link to a new hire</source>
        <translation>1 kopling til ein nytilsett</translation>
    </message>
    <message>
        <source>%1 links to new hires</source>
        <translation>%1 koplingar til nytilsette</translation>
    </message>
</context>
<context>
    <name>praksis::DetailWindow</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gjer om</translation>
    </message>
</context>
<context>
    <name>praksis::Error</name>
    <message>
        <source>line %1</source>
        <translation>linje %1</translation>
    </message>
    <message>
        <source>column %1 (%2)</source>
        <translation>kolonne %1 (%2)</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>kolonne %1</translation>
    </message>
    <message>
        <source>field “%1”</source>
        <translation>feltet «%1»</translation>
    </message>
</context>
<context>
    <name>praksis::FilePermissions</name>
    <message>
        <source>The permissions of “%1” could not be set.</source>
        <translation>Tilgangsrettane til «%1» kunne ikkje setjast.</translation>
    </message>
    <message>
        <source>“%1” could not be created: %2</source>
        <translation>«%1» kunne ikkje opprettast: %2</translation>
    </message>
    <message>
        <source>The file can only be written once, from its start.</source>
        <translation>Fila kan berre skrivast éin gong, frå byrjinga.</translation>
    </message>
    <message>
        <source>It is a folder.</source>
        <translation>Det er ei mappe.</translation>
    </message>
</context>
<context>
    <name>praksis::FollowUp</name>
    <message>
        <source>There is no placement with id %1.</source>
        <translation>Det finst ingen praksisplass med id %1.</translation>
    </message>
    <message>
        <source>%1 has %2 % absence at %3 (%4 of %5 planned hours, %6): above %7 %, the period is at risk.</source>
        <translation>%1 har %2 % fråvær ved %3 (%4 av %5 planlagde timar, %6): over %7 % er perioden i faresona.</translation>
    </message>
    <message>
        <source>%1 has %2 % absence at %3 (%4 of %5 planned hours, %6): above %7 %, the absence must be made up.</source>
        <translation>%1 har %2 % fråvær ved %3 (%4 av %5 planlagde timar, %6): over %7 % må fråværet takast att.</translation>
    </message>
    <message>
        <source>%1 for %2 at %3 was due %4 and has not been held.</source>
        <translation>%1 for %2 ved %3 skulle vore halden %4, men er ikkje halden.</translation>
    </message>
</context>
<context>
    <name>praksis::FollowUpCommands</name>
    <message>
        <source>Add absence on %1</source>
        <translation>Legg til fråvær den %1</translation>
    </message>
    <message>
        <source>Edit absence on %1</source>
        <translation>Rediger fråvær den %1</translation>
    </message>
    <message>
        <source>Remove absence</source>
        <translation>Fjern fråvær</translation>
    </message>
    <message>
        <source>Remove absence on %1</source>
        <translation>Fjern fråvær den %1</translation>
    </message>
    <message>
        <source>Plan proposed meetings</source>
        <translation>Planlegg føreslåtte samtalar</translation>
    </message>
    <message>
        <source>Every proposed meeting of this placement is planned already.</source>
        <translation>Alle føreslåtte samtalar for denne praksisplassen er allereie planlagde.</translation>
    </message>
</context>
<context>
    <name>praksis::GuideModel</name>
    <message>
        <source>Topic or question</source>
        <translation>Tema eller spørsmål</translation>
    </message>
</context>
<context>
    <name>praksis::GuidePage</name>
    <message>
        <source>Conversation guide for mentors</source>
        <translation>Samtaleguide for mentorar</translation>
    </message>
    <message>
        <source>Restore the shipped guide…</source>
        <translation>Gjenopprett den medfølgjande guiden…</translation>
    </message>
    <message>
        <source>Replace the guide by the one Praksisplan comes with.</source>
        <translation>Erstatt guiden med den som følgjer med Praksisplan.</translation>
    </message>
    <message>
        <source>The mentor folder of each new hire prints the guide as it stands here.</source>
        <translation>Mentormappa til kvar nytilsett skriv ut guiden slik han står her.</translation>
    </message>
    <message>
        <source>Topics and questions of the guide</source>
        <translation>Temaa og spørsmåla i guiden</translation>
    </message>
    <message>
        <source>Add topic</source>
        <translation>Legg til tema</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Legg til spørsmål</translation>
    </message>
    <message>
        <source>Choose a topic or a question to edit it.</source>
        <translation>Vel eit tema eller eit spørsmål for å redigere det.</translation>
    </message>
    <message>
        <source>Topic (Bokmål):</source>
        <translation>Tema (bokmål):</translation>
    </message>
    <message>
        <source>Topic (Nynorsk):</source>
        <translation>Tema (nynorsk):</translation>
    </message>
    <message>
        <source>Topic (English):</source>
        <translation>Tema (engelsk):</translation>
    </message>
    <message>
        <source>Question (Bokmål):</source>
        <translation>Spørsmål (bokmål):</translation>
    </message>
    <message>
        <source>Question (Nynorsk):</source>
        <translation>Spørsmål (nynorsk):</translation>
    </message>
    <message>
        <source>Question (English):</source>
        <translation>Spørsmål (engelsk):</translation>
    </message>
    <message>
        <source>Rename topic “%1”</source>
        <translation>Gi temaet «%1» nytt namn</translation>
    </message>
    <message>
        <source>Edit question “%1”</source>
        <translation>Rediger spørsmålet «%1»</translation>
    </message>
    <message>
        <source>New topic</source>
        <translation>Nytt tema</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Nytt spørsmål</translation>
    </message>
    <message>
        <source>Remove topic</source>
        <translation>Fjern tema</translation>
    </message>
    <message numerus="yes">
        <source>Remove the topic “%1” and its %n question(s)?</source>
        <translation>
            <numerusform>Vil du fjerne temaet «%1» med %n spørsmål?</numerusform>
            <numerusform>Vil du fjerne temaet «%1» med %n spørsmål?</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove topic “%1”</source>
        <translation>Fjern temaet «%1»</translation>
    </message>
    <message>
        <source>Remove question “%1”</source>
        <translation>Fjern spørsmålet «%1»</translation>
    </message>
    <message>
        <source>Move topic</source>
        <translation>Flytt tema</translation>
    </message>
    <message>
        <source>Move question</source>
        <translation>Flytt spørsmål</translation>
    </message>
    <message>
        <source>Restore the shipped guide</source>
        <translation>Gjenopprett den medfølgjande guiden</translation>
    </message>
    <message>
        <source>Replace the conversation guide by the one Praksisplan comes with? You can undo this.</source>
        <translation>Vil du erstatte samtaleguiden med den som følgjer med Praksisplan? Du kan angre dette.</translation>
    </message>
    <message>
        <source>Restore the shipped conversation guide</source>
        <translation>Gjenopprett den medfølgjande samtaleguiden</translation>
    </message>
</context>
<context>
    <name>praksis::HireDetailDialog</name>
    <message>
        <source>New hire</source>
        <translation>Nytilsett</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Praksisstad:</translation>
    </message>
    <message>
        <source>Post:</source>
        <translation>Stilling:</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Start:</translation>
    </message>
    <message>
        <source>Probation ends:</source>
        <translation>Prøvetida sluttar:</translation>
    </message>
    <message>
        <source>Left:</source>
        <translation>Slutta:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Kontakt:</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Rediger…</translation>
    </message>
    <message>
        <source>Student record</source>
        <translation>Studentpost</translation>
    </message>
    <message>
        <source>Student records that may be hers</source>
        <translation>Studentpostar som kan vere hennar</translation>
    </message>
    <message>
        <source>&amp;Confirm: she is this student</source>
        <translation>&amp;Stadfest: ho er denne studenten</translation>
    </message>
    <message>
        <source>Links the new hire to the chosen student record. Only when you know it is her.</source>
        <translation>Knyter den nytilsette til studentposten du har valt. Berre når du veit at det er henne.</translation>
    </message>
    <message>
        <source>Remove the &amp;link</source>
        <translation>Fjern &amp;koplinga</translation>
    </message>
    <message>
        <source>Mentor and conversations</source>
        <translation>Mentor og samtalar</translation>
    </message>
    <message>
        <source>&amp;Assign a mentor…</source>
        <translation>&amp;Tildel ein mentor…</translation>
    </message>
    <message>
        <source>C&amp;hange the mentorship…</source>
        <translation>E&amp;ndre mentorordninga…</translation>
    </message>
    <message>
        <source>Remove the mentor</source>
        <translation>Fjern mentoren</translation>
    </message>
    <message>
        <source>Mentor conversations</source>
        <translation>Mentorsamtalar</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlagd</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Veke</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Mark as &amp;held…</source>
        <translation>Registrer som &amp;halden…</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>&amp;Flytt…</translation>
    </message>
    <message>
        <source>Mentor &amp;folder (PDF)…</source>
        <translation>Mentor&amp;mappe (PDF)…</translation>
    </message>
    <message>
        <source>The schedule and the conversation guide to print, in the plan&apos;s document language.</source>
        <translation>Samtaleplanen og samtaleguiden til utskrift, på dokumentspråket til planen.</translation>
    </message>
    <message>
        <source>New hire %1</source>
        <translation>Nytilsett %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 ved %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No, employed</source>
        <translation>Nei, tilsett</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(none given)</source>
        <translation>(ikkje oppgitt)</translation>
    </message>
    <message>
        <source>%1, student number %2 at %3</source>
        <translation>%1, studentnummer %2 ved %3</translation>
    </message>
    <message>
        <source>Her student record: %1.</source>
        <translation>Studentposten hennar: %1.</translation>
    </message>
    <message>
        <source>Her student record: %1; she %2.</source>
        <translation>Studentposten hennar: %1; ho %2.</translation>
    </message>
    <message>
        <source>Not linked. These student records have her name or e-mail; confirm the one that is her:</source>
        <translation>Ikkje kopla. Desse studentpostane har namnet eller e-postadressa hennar; stadfest den som er henne:</translation>
    </message>
    <message>
        <source>%1 (%2, student number %3), %4</source>
        <translation>%1 (%2, studentnummer %3), %4</translation>
    </message>
    <message>
        <source>Not linked: no student record has her name or e-mail.</source>
        <translation>Ikkje kopla: ingen studentpost har namnet eller e-postadressa hennar.</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>praksisrettleiar</translation>
    </message>
    <message>
        <source>new hire</source>
        <translation>nytilsett</translation>
    </message>
    <message numerus="yes">
        <source>Mentor: %1 (%2), %3 – %4 (%n months)</source>
        <translation>
            <numerusform>Mentor: %1 (%2), %3 – %4 (%n månad)</numerusform>
            <numerusform>Mentor: %1 (%2), %3 – %4 (%n månader)</numerusform>
        </translation>
    </message>
    <message>
        <source>Held %1</source>
        <translation>Halden %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Forfallen</translation>
    </message>
    <message>
        <source>Planned for %1 and not held yet.</source>
        <translation>Planlagd til %1 og ikkje halden enno.</translation>
    </message>
    <message>
        <source>%1 of %2 conversations held.</source>
        <translation>%1 av %2 samtalar haldne.</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue.</source>
        <translation>
            <numerusform>%n forfallen.</numerusform>
            <numerusform>%n forfalne.</numerusform>
        </translation>
    </message>
    <message>
        <source>No mentor yet. A mentor for the first year helps her stay.</source>
        <translation>Ingen mentor enno. Ein mentor det første året hjelper henne å bli.</translation>
    </message>
    <message>
        <source>&amp;Another mentor…</source>
        <translation>&amp;Ein annan mentor…</translation>
    </message>
    <message>
        <source>The change was not made</source>
        <translation>Endringa vart ikkje gjord</translation>
    </message>
    <message>
        <source>Link %1 to her student record</source>
        <translation>Kople %1 til studentposten hennar</translation>
    </message>
    <message>
        <source>Remove the student link of %1</source>
        <translation>Fjern studentkoplinga til %1</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(vel)</translation>
    </message>
    <message>
        <source>%1 (supervisor, %2)</source>
        <translation>%1 (praksisrettleiar, %2)</translation>
    </message>
    <message>
        <source>%1 (new hire, %2)</source>
        <translation>%1 (nytilsett, %2)</translation>
    </message>
    <message>
        <source>Mentor for %1</source>
        <translation>Mentor for %1</translation>
    </message>
    <message>
        <source>Mentorship of %1</source>
        <translation>Mentorordninga til %1</translation>
    </message>
    <message>
        <source>&amp;Mentor:</source>
        <translation>&amp;Mentor:</translation>
    </message>
    <message>
        <source>Choose the mentor: a supervisor or another new hire.</source>
        <translation>Vel mentoren: ein praksisrettleiar eller ein annan nytilsett.</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Frå:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Frå</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.åååå</translation>
    </message>
    <message>
        <source>M&amp;onths:</source>
        <translation>M&amp;ånader:</translation>
    </message>
    <message>
        <source> months</source>
        <translation> månader</translation>
    </message>
    <message>
        <source>12 months, up to 24 for a second year as needed.</source>
        <translation>12 månader, opptil 24 for eit andre år ved behov.</translation>
    </message>
    <message>
        <source>%1 mentors %2</source>
        <translation>%1 er mentor for %2</translation>
    </message>
    <message>
        <source>Change the mentorship of %1</source>
        <translation>Endre mentorordninga til %1</translation>
    </message>
    <message>
        <source>Remove %1 as the mentor of %2? These go with it: %3. You can undo this.</source>
        <translation>Fjerne %1 som mentor for %2? Dette følgjer med: %3. Du kan angre dette.</translation>
    </message>
    <message>
        <source>Remove %1 as the mentor of %2? You can undo this.</source>
        <translation>Fjerne %1 som mentor for %2? Du kan angre dette.</translation>
    </message>
    <message>
        <source>Remove %1 as the mentor of %2</source>
        <translation>Fjern %1 som mentor for %2</translation>
    </message>
    <message>
        <source>Conversation %1 held</source>
        <translation>Samtale %1 halden</translation>
    </message>
    <message>
        <source>Held &amp;on:</source>
        <translation>Halden &amp;den:</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Halden den</translation>
    </message>
    <message>
        <source>A conversation cannot have been held after today (%1).</source>
        <translation>Ein samtale kan ikkje vere halden etter i dag (%1).</translation>
    </message>
    <message>
        <source>empty: not held</source>
        <translation>tomt: ikkje halden</translation>
    </message>
    <message>
        <source>Conversation %1 of %2 held on %3</source>
        <translation>Samtale %1 med %2 halden %3</translation>
    </message>
    <message>
        <source>Conversation %1 of %2 not held</source>
        <translation>Samtale %1 med %2 ikkje halden</translation>
    </message>
    <message>
        <source>Move conversation %1</source>
        <translation>Flytt samtale %1</translation>
    </message>
    <message>
        <source>&amp;Planned for:</source>
        <translation>&amp;Planlagd til:</translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation>Planlagd til</translation>
    </message>
    <message>
        <source>%1 is not a working day; the next one is %2.</source>
        <translation>%1 er ikkje ein arbeidsdag; neste er %2.</translation>
    </message>
    <message>
        <source>Move conversation %1 of %2 to %3</source>
        <translation>Flytt samtale %1 med %2 til %3</translation>
    </message>
    <message>
        <source>Save the mentor folder</source>
        <translation>Lagre mentormappa</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>The mentor folder was not saved</source>
        <translation>Mentormappa vart ikkje lagra</translation>
    </message>
</context>
<context>
    <name>praksis::HireForm</name>
    <message>
        <source>New hire</source>
        <translation>Nytilsett</translation>
    </message>
    <message>
        <source>New hire %1</source>
        <translation>Nytilsett %1</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Førenamn:</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Førenamn</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Etternamn:</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Etternamn</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Praksisstad:</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(vel)</translation>
    </message>
    <message>
        <source>Choose the site she was hired at.</source>
        <translation>Vel praksisstaden ho vart tilsett ved.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Praksisstad</translation>
    </message>
    <message>
        <source>&amp;Profession:</source>
        <translation>&amp;Yrke:</translation>
    </message>
    <message>
        <source>P&amp;osition:</source>
        <translation>S&amp;tilling:</translation>
    </message>
    <message>
        <source>S&amp;tart:</source>
        <translation>St&amp;art:</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.åååå</translation>
    </message>
    <message>
        <source>&amp;Probation ends:</source>
        <translation>Prøve&amp;tida sluttar:</translation>
    </message>
    <message>
        <source>Probation ends</source>
        <translation>Prøvetida sluttar</translation>
    </message>
    <message>
        <source>The probation cannot end before she starts (%1).</source>
        <translation>Prøvetida kan ikkje slutte før ho byrjar (%1).</translation>
    </message>
    <message>
        <source>start + 6 months</source>
        <translation>start + 6 månader</translation>
    </message>
    <message>
        <source>Six months from the start unless you give another date.</source>
        <translation>Seks månader frå start, med mindre du oppgir ein annan dato.</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>S&amp;lutt:</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slutt</translation>
    </message>
    <message>
        <source>She cannot leave before she starts (%1).</source>
        <translation>Ho kan ikkje slutte før ho byrjar (%1).</translation>
    </message>
    <message>
        <source>empty while she is employed</source>
        <translation>tomt medan ho er tilsett</translation>
    </message>
    <message>
        <source>End &amp;reason:</source>
        <translation>Slutt&amp;årsak:</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(ikkje oppgitt)</translation>
    </message>
    <message>
        <source>A reason only goes with an end date.</source>
        <translation>Ei årsak høyrer berre til ein sluttdato.</translation>
    </message>
    <message>
        <source>End reason</source>
        <translation>Sluttårsak</translation>
    </message>
    <message>
        <source>A category only. Never write why in words, never health.</source>
        <translation>Berre ein kategori. Skriv aldri kvifor med ord, aldri om helse.</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;post:</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Tele&amp;fon:</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Add new hire %1</source>
        <translation>Legg til nytilsett %1</translation>
    </message>
    <message>
        <source>Edit new hire %1</source>
        <translation>Rediger nytilsett %1</translation>
    </message>
    <message>
        <source>The change was not made</source>
        <translation>Endringa vart ikkje gjord</translation>
    </message>
</context>
<context>
    <name>praksis::HireLink</name>
    <message>
        <source>spring %1</source>
        <translation>våren %1</translation>
    </message>
    <message>
        <source>autumn %1</source>
        <translation>hausten %1</translation>
    </message>
    <message>
        <source>was a student at %1, %2</source>
        <translation>var student ved %1, %2</translation>
    </message>
    <message>
        <source>hired as %1 at %2 from %3</source>
        <translation>tilsett ved %2 frå %3 (%1)</translation>
    </message>
    <message>
        <source>same e-mail and name</source>
        <translation>same e-post og namn</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>same e-post</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>same namn</translation>
    </message>
</context>
<context>
    <name>praksis::HireRepository</name>
    <message>
        <source>There is no new hire with id %1.</source>
        <translation>Det finst ingen nytilsett med id %1.</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Førenamn</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Etternamn</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>%1 has no site: site %2 does not exist.</source>
        <translation>%1 har ikkje nokon praksisstad: praksisstad %2 finst ikkje.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Praksisstad</translation>
    </message>
    <message>
        <source>%1 has no start date.</source>
        <translation>%1 har ingen startdato.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>The probation end of %1 is not a date.</source>
        <translation>Slutten på prøvetida til %1 er ikkje ein dato.</translation>
    </message>
    <message>
        <source>Probation end</source>
        <translation>Prøvetid til</translation>
    </message>
    <message>
        <source>The end date of %1 is not a date.</source>
        <translation>Sluttdatoen til %1 er ikkje ein dato.</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slutt</translation>
    </message>
    <message>
        <source>%1 has a reason for leaving but no end date.</source>
        <translation>%1 har ei sluttårsak, men ingen sluttdato.</translation>
    </message>
    <message>
        <source>End reason</source>
        <translation>Sluttårsak</translation>
    </message>
    <message>
        <source>Student %1 does not exist.</source>
        <translation>Student %1 finst ikkje.</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>There is already a new hire with id %1.</source>
        <translation>Det finst allereie ein nytilsett med id %1.</translation>
    </message>
    <message>
        <source>The new hire %1</source>
        <translation>Den nytilsette %1</translation>
    </message>
</context>
<context>
    <name>praksis::HiresPage</name>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Praksisstad:</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Vis:</translation>
    </message>
    <message>
        <source>All new hires</source>
        <translation>Alle nytilsette</translation>
    </message>
    <message>
        <source>Employed</source>
        <translation>Tilsett</translation>
    </message>
    <message>
        <source>In probation</source>
        <translation>I prøvetid</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Slutta</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Etternamn</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Førenamn</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Praksisstad</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Yrke</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Probation ends</source>
        <translation>Prøvetida sluttar</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slutt</translation>
    </message>
    <message>
        <source>End reason</source>
        <translation>Sluttårsak</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Conversations held</source>
        <translation>Samtalar haldne</translation>
    </message>
    <message>
        <source>Former student</source>
        <translation>Tidlegare student</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Alle praksisstader</translation>
    </message>
    <message>
        <source>%1 of %2 new hires shown</source>
        <translation>%1 av %2 nytilsette blir viste</translation>
    </message>
    <message>
        <source>New hire</source>
        <translation>Nytilsett</translation>
    </message>
    <message>
        <source>the new hire %1</source>
        <translation>den nytilsette %1</translation>
    </message>
    <message>
        <source>Delete new hire %1</source>
        <translation>Slett nytilsett %1</translation>
    </message>
    <message>
        <source>Conversation guide…</source>
        <translation>Samtaleguide…</translation>
    </message>
    <message>
        <source>Edit the topics and questions mentors talk about with new hires.</source>
        <translation>Rediger temaa og spørsmåla mentorar tek opp med nytilsette.</translation>
    </message>
</context>
<context>
    <name>praksis::ICalendarWriter</name>
    <message>
        <source>The calendar “%1” could not be written: %2</source>
        <translation>Kalenderen «%1» kunne ikkje skrivast: %2</translation>
    </message>
</context>
<context>
    <name>praksis::ImportCommand</name>
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <source>Import %1 from %2</source>
        <translation>Importer %1 frå %2</translation>
    </message>
</context>
<context>
    <name>praksis::ImportErrorModel</name>
    <message>
        <source>Line</source>
        <translation>Linje</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolonne</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Årsak</translation>
    </message>
</context>
<context>
    <name>praksis::ImportPreviewModel</name>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Endra</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Uendra</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Feil</translation>
    </message>
    <message>
        <source>Changes: %1</source>
        <translation>Endringar: %1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linje</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Changes or problems</source>
        <translation>Endringar eller problem</translation>
    </message>
</context>
<context>
    <name>praksis::ImportWizard</name>
    <message>
        <source>Import from a CSV file</source>
        <translation>Importer frå ei CSV-fil</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Vel fila</translation>
    </message>
    <message>
        <source>A CSV file saved from Excel or another program: comma, semicolon or tab separated. The first row names the columns.</source>
        <translation>Ei CSV-fil lagra frå Excel eller eit anna program, med komma, semikolon eller tabulator som skiljeteikn. Den første rada gir namna på kolonnane.</translation>
    </message>
    <message>
        <source>Detect from the columns</source>
        <translation>Finn ut frå kolonnane</translation>
    </message>
    <message>
        <source>&amp;Register:</source>
        <translation>&amp;Register:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Choose a .csv file…</source>
        <translation>Vel ei .csv-fil…</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bla gjennom…</translation>
    </message>
    <message>
        <source>Browse for the file</source>
        <translation>Bla gjennom for å finne fila</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Finn automatisk</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>S&amp;kiljeteikn:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Teiknkoding:</translation>
    </message>
    <message>
        <source>Students of</source>
        <translation>Studentar ved</translation>
    </message>
    <message>
        <source>the school (a new name creates it)</source>
        <translation>utdanningsinstitusjonen (eit nytt namn opprettar han)</translation>
    </message>
    <message>
        <source>&amp;School:</source>
        <translation>&amp;Utdanningsinstitusjon:</translation>
    </message>
    <message>
        <source>for rows without a programme (optional)</source>
        <translation>for rader utan studieprogram (valfritt)</translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation>&amp;Studieprogram:</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>Vel ei CSV-fil</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-filer (*.csv *.txt);;Alle filer (*)</translation>
    </message>
    <message numerus="yes">
        <source>Read as %1, %2: %n data row(s).</source>
        <translation>
            <numerusform>Lese inn som %1, %2: %n datarad.</numerusform>
            <numerusform>Lese inn som %1, %2: %n datarader.</numerusform>
        </translation>
    </message>
    <message>
        <source>The columns are those of %1.</source>
        <translation>Kolonnane passar til %1.</translation>
    </message>
    <message>
        <source>The columns do not match any register: choose the register above.</source>
        <translation>Kolonnane passar ikkje til noko register: vel registeret ovanfor.</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>Kople kolonnane til felt</translation>
    </message>
    <message>
        <source>Each column of the file and the field it fills. Columns are matched by their Norwegian or English name; choose another field, or “not imported”, where the match is wrong.</source>
        <translation>Kvar kolonne i fila og feltet ho fyller. Kolonnane blir kopla etter det norske eller engelske namnet; vel eit anna felt, eller «blir ikkje importert», der koplinga er feil.</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Kolonnane i fila</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolonne i fila</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Første verdi</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Blir importert som</translation>
    </message>
    <message>
        <source>Field for column %1 (%2)</source>
        <translation>Felt for kolonne %1 (%2)</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— blir ikkje importert —</translation>
    </message>
    <message>
        <source>%1 (%2, required)</source>
        <translation>%1 (%2, påkravd)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not imported: %1.</source>
        <translation>Blir ikkje importert: %1.</translation>
    </message>
    <message>
        <source>Check what will change</source>
        <translation>Kontroller kva som blir endra</translation>
    </message>
    <message>
        <source>Every row of the file, compared with the plan. Nothing is written until you press Import, and Edit ▸ Undo takes the whole import back.</source>
        <translation>Kvar rad i fila, samanlikna med planen. Ingenting blir skrive før du trykkjer Importer, og Rediger ▸ Angre tek heile importen tilbake.</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Alle rader</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Vis:</translation>
    </message>
    <message>
        <source>&amp;Read the file again</source>
        <translation>&amp;Les fila på nytt</translation>
    </message>
    <message>
        <source>After correcting the file in another program</source>
        <translation>Etter at du har retta fila i eit anna program</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Rader i fila</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Feil</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Fila kunne ikkje lesast.</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 changed, %4 unchanged.</source>
        <translation>%1: %2 nye, %3 endra, %4 uendra.</translation>
    </message>
    <message>
        <source>Columns not imported: %1.</source>
        <translation>Kolonnar som ikkje blir importerte: %1.</translation>
    </message>
    <message>
        <source>Nothing to import: the plan already has these %1 as in the file.</source>
        <translation>Ingenting å importere: planen har allereie desse %1 slik dei står i fila.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have errors.</source>
        <translation>
            <numerusform>%n rad har feil.</numerusform>
            <numerusform>%n rader har feil.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file has %n error(s).</source>
        <translation>
            <numerusform>Fila har %n feil.</numerusform>
            <numerusform>Fila har %n feil.</numerusform>
        </translation>
    </message>
    <message>
        <source>An import is all or nothing: correct the file, then press “Read the file again”. Nothing has been imported.</source>
        <translation>Ein import er alt eller ingenting: rett fila, og trykk deretter «Les fila på nytt». Ingenting er importert.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importerer %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Ingenting vart importert</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 changed, %4 already up to date.</source>
        <translation>%1: %2 lagde til, %3 endra, %4 var allereie oppdaterte.</translation>
    </message>
    <message>
        <source>Edit ▸ Undo takes the whole import of %1 back in one step.</source>
        <translation>Rediger ▸ Angre tek heile importen av %1 tilbake i eitt steg.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importert</translation>
    </message>
    <message>
        <source>The plan has been updated.</source>
        <translation>Planen er oppdatert.</translation>
    </message>
    <message numerus="yes">
        <source>Warning: %n student(s) will have no programme, and the planner only plans the students of a period&apos;s programmes. Give the programme for rows without one on the first page, or add a column “Studieprogram” to the file.</source>
        <translation>
            <numerusform>Åtvaring: %n student får ikkje noko studieprogram, og planleggaren planlegg berre studentar i studieprogramma som er med i ein praksisperiode. Skriv inn studieprogrammet for rader utan studieprogram på første sida, eller legg til kolonnen «Studieprogram» i fila.</numerusform>
            <numerusform>Åtvaring: %n studentar får ikkje noko studieprogram, og planleggaren planlegg berre studentar i studieprogramma som er med i ein praksisperiode. Skriv inn studieprogrammet for rader utan studieprogram på første sida, eller legg til kolonnen «Studieprogram» i fila.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>praksis::Importer</name>
    <message>
        <source>First name</source>
        <translation>Førenamn</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Etternamn</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>Studentnummer</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Utdanningsinstitusjon</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Studieprogram</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Kull</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Avdeling</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Municipality number</source>
        <translation>Kommunenummer</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapasitet</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Praksisstad</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Yrke</translation>
    </message>
    <message>
        <source>Supervision training</source>
        <translation>Rettleiarutdanning</translation>
    </message>
    <message>
        <source>Max students</source>
        <translation>Maks. studentar</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slutt</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>Timar per veke</translation>
    </message>
    <message>
        <source>Site kinds</source>
        <translation>Typar praksisstad</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Choice 1</source>
        <translation>Ønske 1</translation>
    </message>
    <message>
        <source>Choice 2</source>
        <translation>Ønske 2</translation>
    </message>
    <message>
        <source>Choice 3</source>
        <translation>Ønske 3</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Ikkje aktuelt (inhabil)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grunngiving</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Studentar</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Praksisstader</translation>
    </message>
    <message>
        <source>Supervisors</source>
        <translation>Praksisrettleiarar</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Praksisperiodar</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Ønske</translation>
    </message>
    <message>
        <source>1 row has errors. Nothing was imported.</source>
        <translation>1 rad har feil. Ingenting vart importert.</translation>
    </message>
    <message>
        <source>%1 rows have errors. Nothing was imported.</source>
        <translation>%1 rader har feil. Ingenting vart importert.</translation>
    </message>
    <message>
        <source>The file has errors. Nothing was imported.</source>
        <translation>Fila har feil. Ingenting vart importert.</translation>
    </message>
    <message>
        <source>Line %1, column %2 (%3): %4</source>
        <translation>Linje %1, kolonne %2 (%3): %4</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Linje %1, kolonne %2: %3</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Linje %1: %2</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>linje %1</translation>
    </message>
    <message>
        <source>Students are imported for one school: name the school (on the command line: --school NAME).</source>
        <translation>Studentar blir importerte for éin utdanningsinstitusjon om gongen: vel utdanningsinstitusjonen (på kommandolinja: --school NAME).</translation>
    </message>
    <message>
        <source>The student number “%1” is on %2 already.</source>
        <translation>Studentnummeret «%1» står allereie på %2.</translation>
    </message>
    <message>
        <source>The site “%1” is on %2 already.</source>
        <translation>Praksisstaden «%1» står allereie på %2.</translation>
    </message>
    <message>
        <source>“%1” must be ja or nei (yes or no), or the year the training was taken; “%2” is neither.</source>
        <translation>«%1» må vere ja eller nei, eller året rettleiarutdanninga vart teken; «%2» er ingen av delane.</translation>
    </message>
    <message>
        <source>%1 at “%2” is on %3 already.</source>
        <translation>%1 ved «%2» står allereie på %3.</translation>
    </message>
    <message>
        <source>“%1” is not a site kind. Write site kinds separated by |, each one of: %2.</source>
        <translation>«%1» er ikkje ein type praksisstad. Skriv typane skilde med |, kvar av dei éin av: %2.</translation>
    </message>
    <message>
        <source>The period “%1” with “%2” of “%3” is on %4 already.</source>
        <translation>Perioden «%1» med «%2» ved «%3» står allereie på %4.</translation>
    </message>
    <message>
        <source>The period “%1” has another “%2” on %3.</source>
        <translation>Perioden «%1» har ein annan verdi for «%2» på %3.</translation>
    </message>
    <message>
        <source>There is no school “%1”.</source>
        <translation>Utdanningsinstitusjonen «%1» finst ikkje.</translation>
    </message>
    <message>
        <source>“%1” has no student with the number “%2”. Import the students first.</source>
        <translation>«%1» har ingen student med nummeret «%2». Importer studentane først.</translation>
    </message>
    <message>
        <source>There is no period “%1”. Import the periods first.</source>
        <translation>Perioden «%1» finst ikkje. Importer periodane først.</translation>
    </message>
    <message>
        <source>The site “%1” is chosen twice.</source>
        <translation>Praksisstaden «%1» er ønskt to gonger.</translation>
    </message>
    <message>
        <source>The site “%1” is both chosen and excluded.</source>
        <translation>Praksisstaden «%1» er både ønskt og markert som ikkje aktuell.</translation>
    </message>
    <message>
        <source>The student “%1” has choices for “%2” on %3 already.</source>
        <translation>Studenten «%1» har allereie ønske for «%2» på %3.</translation>
    </message>
    <message>
        <source>The school “%1” was created as “%2” (%3), inferred from its name.</source>
        <translation>Utdanningsinstitusjonen «%1» vart oppretta som «%2» (%3), ut frå namnet.</translation>
    </message>
    <message>
        <source>The school “%1” is new and will be created as “%2” (%3), inferred from its name.</source>
        <translation>Utdanningsinstitusjonen «%1» er ny og blir oppretta som «%2» (%3), ut frå namnet.</translation>
    </message>
    <message>
        <source>The programme “%1” was created as “%2” (%3), inferred from its name.</source>
        <translation>Studieprogrammet «%1» vart oppretta som «%2» (%3), ut frå namnet.</translation>
    </message>
    <message>
        <source>The programme “%1” is new and will be created as “%2” (%3), inferred from its name.</source>
        <translation>Studieprogrammet «%1» er nytt og blir oppretta som «%2» (%3), ut frå namnet.</translation>
    </message>
    <message>
        <source>There are %1 sites named “%2” (%3): write “name / unit” to say which.</source>
        <translation>Det finst %1 praksisstader som heiter «%2» (%3): skriv «namn / avdeling» for å seie kva for ein du meiner.</translation>
    </message>
    <message>
        <source>There is no site “%1”. Check the spelling, or import the sites first.</source>
        <translation>Praksisstaden «%1» finst ikkje. Kontroller stavemåten, eller importer praksisstadene først.</translation>
    </message>
    <message>
        <source>The register has no field “%1”.</source>
        <translation>Registeret har ikkje feltet «%1».</translation>
    </message>
    <message>
        <source>Columns %1 (%2) and %3 (%4) both hold “%5”. Remove one of them or map it to no field.</source>
        <translation>Kolonne %1 (%2) og %3 (%4) inneheld begge «%5». Fjern ein av dei, eller la den eine ikkje vere knytt til noko felt.</translation>
    </message>
    <message>
        <source>The column “%1” (“%2”) is missing. The columns found are: %3.</source>
        <translation>Kolonnen «%1» («%2») manglar. Kolonnane som vart funne, er: %3.</translation>
    </message>
    <message>
        <source>This line has %1 fields but the header row has %2. Is there a “%3” inside a value that is not in quotation marks?</source>
        <translation>Denne linja har %1 felt, men overskriftsrada har %2. Står det eit «%3» inne i ein verdi som ikkje står i hermeteikn?</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulator</translation>
    </message>
    <message>
        <source>“%1” is empty. Write one of: %2.</source>
        <translation>«%1» manglar. Skriv éin av: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a known %2. Write one of: %3.</source>
        <translation>«%1» er ikkje ein kjend %2. Skriv éin av: %3.</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was imported.</source>
        <translation>Importen vart avbroten. Ingenting vart importert.</translation>
    </message>
    <message>
        <source>The file has a header row but no data.</source>
        <translation>Fila har ei overskriftsrad, men ingen data.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Ingenting vart importert.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Kolonne %1</translation>
    </message>
    <message>
        <source>This line separates its values with “%1”, but the file uses “%2”. Use one delimiter in the whole file.</source>
        <translation>Denne linja skil verdiane med «%1», men fila brukar «%2». Bruk same skiljeteikn i heile fila.</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <source>End reason</source>
        <translation>Sluttårsak</translation>
    </message>
    <message>
        <source>Hire</source>
        <translation>Nytilsett</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>New hires</source>
        <translation>Nytilsette</translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation>Mentorar</translation>
    </message>
    <message>
        <source>“%1” needs an end date: she has left only when “%2” says when.</source>
        <translation>«%1» krev ein sluttdato: ho har slutta berre når «%2» seier når.</translation>
    </message>
    <message>
        <source>“%1” links her to a student record only with “%2”.</source>
        <translation>«%1» koplar henne til ei studentoppføring berre saman med «%2».</translation>
    </message>
    <message>
        <source>“%1” has no student with the number “%2”.</source>
        <translation>«%1» har ingen student med nummeret «%2».</translation>
    </message>
    <message>
        <source>%1 starting at “%2” on %3 is on line %4 already.</source>
        <translation>%1 med start ved «%2» %3 står alt på linje %4.</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>frå %1</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>rettleiar</translation>
    </message>
    <message>
        <source>There is no new hire “%1”. Import the hires first.</source>
        <translation>Det finst ingen nytilsett «%1». Importer dei nytilsette først.</translation>
    </message>
    <message>
        <source>“%1” names more than one new hire: %2. Give her e-mail, or the start of the mentorship while she has only one of them.</source>
        <translation>«%1» viser til meir enn éin nytilsett: %2. Oppgi e-postadressa hennar, eller starten på mentorordninga medan ho berre har éin av dei.</translation>
    </message>
    <message>
        <source>There is no supervisor or other new hire “%1” to be the mentor.</source>
        <translation>Det finst ingen rettleiar eller annan nytilsett «%1» som kan vere mentor.</translation>
    </message>
    <message>
        <source>“%1” names more than one possible mentor: %2. Give the mentor&apos;s e-mail.</source>
        <translation>«%1» viser til meir enn éin mogleg mentor: %2. Oppgi e-postadressa til mentoren.</translation>
    </message>
    <message>
        <source>The mentorship of %1 from %2 is on line %3 already.</source>
        <translation>Mentorordninga for %1 frå %2 står alt på linje %3.</translation>
    </message>
</context>
<context>
    <name>praksis::Kinds</name>
    <message>
        <source>Upper secondary school</source>
        <translation>Vidaregåande skule</translation>
    </message>
    <message>
        <source>Vocational college</source>
        <translation>Fagskule</translation>
    </message>
    <message>
        <source>University college</source>
        <translation>Høgskule</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Universitet</translation>
    </message>
    <message>
        <source>Nursing (bachelor)</source>
        <translation>Sjukepleie (bachelor)</translation>
    </message>
    <message>
        <source>Health worker (Vg2)</source>
        <translation>Helsefagarbeidar (Vg2)</translation>
    </message>
    <message>
        <source>Health worker apprentice</source>
        <translation>Lærling i helsearbeidarfaget</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anna</translation>
    </message>
    <message>
        <source>Nursing home</source>
        <translation>Sjukeheim</translation>
    </message>
    <message>
        <source>Home care</source>
        <translation>Heimeteneste</translation>
    </message>
    <message>
        <source>Mental health and substance use</source>
        <translation>Psykisk helse og rus</translation>
    </message>
    <message>
        <source>Habilitation</source>
        <translation>Habilitering</translation>
    </message>
    <message>
        <source>Intermediate care unit</source>
        <translation>Helsehus</translation>
    </message>
    <message>
        <source>Out-of-hours clinic</source>
        <translation>Legevakt</translation>
    </message>
    <message>
        <source>Child health clinic</source>
        <translation>Helsestasjon</translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation>Sjukepleiar</translation>
    </message>
    <message>
        <source>Health worker</source>
        <translation>Helsefagarbeidar</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlagd</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Stadfesta</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Fullført</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avlyst</translation>
    </message>
    <message>
        <source>Expectations meeting</source>
        <translation>Forventningssamtale</translation>
    </message>
    <message>
        <source>Midway assessment</source>
        <translation>Midtvegsvurdering</translation>
    </message>
    <message>
        <source>Final assessment</source>
        <translation>Sluttvurdering</translation>
    </message>
    <message>
        <source>Half-year assessment</source>
        <translation>Halvårsvurdering</translation>
    </message>
    <message>
        <source>Unit leader</source>
        <translation>Leiar</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Praksisrettleiar</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>School contact teacher</source>
        <translation>Kontaktlærar</translation>
    </message>
    <message>
        <source>Illness</source>
        <translation>Sjukdom</translation>
    </message>
    <message>
        <source>Sick child</source>
        <translation>Sjukt barn</translation>
    </message>
    <message>
        <source>Welfare leave</source>
        <translation>Velferdspermisjon</translation>
    </message>
    <message>
        <source>Leave of absence</source>
        <translation>Permisjon</translation>
    </message>
    <message>
        <source>Permanent post</source>
        <translation>Fast stilling</translation>
    </message>
    <message>
        <source>Temporary post</source>
        <translation>Vikariat</translation>
    </message>
    <message>
        <source>Summer temp</source>
        <translation>Sommarvikar</translation>
    </message>
    <message>
        <source>Another post in the municipality</source>
        <translation>Anna stilling i kommunen</translation>
    </message>
    <message>
        <source>Another employer</source>
        <translation>Annan arbeidsgivar</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Utdanning</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>Flytting</translation>
    </message>
</context>
<context>
    <name>praksis::LinkSuggestionsWidget</name>
    <message>
        <source>Student records the new hires may have been</source>
        <translation>Studentpostar dei nytilsette kan ha vore</translation>
    </message>
    <message>
        <source>New hire</source>
        <translation>Nytilsett</translation>
    </message>
    <message>
        <source>Student record</source>
        <translation>Studentpost</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Kvifor</translation>
    </message>
    <message>
        <source>Was a student</source>
        <translation>Var student</translation>
    </message>
    <message>
        <source>&amp;Link the checked</source>
        <translation>&amp;Kopla dei avkryssa</translation>
    </message>
    <message>
        <source>Links each checked new hire to the student record in her row, in one step that Edit ▸ Undo takes back. Only when you know it is her.</source>
        <translation>Koplar kvar avkryssa nytilsett til studentposten i rada hennar, i eitt steg som Rediger ▸ Angre tek tilbake. Berre når du veit at det er henne.</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>(no placement here)</source>
        <translation>(ingen praksis her)</translation>
    </message>
    <message>
        <source>Line %1 of the file</source>
        <translation>Linje %1 i fila</translation>
    </message>
    <message>
        <source>No new hire of this import is left to link to a student record.</source>
        <translation>Ingen nytilsette frå denne importen står att å kopla til ein studentpost.</translation>
    </message>
    <message numerus="yes">
        <source>%n new hire(s) may have been students here: the plan has student records with the same name or e-mail. Check the record that is hers where you know it, then press “Link the checked”. Nothing is linked without you; what you leave is suggested again in each hire’s window.</source>
        <translation>
            <numerusform>%n nytilsett kan ha vore student her: planen har studentpostar med same namn eller e-post. Kryss av posten som er hennar der du veit det, og trykk «Kopla dei avkryssa». Ingenting blir kopla utan deg; det du lèt stå, blir føreslått igjen i vindauget til den nytilsette.</numerusform>
            <numerusform>%n nytilsette kan ha vore studentar her: planen har studentpostar med same namn eller e-post. Kryss av posten som er hennar der du veit det, og trykk «Kopla dei avkryssa». Ingenting blir kopla utan deg; det du lèt stå, blir føreslått igjen i vindauget til kvar nytilsett.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Link %n new hire(s) to their student record</source>
        <translation>
            <numerusform>Kopla %n nytilsett til studentposten sin</numerusform>
            <numerusform>Kopla %n nytilsette til studentpostane sine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new hire(s) linked to their student record. Edit ▸ Undo takes the links back.</source>
        <translation>
            <numerusform>%n nytilsett kopla til studentposten sin. Rediger ▸ Angre tek koplinga tilbake.</numerusform>
            <numerusform>%n nytilsette kopla til studentpostane sine. Rediger ▸ Angre tek koplingane tilbake.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was linked: %1</source>
        <translation>Ingenting vart kopla: %1</translation>
    </message>
</context>
<context>
    <name>praksis::MainWindow</name>
    <message>
        <source>Overview</source>
        <translation>Oversikt</translation>
    </message>
    <message>
        <source>Planner</source>
        <translation>Planleggar</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Praksisplassar</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Studentar</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Skular</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Praksisstader</translation>
    </message>
    <message>
        <source>Supervisors</source>
        <translation>Praksisrettleiarar</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Praksisperiodar</translation>
    </message>
    <message>
        <source>Welcome template</source>
        <translation>Velkomstmal</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapportar</translation>
    </message>
    <message>
        <source>Plans (*.%1);;All files (*)</source>
        <translation>Planar (*.%1);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Sider</translation>
    </message>
    <message>
        <source>No plan is open. Use File ▸ New plan… or File ▸ Open…</source>
        <translation>Ingen plan er open. Vel Fil ▸ Ny plan… eller Fil ▸ Opne…</translation>
    </message>
    <message>
        <source>The change could not be made</source>
        <translation>Endringa kunne ikkje gjerast</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;New plan…</source>
        <translation>&amp;Ny plan…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Opne…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ny&amp;leg opna</translation>
    </message>
    <message>
        <source>Open &amp;demo plan…</source>
        <translation>Opne &amp;demoplan…</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Lagre ein &amp;kopi…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Inn&amp;stillingar…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gjer om</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Finn…</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Verktøylinje</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Search this page…</source>
        <translation>Søk på denne sida…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>Show &amp;toolbar</source>
        <translation>Vis &amp;verktøylinje</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>&amp;Previous period</source>
        <translation>&amp;Førre periode</translation>
    </message>
    <message>
        <source>&amp;Next period</source>
        <translation>&amp;Neste periode</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>&amp;About Praksisplan</source>
        <translation>&amp;Om Praksisplan</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Om &amp;Qt</translation>
    </message>
    <message>
        <source>The plan could not be opened</source>
        <translation>Planen kunne ikkje opnast</translation>
    </message>
    <message>
        <source>%1 — Praksisplan</source>
        <translation>%1 — Praksisplan</translation>
    </message>
    <message>
        <source>Praksisplan</source>
        <translation>Praksisplan</translation>
    </message>
    <message>
        <source>(no periods yet)</source>
        <translation>(ingen periodar enno)</translation>
    </message>
    <message>
        <source>No plan open</source>
        <translation>Ingen plan er open</translation>
    </message>
    <message>
        <source>%1 students</source>
        <translation>%1 studentar</translation>
    </message>
    <message>
        <source>%1 placements in this period</source>
        <translation>%1 praksisplassar i denne perioden</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>Ny plan</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose another name, or open it with File ▸ Open….</source>
        <translation>«%1» finst allereie. Vel eit anna namn, eller opne han med Fil ▸ Opne….</translation>
    </message>
    <message>
        <source>Open a plan</source>
        <translation>Opne ein plan</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Lagre ein kopi</translation>
    </message>
    <message>
        <source> (copy).</source>
        <translation> (kopi).</translation>
    </message>
    <message>
        <source>Choose another file than the open plan.</source>
        <translation>Vel ei anna fil enn planen som er open.</translation>
    </message>
    <message>
        <source>“%1” could not be replaced.</source>
        <translation>«%1» kunne ikkje erstattast.</translation>
    </message>
    <message>
        <source>The copy was not saved</source>
        <translation>Kopien vart ikkje lagra</translation>
    </message>
    <message>
        <source>Copy saved as %1</source>
        <translation>Kopien er lagra som %1</translation>
    </message>
    <message>
        <source>About Praksisplan</source>
        <translation>Om Praksisplan</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Praksisplan %1&lt;/h3&gt;&lt;p&gt;Plans practice placements in municipal health and care services: schools, students, sites, supervisors, periods and welcome checklists.&lt;/p&gt;&lt;p&gt;Icons: Lucide (ISC licence).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Praksisplan %1&lt;/h3&gt;&lt;p&gt;Planlegg praksisplassar i kommunale helse- og omsorgstenester: utdanningsinstitusjonar, studentar, praksisstader, praksisrettleiarar, praksisperiodar og sjekklister for velkomst.&lt;/p&gt;&lt;p&gt;Ikon: Lucide (ISC-lisens).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Restart Praksisplan</source>
        <translation>Start Praksisplan på nytt</translation>
    </message>
    <message>
        <source>The new interface language is used when Praksisplan starts again. Everything is saved. Restart now?</source>
        <translation>Det nye språket i programmet blir teke i bruk når Praksisplan startar på nytt. Alt er lagra. Vil du starte på nytt no?</translation>
    </message>
    <message>
        <source>&amp;Welcome letters…</source>
        <translation>&amp;Velkomstbrev…</translation>
    </message>
    <message>
        <source>Demo plan</source>
        <translation>Demoplan</translation>
    </message>
    <message>
        <source>How many students should the demo plan have?
(sites, supervisors and placements follow from it)</source>
        <translation>Kor mange studentar skal demoplanen ha?
(praksisstader, praksisrettleiarar og praksisplassar blir tilpassa talet)</translation>
    </message>
    <message>
        <source>Save the demo plan as</source>
        <translation>Lagre demoplanen som</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose another name for the demo plan.</source>
        <translation>«%1» finst allereie. Vel eit anna namn på demoplanen.</translation>
    </message>
    <message>
        <source>Generating the demo plan…</source>
        <translation>Lagar demoplanen…</translation>
    </message>
    <message>
        <source>The demo plan could not be made</source>
        <translation>Demoplanen kunne ikkje lagast</translation>
    </message>
    <message>
        <source>From a &amp;CSV file…</source>
        <translation>Frå ei &amp;CSV-fil…</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Change &amp;log…</source>
        <translation>&amp;Endringslogg…</translation>
    </message>
    <message>
        <source>Remove &amp;old student records…</source>
        <translation>Fjern &amp;gamle studentopplysningar…</translation>
    </message>
    <message>
        <source>The plan was brought up to date for this version of Praksisplan. A copy of it as it was is kept in “%1”.</source>
        <translation>Planen er oppdatert til denne versjonen av Praksisplan. Ein kopi av planen slik han var, ligg i «%1».</translation>
    </message>
    <message>
        <source>Plan &amp;automatically…</source>
        <translation>Planlegg &amp;automatisk …</translation>
    </message>
    <message>
        <source>Plan the students of the chosen period not yet placed, and show the plan before anything changes</source>
        <translation>Planlegg studentane i den valde perioden som ikkje har praksisplass enno, og vis planen før noko vert endra</translation>
    </message>
    <message>
        <source>Automatic planning</source>
        <translation>Automatisk planlegging</translation>
    </message>
    <message>
        <source>There is no period to plan yet. Add one on the Periods page, then choose it in the toolbar.</source>
        <translation>Det finst ingen periode å planleggje enno. Legg til ein på sida Periodar, og vel han i verktøylinja.</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Brukarrettleiing</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Snøggtastar</translation>
    </message>
    <message>
        <source>Search this page</source>
        <translation>Søk på denne sida</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konfliktar</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) in this period</source>
        <translation>
            <numerusform>%n konflikt i denne praksisperioden</numerusform>
            <numerusform>%n konfliktar i denne praksisperioden</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts in this period</source>
        <translation>Ingen konfliktar i denne praksisperioden</translation>
    </message>
    <message>
        <source>New hires</source>
        <translation>Nytilsette</translation>
    </message>
    <message>
        <source>Conversation guide</source>
        <translation>Samtaleguide</translation>
    </message>
    <message>
        <source>The whole file is checked before the plan opens, so that a damaged file is never read. On a big plan this takes a moment.</source>
        <translation>Heile fila blir kontrollert før planen blir opna, slik at ei skadd fil aldri blir lesen. På ein stor plan tek det eit augeblikk.</translation>
    </message>
    <message>
        <source>Checking the plan</source>
        <translation>Kontrollerer planen</translation>
    </message>
    <message>
        <source>Stop the check; the plan is not opened (Esc)</source>
        <translation>Stopp kontrollen; planen blir ikkje opna (Esc)</translation>
    </message>
    <message>
        <source>Checking “%1”…</source>
        <translation>Kontrollerer «%1»…</translation>
    </message>
    <message>
        <source>Looking for conflicts…</source>
        <translation>Ser etter konfliktar…</translation>
    </message>
</context>
<context>
    <name>praksis::MeetingRepository</name>
    <message>
        <source>There is no assessment meeting with id %1.</source>
        <translation>Det finst ingen vurderingssamtale med id %1.</translation>
    </message>
    <message>
        <source>The date the meeting was held is not a date.</source>
        <translation>Datoen samtalen vart halden, er ikkje ein gyldig dato.</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Halden</translation>
    </message>
    <message>
        <source>The planned date of the meeting is not a date.</source>
        <translation>Den planlagde datoen for samtalen er ikkje ein gyldig dato.</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlagd</translation>
    </message>
</context>
<context>
    <name>praksis::MeetingTableModel</name>
    <message>
        <source>Held</source>
        <translation>Halden</translation>
    </message>
    <message>
        <source>Proposed, not planned (date passed)</source>
        <translation>Føreslått, ikkje planlagd (datoen er passert)</translation>
    </message>
    <message>
        <source>Proposed, not planned yet</source>
        <translation>Føreslått, ikkje planlagd enno</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Forfallen</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Frist denne veka</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlagd</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>innan %1</translation>
    </message>
    <message>
        <source>Proposed from the placement&apos;s dates. Edit its date, hold it, or plan all proposed meetings to keep it.</source>
        <translation>Føreslått ut frå datoane for praksisplassen. Endre datoen, registrer samtalen som halden, eller planlegg alle føreslåtte samtalar for å behalde han.</translation>
    </message>
    <message>
        <source>No planned date: due by %1.</source>
        <translation>Ingen planlagd dato: frist %1.</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Samtale</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltakarar</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>praksis::MentorFolder</name>
    <message>
        <source>The new hire %1 does not exist.</source>
        <translation>Den nytilsette %1 finst ikkje.</translation>
    </message>
    <message>
        <source>Mentor folder – %1</source>
        <translation>Mentormappe – %1</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Skrive ut %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Side %1 av %2</translation>
    </message>
    <message>
        <source>Conversations (continued)</source>
        <translation>Samtalar (framhald)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlagd</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Veke</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Halden den</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Samtalar</translation>
    </message>
    <message>
        <source>The conversations follow the Trondheim model: every week in the first month, every other week in months 2 and 3, and once a month until month 12 (in a second year as needed). Tick each one off when it has been held; what you talk about stays between the two of you.</source>
        <translation>Samtalane følgjer Trondheim-modellen: kvar veke den første månaden, annakvar veke i månad 2 og 3, og éin gong i månaden fram til månad 12 (det andre året ved behov). Kryss av kvar samtale når han er halden; det de snakkar om, blir mellom dykk to.</translation>
    </message>
    <message>
        <source>No conversations are planned yet.</source>
        <translation>Ingen samtalar er planlagde enno.</translation>
    </message>
    <message>
        <source>week %1</source>
        <translation>veke %1</translation>
    </message>
    <message>
        <source>Conversation guide</source>
        <translation>Samtaleguide</translation>
    </message>
    <message>
        <source>Questions to start from. Take what matters now: one topic may fill a conversation, and not every question needs an answer.</source>
        <translation>Spørsmål å ta utgangspunkt i. Ta det som er viktig no: eitt tema kan fylle ein heil samtale, og ikkje alle spørsmål treng eit svar.</translation>
    </message>
    <message>
        <source>The plan has no conversation guide.</source>
        <translation>Planen har ingen samtaleguide.</translation>
    </message>
    <message>
        <source>Mentor folder</source>
        <translation>Mentormappe</translation>
    </message>
    <message>
        <source>New hire</source>
        <translation>Nytilsett</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Praksisstad</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Probation ends</source>
        <translation>Prøvetida sluttar</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Mentorship</source>
        <translation>Mentorordning</translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2 (%n months)</source>
        <translation>
            <numerusform>%1 – %2 (%n månad)</numerusform>
            <numerusform>%1 – %2 (%n månader)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not assigned yet</source>
        <translation>Ikkje tildelt enno</translation>
    </message>
    <message>
        <source>Documents can only be made by a program with a QGuiApplication.</source>
        <translation>Dokument kan berre lagast av eit program med QGuiApplication.</translation>
    </message>
    <message>
        <source>The document could not be started.</source>
        <translation>Dokumentet kunne ikkje opprettast.</translation>
    </message>
    <message>
        <source>Mentor folder %1</source>
        <translation>Mentormappe %1</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>«%1» kunne ikkje skrivast: %2</translation>
    </message>
</context>
<context>
    <name>praksis::MentorFollowUp</name>
    <message>
        <source>Mentor conversation %1 of %2 (mentor %3) at %4 was planned for %5 and has not been held.</source>
        <translation>Mentorsamtale %1 med %2 (mentor %3) ved %4 var planlagd %5 og er ikkje halden.</translation>
    </message>
</context>
<context>
    <name>praksis::MentorRepository</name>
    <message>
        <source>There is no mentorship with id %1.</source>
        <translation>Det finst inga mentorordning med id %1.</translation>
    </message>
    <message>
        <source>The mentor of mentorship %1 does not exist.</source>
        <translation>Mentoren i mentorordning %1 finst ikkje.</translation>
    </message>
    <message>
        <source>New hire %1 does not exist.</source>
        <translation>Nytilsett %1 finst ikkje.</translation>
    </message>
    <message>
        <source>New hire</source>
        <translation>Nytilsett</translation>
    </message>
    <message>
        <source>The mentor of %1 must be either a supervisor or another new hire.</source>
        <translation>Mentoren til %1 må vere anten ein praksisrettleiar eller ein annan nytilsett.</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>%1 cannot be her own mentor.</source>
        <translation>%1 kan ikkje vere sin eigen mentor.</translation>
    </message>
    <message>
        <source>Supervisor %1 does not exist.</source>
        <translation>Praksisrettleiar %1 finst ikkje.</translation>
    </message>
    <message>
        <source>The mentorship of %1 has no start date.</source>
        <translation>Mentorordninga til %1 har ingen startdato.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>The mentorship of %1 starts on %2, before she starts on %3.</source>
        <translation>Mentorordninga til %1 startar %2, før ho byrjar %3.</translation>
    </message>
    <message>
        <source>The mentorship of %1 starts on %2, after she left on %3.</source>
        <translation>Mentorordninga til %1 startar %2, etter at ho slutta %3.</translation>
    </message>
    <message>
        <source>A mentorship lasts 1 to %1 months, not %2.</source>
        <translation>Ei mentorordning varer 1 til %1 månader, ikkje %2.</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Månader</translation>
    </message>
    <message>
        <source>The end of the mentorship of %1 is not a date.</source>
        <translation>Slutten på mentorordninga til %1 er ikkje ein dato.</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Avslutta</translation>
    </message>
    <message>
        <source>%1 already has a mentor (%2) from %3 to %4.</source>
        <translation>%1 har allereie ein mentor (%2) frå %3 til %4.</translation>
    </message>
    <message>
        <source>There is already a mentorship with id %1.</source>
        <translation>Det finst allereie ei mentorordning med id %1.</translation>
    </message>
    <message>
        <source>A mentorship cannot move to another new hire.</source>
        <translation>Ei mentorordning kan ikkje flyttast til ein annan nytilsett.</translation>
    </message>
    <message>
        <source>The mentorship of %1 (mentor %2)</source>
        <translation>Mentorordninga til %1 (mentor %2)</translation>
    </message>
    <message>
        <source>There is no mentor conversation with id %1.</source>
        <translation>Det finst ingen mentorsamtale med id %1.</translation>
    </message>
    <message>
        <source>Mentor conversation %1 has no planned date.</source>
        <translation>Mentorsamtale %1 har ingen planlagd dato.</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlagd</translation>
    </message>
    <message>
        <source>The date mentor conversation %1 was held is not a date.</source>
        <translation>Datoen mentorsamtale %1 vart halden, er ikkje ein dato.</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Halden</translation>
    </message>
    <message>
        <source>Mentor conversation %1 cannot be planned on %2, before the mentorship starts on %3.</source>
        <translation>Mentorsamtale %1 kan ikkje planleggjast %2, før mentorordninga startar %3.</translation>
    </message>
    <message>
        <source>Mentor conversation %1 cannot have been held on %2, before the mentorship started on %3.</source>
        <translation>Mentorsamtale %1 kan ikkje ha vorte halden %2, før mentorordninga starta %3.</translation>
    </message>
</context>
<context>
    <name>praksis::MentorSchedule</name>
    <message>
        <source>Weekly (month 1)</source>
        <translation>Kvar veke (månad 1)</translation>
    </message>
    <message>
        <source>Every other week (months 2–3)</source>
        <translation>Annakvar veke (månad 2–3)</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Kvar månad</translation>
    </message>
</context>
<context>
    <name>praksis::Outcome</name>
    <message>
        <source>The recruitment figures need a start and an end date.</source>
        <translation>Rekrutteringstala treng ein start- og ein sluttdato.</translation>
    </message>
</context>
<context>
    <name>praksis::OutlineEditing</name>
    <message>
        <source>Empty: the Bokmål text is used</source>
        <translation>Tomt: bokmålsteksten blir brukt</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Flytt opp (Alt+Pil opp)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flytt opp</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Flytt ned (Alt+Pil ned)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flytt ned</translation>
    </message>
</context>
<context>
    <name>praksis::OverviewPage</name>
    <message>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>Absence</source>
        <translation>Fråvær</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Samtale</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Praksisstad</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Today %1 (%2)</source>
        <translation>I dag %1 (%2)</translation>
    </message>
    <message>
        <source>Today %1 (%2) · period %3</source>
        <translation>I dag %1 (%2) · periode %3</translation>
    </message>
    <message>
        <source>Students placed per week, by site kind</source>
        <translation>Studentar i praksis per veke, etter type praksisstad</translation>
    </message>
    <message>
        <source>Choose a period to see its occupancy.</source>
        <translation>Vel ein periode for å sjå belegget.</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Veke</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Studentar</translation>
    </message>
    <message>
        <source>No placements in this period yet.</source>
        <translation>Ingen praksisplassar i denne perioden enno.</translation>
    </message>
    <message>
        <source>Placements by status in the period</source>
        <translation>Praksisplassar etter status i perioden</translation>
    </message>
    <message>
        <source>Placements by status</source>
        <translation>Praksisplassar etter status</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No placements yet.</source>
        <translation>Ingen praksisplassar enno.</translation>
    </message>
    <message>
        <source>Period at risk</source>
        <translation>I faresona</translation>
    </message>
    <message>
        <source>To be made up</source>
        <translation>Må takast att</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Feil</translation>
    </message>
    <message>
        <source>Absence alerts (%1)</source>
        <translation>Varsel om fråvær (%1)</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (forfallen)</translation>
    </message>
    <message>
        <source>Meetings due this week or overdue (%1)</source>
        <translation>Samtalar med frist denne veka eller forfalne (%1)</translation>
    </message>
    <message>
        <source>Checklist items due this week (%1)</source>
        <translation>Sjekklistepunkt med frist denne veka (%1)</translation>
    </message>
    <message>
        <source>Checklist items due for</source>
        <translation>Sjekklistepunkt med frist for</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>%1: most in %2 (%3)</source>
        <translation>%1: flest i %2 (%3)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 til %2</translation>
    </message>
    <message>
        <source>f&amp;or:</source>
        <translation>f&amp;or:</translation>
    </message>
    <message>
        <source>(%1, %2 overdue) %3</source>
        <translation>(%1, %2 forfalne) %3</translation>
    </message>
    <message>
        <source>(%1) %2</source>
        <translation>(%1) %2</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlagd</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Samtale</translation>
    </message>
    <message>
        <source>New hire</source>
        <translation>Nytilsett</translation>
    </message>
    <message>
        <source>Mentor conversation %1</source>
        <translation>Mentorsamtale %1</translation>
    </message>
    <message>
        <source>Mentor conversations overdue (%1)</source>
        <translation>Forfalne mentorsamtalar (%1)</translation>
    </message>
    <message>
        <source>%1 more groups with %2 entries: show the next %3…</source>
        <translation>%1 grupper til med %2 oppføringar: vis dei neste %3 …</translation>
    </message>
</context>
<context>
    <name>praksis::PeriodRepository</name>
    <message>
        <source>There is no period with id %1.</source>
        <translation>Det finst ingen periode med id %1.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>The period “%1” has no start date.</source>
        <translation>Perioden «%1» manglar startdato.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>The period “%1” has no end date.</source>
        <translation>Perioden «%1» manglar sluttdato.</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slutt</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>Timar per veke</translation>
    </message>
    <message>
        <source>There is already a period named “%1”.</source>
        <translation>Det finst allereie ein periode som heiter «%1». Vel eit anna namn.</translation>
    </message>
    <message>
        <source>Programme %1 does not exist.</source>
        <translation>Studieprogrammet %1 finst ikkje.</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Studieprogram</translation>
    </message>
    <message>
        <source>Programme %1 is listed more than once.</source>
        <translation>Studieprogrammet %1 står oppført meir enn éin gong.</translation>
    </message>
    <message>
        <source>Site %1 does not exist.</source>
        <translation>Praksisstaden %1 finst ikkje.</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapasitet</translation>
    </message>
    <message>
        <source>Capacity of %1</source>
        <translation>Kapasitet for %1</translation>
    </message>
    <message>
        <source>%1 has more than one capacity in “%2”.</source>
        <translation>%1 har meir enn éin kapasitet i «%2».</translation>
    </message>
    <message>
        <source>There is already a period with id %1.</source>
        <translation>Det finst allereie ein periode med id %1.</translation>
    </message>
    <message>
        <source>The period “%1”</source>
        <translation>Perioden «%1»</translation>
    </message>
    <message>
        <source>There is no site with id %1.</source>
        <translation>Det finst ingen praksisstad med id %1.</translation>
    </message>
</context>
<context>
    <name>praksis::PeriodsPage</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slutt</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>Timar per veke</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Studieprogram</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Praksisplassar</translation>
    </message>
    <message>
        <source>%1 of %2 periods shown</source>
        <translation>%1 av %2 periodar blir viste</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>the period %1</source>
        <translation>perioden %1</translation>
    </message>
    <message>
        <source>Delete period %1</source>
        <translation>Slett perioden %1</translation>
    </message>
    <message>
        <source>New period</source>
        <translation>Ny periode</translation>
    </message>
    <message>
        <source>Period %1</source>
        <translation>Perioden %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.åååå</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>S&amp;lutt:</translation>
    </message>
    <message>
        <source>&amp;Hours per week:</source>
        <translation>&amp;Timar per veke:</translation>
    </message>
    <message>
        <source>&amp;Programmes:</source>
        <translation>Studie&amp;program:</translation>
    </message>
    <message>
        <source>Eligible site &amp;kinds:</source>
        <translation>&amp;Aktuelle typar praksisstad:</translation>
    </message>
    <message>
        <source>Choose at least one eligible site kind.</source>
        <translation>Vel minst éin aktuell type praksisstad.</translation>
    </message>
    <message>
        <source>Site kinds</source>
        <translation>Typar praksisstad</translation>
    </message>
    <message>
        <source>Add period %1</source>
        <translation>Legg til perioden %1</translation>
    </message>
    <message>
        <source>Edit period %1</source>
        <translation>Rediger perioden %1</translation>
    </message>
    <message>
        <source>Capacity per site in this period</source>
        <translation>Kapasitet per praksisstad i denne perioden</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Praksisstad</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Denne perioden</translation>
    </message>
    <message>
        <source>Capacity of %1</source>
        <translation>Kapasitet for %1</translation>
    </message>
    <message>
        <source>Capacity per site
(empty: the site&apos;s own):</source>
        <translation>Kapasitet per praksisstad
(tomt: praksisstaden sin eigen):</translation>
    </message>
    <message>
        <source>Period without a programme</source>
        <translation>Praksisperiode utan studieprogram</translation>
    </message>
    <message>
        <source>No programme takes part in the period %1, so it has no students and the planner has nobody to plan. Save it anyway?</source>
        <translation>Ingen studieprogram er med i praksisperioden %1, så han har ingen studentar, og planleggaren har ingen å planleggje. Vil du lagre han likevel?</translation>
    </message>
    <message>
        <source>Placements in the period, not counting cancelled ones (as the status bar counts them)</source>
        <translation>Praksisplassar i perioden, utan dei avlyste (slik statuslinja tel dei)</translation>
    </message>
    <message>
        <source>Sites with own capacity</source>
        <translation>Stader med eigen kapasitet</translation>
    </message>
    <message>
        <source>How many sites take a different number of students in this period than their usual capacity (set in the period&apos;s form, under “Capacity per site”); every other site takes its usual capacity</source>
        <translation>Kor mange praksisstader som tek imot eit anna tal studentar i denne perioden enn den vanlege kapasiteten sin (blir sett i skjemaet for perioden, under «Kapasitet per praksisstad»); alle andre praksisstader tek den vanlege kapasiteten sin</translation>
    </message>
</context>
<context>
    <name>praksis::PlaceDialog</name>
    <message>
        <source>Place %1</source>
        <translation>Plasser %1</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Praksisstad</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Praksisrettleiar</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>Pra&amp;ksisstad:</translation>
    </message>
    <message>
        <source>Su&amp;pervisor:</source>
        <translation>Praksis&amp;rettleiar:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>site name (capacity)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>choice %1</source>
        <translation>ønske %1</translation>
    </message>
    <message>
        <source>excluded (conflict of interest)</source>
        <translation>ikkje aktuelt (inhabil)</translation>
    </message>
    <message>
        <source>not eligible in this period</source>
        <translation>ikkje aktuell i denne perioden</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Ingen enno</translation>
    </message>
    <message>
        <source>She must not be placed at this site (conflict of interest); it will show as a conflict.</source>
        <translation>Studenten skal ikkje ha praksis ved denne praksisstaden (inhabil); det vil visast som ein konflikt.</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 students)</source>
        <translation>%1 (%2 av %3 studentar)</translation>
    </message>
    <message>
        <source>away during the period</source>
        <translation>borte i perioden</translation>
    </message>
</context>
<context>
    <name>praksis::PlacementCalendar</name>
    <message>
        <source>Placement: %1 (%2)</source>
        <translation>Praksis: %1 (%2)</translation>
    </message>
    <message>
        <source>Student: %1, %2</source>
        <translation>Student: %1, %2</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>Praksisstad: %1</translation>
    </message>
    <message>
        <source>Supervisor: %1</source>
        <translation>Praksisrettleiar: %1</translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <translation>ikkje vald enno</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Periode: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>The site does not exist.</source>
        <translation>Praksisstaden finst ikkje.</translation>
    </message>
    <message>
        <source>Placements – %1</source>
        <translation>Praksisplassar – %1</translation>
    </message>
    <message>
        <source>The supervisor does not exist.</source>
        <translation>Praksisrettleiaren finst ikkje.</translation>
    </message>
    <message>
        <source>Placements – %1 %2</source>
        <translation>Praksisplassar – %1 %2</translation>
    </message>
</context>
<context>
    <name>praksis::PlacementDetailDialog</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gjer om</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Praksisplass</translation>
    </message>
    <message>
        <source>Student:</source>
        <translation>Student:</translation>
    </message>
    <message>
        <source>School:</source>
        <translation>Utdanningsinstitusjon:</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Praksisstad:</translation>
    </message>
    <message>
        <source>Supervisor:</source>
        <translation>Praksisrettleiar:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Datoar:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Planned hours:</source>
        <translation>Planlagde timar:</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konfliktar</translation>
    </message>
    <message>
        <source>Welcome checklist</source>
        <translation>Sjekkliste for velkomst</translation>
    </message>
    <message>
        <source>Welcome &amp;checklist…</source>
        <translation>Sjekkliste for &amp;velkomst…</translation>
    </message>
    <message>
        <source>Tick items off, print the welcome letter with the checklist</source>
        <translation>Kryss av punkt, skriv ut velkomstbrevet med sjekklista</translation>
    </message>
    <message>
        <source>Assessment meetings</source>
        <translation>Vurderingssamtalar</translation>
    </message>
    <message>
        <source>Planned &amp;date…</source>
        <translation>Planlagd &amp;dato…</translation>
    </message>
    <message>
        <source>Mark as &amp;held…</source>
        <translation>Registrer som &amp;halden…</translation>
    </message>
    <message>
        <source>&amp;Plan proposed meetings</source>
        <translation>&amp;Planlegg føreslåtte samtalar</translation>
    </message>
    <message>
        <source>Keep the meetings proposed from the placement&apos;s dates as planned meetings.</source>
        <translation>Gjer samtalane som er føreslåtte ut frå datoane for praksisplassen, til planlagde samtalar.</translation>
    </message>
    <message>
        <source>Absence</source>
        <translation>Fråvær</translation>
    </message>
    <message>
        <source>&amp;Add absence…</source>
        <translation>&amp;Legg til fråvær…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Rediger…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>F&amp;jern</translation>
    </message>
    <message>
        <source>Reason as a category only, never health details.</source>
        <translation>Årsak berre som kategori, aldri helseopplysningar.</translation>
    </message>
    <message>
        <source>Placement of %1</source>
        <translation>Praksisplassen til %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 ved %2</translation>
    </message>
    <message>
        <source>%1 (student number %2)</source>
        <translation>%1 (studentnummer %2)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(ingen enno)</translation>
    </message>
    <message>
        <source>%1 to %2 (%3 to %4)</source>
        <translation>%1 til %2 (%3 til %4)</translation>
    </message>
    <message>
        <source>%1 hours: %2 working days at %3 hours a week</source>
        <translation>%1 timar: %2 arbeidsdagar med %3 timar per veke</translation>
    </message>
    <message>
        <source>Rule %1:</source>
        <translation>Regel %1:</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Ingen.</translation>
    </message>
    <message>
        <source>%1 of %2 planned hours absent: %3</source>
        <translation>%1 av %2 planlagde timar fråvær: %3</translation>
    </message>
    <message>
        <source>Period at risk</source>
        <translation>I faresona</translation>
    </message>
    <message>
        <source>(above %1)</source>
        <translation>(over %1)</translation>
    </message>
    <message>
        <source>To be made up</source>
        <translation>Må takast att</translation>
    </message>
    <message>
        <source>Within the limits: above %1 it is to be made up, above %2 the period is at risk.</source>
        <translation>Innanfor grensene: over %1 må fråværet takast att, over %2 er perioden i faresona.</translation>
    </message>
    <message>
        <source>No checklist yet: it is made from the welcome template when you open it.</source>
        <translation>Inga sjekkliste enno: ho blir laga frå velkomstmalen når du opnar ho.</translation>
    </message>
    <message>
        <source>%1 of %2 items done, %3 overdue.</source>
        <translation>%1 av %2 punkt utførte, %3 forfalne.</translation>
    </message>
    <message>
        <source>%1 of %2 items done.</source>
        <translation>%1 av %2 punkt utførte.</translation>
    </message>
    <message>
        <source>The change was not made</source>
        <translation>Endringa vart ikkje gjord</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Timar:</translation>
    </message>
    <message>
        <source>“Hours” must be a number, such as 7.5.</source>
        <translation>«Timar» må vere eit tal, til dømes 7.5.</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timar</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>Å&amp;rsak:</translation>
    </message>
    <message>
        <source>A category only. Never write health details.</source>
        <translation>Berre ein kategori. Skriv aldri helseopplysningar.</translation>
    </message>
    <message>
        <source>Add absence</source>
        <translation>Legg til fråvær</translation>
    </message>
    <message>
        <source>Edit absence</source>
        <translation>Rediger fråvær</translation>
    </message>
    <message>
        <source>Planned date of the %1</source>
        <translation>Planlagd dato for %1</translation>
    </message>
    <message>
        <source>&amp;Planned date:</source>
        <translation>&amp;Planlagd dato:</translation>
    </message>
    <message>
        <source>Planned date</source>
        <translation>Planlagd dato</translation>
    </message>
    <message>
        <source>none: due by %1</source>
        <translation>ingen: frist %1</translation>
    </message>
    <message>
        <source>Plan %1 on %2</source>
        <translation>Planlegg %1 den %2</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>ingen dato</translation>
    </message>
    <message>
        <source>Held: %1</source>
        <translation>Halden: %1</translation>
    </message>
    <message>
        <source>Held &amp;on:</source>
        <translation>H&amp;alden den:</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Halden den</translation>
    </message>
    <message>
        <source>A meeting cannot have been held after today (%1).</source>
        <translation>Ein samtale kan ikkje vere halden etter i dag (%1).</translation>
    </message>
    <message>
        <source>empty: not held</source>
        <translation>tomt: ikkje halden</translation>
    </message>
    <message>
        <source>&amp;Who took part:</source>
        <translation>&amp;Deltakarar:</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Deltakarar</translation>
    </message>
    <message>
        <source>the student, the supervisor, the school&apos;s contact teacher…</source>
        <translation>studenten, praksisrettleiaren, kontaktlæraren…</translation>
    </message>
    <message>
        <source>Hold %1 on %2</source>
        <translation>Registrer %1 som halden %2</translation>
    </message>
    <message>
        <source>%1 not held</source>
        <translation>%1 ikkje halden</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Angre %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Gjer om %1</translation>
    </message>
</context>
<context>
    <name>praksis::PlacementLookup</name>
    <message>
        <source>There is no placement with id %1.</source>
        <translation>Det finst ingen praksisplass med id %1.</translation>
    </message>
</context>
<context>
    <name>praksis::PlacementRepository</name>
    <message>
        <source>There is no placement with id %1.</source>
        <translation>Det finst ingen praksisplass med id %1.</translation>
    </message>
    <message>
        <source>The placement has no student: student %1 does not exist.</source>
        <translation>Praksisplassen manglar student: studenten %1 finst ikkje.</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>The placement of %1 has no site: site %2 does not exist.</source>
        <translation>Praksisplassen til %1 manglar praksisstad: praksisstaden %2 finst ikkje.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Praksisstad</translation>
    </message>
    <message>
        <source>The placement of %1 has no period: period %2 does not exist.</source>
        <translation>Praksisplassen til %1 manglar periode: perioden %2 finst ikkje.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Supervisor %1 does not exist.</source>
        <translation>Praksisrettleiaren %1 finst ikkje.</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Praksisrettleiar</translation>
    </message>
    <message>
        <source>%1 works at %2, not at %3, so she cannot supervise this placement.</source>
        <translation>%1 arbeider ved %2, ikkje ved %3, og kan difor ikkje vere praksisrettleiar for denne praksisplassen.</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slutt</translation>
    </message>
    <message>
        <source>There is already a placement with id %1.</source>
        <translation>Det finst allereie ein praksisplass med id %1.</translation>
    </message>
    <message>
        <source>The placement has no start date.</source>
        <translation>Praksisplassen manglar startdato.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>The placement has no end date.</source>
        <translation>Praksisplassen manglar sluttdato.</translation>
    </message>
    <message>
        <source>The placement of %1</source>
        <translation>Praksisplassen til %1</translation>
    </message>
</context>
<context>
    <name>praksis::PlacementsPage</name>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>Sc&amp;hool:</source>
        <translation>&amp;Utdanningsinstitusjon:</translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation>Pra&amp;ksisstad:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Utdanningsinstitusjon</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Praksisstad</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Praksisrettleiar</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slutt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>All periods</source>
        <translation>Alle periodar</translation>
    </message>
    <message>
        <source>All schools</source>
        <translation>Alle utdanningsinstitusjonar</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Alle praksisstader</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statusar</translation>
    </message>
    <message>
        <source>All supervisors</source>
        <translation>Alle praksisrettleiarar</translation>
    </message>
    <message>
        <source>Choose a site first.</source>
        <translation>Vel ein praksisstad først.</translation>
    </message>
    <message>
        <source>%1 of %2 placements shown</source>
        <translation>%1 av %2 praksisplassar blir viste</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Praksisplass</translation>
    </message>
    <message>
        <source>the placement of %1</source>
        <translation>praksisplassen til %1</translation>
    </message>
    <message>
        <source>Delete placement of %1</source>
        <translation>Slett praksisplassen til %1</translation>
    </message>
    <message>
        <source>New placement</source>
        <translation>Ny praksisplass</translation>
    </message>
    <message>
        <source>Choose the %1.</source>
        <translation>Vel %1.</translation>
    </message>
    <message>
        <source>S&amp;tudent:</source>
        <translation>S&amp;tudent:</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(vel)</translation>
    </message>
    <message>
        <source>student</source>
        <translation>student</translation>
    </message>
    <message>
        <source>period</source>
        <translation>periode</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>Pra&amp;ksisstad:</translation>
    </message>
    <message>
        <source>site</source>
        <translation>praksisstad</translation>
    </message>
    <message>
        <source>Super&amp;visor:</source>
        <translation>Praksis&amp;rettleiar:</translation>
    </message>
    <message>
        <source>St&amp;art:</source>
        <translation>St&amp;art:</translation>
    </message>
    <message>
        <source>the period&apos;s start</source>
        <translation>starten på perioden</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>S&amp;lutt:</translation>
    </message>
    <message>
        <source>the period&apos;s end</source>
        <translation>slutten på perioden</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notat:</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(ingen enno)</translation>
    </message>
    <message>
        <source>Add placement</source>
        <translation>Legg til praksisplass</translation>
    </message>
    <message>
        <source>Edit placement</source>
        <translation>Rediger praksisplass</translation>
    </message>
    <message>
        <source>De&amp;tails…</source>
        <translation>&amp;Detaljar…</translation>
    </message>
    <message>
        <source>Meetings, absence, conflicts and checklist of the placement (Enter)</source>
        <translation>Samtalar, fråvær, konfliktar og sjekkliste for praksisplassen (Enter)</translation>
    </message>
    <message>
        <source>Supe&amp;rvisor:</source>
        <translation>Praksis&amp;rettleiar:</translation>
    </message>
</context>
<context>
    <name>praksis::PlanAddress</name>
    <message>
        <source>The server address “%1” holds a password. Praksisplan never takes a password from an address: give it in PGPASSWORD, ~/.pgpass or PGPASSFILE, or type it when the program asks for it.</source>
        <translation>Serveradressa «%1» inneheld eit passord. Praksisplan tek aldri imot passord i ei adresse: oppgje det i PGPASSWORD, ~/.pgpass eller PGPASSFILE, eller skriv det inn når programmet spør etter det.</translation>
    </message>
    <message>
        <source>The server address “%1” names more than one server; give one host.</source>
        <translation>Serveradressa «%1» nemner meir enn éin tenar; oppgje éin vert.</translation>
    </message>
    <message>
        <source>The host in the server address “%1” is not written as [IPv6 address] or [IPv6 address]:port.</source>
        <translation>Verten i serveradressa «%1» er ikkje skriven som [IPv6-adresse] eller [IPv6-adresse]:port.</translation>
    </message>
    <message>
        <source>The port “%1” in the server address “%2” is not a number from 1 to 65535.</source>
        <translation>Porten «%1» i serveradressa «%2» er ikkje eit tal frå 1 til 65535.</translation>
    </message>
    <message>
        <source>The server address “%1” has an unknown option “%2”. Praksisplan knows: %3.</source>
        <translation>Serveradressa «%1» har eit ukjent val «%2». Praksisplan kjenner: %3.</translation>
    </message>
    <message>
        <source>The option “%1” is given twice in the server address “%2”.</source>
        <translation>Valet «%1» er oppgitt to gonger i serveradressa «%2».</translation>
    </message>
    <message>
        <source>The option “%1” in the server address “%2” has no value.</source>
        <translation>Valet «%1» i serveradressa «%2» har ingen verdi.</translation>
    </message>
    <message>
        <source>The server address “%1” names its host twice: before the database and in “host=”.</source>
        <translation>Serveradressa «%1» nemner verten to gonger: framfor databasen og i «host=».</translation>
    </message>
    <message>
        <source>The server address “%1” names its port twice: after the host and in “port=”.</source>
        <translation>Serveradressa «%1» nemner porten to gonger: etter verten og i «port=».</translation>
    </message>
    <message>
        <source>The sslmode “%1” in the server address “%2” is not one of: %3.</source>
        <translation>sslmode «%1» i serveradressa «%2» er ikkje ein av: %3.</translation>
    </message>
    <message>
        <source>The connect_timeout “%1” in the server address “%2” is not a number of seconds.</source>
        <translation>connect_timeout «%1» i serveradressa «%2» er ikkje eit tal sekund.</translation>
    </message>
    <message>
        <source>The server address “%1” names no database. Add it after the host, as in postgresql://anne@db.kommune.no/praksis.</source>
        <translation>Serveradressa «%1» nemner ingen database. Legg han til etter verten, som i postgresql://anne@db.kommune.no/praksis.</translation>
    </message>
    <message>
        <source>“%1” is a plan on a PostgreSQL server. Shared plans on a server are not available in this version of Praksisplan yet; nothing was created or changed. Use a plan file for now.</source>
        <translation>«%1» er ein plan på ein PostgreSQL-tenar. Delte planar på ein tenar er ikkje tilgjengelege i denne versjonen av Praksisplan enno; ingenting vart oppretta eller endra. Bruk ei planfil inntil vidare.</translation>
    </message>
</context>
<context>
    <name>praksis::PlanFile</name>
    <message>
        <source>“%1” is a folder, not a plan file.</source>
        <translation>«%1» er ei mappe, ikkje ei planfil.</translation>
    </message>
    <message>
        <source>The plan file “%1” does not exist.</source>
        <translation>Planfila «%1» finst ikkje. Kontroller namnet og mappa.</translation>
    </message>
    <message>
        <source>The folder “%1” could not be created.</source>
        <translation>Mappa «%1» kunne ikkje opprettast.</translation>
    </message>
    <message>
        <source>“%1” is not a Praksisplan plan file.</source>
        <translation>«%1» er ikkje ei planfil frå Praksisplan.</translation>
    </message>
    <message>
        <source>The plan file “%1” could not be opened: %2</source>
        <translation>Planfila «%1» kunne ikkje opnast: %2</translation>
    </message>
    <message>
        <source>“%1” could not be read as a plan file.</source>
        <translation>«%1» kunne ikkje lesast som ei planfil.</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database, but not a Praksisplan plan file.</source>
        <translation>«%1» er ein SQLite-database, men ikkje ei planfil frå Praksisplan.</translation>
    </message>
    <message>
        <source>The plan “%1” was written by a newer version of Praksisplan (plan version %2; this program reads up to version %3). Update Praksisplan to open it.</source>
        <translation>Planen «%1» er skriven av ein nyare versjon av Praksisplan (planversjon %2; dette programmet les opp til versjon %3). Oppdater Praksisplan for å opne han.</translation>
    </message>
    <message>
        <source>The plan “%1” is damaged (%2). Restore it from a backup.</source>
        <translation>Planen «%1» er skadd (%2). Gjenopprett han frå ein tryggingskopi.</translation>
    </message>
    <message>
        <source>The plan could not be brought up to version %1: %2</source>
        <translation>Planen kunne ikkje oppgraderast til versjon %1: %2</translation>
    </message>
    <message>
        <source>The plan “%1” is damaged: a record in “%2” refers to one that does not exist. Restore it from a backup.</source>
        <translation>Planen «%1» er skadd: ein post i «%2» viser til ein post som ikkje finst. Gjenopprett han frå ein tryggingskopi.</translation>
    </message>
    <message>
        <source>The plan is not open.</source>
        <translation>Planen er ikkje open.</translation>
    </message>
    <message>
        <source>A backup cannot replace the plan it is taken from.</source>
        <translation>Ein tryggingskopi kan ikkje erstatte planen han er teken av. Vel ei anna fil.</translation>
    </message>
    <message>
        <source>The backup “%1” could not be written: %2</source>
        <translation>Tryggingskopien «%1» kunne ikkje skrivast: %2</translation>
    </message>
    <message>
        <source>The backup “%1” could not be written.</source>
        <translation>Tryggingskopien «%1» kunne ikkje skrivast.</translation>
    </message>
    <message>
        <source>The plan is busy: another program is writing to it. Try again in a moment.</source>
        <translation>Planen er oppteken: eit anna program skriv til han. Prøv igjen om litt.</translation>
    </message>
    <message>
        <source>The plan file is damaged or not a plan file. Restore it from a backup.</source>
        <translation>Planfila er skadd eller er ikkje ei planfil. Gjenopprett ho frå ein tryggingskopi.</translation>
    </message>
    <message>
        <source>The change breaks a rule of the plan.</source>
        <translation>Endringa bryt ein regel i planen. Ingenting vart endra.</translation>
    </message>
    <message>
        <source>The plan file could not be written (%1). Check the disk and the file&apos;s permissions.</source>
        <translation>Planfila kunne ikkje skrivast (%1). Kontroller disken og tilgangsrettane til fila.</translation>
    </message>
    <message>
        <source>“%1” is empty; it is not a plan file.</source>
        <translation>«%1» er tom; det er ikkje ei planfil.</translation>
    </message>
    <message>
        <source>The plan “%1” is damaged. Restore it from a backup.</source>
        <translation>Planen «%1» er skadd. Gjenopprett han frå ein tryggingskopi.</translation>
    </message>
    <message>
        <source>Opening the plan “%1” was cancelled; it was not changed.</source>
        <translation>Opninga av planen «%1» vart avbroten. Planen er ikkje endra.</translation>
    </message>
    <message>
        <source>The plan “%1” must be converted to this version of Praksisplan, but it cannot be written here.</source>
        <translation>Planen «%1» må gjerast om til denne versjonen av Praksisplan, men han kan ikkje skrivast her.</translation>
    </message>
    <message>
        <source>The plan “%1” has no valid plan version (%2). It was changed by another program; restore a backup.</source>
        <translation>Planen «%1» har ingen gyldig planversjon (%2). Han er endra av eit anna program; gjenopprett ein tryggleikskopi.</translation>
    </message>
    <message>
        <source>“%1” is not a regular file (a device, a pipe or a socket); a plan is a file.</source>
        <translation>«%1» er ikkje ei vanleg fil (men ei eining, eit røyr eller ein socket); ein plan er ei fil.</translation>
    </message>
</context>
<context>
    <name>praksis::PlanPreviewDialog</name>
    <message>
        <source>Automatic plan for %1</source>
        <translation>Automatisk plan for %1</translation>
    </message>
    <message>
        <source>%1 placed (%2 at their first choice, %3 at their second, %4 at their third, %5 elsewhere), %6 left unplaced. Total cost %7.</source>
        <translation>%1 plasserte (%2 på førsteønsket, %3 på andreønsket, %4 på tredjeønsket, %5 andre stader), %6 utan praksisplass. Samla kostnad %7.</translation>
    </message>
    <message>
        <source>Compared with the plan as it is: %1 new, %2 moved, %3 unchanged, %4 taken away. %5 students keep the placement they have.</source>
        <translation>Samanlikna med planen slik han er no: %1 nye, %2 flytta, %3 uendra, %4 fjerna. %5 studentar beheld praksisplassen dei har.</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Praksisstad</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Praksisrettleiar</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Ønske</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kostnad</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Kvifor</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Ingen enno</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Årsak</translation>
    </message>
    <message>
        <source>Placed (%1)</source>
        <translation>Plasserte (%1)</translation>
    </message>
    <message>
        <source>Unplaced (%1)</source>
        <translation>Utan praksisplass (%1)</translation>
    </message>
    <message>
        <source>&amp;Apply plan</source>
        <translation>Ta i &amp;bruk planen</translation>
    </message>
    <message>
        <source>Choose a row to read why in full.</source>
        <translation>Vel ei rad for å lese heile grunngjevinga.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>praksis::PlanRestore</name>
    <message>
        <source>The copy “%1” cannot be used: %2 The plan was not changed.</source>
        <translation>Kopien «%1» kan ikkje brukast: %2 Planen vart ikkje endra.</translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation>fila finst ikkje.</translation>
    </message>
    <message>
        <source>it is a folder.</source>
        <translation>det er ei mappe.</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>fila er tom.</translation>
    </message>
    <message>
        <source>it is damaged (%1).</source>
        <translation>han er skadd (%1).</translation>
    </message>
    <message>
        <source>The current plan could not be kept as “%1”; nothing was changed.</source>
        <translation>Den gjeldande planen kunne ikkje takast vare på som «%1»; ingenting vart endra.</translation>
    </message>
    <message>
        <source>No temporary folder could be created for the check.</source>
        <translation>Det kunne ikkje opprettast ei mellombels mappe for kontrollen.</translation>
    </message>
    <message>
        <source>it is the plan itself.</source>
        <translation>det er sjølve planen.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a plan file.</source>
        <translation>«%1» er ei mappe, ikkje ei planfil.</translation>
    </message>
    <message>
        <source>The plan “%1” is open in another program. Close it there, then restore; the plan was not changed.</source>
        <translation>Planen «%1» er open i eit anna program. Lukk han der og gjenopprett deretter; planen vart ikkje endra.</translation>
    </message>
    <message>
        <source>The folder “%1” could not be created.</source>
        <translation>Mappa «%1» kunne ikkje opprettast.</translation>
    </message>
    <message>
        <source>The plan “%1” could not be replaced; it was not changed.</source>
        <translation>Planen «%1» kunne ikkje erstattast; han vart ikkje endra.</translation>
    </message>
    <message>
        <source>The copy “%1” could not be read: %2</source>
        <translation>Kopien «%1» kunne ikkje lesast: %2</translation>
    </message>
    <message>
        <source>The copy could not be written to “%1”: %2. Check that the disk has room; the plan was not changed.</source>
        <translation>Kopien kunne ikkje skrivast til «%1»: %2. Kontroller at det er plass på disken; planen vart ikkje endra.</translation>
    </message>
    <message>
        <source>The plan “%1” could not be replaced; it was not changed. Check that the disk has room.</source>
        <translation>Planen «%1» kunne ikkje erstattast; han vart ikkje endra. Kontroller at det er plass på disken.</translation>
    </message>
    <message>
        <source>The disk is full: there is no room in “%1” for the restored plan. Make room on the disk and restore again; the plan was not changed.</source>
        <translation>Disken er full: det er ikkje plass i «%1» til den gjenoppretta planen. Frigjer plass på disken og gjenopprett på nytt; planen vart ikkje endra.</translation>
    </message>
    <message>
        <source>“%1” is not a regular file (a device, a pipe or a socket); a plan is a file.</source>
        <translation>«%1» er ikkje ei vanleg fil (men ei eining, eit røyr eller ein socket); ein plan er ei fil.</translation>
    </message>
</context>
<context>
    <name>praksis::PlanSession</name>
    <message>
        <source>No plan is open.</source>
        <translation>Ingen plan er open.</translation>
    </message>
    <message>
        <source>Another program changed the plan. The pages show the plan as it is now.</source>
        <translation>Eit anna program har endra planen. Sidene viser planen slik han er no.</translation>
    </message>
    <message>
        <source>Today&apos;s backup of the plan could not be taken: %1</source>
        <translation>Dagens tryggingskopi av planen kunne ikkje takast: %1</translation>
    </message>
</context>
<context>
    <name>praksis::PlanSettingsCommand</name>
    <message>
        <source>Change settings</source>
        <translation>Endre innstillingar</translation>
    </message>
</context>
<context>
    <name>praksis::Planner</name>
    <message>
        <source>first</source>
        <translation>første</translation>
    </message>
    <message>
        <source>second</source>
        <translation>andre</translation>
    </message>
    <message>
        <source>third</source>
        <translation>tredje</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 og %2</translation>
    </message>
    <message>
        <source>Planning was cancelled; nothing was changed.</source>
        <translation>Planlegginga vart avbroten; ingenting vart endra.</translation>
    </message>
    <message>
        <source>The planner found no plan for the period %1.</source>
        <translation>Planleggaren fann ingen plan for perioden %1.</translation>
    </message>
    <message>
        <source>her %1 choice %2</source>
        <translation>%1 ønske, %2</translation>
    </message>
    <message>
        <source>her choices %1</source>
        <translation>ønska %1</translation>
    </message>
    <message>
        <source>%1 is on her exclusion list</source>
        <translation>%1 er markert som ikkje aktuelt (inhabil)</translation>
    </message>
    <message>
        <source>%1 are on her exclusion list</source>
        <translation>%1 er markerte som ikkje aktuelle (inhabil)</translation>
    </message>
    <message>
        <source>%1 is not of a kind eligible in this period</source>
        <translation>%1 er ikkje av ein type som er aktuell i denne perioden</translation>
    </message>
    <message>
        <source>%1 are not of a kind eligible in this period</source>
        <translation>%1 er ikkje av ein type som er aktuell i denne perioden</translation>
    </message>
    <message>
        <source>%1 was full</source>
        <translation>%1 var full</translation>
    </message>
    <message>
        <source>%1 were full</source>
        <translation>%1 var fulle</translation>
    </message>
    <message>
        <source>%1 had no supervisor free</source>
        <translation>%1 hadde ingen ledig praksisrettleiar</translation>
    </message>
    <message>
        <source>%1 has no supervisors</source>
        <translation>%1 har ingen praksisrettleiarar</translation>
    </message>
    <message>
        <source>%1 have no supervisors</source>
        <translation>%1 har ingen praksisrettleiarar</translation>
    </message>
    <message>
        <source>she has been at %1 before</source>
        <translation>studenten har vore ved %1 før</translation>
    </message>
    <message>
        <source>%1 would cost more overall</source>
        <translation>%1 ville kosta meir samla</translation>
    </message>
    <message>
        <source>%1 choice</source>
        <translation>%1 ønske</translation>
    </message>
    <message>
        <source>she named no choices</source>
        <translation>studenten oppgav ingen ønske</translation>
    </message>
    <message>
        <source>not among her choices</source>
        <translation>ikkje blant ønska</translation>
    </message>
    <message>
        <source>she has been at this site before</source>
        <translation>studenten har vore på denne praksisstaden før</translation>
    </message>
    <message>
        <source>already placed in this period: %1</source>
        <translation>har allereie praksisplass i denne perioden: %1</translation>
    </message>
    <message>
        <source>already placed at the same dates: %1</source>
        <translation>har allereie praksisplass på dei same datoane: %1</translation>
    </message>
    <message>
        <source>withdrawn: her placement in this period was cancelled</source>
        <translation>trekt: praksisplassen i denne perioden er avlyst</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 og %n til</numerusform>
            <numerusform>%1 og %n til</numerusform>
        </translation>
    </message>
    <message>
        <source>no eligible site: the period has no site of an eligible kind</source>
        <translation>ingen aktuelle praksisstader: perioden har ingen praksisstader av ein aktuell type</translation>
    </message>
    <message>
        <source>all eligible sites are on her exclusion list</source>
        <translation>alle aktuelle praksisstader er markerte som ikkje aktuelle (inhabil)</translation>
    </message>
    <message numerus="yes">
        <source>no eligible site with room: all %n site(s) she may go to are full</source>
        <translation>
            <numerusform>ingen aktuelle praksisstader med plass: den eine praksisstaden studenten kan gå til, er full</numerusform>
            <numerusform>ingen aktuelle praksisstader med plass: alle dei %n praksisstadene studenten kan gå til, er fulle</numerusform>
        </translation>
    </message>
    <message>
        <source>no supervisor capacity: the eligible sites with room (%1) have no supervisor free</source>
        <translation>ingen kapasitet hos praksisrettleiarar: dei aktuelle praksisstadene med plass (%1) har ingen ledig praksisrettleiar</translation>
    </message>
    <message>
        <source>leaving her unplaced costs less than placing her at %1 (see the planner costs)</source>
        <translation>å la studenten stå utan plass kostar mindre enn å plassere studenten ved %1 (sjå kostnadene i planleggaren)</translation>
    </message>
</context>
<context>
    <name>praksis::PlannerApplier</name>
    <message>
        <source>Applying the plan was cancelled; nothing was changed.</source>
        <translation>Innføringa av planen vart avbroten; ingenting vart endra.</translation>
    </message>
    <message>
        <source>The plan has changed since the planner ran for the period %1; nothing was written. Run the planner again.</source>
        <translation>Planen er endra sidan planleggaren vart køyrd for perioden %1; ingenting vart skrive. Køyr planleggaren på nytt.</translation>
    </message>
    <message>
        <source>The plan places a student who is not to be planned.</source>
        <translation>Planen plasserer ein student som ikkje skal planleggjast.</translation>
    </message>
</context>
<context>
    <name>praksis::PlannerBoard</name>
    <message>
        <source>There is no period with id %1.</source>
        <translation>Det finst ingen periode med id %1.</translation>
    </message>
</context>
<context>
    <name>praksis::PlannerGrid</name>
    <message>
        <source>Planner timeline</source>
        <translation>Tidslinje i planleggaren</translation>
    </message>
    <message>
        <source>(%1)</source>
        <comment>a site&apos;s capacity after its name</comment>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Site (capacity)</source>
        <translation>Praksisstad (kapasitet)</translation>
    </message>
    <message>
        <source>No site has a kind that is eligible in this period.</source>
        <translation>Ingen praksisstader er av ein type som er aktuell i denne perioden.</translation>
    </message>
    <message>
        <source>Choose a period in the toolbar.</source>
        <translation>Vel ein periode i verktøylinja.</translation>
    </message>
    <message>
        <source>No supervisor yet</source>
        <translation>Ingen praksisrettleiar enno</translation>
    </message>
    <message>
        <source>Supervisor: %1</source>
        <translation>Praksisrettleiar: %1</translation>
    </message>
    <message>
        <source>Locked: the automatic planner keeps it</source>
        <translation>Låst: den automatiske planleggaren beheld han</translation>
    </message>
    <message>
        <source>Made by the automatic planner; it may change it</source>
        <translation>Lagd inn av den automatiske planleggaren, som kan endre han</translation>
    </message>
    <message numerus="yes">
        <source>Room for %n student(s) at a time in this period</source>
        <translation>
            <numerusform>Plass til %n student samstundes i denne perioden</numerusform>
            <numerusform>Plass til %n studentar samstundes i denne perioden</numerusform>
        </translation>
    </message>
    <message>
        <source>Its kind is not eligible in this period.</source>
        <translation>Typen praksisstad er ikkje aktuell i denne perioden.</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>a range of weeks: &apos;week 43&apos; and the number of the last week</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>låst</translation>
    </message>
    <message>
        <source>made by the automatic planner</source>
        <translation>lagd inn av den automatiske planleggaren</translation>
    </message>
    <message>
        <source>conflict: %1</source>
        <translation>konflikt: %1</translation>
    </message>
    <message>
        <source>capacity %1</source>
        <translation>kapasitet %1</translation>
    </message>
    <message>
        <source>its kind is not eligible in this period</source>
        <translation>typen er ikkje aktuell i denne perioden</translation>
    </message>
    <message>
        <source>over capacity in %1</source>
        <translation>over kapasitet i %1</translation>
    </message>
    <message numerus="yes">
        <source>%n placement(s)</source>
        <translation>
            <numerusform>%n praksisplass</numerusform>
            <numerusform>%n praksisplassar</numerusform>
        </translation>
    </message>
    <message>
        <source>Up and Down choose a site, Left and Right a placement in it; Enter opens the placement, Delete removes it, Alt with an arrow moves it.</source>
        <translation>Pil opp og Pil ned vel praksisstad, Pil venstre og Pil høgre ein praksisplass der; Enter opnar praksisplassen, Delete fjernar han, Alt med ei pil flyttar han.</translation>
    </message>
</context>
<context>
    <name>praksis::PlannerLoader</name>
    <message>
        <source>There is no period named “%1”.</source>
        <translation>Det finst ingen periode som heiter «%1».</translation>
    </message>
    <message>
        <source>The period with id %1 does not exist.</source>
        <translation>Perioden med id %1 finst ikkje.</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation>%1, %2 (%3)</translation>
    </message>
</context>
<context>
    <name>praksis::PlannerPage</name>
    <message>
        <source>Zoom out</source>
        <translation>Zoom ut</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom inn</translation>
    </message>
    <message>
        <source>Plan &amp;automatically…</source>
        <translation>Planlegg &amp;automatisk…</translation>
    </message>
    <message>
        <source>Find the plan of least cost for the students not yet placed, and show it before anything changes. Placements made by hand are kept.</source>
        <translation>Finn planen med lågast kostnad for studentane som enno ikkje har praksisplass, og vis han før noko blir endra. Praksisplassar som er lagde inn for hand, blir behaldne.</translation>
    </message>
    <message>
        <source>Find a student…</source>
        <translation>Finn ein student…</translation>
    </message>
    <message>
        <source>Find a student not yet placed</source>
        <translation>Finn ein student utan praksisplass</translation>
    </message>
    <message>
        <source>Students not yet placed</source>
        <translation>Studentar utan praksisplass</translation>
    </message>
    <message>
        <source>&amp;Place…</source>
        <translation>&amp;Plasser…</translation>
    </message>
    <message>
        <source>Choose a site and supervisor for the student chosen in the list (Enter).</source>
        <translation>Vel praksisstad og praksisrettleiar for studenten som er vald i lista (Enter).</translation>
    </message>
    <message>
        <source>%1 · %2 · %3–%4</source>
        <translation>%1 · %2 · %3–%4</translation>
    </message>
    <message>
        <source>No period chosen</source>
        <translation>Ingen periode er vald</translation>
    </message>
    <message>
        <source>&amp;Not yet placed (%1)</source>
        <translation>&amp;Utan praksisplass (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n placement(s)</source>
        <translation>
            <numerusform>%n praksisplass</numerusform>
            <numerusform>%n praksisplassar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not yet placed</source>
        <translation>
            <numerusform>%n utan praksisplass</numerusform>
            <numerusform>%n utan praksisplass</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n konflikt</numerusform>
            <numerusform>%n konfliktar</numerusform>
        </translation>
    </message>
    <message>
        <source>Place %1 at %2</source>
        <translation>Plasser %1 ved %2</translation>
    </message>
    <message>
        <source>Not placed</source>
        <translation>Ikkje plassert</translation>
    </message>
    <message numerus="yes">
        <source>Move %1 by %n week(s)</source>
        <translation>
            <numerusform>Flytt %1 %n veke</numerusform>
            <numerusform>Flytt %1 %n veker</numerusform>
        </translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>Flytt %1 til %2</translation>
    </message>
    <message>
        <source>Not moved</source>
        <translation>Ikkje flytta</translation>
    </message>
    <message>
        <source>Set the supervisor of %1</source>
        <translation>Vel praksisrettleiar for %1</translation>
    </message>
    <message>
        <source>Supervisor not set</source>
        <translation>Praksisrettleiar vart ikkje vald</translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation>Endre status for %1 til %2</translation>
    </message>
    <message>
        <source>Status not set</source>
        <translation>Status vart ikkje endra</translation>
    </message>
    <message>
        <source>Lock the placement of %1</source>
        <translation>Lås praksisplassen til %1</translation>
    </message>
    <message>
        <source>Unlock the placement of %1</source>
        <translation>Lås opp praksisplassen til %1</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Ikkje endra</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>Ikkje fjerna</translation>
    </message>
    <message>
        <source>Remove placement</source>
        <translation>Fjern praksisplass</translation>
    </message>
    <message>
        <source>Remove the placement of %1? Its %2 go with it (Undo brings them back).</source>
        <translation>Vil du fjerne praksisplassen til %1? Dette blir fjerna samstundes: %2 (Angre hentar det tilbake).</translation>
    </message>
    <message>
        <source>Remove the placement of %1</source>
        <translation>Fjern praksisplassen til %1</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Flytt %1</translation>
    </message>
    <message>
        <source>S&amp;upervisor</source>
        <translation>Praksis&amp;rettleiar</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Ingen enno</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 students)</source>
        <translation>%1 (%2 av %3 studentar)</translation>
    </message>
    <message>
        <source>away during the period</source>
        <translation>borte i perioden</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Lås &amp;opp</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lås</translation>
    </message>
    <message>
        <source>Let the automatic planner change this placement</source>
        <translation>La den automatiske planleggaren endre denne praksisplassen</translation>
    </message>
    <message>
        <source>Keep this placement when the automatic planner runs again</source>
        <translation>Behald denne praksisplassen når den automatiske planleggaren blir køyrd på nytt</translation>
    </message>
    <message>
        <source>&amp;Move to site…</source>
        <translation>&amp;Flytt til praksisstad…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>F&amp;jern</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Detaljar…</translation>
    </message>
    <message>
        <source>&amp;Welcome checklist…</source>
        <translation>Sje&amp;kkliste for velkomst…</translation>
    </message>
    <message>
        <source>Automatic planning</source>
        <translation>Automatisk planlegging</translation>
    </message>
    <message>
        <source>Planning %1…</source>
        <translation>Planlegg %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>The plan was not applied</source>
        <translation>Planen vart ikkje teken i bruk</translation>
    </message>
    <message>
        <source>&lt;b&gt;Start here.&lt;/b&gt; A plan needs, in this order: the schools and their programmes, the placement sites, their supervisors, a period, and the students. Each step opens the page to add them (or the import of a CSV file).</source>
        <translation>&lt;b&gt;Byrj her.&lt;/b&gt; Ein plan treng, i denne rekkjefølgja: utdanningsinstitusjonane og studieprogramma deira, praksisstadene, praksisrettleiarane, ein praksisperiode og studentane. Kvart steg opnar sida der du legg dei til (eller import frå ei CSV-fil).</translation>
    </message>
    <message>
        <source>&amp;1. Add a school and its programmes…</source>
        <translation>&amp;1. Legg til ein utdanningsinstitusjon og studieprogramma …</translation>
    </message>
    <message>
        <source>&amp;2. Add placement sites…</source>
        <translation>&amp;2. Legg til praksisstader …</translation>
    </message>
    <message>
        <source>&amp;3. Add supervisors…</source>
        <translation>&amp;3. Legg til praksisrettleiarar …</translation>
    </message>
    <message>
        <source>&amp;4. Add a period…</source>
        <translation>&amp;4. Legg til ein praksisperiode …</translation>
    </message>
    <message>
        <source>&amp;5. Import students…</source>
        <translation>&amp;5. Importer studentar …</translation>
    </message>
    <message>
        <source>No periods yet</source>
        <translation>Ingen praksisperiodar enno</translation>
    </message>
    <message>
        <source>done</source>
        <translation>gjort</translation>
    </message>
</context>
<context>
    <name>praksis::Purge</name>
    <message>
        <source>The number of years must be 1 or more (it was %1).</source>
        <translation>Talet på år må vere 1 eller meir (det var %1).</translation>
    </message>
    <message>
        <source>%1 (new hire, %2)</source>
        <translation>%1 (nytilsett, %2)</translation>
    </message>
</context>
<context>
    <name>praksis::PurgeDialog</name>
    <message>
        <source>Remove old student records</source>
        <translation>Fjern gamle studentopplysningar</translation>
    </message>
    <message>
        <source>Personal data is kept no longer than needed. Choose how long after their last placement students are kept; older records are anonymised (names, contact details, student number and notes removed; placements kept for statistics) or deleted with everything of theirs.</source>
        <translation>Personopplysningar skal ikkje lagrast lenger enn naudsynt. Vel kor lenge etter siste praksisplass studentane skal behaldast; eldre opplysningar blir anonymiserte (namn, kontaktopplysningar, studentnummer og notat blir fjerna; praksisplassane blir behaldne for statistikk) eller sletta saman med alt som høyrer til studenten.</translation>
    </message>
    <message>
        <source> years</source>
        <translation> år</translation>
    </message>
    <message>
        <source>Last placement ended more than:</source>
        <translation>Siste praksisplass slutta for meir enn:</translation>
    </message>
    <message>
        <source>&amp;Anonymise (keep placements for statistics)</source>
        <translation>&amp;Anonymiser (behald praksisplassane for statistikk)</translation>
    </message>
    <message>
        <source>&amp;Delete the students and their placements</source>
        <translation>&amp;Slett studentane og praksisplassane deira</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Kva skal gjerast:</translation>
    </message>
    <message>
        <source>Students concerned</source>
        <translation>Studentar det gjeld</translation>
    </message>
    <message>
        <source>This cannot be undone: an undo would have to keep the data it removes. Take a copy first (File ▸ Save a copy…) if you may need it.</source>
        <translation>Dette kan ikkje angrast: for å kunne angre måtte programmet ha teke vare på dataa som blir fjerna. Lagre ein kopi først (Fil ▸ Lagre ein kopi…) om du kan få bruk for dei.</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Fjern…</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n student</numerusform>
            <numerusform>%n studentar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n placement(s)</source>
        <translation>
            <numerusform>%n praksisplass</numerusform>
            <numerusform>%n praksisplassar</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 whose last placement ended before %2 will be deleted, with %3.</source>
        <translation>%1 der siste praksisplass slutta før %2, blir sletta saman med %3.</translation>
    </message>
    <message>
        <source>%1 whose last placement ended before %2 will be anonymised; %3 are kept.</source>
        <translation>%1 der siste praksisplass slutta før %2, blir anonymiserte; %3 blir behaldne.</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Slett…</translation>
    </message>
    <message>
        <source>Anonymise…</source>
        <translation>Anonymiser…</translation>
    </message>
    <message>
        <source>No student&apos;s last placement and no new hire&apos;s employment ended before %1.</source>
        <translation>Ingen students siste praksisperiode og ingen nytilsetts tilsetjing slutta før %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n new hire(s) whose employment ended before %1 will be deleted, with their mentorships.</source>
        <translation>
            <numerusform>%n nytilsett som slutta før %1, blir sletta med mentorordningane sine.</numerusform>
            <numerusform>%n nytilsette som slutta før %1, blir sletta med mentorordningane sine.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new hire(s) whose employment ended before %1 will be anonymised.</source>
        <translation>
            <numerusform>%n nytilsett som slutta før %1, blir anonymisert.</numerusform>
            <numerusform>%n nytilsette som slutta før %1, blir anonymiserte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n record(s) and everything of theirs? This cannot be undone.</source>
        <translation>
            <numerusform>Slette %n post og alt som høyrer til? Dette kan ikkje angrast.</numerusform>
            <numerusform>Slette %n postar og alt som høyrer til? Dette kan ikkje angrast.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n record(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Anonymisere %n post? Dette kan ikkje angrast.</numerusform>
            <numerusform>Anonymisere %n postar? Dette kan ikkje angrast.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>praksis::RecruitmentPanel</name>
    <message>
        <source>Recruitment and retention</source>
        <translation>Rekruttering og å halde på</translation>
    </message>
    <message>
        <source>the last year</source>
        <translation>det siste året</translation>
    </message>
    <message>
        <source>the last two years</source>
        <translation>dei to siste åra</translation>
    </message>
    <message>
        <source>the last five years</source>
        <translation>dei fem siste åra</translation>
    </message>
    <message>
        <source>o&amp;ver:</source>
        <translation>f&amp;or:</translation>
    </message>
    <message>
        <source>Recruitment over</source>
        <translation>Rekruttering for</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 til %2</translation>
    </message>
    <message>
        <source>%1 — former students: %2, of them back as summer temps: %3, in posts: %4; new hires: %5, with a mentor: %6.</source>
        <translation>%1 — tidlegare studentar: %2, av dei tilbake som sommarvikarar: %3, i stillingar: %4; nytilsette: %5, med mentor: %6.</translation>
    </message>
    <message>
        <source>Stayed 12 months: %1 of %2 with a mentor (%3 %), %4 of %5 without (%6 %).</source>
        <translation>Vart verande i 12 månader: %1 av %2 med mentor (%3 %), %4 av %5 utan (%6 %).</translation>
    </message>
    <message>
        <source>No new hire in the range has been employed for 12 months yet.</source>
        <translation>Ingen nytilsett i tidsrommet har vore tilsett i 12 månader enno.</translation>
    </message>
    <message>
        <source>Placement → summer job → post: no former students or new hires in the range</source>
        <translation>Praksis → sommarjobb → stilling: ingen tidlegare studentar eller nytilsette i tidsrommet</translation>
    </message>
    <message>
        <source>Placement → summer job → post</source>
        <translation>Praksis → sommarjobb → stilling</translation>
    </message>
    <message>
        <source>Former students</source>
        <translation>Tidlegare studentar</translation>
    </message>
    <message>
        <source>Hired as summer temps</source>
        <translation>Tilsett som sommarvikarar</translation>
    </message>
    <message>
        <source>Hired in posts</source>
        <translation>Tilsett i stillingar</translation>
    </message>
    <message>
        <source>%1: %2 former students, %3 summer temps, %4 in posts</source>
        <translation>%1: %2 tidlegare studentar, %3 sommarvikarar, %4 i stillingar</translation>
    </message>
    <message>
        <source>Stayed 12 months, with and without a mentor</source>
        <translation>Vart verande i 12 månader, med og utan mentor</translation>
    </message>
    <message>
        <source>With a mentor: %1 of %2</source>
        <translation>Med mentor: %1 av %2</translation>
    </message>
    <message>
        <source>Without: %1 of %2</source>
        <translation>Utan: %1 av %2</translation>
    </message>
    <message>
        <source>Stayed 12 months</source>
        <translation>Vart verande i 12 månader</translation>
    </message>
    <message>
        <source>With a mentor %1 %, without %2 %</source>
        <translation>Med mentor %1 %, utan %2 %</translation>
    </message>
    <message>
        <source>Stayed 12 months: no new hire has been employed for a year yet</source>
        <translation>Vart verande i 12 månader: ingen nytilsett har vore tilsett i eitt år enno</translation>
    </message>
</context>
<context>
    <name>praksis::RecruitmentReport</name>
    <message>
        <source>Recruitment report</source>
        <translation>Rekrutteringsrapport</translation>
    </message>
    <message>
        <source>Recruitment</source>
        <translation>Rekruttering</translation>
    </message>
    <message>
        <source>Former students: students whose placement at the site (not cancelled) ended in the range. Hired: of them, those with a hire that started after their last such placement there, as a summer temp or in a post anywhere, or in any position at this site. New hires: hires at the site that started in the range. Stayed 12 months: of those whose 12 months ended by the range&apos;s last day, still employed then. Left in probation: an end date on or before the probation end. The whole plan counts each person once.</source>
        <translation>Tidlegare studentar: studentar med ein praksis på staden (ikkje avlyst) som slutta i tidsrommet. Tilsett: av dei, dei med ei tilsetjing som starta etter den siste slike praksisen deira der, som sommarvikar eller i stilling kvar som helst, eller i kva stilling som helst på denne staden. Nytilsette: tilsetjingar på staden som starta i tidsrommet. Vart verande i 12 månader: av dei med 12 månader gått innan den siste dagen i tidsrommet, framleis tilsette då. Slutta i prøvetida: ein sluttdato på eller før slutten av prøvetida. Heile planen tel kvar person éin gong.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Praksisstad</translation>
    </message>
    <message>
        <source>Former students</source>
        <translation>Tidlegare studentar</translation>
    </message>
    <message>
        <source>Hired as summer temps</source>
        <translation>Tilsett som sommarvikar</translation>
    </message>
    <message>
        <source>Hired in posts</source>
        <translation>Tilsett i stilling</translation>
    </message>
    <message>
        <source>Hired here</source>
        <translation>Tilsett her</translation>
    </message>
    <message>
        <source>New hires</source>
        <translation>Nytilsette</translation>
    </message>
    <message>
        <source>With a mentor</source>
        <translation>Med mentor</translation>
    </message>
    <message>
        <source>12 months passed</source>
        <translation>12 månader gått</translation>
    </message>
    <message>
        <source>Stayed 12 months</source>
        <translation>Vart verande i 12 månader</translation>
    </message>
    <message>
        <source>Left in probation</source>
        <translation>Slutta i prøvetida</translation>
    </message>
    <message>
        <source>Whole plan</source>
        <translation>Heile planen</translation>
    </message>
</context>
<context>
    <name>praksis::RegisterPage</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Ny…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Rediger…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Slett…</translation>
    </message>
    <message>
        <source>The change was not made</source>
        <translation>Endringa vart ikkje gjord</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Ikkje sletta</translation>
    </message>
    <message>
        <source>%1 cannot be deleted while these depend on it: %2. Remove or move them first.</source>
        <translation>Kan ikkje slette %1 så lenge følgjande høyrer til: %2. Fjern eller flytt desse først.</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>Vil du slette %1?</translation>
    </message>
    <message>
        <source>Delete %1? These go with it: %2. You can undo this.</source>
        <translation>Vil du slette %1? Dette blir sletta samstundes: %2. Du kan angre dette.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Postar</translation>
    </message>
    <message>
        <source>%1 table</source>
        <translation>Tabell for %1</translation>
    </message>
</context>
<context>
    <name>praksis::ReportExport</name>
    <message>
        <source>The file “%1” could not be written: %2</source>
        <translation>Fila «%1» kunne ikkje skrivast: %2</translation>
    </message>
</context>
<context>
    <name>praksis::ReportPdf</name>
    <message>
        <source>The file “%1” could not be written: %2</source>
        <translation>Fila «%1» kunne ikkje skrivast: %2</translation>
    </message>
    <message>
        <source>The PDF “%1” could not be started.</source>
        <translation>PDF-fila «%1» kunne ikkje opprettast.</translation>
    </message>
    <message>
        <source>The PDF export was cancelled; no file was written.</source>
        <translation>PDF-eksporten vart avbroten; inga fil vart skriven.</translation>
    </message>
    <message>
        <source>Nothing to report.</source>
        <translation>Ingenting å rapportere.</translation>
    </message>
    <message>
        <source>Praksisplan · %1</source>
        <translation>Praksisplan · %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Side %1 av %2</translation>
    </message>
    <message>
        <source>The PDF “%1” could not be written.</source>
        <translation>PDF-fila «%1» kunne ikkje skrivast.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>praksis::ReportTableModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>praksis::Reports</name>
    <message>
        <source>More than one %1 starts with “%2”; give the whole name.</source>
        <translation>Fleire enn éin %1 byrjar med «%2»; oppgi heile namnet.</translation>
    </message>
    <message>
        <source>There is no %1 named “%2”.</source>
        <translation>Det finst ingen %1 som heiter «%2».</translation>
    </message>
    <message>
        <source>Known: %1.</source>
        <translation>Kjende: %1.</translation>
    </message>
    <message>
        <source>school</source>
        <translation>utdanningsinstitusjon</translation>
    </message>
    <message>
        <source>period</source>
        <translation>periode</translation>
    </message>
    <message>
        <source>site</source>
        <translation>praksisstad</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>praksisrettleiar</translation>
    </message>
    <message>
        <source>The school of the report does not exist.</source>
        <translation>Utdanningsinstitusjonen i rapporten finst ikkje.</translation>
    </message>
    <message>
        <source>School report</source>
        <translation>Rapport per utdanningsinstitusjon</translation>
    </message>
    <message>
        <source>The period of the report does not exist.</source>
        <translation>Perioden i rapporten finst ikkje.</translation>
    </message>
    <message>
        <source>%1 · period %2 (%3)</source>
        <translation>%1 · periode %2 (%3)</translation>
    </message>
    <message>
        <source>A report needs a period or both a start and an end date.</source>
        <translation>Ein rapport treng ein periode eller både ein start- og ein sluttdato.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>Studentnummer</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Studieprogram</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Kull</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Praksisstad</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Avdeling</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Praksisrettleiar</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slutt</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Veker</translation>
    </message>
    <message>
        <source>Hours planned</source>
        <translation>Planlagde timar</translation>
    </message>
    <message>
        <source>Hours absent</source>
        <translation>Timar fråvær</translation>
    </message>
    <message>
        <source>Absence %</source>
        <translation>Fråvær %</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Samtalar</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Halden</translation>
    </message>
    <message>
        <source>Checklist %</source>
        <translation>Sjekkliste %</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message numerus="yes">
        <source>Total: %n placement(s)</source>
        <translation>
            <numerusform>Totalt: %n praksisplass</numerusform>
            <numerusform>Totalt: %n praksisplassar</numerusform>
        </translation>
    </message>
    <message>
        <source>The supervisor report needs a start and an end date.</source>
        <translation>Rapporten for praksisrettleiarar treng ein start- og ein sluttdato.</translation>
    </message>
    <message>
        <source>Supervisor report</source>
        <translation>Rapport for praksisrettleiarar</translation>
    </message>
    <message>
        <source>%1 · students of %2</source>
        <translation>%1 · studentar frå %2</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Yrke</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Utdanningsinstitusjon</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Frå</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message numerus="yes">
        <source>Total: %n supervisor(s)</source>
        <translation>
            <numerusform>Totalt: %n praksisrettleiar</numerusform>
            <numerusform>Totalt: %n praksisrettleiarar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n placement(s)</source>
        <translation>
            <numerusform>%n praksisplass</numerusform>
            <numerusform>%n praksisplassar</numerusform>
        </translation>
    </message>
    <message>
        <source>More than one %1 is named “%2”; give it as %3.</source>
        <translation>Fleire enn éin %1 heiter «%2»; oppgje han som %3.</translation>
    </message>
    <message>
        <source>its whole name</source>
        <translation>heile namnet</translation>
    </message>
    <message>
        <source>“name / unit”</source>
        <translation>«namn / avdeling»</translation>
    </message>
    <message>
        <source>Name a supervisor as “name”, “name / site” or “name / site / unit”, not “%1”.</source>
        <translation>Oppgje ein praksisrettleiar som «namn», «namn / praksisstad» eller «namn / praksisstad / avdeling», ikkje «%1».</translation>
    </message>
    <message>
        <source>“name / site”</source>
        <translation>«namn / praksisstad»</translation>
    </message>
    <message>
        <source>“name / site / unit”</source>
        <translation>«namn / praksisstad / avdeling»</translation>
    </message>
    <message>
        <source>By school</source>
        <translation>Per utdanningsinstitusjon</translation>
    </message>
    <message>
        <source>By supervisor</source>
        <translation>Per praksisrettleiar</translation>
    </message>
    <message>
        <source>Weeks: each ISO week of a placement is counted once, in the range that holds the placement&apos;s first day of that week, so reports of adjoining ranges add up.</source>
        <translation>Veker: kvar ISO-veke i ein praksis blir talt éin gong, i tidsrommet som har den første praksisdagen i den veka, så rapportar for tilgrensande tidsrom summerer seg.</translation>
    </message>
</context>
<context>
    <name>praksis::ReportsPage</name>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>School report</source>
        <translation>Rapport per utdanningsinstitusjon</translation>
    </message>
    <message>
        <source>Supervisor report</source>
        <translation>Rapport for praksisrettleiarar</translation>
    </message>
    <message>
        <source>Calendar of a site (.ics)</source>
        <translation>Kalender for ein praksisstad (.ics)</translation>
    </message>
    <message>
        <source>Calendar of a supervisor (.ics)</source>
        <translation>Kalender for ein praksisrettleiar (.ics)</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Rapport:</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Utdanningsinstitusjon</translation>
    </message>
    <message>
        <source>&amp;School:</source>
        <translation>&amp;Utdanningsinstitusjon:</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Praksisstad</translation>
    </message>
    <message>
        <source>Si&amp;te:</source>
        <translation>Pra&amp;ksisstad:</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Praksisrettleiar</translation>
    </message>
    <message>
        <source>Super&amp;visor:</source>
        <translation>Praksisrett&amp;leiar:</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Periode</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Frå</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Første dag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Siste dag</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;til</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Datoar:</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Førehandsvising av rapporten</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Eksporter &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation>Eksporter &amp;XLSX…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Eksporter P&amp;DF…</translation>
    </message>
    <message>
        <source>Export calendar (.&amp;ics)…</source>
        <translation>Eksporter kalender (.&amp;ics)…</translation>
    </message>
    <message>
        <source>All schools</source>
        <translation>Alle utdanningsinstitusjonar</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in the report</source>
        <translation>
            <numerusform>%n rad i rapporten</numerusform>
            <numerusform>%n rader i rapporten</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan has no schools yet.</source>
        <translation>Planen har ingen utdanningsinstitusjonar enno.</translation>
    </message>
    <message>
        <source>Choose a school.</source>
        <translation>Vel ein utdanningsinstitusjon.</translation>
    </message>
    <message>
        <source>The plan has no periods yet; choose dates instead.</source>
        <translation>Planen har ingen periodar enno; vel datoar i staden.</translation>
    </message>
    <message>
        <source>The plan has no sites yet.</source>
        <translation>Planen har ingen praksisstader enno.</translation>
    </message>
    <message>
        <source>The plan has no supervisors yet.</source>
        <translation>Planen har ingen praksisrettleiarar enno.</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Hending</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Stad</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n hending</numerusform>
            <numerusform>%n hendingar</numerusform>
        </translation>
    </message>
    <message>
        <source>Placement report %1 %2</source>
        <translation>Rapport over praksisplassar %1 %2</translation>
    </message>
    <message>
        <source>Supervisor report %1 %2</source>
        <translation>Rapport for praksisrettleiarar %1 %2</translation>
    </message>
    <message>
        <source>Supervisor report %1</source>
        <translation>Rapport for praksisrettleiarar %1</translation>
    </message>
    <message>
        <source>Placements %1</source>
        <translation>Praksisplassar %1</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-arbeidsbøker (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-filer (*.ics)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Eksporter rapport</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Skreiv %1.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Eksporten vart avbroten; inga fil vart skriven.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Eksporten gjekk ikkje</translation>
    </message>
    <message>
        <source>There is no report to export.</source>
        <translation>Det finst ingen rapport å eksportere.</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation>Ein eksport pågår allereie.</translation>
    </message>
    <message>
        <source>This report cannot be exported as %1.</source>
        <translation>Denne rapporten kan ikkje eksporterast som %1.</translation>
    </message>
    <message>
        <source>Writing %1 …</source>
        <translation>Skriv %1 …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksporter</translation>
    </message>
    <message>
        <source>By period</source>
        <translation>Etter periode</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datoar</translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it?</source>
        <translation>«%1» finst allereie. Vil du erstatte henne?</translation>
    </message>
    <message>
        <source>Recruitment report</source>
        <translation>Rekrutteringsrapport</translation>
    </message>
    <message>
        <source>Recruitment report %1</source>
        <translation>Rekrutteringsrapport %1</translation>
    </message>
</context>
<context>
    <name>praksis::SchemaCheck</name>
    <message>
        <source>table</source>
        <translation>tabellen</translation>
    </message>
    <message>
        <source>index</source>
        <translation>indeksen</translation>
    </message>
    <message>
        <source>view</source>
        <translation>visinga</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>utløysaren</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 «%2»</translation>
    </message>
    <message>
        <source>No database could be created in memory.</source>
        <translation>Ingen database kunne opprettast i minnet.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>og %n til</numerusform>
            <numerusform>og %n til</numerusform>
        </translation>
    </message>
    <message>
        <source>it holds %1, which Praksisplan does not create</source>
        <translation>han inneheld %1, som Praksisplan ikkje opprettar</translation>
    </message>
    <message>
        <source>%1 differs from what Praksisplan creates</source>
        <translation>%1 er annleis enn det Praksisplan opprettar</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 manglar</translation>
    </message>
    <message>
        <source>The plan “%1” was changed by another program (%2). It could run that program&apos;s commands inside Praksisplan, so it is not opened. Restore a backup.</source>
        <translation>Planen «%1» er endra av eit anna program (%2). Han kunne ha køyrt kommandoane til det programmet inne i Praksisplan, så han blir ikkje opna. Gjenopprett ein tryggleikskopi.</translation>
    </message>
    <message>
        <source>The plan is not open.</source>
        <translation>Planen er ikkje open.</translation>
    </message>
    <message>
        <source>The plan could not be opened in SQLite&apos;s defensive mode.</source>
        <translation>Planen kunne ikkje opnast i den verna modusen til SQLite.</translation>
    </message>
</context>
<context>
    <name>praksis::SchoolRepository</name>
    <message>
        <source>There is no school with id %1.</source>
        <translation>Det finst ingen utdanningsinstitusjon med id %1.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation>Organisasjonsnummer</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>There is already a school named “%1”.</source>
        <translation>Det finst allereie ein utdanningsinstitusjon som heiter «%1».</translation>
    </message>
    <message>
        <source>There is already a school with id %1.</source>
        <translation>Det finst allereie ein utdanningsinstitusjon med id %1.</translation>
    </message>
    <message>
        <source>The school “%1”</source>
        <translation>Utdanningsinstitusjonen «%1»</translation>
    </message>
    <message>
        <source>There is no programme with id %1.</source>
        <translation>Det finst ikkje noko studieprogram med id %1.</translation>
    </message>
    <message>
        <source>The programme has no school: school %1 does not exist.</source>
        <translation>Studieprogrammet manglar utdanningsinstitusjon: utdanningsinstitusjonen %1 finst ikkje.</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Utdanningsinstitusjon</translation>
    </message>
    <message>
        <source>%1 already has a programme named “%2”.</source>
        <translation>%1 har allereie eit studieprogram som heiter «%2».</translation>
    </message>
    <message>
        <source>There is already a programme with id %1.</source>
        <translation>Det finst allereie eit studieprogram med id %1.</translation>
    </message>
    <message>
        <source>The programme “%1” cannot move to another school: it is taken by %2 of %3.</source>
        <translation>Studieprogrammet «%1» kan ikkje flyttast til ein annan utdanningsinstitusjon: det blir teke av %2 ved %3.</translation>
    </message>
    <message>
        <source>The programme “%1”</source>
        <translation>Studieprogrammet «%1»</translation>
    </message>
</context>
<context>
    <name>praksis::SchoolsPage</name>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Studieprogram</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Studentar</translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation>Organisasjonsnummer</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Add &amp;programme…</source>
        <translation>Legg til studie&amp;program…</translation>
    </message>
    <message>
        <source>Remove p&amp;rogramme…</source>
        <translation>&amp;Fjern studieprogram…</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle typar</translation>
    </message>
    <message>
        <source>%1 of %2 schools shown</source>
        <translation>%1 av %2 utdanningsinstitusjonar blir viste</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Utdanningsinstitusjon</translation>
    </message>
    <message>
        <source>the school %1</source>
        <translation>utdanningsinstitusjonen %1</translation>
    </message>
    <message>
        <source>Delete school %1</source>
        <translation>Slett utdanningsinstitusjonen %1</translation>
    </message>
    <message>
        <source>New school</source>
        <translation>Ny utdanningsinstitusjon</translation>
    </message>
    <message>
        <source>School %1</source>
        <translation>Utdanningsinstitusjonen %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Organisation number:</source>
        <translation>&amp;Organisasjonsnummer:</translation>
    </message>
    <message>
        <source>&amp;Contact person:</source>
        <translation>&amp;Kontaktperson:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-post:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Tele&amp;fon:</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Add school %1</source>
        <translation>Legg til utdanningsinstitusjonen %1</translation>
    </message>
    <message>
        <source>Edit school %1</source>
        <translation>Rediger utdanningsinstitusjonen %1</translation>
    </message>
    <message>
        <source>Add programme</source>
        <translation>Legg til studieprogram</translation>
    </message>
    <message>
        <source>Choose the school first.</source>
        <translation>Vel utdanningsinstitusjonen først.</translation>
    </message>
    <message>
        <source>New programme</source>
        <translation>Nytt studieprogram</translation>
    </message>
    <message>
        <source>Add programme %1</source>
        <translation>Legg til studieprogrammet %1</translation>
    </message>
    <message>
        <source>Remove programme</source>
        <translation>Fjern studieprogram</translation>
    </message>
    <message>
        <source>The chosen school has no programmes.</source>
        <translation>Den valde utdanningsinstitusjonen har ingen studieprogram.</translation>
    </message>
    <message>
        <source>Remove a programme</source>
        <translation>Fjern eit studieprogram</translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation>&amp;Studieprogram:</translation>
    </message>
    <message>
        <source>the programme %1</source>
        <translation>studieprogrammet %1</translation>
    </message>
    <message>
        <source>Remove programme %1</source>
        <translation>Fjern studieprogrammet %1</translation>
    </message>
    <message>
        <source>Choose a school in the table first: the programme belongs to it.</source>
        <translation>Vel ein utdanningsinstitusjon i tabellen først: studieprogrammet høyrer til institusjonen.</translation>
    </message>
    <message>
        <source>Choose a school in the table first.</source>
        <translation>Vel ein utdanningsinstitusjon i tabellen først.</translation>
    </message>
</context>
<context>
    <name>praksis::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Innstillingar</translation>
    </message>
    <message>
        <source>Organisation (on printed documents)</source>
        <translation>Verksemd (på utskrivne dokument)</translation>
    </message>
    <message>
        <source>e.g. Bergen kommune, Helse og omsorg</source>
        <translation>t.d. Bergen kommune, Helse og omsorg</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>Choose &amp;logo…</source>
        <translation>Vel &amp;logo…</translation>
    </message>
    <message>
        <source>&amp;Remove logo</source>
        <translation>&amp;Fjern logo</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>&amp;Document language:</source>
        <translation>&amp;Dokumentspråk:</translation>
    </message>
    <message>
        <source>Planner costs (lower is better)</source>
        <translation>Kostnader i planleggaren (lågare er betre)</translation>
    </message>
    <message>
        <source>First choice:</source>
        <translation>Førsteønske:</translation>
    </message>
    <message>
        <source>Second choice:</source>
        <translation>Andreønske:</translation>
    </message>
    <message>
        <source>Third choice:</source>
        <translation>Tredjeønske:</translation>
    </message>
    <message>
        <source>A site not chosen:</source>
        <translation>Praksisstad som ikkje er ønskt:</translation>
    </message>
    <message>
        <source>A site visited before:</source>
        <translation>Praksisstad studenten har vore på før:</translation>
    </message>
    <message>
        <source>A student left unplaced:</source>
        <translation>Student utan praksisplass:</translation>
    </message>
    <message>
        <source>Absence limits (share of the planned hours)</source>
        <translation>Fråværsgrenser (del av planlagde timar)</translation>
    </message>
    <message>
        <source>To be &amp;made up above:</source>
        <translation>Må &amp;takast att over:</translation>
    </message>
    <message>
        <source>Period &amp;at risk above:</source>
        <translation>I fare&amp;sona over:</translation>
    </message>
    <message>
        <source>This program</source>
        <translation>Dette programmet</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Som systemet</translation>
    </message>
    <message>
        <source>A new interface language is used from the next start.</source>
        <translation>Nytt språk i programmet blir teke i bruk neste gong programmet startar.</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>Språk i &amp;programmet:</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Innstillingane vart ikkje lagra</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Vel ein logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Bilete (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>Logo not read</source>
        <translation>Logoen vart ikkje lesen</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>«%1» kunne ikkje lesast: %2</translation>
    </message>
    <message>
        <source>“%1” is not a PNG, JPEG or SVG image.</source>
        <translation>«%1» er ikkje eit PNG-, JPEG- eller SVG-bilete. Vel eit bilete i eitt av desse formata.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Ingen logo</translation>
    </message>
    <message>
        <source>Logo set</source>
        <translation>Logo er vald</translation>
    </message>
    <message>
        <source>“Period at risk” must be above “to be made up”.</source>
        <translation>«I faresona» må vere høgare enn «må takast att».</translation>
    </message>
    <message>
        <source>Welcome letters</source>
        <translation>Velkomstbrev</translation>
    </message>
    <message>
        <source>The time to arrive on the first day, for the sites that have none of their own (each site&apos;s form can give its own, with a meeting place and a note).</source>
        <translation>Oppmøtetida første dag for praksisstader som ikkje har si eiga (kvar praksisstad kan ha si eiga i skjemaet, med møtestad og ein merknad).</translation>
    </message>
    <message>
        <source>Default a&amp;rrival time:</source>
        <translation>Standard opp&amp;møtetid:</translation>
    </message>
    <message>
        <source>Write the time to arrive, e.g. 10:00.</source>
        <translation>Skriv oppmøtetida, til dømes 10:00.</translation>
    </message>
</context>
<context>
    <name>praksis::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Snøggtastar</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Snøggtast</translation>
    </message>
</context>
<context>
    <name>praksis::SiteRepository</name>
    <message>
        <source>There is no site with id %1.</source>
        <translation>Det finst ingen praksisstad med id %1.</translation>
    </message>
    <message>
        <source>Several sites are named “%1”; name the unit too: %2.</source>
        <translation>Fleire praksisstader heiter «%1»; oppgi avdelinga også: %2.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Praksisstad</translation>
    </message>
    <message>
        <source>There is no site named “%1”.</source>
        <translation>Det finst ingen praksisstad som heiter «%1».</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Municipality number</source>
        <translation>Kommunenummer</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapasitet</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>There is already a site “%1”.</source>
        <translation>Praksisstaden «%1» finst allereie.</translation>
    </message>
    <message>
        <source>There is already a site with id %1.</source>
        <translation>Det finst allereie ein praksisstad med id %1.</translation>
    </message>
    <message>
        <source>The site “%1”</source>
        <translation>Praksisstaden «%1»</translation>
    </message>
</context>
<context>
    <name>praksis::SiteWelcomes</name>
    <message>
        <source>“%1” is not a time of day: write it as 10:00.</source>
        <translation>«%1» er ikkje eit klokkeslett: skriv det som 10:00.</translation>
    </message>
    <message>
        <source>Arrival time</source>
        <translation>Oppmøtetid</translation>
    </message>
    <message>
        <source>The placement site %1 does not exist.</source>
        <translation>Praksisstaden %1 finst ikkje.</translation>
    </message>
</context>
<context>
    <name>praksis::SitesPage</name>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Avdeling</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapasitet</translation>
    </message>
    <message>
        <source>Supervisors</source>
        <translation>Praksisrettleiarar</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle typar</translation>
    </message>
    <message>
        <source>%1 of %2 sites shown</source>
        <translation>%1 av %2 praksisstader blir viste</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Praksisstad</translation>
    </message>
    <message>
        <source>the site %1</source>
        <translation>praksisstaden %1</translation>
    </message>
    <message>
        <source>Delete site %1</source>
        <translation>Slett praksisstaden %1</translation>
    </message>
    <message>
        <source>New site</source>
        <translation>Ny praksisstad</translation>
    </message>
    <message>
        <source>Site %1</source>
        <translation>Praksisstaden %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Avdeling:</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Kommune:</translation>
    </message>
    <message>
        <source>Municipality n&amp;umber:</source>
        <translation>Kommunen&amp;ummer:</translation>
    </message>
    <message>
        <source>Municipality number</source>
        <translation>Kommunenummer</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>A&amp;dresse:</translation>
    </message>
    <message>
        <source>&amp;Capacity (students at a time):</source>
        <translation>Ka&amp;pasitet (studentar samstundes):</translation>
    </message>
    <message>
        <source>C&amp;ontact person:</source>
        <translation>K&amp;ontaktperson:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-post:</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Tele&amp;fon:</translation>
    </message>
    <message>
        <source>Add site %1</source>
        <translation>Legg til praksisstaden %1</translation>
    </message>
    <message>
        <source>Edit site %1</source>
        <translation>Rediger praksisstaden %1</translation>
    </message>
    <message>
        <source>A&amp;rrival time, first day:</source>
        <translation>Opp&amp;møtetid første dag:</translation>
    </message>
    <message>
        <source>%1 (the plan&apos;s default)</source>
        <translation>%1 (standard for planen)</translation>
    </message>
    <message>
        <source>Meeting p&amp;lace:</source>
        <translation>Møte&amp;stad:</translation>
    </message>
    <message>
        <source>The address above</source>
        <translation>Adressa over</translation>
    </message>
    <message>
        <source>Note in the &amp;welcome letter:</source>
        <translation>Merknad i &amp;velkomstbrevet:</translation>
    </message>
    <message>
        <source>Parking, what to bring, who to ask for …</source>
        <translation>Parkering, kva studenten skal ha med, kven ho skal spørje etter …</translation>
    </message>
</context>
<context>
    <name>praksis::SqlTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nei</translation>
    </message>
</context>
<context>
    <name>praksis::StudentRepository</name>
    <message>
        <source>There is no student with id %1.</source>
        <translation>Det finst ingen student med id %1.</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Førenamn</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Etternamn</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>Studentnummer</translation>
    </message>
    <message>
        <source>The student number of %1 looks like a national identity number, which Praksisplan never stores. Use the number the school gives its students.</source>
        <translation>Studentnummeret til %1 ser ut som eit fødselsnummer, som Praksisplan aldri lagrar. Bruk nummeret utdanningsinstitusjonen gir studentane sine.</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Kull</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>%1 has no school: school %2 does not exist.</source>
        <translation>%1 manglar utdanningsinstitusjon: utdanningsinstitusjonen %2 finst ikkje.</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Utdanningsinstitusjon</translation>
    </message>
    <message>
        <source>Programme %1 does not exist.</source>
        <translation>Studieprogrammet %1 finst ikkje.</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Studieprogram</translation>
    </message>
    <message>
        <source>The programme “%1” belongs to %2, not to %3.</source>
        <translation>Studieprogrammet «%1» høyrer til %2, ikkje til %3.</translation>
    </message>
    <message>
        <source>Student number %1 is already used by %2 at %3.</source>
        <translation>Studentnummeret %1 er allereie brukt av %2 ved %3.</translation>
    </message>
    <message>
        <source>There is already a student with id %1.</source>
        <translation>Det finst allereie ein student med id %1.</translation>
    </message>
    <message>
        <source>The student %1</source>
        <translation>Studenten %1</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Ønske</translation>
    </message>
    <message>
        <source>A student can rank at most %1 sites for a period; %2 were given.</source>
        <translation>Ein student kan rangere høgst %1 praksisstader per periode; %2 vart oppgitt.</translation>
    </message>
    <message>
        <source>Student %1 does not exist.</source>
        <translation>Studenten %1 finst ikkje.</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Period %1 does not exist.</source>
        <translation>Perioden %1 finst ikkje.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Site %1 does not exist.</source>
        <translation>Praksisstaden %1 finst ikkje.</translation>
    </message>
    <message>
        <source>%1 is ranked more than once.</source>
        <translation>%1 er rangert meir enn éin gong.</translation>
    </message>
    <message>
        <source>%1 must not be placed at %2 (excluded), so it cannot be one of her choices.</source>
        <translation>%1 skal ikkje ha praksis ved %2 (ikkje aktuelt), så staden kan ikkje vere eitt av ønska.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Praksisstad</translation>
    </message>
    <message>
        <source>Student %1 has no exclusion for site %2.</source>
        <translation>Studenten %1 er ikkje markert som ikkje aktuell for praksisstaden %2.</translation>
    </message>
</context>
<context>
    <name>praksis::StudentsPage</name>
    <message>
        <source>&amp;School:</source>
        <translation>&amp;Utdanningsinstitusjon:</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Etternamn</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Førenamn</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>Studentnummer</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Utdanningsinstitusjon</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Studieprogram</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Kull</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Police certificate</source>
        <translation>Politiattest</translation>
    </message>
    <message>
        <source>All schools</source>
        <translation>Alle utdanningsinstitusjonar</translation>
    </message>
    <message>
        <source>%1 of %2 students shown</source>
        <translation>%1 av %2 studentar blir viste</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>the student %1</source>
        <translation>studenten %1</translation>
    </message>
    <message>
        <source>Delete student %1</source>
        <translation>Slett studenten %1</translation>
    </message>
    <message>
        <source>New student</source>
        <translation>Ny student</translation>
    </message>
    <message>
        <source>Student %1</source>
        <translation>Studenten %1</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Førenamn:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Etternamn:</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(vel)</translation>
    </message>
    <message>
        <source>Choose a school (add schools on the Schools page).</source>
        <translation>Vel ein utdanningsinstitusjon (legg til utdanningsinstitusjonar på sida Skular).</translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation>&amp;Studieprogram:</translation>
    </message>
    <message>
        <source>Student &amp;number:</source>
        <translation>Student&amp;nummer:</translation>
    </message>
    <message>
        <source>&amp;Cohort:</source>
        <translation>&amp;Kull:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>E-&amp;post:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Police certificate &amp;seen:</source>
        <translation>Po&amp;litiattest framvist:</translation>
    </message>
    <message>
        <source>Police certificate seen</source>
        <translation>Politiattest framvist</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.åååå</translation>
    </message>
    <message>
        <source>C&amp;onfidentiality signed:</source>
        <translation>Te&amp;ieplikterklæring signert:</translation>
    </message>
    <message>
        <source>Confidentiality signed</source>
        <translation>Teieplikterklæring signert</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>N&amp;otat:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Add student %1</source>
        <translation>Legg til studenten %1</translation>
    </message>
    <message>
        <source>Edit student %1</source>
        <translation>Rediger studenten %1</translation>
    </message>
    <message>
        <source>New hire:</source>
        <translation>Nytilsett:</translation>
    </message>
</context>
<context>
    <name>praksis::SupervisorRepository</name>
    <message>
        <source>There is no supervisor with id %1.</source>
        <translation>Det finst ingen praksisrettleiar med id %1.</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Førenamn</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Etternamn</translation>
    </message>
    <message>
        <source>Maximum students</source>
        <translation>Maks. tal på studentar</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>%1 has no site: site %2 does not exist.</source>
        <translation>%1 manglar praksisstad: praksisstaden %2 finst ikkje.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Praksisstad</translation>
    </message>
    <message>
        <source>The training year %1 of %2 is not a plausible year.</source>
        <translation>Utdanningsåret %1 for %2 er ikkje eit truleg år.</translation>
    </message>
    <message>
        <source>Training year</source>
        <translation>Utdanningsår</translation>
    </message>
    <message>
        <source>%1 cannot move to another site: %2 at her present site name her as supervisor.</source>
        <translation>%1 kan ikkje flyttast til ein annan praksisstad: %2 ved noverande praksisstad har vedkomande som praksisrettleiar.</translation>
    </message>
    <message>
        <source>There is already a supervisor with id %1.</source>
        <translation>Det finst allereie ein praksisrettleiar med id %1.</translation>
    </message>
    <message>
        <source>The supervisor %1</source>
        <translation>Praksisrettleiaren %1</translation>
    </message>
    <message>
        <source>There is no absence period with id %1.</source>
        <translation>Det finst ingen fråværsperiode med id %1.</translation>
    </message>
    <message>
        <source>The absence period has no start date.</source>
        <translation>Fråværsperioden manglar startdato.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>The absence period has no end date.</source>
        <translation>Fråværsperioden manglar sluttdato.</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slutt</translation>
    </message>
    <message>
        <source>Supervisor %1 does not exist.</source>
        <translation>Praksisrettleiaren %1 finst ikkje.</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Praksisrettleiar</translation>
    </message>
    <message>
        <source>The absence period belongs to no supervisor.</source>
        <translation>Fråværsperioden høyrer ikkje til nokon praksisrettleiar.</translation>
    </message>
    <message>
        <source>There is already an absence period with id %1.</source>
        <translation>Det finst allereie ein fråværsperiode med id %1.</translation>
    </message>
</context>
<context>
    <name>praksis::SupervisorsPage</name>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Praksisstad:</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Etternamn</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Førenamn</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Praksisstad</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Yrke</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Rettleiarutdanning</translation>
    </message>
    <message>
        <source>Max students</source>
        <translation>Maks. studentar</translation>
    </message>
    <message>
        <source>Absences</source>
        <translation>Fråvær</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Alle praksisstader</translation>
    </message>
    <message>
        <source>%1 of %2 supervisors shown</source>
        <translation>%1 av %2 praksisrettleiarar blir viste</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Praksisrettleiar</translation>
    </message>
    <message>
        <source>the supervisor %1</source>
        <translation>praksisrettleiaren %1</translation>
    </message>
    <message>
        <source>Delete supervisor %1</source>
        <translation>Slett praksisrettleiaren %1</translation>
    </message>
    <message>
        <source>New supervisor</source>
        <translation>Ny praksisrettleiar</translation>
    </message>
    <message>
        <source>Supervisor %1</source>
        <translation>Praksisrettleiaren %1</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Førenamn:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Etternamn:</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(vel)</translation>
    </message>
    <message>
        <source>Choose a site (add sites on the Sites page).</source>
        <translation>Vel ein praksisstad (legg til praksisstader på sida Praksisstader).</translation>
    </message>
    <message>
        <source>&amp;Profession:</source>
        <translation>&amp;Yrke:</translation>
    </message>
    <message>
        <source>Has supervision &amp;training</source>
        <translation>Har &amp;rettleiarutdanning</translation>
    </message>
    <message>
        <source>Training &amp;year:</source>
        <translation>&amp;Utdanningsår:</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>ikkje oppgitt</translation>
    </message>
    <message>
        <source>&amp;Max students at a time:</source>
        <translation>&amp;Maks. tal på studentar samstundes:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>E-p&amp;ost:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Add supervisor %1</source>
        <translation>Legg til praksisrettleiaren %1</translation>
    </message>
    <message>
        <source>Edit supervisor %1</source>
        <translation>Rediger praksisrettleiaren %1</translation>
    </message>
    <message>
        <source>Absence periods</source>
        <translation>Fråværsperiodar</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Frå</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <source>Absence %1: %2</source>
        <translation>Fråvær %1: %2</translation>
    </message>
    <message>
        <source>&amp;Add absence</source>
        <translation>&amp;Legg til fråvær</translation>
    </message>
    <message>
        <source>Remo&amp;ve absence</source>
        <translation>F&amp;jern fråvær</translation>
    </message>
    <message>
        <source>Absence periods:</source>
        <translation>Fråværsperiodar:</translation>
    </message>
</context>
<context>
    <name>praksis::TemplateModel</name>
    <message>
        <source>Task</source>
        <translation>Oppgåve</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarleg</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
</context>
<context>
    <name>praksis::TemplatePage</name>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Mal:</translation>
    </message>
    <message>
        <source>New site variant…</source>
        <translation>Ny variant for praksisstad…</translation>
    </message>
    <message>
        <source>Give one site its own template, starting as a copy of the default.</source>
        <translation>Gi éin praksisstad ein eigen mal, som startar som ein kopi av standardmalen.</translation>
    </message>
    <message>
        <source>Remove variant</source>
        <translation>Fjern variant</translation>
    </message>
    <message>
        <source>The site uses the default template again.</source>
        <translation>Praksisstaden brukar standardmalen igjen.</translation>
    </message>
    <message>
        <source>Restore the default…</source>
        <translation>Gjenopprett standardmalen…</translation>
    </message>
    <message>
        <source>Replace the default template by the one Praksisplan comes with.</source>
        <translation>Erstatt standardmalen med den som følgjer med Praksisplan.</translation>
    </message>
    <message>
        <source>Welcome letters…</source>
        <translation>Velkomstbrev…</translation>
    </message>
    <message>
        <source>Print the welcome letters and checklists of a period.</source>
        <translation>Skriv ut velkomstbrev og sjekklister for ein praksisperiode.</translation>
    </message>
    <message>
        <source>Checklists are made from the template when a placement is made; editing the template does not change the checklists that exist.</source>
        <translation>Sjekklister blir laga frå malen når ein praksisplass blir oppretta; endringar i malen påverkar ikkje sjekklister som finst frå før.</translation>
    </message>
    <message>
        <source>Sections and items of the template</source>
        <translation>Delar og punkt i malen</translation>
    </message>
    <message>
        <source>Add section</source>
        <translation>Legg til del</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Legg til punkt</translation>
    </message>
    <message>
        <source>Choose a section or an item to edit it.</source>
        <translation>Vel ein del eller eit punkt for å redigere det.</translation>
    </message>
    <message>
        <source>Title (Bokmål):</source>
        <translation>Tittel (bokmål):</translation>
    </message>
    <message>
        <source>Title (Nynorsk):</source>
        <translation>Tittel (nynorsk):</translation>
    </message>
    <message>
        <source>Title (English):</source>
        <translation>Tittel (engelsk):</translation>
    </message>
    <message>
        <source>Task (Bokmål):</source>
        <translation>Oppgåve (bokmål):</translation>
    </message>
    <message>
        <source>Task (Nynorsk):</source>
        <translation>Oppgåve (nynorsk):</translation>
    </message>
    <message>
        <source>Task (English):</source>
        <translation>Oppgåve (engelsk):</translation>
    </message>
    <message>
        <source>Responsible:</source>
        <translation>Ansvarleg:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <source>Due day, in days from the first or last day</source>
        <translation>Fristdag, i dagar frå første eller siste dag</translation>
    </message>
    <message>
        <source>Due day counted from</source>
        <translation>Fristdag rekna frå</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Frist:</translation>
    </message>
    <message>
        <source>Default template (all sites)</source>
        <translation>Standardmal (alle praksisstader)</translation>
    </message>
    <message>
        <source>Variant for %1</source>
        <translation>Variant for %1</translation>
    </message>
    <message>
        <source>Rename section “%1”</source>
        <translation>Gi delen «%1» nytt namn</translation>
    </message>
    <message>
        <source>Edit item “%1”</source>
        <translation>Rediger punktet «%1»</translation>
    </message>
    <message>
        <source>New section</source>
        <translation>Ny del</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Nytt punkt</translation>
    </message>
    <message>
        <source>Remove section</source>
        <translation>Fjern del</translation>
    </message>
    <message numerus="yes">
        <source>Remove the section “%1” and its %n item(s)?</source>
        <translation>
            <numerusform>Vil du fjerne delen «%1» med %n punkt?</numerusform>
            <numerusform>Vil du fjerne delen «%1» med %n punkt?</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove section “%1”</source>
        <translation>Fjern delen «%1»</translation>
    </message>
    <message>
        <source>Remove item “%1”</source>
        <translation>Fjern punktet «%1»</translation>
    </message>
    <message>
        <source>Move section</source>
        <translation>Flytt del</translation>
    </message>
    <message>
        <source>Move item</source>
        <translation>Flytt punkt</translation>
    </message>
    <message>
        <source>New site variant</source>
        <translation>Ny variant for praksisstad</translation>
    </message>
    <message>
        <source>Every site has its own variant already.</source>
        <translation>Alle praksisstader har allereie sin eigen variant.</translation>
    </message>
    <message>
        <source>The site that gets its own template (a copy of the default):</source>
        <translation>Praksisstaden som skal få ein eigen mal (ein kopi av standardmalen):</translation>
    </message>
    <message>
        <source>Remove “%1”? The site uses the default template again.</source>
        <translation>Vil du fjerne «%1»? Praksisstaden brukar då standardmalen igjen.</translation>
    </message>
    <message>
        <source>Remove site variant</source>
        <translation>Fjern varianten for praksisstaden</translation>
    </message>
    <message>
        <source>Restore the default</source>
        <translation>Gjenopprett standardmalen</translation>
    </message>
    <message>
        <source>Replace the default template by the one Praksisplan comes with? You can undo this.</source>
        <translation>Vil du erstatte standardmalen med den som følgjer med Praksisplan? Du kan angre dette.</translation>
    </message>
    <message>
        <source>Restore the default template</source>
        <translation>Gjenopprett standardmalen</translation>
    </message>
    <message>
        <source>the first day</source>
        <translation>første dag</translation>
    </message>
    <message>
        <source>the last day</source>
        <translation>siste dag</translation>
    </message>
    <message>
        <source>&amp;from</source>
        <translation>&amp;frå</translation>
    </message>
</context>
<context>
    <name>praksis::Transaction</name>
    <message>
        <source>The transaction was already finished.</source>
        <translation>Transaksjonen var allereie avslutta.</translation>
    </message>
</context>
<context>
    <name>praksis::UnplacedStudentsModel</name>
    <message>
        <source>Student number %1, %2</source>
        <translation>Studentnummer %1, %2</translation>
    </message>
    <message>
        <source>Choice %1: %2</source>
        <translation>Ønske %1: %2</translation>
    </message>
    <message>
        <source>No choices given</source>
        <translation>Ingen ønske oppgitt</translation>
    </message>
    <message>
        <source>Drag her onto a site, or press Enter to place her.</source>
        <translation>Dra studenten til ein praksisstad, eller trykk Enter for å plassere studenten.</translation>
    </message>
    <message>
        <source>Choices: %1</source>
        <translation>Ønske: %1</translation>
    </message>
</context>
<context>
    <name>praksis::UserGuideDialog</name>
    <message>
        <source>User guide</source>
        <translation>Brukarrettleiing</translation>
    </message>
    <message>
        <source>Pages of the user guide</source>
        <translation>Sidene i brukarrettleiinga</translation>
    </message>
</context>
<context>
    <name>praksis::Validation</name>
    <message>
        <source>Organisation number</source>
        <translation>Organisasjonsnummer</translation>
    </message>
    <message>
        <source>The organisation number is empty. It must have 9 digits.</source>
        <translation>Organisasjonsnummeret manglar. Det må ha 9 siffer.</translation>
    </message>
    <message>
        <source>The organisation number “%1” may only contain digits and spaces.</source>
        <translation>Organisasjonsnummeret «%1» kan berre innehalde siffer og mellomrom.</translation>
    </message>
    <message>
        <source>The organisation number %1 must have 9 digits; it has %2.</source>
        <translation>Organisasjonsnummeret %1 må ha 9 siffer; det har %2.</translation>
    </message>
    <message>
        <source>The organisation number %1 has a wrong check digit.</source>
        <translation>Organisasjonsnummeret %1 har feil kontrollsiffer. Kontroller nummeret.</translation>
    </message>
    <message>
        <source>Municipality number</source>
        <translation>Kommunenummer</translation>
    </message>
    <message>
        <source>The municipality number is empty. It must have exactly 4 digits.</source>
        <translation>Kommunenummeret manglar. Det må ha nøyaktig 4 siffer.</translation>
    </message>
    <message>
        <source>The municipality number “%1” must have exactly 4 digits, such as 0301.</source>
        <translation>Kommunenummeret «%1» må ha nøyaktig 4 siffer, til dømes 0301.</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>The e-mail address is empty.</source>
        <translation>E-postadressa manglar.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address: %2</source>
        <translation>«%1» er ikkje ei e-postadresse: %2</translation>
    </message>
    <message>
        <source>it contains a space.</source>
        <translation>ho inneheld eit mellomrom.</translation>
    </message>
    <message>
        <source>it must contain exactly one @.</source>
        <translation>ho må innehalde nøyaktig éin @.</translation>
    </message>
    <message>
        <source>there is nothing before the @.</source>
        <translation>det står ingenting framfor @.</translation>
    </message>
    <message>
        <source>the part after the @ must be a domain such as example.no.</source>
        <translation>delen etter @ må vere eit domene, til dømes døme.no.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>The phone number is empty.</source>
        <translation>Telefonnummeret manglar.</translation>
    </message>
    <message>
        <source>The phone number “%1” may only contain digits, spaces and a leading +.</source>
        <translation>Telefonnummeret «%1» kan berre innehalde siffer, mellomrom og + først.</translation>
    </message>
    <message>
        <source>The phone number “%1” has too few digits.</source>
        <translation>Telefonnummeret «%1» har for få siffer.</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>«%1» manglar.</translation>
    </message>
    <message>
        <source>“%1” must be 0 or more; it is %2.</source>
        <translation>«%1» må vere 0 eller meir; det er %2.</translation>
    </message>
    <message>
        <source>“%1” is empty. Write a whole number, 0 or more.</source>
        <translation>«%1» manglar. Skriv eit heiltal, 0 eller meir.</translation>
    </message>
    <message>
        <source>“%1” must be a whole number, 0 or more; “%2” is not.</source>
        <translation>«%1» må vere eit heiltal, 0 eller meir; «%2» er ikkje det.</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Kull</translation>
    </message>
    <message>
        <source>The cohort year %1 is not plausible; it must lie between %2 and %3.</source>
        <translation>Kullåret %1 er ikkje truleg; det må liggje mellom %2 og %3.</translation>
    </message>
    <message>
        <source>The cohort “%1” must be a year such as 2026.</source>
        <translation>Kullet «%1» må vere eit årstal, til dømes 2026.</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>Timar per veke</translation>
    </message>
    <message>
        <source>The hours per week must be more than 0 and at most 60; %1 is not.</source>
        <translation>Timar per veke må vere meir enn 0 og høgst 60; %1 er ikkje det.</translation>
    </message>
    <message>
        <source>The hours per week “%1” is not a number such as 30 or 37,5.</source>
        <translation>Timar per veke «%1» er ikkje eit tal som 30 eller 37,5.</translation>
    </message>
    <message>
        <source>“%1” is empty. Write a date as dd.mm.yyyy, e.g. 24.08.2026.</source>
        <translation>«%1» manglar. Skriv datoen som dd.mm.åååå, t.d. 24.08.2026.</translation>
    </message>
    <message>
        <source>“%1” is not a date: “%2”. Write it as dd.mm.yyyy, e.g. 24.08.2026.</source>
        <translation>«%1» er ikkje ein dato: «%2». Skriv han som dd.mm.åååå, t.d. 24.08.2026.</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slutt</translation>
    </message>
    <message>
        <source>The end date %1 is before the start date %2.</source>
        <translation>Sluttdatoen %1 er før startdatoen %2.</translation>
    </message>
    <message>
        <source>The column “%1” looks like national identity numbers or health data, which Praksisplan never stores. Remove the column from the file and import again. Nothing was imported.</source>
        <translation>Kolonnen «%1» ser ut til å innehalde fødselsnummer eller helseopplysningar, som Praksisplan aldri lagrar. Fjern kolonnen frå fila og importer på nytt. Ingenting vart importert.</translation>
    </message>
    <message>
        <source>“%1” holds a control character (%2) at position %3. Only text, tabs and line breaks can be stored: remove it.</source>
        <translation>«%1» inneheld eit kontrollteikn (%2) på plass %3. Berre tekst, tabulatorar og linjeskift kan lagrast: fjern det.</translation>
    </message>
    <message>
        <source>“%1” holds a control character (%2) at position %3. Only text on one line can be stored: remove it.</source>
        <translation>«%1» inneheld eit kontrollteikn (%2) på plass %3. Berre tekst på éi linje kan lagrast: fjern det.</translation>
    </message>
    <message>
        <source>“%1” holds what looks like a national identity number (fødselsnummer or D-nummer). Praksisplan never stores those: remove it.</source>
        <translation>«%1» inneheld noko som ser ut som eit fødselsnummer eller D-nummer. Praksisplan lagrar aldri slike: fjern det.</translation>
    </message>
</context>
<context>
    <name>praksis::WelcomeDialog</name>
    <message>
        <source>Welcome to Praksisplan</source>
        <translation>Velkomen til Praksisplan</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Praksisplan&lt;/h2&gt;&lt;p&gt;Plan practice placements: schools, students, sites, supervisors and periods in one plan file. Every change is saved at once.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Velkomen til Praksisplan&lt;/h2&gt;&lt;p&gt;Planlegg praksisplassar: utdanningsinstitusjonar, studentar, praksisstader, praksisrettleiarar og praksisperiodar i éi planfil. Kvar endring blir lagra med ein gong.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>New plan…</source>
        <translation>Ny plan…</translation>
    </message>
    <message>
        <source>Create an empty plan file.</source>
        <translation>Opprett ei tom planfil.</translation>
    </message>
    <message>
        <source>Open plan…</source>
        <translation>Opne plan…</translation>
    </message>
    <message>
        <source>Open a plan file you already have.</source>
        <translation>Opne ei planfil du allereie har.</translation>
    </message>
    <message>
        <source>Open a demo plan…</source>
        <translation>Opne ein demoplan…</translation>
    </message>
    <message>
        <source>Try the program on realistic generated data (made-up people).</source>
        <translation>Prøv programmet med realistiske genererte data (oppdikta personar).</translation>
    </message>
    <message>
        <source>The demo generator is not part of this build yet.</source>
        <translation>Demogeneratoren er ikkje med i denne versjonen enno.</translation>
    </message>
    <message>
        <source>Recent plans</source>
        <translation>Nyleg brukte planar</translation>
    </message>
    <message>
        <source>&amp;Recent plans:</source>
        <translation>&amp;Nyleg brukte planar:</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avslutt</translation>
    </message>
</context>
<context>
    <name>praksis::WelcomeLetter</name>
    <message>
        <source>The placement %1 does not exist.</source>
        <translation>Praksisplassen %1 finst ikkje.</translation>
    </message>
    <message>
        <source>Documents can only be made by a program with a QGuiApplication.</source>
        <translation>Dokument kan berre lagast av eit program med QGuiApplication.</translation>
    </message>
    <message>
        <source>The document font could not be loaded.</source>
        <translation>Skrifttypen for dokumentet kunne ikkje lastast inn.</translation>
    </message>
    <message>
        <source>There are no placements to print.</source>
        <translation>Det er ingen praksisplassar å skrive ut.</translation>
    </message>
    <message>
        <source>The document could not be started.</source>
        <translation>Dokumentet kunne ikkje opprettast.</translation>
    </message>
    <message>
        <source>Printing was cancelled; nothing was written.</source>
        <translation>Utskrifta vart avbroten; ingenting vart skrive.</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>«%1» kunne ikkje skrivast: %2</translation>
    </message>
</context>
<context>
    <name>praksis::WelcomeLettersDialog</name>
    <message>
        <source>Welcome letters</source>
        <translation>Velkomstbrev</translation>
    </message>
    <message>
        <source>The welcome letter and checklist of every placement of a period, each starting on a new page, in the plan&apos;s document language.</source>
        <translation>Velkomstbrevet og sjekklista for kvar praksisplass i ein praksisperiode, kvar på ei ny side, på dokumentspråket til planen.</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>Pra&amp;ksisstad:</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>Førehandsvising…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Lagre som PDF…</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Alle praksisstader</translation>
    </message>
    <message numerus="yes">
        <source>%n placement(s) to print.</source>
        <translation>
            <numerusform>%n praksisplass skal skrivast ut.</numerusform>
            <numerusform>%n praksisplassar skal skrivast ut.</numerusform>
        </translation>
    </message>
    <message>
        <source>No placements to print.</source>
        <translation>Ingen praksisplassar å skrive ut.</translation>
    </message>
    <message>
        <source>The period has no placements to print.</source>
        <translation>Perioden har ingen praksisplassar å skrive ut.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Skriv %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Welcome letters %1.pdf</source>
        <translation>Velkomstbrev %1.pdf</translation>
    </message>
    <message>
        <source>Save welcome letters as PDF</source>
        <translation>Lagre velkomstbrev som PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
</context>
<context>
    <name>praksis::WelcomeTemplates</name>
    <message>
        <source>The plan has no default welcome template. Restore the default.</source>
        <translation>Planen har ingen standard velkomstmal. Gjenopprett standardmalen.</translation>
    </message>
    <message>
        <source>The welcome template %1 does not exist.</source>
        <translation>Velkomstmalen %1 finst ikkje.</translation>
    </message>
    <message>
        <source>The template section %1 does not exist.</source>
        <translation>Maldelen %1 finst ikkje.</translation>
    </message>
    <message>
        <source>The template item %1 does not exist.</source>
        <translation>Malpunktet %1 finst ikkje.</translation>
    </message>
    <message>
        <source>A section needs a title.</source>
        <translation>Ein del må ha ein tittel.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>An item needs a text.</source>
        <translation>Eit punkt må ha ein tekst.</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>The due day %1 is out of range: use a day from %2 to %3.</source>
        <translation>Fristdagen %1 er utanfor gyldig område: bruk ein dag frå %2 til %3.</translation>
    </message>
    <message>
        <source>Due day</source>
        <translation>Fristdag</translation>
    </message>
    <message>
        <source>An item can only be moved within its own template.</source>
        <translation>Eit punkt kan berre flyttast innanfor sin eigen mal.</translation>
    </message>
    <message>
        <source>The placement site %1 does not exist.</source>
        <translation>Praksisstaden %1 finst ikkje.</translation>
    </message>
    <message>
        <source>“%1” has its own welcome template already.</source>
        <translation>«%1» har allereie sin eigen velkomstmal.</translation>
    </message>
    <message>
        <source>This placement site has no welcome template of its own.</source>
        <translation>Denne praksisstaden har ingen eigen velkomstmal.</translation>
    </message>
    <message>
        <source>The default welcome template could not be read.</source>
        <translation>Standard velkomstmal kunne ikkje lesast.</translation>
    </message>
    <message>
        <source>The default welcome template is damaged: %1</source>
        <translation>Standard velkomstmal er skadd: %1</translation>
    </message>
    <message>
        <source>The default welcome template is damaged: an item in “%1” has no text or an unknown role.</source>
        <translation>Standard velkomstmal er skadd: eit punkt i «%1» manglar tekst eller har ei ukjend rolle.</translation>
    </message>
    <message>
        <source>The default welcome template is empty.</source>
        <translation>Standard velkomstmal er tom.</translation>
    </message>
    <message>
        <source>On the last day</source>
        <translation>På siste dag</translation>
    </message>
    <message>
        <source>On the first day</source>
        <translation>På første dag</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before the last day</source>
        <translation>
            <numerusform>%n dag før siste dag</numerusform>
            <numerusform>%n dagar før siste dag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after the last day</source>
        <translation>
            <numerusform>%n dag etter siste dag</numerusform>
            <numerusform>%n dagar etter siste dag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before the first day</source>
        <translation>
            <numerusform>%n dag før første dag</numerusform>
            <numerusform>%n dagar før første dag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after the first day</source>
        <translation>
            <numerusform>%n dag etter første dag</numerusform>
            <numerusform>%n dagar etter første dag</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>praksis::XlsxWriter</name>
    <message>
        <source>The workbook “%1” could not be written: %2</source>
        <translation>Arbeidsboka «%1» kunne ikkje skrivast: %2</translation>
    </message>
    <message>
        <source>the file could not be created</source>
        <translation>fila kunne ikkje opprettast</translation>
    </message>
    <message>
        <source>the finished file could not be moved into place</source>
        <translation>den ferdige fila kunne ikkje flyttast på plass</translation>
    </message>
</context>
<context>
    <name>praksis::cli</name>
    <message>
        <source>The file “%1” already exists; nothing was changed.</source>
        <translation>Fila «%1» finst allereie; ingenting vart endra.</translation>
    </message>
    <message>
        <source>Created the plan %1 (schema version %2).</source>
        <translation>Oppretta planen %1 (skjemaversjon %2).</translation>
    </message>
    <message>
        <source>Create an empty plan file at the current schema version.</source>
        <translation>Opprett ei tom planfil med gjeldande skjemaversjon.</translation>
    </message>
    <message>
        <source>Usage: praksisplan-cli [--db PATH] [--json] COMMAND [ARGUMENTS]</source>
        <translation>Bruk: praksisplan-cli [--db STI] [--json] KOMMANDO [ARGUMENT]</translation>
    </message>
    <message>
        <source>Practice placements for municipal health and care services, without a window.</source>
        <translation>Praksisplassar i kommunale helse- og omsorgstenester, utan vindauge.</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Felles val:</translation>
    </message>
    <message>
        <source>the plan file (default: %1)</source>
        <translation>planfila (standard: %1)</translation>
    </message>
    <message>
        <source>print data as JSON</source>
        <translation>skriv ut data som JSON</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>vis denne hjelpa</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>vis versjonen</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Kommandoar:</translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 1 runtime error, 2 wrong usage, 3 invalid input (nothing was written).</source>
        <translation>Avslutningskodar: 0 ferdig, 1 feil under køyring, 2 feil bruk, 3 ugyldige inndata (ingenting vart skrive).</translation>
    </message>
    <message>
        <source>--db needs a file name.</source>
        <translation>--db treng eit filnamn.</translation>
    </message>
    <message>
        <source>Usage: praksisplan-cli %1</source>
        <translation>Bruk: praksisplan-cli %1</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Ukjend kommando «%1».</translation>
    </message>
    <message>
        <source>the file to write the copy to</source>
        <translation>fila kopien skal skrivast til</translation>
    </message>
    <message>
        <source>Name the file to write the copy to with -o FILE.</source>
        <translation>Oppgi fila kopien skal skrivast til, med -o FILE.</translation>
    </message>
    <message>
        <source>Copied the plan to %1.</source>
        <translation>Kopierte planen til %1.</translation>
    </message>
    <message>
        <source>Restored the plan %1 from %2 (plan version %3).</source>
        <translation>Gjenoppretta planen %1 frå %2 (planversjon %3).</translation>
    </message>
    <message>
        <source>The plan it replaced is kept as %1.</source>
        <translation>Planen som vart erstatta, er teken vare på som %1.</translation>
    </message>
    <message>
        <source>Write a consistent copy of the plan, also while another program uses it.</source>
        <translation>Skriv ein konsistent kopi av planen, også medan eit anna program brukar han.</translation>
    </message>
    <message>
        <source>Replace the plan with a copy, after checking the copy; the replaced plan is kept as a backup beside it.</source>
        <translation>Erstatt planen med ein kopi etter at kopien er kontrollert; planen som blir erstatta, blir teken vare på som tryggingskopi ved sida av.</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>Startverdi for tilfeldige tal (standard 1).</translation>
    </message>
    <message>
        <source>Number of students (default 500; 5000 gives the benchmark plan).</source>
        <translation>Talet på studentar (standard 500; 5000 gir planen for ytingsmåling).</translation>
    </message>
    <message>
        <source>Make the plan as if today were DATE (yyyy-MM-dd).</source>
        <translation>Lag planen som om dagens dato var DATE (åååå-mm-dd).</translation>
    </message>
    <message>
        <source>--seed needs a whole number from 0 to 4294967295, not “%1”.</source>
        <translation>--seed treng eit heiltal frå 0 til 4294967295, ikkje «%1».</translation>
    </message>
    <message>
        <source>--students needs a whole number from 10 to 200000, not “%1”.</source>
        <translation>--students treng eit heiltal frå 10 til 200000, ikkje «%1».</translation>
    </message>
    <message>
        <source>--today needs a date as yyyy-MM-dd, not “%1”.</source>
        <translation>--today treng ein dato som åååå-mm-dd, ikkje «%1».</translation>
    </message>
    <message>
        <source>Filled the plan %1 with demo data (seed %2) in %3 s:</source>
        <translation>Fylte planen %1 med demodata (startverdi %2) på %3 s:</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Skular</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Studieprogram</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Studentar</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Praksisstader</translation>
    </message>
    <message>
        <source>Supervisors</source>
        <translation>Praksisrettleiarar</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Praksisperiodar</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Praksisplassar</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Ønske</translation>
    </message>
    <message>
        <source>Exclusions</source>
        <translation>Ikkje aktuelt (inhabil)</translation>
    </message>
    <message>
        <source>Absence records</source>
        <translation>Fråværsregistreringar</translation>
    </message>
    <message>
        <source>Assessment meetings</source>
        <translation>Vurderingssamtalar</translation>
    </message>
    <message>
        <source>Deliberate conflicts</source>
        <translation>Tilsikta konfliktar</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Kva</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Tal</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) of the period “%1” are left for the planner.</source>
        <translation>
            <numerusform>%n student i perioden «%1» er att til planleggaren.</numerusform>
            <numerusform>%n studentar i perioden «%1» er att til planleggaren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fill an empty plan with realistic generated data; the same seed gives the same data.</source>
        <translation>Fyll ein tom plan med realistiske genererte data; same startverdi gir same data.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Org. number</source>
        <translation>Org.nr.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Utdanningsinstitusjon</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>Studentnummer</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Førenamn</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Etternamn</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Studieprogram</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Kull</translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation>Anonymisert</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Avdeling</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Municipality no.</source>
        <translation>Kommunenr.</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapasitet</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Praksisstad</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Yrke</translation>
    </message>
    <message>
        <source>Trained</source>
        <translation>Rettleiarutdanna</translation>
    </message>
    <message>
        <source>Training year</source>
        <translation>Utdanningsår</translation>
    </message>
    <message>
        <source>Max. students</source>
        <translation>Maks. studentar</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slutt</translation>
    </message>
    <message>
        <source>Hours/week</source>
        <translation>Timar/veke</translation>
    </message>
    <message>
        <source>Site kinds</source>
        <translation>Typar praksisstad</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Praksisrettleiar</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Låst</translation>
    </message>
    <message>
        <source>There is no school named “%1” in the plan.</source>
        <translation>Det finst ingen utdanningsinstitusjon som heiter «%1», i planen.</translation>
    </message>
    <message>
        <source>There is no period named “%1” in the plan.</source>
        <translation>Det finst ingen periode som heiter «%1», i planen.</translation>
    </message>
    <message>
        <source>There is no site named “%1” in the plan.</source>
        <translation>Det finst ingen praksisstad som heiter «%1», i planen.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nei</translation>
    </message>
    <message>
        <source>only this period</source>
        <translation>berre denne perioden</translation>
    </message>
    <message>
        <source>only this school</source>
        <translation>berre denne utdanningsinstitusjonen</translation>
    </message>
    <message>
        <source>only this site</source>
        <translation>berre denne praksisstaden</translation>
    </message>
    <message>
        <source>Cannot list “%1”; choose one of: %2.</source>
        <translation>Kan ikkje liste «%1»; vel ein av: %2.</translation>
    </message>
    <message>
        <source>“list %1” has no option --%2.</source>
        <translation>«list %1» har ikkje valet --%2.</translation>
    </message>
    <message>
        <source>Print a register as a table, or with --json as an array of objects.</source>
        <translation>Skriv ut eit register som tabell, eller med --json som ei liste av objekt.</translation>
    </message>
    <message>
        <source>only the newest N entries</source>
        <translation>berre dei N nyaste oppføringane</translation>
    </message>
    <message>
        <source>only changes of this kind of record</source>
        <translation>berre endringar av denne typen post</translation>
    </message>
    <message>
        <source>export the log as CSV to FILE</source>
        <translation>eksporter loggen som CSV til FILE</translation>
    </message>
    <message>
        <source>--limit needs a whole number of 0 or more.</source>
        <translation>--limit treng eit heiltal, 0 eller meir.</translation>
    </message>
    <message>
        <source>Unknown kind of record “%1”; choose one of: %2.</source>
        <translation>Ukjend type post «%1»; vel ein av: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n log entries to %1.</source>
        <translation>
            <numerusform>Skreiv %n loggoppføring til %1.</numerusform>
            <numerusform>Skreiv %n loggoppføringar til %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the change log: who changed what, when (or export it as CSV).</source>
        <translation>Vis endringsloggen: kven endra kva, og når (eller eksporter han som CSV).</translation>
    </message>
    <message>
        <source>students whose last placement ended more than YEARS years ago</source>
        <translation>studentar der siste praksisplass slutta for meir enn YEARS år sidan</translation>
    </message>
    <message>
        <source>anonymise them and keep their placements, instead of deleting</source>
        <translation>anonymiser dei og behald praksisplassane deira i staden for å slette</translation>
    </message>
    <message>
        <source>only count; change nothing</source>
        <translation>berre tel; endre ingenting</translation>
    </message>
    <message>
        <source>Say how old the records must be with --older-than YEARS.</source>
        <translation>Oppgi kor gamle postane må vere, med --older-than YEARS.</translation>
    </message>
    <message>
        <source>--older-than needs a whole number of years, 1 or more.</source>
        <translation>--older-than treng eit heilt tal år, 1 eller meir.</translation>
    </message>
    <message numerus="yes">
        <source>Would anonymise %n student(s) whose last placement ended before %1; their %2 placement(s) would be kept. Nothing was changed.</source>
        <translation>
            <numerusform>Ville anonymisert %n student der siste praksisplass slutta før %1; praksisplassane (%2) ville vorte behaldne. Ingenting vart endra.</numerusform>
            <numerusform>Ville anonymisert %n studentar der siste praksisplass slutta før %1; praksisplassane deira (%2) ville vorte behaldne. Ingenting vart endra.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anonymised %n student(s) whose last placement ended before %1; their %2 placement(s) were kept.</source>
        <translation>
            <numerusform>Anonymiserte %n student der siste praksisplass slutta før %1; praksisplassane (%2) er behaldne.</numerusform>
            <numerusform>Anonymiserte %n studentar der siste praksisplass slutta før %1; praksisplassane deira (%2) er behaldne.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would delete %n student(s) whose last placement ended before %1, with their %2 placement(s). Nothing was changed.</source>
        <translation>
            <numerusform>Ville sletta %n student der siste praksisplass slutta før %1, med praksisplassane (%2). Ingenting vart endra.</numerusform>
            <numerusform>Ville sletta %n studentar der siste praksisplass slutta før %1, med praksisplassane deira (%2). Ingenting vart endra.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n student(s) whose last placement ended before %1, with their %2 placement(s).</source>
        <translation>
            <numerusform>Sletta %n student der siste praksisplass slutta før %1, med praksisplassane (%2).</numerusform>
            <numerusform>Sletta %n studentar der siste praksisplass slutta før %1, med praksisplassane deira (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Welcome checklists</source>
        <translation>Sjekklister for velkomst</translation>
    </message>
    <message>
        <source>--%1 needs a date as dd.MM.yyyy or yyyy-MM-dd, not “%2”.</source>
        <translation>--%1 treng ein dato som dd.mm.åååå eller åååå-mm-dd, ikkje «%2».</translation>
    </message>
    <message>
        <source>The school whose students are reported.</source>
        <translation>Utdanningsinstitusjonen som studentane det blir rapportert om, kjem frå.</translation>
    </message>
    <message>
        <source>The supervisor report instead (needs --from and --to).</source>
        <translation>Rapporten for praksisrettleiarar i staden (treng --from og --to).</translation>
    </message>
    <message>
        <source>The period.</source>
        <translation>Perioden.</translation>
    </message>
    <message>
        <source>First day.</source>
        <translation>Første dag.</translation>
    </message>
    <message>
        <source>Last day.</source>
        <translation>Siste dag.</translation>
    </message>
    <message>
        <source>csv, xlsx or pdf.</source>
        <translation>csv, xlsx eller pdf.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Fila som skal skrivast.</translation>
    </message>
    <message>
        <source>Give the file to write with -o FILE.</source>
        <translation>Oppgi fila som skal skrivast, med -o FILE.</translation>
    </message>
    <message>
        <source>--format must be csv, xlsx or pdf, not “%1”.</source>
        <translation>--format må vere csv, xlsx eller pdf, ikkje «%1».</translation>
    </message>
    <message>
        <source>Give --format csv, xlsx or pdf.</source>
        <translation>Oppgi --format csv, xlsx eller pdf.</translation>
    </message>
    <message>
        <source>Give either --period NAME or --from DATE --to DATE, not both.</source>
        <translation>Oppgi anten --period NAME eller --from DATE --to DATE, ikkje begge.</translation>
    </message>
    <message>
        <source>The supervisor report needs --from DATE and --to DATE (or --period NAME).</source>
        <translation>Rapporten for praksisrettleiarar treng --from DATE og --to DATE (eller --period NAME).</translation>
    </message>
    <message>
        <source>Give either --period NAME or --from DATE --to DATE.</source>
        <translation>Oppgi anten --period NAME eller --from DATE --to DATE.</translation>
    </message>
    <message>
        <source>Give both --from DATE and --to DATE.</source>
        <translation>Oppgi både --from DATE og --to DATE.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n row(s)).</source>
        <translation>
            <numerusform>Skreiv %1 (%n rad).</numerusform>
            <numerusform>Skreiv %1 (%n rader).</numerusform>
        </translation>
    </message>
    <message>
        <source>The site (“name” or “name / unit”).</source>
        <translation>Praksisstaden («namn» eller «namn / avdeling»).</translation>
    </message>
    <message>
        <source>The .ics file.</source>
        <translation>.ics-fila.</translation>
    </message>
    <message>
        <source>Give either --site NAME or --supervisor NAME.</source>
        <translation>Oppgi anten --site NAME eller --supervisor NAME.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n event(s)).</source>
        <translation>
            <numerusform>Skreiv %1 (%n hending).</numerusform>
            <numerusform>Skreiv %1 (%n hendingar).</numerusform>
        </translation>
    </message>
    <message>
        <source>A site&apos;s or a supervisor&apos;s placements as an iCalendar file.</source>
        <translation>Praksisplassane til ein praksisstad eller ein praksisrettleiar som iCalendar-fil.</translation>
    </message>
    <message>
        <source>Only the conflicts of this period.</source>
        <translation>Berre konfliktane i denne perioden.</translation>
    </message>
    <message>
        <source>%1: rule %2: %3</source>
        <translation>%1: regel %2: %3</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Ingen konfliktar.</translation>
    </message>
    <message>
        <source>List every conflict of the plan or of one period.</source>
        <translation>List alle konfliktar i planen eller i éin periode.</translation>
    </message>
    <message>
        <source>The period to plan.</source>
        <translation>Perioden som skal planleggjast.</translation>
    </message>
    <message>
        <source>Write the plan (one transaction).</source>
        <translation>Skriv planen (éin transaksjon).</translation>
    </message>
    <message>
        <source>Say which period to plan with --period NAME.</source>
        <translation>Oppgi kva periode som skal planleggjast, med --period NAME.</translation>
    </message>
    <message>
        <source>Period %1 (%2 to %3)</source>
        <translation>Periode %1 (%2 til %3)</translation>
    </message>
    <message>
        <source>Placed (%1)</source>
        <translation>Med praksisplass (%1)</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kostnad</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Kvifor</translation>
    </message>
    <message>
        <source>Unplaced (%1)</source>
        <translation>Utan praksisplass (%1)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Årsak</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) keep the placement they have in this period.</source>
        <translation>
            <numerusform>%n student beheld praksisplassen sin i denne perioden.</numerusform>
            <numerusform>%n studentar beheld praksisplassen sin i denne perioden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Total cost: %1</source>
        <translation>Samla kostnad: %1</translation>
    </message>
    <message>
        <source>Written: %1 new, %2 moved, %3 removed, %4 unchanged placement(s).</source>
        <translation>Skrive: praksisplassar %1 nye, %2 flytta, %3 fjerna, %4 uendra.</translation>
    </message>
    <message>
        <source>Nothing was written; add --apply to write this plan.</source>
        <translation>Ingenting vart skrive; legg til --apply for å skrive denne planen.</translation>
    </message>
    <message>
        <source>The optimal plan for a period: who goes where, who stays unplaced and why.</source>
        <translation>Den beste planen for ein periode: kven som skal kvar, kven som blir utan plass, og kvifor.</translation>
    </message>
    <message>
        <source>%1: %2 — %3, %4.</source>
        <translation>%1: %2 — %3, %4.</translation>
    </message>
    <message>
        <source>Would import: %1 new, %2 changed, %3 unchanged.</source>
        <translation>Ville blitt importert: %1 nye, %2 endra, %3 uendra.</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 changed, %3 unchanged.</source>
        <translation>Importert: %1 nye, %2 endra, %3 uendra.</translation>
    </message>
    <message>
        <source>Ignored columns: %1.</source>
        <translation>Ignorerte kolonnar: %1.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Prøvekøyring: ingenting vart skrive.</translation>
    </message>
    <message>
        <source>the school of the students</source>
        <translation>utdanningsinstitusjonen studentane høyrer til</translation>
    </message>
    <message>
        <source>the programme of students whose row names none</source>
        <translation>studieprogrammet for studentar som ikkje har studieprogram i rada si</translation>
    </message>
    <message>
        <source>only check the file; write nothing</source>
        <translation>berre kontroller fila; ikkje skriv noko</translation>
    </message>
    <message>
        <source>import students needs the school: --school NAME.</source>
        <translation>import students treng utdanningsinstitusjonen: --school NAME.</translation>
    </message>
    <message>
        <source>--school and --programme belong to import students only; the file of %1 names them itself.</source>
        <translation>--school og --programme høyrer berre til import students; fila med %1 oppgir dei sjølv.</translation>
    </message>
    <message>
        <source>Import a register from a CSV file: all or nothing; with --dry-run only check.</source>
        <translation>Importer eit register frå ei CSV-fil: alt eller ingenting; med --dry-run berre kontroll.</translation>
    </message>
    <message>
        <source>the placement&apos;s id</source>
        <translation>id-en til praksisplassen</translation>
    </message>
    <message>
        <source>every placement of the period</source>
        <translation>alle praksisplassane i perioden</translation>
    </message>
    <message>
        <source>only the placements at this site</source>
        <translation>berre praksisplassane ved denne praksisstaden</translation>
    </message>
    <message>
        <source>the PDF to write</source>
        <translation>PDF-fila som skal skrivast</translation>
    </message>
    <message>
        <source>Give either --placement ID or --period NAME.</source>
        <translation>Oppgi anten --placement ID eller --period NAME.</translation>
    </message>
    <message>
        <source>--site goes with --period, not with --placement.</source>
        <translation>--site blir brukt saman med --period, ikkje med --placement.</translation>
    </message>
    <message>
        <source>Give the PDF file to write with -o FILE.pdf.</source>
        <translation>Oppgi PDF-fila som skal skrivast, med -o FILE.pdf.</translation>
    </message>
    <message>
        <source>There is no placement with the id “%1”. “list placements” shows the ids.</source>
        <translation>Det finst ingen praksisplass med id «%1». «list placements» viser id-ane.</translation>
    </message>
    <message>
        <source>The period “%1” has no placements at “%2”.</source>
        <translation>Perioden «%1» har ingen praksisplassar ved «%2».</translation>
    </message>
    <message>
        <source>The period “%1” has no placements.</source>
        <translation>Perioden «%1» har ingen praksisplassar.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n placement(s), %1 pages, to %2.</source>
        <translation>
            <numerusform>Skreiv %n praksisplass, %1 sider, til %2.</numerusform>
            <numerusform>Skreiv %n praksisplassar, %1 sider, til %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write welcome letters with checklists to a PDF: one placement, or every placement of a period (optionally at one site).</source>
        <translation>Skriv velkomstbrev med sjekklister til ein PDF: éin praksisplass, eller alle praksisplassane i ein periode (eventuelt ved éin praksisstad).</translation>
    </message>
    <message>
        <source>The supervisor (“Given Family”, or “Given Family / Site” or “Given Family / Site / Unit” where the name is shared).</source>
        <translation>Praksisrettleiaren («Førenamn Etternamn», eller «Førenamn Etternamn / Praksisstad» eller «Førenamn Etternamn / Praksisstad / Avdeling» når namnet er delt).</translation>
    </message>
    <message>
        <source>error</source>
        <comment>check&apos;s output: the severity of a conflict</comment>
        <translation>feil</translation>
    </message>
    <message>
        <source>warning</source>
        <comment>check&apos;s output: the severity of a conflict</comment>
        <translation>åtvaring</translation>
    </message>
    <message>
        <source>The recruitment report needs --from DATE and --to DATE.</source>
        <translation>Rekrutteringsrapporten treng --from DATE og --to DATE.</translation>
    </message>
    <message>
        <source>Give the file to write with -o FILE, or --json for the figures.</source>
        <translation>Oppgi fila som skal skrivast med -o FILE, eller --json for tala.</translation>
    </message>
    <message>
        <source>--format needs the file to write (-o FILE).</source>
        <translation>--format treng fila som skal skrivast (-o FILE).</translation>
    </message>
    <message>
        <source>The recruitment report of the whole plan instead (needs --from and --to; -o FILE or --json).</source>
        <translation>Rekrutteringsrapporten for heile planen i staden (treng --from og --to; -o FILE eller --json).</translation>
    </message>
    <message>
        <source>--recruitment reports the whole plan over --from DATE --to DATE; it takes no --school, --supervisors or --period (a school&apos;s report never shows hires).</source>
        <translation>--recruitment rapporterer heile planen over --from DATE --to DATE; han tek ikkje --school, --supervisors eller --period (ein skule sin rapport viser aldri nytilsette).</translation>
    </message>
    <message>
        <source>Give --school NAME, --supervisors or --recruitment.</source>
        <translation>Oppgi --school NAME, --supervisors eller --recruitment.</translation>
    </message>
    <message>
        <source>The school report (one school&apos;s students), the supervisor report or the recruitment report, as CSV, XLSX or PDF.</source>
        <translation>Skulerapporten (studentane til éin skule), rettleiarrapporten eller rekrutteringsrapporten, som CSV, XLSX eller PDF.</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <source>Probation end</source>
        <translation>Prøvetid til</translation>
    </message>
    <message>
        <source>End reason</source>
        <translation>Sluttårsak</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Samtalar</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Haldne</translation>
    </message>
    <message numerus="yes">
        <source>Would anonymise %n new hire(s) whose employment ended before %1. Nothing was changed.</source>
        <translation>
            <numerusform>Ville anonymisert %n nytilsett som slutta før %1. Ingenting vart endra.</numerusform>
            <numerusform>Ville anonymisert %n nytilsette som slutta før %1. Ingenting vart endra.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anonymised %n new hire(s) whose employment ended before %1.</source>
        <translation>
            <numerusform>Anonymiserte %n nytilsett som slutta før %1.</numerusform>
            <numerusform>Anonymiserte %n nytilsette som slutta før %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would delete %n new hire(s) whose employment ended before %1, with their mentorships. Nothing was changed.</source>
        <translation>
            <numerusform>Ville sletta %n nytilsett som slutta før %1, med mentorordningane. Ingenting vart endra.</numerusform>
            <numerusform>Ville sletta %n nytilsette som slutta før %1, med mentorordningane. Ingenting vart endra.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n new hire(s) whose employment ended before %1, with their mentorships.</source>
        <translation>
            <numerusform>Sletta %n nytilsett som slutta før %1, med mentorordningane.</numerusform>
            <numerusform>Sletta %n nytilsette som slutta før %1, med mentorordningane.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete or anonymise students whose last placement ended more than YEARS years ago, and new hires whose employment ended so long ago (privacy); --dry-run only counts.</source>
        <translation>Slett eller anonymiser studentar med siste praksisperiode som slutta for meir enn YEARS år sidan, og nytilsette som slutta så lenge sidan (personvern); --dry-run tel berre.</translation>
    </message>
    <message>
        <source>“%1” is not a register that can be imported: use students, sites, supervisors, periods, preferences, hires or mentors.</source>
        <translation>«%1» er ikkje eit register som kan importerast: bruk students, sites, supervisors, periods, preferences, hires eller mentors.</translation>
    </message>
    <message>
        <source>New hires</source>
        <translation>Nytilsette</translation>
    </message>
    <message>
        <source>Mentorships</source>
        <translation>Mentorordningar</translation>
    </message>
    <message>
        <source>Mentor conversations</source>
        <translation>Mentorsamtalar</translation>
    </message>
    <message>
        <source>Link suggestions (nothing was linked; confirm each in the hire’s window of the desktop program):</source>
        <translation>Forslag til kopling (ingenting vart kopla; stadfest kvart forslag i vindauget til den nytilsette i skrivebordsprogrammet):</translation>
    </message>
    <message>
        <source>  Line %1: %2 may be the student %3 (%4, %5): %6.</source>
        <translation>  Linje %1: %2 kan vere studenten %3 (%4, %5): %6.</translation>
    </message>
</context>
<context>
    <name>praksis::cli::Context</name>
    <message>
        <source>Too few arguments for “%1”.</source>
        <translation>For få argument til «%1».</translation>
    </message>
    <message>
        <source>Unexpected argument “%1” for “%2”.</source>
        <translation>Uventa argument «%1» til «%2».</translation>
    </message>
    <message>
        <source>Usage: praksisplan-cli %1</source>
        <translation>Bruk: praksisplan-cli %1</translation>
    </message>
    <message>
        <source>See praksisplan-cli --help.</source>
        <translation>Sjå praksisplan-cli --help.</translation>
    </message>
    <message>
        <source>replace FILE if it exists</source>
        <translation>erstatt FILE om ho finst</translation>
    </message>
    <message>
        <source>“%1” is a folder. Nothing was written.</source>
        <translation>«%1» er ei mappe. Ingenting vart skrive.</translation>
    </message>
    <message>
        <source>The file “%1” already exists; choose another name or add --force to replace it. Nothing was written.</source>
        <translation>Fila «%1» finst allereie; vel eit anna namn eller legg til --force for å erstatte ho. Ingenting vart skrive.</translation>
    </message>
</context>
</TS>
