#include "storage/Registers.h"

#include "storage/Listings.h"

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

} // namespace praksis::Registers
