#include "commands/FollowUpCommands.h"

#include "followup/AbsenceRepository.h"
#include "followup/MeetingRepository.h"
#include "model/Validation.h"
#include "storage/PlanFile.h"

#include <QCoreApplication>

namespace praksis {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(praksis::FollowUpCommands)
};
} // namespace

AddAbsenceCommand::AddAbsenceCommand(PlanFile &plan, AbsenceRecord record)
    : PlanCommand(plan, Tr::tr("Add absence on %1").arg(Validation::formatDate(record.date)))
    , m_record(std::move(record))
{}

Result<void> AddAbsenceCommand::doRedo()
{
    auto id = AbsenceRepository(m_plan).insert(m_record);
    if (!id)
        return id.error();
    m_record.id = *id;
    return {};
}

Result<void> AddAbsenceCommand::doUndo()
{
    auto removed = AbsenceRepository(m_plan).remove(m_record.id);
    if (!removed)
        return removed.error();
    return {};
}

EditAbsenceCommand::EditAbsenceCommand(PlanFile &plan, AbsenceRecord before, AbsenceRecord after)
    : PlanCommand(plan, Tr::tr("Edit absence on %1").arg(Validation::formatDate(after.date)))
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

Result<void> EditAbsenceCommand::doRedo()
{
    return AbsenceRepository(m_plan).update(m_after);
}

Result<void> EditAbsenceCommand::doUndo()
{
    return AbsenceRepository(m_plan).update(m_before);
}

RemoveAbsenceCommand::RemoveAbsenceCommand(PlanFile &plan, qint64 id)
    : PlanCommand(plan, Tr::tr("Remove absence"))
    , m_id(id)
{
    if (auto r = AbsenceRepository(plan).get(id))
        setText(Tr::tr("Remove absence on %1").arg(Validation::formatDate(r->date)));
}

Result<void> RemoveAbsenceCommand::doRedo()
{
    auto removed = AbsenceRepository(m_plan).remove(m_id);
    if (!removed)
        return removed.error();
    m_removed = *removed;
    return {};
}

Result<void> RemoveAbsenceCommand::doUndo()
{
    if (!m_removed)
        return {};
    auto id = AbsenceRepository(m_plan).insert(*m_removed);
    if (!id)
        return id.error();
    return {};
}

SaveMeetingCommand::SaveMeetingCommand(PlanFile &plan, std::optional<AssessmentMeeting> before, AssessmentMeeting after,
                                       const QString &text)
    : PlanCommand(plan, text)
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

Result<void> SaveMeetingCommand::doRedo()
{
    MeetingRepository repo(m_plan);
    if (m_before)
        return repo.update(m_after);
    auto id = repo.insert(m_after);
    if (!id)
        return id.error();
    m_after.id = *id;
    return {};
}

Result<void> SaveMeetingCommand::doUndo()
{
    MeetingRepository repo(m_plan);
    if (m_before)
        return repo.update(*m_before);
    auto removed = repo.remove(m_after.id);
    if (!removed)
        return removed.error();
    return {};
}

PlanProposedMeetingsCommand::PlanProposedMeetingsCommand(PlanFile &plan, qint64 placementId)
    : PlanCommand(plan, Tr::tr("Plan proposed meetings"))
    , m_placementId(placementId)
{}

Result<void> PlanProposedMeetingsCommand::doRedo()
{
    MeetingRepository repo(m_plan);
    Transaction tx(m_plan);
    if (!tx.ok())
        return tx.error();
    if (m_created.isEmpty()) {
        auto ids = repo.createProposed(m_placementId);
        if (!ids)
            return ids.error();
        if (ids->isEmpty())
            return Error::invalid(Tr::tr("Every proposed meeting of this placement is planned already."));
        for (qint64 id : std::as_const(*ids)) {
            auto m = repo.get(id);
            if (!m)
                return m.error();
            m_created.append(*m);
        }
    } else {
        for (const AssessmentMeeting &m : std::as_const(m_created))
            if (auto id = repo.insert(m); !id)
                return id.error();
    }
    return tx.commit();
}

Result<void> PlanProposedMeetingsCommand::doUndo()
{
    MeetingRepository repo(m_plan);
    Transaction tx(m_plan);
    if (!tx.ok())
        return tx.error();
    for (const AssessmentMeeting &m : std::as_const(m_created))
        if (auto removed = repo.remove(m.id); !removed)
            return removed.error();
    return tx.commit();
}

} // namespace praksis
