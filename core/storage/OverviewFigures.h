#pragma once

#include "Error.h"
#include "model/Kinds.h"

#include <QDate>
#include <QHash>
#include <QList>

namespace praksis {

class PlanFile;

// The figures of the Overview's charts (PRODUCT.md section 3), as aggregates: SQLite counts, the page draws.
namespace OverviewFigures {

// Placements of one site kind that share their first and last day, and how many they are.
struct KindRange
{
    SiteKind kind = SiteKind::Sykehjem;
    QDate start;
    QDate end;
    int count = 0;
};

// The first and last day of a period; invalid dates when there is no such period.
Result<std::pair<QDate, QDate>> periodDates(PlanFile &plan, qint64 periodId);
// The placements of a period that are not cancelled, counted per site kind and date range.
Result<QList<KindRange>> occupancy(PlanFile &plan, qint64 periodId);
// Students placed per week of `weeks` (Mondays, one a week, in order) for each site kind, from occupancy(): a
// placement counts in every week it touches.
QHash<SiteKind, QList<int>> perWeek(const QList<KindRange> &ranges, const QList<QDate> &mondays);
// The placements per status, of one period (0: of the whole plan).
Result<QHash<PlacementStatus, int>> statusCounts(PlanFile &plan, qint64 periodId);

} // namespace OverviewFigures

} // namespace praksis
