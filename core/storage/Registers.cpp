#include "storage/Registers.h"

#include "storage/Listings.h"
#include "storage/PlanFile.h"

#include <QDate>
#include <QSqlQuery>

#include <QtGlobal>

namespace praksis::Registers {

QString Table::column(const char *key) const
{
    for (const auto &[k, expr] : columns)
        if (qstrcmp(k, key) == 0)
            return expr;
    qFatal("Registers: no column %s in the table %s", key, qPrintable(from));
}

const Table &schools()
{
    static const Table t{
        QStringLiteral("FROM schools sc"),
        QStringLiteral("sc.id"),
        {{"name", QStringLiteral("sc.name")},
         {"kind", QStringLiteral("sc.kind")},
         {"programmes", QStringLiteral("(SELECT group_concat(name, ', ') FROM (SELECT name FROM programmes pr "
                                       "WHERE pr.school_id = sc.id ORDER BY name COLLATE NORWEGIAN))")},
         {"students", QStringLiteral("(SELECT count(*) FROM students st WHERE st.school_id = sc.id)")},
         {"orgNumber", QStringLiteral("sc.org_number")},
         {"contactPerson", QStringLiteral("sc.contact_person")},
         {"email", QStringLiteral("sc.email")}},
        {QStringLiteral("sc.name"), QStringLiteral("sc.contact_person"), QStringLiteral("sc.org_number")}};
    return t;
}

const Table &sites()
{
    static const Table t{
        QStringLiteral("FROM sites si"),
        QStringLiteral("si.id"),
        {{"name", QStringLiteral("si.name")},
         {"unit", QStringLiteral("si.unit")},
         {"kind", QStringLiteral("si.kind")},
         {"municipality", QStringLiteral("si.municipality")},
         {"capacity", QStringLiteral("si.capacity")},
         {"supervisors", QStringLiteral("(SELECT count(*) FROM supervisors su WHERE su.site_id = si.id)")},
         {"contactPerson", QStringLiteral("si.contact_person")},
         {"phone", QStringLiteral("si.phone")}},
        {QStringLiteral("si.name"), QStringLiteral("si.unit"), QStringLiteral("si.municipality"),
         QStringLiteral("si.contact_person"), QStringLiteral("si.address")}};
    return t;
}

const Table &supervisors()
{
    static const Table t{
        QStringLiteral("FROM supervisors su JOIN sites si ON si.id = su.site_id"),
        QStringLiteral("su.id"),
        {{"familyName", QStringLiteral("su.family_name")},
         {"givenName", QStringLiteral("su.given_name")},
         {"site", QStringLiteral(PRAKSIS_SQL_SITE_LABEL("si"))},
         {"profession", QStringLiteral("su.profession")},
         {"hasTraining", QStringLiteral("su.has_training")},
         {"maxStudents", QStringLiteral("su.max_students")},
         {"absences", QStringLiteral("(SELECT count(*) FROM supervisor_absences a WHERE a.supervisor_id = su.id)")},
         {"email", QStringLiteral("su.email")}},
        {QStringLiteral("su.family_name"), QStringLiteral("su.given_name"),
         QStringLiteral(PRAKSIS_SQL_PERSON_NAME("su")), QStringLiteral("su.email"), QStringLiteral("si.name")}};
    return t;
}

QString schoolChoicesSql()
{
    return QStringLiteral("SELECT name, id FROM schools ORDER BY name COLLATE NORWEGIAN");
}

QString programmeChoicesSql()
{
    return QStringLiteral("SELECT name, id FROM programmes WHERE school_id = ? ORDER BY name COLLATE NORWEGIAN");
}

QList<std::pair<qint64, QString>> periods(PlanFile &plan)
{
    QList<std::pair<qint64, QString>> list;
    auto q = plan.exec(QStringLiteral("SELECT id, name FROM periods ORDER BY start_date, name COLLATE NORWEGIAN"));
    if (!q)
        return list;
    while (q->next())
        list.append({q->value(0).toLongLong(), q->value(1).toString()});
    return list;
}

bool periodExists(PlanFile &plan, qint64 periodId)
{
    auto q = plan.exec(QStringLiteral("SELECT 1 FROM periods WHERE id = ?"), {periodId});
    return q && q->next();
}

qint64 periodForDay(PlanFile &plan, const QDate &day)
{
    const QString iso = day.toString(Qt::ISODate);
    auto q = plan.exec(QStringLiteral("SELECT id FROM periods ORDER BY (end_date < ?), "
                                      "CASE WHEN end_date < ? THEN julianday(?) - julianday(end_date) "
                                      "ELSE julianday(start_date) END, name LIMIT 1"),
                       {iso, iso, iso});
    return q && q->next() ? q->value(0).toLongLong() : 0;
}

qint64 rowCount(PlanFile &plan, const QString &table)
{
    auto q = plan.exec(QStringLiteral("SELECT count(*) FROM ") + table);
    return q && q->next() ? q->value(0).toLongLong() : -1;
}

} // namespace praksis::Registers
