<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>main</name>
    <message>
        <source>Plans practice placements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start on this page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::AbsenceRepository</name>
    <message>
        <source>There is no absence record with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The absence has no date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The absence date %1 is outside the placement (%2 to %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hours of absence must be more than 0 and at most 24; %1 is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::AbsenceTableModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::ApplyPlanCommand</name>
    <message>
        <source>automatic plan for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::BackupRotation</name>
    <message>
        <source>The backup folder “%1” could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::Calendar</name>
    <message>
        <source>week %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Year&apos;s Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maundy Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easter Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constitution Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ascension Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whit Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whit Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boxing Day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::ChangeLog</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supervisor&apos;s absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assessment meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>welcome template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>welcome checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new hire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mentor conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conversation guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::ChangeLogDialog</name>
    <message>
        <source>Change log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>change-log.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the change log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no. %1 (no longer in the plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::ChecklistDialog</name>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: due %1 and not done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 of %3 done, %4 overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick off “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome letter %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::Checklists</name>
    <message>
        <source>The time the item was done is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checklist item %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no placement with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::ConflictChecker</name>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period with id %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 placements at the same time (%3): %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 students at a time (%3) but room for %4: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (supervisor at %2) has %3 students at a time (%4) but may have at most %5: %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 supervises %2 at %3, but is absent %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s placement at %2 (%3) lies outside the period %4 (%5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is placed at %2, a site of the kind “%3”, which is not eligible in the period %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s first day at %2, %3 %4, is not a working day (%5); the next working day is %6 %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a weekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A student has one placement at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A site holds no more students than its capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supervisor has no more students than her maximum, and none while absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A placement lies inside its period, at an eligible site, from a working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absence stays within the limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment meetings are held by their due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::ConflictsPage</name>
    <message>
        <source>&amp;Show the conflicts of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chosen period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts, grouped by rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open to fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the record the conflict is fixed in (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Placement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tudent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ite…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supe&amp;rvisor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has no period yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1: %2 (%3)</source>
        <extracomment>%1 the rule&apos;s number, %2 what it asks, %3 how many findings</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts in the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) in this period</source>
        <translation>
            <numerusform>%n conflict in this period</numerusform>
            <numerusform>%n conflicts in this period</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) in the plan</source>
        <translation>
            <numerusform>%n conflict in the plan</numerusform>
            <numerusform>%n conflicts in the plan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n of them only a warning</source>
        <extracomment>after &quot;4 conflicts in this period&quot;: how many of them are only warnings</extracomment>
        <translation>
            <numerusform>, %n of them only a warning</numerusform>
            <numerusform>, %n of them only warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflicts found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen conflict</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::ConversationGuide</name>
    <message>
        <source>The guide topic %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guide question %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shipped conversation guide could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shipped conversation guide is damaged: a question in “%1” has no Bokmål text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shipped conversation guide is damaged: a topic has no Bokmål title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shipped conversation guide is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::CsvReader</name>
    <message>
        <source>The quoted field that starts on line %1 is never closed: a closing quotation mark (&quot;) is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is text after the closing quotation mark of field %1. A quotation mark inside a quoted field must be doubled (&quot;&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolon (;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma (,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-16 little-endian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-16 big-endian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an Excel workbook or another zip file, not a CSV file. In Excel, choose File › Save As and the type “CSV UTF-8”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds binary data and is not a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field %1 is longer than %2 characters; no field of a register is that long. Is a quotation mark (&quot;) missing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line is longer than %1 characters; no record of a register is that long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a regular file (a device, a pipe or a folder); import a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is %1 MB; a CSV file to import may be at most %2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::CsvWriter</name>
    <message>
        <source>Could not write the CSV file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::DemoGenerator</name>
    <message>
        <source>The number of demo students must be between 10 and 200,000; %1 was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan “%1” already holds data. Demo data is only put into an empty plan; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo name lists are missing from the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the demo plan was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data for “%1” could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::Dependents</name>
    <message>
        <source>1 placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 placements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 supervisors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 absence period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 absence periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 preference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 exclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exclusions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 period capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 period capacities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its own welcome template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 assessment meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 assessment meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 absence record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 absence records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be deleted: it is still used by %2. Delete or move those first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2. Deleting it deletes those too; confirm to go ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 ticked checklist item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ticked checklist items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 new hire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new hires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 mentorship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mentorships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 mentorship as mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mentorships as mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 mentor conversation held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mentor conversations held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 link to a new hire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 links to new hires</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::DetailWindow</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::Error</name>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::FilePermissions</name>
    <message>
        <source>The permissions of “%1” could not be set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file can only be written once, from its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is a folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::FollowUp</name>
    <message>
        <source>There is no placement with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 % absence at %3 (%4 of %5 planned hours, %6): above %7 %, the period is at risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 % absence at %3 (%4 of %5 planned hours, %6): above %7 %, the absence must be made up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2 at %3 was due %4 and has not been held.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::FollowUpCommands</name>
    <message>
        <source>Add absence on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit absence on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove absence on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan proposed meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every proposed meeting of this placement is planned already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::GuideModel</name>
    <message>
        <source>Topic or question</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::GuidePage</name>
    <message>
        <source>Conversation guide for mentors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the shipped guide…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the guide by the one Praksisplan comes with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mentor folder of each new hire prints the guide as it stands here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics and questions of the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a topic or a question to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic (Bokmål):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic (Nynorsk):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic (English):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question (Bokmål):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question (Nynorsk):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question (English):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename topic “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit question “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove the topic “%1” and its %n question(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove topic “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove question “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the shipped guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the conversation guide by the one Praksisplan comes with? You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the shipped conversation guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::HireDetailDialog</name>
    <message>
        <source>New hire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probation ends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student records that may be hers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm: she is this student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links the new hire to the chosen student record. Only when you know it is her.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the &amp;link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor and conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign a mentor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange the mentorship…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;held…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor &amp;folder (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule and the conversation guide to print, in the plan&apos;s document language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New hire %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, employed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, student number %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Her student record: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Her student record: %1; she %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not linked. These student records have her name or e-mail; confirm the one that is her:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, student number %3), %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not linked: no student record has her name or e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new hire</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Mentor: %1 (%2), %3 – %4 (%n months)</source>
        <translation>
            <numerusform>Mentor: %1 (%2), %3 – %4 (%n month)</numerusform>
            <numerusform>Mentor: %1 (%2), %3 – %4 (%n months)</numerusform>
        </translation>
    </message>
    <message>
        <source>Held %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned for %1 and not held yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 conversations held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n overdue.</source>
        <translation>
            <numerusform>%n overdue.</numerusform>
            <numerusform>%n overdue.</numerusform>
        </translation>
    </message>
    <message>
        <source>No mentor yet. A mentor for the first year helps her stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Another mentor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was not made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link %1 to her student record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the student link of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (supervisor, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (new hire, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentorship of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mentor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the mentor: a supervisor or another new hire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;onths:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12 months, up to 24 for a second year as needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mentors %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the mentorship of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 as the mentor of %2? These go with it: %3. You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 as the mentor of %2? You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 as the mentor of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation %1 held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A conversation cannot have been held after today (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: not held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation %1 of %2 held on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation %1 of %2 not held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move conversation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Planned for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a working day; the next one is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move conversation %1 of %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the mentor folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mentor folder was not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::HireForm</name>
    <message>
        <source>New hire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New hire %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the site she was hired at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profession:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;osition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Probation ends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probation ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The probation cannot end before she starts (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start + 6 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Six months from the start unless you give another date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>She cannot leave before she starts (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty while she is employed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End &amp;reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reason only goes with an end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A category only. Never write why in words, never health.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add new hire %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit new hire %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was not made</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::HireLink</name>
    <message>
        <source>spring %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>autumn %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was a student at %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hired as %1 at %2 from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same e-mail and name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::HireRepository</name>
    <message>
        <source>There is no new hire with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no site: site %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The probation end of %1 is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probation end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date of %1 is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a reason for leaving but no end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a new hire with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new hire %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::HiresPage</name>
    <message>
        <source>&amp;Site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All new hires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In probation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probation ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Former student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 new hires shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New hire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new hire %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete new hire %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation guide…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the topics and questions mentors talk about with new hires.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::ICalendarWriter</name>
    <message>
        <source>The calendar “%1” could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::ImportCommand</name>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::ImportErrorModel</name>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::ImportPreviewModel</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes or problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::ImportWizard</name>
    <message>
        <source>Import from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file saved from Excel or another program: comma, semicolon or tab separated. The first row names the columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect from the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a .csv file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the school (a new name creates it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;School:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for rows without a programme (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Read as %1, %2: %n data row(s).</source>
        <translation>
            <numerusform>Read as %1, %2: %n data row.</numerusform>
            <numerusform>Read as %1, %2: %n data rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>The columns are those of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The columns do not match any register: choose the register above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each column of the file and the field it fills. Columns are matched by their Norwegian or English name; choose another field, or “not imported”, where the match is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field for column %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check what will change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row of the file, compared with the plan. Nothing is written until you press Import, and Edit ▸ Undo takes the whole import back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read the file again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After correcting the file in another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 new, %3 changed, %4 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns not imported: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to import: the plan already has these %1 as in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have errors.</source>
        <translation>
            <numerusform>%n row has errors.</numerusform>
            <numerusform>%n rows have errors.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file has %n error(s).</source>
        <translation>
            <numerusform>The file has %n error.</numerusform>
            <numerusform>The file has %n errors.</numerusform>
        </translation>
    </message>
    <message>
        <source>An import is all or nothing: correct the file, then press “Read the file again”. Nothing has been imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 added, %3 changed, %4 already up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit ▸ Undo takes the whole import of %1 back in one step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has been updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Warning: %n student(s) will have no programme, and the planner only plans the students of a period&apos;s programmes. Give the programme for rows without one on the first page, or add a column “Studieprogram” to the file.</source>
        <translation>
            <numerusform>Warning: %n student will have no programme, and the planner only plans the students of a period&apos;s programmes. Give the programme for rows without one on the first page, or add a column “Studieprogram” to the file.</numerusform>
            <numerusform>Warning: %n students will have no programme, and the planner only plans the students of a period&apos;s programmes. Give the programme for rows without one on the first page, or add a column “Studieprogram” to the file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>praksis::Importer</name>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 row has errors. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows have errors. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has errors. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students are imported for one school: name the school (on the command line: --school NAME).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The student number “%1” is on %2 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site “%1” is on %2 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be ja or nei (yes or no), or the year the training was taken; “%2” is neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at “%2” is on %3 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a site kind. Write site kinds separated by |, each one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period “%1” with “%2” of “%3” is on %4 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period “%1” has another “%2” on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no school “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no student with the number “%2”. Import the students first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no period “%1”. Import the periods first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site “%1” is chosen twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site “%1” is both chosen and excluded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The student “%1” has choices for “%2” on %3 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school “%1” was created as “%2” (%3), inferred from its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school “%1” is new and will be created as “%2” (%3), inferred from its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme “%1” was created as “%2” (%3), inferred from its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme “%1” is new and will be created as “%2” (%3), inferred from its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are %1 sites named “%2” (%3): write “name / unit” to say which.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no site “%1”. Check the spelling, or import the sites first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register has no field “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns %1 (%2) and %3 (%4) both hold “%5”. Remove one of them or map it to no field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column “%1” (“%2”) is missing. The columns found are: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line has %1 fields but the header row has %2. Is there a “%3” inside a value that is not in quotation marks?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is empty. Write one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a known %2. Write one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has a header row but no data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line separates its values with “%1”, but the file uses “%2”. Use one delimiter in the whole file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New hires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” needs an end date: she has left only when “%2” says when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” links her to a student record only with “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no student with the number “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 starting at “%2” on %3 is on line %4 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no new hire “%1”. Import the hires first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” names more than one new hire: %2. Give her e-mail, or the start of the mentorship while she has only one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no supervisor or other new hire “%1” to be the mentor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” names more than one possible mentor: %2. Give the mentor&apos;s e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mentorship of %1 from %2 is on line %3 already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::Kinds</name>
    <message>
        <source>Upper secondary school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vocational college</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>University college</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>University</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nursing (bachelor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health worker (Vg2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health worker apprentice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nursing home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mental health and substance use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Habilitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intermediate care unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out-of-hours clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child health clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expectations meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Midway assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half-year assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School contact teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sick child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welfare leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave of absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permanent post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summer temp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another post in the municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::LinkSuggestionsWidget</name>
    <message>
        <source>Student records the new hires may have been</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New hire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was a student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link the checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links each checked new hire to the student record in her row, in one step that Edit ▸ Undo takes back. Only when you know it is her.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no placement here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new hire of this import is left to link to a student record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new hire(s) may have been students here: the plan has student records with the same name or e-mail. Check the record that is hers where you know it, then press “Link the checked”. Nothing is linked without you; what you leave is suggested again in each hire’s window.</source>
        <translation>
            <numerusform>%n new hire may have been a student here: the plan has student records with the same name or e-mail. Check the record that is hers where you know it, then press “Link the checked”. Nothing is linked without you; what you leave is suggested again in the hire’s window.</numerusform>
            <numerusform>%n new hires may have been students here: the plan has student records with the same name or e-mail. Check the record that is hers where you know it, then press “Link the checked”. Nothing is linked without you; what you leave is suggested again in each hire’s window.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Link %n new hire(s) to their student record</source>
        <translation>
            <numerusform>Link %n new hire to her student record</numerusform>
            <numerusform>Link %n new hires to their student records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new hire(s) linked to their student record. Edit ▸ Undo takes the links back.</source>
        <translation>
            <numerusform>%n new hire linked to her student record. Edit ▸ Undo takes the link back.</numerusform>
            <numerusform>%n new hires linked to their student records. Edit ▸ Undo takes the links back.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was linked: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::MainWindow</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans (*.%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan is open. Use File ▸ New plan… or File ▸ Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;demo plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search this page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Praksisplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Praksisplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Praksisplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no periods yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 placements in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists. Choose another name, or open it with File ▸ Open….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (copy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another file than the open plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Praksisplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Praksisplan %1&lt;/h3&gt;&lt;p&gt;Plans practice placements in municipal health and care services: schools, students, sites, supervisors, periods and welcome checklists.&lt;/p&gt;&lt;p&gt;Icons: Lucide (ISC licence).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart Praksisplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new interface language is used when Praksisplan starts again. Everything is saved. Restart now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Welcome letters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many students should the demo plan have?
(sites, supervisors and placements follow from it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the demo plan as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists. Choose another name for the demo plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating the demo plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo plan could not be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a &amp;CSV file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &amp;old student records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan was brought up to date for this version of Praksisplan. A copy of it as it was is kept in “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan &amp;automatically…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan the students of the chosen period not yet placed, and show the plan before anything changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no period to plan yet. Add one on the Periods page, then choose it in the toolbar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation></translation>
    </message>
    <message>
        <source>Search this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) in this period</source>
        <translation>
            <numerusform>%n conflict in this period</numerusform>
            <numerusform>%n conflicts in this period</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New hires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole file is checked before the plan opens, so that a damaged file is never read. On a big plan this takes a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the check; the plan is not opened (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::MeetingRepository</name>
    <message>
        <source>There is no assessment meeting with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the meeting was held is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planned date of the meeting is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::MeetingTableModel</name>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed, not planned (date passed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed, not planned yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed from the placement&apos;s dates. Edit its date, hold it, or plan all proposed meetings to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No planned date: due by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::MentorFolder</name>
    <message>
        <source>The new hire %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor folder – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversations follow the Trondheim model: every week in the first month, every other week in months 2 and 3, and once a month until month 12 (in a second year as needed). Tick each one off when it has been held; what you talk about stays between the two of you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversations are planned yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions to start from. Take what matters now: one topic may fill a conversation, and not every question needs an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has no conversation guide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New hire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probation ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentorship</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2 (%n months)</source>
        <translation>
            <numerusform>%1 – %2 (%n month)</numerusform>
            <numerusform>%1 – %2 (%n months)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not assigned yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents can only be made by a program with a QGuiApplication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::MentorFollowUp</name>
    <message>
        <source>Mentor conversation %1 of %2 (mentor %3) at %4 was planned for %5 and has not been held.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::MentorRepository</name>
    <message>
        <source>There is no mentorship with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mentor of mentorship %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New hire %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New hire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mentor of %1 must be either a supervisor or another new hire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be her own mentor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mentorship of %1 has no start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mentorship of %1 starts on %2, before she starts on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mentorship of %1 starts on %2, after she left on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mentorship lasts 1 to %1 months, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end of the mentorship of %1 is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a mentor (%2) from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a mentorship with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mentorship cannot move to another new hire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mentorship of %1 (mentor %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no mentor conversation with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor conversation %1 has no planned date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date mentor conversation %1 was held is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor conversation %1 cannot be planned on %2, before the mentorship starts on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor conversation %1 cannot have been held on %2, before the mentorship started on %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::MentorSchedule</name>
    <message>
        <source>Weekly (month 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every other week (months 2–3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::Outcome</name>
    <message>
        <source>The recruitment figures need a start and an end date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::OutlineEditing</name>
    <message>
        <source>Empty: the Bokmål text is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::OverviewPage</name>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today %1 (%2) · period %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students placed per week, by site kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a period to see its occupancy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No placements in this period yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placements by status in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placements by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No placements yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To be made up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absence alerts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings due this week or overdue (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist items due this week (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist items due for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: most in %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f&amp;or:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1, %2 overdue) %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1) %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New hire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor conversation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor conversations overdue (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more groups with %2 entries: show the next %3…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::PeriodRepository</name>
    <message>
        <source>There is no period with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period “%1” has no start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period “%1” has no end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a period named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme %1 is listed more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has more than one capacity in “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a period with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no site with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::PeriodsPage</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 periods shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the period %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete period %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hours per week:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Programmes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible site &amp;kinds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one eligible site kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add period %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit period %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity per site in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity per site
(empty: the site&apos;s own):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period without a programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No programme takes part in the period %1, so it has no students and the planner has nobody to plan. Save it anyway?</source>
        <translation></translation>
    </message>
    <message>
        <source>Placements in the period, not counting cancelled ones (as the status bar counts them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites with own capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many sites take a different number of students in this period than their usual capacity (set in the period&apos;s form, under “Capacity per site”); every other site takes its usual capacity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::PlaceDialog</name>
    <message>
        <source>Place %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;pervisor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>site name (capacity)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excluded (conflict of interest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not eligible in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>She must not be placed at this site (conflict of interest); it will show as a conflict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 of %3 students)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>away during the period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::PlacementCalendar</name>
    <message>
        <source>Placement: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placements – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervisor does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placements – %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::PlacementDetailDialog</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome &amp;checklist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick items off, print the welcome letter with the checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned &amp;date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;held…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan proposed meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the meetings proposed from the placement&apos;s dates as planned meetings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add absence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason as a category only, never health details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placement of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (student number %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 (%3 to %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hours: %2 working days at %3 hours a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 planned hours absent: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(above %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To be made up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within the limits: above %1 it is to be made up, above %2 the period is at risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No checklist yet: it is made from the welcome template when you open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 items done, %3 overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 items done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was not made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Hours” must be a number, such as 7.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A category only. Never write health details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned date of the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Planned date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: due by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meeting cannot have been held after today (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: not held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who took part:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the student, the supervisor, the school&apos;s contact teacher…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::PlacementLookup</name>
    <message>
        <source>There is no placement with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::PlacementRepository</name>
    <message>
        <source>There is no placement with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The placement has no student: student %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The placement of %1 has no site: site %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The placement of %1 has no period: period %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 works at %2, not at %3, so she cannot supervise this placement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a placement with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The placement has no start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The placement has no end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The placement of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::PlacementsPage</name>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;hool:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All supervisors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a site first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 placements shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the placement of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete placement of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tudent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Super&amp;visor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;art:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the period&apos;s start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the period&apos;s end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;tails…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings, absence, conflicts and checklist of the placement (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supe&amp;rvisor:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::PlanAddress</name>
    <message>
        <source>The server address “%1” holds a password. Praksisplan never takes a password from an address: give it in PGPASSWORD, ~/.pgpass or PGPASSFILE, or type it when the program asks for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address “%1” names more than one server; give one host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host in the server address “%1” is not written as [IPv6 address] or [IPv6 address]:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port “%1” in the server address “%2” is not a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address “%1” has an unknown option “%2”. Praksisplan knows: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option “%1” is given twice in the server address “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option “%1” in the server address “%2” has no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address “%1” names its host twice: before the database and in “host=”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address “%1” names its port twice: after the host and in “port=”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sslmode “%1” in the server address “%2” is not one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connect_timeout “%1” in the server address “%2” is not a number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address “%1” names no database. Add it after the host, as in postgresql://anne@db.kommune.no/praksis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a plan on a PostgreSQL server. Shared plans on a server are not available in this version of Praksisplan yet; nothing was created or changed. Use a plan file for now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::PlanFile</name>
    <message>
        <source>“%1” is a folder, not a plan file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan file “%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “%1” could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a Praksisplan plan file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan file “%1” could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be read as a plan file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is an SQLite database, but not a Praksisplan plan file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan “%1” was written by a newer version of Praksisplan (plan version %2; this program reads up to version %3). Update Praksisplan to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan “%1” is damaged (%2). Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan could not be brought up to version %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan “%1” is damaged: a record in “%2” refers to one that does not exist. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup cannot replace the plan it is taken from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup “%1” could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup “%1” could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan is busy: another program is writing to it. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan file is damaged or not a plan file. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change breaks a rule of the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan file could not be written (%1). Check the disk and the file&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is empty; it is not a plan file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan “%1” is damaged. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the plan “%1” was cancelled; it was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan “%1” must be converted to this version of Praksisplan, but it cannot be written here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan “%1” has no valid plan version (%2). It was changed by another program; restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a regular file (a device, a pipe or a socket); a plan is a file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::PlanPreviewDialog</name>
    <message>
        <source>Automatic plan for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 placed (%2 at their first choice, %3 at their second, %4 at their third, %5 elsewhere), %6 left unplaced. Total cost %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with the plan as it is: %1 new, %2 moved, %3 unchanged, %4 taken away. %5 students keep the placement they have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unplaced (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a row to read why in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::PlanRestore</name>
    <message>
        <source>The copy “%1” cannot be used: %2 The plan was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is damaged (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current plan could not be kept as “%1”; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No temporary folder could be created for the check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is the plan itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a folder, not a plan file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan “%1” is open in another program. Close it there, then restore; the plan was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “%1” could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan “%1” could not be replaced; it was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy “%1” could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy could not be written to “%1”: %2. Check that the disk has room; the plan was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan “%1” could not be replaced; it was not changed. Check that the disk has room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: there is no room in “%1” for the restored plan. Make room on the disk and restore again; the plan was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a regular file (a device, a pipe or a socket); a plan is a file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::PlanSession</name>
    <message>
        <source>No plan is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program changed the plan. The pages show the plan as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s backup of the plan could not be taken: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::PlanSettingsCommand</name>
    <message>
        <source>Change settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::Planner</name>
    <message>
        <source>first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>third</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planner found no plan for the period %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>her %1 choice %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>her choices %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on her exclusion list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 are on her exclusion list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not of a kind eligible in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 are not of a kind eligible in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 were full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 had no supervisor free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no supervisors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 have no supervisors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>she has been at %1 before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would cost more overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>she named no choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not among her choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>she has been at this site before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already placed in this period: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already placed at the same dates: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn: her placement in this period was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>no eligible site: the period has no site of an eligible kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all eligible sites are on her exclusion list</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>no eligible site with room: all %n site(s) she may go to are full</source>
        <translation>
            <numerusform>no eligible site with room: the %n site she may go to is full</numerusform>
            <numerusform>no eligible site with room: all %n sites she may go to are full</numerusform>
        </translation>
    </message>
    <message>
        <source>no supervisor capacity: the eligible sites with room (%1) have no supervisor free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leaving her unplaced costs less than placing her at %1 (see the planner costs)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::PlannerApplier</name>
    <message>
        <source>Applying the plan was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has changed since the planner ran for the period %1; nothing was written. Run the planner again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan places a student who is not to be planned.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::PlannerBoard</name>
    <message>
        <source>There is no period with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::PlannerGrid</name>
    <message>
        <source>Planner timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1)</source>
        <comment>a site&apos;s capacity after its name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site (capacity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No site has a kind that is eligible in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a period in the toolbar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No supervisor yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked: the automatic planner keeps it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by the automatic planner; it may change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Room for %n student(s) at a time in this period</source>
        <translation>
            <numerusform>Room for %n student at a time in this period</numerusform>
            <numerusform>Room for %n students at a time in this period</numerusform>
        </translation>
    </message>
    <message>
        <source>Its kind is not eligible in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>a range of weeks: &apos;week 43&apos; and the number of the last week</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made by the automatic planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capacity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its kind is not eligible in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over capacity in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n placement(s)</source>
        <translation>
            <numerusform>%n placement</numerusform>
            <numerusform>%n placements</numerusform>
        </translation>
    </message>
    <message>
        <source>Up and Down choose a site, Left and Right a placement in it; Enter opens the placement, Delete removes it, Alt with an arrow moves it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::PlannerLoader</name>
    <message>
        <source>There is no period named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period with id %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::PlannerPage</name>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan &amp;automatically…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the plan of least cost for the students not yet placed, and show it before anything changes. Placements made by hand are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a student…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a student not yet placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students not yet placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a site and supervisor for the student chosen in the list (Enter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3–%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No period chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not yet placed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n placement(s)</source>
        <translation>
            <numerusform>%n placement</numerusform>
            <numerusform>%n placements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not yet placed</source>
        <translation>
            <numerusform>%n not yet placed</numerusform>
            <numerusform>%n not yet placed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message>
        <source>Place %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %1 by %n week(s)</source>
        <translation>
            <numerusform>Move %1 by %n week</numerusform>
            <numerusform>Move %1 by %n weeks</numerusform>
        </translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the supervisor of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the placement of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the placement of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the placement of %1? Its %2 go with it (Undo brings them back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the placement of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;upervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 of %3 students)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>away during the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the automatic planner change this placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this placement when the automatic planner runs again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move to site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Welcome checklist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan was not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Start here.&lt;/b&gt; A plan needs, in this order: the schools and their programmes, the placement sites, their supervisors, a period, and the students. Each step opens the page to add them (or the import of a CSV file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;1. Add a school and its programmes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;2. Add placement sites…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;3. Add supervisors…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;4. Add a period…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;5. Import students…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No periods yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::Purge</name>
    <message>
        <source>The number of years must be 1 or more (it was %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (new hire, %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::PurgeDialog</name>
    <message>
        <source>Remove old student records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data is kept no longer than needed. Choose how long after their last placement students are kept; older records are anonymised (names, contact details, student number and notes removed; placements kept for statistics) or deleted with everything of theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last placement ended more than:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Anonymise (keep placements for statistics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete the students and their placements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be undone: an undo would have to keep the data it removes. Take a copy first (File ▸ Save a copy…) if you may need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n student</numerusform>
            <numerusform>%n students</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n placement(s)</source>
        <translation>
            <numerusform>%n placement</numerusform>
            <numerusform>%n placements</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 whose last placement ended before %2 will be deleted, with %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 whose last placement ended before %2 will be anonymised; %3 are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No student&apos;s last placement and no new hire&apos;s employment ended before %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new hire(s) whose employment ended before %1 will be deleted, with their mentorships.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new hire(s) whose employment ended before %1 will be anonymised.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n record(s) and everything of theirs? This cannot be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n record(s)? This cannot be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>praksis::RecruitmentPanel</name>
    <message>
        <source>Recruitment and retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last two years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last five years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>o&amp;ver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recruitment over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — former students: %2, of them back as summer temps: %3, in posts: %4; new hires: %5, with a mentor: %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stayed 12 months: %1 of %2 with a mentor (%3 %), %4 of %5 without (%6 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new hire in the range has been employed for 12 months yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placement → summer job → post: no former students or new hires in the range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placement → summer job → post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Former students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hired as summer temps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hired in posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 former students, %3 summer temps, %4 in posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stayed 12 months, with and without a mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a mentor: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stayed 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a mentor %1 %, without %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stayed 12 months: no new hire has been employed for a year yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::RecruitmentReport</name>
    <message>
        <source>Recruitment report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recruitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Former students: students whose placement at the site (not cancelled) ended in the range. Hired: of them, those with a hire that started after their last such placement there, as a summer temp or in a post anywhere, or in any position at this site. New hires: hires at the site that started in the range. Stayed 12 months: of those whose 12 months ended by the range&apos;s last day, still employed then. Left in probation: an end date on or before the probation end. The whole plan counts each person once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Former students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hired as summer temps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hired in posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hired here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New hires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12 months passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stayed 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left in probation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::RegisterPage</name>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was not made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be deleted while these depend on it: %2. Remove or move them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1? These go with it: %2. You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::ReportExport</name>
    <message>
        <source>The file “%1” could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::ReportPdf</name>
    <message>
        <source>The file “%1” could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF “%1” could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Praksisplan · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF “%1” could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::ReportTableModel</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::Reports</name>
    <message>
        <source>More than one %1 starts with “%2”; give the whole name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no %1 named “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school of the report does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period of the report does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · period %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report needs a period or both a start and an end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absence %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Total: %n placement(s)</source>
        <translation>
            <numerusform>Total: %n placement</numerusform>
            <numerusform>Total: %n placements</numerusform>
        </translation>
    </message>
    <message>
        <source>The supervisor report needs a start and an end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · students of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Total: %n supervisor(s)</source>
        <translation>
            <numerusform>Total: %n supervisor</numerusform>
            <numerusform>Total: %n supervisors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n placement(s)</source>
        <translation>
            <numerusform>%n placement</numerusform>
            <numerusform>%n placements</numerusform>
        </translation>
    </message>
    <message>
        <source>More than one %1 is named “%2”; give it as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its whole name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“name / unit”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name a supervisor as “name”, “name / site” or “name / site / unit”, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“name / site”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“name / site / unit”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks: each ISO week of a placement is counted once, in the range that holds the placement&apos;s first day of that week, so reports of adjoining ranges add up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::ReportsPage</name>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar of a site (.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar of a supervisor (.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;School:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;te:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Super&amp;visor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export calendar (.&amp;ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in the report</source>
        <translation>
            <numerusform>%n row in the report</numerusform>
            <numerusform>%n rows in the report</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan has no schools yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has no periods yet; choose dates instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has no sites yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has no supervisors yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message>
        <source>Placement report %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor report %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placements %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no report to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report cannot be exported as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recruitment report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recruitment report %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::SchemaCheck</name>
    <message>
        <source>table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database could be created in memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>it holds %1, which Praksisplan does not create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 differs from what Praksisplan creates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan “%1” was changed by another program (%2). It could run that program&apos;s commands inside Praksisplan, so it is not opened. Restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan could not be opened in SQLite&apos;s defensive mode.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::SchoolRepository</name>
    <message>
        <source>There is no school with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a school named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a school with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no programme with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme has no school: school %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a programme named “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a programme with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme “%1” cannot move to another school: it is taken by %2 of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::SchoolsPage</name>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;programme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove p&amp;rogramme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 schools shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the school %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete school %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add school %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit school %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the school first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add programme %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen school has no programmes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the programme %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove programme %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a school in the table first: the programme belongs to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a school in the table first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation (on printed documents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Bergen kommune, Helse og omsorg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;logo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Document language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planner costs (lower is better)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First choice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second choice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third choice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A site not chosen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A site visited before:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A student left unplaced:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absence limits (share of the planned hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To be &amp;made up above:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period &amp;at risk above:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new interface language is used from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a PNG, JPEG or SVG image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Period at risk” must be above “to be made up”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time to arrive on the first day, for the sites that have none of their own (each site&apos;s form can give its own, with a meeting place and a note).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default a&amp;rrival time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the time to arrive, e.g. 10:00.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::SiteRepository</name>
    <message>
        <source>There is no site with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several sites are named “%1”; name the unit too: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no site named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a site “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a site with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::SiteWelcomes</name>
    <message>
        <source>“%1” is not a time of day: write it as 10:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The placement site %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::SitesPage</name>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 sites shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the site %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete site %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality n&amp;umber:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Capacity (students at a time):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontact person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add site %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit site %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;rrival time, first day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the plan&apos;s default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting p&amp;lace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note in the &amp;welcome letter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parking, what to bring, who to ask for …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::SqlTableModel</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::StudentRepository</name>
    <message>
        <source>There is no student with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The student number of %1 looks like a national identity number, which Praksisplan never stores. Use the number the school gives its students.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no school: school %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme “%1” belongs to %2, not to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student number %1 is already used by %2 at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a student with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The student %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A student can rank at most %1 sites for a period; %2 were given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is ranked more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not be placed at %2 (excluded), so it cannot be one of her choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student %1 has no exclusion for site %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::StudentsPage</name>
    <message>
        <source>&amp;School:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 students shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the student %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete student %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a school (add schools on the Schools page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student &amp;number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cohort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police certificate &amp;seen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police certificate seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onfidentiality signed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidentiality signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add student %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit student %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New hire:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::SupervisorRepository</name>
    <message>
        <source>There is no supervisor with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no site: site %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training year %1 of %2 is not a plausible year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot move to another site: %2 at her present site name her as supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a supervisor with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervisor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no absence period with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The absence period has no start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The absence period has no end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The absence period belongs to no supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already an absence period with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::SupervisorsPage</name>
    <message>
        <source>&amp;Site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 supervisors shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the supervisor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete supervisor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a site (add sites on the Sites page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profession:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has supervision &amp;training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training &amp;year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Max students at a time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add supervisor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit supervisor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absence periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absence %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absence periods:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::TemplateModel</name>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::TemplatePage</name>
    <message>
        <source>&amp;Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New site variant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one site its own template, starting as a copy of the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site uses the default template again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the default…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the default template by the one Praksisplan comes with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome letters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the welcome letters and checklists of a period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklists are made from the template when a placement is made; editing the template does not change the checklists that exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections and items of the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a section or an item to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (Bokmål):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (Nynorsk):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (English):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task (Bokmål):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task (Nynorsk):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task (English):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due day, in days from the first or last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due day counted from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default template (all sites)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variant for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename section “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit item “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove section</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove the section “%1” and its %n item(s)?</source>
        <translation>
            <numerusform>Remove the section “%1” and its %n item?</numerusform>
            <numerusform>Remove the section “%1” and its %n items?</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove section “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove item “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New site variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every site has its own variant already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site that gets its own template (a copy of the default):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1”? The site uses the default template again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove site variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the default template by the one Praksisplan comes with? You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the default template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;from</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::Transaction</name>
    <message>
        <source>The transaction was already finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::UnplacedStudentsModel</name>
    <message>
        <source>Student number %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No choices given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag her onto a site, or press Enter to place her.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choices: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::UserGuideDialog</name>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages of the user guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::Validation</name>
    <message>
        <source>Organisation number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation number is empty. It must have 9 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation number “%1” may only contain digits and spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation number %1 must have 9 digits; it has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation number %1 has a wrong check digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The municipality number is empty. It must have exactly 4 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The municipality number “%1” must have exactly 4 digits, such as 0301.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it must contain exactly one @.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is nothing before the @.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part after the @ must be a domain such as example.no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number “%1” may only contain digits, spaces and a leading +.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number “%1” has too few digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be 0 or more; it is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is empty. Write a whole number, 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be a whole number, 0 or more; “%2” is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cohort year %1 is not plausible; it must lie between %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cohort “%1” must be a year such as 2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hours per week must be more than 0 and at most 60; %1 is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hours per week “%1” is not a number such as 30 or 37,5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is empty. Write a date as dd.mm.yyyy, e.g. 24.08.2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date: “%2”. Write it as dd.mm.yyyy, e.g. 24.08.2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date %1 is before the start date %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column “%1” looks like national identity numbers or health data, which Praksisplan never stores. Remove the column from the file and import again. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” holds a control character (%2) at position %3. Only text, tabs and line breaks can be stored: remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” holds a control character (%2) at position %3. Only text on one line can be stored: remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” holds what looks like a national identity number (fødselsnummer or D-nummer). Praksisplan never stores those: remove it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::WelcomeDialog</name>
    <message>
        <source>Welcome to Praksisplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Praksisplan&lt;/h2&gt;&lt;p&gt;Plan practice placements: schools, students, sites, supervisors and periods in one plan file. Every change is saved at once.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an empty plan file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a plan file you already have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a demo plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the program on realistic generated data (made-up people).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo generator is not part of this build yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent plans:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::WelcomeLetter</name>
    <message>
        <source>The placement %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents can only be made by a program with a QGuiApplication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document font could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no placements to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::WelcomeLettersDialog</name>
    <message>
        <source>Welcome letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The welcome letter and checklist of every placement of a period, each starting on a new page, in the plan&apos;s document language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n placement(s) to print.</source>
        <translation>
            <numerusform>%n placement to print.</numerusform>
            <numerusform>%n placements to print.</numerusform>
        </translation>
    </message>
    <message>
        <source>No placements to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period has no placements to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome letters %1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save welcome letters as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::WelcomeTemplates</name>
    <message>
        <source>The plan has no default welcome template. Restore the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The welcome template %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template section %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template item %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A section needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item needs a text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due day %1 is out of range: use a day from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item can only be moved within its own template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The placement site %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has its own welcome template already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This placement site has no welcome template of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default welcome template could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default welcome template is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default welcome template is damaged: an item in “%1” has no text or an unknown role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default welcome template is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the first day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before the last day</source>
        <translation>
            <numerusform>%n day before the last day</numerusform>
            <numerusform>%n days before the last day</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after the last day</source>
        <translation>
            <numerusform>%n day after the last day</numerusform>
            <numerusform>%n days after the last day</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before the first day</source>
        <translation>
            <numerusform>%n day before the first day</numerusform>
            <numerusform>%n days before the first day</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after the first day</source>
        <translation>
            <numerusform>%n day after the first day</numerusform>
            <numerusform>%n days after the first day</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>praksis::XlsxWriter</name>
    <message>
        <source>The workbook “%1” could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file could not be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the finished file could not be moved into place</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::cli</name>
    <message>
        <source>The file “%1” already exists; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the plan %1 (schema version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an empty plan file at the current schema version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: praksisplan-cli [--db PATH] [--json] COMMAND [ARGUMENTS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice placements for municipal health and care services, without a window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan file (default: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print data as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show this help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 1 runtime error, 2 wrong usage, 3 invalid input (nothing was written).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db needs a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: praksisplan-cli %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file to write the copy to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the file to write the copy to with -o FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the plan to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the plan %1 from %2 (plan version %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan it replaced is kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a consistent copy of the plan, also while another program uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the plan with a copy, after checking the copy; the replaced plan is kept as a backup beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of students (default 500; 5000 gives the benchmark plan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the plan as if today were DATE (yyyy-MM-dd).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed needs a whole number from 0 to 4294967295, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--students needs a whole number from 10 to 200000, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--today needs a date as yyyy-MM-dd, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled the plan %1 with demo data (seed %2) in %3 s:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclusions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absence records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliberate conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) of the period “%1” are left for the planner.</source>
        <translation>
            <numerusform>%n student of the period “%1” is left for the planner.</numerusform>
            <numerusform>%n students of the period “%1” are left for the planner.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fill an empty plan with realistic generated data; the same seed gives the same data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Org. number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max. students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours/week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no school named “%1” in the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no period named “%1” in the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no site named “%1” in the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only this school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only this site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list “%1”; choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“list %1” has no option --%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a register as a table, or with --json as an array of objects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the newest N entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only changes of this kind of record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export the log as CSV to FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit needs a whole number of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind of record “%1”; choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n log entries to %1.</source>
        <translation>
            <numerusform>Wrote %n log entry to %1.</numerusform>
            <numerusform>Wrote %n log entries to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the change log: who changed what, when (or export it as CSV).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>students whose last placement ended more than YEARS years ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anonymise them and keep their placements, instead of deleting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only count; change nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how old the records must be with --older-than YEARS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--older-than needs a whole number of years, 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Would anonymise %n student(s) whose last placement ended before %1; their %2 placement(s) would be kept. Nothing was changed.</source>
        <translation>
            <numerusform>Would anonymise %n student whose last placement ended before %1; their %2 placement(s) would be kept. Nothing was changed.</numerusform>
            <numerusform>Would anonymise %n students whose last placement ended before %1; their %2 placement(s) would be kept. Nothing was changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anonymised %n student(s) whose last placement ended before %1; their %2 placement(s) were kept.</source>
        <translation>
            <numerusform>Anonymised %n student whose last placement ended before %1; their %2 placement(s) were kept.</numerusform>
            <numerusform>Anonymised %n students whose last placement ended before %1; their %2 placement(s) were kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would delete %n student(s) whose last placement ended before %1, with their %2 placement(s). Nothing was changed.</source>
        <translation>
            <numerusform>Would delete %n student whose last placement ended before %1, with their %2 placement(s). Nothing was changed.</numerusform>
            <numerusform>Would delete %n students whose last placement ended before %1, with their %2 placement(s). Nothing was changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n student(s) whose last placement ended before %1, with their %2 placement(s).</source>
        <translation>
            <numerusform>Deleted %n student whose last placement ended before %1, with their %2 placement(s).</numerusform>
            <numerusform>Deleted %n students whose last placement ended before %1, with their %2 placement(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Welcome checklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a date as dd.MM.yyyy or yyyy-MM-dd, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school whose students are reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervisor report instead (needs --from and --to).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv, xlsx or pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the file to write with -o FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be csv, xlsx or pdf, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --format csv, xlsx or pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --period NAME or --from DATE --to DATE, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervisor report needs --from DATE and --to DATE (or --period NAME).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --period NAME or --from DATE --to DATE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give both --from DATE and --to DATE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n row(s)).</source>
        <translation>
            <numerusform>Wrote %1 (%n row).</numerusform>
            <numerusform>Wrote %1 (%n rows).</numerusform>
        </translation>
    </message>
    <message>
        <source>The site (“name” or “name / unit”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .ics file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --site NAME or --supervisor NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n event(s)).</source>
        <translation>
            <numerusform>Wrote %1 (%n event).</numerusform>
            <numerusform>Wrote %1 (%n events).</numerusform>
        </translation>
    </message>
    <message>
        <source>A site&apos;s or a supervisor&apos;s placements as an iCalendar file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the conflicts of this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: rule %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every conflict of the plan or of one period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period to plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the plan (one transaction).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which period to plan with --period NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period %1 (%2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unplaced (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) keep the placement they have in this period.</source>
        <translation>
            <numerusform>%n student keeps the placement she has in this period.</numerusform>
            <numerusform>%n students keep the placement they have in this period.</numerusform>
        </translation>
    </message>
    <message>
        <source>Total cost: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written: %1 new, %2 moved, %3 removed, %4 unchanged placement(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written; add --apply to write this plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The optimal plan for a period: who goes where, who stays unplaced and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 — %3, %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would import: %1 new, %2 changed, %3 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 changed, %3 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored columns: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the school of the students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the programme of students whose row names none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only check the file; write nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import students needs the school: --school NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--school and --programme belong to import students only; the file of %1 names them itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a register from a CSV file: all or nothing; with --dry-run only check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the placement&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every placement of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the placements at this site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --placement ID or --period NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--site goes with --period, not with --placement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the PDF file to write with -o FILE.pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no placement with the id “%1”. “list placements” shows the ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period “%1” has no placements at “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period “%1” has no placements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n placement(s), %1 pages, to %2.</source>
        <translation>
            <numerusform>Wrote %n placement, %1 pages, to %2.</numerusform>
            <numerusform>Wrote %n placements, %1 pages, to %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write welcome letters with checklists to a PDF: one placement, or every placement of a period (optionally at one site).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervisor (“Given Family”, or “Given Family / Site” or “Given Family / Site / Unit” where the name is shared).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <comment>check&apos;s output: the severity of a conflict</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <comment>check&apos;s output: the severity of a conflict</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recruitment report needs --from DATE and --to DATE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the file to write with -o FILE, or --json for the figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format needs the file to write (-o FILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recruitment report of the whole plan instead (needs --from and --to; -o FILE or --json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--recruitment reports the whole plan over --from DATE --to DATE; it takes no --school, --supervisors or --period (a school&apos;s report never shows hires).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --school NAME, --supervisors or --recruitment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school report (one school&apos;s students), the supervisor report or the recruitment report, as CSV, XLSX or PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probation end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Would anonymise %n new hire(s) whose employment ended before %1. Nothing was changed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anonymised %n new hire(s) whose employment ended before %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would delete %n new hire(s) whose employment ended before %1, with their mentorships. Nothing was changed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n new hire(s) whose employment ended before %1, with their mentorships.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete or anonymise students whose last placement ended more than YEARS years ago, and new hires whose employment ended so long ago (privacy); --dry-run only counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a register that can be imported: use students, sites, supervisors, periods, preferences, hires or mentors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New hires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentorships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link suggestions (nothing was linked; confirm each in the hire’s window of the desktop program):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Line %1: %2 may be the student %3 (%4, %5): %6.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praksis::cli::Context</name>
    <message>
        <source>Too few arguments for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument “%1” for “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: praksisplan-cli %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See praksisplan-cli --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace FILE if it exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a folder. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” already exists; choose another name or add --force to replace it. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
