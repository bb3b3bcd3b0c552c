#pragma once

#include "Error.h"
#include "model/Programme.h"
#include "model/School.h"
#include "storage/Dependents.h"
#include "storage/Removal.h"

#include <QCoreApplication>
#include <QList>

namespace praksis {

class PlanFile;

// Schools and their programmes. Every write is one transaction, validated first, and announced with
// PlanFile::changed (Entity::School / Entity::Programme with the ids).
class SchoolRepository
{
    Q_DECLARE_TR_FUNCTIONS(praksis::SchoolRepository)

public:
    explicit SchoolRepository(PlanFile &plan)
        : m_plan(plan)
    {}

    // --- schools ---
    Result<School> get(qint64 id) const;
    // All schools by name, with their programmes.
    Result<QList<School>> list() const;
    // The id of the school with this name (case-insensitive), 0 when there is none.
    Result<qint64> findByName(const QString &name) const;

    // The rules a school must meet, with the message for the first one broken (also for forms as you type).
    Result<void> validate(const School &school) const;
    // Stores a new school (and its programmes); keeps school.id when it is not 0. Returns the id.
    Result<qint64> insert(const School &school);
    // Changes the school's own fields (not its programmes).
    Result<void> update(const School &school);
    // Programmes (go with the school) and students (block) of the school.
    Result<Dependents> dependents(qint64 id) const;
    // Removes the school. Refused while students belong to it; its programmes only go with it when cascade
    // is true. Returns what was removed, for restore().
    Result<Removal<School>> remove(qint64 id, bool cascade = false);
    // Undoes a remove(): the school, its programmes and their periods, with the same ids.
    Result<void> restore(const Removal<School> &removed);

    // --- programmes ---
    Result<Programme> programme(qint64 id) const;
    // The programmes of a school by name; of every school (by school, then name) when schoolId is 0.
    Result<QList<Programme>> programmes(qint64 schoolId = 0) const;
    // The id of the school's programme with this name (case-insensitive), 0 when there is none.
    Result<qint64> findProgramme(qint64 schoolId, const QString &name) const;
    Result<void> validateProgramme(const Programme &programme) const;
    Result<qint64> insertProgramme(const Programme &programme);
    Result<void> updateProgramme(const Programme &programme);
    // Students (block) and the periods it takes part in (go with it).
    Result<Dependents> programmeDependents(qint64 id) const;
    Result<Removal<Programme>> removeProgramme(qint64 id, bool cascade = false);
    Result<void> restoreProgramme(const Removal<Programme> &removed);

private:
    Result<void> writeProgramme(const Programme &programme, bool isNew, qint64 *id);
    QString schoolName(qint64 id) const;

    PlanFile &m_plan;
};

} // namespace praksis
