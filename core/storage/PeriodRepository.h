#pragma once

#include "Error.h"
#include "model/Period.h"
#include "storage/Dependents.h"
#include "storage/Removal.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace praksis {

class PlanFile;

// Placement periods with their programmes, eligible site kinds and per-site capacities. Every write is one
// transaction, validated first, and announced with PlanFile::changed (Entity::Period with the ids).
class PeriodRepository
{
    Q_DECLARE_TR_FUNCTIONS(praksis::PeriodRepository)

public:
    explicit PeriodRepository(PlanFile &plan)
        : m_plan(plan)
    {}

    Result<Period> get(qint64 id) const;
    // All periods by start date, then name.
    Result<QList<Period>> list() const;
    // The periods a programme takes part in, by start date.
    Result<QList<Period>> listByProgramme(qint64 programmeId) const;
    // The periods that overlap [from, to], by start date.
    Result<QList<Period>> listOverlapping(QDate from, QDate to) const;
    // The id of the period with this name (case-insensitive), 0 when there is none.
    Result<qint64> findByName(const QString &name) const;

    Result<void> validate(const Period &period) const;
    // Stores a new period with its programmes, kinds and capacities; keeps period.id when it is not 0.
    Result<qint64> insert(const Period &period);
    // Changes the period, replacing its programmes, kinds and capacities with those of `period`.
    Result<void> update(const Period &period);
    // Placements (block) and students' preferences for it (go with it). Its programmes, kinds and capacities are
    // part of the period itself.
    Result<Dependents> dependents(qint64 id) const;
    Result<Removal<Period>> remove(qint64 id, bool cascade = false);
    Result<void> restore(const Removal<Period> &removed);

    // --- per-site capacity ---
    // The capacity overrides naming a site, by period.
    Result<QList<CapacityOverride>> capacitiesOfSite(qint64 siteId) const;
    // The site's capacity in the period: its override, or else the site's default capacity.
    Result<int> capacity(qint64 periodId, qint64 siteId) const;
    // Sets (a value) or clears (std::nullopt) one site's override in one period.
    Result<void> setCapacity(qint64 periodId, qint64 siteId, std::optional<int> capacity);

private:
    Result<QList<Period>> query(const QString &where, const QVariantList &bindings) const;
    Result<void> writeDetails(const Period &period, qint64 id);

    PlanFile &m_plan;
};

} // namespace praksis
