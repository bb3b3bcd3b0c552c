#include "commands/ApplyPlanCommand.h"

#include "planning/PlannerApplier.h"
#include "placements/PlacementService.h"
#include "storage/PlanFile.h"

#include <QHash>

namespace praksis {

ApplyPlanCommand::ApplyPlanCommand(PlanFile &plan, PlannerInput input, PlannerResult result)
    // lower case: the undo action puts its word before it ("Undo automatic plan for …", "Angre automatisk plan for …")
    : PlanCommand(plan, tr("automatic plan for %1").arg(input.periodName))
    , m_input(std::move(input))
    , m_result(std::move(result))
{}

Result<void> ApplyPlanCommand::doRedo()
{
    Transaction tx(m_plan);
    if (!tx.ok())
        return tx.error();
    // The applier changes only the period's planner-made placements that are still planned: keep them as they are.
    PlacementService repo(m_plan);
    auto period = repo.listByPeriod(m_input.periodId);
    if (!period)
        return period.error();
    QHash<qint64, Removal<Placement>> before;
    for (const Placement &p : std::as_const(period.value())) {
        if (p.locked || p.status != PlacementStatus::Planned)
            continue;
        auto removal = repo.removal(p);
        if (!removal)
            return removal.error();
        before.insert(p.id, std::move(removal.value()));
    }

    auto applied = PlannerApplier::apply(m_plan, m_input, m_result);
    if (!applied)
        return applied.error();

    QList<Placement> updated;
    for (qint64 id : std::as_const(applied->updated))
        updated << before.value(id).record;
    QList<Removal<Placement>> removed;
    for (qint64 id : std::as_const(applied->removed))
        removed << before.value(id);
    if (auto c = tx.commit(); !c)
        return c;
    m_inserted = applied->inserted;
    m_updated = std::move(updated);
    m_removed = std::move(removed);
    return {};
}

Result<void> ApplyPlanCommand::doUndo()
{
    Transaction tx(m_plan);
    if (!tx.ok())
        return tx.error();
    PlacementService repo(m_plan);
    for (qint64 id : std::as_const(m_inserted))
        if (auto r = repo.remove(id, true); !r)
            return r.error();
    for (const Placement &p : std::as_const(m_updated))
        if (auto r = repo.update(p); !r)
            return r;
    for (const Removal<Placement> &r : std::as_const(m_removed))
        if (auto restored = repo.restore(r); !restored)
            return restored;
    return tx.commit();
}

} // namespace praksis
