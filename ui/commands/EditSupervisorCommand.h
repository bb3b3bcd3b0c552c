#pragma once

#include "commands/PlanCommand.h"
#include "model/Supervisor.h"

namespace praksis {

// An edit of a supervisor in her form: her own fields and her absence periods together, as one undo step in one
// transaction. Absences added in the form get their ids on the first redo and keep them after undo and redo.
class EditSupervisorCommand : public PlanCommand
{
public:
    // field: the one form field that changed (consecutive edits of it merge), or empty.
    EditSupervisorCommand(PlanFile &plan, Supervisor before, Supervisor after, const QString &text, QString field = {});

    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

protected:
    Result<void> doRedo() override { return change(m_before, m_after); }
    Result<void> doUndo() override { return change(m_after, m_before); }

private:
    // Writes `to` over `from`; new absences of `to` get their ids stored.
    Result<void> change(const Supervisor &from, Supervisor &to);

    Supervisor m_before;
    Supervisor m_after;
    QString m_field;
};

} // namespace praksis
