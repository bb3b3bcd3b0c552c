-- Praksisplan plan file, schema version 4: recruitment follow-up and the mentor programme (PRODUCT.md section 10).
-- Did the placements bring staff, and do new hires stay? A new hire (nytilsatt) at a site, her link to the student
-- record she had here (set only when a person confirmed it), her mentor and the mentor conversations, and the
-- conversation guide (edited like the welcome template). Never free text about why she left, never health.

CREATE TABLE hires (
    id            INTEGER PRIMARY KEY,
    site_id       INTEGER NOT NULL REFERENCES sites (id) ON DELETE RESTRICT,
    given_name    TEXT NOT NULL,
    family_name   TEXT NOT NULL,
    profession    TEXT NOT NULL DEFAULT 'sykepleier' CHECK (profession IN ('sykepleier', 'helsefagarbeider', 'annet')),
    position      TEXT NOT NULL CHECK (position IN ('fast', 'vikariat', 'sommervikar')),
    start_date    TEXT NOT NULL,
    -- default start + 6 months; editable
    probation_end TEXT NOT NULL,
    end_date      TEXT,
    -- a category only, from the fixed list; NULL while she is employed
    end_reason    TEXT CHECK (end_reason IN ('annen-stilling-i-kommunen', 'annen-arbeidsgiver', 'utdanning', 'flytting',
                                             'annet')),
    email         TEXT NOT NULL DEFAULT '',
    phone         TEXT NOT NULL DEFAULT '',
    -- her student record when she was a student here: suggested by name and e-mail, set when a person confirms it
    student_id    INTEGER REFERENCES students (id) ON DELETE SET NULL,
    CHECK (probation_end >= start_date),
    CHECK (end_date IS NULL OR end_date >= start_date),
    CHECK (end_reason IS NULL OR end_date IS NOT NULL)
);
CREATE INDEX hires_site ON hires (site_id, start_date);
CREATE INDEX hires_student ON hires (student_id) WHERE student_id IS NOT NULL;
CREATE INDEX hires_name ON hires (family_name, given_name);

-- A mentor for a new hire: an experienced colleague, a supervisor or another hire, from a date for 12 months (up to
-- 24). ended_on: the mentorship stopped early (another mentor took over, or the hire left).
CREATE TABLE mentorships (
    id                   INTEGER PRIMARY KEY,
    hire_id              INTEGER NOT NULL REFERENCES hires (id) ON DELETE CASCADE,
    mentor_supervisor_id INTEGER REFERENCES supervisors (id) ON DELETE RESTRICT,
    mentor_hire_id       INTEGER REFERENCES hires (id) ON DELETE RESTRICT,
    start_date           TEXT NOT NULL,
    months               INTEGER NOT NULL DEFAULT 12 CHECK (months BETWEEN 1 AND 24),
    ended_on             TEXT,
    CHECK ((mentor_supervisor_id IS NULL) <> (mentor_hire_id IS NULL)),
    CHECK (mentor_hire_id IS NULL OR mentor_hire_id <> hire_id),
    CHECK (ended_on IS NULL OR ended_on >= start_date)
);
CREATE INDEX mentorships_hire ON mentorships (hire_id, start_date);
CREATE INDEX mentorships_mentor_supervisor ON mentorships (mentor_supervisor_id) WHERE mentor_supervisor_id IS NOT NULL;
CREATE INDEX mentorships_mentor_hire ON mentorships (mentor_hire_id) WHERE mentor_hire_id IS NOT NULL;

-- The conversations of a mentorship, one row per place in the Trondheim schedule (weekly in month 1, every other
-- week in months 2-3, monthly after): number is that place; its proposed date follows from the mentorship's start
-- and the work calendar, so it is not stored. planned_date starts as the proposal and moves with the start unless a
-- person planned it by hand; held_date is set when it was held. What was said is between the two of them: no notes.
CREATE TABLE mentor_conversations (
    id            INTEGER PRIMARY KEY,
    mentorship_id INTEGER NOT NULL REFERENCES mentorships (id) ON DELETE CASCADE,
    number        INTEGER NOT NULL CHECK (number >= 1),
    planned_date  TEXT NOT NULL,
    held_date     TEXT,
    UNIQUE (mentorship_id, number)
);
CREATE INDEX mentor_conversations_due ON mentor_conversations (planned_date) WHERE held_date IS NULL;

-- The conversation guide: topics (everyday challenges, professional practice, relations at work, values and ethics,
-- the first shifts) with their questions, in nb/nn/en; shipped as data and edited like the welcome template.
CREATE TABLE guide_topics (
    id       INTEGER PRIMARY KEY,
    position INTEGER NOT NULL,
    title_nb TEXT NOT NULL,
    title_nn TEXT NOT NULL DEFAULT '',
    title_en TEXT NOT NULL DEFAULT ''
);
CREATE INDEX guide_topics_position ON guide_topics (position);

CREATE TABLE guide_questions (
    id       INTEGER PRIMARY KEY,
    topic_id INTEGER NOT NULL REFERENCES guide_topics (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text_nb  TEXT NOT NULL,
    text_nn  TEXT NOT NULL DEFAULT '',
    text_en  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX guide_questions_topic ON guide_questions (topic_id, position);
