#pragma once

#include "Error.h"
#include "model/Site.h"
#include "storage/Dependents.h"
#include "storage/Removal.h"

#include <QCoreApplication>
#include <QList>

namespace praksis {

class PlanFile;

// Placement sites. Every write is one transaction, validated first, and announced with PlanFile::changed
// (Entity::Site with the ids).
class SiteRepository
{
    Q_DECLARE_TR_FUNCTIONS(praksis::SiteRepository)

public:
    explicit SiteRepository(PlanFile &plan)
        : m_plan(plan)
    {}

    Result<Site> get(qint64 id) const;
    // All sites by name and unit.
    Result<QList<Site>> list() const;
    Result<QList<Site>> listByKind(SiteKind kind) const;
    // The id of the site with this name and unit (case-insensitive), 0 when there is none.
    Result<qint64> findByName(const QString &name, const QString &unit = {}) const;

    // The site a person names in a file or on the command line: "name", or "name / unit" where the name alone
    // is ambiguous (case-insensitive). An Error (NotFound, or Invalid when ambiguous) says what to write instead.
    Result<qint64> resolve(const QString &text) const;

    Result<void> validate(const Site &site) const;
    // Stores a new site; keeps site.id when it is not 0. Returns the id.
    Result<qint64> insert(const Site &site);
    Result<void> update(const Site &site);
    // Placements and supervisors (block); preferences, exclusions, period capacities and its own welcome template
    // (go with it).
    Result<Dependents> dependents(qint64 id) const;
    // Removes the site; refused while placements or supervisors refer to it; the rest goes only with cascade.
    // Students' rankings lose the site (later choices move up). The returned links restore all of it.
    Result<Removal<Site>> remove(qint64 id, bool cascade = false);
    Result<void> restore(const Removal<Site> &removed);

private:
    PlanFile &m_plan;
};

} // namespace praksis
