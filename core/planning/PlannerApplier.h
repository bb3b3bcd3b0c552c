#pragma once

#include "Error.h"
#include "planning/Planner.h"

#include <QCoreApplication>

namespace praksis {

class PlanFile;

// What applying a plan wrote.
struct PlannerApplied
{
    QList<qint64> inserted; // new placements
    QList<qint64> updated;  // planner-made placements moved to another site, supervisor or the period's dates
    QList<qint64> removed;  // planner-made placements whose student is now unplaced
    int unchanged = 0;
};

// Writes a plan: the placed students' placements (status planned, locked = 0, the period's dates), replacing the
// period's earlier planner-made placements, in one transaction announced as Entity::Placement. Refuses (and writes
// nothing) when the plan has changed since the input was loaded, and when cancelled.
class PlannerApplier
{
    Q_DECLARE_TR_FUNCTIONS(praksis::PlannerApplier)

public:
    static Result<PlannerApplied> apply(PlanFile &plan, const PlannerInput &input, const PlannerResult &result,
                                        const PlannerProgress &progress = {});
};

} // namespace praksis
