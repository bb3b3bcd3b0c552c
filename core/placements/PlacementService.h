#pragma once

#include "Error.h"
#include "storage/PlacementRepository.h"

#include <functional>

namespace praksis {

// The one write path for placements: every writer of a placement (the placements and planner pages, the planner's
// applier, undo) goes through it, so a placement's side effects are written once, here:
// - a new placement gets its welcome checklist, from the template that applies to its site
//   (Checklists::create), and its assessment meetings as the follow-up rule proposes
//   (MeetingRepository::createProposed);
// - when its dates move, its checklist's due dates and its meetings still on their proposed dates follow
//   (Checklists::followDates, MeetingRepository::followDates); meetings moved by hand and held ones stay;
// - when it goes, its meetings, absence records and checklist items go with it, and restore() brings them back
//   as they were (none made anew).
// The reads (get, list…, dependents, removal) are the repository's. Each call is one transaction; the set-based
// ones (insertMany, move, removeMany) reuse their prepared statements.
class PlacementService : public PlacementRepository
{
public:
    explicit PlacementService(PlanFile &plan)
        : PlacementRepository(plan)
    {}

    // Called once per placement done in insertMany(); returning false cancels (the transaction rolls back).
    using Step = std::function<bool()>;

    // Stores a new placement with its checklist and meetings; keeps placement.id when it is not 0; null start/end
    // become the period's. Returns the id.
    Result<qint64> insert(const Placement &placement);
    // Stores new placements with their checklists and meetings. Returns the ids in order.
    Result<QList<qint64>> insertMany(const QList<Placement> &placements, const Step &step = {});
    // Changes a placement; its checklist and meetings follow new dates.
    Result<void> update(const Placement &placement);
    // Moves several placements to another site, supervisor or dates; their checklists and meetings follow.
    Result<void> move(const QList<Move> &moves);
    using PlacementRepository::remove;
    using PlacementRepository::restore;
    using PlacementRepository::setStatus;
    // Removes several placements with everything they own (the planner's applier).
    Result<void> removeMany(const QList<qint64> &ids);

private:
    // The checklists and meetings of new placements.
    Result<void> furnish(const QList<qint64> &ids, const Step &step);
    // Their checklists' due dates and their meetings follow new dates.
    Result<void> followDates(const QList<Moved> &moved);
};

} // namespace praksis
