#pragma once

#include "Error.h"

#include <QString>

namespace praksis {

// Replacing a plan with a copy of it (a backup), safely: the copy is checked before anything is touched, the
// replaced plan is kept as a backup next to it, and the switch is one atomic rename.
class PlanRestore
{
public:
    // Whether the file at copyPath is a plan this program can open, undamaged (full integrity check, foreign
    // keys, not from a newer version). The file itself is never changed: the check runs on a private copy.
    // A copy that fails is an Error of kind Invalid whose message says why.
    static Result<void> checkCopy(const QString &copyPath);

    struct Outcome
    {
        QString keptBackup; // the replaced plan, kept next to it; empty when there was no plan
        int schemaVersion = 0;
    };

    // Replaces the plan at planPath with the copy at copyPath after checking it. Refuses (kind Busy) while
    // another program has the plan open. On any failure the plan at planPath is left as it was.
    static Result<Outcome> restore(const QString &planPath, const QString &copyPath);

    // Whether another connection (this or another process) has the plan open. A missing file is not in use.
    static Result<bool> inUse(const QString &planPath);
};

} // namespace praksis
