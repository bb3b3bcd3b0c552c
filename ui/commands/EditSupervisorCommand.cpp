#include "commands/EditSupervisorCommand.h"

#include "commands/RecordCommands.h"
#include "storage/PlanFile.h"
#include "storage/SupervisorRepository.h"

namespace praksis {

EditSupervisorCommand::EditSupervisorCommand(PlanFile &plan, Supervisor before, Supervisor after, const QString &text,
                                             QString field)
    : PlanCommand(plan, text)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_field(std::move(field))
{}

int EditSupervisorCommand::id() const
{
    return m_field.isEmpty() ? -1 : int(CommandId::EditRecord);
}

bool EditSupervisorCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = dynamic_cast<const EditSupervisorCommand *>(other);
    if (!o || o->m_field != m_field || o->m_after.id != m_after.id)
        return false;
    m_after = o->m_after;
    return true;
}

Result<void> EditSupervisorCommand::change(const Supervisor &from, Supervisor &to)
{
    Transaction tx(m_plan);
    if (!tx.ok())
        return tx.error();
    SupervisorRepository repo(m_plan);
    Supervisor ownFrom = from;
    Supervisor ownTo = to;
    ownFrom.absences.clear();
    ownTo.absences.clear();
    if (!(ownFrom == ownTo))
        if (auto r = repo.update(to); !r)
            return r;
    const auto find = [](const QList<SupervisorAbsence> &list, qint64 id) -> const SupervisorAbsence * {
        for (const SupervisorAbsence &a : list)
            if (a.id != 0 && a.id == id)
                return &a;
        return nullptr;
    };
    for (const SupervisorAbsence &a : from.absences)
        if (!find(to.absences, a.id))
            if (auto r = repo.removeAbsence(a.id); !r)
                return r.error();
    for (SupervisorAbsence &a : to.absences) {
        a.supervisorId = to.id;
        const SupervisorAbsence *old = find(from.absences, a.id);
        if (!old) {
            auto id = repo.addAbsence(a); // keeps a.id when it has one (redo after undo)
            if (!id)
                return id.error();
            a.id = id.value();
        } else if (!(*old == a)) {
            if (auto r = repo.updateAbsence(a); !r)
                return r;
        }
    }
    return tx.commit();
}

} // namespace praksis
