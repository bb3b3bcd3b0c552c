#pragma once

#include "Error.h"
#include "storage/Change.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace praksis {

class PlanFile;

// Who changed what, when: one row in table change_log for every change a transaction announces, written in the
// same transaction just before it commits (so a change and its log entry exist together or not at all). The log
// holds no personal data beyond the operating-system user name and the record's id: the summary only counts.
class ChangeLog
{
    Q_DECLARE_TR_FUNCTIONS(praksis::ChangeLog)

public:
    struct Entry
    {
        qint64 id = 0;
        QString at;     // ISO 8601 with offset
        QString user;   // operating-system user name
        QString action; // inserted, updated, removed, reset
        QString entity; // student, placement, … (see entityId)
        std::optional<qint64> entityId;
        QString summary;
    };

    // Writes the entries for the changes; Transaction::commit calls it. A plan without the table (a schema
    // older than version 1 in a migration test) is left alone.
    static Result<void> record(const PlanFile &plan, const QList<Change> &changes);

    // The newest `limit` entries (all when limit < 0), oldest first; only those of `entity` when it is not empty.
    static Result<QList<Entry>> entries(const PlanFile &plan, int limit = -1, const QString &entity = {});

    // Column titles (translated) and the fields of an entry, in the same order, for tables and exports.
    static QStringList headers();
    static QStringList fields(const Entry &entry);
    // Writes entries as CSV (CsvWriter: UTF-8 with BOM, ';') to path, all or nothing (QSaveFile).
    static Result<void> writeCsv(const QList<Entry> &entries, const QString &path);

    // The name recorded as "who" — in the change log and as who ticked off a checklist item (shown in the checklist
    // window and printed in the welcome letter): the operating-system account's full name, or its login when it
    // has none. The one source of "who" in the program. Tests may set another.
    static QString userName();
    static void setUserName(const QString &name);

    // For people (the change log viewer): the action and the kind of record in words, the time as local
    // "dd.MM.yyyy HH:mm", and the names of the records the entries are about, keyed "entity/id" (the records that
    // still exist: a student's or site's name, "Kari Nordmann – Solbakken" for a placement).
    static QString actionText(const QString &actionId);
    static QString entityText(const QString &entityId);
    static QString localTime(const QString &iso);
    static QString summaryText(const QString &summary);
    static QHash<QString, QString> recordNames(const PlanFile &plan, const QList<Entry> &entries);

    // Stable identifiers stored in the log: "student", "supervisor-absence", "all"; "inserted", "removed", …
    static QString entityId(Entity entity);
    static QString actionId(Change::Kind kind);
    static QStringList allEntityIds();
};

} // namespace praksis
