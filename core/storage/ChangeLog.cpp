#include "storage/ChangeLog.h"

#include "io/CsvWriter.h"
#include "storage/PlanFile.h"

#include "storage/FilePermissions.h"

#include <QDateTime>
#include <QDir>

namespace praksis {

namespace {

QString &userOverride()
{
    static QString name;
    return name;
}

constexpr Entity allEntities[] = {
    Entity::School,     Entity::Programme,         Entity::Student,  Entity::Site,
    Entity::Supervisor, Entity::SupervisorAbsence, Entity::Period,   Entity::Placement,
    Entity::Meeting,    Entity::Absence,           Entity::Template, Entity::Checklist,
    Entity::Preference, Entity::Exclusion,         Entity::Setting,  Entity::All,
};

// More ids than this are summarised by their count alone.
constexpr qsizetype listedIds = 20;

} // namespace

QString ChangeLog::entityId(Entity entity)
{
    switch (entity) {
    case Entity::School:
        return QStringLiteral("school");
    case Entity::Programme:
        return QStringLiteral("programme");
    case Entity::Student:
        return QStringLiteral("student");
    case Entity::Site:
        return QStringLiteral("site");
    case Entity::Supervisor:
        return QStringLiteral("supervisor");
    case Entity::SupervisorAbsence:
        return QStringLiteral("supervisor-absence");
    case Entity::Period:
        return QStringLiteral("period");
    case Entity::Placement:
        return QStringLiteral("placement");
    case Entity::Meeting:
        return QStringLiteral("meeting");
    case Entity::Absence:
        return QStringLiteral("absence");
    case Entity::Template:
        return QStringLiteral("template");
    case Entity::Checklist:
        return QStringLiteral("checklist");
    case Entity::Preference:
        return QStringLiteral("preference");
    case Entity::Exclusion:
        return QStringLiteral("exclusion");
    case Entity::Setting:
        return QStringLiteral("setting");
    case Entity::All:
        break;
    }
    return QStringLiteral("all");
}

QStringList ChangeLog::allEntityIds()
{
    QStringList out;
    for (Entity e : allEntities)
        out << entityId(e);
    return out;
}

QString ChangeLog::actionId(Change::Kind kind)
{
    switch (kind) {
    case Change::Kind::Inserted:
        return QStringLiteral("inserted");
    case Change::Kind::Updated:
        return QStringLiteral("updated");
    case Change::Kind::Removed:
        return QStringLiteral("removed");
    case Change::Kind::Reset:
        break;
    }
    return QStringLiteral("reset");
}

QString ChangeLog::userName()
{
    if (!userOverride().isEmpty())
        return userOverride();
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME"); // Windows
    if (name.isEmpty())
        name = qEnvironmentVariable("LOGNAME");
    if (name.isEmpty())
        name = QDir::home().dirName();
    return name.isNull() ? QStringLiteral("") : name;
}

void ChangeLog::setUserName(const QString &name)
{
    userOverride() = name;
}

Result<void> ChangeLog::record(const PlanFile &plan, const QList<Change> &changes)
{
    if (changes.isEmpty())
        return {};
    auto exists = plan.exec(QStringLiteral("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'change_log'"));
    if (!exists)
        return exists.error();
    if (!exists->next())
        return {};
    exists->finish();

    const QDateTime now = QDateTime::currentDateTime();
    const QString at = now.toOffsetFromUtc(now.offsetFromUtc()).toString(Qt::ISODateWithMs);
    const QString user = userName();
    for (const Change &c : changes) {
        QVariant id;
        QString summary = QStringLiteral(""); // never NULL: the column is NOT NULL
        if (c.ids.size() == 1) {
            id = c.ids.constFirst();
        } else if (!c.ids.isEmpty()) {
            summary = QStringLiteral("%1 records").arg(c.ids.size());
            if (c.ids.size() <= listedIds) {
                QStringList ids;
                for (qint64 i : c.ids)
                    ids << QString::number(i);
                summary += QStringLiteral(": ") + ids.join(QStringLiteral(", "));
            }
        }
        auto r = plan.exec(QStringLiteral("INSERT INTO change_log (at, user_name, action, entity, entity_id, summary)"
                                          " VALUES (?, ?, ?, ?, ?, ?)"),
                           {at, user, actionId(c.kind), entityId(c.entity), id, summary});
        if (!r)
            return r.error();
    }
    return {};
}

Result<QList<ChangeLog::Entry>> ChangeLog::entries(const PlanFile &plan, int limit, const QString &entity)
{
    QString sql = QStringLiteral("SELECT id, at, user_name, action, entity, entity_id, summary FROM change_log");
    QVariantList bindings;
    if (!entity.isEmpty()) {
        sql += QStringLiteral(" WHERE entity = ?");
        bindings << entity;
    }
    sql += QStringLiteral(" ORDER BY id DESC");
    if (limit >= 0) {
        sql += QStringLiteral(" LIMIT ?");
        bindings << limit;
    }
    auto q = plan.exec(sql, bindings);
    if (!q)
        return q.error();
    QList<Entry> out;
    while (q->next()) {
        Entry e;
        e.id = q->value(0).toLongLong();
        e.at = q->value(1).toString();
        e.user = q->value(2).toString();
        e.action = q->value(3).toString();
        e.entity = q->value(4).toString();
        if (!q->value(5).isNull())
            e.entityId = q->value(5).toLongLong();
        e.summary = q->value(6).toString();
        out.prepend(e);
    }
    return out;
}

QStringList ChangeLog::headers()
{
    return {tr("When"), tr("Who"), tr("Action"), tr("Record"), tr("Id"), tr("Summary")};
}

QStringList ChangeLog::fields(const Entry &e)
{
    return {e.at, e.user, e.action, e.entity, e.entityId ? QString::number(*e.entityId) : QString(), e.summary};
}

Result<void> ChangeLog::writeCsv(const QList<Entry> &entries, const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    PrivateSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{Error::Kind::Io, tr("“%1” could not be written: %2").arg(shown, file.errorString()), shown};
    CsvWriter csv(&file);
    csv.writeRow(headers());
    for (const Entry &e : entries)
        csv.writeRow(fields(e));
    if (auto r = csv.finish(); !r)
        return r.error();
    if (!file.commit())
        return Error{Error::Kind::Io, tr("“%1” could not be written: %2").arg(shown, file.errorString()), shown};
    return {};
}

} // namespace praksis
