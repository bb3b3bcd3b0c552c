#include "RecruitmentFixture.h"

#include "ReportFixture.h"

namespace praksis::test {

namespace {

void schoolAndPeriod(PlanFile &plan)
{
    runSql(plan, QStringLiteral("INSERT INTO schools (id, name, kind) VALUES (1, 'Høgskolen A', 'hogskole')"));
    runSql(plan, QStringLiteral("INSERT INTO programmes (id, school_id, name, kind) VALUES (1, 1, 'Sykepleie', "
                                "'sykepleie')"));
    runSql(plan, QStringLiteral("INSERT INTO periods (id, name, start_date, end_date, hours_per_week) VALUES "
                                "(1, 'Hele 2025', '2024-08-01', '2026-06-30', 30)"));
}

} // namespace

void buildFormerStudentsPlan(PlanFile &plan)
{
    schoolAndPeriod(plan);
    runSql(plan, QStringLiteral("INSERT INTO students (id, school_id, programme_id, student_number, given_name, "
                                "family_name) VALUES (1, 1, 1, 'A-1', 'Åse', 'Ødegård'), (2, 1, 1, 'A-2', 'Per', "
                                "'Berg'), (3, 1, 1, 'A-3', 'Kari', 'Lund'), (4, 1, 1, 'A-4', 'Ola', 'Nilsen'), "
                                "(5, 1, 1, 'A-5', 'Lise', 'Haug'), (6, 1, 1, 'A-6', 'Nils', 'Dahl'), "
                                "(7, 1, 1, 'A-7', 'Eva', 'Moe')"));
    runSql(plan, QStringLiteral("INSERT INTO sites (id, name, unit, kind) VALUES "
                                "(1, 'Solbakken sykehjem', 'Avdeling 2', 'sykehjem'), "
                                "(2, 'Hjemmetjenesten, Nord', '', 'hjemmetjeneste'), "
                                "(3, 'Lia bo- og aktivitetssenter', '', 'habilitering'), "
                                "(4, 'Tomt sted', '', 'annet')"));
    runSql(plan, QStringLiteral("INSERT INTO placements (id, student_id, site_id, period_id, start_date, end_date, "
                                "status) VALUES "
                                "(1, 1, 1, 1, '2025-02-24', '2025-03-28', 'completed'), "
                                "(2, 2, 1, 1, '2025-01-13', '2025-02-14', 'completed'), "
                                "(3, 2, 1, 1, '2025-05-05', '2025-05-30', 'completed'), "
                                "(4, 3, 1, 1, '2025-02-03', '2025-03-07', 'cancelled'), "
                                "(5, 3, 2, 1, '2025-03-03', '2025-04-04', 'completed'), "
                                "(6, 4, 1, 1, '2024-11-18', '2024-12-20', 'completed'), "
                                "(7, 5, 1, 1, '2025-12-01', '2025-12-31', 'confirmed'), "
                                "(8, 5, 2, 1, '2024-12-02', '2025-01-01', 'completed'), "
                                "(9, 6, 2, 1, '2025-12-01', '2026-01-02', 'planned'), "
                                "(10, 7, 3, 1, '2025-05-12', '2025-06-13', 'completed')"));
    runSql(plan, QStringLiteral("INSERT INTO hires (id, site_id, given_name, family_name, position, start_date, "
                                "probation_end, end_date, end_reason, student_id) VALUES "
                                "(1, 1, 'Åse', 'Ødegård', 'sommervikar', '2025-06-16', '2025-12-16', '2025-08-15', "
                                "'utdanning', 1), "
                                "(2, 2, 'Åse', 'Ødegård', 'fast', '2025-09-01', '2026-03-01', NULL, NULL, 1), "
                                "(3, 1, 'Per', 'Berg', 'sommervikar', '2025-05-01', '2025-11-01', '2025-07-31', "
                                "'utdanning', 2), "
                                "(4, 1, 'Kari', 'Lund', 'vikariat', '2025-08-01', '2026-02-01', NULL, NULL, 3), "
                                "(5, 1, 'Ola', 'Nilsen', 'fast', '2025-01-06', '2025-07-06', NULL, NULL, 4), "
                                "(6, 3, 'Lise', 'Haug', 'sommervikar', '2026-06-15', '2026-12-15', NULL, NULL, 5), "
                                "(7, 2, 'Nils', 'Dahl', 'fast', '2026-02-01', '2026-08-01', NULL, NULL, NULL), "
                                "(8, 3, 'Eva', 'Moe', 'sommervikar', '2025-06-13', '2025-12-13', '2025-08-10', "
                                "'utdanning', 7), "
                                "(9, 3, 'Eva', 'Moe', 'fast', '2025-08-01', '2026-02-01', NULL, NULL, 7), "
                                "(10, 2, 'Kari', 'Lund', 'fast', '2025-06-01', '2025-12-01', NULL, NULL, NULL)"));
    runSql(plan, QStringLiteral("INSERT INTO mentorships (hire_id, mentor_hire_id, start_date) VALUES "
                                "(5, 9, '2025-01-06')"));
}

void buildNewHiresPlan(PlanFile &plan)
{
    schoolAndPeriod(plan);
    runSql(plan, QStringLiteral("INSERT INTO students (id, school_id, programme_id, student_number, given_name, "
                                "family_name) VALUES (1, 1, 1, 'A-1', 'Ylva', 'Strand'), (2, 1, 1, 'A-2', 'Xenia', "
                                "'Vik')"));
    runSql(plan, QStringLiteral("INSERT INTO sites (id, name, unit, kind) VALUES (1, 'A', '', 'sykehjem'), "
                                "(2, 'B', '', 'sykehjem')"));
    runSql(plan, QStringLiteral("INSERT INTO supervisors (id, site_id, given_name, family_name) VALUES "
                                "(1, 1, 'Mona', 'Mentor')"));
    runSql(plan, QStringLiteral("INSERT INTO hires (id, site_id, given_name, family_name, position, start_date, "
                                "probation_end, end_date, end_reason, student_id) VALUES "
                                "(1, 1, 'N1', 'A', 'fast', '2024-01-15', '2024-07-15', NULL, NULL, 1), "
                                "(2, 1, 'N2', 'A', 'fast', '2024-03-01', '2024-09-01', '2025-03-01', 'flytting', "
                                "NULL), "
                                "(3, 1, 'N3', 'A', 'vikariat', '2024-03-01', '2024-09-01', '2025-02-28', NULL, "
                                "NULL), "
                                "(4, 1, 'N4', 'A', 'fast', '2024-02-29', '2024-08-29', '2025-02-28', "
                                "'annen-arbeidsgiver', NULL), "
                                "(5, 2, 'N5', 'B', 'fast', '2024-09-02', '2025-03-02', '2025-03-02', 'annet', NULL), "
                                "(6, 2, 'N6', 'B', 'fast', '2024-09-02', '2025-03-02', '2025-03-03', 'annet', 2), "
                                "(7, 2, 'N7', 'B', 'sommervikar', '2025-06-30', '2025-12-30', NULL, NULL, 2), "
                                "(8, 2, 'N8', 'B', 'fast', '2023-12-31', '2024-06-30', NULL, NULL, NULL), "
                                "(9, 1, 'N9', 'A', 'fast', '2024-06-30', '2024-12-30', NULL, NULL, NULL), "
                                "(10, 1, 'N10', 'A', 'fast', '2024-07-01', '2025-01-01', NULL, NULL, NULL)"));
    runSql(plan, QStringLiteral("INSERT INTO mentorships (hire_id, mentor_supervisor_id, mentor_hire_id, start_date) "
                                "VALUES (1, 1, NULL, '2024-01-15'), (4, NULL, 8, '2024-02-29'), "
                                "(9, 1, NULL, '2024-07-01'), (7, NULL, 1, '2025-06-30'), (8, 1, NULL, '2024-01-02')"));
}

} // namespace praksis::test
