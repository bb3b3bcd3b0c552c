#include "PlacementSeed.h"

#include "TestSupport.h"

namespace praksis::test {

namespace {

qint64 idOf(PlanFile &plan, const QString &insert, const QString &select, const QVariantList &insertValues,
            const QVariantList &selectValues)
{
    auto r = plan.exec(insert, insertValues);
    if (!r)
        qFatal("seedPlacement: %s", qPrintable(r.error().toString()));
    return scalar(plan, select, selectValues).toLongLong();
}

} // namespace

qint64 seedPlacement(PlanFile &plan, const PlacementSeed &s)
{
    const qint64 school =
        idOf(plan, QStringLiteral("INSERT INTO schools (name, kind) VALUES (?, 'hogskole') ON CONFLICT DO NOTHING"),
             QStringLiteral("SELECT id FROM schools WHERE name = ?"), {s.school}, {s.school});
    const qint64 programme = idOf(
        plan,
        QStringLiteral("INSERT INTO programmes (school_id, name, kind) VALUES (?, 'Sykepleie', "
                       "'sykepleie') ON CONFLICT DO NOTHING"),
        QStringLiteral("SELECT id FROM programmes WHERE school_id = ? AND name = 'Sykepleie'"), {school}, {school});
    const QString number = s.studentNumber.isEmpty()
                               ? QString::number(qHash(s.givenName + QLatin1Char('|') + s.familyName))
                               : s.studentNumber;
    const qint64 student =
        idOf(plan,
             QStringLiteral("INSERT INTO students (school_id, programme_id, student_number, given_name, "
                            "family_name) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"),
             QStringLiteral("SELECT id FROM students WHERE school_id = ? AND student_number = ?"),
             {school, programme, number, s.givenName, s.familyName}, {school, number});
    const qint64 site = idOf(plan,
                             QStringLiteral("INSERT INTO sites (name, unit, municipality, municipality_number, kind, "
                                            "address, contact_person, phone, capacity) VALUES (?, ?, 'Bergen', '4601', "
                                            "'sykehjem', ?, ?, '55 56 57 58', 4) ON CONFLICT DO NOTHING"),
                             QStringLiteral("SELECT id FROM sites WHERE name = ? AND unit = ?"),
                             {s.site, s.unit, s.siteAddress, s.siteContact}, {s.site, s.unit});
    QVariant supervisor;
    if (!s.supervisor.isEmpty()) {
        const QString given = s.supervisor.section(QLatin1Char(' '), 0, 0);
        const QString family = s.supervisor.section(QLatin1Char(' '), 1);
        QVariant existing = scalar(plan,
                                   QStringLiteral("SELECT id FROM supervisors WHERE site_id = ? AND given_name = ? AND "
                                                  "family_name = ?"),
                                   {site, given, family});
        if (!existing.isValid()) {
            auto r =
                plan.exec(QStringLiteral("INSERT INTO supervisors (site_id, given_name, family_name, email, phone) "
                                         "VALUES (?, ?, ?, 'veileder@bergen.kommune.no', '900 00 000')"),
                          {site, given, family});
            if (!r)
                qFatal("seedPlacement: %s", qPrintable(r.error().toString()));
            existing = r->lastInsertId();
        }
        supervisor = existing;
    }
    const qint64 period = idOf(plan,
                               QStringLiteral("INSERT INTO periods (name, start_date, end_date) VALUES (?, ?, ?) "
                                              "ON CONFLICT DO NOTHING"),
                               QStringLiteral("SELECT id FROM periods WHERE name = ?"),
                               {s.period, s.start.toString(Qt::ISODate), s.end.toString(Qt::ISODate)}, {s.period});
    auto r = plan.exec(
        QStringLiteral("INSERT INTO placements (student_id, site_id, supervisor_id, period_id, start_date, "
                       "end_date, status) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {student, site, supervisor, period, s.start.toString(Qt::ISODate), s.end.toString(Qt::ISODate), s.status});
    if (!r)
        qFatal("seedPlacement: %s", qPrintable(r.error().toString()));
    return r->lastInsertId().toLongLong();
}

qint64 siteId(PlanFile &plan, const QString &name, const QString &unit)
{
    return scalar(plan, QStringLiteral("SELECT id FROM sites WHERE name = ? AND unit = ?"), {name, unit}).toLongLong();
}

} // namespace praksis::test
