#include "documents/PlacementCalendar.h"

#include "documents/DocumentLanguage.h"
#include "model/KindLabels.h"
#include "storage/PlanFile.h"
#include "storage/PlanSettings.h"

#include <QSqlQuery>

namespace praksis {

namespace {

QString siteName(const QString &name, const QString &unit)
{
    return unit.isEmpty() ? name : name + QStringLiteral(" / ") + unit;
}

Result<QList<CalendarEvent>> events(PlanFile &plan, const DocumentLanguage &doc, const QString &where, qint64 id)
{
    const auto w = [&doc](const char *source) { return doc.text("praksis::PlacementCalendar", source); };
    // the plan's random id makes the UID unique across plans; the placement's id keeps it stable within one
    const QString planUid = PlanSettings(plan).value(PlanSettings::planUid);
    auto q = plan.exec(QStringLiteral("SELECT p.id, p.start_date, p.end_date, p.status, st.given_name, st.family_name,"
                                      " sc.name, s.name, s.unit, s.address, v.given_name, v.family_name, d.name,"
                                      " p.revision, p.modified_at"
                                      " FROM placements p"
                                      " JOIN students st ON st.id = p.student_id"
                                      " JOIN schools sc ON sc.id = st.school_id"
                                      " JOIN sites s ON s.id = p.site_id"
                                      " LEFT JOIN supervisors v ON v.id = p.supervisor_id"
                                      " JOIN periods d ON d.id = p.period_id"
                                      " WHERE ") +
                           where + QStringLiteral(" ORDER BY p.start_date, st.family_name COLLATE NORWEGIAN, p.id"),
                       {id});
    if (!q)
        return q.error();
    QList<CalendarEvent> out;
    while (q->next()) {
        CalendarEvent e;
        e.uid = QStringLiteral("placement-%1-%2@praksisplan").arg(q->value(0).toLongLong()).arg(planUid);
        e.start = QDate::fromString(q->value(1).toString(), Qt::ISODate);
        e.end = QDate::fromString(q->value(2).toString(), Qt::ISODate);
        const auto status = fromId<PlacementStatus>(q->value(3).toString()).value_or(PlacementStatus::Planned);
        // a cancelled placement stays in the calendar as a cancelled event, so a re-import removes it from view
        e.status = status == PlacementStatus::Cancelled ? QStringLiteral("CANCELLED")
                   : status == PlacementStatus::Planned ? QStringLiteral("TENTATIVE")
                                                        : QStringLiteral("CONFIRMED");
        e.sequence = q->value(13).toInt();
        e.lastModified = QDateTime::fromString(q->value(14).toString(), Qt::ISODate);
        const QString student = q->value(4).toString() + QLatin1Char(' ') + q->value(5).toString();
        const QString site = siteName(q->value(7).toString(), q->value(8).toString());
        e.summary = w(QT_TRANSLATE_NOOP("praksis::PlacementCalendar", "Placement: %1 (%2)"))
                        .arg(student, q->value(6).toString());
        QStringList lines;
        lines << w(QT_TRANSLATE_NOOP("praksis::PlacementCalendar", "Student: %1, %2"))
                     .arg(student, q->value(6).toString());
        lines << w(QT_TRANSLATE_NOOP("praksis::PlacementCalendar", "Site: %1")).arg(site);
        const QString supervisor =
            QString(q->value(10).toString() + QLatin1Char(' ') + q->value(11).toString()).trimmed();
        lines << w(QT_TRANSLATE_NOOP("praksis::PlacementCalendar", "Supervisor: %1"))
                     .arg(supervisor.isEmpty() ? w(QT_TRANSLATE_NOOP("praksis::PlacementCalendar", "not chosen yet"))
                                               : supervisor);
        lines << w(QT_TRANSLATE_NOOP("praksis::PlacementCalendar", "Period: %1")).arg(q->value(12).toString());
        lines << w(QT_TRANSLATE_NOOP("praksis::PlacementCalendar", "Status: %1")).arg(labelIn(doc.code(), status));
        e.description = lines.join(QLatin1Char('\n'));
        e.location = q->value(9).toString().isEmpty() ? site : site + QStringLiteral(", ") + q->value(9).toString();
        out << e;
    }
    return out;
}

} // namespace

Result<PlacementCalendar::Calendar> PlacementCalendar::forSite(PlanFile &plan, qint64 siteId)
{
    auto site = plan.exec(QStringLiteral("SELECT name, unit FROM sites WHERE id = ?"), {siteId});
    if (!site)
        return site.error();
    if (!site->next())
        return Error::make(Error::Kind::NotFound, tr("The site does not exist."));
    const DocumentLanguage doc = DocumentLanguage::of(plan);
    Calendar c;
    c.name = doc.text("praksis::PlacementCalendar", QT_TRANSLATE_NOOP("praksis::PlacementCalendar", "Placements – %1"))
                 .arg(siteName(site->value(0).toString(), site->value(1).toString()));
    auto e = events(plan, doc, QStringLiteral("p.site_id = ?"), siteId);
    if (!e)
        return e.error();
    c.events = e.value();
    return c;
}

Result<PlacementCalendar::Calendar> PlacementCalendar::forSupervisor(PlanFile &plan, qint64 supervisorId)
{
    auto v = plan.exec(QStringLiteral("SELECT given_name, family_name FROM supervisors WHERE id = ?"), {supervisorId});
    if (!v)
        return v.error();
    if (!v->next())
        return Error::make(Error::Kind::NotFound, tr("The supervisor does not exist."));
    const DocumentLanguage doc = DocumentLanguage::of(plan);
    Calendar c;
    c.name =
        doc.text("praksis::PlacementCalendar", QT_TRANSLATE_NOOP("praksis::PlacementCalendar", "Placements – %1 %2"))
            .arg(v->value(0).toString(), v->value(1).toString());
    auto e = events(plan, doc, QStringLiteral("p.supervisor_id = ?"), supervisorId);
    if (!e)
        return e.error();
    c.events = e.value();
    return c;
}

} // namespace praksis
