#include "welcome/SiteWelcome.h"

#include "storage/PlanFile.h"

#include <QTime>

namespace praksis {

namespace {

QString notNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

} // namespace

Result<SiteWelcome> SiteWelcomes::load(PlanFile &plan, qint64 siteId)
{
    auto q = plan.exec(QStringLiteral("SELECT arrival_time, meeting_place, note FROM site_welcome WHERE site_id = ?"),
                       {siteId});
    if (!q)
        return q.error();
    SiteWelcome w;
    w.siteId = siteId;
    if (q->next()) {
        w.arrivalTime = q->value(0).toString();
        w.meetingPlace = q->value(1).toString();
        w.note = q->value(2).toString();
    }
    return w;
}

Result<SiteWelcome> SiteWelcomes::save(PlanFile &plan, const SiteWelcome &details)
{
    QString time = details.arrivalTime.trimmed();
    if (!time.isEmpty()) {
        QTime t = QTime::fromString(time, QStringLiteral("H:mm"));
        if (!t.isValid())
            t = QTime::fromString(time, QStringLiteral("H.mm"));
        if (!t.isValid())
            return Error::invalid(tr("“%1” is not a time of day: write it as 10:00.").arg(time), tr("Arrival time"));
        time = t.toString(QStringLiteral("HH:mm"));
    }
    Transaction tx(plan);
    if (!tx.ok())
        return tx.error();
    auto exists = plan.exec(QStringLiteral("SELECT count(*) FROM sites WHERE id = ?"), {details.siteId});
    if (!exists)
        return exists.error();
    exists->next();
    if (exists->value(0).toInt() == 0)
        return Error::make(Error::Kind::NotFound, tr("The placement site %1 does not exist.").arg(details.siteId));
    exists->finish();
    auto old = load(plan, details.siteId);
    if (!old)
        return old.error();
    auto r = plan.exec(
        QStringLiteral("INSERT INTO site_welcome (site_id, arrival_time, meeting_place, note) "
                       "VALUES (?, ?, ?, ?) ON CONFLICT (site_id) DO UPDATE SET "
                       "arrival_time = excluded.arrival_time, meeting_place = excluded.meeting_place, "
                       "note = excluded.note"),
        {details.siteId, notNull(time), notNull(details.meetingPlace.trimmed()), notNull(details.note.trimmed())});
    if (!r)
        return r.error();
    plan.notifyChanged(Entity::Site, Change::Kind::Updated, {details.siteId});
    if (auto c = tx.commit(); !c)
        return c.error();
    return old.value();
}

} // namespace praksis
