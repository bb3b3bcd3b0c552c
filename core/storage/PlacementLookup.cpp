#include "storage/PlacementLookup.h"

#include "model/PersonName.h"
#include "model/Site.h"
#include "storage/PlanFile.h"
#include "storage/SqlValues.h"

namespace praksis {

using namespace Qt::StringLiterals;

namespace {

PlacementRow rowFrom(const QSqlQuery &q)
{
    PlacementRow r;
    r.id = q.value(0).toLongLong();
    r.studentId = q.value(1).toLongLong();
    r.student = personName(q.value(2).toString(), q.value(3).toString());
    r.studentNumber = q.value(4).toString();
    r.schoolId = q.value(5).toLongLong();
    r.school = q.value(6).toString();
    r.programme = q.value(7).toString();
    r.siteId = q.value(8).toLongLong();
    Site site;
    site.name = q.value(9).toString();
    site.unit = q.value(10).toString();
    r.site = site.displayName();
    r.siteKind = fromId<SiteKind>(q.value(11).toString()).value_or(SiteKind::Annet);
    r.municipality = q.value(12).toString();
    r.supervisorId = q.value(13).toLongLong();
    r.supervisor = personName(q.value(14).toString(), q.value(15).toString());
    r.periodId = q.value(16).toLongLong();
    r.period = q.value(17).toString();
    r.start = sql::toDate(q.value(18));
    r.end = sql::toDate(q.value(19));
    r.status = fromId<PlacementStatus>(q.value(20).toString()).value_or(PlacementStatus::Planned);
    r.locked = q.value(21).toBool();
    r.notes = q.value(22).toString();
    return r;
}

const QString rowSelect =
    u"SELECT pl.id, st.id, st.given_name, st.family_name, st.student_number, sc.id, sc.name, pr.name, "
    u"si.id, si.name, si.unit, si.kind, si.municipality, sv.id, sv.given_name, sv.family_name, pe.id, pe.name, "
    u"pl.start_date, pl.end_date, pl.status, pl.locked, pl.notes "
    u"FROM placements pl "
    u"JOIN students st ON st.id = pl.student_id "
    u"JOIN schools sc ON sc.id = st.school_id "
    u"LEFT JOIN programmes pr ON pr.id = st.programme_id "
    u"JOIN sites si ON si.id = pl.site_id "
    u"LEFT JOIN supervisors sv ON sv.id = pl.supervisor_id "
    u"JOIN periods pe ON pe.id = pl.period_id "_s;

} // namespace

Result<QList<PlacementRow>> PlacementLookup::rows(const PlacementFilter &filter) const
{
    QStringList where;
    QVariantList bindings;
    const auto add = [&](const QString &condition, const QVariant &value) {
        where << condition;
        bindings << value;
    };
    if (filter.periodId != 0)
        add(u"pl.period_id = ?"_s, filter.periodId);
    if (filter.siteId != 0)
        add(u"pl.site_id = ?"_s, filter.siteId);
    if (filter.schoolId != 0)
        add(u"st.school_id = ?"_s, filter.schoolId);
    if (filter.supervisorId != 0)
        add(u"pl.supervisor_id = ?"_s, filter.supervisorId);
    if (filter.studentId != 0)
        add(u"pl.student_id = ?"_s, filter.studentId);
    if (filter.status)
        add(u"pl.status = ?"_s, toId(*filter.status));
    if (filter.to.isValid())
        add(u"pl.start_date <= ?"_s, sql::date(filter.to));
    if (filter.from.isValid())
        add(u"pl.end_date >= ?"_s, sql::date(filter.from));
    const QString condition = where.isEmpty() ? QString() : u"WHERE "_s + where.join(u" AND "_s);
    return sql::rows<PlacementRow>(m_plan,
                                   rowSelect + condition +
                                       u" ORDER BY pe.start_date, pe.name COLLATE NORWEGIAN, st.family_name COLLATE "
                                       u"NORWEGIAN, st.given_name COLLATE NORWEGIAN, "
                                       u"pl.start_date, pl.id"_s,
                                   bindings, rowFrom);
}

Result<PlacementRow> PlacementLookup::row(qint64 placementId) const
{
    auto found = sql::rows<PlacementRow>(m_plan, rowSelect + u"WHERE pl.id = ?"_s, {placementId}, rowFrom);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::make(Error::Kind::NotFound, tr("There is no placement with id %1.").arg(placementId));
    return found->first();
}

} // namespace praksis
