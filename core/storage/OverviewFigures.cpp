#include "storage/OverviewFigures.h"

#include "model/Validation.h"
#include "storage/PlanFile.h"

#include <QSqlQuery>

#include <algorithm>

namespace praksis::OverviewFigures {

namespace {

QDate isoDate(const QVariant &v)
{
    return v.isNull() ? QDate() : Validation::fromIsoDate(v.toString()).value_or(QDate());
}

} // namespace

Result<std::pair<QDate, QDate>> periodDates(PlanFile &plan, qint64 periodId)
{
    auto q = plan.exec(QStringLiteral("SELECT start_date, end_date FROM periods WHERE id = ?"), {periodId});
    if (!q)
        return q.error();
    if (!q->next())
        return std::pair<QDate, QDate>{};
    return std::pair{isoDate(q->value(0)), isoDate(q->value(1))};
}

Result<QList<KindRange>> occupancy(PlanFile &plan, qint64 periodId)
{
    // the placements of a period mostly share their dates: a few hundred rows for 10,000 placements
    auto q = plan.exec(QStringLiteral("SELECT s.kind, p.start_date, p.end_date, count(*) FROM placements p "
                                      "JOIN sites s ON s.id = p.site_id "
                                      "WHERE p.period_id = ? AND p.status <> 'cancelled' "
                                      "GROUP BY s.kind, p.start_date, p.end_date"),
                       {periodId});
    if (!q)
        return q.error();
    QList<KindRange> out;
    while (q->next()) {
        const auto kind = fromId<SiteKind>(q->value(0).toString());
        KindRange r{kind.value_or(SiteKind::Sykehjem), isoDate(q->value(1)), isoDate(q->value(2)), q->value(3).toInt()};
        if (kind && r.start.isValid() && r.end.isValid())
            out << r;
    }
    return out;
}

QHash<SiteKind, QList<int>> perWeek(const QList<KindRange> &ranges, const QList<QDate> &mondays)
{
    QHash<SiteKind, QList<int>> out;
    if (mondays.isEmpty())
        return out;
    const QDate first = mondays.constFirst();
    const qint64 weeks = mondays.size();
    for (const KindRange &r : ranges) {
        QList<int> &counts = out[r.kind];
        if (counts.isEmpty())
            counts = QList<int>(weeks, 0);
        const qint64 from = std::max<qint64>(0, first.daysTo(r.start) / 7);
        const qint64 to = std::min<qint64>(weeks - 1, first.daysTo(r.end) / 7);
        for (qint64 w = from; w <= to; ++w)
            counts[w] += r.count;
    }
    return out;
}

Result<QHash<PlacementStatus, int>> statusCounts(PlanFile &plan, qint64 periodId)
{
    auto q = periodId != 0 ? plan.exec(QStringLiteral("SELECT status, count(*) FROM placements WHERE period_id = ? "
                                                      "GROUP BY status"),
                                       {periodId})
                           : plan.exec(QStringLiteral("SELECT status, count(*) FROM placements GROUP BY status"));
    if (!q)
        return q.error();
    QHash<PlacementStatus, int> out;
    while (q->next())
        if (const auto s = fromId<PlacementStatus>(q->value(0).toString()))
            out[*s] = q->value(1).toInt();
    return out;
}

} // namespace praksis::OverviewFigures
