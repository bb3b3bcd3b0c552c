#include "PlanningFixture.h"

#include "TestSupport.h"

#include <QSqlQuery>

namespace praksis::test {

namespace {
// an empty string, not NULL, for the NOT NULL text columns
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}
} // namespace

qint64 PlanningFixture::insert(const QString &sql, const QVariantList &bindings)
{
    return test::insert(m_plan, sql, bindings);
}

qint64 PlanningFixture::school(const QString &name, const QString &kind)
{
    return insert(QStringLiteral("INSERT INTO schools (name, kind) VALUES (?, ?)"), {name, kind});
}

qint64 PlanningFixture::programme(qint64 schoolId, const QString &name, const QString &kind)
{
    return insert(QStringLiteral("INSERT INTO programmes (school_id, name, kind) VALUES (?, ?, ?)"),
                  {schoolId, name, kind});
}

qint64 PlanningFixture::site(const QString &name, const QString &kind, int capacity, const QString &unit)
{
    return insert(QStringLiteral("INSERT INTO sites (name, unit, kind, capacity) VALUES (?, ?, ?, ?)"),
                  {name, text(unit), kind, capacity});
}

qint64 PlanningFixture::supervisor(qint64 siteId, const QString &givenName, int maxStudents, const QString &familyName)
{
    return insert(QStringLiteral("INSERT INTO supervisors (site_id, given_name, family_name, max_students) "
                                 "VALUES (?, ?, ?, ?)"),
                  {siteId, givenName, text(familyName), maxStudents});
}

void PlanningFixture::absence(qint64 supervisorId, const QString &from, const QString &to)
{
    insert(QStringLiteral("INSERT INTO supervisor_absences (supervisor_id, start_date, end_date) VALUES (?, ?, ?)"),
           {supervisorId, from, to});
}

qint64 PlanningFixture::period(const QString &name, const QString &from, const QString &to, const QStringList &kinds,
                               const QList<qint64> &programmes)
{
    const qint64 id =
        insert(QStringLiteral("INSERT INTO periods (name, start_date, end_date) VALUES (?, ?, ?)"), {name, from, to});
    for (const QString &k : kinds)
        insert(QStringLiteral("INSERT INTO period_site_kinds (period_id, kind) VALUES (?, ?)"), {id, k});
    for (qint64 p : programmes)
        insert(QStringLiteral("INSERT INTO period_programmes (period_id, programme_id) VALUES (?, ?)"), {id, p});
    return id;
}

void PlanningFixture::capacity(qint64 periodId, qint64 siteId, int capacity)
{
    insert(QStringLiteral("INSERT INTO period_site_capacities (period_id, site_id, capacity) VALUES (?, ?, ?)"),
           {periodId, siteId, capacity});
}

qint64 PlanningFixture::student(qint64 schoolId, qint64 programmeId, const QString &number, const QString &givenName,
                                const QString &familyName)
{
    return insert(QStringLiteral("INSERT INTO students (school_id, programme_id, student_number, given_name, "
                                 "family_name) VALUES (?, ?, ?, ?, ?)"),
                  {schoolId, programmeId, number, givenName, familyName});
}

qint64 PlanningFixture::placement(qint64 studentId, qint64 siteId, qint64 supervisorId, qint64 periodId,
                                  const QString &from, const QString &to, const QString &status, bool locked)
{
    return insert(QStringLiteral("INSERT INTO placements (student_id, site_id, supervisor_id, period_id, start_date, "
                                 "end_date, status, locked) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                  {studentId, siteId, supervisorId ? QVariant(supervisorId) : QVariant(QMetaType(QMetaType::LongLong)),
                   periodId, from, to, status, locked ? 1 : 0});
}

void PlanningFixture::preference(qint64 studentId, qint64 periodId, int rank, qint64 siteId)
{
    insert(QStringLiteral("INSERT INTO preferences (student_id, period_id, rank, site_id) VALUES (?, ?, ?, ?)"),
           {studentId, periodId, rank, siteId});
}

void PlanningFixture::exclusion(qint64 studentId, qint64 siteId, const QString &reason)
{
    insert(QStringLiteral("INSERT INTO exclusions (student_id, site_id, reason) VALUES (?, ?, ?)"),
           {studentId, siteId, reason});
}

} // namespace praksis::test
