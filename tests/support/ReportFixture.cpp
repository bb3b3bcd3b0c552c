#include "ReportFixture.h"

#include <QtGlobal>

namespace praksis::test {

void runSql(PlanFile &plan, const QString &sql, const QVariantList &bindings)
{
    auto r = plan.exec(sql, bindings);
    if (!r)
        qFatal("%s", qPrintable(r.error().toString()));
}

// Two schools; the report of school 1 must never show school 2's student.
// Period 1: Monday 4 January 2027 … Friday 29 January 2027, 30 hours a week: 20 working days, 120 hours.
void buildReportPlan(PlanFile &plan)
{
    runSql(plan, QStringLiteral("INSERT INTO schools (id, name, kind) VALUES (1, 'Høgskolen A', 'hogskole'), "
                                "(2, 'Skolen B', 'vgs')"));
    runSql(plan, QStringLiteral("INSERT INTO programmes (id, school_id, name, kind) VALUES (1, 1, 'Sykepleie', "
                                "'sykepleie'), (2, 2, 'Vg2 helsearbeiderfag', 'helsearbeiderfag')"));
    runSql(plan, QStringLiteral("INSERT INTO students (id, school_id, programme_id, student_number, given_name, "
                                "family_name, cohort) VALUES (1, 1, 1, 'A-1', 'Åse', 'Ødegård', 2025), "
                                "(2, 1, 1, 'A-2', 'Per', 'Berg', 2026), (3, 2, 2, 'B-1', 'Kari', 'Skolebsen', 2026)"));
    runSql(plan, QStringLiteral("INSERT INTO sites (id, name, unit, kind, address) VALUES (1, 'Solbakken sykehjem', "
                                "'Avdeling 2', 'sykehjem', 'Solbakkveien 3, Oslo'), (2, 'Hjemmetjenesten, Nord', '', "
                                "'hjemmetjeneste', '')"));
    runSql(plan, QStringLiteral("INSERT INTO supervisors (id, site_id, given_name, family_name, profession) VALUES "
                                "(1, 1, 'Nina', 'Veileder', 'sykepleier'), (2, 2, 'Ola', 'Hjelper', "
                                "'helsefagarbeider')"));
    runSql(plan, QStringLiteral("INSERT INTO periods (id, name, start_date, end_date, hours_per_week) VALUES "
                                "(1, 'Vår 2027', '2027-01-04', '2027-01-29', 30)"));
    runSql(plan,
           QStringLiteral("INSERT INTO placements (id, student_id, site_id, supervisor_id, period_id, start_date, "
                          "end_date, status) VALUES "
                          "(1, 1, 1, 1, 1, '2027-01-04', '2027-01-29', 'confirmed'), "
                          "(2, 2, 2, 2, 1, '2027-01-11', '2027-01-22', 'planned'), "
                          "(3, 3, 1, 1, 1, '2027-01-04', '2027-01-29', 'confirmed')"));
    runSql(plan, QStringLiteral("INSERT INTO absences (placement_id, date, hours, reason) VALUES "
                                "(1, '2027-01-05', 6, 'sykdom'), (1, '2027-01-06', 6, 'sykdom'), "
                                "(3, '2027-01-05', 6, 'annet')"));
    runSql(plan, QStringLiteral("INSERT INTO assessment_meetings (placement_id, kind, planned_date, held_date) VALUES "
                                "(1, 'forventningssamtale', '2027-01-06', '2027-01-06'), "
                                "(1, 'sluttvurdering', '2027-01-28', NULL)"));
    runSql(plan, QStringLiteral("INSERT INTO checklist_texts (id, section_nb, text_nb, role) VALUES "
                                "(1, 'Før', 'Velkomstbrev sendt', 'leder'), (2, 'Før', 'Turnus laget', 'leder'), "
                                "(3, 'Første dag', 'Omvisning', 'veileder'), (4, 'Første dag', 'Presentert', "
                                "'veileder')"));
    runSql(plan, QStringLiteral("INSERT INTO checklist_items (placement_id, text_id, section_pos, position, due_date, "
                                "done_at) VALUES (1, 1, 1, 1, '2026-12-21', '2026-12-20T10:00:00+01:00'), "
                                "(1, 2, 1, 2, '2026-12-28', NULL), (1, 3, 2, 1, '2027-01-04', NULL), "
                                "(1, 4, 2, 2, '2027-01-04', NULL)"));
}

} // namespace praksis::test
