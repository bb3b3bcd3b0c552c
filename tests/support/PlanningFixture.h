#pragma once

#include "storage/PlanFile.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace praksis::test {

// Builds small plans for planner and conflict tests with plain SQL, one call per record. Each call returns the new
// id and aborts the test run (qFatal) when the insert fails, so a broken fixture is never mistaken for a result.
class PlanningFixture
{
public:
    explicit PlanningFixture(PlanFile &plan)
        : m_plan(plan)
    {}

    qint64 school(const QString &name, const QString &kind = QStringLiteral("hogskole"));
    qint64 programme(qint64 schoolId, const QString &name, const QString &kind = QStringLiteral("sykepleie"));
    qint64 site(const QString &name, const QString &kind, int capacity, const QString &unit = {});
    qint64 supervisor(qint64 siteId, const QString &givenName, int maxStudents, const QString &familyName = {});
    void absence(qint64 supervisorId, const QString &from, const QString &to);
    // kinds: the eligible site kinds; programmes: the period's programmes
    qint64 period(const QString &name, const QString &from, const QString &to, const QStringList &kinds,
                  const QList<qint64> &programmes = {});
    void capacity(qint64 periodId, qint64 siteId, int capacity);
    qint64 student(qint64 schoolId, qint64 programmeId, const QString &number, const QString &givenName,
                   const QString &familyName = QStringLiteral("Nordmann"));
    qint64 placement(qint64 studentId, qint64 siteId, qint64 supervisorId, qint64 periodId, const QString &from,
                     const QString &to, const QString &status = QStringLiteral("planned"), bool locked = true);
    void preference(qint64 studentId, qint64 periodId, int rank, qint64 siteId);
    void exclusion(qint64 studentId, qint64 siteId, const QString &reason = QStringLiteral("worked there"));

private:
    qint64 insert(const QString &sql, const QVariantList &bindings);
    PlanFile &m_plan;
};

} // namespace praksis::test
