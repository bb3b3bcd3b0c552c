-- Plan file schema version 5: the same CHECK constraints, written so that checking them is cheap.
-- SQLite 3.40 rebuilds the value list of a CHECK (x IN ('a', 'b', …)) for every row it checks (an insert, an
-- update, and every row of the PRAGMA quick_check each open runs): on the 50,000-placement plan that was most of
-- the time an open took. x = 'a' OR x = 'b' OR … allows exactly the same values (NULL included; the columns are
-- NOT NULL anyway) and costs a few comparisons. Only the text of the constraints changes, not a stored row, so it
-- is changed in place, the way SQLite documents for such changes (lang_altertable.html, "other kinds of table
-- schema changes"); the checks of the next open verify every row against it. New tables: write such lists as
-- OR-ed comparisons (tests/core/tst_planfile.cpp fails on an IN list in a CHECK).
PRAGMA writable_schema = ON;
UPDATE sqlite_schema SET sql = replace(sql,
    'kind IN (''vgs'', ''fagskole'', ''hogskole'', ''universitet'')',
    'kind = ''vgs'' OR kind = ''fagskole'' OR kind = ''hogskole'' OR kind = ''universitet''')
WHERE type = 'table' AND name = 'schools';
UPDATE sqlite_schema SET sql = replace(sql,
    'kind IN (''sykepleie'', ''helsearbeiderfag'', ''laerling'', ''fagskole'', ''annet'')',
    'kind = ''sykepleie'' OR kind = ''helsearbeiderfag'' OR kind = ''laerling'' OR kind = ''fagskole'' OR kind = ''annet''')
WHERE type = 'table' AND name = 'programmes';
UPDATE sqlite_schema SET sql = replace(sql,
    'kind IN (''sykehjem'', ''hjemmetjeneste'', ''psykisk-helse-rus'', ''habilitering'',' || char(10) || '                                                      ''helsehus'', ''legevakt'', ''helsestasjon'', ''annet'')',
    'kind = ''sykehjem'' OR kind = ''hjemmetjeneste'' OR kind = ''psykisk-helse-rus'' OR kind = ''habilitering'' OR kind = ''helsehus'' OR kind = ''legevakt'' OR kind = ''helsestasjon'' OR kind = ''annet''')
WHERE type = 'table' AND name = 'sites';
UPDATE sqlite_schema SET sql = replace(sql,
    'profession IN (''sykepleier'', ''helsefagarbeider'', ''annet'')',
    'profession = ''sykepleier'' OR profession = ''helsefagarbeider'' OR profession = ''annet''')
WHERE type = 'table' AND name = 'supervisors';
UPDATE sqlite_schema SET sql = replace(sql,
    'kind IN (''sykehjem'', ''hjemmetjeneste'', ''psykisk-helse-rus'', ''habilitering'',' || char(10) || '                                            ''helsehus'', ''legevakt'', ''helsestasjon'', ''annet'')',
    'kind = ''sykehjem'' OR kind = ''hjemmetjeneste'' OR kind = ''psykisk-helse-rus'' OR kind = ''habilitering'' OR kind = ''helsehus'' OR kind = ''legevakt'' OR kind = ''helsestasjon'' OR kind = ''annet''')
WHERE type = 'table' AND name = 'period_site_kinds';
UPDATE sqlite_schema SET sql = replace(sql,
    'status IN (''planned'', ''confirmed'', ''ongoing'', ''completed'', ''cancelled'')',
    'status = ''planned'' OR status = ''confirmed'' OR status = ''ongoing'' OR status = ''completed'' OR status = ''cancelled''')
WHERE type = 'table' AND name = 'placements';
UPDATE sqlite_schema SET sql = replace(sql,
    'kind IN (''forventningssamtale'', ''midtveisvurdering'', ''sluttvurdering'', ''halvarsvurdering'')',
    'kind = ''forventningssamtale'' OR kind = ''midtveisvurdering'' OR kind = ''sluttvurdering'' OR kind = ''halvarsvurdering''')
WHERE type = 'table' AND name = 'assessment_meetings';
UPDATE sqlite_schema SET sql = replace(sql,
    'reason IN (''sykdom'', ''sykt-barn'', ''velferd'', ''permisjon'', ''annet'')',
    'reason = ''sykdom'' OR reason = ''sykt-barn'' OR reason = ''velferd'' OR reason = ''permisjon'' OR reason = ''annet''')
WHERE type = 'table' AND name = 'absences';
UPDATE sqlite_schema SET sql = replace(sql,
    'role IN (''leder'', ''veileder'', ''student'', ''kontaktlaerer'')',
    'role = ''leder'' OR role = ''veileder'' OR role = ''student'' OR role = ''kontaktlaerer''')
WHERE type = 'table' AND name = 'template_items';
UPDATE sqlite_schema SET sql = replace(sql,
    'role IN (''leder'', ''veileder'', ''student'', ''kontaktlaerer'')',
    'role = ''leder'' OR role = ''veileder'' OR role = ''student'' OR role = ''kontaktlaerer''')
WHERE type = 'table' AND name = 'checklist_texts';
UPDATE sqlite_schema SET sql = replace(sql,
    'profession IN (''sykepleier'', ''helsefagarbeider'', ''annet'')',
    'profession = ''sykepleier'' OR profession = ''helsefagarbeider'' OR profession = ''annet''')
WHERE type = 'table' AND name = 'hires';
UPDATE sqlite_schema SET sql = replace(sql,
    'position IN (''fast'', ''vikariat'', ''sommervikar'')',
    'position = ''fast'' OR position = ''vikariat'' OR position = ''sommervikar''')
WHERE type = 'table' AND name = 'hires';
UPDATE sqlite_schema SET sql = replace(sql,
    'end_reason IN (''annen-stilling-i-kommunen'', ''annen-arbeidsgiver'', ''utdanning'', ''flytting'',' || char(10) || '                                             ''annet'')',
    'end_reason = ''annen-stilling-i-kommunen'' OR end_reason = ''annen-arbeidsgiver'' OR end_reason = ''utdanning'' OR end_reason = ''flytting'' OR end_reason = ''annet''')
WHERE type = 'table' AND name = 'hires';
-- reloads this connection's schema; the table made and dropped tells every other connection to reload it too
PRAGMA writable_schema = RESET;
CREATE TABLE praksis_schema_reload (x);
DROP TABLE praksis_schema_reload;
