<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb">
<context>
    <name>main</name>
    <message>
        <source>Plans practice placements.</source>
        <translation>Planlegger praksisplasser.</translation>
    </message>
    <message>
        <source>The plan file to open.</source>
        <translation>Planfilen som skal åpnes.</translation>
    </message>
    <message>
        <source>Start on this page.</source>
        <translation>Start på denne siden.</translation>
    </message>
</context>
<context>
    <name>praksis::AbsenceRepository</name>
    <message>
        <source>There is no absence record with id %1.</source>
        <translation>Det finnes ingen fraværsregistrering med id %1.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>The absence has no date.</source>
        <translation>Fraværet mangler dato. Skriv inn datoen.</translation>
    </message>
    <message>
        <source>The absence date %1 is outside the placement (%2 to %3).</source>
        <translation>Fraværsdatoen %1 er utenfor praksisperioden (%2 til %3). Velg en dato innenfor perioden.</translation>
    </message>
    <message>
        <source>The hours of absence must be more than 0 and at most 24; %1 is not.</source>
        <translation>Timer fravær må være mer enn 0 og høyst 24; %1 er ikke det.</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timer</translation>
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
        <translation>Timer</translation>
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
        <translation>Stopper…</translation>
    </message>
</context>
<context>
    <name>praksis::BackupRotation</name>
    <message>
        <source>The backup folder “%1” could not be created.</source>
        <translation>Mappen for sikkerhetskopier «%1» kunne ikke opprettes. Kontroller at du har skrivetilgang.</translation>
    </message>
</context>
<context>
    <name>praksis::Calendar</name>
    <message>
        <source>week %1</source>
        <translation>uke %1</translation>
    </message>
    <message>
        <source>week %1, %2</source>
        <translation>uke %1, %2</translation>
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
        <translation>Arbeidernes dag</translation>
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
        <translation>Hvem</translation>
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
        <translation>Sammendrag</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>«%1» kunne ikke skrives: %2</translation>
    </message>
    <message>
        <source>added</source>
        <translation>lagt til</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>endret</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>fjernet</translation>
    </message>
    <message>
        <source>reloaded</source>
        <translation>lest inn på nytt</translation>
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
        <translation>praksissted</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>praksisveileder</translation>
    </message>
    <message>
        <source>supervisor&apos;s absence</source>
        <translation>veileders fravær</translation>
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
        <translation>fravær</translation>
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
        <translation>utelukkelse</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>innstilling</translation>
    </message>
    <message>
        <source>whole plan</source>
        <translation>hele planen</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n post</numerusform>
            <numerusform>%n poster</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no. %2</source>
        <translation>%1: nr. %2</translation>
    </message>
    <message>
        <source>new hire</source>
        <translation>nytilsatt</translation>
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
        <translation>&amp;Poster:</translation>
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
            <numerusform>%n oppføringer</numerusform>
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
        <translation>Hvem</translation>
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
        <translation>Navn</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammendrag</translation>
    </message>
    <message>
        <source>no. %1 (no longer in the plan)</source>
        <translation>nr. %1 (ikke lenger i planen)</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Endringer</translation>
    </message>
</context>
<context>
    <name>praksis::ChecklistDialog</name>
    <message>
        <source>Task</source>
        <translation>Oppgave</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
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
        <translation>Forhåndsvisning…</translation>
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
        <translation>Forfalt: fristen var %1, og punktet er ikke utført.</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>forfalt</translation>
    </message>
    <message>
        <source>%1
%2 of %3 done, %4 overdue.</source>
        <translation>%1
%2 av %3 utført, %4 forfalt.</translation>
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
        <translation>PDF-dokumenter (*.pdf)</translation>
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
        <translation>Tidspunktet da punktet ble gjort, mangler.</translation>
    </message>
    <message>
        <source>The checklist item %1 does not exist.</source>
        <translation>Sjekklistepunktet %1 finnes ikke.</translation>
    </message>
    <message>
        <source>There is no placement with id %1.</source>
        <translation>Det finnes ingen praksisplass med id %1.</translation>
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
        <translation>Perioden med id %1 finnes ikke.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 has %2 placements at the same time (%3): %4.</source>
        <translation>%1 har %2 praksisplasser samtidig (%3): %4.</translation>
    </message>
    <message>
        <source>%1 has %2 students at a time (%3) but room for %4: %5.</source>
        <translation>%1 har %2 studenter samtidig (%3), men plass til %4: %5.</translation>
    </message>
    <message>
        <source>%1 (supervisor at %2) has %3 students at a time (%4) but may have at most %5: %6.</source>
        <translation>%1 (praksisveileder ved %2) har %3 studenter samtidig (%4), men kan ha høyst %5: %6.</translation>
    </message>
    <message>
        <source>%1 supervises %2 at %3, but is absent %4.</source>
        <translation>%1 er praksisveileder for %2 ved %3, men er borte %4.</translation>
    </message>
    <message>
        <source>%1&apos;s placement at %2 (%3) lies outside the period %4 (%5).</source>
        <translation>Praksisplassen til %1 ved %2 (%3) ligger utenfor perioden %4 (%5).</translation>
    </message>
    <message>
        <source>%1 is placed at %2, a site of the kind “%3”, which is not eligible in the period %4.</source>
        <translation>%1 har praksis ved %2, et praksissted av typen «%3», som ikke er aktuelt i perioden %4.</translation>
    </message>
    <message>
        <source>%1&apos;s first day at %2, %3 %4, is not a working day (%5); the next working day is %6 %7.</source>
        <translation>Første dag for %1 ved %2, %3 %4, er ikke en arbeidsdag (%5); neste arbeidsdag er %6 %7.</translation>
    </message>
    <message>
        <source>a weekend</source>
        <translation>helg</translation>
    </message>
    <message>
        <source>A student has one placement at a time</source>
        <translation>En student har én praksisplass om gangen</translation>
    </message>
    <message>
        <source>A site holds no more students than its capacity</source>
        <translation>Et praksissted har ikke flere studenter enn kapasiteten</translation>
    </message>
    <message>
        <source>A supervisor has no more students than her maximum, and none while absent</source>
        <translation>En praksisveileder har ikke flere studenter enn sitt maksimum, og ingen mens hun er borte</translation>
    </message>
    <message>
        <source>A placement lies inside its period, at an eligible site, from a working day</source>
        <translation>En praksisplass ligger innenfor perioden, på et aktuelt praksissted, og begynner på en arbeidsdag</translation>
    </message>
    <message>
        <source>Absence stays within the limits</source>
        <translation>Fraværet holder seg innenfor grensene</translation>
    </message>
    <message>
        <source>Assessment meetings are held by their due date</source>
        <translation>Vurderingssamtaler holdes innen fristen</translation>
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
        <translation>&amp;Vis konfliktene i:</translation>
    </message>
    <message>
        <source>the chosen period</source>
        <translation>den valgte praksisperioden</translation>
    </message>
    <message>
        <source>the whole plan</source>
        <translation>hele planen</translation>
    </message>
    <message>
        <source>Conflicts, grouped by rule</source>
        <translation>Konflikter, gruppert etter regel</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datoer</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Alvor</translation>
    </message>
    <message>
        <source>&amp;Open to fix</source>
        <translation>&amp;Åpne for å rette</translation>
    </message>
    <message>
        <source>Opens the record the conflict is fixed in (Enter)</source>
        <translation>Åpner det konflikten rettes i (Enter)</translation>
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
        <translation>Praksis&amp;sted …</translation>
    </message>
    <message>
        <source>Supe&amp;rvisor…</source>
        <translation>Praksis&amp;veileder …</translation>
    </message>
    <message>
        <source>The plan has no period yet.</source>
        <translation>Planen har ingen praksisperiode ennå.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advarsel</translation>
    </message>
    <message>
        <source>Rule %1: %2 (%3)</source>
        <extracomment>%1 the rule&apos;s number, %2 what it asks, %3 how many findings</extracomment>
        <translation>Regel %1: %2 (%3)</translation>
    </message>
    <message>
        <source>No conflicts in this period.</source>
        <translation>Ingen konflikter i denne praksisperioden.</translation>
    </message>
    <message>
        <source>No conflicts in the plan.</source>
        <translation>Ingen konflikter i planen.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) in this period</source>
        <translation>
            <numerusform>%n konflikt i denne praksisperioden</numerusform>
            <numerusform>%n konflikter i denne praksisperioden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) in the plan</source>
        <translation>
            <numerusform>%n konflikt i planen</numerusform>
            <numerusform>%n konflikter i planen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n of them only a warning</source>
        <extracomment>after &quot;4 conflicts in this period&quot;: how many of them are only warnings</extracomment>
        <translation>
            <numerusform>, %n av dem bare en advarsel</numerusform>
            <numerusform>, %n av dem bare advarsler</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflicts found</source>
        <translation>Konflikter funnet</translation>
    </message>
    <message>
        <source>The chosen conflict</source>
        <translation>Den valgte konflikten</translation>
    </message>
</context>
<context>
    <name>praksis::ConversationGuide</name>
    <message>
        <source>The guide topic %1 does not exist.</source>
        <translation>Samtaletemaet %1 finnes ikke.</translation>
    </message>
    <message>
        <source>The guide question %1 does not exist.</source>
        <translation>Spørsmålet %1 i samtaleguiden finnes ikke.</translation>
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
        <translation>Den medfølgende samtaleguiden kunne ikke leses.</translation>
    </message>
    <message>
        <source>The shipped conversation guide is damaged: a question in “%1” has no Bokmål text.</source>
        <translation>Den medfølgende samtaleguiden er skadet: et spørsmål i «%1» mangler tekst på bokmål.</translation>
    </message>
    <message>
        <source>The shipped conversation guide is damaged: a topic has no Bokmål title.</source>
        <translation>Den medfølgende samtaleguiden er skadet: et tema mangler tittel på bokmål.</translation>
    </message>
    <message>
        <source>The shipped conversation guide is empty.</source>
        <translation>Den medfølgende samtaleguiden er tom.</translation>
    </message>
</context>
<context>
    <name>praksis::CsvReader</name>
    <message>
        <source>The quoted field that starts on line %1 is never closed: a closing quotation mark (&quot;) is missing.</source>
        <translation>Feltet i anførselstegn som begynner på linje %1, blir aldri avsluttet: et avsluttende anførselstegn (&quot;) mangler.</translation>
    </message>
    <message>
        <source>There is text after the closing quotation mark of field %1. A quotation mark inside a quoted field must be doubled (&quot;&quot;).</source>
        <translation>Det står tekst etter det avsluttende anførselstegnet i felt %1. Et anførselstegn inne i et felt i anførselstegn må skrives dobbelt (&quot;&quot;).</translation>
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
        <translation>Filen er tom.</translation>
    </message>
    <message>
        <source>This is an Excel workbook or another zip file, not a CSV file. In Excel, choose File › Save As and the type “CSV UTF-8”.</source>
        <translation>Dette er en Excel-arbeidsbok eller en annen zip-fil, ikke en CSV-fil. Velg Fil › Lagre som i Excel og filtypen «CSV UTF-8».</translation>
    </message>
    <message>
        <source>The file holds binary data and is not a CSV file.</source>
        <translation>Filen inneholder binære data og er ikke en CSV-fil.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Filen kan ikke leses: %1</translation>
    </message>
    <message>
        <source>Field %1 is longer than %2 characters; no field of a register is that long. Is a quotation mark (&quot;) missing?</source>
        <translation>Felt %1 er lengre enn %2 tegn; ingen felt i et register er så langt. Mangler det et anførselstegn (&quot;)?</translation>
    </message>
    <message>
        <source>The line is longer than %1 characters; no record of a register is that long.</source>
        <translation>Linjen er lengre enn %1 tegn; ingen post i et register er så lang.</translation>
    </message>
    <message>
        <source>This is not a regular file (a device, a pipe or a folder); import a CSV file.</source>
        <translation>Dette er ikke en vanlig fil (en enhet, et rør eller en mappe); importer en CSV-fil.</translation>
    </message>
    <message>
        <source>The file is %1 MB; a CSV file to import may be at most %2 MB.</source>
        <translation>Filen er %1 MB; en CSV-fil som skal importeres, kan være høyst %2 MB.</translation>
    </message>
</context>
<context>
    <name>praksis::CsvWriter</name>
    <message>
        <source>Could not write the CSV file: %1</source>
        <translation>Kunne ikke skrive CSV-filen: %1</translation>
    </message>
</context>
<context>
    <name>praksis::DemoGenerator</name>
    <message>
        <source>The number of demo students must be between 10 and 200,000; %1 was given.</source>
        <translation>Antall demostudenter må være mellom 10 og 200 000; %1 ble oppgitt.</translation>
    </message>
    <message>
        <source>The plan “%1” already holds data. Demo data is only put into an empty plan; nothing was written.</source>
        <translation>Planen «%1» inneholder allerede data. Demodata legges bare inn i en tom plan; ingenting ble skrevet.</translation>
    </message>
    <message>
        <source>The demo name lists are missing from the program.</source>
        <translation>Navnelistene for demodata mangler i programmet.</translation>
    </message>
    <message>
        <source>The plan is not open.</source>
        <translation>Planen er ikke åpen.</translation>
    </message>
    <message>
        <source>Making the demo plan was cancelled; nothing was written.</source>
        <translation>Demoplanen ble avbrutt; ingenting ble skrevet.</translation>
    </message>
    <message>
        <source>Demo data for “%1” could not be written: %2</source>
        <translation>Demodata for «%1» kunne ikke skrives: %2</translation>
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
        <translation>%1 praksisplasser</translation>
    </message>
    <message>
        <source>1 student</source>
        <translation>1 student</translation>
    </message>
    <message>
        <source>%1 students</source>
        <translation>%1 studenter</translation>
    </message>
    <message>
        <source>1 programme</source>
        <translation>1 studieprogram</translation>
    </message>
    <message>
        <source>%1 programmes</source>
        <translation>%1 studieprogrammer</translation>
    </message>
    <message>
        <source>1 supervisor</source>
        <translation>1 praksisveileder</translation>
    </message>
    <message>
        <source>%1 supervisors</source>
        <translation>%1 praksisveiledere</translation>
    </message>
    <message>
        <source>1 absence period</source>
        <translation>1 fraværsperiode</translation>
    </message>
    <message>
        <source>%1 absence periods</source>
        <translation>%1 fraværsperioder</translation>
    </message>
    <message>
        <source>1 preference</source>
        <translation>1 ønske</translation>
    </message>
    <message>
        <source>%1 preferences</source>
        <translation>%1 ønsker</translation>
    </message>
    <message>
        <source>1 exclusion</source>
        <translation>1 ikke aktuelt (inhabil)</translation>
    </message>
    <message>
        <source>%1 exclusions</source>
        <translation>%1 ikke aktuelt (inhabil)</translation>
    </message>
    <message>
        <source>1 period capacity</source>
        <translation>1 kapasitet i en periode</translation>
    </message>
    <message>
        <source>%1 period capacities</source>
        <translation>%1 kapasiteter i perioder</translation>
    </message>
    <message>
        <source>1 period</source>
        <translation>1 periode</translation>
    </message>
    <message>
        <source>%1 periods</source>
        <translation>%1 perioder</translation>
    </message>
    <message>
        <source>its own welcome template</source>
        <translation>sin egen velkomstmal</translation>
    </message>
    <message>
        <source>1 assessment meeting</source>
        <translation>1 vurderingssamtale</translation>
    </message>
    <message>
        <source>%1 assessment meetings</source>
        <translation>%1 vurderingssamtaler</translation>
    </message>
    <message>
        <source>1 absence record</source>
        <translation>1 fraværsregistrering</translation>
    </message>
    <message>
        <source>%1 absence records</source>
        <translation>%1 fraværsregistreringer</translation>
    </message>
    <message>
        <source>%1 cannot be deleted: it is still used by %2. Delete or move those first.</source>
        <translation>%1 kan ikke slettes: den er fortsatt i bruk av %2. Slett eller flytt disse først.</translation>
    </message>
    <message>
        <source>%1 has %2. Deleting it deletes those too; confirm to go ahead.</source>
        <translation>%1 har %2. Sletter du, slettes disse også; bekreft for å fortsette.</translation>
    </message>
    <message>
        <source>1 ticked checklist item</source>
        <translation>1 avkrysset sjekklistepunkt</translation>
    </message>
    <message>
        <source>%1 ticked checklist items</source>
        <translation>%1 avkryssede sjekklistepunkter</translation>
    </message>
    <message>
        <source>1 new hire</source>
        <translation>1 nytilsatt</translation>
    </message>
    <message>
        <source>%1 new hires</source>
        <translation>%1 nytilsatte</translation>
    </message>
    <message>
        <source>1 mentorship</source>
        <translation>1 mentorordning</translation>
    </message>
    <message>
        <source>%1 mentorships</source>
        <translation>%1 mentorordninger</translation>
    </message>
    <message>
        <source>1 mentorship as mentor</source>
        <translation>1 mentorordning som mentor</translation>
    </message>
    <message>
        <source>%1 mentorships as mentor</source>
        <translation>%1 mentorordninger som mentor</translation>
    </message>
    <message>
        <source>1 mentor conversation held</source>
        <translation>1 gjennomført mentorsamtale</translation>
    </message>
    <message>
        <source>%1 mentor conversations held</source>
        <translation>%1 gjennomførte mentorsamtaler</translation>
    </message>
    <message>
        <source>1 link to a new hire</source>
        <translation>1 kobling til en nytilsatt</translation>
    </message>
    <message>
        <source>%1 links to new hires</source>
        <translation>%1 koblinger til nytilsatte</translation>
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
        <translation>&amp;Gjør om</translation>
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
        <translation>Tilgangsrettighetene til «%1» kunne ikke settes.</translation>
    </message>
    <message>
        <source>“%1” could not be created: %2</source>
        <translation>«%1» kunne ikke opprettes: %2</translation>
    </message>
    <message>
        <source>The file can only be written once, from its start.</source>
        <translation>Filen kan bare skrives én gang, fra begynnelsen.</translation>
    </message>
    <message>
        <source>It is a folder.</source>
        <translation>Det er en mappe.</translation>
    </message>
</context>
<context>
    <name>praksis::FollowUp</name>
    <message>
        <source>There is no placement with id %1.</source>
        <translation>Det finnes ingen praksisplass med id %1.</translation>
    </message>
    <message>
        <source>%1 has %2 % absence at %3 (%4 of %5 planned hours, %6): above %7 %, the period is at risk.</source>
        <translation>%1 har %2 % fravær ved %3 (%4 av %5 planlagte timer, %6): over %7 % er perioden i faresonen.</translation>
    </message>
    <message>
        <source>%1 has %2 % absence at %3 (%4 of %5 planned hours, %6): above %7 %, the absence must be made up.</source>
        <translation>%1 har %2 % fravær ved %3 (%4 av %5 planlagte timer, %6): over %7 % må fraværet tas igjen.</translation>
    </message>
    <message>
        <source>%1 for %2 at %3 was due %4 and has not been held.</source>
        <translation>%1 for %2 ved %3 skulle vært holdt %4, men er ikke holdt.</translation>
    </message>
</context>
<context>
    <name>praksis::FollowUpCommands</name>
    <message>
        <source>Add absence on %1</source>
        <translation>Legg til fravær den %1</translation>
    </message>
    <message>
        <source>Edit absence on %1</source>
        <translation>Rediger fravær den %1</translation>
    </message>
    <message>
        <source>Remove absence</source>
        <translation>Fjern fravær</translation>
    </message>
    <message>
        <source>Remove absence on %1</source>
        <translation>Fjern fravær den %1</translation>
    </message>
    <message>
        <source>Plan proposed meetings</source>
        <translation>Planlegg foreslåtte samtaler</translation>
    </message>
    <message>
        <source>Every proposed meeting of this placement is planned already.</source>
        <translation>Alle foreslåtte samtaler for denne praksisplassen er allerede planlagt.</translation>
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
        <translation>Samtaleguide for mentorer</translation>
    </message>
    <message>
        <source>Restore the shipped guide…</source>
        <translation>Gjenopprett den medfølgende guiden…</translation>
    </message>
    <message>
        <source>Replace the guide by the one Praksisplan comes with.</source>
        <translation>Erstatt guiden med den som følger med Praksisplan.</translation>
    </message>
    <message>
        <source>The mentor folder of each new hire prints the guide as it stands here.</source>
        <translation>Mentormappen til hver nytilsatt skriver ut guiden slik den står her.</translation>
    </message>
    <message>
        <source>Topics and questions of the guide</source>
        <translation>Temaene og spørsmålene i guiden</translation>
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
        <translation>Velg et tema eller et spørsmål for å redigere det.</translation>
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
        <translation>Gi temaet «%1» nytt navn</translation>
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
        <translation>Gjenopprett den medfølgende guiden</translation>
    </message>
    <message>
        <source>Replace the conversation guide by the one Praksisplan comes with? You can undo this.</source>
        <translation>Vil du erstatte samtaleguiden med den som følger med Praksisplan? Du kan angre dette.</translation>
    </message>
    <message>
        <source>Restore the shipped conversation guide</source>
        <translation>Gjenopprett den medfølgende samtaleguiden</translation>
    </message>
</context>
<context>
    <name>praksis::HireDetailDialog</name>
    <message>
        <source>New hire</source>
        <translation>Nytilsatt</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Praksissted:</translation>
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
        <translation>Prøvetid slutter:</translation>
    </message>
    <message>
        <source>Left:</source>
        <translation>Sluttet:</translation>
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
        <translation>Studentposter som kan være hennes</translation>
    </message>
    <message>
        <source>&amp;Confirm: she is this student</source>
        <translation>&amp;Bekreft: hun er denne studenten</translation>
    </message>
    <message>
        <source>Links the new hire to the chosen student record. Only when you know it is her.</source>
        <translation>Knytter den nytilsatte til studentposten du har valgt. Bare når du vet at det er henne.</translation>
    </message>
    <message>
        <source>Remove the &amp;link</source>
        <translation>Fjern &amp;koblingen</translation>
    </message>
    <message>
        <source>Mentor and conversations</source>
        <translation>Mentor og samtaler</translation>
    </message>
    <message>
        <source>&amp;Assign a mentor…</source>
        <translation>&amp;Tildel en mentor…</translation>
    </message>
    <message>
        <source>C&amp;hange the mentorship…</source>
        <translation>E&amp;ndre mentorordningen…</translation>
    </message>
    <message>
        <source>Remove the mentor</source>
        <translation>Fjern mentoren</translation>
    </message>
    <message>
        <source>Mentor conversations</source>
        <translation>Mentorsamtaler</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Uke</translation>
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
        <translation>Registrer som &amp;holdt…</translation>
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
        <translation>Nytilsatt %1</translation>
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
        <translation>Nei, ansatt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(none given)</source>
        <translation>(ikke oppgitt)</translation>
    </message>
    <message>
        <source>%1, student number %2 at %3</source>
        <translation>%1, studentnummer %2 ved %3</translation>
    </message>
    <message>
        <source>Her student record: %1.</source>
        <translation>Studentposten hennes: %1.</translation>
    </message>
    <message>
        <source>Her student record: %1; she %2.</source>
        <translation>Studentposten hennes: %1; hun %2.</translation>
    </message>
    <message>
        <source>Not linked. These student records have her name or e-mail; confirm the one that is her:</source>
        <translation>Ikke koblet. Disse studentpostene har navnet eller e-postadressen hennes; bekreft den som er henne:</translation>
    </message>
    <message>
        <source>%1 (%2, student number %3), %4</source>
        <translation>%1 (%2, studentnummer %3), %4</translation>
    </message>
    <message>
        <source>Not linked: no student record has her name or e-mail.</source>
        <translation>Ikke koblet: ingen studentpost har navnet eller e-postadressen hennes.</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>praksisveileder</translation>
    </message>
    <message>
        <source>new hire</source>
        <translation>nytilsatt</translation>
    </message>
    <message numerus="yes">
        <source>Mentor: %1 (%2), %3 – %4 (%n months)</source>
        <translation>
            <numerusform>Mentor: %1 (%2), %3 – %4 (%n måned)</numerusform>
            <numerusform>Mentor: %1 (%2), %3 – %4 (%n måneder)</numerusform>
        </translation>
    </message>
    <message>
        <source>Held %1</source>
        <translation>Holdt %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Forfalt</translation>
    </message>
    <message>
        <source>Planned for %1 and not held yet.</source>
        <translation>Planlagt til %1 og ikke holdt ennå.</translation>
    </message>
    <message>
        <source>%1 of %2 conversations held.</source>
        <translation>%1 av %2 samtaler holdt.</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue.</source>
        <translation>
            <numerusform>%n forfalt.</numerusform>
            <numerusform>%n forfalt.</numerusform>
        </translation>
    </message>
    <message>
        <source>No mentor yet. A mentor for the first year helps her stay.</source>
        <translation>Ingen mentor ennå. En mentor det første året hjelper henne å bli.</translation>
    </message>
    <message>
        <source>&amp;Another mentor…</source>
        <translation>&amp;En annen mentor…</translation>
    </message>
    <message>
        <source>The change was not made</source>
        <translation>Endringen ble ikke gjort</translation>
    </message>
    <message>
        <source>Link %1 to her student record</source>
        <translation>Koble %1 til studentposten hennes</translation>
    </message>
    <message>
        <source>Remove the student link of %1</source>
        <translation>Fjern studentkoblingen til %1</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(velg)</translation>
    </message>
    <message>
        <source>%1 (supervisor, %2)</source>
        <translation>%1 (praksisveileder, %2)</translation>
    </message>
    <message>
        <source>%1 (new hire, %2)</source>
        <translation>%1 (nytilsatt, %2)</translation>
    </message>
    <message>
        <source>Mentor for %1</source>
        <translation>Mentor for %1</translation>
    </message>
    <message>
        <source>Mentorship of %1</source>
        <translation>Mentorordningen til %1</translation>
    </message>
    <message>
        <source>&amp;Mentor:</source>
        <translation>&amp;Mentor:</translation>
    </message>
    <message>
        <source>Choose the mentor: a supervisor or another new hire.</source>
        <translation>Velg mentoren: en praksisveileder eller en annen nytilsatt.</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Fra:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.åååå</translation>
    </message>
    <message>
        <source>M&amp;onths:</source>
        <translation>M&amp;åneder:</translation>
    </message>
    <message>
        <source> months</source>
        <translation> måneder</translation>
    </message>
    <message>
        <source>12 months, up to 24 for a second year as needed.</source>
        <translation>12 måneder, opptil 24 for et andre år ved behov.</translation>
    </message>
    <message>
        <source>%1 mentors %2</source>
        <translation>%1 er mentor for %2</translation>
    </message>
    <message>
        <source>Change the mentorship of %1</source>
        <translation>Endre mentorordningen til %1</translation>
    </message>
    <message>
        <source>Remove %1 as the mentor of %2? These go with it: %3. You can undo this.</source>
        <translation>Fjerne %1 som mentor for %2? Dette følger med: %3. Du kan angre dette.</translation>
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
        <translation>Samtale %1 holdt</translation>
    </message>
    <message>
        <source>Held &amp;on:</source>
        <translation>Holdt &amp;den:</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Holdt den</translation>
    </message>
    <message>
        <source>A conversation cannot have been held after today (%1).</source>
        <translation>En samtale kan ikke være holdt etter i dag (%1).</translation>
    </message>
    <message>
        <source>empty: not held</source>
        <translation>tomt: ikke holdt</translation>
    </message>
    <message>
        <source>Conversation %1 of %2 held on %3</source>
        <translation>Samtale %1 med %2 holdt %3</translation>
    </message>
    <message>
        <source>Conversation %1 of %2 not held</source>
        <translation>Samtale %1 med %2 ikke holdt</translation>
    </message>
    <message>
        <source>Move conversation %1</source>
        <translation>Flytt samtale %1</translation>
    </message>
    <message>
        <source>&amp;Planned for:</source>
        <translation>&amp;Planlagt til:</translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation>Planlagt til</translation>
    </message>
    <message>
        <source>%1 is not a working day; the next one is %2.</source>
        <translation>%1 er ikke en arbeidsdag; neste er %2.</translation>
    </message>
    <message>
        <source>Move conversation %1 of %2 to %3</source>
        <translation>Flytt samtale %1 med %2 til %3</translation>
    </message>
    <message>
        <source>Save the mentor folder</source>
        <translation>Lagre mentormappen</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <source>The mentor folder was not saved</source>
        <translation>Mentormappen ble ikke lagret</translation>
    </message>
</context>
<context>
    <name>praksis::HireForm</name>
    <message>
        <source>New hire</source>
        <translation>Nytilsatt</translation>
    </message>
    <message>
        <source>New hire %1</source>
        <translation>Nytilsatt %1</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Fornavn:</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Fornavn</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Etternavn:</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Etternavn</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Praksissted:</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(velg)</translation>
    </message>
    <message>
        <source>Choose the site she was hired at.</source>
        <translation>Velg praksisstedet hun ble ansatt ved.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Praksissted</translation>
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
        <translation>Prøve&amp;tid slutter:</translation>
    </message>
    <message>
        <source>Probation ends</source>
        <translation>Prøvetid slutter</translation>
    </message>
    <message>
        <source>The probation cannot end before she starts (%1).</source>
        <translation>Prøvetiden kan ikke slutte før hun begynner (%1).</translation>
    </message>
    <message>
        <source>start + 6 months</source>
        <translation>start + 6 måneder</translation>
    </message>
    <message>
        <source>Six months from the start unless you give another date.</source>
        <translation>Seks måneder fra start, med mindre du oppgir en annen dato.</translation>
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
        <translation>Hun kan ikke slutte før hun begynner (%1).</translation>
    </message>
    <message>
        <source>empty while she is employed</source>
        <translation>tomt mens hun er ansatt</translation>
    </message>
    <message>
        <source>End &amp;reason:</source>
        <translation>Slutt&amp;årsak:</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(ikke oppgitt)</translation>
    </message>
    <message>
        <source>A reason only goes with an end date.</source>
        <translation>En årsak hører bare til en sluttdato.</translation>
    </message>
    <message>
        <source>End reason</source>
        <translation>Sluttårsak</translation>
    </message>
    <message>
        <source>A category only. Never write why in words, never health.</source>
        <translation>Bare en kategori. Skriv aldri hvorfor med ord, aldri om helse.</translation>
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
        <translation>Legg til nytilsatt %1</translation>
    </message>
    <message>
        <source>Edit new hire %1</source>
        <translation>Rediger nytilsatt %1</translation>
    </message>
    <message>
        <source>The change was not made</source>
        <translation>Endringen ble ikke gjort</translation>
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
        <translation>høsten %1</translation>
    </message>
    <message>
        <source>was a student at %1, %2</source>
        <translation>var student ved %1, %2</translation>
    </message>
    <message>
        <source>hired as %1 at %2 from %3</source>
        <translation>ansatt ved %2 fra %3 (%1)</translation>
    </message>
    <message>
        <source>same e-mail and name</source>
        <translation>samme e-post og navn</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>samme e-post</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>samme navn</translation>
    </message>
</context>
<context>
    <name>praksis::HireRepository</name>
    <message>
        <source>There is no new hire with id %1.</source>
        <translation>Det finnes ingen nytilsatt med id %1.</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Fornavn</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Etternavn</translation>
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
        <translation>%1 har ikke noe praksissted: praksissted %2 finnes ikke.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Praksissted</translation>
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
        <translation>Slutten på prøvetiden til %1 er ikke en dato.</translation>
    </message>
    <message>
        <source>Probation end</source>
        <translation>Prøvetid til</translation>
    </message>
    <message>
        <source>The end date of %1 is not a date.</source>
        <translation>Sluttdatoen til %1 er ikke en dato.</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slutt</translation>
    </message>
    <message>
        <source>%1 has a reason for leaving but no end date.</source>
        <translation>%1 har en sluttårsak, men ingen sluttdato.</translation>
    </message>
    <message>
        <source>End reason</source>
        <translation>Sluttårsak</translation>
    </message>
    <message>
        <source>Student %1 does not exist.</source>
        <translation>Student %1 finnes ikke.</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>There is already a new hire with id %1.</source>
        <translation>Det finnes allerede en nytilsatt med id %1.</translation>
    </message>
    <message>
        <source>The new hire %1</source>
        <translation>Den nytilsatte %1</translation>
    </message>
</context>
<context>
    <name>praksis::HiresPage</name>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Praksissted:</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Vis:</translation>
    </message>
    <message>
        <source>All new hires</source>
        <translation>Alle nytilsatte</translation>
    </message>
    <message>
        <source>Employed</source>
        <translation>Ansatt</translation>
    </message>
    <message>
        <source>In probation</source>
        <translation>I prøvetid</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Sluttet</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Etternavn</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Fornavn</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Praksissted</translation>
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
        <translation>Prøvetid slutter</translation>
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
        <translation>Samtaler holdt</translation>
    </message>
    <message>
        <source>Former student</source>
        <translation>Tidligere student</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Alle praksissteder</translation>
    </message>
    <message>
        <source>%1 of %2 new hires shown</source>
        <translation>%1 av %2 nytilsatte vises</translation>
    </message>
    <message>
        <source>New hire</source>
        <translation>Nytilsatt</translation>
    </message>
    <message>
        <source>the new hire %1</source>
        <translation>den nytilsatte %1</translation>
    </message>
    <message>
        <source>Delete new hire %1</source>
        <translation>Slett nytilsatt %1</translation>
    </message>
    <message>
        <source>Conversation guide…</source>
        <translation>Samtaleguide…</translation>
    </message>
    <message>
        <source>Edit the topics and questions mentors talk about with new hires.</source>
        <translation>Rediger temaene og spørsmålene mentorer tar opp med nytilsatte.</translation>
    </message>
</context>
<context>
    <name>praksis::ICalendarWriter</name>
    <message>
        <source>The calendar “%1” could not be written: %2</source>
        <translation>Kalenderen «%1» kunne ikke skrives: %2</translation>
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
        <translation>Importer %1 fra %2</translation>
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
        <translation>Endret</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Uendret</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Feil</translation>
    </message>
    <message>
        <source>Changes: %1</source>
        <translation>Endringer: %1</translation>
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
        <translation>Endringer eller problemer</translation>
    </message>
</context>
<context>
    <name>praksis::ImportWizard</name>
    <message>
        <source>Import from a CSV file</source>
        <translation>Importer fra en CSV-fil</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Velg filen</translation>
    </message>
    <message>
        <source>A CSV file saved from Excel or another program: comma, semicolon or tab separated. The first row names the columns.</source>
        <translation>En CSV-fil lagret fra Excel eller et annet program, med komma, semikolon eller tabulator som skilletegn. Den første raden gir navnene på kolonnene.</translation>
    </message>
    <message>
        <source>Detect from the columns</source>
        <translation>Finn ut fra kolonnene</translation>
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
        <translation>Velg en .csv-fil…</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bla gjennom…</translation>
    </message>
    <message>
        <source>Browse for the file</source>
        <translation>Bla gjennom for å finne filen</translation>
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
        <translation>S&amp;killetegn:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Tegnkoding:</translation>
    </message>
    <message>
        <source>Students of</source>
        <translation>Studenter ved</translation>
    </message>
    <message>
        <source>the school (a new name creates it)</source>
        <translation>utdanningsinstitusjonen (et nytt navn oppretter den)</translation>
    </message>
    <message>
        <source>&amp;School:</source>
        <translation>&amp;Utdanningsinstitusjon:</translation>
    </message>
    <message>
        <source>for rows without a programme (optional)</source>
        <translation>for rader uten studieprogram (valgfritt)</translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation>&amp;Studieprogram:</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>Velg en CSV-fil</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-filer (*.csv *.txt);;Alle filer (*)</translation>
    </message>
    <message numerus="yes">
        <source>Read as %1, %2: %n data row(s).</source>
        <translation>
            <numerusform>Lest inn som %1, %2: %n datarad.</numerusform>
            <numerusform>Lest inn som %1, %2: %n datarader.</numerusform>
        </translation>
    </message>
    <message>
        <source>The columns are those of %1.</source>
        <translation>Kolonnene passer til %1.</translation>
    </message>
    <message>
        <source>The columns do not match any register: choose the register above.</source>
        <translation>Kolonnene passer ikke til noe register: velg registeret ovenfor.</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>Koble kolonnene til felt</translation>
    </message>
    <message>
        <source>Each column of the file and the field it fills. Columns are matched by their Norwegian or English name; choose another field, or “not imported”, where the match is wrong.</source>
        <translation>Hver kolonne i filen og feltet den fyller. Kolonnene kobles etter det norske eller engelske navnet; velg et annet felt, eller «importeres ikke», der koblingen er feil.</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Kolonnene i filen</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolonne i filen</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Første verdi</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importeres som</translation>
    </message>
    <message>
        <source>Field for column %1 (%2)</source>
        <translation>Felt for kolonne %1 (%2)</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— importeres ikke —</translation>
    </message>
    <message>
        <source>%1 (%2, required)</source>
        <translation>%1 (%2, påkrevd)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not imported: %1.</source>
        <translation>Importeres ikke: %1.</translation>
    </message>
    <message>
        <source>Check what will change</source>
        <translation>Kontroller hva som endres</translation>
    </message>
    <message>
        <source>Every row of the file, compared with the plan. Nothing is written until you press Import, and Edit ▸ Undo takes the whole import back.</source>
        <translation>Hver rad i filen, sammenlignet med planen. Ingenting skrives før du trykker Importer, og Rediger ▸ Angre tar hele importen tilbake.</translation>
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
        <translation>&amp;Les filen på nytt</translation>
    </message>
    <message>
        <source>After correcting the file in another program</source>
        <translation>Etter at du har rettet filen i et annet program</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Rader i filen</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Feil</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Filen kunne ikke leses.</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 changed, %4 unchanged.</source>
        <translation>%1: %2 nye, %3 endret, %4 uendret.</translation>
    </message>
    <message>
        <source>Columns not imported: %1.</source>
        <translation>Kolonner som ikke importeres: %1.</translation>
    </message>
    <message>
        <source>Nothing to import: the plan already has these %1 as in the file.</source>
        <translation>Ingenting å importere: planen har allerede disse %1 slik de står i filen.</translation>
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
            <numerusform>Filen har %n feil.</numerusform>
            <numerusform>Filen har %n feil.</numerusform>
        </translation>
    </message>
    <message>
        <source>An import is all or nothing: correct the file, then press “Read the file again”. Nothing has been imported.</source>
        <translation>En import er alt eller ingenting: rett filen, og trykk deretter «Les filen på nytt». Ingenting er importert.</translation>
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
        <translation>Ingenting ble importert</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 changed, %4 already up to date.</source>
        <translation>%1: %2 lagt til, %3 endret, %4 var allerede oppdatert.</translation>
    </message>
    <message>
        <source>Edit ▸ Undo takes the whole import of %1 back in one step.</source>
        <translation>Rediger ▸ Angre tar hele importen av %1 tilbake i ett steg.</translation>
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
            <numerusform>Advarsel: %n student får ikke noe studieprogram, og planleggeren planlegger bare studenter i studieprogrammene som er med i en praksisperiode. Skriv inn studieprogrammet for rader uten studieprogram på første side, eller legg til kolonnen «Studieprogram» i filen.</numerusform>
            <numerusform>Advarsel: %n studenter får ikke noe studieprogram, og planleggeren planlegger bare studenter i studieprogrammene som er med i en praksisperiode. Skriv inn studieprogrammet for rader uten studieprogram på første side, eller legg til kolonnen «Studieprogram» i filen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>praksis::Importer</name>
    <message>
        <source>First name</source>
        <translation>Fornavn</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Etternavn</translation>
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
        <translation>Navn</translation>
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
        <translation>Praksissted</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Yrke</translation>
    </message>
    <message>
        <source>Supervision training</source>
        <translation>Veilederutdanning</translation>
    </message>
    <message>
        <source>Max students</source>
        <translation>Maks. studenter</translation>
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
        <translation>Timer per uke</translation>
    </message>
    <message>
        <source>Site kinds</source>
        <translation>Typer praksissted</translation>
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
        <translation>Ikke aktuelt (inhabil)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrunnelse</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Studenter</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Praksissteder</translation>
    </message>
    <message>
        <source>Supervisors</source>
        <translation>Praksisveiledere</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Praksisperioder</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Ønsker</translation>
    </message>
    <message>
        <source>1 row has errors. Nothing was imported.</source>
        <translation>1 rad har feil. Ingenting ble importert.</translation>
    </message>
    <message>
        <source>%1 rows have errors. Nothing was imported.</source>
        <translation>%1 rader har feil. Ingenting ble importert.</translation>
    </message>
    <message>
        <source>The file has errors. Nothing was imported.</source>
        <translation>Filen har feil. Ingenting ble importert.</translation>
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
        <translation>Studenter importeres for én utdanningsinstitusjon om gangen: velg utdanningsinstitusjonen (på kommandolinjen: --school NAME).</translation>
    </message>
    <message>
        <source>The student number “%1” is on %2 already.</source>
        <translation>Studentnummeret «%1» står allerede på %2.</translation>
    </message>
    <message>
        <source>The site “%1” is on %2 already.</source>
        <translation>Praksisstedet «%1» står allerede på %2.</translation>
    </message>
    <message>
        <source>“%1” must be ja or nei (yes or no), or the year the training was taken; “%2” is neither.</source>
        <translation>«%1» må være ja eller nei, eller året veilederutdanningen ble tatt; «%2» er ingen av delene.</translation>
    </message>
    <message>
        <source>%1 at “%2” is on %3 already.</source>
        <translation>%1 ved «%2» står allerede på %3.</translation>
    </message>
    <message>
        <source>“%1” is not a site kind. Write site kinds separated by |, each one of: %2.</source>
        <translation>«%1» er ikke en type praksissted. Skriv typene skilt med |, hver av dem én av: %2.</translation>
    </message>
    <message>
        <source>The period “%1” with “%2” of “%3” is on %4 already.</source>
        <translation>Perioden «%1» med «%2» ved «%3» står allerede på %4.</translation>
    </message>
    <message>
        <source>The period “%1” has another “%2” on %3.</source>
        <translation>Perioden «%1» har en annen verdi for «%2» på %3.</translation>
    </message>
    <message>
        <source>There is no school “%1”.</source>
        <translation>Utdanningsinstitusjonen «%1» finnes ikke.</translation>
    </message>
    <message>
        <source>“%1” has no student with the number “%2”. Import the students first.</source>
        <translation>«%1» har ingen student med nummeret «%2». Importer studentene først.</translation>
    </message>
    <message>
        <source>There is no period “%1”. Import the periods first.</source>
        <translation>Perioden «%1» finnes ikke. Importer periodene først.</translation>
    </message>
    <message>
        <source>The site “%1” is chosen twice.</source>
        <translation>Praksisstedet «%1» er ønsket to ganger.</translation>
    </message>
    <message>
        <source>The site “%1” is both chosen and excluded.</source>
        <translation>Praksisstedet «%1» er både ønsket og markert som ikke aktuelt.</translation>
    </message>
    <message>
        <source>The student “%1” has choices for “%2” on %3 already.</source>
        <translation>Studenten «%1» har allerede ønsker for «%2» på %3.</translation>
    </message>
    <message>
        <source>The school “%1” was created as “%2” (%3), inferred from its name.</source>
        <translation>Utdanningsinstitusjonen «%1» ble opprettet som «%2» (%3), ut fra navnet.</translation>
    </message>
    <message>
        <source>The school “%1” is new and will be created as “%2” (%3), inferred from its name.</source>
        <translation>Utdanningsinstitusjonen «%1» er ny og blir opprettet som «%2» (%3), ut fra navnet.</translation>
    </message>
    <message>
        <source>The programme “%1” was created as “%2” (%3), inferred from its name.</source>
        <translation>Studieprogrammet «%1» ble opprettet som «%2» (%3), ut fra navnet.</translation>
    </message>
    <message>
        <source>The programme “%1” is new and will be created as “%2” (%3), inferred from its name.</source>
        <translation>Studieprogrammet «%1» er nytt og blir opprettet som «%2» (%3), ut fra navnet.</translation>
    </message>
    <message>
        <source>There are %1 sites named “%2” (%3): write “name / unit” to say which.</source>
        <translation>Det finnes %1 praksissteder som heter «%2» (%3): skriv «navn / avdeling» for å si hvilket du mener.</translation>
    </message>
    <message>
        <source>There is no site “%1”. Check the spelling, or import the sites first.</source>
        <translation>Praksisstedet «%1» finnes ikke. Kontroller stavemåten, eller importer praksisstedene først.</translation>
    </message>
    <message>
        <source>The register has no field “%1”.</source>
        <translation>Registeret har ikke feltet «%1».</translation>
    </message>
    <message>
        <source>Columns %1 (%2) and %3 (%4) both hold “%5”. Remove one of them or map it to no field.</source>
        <translation>Kolonne %1 (%2) og %3 (%4) inneholder begge «%5». Fjern en av dem, eller la den ene ikke være knyttet til noe felt.</translation>
    </message>
    <message>
        <source>The column “%1” (“%2”) is missing. The columns found are: %3.</source>
        <translation>Kolonnen «%1» («%2») mangler. Kolonnene som ble funnet, er: %3.</translation>
    </message>
    <message>
        <source>This line has %1 fields but the header row has %2. Is there a “%3” inside a value that is not in quotation marks?</source>
        <translation>Denne linjen har %1 felt, men overskriftsraden har %2. Står det et «%3» inne i en verdi som ikke står i anførselstegn?</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulator</translation>
    </message>
    <message>
        <source>“%1” is empty. Write one of: %2.</source>
        <translation>«%1» mangler. Skriv én av: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a known %2. Write one of: %3.</source>
        <translation>«%1» er ikke en kjent %2. Skriv én av: %3.</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was imported.</source>
        <translation>Importen ble avbrutt. Ingenting ble importert.</translation>
    </message>
    <message>
        <source>The file has a header row but no data.</source>
        <translation>Filen har en overskriftsrad, men ingen data.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Ingenting ble importert.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Kolonne %1</translation>
    </message>
    <message>
        <source>This line separates its values with “%1”, but the file uses “%2”. Use one delimiter in the whole file.</source>
        <translation>Denne linjen skiller verdiene med «%1», men filen bruker «%2». Bruk samme skilletegn i hele filen.</translation>
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
        <translation>Nytilsatt</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>New hires</source>
        <translation>Nytilsatte</translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation>Mentorer</translation>
    </message>
    <message>
        <source>“%1” needs an end date: she has left only when “%2” says when.</source>
        <translation>«%1» krever en sluttdato: hun har sluttet bare når «%2» sier når.</translation>
    </message>
    <message>
        <source>“%1” links her to a student record only with “%2”.</source>
        <translation>«%1» kobler henne til en studentoppføring bare sammen med «%2».</translation>
    </message>
    <message>
        <source>“%1” has no student with the number “%2”.</source>
        <translation>«%1» har ingen student med nummeret «%2».</translation>
    </message>
    <message>
        <source>%1 starting at “%2” on %3 is on line %4 already.</source>
        <translation>%1 med start ved «%2» %3 står allerede på linje %4.</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>fra %1</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>veileder</translation>
    </message>
    <message>
        <source>There is no new hire “%1”. Import the hires first.</source>
        <translation>Det finnes ingen nytilsatt «%1». Importer de nytilsatte først.</translation>
    </message>
    <message>
        <source>“%1” names more than one new hire: %2. Give her e-mail, or the start of the mentorship while she has only one of them.</source>
        <translation>«%1» viser til mer enn én nytilsatt: %2. Oppgi e-postadressen hennes, eller starten på mentorordningen mens hun bare har én av dem.</translation>
    </message>
    <message>
        <source>There is no supervisor or other new hire “%1” to be the mentor.</source>
        <translation>Det finnes ingen veileder eller annen nytilsatt «%1» som kan være mentor.</translation>
    </message>
    <message>
        <source>“%1” names more than one possible mentor: %2. Give the mentor&apos;s e-mail.</source>
        <translation>«%1» viser til mer enn én mulig mentor: %2. Oppgi mentorens e-postadresse.</translation>
    </message>
    <message>
        <source>The mentorship of %1 from %2 is on line %3 already.</source>
        <translation>Mentorordningen for %1 fra %2 står allerede på linje %3.</translation>
    </message>
</context>
<context>
    <name>praksis::Kinds</name>
    <message>
        <source>Upper secondary school</source>
        <translation>Videregående skole</translation>
    </message>
    <message>
        <source>Vocational college</source>
        <translation>Fagskole</translation>
    </message>
    <message>
        <source>University college</source>
        <translation>Høgskole</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Universitet</translation>
    </message>
    <message>
        <source>Nursing (bachelor)</source>
        <translation>Sykepleie (bachelor)</translation>
    </message>
    <message>
        <source>Health worker (Vg2)</source>
        <translation>Helsefagarbeider (Vg2)</translation>
    </message>
    <message>
        <source>Health worker apprentice</source>
        <translation>Lærling i helsearbeiderfaget</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annet</translation>
    </message>
    <message>
        <source>Nursing home</source>
        <translation>Sykehjem</translation>
    </message>
    <message>
        <source>Home care</source>
        <translation>Hjemmetjeneste</translation>
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
        <translation>Sykepleier</translation>
    </message>
    <message>
        <source>Health worker</source>
        <translation>Helsefagarbeider</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bekreftet</translation>
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
        <translation>Midtveisvurdering</translation>
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
        <translation>Leder</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Praksisveileder</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>School contact teacher</source>
        <translation>Kontaktlærer</translation>
    </message>
    <message>
        <source>Illness</source>
        <translation>Sykdom</translation>
    </message>
    <message>
        <source>Sick child</source>
        <translation>Sykt barn</translation>
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
        <translation>Sommervikar</translation>
    </message>
    <message>
        <source>Another post in the municipality</source>
        <translation>Annen stilling i kommunen</translation>
    </message>
    <message>
        <source>Another employer</source>
        <translation>Annen arbeidsgiver</translation>
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
        <translation>Studentposter de nytilsatte kan ha vært</translation>
    </message>
    <message>
        <source>New hire</source>
        <translation>Nytilsatt</translation>
    </message>
    <message>
        <source>Student record</source>
        <translation>Studentpost</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
    <message>
        <source>Was a student</source>
        <translation>Var student</translation>
    </message>
    <message>
        <source>&amp;Link the checked</source>
        <translation>&amp;Koble de avkryssede</translation>
    </message>
    <message>
        <source>Links each checked new hire to the student record in her row, in one step that Edit ▸ Undo takes back. Only when you know it is her.</source>
        <translation>Kobler hver avkrysset nytilsatt til studentposten i raden hennes, i ett steg som Rediger ▸ Angre tar tilbake. Bare når du vet at det er henne.</translation>
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
        <translation>Linje %1 i filen</translation>
    </message>
    <message>
        <source>No new hire of this import is left to link to a student record.</source>
        <translation>Ingen nytilsatte fra denne importen gjenstår å koble til en studentpost.</translation>
    </message>
    <message numerus="yes">
        <source>%n new hire(s) may have been students here: the plan has student records with the same name or e-mail. Check the record that is hers where you know it, then press “Link the checked”. Nothing is linked without you; what you leave is suggested again in each hire’s window.</source>
        <translation>
            <numerusform>%n nytilsatt kan ha vært student her: planen har studentposter med samme navn eller e-post. Kryss av posten som er hennes der du vet det, og trykk «Koble de avkryssede». Ingenting kobles uten deg; det du lar stå, foreslås igjen i vinduet til den nytilsatte.</numerusform>
            <numerusform>%n nytilsatte kan ha vært studenter her: planen har studentposter med samme navn eller e-post. Kryss av posten som er hennes der du vet det, og trykk «Koble de avkryssede». Ingenting kobles uten deg; det du lar stå, foreslås igjen i vinduet til hver nytilsatt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Link %n new hire(s) to their student record</source>
        <translation>
            <numerusform>Koble %n nytilsatt til studentposten sin</numerusform>
            <numerusform>Koble %n nytilsatte til studentpostene sine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new hire(s) linked to their student record. Edit ▸ Undo takes the links back.</source>
        <translation>
            <numerusform>%n nytilsatt koblet til studentposten sin. Rediger ▸ Angre tar koblingen tilbake.</numerusform>
            <numerusform>%n nytilsatte koblet til studentpostene sine. Rediger ▸ Angre tar koblingene tilbake.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was linked: %1</source>
        <translation>Ingenting ble koblet: %1</translation>
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
        <translation>Planlegger</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Praksisplasser</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Studenter</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Skoler</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Praksissteder</translation>
    </message>
    <message>
        <source>Supervisors</source>
        <translation>Praksisveiledere</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Praksisperioder</translation>
    </message>
    <message>
        <source>Welcome template</source>
        <translation>Velkomstmal</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <source>Plans (*.%1);;All files (*)</source>
        <translation>Planer (*.%1);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Sider</translation>
    </message>
    <message>
        <source>No plan is open. Use File ▸ New plan… or File ▸ Open…</source>
        <translation>Ingen plan er åpen. Velg Fil ▸ Ny plan… eller Fil ▸ Åpne…</translation>
    </message>
    <message>
        <source>The change could not be made</source>
        <translation>Endringen kunne ikke gjøres</translation>
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
        <translation>&amp;Åpne…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ny&amp;lig åpnet</translation>
    </message>
    <message>
        <source>Open &amp;demo plan…</source>
        <translation>Åpne &amp;demoplan…</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Lagre en &amp;kopi…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Inn&amp;stillinger…</translation>
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
        <translation>&amp;Gjør om</translation>
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
        <translation>Søk på denne siden…</translation>
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
        <translation>&amp;Forrige periode</translation>
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
        <translation>Planen kunne ikke åpnes</translation>
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
        <translation>(ingen perioder ennå)</translation>
    </message>
    <message>
        <source>No plan open</source>
        <translation>Ingen plan er åpen</translation>
    </message>
    <message>
        <source>%1 students</source>
        <translation>%1 studenter</translation>
    </message>
    <message>
        <source>%1 placements in this period</source>
        <translation>%1 praksisplasser i denne perioden</translation>
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
        <translation>«%1» finnes allerede. Velg et annet navn, eller åpne den med Fil ▸ Åpne….</translation>
    </message>
    <message>
        <source>Open a plan</source>
        <translation>Åpne en plan</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Lagre en kopi</translation>
    </message>
    <message>
        <source> (copy).</source>
        <translation> (kopi).</translation>
    </message>
    <message>
        <source>Choose another file than the open plan.</source>
        <translation>Velg en annen fil enn planen som er åpen.</translation>
    </message>
    <message>
        <source>“%1” could not be replaced.</source>
        <translation>«%1» kunne ikke erstattes.</translation>
    </message>
    <message>
        <source>The copy was not saved</source>
        <translation>Kopien ble ikke lagret</translation>
    </message>
    <message>
        <source>Copy saved as %1</source>
        <translation>Kopien er lagret som %1</translation>
    </message>
    <message>
        <source>About Praksisplan</source>
        <translation>Om Praksisplan</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Praksisplan %1&lt;/h3&gt;&lt;p&gt;Plans practice placements in municipal health and care services: schools, students, sites, supervisors, periods and welcome checklists.&lt;/p&gt;&lt;p&gt;Icons: Lucide (ISC licence).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Praksisplan %1&lt;/h3&gt;&lt;p&gt;Planlegger praksisplasser i kommunale helse- og omsorgstjenester: utdanningsinstitusjoner, studenter, praksissteder, praksisveiledere, praksisperioder og sjekklister for velkomst.&lt;/p&gt;&lt;p&gt;Ikoner: Lucide (ISC-lisens).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Restart Praksisplan</source>
        <translation>Start Praksisplan på nytt</translation>
    </message>
    <message>
        <source>The new interface language is used when Praksisplan starts again. Everything is saved. Restart now?</source>
        <translation>Det nye språket i programmet tas i bruk når Praksisplan starter på nytt. Alt er lagret. Vil du starte på nytt nå?</translation>
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
        <translation>Hvor mange studenter skal demoplanen ha?
(praksissteder, praksisveiledere og praksisplasser tilpasses antallet)</translation>
    </message>
    <message>
        <source>Save the demo plan as</source>
        <translation>Lagre demoplanen som</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose another name for the demo plan.</source>
        <translation>«%1» finnes allerede. Velg et annet navn på demoplanen.</translation>
    </message>
    <message>
        <source>Generating the demo plan…</source>
        <translation>Lager demoplanen…</translation>
    </message>
    <message>
        <source>The demo plan could not be made</source>
        <translation>Demoplanen kunne ikke lages</translation>
    </message>
    <message>
        <source>From a &amp;CSV file…</source>
        <translation>Fra en &amp;CSV-fil…</translation>
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
        <translation>Fjern &amp;gamle studentopplysninger…</translation>
    </message>
    <message>
        <source>The plan was brought up to date for this version of Praksisplan. A copy of it as it was is kept in “%1”.</source>
        <translation>Planen er oppdatert til denne versjonen av Praksisplan. En kopi av planen slik den var, ligger i «%1».</translation>
    </message>
    <message>
        <source>Plan &amp;automatically…</source>
        <translation>Planlegg &amp;automatisk …</translation>
    </message>
    <message>
        <source>Plan the students of the chosen period not yet placed, and show the plan before anything changes</source>
        <translation>Planlegg studentene i den valgte perioden som ikke har praksisplass ennå, og vis planen før noe endres</translation>
    </message>
    <message>
        <source>Automatic planning</source>
        <translation>Automatisk planlegging</translation>
    </message>
    <message>
        <source>There is no period to plan yet. Add one on the Periods page, then choose it in the toolbar.</source>
        <translation>Det finnes ingen periode å planlegge ennå. Legg til en på siden Perioder, og velg den i verktøylinjen.</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Brukerveiledning</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Hurtigtaster</translation>
    </message>
    <message>
        <source>Search this page</source>
        <translation>Søk på denne siden</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikter</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) in this period</source>
        <translation>
            <numerusform>%n konflikt i denne praksisperioden</numerusform>
            <numerusform>%n konflikter i denne praksisperioden</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts in this period</source>
        <translation>Ingen konflikter i denne praksisperioden</translation>
    </message>
    <message>
        <source>New hires</source>
        <translation>Nytilsatte</translation>
    </message>
    <message>
        <source>Conversation guide</source>
        <translation>Samtaleguide</translation>
    </message>
    <message>
        <source>The whole file is checked before the plan opens, so that a damaged file is never read. On a big plan this takes a moment.</source>
        <translation>Hele filen kontrolleres før planen åpnes, slik at en skadet fil aldri blir lest. På en stor plan tar det et øyeblikk.</translation>
    </message>
    <message>
        <source>Checking the plan</source>
        <translation>Kontrollerer planen</translation>
    </message>
    <message>
        <source>Stop the check; the plan is not opened (Esc)</source>
        <translation>Stopp kontrollen; planen blir ikke åpnet (Esc)</translation>
    </message>
    <message>
        <source>Checking “%1”…</source>
        <translation>Kontrollerer «%1»…</translation>
    </message>
    <message>
        <source>Looking for conflicts…</source>
        <translation>Ser etter konflikter…</translation>
    </message>
</context>
<context>
    <name>praksis::MeetingRepository</name>
    <message>
        <source>There is no assessment meeting with id %1.</source>
        <translation>Det finnes ingen vurderingssamtale med id %1.</translation>
    </message>
    <message>
        <source>The date the meeting was held is not a date.</source>
        <translation>Datoen samtalen ble holdt, er ikke en gyldig dato.</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Holdt</translation>
    </message>
    <message>
        <source>The planned date of the meeting is not a date.</source>
        <translation>Den planlagte datoen for samtalen er ikke en gyldig dato.</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
</context>
<context>
    <name>praksis::MeetingTableModel</name>
    <message>
        <source>Held</source>
        <translation>Holdt</translation>
    </message>
    <message>
        <source>Proposed, not planned (date passed)</source>
        <translation>Foreslått, ikke planlagt (datoen er passert)</translation>
    </message>
    <message>
        <source>Proposed, not planned yet</source>
        <translation>Foreslått, ikke planlagt ennå</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Forfalt</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Frist denne uken</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>innen %1</translation>
    </message>
    <message>
        <source>Proposed from the placement&apos;s dates. Edit its date, hold it, or plan all proposed meetings to keep it.</source>
        <translation>Foreslått ut fra datoene for praksisplassen. Endre datoen, registrer samtalen som holdt, eller planlegg alle foreslåtte samtaler for å beholde den.</translation>
    </message>
    <message>
        <source>No planned date: due by %1.</source>
        <translation>Ingen planlagt dato: frist %1.</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Samtale</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltakere</translation>
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
        <translation>Den nytilsatte %1 finnes ikke.</translation>
    </message>
    <message>
        <source>Mentor folder – %1</source>
        <translation>Mentormappe – %1</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Skrevet ut %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Side %1 av %2</translation>
    </message>
    <message>
        <source>Conversations (continued)</source>
        <translation>Samtaler (forts.)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Uke</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Måned</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Holdt den</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Samtaler</translation>
    </message>
    <message>
        <source>The conversations follow the Trondheim model: every week in the first month, every other week in months 2 and 3, and once a month until month 12 (in a second year as needed). Tick each one off when it has been held; what you talk about stays between the two of you.</source>
        <translation>Samtalene følger Trondheim-modellen: hver uke den første måneden, annenhver uke i måned 2 og 3, og én gang i måneden fram til måned 12 (det andre året ved behov). Kryss av hver samtale når den er holdt; det dere snakker om, blir mellom dere to.</translation>
    </message>
    <message>
        <source>No conversations are planned yet.</source>
        <translation>Ingen samtaler er planlagt ennå.</translation>
    </message>
    <message>
        <source>week %1</source>
        <translation>uke %1</translation>
    </message>
    <message>
        <source>Conversation guide</source>
        <translation>Samtaleguide</translation>
    </message>
    <message>
        <source>Questions to start from. Take what matters now: one topic may fill a conversation, and not every question needs an answer.</source>
        <translation>Spørsmål å ta utgangspunkt i. Ta det som er viktig nå: ett tema kan fylle en hel samtale, og ikke alle spørsmål trenger et svar.</translation>
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
        <translation>Nytilsatt</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Praksissted</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Probation ends</source>
        <translation>Prøvetid slutter</translation>
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
            <numerusform>%1 – %2 (%n måned)</numerusform>
            <numerusform>%1 – %2 (%n måneder)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not assigned yet</source>
        <translation>Ikke tildelt ennå</translation>
    </message>
    <message>
        <source>Documents can only be made by a program with a QGuiApplication.</source>
        <translation>Dokumenter kan bare lages av et program med QGuiApplication.</translation>
    </message>
    <message>
        <source>The document could not be started.</source>
        <translation>Dokumentet kunne ikke opprettes.</translation>
    </message>
    <message>
        <source>Mentor folder %1</source>
        <translation>Mentormappe %1</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>«%1» kunne ikke skrives: %2</translation>
    </message>
</context>
<context>
    <name>praksis::MentorFollowUp</name>
    <message>
        <source>Mentor conversation %1 of %2 (mentor %3) at %4 was planned for %5 and has not been held.</source>
        <translation>Mentorsamtale %1 med %2 (mentor %3) ved %4 var planlagt %5 og er ikke holdt.</translation>
    </message>
</context>
<context>
    <name>praksis::MentorRepository</name>
    <message>
        <source>There is no mentorship with id %1.</source>
        <translation>Det finnes ingen mentorordning med id %1.</translation>
    </message>
    <message>
        <source>The mentor of mentorship %1 does not exist.</source>
        <translation>Mentoren i mentorordning %1 finnes ikke.</translation>
    </message>
    <message>
        <source>New hire %1 does not exist.</source>
        <translation>Nytilsatt %1 finnes ikke.</translation>
    </message>
    <message>
        <source>New hire</source>
        <translation>Nytilsatt</translation>
    </message>
    <message>
        <source>The mentor of %1 must be either a supervisor or another new hire.</source>
        <translation>Mentoren til %1 må være enten en praksisveileder eller en annen nytilsatt.</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>%1 cannot be her own mentor.</source>
        <translation>%1 kan ikke være sin egen mentor.</translation>
    </message>
    <message>
        <source>Supervisor %1 does not exist.</source>
        <translation>Praksisveileder %1 finnes ikke.</translation>
    </message>
    <message>
        <source>The mentorship of %1 has no start date.</source>
        <translation>Mentorordningen til %1 har ingen startdato.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>The mentorship of %1 starts on %2, before she starts on %3.</source>
        <translation>Mentorordningen til %1 starter %2, før hun begynner %3.</translation>
    </message>
    <message>
        <source>The mentorship of %1 starts on %2, after she left on %3.</source>
        <translation>Mentorordningen til %1 starter %2, etter at hun sluttet %3.</translation>
    </message>
    <message>
        <source>A mentorship lasts 1 to %1 months, not %2.</source>
        <translation>En mentorordning varer 1 til %1 måneder, ikke %2.</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Måneder</translation>
    </message>
    <message>
        <source>The end of the mentorship of %1 is not a date.</source>
        <translation>Slutten på mentorordningen til %1 er ikke en dato.</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Avsluttet</translation>
    </message>
    <message>
        <source>%1 already has a mentor (%2) from %3 to %4.</source>
        <translation>%1 har allerede en mentor (%2) fra %3 til %4.</translation>
    </message>
    <message>
        <source>There is already a mentorship with id %1.</source>
        <translation>Det finnes allerede en mentorordning med id %1.</translation>
    </message>
    <message>
        <source>A mentorship cannot move to another new hire.</source>
        <translation>En mentorordning kan ikke flyttes til en annen nytilsatt.</translation>
    </message>
    <message>
        <source>The mentorship of %1 (mentor %2)</source>
        <translation>Mentorordningen til %1 (mentor %2)</translation>
    </message>
    <message>
        <source>There is no mentor conversation with id %1.</source>
        <translation>Det finnes ingen mentorsamtale med id %1.</translation>
    </message>
    <message>
        <source>Mentor conversation %1 has no planned date.</source>
        <translation>Mentorsamtale %1 har ingen planlagt dato.</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>The date mentor conversation %1 was held is not a date.</source>
        <translation>Datoen mentorsamtale %1 ble holdt, er ikke en dato.</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Holdt</translation>
    </message>
    <message>
        <source>Mentor conversation %1 cannot be planned on %2, before the mentorship starts on %3.</source>
        <translation>Mentorsamtale %1 kan ikke planlegges %2, før mentorordningen starter %3.</translation>
    </message>
    <message>
        <source>Mentor conversation %1 cannot have been held on %2, before the mentorship started on %3.</source>
        <translation>Mentorsamtale %1 kan ikke ha blitt holdt %2, før mentorordningen startet %3.</translation>
    </message>
</context>
<context>
    <name>praksis::MentorSchedule</name>
    <message>
        <source>Weekly (month 1)</source>
        <translation>Hver uke (måned 1)</translation>
    </message>
    <message>
        <source>Every other week (months 2–3)</source>
        <translation>Annenhver uke (måned 2–3)</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Hver måned</translation>
    </message>
</context>
<context>
    <name>praksis::Outcome</name>
    <message>
        <source>The recruitment figures need a start and an end date.</source>
        <translation>Rekrutteringstallene trenger en start- og en sluttdato.</translation>
    </message>
</context>
<context>
    <name>praksis::OutlineEditing</name>
    <message>
        <source>Empty: the Bokmål text is used</source>
        <translation>Tomt: bokmålsteksten brukes</translation>
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
        <translation>Fravær</translation>
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
        <translation>Praksissted</translation>
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
        <translation>Studenter i praksis per uke, etter type praksissted</translation>
    </message>
    <message>
        <source>Choose a period to see its occupancy.</source>
        <translation>Velg en periode for å se beleggsgraden.</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Uke</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Studenter</translation>
    </message>
    <message>
        <source>No placements in this period yet.</source>
        <translation>Ingen praksisplasser i denne perioden ennå.</translation>
    </message>
    <message>
        <source>Placements by status in the period</source>
        <translation>Praksisplasser etter status i perioden</translation>
    </message>
    <message>
        <source>Placements by status</source>
        <translation>Praksisplasser etter status</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No placements yet.</source>
        <translation>Ingen praksisplasser ennå.</translation>
    </message>
    <message>
        <source>Period at risk</source>
        <translation>I faresonen</translation>
    </message>
    <message>
        <source>To be made up</source>
        <translation>Må tas igjen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Feil</translation>
    </message>
    <message>
        <source>Absence alerts (%1)</source>
        <translation>Varsler om fravær (%1)</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (forfalt)</translation>
    </message>
    <message>
        <source>Meetings due this week or overdue (%1)</source>
        <translation>Samtaler med frist denne uken eller forfalt (%1)</translation>
    </message>
    <message>
        <source>Checklist items due this week (%1)</source>
        <translation>Sjekklistepunkter med frist denne uken (%1)</translation>
    </message>
    <message>
        <source>Checklist items due for</source>
        <translation>Sjekklistepunkter med frist for</translation>
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
        <translation>(%1, %2 forfalt) %3</translation>
    </message>
    <message>
        <source>(%1) %2</source>
        <translation>(%1) %2</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Samtale</translation>
    </message>
    <message>
        <source>New hire</source>
        <translation>Nytilsatt</translation>
    </message>
    <message>
        <source>Mentor conversation %1</source>
        <translation>Mentorsamtale %1</translation>
    </message>
    <message>
        <source>Mentor conversations overdue (%1)</source>
        <translation>Forfalte mentorsamtaler (%1)</translation>
    </message>
    <message>
        <source>%1 more groups with %2 entries: show the next %3…</source>
        <translation>%1 grupper til med %2 oppføringer: vis de neste %3 …</translation>
    </message>
</context>
<context>
    <name>praksis::PeriodRepository</name>
    <message>
        <source>There is no period with id %1.</source>
        <translation>Det finnes ingen periode med id %1.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>The period “%1” has no start date.</source>
        <translation>Perioden «%1» mangler startdato.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>The period “%1” has no end date.</source>
        <translation>Perioden «%1» mangler sluttdato.</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slutt</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>Timer per uke</translation>
    </message>
    <message>
        <source>There is already a period named “%1”.</source>
        <translation>Det finnes allerede en periode som heter «%1». Velg et annet navn.</translation>
    </message>
    <message>
        <source>Programme %1 does not exist.</source>
        <translation>Studieprogrammet %1 finnes ikke.</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Studieprogrammer</translation>
    </message>
    <message>
        <source>Programme %1 is listed more than once.</source>
        <translation>Studieprogrammet %1 står oppført mer enn én gang.</translation>
    </message>
    <message>
        <source>Site %1 does not exist.</source>
        <translation>Praksisstedet %1 finnes ikke.</translation>
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
        <translation>%1 har mer enn én kapasitet i «%2».</translation>
    </message>
    <message>
        <source>There is already a period with id %1.</source>
        <translation>Det finnes allerede en periode med id %1.</translation>
    </message>
    <message>
        <source>The period “%1”</source>
        <translation>Perioden «%1»</translation>
    </message>
    <message>
        <source>There is no site with id %1.</source>
        <translation>Det finnes ikke noe praksissted med id %1.</translation>
    </message>
</context>
<context>
    <name>praksis::PeriodsPage</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
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
        <translation>Timer per uke</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Studieprogrammer</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Praksisplasser</translation>
    </message>
    <message>
        <source>%1 of %2 periods shown</source>
        <translation>%1 av %2 perioder vises</translation>
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
        <translation>&amp;Navn:</translation>
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
        <translation>&amp;Timer per uke:</translation>
    </message>
    <message>
        <source>&amp;Programmes:</source>
        <translation>Studie&amp;programmer:</translation>
    </message>
    <message>
        <source>Eligible site &amp;kinds:</source>
        <translation>&amp;Aktuelle typer praksissted:</translation>
    </message>
    <message>
        <source>Choose at least one eligible site kind.</source>
        <translation>Velg minst én aktuell type praksissted.</translation>
    </message>
    <message>
        <source>Site kinds</source>
        <translation>Typer praksissted</translation>
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
        <translation>Kapasitet per praksissted i denne perioden</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Praksissted</translation>
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
        <translation>Kapasitet per praksissted
(tomt: praksisstedets egen):</translation>
    </message>
    <message>
        <source>Period without a programme</source>
        <translation>Praksisperiode uten studieprogram</translation>
    </message>
    <message>
        <source>No programme takes part in the period %1, so it has no students and the planner has nobody to plan. Save it anyway?</source>
        <translation>Ingen studieprogram er med i praksisperioden %1, så den har ingen studenter, og planleggeren har ingen å planlegge. Vil du lagre den likevel?</translation>
    </message>
    <message>
        <source>Placements in the period, not counting cancelled ones (as the status bar counts them)</source>
        <translation>Praksisplasser i perioden, uten de avlyste (slik statuslinjen teller dem)</translation>
    </message>
    <message>
        <source>Sites with own capacity</source>
        <translation>Steder med egen kapasitet</translation>
    </message>
    <message>
        <source>How many sites take a different number of students in this period than their usual capacity (set in the period&apos;s form, under “Capacity per site”); every other site takes its usual capacity</source>
        <translation>Hvor mange praksissteder som tar imot et annet antall studenter i denne perioden enn sin vanlige kapasitet (settes i periodens skjema, under «Kapasitet per praksissted»); alle andre praksissteder tar sin vanlige kapasitet</translation>
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
        <translation>Praksissted</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Praksisveileder</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>Pra&amp;ksissted:</translation>
    </message>
    <message>
        <source>Su&amp;pervisor:</source>
        <translation>Praksis&amp;veileder:</translation>
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
        <translation>ikke aktuelt (inhabil)</translation>
    </message>
    <message>
        <source>not eligible in this period</source>
        <translation>ikke aktuelt i denne perioden</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Ingen ennå</translation>
    </message>
    <message>
        <source>She must not be placed at this site (conflict of interest); it will show as a conflict.</source>
        <translation>Studenten skal ikke ha praksis ved dette praksisstedet (inhabil); det vil vises som en konflikt.</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 students)</source>
        <translation>%1 (%2 av %3 studenter)</translation>
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
        <translation>Praksissted: %1</translation>
    </message>
    <message>
        <source>Supervisor: %1</source>
        <translation>Praksisveileder: %1</translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <translation>ikke valgt ennå</translation>
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
        <translation>Praksisstedet finnes ikke.</translation>
    </message>
    <message>
        <source>Placements – %1</source>
        <translation>Praksisplasser – %1</translation>
    </message>
    <message>
        <source>The supervisor does not exist.</source>
        <translation>Praksisveilederen finnes ikke.</translation>
    </message>
    <message>
        <source>Placements – %1 %2</source>
        <translation>Praksisplasser – %1 %2</translation>
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
        <translation>&amp;Gjør om</translation>
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
        <translation>Praksissted:</translation>
    </message>
    <message>
        <source>Supervisor:</source>
        <translation>Praksisveileder:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Datoer:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Planned hours:</source>
        <translation>Planlagte timer:</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikter</translation>
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
        <translation>Kryss av punkter, skriv ut velkomstbrevet med sjekklisten</translation>
    </message>
    <message>
        <source>Assessment meetings</source>
        <translation>Vurderingssamtaler</translation>
    </message>
    <message>
        <source>Planned &amp;date…</source>
        <translation>Planlagt &amp;dato…</translation>
    </message>
    <message>
        <source>Mark as &amp;held…</source>
        <translation>Registrer som &amp;holdt…</translation>
    </message>
    <message>
        <source>&amp;Plan proposed meetings</source>
        <translation>&amp;Planlegg foreslåtte samtaler</translation>
    </message>
    <message>
        <source>Keep the meetings proposed from the placement&apos;s dates as planned meetings.</source>
        <translation>Gjør samtalene som er foreslått ut fra datoene for praksisplassen, til planlagte samtaler.</translation>
    </message>
    <message>
        <source>Absence</source>
        <translation>Fravær</translation>
    </message>
    <message>
        <source>&amp;Add absence…</source>
        <translation>&amp;Legg til fravær…</translation>
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
        <translation>Årsak bare som kategori, aldri helseopplysninger.</translation>
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
        <translation>(ingen ennå)</translation>
    </message>
    <message>
        <source>%1 to %2 (%3 to %4)</source>
        <translation>%1 til %2 (%3 til %4)</translation>
    </message>
    <message>
        <source>%1 hours: %2 working days at %3 hours a week</source>
        <translation>%1 timer: %2 arbeidsdager med %3 timer per uke</translation>
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
        <translation>%1 av %2 planlagte timer fravær: %3</translation>
    </message>
    <message>
        <source>Period at risk</source>
        <translation>I faresonen</translation>
    </message>
    <message>
        <source>(above %1)</source>
        <translation>(over %1)</translation>
    </message>
    <message>
        <source>To be made up</source>
        <translation>Må tas igjen</translation>
    </message>
    <message>
        <source>Within the limits: above %1 it is to be made up, above %2 the period is at risk.</source>
        <translation>Innenfor grensene: over %1 må fraværet tas igjen, over %2 er perioden i faresonen.</translation>
    </message>
    <message>
        <source>No checklist yet: it is made from the welcome template when you open it.</source>
        <translation>Ingen sjekkliste ennå: den lages fra velkomstmalen når du åpner den.</translation>
    </message>
    <message>
        <source>%1 of %2 items done, %3 overdue.</source>
        <translation>%1 av %2 punkter utført, %3 forfalt.</translation>
    </message>
    <message>
        <source>%1 of %2 items done.</source>
        <translation>%1 av %2 punkter utført.</translation>
    </message>
    <message>
        <source>The change was not made</source>
        <translation>Endringen ble ikke gjort</translation>
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
        <translation>&amp;Timer:</translation>
    </message>
    <message>
        <source>“Hours” must be a number, such as 7.5.</source>
        <translation>«Timer» må være et tall, for eksempel 7.5.</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>Å&amp;rsak:</translation>
    </message>
    <message>
        <source>A category only. Never write health details.</source>
        <translation>Bare en kategori. Skriv aldri helseopplysninger.</translation>
    </message>
    <message>
        <source>Add absence</source>
        <translation>Legg til fravær</translation>
    </message>
    <message>
        <source>Edit absence</source>
        <translation>Rediger fravær</translation>
    </message>
    <message>
        <source>Planned date of the %1</source>
        <translation>Planlagt dato for %1</translation>
    </message>
    <message>
        <source>&amp;Planned date:</source>
        <translation>&amp;Planlagt dato:</translation>
    </message>
    <message>
        <source>Planned date</source>
        <translation>Planlagt dato</translation>
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
        <translation>Holdt: %1</translation>
    </message>
    <message>
        <source>Held &amp;on:</source>
        <translation>H&amp;oldt den:</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Holdt den</translation>
    </message>
    <message>
        <source>A meeting cannot have been held after today (%1).</source>
        <translation>En samtale kan ikke være holdt etter i dag (%1).</translation>
    </message>
    <message>
        <source>empty: not held</source>
        <translation>tomt: ikke holdt</translation>
    </message>
    <message>
        <source>&amp;Who took part:</source>
        <translation>&amp;Deltakere:</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Deltakere</translation>
    </message>
    <message>
        <source>the student, the supervisor, the school&apos;s contact teacher…</source>
        <translation>studenten, praksisveilederen, kontaktlæreren…</translation>
    </message>
    <message>
        <source>Hold %1 on %2</source>
        <translation>Registrer %1 som holdt %2</translation>
    </message>
    <message>
        <source>%1 not held</source>
        <translation>%1 ikke holdt</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Angre %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Gjør om %1</translation>
    </message>
</context>
<context>
    <name>praksis::PlacementLookup</name>
    <message>
        <source>There is no placement with id %1.</source>
        <translation>Det finnes ingen praksisplass med id %1.</translation>
    </message>
</context>
<context>
    <name>praksis::PlacementRepository</name>
    <message>
        <source>There is no placement with id %1.</source>
        <translation>Det finnes ingen praksisplass med id %1.</translation>
    </message>
    <message>
        <source>The placement has no student: student %1 does not exist.</source>
        <translation>Praksisplassen mangler student: studenten %1 finnes ikke.</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>The placement of %1 has no site: site %2 does not exist.</source>
        <translation>Praksisplassen til %1 mangler praksissted: praksisstedet %2 finnes ikke.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Praksissted</translation>
    </message>
    <message>
        <source>The placement of %1 has no period: period %2 does not exist.</source>
        <translation>Praksisplassen til %1 mangler periode: perioden %2 finnes ikke.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Supervisor %1 does not exist.</source>
        <translation>Praksisveilederen %1 finnes ikke.</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Praksisveileder</translation>
    </message>
    <message>
        <source>%1 works at %2, not at %3, so she cannot supervise this placement.</source>
        <translation>%1 arbeider ved %2, ikke ved %3, og kan derfor ikke være praksisveileder for denne praksisplassen.</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slutt</translation>
    </message>
    <message>
        <source>There is already a placement with id %1.</source>
        <translation>Det finnes allerede en praksisplass med id %1.</translation>
    </message>
    <message>
        <source>The placement has no start date.</source>
        <translation>Praksisplassen mangler startdato.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>The placement has no end date.</source>
        <translation>Praksisplassen mangler sluttdato.</translation>
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
        <translation>Pra&amp;ksissted:</translation>
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
        <translation>Praksissted</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Praksisveileder</translation>
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
        <translation>Alle perioder</translation>
    </message>
    <message>
        <source>All schools</source>
        <translation>Alle utdanningsinstitusjoner</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Alle praksissteder</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statuser</translation>
    </message>
    <message>
        <source>All supervisors</source>
        <translation>Alle praksisveiledere</translation>
    </message>
    <message>
        <source>Choose a site first.</source>
        <translation>Velg et praksissted først.</translation>
    </message>
    <message>
        <source>%1 of %2 placements shown</source>
        <translation>%1 av %2 praksisplasser vises</translation>
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
        <translation>Velg %1.</translation>
    </message>
    <message>
        <source>S&amp;tudent:</source>
        <translation>S&amp;tudent:</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(velg)</translation>
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
        <translation>Pra&amp;ksissted:</translation>
    </message>
    <message>
        <source>site</source>
        <translation>praksissted</translation>
    </message>
    <message>
        <source>Super&amp;visor:</source>
        <translation>Praksis&amp;veileder:</translation>
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
        <translation>&amp;Notater:</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(ingen ennå)</translation>
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
        <translation>&amp;Detaljer…</translation>
    </message>
    <message>
        <source>Meetings, absence, conflicts and checklist of the placement (Enter)</source>
        <translation>Samtaler, fravær, konflikter og sjekkliste for praksisplassen (Enter)</translation>
    </message>
    <message>
        <source>Supe&amp;rvisor:</source>
        <translation>Praksis&amp;veileder:</translation>
    </message>
</context>
<context>
    <name>praksis::PlanAddress</name>
    <message>
        <source>The server address “%1” holds a password. Praksisplan never takes a password from an address: give it in PGPASSWORD, ~/.pgpass or PGPASSFILE, or type it when the program asks for it.</source>
        <translation>Serveradressen «%1» inneholder et passord. Praksisplan tar aldri imot passord i en adresse: oppgi det i PGPASSWORD, ~/.pgpass eller PGPASSFILE, eller skriv det inn når programmet spør etter det.</translation>
    </message>
    <message>
        <source>The server address “%1” names more than one server; give one host.</source>
        <translation>Serveradressen «%1» nevner mer enn én server; oppgi én vert.</translation>
    </message>
    <message>
        <source>The host in the server address “%1” is not written as [IPv6 address] or [IPv6 address]:port.</source>
        <translation>Verten i serveradressen «%1» er ikke skrevet som [IPv6-adresse] eller [IPv6-adresse]:port.</translation>
    </message>
    <message>
        <source>The port “%1” in the server address “%2” is not a number from 1 to 65535.</source>
        <translation>Porten «%1» i serveradressen «%2» er ikke et tall fra 1 til 65535.</translation>
    </message>
    <message>
        <source>The server address “%1” has an unknown option “%2”. Praksisplan knows: %3.</source>
        <translation>Serveradressen «%1» har et ukjent valg «%2». Praksisplan kjenner: %3.</translation>
    </message>
    <message>
        <source>The option “%1” is given twice in the server address “%2”.</source>
        <translation>Valget «%1» er oppgitt to ganger i serveradressen «%2».</translation>
    </message>
    <message>
        <source>The option “%1” in the server address “%2” has no value.</source>
        <translation>Valget «%1» i serveradressen «%2» har ingen verdi.</translation>
    </message>
    <message>
        <source>The server address “%1” names its host twice: before the database and in “host=”.</source>
        <translation>Serveradressen «%1» nevner verten to ganger: foran databasen og i «host=».</translation>
    </message>
    <message>
        <source>The server address “%1” names its port twice: after the host and in “port=”.</source>
        <translation>Serveradressen «%1» nevner porten to ganger: etter verten og i «port=».</translation>
    </message>
    <message>
        <source>The sslmode “%1” in the server address “%2” is not one of: %3.</source>
        <translation>sslmode «%1» i serveradressen «%2» er ikke en av: %3.</translation>
    </message>
    <message>
        <source>The connect_timeout “%1” in the server address “%2” is not a number of seconds.</source>
        <translation>connect_timeout «%1» i serveradressen «%2» er ikke et antall sekunder.</translation>
    </message>
    <message>
        <source>The server address “%1” names no database. Add it after the host, as in postgresql://anne@db.kommune.no/praksis.</source>
        <translation>Serveradressen «%1» nevner ingen database. Legg den til etter verten, som i postgresql://anne@db.kommune.no/praksis.</translation>
    </message>
    <message>
        <source>“%1” is a plan on a PostgreSQL server. Shared plans on a server are not available in this version of Praksisplan yet; nothing was created or changed. Use a plan file for now.</source>
        <translation>«%1» er en plan på en PostgreSQL-server. Delte planer på en server er ikke tilgjengelig i denne versjonen av Praksisplan ennå; ingenting ble opprettet eller endret. Bruk en planfil inntil videre.</translation>
    </message>
</context>
<context>
    <name>praksis::PlanFile</name>
    <message>
        <source>“%1” is a folder, not a plan file.</source>
        <translation>«%1» er en mappe, ikke en planfil.</translation>
    </message>
    <message>
        <source>The plan file “%1” does not exist.</source>
        <translation>Planfilen «%1» finnes ikke. Kontroller navnet og mappen.</translation>
    </message>
    <message>
        <source>The folder “%1” could not be created.</source>
        <translation>Mappen «%1» kunne ikke opprettes.</translation>
    </message>
    <message>
        <source>“%1” is not a Praksisplan plan file.</source>
        <translation>«%1» er ikke en planfil fra Praksisplan.</translation>
    </message>
    <message>
        <source>The plan file “%1” could not be opened: %2</source>
        <translation>Planfilen «%1» kunne ikke åpnes: %2</translation>
    </message>
    <message>
        <source>“%1” could not be read as a plan file.</source>
        <translation>«%1» kunne ikke leses som en planfil.</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database, but not a Praksisplan plan file.</source>
        <translation>«%1» er en SQLite-database, men ikke en planfil fra Praksisplan.</translation>
    </message>
    <message>
        <source>The plan “%1” was written by a newer version of Praksisplan (plan version %2; this program reads up to version %3). Update Praksisplan to open it.</source>
        <translation>Planen «%1» er skrevet av en nyere versjon av Praksisplan (planversjon %2; dette programmet leser opp til versjon %3). Oppdater Praksisplan for å åpne den.</translation>
    </message>
    <message>
        <source>The plan “%1” is damaged (%2). Restore it from a backup.</source>
        <translation>Planen «%1» er skadet (%2). Gjenopprett den fra en sikkerhetskopi.</translation>
    </message>
    <message>
        <source>The plan could not be brought up to version %1: %2</source>
        <translation>Planen kunne ikke oppgraderes til versjon %1: %2</translation>
    </message>
    <message>
        <source>The plan “%1” is damaged: a record in “%2” refers to one that does not exist. Restore it from a backup.</source>
        <translation>Planen «%1» er skadet: en post i «%2» viser til en post som ikke finnes. Gjenopprett den fra en sikkerhetskopi.</translation>
    </message>
    <message>
        <source>The plan is not open.</source>
        <translation>Planen er ikke åpen.</translation>
    </message>
    <message>
        <source>A backup cannot replace the plan it is taken from.</source>
        <translation>En sikkerhetskopi kan ikke erstatte planen den er tatt av. Velg en annen fil.</translation>
    </message>
    <message>
        <source>The backup “%1” could not be written: %2</source>
        <translation>Sikkerhetskopien «%1» kunne ikke skrives: %2</translation>
    </message>
    <message>
        <source>The backup “%1” could not be written.</source>
        <translation>Sikkerhetskopien «%1» kunne ikke skrives.</translation>
    </message>
    <message>
        <source>The plan is busy: another program is writing to it. Try again in a moment.</source>
        <translation>Planen er opptatt: et annet program skriver til den. Prøv igjen om litt.</translation>
    </message>
    <message>
        <source>The plan file is damaged or not a plan file. Restore it from a backup.</source>
        <translation>Planfilen er skadet eller er ikke en planfil. Gjenopprett den fra en sikkerhetskopi.</translation>
    </message>
    <message>
        <source>The change breaks a rule of the plan.</source>
        <translation>Endringen bryter en regel i planen. Ingenting ble endret.</translation>
    </message>
    <message>
        <source>The plan file could not be written (%1). Check the disk and the file&apos;s permissions.</source>
        <translation>Planfilen kunne ikke skrives (%1). Kontroller disken og tilgangsrettighetene til filen.</translation>
    </message>
    <message>
        <source>“%1” is empty; it is not a plan file.</source>
        <translation>«%1» er tom; det er ikke en planfil.</translation>
    </message>
    <message>
        <source>The plan “%1” is damaged. Restore it from a backup.</source>
        <translation>Planen «%1» er skadet. Gjenopprett den fra en sikkerhetskopi.</translation>
    </message>
    <message>
        <source>Opening the plan “%1” was cancelled; it was not changed.</source>
        <translation>Åpningen av planen «%1» ble avbrutt. Planen er ikke endret.</translation>
    </message>
    <message>
        <source>The plan “%1” must be converted to this version of Praksisplan, but it cannot be written here.</source>
        <translation>Planen «%1» må gjøres om til denne versjonen av Praksisplan, men den kan ikke skrives her.</translation>
    </message>
    <message>
        <source>The plan “%1” has no valid plan version (%2). It was changed by another program; restore a backup.</source>
        <translation>Planen «%1» har ingen gyldig planversjon (%2). Den er endret av et annet program; gjenopprett en sikkerhetskopi.</translation>
    </message>
    <message>
        <source>“%1” is not a regular file (a device, a pipe or a socket); a plan is a file.</source>
        <translation>«%1» er ikke en vanlig fil (men en enhet, et rør eller en socket); en plan er en fil.</translation>
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
        <translation>%1 plassert (%2 på førsteønsket, %3 på andreønsket, %4 på tredjeønsket, %5 andre steder), %6 uten praksisplass. Samlet kostnad %7.</translation>
    </message>
    <message>
        <source>Compared with the plan as it is: %1 new, %2 moved, %3 unchanged, %4 taken away. %5 students keep the placement they have.</source>
        <translation>Sammenlignet med planen slik den er nå: %1 nye, %2 flyttet, %3 uendret, %4 fjernet. %5 studenter beholder praksisplassen de har.</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Praksissted</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Praksisveileder</translation>
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
        <translation>Hvorfor</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Ingen ennå</translation>
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
        <translation>Plassert (%1)</translation>
    </message>
    <message>
        <source>Unplaced (%1)</source>
        <translation>Uten praksisplass (%1)</translation>
    </message>
    <message>
        <source>&amp;Apply plan</source>
        <translation>Ta i &amp;bruk planen</translation>
    </message>
    <message>
        <source>Choose a row to read why in full.</source>
        <translation>Velg en rad for å lese hele begrunnelsen.</translation>
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
        <translation>Kopien «%1» kan ikke brukes: %2 Planen ble ikke endret.</translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation>filen finnes ikke.</translation>
    </message>
    <message>
        <source>it is a folder.</source>
        <translation>det er en mappe.</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>filen er tom.</translation>
    </message>
    <message>
        <source>it is damaged (%1).</source>
        <translation>den er skadet (%1).</translation>
    </message>
    <message>
        <source>The current plan could not be kept as “%1”; nothing was changed.</source>
        <translation>Den gjeldende planen kunne ikke tas vare på som «%1»; ingenting ble endret.</translation>
    </message>
    <message>
        <source>No temporary folder could be created for the check.</source>
        <translation>Det kunne ikke opprettes en midlertidig mappe for kontrollen.</translation>
    </message>
    <message>
        <source>it is the plan itself.</source>
        <translation>det er selve planen.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a plan file.</source>
        <translation>«%1» er en mappe, ikke en planfil.</translation>
    </message>
    <message>
        <source>The plan “%1” is open in another program. Close it there, then restore; the plan was not changed.</source>
        <translation>Planen «%1» er åpen i et annet program. Lukk den der og gjenopprett deretter; planen ble ikke endret.</translation>
    </message>
    <message>
        <source>The folder “%1” could not be created.</source>
        <translation>Mappen «%1» kunne ikke opprettes.</translation>
    </message>
    <message>
        <source>The plan “%1” could not be replaced; it was not changed.</source>
        <translation>Planen «%1» kunne ikke erstattes; den ble ikke endret.</translation>
    </message>
    <message>
        <source>The copy “%1” could not be read: %2</source>
        <translation>Kopien «%1» kunne ikke leses: %2</translation>
    </message>
    <message>
        <source>The copy could not be written to “%1”: %2. Check that the disk has room; the plan was not changed.</source>
        <translation>Kopien kunne ikke skrives til «%1»: %2. Kontroller at det er plass på disken; planen ble ikke endret.</translation>
    </message>
    <message>
        <source>The plan “%1” could not be replaced; it was not changed. Check that the disk has room.</source>
        <translation>Planen «%1» kunne ikke erstattes; den ble ikke endret. Kontroller at det er plass på disken.</translation>
    </message>
    <message>
        <source>The disk is full: there is no room in “%1” for the restored plan. Make room on the disk and restore again; the plan was not changed.</source>
        <translation>Disken er full: det er ikke plass i «%1» til den gjenopprettede planen. Frigjør plass på disken og gjenopprett på nytt; planen ble ikke endret.</translation>
    </message>
    <message>
        <source>“%1” is not a regular file (a device, a pipe or a socket); a plan is a file.</source>
        <translation>«%1» er ikke en vanlig fil (men en enhet, et rør eller en socket); en plan er en fil.</translation>
    </message>
</context>
<context>
    <name>praksis::PlanSession</name>
    <message>
        <source>No plan is open.</source>
        <translation>Ingen plan er åpen.</translation>
    </message>
    <message>
        <source>Another program changed the plan. The pages show the plan as it is now.</source>
        <translation>Et annet program har endret planen. Sidene viser planen slik den er nå.</translation>
    </message>
    <message>
        <source>Today&apos;s backup of the plan could not be taken: %1</source>
        <translation>Dagens sikkerhetskopi av planen kunne ikke tas: %1</translation>
    </message>
</context>
<context>
    <name>praksis::PlanSettingsCommand</name>
    <message>
        <source>Change settings</source>
        <translation>Endre innstillinger</translation>
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
        <translation>Planleggingen ble avbrutt; ingenting ble endret.</translation>
    </message>
    <message>
        <source>The planner found no plan for the period %1.</source>
        <translation>Planleggeren fant ingen plan for perioden %1.</translation>
    </message>
    <message>
        <source>her %1 choice %2</source>
        <translation>%1 ønske, %2</translation>
    </message>
    <message>
        <source>her choices %1</source>
        <translation>ønskene %1</translation>
    </message>
    <message>
        <source>%1 is on her exclusion list</source>
        <translation>%1 er markert som ikke aktuelt (inhabil)</translation>
    </message>
    <message>
        <source>%1 are on her exclusion list</source>
        <translation>%1 er markert som ikke aktuelle (inhabil)</translation>
    </message>
    <message>
        <source>%1 is not of a kind eligible in this period</source>
        <translation>%1 er ikke av en type som er aktuell i denne perioden</translation>
    </message>
    <message>
        <source>%1 are not of a kind eligible in this period</source>
        <translation>%1 er ikke av en type som er aktuell i denne perioden</translation>
    </message>
    <message>
        <source>%1 was full</source>
        <translation>%1 var fullt</translation>
    </message>
    <message>
        <source>%1 were full</source>
        <translation>%1 var fulle</translation>
    </message>
    <message>
        <source>%1 had no supervisor free</source>
        <translation>%1 hadde ingen ledig praksisveileder</translation>
    </message>
    <message>
        <source>%1 has no supervisors</source>
        <translation>%1 har ingen praksisveiledere</translation>
    </message>
    <message>
        <source>%1 have no supervisors</source>
        <translation>%1 har ingen praksisveiledere</translation>
    </message>
    <message>
        <source>she has been at %1 before</source>
        <translation>studenten har vært ved %1 før</translation>
    </message>
    <message>
        <source>%1 would cost more overall</source>
        <translation>%1 ville kostet mer samlet</translation>
    </message>
    <message>
        <source>%1 choice</source>
        <translation>%1 ønske</translation>
    </message>
    <message>
        <source>she named no choices</source>
        <translation>studenten oppga ingen ønsker</translation>
    </message>
    <message>
        <source>not among her choices</source>
        <translation>ikke blant ønskene</translation>
    </message>
    <message>
        <source>she has been at this site before</source>
        <translation>studenten har vært på dette praksisstedet før</translation>
    </message>
    <message>
        <source>already placed in this period: %1</source>
        <translation>har allerede praksisplass i denne perioden: %1</translation>
    </message>
    <message>
        <source>already placed at the same dates: %1</source>
        <translation>har allerede praksisplass på de samme datoene: %1</translation>
    </message>
    <message>
        <source>withdrawn: her placement in this period was cancelled</source>
        <translation>trukket: praksisplassen i denne perioden er avlyst</translation>
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
        <translation>ingen aktuelle praksissteder: perioden har ingen praksissteder av en aktuell type</translation>
    </message>
    <message>
        <source>all eligible sites are on her exclusion list</source>
        <translation>alle aktuelle praksissteder er markert som ikke aktuelt (inhabil)</translation>
    </message>
    <message numerus="yes">
        <source>no eligible site with room: all %n site(s) she may go to are full</source>
        <translation>
            <numerusform>ingen aktuelle praksissteder med plass: det ene praksisstedet studenten kan gå til, er fullt</numerusform>
            <numerusform>ingen aktuelle praksissteder med plass: alle %n praksisstedene studenten kan gå til, er fulle</numerusform>
        </translation>
    </message>
    <message>
        <source>no supervisor capacity: the eligible sites with room (%1) have no supervisor free</source>
        <translation>ingen kapasitet hos praksisveiledere: de aktuelle praksisstedene med plass (%1) har ingen ledig praksisveileder</translation>
    </message>
    <message>
        <source>leaving her unplaced costs less than placing her at %1 (see the planner costs)</source>
        <translation>å la studenten stå uten plass koster mindre enn å plassere studenten ved %1 (se kostnadene i planleggeren)</translation>
    </message>
</context>
<context>
    <name>praksis::PlannerApplier</name>
    <message>
        <source>Applying the plan was cancelled; nothing was changed.</source>
        <translation>Innføringen av planen ble avbrutt; ingenting ble endret.</translation>
    </message>
    <message>
        <source>The plan has changed since the planner ran for the period %1; nothing was written. Run the planner again.</source>
        <translation>Planen er endret siden planleggeren ble kjørt for perioden %1; ingenting ble skrevet. Kjør planleggeren på nytt.</translation>
    </message>
    <message>
        <source>The plan places a student who is not to be planned.</source>
        <translation>Planen plasserer en student som ikke skal planlegges.</translation>
    </message>
</context>
<context>
    <name>praksis::PlannerBoard</name>
    <message>
        <source>There is no period with id %1.</source>
        <translation>Det finnes ingen periode med id %1.</translation>
    </message>
</context>
<context>
    <name>praksis::PlannerGrid</name>
    <message>
        <source>Planner timeline</source>
        <translation>Tidslinje i planleggeren</translation>
    </message>
    <message>
        <source>(%1)</source>
        <comment>a site&apos;s capacity after its name</comment>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Site (capacity)</source>
        <translation>Praksissted (kapasitet)</translation>
    </message>
    <message>
        <source>No site has a kind that is eligible in this period.</source>
        <translation>Ingen praksissteder er av en type som er aktuell i denne perioden.</translation>
    </message>
    <message>
        <source>Choose a period in the toolbar.</source>
        <translation>Velg en periode i verktøylinjen.</translation>
    </message>
    <message>
        <source>No supervisor yet</source>
        <translation>Ingen praksisveileder ennå</translation>
    </message>
    <message>
        <source>Supervisor: %1</source>
        <translation>Praksisveileder: %1</translation>
    </message>
    <message>
        <source>Locked: the automatic planner keeps it</source>
        <translation>Låst: den automatiske planleggeren beholder den</translation>
    </message>
    <message>
        <source>Made by the automatic planner; it may change it</source>
        <translation>Lagt inn av den automatiske planleggeren, som kan endre den</translation>
    </message>
    <message numerus="yes">
        <source>Room for %n student(s) at a time in this period</source>
        <translation>
            <numerusform>Plass til %n student samtidig i denne perioden</numerusform>
            <numerusform>Plass til %n studenter samtidig i denne perioden</numerusform>
        </translation>
    </message>
    <message>
        <source>Its kind is not eligible in this period.</source>
        <translation>Typen praksissted er ikke aktuell i denne perioden.</translation>
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
        <translation>lagt inn av den automatiske planleggeren</translation>
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
        <translation>typen er ikke aktuell i denne perioden</translation>
    </message>
    <message>
        <source>over capacity in %1</source>
        <translation>over kapasitet i %1</translation>
    </message>
    <message numerus="yes">
        <source>%n placement(s)</source>
        <translation>
            <numerusform>%n praksisplass</numerusform>
            <numerusform>%n praksisplasser</numerusform>
        </translation>
    </message>
    <message>
        <source>Up and Down choose a site, Left and Right a placement in it; Enter opens the placement, Delete removes it, Alt with an arrow moves it.</source>
        <translation>Pil opp og Pil ned velger praksissted, Pil venstre og Pil høyre en praksisplass der; Enter åpner praksisplassen, Delete fjerner den, Alt med en pil flytter den.</translation>
    </message>
</context>
<context>
    <name>praksis::PlannerLoader</name>
    <message>
        <source>There is no period named “%1”.</source>
        <translation>Det finnes ingen periode som heter «%1».</translation>
    </message>
    <message>
        <source>The period with id %1 does not exist.</source>
        <translation>Perioden med id %1 finnes ikke.</translation>
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
        <translation>Finn planen med lavest kostnad for studentene som ennå ikke har praksisplass, og vis den før noe endres. Praksisplasser som er lagt inn for hånd, beholdes.</translation>
    </message>
    <message>
        <source>Find a student…</source>
        <translation>Finn en student…</translation>
    </message>
    <message>
        <source>Find a student not yet placed</source>
        <translation>Finn en student uten praksisplass</translation>
    </message>
    <message>
        <source>Students not yet placed</source>
        <translation>Studenter uten praksisplass</translation>
    </message>
    <message>
        <source>&amp;Place…</source>
        <translation>&amp;Plasser…</translation>
    </message>
    <message>
        <source>Choose a site and supervisor for the student chosen in the list (Enter).</source>
        <translation>Velg praksissted og praksisveileder for studenten som er valgt i listen (Enter).</translation>
    </message>
    <message>
        <source>%1 · %2 · %3–%4</source>
        <translation>%1 · %2 · %3–%4</translation>
    </message>
    <message>
        <source>No period chosen</source>
        <translation>Ingen periode er valgt</translation>
    </message>
    <message>
        <source>&amp;Not yet placed (%1)</source>
        <translation>&amp;Uten praksisplass (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n placement(s)</source>
        <translation>
            <numerusform>%n praksisplass</numerusform>
            <numerusform>%n praksisplasser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not yet placed</source>
        <translation>
            <numerusform>%n uten praksisplass</numerusform>
            <numerusform>%n uten praksisplass</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n konflikt</numerusform>
            <numerusform>%n konflikter</numerusform>
        </translation>
    </message>
    <message>
        <source>Place %1 at %2</source>
        <translation>Plasser %1 ved %2</translation>
    </message>
    <message>
        <source>Not placed</source>
        <translation>Ikke plassert</translation>
    </message>
    <message numerus="yes">
        <source>Move %1 by %n week(s)</source>
        <translation>
            <numerusform>Flytt %1 %n uke</numerusform>
            <numerusform>Flytt %1 %n uker</numerusform>
        </translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>Flytt %1 til %2</translation>
    </message>
    <message>
        <source>Not moved</source>
        <translation>Ikke flyttet</translation>
    </message>
    <message>
        <source>Set the supervisor of %1</source>
        <translation>Velg praksisveileder for %1</translation>
    </message>
    <message>
        <source>Supervisor not set</source>
        <translation>Praksisveileder ble ikke valgt</translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation>Endre status for %1 til %2</translation>
    </message>
    <message>
        <source>Status not set</source>
        <translation>Status ble ikke endret</translation>
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
        <translation>Ikke endret</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>Ikke fjernet</translation>
    </message>
    <message>
        <source>Remove placement</source>
        <translation>Fjern praksisplass</translation>
    </message>
    <message>
        <source>Remove the placement of %1? Its %2 go with it (Undo brings them back).</source>
        <translation>Vil du fjerne praksisplassen til %1? Dette blir fjernet samtidig: %2 (Angre henter det tilbake).</translation>
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
        <translation>Praksis&amp;veileder</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Ingen ennå</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 students)</source>
        <translation>%1 (%2 av %3 studenter)</translation>
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
        <translation>La den automatiske planleggeren endre denne praksisplassen</translation>
    </message>
    <message>
        <source>Keep this placement when the automatic planner runs again</source>
        <translation>Behold denne praksisplassen når den automatiske planleggeren kjøres på nytt</translation>
    </message>
    <message>
        <source>&amp;Move to site…</source>
        <translation>&amp;Flytt til praksissted…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Fje&amp;rn</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Detaljer…</translation>
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
        <translation>Planlegger %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>The plan was not applied</source>
        <translation>Planen ble ikke tatt i bruk</translation>
    </message>
    <message>
        <source>&lt;b&gt;Start here.&lt;/b&gt; A plan needs, in this order: the schools and their programmes, the placement sites, their supervisors, a period, and the students. Each step opens the page to add them (or the import of a CSV file).</source>
        <translation>&lt;b&gt;Begynn her.&lt;/b&gt; En plan trenger, i denne rekkefølgen: utdanningsinstitusjonene og studieprogrammene deres, praksisstedene, praksisveilederne, en praksisperiode og studentene. Hvert steg åpner siden der du legger dem til (eller import fra en CSV-fil).</translation>
    </message>
    <message>
        <source>&amp;1. Add a school and its programmes…</source>
        <translation>&amp;1. Legg til en utdanningsinstitusjon og studieprogrammene …</translation>
    </message>
    <message>
        <source>&amp;2. Add placement sites…</source>
        <translation>&amp;2. Legg til praksissteder …</translation>
    </message>
    <message>
        <source>&amp;3. Add supervisors…</source>
        <translation>&amp;3. Legg til praksisveiledere …</translation>
    </message>
    <message>
        <source>&amp;4. Add a period…</source>
        <translation>&amp;4. Legg til en praksisperiode …</translation>
    </message>
    <message>
        <source>&amp;5. Import students…</source>
        <translation>&amp;5. Importer studenter …</translation>
    </message>
    <message>
        <source>No periods yet</source>
        <translation>Ingen praksisperioder ennå</translation>
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
        <translation>Antall år må være 1 eller mer (det var %1).</translation>
    </message>
    <message>
        <source>%1 (new hire, %2)</source>
        <translation>%1 (nytilsatt, %2)</translation>
    </message>
</context>
<context>
    <name>praksis::PurgeDialog</name>
    <message>
        <source>Remove old student records</source>
        <translation>Fjern gamle studentopplysninger</translation>
    </message>
    <message>
        <source>Personal data is kept no longer than needed. Choose how long after their last placement students are kept; older records are anonymised (names, contact details, student number and notes removed; placements kept for statistics) or deleted with everything of theirs.</source>
        <translation>Personopplysninger skal ikke lagres lenger enn nødvendig. Velg hvor lenge etter siste praksisplass studentene skal beholdes; eldre opplysninger blir anonymisert (navn, kontaktopplysninger, studentnummer og notater fjernes; praksisplassene beholdes for statistikk) eller slettet sammen med alt som hører til studenten.</translation>
    </message>
    <message>
        <source> years</source>
        <translation> år</translation>
    </message>
    <message>
        <source>Last placement ended more than:</source>
        <translation>Siste praksisplass sluttet for mer enn:</translation>
    </message>
    <message>
        <source>&amp;Anonymise (keep placements for statistics)</source>
        <translation>&amp;Anonymiser (behold praksisplassene for statistikk)</translation>
    </message>
    <message>
        <source>&amp;Delete the students and their placements</source>
        <translation>&amp;Slett studentene og praksisplassene deres</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Hva skal gjøres:</translation>
    </message>
    <message>
        <source>Students concerned</source>
        <translation>Berørte studenter</translation>
    </message>
    <message>
        <source>This cannot be undone: an undo would have to keep the data it removes. Take a copy first (File ▸ Save a copy…) if you may need it.</source>
        <translation>Dette kan ikke angres: for å kunne angre måtte programmet ha tatt vare på dataene som fjernes. Lagre en kopi først (Fil ▸ Lagre en kopi…) hvis du kan få bruk for dem.</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Fjern…</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n student</numerusform>
            <numerusform>%n studenter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n placement(s)</source>
        <translation>
            <numerusform>%n praksisplass</numerusform>
            <numerusform>%n praksisplasser</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 whose last placement ended before %2 will be deleted, with %3.</source>
        <translation>%1 der siste praksisplass sluttet før %2, blir slettet sammen med %3.</translation>
    </message>
    <message>
        <source>%1 whose last placement ended before %2 will be anonymised; %3 are kept.</source>
        <translation>%1 der siste praksisplass sluttet før %2, blir anonymisert; %3 beholdes.</translation>
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
        <translation>Ingen students siste praksisperiode og ingen nytilsatts ansettelse sluttet før %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n new hire(s) whose employment ended before %1 will be deleted, with their mentorships.</source>
        <translation>
            <numerusform>%n nytilsatt som sluttet før %1, slettes med mentorordningene sine.</numerusform>
            <numerusform>%n nytilsatte som sluttet før %1, slettes med mentorordningene sine.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new hire(s) whose employment ended before %1 will be anonymised.</source>
        <translation>
            <numerusform>%n nytilsatt som sluttet før %1, anonymiseres.</numerusform>
            <numerusform>%n nytilsatte som sluttet før %1, anonymiseres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n record(s) and everything of theirs? This cannot be undone.</source>
        <translation>
            <numerusform>Slette %n post og alt som hører til? Dette kan ikke angres.</numerusform>
            <numerusform>Slette %n poster og alt som hører til? Dette kan ikke angres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n record(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Anonymisere %n post? Dette kan ikke angres.</numerusform>
            <numerusform>Anonymisere %n poster? Dette kan ikke angres.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>praksis::RecruitmentPanel</name>
    <message>
        <source>Recruitment and retention</source>
        <translation>Rekruttering og å beholde</translation>
    </message>
    <message>
        <source>the last year</source>
        <translation>det siste året</translation>
    </message>
    <message>
        <source>the last two years</source>
        <translation>de to siste årene</translation>
    </message>
    <message>
        <source>the last five years</source>
        <translation>de fem siste årene</translation>
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
        <translation>%1 — tidligere studenter: %2, av dem tilbake som sommervikarer: %3, i stillinger: %4; nytilsatte: %5, med mentor: %6.</translation>
    </message>
    <message>
        <source>Stayed 12 months: %1 of %2 with a mentor (%3 %), %4 of %5 without (%6 %).</source>
        <translation>Ble i 12 måneder: %1 av %2 med mentor (%3 %), %4 av %5 uten (%6 %).</translation>
    </message>
    <message>
        <source>No new hire in the range has been employed for 12 months yet.</source>
        <translation>Ingen nytilsatt i tidsrommet har vært ansatt i 12 måneder ennå.</translation>
    </message>
    <message>
        <source>Placement → summer job → post: no former students or new hires in the range</source>
        <translation>Praksis → sommerjobb → stilling: ingen tidligere studenter eller nytilsatte i tidsrommet</translation>
    </message>
    <message>
        <source>Placement → summer job → post</source>
        <translation>Praksis → sommerjobb → stilling</translation>
    </message>
    <message>
        <source>Former students</source>
        <translation>Tidligere studenter</translation>
    </message>
    <message>
        <source>Hired as summer temps</source>
        <translation>Ansatt som sommervikarer</translation>
    </message>
    <message>
        <source>Hired in posts</source>
        <translation>Ansatt i stillinger</translation>
    </message>
    <message>
        <source>%1: %2 former students, %3 summer temps, %4 in posts</source>
        <translation>%1: %2 tidligere studenter, %3 sommervikarer, %4 i stillinger</translation>
    </message>
    <message>
        <source>Stayed 12 months, with and without a mentor</source>
        <translation>Ble i 12 måneder, med og uten mentor</translation>
    </message>
    <message>
        <source>With a mentor: %1 of %2</source>
        <translation>Med mentor: %1 av %2</translation>
    </message>
    <message>
        <source>Without: %1 of %2</source>
        <translation>Uten: %1 av %2</translation>
    </message>
    <message>
        <source>Stayed 12 months</source>
        <translation>Ble i 12 måneder</translation>
    </message>
    <message>
        <source>With a mentor %1 %, without %2 %</source>
        <translation>Med mentor %1 %, uten %2 %</translation>
    </message>
    <message>
        <source>Stayed 12 months: no new hire has been employed for a year yet</source>
        <translation>Ble i 12 måneder: ingen nytilsatt har vært ansatt i et år ennå</translation>
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
        <translation>Tidligere studenter: studenter med en praksis på stedet (ikke avlyst) som sluttet i tidsrommet. Ansatt: av dem, de med en ansettelse som startet etter deres siste slike praksis der, som sommervikar eller i stilling hvor som helst, eller i en hvilken som helst stilling på dette stedet. Nytilsatte: ansettelser på stedet som startet i tidsrommet. Ble i 12 måneder: av dem med 12 måneder gått innen tidsrommets siste dag, fortsatt ansatt da. Sluttet i prøvetiden: en sluttdato på eller før prøvetidens slutt. Hele planen teller hver person én gang.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Praksissted</translation>
    </message>
    <message>
        <source>Former students</source>
        <translation>Tidligere studenter</translation>
    </message>
    <message>
        <source>Hired as summer temps</source>
        <translation>Ansatt som sommervikar</translation>
    </message>
    <message>
        <source>Hired in posts</source>
        <translation>Ansatt i stilling</translation>
    </message>
    <message>
        <source>Hired here</source>
        <translation>Ansatt her</translation>
    </message>
    <message>
        <source>New hires</source>
        <translation>Nytilsatte</translation>
    </message>
    <message>
        <source>With a mentor</source>
        <translation>Med mentor</translation>
    </message>
    <message>
        <source>12 months passed</source>
        <translation>12 måneder gått</translation>
    </message>
    <message>
        <source>Stayed 12 months</source>
        <translation>Ble i 12 måneder</translation>
    </message>
    <message>
        <source>Left in probation</source>
        <translation>Sluttet i prøvetiden</translation>
    </message>
    <message>
        <source>Whole plan</source>
        <translation>Hele planen</translation>
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
        <translation>Endringen ble ikke gjort</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Ikke slettet</translation>
    </message>
    <message>
        <source>%1 cannot be deleted while these depend on it: %2. Remove or move them first.</source>
        <translation>Kan ikke slette %1 så lenge følgende hører til: %2. Fjern eller flytt disse først.</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>Vil du slette %1?</translation>
    </message>
    <message>
        <source>Delete %1? These go with it: %2. You can undo this.</source>
        <translation>Vil du slette %1? Dette blir slettet samtidig: %2. Du kan angre dette.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Poster</translation>
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
        <translation>Filen «%1» kunne ikke skrives: %2</translation>
    </message>
</context>
<context>
    <name>praksis::ReportPdf</name>
    <message>
        <source>The file “%1” could not be written: %2</source>
        <translation>Filen «%1» kunne ikke skrives: %2</translation>
    </message>
    <message>
        <source>The PDF “%1” could not be started.</source>
        <translation>PDF-filen «%1» kunne ikke opprettes.</translation>
    </message>
    <message>
        <source>The PDF export was cancelled; no file was written.</source>
        <translation>PDF-eksporten ble avbrutt; ingen fil ble skrevet.</translation>
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
        <translation>PDF-filen «%1» kunne ikke skrives.</translation>
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
        <translation>Flere enn én %1 begynner med «%2»; oppgi hele navnet.</translation>
    </message>
    <message>
        <source>There is no %1 named “%2”.</source>
        <translation>Det finnes ingen %1 som heter «%2».</translation>
    </message>
    <message>
        <source>Known: %1.</source>
        <translation>Kjente: %1.</translation>
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
        <translation>praksissted</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>praksisveileder</translation>
    </message>
    <message>
        <source>The school of the report does not exist.</source>
        <translation>Utdanningsinstitusjonen i rapporten finnes ikke.</translation>
    </message>
    <message>
        <source>School report</source>
        <translation>Rapport per utdanningsinstitusjon</translation>
    </message>
    <message>
        <source>The period of the report does not exist.</source>
        <translation>Perioden i rapporten finnes ikke.</translation>
    </message>
    <message>
        <source>%1 · period %2 (%3)</source>
        <translation>%1 · periode %2 (%3)</translation>
    </message>
    <message>
        <source>A report needs a period or both a start and an end date.</source>
        <translation>En rapport trenger en periode eller både en start- og en sluttdato.</translation>
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
        <translation>Praksissted</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Avdeling</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Praksisveileder</translation>
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
        <translation>Uker</translation>
    </message>
    <message>
        <source>Hours planned</source>
        <translation>Planlagte timer</translation>
    </message>
    <message>
        <source>Hours absent</source>
        <translation>Timer fravær</translation>
    </message>
    <message>
        <source>Absence %</source>
        <translation>Fravær %</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Samtaler</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Holdt</translation>
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
            <numerusform>Totalt: %n praksisplasser</numerusform>
        </translation>
    </message>
    <message>
        <source>The supervisor report needs a start and an end date.</source>
        <translation>Rapporten for praksisveiledere trenger en start- og en sluttdato.</translation>
    </message>
    <message>
        <source>Supervisor report</source>
        <translation>Rapport for praksisveiledere</translation>
    </message>
    <message>
        <source>%1 · students of %2</source>
        <translation>%1 · studenter fra %2</translation>
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
        <translation>Fra</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message numerus="yes">
        <source>Total: %n supervisor(s)</source>
        <translation>
            <numerusform>Totalt: %n praksisveileder</numerusform>
            <numerusform>Totalt: %n praksisveiledere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n placement(s)</source>
        <translation>
            <numerusform>%n praksisplass</numerusform>
            <numerusform>%n praksisplasser</numerusform>
        </translation>
    </message>
    <message>
        <source>More than one %1 is named “%2”; give it as %3.</source>
        <translation>Flere enn én %1 heter «%2»; oppgi den som %3.</translation>
    </message>
    <message>
        <source>its whole name</source>
        <translation>hele navnet</translation>
    </message>
    <message>
        <source>“name / unit”</source>
        <translation>«navn / avdeling»</translation>
    </message>
    <message>
        <source>Name a supervisor as “name”, “name / site” or “name / site / unit”, not “%1”.</source>
        <translation>Oppgi en praksisveileder som «navn», «navn / praksissted» eller «navn / praksissted / avdeling», ikke «%1».</translation>
    </message>
    <message>
        <source>“name / site”</source>
        <translation>«navn / praksissted»</translation>
    </message>
    <message>
        <source>“name / site / unit”</source>
        <translation>«navn / praksissted / avdeling»</translation>
    </message>
    <message>
        <source>By school</source>
        <translation>Per utdanningsinstitusjon</translation>
    </message>
    <message>
        <source>By supervisor</source>
        <translation>Per praksisveileder</translation>
    </message>
    <message>
        <source>Weeks: each ISO week of a placement is counted once, in the range that holds the placement&apos;s first day of that week, so reports of adjoining ranges add up.</source>
        <translation>Uker: hver ISO-uke i en praksis telles én gang, i tidsrommet som har praksisens første dag i den uka, så rapporter for tilstøtende tidsrom summerer seg.</translation>
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
        <translation>Rapport for praksisveiledere</translation>
    </message>
    <message>
        <source>Calendar of a site (.ics)</source>
        <translation>Kalender for et praksissted (.ics)</translation>
    </message>
    <message>
        <source>Calendar of a supervisor (.ics)</source>
        <translation>Kalender for en praksisveileder (.ics)</translation>
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
        <translation>Praksissted</translation>
    </message>
    <message>
        <source>Si&amp;te:</source>
        <translation>Pra&amp;ksissted:</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Praksisveileder</translation>
    </message>
    <message>
        <source>Super&amp;visor:</source>
        <translation>Praksis&amp;veileder:</translation>
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
        <translation>&amp;Fra</translation>
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
        <translation>Datoer:</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Forhåndsvisning av rapporten</translation>
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
        <translation>Alle utdanningsinstitusjoner</translation>
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
        <translation>Planen har ingen utdanningsinstitusjoner ennå.</translation>
    </message>
    <message>
        <source>Choose a school.</source>
        <translation>Velg en utdanningsinstitusjon.</translation>
    </message>
    <message>
        <source>The plan has no periods yet; choose dates instead.</source>
        <translation>Planen har ingen perioder ennå; velg datoer i stedet.</translation>
    </message>
    <message>
        <source>The plan has no sites yet.</source>
        <translation>Planen har ingen praksissteder ennå.</translation>
    </message>
    <message>
        <source>The plan has no supervisors yet.</source>
        <translation>Planen har ingen praksisveiledere ennå.</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Hendelse</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n hendelse</numerusform>
            <numerusform>%n hendelser</numerusform>
        </translation>
    </message>
    <message>
        <source>Placement report %1 %2</source>
        <translation>Rapport over praksisplasser %1 %2</translation>
    </message>
    <message>
        <source>Supervisor report %1 %2</source>
        <translation>Rapport for praksisveiledere %1 %2</translation>
    </message>
    <message>
        <source>Supervisor report %1</source>
        <translation>Rapport for praksisveiledere %1</translation>
    </message>
    <message>
        <source>Placements %1</source>
        <translation>Praksisplasser %1</translation>
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
        <translation>PDF-dokumenter (*.pdf)</translation>
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
        <translation>Skrev %1.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Eksporten ble avbrutt; ingen fil ble skrevet.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Eksporten mislyktes</translation>
    </message>
    <message>
        <source>There is no report to export.</source>
        <translation>Det finnes ingen rapport å eksportere.</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation>En eksport pågår allerede.</translation>
    </message>
    <message>
        <source>This report cannot be exported as %1.</source>
        <translation>Denne rapporten kan ikke eksporteres som %1.</translation>
    </message>
    <message>
        <source>Writing %1 …</source>
        <translation>Skriver %1 …</translation>
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
        <translation>Datoer</translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it?</source>
        <translation>«%1» finnes allerede. Vil du erstatte den?</translation>
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
        <translation>visningen</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>utløseren</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 «%2»</translation>
    </message>
    <message>
        <source>No database could be created in memory.</source>
        <translation>Ingen database kunne opprettes i minnet.</translation>
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
        <translation>den inneholder %1, som Praksisplan ikke oppretter</translation>
    </message>
    <message>
        <source>%1 differs from what Praksisplan creates</source>
        <translation>%1 er annerledes enn det Praksisplan oppretter</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 mangler</translation>
    </message>
    <message>
        <source>The plan “%1” was changed by another program (%2). It could run that program&apos;s commands inside Praksisplan, so it is not opened. Restore a backup.</source>
        <translation>Planen «%1» er endret av et annet program (%2). Den kunne kjørt det programmets kommandoer inne i Praksisplan, så den åpnes ikke. Gjenopprett en sikkerhetskopi.</translation>
    </message>
    <message>
        <source>The plan is not open.</source>
        <translation>Planen er ikke åpen.</translation>
    </message>
    <message>
        <source>The plan could not be opened in SQLite&apos;s defensive mode.</source>
        <translation>Planen kunne ikke åpnes i SQLites beskyttede modus.</translation>
    </message>
</context>
<context>
    <name>praksis::SchoolRepository</name>
    <message>
        <source>There is no school with id %1.</source>
        <translation>Det finnes ingen utdanningsinstitusjon med id %1.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
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
        <translation>Det finnes allerede en utdanningsinstitusjon som heter «%1».</translation>
    </message>
    <message>
        <source>There is already a school with id %1.</source>
        <translation>Det finnes allerede en utdanningsinstitusjon med id %1.</translation>
    </message>
    <message>
        <source>The school “%1”</source>
        <translation>Utdanningsinstitusjonen «%1»</translation>
    </message>
    <message>
        <source>There is no programme with id %1.</source>
        <translation>Det finnes ikke noe studieprogram med id %1.</translation>
    </message>
    <message>
        <source>The programme has no school: school %1 does not exist.</source>
        <translation>Studieprogrammet mangler utdanningsinstitusjon: utdanningsinstitusjonen %1 finnes ikke.</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Utdanningsinstitusjon</translation>
    </message>
    <message>
        <source>%1 already has a programme named “%2”.</source>
        <translation>%1 har allerede et studieprogram som heter «%2».</translation>
    </message>
    <message>
        <source>There is already a programme with id %1.</source>
        <translation>Det finnes allerede et studieprogram med id %1.</translation>
    </message>
    <message>
        <source>The programme “%1” cannot move to another school: it is taken by %2 of %3.</source>
        <translation>Studieprogrammet «%1» kan ikke flyttes til en annen utdanningsinstitusjon: det tas av %2 ved %3.</translation>
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
        <translation>Navn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Studieprogrammer</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Studenter</translation>
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
        <translation>Alle typer</translation>
    </message>
    <message>
        <source>%1 of %2 schools shown</source>
        <translation>%1 av %2 utdanningsinstitusjoner vises</translation>
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
        <translation>&amp;Navn:</translation>
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
        <translation>Velg utdanningsinstitusjonen først.</translation>
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
        <translation>Den valgte utdanningsinstitusjonen har ingen studieprogrammer.</translation>
    </message>
    <message>
        <source>Remove a programme</source>
        <translation>Fjern et studieprogram</translation>
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
        <translation>Velg en utdanningsinstitusjon i tabellen først: studieprogrammet hører til institusjonen.</translation>
    </message>
    <message>
        <source>Choose a school in the table first.</source>
        <translation>Velg en utdanningsinstitusjon i tabellen først.</translation>
    </message>
</context>
<context>
    <name>praksis::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <source>Organisation (on printed documents)</source>
        <translation>Virksomhet (på utskrevne dokumenter)</translation>
    </message>
    <message>
        <source>e.g. Bergen kommune, Helse og omsorg</source>
        <translation>f.eks. Bergen kommune, Helse og omsorg</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>Choose &amp;logo…</source>
        <translation>Velg &amp;logo…</translation>
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
        <translation>Kostnader i planleggeren (lavere er bedre)</translation>
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
        <translation>Praksissted som ikke er ønsket:</translation>
    </message>
    <message>
        <source>A site visited before:</source>
        <translation>Praksissted studenten har vært på før:</translation>
    </message>
    <message>
        <source>A student left unplaced:</source>
        <translation>Student uten praksisplass:</translation>
    </message>
    <message>
        <source>Absence limits (share of the planned hours)</source>
        <translation>Fraværsgrenser (andel av planlagte timer)</translation>
    </message>
    <message>
        <source>To be &amp;made up above:</source>
        <translation>Må &amp;tas igjen over:</translation>
    </message>
    <message>
        <source>Period &amp;at risk above:</source>
        <translation>I fare&amp;sonen over:</translation>
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
        <translation>Nytt språk i programmet tas i bruk neste gang programmet starter.</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>Språk i &amp;programmet:</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Innstillingene ble ikke lagret</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Velg en logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>Logo not read</source>
        <translation>Logoen ble ikke lest</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>«%1» kunne ikke leses: %2</translation>
    </message>
    <message>
        <source>“%1” is not a PNG, JPEG or SVG image.</source>
        <translation>«%1» er ikke et PNG-, JPEG- eller SVG-bilde. Velg et bilde i et av disse formatene.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Ingen logo</translation>
    </message>
    <message>
        <source>Logo set</source>
        <translation>Logo er valgt</translation>
    </message>
    <message>
        <source>“Period at risk” must be above “to be made up”.</source>
        <translation>«I faresonen» må være høyere enn «må tas igjen».</translation>
    </message>
    <message>
        <source>Welcome letters</source>
        <translation>Velkomstbrev</translation>
    </message>
    <message>
        <source>The time to arrive on the first day, for the sites that have none of their own (each site&apos;s form can give its own, with a meeting place and a note).</source>
        <translation>Oppmøtetiden første dag for praksissteder som ikke har sin egen (hvert praksissted kan ha sin egen i skjemaet, med møtested og en merknad).</translation>
    </message>
    <message>
        <source>Default a&amp;rrival time:</source>
        <translation>Standard opp&amp;møtetid:</translation>
    </message>
    <message>
        <source>Write the time to arrive, e.g. 10:00.</source>
        <translation>Skriv oppmøtetiden, for eksempel 10:00.</translation>
    </message>
</context>
<context>
    <name>praksis::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Hurtigtaster</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Hurtigtast</translation>
    </message>
</context>
<context>
    <name>praksis::SiteRepository</name>
    <message>
        <source>There is no site with id %1.</source>
        <translation>Det finnes ikke noe praksissted med id %1.</translation>
    </message>
    <message>
        <source>Several sites are named “%1”; name the unit too: %2.</source>
        <translation>Flere praksissteder heter «%1»; oppgi avdelingen også: %2.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Praksissted</translation>
    </message>
    <message>
        <source>There is no site named “%1”.</source>
        <translation>Det finnes ikke noe praksissted som heter «%1».</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
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
        <translation>Praksisstedet «%1» finnes allerede.</translation>
    </message>
    <message>
        <source>There is already a site with id %1.</source>
        <translation>Det finnes allerede et praksissted med id %1.</translation>
    </message>
    <message>
        <source>The site “%1”</source>
        <translation>Praksisstedet «%1»</translation>
    </message>
</context>
<context>
    <name>praksis::SiteWelcomes</name>
    <message>
        <source>“%1” is not a time of day: write it as 10:00.</source>
        <translation>«%1» er ikke et klokkeslett: skriv det som 10:00.</translation>
    </message>
    <message>
        <source>Arrival time</source>
        <translation>Oppmøtetid</translation>
    </message>
    <message>
        <source>The placement site %1 does not exist.</source>
        <translation>Praksisstedet %1 finnes ikke.</translation>
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
        <translation>Navn</translation>
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
        <translation>Praksisveiledere</translation>
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
        <translation>Alle typer</translation>
    </message>
    <message>
        <source>%1 of %2 sites shown</source>
        <translation>%1 av %2 praksissteder vises</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Praksissted</translation>
    </message>
    <message>
        <source>the site %1</source>
        <translation>praksisstedet %1</translation>
    </message>
    <message>
        <source>Delete site %1</source>
        <translation>Slett praksisstedet %1</translation>
    </message>
    <message>
        <source>New site</source>
        <translation>Nytt praksissted</translation>
    </message>
    <message>
        <source>Site %1</source>
        <translation>Praksisstedet %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
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
        <translation>Ka&amp;pasitet (studenter samtidig):</translation>
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
        <translation>Legg til praksisstedet %1</translation>
    </message>
    <message>
        <source>Edit site %1</source>
        <translation>Rediger praksisstedet %1</translation>
    </message>
    <message>
        <source>A&amp;rrival time, first day:</source>
        <translation>Opp&amp;møtetid første dag:</translation>
    </message>
    <message>
        <source>%1 (the plan&apos;s default)</source>
        <translation>%1 (planens standard)</translation>
    </message>
    <message>
        <source>Meeting p&amp;lace:</source>
        <translation>Møte&amp;sted:</translation>
    </message>
    <message>
        <source>The address above</source>
        <translation>Adressen over</translation>
    </message>
    <message>
        <source>Note in the &amp;welcome letter:</source>
        <translation>Merknad i &amp;velkomstbrevet:</translation>
    </message>
    <message>
        <source>Parking, what to bring, who to ask for …</source>
        <translation>Parkering, hva studenten skal ha med, hvem hun skal spørre etter …</translation>
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
        <translation>Det finnes ingen student med id %1.</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Fornavn</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Etternavn</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>Studentnummer</translation>
    </message>
    <message>
        <source>The student number of %1 looks like a national identity number, which Praksisplan never stores. Use the number the school gives its students.</source>
        <translation>Studentnummeret til %1 ser ut som et fødselsnummer, som Praksisplan aldri lagrer. Bruk nummeret utdanningsinstitusjonen gir studentene sine.</translation>
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
        <translation>%1 mangler utdanningsinstitusjon: utdanningsinstitusjonen %2 finnes ikke.</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Utdanningsinstitusjon</translation>
    </message>
    <message>
        <source>Programme %1 does not exist.</source>
        <translation>Studieprogrammet %1 finnes ikke.</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Studieprogram</translation>
    </message>
    <message>
        <source>The programme “%1” belongs to %2, not to %3.</source>
        <translation>Studieprogrammet «%1» hører til %2, ikke til %3.</translation>
    </message>
    <message>
        <source>Student number %1 is already used by %2 at %3.</source>
        <translation>Studentnummeret %1 er allerede brukt av %2 ved %3.</translation>
    </message>
    <message>
        <source>There is already a student with id %1.</source>
        <translation>Det finnes allerede en student med id %1.</translation>
    </message>
    <message>
        <source>The student %1</source>
        <translation>Studenten %1</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Ønsker</translation>
    </message>
    <message>
        <source>A student can rank at most %1 sites for a period; %2 were given.</source>
        <translation>En student kan rangere høyst %1 praksissteder per periode; %2 ble oppgitt.</translation>
    </message>
    <message>
        <source>Student %1 does not exist.</source>
        <translation>Studenten %1 finnes ikke.</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Period %1 does not exist.</source>
        <translation>Perioden %1 finnes ikke.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Site %1 does not exist.</source>
        <translation>Praksisstedet %1 finnes ikke.</translation>
    </message>
    <message>
        <source>%1 is ranked more than once.</source>
        <translation>%1 er rangert mer enn én gang.</translation>
    </message>
    <message>
        <source>%1 must not be placed at %2 (excluded), so it cannot be one of her choices.</source>
        <translation>%1 skal ikke ha praksis ved %2 (ikke aktuelt), så stedet kan ikke være et av ønskene.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Praksissted</translation>
    </message>
    <message>
        <source>Student %1 has no exclusion for site %2.</source>
        <translation>Studenten %1 er ikke markert som ikke aktuell for praksisstedet %2.</translation>
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
        <translation>Etternavn</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Fornavn</translation>
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
        <translation>Alle utdanningsinstitusjoner</translation>
    </message>
    <message>
        <source>%1 of %2 students shown</source>
        <translation>%1 av %2 studenter vises</translation>
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
        <translation>&amp;Fornavn:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Etternavn:</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(velg)</translation>
    </message>
    <message>
        <source>Choose a school (add schools on the Schools page).</source>
        <translation>Velg en utdanningsinstitusjon (legg til utdanningsinstitusjoner på siden Skoler).</translation>
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
        <translation>Po&amp;litiattest fremvist:</translation>
    </message>
    <message>
        <source>Police certificate seen</source>
        <translation>Politiattest fremvist</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.åååå</translation>
    </message>
    <message>
        <source>C&amp;onfidentiality signed:</source>
        <translation>T&amp;aushetserklæring signert:</translation>
    </message>
    <message>
        <source>Confidentiality signed</source>
        <translation>Taushetserklæring signert</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>N&amp;otater:</translation>
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
        <translation>Nytilsatt:</translation>
    </message>
</context>
<context>
    <name>praksis::SupervisorRepository</name>
    <message>
        <source>There is no supervisor with id %1.</source>
        <translation>Det finnes ingen praksisveileder med id %1.</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Fornavn</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Etternavn</translation>
    </message>
    <message>
        <source>Maximum students</source>
        <translation>Maks. antall studenter</translation>
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
        <translation>%1 mangler praksissted: praksisstedet %2 finnes ikke.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Praksissted</translation>
    </message>
    <message>
        <source>The training year %1 of %2 is not a plausible year.</source>
        <translation>Utdanningsåret %1 for %2 er ikke et sannsynlig år.</translation>
    </message>
    <message>
        <source>Training year</source>
        <translation>Utdanningsår</translation>
    </message>
    <message>
        <source>%1 cannot move to another site: %2 at her present site name her as supervisor.</source>
        <translation>%1 kan ikke flyttes til et annet praksissted: %2 ved nåværende praksissted har vedkommende som praksisveileder.</translation>
    </message>
    <message>
        <source>There is already a supervisor with id %1.</source>
        <translation>Det finnes allerede en praksisveileder med id %1.</translation>
    </message>
    <message>
        <source>The supervisor %1</source>
        <translation>Praksisveilederen %1</translation>
    </message>
    <message>
        <source>There is no absence period with id %1.</source>
        <translation>Det finnes ingen fraværsperiode med id %1.</translation>
    </message>
    <message>
        <source>The absence period has no start date.</source>
        <translation>Fraværsperioden mangler startdato.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>The absence period has no end date.</source>
        <translation>Fraværsperioden mangler sluttdato.</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slutt</translation>
    </message>
    <message>
        <source>Supervisor %1 does not exist.</source>
        <translation>Praksisveilederen %1 finnes ikke.</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Praksisveileder</translation>
    </message>
    <message>
        <source>The absence period belongs to no supervisor.</source>
        <translation>Fraværsperioden hører ikke til noen praksisveileder.</translation>
    </message>
    <message>
        <source>There is already an absence period with id %1.</source>
        <translation>Det finnes allerede en fraværsperiode med id %1.</translation>
    </message>
</context>
<context>
    <name>praksis::SupervisorsPage</name>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Praksissted:</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Etternavn</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Fornavn</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Praksissted</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Yrke</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Veilederutdanning</translation>
    </message>
    <message>
        <source>Max students</source>
        <translation>Maks. studenter</translation>
    </message>
    <message>
        <source>Absences</source>
        <translation>Fravær</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Alle praksissteder</translation>
    </message>
    <message>
        <source>%1 of %2 supervisors shown</source>
        <translation>%1 av %2 praksisveiledere vises</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Praksisveileder</translation>
    </message>
    <message>
        <source>the supervisor %1</source>
        <translation>praksisveilederen %1</translation>
    </message>
    <message>
        <source>Delete supervisor %1</source>
        <translation>Slett praksisveilederen %1</translation>
    </message>
    <message>
        <source>New supervisor</source>
        <translation>Ny praksisveileder</translation>
    </message>
    <message>
        <source>Supervisor %1</source>
        <translation>Praksisveilederen %1</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Fornavn:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Etternavn:</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(velg)</translation>
    </message>
    <message>
        <source>Choose a site (add sites on the Sites page).</source>
        <translation>Velg et praksissted (legg til praksissteder på siden Praksissteder).</translation>
    </message>
    <message>
        <source>&amp;Profession:</source>
        <translation>&amp;Yrke:</translation>
    </message>
    <message>
        <source>Has supervision &amp;training</source>
        <translation>Har &amp;veilederutdanning</translation>
    </message>
    <message>
        <source>Training &amp;year:</source>
        <translation>&amp;Utdanningsår:</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>ikke oppgitt</translation>
    </message>
    <message>
        <source>&amp;Max students at a time:</source>
        <translation>&amp;Maks. antall studenter samtidig:</translation>
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
        <translation>Legg til praksisveilederen %1</translation>
    </message>
    <message>
        <source>Edit supervisor %1</source>
        <translation>Rediger praksisveilederen %1</translation>
    </message>
    <message>
        <source>Absence periods</source>
        <translation>Fraværsperioder</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
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
        <translation>Fravær %1: %2</translation>
    </message>
    <message>
        <source>&amp;Add absence</source>
        <translation>&amp;Legg til fravær</translation>
    </message>
    <message>
        <source>Remo&amp;ve absence</source>
        <translation>F&amp;jern fravær</translation>
    </message>
    <message>
        <source>Absence periods:</source>
        <translation>Fraværsperioder:</translation>
    </message>
</context>
<context>
    <name>praksis::TemplateModel</name>
    <message>
        <source>Task</source>
        <translation>Oppgave</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
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
        <translation>Ny variant for praksissted…</translation>
    </message>
    <message>
        <source>Give one site its own template, starting as a copy of the default.</source>
        <translation>Gi ett praksissted en egen mal, som starter som en kopi av standardmalen.</translation>
    </message>
    <message>
        <source>Remove variant</source>
        <translation>Fjern variant</translation>
    </message>
    <message>
        <source>The site uses the default template again.</source>
        <translation>Praksisstedet bruker standardmalen igjen.</translation>
    </message>
    <message>
        <source>Restore the default…</source>
        <translation>Gjenopprett standardmalen…</translation>
    </message>
    <message>
        <source>Replace the default template by the one Praksisplan comes with.</source>
        <translation>Erstatt standardmalen med den som følger med Praksisplan.</translation>
    </message>
    <message>
        <source>Welcome letters…</source>
        <translation>Velkomstbrev…</translation>
    </message>
    <message>
        <source>Print the welcome letters and checklists of a period.</source>
        <translation>Skriv ut velkomstbrev og sjekklister for en praksisperiode.</translation>
    </message>
    <message>
        <source>Checklists are made from the template when a placement is made; editing the template does not change the checklists that exist.</source>
        <translation>Sjekklister lages fra malen når en praksisplass opprettes; endringer i malen påvirker ikke sjekklister som allerede finnes.</translation>
    </message>
    <message>
        <source>Sections and items of the template</source>
        <translation>Deler og punkter i malen</translation>
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
        <translation>Velg en del eller et punkt for å redigere det.</translation>
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
        <translation>Oppgave (bokmål):</translation>
    </message>
    <message>
        <source>Task (Nynorsk):</source>
        <translation>Oppgave (nynorsk):</translation>
    </message>
    <message>
        <source>Task (English):</source>
        <translation>Oppgave (engelsk):</translation>
    </message>
    <message>
        <source>Responsible:</source>
        <translation>Ansvarlig:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dager</translation>
    </message>
    <message>
        <source>Due day, in days from the first or last day</source>
        <translation>Fristdag, i dager fra første eller siste dag</translation>
    </message>
    <message>
        <source>Due day counted from</source>
        <translation>Fristdag regnet fra</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Frist:</translation>
    </message>
    <message>
        <source>Default template (all sites)</source>
        <translation>Standardmal (alle praksissteder)</translation>
    </message>
    <message>
        <source>Variant for %1</source>
        <translation>Variant for %1</translation>
    </message>
    <message>
        <source>Rename section “%1”</source>
        <translation>Gi delen «%1» nytt navn</translation>
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
            <numerusform>Vil du fjerne delen «%1» med %n punkter?</numerusform>
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
        <translation>Ny variant for praksissted</translation>
    </message>
    <message>
        <source>Every site has its own variant already.</source>
        <translation>Alle praksissteder har allerede sin egen variant.</translation>
    </message>
    <message>
        <source>The site that gets its own template (a copy of the default):</source>
        <translation>Praksisstedet som skal få en egen mal (en kopi av standardmalen):</translation>
    </message>
    <message>
        <source>Remove “%1”? The site uses the default template again.</source>
        <translation>Vil du fjerne «%1»? Praksisstedet bruker da standardmalen igjen.</translation>
    </message>
    <message>
        <source>Remove site variant</source>
        <translation>Fjern varianten for praksisstedet</translation>
    </message>
    <message>
        <source>Restore the default</source>
        <translation>Gjenopprett standardmalen</translation>
    </message>
    <message>
        <source>Replace the default template by the one Praksisplan comes with? You can undo this.</source>
        <translation>Vil du erstatte standardmalen med den som følger med Praksisplan? Du kan angre dette.</translation>
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
        <translation>&amp;fra</translation>
    </message>
</context>
<context>
    <name>praksis::Transaction</name>
    <message>
        <source>The transaction was already finished.</source>
        <translation>Transaksjonen var allerede avsluttet.</translation>
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
        <translation>Ingen ønsker oppgitt</translation>
    </message>
    <message>
        <source>Drag her onto a site, or press Enter to place her.</source>
        <translation>Dra studenten til et praksissted, eller trykk Enter for å plassere studenten.</translation>
    </message>
    <message>
        <source>Choices: %1</source>
        <translation>Ønsker: %1</translation>
    </message>
</context>
<context>
    <name>praksis::UserGuideDialog</name>
    <message>
        <source>User guide</source>
        <translation>Brukerveiledning</translation>
    </message>
    <message>
        <source>Pages of the user guide</source>
        <translation>Sidene i brukerveiledningen</translation>
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
        <translation>Organisasjonsnummeret mangler. Det må ha 9 sifre.</translation>
    </message>
    <message>
        <source>The organisation number “%1” may only contain digits and spaces.</source>
        <translation>Organisasjonsnummeret «%1» kan bare inneholde sifre og mellomrom.</translation>
    </message>
    <message>
        <source>The organisation number %1 must have 9 digits; it has %2.</source>
        <translation>Organisasjonsnummeret %1 må ha 9 sifre; det har %2.</translation>
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
        <translation>Kommunenummeret mangler. Det må ha nøyaktig 4 sifre.</translation>
    </message>
    <message>
        <source>The municipality number “%1” must have exactly 4 digits, such as 0301.</source>
        <translation>Kommunenummeret «%1» må ha nøyaktig 4 sifre, for eksempel 0301.</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>The e-mail address is empty.</source>
        <translation>E-postadressen mangler.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address: %2</source>
        <translation>«%1» er ikke en e-postadresse: %2</translation>
    </message>
    <message>
        <source>it contains a space.</source>
        <translation>den inneholder et mellomrom.</translation>
    </message>
    <message>
        <source>it must contain exactly one @.</source>
        <translation>den må inneholde nøyaktig én @.</translation>
    </message>
    <message>
        <source>there is nothing before the @.</source>
        <translation>det står ingenting foran @.</translation>
    </message>
    <message>
        <source>the part after the @ must be a domain such as example.no.</source>
        <translation>delen etter @ må være et domene, for eksempel eksempel.no.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>The phone number is empty.</source>
        <translation>Telefonnummeret mangler.</translation>
    </message>
    <message>
        <source>The phone number “%1” may only contain digits, spaces and a leading +.</source>
        <translation>Telefonnummeret «%1» kan bare inneholde sifre, mellomrom og + først.</translation>
    </message>
    <message>
        <source>The phone number “%1” has too few digits.</source>
        <translation>Telefonnummeret «%1» har for få sifre.</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>«%1» mangler.</translation>
    </message>
    <message>
        <source>“%1” must be 0 or more; it is %2.</source>
        <translation>«%1» må være 0 eller mer; det er %2.</translation>
    </message>
    <message>
        <source>“%1” is empty. Write a whole number, 0 or more.</source>
        <translation>«%1» mangler. Skriv et heltall, 0 eller mer.</translation>
    </message>
    <message>
        <source>“%1” must be a whole number, 0 or more; “%2” is not.</source>
        <translation>«%1» må være et heltall, 0 eller mer; «%2» er ikke det.</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Kull</translation>
    </message>
    <message>
        <source>The cohort year %1 is not plausible; it must lie between %2 and %3.</source>
        <translation>Kullåret %1 er ikke sannsynlig; det må ligge mellom %2 og %3.</translation>
    </message>
    <message>
        <source>The cohort “%1” must be a year such as 2026.</source>
        <translation>Kullet «%1» må være et årstall, for eksempel 2026.</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>Timer per uke</translation>
    </message>
    <message>
        <source>The hours per week must be more than 0 and at most 60; %1 is not.</source>
        <translation>Timer per uke må være mer enn 0 og høyst 60; %1 er ikke det.</translation>
    </message>
    <message>
        <source>The hours per week “%1” is not a number such as 30 or 37,5.</source>
        <translation>Timer per uke «%1» er ikke et tall som 30 eller 37,5.</translation>
    </message>
    <message>
        <source>“%1” is empty. Write a date as dd.mm.yyyy, e.g. 24.08.2026.</source>
        <translation>«%1» mangler. Skriv datoen som dd.mm.åååå, f.eks. 24.08.2026.</translation>
    </message>
    <message>
        <source>“%1” is not a date: “%2”. Write it as dd.mm.yyyy, e.g. 24.08.2026.</source>
        <translation>«%1» er ikke en dato: «%2». Skriv den som dd.mm.åååå, f.eks. 24.08.2026.</translation>
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
        <translation>Kolonnen «%1» ser ut til å inneholde fødselsnumre eller helseopplysninger, som Praksisplan aldri lagrer. Fjern kolonnen fra filen og importer på nytt. Ingenting ble importert.</translation>
    </message>
    <message>
        <source>“%1” holds a control character (%2) at position %3. Only text, tabs and line breaks can be stored: remove it.</source>
        <translation>«%1» inneholder et kontrolltegn (%2) på plass %3. Bare tekst, tabulatorer og linjeskift kan lagres: fjern det.</translation>
    </message>
    <message>
        <source>“%1” holds a control character (%2) at position %3. Only text on one line can be stored: remove it.</source>
        <translation>«%1» inneholder et kontrolltegn (%2) på plass %3. Bare tekst på én linje kan lagres: fjern det.</translation>
    </message>
    <message>
        <source>“%1” holds what looks like a national identity number (fødselsnummer or D-nummer). Praksisplan never stores those: remove it.</source>
        <translation>«%1» inneholder noe som ser ut som et fødselsnummer eller D-nummer. Praksisplan lagrer aldri slike: fjern det.</translation>
    </message>
</context>
<context>
    <name>praksis::WelcomeDialog</name>
    <message>
        <source>Welcome to Praksisplan</source>
        <translation>Velkommen til Praksisplan</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Praksisplan&lt;/h2&gt;&lt;p&gt;Plan practice placements: schools, students, sites, supervisors and periods in one plan file. Every change is saved at once.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Velkommen til Praksisplan&lt;/h2&gt;&lt;p&gt;Planlegg praksisplasser: utdanningsinstitusjoner, studenter, praksissteder, praksisveiledere og praksisperioder i én planfil. Hver endring lagres med en gang.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>New plan…</source>
        <translation>Ny plan…</translation>
    </message>
    <message>
        <source>Create an empty plan file.</source>
        <translation>Opprett en tom planfil.</translation>
    </message>
    <message>
        <source>Open plan…</source>
        <translation>Åpne plan…</translation>
    </message>
    <message>
        <source>Open a plan file you already have.</source>
        <translation>Åpne en planfil du allerede har.</translation>
    </message>
    <message>
        <source>Open a demo plan…</source>
        <translation>Åpne en demoplan…</translation>
    </message>
    <message>
        <source>Try the program on realistic generated data (made-up people).</source>
        <translation>Prøv programmet med realistiske genererte data (oppdiktede personer).</translation>
    </message>
    <message>
        <source>The demo generator is not part of this build yet.</source>
        <translation>Demogeneratoren er ikke med i denne versjonen ennå.</translation>
    </message>
    <message>
        <source>Recent plans</source>
        <translation>Nylig brukte planer</translation>
    </message>
    <message>
        <source>&amp;Recent plans:</source>
        <translation>&amp;Nylig brukte planer:</translation>
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
        <translation>Praksisplassen %1 finnes ikke.</translation>
    </message>
    <message>
        <source>Documents can only be made by a program with a QGuiApplication.</source>
        <translation>Dokumenter kan bare lages av et program med QGuiApplication.</translation>
    </message>
    <message>
        <source>The document font could not be loaded.</source>
        <translation>Skrifttypen for dokumentet kunne ikke lastes inn.</translation>
    </message>
    <message>
        <source>There are no placements to print.</source>
        <translation>Det er ingen praksisplasser å skrive ut.</translation>
    </message>
    <message>
        <source>The document could not be started.</source>
        <translation>Dokumentet kunne ikke opprettes.</translation>
    </message>
    <message>
        <source>Printing was cancelled; nothing was written.</source>
        <translation>Utskriften ble avbrutt; ingenting ble skrevet.</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>«%1» kunne ikke skrives: %2</translation>
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
        <translation>Velkomstbrevet og sjekklisten for hver praksisplass i en praksisperiode, hver på en ny side, på dokumentspråket til planen.</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>Pra&amp;ksissted:</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>Forhåndsvisning…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Lagre som PDF…</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Alle praksissteder</translation>
    </message>
    <message numerus="yes">
        <source>%n placement(s) to print.</source>
        <translation>
            <numerusform>%n praksisplass skal skrives ut.</numerusform>
            <numerusform>%n praksisplasser skal skrives ut.</numerusform>
        </translation>
    </message>
    <message>
        <source>No placements to print.</source>
        <translation>Ingen praksisplasser å skrive ut.</translation>
    </message>
    <message>
        <source>The period has no placements to print.</source>
        <translation>Perioden har ingen praksisplasser å skrive ut.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Skriver %1…</translation>
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
        <translation>PDF-dokumenter (*.pdf)</translation>
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
        <translation>Velkomstmalen %1 finnes ikke.</translation>
    </message>
    <message>
        <source>The template section %1 does not exist.</source>
        <translation>Maldelen %1 finnes ikke.</translation>
    </message>
    <message>
        <source>The template item %1 does not exist.</source>
        <translation>Malpunktet %1 finnes ikke.</translation>
    </message>
    <message>
        <source>A section needs a title.</source>
        <translation>En del må ha en tittel.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>An item needs a text.</source>
        <translation>Et punkt må ha en tekst.</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>The due day %1 is out of range: use a day from %2 to %3.</source>
        <translation>Fristdagen %1 er utenfor gyldig område: bruk en dag fra %2 til %3.</translation>
    </message>
    <message>
        <source>Due day</source>
        <translation>Fristdag</translation>
    </message>
    <message>
        <source>An item can only be moved within its own template.</source>
        <translation>Et punkt kan bare flyttes innenfor sin egen mal.</translation>
    </message>
    <message>
        <source>The placement site %1 does not exist.</source>
        <translation>Praksisstedet %1 finnes ikke.</translation>
    </message>
    <message>
        <source>“%1” has its own welcome template already.</source>
        <translation>«%1» har allerede sin egen velkomstmal.</translation>
    </message>
    <message>
        <source>This placement site has no welcome template of its own.</source>
        <translation>Dette praksisstedet har ingen egen velkomstmal.</translation>
    </message>
    <message>
        <source>The default welcome template could not be read.</source>
        <translation>Standard velkomstmal kunne ikke leses.</translation>
    </message>
    <message>
        <source>The default welcome template is damaged: %1</source>
        <translation>Standard velkomstmal er skadet: %1</translation>
    </message>
    <message>
        <source>The default welcome template is damaged: an item in “%1” has no text or an unknown role.</source>
        <translation>Standard velkomstmal er skadet: et punkt i «%1» mangler tekst eller har en ukjent rolle.</translation>
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
            <numerusform>%n dager før siste dag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after the last day</source>
        <translation>
            <numerusform>%n dag etter siste dag</numerusform>
            <numerusform>%n dager etter siste dag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before the first day</source>
        <translation>
            <numerusform>%n dag før første dag</numerusform>
            <numerusform>%n dager før første dag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after the first day</source>
        <translation>
            <numerusform>%n dag etter første dag</numerusform>
            <numerusform>%n dager etter første dag</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>praksis::XlsxWriter</name>
    <message>
        <source>The workbook “%1” could not be written: %2</source>
        <translation>Arbeidsboken «%1» kunne ikke skrives: %2</translation>
    </message>
    <message>
        <source>the file could not be created</source>
        <translation>filen kunne ikke opprettes</translation>
    </message>
    <message>
        <source>the finished file could not be moved into place</source>
        <translation>den ferdige filen kunne ikke flyttes på plass</translation>
    </message>
</context>
<context>
    <name>praksis::cli</name>
    <message>
        <source>The file “%1” already exists; nothing was changed.</source>
        <translation>Filen «%1» finnes allerede; ingenting ble endret.</translation>
    </message>
    <message>
        <source>Created the plan %1 (schema version %2).</source>
        <translation>Opprettet planen %1 (skjemaversjon %2).</translation>
    </message>
    <message>
        <source>Create an empty plan file at the current schema version.</source>
        <translation>Opprett en tom planfil med gjeldende skjemaversjon.</translation>
    </message>
    <message>
        <source>Usage: praksisplan-cli [--db PATH] [--json] COMMAND [ARGUMENTS]</source>
        <translation>Bruk: praksisplan-cli [--db STI] [--json] KOMMANDO [ARGUMENTER]</translation>
    </message>
    <message>
        <source>Practice placements for municipal health and care services, without a window.</source>
        <translation>Praksisplasser i kommunale helse- og omsorgstjenester, uten vindu.</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Felles valg:</translation>
    </message>
    <message>
        <source>the plan file (default: %1)</source>
        <translation>planfilen (standard: %1)</translation>
    </message>
    <message>
        <source>print data as JSON</source>
        <translation>skriv ut data som JSON</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>vis denne hjelpen</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>vis versjonen</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Kommandoer:</translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 1 runtime error, 2 wrong usage, 3 invalid input (nothing was written).</source>
        <translation>Avslutningskoder: 0 ferdig, 1 feil under kjøring, 2 feil bruk, 3 ugyldige inndata (ingenting ble skrevet).</translation>
    </message>
    <message>
        <source>--db needs a file name.</source>
        <translation>--db trenger et filnavn.</translation>
    </message>
    <message>
        <source>Usage: praksisplan-cli %1</source>
        <translation>Bruk: praksisplan-cli %1</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Ukjent kommando «%1».</translation>
    </message>
    <message>
        <source>the file to write the copy to</source>
        <translation>filen kopien skal skrives til</translation>
    </message>
    <message>
        <source>Name the file to write the copy to with -o FILE.</source>
        <translation>Oppgi filen kopien skal skrives til, med -o FILE.</translation>
    </message>
    <message>
        <source>Copied the plan to %1.</source>
        <translation>Kopierte planen til %1.</translation>
    </message>
    <message>
        <source>Restored the plan %1 from %2 (plan version %3).</source>
        <translation>Gjenopprettet planen %1 fra %2 (planversjon %3).</translation>
    </message>
    <message>
        <source>The plan it replaced is kept as %1.</source>
        <translation>Planen som ble erstattet, er tatt vare på som %1.</translation>
    </message>
    <message>
        <source>Write a consistent copy of the plan, also while another program uses it.</source>
        <translation>Skriv en konsistent kopi av planen, også mens et annet program bruker den.</translation>
    </message>
    <message>
        <source>Replace the plan with a copy, after checking the copy; the replaced plan is kept as a backup beside it.</source>
        <translation>Erstatt planen med en kopi etter at kopien er kontrollert; planen som erstattes, tas vare på som sikkerhetskopi ved siden av.</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>Startverdi for tilfeldige tall (standard 1).</translation>
    </message>
    <message>
        <source>Number of students (default 500; 5000 gives the benchmark plan).</source>
        <translation>Antall studenter (standard 500; 5000 gir planen for ytelsesmåling).</translation>
    </message>
    <message>
        <source>Make the plan as if today were DATE (yyyy-MM-dd).</source>
        <translation>Lag planen som om dagens dato var DATE (åååå-mm-dd).</translation>
    </message>
    <message>
        <source>--seed needs a whole number from 0 to 4294967295, not “%1”.</source>
        <translation>--seed trenger et heltall fra 0 til 4294967295, ikke «%1».</translation>
    </message>
    <message>
        <source>--students needs a whole number from 10 to 200000, not “%1”.</source>
        <translation>--students trenger et heltall fra 10 til 200000, ikke «%1».</translation>
    </message>
    <message>
        <source>--today needs a date as yyyy-MM-dd, not “%1”.</source>
        <translation>--today trenger en dato som åååå-mm-dd, ikke «%1».</translation>
    </message>
    <message>
        <source>Filled the plan %1 with demo data (seed %2) in %3 s:</source>
        <translation>Fylte planen %1 med demodata (startverdi %2) på %3 s:</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Skoler</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Studieprogrammer</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Studenter</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Praksissteder</translation>
    </message>
    <message>
        <source>Supervisors</source>
        <translation>Praksisveiledere</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Praksisperioder</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Praksisplasser</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Ønsker</translation>
    </message>
    <message>
        <source>Exclusions</source>
        <translation>Ikke aktuelt (inhabil)</translation>
    </message>
    <message>
        <source>Absence records</source>
        <translation>Fraværsregistreringer</translation>
    </message>
    <message>
        <source>Assessment meetings</source>
        <translation>Vurderingssamtaler</translation>
    </message>
    <message>
        <source>Deliberate conflicts</source>
        <translation>Tilsiktede konflikter</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Antall</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) of the period “%1” are left for the planner.</source>
        <translation>
            <numerusform>%n student i perioden «%1» er igjen til planleggeren.</numerusform>
            <numerusform>%n studenter i perioden «%1» er igjen til planleggeren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fill an empty plan with realistic generated data; the same seed gives the same data.</source>
        <translation>Fyll en tom plan med realistiske genererte data; samme startverdi gir samme data.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
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
        <translation>Fornavn</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Etternavn</translation>
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
        <translation>Praksissted</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Yrke</translation>
    </message>
    <message>
        <source>Trained</source>
        <translation>Veilederutdannet</translation>
    </message>
    <message>
        <source>Training year</source>
        <translation>Utdanningsår</translation>
    </message>
    <message>
        <source>Max. students</source>
        <translation>Maks. studenter</translation>
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
        <translation>Timer/uke</translation>
    </message>
    <message>
        <source>Site kinds</source>
        <translation>Typer praksissted</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Praksisveileder</translation>
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
        <translation>Det finnes ingen utdanningsinstitusjon som heter «%1», i planen.</translation>
    </message>
    <message>
        <source>There is no period named “%1” in the plan.</source>
        <translation>Det finnes ingen periode som heter «%1», i planen.</translation>
    </message>
    <message>
        <source>There is no site named “%1” in the plan.</source>
        <translation>Det finnes ikke noe praksissted som heter «%1», i planen.</translation>
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
        <translation>bare denne perioden</translation>
    </message>
    <message>
        <source>only this school</source>
        <translation>bare denne utdanningsinstitusjonen</translation>
    </message>
    <message>
        <source>only this site</source>
        <translation>bare dette praksisstedet</translation>
    </message>
    <message>
        <source>Cannot list “%1”; choose one of: %2.</source>
        <translation>Kan ikke liste «%1»; velg en av: %2.</translation>
    </message>
    <message>
        <source>“list %1” has no option --%2.</source>
        <translation>«list %1» har ikke valget --%2.</translation>
    </message>
    <message>
        <source>Print a register as a table, or with --json as an array of objects.</source>
        <translation>Skriv ut et register som tabell, eller med --json som en liste av objekter.</translation>
    </message>
    <message>
        <source>only the newest N entries</source>
        <translation>bare de N nyeste oppføringene</translation>
    </message>
    <message>
        <source>only changes of this kind of record</source>
        <translation>bare endringer av denne typen post</translation>
    </message>
    <message>
        <source>export the log as CSV to FILE</source>
        <translation>eksporter loggen som CSV til FILE</translation>
    </message>
    <message>
        <source>--limit needs a whole number of 0 or more.</source>
        <translation>--limit trenger et heltall, 0 eller mer.</translation>
    </message>
    <message>
        <source>Unknown kind of record “%1”; choose one of: %2.</source>
        <translation>Ukjent type post «%1»; velg en av: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n log entries to %1.</source>
        <translation>
            <numerusform>Skrev %n loggoppføring til %1.</numerusform>
            <numerusform>Skrev %n loggoppføringer til %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the change log: who changed what, when (or export it as CSV).</source>
        <translation>Vis endringsloggen: hvem endret hva, og når (eller eksporter den som CSV).</translation>
    </message>
    <message>
        <source>students whose last placement ended more than YEARS years ago</source>
        <translation>studenter der siste praksisplass sluttet for mer enn YEARS år siden</translation>
    </message>
    <message>
        <source>anonymise them and keep their placements, instead of deleting</source>
        <translation>anonymiser dem og behold praksisplassene deres i stedet for å slette</translation>
    </message>
    <message>
        <source>only count; change nothing</source>
        <translation>bare tell; endre ingenting</translation>
    </message>
    <message>
        <source>Say how old the records must be with --older-than YEARS.</source>
        <translation>Oppgi hvor gamle postene må være, med --older-than YEARS.</translation>
    </message>
    <message>
        <source>--older-than needs a whole number of years, 1 or more.</source>
        <translation>--older-than trenger et helt antall år, 1 eller mer.</translation>
    </message>
    <message numerus="yes">
        <source>Would anonymise %n student(s) whose last placement ended before %1; their %2 placement(s) would be kept. Nothing was changed.</source>
        <translation>
            <numerusform>Ville anonymisert %n student der siste praksisplass sluttet før %1; praksisplassene (%2) ville blitt beholdt. Ingenting ble endret.</numerusform>
            <numerusform>Ville anonymisert %n studenter der siste praksisplass sluttet før %1; praksisplassene deres (%2) ville blitt beholdt. Ingenting ble endret.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anonymised %n student(s) whose last placement ended before %1; their %2 placement(s) were kept.</source>
        <translation>
            <numerusform>Anonymiserte %n student der siste praksisplass sluttet før %1; praksisplassene (%2) er beholdt.</numerusform>
            <numerusform>Anonymiserte %n studenter der siste praksisplass sluttet før %1; praksisplassene deres (%2) er beholdt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would delete %n student(s) whose last placement ended before %1, with their %2 placement(s). Nothing was changed.</source>
        <translation>
            <numerusform>Ville slettet %n student der siste praksisplass sluttet før %1, med praksisplassene (%2). Ingenting ble endret.</numerusform>
            <numerusform>Ville slettet %n studenter der siste praksisplass sluttet før %1, med praksisplassene deres (%2). Ingenting ble endret.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n student(s) whose last placement ended before %1, with their %2 placement(s).</source>
        <translation>
            <numerusform>Slettet %n student der siste praksisplass sluttet før %1, med praksisplassene (%2).</numerusform>
            <numerusform>Slettet %n studenter der siste praksisplass sluttet før %1, med praksisplassene deres (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Welcome checklists</source>
        <translation>Sjekklister for velkomst</translation>
    </message>
    <message>
        <source>--%1 needs a date as dd.MM.yyyy or yyyy-MM-dd, not “%2”.</source>
        <translation>--%1 trenger en dato som dd.mm.åååå eller åååå-mm-dd, ikke «%2».</translation>
    </message>
    <message>
        <source>The school whose students are reported.</source>
        <translation>Utdanningsinstitusjonen som studentene det rapporteres om, kommer fra.</translation>
    </message>
    <message>
        <source>The supervisor report instead (needs --from and --to).</source>
        <translation>Rapporten for praksisveiledere i stedet (trenger --from og --to).</translation>
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
        <translation>Filen som skal skrives.</translation>
    </message>
    <message>
        <source>Give the file to write with -o FILE.</source>
        <translation>Oppgi filen som skal skrives, med -o FILE.</translation>
    </message>
    <message>
        <source>--format must be csv, xlsx or pdf, not “%1”.</source>
        <translation>--format må være csv, xlsx eller pdf, ikke «%1».</translation>
    </message>
    <message>
        <source>Give --format csv, xlsx or pdf.</source>
        <translation>Oppgi --format csv, xlsx eller pdf.</translation>
    </message>
    <message>
        <source>Give either --period NAME or --from DATE --to DATE, not both.</source>
        <translation>Oppgi enten --period NAME eller --from DATE --to DATE, ikke begge.</translation>
    </message>
    <message>
        <source>The supervisor report needs --from DATE and --to DATE (or --period NAME).</source>
        <translation>Rapporten for praksisveiledere trenger --from DATE og --to DATE (eller --period NAME).</translation>
    </message>
    <message>
        <source>Give either --period NAME or --from DATE --to DATE.</source>
        <translation>Oppgi enten --period NAME eller --from DATE --to DATE.</translation>
    </message>
    <message>
        <source>Give both --from DATE and --to DATE.</source>
        <translation>Oppgi både --from DATE og --to DATE.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n row(s)).</source>
        <translation>
            <numerusform>Skrev %1 (%n rad).</numerusform>
            <numerusform>Skrev %1 (%n rader).</numerusform>
        </translation>
    </message>
    <message>
        <source>The site (“name” or “name / unit”).</source>
        <translation>Praksisstedet («navn» eller «navn / avdeling»).</translation>
    </message>
    <message>
        <source>The .ics file.</source>
        <translation>.ics-filen.</translation>
    </message>
    <message>
        <source>Give either --site NAME or --supervisor NAME.</source>
        <translation>Oppgi enten --site NAME eller --supervisor NAME.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n event(s)).</source>
        <translation>
            <numerusform>Skrev %1 (%n hendelse).</numerusform>
            <numerusform>Skrev %1 (%n hendelser).</numerusform>
        </translation>
    </message>
    <message>
        <source>A site&apos;s or a supervisor&apos;s placements as an iCalendar file.</source>
        <translation>Praksisplassene til et praksissted eller en praksisveileder som iCalendar-fil.</translation>
    </message>
    <message>
        <source>Only the conflicts of this period.</source>
        <translation>Bare konfliktene i denne perioden.</translation>
    </message>
    <message>
        <source>%1: rule %2: %3</source>
        <translation>%1: regel %2: %3</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Ingen konflikter.</translation>
    </message>
    <message>
        <source>List every conflict of the plan or of one period.</source>
        <translation>List alle konflikter i planen eller i én periode.</translation>
    </message>
    <message>
        <source>The period to plan.</source>
        <translation>Perioden som skal planlegges.</translation>
    </message>
    <message>
        <source>Write the plan (one transaction).</source>
        <translation>Skriv planen (én transaksjon).</translation>
    </message>
    <message>
        <source>Say which period to plan with --period NAME.</source>
        <translation>Oppgi hvilken periode som skal planlegges, med --period NAME.</translation>
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
        <translation>Hvorfor</translation>
    </message>
    <message>
        <source>Unplaced (%1)</source>
        <translation>Uten praksisplass (%1)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Årsak</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) keep the placement they have in this period.</source>
        <translation>
            <numerusform>%n student beholder praksisplassen sin i denne perioden.</numerusform>
            <numerusform>%n studenter beholder praksisplassen sin i denne perioden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Total cost: %1</source>
        <translation>Samlet kostnad: %1</translation>
    </message>
    <message>
        <source>Written: %1 new, %2 moved, %3 removed, %4 unchanged placement(s).</source>
        <translation>Skrevet: praksisplasser %1 nye, %2 flyttet, %3 fjernet, %4 uendret.</translation>
    </message>
    <message>
        <source>Nothing was written; add --apply to write this plan.</source>
        <translation>Ingenting ble skrevet; legg til --apply for å skrive denne planen.</translation>
    </message>
    <message>
        <source>The optimal plan for a period: who goes where, who stays unplaced and why.</source>
        <translation>Den beste planen for en periode: hvem som skal hvor, hvem som blir uten plass, og hvorfor.</translation>
    </message>
    <message>
        <source>%1: %2 — %3, %4.</source>
        <translation>%1: %2 — %3, %4.</translation>
    </message>
    <message>
        <source>Would import: %1 new, %2 changed, %3 unchanged.</source>
        <translation>Ville blitt importert: %1 nye, %2 endret, %3 uendret.</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 changed, %3 unchanged.</source>
        <translation>Importert: %1 nye, %2 endret, %3 uendret.</translation>
    </message>
    <message>
        <source>Ignored columns: %1.</source>
        <translation>Ignorerte kolonner: %1.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Prøvekjøring: ingenting ble skrevet.</translation>
    </message>
    <message>
        <source>the school of the students</source>
        <translation>utdanningsinstitusjonen studentene hører til</translation>
    </message>
    <message>
        <source>the programme of students whose row names none</source>
        <translation>studieprogrammet for studenter som ikke har studieprogram i raden sin</translation>
    </message>
    <message>
        <source>only check the file; write nothing</source>
        <translation>bare kontroller filen; ikke skriv noe</translation>
    </message>
    <message>
        <source>import students needs the school: --school NAME.</source>
        <translation>import students trenger utdanningsinstitusjonen: --school NAME.</translation>
    </message>
    <message>
        <source>--school and --programme belong to import students only; the file of %1 names them itself.</source>
        <translation>--school og --programme hører bare til import students; filen med %1 oppgir dem selv.</translation>
    </message>
    <message>
        <source>Import a register from a CSV file: all or nothing; with --dry-run only check.</source>
        <translation>Importer et register fra en CSV-fil: alt eller ingenting; med --dry-run bare kontroll.</translation>
    </message>
    <message>
        <source>the placement&apos;s id</source>
        <translation>id-en til praksisplassen</translation>
    </message>
    <message>
        <source>every placement of the period</source>
        <translation>alle praksisplassene i perioden</translation>
    </message>
    <message>
        <source>only the placements at this site</source>
        <translation>bare praksisplassene ved dette praksisstedet</translation>
    </message>
    <message>
        <source>the PDF to write</source>
        <translation>PDF-filen som skal skrives</translation>
    </message>
    <message>
        <source>Give either --placement ID or --period NAME.</source>
        <translation>Oppgi enten --placement ID eller --period NAME.</translation>
    </message>
    <message>
        <source>--site goes with --period, not with --placement.</source>
        <translation>--site brukes sammen med --period, ikke med --placement.</translation>
    </message>
    <message>
        <source>Give the PDF file to write with -o FILE.pdf.</source>
        <translation>Oppgi PDF-filen som skal skrives, med -o FILE.pdf.</translation>
    </message>
    <message>
        <source>There is no placement with the id “%1”. “list placements” shows the ids.</source>
        <translation>Det finnes ingen praksisplass med id «%1». «list placements» viser id-ene.</translation>
    </message>
    <message>
        <source>The period “%1” has no placements at “%2”.</source>
        <translation>Perioden «%1» har ingen praksisplasser ved «%2».</translation>
    </message>
    <message>
        <source>The period “%1” has no placements.</source>
        <translation>Perioden «%1» har ingen praksisplasser.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n placement(s), %1 pages, to %2.</source>
        <translation>
            <numerusform>Skrev %n praksisplass, %1 sider, til %2.</numerusform>
            <numerusform>Skrev %n praksisplasser, %1 sider, til %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write welcome letters with checklists to a PDF: one placement, or every placement of a period (optionally at one site).</source>
        <translation>Skriv velkomstbrev med sjekklister til en PDF: én praksisplass, eller alle praksisplassene i en periode (eventuelt ved ett praksissted).</translation>
    </message>
    <message>
        <source>The supervisor (“Given Family”, or “Given Family / Site” or “Given Family / Site / Unit” where the name is shared).</source>
        <translation>Praksisveilederen («Fornavn Etternavn», eller «Fornavn Etternavn / Praksissted» eller «Fornavn Etternavn / Praksissted / Avdeling» når navnet er delt).</translation>
    </message>
    <message>
        <source>error</source>
        <comment>check&apos;s output: the severity of a conflict</comment>
        <translation>feil</translation>
    </message>
    <message>
        <source>warning</source>
        <comment>check&apos;s output: the severity of a conflict</comment>
        <translation>advarsel</translation>
    </message>
    <message>
        <source>The recruitment report needs --from DATE and --to DATE.</source>
        <translation>Rekrutteringsrapporten trenger --from DATE og --to DATE.</translation>
    </message>
    <message>
        <source>Give the file to write with -o FILE, or --json for the figures.</source>
        <translation>Oppgi filen som skal skrives, med -o FILE, eller --json for tallene.</translation>
    </message>
    <message>
        <source>--format needs the file to write (-o FILE).</source>
        <translation>--format trenger filen som skal skrives (-o FILE).</translation>
    </message>
    <message>
        <source>The recruitment report of the whole plan instead (needs --from and --to; -o FILE or --json).</source>
        <translation>Rekrutteringsrapporten for hele planen i stedet (trenger --from og --to; -o FILE eller --json).</translation>
    </message>
    <message>
        <source>--recruitment reports the whole plan over --from DATE --to DATE; it takes no --school, --supervisors or --period (a school&apos;s report never shows hires).</source>
        <translation>--recruitment rapporterer hele planen over --from DATE --to DATE; den tar ikke --school, --supervisors eller --period (en skoles rapport viser aldri nytilsatte).</translation>
    </message>
    <message>
        <source>Give --school NAME, --supervisors or --recruitment.</source>
        <translation>Oppgi --school NAME, --supervisors eller --recruitment.</translation>
    </message>
    <message>
        <source>The school report (one school&apos;s students), the supervisor report or the recruitment report, as CSV, XLSX or PDF.</source>
        <translation>Skolerapporten (én skoles studenter), veilederrapporten eller rekrutteringsrapporten, som CSV, XLSX eller PDF.</translation>
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
        <translation>Samtaler</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Holdt</translation>
    </message>
    <message numerus="yes">
        <source>Would anonymise %n new hire(s) whose employment ended before %1. Nothing was changed.</source>
        <translation>
            <numerusform>Ville anonymisert %n nytilsatt som sluttet før %1. Ingenting ble endret.</numerusform>
            <numerusform>Ville anonymisert %n nytilsatte som sluttet før %1. Ingenting ble endret.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anonymised %n new hire(s) whose employment ended before %1.</source>
        <translation>
            <numerusform>Anonymiserte %n nytilsatt som sluttet før %1.</numerusform>
            <numerusform>Anonymiserte %n nytilsatte som sluttet før %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would delete %n new hire(s) whose employment ended before %1, with their mentorships. Nothing was changed.</source>
        <translation>
            <numerusform>Ville slettet %n nytilsatt som sluttet før %1, med mentorordningene. Ingenting ble endret.</numerusform>
            <numerusform>Ville slettet %n nytilsatte som sluttet før %1, med mentorordningene. Ingenting ble endret.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n new hire(s) whose employment ended before %1, with their mentorships.</source>
        <translation>
            <numerusform>Slettet %n nytilsatt som sluttet før %1, med mentorordningene.</numerusform>
            <numerusform>Slettet %n nytilsatte som sluttet før %1, med mentorordningene.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete or anonymise students whose last placement ended more than YEARS years ago, and new hires whose employment ended so long ago (privacy); --dry-run only counts.</source>
        <translation>Slett eller anonymiser studenter med siste praksisperiode som sluttet for mer enn YEARS år siden, og nytilsatte som sluttet så lenge siden (personvern); --dry-run teller bare.</translation>
    </message>
    <message>
        <source>“%1” is not a register that can be imported: use students, sites, supervisors, periods, preferences, hires or mentors.</source>
        <translation>«%1» er ikke et register som kan importeres: bruk students, sites, supervisors, periods, preferences, hires eller mentors.</translation>
    </message>
    <message>
        <source>New hires</source>
        <translation>Nytilsatte</translation>
    </message>
    <message>
        <source>Mentorships</source>
        <translation>Mentorordninger</translation>
    </message>
    <message>
        <source>Mentor conversations</source>
        <translation>Mentorsamtaler</translation>
    </message>
    <message>
        <source>Link suggestions (nothing was linked; confirm each in the hire’s window of the desktop program):</source>
        <translation>Forslag til kobling (ingenting ble koblet; bekreft hvert forslag i vinduet til den nytilsatte i skrivebordsprogrammet):</translation>
    </message>
    <message>
        <source>  Line %1: %2 may be the student %3 (%4, %5): %6.</source>
        <translation>  Linje %1: %2 kan være studenten %3 (%4, %5): %6.</translation>
    </message>
</context>
<context>
    <name>praksis::cli::Context</name>
    <message>
        <source>Too few arguments for “%1”.</source>
        <translation>For få argumenter til «%1».</translation>
    </message>
    <message>
        <source>Unexpected argument “%1” for “%2”.</source>
        <translation>Uventet argument «%1» til «%2».</translation>
    </message>
    <message>
        <source>Usage: praksisplan-cli %1</source>
        <translation>Bruk: praksisplan-cli %1</translation>
    </message>
    <message>
        <source>See praksisplan-cli --help.</source>
        <translation>Se praksisplan-cli --help.</translation>
    </message>
    <message>
        <source>replace FILE if it exists</source>
        <translation>erstatt FILE hvis den finnes</translation>
    </message>
    <message>
        <source>“%1” is a folder. Nothing was written.</source>
        <translation>«%1» er en mappe. Ingenting ble skrevet.</translation>
    </message>
    <message>
        <source>The file “%1” already exists; choose another name or add --force to replace it. Nothing was written.</source>
        <translation>Filen «%1» finnes allerede; velg et annet navn eller legg til --force for å erstatte den. Ingenting ble skrevet.</translation>
    </message>
</context>
</TS>
