#include "commands/ChecklistCommands.h"

namespace praksis {

TickChecklistItemCommand::TickChecklistItemCommand(PlanFile &plan, qint64 itemId, bool done, const QString &who,
                                                   const QString &text)
    : PlanCommand(plan, text)
    , m_itemId(itemId)
    , m_done(done)
{
    m_after.itemId = itemId;
    if (done) {
        m_after.doneBy = who;
        m_after.doneAt = QDateTime::currentDateTime();
    }
}

Result<void> TickChecklistItemCommand::doRedo()
{
    // The first time records what was there; a redo after an undo repeats the very same tick (who and when).
    auto before = m_done ? Checklists::tick(m_plan, m_itemId, m_after.doneBy, m_after.doneAt)
                         : Checklists::untick(m_plan, m_itemId);
    if (!before)
        return before.error();
    m_before = before.value();
    return {};
}

Result<void> TickChecklistItemCommand::doUndo()
{
    return Checklists::restoreTick(m_plan, m_before);
}

} // namespace praksis
