#include "storage/Removal.h"

#include "storage/PeriodRepository.h"
#include "storage/PlanFile.h"
#include "storage/StudentRepository.h"

#include <QSqlRecord>

namespace praksis {

using namespace Qt::StringLiterals;

Result<RowSnapshot> RowSnapshot::capture(const PlanFile &plan, Entity entity, const QString &table,
                                         const QString &where, const QVariantList &bindings)
{
    auto q = plan.exec(u"SELECT * FROM "_s + table + u" WHERE "_s + where, bindings);
    if (!q)
        return q.error();
    RowSnapshot s;
    s.entity = entity;
    s.table = table;
    const QSqlRecord record = q->record();
    for (int i = 0; i < record.count(); ++i)
        s.columns << record.fieldName(i);
    while (q->next()) {
        QVariantList row;
        for (int i = 0; i < record.count(); ++i)
            row << q->value(i);
        s.rows << row;
    }
    return s;
}

Result<void> RowSnapshot::restore(PlanFile &plan) const
{
    if (rows.isEmpty())
        return {};
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i)
        marks << u"?"_s;
    const QString statement =
        u"INSERT INTO "_s + table + u" ("_s + columns.join(u", "_s) + u") VALUES ("_s + marks.join(u", "_s) + u")"_s;
    for (const QVariantList &row : rows) {
        if (auto q = plan.exec(statement, row); !q)
            return q.error();
    }
    plan.notifyChanged(entity, Change::Kind::Reset);
    return {};
}

Result<void> RemovedLinks::restore(PlanFile &plan) const
{
    Transaction tx(plan);
    if (!tx.ok())
        return tx.error();
    StudentRepository students(plan);
    // exclusions first: a ranking is checked against them
    for (const Exclusion &e : exclusions) {
        if (auto r = students.setExclusion(e); !r)
            return r;
    }
    for (const Preference &p : preferences) {
        if (auto r = students.setPreference(p); !r)
            return r;
    }
    PeriodRepository periods(plan);
    for (const CapacityOverride &c : capacities) {
        if (auto r = periods.setCapacity(c.periodId, c.siteId, c.capacity); !r)
            return r;
    }
    QList<qint64> periodIds;
    for (const PeriodProgramme &l : periodProgrammes) {
        if (auto q = plan.exec(u"INSERT OR IGNORE INTO period_programmes (period_id, programme_id) VALUES (?, ?)"_s,
                               {l.periodId, l.programmeId});
            !q)
            return q.error();
        periodIds << l.periodId;
    }
    if (!periodIds.isEmpty())
        plan.notifyChanged(Entity::Period, Change::Kind::Updated, periodIds);
    for (const RowSnapshot &s : rows) {
        if (auto r = s.restore(plan); !r)
            return r;
    }
    QList<qint64> hireIds;
    for (const auto &[hire, student] : hireLinks) {
        if (auto q = plan.exec(u"UPDATE hires SET student_id = ? WHERE id = ?"_s, {student, hire}); !q)
            return q.error();
        hireIds << hire;
    }
    if (!hireIds.isEmpty())
        plan.notifyChanged(Entity::Hire, Change::Kind::Updated, hireIds);
    return tx.commit();
}

} // namespace praksis
