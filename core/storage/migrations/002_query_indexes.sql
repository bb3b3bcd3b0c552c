-- Plan file schema version 2: indexes for the hot queries (docs/performance.md). Additive only.
-- The school report reads a placement's absence hours, held meetings and ticked checklist items from covering
-- indexes instead of the rows themselves; placements are found by their dates (supervisor report, date ranges).
CREATE INDEX absences_placement_hours ON absences (placement_id, hours);
CREATE INDEX assessment_meetings_placement_held ON assessment_meetings (placement_id, held_date);
CREATE INDEX checklist_items_placement_done ON checklist_items (placement_id, done_at);
CREATE INDEX placements_dates ON placements (start_date, end_date);
-- meetings not held yet (the overview's "meetings due")
CREATE INDEX assessment_meetings_open ON assessment_meetings (planned_date) WHERE held_date IS NULL;
