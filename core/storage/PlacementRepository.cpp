#include "storage/PlacementRepository.h"

#include "model/PersonName.h"
#include "model/Site.h"
#include "model/Validation.h"
#include "storage/PlanFile.h"
#include "storage/SqlValues.h"

#include <QSqlError>

namespace praksis {

using namespace Qt::StringLiterals;

namespace {

const QString placementSelect = u"SELECT id, student_id, site_id, supervisor_id, period_id, start_date, end_date, "
                                u"status, locked, notes FROM placements "_s;

Placement placementFrom(const QSqlQuery &q)
{
    Placement p;
    p.id = q.value(0).toLongLong();
    p.studentId = q.value(1).toLongLong();
    p.siteId = q.value(2).toLongLong();
    p.supervisorId = q.value(3).toLongLong();
    p.periodId = q.value(4).toLongLong();
    p.start = sql::toDate(q.value(5));
    p.end = sql::toDate(q.value(6));
    p.status = fromId<PlacementStatus>(q.value(7).toString()).value_or(PlacementStatus::Planned);
    p.locked = q.value(8).toBool();
    p.notes = q.value(9).toString();
    return p;
}

QVariantList placementValues(const Placement &p)
{
    return {p.studentId,      p.siteId,       sql::id(p.supervisorId), p.periodId,           sql::date(p.start),
            sql::date(p.end), toId(p.status), p.locked ? 1 : 0,        sql::rawText(p.notes)};
}

QString siteName(const QSqlQuery &q, int nameColumn)
{
    Site s;
    s.name = q.value(nameColumn).toString();
    s.unit = q.value(nameColumn + 1).toString();
    return s.displayName();
}

// The details of a placement stored by other parts of core; they go with it and come back with it.
struct OwnedTable
{
    Dependents::What what;
    Entity entity;
    const char16_t *table;
    // Which of the rows count as work someone did, named before the placement is removed. Every placement has
    // a checklist from the start; only the items ticked off are worth a question.
    const char16_t *counted;
};
constexpr OwnedTable ownedTables[] = {
    // Only what someone recorded counts: meetings held and checklist items ticked. The planned meetings and the
    // checklist every placement is given go with it unasked (and come back on undo).
    {Dependents::What::Meeting, Entity::Meeting, u"assessment_meetings", u" AND held_date IS NOT NULL"},
    {Dependents::What::AbsenceRecord, Entity::Absence, u"absences", u""},
    {Dependents::What::ChecklistItem, Entity::Checklist, u"checklist_items", u" AND done_at IS NOT NULL"},
};

} // namespace

Result<QList<Placement>> PlacementRepository::query(const QString &where, const QVariantList &bindings) const
{
    return sql::rows<Placement>(m_plan, placementSelect + where + u" ORDER BY start_date, id"_s, bindings,
                                placementFrom);
}

Result<Placement> PlacementRepository::get(qint64 id) const
{
    auto found = query(u"WHERE id = ?"_s, {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::make(Error::Kind::NotFound, tr("There is no placement with id %1.").arg(id));
    return found->first();
}

Result<QList<Placement>> PlacementRepository::list() const
{
    return query({}, {});
}

Result<QList<Placement>> PlacementRepository::listByPeriod(qint64 periodId) const
{
    return query(u"WHERE period_id = ?"_s, {periodId});
}

Result<QList<Placement>> PlacementRepository::listByStudent(qint64 studentId) const
{
    return query(u"WHERE student_id = ?"_s, {studentId});
}

Result<QList<Placement>> PlacementRepository::listBySite(qint64 siteId) const
{
    return query(u"WHERE site_id = ?"_s, {siteId});
}

Result<QList<Placement>> PlacementRepository::listBySupervisor(qint64 supervisorId) const
{
    return query(u"WHERE supervisor_id = ?"_s, {supervisorId});
}

Result<QList<Placement>> PlacementRepository::listOverlapping(QDate from, QDate to) const
{
    return query(u"WHERE start_date <= ? AND end_date >= ?"_s, {sql::date(to), sql::date(from)});
}

Result<void> PlacementRepository::validate(const Placement &placement) const
{
    auto student = m_plan.exec(u"SELECT given_name, family_name FROM students WHERE id = ?"_s, {placement.studentId});
    if (!student)
        return student.error();
    if (!student->next())
        return Error::invalid(tr("The placement has no student: student %1 does not exist.").arg(placement.studentId),
                              tr("Student"));
    const QString who = personName(student->value(0).toString(), student->value(1).toString());

    auto site = m_plan.exec(u"SELECT name, unit FROM sites WHERE id = ?"_s, {placement.siteId});
    if (!site)
        return site.error();
    if (!site->next())
        return Error::invalid(
            tr("The placement of %1 has no site: site %2 does not exist.").arg(who).arg(placement.siteId), tr("Site"));
    const QString where = siteName(*site, 0);

    auto period = sql::count(m_plan, u"SELECT count(*) FROM periods WHERE id = ?"_s, {placement.periodId});
    if (!period)
        return period.error();
    if (period.value() == 0)
        return Error::invalid(
            tr("The placement of %1 has no period: period %2 does not exist.").arg(who).arg(placement.periodId),
            tr("Period"));

    if (placement.supervisorId != 0) {
        auto supervisor =
            m_plan.exec(u"SELECT v.given_name, v.family_name, v.site_id, s.name, s.unit FROM supervisors v "
                        u"JOIN sites s ON s.id = v.site_id WHERE v.id = ?"_s,
                        {placement.supervisorId});
        if (!supervisor)
            return supervisor.error();
        if (!supervisor->next())
            return Error::invalid(tr("Supervisor %1 does not exist.").arg(placement.supervisorId), tr("Supervisor"));
        if (supervisor->value(2).toLongLong() != placement.siteId)
            return Error::invalid(tr("%1 works at %2, not at %3, so she cannot supervise this placement.")
                                      .arg(personName(supervisor->value(0).toString(), supervisor->value(1).toString()),
                                           siteName(*supervisor, 3), where),
                                  tr("Supervisor"));
    }

    if (auto e = Validation::dateOrder(placement.start, placement.end, tr("End")))
        return *e;
    return {};
}

Result<Placement> PlacementRepository::withDefaults(Placement placement) const
{
    if (placement.start.isValid() && placement.end.isValid())
        return placement;
    auto q = m_plan.exec(u"SELECT start_date, end_date FROM periods WHERE id = ?"_s, {placement.periodId});
    if (!q)
        return q.error();
    if (q->next()) {
        if (!placement.start.isValid())
            placement.start = sql::toDate(q->value(0));
        if (!placement.end.isValid())
            placement.end = sql::toDate(q->value(1));
    }
    return placement;
}

Result<QList<qint64>> PlacementRepository::insertRows(const QList<Placement> &placements)
{
    if (placements.isEmpty())
        return QList<qint64>{};
    Transaction tx(m_plan);
    if (!tx.ok())
        return tx.error();
    const QString insertSql = u"INSERT INTO placements (id, student_id, site_id, supervisor_id, period_id, "
                              u"start_date, end_date, status, locked, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;
    QSqlQuery write(m_plan.database());
    if (!write.prepare(insertSql))
        return m_plan.errorFrom(write.lastError(), insertSql);
    QList<qint64> ids;
    ids.reserve(placements.size());
    for (const Placement &given : placements) {
        if (auto v = validate(given); !v)
            return v.error();
        auto placement = withDefaults(given);
        if (!placement)
            return placement.error();
        if (auto v = validate(placement.value()); !v)
            return v.error();
        if (given.id != 0) {
            auto taken = sql::count(m_plan, u"SELECT count(*) FROM placements WHERE id = ?"_s, {given.id});
            if (!taken)
                return taken.error();
            if (taken.value() != 0)
                return Error::make(Error::Kind::Conflict, tr("There is already a placement with id %1.").arg(given.id));
        }
        for (const QVariant &v : QVariantList{sql::id(given.id)} + placementValues(placement.value()))
            write.addBindValue(v);
        if (!write.exec())
            return m_plan.errorFrom(write.lastError(), insertSql);
        ids << write.lastInsertId().toLongLong();
    }
    m_plan.notifyChanged(Entity::Placement, Change::Kind::Inserted, ids);
    if (auto c = tx.commit(); !c)
        return c.error();
    return ids;
}

Result<Placement> PlacementRepository::updateRow(const Placement &placement)
{
    Transaction tx(m_plan);
    if (!tx.ok())
        return tx.error();
    if (auto v = validate(placement); !v)
        return v.error();
    if (!placement.start.isValid())
        return Error::invalid(tr("The placement has no start date."), tr("Start"));
    if (!placement.end.isValid())
        return Error::invalid(tr("The placement has no end date."), tr("End"));
    auto before = get(placement.id);
    if (!before)
        return before.error();
    auto q = m_plan.exec(u"UPDATE placements SET student_id = ?, site_id = ?, supervisor_id = ?, period_id = ?, "
                         u"start_date = ?, end_date = ?, status = ?, locked = ?, notes = ? WHERE id = ?"_s,
                         placementValues(placement) + QVariantList{placement.id});
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return Error::make(Error::Kind::NotFound, tr("There is no placement with id %1.").arg(placement.id));
    m_plan.notifyChanged(Entity::Placement, Change::Kind::Updated, {placement.id});
    if (auto c = tx.commit(); !c)
        return c.error();
    return before;
}

Result<QList<PlacementRepository::Moved>> PlacementRepository::moveRows(const QList<Move> &moves)
{
    if (moves.isEmpty())
        return QList<Moved>{};
    Transaction tx(m_plan);
    if (!tx.ok())
        return tx.error();
    const QString selectSql = u"SELECT start_date, end_date FROM placements WHERE id = ?"_s;
    const QString updateSql =
        u"UPDATE placements SET site_id = ?, supervisor_id = ?, start_date = ?, end_date = ? WHERE id = ?"_s;
    QSqlQuery select(m_plan.database()), write(m_plan.database());
    select.setForwardOnly(true);
    if (!select.prepare(selectSql))
        return m_plan.errorFrom(select.lastError(), selectSql);
    if (!write.prepare(updateSql))
        return m_plan.errorFrom(write.lastError(), updateSql);
    QList<Moved> moved;
    QList<qint64> ids;
    for (const Move &m : moves) {
        select.addBindValue(m.id);
        if (!select.exec())
            return m_plan.errorFrom(select.lastError(), selectSql);
        if (!select.next())
            return Error::make(Error::Kind::NotFound, tr("There is no placement with id %1.").arg(m.id));
        const QDate oldStart = sql::toDate(select.value(0)), oldEnd = sql::toDate(select.value(1));
        select.finish();
        for (const QVariant &v :
             QVariantList{m.siteId, sql::id(m.supervisorId), sql::date(m.start), sql::date(m.end), m.id})
            write.addBindValue(v);
        if (!write.exec())
            return m_plan.errorFrom(write.lastError(), updateSql);
        ids << m.id;
        if (oldStart != m.start || oldEnd != m.end)
            moved << Moved{m.id, oldStart, oldEnd};
    }
    m_plan.notifyChanged(Entity::Placement, Change::Kind::Updated, ids);
    if (auto c = tx.commit(); !c)
        return c.error();
    return moved;
}

Result<QList<Placement>> PlacementRepository::setStatus(const QList<qint64> &ids, PlacementStatus status)
{
    Transaction tx(m_plan);
    if (!tx.ok())
        return tx.error();
    QList<Placement> before;
    for (const qint64 id : ids) {
        auto p = get(id);
        if (!p)
            return p.error();
        before << p.value();
        if (auto q = m_plan.exec(u"UPDATE placements SET status = ? WHERE id = ?"_s, {toId(status), id}); !q)
            return q.error();
    }
    if (!ids.isEmpty())
        m_plan.notifyChanged(Entity::Placement, Change::Kind::Updated, ids);
    if (auto c = tx.commit(); !c)
        return c.error();
    return before;
}

Result<Dependents> PlacementRepository::dependents(qint64 id) const
{
    Dependents d;
    for (const OwnedTable &t : ownedTables) {
        auto n = sql::count(m_plan,
                            u"SELECT count(*) FROM "_s + QString::fromUtf16(t.table) + u" WHERE placement_id = ?"_s +
                                QString::fromUtf16(t.counted),
                            {id});
        if (!n)
            return n.error();
        d.add(t.what, n.value(), true);
    }
    return d;
}

Result<Removal<Placement>> PlacementRepository::remove(qint64 id, bool cascade)
{
    Transaction tx(m_plan);
    if (!tx.ok())
        return tx.error();
    auto placement = get(id);
    if (!placement)
        return placement.error();
    auto deps = dependents(id);
    if (!deps)
        return deps.error();
    if (deps->blocksRemoval(cascade)) {
        auto q = m_plan.exec(u"SELECT given_name, family_name FROM students WHERE id = ?"_s, {placement->studentId});
        const QString who = q && q->next() ? personName(q->value(0).toString(), q->value(1).toString()) : QString();
        return deps->refusal(tr("The placement of %1").arg(who), cascade);
    }
    auto removed = removal(placement.value());
    if (!removed)
        return removed.error();
    for (const RowSnapshot &rows : std::as_const(removed->links.rows))
        m_plan.notifyChanged(rows.entity, Change::Kind::Reset);
    // meetings, absence records and checklist items go by ON DELETE CASCADE
    if (auto q = m_plan.exec(u"DELETE FROM placements WHERE id = ?"_s, {id}); !q)
        return q.error();
    m_plan.notifyChanged(Entity::Placement, Change::Kind::Removed, {id});
    if (auto c = tx.commit(); !c)
        return c.error();
    return removed;
}

Result<void> PlacementRepository::removeRows(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return {};
    Transaction tx(m_plan);
    if (!tx.ok())
        return tx.error();
    const QString deleteSql = u"DELETE FROM placements WHERE id = ?"_s;
    QSqlQuery write(m_plan.database());
    if (!write.prepare(deleteSql))
        return m_plan.errorFrom(write.lastError(), deleteSql);
    // meetings, absence records and checklist items go by ON DELETE CASCADE
    for (const qint64 id : ids) {
        write.addBindValue(id);
        if (!write.exec())
            return m_plan.errorFrom(write.lastError(), deleteSql);
    }
    for (const OwnedTable &t : ownedTables)
        m_plan.notifyChanged(t.entity, Change::Kind::Reset);
    m_plan.notifyChanged(Entity::Placement, Change::Kind::Removed, ids);
    return tx.commit();
}

Result<Removal<Placement>> PlacementRepository::removal(const Placement &placement) const
{
    Removal<Placement> removed{placement, {}};
    for (const OwnedTable &t : ownedTables) {
        auto rows =
            RowSnapshot::capture(m_plan, t.entity, QString::fromUtf16(t.table), u"placement_id = ?"_s, {placement.id});
        if (!rows)
            return rows.error();
        if (!rows->rows.isEmpty())
            removed.links.rows << rows.value();
    }
    return removed;
}

Result<void> PlacementRepository::restore(const Removal<Placement> &removed)
{
    Transaction tx(m_plan);
    if (!tx.ok())
        return tx.error();
    // The removed checklist (ticks included) and meetings come back with the links, so none are made anew.
    if (auto r = insertRows({removed.record}); !r)
        return r.error();
    if (auto r = removed.links.restore(m_plan); !r)
        return r;
    return tx.commit();
}

} // namespace praksis
