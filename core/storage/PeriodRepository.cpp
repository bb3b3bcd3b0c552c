#include "storage/PeriodRepository.h"

#include "model/Site.h"

#include "model/Validation.h"
#include "storage/PlanFile.h"
#include "storage/SqlValues.h"
#include "storage/StudentRepository.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace praksis {

using namespace Qt::StringLiterals;

namespace {

Period periodFrom(const QSqlQuery &q)
{
    Period p;
    p.id = q.value(0).toLongLong();
    p.name = q.value(1).toString();
    p.start = sql::toDate(q.value(2));
    p.end = sql::toDate(q.value(3));
    p.hoursPerWeek = q.value(4).toDouble();
    return p;
}

} // namespace

Result<QList<Period>> PeriodRepository::query(const QString &where, const QVariantList &bindings) const
{
    auto periods =
        sql::rows<Period>(m_plan,
                          u"SELECT p.id, p.name, p.start_date, p.end_date, p.hours_per_week FROM periods p "_s + where +
                              u" ORDER BY p.start_date, p.name COLLATE NORWEGIAN, p.id"_s,
                          bindings, periodFrom);
    if (!periods || periods->isEmpty())
        return periods;
    QHash<qint64, qsizetype> index;
    for (qsizetype i = 0; i < periods->size(); ++i)
        index.insert(periods->at(i).id, i);
    const QString sub = u"WHERE period_id IN (SELECT p.id FROM periods p "_s + where + u")"_s;

    auto progs = m_plan.exec(u"SELECT period_id, programme_id FROM period_programmes "_s + sub +
                                 u" ORDER BY period_id, programme_id"_s,
                             bindings);
    if (!progs)
        return progs.error();
    while (progs->next())
        (*periods)[index.value(progs->value(0).toLongLong())].programmeIds << progs->value(1).toLongLong();

    auto kinds = m_plan.exec(u"SELECT period_id, kind FROM period_site_kinds "_s + sub, bindings);
    if (!kinds)
        return kinds.error();
    while (kinds->next()) {
        if (auto kind = fromId<SiteKind>(kinds->value(1).toString()))
            (*periods)[index.value(kinds->value(0).toLongLong())].siteKinds << *kind;
    }
    for (Period &p : *periods)
        std::sort(p.siteKinds.begin(), p.siteKinds.end());

    auto caps = m_plan.exec(u"SELECT period_id, site_id, capacity FROM period_site_capacities "_s + sub +
                                u" ORDER BY period_id, site_id"_s,
                            bindings);
    if (!caps)
        return caps.error();
    while (caps->next()) {
        const qint64 period = caps->value(0).toLongLong();
        (*periods)[index.value(period)].capacities
            << CapacityOverride{period, caps->value(1).toLongLong(), caps->value(2).toInt()};
    }
    return periods;
}

Result<Period> PeriodRepository::get(qint64 id) const
{
    auto found = query(u"WHERE p.id = ?"_s, {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::make(Error::Kind::NotFound, tr("There is no period with id %1.").arg(id));
    return found->first();
}

Result<QList<Period>> PeriodRepository::list() const
{
    return query({}, {});
}

Result<QList<Period>> PeriodRepository::listByProgramme(qint64 programmeId) const
{
    return query(u"WHERE p.id IN (SELECT period_id FROM period_programmes WHERE programme_id = ?)"_s, {programmeId});
}

Result<QList<Period>> PeriodRepository::listOverlapping(QDate from, QDate to) const
{
    return query(u"WHERE p.start_date <= ? AND p.end_date >= ?"_s, {sql::date(to), sql::date(from)});
}

Result<qint64> PeriodRepository::findByName(const QString &name) const
{
    return sql::count(m_plan, u"SELECT id FROM periods WHERE name = ? COLLATE FOLDED"_s, {name.trimmed()});
}

Result<void> PeriodRepository::validate(const Period &period) const
{
    if (auto e = Validation::requiredText(period.name, tr("Name")))
        return *e;
    const QString name = period.name.trimmed();
    if (!period.start.isValid())
        return Error::invalid(tr("The period “%1” has no start date.").arg(name), tr("Start"));
    if (!period.end.isValid())
        return Error::invalid(tr("The period “%1” has no end date.").arg(name), tr("End"));
    if (auto e = Validation::dateOrder(period.start, period.end, tr("End")))
        return *e;
    if (auto e = Validation::hoursPerWeek(period.hoursPerWeek, tr("Hours per week")))
        return *e;
    auto same =
        sql::count(m_plan, u"SELECT id FROM periods WHERE name = ? COLLATE FOLDED AND id <> ?"_s, {name, period.id});
    if (!same)
        return same.error();
    if (same.value() != 0)
        return Error::invalid(tr("There is already a period named “%1”.").arg(name), tr("Name"));

    QSet<qint64> seen;
    for (const qint64 programmeId : period.programmeIds) {
        auto n = sql::count(m_plan, u"SELECT count(*) FROM programmes WHERE id = ?"_s, {programmeId});
        if (!n)
            return n.error();
        if (n.value() == 0)
            return Error::invalid(tr("Programme %1 does not exist.").arg(programmeId), tr("Programmes"));
        if (seen.contains(programmeId))
            return Error::invalid(tr("Programme %1 is listed more than once.").arg(programmeId), tr("Programmes"));
        seen.insert(programmeId);
    }
    seen.clear();
    for (const CapacityOverride &c : period.capacities) {
        auto site = m_plan.exec(u"SELECT name, unit FROM sites WHERE id = ?"_s, {c.siteId});
        if (!site)
            return site.error();
        if (!site->next())
            return Error::invalid(tr("Site %1 does not exist.").arg(c.siteId), tr("Capacity"));
        Site s;
        s.name = site->value(0).toString();
        s.unit = site->value(1).toString();
        if (auto e = Validation::nonNegative(c.capacity, tr("Capacity of %1").arg(s.displayName())))
            return *e;
        if (seen.contains(c.siteId))
            return Error::invalid(tr("%1 has more than one capacity in “%2”.").arg(s.displayName(), name),
                                  tr("Capacity"));
        seen.insert(c.siteId);
    }
    return {};
}

Result<void> PeriodRepository::writeDetails(const Period &period, qint64 id)
{
    for (const char16_t *table : {u"period_programmes", u"period_site_kinds", u"period_site_capacities"}) {
        if (auto q = m_plan.exec(u"DELETE FROM "_s + QString::fromUtf16(table) + u" WHERE period_id = ?"_s, {id}); !q)
            return q.error();
    }
    for (const qint64 programmeId : period.programmeIds) {
        if (auto q = m_plan.exec(u"INSERT INTO period_programmes (period_id, programme_id) VALUES (?, ?)"_s,
                                 {id, programmeId});
            !q)
            return q.error();
    }
    for (const SiteKind kind : period.siteKinds) {
        if (auto q = m_plan.exec(u"INSERT OR IGNORE INTO period_site_kinds (period_id, kind) VALUES (?, ?)"_s,
                                 {id, toId(kind)});
            !q)
            return q.error();
    }
    for (const CapacityOverride &c : period.capacities) {
        if (auto q =
                m_plan.exec(u"INSERT INTO period_site_capacities (period_id, site_id, capacity) VALUES (?, ?, ?)"_s,
                            {id, c.siteId, c.capacity});
            !q)
            return q.error();
    }
    return {};
}

Result<qint64> PeriodRepository::insert(const Period &period)
{
    Transaction tx(m_plan);
    if (!tx.ok())
        return tx.error();
    if (auto v = validate(period); !v)
        return v.error();
    if (period.id != 0) {
        auto taken = sql::count(m_plan, u"SELECT count(*) FROM periods WHERE id = ?"_s, {period.id});
        if (!taken)
            return taken.error();
        if (taken.value() != 0)
            return Error::make(Error::Kind::Conflict, tr("There is already a period with id %1.").arg(period.id));
    }
    auto q =
        m_plan.exec(u"INSERT INTO periods (id, name, start_date, end_date, hours_per_week) VALUES (?, ?, ?, ?, ?)"_s,
                    {sql::id(period.id), sql::text(period.name), sql::date(period.start), sql::date(period.end),
                     period.hoursPerWeek});
    if (!q)
        return q.error();
    const qint64 id = q->lastInsertId().toLongLong();
    if (auto r = writeDetails(period, id); !r)
        return r.error();
    m_plan.notifyChanged(Entity::Period, Change::Kind::Inserted, {id});
    if (auto c = tx.commit(); !c)
        return c.error();
    return id;
}

Result<void> PeriodRepository::update(const Period &period)
{
    Transaction tx(m_plan);
    if (!tx.ok())
        return tx.error();
    if (auto v = validate(period); !v)
        return v;
    auto q = m_plan.exec(
        u"UPDATE periods SET name = ?, start_date = ?, end_date = ?, hours_per_week = ? WHERE id = ?"_s,
        {sql::text(period.name), sql::date(period.start), sql::date(period.end), period.hoursPerWeek, period.id});
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return Error::make(Error::Kind::NotFound, tr("There is no period with id %1.").arg(period.id));
    if (auto r = writeDetails(period, period.id); !r)
        return r;
    m_plan.notifyChanged(Entity::Period, Change::Kind::Updated, {period.id});
    return tx.commit();
}

Result<Dependents> PeriodRepository::dependents(qint64 id) const
{
    Dependents d;
    auto placements = sql::count(m_plan, u"SELECT count(*) FROM placements WHERE period_id = ?"_s, {id});
    if (!placements)
        return placements.error();
    auto prefs = sql::count(m_plan, u"SELECT count(*) FROM preferences WHERE period_id = ?"_s, {id});
    if (!prefs)
        return prefs.error();
    d.add(Dependents::What::Placement, placements.value(), false);
    d.add(Dependents::What::Preference, prefs.value(), true);
    return d;
}

Result<Removal<Period>> PeriodRepository::remove(qint64 id, bool cascade)
{
    Transaction tx(m_plan);
    if (!tx.ok())
        return tx.error();
    auto period = get(id);
    if (!period)
        return period.error();
    auto deps = dependents(id);
    if (!deps)
        return deps.error();
    if (deps->blocksRemoval(cascade))
        return deps->refusal(tr("The period “%1”").arg(period->name), cascade);
    Removal<Period> removed{period.value(), {}};
    auto prefs = StudentRepository(m_plan).preferencesForPeriod(id);
    if (!prefs)
        return prefs.error();
    removed.links.preferences = prefs.value();
    // programmes, kinds, capacities and preferences go by ON DELETE CASCADE
    if (auto q = m_plan.exec(u"DELETE FROM periods WHERE id = ?"_s, {id}); !q)
        return q.error();
    if (!removed.links.preferences.isEmpty()) {
        QList<qint64> studentIds;
        for (const Preference &p : std::as_const(removed.links.preferences))
            studentIds << p.studentId;
        m_plan.notifyChanged(Entity::Preference, Change::Kind::Removed, studentIds);
    }
    m_plan.notifyChanged(Entity::Period, Change::Kind::Removed, {id});
    if (auto c = tx.commit(); !c)
        return c.error();
    return removed;
}

Result<void> PeriodRepository::restore(const Removal<Period> &removed)
{
    Transaction tx(m_plan);
    if (!tx.ok())
        return tx.error();
    if (auto r = insert(removed.record); !r)
        return r.error();
    if (auto r = removed.links.restore(m_plan); !r)
        return r;
    return tx.commit();
}

Result<QList<CapacityOverride>> PeriodRepository::capacitiesOfSite(qint64 siteId) const
{
    return sql::rows<CapacityOverride>(
        m_plan,
        u"SELECT period_id, site_id, capacity FROM period_site_capacities WHERE site_id = ? ORDER BY period_id"_s,
        {siteId}, [](const QSqlQuery &q) {
            return CapacityOverride{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt()};
        });
}

Result<int> PeriodRepository::capacity(qint64 periodId, qint64 siteId) const
{
    auto q = m_plan.exec(u"SELECT coalesce((SELECT capacity FROM period_site_capacities WHERE period_id = ? AND "
                         u"site_id = s.id), s.capacity) FROM sites s WHERE s.id = ?"_s,
                         {periodId, siteId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::make(Error::Kind::NotFound, tr("There is no site with id %1.").arg(siteId));
    return q->value(0).toInt();
}

Result<void> PeriodRepository::setCapacity(qint64 periodId, qint64 siteId, std::optional<int> capacity)
{
    Transaction tx(m_plan);
    if (!tx.ok())
        return tx.error();
    auto period = get(periodId);
    if (!period)
        return period.error();
    Period changed = period.value();
    changed.capacities.removeIf([siteId](const CapacityOverride &c) { return c.siteId == siteId; });
    if (capacity)
        changed.capacities << CapacityOverride{periodId, siteId, *capacity};
    if (auto v = validate(changed); !v)
        return v;
    auto q = capacity
                 ? m_plan.exec(u"INSERT INTO period_site_capacities (period_id, site_id, capacity) VALUES (?, ?, ?) "
                               u"ON CONFLICT (period_id, site_id) DO UPDATE SET capacity = excluded.capacity"_s,
                               {periodId, siteId, *capacity})
                 : m_plan.exec(u"DELETE FROM period_site_capacities WHERE period_id = ? AND site_id = ?"_s,
                               {periodId, siteId});
    if (!q)
        return q.error();
    m_plan.notifyChanged(Entity::Period, Change::Kind::Updated, {periodId});
    return tx.commit();
}

} // namespace praksis
