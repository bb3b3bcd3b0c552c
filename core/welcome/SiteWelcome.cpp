#include "welcome/SiteWelcome.h"

#include "storage/PlanFile.h"

#include <QTime>

namespace praksis {

namespace {

// Kept in the settings table, one key per site and field, so no schema change was needed.
QString key(qint64 siteId, const char *field)
{
    return QStringLiteral("welcome/site/%1/%2").arg(siteId).arg(QLatin1String(field));
}

const char *const fields[] = {"arrivalTime", "meetingPlace", "note"};

} // namespace

Result<SiteWelcome> SiteWelcomes::load(PlanFile &plan, qint64 siteId)
{
    SiteWelcome w;
    w.siteId = siteId;
    QString *targets[] = {&w.arrivalTime, &w.meetingPlace, &w.note};
    for (int i = 0; i < 3; ++i) {
        auto q = plan.exec(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key(siteId, fields[i])});
        if (!q)
            return q.error();
        if (q->next())
            *targets[i] = q->value(0).toString();
    }
    return w;
}

Result<QString> SiteWelcomes::normalisedTime(const QString &text)
{
    const QString time = text.trimmed();
    if (time.isEmpty())
        return QString();
    QTime t = QTime::fromString(time, QStringLiteral("H:mm"));
    if (!t.isValid())
        t = QTime::fromString(time, QStringLiteral("H.mm"));
    if (!t.isValid())
        return Error::invalid(tr("“%1” is not a time of day: write it as 10:00.").arg(time), tr("Arrival time"));
    return t.toString(QStringLiteral("HH:mm"));
}

Result<SiteWelcome> SiteWelcomes::save(PlanFile &plan, const SiteWelcome &details)
{
    auto normalised = normalisedTime(details.arrivalTime);
    if (!normalised)
        return normalised.error();
    const QString time = normalised.value();
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
    const QString values[] = {time, details.meetingPlace.trimmed(), details.note.trimmed()};
    for (int i = 0; i < 3; ++i) {
        auto r = values[i].isEmpty()
                     ? plan.exec(QStringLiteral("DELETE FROM settings WHERE key = ?"), {key(details.siteId, fields[i])})
                     : plan.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) "
                                                "DO UPDATE SET value = excluded.value"),
                                 {key(details.siteId, fields[i]), values[i]});
        if (!r)
            return r.error();
    }
    plan.notifyChanged(Entity::Site, Change::Kind::Updated, {details.siteId});
    if (auto c = tx.commit(); !c)
        return c.error();
    return old.value();
}

} // namespace praksis
