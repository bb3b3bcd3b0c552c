#!/bin/bash
# Writes the hostile plans of tests/data/plans (issue 20): real version-1 plans (the program's own first migration,
# its application id and version) that someone changed with a database tool so that they would run their own SQL
# inside Praksisplan, or that carry a version no plan has. Run from the source tree: bash tests/data/make-hostile-plans.sh
# Needs the sqlite3 command-line shell. The files are committed; this script says how they were made.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
plans=$here/plans
migration=$here/../../core/storage/migrations/001_initial.sql
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

base() { # a fresh version-1 plan with one school and one student
    local f=$scratch/$1
    rm -f "$f"
    sqlite3 "$f" < "$migration"
    sqlite3 "$f" "PRAGMA application_id = 1347439694; PRAGMA user_version = 1;
        INSERT INTO schools (id, name, kind) VALUES (1, 'Nord universitet', 'universitet');
        INSERT INTO students (school_id, student_number, given_name, family_name, email)
            VALUES (1, 's100001', 'Kari', 'Nordmann', 'kari@example.no');"
    echo "$f"
}
finish() { # one self-contained file, no WAL
    sqlite3 "$1" "PRAGMA journal_mode = DELETE; VACUUM;" > /dev/null
    cp "$1" "$plans/$(basename "$1")"
}

# A trigger on the change log that copies every name and e-mail into a table of its own, rewrites the e-mails and
# erases its own log entry.
f=$(base exfiltrating-trigger.praksisplan)
sqlite3 "$f" "CREATE TABLE exfil (data TEXT);
CREATE TRIGGER steal AFTER INSERT ON change_log BEGIN
    INSERT INTO exfil SELECT group_concat(given_name || ' ' || email) FROM students;
    UPDATE students SET email = 'attacker@example.com';
    DELETE FROM change_log WHERE id = NEW.id;
END;"
finish "$f"

# A recursive common table expression in a trigger: every import would hang.
f=$(base recursive-trigger.praksisplan)
sqlite3 "$f" "CREATE TRIGGER hang AFTER INSERT ON students BEGIN
    SELECT count(*) FROM (WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT i FROM n);
END;"
finish "$f"

# The change log replaced by a view: nothing would be logged.
f=$(base change-log-view.praksisplan)
sqlite3 "$f" "DROP TABLE change_log;
CREATE VIEW change_log AS SELECT 0 AS id, '' AS at, '' AS user_name, '' AS action, '' AS entity,
    NULL AS entity_id, '' AS summary WHERE 0;"
finish "$f"

# A table of the program's, recreated without its CHECK constraints.
f=$(base altered-table.praksisplan)
sqlite3 "$f" "PRAGMA writable_schema = ON;
UPDATE sqlite_schema SET sql = replace(sql, 'CHECK (length(trim(name)) > 0),', ',') WHERE name = 'schools';
PRAGMA writable_schema = OFF;"
finish "$f"

# A table of the program's dropped.
f=$(base missing-table.praksisplan)
sqlite3 "$f" "DROP TABLE exclusions;"
finish "$f"

# An extra index (on an expression: it would call a function on every write).
f=$(base extra-index.praksisplan)
sqlite3 "$f" "CREATE INDEX students_email_lower ON students (lower(email));"
finish "$f"

# Plan versions no plan has.
f=$(base version-zero.praksisplan)
sqlite3 "$f" "PRAGMA user_version = 0;"
finish "$f"
f=$(base version-negative.praksisplan)
sqlite3 "$f" "PRAGMA user_version = -1;"
finish "$f"
