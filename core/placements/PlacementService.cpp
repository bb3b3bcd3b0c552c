#include "placements/PlacementService.h"

#include "followup/MeetingRepository.h"
#include "storage/PlanFile.h"
#include "welcome/Checklists.h"

namespace praksis {

Result<void> PlacementService::furnish(const QList<qint64> &ids, const Step &step)
{
    if (ids.isEmpty())
        return {};
    if (auto made = Checklists::create(m_plan, ids); !made)
        return made.error();
    MeetingRepository meetings(m_plan);
    for (const qint64 id : ids) {
        if (auto made = meetings.createProposed(id); !made)
            return made.error();
        if (step && !step())
            return Error::make(Error::Kind::Cancelled, {});
    }
    return {};
}

Result<void> PlacementService::followDates(const QList<Moved> &moved)
{
    MeetingRepository meetings(m_plan);
    for (const Moved &m : moved) {
        if (auto r = Checklists::followDates(m_plan, m.id, m.oldStart); !r)
            return r;
        if (auto r = meetings.followDates(m.id, m.oldStart, m.oldEnd); !r)
            return r.error();
    }
    return {};
}

Result<qint64> PlacementService::insert(const Placement &placement)
{
    auto ids = insertMany({placement});
    if (!ids)
        return ids.error();
    return ids->first();
}

Result<QList<qint64>> PlacementService::insertMany(const QList<Placement> &placements, const Step &step)
{
    Transaction tx(m_plan);
    if (!tx.ok())
        return tx.error();
    auto ids = insertRows(placements);
    if (!ids)
        return ids.error();
    if (auto r = furnish(ids.value(), step); !r)
        return r.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return ids;
}

Result<void> PlacementService::update(const Placement &placement)
{
    Transaction tx(m_plan);
    if (!tx.ok())
        return tx.error();
    auto before = updateRow(placement);
    if (!before)
        return before.error();
    if (before->start != placement.start || before->end != placement.end)
        if (auto r = followDates({Moved{placement.id, before->start, before->end}}); !r)
            return r;
    return tx.commit();
}

Result<void> PlacementService::move(const QList<Move> &moves)
{
    Transaction tx(m_plan);
    if (!tx.ok())
        return tx.error();
    auto moved = moveRows(moves);
    if (!moved)
        return moved.error();
    if (auto r = followDates(moved.value()); !r)
        return r;
    return tx.commit();
}

Result<void> PlacementService::removeMany(const QList<qint64> &ids)
{
    return removeRows(ids);
}

} // namespace praksis
