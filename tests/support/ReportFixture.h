#pragma once

#include "storage/PlanFile.h"

namespace praksis::test {

// Runs one statement; a failure ends the test program (fixtures must be right).
void runSql(PlanFile &plan, const QString &sql, const QVariantList &bindings = {});

// A small hand-built plan for report tests: two schools (Høgskolen A: Åse Ødegård and Per Berg; Skolen B: Kari
// Skolebsen), two sites, two supervisors, period "Vår 2027" (4–29 January 2027, 30 h a week), three placements,
// absences, meetings and one checklist. School 1's report must never show school 2's student.
void buildReportPlan(PlanFile &plan);

} // namespace praksis::test
