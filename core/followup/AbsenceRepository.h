#pragma once

#include "Error.h"
#include "model/AbsenceRecord.h"

#include <QCoreApplication>
#include <QList>

namespace praksis {

class PlanFile;

// A placement's absence records. Every write is one transaction, validated first, and announced with
// PlanFile::changed (Entity::Absence with the record ids).
class AbsenceRepository
{
    Q_DECLARE_TR_FUNCTIONS(praksis::AbsenceRepository)

public:
    explicit AbsenceRepository(PlanFile &plan)
        : m_plan(plan)
    {}

    Result<AbsenceRecord> get(qint64 id) const;
    // by date, then id
    Result<QList<AbsenceRecord>> listByPlacement(qint64 placementId) const;

    // The placement exists, the date lies between its start and end, hours more than 0 and at most 24.
    Result<void> validate(const AbsenceRecord &record) const;
    // Stores a new record (keeps record.id when it is not 0, to undo a removal) and returns its id.
    Result<qint64> insert(const AbsenceRecord &record);
    Result<void> update(const AbsenceRecord &record);
    // Removes a record and returns it as it was, for undo (insert() brings it back with the same id).
    Result<AbsenceRecord> remove(qint64 id);

private:
    PlanFile &m_plan;
};

} // namespace praksis
