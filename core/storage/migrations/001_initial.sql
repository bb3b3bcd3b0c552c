-- Praksisplan plan file, schema version 1.
-- Dates are ISO 8601 text (yyyy-MM-dd), timestamps ISO 8601 with offset. Kinds are the identifiers of
-- core/model/Kinds.h. Deleting a record others depend on is refused by the database (RESTRICT) so that the
-- program must ask first; owned details (absences, meetings, checklist items) go with their owner (CASCADE).

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE schools (
    id             INTEGER PRIMARY KEY,
    name           TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(trim(name)) > 0),
    kind           TEXT NOT NULL CHECK (kind IN ('vgs', 'fagskole', 'hogskole', 'universitet')),
    org_number     TEXT NOT NULL DEFAULT '',
    contact_person TEXT NOT NULL DEFAULT '',
    email          TEXT NOT NULL DEFAULT '',
    phone          TEXT NOT NULL DEFAULT ''
);

CREATE TABLE programmes (
    id        INTEGER PRIMARY KEY,
    school_id INTEGER NOT NULL REFERENCES schools (id) ON DELETE RESTRICT,
    name      TEXT NOT NULL COLLATE NOCASE CHECK (length(trim(name)) > 0),
    kind      TEXT NOT NULL CHECK (kind IN ('sykepleie', 'helsearbeiderfag', 'laerling', 'fagskole', 'annet')),
    UNIQUE (school_id, name)
);

CREATE TABLE students (
    id                      INTEGER PRIMARY KEY,
    school_id               INTEGER NOT NULL REFERENCES schools (id) ON DELETE RESTRICT,
    programme_id            INTEGER REFERENCES programmes (id) ON DELETE RESTRICT,
    student_number          TEXT NOT NULL CHECK (length(trim(student_number)) > 0),
    given_name              TEXT NOT NULL,
    family_name             TEXT NOT NULL,
    cohort                  INTEGER,
    email                   TEXT NOT NULL DEFAULT '',
    phone                   TEXT NOT NULL DEFAULT '',
    notes                   TEXT NOT NULL DEFAULT '',
    police_certificate_seen TEXT,
    confidentiality_signed  TEXT,
    anonymised              INTEGER NOT NULL DEFAULT 0,
    UNIQUE (school_id, student_number)
);
CREATE INDEX students_programme ON students (programme_id);
CREATE INDEX students_name ON students (family_name, given_name);

CREATE TABLE sites (
    id                  INTEGER PRIMARY KEY,
    name                TEXT NOT NULL COLLATE NOCASE CHECK (length(trim(name)) > 0),
    unit                TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
    municipality        TEXT NOT NULL DEFAULT '',
    municipality_number TEXT NOT NULL DEFAULT '',
    kind                TEXT NOT NULL CHECK (kind IN ('sykehjem', 'hjemmetjeneste', 'psykisk-helse-rus', 'habilitering',
                                                      'helsehus', 'legevakt', 'helsestasjon', 'annet')),
    address             TEXT NOT NULL DEFAULT '',
    contact_person      TEXT NOT NULL DEFAULT '',
    email               TEXT NOT NULL DEFAULT '',
    phone               TEXT NOT NULL DEFAULT '',
    capacity            INTEGER NOT NULL DEFAULT 2 CHECK (capacity >= 0),
    UNIQUE (name, unit)
);

CREATE TABLE supervisors (
    id            INTEGER PRIMARY KEY,
    site_id       INTEGER NOT NULL REFERENCES sites (id) ON DELETE RESTRICT,
    given_name    TEXT NOT NULL,
    family_name   TEXT NOT NULL,
    profession    TEXT NOT NULL DEFAULT 'sykepleier' CHECK (profession IN ('sykepleier', 'helsefagarbeider', 'annet')),
    has_training  INTEGER NOT NULL DEFAULT 0,
    training_year INTEGER,
    max_students  INTEGER NOT NULL DEFAULT 2 CHECK (max_students >= 0),
    email         TEXT NOT NULL DEFAULT '',
    phone         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX supervisors_site ON supervisors (site_id);

CREATE TABLE supervisor_absences (
    id            INTEGER PRIMARY KEY,
    supervisor_id INTEGER NOT NULL REFERENCES supervisors (id) ON DELETE CASCADE,
    start_date    TEXT NOT NULL,
    end_date      TEXT NOT NULL,
    note          TEXT NOT NULL DEFAULT '',
    CHECK (end_date >= start_date)
);
CREATE INDEX supervisor_absences_supervisor ON supervisor_absences (supervisor_id);

CREATE TABLE periods (
    id             INTEGER PRIMARY KEY,
    name           TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(trim(name)) > 0),
    start_date     TEXT NOT NULL,
    end_date       TEXT NOT NULL,
    hours_per_week REAL NOT NULL DEFAULT 30 CHECK (hours_per_week > 0 AND hours_per_week <= 60),
    CHECK (end_date >= start_date)
);

CREATE TABLE period_programmes (
    period_id    INTEGER NOT NULL REFERENCES periods (id) ON DELETE CASCADE,
    programme_id INTEGER NOT NULL REFERENCES programmes (id) ON DELETE RESTRICT,
    PRIMARY KEY (period_id, programme_id)
) WITHOUT ROWID;
CREATE INDEX period_programmes_programme ON period_programmes (programme_id);

-- the site kinds eligible in a period
CREATE TABLE period_site_kinds (
    period_id INTEGER NOT NULL REFERENCES periods (id) ON DELETE CASCADE,
    kind      TEXT NOT NULL CHECK (kind IN ('sykehjem', 'hjemmetjeneste', 'psykisk-helse-rus', 'habilitering',
                                            'helsehus', 'legevakt', 'helsestasjon', 'annet')),
    PRIMARY KEY (period_id, kind)
) WITHOUT ROWID;

-- a site's capacity in one period, overriding sites.capacity
CREATE TABLE period_site_capacities (
    period_id INTEGER NOT NULL REFERENCES periods (id) ON DELETE CASCADE,
    site_id   INTEGER NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
    capacity  INTEGER NOT NULL CHECK (capacity >= 0),
    PRIMARY KEY (period_id, site_id)
) WITHOUT ROWID;
CREATE INDEX period_site_capacities_site ON period_site_capacities (site_id);

CREATE TABLE placements (
    id            INTEGER PRIMARY KEY,
    student_id    INTEGER NOT NULL REFERENCES students (id) ON DELETE RESTRICT,
    site_id       INTEGER NOT NULL REFERENCES sites (id) ON DELETE RESTRICT,
    supervisor_id INTEGER REFERENCES supervisors (id) ON DELETE RESTRICT,
    period_id     INTEGER NOT NULL REFERENCES periods (id) ON DELETE RESTRICT,
    start_date    TEXT NOT NULL,
    end_date      TEXT NOT NULL,
    status        TEXT NOT NULL DEFAULT 'planned'
                  CHECK (status IN ('planned', 'confirmed', 'ongoing', 'completed', 'cancelled')),
    -- 1: made or confirmed by a person, kept when the planner runs again; 0: proposed by the planner
    locked        INTEGER NOT NULL DEFAULT 1,
    notes         TEXT NOT NULL DEFAULT '',
    CHECK (end_date >= start_date)
);
CREATE INDEX placements_period ON placements (period_id);
CREATE INDEX placements_student ON placements (student_id);
CREATE INDEX placements_site ON placements (site_id, start_date);
CREATE INDEX placements_supervisor ON placements (supervisor_id);

CREATE TABLE assessment_meetings (
    id           INTEGER PRIMARY KEY,
    placement_id INTEGER NOT NULL REFERENCES placements (id) ON DELETE CASCADE,
    kind         TEXT NOT NULL
                 CHECK (kind IN ('forventningssamtale', 'midtveisvurdering', 'sluttvurdering', 'halvarsvurdering')),
    planned_date TEXT,
    held_date    TEXT,
    participants TEXT NOT NULL DEFAULT ''
);
CREATE INDEX assessment_meetings_placement ON assessment_meetings (placement_id);

-- absence: a date, hours and a category; never health details
CREATE TABLE absences (
    id           INTEGER PRIMARY KEY,
    placement_id INTEGER NOT NULL REFERENCES placements (id) ON DELETE CASCADE,
    date         TEXT NOT NULL,
    hours        REAL NOT NULL CHECK (hours > 0 AND hours <= 24),
    reason       TEXT NOT NULL DEFAULT 'annet'
                 CHECK (reason IN ('sykdom', 'sykt-barn', 'velferd', 'permisjon', 'annet'))
);
CREATE INDEX absences_placement ON absences (placement_id);

-- the default welcome template has site_id NULL; a site may have its own variant
CREATE TABLE welcome_templates (
    id      INTEGER PRIMARY KEY,
    site_id INTEGER UNIQUE REFERENCES sites (id) ON DELETE CASCADE,
    name    TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX welcome_templates_one_default ON welcome_templates ((site_id IS NULL)) WHERE site_id IS NULL;

CREATE TABLE template_sections (
    id          INTEGER PRIMARY KEY,
    template_id INTEGER NOT NULL REFERENCES welcome_templates (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    title_nb    TEXT NOT NULL,
    title_nn    TEXT NOT NULL DEFAULT '',
    title_en    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX template_sections_template ON template_sections (template_id, position);

CREATE TABLE template_items (
    id         INTEGER PRIMARY KEY,
    section_id INTEGER NOT NULL REFERENCES template_sections (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    text_nb    TEXT NOT NULL,
    text_nn    TEXT NOT NULL DEFAULT '',
    text_en    TEXT NOT NULL DEFAULT '',
    role       TEXT NOT NULL CHECK (role IN ('leder', 'veileder', 'student', 'kontaktlaerer')),
    -- relative to the placement's first day: -14 two weeks before, 0 the first day, +5 the first Friday
    due_day    INTEGER NOT NULL,
    -- 1: due_day counts back from the last day instead (end-of-placement items)
    from_end   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX template_items_section ON template_items (section_id, position);

-- A placement's own checklist, copied from the template that applied when it was made. The texts live once in
-- checklist_texts (shared by every checklist that uses the same wording), so editing the template later
-- changes no existing checklist and thousands of checklists stay small.
CREATE TABLE checklist_texts (
    id         INTEGER PRIMARY KEY,
    section_nb TEXT NOT NULL,
    section_nn TEXT NOT NULL DEFAULT '',
    section_en TEXT NOT NULL DEFAULT '',
    text_nb    TEXT NOT NULL,
    text_nn    TEXT NOT NULL DEFAULT '',
    text_en    TEXT NOT NULL DEFAULT '',
    role       TEXT NOT NULL CHECK (role IN ('leder', 'veileder', 'student', 'kontaktlaerer')),
    UNIQUE (section_nb, section_nn, section_en, text_nb, text_nn, text_en, role)
);

CREATE TABLE checklist_items (
    id           INTEGER PRIMARY KEY,
    placement_id INTEGER NOT NULL REFERENCES placements (id) ON DELETE CASCADE,
    text_id      INTEGER NOT NULL REFERENCES checklist_texts (id) ON DELETE RESTRICT,
    section_pos  INTEGER NOT NULL,
    position     INTEGER NOT NULL,
    due_date     TEXT NOT NULL,
    done_by      TEXT NOT NULL DEFAULT '',
    done_at      TEXT
);
CREATE INDEX checklist_items_placement ON checklist_items (placement_id, section_pos, position);
CREATE INDEX checklist_items_due ON checklist_items (due_date) WHERE done_at IS NULL;

-- a student's ranked site choices for a period (1 = first choice)
CREATE TABLE preferences (
    student_id INTEGER NOT NULL REFERENCES students (id) ON DELETE CASCADE,
    period_id  INTEGER NOT NULL REFERENCES periods (id) ON DELETE CASCADE,
    rank       INTEGER NOT NULL CHECK (rank BETWEEN 1 AND 3),
    site_id    INTEGER NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
    PRIMARY KEY (student_id, period_id, rank),
    UNIQUE (student_id, period_id, site_id)
) WITHOUT ROWID;
CREATE INDEX preferences_period ON preferences (period_id);

-- sites a student must never be placed at (conflict of interest), with the reason
CREATE TABLE exclusions (
    student_id INTEGER NOT NULL REFERENCES students (id) ON DELETE CASCADE,
    site_id    INTEGER NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
    reason     TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (student_id, site_id)
) WITHOUT ROWID;

-- who changed what, when (no personal data beyond the record's id and a short summary)
CREATE TABLE change_log (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    user_name TEXT NOT NULL DEFAULT '',
    action    TEXT NOT NULL,
    entity    TEXT NOT NULL,
    entity_id INTEGER,
    summary   TEXT NOT NULL DEFAULT ''
);
