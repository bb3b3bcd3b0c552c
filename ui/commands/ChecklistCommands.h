#pragma once

#include "commands/PlanCommand.h"
#include "welcome/Checklists.h"

namespace praksis {

// Ticks a checklist item off (who, when) or clears it; undo puts back exactly what was there.
class TickChecklistItemCommand : public PlanCommand
{
public:
    // done: tick off as `who` now; !done: clear the tick.
    TickChecklistItemCommand(PlanFile &plan, qint64 itemId, bool done, const QString &who, const QString &text);

protected:
    Result<void> doRedo() override;
    Result<void> doUndo() override;

private:
    qint64 m_itemId;
    bool m_done;
    TickState m_before;
    TickState m_after;
    bool m_haveAfter = false;
};

} // namespace praksis
