#pragma once

#include "Error.h"
#include "model/Supervisor.h"
#include "storage/Dependents.h"
#include "storage/Removal.h"

#include <QCoreApplication>
#include <QList>

namespace praksis {

class PlanFile;

// Supervisors with their absence periods. Every write is one transaction, validated first, and announced with
// PlanFile::changed (Entity::Supervisor with supervisor ids, Entity::SupervisorAbsence with absence ids).
class SupervisorRepository
{
    Q_DECLARE_TR_FUNCTIONS(praksis::SupervisorRepository)

public:
    explicit SupervisorRepository(PlanFile &plan)
        : m_plan(plan)
    {}

    Result<Supervisor> get(qint64 id) const;
    // Supervisors by family name, given name, with their absences; of one site when siteId is not 0.
    Result<QList<Supervisor>> list(qint64 siteId = 0) const;
    // The id of the supervisor with this name at the site (case-insensitive), 0 when there is none.
    Result<qint64> findByName(qint64 siteId, const QString &givenName, const QString &familyName) const;

    Result<void> validate(const Supervisor &supervisor) const;
    // Stores a new supervisor with her absences; keeps supervisor.id (and absence ids) when not 0.
    Result<qint64> insert(const Supervisor &supervisor);
    // Changes her own fields (not her absences). Moving her to another site is refused while placements at the
    // old site name her.
    Result<void> update(const Supervisor &supervisor);
    // Placements (block) and absence periods (go with her).
    Result<Dependents> dependents(qint64 id) const;
    Result<Removal<Supervisor>> remove(qint64 id, bool cascade = false);
    Result<void> restore(const Removal<Supervisor> &removed);

    // --- absence periods ---
    Result<SupervisorAbsence> absence(qint64 id) const;
    // Her absences, by start date.
    Result<QList<SupervisorAbsence>> absences(qint64 supervisorId) const;
    // Every absence that overlaps [from, to], by supervisor and start (the planner's and check's input).
    Result<QList<SupervisorAbsence>> absencesOverlapping(QDate from, QDate to) const;
    Result<void> validateAbsence(const SupervisorAbsence &absence) const;
    // Keeps absence.id when it is not 0. Returns the id.
    Result<qint64> addAbsence(const SupervisorAbsence &absence);
    Result<void> updateAbsence(const SupervisorAbsence &absence);
    // Returns the removed absence (for undo: addAbsence() it again).
    Result<SupervisorAbsence> removeAbsence(qint64 id);

private:
    Result<QList<Supervisor>> query(const QString &where, const QVariantList &bindings) const;
    Result<qint64> writeAbsence(const SupervisorAbsence &absence);

    PlanFile &m_plan;
};

} // namespace praksis
