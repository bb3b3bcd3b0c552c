#include "followup/AbsenceRepository.h"

#include "followup/FollowUp.h"
#include "model/Validation.h"
#include "storage/PlanFile.h"

#include <QLocale>

namespace praksis {

namespace {

const QString selectColumns = QStringLiteral("SELECT id, placement_id, date, hours, reason FROM absences ");

AbsenceRecord fromRow(const QSqlQuery &q)
{
    AbsenceRecord r;
    r.id = q.value(0).toLongLong();
    r.placementId = q.value(1).toLongLong();
    r.date = Validation::fromIsoDate(q.value(2).toString()).value_or(QDate());
    r.hours = q.value(3).toDouble();
    r.reason = fromId<AbsenceReason>(q.value(4).toString()).value_or(AbsenceReason::Annet);
    return r;
}

} // namespace

Result<AbsenceRecord> AbsenceRepository::get(qint64 id) const
{
    auto q = m_plan.exec(selectColumns + QStringLiteral("WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::make(Error::Kind::NotFound, tr("There is no absence record with id %1.").arg(id));
    return fromRow(*q);
}

Result<QList<AbsenceRecord>> AbsenceRepository::listByPlacement(qint64 placementId) const
{
    auto q = m_plan.exec(selectColumns + QStringLiteral("WHERE placement_id = ? ORDER BY date, id"), {placementId});
    if (!q)
        return q.error();
    QList<AbsenceRecord> out;
    while (q->next())
        out.append(fromRow(*q));
    return out;
}

Result<void> AbsenceRepository::validate(const AbsenceRecord &record) const
{
    auto placement = FollowUp::placementDates(m_plan, record.placementId);
    if (!placement)
        return placement.error();
    const QString dateField = tr("Date");
    if (!record.date.isValid())
        return Error::invalid(tr("The absence has no date."), dateField);
    if (record.date < placement->start || record.date > placement->end)
        return Error::invalid(tr("The absence date %1 is outside the placement (%2 to %3).")
                                  .arg(Validation::formatDate(record.date), Validation::formatDate(placement->start),
                                       Validation::formatDate(placement->end)),
                              dateField);
    if (!(record.hours > 0.0 && record.hours <= 24.0))
        return Error::invalid(tr("The hours of absence must be more than 0 and at most 24; %1 is not.")
                                  .arg(QLocale().toString(record.hours)),
                              tr("Hours"));
    return {};
}

Result<qint64> AbsenceRepository::insert(const AbsenceRecord &record)
{
    if (auto v = validate(record); !v)
        return v.error();
    Transaction tx(m_plan);
    if (!tx.ok())
        return tx.error();
    auto q = m_plan.exec(QStringLiteral("INSERT INTO absences (id, placement_id, date, hours, reason) "
                                        "VALUES (?, ?, ?, ?, ?)"),
                         {record.id == 0 ? QVariant() : QVariant(record.id), record.placementId,
                          Validation::toIsoDate(record.date), record.hours, toId(record.reason)});
    if (!q)
        return q.error();
    const qint64 id = q->lastInsertId().toLongLong();
    m_plan.notifyChanged(Entity::Absence, Change::Kind::Inserted, {id});
    if (auto c = tx.commit(); !c)
        return c.error();
    return id;
}

Result<void> AbsenceRepository::update(const AbsenceRecord &record)
{
    if (auto v = validate(record); !v)
        return v;
    Transaction tx(m_plan);
    if (!tx.ok())
        return tx.error();
    auto q = m_plan.exec(
        QStringLiteral("UPDATE absences SET placement_id = ?, date = ?, hours = ?, reason = ? "
                       "WHERE id = ?"),
        {record.placementId, Validation::toIsoDate(record.date), record.hours, toId(record.reason), record.id});
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return Error::make(Error::Kind::NotFound, tr("There is no absence record with id %1.").arg(record.id));
    m_plan.notifyChanged(Entity::Absence, Change::Kind::Updated, {record.id});
    return tx.commit();
}

Result<AbsenceRecord> AbsenceRepository::remove(qint64 id)
{
    Transaction tx(m_plan);
    if (!tx.ok())
        return tx.error();
    auto old = get(id);
    if (!old)
        return old.error();
    auto q = m_plan.exec(QStringLiteral("DELETE FROM absences WHERE id = ?"), {id});
    if (!q)
        return q.error();
    m_plan.notifyChanged(Entity::Absence, Change::Kind::Removed, {id});
    if (auto c = tx.commit(); !c)
        return c.error();
    return old;
}

} // namespace praksis
