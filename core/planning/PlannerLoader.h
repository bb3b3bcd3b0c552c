#pragma once

#include "Error.h"
#include "planning/Planner.h"

#include <QCoreApplication>

namespace praksis {

class PlanFile;

// Reads what the planner needs about one period from the plan (PlannerInput's comments say what each figure
// means). Which placements stay and which are planned again:
//  - a placement of the period made or confirmed by a person (locked = 1), or planner-made but since moved on from
//    "planned" (confirmed, ongoing, completed), stays: its student is not planned and it counts against the
//    capacities;
//  - a planner-made placement (locked = 0) still "planned" is planned again: it does not count, and its student
//    is planned like any other — with the same input the planner proposes the same placement again;
//  - cancelled placements never count (a withdrawal frees the place); a student whose placement in the period was
//    cancelled is not planned again (withdrawn);
//  - every placement of another period at dates of this one counts, and its student is not planned (rule 1).
class PlannerLoader
{
    Q_DECLARE_TR_FUNCTIONS(praksis::PlannerLoader)

public:
    // The id of the period with that name (case-insensitive); Error::Kind::Invalid when there is none.
    static Result<qint64> findPeriod(PlanFile &plan, const QString &name);
    static Result<PlannerInput> load(PlanFile &plan, qint64 periodId);
};

} // namespace praksis
