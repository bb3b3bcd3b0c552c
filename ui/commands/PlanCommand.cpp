#include "commands/PlanCommand.h"

#include "storage/PlanFile.h"

namespace praksis {

PlanCommand::PlanCommand(PlanFile &plan, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_plan(plan)
{}

Result<void> PlanCommand::perform()
{
    auto r = doRedo();
    m_performed = r.ok();
    return r;
}

void PlanCommand::redo()
{
    if (m_performed) {
        // QUndoStack::push calls redo() at once: the change is already done.
        m_performed = false;
        return;
    }
    if (auto r = doRedo(); !r) {
        setObsolete(true);
        if (failed)
            failed(r.error());
    }
}

void PlanCommand::undo()
{
    m_performed = false;
    if (auto r = doUndo(); !r) {
        setObsolete(true);
        if (failed)
            failed(r.error());
    }
}

} // namespace praksis
