#pragma once

#include "commands/PlanCommand.h"
#include "model/Placement.h"
#include "planning/Planner.h"
#include "storage/Removal.h"

#include <QCoreApplication>

namespace praksis {

// Applies an automatic plan (PlannerApplier) as one undoable step. Undo removes exactly the placements it added,
// moves the planner-made placements it moved back, and brings back the ones it removed, with their details.
class ApplyPlanCommand : public PlanCommand
{
    Q_DECLARE_TR_FUNCTIONS(praksis::ApplyPlanCommand)

public:
    ApplyPlanCommand(PlanFile &plan, PlannerInput input, PlannerResult result);

    const QList<qint64> &inserted() const { return m_inserted; }

protected:
    Result<void> doRedo() override;
    Result<void> doUndo() override;

private:
    PlannerInput m_input;
    PlannerResult m_result;
    QList<qint64> m_inserted;
    QList<Placement> m_updated;          // as they were before
    QList<Removal<Placement>> m_removed; // as they were before, with their details
};

} // namespace praksis
