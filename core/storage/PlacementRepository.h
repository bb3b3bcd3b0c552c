#pragma once

#include "Error.h"
#include "model/Placement.h"
#include "storage/Dependents.h"
#include "storage/Removal.h"

#include <QCoreApplication>
#include <QList>

namespace praksis {

class PlanFile;

// The placements that count in a period — every one but the cancelled — as an SQL expression over the period's id
// (a column such as "pe.id", or "?"): the one rule of the status bar, the Periods page and `praksisplan-cli list
// periods`. A macro, so that a static SQL text (the CLI's listings) can hold it too.
#define PRAKSIS_SQL_PLACEMENTS_IN_PERIOD(periodId)                                                                     \
    "(SELECT count(*) FROM placements counted"                                                                         \
    " WHERE counted.period_id = " periodId " AND counted.status <> 'cancelled')"

// Placements. Every write is one transaction, validated first, and announced with PlanFile::changed
// (Entity::Placement with the ids). A placement outside its period, at a full site or with an overloaded
// supervisor is stored: those are conflicts the planner and `check` show, not errors.
class PlacementRepository
{
    Q_DECLARE_TR_FUNCTIONS(praksis::PlacementRepository)

public:
    explicit PlacementRepository(PlanFile &plan)
        : m_plan(plan)
    {}

    Result<Placement> get(qint64 id) const;
    // Placements by start date, then id.
    Result<QList<Placement>> list() const;
    Result<QList<Placement>> listByPeriod(qint64 periodId) const;
    Result<QList<Placement>> listByStudent(qint64 studentId) const;
    Result<QList<Placement>> listBySite(qint64 siteId) const;
    Result<QList<Placement>> listBySupervisor(qint64 supervisorId) const;
    // The placements whose dates overlap [from, to].
    Result<QList<Placement>> listOverlapping(QDate from, QDate to) const;

    // Student, site and period must exist, a supervisor must work at the site, the end must not be before the
    // start. Null dates are allowed here: insert() takes them from the period.
    Result<void> validate(const Placement &placement) const;
    // Stores a new placement with its welcome checklist; keeps placement.id when it is not 0; null start/end
    // become the period's. Returns the id.
    Result<qint64> insert(const Placement &placement);
    // The checklist's due dates and the meetings still on their proposed dates follow new dates (followDates()).
    Result<void> update(const Placement &placement);
    // A placement's new site, supervisor and dates, for move().
    struct Move
    {
        qint64 id = 0;
        qint64 siteId = 0;
        qint64 supervisorId = 0; // 0: none
        QDate start, end;
    };
    // Moves several placements at once (the planner's applier), in one transaction with its statements prepared
    // once. Their checklists and meetings follow the new dates as in update(). Announces the checklists and
    // meetings changed, not the placements: the caller announces those with the rest of its change.
    Result<void> move(const QList<Move> &moves);
    // Changes the status of several placements at once (one undo step). Returns the placements as they were.
    Result<QList<Placement>> setStatus(const QList<qint64> &ids, PlacementStatus status);
    // Its meetings, absence records and checklist items (all go with it).
    Result<Dependents> dependents(qint64 id) const;
    // Removes the placement; with meetings, absence records or checklist items only when cascade is true. The
    // Removal holds those rows, and restore() brings everything back with the same ids.
    Result<Removal<Placement>> remove(qint64 id, bool cascade = false);
    // What remove(placement.id, true) would take away, without removing anything: the placement as given and its
    // meetings, absence records and checklist items (for undoing changes that delete placements some other way).
    Result<Removal<Placement>> removal(const Placement &placement) const;
    Result<void> restore(const Removal<Placement> &removed);

private:
    // The rule that a placement's checklist due dates and its meetings still on their proposed dates follow its
    // dates, once they have changed from [oldStart, oldEnd]; the one place for it, used by update() and move().
    Result<void> followDates(qint64 id, QDate oldStart, QDate oldEnd);
    // fresh: a new placement, given its checklist and planned meetings; otherwise one restored with its own.
    Result<qint64> insertRow(const Placement &placement, bool fresh);
    Result<QList<Placement>> query(const QString &where, const QVariantList &bindings) const;
    Result<Placement> withDefaults(Placement placement) const;

    PlanFile &m_plan;
};

} // namespace praksis
