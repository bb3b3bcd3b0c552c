<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nn">
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
</context>
<context>
    <name>praksis::Transaction</name>
    <message>
        <source>The transaction was already finished.</source>
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
</context>
</TS>
