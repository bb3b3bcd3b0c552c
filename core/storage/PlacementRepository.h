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

// Placements as rows: the reads, the validation and the row writes of the placements table. A placement's side
// effects (its welcome checklist, its proposed meetings, their dates following its dates) belong to the layers
// above, so the writes are protected: PlacementService (core/placements) is the one write path, and every writer
// goes through it. Every write is one transaction, validated first, and announced with PlanFile::changed
// (Entity::Placement with the ids). A placement outside its period, at a full site or with an overloaded supervisor
// is stored: those are conflicts the planner and `check` show, not errors.
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
    // start. Null dates are allowed here: insertRows() takes them from the period.
    Result<void> validate(const Placement &placement) const;
    // Its meetings, absence records and checklist items (all go with it).
    Result<Dependents> dependents(qint64 id) const;
    // What remove(placement.id, true) would take away, without removing anything: the placement as given and its
    // meetings, absence records and checklist items (for undoing changes that delete placements some other way).
    Result<Removal<Placement>> removal(const Placement &placement) const;

    // A placement's new site, supervisor and dates, for moveRows().
    struct Move
    {
        qint64 id = 0;
        qint64 siteId = 0;
        qint64 supervisorId = 0; // 0: none
        QDate start, end;
    };
    // A placement whose dates changed, and the dates it had.
    struct Moved
    {
        qint64 id = 0;
        QDate oldStart, oldEnd;
    };

protected:
    // Stores new placements, validated, with one prepared statement; keeps placement.id when it is not 0; null
    // start/end become the period's. Returns the ids in order.
    Result<QList<qint64>> insertRows(const QList<Placement> &placements);
    // Changes every field of a stored placement; returns it as it was.
    Result<Placement> updateRow(const Placement &placement);
    // Moves several placements at once, with its statements prepared once; returns those whose dates changed.
    Result<QList<Moved>> moveRows(const QList<Move> &moves);
    // Changes the status of several placements at once (one undo step). Returns the placements as they were.
    Result<QList<Placement>> setStatus(const QList<qint64> &ids, PlacementStatus status);
    // Removes the placement; with meetings, absence records or checklist items only when cascade is true (they go
    // by ON DELETE CASCADE). The Removal holds those rows, and restore() brings everything back with the same ids.
    Result<Removal<Placement>> remove(qint64 id, bool cascade = false);
    // Removes several placements and what they own, with one prepared statement (no questions asked).
    Result<void> removeRows(const QList<qint64> &ids);
    // The placement and the rows it owned, as they were: no checklist or meeting is made anew.
    Result<void> restore(const Removal<Placement> &removed);

    PlanFile &m_plan;

private:
    Result<QList<Placement>> query(const QString &where, const QVariantList &bindings) const;
    Result<Placement> withDefaults(Placement placement) const;
};

} // namespace praksis
