-- Praksisplan on a PostgreSQL server: who may read and change what (docs/server.md). Run after schema.sql, in the
-- plan's database, by its owner. Group roles are cluster-wide and created if missing; a person is a login that is
-- a member of one and has a row in praksis.plan_users binding her to a site (supervisor) or a school (school).
-- Row-level security limits the rows; helper functions run as the owner so that policies do not recurse.
-- Nothing in the program uses this yet; tests/core/tst_pgroles.cpp tries it.

SET search_path = praksis;

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'praksis_coordinator') THEN
        CREATE ROLE praksis_coordinator NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'praksis_supervisor') THEN
        CREATE ROLE praksis_supervisor NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'praksis_school') THEN
        CREATE ROLE praksis_school NOLOGIN;
    END IF;
    EXECUTE format('REVOKE CONNECT ON DATABASE %I FROM PUBLIC', current_database());
END;
$$;

CREATE TABLE plan_users (
    login     name PRIMARY KEY,
    role      text NOT NULL CHECK (role = 'coordinator' OR role = 'supervisor' OR role = 'school'),
    site_id   bigint REFERENCES sites (id) ON DELETE RESTRICT,
    school_id bigint REFERENCES schools (id) ON DELETE RESTRICT,
    CHECK ((role = 'supervisor') = (site_id IS NOT NULL)),
    CHECK ((role = 'school') = (school_id IS NOT NULL))
);

CREATE FUNCTION my_site() RETURNS bigint
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = praksis, pg_temp
    RETURN (SELECT site_id FROM praksis.plan_users WHERE login = session_user AND role = 'supervisor');
CREATE FUNCTION my_school() RETURNS bigint
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = praksis, pg_temp
    RETURN (SELECT school_id FROM praksis.plan_users WHERE login = session_user AND role = 'school');
CREATE FUNCTION is_coordinator() RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = praksis, pg_temp
    RETURN EXISTS (SELECT 1 FROM praksis.plan_users WHERE login = session_user AND role = 'coordinator');
REVOKE ALL ON FUNCTION my_site(), my_school(), is_coordinator() FROM PUBLIC;

GRANT USAGE ON SCHEMA praksis TO praksis_coordinator, praksis_supervisor, praksis_school;
GRANT EXECUTE ON FUNCTION my_site(), my_school(), is_coordinator()
    TO praksis_coordinator, praksis_supervisor, praksis_school;

-- coordinators: everything
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA praksis TO praksis_coordinator;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA praksis TO praksis_coordinator;

-- supervisors: her site's placements and what she needs of those students; ticks checklist items, records absence
-- and meetings; changes no plan
GRANT SELECT ON placements, sites, periods, programmes, schools, checklist_texts, checklist_items, absences,
    assessment_meetings TO praksis_supervisor;
GRANT SELECT (id, school_id, programme_id, given_name, family_name, email, phone) ON students TO praksis_supervisor;
GRANT UPDATE (done_by, done_at) ON checklist_items TO praksis_supervisor;
GRANT INSERT, UPDATE, DELETE ON absences, assessment_meetings TO praksis_supervisor;
GRANT USAGE ON SEQUENCE absences_id_seq, assessment_meetings_id_seq TO praksis_supervisor;

-- schools: read their own students' placements, meetings, absence and checklists; write nothing
GRANT SELECT ON placements, students, sites, periods, programmes, schools, checklist_texts, checklist_items, absences,
    assessment_meetings TO praksis_school;

ALTER TABLE placements ENABLE ROW LEVEL SECURITY;
ALTER TABLE students ENABLE ROW LEVEL SECURITY;
ALTER TABLE checklist_items ENABLE ROW LEVEL SECURITY;
ALTER TABLE absences ENABLE ROW LEVEL SECURITY;
ALTER TABLE assessment_meetings ENABLE ROW LEVEL SECURITY;
ALTER TABLE plan_users ENABLE ROW LEVEL SECURITY;

CREATE POLICY coordinator ON placements TO praksis_coordinator USING (is_coordinator());
CREATE POLICY coordinator ON students TO praksis_coordinator USING (is_coordinator());
CREATE POLICY coordinator ON checklist_items TO praksis_coordinator USING (is_coordinator());
CREATE POLICY coordinator ON absences TO praksis_coordinator USING (is_coordinator());
CREATE POLICY coordinator ON assessment_meetings TO praksis_coordinator USING (is_coordinator());
CREATE POLICY coordinator ON plan_users TO praksis_coordinator USING (is_coordinator());

CREATE POLICY supervisor ON placements FOR SELECT TO praksis_supervisor USING (site_id = my_site());
CREATE POLICY supervisor ON students FOR SELECT TO praksis_supervisor
    USING (id IN (SELECT student_id FROM placements));
CREATE POLICY school ON students FOR SELECT TO praksis_school USING (school_id = my_school());
CREATE POLICY school ON placements FOR SELECT TO praksis_school USING (student_id IN (SELECT id FROM students));

-- the details of a placement follow the placement: what the login may see of placements (its policies above)
CREATE POLICY placement ON checklist_items TO praksis_supervisor, praksis_school
    USING (placement_id IN (SELECT id FROM placements)) WITH CHECK (placement_id IN (SELECT id FROM placements));
CREATE POLICY placement ON absences TO praksis_supervisor, praksis_school
    USING (placement_id IN (SELECT id FROM placements)) WITH CHECK (placement_id IN (SELECT id FROM placements));
CREATE POLICY placement ON assessment_meetings TO praksis_supervisor, praksis_school
    USING (placement_id IN (SELECT id FROM placements)) WITH CHECK (placement_id IN (SELECT id FROM placements));
