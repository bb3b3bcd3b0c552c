#include "storage/ChangeLog.h"

#include "io/CsvWriter.h"
#include "storage/PlanFile.h"

#include "storage/FilePermissions.h"

#include <QDateTime>
#include <QDir>
#include <QRegularExpression>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <pwd.h>
#endif

namespace praksis {

namespace {

QString &userOverride()
{
    static QString name;
    return name;
}

constexpr Entity allEntities[] = {
    Entity::School,     Entity::Programme,  Entity::Student,
    Entity::Site,       Entity::Supervisor, Entity::SupervisorAbsence,
    Entity::Period,     Entity::Placement,  Entity::Meeting,
    Entity::Absence,    Entity::Template,   Entity::Checklist,
    Entity::Preference, Entity::Exclusion,  Entity::Setting,
    Entity::Hire,       Entity::Mentorship, Entity::MentorConversation,
    Entity::Guide,      Entity::All,
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
    case Entity::Hire:
        return QStringLiteral("hire");
    case Entity::Mentorship:
        return QStringLiteral("mentorship");
    case Entity::MentorConversation:
        return QStringLiteral("mentor-conversation");
    case Entity::Guide:
        return QStringLiteral("guide");
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
#ifdef Q_OS_UNIX
    // the account's full name ("Kari Nordmann", the first field of its GECOS entry) where it has one
    if (!name.isEmpty()) {
        const QByteArray login = name.toLocal8Bit();
        if (const passwd *account = getpwnam(login.constData()); account && account->pw_gecos) {
            const QString full = QString::fromLocal8Bit(account->pw_gecos).section(QLatin1Char(','), 0, 0).trimmed();
            if (!full.isEmpty())
                return full;
        }
    }
#endif
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

QString ChangeLog::actionText(const QString &id)
{
    if (id == u"inserted")
        return tr("added");
    if (id == u"updated")
        return tr("changed");
    if (id == u"removed")
        return tr("removed");
    if (id == u"reset")
        return tr("reloaded");
    return id;
}

QString ChangeLog::entityText(const QString &id)
{
    static const QHash<QString, const char *> words{
        {QStringLiteral("school"), QT_TR_NOOP("school")},
        {QStringLiteral("programme"), QT_TR_NOOP("programme")},
        {QStringLiteral("student"), QT_TR_NOOP("student")},
        {QStringLiteral("site"), QT_TR_NOOP("site")},
        {QStringLiteral("supervisor"), QT_TR_NOOP("supervisor")},
        {QStringLiteral("supervisor-absence"), QT_TR_NOOP("supervisor's absence")},
        {QStringLiteral("period"), QT_TR_NOOP("period")},
        {QStringLiteral("placement"), QT_TR_NOOP("placement")},
        {QStringLiteral("meeting"), QT_TR_NOOP("assessment meeting")},
        {QStringLiteral("absence"), QT_TR_NOOP("absence")},
        {QStringLiteral("template"), QT_TR_NOOP("welcome template")},
        {QStringLiteral("checklist"), QT_TR_NOOP("welcome checklist")},
        {QStringLiteral("preference"), QT_TR_NOOP("preference")},
        {QStringLiteral("exclusion"), QT_TR_NOOP("exclusion")},
        {QStringLiteral("setting"), QT_TR_NOOP("setting")},
        {QStringLiteral("hire"), QT_TR_NOOP("new hire")},
        {QStringLiteral("mentorship"), QT_TR_NOOP("mentor")},
        {QStringLiteral("mentor-conversation"), QT_TR_NOOP("mentor conversation")},
        {QStringLiteral("guide"), QT_TR_NOOP("conversation guide")},
        {QStringLiteral("all"), QT_TR_NOOP("whole plan")},
    };
    const char *word = words.value(id);
    return word ? tr(word) : id;
}

QString ChangeLog::localTime(const QString &iso)
{
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm")) : iso;
}

QString ChangeLog::summaryText(const QString &summary)
{
    // stored as "%1 records" or "%1 records: 4, 5, 6" (record below)
    static const QRegularExpression stored(QStringLiteral("^(\\d+) records(: (.*))?$"));
    const QRegularExpressionMatch m = stored.match(summary);
    if (!m.hasMatch())
        return summary;
    const QString count = tr("%n record(s)", nullptr, m.captured(1).toInt());
    return m.captured(3).isEmpty() ? count : tr("%1: no. %2").arg(count, m.captured(3));
}

QHash<QString, QString> ChangeLog::recordNames(const PlanFile &plan, const QList<Entry> &entries)
{
    // the name of each kind of record, as SQL over its table (joined where the name lives elsewhere)
    static const QHash<QString, QString> names{
        {QStringLiteral("student"), QStringLiteral("SELECT id, given_name || ' ' || family_name FROM students")},
        {QStringLiteral("school"), QStringLiteral("SELECT id, name FROM schools")},
        {QStringLiteral("programme"), QStringLiteral("SELECT id, name FROM programmes")},
        {QStringLiteral("site"), QStringLiteral("SELECT id, name FROM sites")},
        {QStringLiteral("supervisor"), QStringLiteral("SELECT id, given_name || ' ' || family_name FROM supervisors")},
        {QStringLiteral("hire"), QStringLiteral("SELECT id, given_name || ' ' || family_name FROM hires")},
        {QStringLiteral("period"), QStringLiteral("SELECT id, name FROM periods")},
        {QStringLiteral("placement"),
         QStringLiteral("SELECT p.id, st.given_name || ' ' || st.family_name || ' – ' || si.name FROM placements p "
                        "JOIN students st ON st.id = p.student_id JOIN sites si ON si.id = p.site_id")},
        {QStringLiteral("checklist"),
         QStringLiteral("SELECT p.id, st.given_name || ' ' || st.family_name || ' – ' || si.name FROM placements p "
                        "JOIN students st ON st.id = p.student_id JOIN sites si ON si.id = p.site_id")},
    };
    QHash<QString, QList<qint64>> wanted;
    for (const Entry &e : entries)
        if (e.entityId && names.contains(e.entity))
            wanted[e.entity].append(*e.entityId);
    QHash<QString, QString> out;
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        QList<qint64> ids = it.value();
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        QStringList list;
        for (qint64 id : std::as_const(ids))
            list << QString::number(id);
        const QString table = names.value(it.key());
        const QString idColumn = table.contains(QStringLiteral("p.id")) ? QStringLiteral("p.id") : QStringLiteral("id");
        auto q = plan.exec(table + QStringLiteral(" WHERE ") + idColumn + QStringLiteral(" IN (") +
                           list.join(QLatin1Char(',')) + QLatin1Char(')'));
        if (!q)
            continue;
        while (q->next())
            out.insert(it.key() + QLatin1Char('/') + q->value(0).toString(), q->value(1).toString());
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
