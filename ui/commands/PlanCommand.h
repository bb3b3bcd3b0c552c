#pragma once

#include "Error.h"

#include <QUndoCommand>

namespace praksis {

class PlanFile;

// Base of every undoable change to the plan: one user action, one transaction in each direction. The first
// redo happens in PlanSession::run() before the command is pushed, so a change core refuses never reaches the
// undo stack; later redo()/undo() calls repeat it. If one of those fails (another program changed the plan
// meanwhile), the error is reported through PlanCommand::failed and the command marks itself obsolete.
class PlanCommand : public QUndoCommand
{
public:
    explicit PlanCommand(PlanFile &plan, const QString &text = {}, QUndoCommand *parent = nullptr);

    // Does the change; called once by PlanSession::run before pushing.
    Result<void> perform();

    void redo() final;
    void undo() final;

    // Reports a failed undo/redo (set by PlanSession; a no-op when unset).
    static inline std::function<void(const Error &)> failed;

protected:
    virtual Result<void> doRedo() = 0;
    virtual Result<void> doUndo() = 0;

    PlanFile &m_plan;

private:
    bool m_performed = false;
};

} // namespace praksis
