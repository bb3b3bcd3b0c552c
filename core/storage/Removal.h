#pragma once

#include "Error.h"
#include "model/Exclusion.h"
#include "model/Period.h"
#include "model/Preference.h"
#include "storage/Change.h"

#include <QList>
#include <QPair>
#include <QStringList>
#include <QVariant>

namespace praksis {

class PlanFile;

// A programme taking part in a period.
struct PeriodProgramme
{
    qint64 periodId = 0;
    qint64 programmeId = 0;

    friend bool operator==(const PeriodProgramme &, const PeriodProgramme &) = default;
};

// Rows of one table exactly as they were, for details this layer does not model itself (a placement's meetings,
// absence records and checklist, a site's own welcome template), so that undo brings them back unchanged.
struct RowSnapshot
{
    Entity entity = Entity::All; // announced (Change::Kind::Reset) when restored
    QString table;
    QStringList columns;
    QList<QVariantList> rows;

    // SELECT * FROM table WHERE <where>
    static Result<RowSnapshot> capture(const PlanFile &plan, Entity entity, const QString &table, const QString &where,
                                       const QVariantList &bindings);
    Result<void> restore(PlanFile &plan) const;

    friend bool operator==(const RowSnapshot &, const RowSnapshot &) = default;
};

// Records of other aggregates that a confirmed (cascading) remove took away with the record: preferences and
// exclusions naming a removed site, capacity overrides of a removed site, a removed programme's periods.
// Preferences are kept whole, as they were before the remove (a student's ranking loses the removed site and
// the later choices move up).
struct RemovedLinks
{
    QList<Preference> preferences;
    QList<Exclusion> exclusions;
    QList<CapacityOverride> capacities;
    QList<PeriodProgramme> periodProgrammes;
    QList<RowSnapshot> rows; // restored in this order (parents first)
    // New hires whose confirmed link to a removed student record was cleared: (hire id, student id).
    QList<QPair<qint64, qint64>> hireLinks;

    bool isEmpty() const
    {
        return preferences.isEmpty() && exclusions.isEmpty() && capacities.isEmpty() && periodProgrammes.isEmpty() &&
               rows.isEmpty() && hireLinks.isEmpty();
    }
    // Puts them back (inside the caller's transaction), announcing the changes.
    Result<void> restore(PlanFile &plan) const;

    friend bool operator==(const RemovedLinks &, const RemovedLinks &) = default;
};

// What remove() took away: the record as it was, with its own details, and the links of other records that went
// with it. An undo command keeps it and gives it to restore(), which re-creates everything with the same ids.
template<typename T> struct Removal
{
    T record;
    RemovedLinks links;

    friend bool operator==(const Removal &, const Removal &) = default;
};

} // namespace praksis
