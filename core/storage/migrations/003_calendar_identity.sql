-- Praksisplan plan file, schema version 3: what calendar exports (iCalendar) need to update events in place.
-- A random id of the plan, so that the UID of a placement's event is unique across plans ("plan/uid" in
-- PlanSettings), and a revision count with the time of the last change on every placement, so that an exported
-- event carries a higher SEQUENCE and its LAST-MODIFIED after the placement changed (or was cancelled).
INSERT OR IGNORE INTO settings (key, value) VALUES ('plan/uid', lower(hex(randomblob(16))));

ALTER TABLE placements ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
ALTER TABLE placements ADD COLUMN modified_at TEXT; -- ISO 8601 UTC; NULL: not changed since it was made

-- Every change to what a calendar event shows counts, whoever makes it (the program, an undo, an import).
CREATE TRIGGER placements_revision
AFTER UPDATE OF student_id, site_id, supervisor_id, period_id, start_date, end_date, status ON placements
BEGIN
    UPDATE placements SET revision = OLD.revision + 1, modified_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
    WHERE id = NEW.id;
END;
